"""The ``interview-coach`` command: one click group; each command is thin and calls the layers below."""

from __future__ import annotations

import sys

from .app import cli
from .ui import apply_language_from_argv

# importing the command modules registers them on the group
from . import (bank_cmds, company_cmds, data_cmds, feedback_cmds, mock_cmds, practice_cmds,  # noqa: E402,F401
               prep_cmds, questions_cmds, report_cmds, serve_cmds, speech_cmds)


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    apply_language_from_argv(argv)
    cli.main(args=argv, prog_name="interview-coach")


__all__ = ["cli", "main"]
