#!/usr/bin/env python3
"""The engine against the outside rounds (eval/rounds/): answers written and graded blind by reviewers who
read only docs/grading.md and the question list, 90 a round (30 per language), each round aimed at kinds of
answers the engine got wrong. Prints, per round, the figures of bench/graded.py. Asserts nothing.

    .venv/bin/python bench/rounds.py [--split held-out|train|all] [--round r27 ...]

``train`` rounds were read and built on (their wordings are in the cues, and the blame read-out learns from
them); ``held-out`` rounds were not, and are the honest figure for answers in words nobody listed.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import graded  # noqa: E402

ROUNDS = graded.ROOT / "eval" / "rounds"


def load(split: str = "held-out", rounds: tuple[str, ...] = ()) -> dict[str, list[dict]]:
    by_round: dict[str, list[dict]] = defaultdict(list)
    for path in sorted(ROUNDS.glob("r*-*.yml")):
        rnd = path.stem.split("-")[0]
        if rounds and rnd not in rounds:
            continue
        for item in yaml.safe_load(path.read_text("utf-8")) or []:
            item["lang"] = item["id"].split("-")[0]
            if split == "all" or item["split"] == split:
                by_round[rnd].append(item)
    return dict(by_round)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="held-out", choices=("held-out", "train", "all"))
    ap.add_argument("--round", nargs="*", default=[])
    args = ap.parse_args()
    for rnd, items in sorted(load(args.split, tuple(args.round)).items()):
        rows = graded.run(items)
        graded.report(rows, f"round {rnd[1:]} ({items[0]['split']})")
        graded.confusion(rows)


if __name__ == "__main__":
    main()
