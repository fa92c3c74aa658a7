"""content.relevance: does the answer address this question at all?

Two kinds of evidence, combined on one scale:

- meaning: the answer's similarity to the question, ranked against its similarity to a fixed set
  of reference questions on other topics (``rules/<lang>/reference_questions.txt``) as a z-score.
  Bank questions are represented by their profile (wording, what the interviewer wants, key
  points), free-text questions by their wording alone;
- words, for free-text questions: the share of the question's own content words (lemmas, leaving
  out function words and the words that only frame a question, ``rules/<lang>/question_words.txt``)
  that the answer uses; only when question and answer are in the same language. A short typed
  question is a thin basis for meaning alone, and an answer that shares none of its words is
  rarely about it. A bank question's profile is rich enough: there the words added nothing
  (measured on the bank), so meaning alone decides, and a good answer in its own words is not
  marked down.

The word share moves the z-score by ``OVERLAP_WEIGHT * (share - OVERLAP_CENTRE[lang])``, then the
sum is squashed to 0-1. Which tip a low score earns depends on which evidence is weak (``tip``):
when the meaning itself is far from the question, the answer seems not to address it; when the
meaning is close and only the question's words are missing, the answer is told to name them, so
that a real answer in its own words is not called off-topic. The weight, the centres and the
midpoints were set on the bank's sample answers (their own question against the other bank
questions: ``scripts/calibrate_relevance.py``), never on the evaluation data.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, NamedTuple

import numpy as np

from ..nlp import embed
from ..nlp.text import Token, tokens as tokenize
from .base import Advice, Check, Context, Outcome
from .phrases import compile_phrase, find_any
from . import tense
from .rules import lines, stopwords, word_list

CALIBRATION = {"profile": (1.1, 2.0), "plain": (1.2, 1.8)}   # (z midpoint, slope)
OVERLAP_WEIGHT = 3.3                                          # z-units per unit of word share
OVERLAP_CENTRE = {"hr": 0.40, "de": 0.33, "en": 0.43}         # a typical own-question share


@lru_cache(maxsize=None)
def reference_questions(lang: str) -> tuple[str, ...]:
    return lines(lang, "reference_questions")


@lru_cache(maxsize=None)
def _skipped(lang: str) -> frozenset[str]:
    return stopwords(lang) | word_list(lang, "question_words")


def content_words(tokens: Iterable[Token], lang: str) -> frozenset[str]:
    """Lemmas of the words that carry meaning (no function or question-framing words, no numbers)."""
    skip = _skipped(lang)
    return frozenset(t.lemma for t in tokens
                     if len(t.lemma) > 2 and not t.lemma.isdigit() and t.lemma not in skip and t.lower not in skip)


def _forms(tokens: Iterable[Token]) -> frozenset[str]:
    """Everything a word of the answer can be found as: lemma, form, parts of a hyphenated word."""
    return frozenset(f for t in tokens for f in (t.lemma, t.lower, *t.parts))


def overlap(question_words: frozenset[str], answer_tokens: Iterable[Token]) -> float | None:
    """Share of the question's content words found in the answer (as a lemma, form or hyphen part);
    None when the question has no content words to look for."""
    if not question_words:
        return None
    found = _forms(answer_tokens)
    return round(sum(_found(w, found) for w in question_words) / len(question_words), 3)


def _found(word: str, forms: frozenset[str]) -> bool:
    """A question word is in the answer as itself or, for a hyphenated compound, as its head: the
    answer's "Bewertung" for the question's "Online-Bewertung", "review" for "Google-review"."""
    return word in forms or "-" in word and word.rsplit("-", 1)[1] in forms


def missing(question_tokens: Iterable[Token], answer_tokens: Iterable[Token], lang: str) -> tuple[str, ...]:
    """The question's content words (as the question writes them, in its order, each lemma once)
    that the answer does not use."""
    question_tokens = list(question_tokens)
    plain = word_list(lang, "plain_words")  # "möchten", "gerade": no key word to take up, though counted in the share
    wanted = {w for w in content_words(question_tokens, lang) if w not in plain}
    found = _forms(answer_tokens)
    out: dict[str, str] = {}
    for i, t in enumerate(question_tokens):
        if t.lemma in wanted and not _found(t.lemma, found) and not _found(t.lower, found):
            # as the question writes it: a German noun or a name keeps its capital ("Bäckerei", "Kornblume")
            out.setdefault(t.lemma, t.text if i and t.text[:1].isupper() else t.lower)
    return tuple(out.values())


class Result(NamedTuple):
    score: float    # 0-1, meaning and words together
    cosine: float   # raw similarity of answer and question
    z: float        # the combined z-score
    meaning: float  # 0-1, what the meaning alone would give


LOW = 0.35  # below this an answer earns a relevance tip
# an answer that takes up at least this share of a typed-in question's own words is about it, however far its
# meaning seems: a short typed question is a thin basis for meaning (dev: an excellent German answer about a
# one-star Google review, "Bewertung" three times, was called off-topic and capped at 25; no answer graded
# off-topic reaches this share)
TYPED_WORDS_ON_TOPIC = 0.33  # a third
ON_TOPIC_FLOOR = 0.5  # the relevance of an answer that covers its question's key points (on_topic_by_points)


def _squash(z: float, form: str) -> float:
    mid, slope = CALIBRATION[form]
    return round(float(1 / (1 + np.exp(-slope * (z - mid)))), 3)


def run(answer_vec: np.ndarray, question_vec: np.ndarray, reference_vecs: np.ndarray,
        form: str = "profile", words: float | None = None, lang: str = "en") -> Result:
    sim = float(question_vec @ answer_vec)
    ref = reference_vecs @ answer_vec
    z_meaning = (sim - float(ref.mean())) / (float(ref.std()) + 1e-6)
    z = z_meaning + (OVERLAP_WEIGHT * (words - OVERLAP_CENTRE[lang]) if words is not None else 0.0)
    return Result(_squash(z, form), round(sim, 4), round(float(z), 3), _squash(z_meaning, form))


def tip(result: Result, missing_words: tuple[str, ...] = ()) -> str | None:
    """Which relevance tip an answer earns: "off-topic" (the meaning is far from the question),
    "name-the-question" (close in meaning, but missing some of the question's key words), or None."""
    if result.score >= LOW:
        return None
    if result.meaning >= LOW and missing_words:
        return "name-the-question"
    return "off-topic"


SIBLING_MARGIN = 0.045  # set on the graded dev split (bench/graded.py): below it answers to siblings and own answers mix
# ... or a smaller margin, when the answer covers none of its own question's key points and at least two,
# and half, of the other question's: "Tell me about yourself" given to "Where do you see yourself in
# five years?" (on the dev split: 3 more answers to other questions found, 2 weak or developing
# answers flagged, no answer graded good or strong). The margin is 0: the answer only has to be closer to
# the other question than to its own; at 0.01 the German self-introduction (margin under 0.01 once the
# German sample answers were reviewed) passed for an answer about the future. On dev: figures unchanged.
SIBLING_MARGIN_BY_POINTS, SIBLING_POINTS_MIN, SIBLING_POINTS_SHARE, SIBLING_CANDIDATES = 0.0, 2, 0.5, 5
# ... and an answer that covers one of its own question's key points, but every one (three or more) of a question
# it is closer to by this margin: "Kad kupac ne razumije jezik…" given to the question about explaining technology,
# a good answer to the language-barrier question that says "jednostavno" once (fresh outside answers: 4 of 14
# such, graded 18-20, scored 62-65; on the graded dev split no answer graded on topic once the German weakness
# cue "nein sagen" no longer took "wenn er nein sagt" for a weakness)
SIBLING_MARGIN_ALL_POINTS, OWN_POINTS_AT_MOST, ALL_POINTS_MIN = 0.01, 1, 3
# ... and an answer that says its own question's topic is taken for another question's only by this margin too, however
# few of its own key points its words show: "Zato tražim posao u kojem ću i dalje svaki dan biti s ljudima" after a
# bookshop moving online answers why-leaving, 0.001 nearer the self-introduction (outside round 24: three clean
# answers, graded 86-90, scored 20 as off-topic)
SIBLING_MARGIN_TOPIC_SAID = 0.01
# not where the question is open: a story of teamwork inside a self-introduction is part of telling about oneself
# (two self-introductions that recite a CV, graded 45 for that, were taken for the teamwork and above-and-beyond
# questions), and what good service means to the applicant is part of why they want this company (a clean German
# answer to company-fit, about advice before speed, was taken for good-cs)
OPEN_CATEGORIES = frozenset({"opening", "company-fit"})


def margins(answer_vec: np.ndarray, own: str, ids: list[str], profiles: np.ndarray,
            centroids: np.ndarray) -> np.ndarray:
    """Per bank question: how much closer the answer is to it than to its own question (see below)."""
    k = ids.index(own)
    by_profile, by_answers = profiles @ answer_vec, centroids @ answer_vec
    return (by_profile - by_profile[k]) + (by_answers - by_answers[k])


def other_question(answer_vec: np.ndarray, own: str, ids: list[str], profiles: np.ndarray,
                   centroids: np.ndarray) -> tuple[str | None, float]:
    """(the bank question this answer fits best, if not its own; by how much). Two views, summed:
    how much closer the answer is to another question's profile than to its own question's, and to
    another question's sample answers than to its own question's. A fine answer to a sibling
    question is close to the question asked, but closer still to the sibling."""
    if own not in ids:
        return None, 0.0
    return closest_other(margins(answer_vec, own, ids, profiles, centroids), own, ids)


def closest_other(m: np.ndarray, own: str, ids: list[str]) -> tuple[str | None, float]:
    """(the question with the largest margin, if not ``own``; that margin), from :func:`margins`."""
    best = int(np.argmax(m))
    return (ids[best] if ids[best] != own else None), round(float(m[best]), 4)


def measure(ctx: Context) -> tuple[Result, float | None, tuple[str, ...]]:
    """(Result, share of a typed-in question's words the answer uses or None, the words it leaves
    out) of the answer in ``ctx``: a bank question by its profile, a typed-in one by its wording."""
    from .references import profile_text, references

    ids, profiles, distractors, _ = references(ctx.bank, ctx.lang)
    shared, missing_words = None, ()
    q = ctx.question
    if q is not None:
        qvec = profiles[ids.index(q.id)] if q.id in ids else embed.queries([profile_text(q, ctx.lang)])[0]
        form = "profile"
    else:
        qvec, form = embed.queries([ctx.typed_text.strip()])[0], "plain"
        if ctx.typed_lang == ctx.lang:  # words can only be compared within one language
            answer_tokens = [t for s in ctx.sentences for t in s.tokens]
            question_tokens = tokenize(ctx.typed_text, ctx.lang)
            shared = overlap(content_words(question_tokens, ctx.lang), answer_tokens)
            missing_words = missing(question_tokens, answer_tokens, ctx.lang)
    return run(ctx.answer_vec, qvec, distractors, form, shared, ctx.lang), shared, missing_words


def points_covered(ctx: Context, qid: str) -> tuple[int, int]:
    """(how many of the bank question's key points the answer covers, how many it has)."""
    from .coverage import Target, cover, with_story_parts

    key = (qid, frozenset(ctx.excluded))  # asked for the own question twice (sibling test, off-topic rescue)
    if key not in ctx.points_cache:
        q = ctx.bank.question(qid)
        kps = q.in_lang(ctx.lang).key_points
        items = with_story_parts(ctx, q, cover(ctx, [Target(k.id, k.text, k.text, k.cues) for k in kps]))
        ctx.points_cache[key] = (sum(i.covered for i in items), len(items))
    return ctx.points_cache[key]


def on_topic_by_points(ctx: Context) -> bool:
    """Whether the answer covers at least two, and half, of its own bank question's key points (for a
    typed-in question, those of the bank question it is near): then it addresses the question, however
    far its meaning as a whole seems (a story with switches of language, an unusual angle, a typed
    question in words the answer does not reuse), and is not called off-topic."""
    from .references import near_bank_question

    q = ctx.question or (near_bank_question(ctx.bank, ctx.typed_text) if ctx.typed_text else None)
    if q is None:
        return False
    ours, of = points_covered(ctx, q.id)
    return ours >= SIBLING_POINTS_MIN and ours >= SIBLING_POINTS_SHARE * of


def answers_own_somewhere(ctx: Context, own: int, other: int, profiles: np.ndarray, centroids: np.ndarray) -> bool:
    """Whether one sentence of the answer is closer to its own question than to the other one by
    SIBLING_MARGIN, the margin by which the answer as a whole is taken for the other question's. "For me
    good service means the customer leaves feeling heard" followed by a story of a swapped kettle is, as a
    whole, near the story questions (a mistake put right), but its first sentence answers the question
    asked; a story told instead of a definition has no such sentence (dev: none of the answers graded
    off-topic or sibling that the margin flags)."""
    adv = ctx.vecs @ (profiles[own] - profiles[other]) + ctx.vecs @ (centroids[own] - centroids[other])
    return bool(len(adv)) and float(adv.max()) >= SIBLING_MARGIN


def answered_by_points(ctx: Context, m: np.ndarray, ids: list[str], profiles: np.ndarray,
                       centroids: np.ndarray) -> tuple[str, float] | None:
    """(the other question, its margin) when the answer covers none of its own question's key points
    and at least two, and half, of a question it is closer to by SIBLING_MARGIN_BY_POINTS, or one of its own
    and all (three or more) of a question closer by SIBLING_MARGIN_ALL_POINTS, and has no sentence that
    answers its own question (answers_own_somewhere); else None. An answer that says one of its own question's
    topic words (where the question has them) needs SIBLING_MARGIN_TOPIC_SAID, not SIBLING_MARGIN_BY_POINTS."""
    ours = points_covered(ctx, ctx.question.id)[0]
    if ours > OWN_POINTS_AT_MOST or ours and ctx.question.category in OPEN_CATEGORIES:
        return None
    margin = SIBLING_MARGIN_ALL_POINTS if ours else \
        SIBLING_MARGIN_TOPIC_SAID if _topic_cues(ctx, ctx.question.id) and says_the_topic(ctx) else SIBLING_MARGIN_BY_POINTS
    own = ids.index(ctx.question.id)
    for j in (j for j in np.argsort(-m)[:SIBLING_CANDIDATES] if m[j] >= margin):
        if not says_something_for(ctx, ids[j]):
            continue  # too short, or not that question's topic (a weakness answer that names no weakness)
        if answers_own_somewhere(ctx, own, j, profiles, centroids):
            continue  # "That's why I want to work in customer service." after a story of a stranded family
        theirs, of = points_covered(ctx, ids[j])
        if theirs == of >= ALL_POINTS_MIN if ours else theirs >= SIBLING_POINTS_MIN and theirs >= SIBLING_POINTS_SHARE * of:
            return ids[j], round(float(m[j]), 4)
    return None


SUBSTANCE_WORDS = 20  # fewer words (under ten seconds) are too thin to answer another question instead


def says_something_for(ctx: Context, qid: str) -> bool:
    """Whether the answer says something a bank question asks for: one of its topic words where it has
    them, else one of its key points. Only then is it named as the question the answer fits better: a
    two-line "I don't know" is near some question too, but answers none (an interviewer would not say it
    fits the weakness question better)."""
    if len(ctx.words) < SUBSTANCE_WORDS:
        return False
    if _topic_cues(ctx, qid):  # a question with topic words is answered only in them (no weakness named: no weakness)
        return says_the_topic(ctx, qid)
    return points_covered(ctx, qid)[0] >= 1


def says_the_topic(ctx: Context, qid: str | None = None) -> bool:
    """Whether the answer says any of a bank question's topic cues (``topic_cues`` in the bank; by default
    the question asked): an answer to the weakness question that names no weakness, nothing to work on or
    get better at, answers another question (its strengths), however close its meaning. True where the
    question has none. For a question about the future (``looks_ahead``), a sentence that tells the past
    and looks nowhere ahead says nothing of it: a CV in the past tense ("became a shift lead, trained the
    new starters") is no answer to "Where do you see yourself in five years?"."""
    qid = qid or (ctx.question.id if ctx.question is not None else None)
    cues = _topic_cues(ctx, qid)
    if not cues:
        return True
    phrases = _topic_phrases(qid, ctx.lang, cues)
    sentences = ctx.sentences
    if ctx.bank.question(qid).looks_ahead:  # a question about the future: a past told is no plan
        kinds = [tense.kind(s, ctx.lang) for s in sentences]
        if told_past_instead(kinds):
            return False
        sentences = [s for s, k in zip(sentences, kinds) if k != "past"]
    return any(find_any(phrases, s) for s in sentences)


PAST_INSTEAD_MIN = 2  # sentences that tell the past, with at most one that looks ahead


def told_past_instead(kinds: list[str]) -> bool:
    """Whether an answer to a question about the future tells the past instead: at least two sentences of the
    past, fewer sentences that look ahead, and at most one. A CV given to "Where do you see yourself in five
    years?" that ends "Jetzt möchte ich wieder mehr Stunden arbeiten und mehr Verantwortung übernehmen" answers
    "Tell me about yourself" (graded 16; scored 60). On the graded dev split every answer to five-years graded
    on topic has at least two sentences that look ahead, and more of them than of the past."""
    ahead, past = kinds.count("ahead"), kinds.count("past")
    return past >= PAST_INSTEAD_MIN and ahead <= 1 and past > ahead


def _topic_cues(ctx: Context, qid: str | None) -> tuple[str, ...]:
    return ctx.bank.question(qid).in_lang(ctx.lang).topic_cues if qid else ()


@lru_cache(maxsize=None)
def _topic_phrases(qid: str, lang: str, cues: tuple[str, ...]) -> list:
    return [compile_phrase(c, lang) for c in cues]


class Other(NamedTuple):
    """What the sibling and topic tests found about an answer to a bank question."""

    sibling: str | None = None    # the bank question the answer is closest to, if not its own
    margin: float = 0.0           # by how much
    answers_other: bool = False   # the answer is taken for an answer to ``sibling``
    topic_missing: bool = False   # the answer says none of its own question's topic cues


def other_bank_question(ctx: Context) -> Other:
    """Whether the answer to a bank question answers another one instead: closer to another question
    by SIBLING_MARGIN, or covering another's key points and none of its own (answered_by_points), or
    saying none of its own question's topic words (says_the_topic)."""
    from .references import answer_centroids, references

    if ctx.question is None:
        return Other()
    ids, profiles, _, _ = references(ctx.bank, ctx.lang)
    cids, centroids = answer_centroids(ctx.bank)
    if cids != ids:  # a bank whose sample answers do not match its profiles (a user pack): no sibling test
        return Other()
    own = ctx.question.id
    m = margins(ctx.answer_vec, own, ids, profiles, centroids)
    sibling, margin = closest_other(m, own, ids)
    # the margin says the answer belongs elsewhere; the question named is the nearest (of the five nearest,
    # closer than its own) that it says something for: a parcel story given to "What does good customer
    # service mean to you?" is nearest the mistake question, but names no mistake (its topic words)
    if (margin >= SIBLING_MARGIN and sibling is not None
            and not answers_own_somewhere(ctx, ids.index(own), ids.index(sibling), profiles, centroids)):
        for j in (j for j in np.argsort(-m)[:SIBLING_CANDIDATES] if m[j] > 0 and ids[j] != own):
            if says_something_for(ctx, ids[j]) and (ids[j] == sibling or  # its own sentences are weighed above
                                                    not answers_own_somewhere(ctx, ids.index(own), j, profiles, centroids)):
                return Other(ids[j], round(float(m[j]), 4), True)
    by_points = answered_by_points(ctx, m, ids, profiles, centroids)
    if by_points is not None:
        return Other(*by_points, True)
    if says_the_topic(ctx):
        return Other(sibling, margin)
    # none of the question's topic words: another question's answer (dev: 8 of 19 sibling answers, none of
    # the clean, weak or sample answers). The other question is named when it is at least as close as the
    # one asked and the answer says something it asks for (its topic words, or one of its key points): an
    # empty "I don't know" is near some question too, but answers none
    rest = m.copy()
    rest[ids.index(own)] = -np.inf
    best = int(np.argmax(rest))
    if float(rest[best]) >= 0 and says_something_for(ctx, ids[best]):
        return Other(ids[best], round(float(rest[best]), 4), True, True)
    return Other(sibling, margin, False, True)


def about_the_company(ctx: Context) -> bool:
    """Whether an answer to a question about the company (``company_values`` in the bank: "Why would you fit our
    company?") shows the given company's own values: however near a service story brings it to another question, it
    answers this one (a job seeker's trial: an answer built on a call centre's "the first person you speak to owns
    your problem" was called an answer to the full-queue question, 20)."""
    from .company_fit import values_shown

    q = ctx.question
    return bool(q is not None and q.company_values and ctx.company is not None and ctx.enabled("content.company_fit")
                and any(i.covered for i in values_shown(ctx)))


class Relevance(Check):
    """Does the answer address the question asked, and not a sibling question of the bank?"""

    id = "content.relevance"
    dimension = "relevance"
    summary = "meaning against the question and reference questions; a sibling question's answer is off-topic"

    def run(self, ctx: Context) -> Outcome:
        result, shared, missing_words = measure(ctx)
        found_tip = tip(result, missing_words)
        other = other_bank_question(ctx)
        if (other.answers_other or other.topic_missing) and about_the_company(ctx):
            other = Other(other.sibling, other.margin)
        if other.answers_other or other.topic_missing:
            found_tip = "off-topic"
        elif found_tip == "off-topic" and shared is not None and shared >= TYPED_WORDS_ON_TOPIC:
            found_tip = "name-the-question" if missing_words else None
            result = result._replace(score=max(result.score, ON_TOPIC_FLOOR))
        elif result.score < ON_TOPIC_FLOOR and on_topic_by_points(ctx):
            found_tip = None if found_tip == "off-topic" else found_tip
            result = result._replace(score=ON_TOPIC_FLOOR)
        sibling, margin, answers_other = other.sibling, other.margin, other.answers_other
        tr = ctx.tr
        detail = {"cosine": result.cosine, "z": result.z, "meaning": result.meaning,
                  "question_words_used": shared, "question_words_missing": list(missing_words),
                  "tip": found_tip, "closest_other_question": sibling, "other_margin": margin,
                  "answers_question": sibling if answers_other else None, "topic_missing": other.topic_missing}
        advice = []
        # the question as the user reads it: a bank question in the interface language, as the other one
        asked = ctx.question.in_lang(tr.lang).text if ctx.question is not None else ctx.question_text
        if answers_other:
            other_text = ctx.bank.question(sibling).in_lang(tr.lang).text
            detail["answers_question_text"] = other_text
            # the sibling test is the weaker evidence: any committed pitfall is said first (90 < 91). A
            # generic answer ("I'm reliable, flexible and love people") is near every question's answers,
            # so it often lands nearer a sibling; interviewers name it generic (dev: 3 such, 1 graded
            # off-topic with generic)
            advice.append(Advice(self.id, "off-topic", 90, tr(
                "Your answer fits another question (“{other}”) better than the one asked (“{question}”). "
                "Answer the question asked first.", other=other_text, question=asked)))
        elif found_tip == "off-topic":
            # no topic word is weaker evidence than meaning far from the question: a pitfall is said first
            advice.append(Advice(self.id, "off-topic", 90 if other.topic_missing else 100, tr(
                "Your answer does not seem to address the question (“{question}”). Answer it directly first.",
                question=asked)))
        elif found_tip == "name-the-question":
            from .wording import quoted

            advice.append(Advice(self.id, "relevance", 56, tr(
                "Make it plain that you are answering this question: take up its key words ({words}) in your "
                "first sentence.", words=quoted(list(missing_words[:3]), tr.lang))))
        return Outcome(int(round(result.score * 100)), advice, {"result": result, **detail})
