"""Blame told as an aside in a story or a scene, in words no cue lists, read by meaning (``pitfalls.blaming_in_scene``,
the scene read-out of ``checks/readouts.py``, trained on the sentences marked in ``eval/marks/``); the same story
with the manager's absence told as a plain fact is no blame. Answers written for these tests (in no training
data), in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine

SCENE = "content.pitfalls.blame_others.scene"

STORY = {
    "en": ("Last summer at the garden centre a delivery of forty pallets arrived two hours early on a Saturday. I split "
           "the unloading with two colleagues and took the till queue myself so nobody waited. We had it all shelved "
           "before lunch. "),
    "de": ("Letzten Sommer kam im Gartencenter eine große Lieferung zwei Stunden zu früh, an einem Samstag. Ich habe "
           "das Abladen mit zwei Kollegen aufgeteilt und selbst die Kasse übernommen, damit niemand warten musste. Bis "
           "Mittag war alles eingeräumt. "),
    "hr": ("Prošlog ljeta u vrtnom centru stigla je velika isporuka dva sata ranije, u subotu. Istovar sam podijelila s "
           "dvoje kolega, a ja sam preuzela blagajnu da nitko ne čeka. Do podneva je sve bilo složeno. "),
}
# the aside that blames the manager, and the same absence told as a plain fact
ASIDE = {
    "en": ("Our manager, as usual, stayed in his office the whole time and left the planning to the part-timers.",
           "Our manager was on a training course that day, so we planned it ourselves and rang him at lunchtime with "
           "an update."),
    "de": ("Der Marktleiter saß wie immer die ganze Zeit in seinem Büro und hat uns Aushilfen alles überlassen.",
           "Unser Marktleiter war an dem Tag auf einer Schulung, also haben wir selbst geplant und ihn mittags "
           "angerufen."),
    "hr": ("Naš voditelj je kao i obično cijelo vrijeme sjedio u uredu i planiranje prepustio nama studentima.",
           "Naš voditelj je taj dan bio na edukaciji, pa smo sami isplanirali posao i u podne ga nazvali da mu javimo "
           "kako ide."),
}


def _blame(fb) -> list[dict]:
    return [p for p in fb.pitfalls if p["id"] == "blame-others"]


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_dig_at_the_manager_in_a_team_story_is_read_as_blame_by_meaning(lang):
    dig, _ = ASIDE[lang]
    answer = STORY[lang] + dig
    assert not engine.feedback("teamwork", answer, lang=lang, disabled=(SCENE,)).pitfalls, "no cue finds it"
    fb = engine.feedback("teamwork", answer, lang=lang)
    blame = _blame(fb)
    assert blame and blame[0]["by"] == "meaning"
    assert blame[0]["evidence"]["text"] == dig
    assert fb.score <= 35


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_managers_absence_told_as_a_fact_is_no_blame(lang):
    _, fact = ASIDE[lang]
    assert not _blame(engine.feedback("teamwork", STORY[lang] + fact, lang=lang))


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_scene_read_out_reads_no_answer_about_oneself(lang):
    # the same story given to "Why are you leaving?" is read by the other blame read-out, trained on such answers
    dig, _ = ASIDE[lang]
    from interview_coach.checks import pitfalls, readouts

    assert "career" not in readouts.SCENE_CATEGORIES and "free" in readouts.SCENE_CATEGORIES
    fb = engine.feedback("why-leaving", STORY[lang] + dig, lang=lang, disabled=(pitfalls.BLAME_READOUT,))
    assert not any(p["by"] == "meaning" for p in _blame(fb))
