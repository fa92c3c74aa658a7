#!/usr/bin/env python3
"""Speed and memory of the feedback engine on this machine. Prints figures; asserts nothing.

Run: .venv/bin/python bench/speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

from interview_coach import engine
from interview_coach.bank import load_bank
from interview_coach.nlp import embed
from interview_coach.nlp.text import sentences

ROOT = Path(__file__).resolve().parents[1]


def sample_sentences(bank, qids, lang: str) -> list[str]:
    """The sentences of the sample answers to these questions, in one language."""
    return [s.text for q in qids for a in bank.questions[q].in_lang(lang).sample_answers for s in sentences(a.text, lang)]


def answers(bank, n: int, words: int = 200, seed: int = 3, distinct: bool = False) -> list[tuple[str, str, str]]:
    """(question id, language, ~200-word answer) made of bank sentences in a new order each time.

    With distinct=True no sentence is used twice across the answers (so the embedding cache cannot
    make a batch look faster than real answers would be); that gives fewer answers than n when the
    bank runs out of sentences.
    """
    rng = random.Random(seed)
    out = []
    ids = list(bank.questions)
    unused = {}
    if distinct:
        for lang in ("en", "de", "hr"):
            unused[lang] = sample_sentences(bank, ids, lang)
            rng.shuffle(unused[lang])
    for i in range(n):
        lang = ("en", "de", "hr")[i % 3]
        qid = rng.choice(ids)
        if distinct:
            pool = unused[lang]
        else:
            pool = sample_sentences(bank, rng.sample(ids, 4), lang)
            rng.shuffle(pool)
        text, count = [], 0
        while pool and count < words:
            s = pool.pop()
            text.append(s)
            count += len(s.split())
        if count < words:
            break
        out.append((qid, lang, " ".join(text) + f" ({i})"))
    return out


def forget_answers() -> None:
    """Drop cached answer embeddings, keep the bank's (as in a long-running process)."""
    for key in [k for k in embed._cache if not k[0]]:
        del embed._cache[key]


def pct(values, q):
    return float(np.percentile(values, q)) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    bank = load_bank(include_user_packs=False)
    print(f"machine: {os.cpu_count()} cores; OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', 'unset')}")

    t = time.time()
    subprocess.run([str(Path(sys.executable).with_name("interview-coach")), "--help"], capture_output=True, check=True)
    print(f"start-up: `interview-coach --help` {1000 * (time.time() - t):.0f} ms")
    t = time.time()
    engine.feedback("difficult-customer", "Warm-up answer: I listened to the customer and offered a refund.", bank=bank)
    print(f"first feedback in a process (model load, bank vectors from the disk cache): {1000 * (time.time() - t):.0f} ms")
    for lang in ("de", "hr"):
        engine.feedback("difficult-customer", "Ich habe zugehört." if lang == "de" else "Saslušala sam kupca.", bank=bank)

    items = answers(bank, args.runs)
    totals, embeds = [], []
    for qid, lang, text in items:
        forget_answers()
        t0 = time.perf_counter()
        engine.feedback(qid, text, lang=lang, bank=bank)
        totals.append(time.perf_counter() - t0)
        forget_answers()
        sents = [s.text for s in sentences(text, lang)]
        t0 = time.perf_counter()
        embed.passages(sents)
        embeds.append(time.perf_counter() - t0)
    words = np.mean([len(t.split()) for _, _, t in items])
    print(f"one answer of ~{words:.0f} words (n={len(items)}, hr/de/en, warm process, answer not seen before):")
    print(f"  feedback p50 {pct(totals, 50):.0f} ms, p95 {pct(totals, 95):.0f} ms   (aim p95 <= 150 ms)")
    print(f"  embedding alone p50 {pct(embeds, 50):.0f} ms, p95 {pct(embeds, 95):.0f} ms")
    print(f"  ratio total / embedding: {np.sum(totals) / np.sum(embeds):.2f}")

    batch = answers(bank, args.runs, seed=11, distinct=True)
    forget_answers()
    t0 = time.perf_counter()
    for qid, lang, text in batch:
        engine.feedback(qid, text, bank=bank)
    dt = time.perf_counter() - t0
    print(f"batch, {len(batch)} answers sharing no sentence, language detected: {len(batch) / dt:.1f} answers/s   (aim >= 20)")
    qids = list(bank.questions)[:6]
    t0 = time.perf_counter()
    for _, lang, text in batch[:10]:
        for qid in qids:
            engine.feedback(qid, text, bank=bank)
    dt = time.perf_counter() - t0
    print(f"batch, 10 answers x 6 questions (each answer embedded once): {60 / dt:.1f} feedbacks/s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (RSS): {rss:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
