"""``prep``: the preparation checklist and questions to ask the interviewer."""

from __future__ import annotations

import click

from ..i18n import _
from .app import cli
from .common import get_bank
from .ui import LANG_CHOICE, echo_wrapped, emit_json, heading, lang, t, tr

GROUPS = {"research": _("Research the company"), "experience": _("Your experience"),
          "non-verbal": _("Body language"), "dress": _("Dress"), "mindset": _("On the day")}


@cli.command(help=_("Show the preparation checklist and good questions to ask the interviewer."))
@click.option("--lang", "plang", type=LANG_CHOICE, default=None, help=_("Language (default: interface language)."))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON (documented in docs/json.md)."))
def prep(plang: str | None, as_json: bool) -> None:
    plang = plang or lang()
    bank = get_bank()
    p = bank.prep_in(plang)
    if as_json:
        emit_json({"lang": plang,
                   "checklist": [{"id": c.id, "group": c.group, "text": c.text} for c in p.checklist],
                   "questions_to_ask": [{"id": q.id, "text": q.text, "why": q.why} for q in p.questions_to_ask]})
        return
    tr = t()
    heading(tr("Preparation checklist"))
    for group in GROUPS:
        items = [c for c in p.checklist if c.group == group]
        if items:
            click.echo(f"  {tr(GROUPS[group])}")
            for c in items:
                echo_wrapped(c.text, indent="        ", first="    [ ] ")
    click.echo()
    heading(tr("Questions to ask the interviewer"))
    for q in p.questions_to_ask:
        echo_wrapped(q.text, indent="      ", first="  ? ")
        if q.why:
            echo_wrapped(q.why, indent="      ")
