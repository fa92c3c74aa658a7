"""The feedback engine: question + answer (+ company) -> Feedback, in the interface language.

Knows nothing of the web or the database. Models load lazily, once per process (``nlp``).
"""

from __future__ import annotations

import os
from dataclasses import asdict

import numpy as np

from . import LANGUAGES
from .answers import MAX_CHARS, AnswerError, check_answer  # noqa: F401 - part of the engine's API
from .bank import Bank, Question, default_bank
from .checks import company_fit, coverage, insights, length, pitfalls, register, relevance, star, switch, wording
from .checks.phrases import find_any
from .checks.rules import star_cues
from .company import CompanyProfile
from .result import Feedback, Finding, band_for
from .i18n import Translator
from .speech import delivery as delivery_check
from .speech.transcript import COVERED_AT, Transcript
from .nlp import embed, langid
from .nlp.cache import cache_dir
from .nlp.text import sentences as split_sentences, tokens as tokenize

MIN_WORDS_FOR_LANGUAGE = 4
# Half the grading guide's emphasis, half a non-negative fit to the graded dev split's uncapped answers
# (bench/graded.py --fit --weights gave relevance .00, key points .10, elements .00, example .06, length .33,
# wording .35: among answers with no pitfall and on topic, graders weigh register and length most)
WEIGHTS = {"relevance": 0.08, "key_points": 0.20, "elements": 0.07, "example": 0.11,
           "company_fit": 0.05, "length": 0.20, "wording": 0.19, "delivery": 0.10}
ELEMENTS_FULL_AT = 3.0
KEY_POINTS_FULL_SHARE = 1.0  # the bar is full only when every key point is covered (it agrees with the ticks)
MAX_SUGGESTIONS = 3
TYPED_LENGTH_AIM = (45, 120)  # seconds, for a question typed in by the user
# the grading guide's caps (docs/grading.md) and the map of the weighted mean onto its scale
CAP_OFF_TOPIC, CAP_SERIOUS_PITFALL, CAP_PITFALL = 25, 35, 55
POLISH_FROM, POLISH_PRIORITY = 75, 45  # from a strong score on, suggestions are polish (priority at most 45)
# (weighted mean, grade) knots of the map onto the grading guide's scale: the weighted mean's quantiles
# matched to the grades' on the graded dev split's answers that no cap applies to (bench/graded.py --fit)
SCALE: tuple[tuple[float, float], ...] = ((0.0, 0.0), (25.0, 38.0), (60.9, 48.0), (78.2, 60.5), (86.0, 72.0), (94.0, 86.0),
                                         (98.1, 90.0), (100.0, 92.0))


# --- reference vectors (bank texts only), computed once per process and cached on disk -----------

def profile_text(q: Question, lang: str) -> str:
    t = q.in_lang(lang)
    return " ".join([t.text, t.what_they_want, *(k.text for k in t.key_points)])


def references(bank: Bank, lang: str):
    """Bank question ids, their profile vectors, the reference-question vectors and the vectors of
    every key point and rubric element, in ``lang``: computed once per bank and language."""
    key = ("engine.references", lang)
    if key not in bank.derived:
        qs = list(bank.questions.values())
        profiles = embed.cached_queries([profile_text(q, lang) for q in qs], cache_dir())
        distractors = embed.cached_queries(list(relevance.reference_questions(lang)), cache_dir())
        items = [k.text for q in qs for k in q.in_lang(lang).key_points] + [e.text for e in bank.rubric_in(lang)]
        bank.derived[key] = ([q.id for q in qs], profiles, distractors, embed.cached_queries(items, cache_dir()))
    return bank.derived[key]


def pitfall_references(bank: Bank, lang: str):
    """(exemplar vectors, the pitfall id of each, harmless sentence vectors) in ``lang``: the
    pitfalls' exemplar sentences, and the sentences of the bank's sample answers, which commit none."""
    key = ("engine.pitfall_references", lang)
    if key not in bank.derived:
        texts, owners = pitfalls.exemplar_texts(lang)
        harmless = sorted({s.text for q in bank.questions.values() for a in q.in_lang(lang).sample_answers
                           for s in split_sentences(a.text, lang) if len(s.tokens) >= 4})
        bank.derived[key] = (embed.cached_queries(texts, cache_dir()), owners, embed.cached_queries(harmless, cache_dir()))
    return bank.derived[key]


def answer_centroids(bank: Bank) -> tuple[list[str], np.ndarray]:
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


def nearest_questions(bank: Bank, lang: str, vec: np.ndarray, n: int = 2) -> list[Question]:
    """The ``n`` bank questions whose profiles are closest to ``vec`` (a typed-in question)."""
    ids, profiles, _, _ = references(bank, lang)
    order = np.argsort(-(profiles @ vec))[:n]
    return [bank.questions[ids[i]] for i in order]


# --- language ---------------------------------------------------------------------------------

def choose_language(text: str, lang: str, fallback: str) -> tuple[str | None, dict, list[str]]:
    """(language or None when unsupported, detection details, notes)."""
    notes: list[str] = []
    script = langid.latin_share(text)
    if script is not None and script < 0.5:  # Chinese, Arabic, Greek...: never judged as hr/de/en
        return None, {"detected": "other-script", "confidence": round(1 - script, 2)}, notes
    if lang in LANGUAGES:
        if len(text.split()) >= 8:  # a given language is trusted unless the answer is plainly another
            guess = langid.guess(text)
            if guess.lang is None and guess.confidence >= 0.8:
                return None, {"given": lang, "detected": guess.name.lower(), "confidence": guess.confidence}, notes
        return lang, {"given": lang}, notes
    words = len(text.split())
    guess = langid.guess(text)
    details = {"detected": guess.lang or guess.name.lower(), "confidence": guess.confidence}
    if words < MIN_WORDS_FOR_LANGUAGE:
        details["fallback"] = fallback
        return (guess.lang if guess.lang and guess.confidence > 0.9 else fallback), details, notes
    if guess.lang is None:
        return None, details, notes
    shares = langid.share_by_language([s.text for s in split_sentences(text, guess.lang)])
    total = sum(shares.values())
    if total:
        details["shares"] = {k: round(v / total, 2) for k, v in shares.items()}
        main = max(shares, key=shares.get)
        if main not in LANGUAGES and shares[main] / total > 0.5:
            return None, details, notes
        if any(k != guess.lang and v / total >= 0.2 for k, v in shares.items()):
            notes.append("mixed-language")
    return guess.lang, details, notes


# --- the engine -------------------------------------------------------------------------------

def feedback(question: str | Question | None = None, answer: str = "", *, question_text: str | None = None,
             lang: str = "auto", ui_lang: str = "en", company: CompanyProfile | None = None,
             bank: Bank | None = None, disabled: tuple[str, ...] = (), transcript: Transcript | None = None) -> Feedback:
    """Analyse one answer.

    ``question`` is a bank question or its id; or pass ``question_text`` for any question typed in.
    ``lang`` is the answer's language (``auto`` detects it). ``disabled`` lists check ids or dotted
    prefixes to switch off (their dimension becomes null). Raises :class:`AnswerError` when the
    answer is empty, binary or too long, and ``KeyError`` for an unknown question id.

    ``transcript`` (a spoken answer) adds the ``transcript`` and ``delivery`` sections and measures
    the length from the recording; ``answer`` may then be empty (the transcript's text is used) or the
    user's correction of it. An unreliable transcript that was not corrected is not graded for content.
    """
    bank = bank or default_bank()
    tr = Translator(ui_lang if ui_lang in LANGUAGES else "en")
    enabled = switch(tuple(disabled) + tuple(os.environ.get("INTERVIEW_COACH_DISABLE", "").split(",")))
    corrected = False
    if transcript is not None:
        corrected = bool(answer and answer.strip() and answer.strip() != transcript.text.strip())
        answer = answer if corrected else transcript.text
        if lang not in LANGUAGES and not corrected and transcript.language in LANGUAGES:
            lang = transcript.language
    q = bank.question(question) if isinstance(question, str) else question
    if q is None and not (question_text and question_text.strip()):
        raise ValueError("a question id or a question text is needed")
    if transcript is not None and not corrected and not transcript.reliable:
        return _unreliable(q, question_text, transcript, tr, enabled)
    text = check_answer(answer)
    typed_lang = None if q else langid.guess(question_text).lang  # detected once, used twice
    question_lang = q.in_lang(ui_lang).lang if q else (typed_lang or ui_lang)
    answer_lang, detected, notes = choose_language(text, lang, question_lang)
    shown_question = q.in_lang(answer_lang or ui_lang).text if q else question_text.strip()
    fb = Feedback(question_id=q.id if q else None, question_text=shown_question, language=answer_lang,
                  ui_language=tr.lang, language_detected=detected, notes=notes)
    if transcript is not None:
        fb.transcript = transcript.to_json() | {"corrected": corrected}
        if corrected:
            fb.transcript["corrected_text"] = text
    if answer_lang is None:
        fb.judged, fb.reason = False, "unsupported-language"
        fb.suggestions = [tr("This answer seems to be in a language the coach cannot judge ({language}). "
                             "Answer in Croatian, German or English.", language=detected.get("detected", "?"))]
        return fb

    sents = split_sentences(text, answer_lang)
    if not sents:
        fb.judged, fb.reason = False, "no-words"
        fb.suggestions = [tr("There are no words to judge in this answer.")]
        return fb
    vecs, answer_vec = answer_vectors(sents)
    ids, profiles, distractors, item_vecs = references(bank, answer_lang)
    rel_result, shared, missing = _relevance(bank, q, question_text, typed_lang, answer_lang, answer_vec, sents)
    fb.relevance = rel = rel_result.score
    category = q.category if q else "free"
    expects_example = q.expects_example if q else asks_for_example(question_text, question_lang)
    aim = q.length_aim if q else TYPED_LENGTH_AIM

    # pitfalls: the common ones and the question's own (a typed-in question: its nearest bank questions')
    if q is not None:
        prone = q.pitfall_ids
    else:
        typed_vec = embed.queries([question_text.strip()])[0]
        prone = tuple(dict.fromkeys(p for nq in nearest_questions(bank, answer_lang, typed_vec) for p in nq.pitfall_ids))
    st = star.run(sents, text, answer_lang)
    committed = []
    if enabled("content.pitfalls"):
        ex_vecs, owners, harmless = pitfall_references(bank, answer_lang)
        story_asked = category == "behavioural" if q is not None else expects_example  # "Tell me about a time…"
        facts = frozenset({"no-example"} if story_asked and not st.has_example else ())
        committed = pitfalls.run(sents, text, answer_lang, pitfalls.applicable(answer_lang, prone), enabled,
                                 vecs, ex_vecs, owners, harmless, facts)
    messages = pitfalls.messages(tr.lang)
    fb.pitfalls = [{"id": c.id, "serious": c.serious, "by": c.by,
                    "message": messages[c.id].format(quote=wording.quoted([c.evidence.text], tr.lang)),
                    "evidence": asdict(c.evidence)} for c in committed]
    excluded = pitfalls.covers_nothing(committed) | register.empty_sentences(sents, answer_lang)

    # key points (bank questions only) and elements of good service; a sentence that commits a
    # pitfall or only introduces the candidate covers nothing
    if q is not None:
        kp_answer, kp_ui = q.in_lang(answer_lang), q.in_lang(tr.lang)
        labels = {k.id: k.text for k in kp_ui.key_points}
        targets = [coverage.Target(k.id, labels.get(k.id, k.text), k.text, k.cues) for k in kp_answer.key_points]
        fb.key_points = coverage.run(targets, sents, vecs, embed.queries([t.text for t in targets]),
                                     item_vecs, answer_lang, excluded)
    rubric_ui = {e.id: e.name for e in bank.rubric_in(tr.lang)}
    rubric = bank.rubric_in(answer_lang)
    el_targets = [coverage.Target(e.id, rubric_ui.get(e.id, e.name), e.text, e.cues) for e in rubric]
    fb.elements = coverage.run(el_targets, sents, vecs, embed.queries([t.text for t in el_targets]),
                               item_vecs, answer_lang, excluded)

    fb.star, fb.has_example = st.parts, st.has_example
    fb.result_is_concrete, fb.says_what_i_did = st.concrete_result, st.says_what_i_did
    fb.findings = wording.run(sents, text, answer_lang, tr.lang, category, st.has_example, enabled)
    if enabled("register.mixed_language"):
        other = register.mixed_language(sents, answer_lang)
        if other:
            fb.findings.append(Finding("register.mixed_language", "suggestion", "avoid", tr(
                "You switch language in the middle of your answer: {found}. Keep to the language of the interview.",
                found=wording.quoted([e.text for e in other[:2]], tr.lang)), other))
    words = [t.text for s in sents for t in s.tokens]
    fb.length = length.measure(words, answer_lang, aim)
    if transcript is not None:  # the recording says how long it really took
        spoken = round(transcript.spoken_seconds, 1)
        fb.length.update(seconds=spoken, verdict=length.verdict(spoken, aim), measured=True)
        if enabled("delivery"):
            fb.delivery = delivery_check.run(transcript, transcript.language if transcript.language in LANGUAGES
                                             else answer_lang, tr, enabled, aim)
    if company is not None:
        fb.company = company_fit.run(company, sents, text, answer_lang)
        if company.values:  # its values and promises, in the answer's words or inflected, by the same coverage
            targets = [coverage.Target(v, v, v, (v,)) for v in company.values]
            items = coverage.run(targets, sents, vecs, embed.queries(list(company.values)), item_vecs, answer_lang, excluded)
            fb.company["values_used"] = [{"value": i.id, "evidence": asdict(i.evidence)} for i in items if i.covered]
            fb.company["values_missing"] = [i.id for i in items if not i.covered]

    d = fb.dimensions
    d["relevance"] = int(round(rel * 100))
    d["key_points"] = coverage.score(fb.key_points, KEY_POINTS_FULL_SHARE * len(fb.key_points)) if fb.key_points else None
    d["elements"] = coverage.score(fb.elements, ELEMENTS_FULL_AT)
    d["example"] = star.score(st) if (expects_example or st.has_example) else None
    d["company_fit"] = company_fit.score(fb.company) if fb.company else None
    d["length"] = length.score(fb.length["seconds"], aim)
    d["wording"] = wording.score(fb.findings, len(words)) if enabled("wording") else None
    d["delivery"] = fb.delivery["score"] if fb.delivery else None
    for dim, check_id in (("relevance", "content.relevance"), ("key_points", "content.key_points"),
                          ("elements", "content.elements"), ("example", "content.star"),
                          ("company_fit", "content.company_fit"), ("length", "delivery.length")):
        if not enabled(check_id):
            d[dim] = None
    tip = relevance.tip(rel_result, missing) if enabled("content.relevance") else None
    sibling, margin = None, 0.0
    if q is not None:
        cids, centroids = answer_centroids(bank)
        if cids == ids:
            sibling, margin = relevance.other_question(answer_vec, q.id, ids, profiles, centroids)
    answers_other = enabled("content.relevance") and sibling is not None and margin >= relevance.SIBLING_MARGIN
    if answers_other:
        tip = "off-topic"
    off_topic = tip == "off-topic"
    fb.score = overall(d, rel, fb.length["seconds"], aim, committed, off_topic)
    fb.band = band_for(fb.score)
    fb.insights = insights.run(sents, answer_lang, fb.key_points, fb.elements,
                               [c for e in rubric for c in e.cues])
    fb.insights["relevance_detail"] = {
        "cosine": rel_result.cosine, "z": rel_result.z, "meaning": rel_result.meaning,
        "question_words_used": shared, "question_words_missing": list(missing),
        "tip": tip, "closest_other_question": sibling, "other_margin": margin,
        "answers_question": sibling if answers_other else None}
    if answers_other:
        fb.insights["answers_question_text"] = bank.question(sibling).in_lang(tr.lang).text
    fb.strengths = strengths(fb, tr, expects_example)
    ranked = ranked_suggestions(fb, tr, expects_example, aim)
    ranked += [delivery_advice(f, fb.delivery["duration_verdict"]) for f in (fb.delivery["findings"] if fb.delivery else [])]
    if fb.score is not None and fb.score >= POLISH_FROM and not committed and not off_topic:
        # a strong answer: what is left to say is polish, not the main improvement
        ranked = [(min(p, POLISH_PRIORITY), code, text) for p, code, text in ranked]
    ranked.sort(key=lambda r: -r[0])
    fb.advice = [{"code": code, "priority": prio, "message": text} for prio, code, text in ranked[:MAX_SUGGESTIONS]]
    fb.suggestions = [a["message"] for a in fb.advice]
    return fb


def answer_vectors(sents: list) -> tuple[np.ndarray, np.ndarray]:
    """The sentence vectors of an answer and their mean, weighted by sentence length."""
    vecs = embed.passages([s.text for s in sents])
    return vecs, embed.mean_vector(vecs, np.array([max(1, len(s.tokens)) for s in sents], dtype=np.float32))


def _relevance(bank: Bank, q: Question | None, question_text: str | None, question_lang: str | None,
               lang: str, answer_vec: np.ndarray, sents: list):
    """(relevance.Result, share of the question's words used or None, the question's words not used)
    of an answer in ``lang``."""
    ids, profiles, distractors, _ = references(bank, lang)
    shared, missing = None, ()
    if q is not None:
        qvec = profiles[ids.index(q.id)] if q.id in ids else embed.queries([profile_text(q, lang)])[0]
        form = "profile"
    else:
        qvec, form = embed.queries([question_text.strip()])[0], "plain"
        if question_lang == lang:  # words can only be compared within one language
            answer_tokens = [t for s in sents for t in s.tokens]
            question_tokens = tokenize(question_text, lang)
            shared = relevance.overlap(relevance.content_words(question_tokens, lang), answer_tokens)
            missing = relevance.missing(question_tokens, answer_tokens, lang)
    return relevance.run(answer_vec, qvec, distractors, form, shared, lang), shared, missing


def relevance_check(question: str | Question | None, answer: str, *, question_text: str | None = None,
                    lang: str, bank: Bank | None = None) -> tuple[relevance.Result, str | None]:
    """The relevance of an answer in a known language and the tip it earns: the same computation as
    in :func:`feedback`, for scoring one answer against many questions (benchmarks, matching)."""
    bank = bank or default_bank()
    text = check_answer(answer)
    q = bank.question(question) if isinstance(question, str) else question
    sents = split_sentences(text, lang)
    typed_lang = None if q else langid.guess(question_text).lang
    result, _, missing = _relevance(bank, q, question_text, typed_lang, lang, answer_vectors(sents)[1], sents)
    return result, relevance.tip(result, missing)


def relevance_only(question: str | Question | None, answer: str, *, question_text: str | None = None,
                   lang: str, bank: Bank | None = None) -> float:
    """Just the relevance (0-1) of an answer in a known language (see :func:`relevance_check`)."""
    return relevance_check(question, answer, question_text=question_text, lang=lang, bank=bank)[0].score


def company_terms_used(profile: CompanyProfile, answer: str, lang: str = "auto") -> list[str]:
    """Which of a company's keywords an answer uses (for "which of your answers use them")."""
    text = check_answer(answer)
    answer_lang = lang if lang in LANGUAGES else (langid.guess(text).lang or profile.language)
    sents = split_sentences(text, answer_lang)
    return [u["term"] for u in company_fit.run(profile, sents, text, answer_lang)["used"]]


def overall(d: dict, rel: float, seconds: float, aim: tuple[int, int] = length.AIM,
            committed: list | tuple = (), off_topic: bool = False) -> int:
    """The overall score: the weighted mean of the dimensions, mapped onto the grading guide's scale
    (docs/grading.md), then capped: an answer to another question, or one that commits a pitfall,
    cannot score well however polished it is."""
    used = {k: v for k, v in d.items() if v is not None}
    total = sum(WEIGHTS[k] for k in used)
    if not total:
        return 0
    value = sum(WEIGHTS[k] * v for k, v in used.items()) / total
    if rel < 0.5:  # far from the question: the rest matters less
        value *= 0.3 + 1.4 * rel
    short = min(length.CAP_BELOW, aim[0] / 3)
    if seconds < short:  # a few lines cannot be a strong interview answer
        value *= 0.55 + 0.45 * seconds / short
    value = float(np.interp(value, [k[0] for k in SCALE], [k[1] for k in SCALE]))
    if off_topic:
        value = min(value, CAP_OFF_TOPIC)
    if any(c.serious for c in committed):
        value = min(value, CAP_SERIOUS_PITFALL)
    elif committed:
        value = min(value, CAP_PITFALL)
    return int(round(max(0.0, min(100.0, value))))


def asks_for_example(question_text: str, lang: str) -> bool:
    """Does a free-text question ask for a past example? (``lang``: the question's language)"""
    cues = list(star_cues(lang).question_cues)
    return any(find_any(cues, s) for s in split_sentences(question_text, lang))


def strengths(fb: Feedback, tr: Translator, expects_example: bool) -> list[str]:
    out = []
    covered = [k.label for k in fb.key_points if k.covered]
    if covered:
        out.append(tr("You cover what the interviewer listens for: {points}.", points="; ".join(covered[:3])))
    if fb.has_example:
        out.append(tr("You tell a real example with what you did."))
    if fb.result_is_concrete:
        out.append(tr("Your story ends with a concrete result."))
    shown = [e.label for e in fb.elements if e.covered]
    if len(shown) >= 2:
        out.append(tr("You show good service: {elements}.", elements=", ".join(shown[:4])))
    if any(f.polarity == "use" for f in fb.findings):
        out.append(tr("You use the trade's own terms."))
    if fb.company and fb.company.get("values_used"):
        out.append(tr("You show the company's values: {values}.",
                      values=", ".join(u["value"] for u in fb.company["values_used"][:3])))
    elif fb.company and fb.company["used"]:
        out.append(tr("You use the company's own words: {terms}.", terms=", ".join(u["term"] for u in fb.company["used"][:3])))
    return out[:4]


def _unreliable(q: Question | None, question_text: str | None, t: Transcript, tr: Translator, enabled) -> Feedback:
    """A spoken answer whose transcript is too unsure to grade: delivery only, and a clear word why."""
    lang = t.language if t.language in LANGUAGES else tr.lang
    fb = Feedback(question_id=q.id if q else None, question_text=q.in_lang(lang).text if q else question_text.strip(),
                  language=t.language, ui_language=tr.lang, judged=False, reason="unreliable-transcript",
                  transcript=t.to_json() | {"corrected": False})
    if t.words and enabled("delivery"):
        fb.delivery = delivery_check.run(t, lang, tr, enabled)
        fb.dimensions["delivery"] = fb.delivery["score"]
    if t.repetitive:
        why = tr("The transcript repeats itself, which is a recognition error, so what you said was not graded. "
                 "Correct the transcript and ask for feedback on the corrected text.")
    elif t.coverage < COVERED_AT:
        why = tr("Parts of your answer were not recognised (only {percent} % of your speech is in the transcript), so "
                 "what you said was not graded. Correct the transcript and ask for feedback on the corrected text.",
                 percent=int(round(t.coverage * 100)))
    else:
        why = tr("The transcript looks unreliable (confidence {percent} %), so what you said was not graded. "
                 "Check the transcript, correct it, and ask for feedback on the corrected text.",
                 percent=int(round(t.confidence * 100)))
    fb.suggestions = [why]
    if fb.delivery:
        fb.suggestions += fb.delivery["suggestions"][:MAX_SUGGESTIONS - 1]
    return fb


def delivery_advice(finding: dict, duration_verdict: str) -> tuple[int, str, str]:
    """A delivery finding as (priority, code, message), in the guide's order: the duration is a length
    suggestion (after register), fillers are register."""
    if finding["id"] == "delivery.duration":
        return (min(finding["priority"], 52), "too-long" if "long" in duration_verdict else "too-short", finding["message"])
    if finding["id"] == "delivery.fillers":
        return (min(finding["priority"], 62), "register", finding["message"])
    return (finding["priority"], "delivery", finding["message"])


def ranked_suggestions(fb: Feedback, tr: Translator, expects_example: bool,
                       aim: tuple[int, int] = length.AIM) -> list[tuple[int, str, str]]:
    """(priority, code, message) of every suggestion the answer earns, most important first.

    The order is the grading guide's (docs/grading.md, "Main improvement"): off-topic, a committed
    pitfall, missing key points, no example where one is asked for, no result or no "I", register,
    length, company. The code is the guide's name for the improvement."""
    ranked: list[tuple[int, str, str]] = []
    seconds, verdict = fb.length["seconds"], fb.length["verdict"]
    secs = int(round(seconds))
    if fb.delivery:  # a recording: the delivery section speaks of its real duration
        verdict = "good"
    detail = fb.insights.get("relevance_detail", {})
    off_topic = detail.get("tip") == "off-topic"
    if off_topic and detail.get("answers_question"):
        other = fb.insights.get("answers_question_text") or detail["answers_question"]
        # the sibling test is the weaker evidence: a committed serious pitfall is said first (94 < 96)
        ranked.append((94, "off-topic", tr("Your answer fits another question (“{other}”) better than the one asked "
                                            "(“{question}”). Answer the question asked first.",
                                            other=other, question=fb.question_text)))
    elif off_topic:
        ranked.append((100, "off-topic", tr("Your answer does not seem to address the question (“{question}”). "
                                            "Answer it directly first.", question=fb.question_text)))
    elif detail.get("tip") == "name-the-question":
        ranked.append((56, "relevance", tr("Make it plain that you are answering this question: take up its key words "
                                           "({words}) in your first sentence.",
                                           words=wording.quoted(detail["question_words_missing"][:3], tr.lang))))
    story = tr("Tell one real example: the situation, what you did yourself, and how it ended (STAR).")
    for i, p in enumerate(fb.pitfalls):
        # a pitfall of the whole answer (no story where one is asked for) is told as what to do instead
        ranked.append(((96 if p["serious"] else 91) - i, f"pitfall:{p['id']}", story if p["by"] == "answer" else p["message"]))
    pitfall_said = bool(fb.pitfalls)
    for f in fb.findings:
        if f.polarity == "avoid":
            if f.id in ("wording.negativity", "wording.defensive"):
                if not pitfall_said:
                    ranked.append((66, "wording", f.message))
            elif f.id == "wording.vague_claims":
                ranked.append((58, "example", f.message))
            elif f.id == "wording.hedges":
                ranked.append((55, "register", f.message))
            else:  # fillers, slang, informal address, mixed language
                ranked.append((62, "register", f.message))
        elif f.polarity == "missing":
            ranked.append((30, "wording", f.message))
    missing = [k for k in fb.key_points if not k.covered]
    if missing and fb.dimensions["key_points"] is not None and fb.dimensions["key_points"] < 100 and not off_topic:
        ranked.append((80 if len(missing) > 1 or len(fb.key_points) < 3 else 48, "key-points",
                       tr("Add what the interviewer listens for: {points}.",
                                            points="; ".join(k.label for k in missing[:2]))))
    if expects_example and not fb.has_example and not off_topic and not any(p["id"] == "generic" for p in fb.pitfalls):
        ranked.append((78, "example", story))
    if fb.has_example and not fb.star["result"].present:
        ranked.append((72, "result", tr("Finish your story with the result: how did it end for the customer?")))
    elif fb.has_example and not fb.result_is_concrete:
        ranked.append((32, "result", tr("Make the result concrete: a number, a returning customer, a thank-you.")))
    if fb.says_what_i_did is False:
        ranked.append((68, "own-actions", tr("Say what you did yourself (“I…”), not only what the team did.")))
    low, high = aim
    if verdict in ("too-short", "short") and not off_topic:
        message = (tr.n("Your answer would take about {seconds} second to say; aim for {low} to {high} seconds: tell "
                        "your example in more detail, what you did and why.",
                        "Your answer would take about {seconds} seconds to say; aim for {low} to {high} seconds: tell "
                        "your example in more detail, what you did and why.", secs, seconds=secs, low=low, high=high)
                   if fb.has_example else
                   tr.n("Your answer would take about {seconds} second to say; aim for {low} to {high} seconds by adding "
                        "an example and its result.",
                        "Your answer would take about {seconds} seconds to say; aim for {low} to {high} seconds by adding "
                        "an example and its result.", secs, seconds=secs, low=low, high=high)
                   if expects_example else
                   tr.n("Your answer would take about {seconds} second to say; aim for {low} to {high} seconds: say "
                        "why, and how you do it.",
                        "Your answer would take about {seconds} seconds to say; aim for {low} to {high} seconds: say "
                        "why, and how you do it.", secs, seconds=secs, low=low, high=high))
        ranked.append((52 if verdict == "too-short" else 40, "too-short", message))
    elif verdict in ("too-long", "long"):
        ranked.append((64 if verdict == "too-long" else 44, "too-long",
                       tr.n("Your answer would take about {seconds} second to say; keep it to {low} to {high} seconds: "
                            "what matters most, told briefly.",
                            "Your answer would take about {seconds} seconds to say; keep it to {low} to {high} seconds: "
                            "what matters most, told briefly.", secs, seconds=secs, low=low, high=high)))
    if fb.company is not None and fb.company.get("values_missing") and not fb.company.get("values_used"):
        ranked.append((45, "company", tr("Show that you share the company's values, for example: {values}.",
                                         values=", ".join(fb.company["values_missing"][:3]))))
    elif fb.company is not None and fb.dimensions["company_fit"] is not None and fb.dimensions["company_fit"] < 67 \
            and fb.company["could_add"]:
        ranked.append((45, "company", tr("Weave in the company's own words, for example: {terms}.",
                                         terms=", ".join(fb.company["could_add"][:3]))))
    shown = sum(e.covered for e in fb.elements)
    if shown < 2 and not off_topic:
        gaps = [e.label for e in sorted(fb.elements, key=lambda e: -e.confidence) if not e.covered][:2]
        ranked.append((35, "key-points", tr("Show more of what good service is made of, such as {elements}.",
                                            elements=", ".join(gaps))))
    ranked.sort(key=lambda r: -r[0])
    return ranked
