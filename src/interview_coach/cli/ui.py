"""Shared CLI helpers: the interface language, translated help, printing and JSON output."""

from __future__ import annotations

import gettext
import json
import os
import shutil
import textwrap

import click

from ..i18n import DOMAIN, Translator, choose_language, localedir

_state = {"lang": None}


def apply_language_from_argv(argv: list[str]) -> str:
    """Pick the interface language before click parses anything, so help text is translated too."""
    explicit = None
    for i, arg in enumerate(argv):
        if arg == "--ui-lang" and i + 1 < len(argv):
            explicit = argv[i + 1]
        elif arg.startswith("--ui-lang="):
            explicit = arg.split("=", 1)[1]
    return set_language(explicit)


def set_language(explicit: str | None) -> str:
    lang = choose_language(explicit)
    _state["lang"] = lang
    # click's own strings ("Usage:", "Options:", errors) go through the stdlib gettext domain
    gettext.bindtextdomain(DOMAIN, localedir())
    gettext.textdomain(DOMAIN)
    os.environ["LANGUAGE"] = lang
    return lang


def lang() -> str:
    return _state["lang"] or set_language(None)


def t() -> Translator:
    return Translator(lang())


class I18nCommand(click.Command):
    """A command whose help texts are translated into the interface language when shown."""

    def format_help(self, ctx, formatter):
        tr = t()
        saved = self.help, self.short_help, [(p, getattr(p, "help", None)) for p in self.params]
        self.help = tr(self.help) if self.help else self.help
        self.short_help = tr(self.short_help) if self.short_help else self.short_help
        for p, h in saved[2]:
            if h:
                p.help = tr(h)
        try:
            super().format_help(ctx, formatter)
        finally:
            self.help, self.short_help = saved[0], saved[1]
            for p, h in saved[2]:
                if h is not None:
                    p.help = h

    def get_short_help_str(self, limit: int = 45) -> str:
        text = self.short_help or (self.help or "").split("\n\n")[0]
        return tr(text) if text else ""


class I18nGroup(I18nCommand, click.Group):
    command_class = I18nCommand
    group_class = type

    def invoke(self, ctx):
        """The CLI's one error exit: a ``CoachError`` from any command ends it with its message."""
        from ..errors import CoachError

        try:
            return super().invoke(ctx)
        except CoachError as exc:
            from .context import error_message

            fail(error_message(exc))


def width() -> int:
    return max(40, min(100, shutil.get_terminal_size((88, 24)).columns))


def echo_wrapped(text: str, indent: str = "", first: str | None = None) -> None:
    first = indent if first is None else first
    click.echo(textwrap.fill(text, width(), initial_indent=first, subsequent_indent=indent))


def heading(text: str) -> None:
    click.echo(click.style(text, bold=True))


def _plain(value):
    """Typed results (pydantic models) print as their JSON form."""
    dump = getattr(value, "model_dump", None)
    if dump is None:
        raise TypeError(f"{type(value).__name__} is not JSON serialisable")
    return dump(mode="json")


def emit_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=_plain))


def fail(message: str, code: int = 2) -> None:
    click.echo(click.style(tr("Error") + ": ", fg="red", bold=True) + message, err=True)
    raise SystemExit(code)


YES = {"y", "yes", "d", "da", "j", "ja"}  # en, hr (da), de (ja)


def confirm(question: str) -> bool:
    """A yes/no question answered in the interface language: y/yes, d/da (hr), j/ja (de); no by default."""
    hint = {"hr": "[d/N]", "de": "[j/N]"}.get(lang(), "[y/N]")
    try:
        answer = click.prompt(f"{question} {hint}", default="", show_default=False, prompt_suffix=" ")
    except click.Abort:
        return False
    return answer.strip().lower() in YES


LANG_CHOICE = click.Choice(["hr", "de", "en"])
ROLE_CHOICE = click.Choice(["shop", "call-centre", "front-desk", "counter"])



def tr(message: str, **values) -> str:
    """Translate into the interface language, then format."""
    return t()(message, **values)


def tr_n(singular: str, plural: str, count: int, **values) -> str:
    return t().n(singular, plural, count, **values)
