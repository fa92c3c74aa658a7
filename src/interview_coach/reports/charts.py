"""The progress chart (matplotlib, no display needed): overall score per session over time."""

from __future__ import annotations

import io

from ..i18n import Translator


def progress_chart(history: list[dict], ui_lang: str, fmt: str = "png") -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tr = Translator(ui_lang)
    points = [(i + 1, h["mean_score"]) for i, h in enumerate(history) if h.get("mean_score") is not None]
    fig, ax = plt.subplots(figsize=(7, 3), dpi=110)
    if points:
        xs, ys = zip(*points)
        ax.plot(xs, ys, marker="o", color="#2f6db5", linewidth=2)
        for x, y in points:
            ax.annotate(f"{y:.0f}", (x, y), textcoords="offset points", xytext=(0, 7), ha="center", fontsize=8)
        ax.set_xticks(list(xs))
    ax.axhspan(75, 100, color="#e3f4e3", zorder=0)
    ax.set_ylim(0, 105)
    ax.set_xlabel(tr("Session"))
    ax.set_ylabel(tr("Mean score"))
    ax.set_title(tr("Progress"))
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt)
    plt.close(fig)
    return buf.getvalue()
