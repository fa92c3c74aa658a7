"""The root command group and its global options."""

from __future__ import annotations

from pathlib import Path

import click

from .. import __version__
from ..i18n import _
from .ui import I18nGroup, LANG_CHOICE, set_language


def _version(ctx: click.Context, _param, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    click.echo(f"interview-coach {__version__}")
    from ..nlp import embed, runtime  # loads the embedding engine: says which one really runs

    try:
        click.echo(runtime.describe(embed.model()))
    except Exception as exc:  # noqa: BLE001 - --version still answers when no engine loads
        click.echo(f"embeddings: unavailable ({type(exc).__name__}: {exc})")
    ctx.exit()


@click.group(cls=I18nGroup, context_settings={"help_option_names": ["-h", "--help"]}, invoke_without_command=True,
             help=_("Practise customer-service, retail and call-centre job interviews in Croatian, "
                    "German and English, privately and offline."))
@click.option("--ui-lang", type=LANG_CHOICE, default=None,
              help=_("Interface language (default: INTERVIEW_COACH_LANG, then the system locale)."))
@click.option("--pack", "packs", multiple=True, type=click.Path(path_type=Path),
              help=_("Extra question pack folder to merge into the bank (repeatable)."))
@click.option("--db", "db_url", default=None, metavar="URL",
              help=_("Database URL (SQLAlchemy); default: DATABASE_URL, then SQLite in your data folder."))
@click.option("--version", is_flag=True, expose_value=False, is_eager=True, callback=_version,
              help=_("Show the version and the engine that runs the language model, then exit."))
@click.pass_context
def cli(ctx: click.Context, ui_lang: str | None, packs: tuple[Path, ...], db_url: str | None) -> None:
    set_language(ui_lang)
    ctx.obj = {"packs": list(packs), "db": db_url}
    if ctx.invoked_subcommand is None:
        from .start import welcome

        welcome()
