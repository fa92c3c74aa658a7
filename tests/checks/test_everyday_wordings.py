"""Everyday wordings a cue took for a pitfall, and the pitfall itself, which still counts. From good answers by
helpers blind to the code (a second batch of 60 close to a pitfall) and middling answers they graded: "so that
their problem gets solved" is not "that's their problem" (a cue word with "'s" is no longer its bare lemma);
"tick them off" is no motive ticking a box; a manager's OK makes a free dessert no over-promise; "ne odustaje
se nakon prve pogreške" is no pushy selling. And a queue told to wait its turn is rushing or ignoring the
waiting customers (graded 44, the engine said 77). Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences

FINE = [
    ("en", "Customer service is everything a business does so that their problem gets solved and they come back."),
    ("en", "If I've got loads of jobs at the end of a shift, I write them down and tick them off."),
    ("en", "I apologised, had it remade straight away, and with my manager's OK put their desserts on the house."),
    ("de", "Ich habe mich entschuldigt und mit dem OK meiner Chefin das Dessert aufs Haus gegeben."),
    ("hr", "Ispričala sam se i uz dopuštenje voditelja dala im desert na račun kuće."),
    ("hr", "Folklor me naučio timskom radu i tome da se ne odustaje nakon prve pogreške."),
]
COMMITTED = [
    ("en", "Honestly, if they're wrong, that's their problem.", "confront-customer"),
    ("en", "The hours tick all the boxes for me, that's the main reason.", "money-only"),
    ("hr", "Ne odustajem nakon prvog ne, nego nudim dalje dok ne kupi.", "pushy-selling"),
    ("en", "If someone just has a quick question while I'm serving, they'll need to wait until it's their turn.",
     "rush-or-ignore"),
    ("de", "Wer zwischendurch nur kurz etwas fragen will, muss eben warten, bis er dran ist.", "rush-or-ignore"),
    ("hr", "Tko ima samo kratko pitanje mora pričekati svoj red, inače nije pošteno prema drugima.", "rush-or-ignore"),
]


def committed(text: str, lang: str) -> list[str]:
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, list(pitfalls.catalogue(lang)), switch(()))]


@pytest.mark.parametrize("lang,text", FINE)
def test_everyday_wordings_commit_nothing(lang, text):
    assert committed(text, lang) == []


@pytest.mark.parametrize("lang,text,pitfall", COMMITTED)
def test_the_pitfall_itself_still_commits(lang, text, pitfall):
    assert pitfall in committed(text, lang)
