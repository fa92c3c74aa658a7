"""A result told in the past is a story's result; the same verb as a wish or an errand is not. "Normalerweise
hätte ich sie gebeten, mit der genauen Modellbezeichnung wiederzukommen" was read as the story's ending by the
cue "wiedergekommen" (its lemma is the infinitive's), and a helper's fresh story with no result (graded 68,
"finish the story with its result") scored 88. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.checks import star
from interview_coach.nlp.text import sentences

NOT_A_RESULT = [
    ("de", "Normalerweise hätte ich sie gebeten, mit der genauen Modellbezeichnung wiederzukommen."),
    ("en", "Normally I would have asked her to come back with the exact model."),
    ("hr", "Inače bih je zamolila da se vrati s točnim modelom."),
]
A_RESULT = [
    ("de", "Eine Woche später ist sie wiedergekommen und hat sich bedankt."),
    ("en", "A week later she came back to thank me."),
    ("hr", "Tjedan dana kasnije vratila se i zahvalila mi."),
]


@pytest.mark.parametrize("lang,text", NOT_A_RESULT)
def test_asking_someone_to_come_back_is_no_result(lang, text):
    assert star.sentence_parts(sentences(text, lang)[0], lang)["result"] is None


@pytest.mark.parametrize("lang,text", A_RESULT)
def test_coming_back_told_in_the_past_is_a_result(lang, text):
    assert star.sentence_parts(sentences(text, lang)[0], lang)["result"] is not None
