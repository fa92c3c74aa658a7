"""``bank validate``."""

from __future__ import annotations

from pathlib import Path

import click

from ..bank import BankError, core_pack_dir, load_pack
from ..i18n import _
from .app import cli
from .ui import tr, tr_n


@cli.group(help=_("Check question packs."))
def bank() -> None:
    pass


@bank.command("validate", help=_("Validate a question pack (default: the built-in bank). Exit 0 when valid; "
                                 "otherwise print file:line: problem for each problem and exit 1."))
@click.argument("path", required=False, type=click.Path(path_type=Path))
def validate(path: Path | None) -> None:
    folder = path or core_pack_dir()
    try:
        pack = load_pack(folder)
    except BankError as exc:
        for problem in exc.problems:
            click.echo(str(problem), err=True)
        click.echo(tr_n("{count} problem found.", "{count} problems found.", len(exc.problems)), err=True)
        raise SystemExit(1)
    click.echo(tr("{path}: valid pack '{name}' {version}, {n} questions in {langs}.", path=folder,
                   name=pack.meta.name, version=pack.meta.version, n=len(pack.questions),
                   langs=", ".join(pack.meta.languages)))
