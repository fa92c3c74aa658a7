#!/usr/bin/env python3
"""Give every graded answer without one a fixed ``split`` (dev or test), once.

Stratified: within each language, answers are grouped by question (or "typed" for typed-in
questions) and kind, and alternate dev, test, dev... in id order, so both splits hold every
question and every kind. An answer that already has a split keeps it: the split never changes.

    .venv/bin/python scripts/split_graded.py
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import yaml

GRADED = Path(__file__).resolve().parents[1] / "eval" / "graded"


def main() -> None:
    for path in sorted(GRADED.glob("*.yml")):
        items = yaml.safe_load(path.read_text("utf-8")) or []
        groups: dict[tuple, list[dict]] = defaultdict(list)
        for it in items:
            groups[(it.get("question") or "typed", it["kind"])].append(it)
        wanted: dict[str, str] = {}
        offset = 0
        for key in sorted(groups):
            members = sorted(groups[key], key=lambda it: it["id"])
            taken = [it for it in members if it.get("split")]
            counts = {"dev": sum(it["split"] == "dev" for it in taken), "test": sum(it["split"] == "test" for it in taken)}
            for i, it in enumerate(m for m in members if not m.get("split")):
                # alternate, starting on the side that has fewer (and by group, so singletons spread)
                side = "dev" if (counts["dev"] < counts["test"] or (counts["dev"] == counts["test"] and (offset + i) % 2 == 0)) else "test"
                counts[side] += 1
                wanted[it["id"]] = side
            offset += 1
        if not wanted:
            continue
        text = path.read_text("utf-8")
        for qid, side in wanted.items():
            text, n = re.subn(rf"^(\s*- id: {re.escape(qid)}\s*\n)", rf"\1  split: {side}\n", text, count=1, flags=re.M)
            assert n == 1, (path, qid)
        path.write_text(text, "utf-8")
        print(f"{path.name}: {len(wanted)} answers given a split")


if __name__ == "__main__":
    main()
