"""The meaning read-outs (checks/readouts.py): trained on the corpora as they are, and what they read
in sentences written for these tests (in none of the corpora), in hr, de and en."""

from __future__ import annotations

import numpy as np
import pytest

from interview_coach import LANGUAGES
from interview_coach.checks import pitfalls, readouts, star, switch
from interview_coach.nlp import embed
from interview_coach.nlp.text import sentences

ALL_ON = switch(())


def test_the_shipped_readouts_are_trained_on_the_corpora_as_they_are_now():
    # a corpus or a pitfall's exemplars edited without `scripts/train_readouts.py` fails here
    assert str(readouts.model()["training_hash"]) == readouts.training_hash()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_corpora_are_valid_and_name_every_pitfall_in_each_language(lang):
    known = {p.id for p in pitfalls.catalogue(lang)}
    data = readouts.corpus(lang, "pitfall_sentences.yml")
    assert set(data["pitfalls"]) <= known
    assert set(readouts.corpus("en", "pitfall_sentences.yml")["pitfalls"]) == set(data["pitfalls"])
    texts = [t for v in data["pitfalls"].values() for t in (*v["commit"], *v["fine"])] + data["harmless"]
    assert len(texts) == len(set(texts)), "a sentence is listed twice"
    ends = readouts.corpus(lang, "story_endings.yml")
    assert not set(ends["result"]) & set(ends["no_result"])
    assert set(readouts.model()["pitfall_ids"]) <= known


COMMITTED_IN_OTHER_WORDS = [
    ("en", "money-only", "For me the salary is what decides it, the work itself is much the same everywhere."),
    ("de", "never-stressed", "Stress habe ich eigentlich nie, egal wie viel los ist."),
    ("hr", "never-stressed", "Nikad nisam imala dan da mi je bilo previše, taj pritisak jednostavno ne osjećam."),
]


@pytest.mark.parametrize("lang,pid,text", COMMITTED_IN_OTHER_WORDS)
def test_a_pitfall_in_words_no_cue_lists_is_found_by_meaning(lang, pid, text):
    sents = sentences(text, lang)
    applicable = list(pitfalls.catalogue(lang))
    assert pitfalls.run(sents, text, lang, applicable, ALL_ON) == []  # no cue has it
    found = pitfalls.run(sents, text, lang, applicable, ALL_ON, embed.passages([s.text for s in sents]))
    assert [(c.id, c.by, c.evidence.text) for c in found] == [(pid, "meaning", text)]


DESCRIBES_AN_ANGRY_CUSTOMER = [
    ("en", "He was standing at the counter shouting that we had ruined his weekend."),
    ("de", "Er stand an der Theke und rief, wir hätten ihm das Wochenende ruiniert."),
    ("hr", "Stajao je na pultu i vikao da smo mu upropastili vikend."),
]


@pytest.mark.parametrize("lang,text", DESCRIBES_AN_ANGRY_CUSTOMER)
def test_a_story_sentence_that_describes_an_angry_customer_commits_nothing(lang, text):
    sents = sentences(text, lang)
    found = pitfalls.run(sents, text, lang, list(pitfalls.catalogue(lang)), ALL_ON, embed.passages([text]))
    assert found == []


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
