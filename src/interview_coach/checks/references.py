"""The reference vectors the checks compare an answer with, from bank texts only: computed once per
bank and language, kept in ``bank.derived`` and cached on disk."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from ..nlp import embed
from ..nlp.cache import cache_dir
from . import relevance

if TYPE_CHECKING:
    from ..bank import Bank, Question


def profile_text(q: "Question", lang: str) -> str:
    t = q.in_lang(lang)
    return " ".join([t.text, t.what_they_want, *(k.text for k in t.key_points)])


def references(bank: "Bank", lang: str):
    """Bank question ids, their profile vectors, the reference-question vectors and the vectors of
    every key point and rubric element, in ``lang``."""
    key = ("engine.references", lang)
    if key not in bank.derived:
        qs = list(bank.questions.values())
        profiles = embed.cached_queries([profile_text(q, lang) for q in qs], cache_dir())
        distractors = embed.cached_queries(list(relevance.reference_questions(lang)), cache_dir())
        items = [k.text for q in qs for k in q.in_lang(lang).key_points] + [e.text for e in bank.rubric_in(lang)]
        bank.derived[key] = ([q.id for q in qs], profiles, distractors, embed.cached_queries(items, cache_dir()))
    return bank.derived[key]


def answer_centroids(bank: "Bank") -> tuple[list[str], np.ndarray]:
    """Bank question ids and, for each, the mean vector of its sample answers in every language: what
    an answer to that question sounds like (to tell an answer to a sibling question apart)."""
    key = ("engine.answer_centroids",)
    if key not in bank.derived:
        qs = list(bank.questions.values())
        texts = [a.text for q in qs for lang in q.languages for a in q.texts[lang].sample_answers]
        vecs = embed.cached_queries(texts, cache_dir())
        out, i = [], 0
        for q in qs:
            n = sum(len(q.texts[lang].sample_answers) for lang in q.languages)
            out.append(embed.mean_vector(vecs[i:i + n]))
            i += n
        bank.derived[key] = ([q.id for q in qs], np.array(out, dtype=np.float32))
    return bank.derived[key]


def nearest_questions(bank: "Bank", lang: str, vec: np.ndarray, n: int = 2) -> list["Question"]:
    """The ``n`` bank questions whose profiles are closest to ``vec`` (a typed-in question)."""
    ids, profiles, _, _ = references(bank, lang)
    order = np.argsort(-(profiles @ vec))[:n]
    return [bank.questions[ids[i]] for i in order]


def likely_questions(bank: "Bank", lang: str, typed: str, vec: np.ndarray) -> list["Question"]:
    """The bank questions a typed-in question may be asking: the two whose profiles are closest to it and
    the two its summed scores rank first (``question_scores``), in that order, without repeats. The
    profiles alone miss a question told as a scene: "Javlja se gospođa… Samo mi recite koliko duguje" is
    nearest the language-barrier and refund questions, and its data-protection pitfall went unchecked. On
    the dev half of eval/typed's paraphrases the asked question is among the two nearest profiles 80 % of
    the time, among these 95 %."""
    near = nearest_questions(bank, lang, vec)
    ids, _, summed = question_scores(bank, typed)
    ranked = [bank.questions[ids[i]] for i in np.argsort(-summed)[:2]]
    return list({q.id: q for q in [*near, *ranked]}.values())


# A typed-in question that is not judged as a bank question borrows the key points of the bank question its
# summed scores (``question_scores``) rank first, when that one is BORROW_MARGIN above the next: a scene told
# in the interviewer's words ("Korisnik nas zove već treći put ovaj tjedan jer mu internet pada…") is the
# repeat-caller question, though no wording of it is near enough to judge it as that question (MATCH_MIN),
# and an ordinary answer to it had no key points to miss (outside round 10: scored 84-92, graded 52-68).
# The margin alone lends a question's points to questions it is not: "Koje novine čitate ujutro?" ranks the
# weakness question first by 2.3, and a hotel question on where to dine, a noise complaint at night or a
# Google review rank the one hotel question (missing-reservation) first, whose "search the booking under other
# spellings" was then the first suggestion (outside round 11, read as an interviewer). So the typed question
# must also say one of that question's topic words (``shares_topic_word``), and the answer be among the
# BORROW_ANSWER_TOP bank questions nearest to it (profile and sample answers, summed). On the dev halves of
# eval/typed, by the question's side alone: 74 of 120 paraphrases pass, all the question asked; 8 of 39
# questions the bank does not hold and 29 of 150 near misses (the margin alone: 99, 21, 68). The points count
# for half (engine.BORROW_WEIGHT) and are shown as the similar question's. On the graded dev split's 92
# typed-in answers MAE 7.10 (none borrowed) -> 7.05 (nearest 5: the same); the topic word or the answer
# nearest did better (6.93) and the margin alone better still (6.85), but lent points beside the question: in
# outside round 11 (fresh) 9 of its 24 questions the bank does not hold borrowed, 7 of them points beside it
# (now 3 borrow, 1 beside it: a noise complaint at night, the reservation question's); of its 24 bank-like
# questions 10 borrow the right one now, 15 before (and one, "What's making you look around?", the
# five-years question both ways). MAE on rounds 10 and 11 (48 answers each): 14.77 -> 14.73, 14.9 -> 14.73.
BORROW_MARGIN, BORROW_ANSWER_TOP = 1.0, 3


def borrowed_question(bank: "Bank", typed: str, lang: str, answer_vec: np.ndarray) -> "Question | None":
    """The bank question whose key points a typed-in question is judged on, or None (see above)."""
    if len(bank.questions) < 2:
        return None
    ids, _, summed = question_scores(bank, typed)
    order = np.argsort(-summed)
    if float(summed[order[0]] - summed[order[1]]) < BORROW_MARGIN:
        return None
    top = ids[int(order[0])]
    if shares_topic_word(bank, typed, top) and top in nearest_by_answer(bank, lang, answer_vec, BORROW_ANSWER_TOP):
        return bank.questions[top]
    return None


def nearest_by_answer(bank: "Bank", lang: str, answer_vec: np.ndarray, n: int) -> list[str]:
    """The ``n`` bank questions an answer is nearest to: cosine to the profile plus cosine to the centroid of the
    sample answers (as ``relevance.margins`` weighs them; both are in the bank's question order)."""
    ids, profiles, _, _ = references(bank, lang)
    _, centroids = answer_centroids(bank)
    return [ids[i] for i in np.argsort(-(profiles @ answer_vec + centroids @ answer_vec))[:n]]


def answer_vectors(sents: list) -> tuple[np.ndarray, np.ndarray]:
    """The sentence vectors of an answer and their mean, weighted by sentence length."""
    vecs = embed.passages([s.text for s in sents])
    return vecs, embed.mean_vector(vecs, np.array([max(1, len(s.tokens)) for s in sents], dtype=np.float32))


# A question typed in that is a bank question in other words ("When would you escalate a complaint to a
# manager?") is judged as that bank question, with its key points, pitfalls and length aim. The cosine of
# e5 question vectors alone tells paraphrases apart poorly: "Opišite situaciju kad ste morali smiriti
# nezadovoljnog kupca" is 0.951 to the mistake question's "Opišite situaciju u kojoj ste pogriješili s
# kupcem" and 0.950 to the difficult-customer one. So each bank question is scored three ways, each as
# a z-score over the bank's questions, and the three added (``question_scores``):
# - the cosine to its nearest wording, in any language (as before);
# - the mean over its languages of the nearest wording in each: a paraphrase is near the question in
#   all three, a shared frame ("Opišite situaciju…") in one;
# - the mean over its languages of the cosine to its profile (wording, what the interviewer wants to
#   know, key points): "calm an unhappy customer" is what the difficult-customer question is after.
#   It now ranks first, but is still not judged as that question: it says none of its topic words
#   ("teškim", "ljutitim", "reklamacije"), and the guard that asks for one keeps out near misses.
# The top question is the one asked when its nearest wording is at least MATCH_MIN and its summed score
# MATCH_MARGIN above the next question's (and, below SURE_MATCH, the question says one of its topic words).
# Set on the dev halves of eval/typed (120 paraphrases of bank questions, 39 questions the bank does not
# hold, 150 near misses): 30.0 % of the paraphrases were found before, 33.3 % now, none wrongly; others
# matched 1 of 39 and 4 of 150, as before. MATCH_MIN 0.92 found 43 % on dev, with no more false matches
# there, but on the test half it matched 4 of 36 questions the bank does not hold (was 1), and the SIOP
# relevance AUC fell from 0.891 to 0.882 ("resolve a conflict between team members" as teamwork); the
# near misses were then written to set it on dev. The cosine rule before (0.93 and 0.025 above the next
# question) was set on the graded dev split's typed-in questions; 0.90 there made SIOP's questions match
# bank questions whose profiles every customer-service answer is close to (AUC 0.883 -> 0.867).
MATCH_MIN, MATCH_MARGIN = 0.93, 1.0


def _wordings(bank: "Bank"):
    """The vectors of every bank question's wordings (main and alternatives, every language), their
    question ids and languages."""
    key = ("engine.wordings",)
    if key not in bank.derived:
        texts, owners, langs = [], [], []
        for q in bank.questions.values():
            for lang in q.languages:
                t = q.in_lang(lang)
                for s in (t.text, *t.variants):
                    texts.append(s)
                    owners.append(q.id)
                    langs.append(lang)
        bank.derived[key] = (embed.cached_queries(texts, cache_dir()), owners, langs)
    return bank.derived[key]


# A typed-in question this close to a bank question (cosine to its nearest wording, and NEAR_MARGIN above
# the next question's) is near it: not judged as it, but an answer that covers its key points is not
# called off-topic (relevance.on_topic_by_points)
NEAR_MIN, NEAR_MARGIN = 0.90, 0.025


def near_bank_question(bank: "Bank", typed: str) -> "Question | None":
    """The bank question that ``typed`` is near (NEAR_MIN), or None."""
    ranked = ranked_bank_questions(bank, typed)
    if not ranked:
        return None
    top, runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else -1.0)
    if top[1] < NEAR_MIN or top[1] - runner_up < NEAR_MARGIN:
        return None
    return bank.questions[top[0]]


def ranked_bank_questions(bank: "Bank", typed: str) -> list[tuple[str, float]]:
    """Bank question ids with the cosine of ``typed`` to the nearest of their wordings, nearest first."""
    if not bank.questions:
        return []
    ids, nearest, _ = question_scores(bank, typed)
    return sorted(zip(ids, nearest.tolist()), key=lambda kv: -kv[1])


def question_scores(bank: "Bank", typed: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Bank question ids, the cosine of ``typed`` to each one's nearest wording, and each one's summed
    score (nearest wording, mean of the nearest wording per language, mean profile cosine; each a z-score
    over the bank's questions)."""
    from .. import LANGUAGES

    vecs, owners, langs = _wordings(bank)
    ids = list(bank.questions)
    vec = embed.queries([typed.strip()])[0]
    index = {qid: i for i, qid in enumerate(ids)}
    per_lang = np.full((len(LANGUAGES), len(ids)), np.nan)
    for qid, lang, sim in zip(owners, langs, (vecs @ vec).tolist()):
        row, col = LANGUAGES.index(lang), index[qid]
        if np.isnan(per_lang[row, col]) or sim > per_lang[row, col]:
            per_lang[row, col] = sim
    nearest = np.nanmax(per_lang, axis=0)
    profiles = []
    for lang in LANGUAGES:
        pids, pvecs, _, _ = references(bank, lang)
        by_id = dict(zip(pids, (pvecs @ vec).tolist()))
        profiles.append([by_id[qid] for qid in ids])
    summed = _z(nearest) + _z(np.nanmean(per_lang, axis=0)) + _z(np.mean(profiles, axis=0))
    return ids, nearest, summed


def _z(values: np.ndarray) -> np.ndarray:
    return (values - values.mean()) / (values.std() + 1e-9)


def same_bank_question(bank: "Bank", typed: str) -> "Question | None":
    """The bank question that ``typed`` asks in other words, or None (MATCH_MIN, MATCH_MARGIN)."""
    if not bank.questions:
        return None
    ids, nearest, summed = question_scores(bank, typed)
    order = np.argsort(-summed)
    top = int(order[0])
    margin = float(summed[top] - summed[order[1]]) if len(order) > 1 else float("inf")
    if nearest[top] < MATCH_MIN or margin < MATCH_MARGIN:
        return None
    if nearest[top] < SURE_MATCH and not shares_topic_word(bank, typed, ids[top]):
        return None  # judged as the bank question only when it also says what that one is about; "near" needs less
    return bank.questions[ids[top]]


# Below this cosine a typed-in question is the bank question only if it also says one of that question's
# own words: short questions sit close together in meaning ("Kako se nosite s monotonim poslom?" is 0.93 to
# "Kako se nosite sa stresom na poslu?", and was judged as the stress question: a job-seeker trial)
SURE_MATCH = 0.96
# ... a word of its wordings in the typed question's language that at most this many bank questions use
# ("stres", "sukob", "Beschwerde"; not "posao", "work", "Kunde", which many share)
TOPIC_WORD_QUESTIONS = 3


def shares_topic_word(bank: "Bank", typed: str, qid: str) -> bool:
    """Whether ``typed`` says a content word of bank question ``qid``'s wordings (in its language) that few
    bank questions use; True when its language is not one of the bank's."""
    from ..nlp import langid
    from ..nlp.text import tokens
    from .relevance import content_words

    lang = langid.guess(typed).lang
    if lang is None:
        return True
    from .phrases import looks_superlative

    own = _topic_words(bank, lang)
    # a superlative frames the question, it names no topic: "najveće" in "Koje su vaše najveće vrline?" is
    # the "najveća" of "Koja je vaša najveća slabost?", and strengths are not the weakness question
    words = content_words([t for t in tokens(typed, lang) if not looks_superlative(t.lower, t.lemma, lang)], lang)
    return any(_says(w, own.get(qid, ())) and sum(_says(w, ws) for ws in own.values()) <= TOPIC_WORD_QUESTIONS
               for w in words)


def _says(word: str, words: frozenset[str]) -> bool:
    """``word`` among ``words``, or inside a compound of them ("gehalt" in "gehaltsvorstellung")."""
    return word in words or len(word) >= 4 and any(len(w) >= 4 and (w.startswith(word) or w.endswith(word)
                                                                     or word.startswith(w) or word.endswith(w))
                                                   for w in words)


def _topic_words(bank: "Bank", lang: str) -> dict[str, frozenset[str]]:
    from ..nlp.text import tokens
    from .relevance import content_words

    key = ("engine.topic_words", lang)
    if key not in bank.derived:
        bank.derived[key] = {q.id: frozenset().union(*(content_words(tokens(s, lang), lang) for s in (
            q.in_lang(lang).text, *q.in_lang(lang).variants))) for q in bank.questions.values() if lang in q.languages}
    return bank.derived[key]
