"""A company's values as they read in the feedback's lists: the value's name in the language's quotes,
without the sentence that explains it, so that a list reads as a list ("“straight answers” and
“neighbours first”", not "straight answers: if the cheaper option will do the job, we say so and
neighbours first: …"), in hr, de and en; and the elements of good service list without a doubled "and"."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.bank.loader import default_bank
from interview_coach.company import analyze
from interview_coach.i18n.labels import value_name

PROFILE = {
    "en": ("Hollis Hardware is a family chain of hardware stores.\nOur values:\n- Straight answers: if the cheaper option "
           "will do the job, we say so.\n- Neighbours first: we know our regulars by name."),
    "de": ("Radhaus Berger verkauft und repariert Fahrräder.\nUnsere Werte:\n- Ehrliche Antworten: Wenn das günstigere "
           "Rad reicht, sagen wir es.\n- Nachbarn zuerst: Wir kennen unsere Stammkunden beim Namen."),
    "hr": ("Alati Horvat obiteljski je lanac trgovina alatom.\nNaše vrijednosti:\n- Iskreni odgovori: ako je jeftiniji "
           "alat dovoljan, to i kažemo.\n- Susjedi na prvom mjestu: svoje stalne kupce znamo po imenu."),
}
ANSWER = {
    "en": ("I liked your straight answers idea: if the cheaper option does the job, I'd say so too. And I live round "
           "the corner, so neighbours first is how I already work: I know half the regulars by name."),
    "de": ("Mir gefallen Ihre ehrlichen Antworten: Wenn das günstigere Rad reicht, sage ich das auch. Und Nachbarn "
           "zuerst passt zu mir, ich kenne viele Stammkunden schon beim Namen."),
    "hr": ("Sviđaju mi se vaši iskreni odgovori: ako je jeftiniji alat dovoljan, i ja bih to rekla. A susjedi na prvom "
           "mjestu već su moj način rada, pola stalnih kupaca znam po imenu."),
}
NAMES = {"en": ("“Straight answers”", "“Neighbours first”"), "de": ("„Ehrliche Antworten“", "„Nachbarn zuerst“"),
         "hr": ("„Iskreni odgovori”", "„Susjedi na prvom mjestu”")}


@pytest.mark.parametrize("lang", sorted(PROFILE))
def test_a_value_is_named_without_its_explanation(lang):
    values = analyze(PROFILE[lang], lang=lang).values
    names = {value_name(v, lang).lower() for v in values}
    assert {n.lower() for n in NAMES[lang]} <= names
    assert not any(":" in n for n in names)


@pytest.mark.parametrize("lang", sorted(PROFILE))
def test_the_strength_lists_the_values_shown_by_their_names(lang):
    fb = feedback("company-fit", ANSWER[lang], lang=lang, ui_lang=lang, company=analyze(PROFILE[lang], lang=lang))
    assert len(fb.company["values_used"]) >= 1
    line = next(s for s in fb.strengths if any(n.lower() in s.lower() for n in NAMES[lang]))
    assert line.count(":") == 1  # the strength's own colon, none from a value's explanation


def test_a_slogan_with_a_comma_stays_one_item_and_a_plain_value_is_kept_whole():
    assert value_name("Ehrlich beraten, sauber reparieren", "de") == "„Ehrlich beraten, sauber reparieren“"
    assert value_name("honest advice", "en") == "“honest advice”"
    long_head = "we always treat every single customer: as a guest in our home"
    assert value_name(long_head, "en") == f"“{long_head}”"  # no short name before the colon: the whole value


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_no_element_of_good_service_has_a_list_word_in_its_name(lang):
    # an element's name goes into lists ("such as listening and …"): an "and" inside it doubles the list's own
    conjunction = {"hr": " i ", "de": " und ", "en": " and "}[lang]
    for element in default_bank().rubric_in(lang):
        assert conjunction not in f" {element.name} ", element.name
