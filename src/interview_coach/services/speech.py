"""Spoken answers: check a recording cheaply, transcribe it (with progress), then save and analyse
the transcript as the answer. One pipeline for the CLI, the web pages and the API; the recording
itself is never stored (the transcript with its timings is)."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..bank import Question
from ..speech.audio import AudioError
from .coach import DEFAULT_USER, Coach
from .models import AttemptRecord

Progress = Callable[[str, float], None]  # (status: checking | transcribing | analysing, share 0-1)


def available() -> bool:
    from ..speech.whisper import available as whisper_available

    return whisper_available()


def recordings_dir(coach: Coach) -> Path:
    """Where uploads wait for transcription (cleared by ``data delete``)."""
    return coach.settings.folder("recordings")


def clean_recordings(coach: Coach, older_than_s: float = 3600) -> int:
    """Remove recordings an interrupted run left behind (a kill during an upload or a transcription)."""
    import time

    folder, count = coach.settings.data_dir / "recordings", 0
    for item in folder.glob("*.audio") if folder.is_dir() else []:
        try:
            if time.time() - item.stat().st_mtime > older_than_s:
                item.unlink()
                count += 1
        except OSError:
            continue
    return count


QUICK_DECODE_S = 15  # recordings this short are decoded at once: too short or silent is said at the upload


def probe(path: Path) -> None:
    """The checks that can answer at once (size, kind, stated length; for a short recording also too
    short and silent, which need decoding); raises ``AudioError``."""
    from ..speech import audio

    stated = audio.probe(str(path))
    if stated is not None and stated <= QUICK_DECODE_S:
        audio.read(str(path))


def transcribe(coach: Coach, path: Path, lang: str | None = None, progress: Progress | None = None,
               model: str | None = None, on_decoded: Callable[[float], None] | None = None):
    """Decode and transcribe; ``AudioError("no-words")`` when nothing could be recognised.
    ``on_decoded`` hears the recording's length in seconds before Whisper starts."""
    from ..nlp.cache import cache_dir
    from ..speech import audio
    from ..speech.whisper import transcriber

    if not available():
        raise AudioError("no-speech-support", "speech support is not installed")
    report = progress or (lambda status, share: None)
    report("checking", 0.0)
    recording = audio.read(str(path))
    if on_decoded is not None:
        on_decoded(recording.seconds)
    report("transcribing", 0.0)
    t = transcriber(model or coach.settings.whisper_model, cache_dir()).transcribe(
        recording, lang, progress=lambda share: report("transcribing", share))
    if not t.words:
        raise AudioError("no-words", "no words recognised", path=str(path))
    return t


def answer_recording(coach: Coach, path: Path, question: Question, *, qlang: str, ui_lang: str,
                     user: str = DEFAULT_USER, session_id: int | None = None, progress: Progress | None = None,
                     delete: bool = True) -> AttemptRecord:
    """Transcribe the recording, then save and analyse its transcript as the answer to ``question``.
    With ``delete`` (uploads) the recording is removed whatever happens."""
    from . import practice

    report = progress or (lambda status, share: None)
    try:
        t = transcribe(coach, path, None, report)
        report("analysing", 1.0)
        return practice.answer(coach, question, t.text, lang=qlang, ui_lang=ui_lang, user=user,
                               session_id=session_id, transcript=t)
    finally:
        if delete:
            path.unlink(missing_ok=True)
