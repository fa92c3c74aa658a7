"""What the CLI, the web app and (later) the workers call: practice, mock interviews, companies,
spoken answers, the user's data, history and progress. Services take a :class:`Coach` (settings,
bank, database) and the user's name, do the whole job (save first, analyse second) and return
typed results (``services.models``). Only services import ``store``; interfaces never do."""

from .coach import Coach, open_coach

__all__ = ["Coach", "open_coach"]
