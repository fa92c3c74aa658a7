"""Shared by the pitfall case tests: what a sentence commits, as an answer to one bank question."""

from __future__ import annotations

import pytest

from interview_coach.bank import default_bank
from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences


def committed_in_answer_to(text: str, lang: str, qid: str) -> list[str]:
    """The pitfalls ``text`` commits as an answer to bank question ``qid`` (its own pitfalls and cues)."""
    question = default_bank().question(qid)
    checks = pitfalls.applicable(lang, question.pitfall_ids, (qid,))
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, checks, switch(()))]


@pytest.fixture
def committed():
    return committed_in_answer_to


def committed_anywhere(text: str, lang: str) -> list[str]:
    """The pitfalls ``text`` commits against the whole catalogue of its language (every question's pitfalls)."""
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, list(pitfalls.catalogue(lang)), switch(()))]


@pytest.fixture
def committed_any():
    return committed_anywhere
