"""Why a recording cannot be used, said to the user in their interface language (CLI and web)."""

from __future__ import annotations

from ..i18n import Translator


def audio_error_message(exc, tr: Translator) -> str:
    """The reason a recording cannot be used, in the interface language of ``tr``."""
    code, detail = getattr(exc, "code", ""), getattr(exc, "detail", "") or str(exc)
    messages = {
        "missing": tr("The recording was not found."),
        "empty": tr("The recording is empty."),
        "too-large": tr("The recording is too large ({detail}). Record one answer at a time."),
        "text": tr("This is a text file, not a recording. Type a written answer instead."),
        "unsupported": tr("The file cannot be read as a recording ({detail}). Use WAV, MP3, OGG, WebM, M4A or FLAC."),
        "too-long": tr("The recording is too long ({detail}). Record one answer of a few minutes."),
        "too-short": tr("The recording is too short ({detail})."),
        "no-words": tr("No words could be recognised in the recording. Speak closer to the microphone and try again."),
        "silent": tr("No speech can be heard in the recording. Check the microphone and record again."),
        "no-speech-support": tr("Speech support is not installed. Install it with: pip install 'interview-coach[speech]'"),
        "bad-model": tr("The speech model cannot be used ({detail})."),
    }
    return messages.get(code, tr("The recording cannot be used ({detail}).")).format(detail=detail)
