#!/usr/bin/env python3
"""A second grader against the team's grades and the engine (eval/second/, 180 test answers).

Prints, per language and overall: how well the second grader agrees with the team (Spearman, mean
absolute difference, band, main improvement, pitfalls), and the engine's figures against each of
the two. The agreement between two graders is the ceiling the engine's figures can be read against.
Asserts nothing.

    .venv/bin/python bench/second_grades.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from graded import LANGS, ROOT, first_matches, load, run  # noqa: E402
from stats import spearman  # noqa: E402

SECOND = ROOT / "eval" / "second"


def second_grades() -> dict[str, dict]:
    out = {}
    for lang in LANGS:
        for g in yaml.safe_load((SECOND / f"{lang}.yml").read_text("utf-8")) or []:
            out[g["id"]] = g
    return out


def pitfall_figures(truth: list[set], got: list[set]) -> tuple[float, float]:
    """(share of ``truth``'s pitfalls found in ``got``, share of answers with one ``truth`` lacks)."""
    total = sum(len(t) for t in truth)
    found = sum(len(t & g) for t, g in zip(truth, got))
    return (found / total if total else float("nan")), float(np.mean([bool(g - t) for t, g in zip(truth, got)]))


def agreement(grades_a: list[dict], grades_b: list[dict]) -> dict:
    a = np.array([g["grade"] for g in grades_a], dtype=float)
    b = np.array([g["grade"] for g in grades_b], dtype=float)
    found, extra = pitfall_figures([set(g.get("pitfalls") or []) for g in grades_a],
                                   [set(g.get("pitfalls") or []) for g in grades_b])
    return {"rho": spearman(a, b), "mae": float(np.abs(a - b).mean()), "bias": float((b - a).mean()),
            "band": float(np.mean([x["band"] == y["band"] for x, y in zip(grades_a, grades_b)])),
            "main": float(np.mean([x["main_improvement"].split(":")[0] == y["main_improvement"].split(":")[0]
                                   for x, y in zip(grades_a, grades_b)])),
            "pitfalls_found": found, "false_alarms": extra}


def main() -> None:
    second = second_grades()
    items = [i for i in load("test") if i["id"] in second]
    rows = run(items)
    engine_grades = [{"grade": r["score"] or 0, "band": r["band"], "pitfalls": r["pitfalls"],
                      "main_improvement": r["advice"][0]["code"] if r["advice"] else "none"} for r in rows]
    print(f"== second grades ({len(items)} test answers) ==")
    print(f"{'':4} {'':16} {'n':>4} {'rho':>6} {'MAE':>5} {'bias':>6} {'band':>5} {'main':>5} {'pitf found':>10} {'extra':>6}")
    for lang in (*LANGS, "all"):
        idx = [k for k, i in enumerate(items) if lang == "all" or i["lang"] == lang]
        team = [items[k] for k in idx]
        other = [second[items[k]["id"]] for k in idx]
        eng = [engine_grades[k] for k in idx]
        for name, (x, y) in (("second vs team", (team, other)), ("engine vs team", (team, eng)),
                             ("engine vs second", (other, eng))):
            f = agreement(x, y)
            if name == "engine vs second":  # the first suggestion judged by the second grader's main improvement
                f["main"] = float(np.mean([first_matches(o["main_improvement"], rows[k]["advice"], rows[k]["score"] or 0)
                                           for o, k in zip(other, idx)]))
            elif name == "engine vs team":
                f["main"] = float(np.mean([first_matches(t["main_improvement"], rows[k]["advice"], rows[k]["score"] or 0)
                                           for t, k in zip(team, idx)]))
            print(f"{lang if name.startswith('second') else '':4} {name:16} {len(idx):4d} {f['rho']:6.3f} {f['mae']:5.1f} "
                  f"{f['bias']:+6.1f} {f['band']:5.0%} {f['main']:5.0%} {f['pitfalls_found']:10.0%} {f['false_alarms']:6.0%}")
    print("(bias: the second minus the first; main: the same kind of main improvement, or for the engine its first"
          " suggestion; pitf found: the first's pitfalls the second names; extra: answers where the second names one"
          " the first does not)")


if __name__ == "__main__":
    main()
