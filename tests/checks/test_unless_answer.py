"""A next step said anywhere in the answer undoes "I don't know" (``unless_answer``), but not a word inside
the very cue that commits it: "I haven't had a chance to look at your products" is no "looked at"; in hr,
de and en."""

from __future__ import annotations

import pytest

from interview_coach.checks import pitfalls
from interview_coach.nlp.text import sentences

NO_PREPARATION = {
    "en": "To be honest, I haven't had a chance to look at your products yet. I'm sure I'll pick it up once I start.",
    "de": ("Ehrlich gesagt habe ich mich mit Ihren Produkten noch nicht beschäftigt. Das lerne ich dann in der "
           "Einarbeitung."),
    "hr": "Iskreno, nisam stigla pogledati vaše proizvode. Naučit ću to kad počnem.",
}
NEXT_STEP = {
    "en": " Yesterday I read your website and I'd ask the team about the rest.",
    "de": " Gestern habe ich aber Ihre Website gelesen, und den Rest würde ich die Kollegen fragen.",
    "hr": " Jučer sam ipak pročitala vašu web-stranicu, a ostalo bih pitala kolege.",
}


def committed(text: str, lang: str) -> set[str]:
    found = pitfalls.run(sentences(text, lang), text, lang, list(pitfalls.catalogue(lang)), lambda _id: True)
    return {c.id for c in found}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_word_inside_the_committing_cue_does_not_undo_it_and_a_next_step_elsewhere_does(lang):
    assert "dead-end" in committed(NO_PREPARATION[lang], lang)
    assert "dead-end" not in committed(NO_PREPARATION[lang] + NEXT_STEP[lang], lang)
