"""Being in a rush told as the cause of one's own mistake ("I was rushing through a queue") owns the mistake; it
is no practice of rushing customers, which "I rush them through" is. An outside recruiter's excellent mistake answer
(90) had been capped at 50 for it. German and Croatian say it without the cues (checked here as well)."""

from __future__ import annotations

import pytest

from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences

CAUSE = [
    ("en", "I charged the wrong guest's card – they had the same surname and I was rushing through a queue."),
    ("de", "Ich war in Eile, weil die Schlange lang war, und habe zwei Bestellungen verwechselt."),
    ("hr", "Žurila sam kroz red i zamijenila dvije narudžbe."),
]
PRACTICE = [
    ("en", "When it's busy I rush them through so the queue moves."),
    ("de", "Die anderen Kunden müssen halt warten, bis ich fertig bin."),
    ("hr", "Kad je gužva, požurujem kupce da red brže ide."),
]


def committed(text: str, lang: str) -> list[str]:
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, list(pitfalls.catalogue(lang)), switch(()))]


@pytest.mark.parametrize("lang,text", CAUSE)
def test_a_rush_told_as_the_cause_of_ones_mistake_is_no_pitfall(lang, text):
    assert committed(text, lang) == []


@pytest.mark.parametrize("lang,text", PRACTICE)
def test_rushing_customers_as_a_practice_is(lang, text):
    assert "rush-or-ignore" in committed(text, lang)
