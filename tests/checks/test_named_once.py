"""A slip of register is named once: words one wording rule already names ("So yeah" a filler) are not
named again by a later one ("yeah" as slang, "irgendwie" as a hedge), in hr, de and en. How the interviewer
is addressed ("du", "ti") is named whatever else the word is."""

from __future__ import annotations

import pytest

from interview_coach.checks.wording import run
from interview_coach.nlp.text import sentences

TEXTS = {
    "en": "Um, I basically stayed calm and, you know, sorted out the refund for her. So yeah, that's how I handle it.",
    "de": "Ähm, ich bin halt ruhig geblieben, und dann, irgendwie, hat es quasi doch geklappt mit der Rückgabe.",
    "hr": "Ovaj, ostala sam mirna i, eto, riješila povrat. Pa ono, tako to ja radim, znaš ono.",
}


def _named(lang):
    found = run(sentences(TEXTS[lang], lang), TEXTS[lang], lang, "en", "situational", False, lambda rid: True)
    return [(f.id, e.start, e.end) for f in found if f.polarity == "avoid" for e in f.evidence]


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_no_words_are_named_by_two_rules(lang):
    named = [n for n in _named(lang) if n[0] != "wording.informal_address"]
    assert named, lang  # the slip is named
    for i, (rid, a, b) in enumerate(named):
        for rid2, c, d in named[i + 1:]:
            assert not (a < d and c < b), (lang, rid, rid2, TEXTS[lang][a:b], TEXTS[lang][c:d])


def test_informal_address_is_named_though_a_filler_holds_it():
    named = _named("hr")
    assert any(rid == "wording.informal_address" for rid, _, _ in named), named
