""""Not my fault, but I listened and apologised" takes the customer's side all the same: no blame, no excuse.
"Not my fault, but I explained that the warehouse had messed up" passes the blame on. A helper's fresh Croatian
answer to the stress question was called "weak", blaming others, for the first (26 against her 58). Sentences
written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences

MADE_GOOD = [
    ("en", "A man shouted at me about a bill that wasn't my fault, but I listened, apologised for the company and we "
           "sorted it together."),
    ("de", "Ein Herr hat mich wegen einer Rechnung angeschrien, die nicht mein Fehler war, aber ich habe ihm zugehört "
           "und mich im Namen der Firma entschuldigt."),
    ("hr", "Gospodin je vikao na mene zbog računa koji nije bio moja greška, ali sam ga saslušala i ispričala mu se u "
           "ime firme."),
]
PASSED_ON = [
    ("en", "It wasn't my fault, but I explained to him that the warehouse had messed up."),
    ("de", "Das war nicht mein Fehler, aber ich habe ihm erklärt, dass das Lager schuld war."),
    ("hr", "Nije to bila moja greška, ali sam mu objasnila da je skladište zabrljalo."),
]


def committed(text: str, lang: str) -> list[str]:
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, list(pitfalls.catalogue(lang)), switch(()))]


@pytest.mark.parametrize("lang,text", MADE_GOOD)
def test_not_my_fault_but_i_helped_all_the_same_blames_no_one(lang, text):
    assert committed(text, lang) == []


@pytest.mark.parametrize("lang,text", PASSED_ON)
def test_not_my_fault_but_the_blame_passed_on_is_blame(lang, text):
    assert "blame-others" in committed(text, lang)
