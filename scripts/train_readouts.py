#!/usr/bin/env python3
"""Train the read-outs (checks/readouts.py) and write src/interview_coach/checks/rules/readouts.npz.

    .venv/bin/pip install scikit-learn   # the training needs it; the engine does not
    .venv/bin/python scripts/train_readouts.py

Logistic regressions over the e5 passage vectors (the way answer sentences are embedded), all three
languages together, classes balanced, deterministic for given data (lbfgs from zero):

- the story result: the story endings with a result against those without
  (``rules/<lang>/story_endings.yml``); C = 0.1 (strong regularisation), set on the graded dev split;
- blame of others: graded answers to questions about oneself (``readouts.BLAME_CATEGORIES``), the dev
  split of ``eval/graded`` and the training rounds of ``eval/rounds`` (never the test split nor the
  held-out rounds), only the sentences that name others at work (``pitfalls.names_others``), and the
  plain facts of ``rules/<lang>/employer_facts.yml`` as further negatives. Sentences
  of answers not graded ``blame-others`` are the negatives; of each blaming answer, the sentence the
  read-out finds likeliest is the positive, chosen again in each of BLAME_ROUNDS fits (it starts from
  all its sentences that name others). C = 0.3 and the threshold ``pitfalls.BLAME_MIN`` were set by
  leaving one round (or the dev split) out at a time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from interview_coach import LANGUAGES  # noqa: E402
from interview_coach.checks import corpora, readouts  # noqa: E402
from interview_coach.nlp import embed  # noqa: E402

C = 0.1
BLAME_C = 0.3
BLAME_ROUNDS = 4


def embedded(texts: list[str]) -> np.ndarray:
    return readouts.SCALE * np.vstack([embed.passages(texts[i:i + 128]) for i in range(0, len(texts), 128)])


def fit(x: np.ndarray, y: np.ndarray, c: float = C) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    pos, neg = y == 1, y == 0
    w = np.where(pos, 0.5 / pos.sum(), 0.5 / neg.sum()) * len(y)
    m = LogisticRegression(C=c, max_iter=5000).fit(x, y, sample_weight=w)
    return m.coef_[0].astype(np.float32), float(m.intercept_[0])


def blame_answers() -> list[dict]:
    """The graded answers the blame read-out learns from: about oneself, dev split or a training round."""
    import yaml

    from interview_coach.bank.loader import default_bank

    bank = default_bank()
    out = []
    for folder, split in (("graded", "dev"), ("rounds", "train")):
        for path in sorted((ROOT / "eval" / folder).glob("*.yml")):
            for item in yaml.safe_load(path.read_text("utf-8")) or []:
                q = item.get("question")
                if item.get("split") == split and q in bank.questions and \
                        bank.questions[q].category in readouts.BLAME_CATEGORIES:
                    out.append({"lang": item["id"].split("-")[0], "answer": item["answer"],
                                "blame": "blame-others" in (item.get("pitfalls") or [])})
    return out


def fair_facts() -> list[dict]:
    """Plain facts about an employer told without blame (``rules/<lang>/employer_facts.yml``), each as an answer
    of its own that does not blame: "The company is small and the two supervisor jobs are filled"."""
    return [{"lang": lang, "answer": t, "blame": False}
            for lang in LANGUAGES for t in corpora.corpus(lang, "employer_facts.yml")["fair"]]


def blame_hash(answers: list[dict]) -> str:
    """The hash of what the blame read-out is trained on: the answers and plain facts, the gate's word lists
    (``rules/<lang>/others_at_work.txt``) and the fitting's settings."""
    import hashlib

    from interview_coach.checks.ruledata import rules_dir

    h = hashlib.sha256(f"C={BLAME_C} rounds={BLAME_ROUNDS}\n".encode())
    for lang in LANGUAGES:
        h.update((rules_dir(lang) / "others_at_work.txt").read_bytes())
    for a in answers + fair_facts():
        h.update(f"{a['lang']}\n{a['blame']}\n{a['answer']}\n".encode())
    return h.hexdigest()


def blame_sentences(answers: list[dict]) -> list[tuple[bool, np.ndarray]]:
    """Per answer: whether it is graded as blaming, and the vectors of its sentences that name others."""
    from interview_coach.checks.pitfalls import names_others
    from interview_coach.nlp.text import sentences

    out = []
    for a in answers:
        named = [s.text for s in sentences(a["answer"], a["lang"]) if names_others(s, a["lang"])]
        if named:
            out.append((a["blame"], embedded(named)))
    return out


def fit_blame(bags: list[tuple[bool, np.ndarray]]) -> tuple[np.ndarray, float]:
    neg = np.vstack([v for blame, v in bags if not blame])
    pos_bags = [v for blame, v in bags if blame]
    pos = np.vstack(pos_bags)
    for _ in range(BLAME_ROUNDS):
        w, b = fit(np.vstack([pos, neg]), np.r_[np.ones(len(pos), int), np.zeros(len(neg), int)], BLAME_C)
        pos = np.vstack([v[int(np.argmax(v @ w))] for v in pos_bags])
    return w, b


def main() -> None:
    ends = [corpora.corpus(lang, "story_endings.yml") for lang in LANGUAGES]
    res, nores = [t for e in ends for t in e["result"]], [t for e in ends for t in e["no_result"]]
    x = np.vstack([embedded(res), embedded(nores)])
    y = np.r_[np.ones(len(res), int), np.zeros(len(nores), int)]
    w, b = fit(x, y)
    answers = blame_answers()
    bags = blame_sentences(answers + fair_facts())
    bw, bb = fit_blame(bags)
    out = ROOT / "src" / "interview_coach" / "checks" / "rules" / readouts.MODEL
    np.savez_compressed(out, result_w=w, result_b=np.float32(b), training_hash=np.array(readouts.training_hash()),
                        blame_w=bw, blame_b=np.float32(bb), blame_hash=np.array(blame_hash(answers)))
    print(f"wrote {out.relative_to(ROOT)}: results from {len(y)} story endings; blame from {len(bags)} answers "
          f"that name others ({sum(blame for blame, _ in bags)} blaming)")


if __name__ == "__main__":
    main()
