"""``feedback``: score one answer (or a JSONL batch) against a bank question or any question text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..answers import MAX_CHARS, AnswerError
from ..i18n import _
from .app import cli
from .common import get_bank, get_question
from .company_cmds import load_company
from .context import error_message, settings
from .render import render_feedback
from .ui import LANG_CHOICE, emit_json, fail, lang, tr

ANSWER_LANG = click.Choice(["auto", "hr", "de", "en"])


def read_answer(path: Path | None) -> str:
    if path is None:
        if sys.stdin.isatty():
            click.echo(tr("Type or paste your answer, then press Ctrl-D on a new line."), err=True)
        raw = sys.stdin.buffer.read(MAX_CHARS * 4 + 1)
    else:
        try:
            with path.open("rb") as fh:
                raw = fh.read(MAX_CHARS * 4 + 1)
        except OSError as exc:
            fail(tr("Cannot read the answer file {path}: {reason}", path=path, reason=exc.strerror or exc))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        fail(error_message(AnswerError("binary", "not UTF-8 text")))


@cli.command(help=_("Get feedback on one answer: a score, sub-scores, quoted evidence and the changes that "
                    "would help most. Reads the answer from --answer-file or standard input."))
@click.option("--question", "question_id", default=None, help=_("Id of a question from the bank."))
@click.option("--question-text", default=None, help=_("Any question, as the interviewer asked it."))
@click.option("--answer-file", type=click.Path(path_type=Path), default=None,
              help=_("File with the answer (UTF-8 text); default: standard input."))
@click.option("--lang", "answer_lang", type=ANSWER_LANG, default="auto", help=_("Language of the answer (default: detect it)."))
@click.option("--ui-lang", "ui_lang_opt", type=LANG_CHOICE, default=None, help=_("Language of the feedback (as the global option)."))
@click.option("--company", "company_file", type=click.Path(path_type=Path), default=None,
              help=_("Company profile: a text file with its \"About us\" text, or a YAML/JSON profile."))
@click.option("--batch", "batch_file", type=click.Path(path_type=Path), default=None,
              help=_("JSONL file: one JSON object a line, with id, question_id or question_text, answer and lang."))
@click.option("--disable", "disabled", multiple=True, metavar="CHECK",
              help=_("Switch off a check or a group of checks by dotted id, e.g. wording.hedges or wording (repeatable)."))
@click.option("--audio", "audio_file", type=click.Path(path_type=Path), default=None,
              help=_("A recording of the answer (WAV, MP3, OGG, WebM, M4A, FLAC): it is transcribed, and you get "
                     "feedback on delivery too. With --answer-file, that file is your corrected transcript."))
@click.option("--edit", "edit_transcript", is_flag=True,
              help=_("With --audio: open the transcript in your editor to correct it before the feedback."))
@click.option("--whisper-model", default=None, metavar="DIR",
              help=_("With --audio: another CTranslate2 Whisper model folder (e.g. a larger one for Croatian)."))
@click.option("--save/--no-save", "save_opt", default=None,
              help=_("Keep the answer and its feedback in your history (default: only an answer typed in the terminal)."))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON (documented in docs/feedback-json.md)."))
def feedback(question_id, question_text, answer_file, answer_lang, ui_lang_opt, company_file, batch_file, disabled,
             audio_file, edit_transcript, whisper_model, save_opt, as_json):
    from ..engine import feedback as analyse

    from ..checks import unknown

    bank = get_bank()
    ui = ui_lang_opt or lang()
    disabled = tuple(disabled) + settings().disabled_checks
    if unknown(disabled):
        fail(tr("No check is called {ids}. See docs/checks.md for the checks and their ids.",
                ids=", ".join(unknown(disabled))))
    company = load_company(company_file) if company_file else None
    if batch_file:
        raise SystemExit(run_batch(batch_file, bank, ui, company, disabled))
    if bool(question_id) == bool(question_text):
        fail(tr("Give either --question ID or --question-text TEXT."))
    question = get_question(bank, question_id) if question_id else None
    transcript, typed = None, False
    if audio_file is not None:
        from .speech_cmds import review_transcript, transcribe_file

        transcript = transcribe_file(audio_file, answer_lang, whisper_model)
        text = read_answer(answer_file) if answer_file else review_transcript(transcript, edit_transcript)
    else:
        typed = answer_file is None and sys.stdin.isatty()
        text = read_answer(answer_file)
    # an answer typed here exists nowhere else: saved first, then analysed, like a practice answer; a file or
    # a pipe is the user's own copy, so nothing is stored unless asked (--save)
    if save_opt if save_opt is not None else typed:
        return save_and_show(question, text, question_text, answer_lang, ui, company, disabled, transcript, as_json)
    try:
        fb = analyse(question, text, question_text=question_text, lang=answer_lang, ui_lang=ui,
                     company=company, bank=bank, disabled=disabled, transcript=transcript)
    except AnswerError as exc:
        fail(error_message(exc))
    if as_json:
        emit_json(fb.to_json())
    else:
        render_feedback(fb, text)


def save_and_show(question, text, question_text, answer_lang, ui, company, disabled, transcript, as_json) -> None:
    from ..errors import CoachError
    from ..services import practice as service
    from .context import coach
    from .render import render_stored

    try:
        result = service.answer(coach(), question, text, question_text=question_text, lang=ui, ui_lang=ui,
                                company=company, transcript=transcript, answer_lang=answer_lang, disabled=disabled)
    except CoachError as exc:
        fail(error_message(exc))
    service.end_session(coach(), result.session_id)
    if as_json:
        if result.status != "analysed":
            fail(tr("Your answer is saved (attempt {id}), but it could not be analysed: {error}. Run "
                    "`interview-coach reanalyse` later.", id=result.attempt_id, error=result.error))
        emit_json(result.feedback)
        return
    render_stored(result)
    click.echo()
    click.echo(tr("Saved in your history (interview-coach history, attempt {id}).", id=result.attempt_id))


def run_batch(path: Path, bank, ui: str, company, disabled=()) -> int:
    """One output line per input line; a bad line gets an error object and the rest go on."""
    from ..engine import feedback as analyse

    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        fail(tr("Cannot read the batch file {path}: {reason}", path=path, reason=getattr(exc, "strerror", None) or exc))
    failed = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        item_id = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("not a JSON object")
            item_id = item.get("id")
            qid, qtext, answer = item.get("question_id"), item.get("question_text"), item.get("answer", "")
            if any(v is not None and not isinstance(v, str) for v in (qid, qtext, answer)):
                raise ValueError("question_id, question_text and answer must be text")
            if bool(qid) == bool(qtext):
                raise ValueError("give question_id or question_text")
            fb = analyse(bank.question(qid) if qid else None, answer or "", question_text=qtext,
                         lang=item.get("lang") or "auto", ui_lang=ui, company=company, bank=bank,
                         disabled=disabled)
            out = {"id": item_id, **fb.to_json()}
        except AnswerError as exc:
            failed += 1
            out = {"id": item_id, "line": number, "error": {"code": exc.code, "message": error_message(exc)}}
        except KeyError as exc:
            failed += 1
            out = {"id": item_id, "line": number, "error": {"code": "unknown-question",
                                                            "message": tr("Unknown question id '{qid}'.", qid=exc.args[0])}}
        except ValueError as exc:
            failed += 1
            out = {"id": item_id, "line": number, "error": {"code": "bad-line", "message": str(exc)}}
        click.echo(json.dumps(out, ensure_ascii=False))
    return 1 if failed else 0
