#!/usr/bin/env python3
"""Derive the relevance constants in ``checks/relevance.py`` from the bank's own sample answers.

Every sample answer is paired with its own question (relevant) and with every other bank question
(not relevant: a hard case, the bank's questions are all about customer service). For each form
(a bank question's profile, or its wording alone as for a free-text question) a logistic
regression on (meaning z-score, share of the question's words used) gives the weight of the word
share relative to the z-score, and the AUC with and without the words is printed; the centre per
language is the mean share of relevant pairs, so a typical relevant answer keeps the score meaning
alone would give it.

Uses the bank only, never ../shared/eval-data. Prints the constants to paste; changes nothing.
Run: .venv/bin/python scripts/calibrate_relevance.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from stats import auc, logistic  # noqa: E402

from interview_coach import LANGUAGES, engine
from interview_coach.bank import load_bank
from interview_coach.checks import relevance
from interview_coach.nlp import embed
from interview_coach.nlp.text import sentences, tokens


def pairs(bank, lang: str):
    """Rows of (form, relevant, z, word share) for every sample answer against every question."""
    qs = list(bank.questions.values())
    ids, profiles, distractors, _ = engine.references(bank, lang)
    plain = embed.queries([q.in_lang(lang).text for q in qs])
    words = [relevance.content_words(tokens(q.in_lang(lang).text, lang), lang) for q in qs]
    for i, q in enumerate(qs):
        for sample in q.in_lang(lang).sample_answers:
            sents = sentences(sample.text, lang)
            answer = engine.answer_vectors(sents)[1]
            toks = [t for s in sents for t in s.tokens]
            for j in range(len(qs)):
                share = relevance.overlap(words[j], toks)
                for form, qvec in (("profile", profiles[ids.index(qs[j].id)]), ("plain", plain[j])):
                    z = relevance.run(answer, qvec, distractors, form)[2]
                    yield form, int(i == j), z, share


def derive(bank) -> dict:
    """The constants (``weight``, ``centre`` by language) and the AUCs behind them."""
    rows = {lang: list(pairs(bank, lang)) for lang in LANGUAGES}
    out: dict = {"centre": {}, "auc": {}}
    for form in ("profile", "plain"):
        data = np.array([(y, z, s) for lang in LANGUAGES for f, y, z, s in rows[lang] if f == form and s is not None])
        w, _ = logistic(data[:, 1:], data[:, 0])
        out[f"{form}_ratio"] = float(w[1] / w[0])
        for lang in LANGUAGES:
            y, z, s = (np.array(c, float) for c in zip(*[(y, z, s) for f, y, z, s in rows[lang]
                                                          if f == form and s is not None]))
            both = z + w[1] / w[0] * s
            out["auc"][form, lang] = (auc(z[y == 1], z[y == 0]), auc(both[y == 1], both[y == 0]))
    out["weight"] = out["plain_ratio"]  # the engine uses words for free-text questions only
    for lang in LANGUAGES:
        out["centre"][lang] = float(np.mean([s for f, y, z, s in rows[lang] if f == "plain" and y and s is not None]))
    return out


def main() -> None:
    d = derive(load_bank())
    for (form, lang), (alone, both) in d["auc"].items():
        print(f"{form:8} {lang}: AUC own vs other bank questions, meaning alone {alone:.3f}, with words {both:.3f}")
    print(f"word-share weight for a profile would be {d['profile_ratio']:.1f} (not used: no gain above)")
    print(f"OVERLAP_WEIGHT = {d['weight']:.1f}")
    print("OVERLAP_CENTRE = {" + ", ".join(f'"{k}": {v:.2f}' for k, v in d["centre"].items()) + "}")


if __name__ == "__main__":
    main()
