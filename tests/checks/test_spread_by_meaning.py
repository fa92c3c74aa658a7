"""An excuse or a generic answer spread over the answer (``pitfalls.SPREAD_BY_MEANING``): no sentence reads as surely
as ``BY_MEANING`` asks, but two or more lean to the pitfall where the whole answer reads as a pitfall answer ("half
the answer explains why it was not really her fault"). The rule itself, on vectors placed where the read-out gives
the wanted probability; and the graded answers of the training rounds it was set on, in hr, de and en (in-sample:
they show the rule at work in each language, not how it generalises; docs/checks.md has the left-out figures)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from interview_coach import engine
from interview_coach.checks import pitfalls, readouts
from interview_coach.nlp import embed
from interview_coach.nlp.text import sentences

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import rounds  # noqa: E402
import graded  # noqa: E402


def _vectors(pitfall: str, probs: list[float]) -> np.ndarray:
    """Vectors that the read-out of ``pitfall`` puts at ``probs`` (along its weights)."""
    m, key = readouts.model(), readouts.MEANING[pitfall]
    w, b = m[f"{key}_w"].astype(float), float(m[f"{key}_b"])
    logits = np.log(np.array(probs) / (1 - np.array(probs)))
    return np.outer((logits - b) / (readouts.SCALE * w @ w), w)


@pytest.mark.parametrize("pitfall", sorted(pitfalls.SPREAD_BY_MEANING))
def test_two_sentences_that_lean_to_the_pitfall_commit_it_where_one_does_not(pitfall):
    k, lean, answer_min = pitfalls.SPREAD_BY_MEANING[pitfall]
    said = sentences("Eins. Zwei. Drei. Vier.", "de")
    low, high = lean - 0.1, (lean + pitfalls.BY_MEANING[pitfall][1]) / 2
    spread = _vectors(pitfall, [0.05, high, 0.05, high + 0.02][:len(said)])
    assert pitfalls.committing_by_meaning(pitfall, said, spread, answer_min + 0.05)[0] == (3, 1)  # the surest first
    alone = _vectors(pitfall, [0.05, high, 0.05, low])
    assert pitfalls.committing_by_meaning(pitfall, said, alone, answer_min + 0.05)[0] == ()
    assert pitfalls.committing_by_meaning(pitfall, said, spread, answer_min - 0.05)[0] == ()
    assert k == 2


def _answers(ids: set[str]) -> dict[str, dict]:
    items = graded.load("dev") + [i for part in rounds.load("train").values() for i in part]
    return {i["id"]: i for i in items if i["id"] in ids}


SPREAD = {"excuses": ["de-r29-009", "hr-r28-010", "en-r28-007"], "generic": ["de-g-033", "hr-h-029", "en-r23-007"]}
CASES = [(p, i) for p, ids in SPREAD.items() for i in ids]


@pytest.mark.parametrize("pitfall,answer_id", CASES, ids=[i for _, i in CASES])
def test_the_training_answers_the_rule_was_set_on_are_read_in_each_language(pitfall, answer_id, monkeypatch):
    item = _answers({answer_id})[answer_id]
    assert pitfall in item["pitfalls"]
    found = engine.feedback(item["question"], item["answer"], lang=item["lang"]).pitfalls
    assert [(p["id"], p["by"]) for p in found] == [(pitfall, "meaning")]
    # two or more of its sentences lean to the pitfall: the spread rule reads it
    k, lean, _ = pitfalls.SPREAD_BY_MEANING[pitfall]
    probs = readouts.meaning_probabilities(pitfall, embed.passages([s.text for s in sentences(item["answer"], item["lang"])]))
    assert (probs >= lean).sum() >= k, probs
    if probs.max() < pitfalls.BY_MEANING[pitfall][1]:
        # and where no sentence is sure enough alone (the CPU's rounding moves a sentence near the bar: on an AMD EPYC
        # one of en-r23-007 reads 0.969, elsewhere below 0.95), it alone finds the pitfall
        monkeypatch.setattr(pitfalls, "SPREAD_BY_MEANING", {})
        assert not engine.feedback(item["question"], item["answer"], lang=item["lang"]).pitfalls
