"""``mock``: a whole interview, from "tell me about yourself" to "do you have any questions for us?"."""

from __future__ import annotations

from pathlib import Path

import click

from ..i18n import _
from .app import cli
from .common import category_name, get_bank
from .company_cmds import load_company
from .context import coach
from .ui import LANG_CHOICE, ROLE_CHOICE, echo_wrapped, emit_json, fail, heading, lang, tr, tr_n

@cli.command(help=_("A whole mock interview: an opening, questions of several kinds, and the closing "
                    "\"Do you have any questions for us?\", then one report."))
@click.option("--lang", "qlang", type=LANG_CHOICE, default=None, help=_("Language of the interview (default: interface language)."))
@click.option("--role", type=ROLE_CHOICE, default=None,
              help=_("The job the interview is for: shop, call-centre, front-desk (hotel), counter (bank or telecom)."))
@click.option("-n", "count", type=click.IntRange(1, 12), default=4, show_default=True,
              help=_("Number of questions between the opening and the closing."))
@click.option("--company", "company_file", type=click.Path(path_type=Path), default=None,
              help=_("Company to check your answers against: a saved company's name, or a text or YAML/JSON file."))
@click.option("--answer-file", type=click.Path(path_type=Path), default=None,
              help=_("For scripts: all answers in one file, separated by lines of ---, the last being your questions."))
@click.option("--json", "as_json", is_flag=True, help=_("Print the session as JSON."))
@click.option("--resume", is_flag=True, help=_("Continue the last mock interview you stopped, where you stopped."))
def mock(qlang, role, count, company_file, answer_file, as_json, resume):
    from ..services import mock as service

    bank = get_bank()
    qlang = qlang or lang()
    company = load_company(company_file) if company_file else None
    if company_file and role is None and not Path(company_file).exists():
        from ..services.companies import role_of

        role = role_of(coach(), str(company_file))  # a saved job advert picks the questions of its job
    scripted: list[str] | None = None
    if answer_file is not None:
        try:
            raw = answer_file.read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            fail(tr("Cannot read the answer file {path}: {reason}", path=answer_file, reason=getattr(exc, "strerror", None) or exc))
        scripted = [part.strip() for part in raw.split("\n---\n")]
    draft, answered = None, 0
    if resume:
        started = service.resume(coach())
        if started is None:
            click.echo(tr("Nothing to continue: no stopped mock interview. Start one with: interview-coach mock"))
            return
        qlang, draft, answered = started.lang, started.draft, started.answered
        click.echo(tr_n("Continuing your mock interview: {count} question left.",
                        "Continuing your mock interview: {count} questions left.", len(started.question_ids) + 1))
    else:
        started = service.start(coach(), qlang, count, role=role)
    session_id = started.session_id
    questions = [bank.question(qid) for qid in started.question_ids]
    steps = [(q, q.in_lang(qlang).text) for q in questions] + [(None, tr("Do you have any questions for us?"))]
    for i, (question, shown) in enumerate(steps):
        if not as_json:
            click.echo()
            label = category_name(question.category) if question else tr("Closing")
            heading(f"{answered + i + 1}/{answered + len(steps)} · {label}: {shown}")  # resumed: counted on
        transcript = None
        if scripted is not None:
            typed = scripted[i] if i < len(scripted) else ""
        else:
            from .practice_cmds import read_typed
            from .speech_cmds import answer_from_prompt

            typed_before = draft.answer if draft is not None and question is not None and \
                draft.question_id == question.id else ""
            while True:
                click.echo(tr("Type your answer and finish with Ctrl-D on a new line.") if question is None else
                           tr("Type your answer (or @FILE to answer with a recording) and finish with Ctrl-D on "
                              "a new line."))
                typed, interrupted = read_typed(typed_before)
                typed_before = ""
                given = None if interrupted else answer_from_prompt(typed) if question is not None else (typed, None)
                if interrupted or given is not None:
                    break
            typed, transcript = given if given is not None else (typed, None)
            if interrupted:  # Ctrl-C: what was typed is kept, not graded, and the interview can go on later
                if question is None:
                    if typed.strip():
                        service.answer_closing(coach(), session_id, typed, lang())
                    service.finish(coach(), session_id)
                    click.echo(tr("Stopped. What you typed is saved; see: interview-coach history"))
                    return
                if typed.strip():
                    service.keep_draft(coach(), session_id, question, typed, lang=qlang)
                if typed.strip() or service.own_session(coach(), session_id):
                    click.echo(tr("Stopped. Your answers are kept; continue with: interview-coach mock --resume"))
                else:
                    service.finish(coach(), session_id)  # stopped before any answer: nothing to continue
                    click.echo(tr("Stopped before the first answer; nothing was saved."))
                return
        if not typed.strip():
            if not as_json:
                click.echo(tr("No answer: that question was skipped."))
            continue
        if question is None:
            result = service.answer_closing(coach(), session_id, typed, lang())
        else:
            result = service.answer(coach(), session_id, question, typed, lang=qlang, ui_lang=lang(), company=company,
                                    transcript=transcript)
        if not as_json:
            click.echo(tr("Score: {score}", score="–" if result.score is None else result.score))
            first = ((result.feedback or {}).get("suggestions") or [None])[0]
            if first:  # the one thing to do better, before the next question
                echo_wrapped(first, indent="    ", first="  → ")
    summary = service.finish(coach(), session_id)
    if as_json:
        emit_json(summary.model_dump(mode="json", exclude={"closing"}))
        return
    click.echo()
    heading(tr("Mock interview finished: mean score {score}",
               score="–" if summary.mean_score is None else round(summary.mean_score)))
    closing_result = summary.closing
    if closing_result:
        click.echo(tr("Your questions for them: {good} of {asked} match good questions to ask.",
                      good=closing_result["good_count"], asked=len(closing_result["questions"])))
        for s in closing_result["suggestions"]:
            click.echo(f"  - {s}")
    click.echo(tr("Full report: interview-coach report {id} --format pdf -o report.pdf", id=session_id))
