"""A claim backed at once by a record ("I'm reliable: I haven't missed a shift in two years") is proved, not
generic; the same claims with no record are. "In two years" looks ahead only where no past is told, and a Croatian
"tri godine radim…" (present tense with a span of years) tells experience, like "for three years" (a fresh answer
read as an interviewer: 45 "generic" against her 77). Answers written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

OPENING = {
    "en": "I stay calm with queues and I know when to call a supervisor, and I'm reliable",
    "de": "Ich bleibe an der Kasse ruhig und weiß, wann ich die Schichtleitung rufe, und ich bin zuverlässig",
    "hr": "Na blagajni ostajem mirna i znam kad trebam zvati poslovođu, a pouzdana sam",
}
RECORD = {
    "en": ": I haven't missed a shift in two years.",
    "de": ": Seit zwei Jahren habe ich keine Schicht verpasst.",
    "hr": ": tri godine radim u smjenama i nijednu nisam propustila.",
}
BARE = {"en": " and flexible.", "de": " und flexibel.", "hr": " i fleksibilna."}


def pitfalls(text: str, lang: str) -> list[str]:
    return [p["id"] for p in feedback("why-hire-you", text, lang=lang, ui_lang=lang).pitfalls]


@pytest.mark.parametrize("lang", sorted(OPENING))
def test_a_claim_backed_by_a_record_is_not_generic(lang):
    assert "generic" not in pitfalls(OPENING[lang] + RECORD[lang], lang)


@pytest.mark.parametrize("lang", sorted(OPENING))
def test_the_same_claims_with_no_record_are_generic(lang):
    assert "generic" in pitfalls(OPENING[lang] + BARE[lang], lang)
