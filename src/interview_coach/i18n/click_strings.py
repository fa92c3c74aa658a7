"""Click's own interface strings, listed here so that Babel extracts them into our catalogues.

Click looks them up through the stdlib gettext domain, which the CLI binds to ours.
"""

from . import _

CLICK_STRINGS = [
    _("Usage:"),
    _("Usage"),
    _("Options"),
    _("Commands"),
    _("Options:"),
    _("Commands:"),
    _("Show this message and exit."),
    _("Show the version and exit."),
    _("Error"),
    _("Try '{command} {option}' for help."),
    _("Missing argument '{name}'."),
    _("Missing option '{name}'."),
    _("No such command {name!r}."),
    _("No such option: {name}"),
    _("Invalid value for {name}: {message}"),
    _("Got unexpected extra argument ({args})"),
    _("{value!r} is not one of {choices}."),
    _("{value!r} is not {choice}."),
    _("Argument"),
    _("Option"),
    _("Aborted!"),
]
