"""``practice``, ``history`` and ``reanalyse``."""

from __future__ import annotations

import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import click

from ..i18n import _
from .app import cli
from .common import get_bank
from .company_cmds import load_company
from .context import coach
from .feedback_cmds import read_answer
from .render import render_stored
from .ui import LANG_CHOICE, ROLE_CHOICE, confirm, echo_wrapped, emit_json, fail, heading, lang, tr


@cli.command(help=_("Practise: answer questions chosen by spaced repetition over your own results (due and "
                    "new questions first); every answer is saved before it is analysed."))
@click.option("--lang", "qlang", type=LANG_CHOICE, default=None, help=_("Language to practise in (default: interface language)."))
@click.option("--category", default=None, help=_("Only questions of this category."))
@click.option("--role", type=ROLE_CHOICE, default=None,
              help=_("Only questions asked for this job: shop, call-centre, front-desk (hotel), counter (bank or telecom)."))
@click.option("-n", "count", type=click.IntRange(1, 50), default=3, show_default=True, help=_("Number of questions."))
@click.option("--company", "company_file", type=click.Path(path_type=Path), default=None,
              help=_("Company to check your answers against: a saved company's name, or a text or YAML/JSON file."))
@click.option("--answer-file", type=click.Path(path_type=Path), default=None,
              help=_("Answer the first chosen question with this file's text (for scripts)."))
@click.option("--audio", "audio_file", type=click.Path(path_type=Path), default=None,
              help=_("Answer the first chosen question with a recording (transcribed, with delivery feedback)."))
@click.option("--resume", is_flag=True, help=_("Continue the answer you stopped typing (Ctrl-C) in your last practice."))
@click.option("--json", "as_json", is_flag=True, help=_("Print the stored attempt as JSON (with session_id and feedback)."))
def practice(qlang, category, role, count, company_file, answer_file, audio_file, resume, as_json):
    from ..services import practice as service

    bank = get_bank()
    qlang = qlang or lang()
    if category and category not in bank.categories():
        fail(tr("Unknown category '{category}'. Categories: {known}", category=category, known=", ".join(bank.categories())))
    company = load_company(company_file) if company_file else None
    if resume:
        draft = service.resume(coach())
        if draft is None:
            click.echo(tr("Nothing to continue: no stopped answer was kept. Start with: interview-coach practice"))
            return
        _interactive([bank.question(draft.question_id)], qlang, company, draft=draft)
        return
    if company_file and role is None and not Path(company_file).exists():
        from ..services.companies import role_of

        role = role_of(coach(), str(company_file))  # a saved job advert picks the questions of its job
    chosen = service.next_questions(coach(), count, category, role=role)
    if not chosen:
        fail(tr("No question of category '{category}' is asked for this job.", category=category))
    scripted = answer_file is not None or audio_file is not None or not sys.stdin.isatty()
    if scripted:
        question = chosen[0]
        transcript = None
        if audio_file is not None:
            from .speech_cmds import transcribe_file

            transcript = transcribe_file(audio_file)
            text = transcript.text
        else:
            text = read_answer(answer_file)
        result = _answer(question, text, qlang, company, transcript=transcript)
        if as_json:
            emit_json(result)
        else:
            render_stored(result)
        return
    _interactive(chosen, qlang, company)


def _interactive(chosen, qlang: str, company, draft=None) -> None:
    """Practise in a terminal: one question after another, "?" for what the interviewer wants to
    know, retries compared with the last try. The session is made with the first answer (leaving
    before it leaves nothing); Ctrl-C keeps what was typed as a draft for ``practice --resume``."""
    from ..services import practice as service

    session_id = draft.session_id if draft else None
    for i, question in enumerate(chosen, 1):
        text = question.in_lang(qlang)
        click.echo()
        heading(tr("Question {n} of {total}", n=i, total=len(chosen)) + ": " + text.text)
        previous = None
        typed_before = draft.answer if draft and draft.question_id == question.id else ""
        while True:
            click.echo(tr("Enter ? for what the interviewer wants to know, or @FILE to answer with a recording; "
                          "type your answer and finish with Ctrl-D."))
            started = time.monotonic()
            started_at = datetime.now(timezone.utc)
            typed, interrupted = read_typed(typed_before)
            typed_before = ""
            if interrupted:
                if typed.strip():  # Ctrl-C mid-answer: kept as a draft, not graded
                    kept = service.save_draft(coach(), question, typed, lang=qlang, session_id=session_id,
                                              started_at=started_at, duration_s=round(time.monotonic() - started, 1))
                    click.echo(tr("Stopped. What you typed is kept; continue it with: interview-coach practice --resume"))
                    if draft is None and session_id is None:
                        session_id = kept.session_id
                elif session_id is not None:
                    service.end_session(coach(), session_id)
                return
            if typed.strip() == "?":
                echo_wrapped(text.what_they_want, indent="  ")
                for k in text.key_points:
                    echo_wrapped(k.text, indent="    ", first="  - ")
                continue
            if not typed.strip():
                break
            from .speech_cmds import answer_from_prompt

            given = answer_from_prompt(typed)
            if given is None:
                continue  # the recording could not be used: ask again
            typed, transcript = given
            timing = dict(started_at=started_at, duration_s=None if transcript else round(time.monotonic() - started, 1),
                          transcript=transcript)
            if draft is not None and draft.question_id == question.id:
                result = service.finish_draft(coach(), draft, typed, lang=qlang, ui_lang=lang(), company=company,
                                              **timing)
                draft = None
            else:
                result = _answer(question, typed, qlang, company, session_id=session_id, **timing)
            session_id = result.session_id
            render_stored(result)
            score = result.score
            if previous is not None and score is not None:
                click.echo(tr("Compared with your last try: {before} → {after} ({delta:+d})", before=previous,
                              after=score, delta=score - previous))
            previous = score
            if not confirm(tr("Try this question again?")):
                break
    if session_id is not None:
        service.end_session(coach(), session_id)
        _summary(session_id)


def _summary(session_id: int) -> None:
    """The end of a practice: each question's last score and what to do next."""
    from ..services import mock

    attempts = [a for a in mock.own_session(coach(), session_id) if a.status != "draft"]
    if not attempts:
        return
    last: dict[str, object] = {}
    for a in attempts:
        last[a.question_id or a.question_text] = a
    click.echo()
    heading(tr("Practice finished: {n} questions", n=len(last)))
    for a in last.values():
        score = "–" if a.score is None else f"{a.score:>3}"
        first = ((a.feedback or {}).get("suggestions") or [""])[0]
        echo_wrapped(f"{score}  {a.question_text}", indent="       ", first="  ")
        if first:
            echo_wrapped(first, indent="         ", first="       → ")
    click.echo(tr("Report: interview-coach report {id}", id=session_id))


def read_typed(default: str = "") -> tuple[str, bool]:
    """Read a multi-line answer; on Ctrl-C return what was typed so far, and True.

    In a terminal the answer is typed in an editor line with a running timer (prompt_toolkit);
    otherwise lines are read until the end of input.
    """
    if sys.stdin.isatty() and sys.stdout.isatty():
        return _read_with_timer(default)
    lines: list[str] = []
    try:
        for line in iter(sys.stdin.readline, ""):
            lines.append(line)
    except KeyboardInterrupt:
        return "".join(lines), True
    return "".join(lines), False


def _read_with_timer(default: str = "") -> tuple[str, bool]:
    from prompt_toolkit import PromptSession
    from prompt_toolkit.key_binding import KeyBindings

    keys = KeyBindings()

    @keys.add("c-d")
    def _submit(event):
        event.app.exit(result=(event.app.current_buffer.text, False))

    @keys.add("enter")
    def _enter(event):
        buffer = event.app.current_buffer
        if buffer.text.strip() == "?":  # "?" and Enter: what the interviewer wants to know, no Ctrl-D needed
            event.app.exit(result=(buffer.text, False))
        else:
            buffer.newline()

    @keys.add("c-c")
    def _stop(event):
        event.app.exit(result=(event.app.current_buffer.text, True))

    started = time.monotonic()
    hint = tr("Ctrl-D: done · Ctrl-C: stop (what you typed is kept) · aim: 1-2 minutes spoken")

    def toolbar() -> str:
        elapsed = int(time.monotonic() - started)
        return f" ⏱ {elapsed // 60}:{elapsed % 60:02d}   {hint}"

    return PromptSession(key_bindings=keys).prompt("", multiline=True, bottom_toolbar=toolbar, refresh_interval=1.0,
                                                   default=default)


def _answer(question, text, qlang, company, **kwargs):
    from ..services import practice as service

    return service.answer(coach(), question, text, lang=qlang, ui_lang=lang(), company=company, **kwargs)


@cli.command(help=_("List your practice sessions with their scores."))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON: a list of sessions, each with session_id."))
def history(as_json):
    from ..services import history as service

    rows = service.sessions(coach())
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo(tr("No practice yet. Start with: interview-coach practice"))
        return
    heading(tr("Practice sessions"))
    for r in rows:
        score = "–" if r.mean_score is None else f"{r.mean_score:.0f}"
        click.echo(f"  #{r.session_id:<4} {(r.started_at or '')[:16].replace('T', ' ')}  {r.lang}  "
                   + tr("{n} answers, mean score {score}", n=r.attempts, score=score))


@cli.command(help=_("Analyse again every saved answer whose analysis failed or never ran."))
def reanalyse():
    from ..services import practice as service

    done, failed = service.reanalyse(coach(), ui_lang=lang())
    click.echo(tr("Analysed: {done}; still failing: {failed}.", done=done, failed=failed))
    if failed:
        raise SystemExit(1)
