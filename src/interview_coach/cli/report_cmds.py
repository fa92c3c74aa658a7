"""``report`` and ``progress``."""

from __future__ import annotations

from pathlib import Path

import click

from ..i18n import _
from .app import cli
from .context import coach
from .ui import emit_json, fail, heading, lang, tr


@cli.command(help=_("A report of one practice session to keep or print: questions, answers with the evidence "
                    "highlighted, scores, suggestions and your progress chart."))
@click.argument("session_id", type=int)
@click.option("--format", "fmt", type=click.Choice(["html", "pdf", "md"]), default="html", show_default=True,
              help=_("Report format."))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help=_("File to write (default: standard output; required for PDF)."))
def report(session_id: int, fmt: str, output: Path | None) -> None:
    from ..reports.formats import to_html, to_markdown, to_pdf
    from ..services import history

    data = history.report(coach(), session_id, lang())
    if fmt == "pdf":
        if output is None:
            fail(tr("A PDF report needs a file: add -o FILE.pdf"))
        content: bytes | str = to_pdf(data)
    else:
        content = to_html(data) if fmt == "html" else to_markdown(data)
    if output is None:
        click.echo(content)
        return
    try:
        output.write_bytes(content) if isinstance(content, bytes) else output.write_text(content, "utf-8")
    except OSError as exc:
        fail(tr("Cannot write {path}: {reason}", path=output, reason=exc.strerror or exc))
    click.echo(tr("Report written to {path}.", path=output))


SPARK = "▁▂▃▄▅▆▇█"


def _dimension_trends(rows) -> None:
    """One line per dimension: a sparkline over the sessions and the latest value."""
    from ..i18n.labels import DIMENSION_NAMES

    lines = []
    recent = rows[-20:]
    for key, name in DIMENSION_NAMES.items():
        if not any(key in r.dimensions for r in recent):
            continue
        # one mark per session, the same sessions on every line (a space where a session lacks it)
        spark = "".join(SPARK[min(7, int(r.dimensions[key] / 100 * 8))] if key in r.dimensions else " "
                        for r in recent)
        latest = next(r.dimensions[key] for r in reversed(recent) if key in r.dimensions)
        label = tr("latest {value}", value=f"{latest:.0f}")
        lines.append(f"  {tr(name):<16} {spark:<20} {label}")
    if lines:
        click.echo()
        heading(tr("By dimension (one mark per session)"))
        for line in lines:
            click.echo(line)


@cli.command(help=_("Your scores over time, overall and per dimension: a compact view here, and a chart as PNG or SVG."))
@click.option("--chart", type=click.Path(path_type=Path), default=None, help=_("Write the chart to this .png or .svg file."))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON: sessions with their mean scores, overall and per dimension."))
def progress(chart: Path | None, as_json: bool) -> None:
    from ..reports import progress_chart
    from ..services import history

    rows = history.progress(coach())
    if as_json:
        emit_json([r.model_dump(include={"session_id", "started_at", "attempts", "mean_score", "dimensions"})
                   for r in rows])
    else:
        heading(tr("Progress"))
        if not rows:
            click.echo(tr("No practice yet. Start with: interview-coach practice"))
        for r in rows:
            score = r.mean_score
            bar = "█" * int(round((score or 0) / 5))
            click.echo(f"  #{r.session_id:<4} {(r.started_at or '')[:10]}  {bar:<20} {'–' if score is None else f'{score:.0f}'}")
        _dimension_trends(rows)
    if chart:
        fmt = chart.suffix.lower().lstrip(".")
        if fmt not in ("png", "svg"):
            fail(tr("The chart file must end in .png or .svg."))
        try:
            chart.write_bytes(progress_chart(rows, lang(), fmt))
        except OSError as exc:
            fail(tr("Cannot write {path}: {reason}", path=chart, reason=exc.strerror or exc))
        if not as_json:
            click.echo(tr("Chart written to {path}.", path=chart))
