"""Saying which languages one speaks is no hedge: "Talijanski ne znam", "malo njemačkog" in a language-barrier
story (a helper's good Croatian answer, blind to the code, was told it sounds unsure). Doubt is still a hedge.
Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine

LANGUAGES = {
    "hr": "Koristim engleski, malo njemačkog i prevoditelj na mobitelu. Talijanski ne znam i to gostu odmah kažem, "
          "ali otvorim prevoditelj i napišem cijenu na papir.",
    "de": "Ich spreche Englisch und ein bisschen Italienisch. Polnisch kann ich nicht, das sage ich dem Gast gleich, "
          "aber ich öffne die Übersetzungs-App und schreibe den Preis auf.",
    "en": "I speak English and a little German. I don't speak Italian and I tell the guest so straight away, but I "
          "open the translation app and write the price down.",
}
UNSURE = {
    "hr": "Ne znam, možda bih pokušala s prevoditeljem, valjda bi to nekako išlo.",
    "de": "Ich weiß nicht, vielleicht würde ich es irgendwie mit einer App versuchen, wahrscheinlich klappt das.",
    "en": "I don't know, maybe I'd try a translation app, I guess it would probably work somehow.",
}


def hedges(text: str, lang: str) -> bool:
    fb = engine.feedback("language-barrier", text, lang=lang, ui_lang="en")
    return "wording.hedges" in {f.id for f in fb.findings}


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_the_languages_one_speaks_are_no_hedge(lang):
    assert not hedges(LANGUAGES[lang], lang)


@pytest.mark.parametrize("lang", sorted(UNSURE))
def test_doubt_is_still_a_hedge(lang):
    assert hedges(UNSURE[lang], lang)
