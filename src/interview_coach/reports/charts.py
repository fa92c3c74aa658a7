"""The progress chart (matplotlib, no display needed): overall score per session over time."""

from __future__ import annotations

import io

from ..i18n import Translator


def progress_chart(history, ui_lang: str, fmt: str = "png") -> bytes:
    """Overall score per session (bold), and each dimension's mean (thin lines) over time."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from ..i18n.labels import DIMENSION_NAMES

    tr = Translator(ui_lang)
    points = [(i + 1, h.mean_score) for i, h in enumerate(history) if h.mean_score is not None]
    fig, ax = plt.subplots(figsize=(7.5, 3.4), dpi=110)
    for key, name in DIMENSION_NAMES.items():
        series = [(i + 1, h.dimensions[key]) for i, h in enumerate(history) if key in h.dimensions]
        if len(series) >= 1:
            xs, ys = zip(*series)
            ax.plot(xs, ys, linewidth=1, alpha=0.55, marker=".", label=tr(name))
    if points:
        xs, ys = zip(*points)
        ax.plot(xs, ys, marker="o", color="#1d3f73", linewidth=2.5, label=tr("Mean score"))
        for x, y in points:
            ax.annotate(f"{y:.0f}", (x, y), textcoords="offset points", xytext=(0, 7), ha="center", fontsize=8)
        ax.set_xticks(list(xs))
        ax.legend(fontsize=6.5, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
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
