"""What a negated verb of saying governs is not said: "Nisam joj počela objašnjavati da to nije do mene" is the
applicant holding back the excuse, not making it. Good answers written by helpers blind to the code were
capped as blame, excuses or confronting the customer for such sentences (hr 31 and 27 against 65-90). The
negation must belong to the verb of saying: "When he didn't stop shouting, I told him that it wasn't my
fault" still blames. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences

NOT_SAID = [
    ("hr", "Nisam joj počela objašnjavati da to nije do mene."),
    ("hr", "Ne počinjem tako da kupcu kažem da griješi, jer se onda razgovor pretvori u nadmudrivanje."),
    ("de", "Ich habe ihr nicht erklärt, dass es nicht meine Schuld war."),
    ("de", "Ich fange nicht an, ihr zu erklären, dass es nicht an mir liegt."),
    ("de", "Ich fange nicht damit an, dem Kunden zu sagen, dass er falsch liegt."),
    ("en", "I didn't start explaining to her that it wasn't my fault."),
    ("en", "I don't start by telling the customer that he is wrong, because then it turns into a contest."),
]
SAID = [
    ("hr", "Rekla sam joj da to nije do mene."),
    ("hr", "Kad nije prestao vikati, rekla sam mu da to nije do mene."),
    ("de", "Ich habe ihr erklärt, dass es nicht meine Schuld war."),
    ("de", "Als er nicht aufgehört hat zu schreien, habe ich ihm gesagt, dass es nicht meine Schuld war."),
    ("en", "When he didn't stop shouting, I told him that it wasn't my fault."),
    ("en", "When he didn't stop shouting I told him that it wasn't my fault."),
]


def committed(text: str, lang: str) -> list[str]:
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, list(pitfalls.catalogue(lang)), switch(()))]


@pytest.mark.parametrize("lang,text", NOT_SAID)
def test_what_a_negated_verb_of_saying_governs_commits_nothing(lang, text):
    assert committed(text, lang) == []


@pytest.mark.parametrize("lang,text", SAID)
def test_said_or_negated_elsewhere_it_still_commits(lang, text):
    assert committed(text, lang)
