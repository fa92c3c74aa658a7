"""The graded answers (eval/graded): the data keeps to the grading guide, and the engine does not fall
back on the held-out test split (floors well under today's figures; bench/graded.py prints them)."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from interview_coach.checks import pitfalls

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import graded  # noqa: E402

BANDS = (("strong", 75), ("good", 60), ("developing", 40), ("weak", 0))
CAPS = {"serious": 35, "other": 55, "off-topic": 25}
ITEMS = graded.load("all")


def test_there_are_at_least_120_graded_answers_per_language_split_in_two():
    per = Counter((i["lang"], i["split"]) for i in ITEMS)
    for lang in ("hr", "de", "en"):
        assert per[(lang, "dev")] + per[(lang, "test")] >= 120, per
        assert per[(lang, "dev")] >= 50 and per[(lang, "test")] >= 50, per


def _keeps_to_the_guide(it: dict, bank, splits: tuple[str, ...], off_topic_capped: bool = True) -> None:
    """One graded answer against the grading guide: its split, band, caps, known key points and pitfalls, and a
    pitfall named as its main improvement listed among its pitfalls."""
    serious = {p.id: p.serious for p in pitfalls.catalogue("en")}
    committed = it.get("pitfalls") or []
    assert it["split"] in splits, it["id"]
    assert it["band"] == next(b for b, floor in BANDS if it["grade"] >= floor), it["id"]
    assert set(committed) <= set(serious), it["id"]
    main = it["main_improvement"]
    assert not main.startswith("pitfall:") or main.split(":", 1)[1] in committed, it["id"]
    if it.get("question"):
        known = {k.id for k in bank.question(it["question"]).in_lang(it["lang"]).key_points}
        assert set(it.get("key_points") or []) <= known, it["id"]
    else:
        assert it["question_text"], it["id"]
    if any(serious[p] for p in committed):
        assert it["grade"] <= CAPS["serious"], it["id"]
    elif committed:
        assert it["grade"] <= CAPS["other"], it["id"]
    if main == "off-topic" and off_topic_capped:
        assert it["grade"] <= CAPS["off-topic"], it["id"]


def test_every_graded_answer_keeps_to_the_guide(bank):
    assert len({i["id"] for i in ITEMS}) == len(ITEMS)
    for it in ITEMS:
        _keeps_to_the_guide(it, bank, ("dev", "test"))


def test_no_more_than_a_third_of_a_language_is_translated():
    for lang in ("hr", "de", "en"):
        part = [i for i in ITEMS if i["lang"] == lang]
        assert sum(bool(i.get("translated_from")) for i in part) <= len(part) / 3


@pytest.fixture(scope="module")
def test_rows():
    return graded.run(graded.load("test"))


def test_the_engine_does_not_fall_back_on_the_held_out_answers(test_rows):
    f = graded.figures(test_rows)
    assert f["spearman"] >= 0.6, f
    assert f["mae"] <= 17, f
    assert f["band_agreement"] >= 0.45, f
    assert f["first_suggestion"] >= 0.45, f
    # 49 % found with 5 % false alarms before the word-class cues, 59 % with 8 % after (a trade, reported)
    assert f["pitfalls_found"] >= 0.55 and f["pitfall_false_alarms"] <= 0.09, f


def test_an_off_topic_or_pitfall_answer_is_never_strong(test_rows):
    for r in test_rows:
        if r["pitfalls"] or (r["advice"] and r["advice"][0]["code"] == "off-topic"):
            assert r["band"] != "strong", r["item"]["id"]


def test_every_round_answer_keeps_to_the_guide(bank):
    """The outside rounds (eval/rounds) keep to the same rules as the graded set; an answer that starts on the
    question and drifts (``kind: drift``, round 31) may sit a little above the off-topic cap, as its graders put it."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    import rounds

    items = [i for part in rounds.load("all").values() for i in part]
    assert len({i["id"] for i in items}) == len(items)
    for it in items:
        _keeps_to_the_guide(it, bank, ("train", "held-out"), off_topic_capped=it.get("kind") != "drift")
