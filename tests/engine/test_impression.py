"""The impression (impression.py): a grade read from graded answers, blended into the rule score. It is trained on
the graded answers as they are now, it reads a concrete story above stock phrases, and it never lifts an answer
over the grading guide's caps (answers written for these tests, in no graded set, in hr, de and en)."""

from __future__ import annotations

import re

import pytest

from interview_coach import engine, feedback, impression
from interview_coach.checks import readouts

from .conftest import GENERAL, PARALLEL
from .test_own_actions import I_STORY

# telling a customer off: a confrontation, a pitfall whose cap the impression must keep
CONFRONT = {
    "en": ("A man once shouted at me at the till because his card was declined. I told him straight that this was "
           "not how you talk to people and that he could shop somewhere else if he didn't like it. He left, and "
           "honestly I was glad."),
    "de": ("Einmal hat mich ein Mann an der Kasse angeschrien, weil seine Karte abgelehnt wurde. Ich habe ihm klar "
           "gesagt, dass man so nicht mit Menschen redet und dass er woanders einkaufen kann, wenn es ihm nicht passt. "
           "Er ist gegangen, und ehrlich gesagt war ich froh."),
    "hr": ("Jednom je jedan čovjek vikao na mene na blagajni jer mu je kartica odbijena. Rekla sam mu ravno da se "
           "tako ne razgovara s ljudima i da može kupovati negdje drugdje ako mu se ne sviđa. Otišao je, i iskreno, "
           "bilo mi je drago."),
}


def test_the_shipped_impression_is_trained_on_the_graded_answers_and_read_outs_as_they_are_now(script):
    # a graded dev answer or training round edited, or the read-outs retrained, without retraining it fails here
    train = script("train_impression")
    graded = train.graded_answers()
    assert len(graded) >= 2000
    assert str(impression.model()["hash"]) == train.impression_hash(graded)
    assert impression.model()["w"].shape == (readouts.model()["answer_mean"].shape[0] + len(impression.DIMENSIONS) + 3,)


@pytest.mark.parametrize("lang", sorted(PARALLEL))
def test_a_concrete_story_reads_better_than_stock_phrases(lang):
    story = feedback("difficult-customer", PARALLEL[lang], lang=lang, ui_lang=lang)
    stock = feedback("difficult-customer", GENERAL[lang], lang=lang, ui_lang=lang)
    assert story.insights["score_parts"]["impression"] >= stock.insights["score_parts"]["impression"] + 25
    assert story.band in ("strong", "good") and stock.band in ("weak", "developing")


@pytest.mark.parametrize("lang", sorted(CONFRONT))
def test_the_impression_never_lifts_an_answer_over_a_pitfall_cap(lang):
    fb = feedback("abusive-customer", CONFRONT[lang], lang=lang, ui_lang=lang)
    assert "confront-customer" in [p["id"] for p in fb.pitfalls]
    assert fb.score <= fb.insights["score_parts"]["rules"] <= engine.CAP_PITFALL


@pytest.mark.parametrize("lang", sorted(PARALLEL))
def test_without_the_model_the_score_is_the_rule_score(lang, monkeypatch):
    # a package built without impression.npz (a user's own build): the checks still score, nothing breaks
    monkeypatch.setattr(impression, "model", lambda: None)
    fb = feedback("difficult-customer", PARALLEL[lang], lang=lang, ui_lang=lang)
    assert "score_parts" not in fb.insights and fb.score is not None and fb.band in ("strong", "good")


@pytest.mark.parametrize("lang", sorted(PARALLEL))
@pytest.mark.parametrize("off", ["content.key_points", "content.pitfalls.blame_others", "delivery.length"])
def test_with_a_part_of_the_judgment_switched_off_the_score_is_the_checks_alone(lang, off):
    whole = feedback("difficult-customer", PARALLEL[lang], lang=lang, ui_lang=lang)
    part = feedback("difficult-customer", PARALLEL[lang], lang=lang, ui_lang=lang, disabled=(off,))
    assert "score_parts" in whole.insights and "score_parts" not in part.insights
    if off == "content.pitfalls.blame_others":  # this answer blames no one: the checks' score is the whole one's
        assert part.score == whole.insights["score_parts"]["rules"]


@pytest.mark.parametrize("lang", sorted(PARALLEL))
def test_a_check_the_impression_does_not_read_switched_off_keeps_it(lang):
    fb = feedback("difficult-customer", PARALLEL[lang], lang=lang, ui_lang=lang, disabled=("content.company_fit",))
    assert "score_parts" in fb.insights


@pytest.mark.parametrize("rule, seen, capped, shown", [
    (60, 80.0, False, 70),   # halfway up
    (60, 20.0, False, 40),   # halfway down
    (40, 90.0, True, 40),    # under a cap: never up
    (40, 10.0, True, 25),    # under a cap: down as usual
    (60, None, False, 60),   # no model: the rule score
])
def test_the_blend_moves_the_rule_score_halfway_and_keeps_caps(rule, seen, capped, shown):
    assert impression.blend(rule, seen, capped, weight=0.5) == shown


PARTS_LINE = {"en": r"From the checks alone: (\d+)\. Answers like this one were graded at about (\d+)\.",
              "de": r"Allein nach den Prüfpunkten: (\d+)\. Ähnliche Antworten erhielten etwa (\d+) Punkte\.",
              "hr": r"Samo prema kriterijima: (\d+)\. Slični odgovori dobili su ocjenu od oko (\d+)\."}


@pytest.mark.parametrize("lang", sorted(I_STORY))
def test_the_command_line_says_what_the_score_is_made_of(lang, run_cli, tmp_path):
    # a whole story: the impression moves the score, and the line says from what to what, translated
    fb = feedback("colleague-conflict", I_STORY[lang], lang=lang, ui_lang=lang)
    parts = fb.insights["score_parts"]
    assert fb.score != parts["rules"]
    path = tmp_path / "answer.txt"
    path.write_text(I_STORY[lang], "utf-8")
    out = run_cli("--ui-lang", lang, "feedback", "--question", "colleague-conflict", "--lang", lang, "--answer-file", path)
    assert out.exit_code == 0, out.output
    found = re.search(PARTS_LINE[lang], out.output)
    assert found, out.output
    assert (int(found[1]), int(found[2])) == (parts["rules"], parts["impression"])
