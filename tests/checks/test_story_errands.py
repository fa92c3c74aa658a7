"""A story's errands are no pitfall: paying a taxi "from our petty cash" is not calling anyone petty, a partner
hotel "um die Ecke" is not a job chosen for being near home. Both sentences of a helper-style fresh story were
taken for blame (en) and money as the motive (de), and capped an excellent answer at 32. The same motive said as
a motive still counts. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences

ERRANDS = [
    ("en", "Then I found him a room at our partner hotel around the corner and paid the taxi from our petty cash."),
    ("de", "Ich habe ihm ein Zimmer im Partnerhotel um die Ecke besorgt und das Taxi aus der Handkasse bezahlt."),
    ("hr", "Našla sam mu sobu u partnerskom hotelu iza ugla i platila taksi iz blagajne."),
]
STILL_COMMITTED = [
    ("en", "My manager was petty and the pay was a joke.", "blame-others"),
    ("de", "Ich habe mich beworben, weil der Laden gleich um die Ecke ist.", "money-only"),
    ("de", "Ich wohne um die Ecke, das war für mich der Hauptgrund.", "money-only"),
    ("hr", "Prijavila sam se uglavnom zato što mi je posao blizu stana.", "money-only"),
]


def committed(text: str, lang: str) -> list[str]:
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, list(pitfalls.catalogue(lang)), switch(()))]


@pytest.mark.parametrize("lang,text", ERRANDS)
def test_an_errand_in_a_story_commits_nothing(lang, text):
    assert committed(text, lang) == []


@pytest.mark.parametrize("lang,text,pitfall", STILL_COMMITTED)
def test_the_same_words_as_a_judgement_or_a_motive_still_commit(lang, text, pitfall):
    assert pitfall in committed(text, lang)
