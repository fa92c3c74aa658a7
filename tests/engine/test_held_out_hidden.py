"""The benches count held-out answers but never print them: a fix set on an answer seen is no longer measured
on unseen data (a session's `bench/good.py --show` once printed the held-out sets)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import good  # noqa: E402


def test_graded_bench_lists_answers_of_the_dev_split_only():
    for flags in (["--show", "3"], ["--false-alarms"], ["--show", "3", "--split", "test"], ["--show", "1", "--split", "all"]):
        run = subprocess.run([sys.executable, str(ROOT / "bench" / "graded.py"), *flags], capture_output=True, text=True)
        assert run.returncode != 0 and "--split dev" in run.stderr, (flags, run.stderr)


def test_good_bench_shows_flagged_dev_answers_only(capsys):
    def row(split):
        item = {"id": f"xx-{split}", "question": "stress", "grade": 80, **({"split": split} if split else {})}
        return {"item": item, "score": 30, "band": "weak", "pitfalls": [("never-stressed", "quoted sentence")],
                "elsewhere": False, "first": "pitfall:never-stressed"}
    good.show([row("dev"), row("test"), row(None)])
    out = capsys.readouterr().out
    assert "xx-dev" in out and "xx-test" not in out and "xx-None" not in out
