"""``data export``, ``data import`` and ``data delete``: all of a user's data."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..i18n import _
from .app import cli
from .context import coach
from .ui import confirm, fail, tr


@cli.group(help=_("Export, import or delete all your data (answers, feedback, sessions, companies, checklist)."))
def data() -> None:
    pass


@data.command("export", help=_("Write all your data to a JSON file."))
@click.argument("file", type=click.Path(path_type=Path))
def export_cmd(file: Path) -> None:
    from ..services import data as service

    content = service.export(coach())
    tmp = file.with_name(file.name + ".tmp")
    try:
        tmp.write_text(json.dumps(content, ensure_ascii=False, indent=2), "utf-8")
        tmp.replace(file)
    except OSError as exc:
        fail(tr("Cannot write {path}: {reason}", path=file, reason=exc.strerror or exc))
    n = sum(len(s["attempts"]) for s in content["sessions"])
    click.echo(tr("Exported {sessions} sessions and {attempts} answers to {path}.", sessions=len(content["sessions"]),
                  attempts=n, path=file))


@data.command("import", help=_("Add the data of an export file to yours (all or nothing)."))
@click.argument("file", type=click.Path(path_type=Path))
def import_cmd(file: Path) -> None:
    from ..services import data as service

    try:
        content = json.loads(file.read_text("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        fail(tr("Cannot read the export file {path}: {reason}", path=file, reason=getattr(exc, "strerror", None) or exc))
    except RecursionError:
        fail(tr("Cannot read the export file {path}: {reason}", path=file, reason="nested too deeply"))
    counts = service.import_(coach(), content)
    click.echo(tr("Imported {sessions} sessions and {attempts} answers.", sessions=counts.sessions,
                  attempts=counts.attempts))
    if counts.skipped_sessions:
        click.echo(tr("{n} sessions were already there and were not imported again.", n=counts.skipped_sessions))


@data.command("delete", help=_("Delete all your data from the database, for good."))
@click.option("--yes", is_flag=True, help=_("Do not ask for confirmation."))
def delete_cmd(yes: bool) -> None:
    from ..services import data as service

    if not yes and not confirm(tr("Delete all your answers, sessions and settings for good?")):
        raise SystemExit(1)
    counts = service.delete(coach())
    click.echo(tr("Deleted {sessions} sessions and {attempts} answers.", sessions=counts.sessions,
                  attempts=counts.attempts))
    if counts.files:
        click.echo(tr("Deleted {count} files: answers kept while the database was failing and recordings "
                      "left from interrupted transcriptions.", count=counts.files))
