"""Good answers that walk close to the pitfalls (tests/data/clean_answers): an angry customer described,
a colleague's mistake fixed, a system outage told as fact, pay named among other motives, stress
admitted. Written blind to the cues, one per bank question and language, they guard the pitfall cues
against false alarms on honest applicants, and the score against calling a good answer weak. Weak answers
(tests/data/weak_answers) hold the cues to naming the right pitfall."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from interview_coach import LANGUAGES, engine

DATA = Path(__file__).resolve().parents[1] / "data" / "clean_answers"
WEAK = Path(__file__).resolve().parents[1] / "data" / "weak_answers"
# of 40 per language: none flagged when the set was written (word-class cues, clause-bounded gaps);
# one is slack for a cue added later that a reviewer finds right
FLAGGED_MAX = 1


def answers(lang: str, data: Path = DATA) -> list[dict]:
    return YAML(typ="safe").load((data / f"{lang}.yml").read_text("utf-8"))["answers"]


@pytest.fixture(scope="module", params=LANGUAGES)
def judged(request, bank):
    lang = request.param
    return lang, [(a, engine.feedback(a["question"], a["text"], lang=lang, ui_lang="en", bank=bank)) for a in answers(lang)]


def test_the_set_answers_forty_bank_questions_once_each(bank):
    for lang in LANGUAGES:
        asked = [a["question"] for a in answers(lang)]
        assert len(asked) == len(set(asked)) == 40 and set(asked) <= set(bank.questions), lang


def test_good_answers_close_to_a_pitfall_are_not_taken_for_one(judged):
    lang, rows = judged
    flagged = [(a["question"], [p["id"] for p in fb.pitfalls], fb.pitfalls[0]["evidence"]["text"])
               for a, fb in rows if fb.pitfalls]
    assert len(flagged) <= FLAGGED_MAX, (lang, flagged)


def test_no_good_answer_is_called_weak(judged):
    lang, rows = judged
    assert [(a["question"], fb.score) for a, fb in rows if fb.band == "weak"] == [], lang


# Weak answers that commit no pitfall, and answers that commit exactly one (tests/data/weak_answers, 45 a
# language): when written, 15 of 135 had a pitfall named that their writer did not mark (most of them
# old cues: "nicht an mir liegt" on an excuse is also called blame) and 42 of the 60 marked were found.
WRONG_MAX, FOUND_MIN = 18, 40


def test_the_right_pitfall_is_named_and_few_wrong_ones(bank):
    wrong, found, marked = [], 0, 0
    for lang in LANGUAGES:
        for a in answers(lang, WEAK):
            fb = engine.feedback(a["question"], a["text"], lang=lang, ui_lang="en", bank=bank)
            got, want = {p["id"] for p in fb.pitfalls}, set(a["pitfalls"])
            marked, found = marked + len(want), found + len(want & got)
            if got - want:
                wrong.append((lang, a["question"], sorted(got - want)))
    assert marked == 60
    assert len(wrong) <= WRONG_MAX, wrong
    assert found >= FOUND_MIN, found
