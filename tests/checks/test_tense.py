"""checks.tense: which sentences tell the past and which look ahead; every example of
``rules/<lang>/tense.yml`` is its own test case, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.checks import tense
from interview_coach.nlp.text import sentences

CASES = [(lang, text, expect) for lang in ("hr", "de", "en") for text, expect in tense.markers(lang).examples]


@pytest.mark.parametrize("lang,text,expect", CASES, ids=[f"{c[0]}-{c[1][:30]}" for c in CASES])
def test_rule_example(lang, text, expect):
    (sentence,) = sentences(text, lang)
    assert tense.kind(sentence, lang) == expect


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_every_kind_has_examples(lang):
    kinds = {expect for _, expect in tense.markers(lang).examples}
    assert kinds == {"past", "ahead", "neither"}
