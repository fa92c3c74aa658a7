"""``prep``: the preparation checklist and questions to ask the interviewer."""

from __future__ import annotations

import click

from ..i18n import _
from .app import cli
from .common import get_bank
from .ui import LANG_CHOICE, echo_wrapped, emit_json, fail, heading, lang, t, tr

GROUPS = {"research": _("Research the company"), "experience": _("Your experience"),
          "non-verbal": _("Body language"), "dress": _("Dress"), "mindset": _("On the day")}


@cli.command(help=_("Show the preparation checklist and good questions to ask the interviewer; tick items off "
                    "as you go (kept in your database)."))
@click.option("--lang", "plang", type=LANG_CHOICE, default=None, help=_("Language (default: interface language)."))
@click.option("--tick", "tick", multiple=True, metavar="ID", help=_("Mark a checklist item as done (repeatable)."))
@click.option("--untick", "untick", multiple=True, metavar="ID", help=_("Mark a checklist item as not done (repeatable)."))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON (documented in docs/json.md)."))
def prep(plang: str | None, tick: tuple[str, ...], untick: tuple[str, ...], as_json: bool) -> None:
    plang = plang or lang()
    bank = get_bank()
    p = bank.prep_in(plang)
    done = _checklist_state(p, tick, untick)
    if as_json:
        emit_json({"lang": plang,
                   "checklist": [{"id": c.id, "group": c.group, "text": c.text, "done": done.get(c.id, False)}
                                 for c in p.checklist],
                   "questions_to_ask": [{"id": q.id, "text": q.text, "why": q.why} for q in p.questions_to_ask]})
        return
    tr = t()
    heading(tr("Preparation checklist"))
    for group in GROUPS:
        items = [c for c in p.checklist if c.group == group]
        if items:
            click.echo(f"  {tr(GROUPS[group])}")
            for c in items:
                mark = "[x]" if done.get(c.id) else "[ ]"
                echo_wrapped(f"{c.text} ({c.id})", indent="        ", first=f"    {mark} ")
    click.echo()
    heading(tr("Questions to ask the interviewer"))
    for q in p.questions_to_ask:
        echo_wrapped(q.text, indent="      ", first="  ? ")
        if q.why:
            echo_wrapped(q.why, indent="      ")


def _checklist_state(prep, tick, untick) -> dict[str, bool]:
    """Apply --tick/--untick and read the ticks; without them, the database is read only if it exists."""
    from ..errors import Unavailable
    from ..services import prep as service
    from .context import coach

    known = {c.id for c in prep.checklist}
    for item in (*tick, *untick):
        if item not in known:
            fail(tr("Unknown checklist item '{item}'. Items: {known}", item=item, known=", ".join(sorted(known))))
    try:
        for item in tick:
            service.tick(coach(), item, True)
        for item in untick:
            service.tick(coach(), item, False)
        return service.ticks(coach())
    except Unavailable:
        if tick or untick:
            raise
        return {}
