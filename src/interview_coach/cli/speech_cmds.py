"""Spoken answers in the terminal: read and transcribe a recording with clear, translated errors;
``speech check`` verifies the installed model."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..i18n import _
from .app import cli
from .context import coach, error_message, settings
from .ui import emit_json, tr


def transcribe_file(path: Path, lang: str | None = None, model: str | None = None, keep_going: bool = False):
    """Check and decode the recording (cheap checks first), then transcribe it. A bad recording
    ends the command, or with ``keep_going`` prints why and returns None (interactive practice)."""
    from ..services import speech as service
    from ..speech import AudioError

    def decoded(seconds: float) -> None:
        click.echo(tr("Transcribing {seconds} s of audio…", seconds=int(round(seconds))), err=True)

    try:
        return service.transcribe(coach(), path, lang, model=model, on_decoded=decoded)
    except AudioError as exc:
        if keep_going:
            click.echo(click.style(error_message(exc), fg="red"), err=True)
            return None
        raise


def review_transcript(transcript, edit: bool) -> str:
    """Show the transcript; with ``edit`` open it in the user's editor to correct it. Returns the text
    to judge (the correction, or the transcript itself)."""
    if transcript.reliable:
        click.echo(tr("Transcript (confidence {percent} %):", percent=int(round(transcript.confidence * 100))), err=True)
    else:
        click.echo(click.style(tr("Transcript – unreliable (confidence {percent} %), check it:",
                                  percent=int(round(transcript.confidence * 100))), fg="yellow"), err=True)
    click.echo("  " + transcript.text, err=True)
    if not edit:
        return transcript.text
    edited = click.edit(transcript.text + "\n")
    return edited.strip() if edited and edited.strip() else transcript.text


def answer_from_prompt(typed: str):
    """What was typed at an answer prompt: ``@FILE`` (one line) answers with a recording.
    Returns (text, transcript or None), or None when the recording could not be used (the reason
    is printed; the caller asks again)."""
    line = typed.strip()
    if not line.startswith("@") or "\n" in line:
        return typed, None
    transcript = transcribe_file(Path(line[1:]).expanduser(), keep_going=True)
    if transcript is None:
        return None
    return review_transcript(transcript, edit=False), transcript


@cli.group(help=_("Speech support: check the transcription model."))
def speech():
    pass


@speech.command("check", help=_("Verify the speech model (checksum) and show where it is."))
@click.option("--model", "model_path", default=None, help=_("Another CTranslate2 Whisper model folder."))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON."))
def check(model_path, as_json):
    from ..nlp.cache import cache_dir
    from ..services.speech import available
    from ..speech import AudioError
    from ..speech import model as model_files

    model_path = model_path or settings().whisper_model
    if not available() and not model_path:
        raise AudioError("no-speech-support")
    folder, name = model_files.locate(model_path, cache_dir())
    ok = model_files.verify(folder) if name == model_files.DEFAULT_NAME else None
    if as_json:
        emit_json({"model": name, "folder": str(folder), "checksum_ok": ok})
    else:
        click.echo(tr("Model: {name}", name=name))
        click.echo(tr("Folder: {folder}", folder=folder))
        if ok is not None:
            click.echo(tr("Checksum: {result}", result=tr("correct") if ok else tr("WRONG")))
    if ok is False:
        sys.exit(1)
