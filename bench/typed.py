#!/usr/bin/env python3
"""Typed-in questions (eval/typed/questions.yml): is a bank question in other words judged as that bank
question, and is a question the bank does not hold left alone?

Per language and overall, for one split (test by default):
- paraphrases of a bank question judged as it ("same"), judged as another bank question ("wrong"), and
  judged as it or at least near it (the looser "near" match that keeps an answer covering its key
  points on topic);
- questions the bank does not hold that were judged as a bank question anyway ("false"), and of the
  near misses (eval/typed/near-miss.yml, dev only: close to a bank question, but not it).
Asserts nothing.

    .venv/bin/python bench/typed.py [--split dev|test|all] [--show]

``--show`` (dev only) lists the dev questions matched wrongly or not at all, with the top two scores.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
TYPED = ROOT / "eval" / "typed" / "questions.yml"
NEAR_MISS = ROOT / "eval" / "typed" / "near-miss.yml"  # no bank question, close to one; dev only
LANGS = ("hr", "de", "en")


def load(split: str = "test") -> list[dict]:
    items = yaml.safe_load(TYPED.read_text("utf-8")) or []
    items += [{**it, "bank": None, "near_miss": True} for it in yaml.safe_load(NEAR_MISS.read_text("utf-8")) or []]
    return [it for it in items if split == "all" or it["split"] == split]


def run(items: list[dict]) -> list[dict]:
    from interview_coach.bank import default_bank
    from interview_coach.checks.references import near_bank_question, ranked_bank_questions, same_bank_question

    bank = default_bank()
    out = []
    for it in items:
        same, near = same_bank_question(bank, it["text"]), near_bank_question(bank, it["text"])
        out.append({"item": it, "same": same.id if same else None, "near": near.id if near else None,
                    "top": ranked_bank_questions(bank, it["text"])[:2]})
    return out


def figures(rows: list[dict]) -> dict:
    para = [r for r in rows if r["item"]["bank"]]
    other = [r for r in rows if not r["item"]["bank"] and not r["item"].get("near_miss")]
    misses = [r for r in rows if r["item"].get("near_miss")]
    return {
        "paraphrases": len(para),
        "same": sum(r["same"] == r["item"]["bank"] for r in para) / max(1, len(para)),
        "wrong": sum(r["same"] not in (None, r["item"]["bank"]) for r in para) / max(1, len(para)),
        "near": sum(r["item"]["bank"] in (r["same"], r["near"]) for r in para) / max(1, len(para)),
        "others": len(other),
        "false": sum(r["same"] is not None for r in other) / max(1, len(other)),
        "false_near": sum(r["same"] is not None or r["near"] is not None for r in other) / max(1, len(other)),
        "near_misses": len(misses),
        "near_miss_false": sum(r["same"] is not None for r in misses) / max(1, len(misses)),
    }


def report(rows: list[dict], title: str) -> None:
    print(f"== typed-in questions, {title} ==")
    print(f"{'':4} {'para':>5} {'same':>6} {'wrong':>6} {'near':>6} {'other':>6} {'false':>6} {'f.near':>6} "
          f"{'n.miss':>6} {'false':>6}")
    for lang in (*LANGS, "all"):
        part = [r for r in rows if lang == "all" or r["item"]["lang"] == lang]
        f = figures(part)
        print(f"{lang:4} {f['paraphrases']:5d} {f['same']:6.1%} {f['wrong']:6.1%} {f['near']:6.1%} "
              f"{f['others']:6d} {f['false']:6.1%} {f['false_near']:6.1%} {f['near_misses']:6d} {f['near_miss_false']:6.1%}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="test", choices=("dev", "test", "all"))
    ap.add_argument("--show", action="store_true", help="list the dev questions matched wrongly (dev only)")
    args = ap.parse_args()
    if args.show and args.split != "dev":
        sys.exit("--show lists dev questions only: held-out questions are counted, never printed (use --split dev)")
    rows = run(load(args.split))
    report(rows, f"split {args.split}")
    if args.show:
        for r in rows:
            it = r["item"]
            if r["same"] != it["bank"]:
                top = ", ".join(f"{q} {s:.3f}" for q, s in r["top"])
                print(f"  {it['id']} want {it['bank']} got {r['same']} (near {r['near']}) | {top} | {it['text']}")


if __name__ == "__main__":
    main()
