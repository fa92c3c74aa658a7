"""Metamorphic tests: changes to an answer move the feedback the way a coach would expect."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.nlp.text import sentences

from .conftest import GENERAL, PARALLEL

LANGS = ("hr", "de", "en")
UNRELATED = {"en": "Which programming languages do you know, and which do you like best?",
             "de": "Welche Programmiersprachen beherrschen Sie, und welche mögen Sie am liebsten?",
             "hr": "Koje programske jezike znate i koji vam je najdraži?"}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("qid", ["difficult-customer", "good-cs", "dont-know"])
def test_cutting_to_the_first_sentence_lowers_the_score(bank, lang, qid):
    text = bank.question(qid).in_lang(lang).sample_answers[0].text
    first = sentences(text, lang)[0].text
    assert feedback(qid, first, bank=bank).score < feedback(qid, text, bank=bank).score


@pytest.mark.parametrize("lang", LANGS)
def test_unrelated_question_gets_low_relevance(bank, lang):
    for sample in bank.question("difficult-customer").in_lang(lang).sample_answers:
        fb = feedback(None, sample.text, question_text=UNRELATED[lang], bank=bank)
        own = feedback("difficult-customer", sample.text, bank=bank)
        assert fb.relevance < 0.35, (lang, fb.relevance)
        assert own.relevance >= 0.5 and own.relevance > fb.relevance + 0.2 and fb.score < own.score


@pytest.mark.parametrize("lang", LANGS)
def test_removing_the_example_removes_has_example(bank, lang):
    with_example = feedback("difficult-customer", GENERAL[lang] + " " + PARALLEL[lang], bank=bank)
    assert with_example.has_example
    without = feedback("difficult-customer", GENERAL[lang], bank=bank)
    assert not without.has_example
    assert without.dimensions["example"] < with_example.dimensions["example"]


def test_same_answer_in_three_languages_scores_within_a_few_points(bank):
    scores = {lang: feedback("difficult-customer", PARALLEL[lang], bank=bank) for lang in LANGS}
    values = [fb.score for fb in scores.values()]
    assert max(values) - min(values) <= 15, {k: (v.score, v.dimensions) for k, v in scores.items()}
    seconds = [fb.length["seconds"] for fb in scores.values()]
    assert max(seconds) / min(seconds) < 1.35


@pytest.mark.parametrize("lang", LANGS)
def test_every_sample_answer_is_on_topic_free_of_pitfalls_and_never_weak(bank, lang):
    # The bank's samples are model answers, but short ones (20-50 s of speech against the guide's 60-120 s
    # for a story), so on the calibrated scale (docs/grading.md) not all of them reach the top band.
    low, scores = [], []
    for q in bank.questions.values():
        for sample in q.in_lang(lang).sample_answers:
            fb = feedback(q.id, sample.text, bank=bank)
            scores.append(fb.score)
            if fb.band == "weak" or fb.pitfalls or fb.insights["relevance_detail"]["tip"]:
                low.append((q.id, sample.profile, fb.score, [p["id"] for p in fb.pitfalls]))
    assert not low
    assert sum(scores) / len(scores) >= 65, scores


@pytest.mark.parametrize("lang,line", [
    ("en", "I would just help the customer and be nice to them."),
    ("en", "Customer service is about helping people."),
    ("de", "Ich würde dem Kunden einfach helfen und nett sein."),
    ("de", "Kundenservice heißt, Menschen zu helfen."),
    ("hr", "Jednostavno bih pomogao kupcu i bio ljubazan."),
    ("hr", "Služba za korisnike znači pomagati ljudima."),
])
def test_a_one_line_answer_never_reaches_the_top_band(bank, line, lang):
    for qid in ("what-is-cs", "difficult-customer", "good-cs", "why-cs"):
        fb = feedback(qid, line, bank=bank)
        assert fb.band != "strong" and fb.score < 75, (qid, fb.score)


def test_deterministic(bank):
    a = feedback("too-long", PARALLEL["de"], bank=bank).to_json()
    b = feedback("too-long", PARALLEL["de"], bank=bank).to_json()
    assert a == b


# the same answer told with spoken fillers and slang (register slips), per language
SLIPS = {"en": ("So, like, ", "you know, "), "de": ("Also, ähm, ", "halt "), "hr": ("Pa, ono, ", "znaš, ")}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_fillers_and_slang_cost_points_beyond_the_wording_bar(bank, lang):
    """The grading guide: slang and fillers in a typed answer cost 10-25 points."""
    clean = feedback("difficult-customer", PARALLEL[lang], lang=lang, bank=bank)
    first, inner = SLIPS[lang]
    sents = PARALLEL[lang].split(". ")
    slipped = first + sents[0][0].lower() + sents[0][1:] + ". " + ". ".join(
        (inner + s[0].lower() + s[1:]) if i % 2 else s for i, s in enumerate(sents[1:], 1))
    fb = feedback("difficult-customer", slipped, lang=lang, bank=bank)
    assert any(a["code"] == "register" for a in fb.advice), fb.advice
    assert clean.score - fb.score >= 10, (clean.score, fb.score)
