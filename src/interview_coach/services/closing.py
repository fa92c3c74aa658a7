"""The closing question of an interview, "Do you have any questions for us?": the candidate's own
questions, compared with good questions to ask (from the bank) by meaning, in any of hr/de/en."""

from __future__ import annotations

import re

import numpy as np

from ..bank import Bank
from ..i18n import Translator
from ..nlp import embed, langid
from ..nlp.text import sentences

MATCH_Z = 1.5       # how far above the average good question a match must be
MATCH_COSINE = 0.89


# Question words, for questions typed without a question mark.
QUESTION_WORDS = {
    "en": {"what", "how", "who", "when", "where", "why", "which", "do", "does", "is", "are", "can", "could", "would", "will"},
    "de": {"was", "wie", "wer", "wann", "wo", "warum", "welche", "welcher", "welches", "gibt", "haben", "sind",
           "können", "arbeiten", "ist", "wird", "werden"},
    "hr": {"što", "sto", "kako", "tko", "kada", "kad", "gdje", "zašto", "koji", "koja", "koje", "ima", "imate",
           "je", "da", "možete", "planirate", "radite", "hoće", "li"},
}


# Words that ask anywhere in a sentence ("I wonder how…", "Mich würde interessieren, wie…").
ASKING_WORDS = {
    "en": {"what", "how", "who", "when", "where", "why", "which", "whether", "if"},
    "de": {"was", "wie", "wer", "wann", "wo", "warum", "welche", "welcher", "welches", "ob"},
    "hr": {"što", "sto", "kako", "tko", "kada", "kad", "gdje", "zašto", "koji", "koja", "koje", "li"},
}


def split_questions(text: str) -> list[str]:
    lang = langid.guess(text).lang or "en"
    found = [s.text for s in sentences(text, lang) if s.text.rstrip().endswith("?")]
    if not found:
        words = QUESTION_WORDS.get(lang, set())
        found = [line.strip() for line in re.split(r"[\n;.]+", text)
                 if len(line.split()) >= 3 and line.split()[0].lower().strip(",") in words]
    if not found:  # spoken without question marks: "I'd like to know how new people are trained"
        wh = ASKING_WORDS.get(lang, set())
        found = [s.text.strip() for s in sentences(text, lang)
                 if len(s.text.split()) >= 4 and wh & {w.lower().strip(",.;:") for w in s.text.split()}]
    return found


def judge(text: str, bank: Bank, ui_lang: str) -> dict:
    tr = Translator(ui_lang)
    asked = split_questions(text)
    good = bank.prep_in(ui_lang).questions_to_ask
    result = {"questions": [], "good_count": 0, "score": 0, "suggestions": []}
    if not asked:
        result["suggestions"] = [tr("Always have two or three questions ready: it shows interest in the job.")]
        result["suggestions"] += [q.text for q in good[:2]]
        return result
    # compare in every language, so a German question matches the Croatian list too
    refs = [(t.id, t.text) for lang in ("hr", "de", "en") for t in bank.prep_in(lang).questions_to_ask]
    ref_vecs = embed.queries([t for _, t in refs])
    vecs = embed.queries(asked)
    sims = vecs @ ref_vecs.T
    matched_ids = set()
    for i, question in enumerate(asked):
        j = int(np.argmax(sims[i]))
        z = (sims[i, j] - sims[i].mean()) / (sims[i].std() + 1e-6)
        match = refs[j][0] if (z >= MATCH_Z and sims[i, j] >= MATCH_COSINE) else None
        if match:
            matched_ids.add(match)
        result["questions"].append({"text": question, "matches": match, "similarity": round(float(sims[i, j]), 3)})
    result["good_count"] = len(matched_ids)
    result["score"] = int(min(100, 40 * len(matched_ids) + 10 * min(len(asked), 3)))
    missing = [q.text for q in good if q.id not in matched_ids]
    if len(asked) < 2:
        result["suggestions"].append(tr("Ask two or three questions; one is thin."))
    if missing:
        result["suggestions"].append(tr("Questions that work well, for example: {examples}", examples=" · ".join(missing[:2])))
    return result
