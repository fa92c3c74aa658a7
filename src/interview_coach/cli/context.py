"""The command's services (one ``Coach`` per run, from the settings) and the CLI's one error exit:
any ``CoachError`` ends the command with its translated message."""

from __future__ import annotations

import os

import click

from ..errors import CoachError, message
from .ui import t, tr


def settings():
    from ..settings import Settings

    obj = click.get_current_context().find_root().obj
    if obj is None:  # a command run outside the root group (tests of one command)
        obj = click.get_current_context().find_root().obj = {}
    if "settings" not in obj:  # --db and --pack over the environment
        s = Settings(**({"database_url": obj["db"]} if obj.get("db") else {}))
        if obj.get("packs"):
            s = s.model_copy(update={"packs": os.pathsep.join([s.packs, *map(str, obj["packs"])]).strip(os.pathsep)})
        obj["settings"] = s
    return obj["settings"]


def coach():
    """The services' state for this run; the database opens on first use, the bank loads once."""
    from ..services import open_coach

    s = settings()
    obj = click.get_current_context().find_root().obj
    if "coach" not in obj:
        obj["coach"] = open_coach(s)
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
