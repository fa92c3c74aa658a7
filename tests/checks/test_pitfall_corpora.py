"""The pitfall corpora (rules/<lang>/pitfall_sentences.yml) as test data for the cues. Native reviewers
who saw neither the cues nor the graded answers wrote them: per pitfall, sentences that commit it and
close ones that do not, and harmless story sentences (an angry customer described, a delay told as a
fact, stress admitted with a way of coping). Describing a bad situation is not committing a pitfall."""

from __future__ import annotations

import pytest

from interview_coach import LANGUAGES
from interview_coach.checks import corpora, pitfalls, switch
from interview_coach.nlp.text import sentences

ALL_ON = switch(())
# of the close sentences that do not commit (rejections in words, near misses): 63 of 1,620 before negated
# cues counted as unsaid and the `unless` phrases written from these sentences, 10 after (all hr)
CLOSE_FALSE_ALARMS_MAX = 0.02


def committed(text: str, lang: str) -> list[str]:
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, [p.everywhere() for p in pitfalls.catalogue(lang)], ALL_ON)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_corpora_are_valid_and_name_every_pitfall_in_each_language(lang):
    data = corpora.corpus(lang, "pitfall_sentences.yml")
    assert set(data["pitfalls"]) <= {p.id for p in pitfalls.catalogue(lang)}
    assert set(corpora.corpus("en", "pitfall_sentences.yml")["pitfalls"]) == set(data["pitfalls"])
    texts = [t for v in data["pitfalls"].values() for t in (*v["commit"], *v["fine"])] + data["harmless"]
    assert len(texts) == len(set(texts)), "a sentence is listed twice"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_harmless_story_sentence_commits_a_pitfall(lang):
    flagged = {t: found for t in corpora.corpus(lang, "pitfall_sentences.yml")["harmless"]
               if (found := committed(t, lang))}
    assert flagged == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_few_close_sentences_that_do_not_commit_a_pitfall_are_taken_for_it(lang):
    close = [(pid, t) for pid, v in corpora.corpus(lang, "pitfall_sentences.yml")["pitfalls"].items() for t in v["fine"]]
    flagged = [t for pid, t in close if pid in committed(t, lang)]
    assert len(flagged) <= CLOSE_FALSE_ALARMS_MAX * len(close), flagged


NEGATED = [  # a cue said the other way round in its clause (written for this test, in no corpus)
    ("en", "I wouldn't claim that nothing stresses me, because it does."),
    ("de", "Ich würde mir keine Antwort ausdenken."),
    ("hr", "Kupcu nikad ne kažem „nemam pojma”."),
]


@pytest.mark.parametrize("lang,text", NEGATED)
def test_a_pitfall_cue_said_the_other_way_round_commits_nothing(lang, text):
    assert committed(text, lang) == []


DESCRIBES_AN_ANGRY_CUSTOMER = [
    ("en", "He was standing at the counter shouting that we had ruined his weekend."),
    ("de", "Er stand an der Theke und rief, wir hätten ihm das Wochenende ruiniert."),
    ("hr", "Stajao je na pultu i vikao da smo mu upropastili vikend."),
]


@pytest.mark.parametrize("lang,text", DESCRIBES_AN_ANGRY_CUSTOMER)
def test_a_story_sentence_that_describes_an_angry_customer_commits_nothing(lang, text):
    assert committed(text, lang) == []


NEGATED_IN_THE_GAP = [  # a negation between the words of a gapped cue turns it round; the same sentence
    # without it commits the pitfall (written for this test, in no corpus)
    ("en", "My colleagues there were never lazy.", "Honestly, my colleagues there were lazy.", "blame-others"),
    ("de", "Mit dem Gast würde ich nie darüber streiten, wessen Fehler es war.",
     "Ich würde mit dem Gast darüber streiten, wessen Fehler es war.", "confront-customer"),
    ("hr", "Kolege nikad nisu bile lijene.", "Kolege su bile stvarno lijene.", "blame-others"),
]


@pytest.mark.parametrize("lang,negated,said,pitfall", NEGATED_IN_THE_GAP)
def test_a_negation_inside_a_gapped_cue_turns_it_round(lang, negated, said, pitfall):
    assert committed(negated, lang) == []
    assert pitfall in committed(said, lang)


CORRECTED = [  # "not X but Y": X, however far from the negation, is denied; "not only X but also Y" says X
    ("en", "I never got people to buy by talking at them until they buy, but by listening first.",
     "I got people to buy by talking at them until they buy, and by listening first.", "pushy-selling"),
    ("de", "Erreicht habe ich sie nie, indem ich jedem alles anbiete, sondern indem ich zuhöre.",
     "Erreicht habe ich sie, indem ich jedem alles anbiete und indem ich zuhöre.", "pushy-selling"),
    ("hr", "Nikad nisam prodavala tako da nagovaram kupce, nego tako da prvo slušam.",
     "Prodavala sam tako da nagovaram kupce, a tek onda slušam.", "pushy-selling"),
]


@pytest.mark.parametrize("lang,corrected,said,pitfall", CORRECTED)
def test_what_a_corrective_but_sets_against_a_negation_is_not_done(lang, corrected, said, pitfall):
    assert pitfall not in committed(corrected, lang)
    assert pitfall in committed(said, lang)


NOT_MINE_BUT = [  # a cue that says the negation itself: its "but" is the point, and it blames all the same
    ("en", "I didn't apologise, it wasn't my fault but because she had mixed up the labels."),
    ("de", "Ich habe mich da nicht entschuldigt, warum auch, es war nicht mein Fehler, sondern ihrer."),
    ("hr", "Nisam se ispričala, to nije bila moja greška, nego njezina."),
]


@pytest.mark.parametrize("lang,text", NOT_MINE_BUT)
def test_a_cue_that_says_the_negation_itself_is_not_corrected_away(lang, text):
    assert "blame-others" in committed(text, lang)


def test_a_negation_two_clauses_back_is_not_corrected_by_a_later_but():
    """The corrective "but" reaches back to a negation in the cue's clause or the one before, no further: here
    the doubt is over by the time he is told he is wrong (English, where "but by" is the corrective shape)."""
    text = "I was not sure at first, then I checked the receipt, and I told him he was wrong, but by then he had calmed down."
    assert "confront-customer" in committed(text, "en")
