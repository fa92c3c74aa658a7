"""Key points and the sentences that carry them:

- a sentence that makes one point in its words does not also make a neighbouring point by meaning alone,
  unless it means that one clearly more (``coverage.MEANING_MARGIN``): a polite refusal is no "legitimate
  way forward" as well;
- a point the answer says but a pitfall takes back (``rules/undone.yml``) is not covered, and it is not
  asked for as if unsaid: the pitfall's own advice says what to change (hr, de, en)."""

from __future__ import annotations

import numpy as np
import pytest

from interview_coach import feedback
from interview_coach.bank.loader import default_bank
from interview_coach.checks import coverage
from interview_coach.i18n.labels import as_item
from interview_coach.result import Evidence, Item

REFUSAL_DE = ("Zuerst prüfe ich nach Vorschrift, wer anruft. Ich erkläre freundlich, dass ich keine Auskunft über "
              "ein fremdes Konto geben darf.")

SHARES = {
    "en": ("First I check who is calling, by the procedure. I explain politely that I can't give out details of an "
           "account that isn't theirs. But if it's the wife and she sounds really worried, I'd tell her the amount on "
           "the bill, just so she can relax."),
    "hr": ("Prvo provjerim tko zove, po proceduri. Pristojno objasnim da ne mogu davati podatke o tuđem računu. Ali ako "
           "je to supruga i jako je zabrinuta, rekla bih joj iznos računa, čisto da se smiri."),
    "de": ("Zuerst prüfe ich nach Vorschrift, wer anruft. Ich erkläre freundlich, dass ich keine Auskunft über ein "
           "fremdes Konto geben darf. Aber wenn es die Ehefrau ist und sie sich große Sorgen macht, sage ich ihr schon "
           "den Rechnungsbetrag, damit sie sich beruhigt."),
}


def _item(id_, covered=True):
    return Item(id_, id_, covered, Evidence("s", 0, 1) if covered else None, 0.5)


def test_a_sentence_that_makes_a_point_in_words_makes_no_neighbour_by_meaning_alone():
    items = [_item("refuse"), _item("way-forward"), _item("other")]
    z = np.array([[1.8, 2.1, 2.9],     # sentence 0: the refusal in words; near the way forward, clearly "other"
                  [0.0, 0.0, 0.0]])
    picks = [(0, True), (0, False), (0, False)]
    out = {k.id: k.covered for k in coverage._one_point_by_meaning(items, picks, z)}
    assert out == {"refuse": True, "way-forward": False, "other": True}
    # a point made in words of its own stands, whatever else the sentence means
    both = coverage._one_point_by_meaning(items, [(0, True), (0, True), (1, False)], z)
    assert all(k.covered for k in both)


def test_a_polite_refusal_is_no_way_forward_de():
    # the way forward is now also ``by_cue`` in the bank (tests/engine/test_points_by_cue.py), so this holds by
    # either rule; the margin rule itself is tested on its own above
    points = {k.id: k for k in feedback("data-protection", REFUSAL_DE, lang="de", ui_lang="de").key_points}
    assert points["refuse-politely"].covered and not points["alternative"].covered


@pytest.mark.parametrize("lang", sorted(SHARES))
def test_points_a_pitfall_takes_back_are_not_asked_for(lang):
    fb = feedback("data-protection", SHARES[lang], lang=lang, ui_lang=lang)
    assert "shares-data" in [p["id"] for p in fb.pitfalls]
    points = {k.id: k for k in fb.key_points}
    assert not points["verify"].covered and not points["refuse-politely"].covered
    labels = {k.id: as_item(k.text, lang) for k in default_bank().question("data-protection").in_lang(lang).key_points}
    text = " ".join(fb.suggestions)
    assert labels["verify"] not in text and labels["refuse-politely"] not in text
    assert labels["alternative"] in text  # what it never said is still asked for
