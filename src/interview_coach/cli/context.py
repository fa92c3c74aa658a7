"""The command's services (one ``Coach`` per run, from the settings) and the CLI's one error exit:
any ``CoachError`` ends the command with its translated message."""

from __future__ import annotations

import click

from ..errors import CoachError, message
from .ui import t, tr


def settings():
    from ..settings import Settings

    obj = click.get_current_context().find_root().obj
    if obj is None:  # a command run outside the root group (tests of one command)
        obj = click.get_current_context().find_root().obj = {}
    if "settings" not in obj:
        obj["settings"] = Settings(**({"database_url": obj["db"]} if obj.get("db") else {}))
    return obj["settings"]


def coach():
    """The services' state for this run; the database opens on first use."""
    from ..services import open_coach

    obj = click.get_current_context().find_root().obj
    if "coach" not in (obj or {}):
        s = settings()
        obj = click.get_current_context().find_root().obj
        obj["coach"] = open_coach(s)
        if obj.get("packs"):
            from ..bank import load_bank

            obj["coach"]._bank = load_bank(s.pack_dirs() + list(obj["packs"]))
    return obj["coach"]


def error_message(exc: CoachError) -> str:
    """The error in the interface language; where a typed answer was kept in a file, where."""
    text = message(exc, t())
    path = getattr(exc, "path", "")
    if exc.family == "audio" and path:
        text = f"{path}: {text}"
    if exc.details.get("kept"):
        text += "\n" + tr("Your answer was kept in {path}.", path=exc.details["kept"])
    elif exc.details.get("unsaved_text"):
        text += "\n" + tr("No file could be written either; copy your answer from here:") + "\n\n" + \
            exc.details["unsaved_text"]
    return text
