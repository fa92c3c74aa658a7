#!/usr/bin/env python3
"""Train the read-outs (checks/readouts.py) and write src/interview_coach/checks/rules/readouts.npz.

    .venv/bin/pip install scikit-learn   # the training needs it; the engine does not
    .venv/bin/python scripts/train_readouts.py
    .venv/bin/python scripts/train_impression.py   # then the impression, which reads the read-outs

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
  leaving one round (or the dev split) out at a time;
- a pitfall answer: the same graded answers, to any question, each as its answer vector (the length-weighted
  mean of its sentence vectors, ``references.answer_vectors``) less the mean vector of the training answers to
  its question, those graded with any pitfall against the rest, so that the read-out is of how an answer is
  told, not of which question it answers; C = 1.0 (0.3 and 3.0 read the rounds left out no better). Alone it
  names no pitfall; it is the second reading of ``pitfalls.blaming_by_meaning`` and of ``pitfalls.BY_MEANING``;
- blame in a scene (``readouts.SCENE_CATEGORIES``: stories, situations and typed-in questions): the sentences a
  reader marked as blaming in the blaming answers to those questions (``eval/marks/blame-<lang>.yml``) against all
  sentences of the answers to them graded free of blame, one fit (the marks say which sentence blames, so no
  choosing again); C = 0.3, and the pair ``pitfalls.BLAME_IN_SCENE`` set by leaving one round (or the dev split)
  out at a time;
- pitfalls by meaning (``readouts.MEANING``: excuses, a confrontation with the customer, a dead end, a generic
  answer, an over-promise): each like
  blame, on the graded answers to the questions that list that pitfall, all their sentences; C = 0.3 as for
  blame. Each commits only with the second reading (``pitfalls.BY_MEANING``).
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
ANSWER_C = 1.0
MEANING_C = 0.3
SCENE_C = 0.3


def embedded(texts: list[str]) -> np.ndarray:
    return readouts.SCALE * np.vstack([embed.passages(texts[i:i + 128]) for i in range(0, len(texts), 128)])


def fit(x: np.ndarray, y: np.ndarray, c: float = C) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    pos, neg = y == 1, y == 0
    w = np.where(pos, 0.5 / pos.sum(), 0.5 / neg.sum()) * len(y)
    m = LogisticRegression(C=c, max_iter=5000).fit(x, y, sample_weight=w)
    return m.coef_[0].astype(np.float32), float(m.intercept_[0])


def graded_answers() -> list[dict]:
    """The graded answers the read-outs may learn from: the dev split of ``eval/graded`` and the training rounds
    of ``eval/rounds`` (never the test split nor a held-out round)."""
    import yaml

    out = []
    for folder, split in (("graded", "dev"), ("rounds", "train")):
        for path in sorted((ROOT / "eval" / folder).glob("*.yml")):
            for item in yaml.safe_load(path.read_text("utf-8")) or []:
                if item.get("split") == split:
                    out.append({"id": item["id"], "lang": item["id"].split("-")[0], "answer": item["answer"],
                                "question": item.get("question"), "pitfalls": item.get("pitfalls") or [],
                                "question_text": item.get("question_text"), "grade": item["grade"],
                                "band": item["band"], "group": "dev" if folder == "graded" else path.name.split("-")[0]})
    return out


def blame_answers(graded: list[dict]) -> list[dict]:
    """The graded answers the blame read-out learns from: those to questions about oneself."""
    from interview_coach.bank.loader import default_bank

    bank = default_bank()
    return [{"lang": a["lang"], "answer": a["answer"], "blame": "blame-others" in a["pitfalls"]} for a in graded
            if a["question"] in bank.questions and bank.questions[a["question"]].category in readouts.BLAME_CATEGORIES]


def _digest(header: str, parts) -> str:
    """sha256 of a header line and then each part (str or bytes), in order."""
    import hashlib

    h = hashlib.sha256(f"{header}\n".encode())
    for part in parts:
        h.update(part if isinstance(part, bytes) else part.encode())
    return h.hexdigest()


def pitfall_questions(pitfall: str) -> list[str]:
    """The bank questions that list ``pitfall``: its read-out by meaning learns from and reads only their answers."""
    from interview_coach.bank.loader import default_bank

    return sorted(q.id for q in default_bank().questions.values() if pitfall in q.pitfall_ids)


def answer_hash(graded: list[dict]) -> str:
    """The hash of what the pitfall-answer read-out is trained on: the answers, their labels and C."""
    return _digest(f"C={ANSWER_C} centred per question",
                   (f"{a['lang']}\n{a['question']}\n{bool(a['pitfalls'])}\n{a['answer']}\n" for a in graded))


def fit_answers(graded: list[dict]) -> tuple[np.ndarray, float, list[str], np.ndarray, np.ndarray]:
    """Answers graded with any pitfall against the rest, over their answer vectors centred on their question's
    mean answer vector: the rounds asked for pitfalls in some questions far more than in others (most of their
    why-leaving answers blame), and uncentred the read-out learned the topic ("why I'm leaving") as a sign of a
    pitfall. Returns the weights, the intercept, the questions, their mean vectors and the mean of all (for an
    answer to a question with none)."""
    from interview_coach.checks.references import answer_vectors
    from interview_coach.nlp.text import sentences

    vecs = np.vstack([answer_vectors(sentences(a["answer"], a["lang"]))[1] for a in graded])
    keys = [a["question"] or "" for a in graded]
    asked = sorted(set(keys))
    means = np.vstack([vecs[[k == q for k in keys]].mean(axis=0) for q in asked]).astype(np.float32)
    centred = vecs - means[[asked.index(k) for k in keys]]
    w, b = fit(readouts.SCALE * centred, np.array([int(bool(a["pitfalls"])) for a in graded]), ANSWER_C)
    return w, b, asked, means, vecs.mean(axis=0).astype(np.float32)


def fair_facts() -> list[dict]:
    """Plain facts about an employer told without blame (``rules/<lang>/employer_facts.yml``), each as an answer
    of its own that does not blame: "The company is small and the two supervisor jobs are filled"."""
    return [{"lang": lang, "answer": t, "blame": False}
            for lang in LANGUAGES for t in corpora.corpus(lang, "employer_facts.yml")["fair"]]


def blame_hash(answers: list[dict]) -> str:
    """The hash of what the blame read-out is trained on: the answers and plain facts, the gate's word lists
    (``rules/<lang>/others_at_work.txt``) and the fitting's settings."""
    from interview_coach.checks.ruledata import rules_dir

    return _digest(f"C={BLAME_C} rounds={BLAME_ROUNDS}",
                   [*((rules_dir(lang) / "others_at_work.txt").read_bytes() for lang in LANGUAGES),
                    *(f"{a['lang']}\n{a['blame']}\n{a['answer']}\n" for a in answers + fair_facts())])


def blame_sentences(answers: list[dict]) -> list[tuple[bool, np.ndarray]]:
    """Per answer: whether it is graded as blaming, and the vectors of its sentences that name others."""
    from interview_coach.checks.pitfalls import names_others

    return sentence_bags(answers, "blame", names_others)


def sentence_bags(answers: list[dict], label: str, keep=None) -> list[tuple[bool, np.ndarray]]:
    """Per answer with a sentence to read: its ``label`` and the vectors of its sentences (those ``keep(sentence,
    lang)`` keeps, or all)."""
    from interview_coach.nlp.text import sentences

    out = []
    for a in answers:
        texts = [s.text for s in sentences(a["answer"], a["lang"]) if keep is None or keep(s, a["lang"])]
        if texts:
            out.append((a[label], embedded(texts)))
    return out


def fit_blame(bags: list[tuple[bool, np.ndarray]], c: float = BLAME_C) -> tuple[np.ndarray, float]:
    """Multiple-instance fit: every sentence of an answer without the pitfall is a negative; of an answer with
    it, the sentence the last fit found likeliest is the positive (all of them at the start)."""
    neg = np.vstack([v for blame, v in bags if not blame])
    pos_bags = [v for blame, v in bags if blame]
    pos = np.vstack(pos_bags)
    for _ in range(BLAME_ROUNDS):
        w, b = fit(np.vstack([pos, neg]), np.r_[np.ones(len(pos), int), np.zeros(len(neg), int)], c)
        pos = np.vstack([v[int(np.argmax(v @ w))] for v in pos_bags])
    return w, b


def scene_marks() -> dict[str, list[str]]:
    """Per blaming answer to a scene question: the sentences marked as blaming (``eval/marks/blame-<lang>.yml``)."""
    import yaml

    out: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        out |= yaml.safe_load((ROOT / "eval" / "marks" / f"blame-{lang}.yml").read_text("utf-8")) or {}
    return out


def scene_answers(graded: list[dict]) -> list[dict]:
    """The graded answers to questions of ``readouts.SCENE_CATEGORIES`` (a typed-in question is "free")."""
    from interview_coach.bank.loader import default_bank

    bank = default_bank()
    return [a for a in graded if (bank.questions[a["question"]].category if a["question"] else "free")
            in readouts.SCENE_CATEGORIES]


def scene_sentences(graded: list[dict]) -> tuple[list[str], list[int]]:
    """The marked blaming sentences (1) and every sentence of the answers graded free of blame (0), of the answers
    to scene questions. A blaming answer without marks stops the training: mark it first."""
    from interview_coach.nlp.text import sentences

    marks = scene_marks()
    texts, labels = [], []
    for a in scene_answers(graded):
        said = [s.text for s in sentences(a["answer"], a["lang"])]
        if "blame-others" not in a["pitfalls"]:
            texts += said
            labels += [0] * len(said)
            continue
        if a["id"] not in marks:
            raise SystemExit(f"{a['id']} blames in a scene and has no marked sentence in eval/marks/blame-{a['lang']}.yml")
        missing = [m for m in marks[a["id"]] if m not in said]
        if missing:
            raise SystemExit(f"{a['id']}: marked sentences not found as sentences of the answer: {missing}")
        texts += marks[a["id"]]
        labels += [1] * len(marks[a["id"]])
    return texts, labels


def scene_hash(graded: list[dict], sentences: tuple[list[str], list[int]] | None = None) -> str:
    """The hash of what the read-out of blame in scenes is trained on: its sentences, their labels and C
    (``sentences``: ``scene_sentences(graded)`` where already made)."""
    texts, labels = sentences or scene_sentences(graded)
    return _digest(f"scene blame: C={SCENE_C} categories={sorted(readouts.SCENE_CATEGORIES)}",
                   (f"{y}\n{t}\n" for t, y in zip(texts, labels)))


def pitfall_bags(graded: list[dict], pitfall: str) -> list[tuple[bool, np.ndarray]]:
    """Per graded answer to a question that lists ``pitfall``: whether it is graded with it, and the vectors of all
    its sentences."""
    asked = set(pitfall_questions(pitfall))
    return sentence_bags([{**a, "label": pitfall in a["pitfalls"]} for a in graded if a["question"] in asked], "label")


def pitfall_hash(graded: list[dict], pitfall: str) -> str:
    """The hash of what the read-out of ``pitfall`` by meaning is trained on: the answers to the questions that list
    it, those questions, and the settings."""
    asked = pitfall_questions(pitfall)
    return _digest(f"{pitfall}: C={MEANING_C} rounds={BLAME_ROUNDS} questions={asked}",
                   (f"{a['lang']}\n{pitfall in a['pitfalls']}\n{a['answer']}\n" for a in graded if a["question"] in asked))


def main() -> None:
    ends = [corpora.corpus(lang, "story_endings.yml") for lang in LANGUAGES]
    res, nores = [t for e in ends for t in e["result"]], [t for e in ends for t in e["no_result"]]
    x = np.vstack([embedded(res), embedded(nores)])
    y = np.r_[np.ones(len(res), int), np.zeros(len(nores), int)]
    w, b = fit(x, y)
    graded = graded_answers()
    answers = blame_answers(graded)
    bags = blame_sentences(answers + fair_facts())
    bw, bb = fit_blame(bags)
    aw, ab, asked, means, mean = fit_answers(graded)
    scene_texts, scene_labels = scene_sentences(graded)
    sw, sb = fit(embedded(scene_texts), np.array(scene_labels), SCENE_C)
    meaning, counts = {}, {}
    for pitfall in readouts.MEANING:
        bags_p = pitfall_bags(graded, pitfall)
        w_p, b_p = fit_blame(bags_p, MEANING_C)
        key = readouts.MEANING[pitfall]
        meaning |= {f"{key}_w": w_p, f"{key}_b": np.float32(b_p), f"{key}_hash": np.array(pitfall_hash(graded, pitfall))}
        counts[pitfall] = (len(bags_p), sum(e for e, _ in bags_p))
    out = ROOT / "src" / "interview_coach" / "checks" / "rules" / readouts.MODEL
    np.savez_compressed(out, result_w=w, result_b=np.float32(b), training_hash=np.array(readouts.training_hash()),
                        blame_w=bw, blame_b=np.float32(bb), blame_hash=np.array(blame_hash(answers)),
                        answer_w=aw, answer_b=np.float32(ab), answer_hash=np.array(answer_hash(graded)),
                        answer_questions=np.array(asked), answer_means=means, answer_mean=mean,
                        scene_w=sw, scene_b=np.float32(sb), scene_hash=np.array(scene_hash(graded, (scene_texts, scene_labels))), **meaning)
    print(f"wrote {out.relative_to(ROOT)}: results from {len(y)} story endings; blame from {len(bags)} answers "
          f"that name others ({sum(blame for blame, _ in bags)} blaming); pitfall answers from {len(graded)} "
          f"graded answers ({sum(bool(a['pitfalls']) for a in graded)} with a pitfall); blame in scenes from "
          f"{len(scene_labels)} sentences ({sum(scene_labels)} marked); "
          + "; ".join(f"{p} from {n} answers ({k} with it)" for p, (n, k) in counts.items()))


if __name__ == "__main__":
    main()
