"""A key-point cue that is one function word ("only", "nur", "samo" for the availability question's fixed
limit) counts only where the sentence means the point: "only one till open" in a sentence about a short-
staffed shop names no limit of the applicant's (trial round 15: all three availability points ticked on a
reliability answer). Written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

NO_LIMIT = {
    "en": ("Reliability is one of my strongest points. In three years at the garden centre I had one sick day. I'm "
           "always in ten minutes before my shift starts so I can set up my till. In a shop, if one person doesn't "
           "turn up, the whole team feels it, and customers notice straight away when there's only one till open."),
    "de": ("Zuverlässigkeit ist eine meiner größten Stärken. In drei Jahren im Gartencenter war ich einen Tag krank. "
           "Ich bin immer zehn Minuten vor Schichtbeginn da, damit ich meine Kasse vorbereiten kann. Wenn im Laden "
           "jemand fehlt, merkt das das ganze Team, und die Kunden sehen sofort, dass nur eine Kasse offen ist."),
    "hr": ("Pouzdanost mi je jedna od najvećih prednosti. U tri godine u vrtnom centru bila sam jedan dan na "
           "bolovanju. Uvijek dođem deset minuta prije smjene da pripremim blagajnu. Kad u trgovini netko ne dođe, "
           "osjeti to cijela ekipa, a kupci odmah primijete da radi samo jedna blagajna."),
}
LIMIT = {
    "en": "I can work weekends and late shifts; the only thing is Tuesday evenings, when I have a course until nine.",
    "de": "Wochenenden und Spätschichten gehen gut; nur dienstagabends habe ich bis neun einen Kurs.",
    "hr": "Vikendi i popodnevne smjene su mi u redu, samo utorkom navečer imam tečaj do devet.",
}


def limits(text: str, lang: str):
    """The fixed-limit key point, or None: it is optional (a fully flexible applicant has none to name), so it
    is listed only where the answer makes it."""
    fb = feedback("availability", text, lang=lang, ui_lang="en")
    return next((k for k in fb.key_points if k.id == "limits"), None)


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_function_word_alone_names_no_limit_and_a_limit_said_is_credited(lang):
    assert limits(NO_LIMIT[lang], lang) is None
    item = limits(LIMIT[lang], lang)
    assert item is not None and item.covered and item.evidence is not None
