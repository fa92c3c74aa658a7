#!/usr/bin/env python3
"""The engine on good answers written blind by helpers (eval/good): how many it wrongly flags.

Every answer there is one a hiring manager would rate good or strong, and commits no pitfall, so each
flag is a false alarm: a pitfall found, "answers another question", the weak band. Sets with a
``split`` field (set L: odd ids dev, even ids test) are reported per split; constants are set on dev.
Asserts nothing.

    .venv/bin/python bench/good.py [--split dev|test|all] [--show]

``--show`` lists the flagged answers with the engine's evidence.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOOD = ROOT / "eval" / "good"


def load(split: str = "all") -> dict[str, list[dict]]:
    """File stem -> its answers (of one split, where the file has splits)."""
    from ruamel.yaml import YAML

    out = {}
    for path in sorted(GOOD.glob("*.yml")):
        items = YAML(typ="safe").load(path.read_text("utf-8")) or []
        if split != "all" and any("split" in it for it in items):
            items = [it for it in items if it.get("split") == split]
        out[path.stem] = items
    return out


def run(items: list[dict], bank=None) -> list[dict]:
    from interview_coach import engine

    rows = []
    for it in items:
        fb = engine.feedback(it["question"], it["answer"], lang=it["lang"], ui_lang="en", bank=bank)
        rows.append({"item": it, "score": fb.score, "band": fb.band,
                     "pitfalls": [(p["id"], p["evidence"]["text"]) for p in fb.pitfalls],
                     "elsewhere": any(a["code"] == "off-topic" for a in fb.advice),
                     "first": fb.advice[0]["code"] if fb.advice else "none"})
    return rows


def report(name: str, rows: list[dict]) -> None:
    n = len(rows)
    if not n:
        return
    pitfall = sum(bool(r["pitfalls"]) for r in rows)
    elsewhere = sum(r["elsewhere"] for r in rows)
    weak = sum(r["band"] == "weak" for r in rows)
    mean = sum(r["score"] or 0 for r in rows) / n
    line = (f"Good answers, {name} ({n}, written blind): a pitfall found {pitfall / n:.1%}, called off-topic "
            f"{elsewhere / n:.1%}, weak band {weak / n:.1%}, mean score {mean:.1f}")
    graded = [r for r in rows if "grade" in r["item"]]
    if graded:
        mae = sum(abs((r["score"] or 0) - r["item"]["grade"]) for r in graded) / len(graded)
        line += f", mean grade {sum(r['item']['grade'] for r in graded) / len(graded):.1f}, MAE {mae:.1f}"
    print(line)
    by = Counter(p for r in rows for p in {pid for pid, _ in r["pitfalls"]})
    if by:
        print("  pitfalls found: " + ", ".join(f"{k} {v}" for k, v in by.most_common()))


def show(rows: list[dict]) -> None:
    """The flagged answers of the dev split; held-out ones (test, or a set without splits) are not shown."""
    for r in rows:
        it = r["item"]
        if it.get("split") != "dev":
            continue
        if r["pitfalls"] or r["elsewhere"] or r["band"] == "weak":
            print(f"{it['id']} {it['question']} [{it.get('kind', '')}{' ~' + it['close_to'] if it.get('close_to') else ''}] "
                  f"grade {it.get('grade', '-')} engine {r['score']} {r['band']} first {r['first']}")
            for pid, text in r["pitfalls"]:
                print(f"   {pid}: {text[:160]}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="all", choices=("dev", "test", "all"))
    ap.add_argument("--show", action="store_true", help="list the flagged dev answers with the evidence")
    args = ap.parse_args()
    for name, items in load(args.split).items():
        rows = run(items)
        split = args.split if any("split" in it for it in items) else "all"  # a set without halves is one whole
        report(f"{name}{'' if split == 'all' else ', ' + split}", rows)
        if args.show:
            show(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
