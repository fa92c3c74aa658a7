"""One family of errors: every failure a user can meet is a ``CoachError`` with a ``code`` (what
went wrong), a ``detail`` (the figure or reason alone) and, where useful, ``details`` (ids and
such, for the JSON API). Each error class has an HTTP status and a family; each (family, code) has
one translated message, used by the CLI's error exit and by the web's one error handler.

Imports nothing heavy: any layer may raise these.
"""

from __future__ import annotations

from .i18n import Translator, _


class CoachError(Exception):
    """Base of every error the user is told about."""

    status = 400
    family = "request"

    def __init__(self, code: str, detail: str = "", **details):
        self.code, self.detail, self.details = code, detail, details
        super().__init__(f"{code}: {detail}" if detail else code)

    def to_json(self, tr: Translator) -> dict:
        """The body of an API error: ``{"code", "message", ...details}``."""
        return {"code": self.code, "message": message(self, tr),
                **{k: v for k, v in self.details.items() if k not in ("unsaved_text", "kept")}}


class NotFound(CoachError):
    """No such question, session, attempt, job or item (or it is not this user's: the same answer)."""

    status = 404
    family = "not-found"


class Conflict(CoachError):
    status = 409
    family = "conflict"


class InvalidInput(CoachError):
    """Input that cannot be used as it is; the user can change it and try again."""

    status = 422
    family = "input"


class Unavailable(CoachError):
    """Something the program needs is missing or down (the database, speech support)."""

    status = 503
    family = "unavailable"


# (family, code) -> message; {detail} and the names in ``details`` are filled in.
MESSAGES: dict[tuple[str, str], str] = {
    ("answer", "empty"): _("The answer is empty: there is nothing to give feedback on."),
    ("answer", "too-long"): _("The answer is too long ({detail}). Give one answer at a time."),
    ("answer", "question-too-long"): _("The question is too long ({detail}). Type the interviewer's question only."),
    ("answer", "binary"): _("The answer is not readable text ({detail}). Save it as UTF-8 text."),
    ("store", "unavailable"): _("The database cannot be reached ({detail}). Check DATABASE_URL or --db, and that "
                                "the database server is running."),
    ("store", "locked"): _("The database is locked by another program; try again in a moment."),
    ("store", "read-only"): _("The database cannot be written ({detail}): check that its file and folder may be "
                              "written by you."),
    ("store", "newer-schema"): _("The database was made by a newer version of interview-coach ({detail}); update "
                                 "interview-coach to use it."),
    ("store", "bad-url"): _("The database address is not valid: {detail}"),
    ("store", "corrupt"): _("The database file is damaged ({detail})."),
    ("store", "full"): _("The disk is full; the database cannot be written."),
    ("company", "empty"): _("The company text is empty."),
    ("company", "too-long"): _("The company text is too long; paste the About us section only."),
    ("company", "unsupported-language"): _("The company text is in a language the coach cannot analyse; use "
                                           "Croatian, German or English."),
    ("advert", "empty"): _("The job advert is empty."),
    ("advert", "too-long"): _("The job advert is too long ({detail}); paste the advert only."),
    ("advert", "unsupported-language"): _("The job advert is in a language the coach cannot analyse; use Croatian, "
                                          "German or English."),
    ("audio", "missing"): _("The recording was not found."),
    ("audio", "empty"): _("The recording is empty."),
    ("audio", "too-large"): _("The recording is too large ({detail}). Record one answer at a time."),
    ("audio", "text"): _("This is a text file, not a recording. Type a written answer instead."),
    ("audio", "unsupported"): _("The file cannot be read as a recording ({detail}). Use WAV, MP3, OGG, WebM, M4A "
                                "or FLAC."),
    ("audio", "not-audio"): _("Send the recording itself as the request body (an audio/* type)."),
    ("audio", "too-long"): _("The recording is too long ({detail}). Record one answer of a few minutes."),
    ("audio", "too-short"): _("The recording is too short ({detail})."),
    ("audio", "stalled"): _("The upload stopped before the recording was complete. Send it again."),
    ("audio", "busy"): _("Your earlier recordings are still being transcribed. Wait for them, then send this one again."),
    ("audio", "no-words"): _("No words could be recognised in the recording. Speak closer to the microphone and "
                             "try again."),
    ("audio", "silent"): _("No speech can be heard in the recording. Check the microphone and record again."),
    ("audio", "no-speech-support"): _("Speech support is not installed. Install it with: pip install "
                                      "'interview-coach[speech]'"),
    ("audio", "bad-model"): _("The speech model cannot be used ({detail})."),
    ("audio", "failed"): _("The recording could not be transcribed ({detail}). Send it again."),
    ("import", "broken"): _("The export cannot be imported: {detail}. Nothing was changed."),
    ("not-found", "unknown-question"): _("Unknown question id '{detail}'."),
    ("not-found", "unknown-session"): _("There is no practice session {detail} in your history."),
    ("not-found", "unknown-attempt"): _("There is no answer {detail} in your history."),
    ("not-found", "unknown-job"): _("There is no transcription {detail}."),
    ("not-found", "unknown-item"): _("There is no checklist item '{detail}'."),
    ("conflict", "account-exists"): _("This name is taken."),
    ("bank", "invalid"): _("The question bank could not be loaded:") + "\n{detail}",
}
FALLBACKS = {
    "audio": _("The recording cannot be used ({detail})."),
}


def message(exc: CoachError, tr: Translator) -> str:
    """The error said to the user in the language of ``tr``."""
    template = MESSAGES.get((exc.family, exc.code)) or FALLBACKS.get(exc.family)
    if template is None:
        return exc.detail or exc.code
    fields = {k: v for k, v in exc.details.items() if isinstance(v, (str, int, float))}
    return tr(template, **{**fields, "detail": exc.detail or str(exc)})
