"""The story-result read-out (checks/readouts.py): trained on the story endings as they are, and what it
reads in stories written for these tests (in no corpus), in hr, de and en."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from interview_coach import LANGUAGES
from interview_coach.checks import corpora, readouts, star
from interview_coach.nlp import embed
from interview_coach.nlp.text import sentences

ROOT = Path(__file__).resolve().parents[2]

def test_the_shipped_readouts_are_trained_on_the_corpora_as_they_are_now():
    # a story ending edited without `scripts/train_readouts.py` fails here
    assert str(readouts.model()["training_hash"]) == readouts.training_hash()


def test_the_blame_read_out_is_trained_on_the_graded_answers_as_they_are_now(script):
    # a graded dev answer or training round edited (or its split changed) without retraining fails here
    train = script("train_readouts")
    answers = train.blame_answers(train.graded_answers())
    assert len(answers) >= 300 and sum(a["blame"] for a in answers) >= 50
    assert str(readouts.model()["blame_hash"]) == train.blame_hash(answers)


def test_the_pitfall_answer_read_out_is_trained_on_the_graded_answers_as_they_are_now(script):
    train = script("train_readouts")
    graded = train.graded_answers()
    assert len(graded) >= 1500 and sum(bool(a["pitfalls"]) for a in graded) >= 500
    assert str(readouts.model()["answer_hash"]) == train.answer_hash(graded)


def test_the_scene_blame_read_out_is_trained_on_the_marked_sentences_as_they_are_now(script):
    # a mark edited, a blaming scene answer added without marks, or a graded answer changed, without retraining,
    # fails here (a blaming answer without marks stops scene_sentences with its id)
    train = script("train_readouts")
    graded = train.graded_answers()
    texts, labels = train.scene_sentences(graded)
    assert sum(labels) >= 250 and len(labels) - sum(labels) >= 5000
    assert str(readouts.model()["scene_hash"]) == train.scene_hash(graded)


def test_every_marked_answer_is_a_blaming_answer_to_a_scene_question_trained_on(script):
    # marks of an answer that is no longer graded as blaming, or was moved to the test split, are stale
    train = script("train_readouts")
    blaming = {a["id"] for a in train.scene_answers(train.graded_answers()) if "blame-others" in a["pitfalls"]}
    assert set(train.scene_marks()) == blaming


@pytest.mark.parametrize("pitfall", sorted(readouts.MEANING))
def test_each_pitfall_read_out_is_trained_on_the_graded_answers_as_they_are_now(pitfall, script):
    train = script("train_readouts")
    graded = train.graded_answers()
    assert sum(1 for e, _ in train.pitfall_bags(graded, pitfall) if e) >= 50
    assert str(readouts.model()[f"{readouts.MEANING[pitfall]}_hash"]) == train.pitfall_hash(graded, pitfall)


def test_the_read_outs_never_learn_from_the_test_split_or_a_held_out_round(script):
    import yaml

    graded = {(a["lang"], a["answer"]) for a in script("train_readouts").graded_answers()}
    kept_apart = [(item["id"].split("-")[0], item["answer"])
                  for folder in ("graded", "rounds") for path in sorted((ROOT / "eval" / folder).glob("*.yml"))
                  for item in yaml.safe_load(path.read_text("utf-8")) or []
                  if item.get("split") in ("test", "held-out")]
    assert len(kept_apart) >= 900
    assert not graded & set(kept_apart)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_story_endings_are_valid_and_apart(lang):
    ends = corpora.corpus(lang, "story_endings.yml")
    assert len(ends["result"]) >= 100 and len(ends["no_result"]) >= 100
    assert not set(ends["result"]) & set(ends["no_result"])


STORIES = {
    "en": ("Last spring a lady came to our phone shop because her new phone would not charge. "
           "I checked the cable and the socket with her and then I tested the battery. "
           "I booked the repair myself and lent her an old phone for the week.",
           "Three days later the repaired phone was back and she rang to say thank you.",
           "We then talked about how we might organise the handover differently."),
    "de": ("Letzten Frühling kam eine Dame in unseren Handyladen, weil ihr neues Handy nicht lud. "
           "Ich habe mit ihr das Kabel und die Buchse geprüft und dann den Akku getestet. "
           "Ich habe die Reparatur selbst gebucht und ihr für die Woche ein altes Handy geliehen.",
           "Drei Tage später kam das reparierte Gerät zurück, und sie rief an, um sich zu bedanken.",
           "Wir haben dann überlegt, wie man die Übergabe anders organisieren könnte."),
    "hr": ("Prošlog proljeća u našu trgovinu mobitela došla je gospođa jer joj se novi mobitel nije punio. "
           "Provjerila sam s njom kabel i utičnicu, a zatim sam testirala bateriju. "
           "Sama sam prijavila popravak i posudila joj stari mobitel na tjedan dana.",
           "Tri dana kasnije gospođa je već imala svoj mobitel natrag, s novom baterijom.",
           "Onda smo razgovarali kako bismo mogli drugačije organizirati primopredaju."),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_story_ending_with_its_result_in_other_words_has_one_and_a_plan_does_not(lang):
    story, result, plan = STORIES[lang]
    for ending, expected in ((result, True), (plan, False)):
        text = f"{story} {ending}"
        sents = sentences(text, lang)
        by_cues = star.run(sents, text, lang)
        assert by_cues.has_example and not by_cues.parts["result"].present, "the cues alone see no result"
        read = star.run(sents, text, lang, np.asarray(embed.passages([s.text for s in sents])))
        assert read.parts["result"].present is expected, (lang, ending)
        if expected:
            assert read.parts["result"].evidence.text == ending
