"""What ``interview-coach`` with no command does: a welcome, and in a terminal one question to try."""

from __future__ import annotations

import random
import sys

import click

from .. import __version__
from .common import get_bank
from .ui import echo_wrapped, heading, lang, tr

START_QUESTIONS = ("tell-me-about-yourself", "why-cs", "difficult-customer", "good-cs", "qualities")


def welcome() -> None:
    heading(f"interview-coach {__version__}")
    echo_wrapped(tr("Practise customer-service, retail and call-centre job interviews in Croatian, "
                    "German and English, privately and offline."))
    click.echo()
    for command, what in (("practice", tr("practise: questions chosen for you, feedback on each answer")),
                          ("mock --role call-centre", tr("a whole mock interview for a job")),
                          ("advert analyze advert.txt", tr("what a job advert asks for, questions to practise")),
                          ("questions list", tr("the questions interviewers ask")),
                          ("questions show difficult-customer", tr("what they listen for, tips, sample answers")),
                          ("feedback --question why-cs", tr("feedback on your answer")),
                          ("feedback --question why-cs --audio a.wav", tr("… said aloud: pace, pauses, fillers")),
                          ("prep", tr("checklist and questions to ask"))):
        click.echo(f"  interview-coach {command:<41} {what}")
    if not sys.stdin.isatty():
        return
    bank = get_bank()
    qid = random.choice([q for q in START_QUESTIONS if q in bank.questions] or list(bank.questions))
    question = bank.question(qid).in_lang(lang())
    click.echo()
    heading(tr("Try one now:") + " " + question.text)
    click.echo(tr("Type your answer (in hr, de or en); finish with Ctrl-D on a new line, or Ctrl-C to leave."))
    try:
        answer = sys.stdin.read()
    except KeyboardInterrupt:
        click.echo()
        return
    if not answer.strip():
        return
    from ..errors import CoachError
    from ..services import practice as service
    from .context import coach, error_message
    from .render import render_stored

    # saved first, then analysed, like every practice answer: it shows in `history` and is never lost
    try:
        result = service.answer(coach(), bank.question(qid), answer, lang=lang(), ui_lang=lang())
    except CoachError as exc:
        click.echo(error_message(exc), err=True)
        return
    service.end_session(coach(), result.session_id)
    click.echo()
    render_stored(result)
    click.echo()
    click.echo(tr("Saved in your history (interview-coach history); interview-coach practice goes on from here."))
