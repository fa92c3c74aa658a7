"""``questions list`` and ``questions show``."""

from __future__ import annotations

import click

from ..i18n import _
from .app import cli
from .common import category_name, get_bank, get_question
from .ui import LANG_CHOICE, ROLE_CHOICE, echo_wrapped, emit_json, heading, lang, t, tr


@cli.group(help=_("Browse the question bank."))
def questions() -> None:
    pass


@questions.command("list", help=_("List the questions, optionally of one category or for one job."))
@click.option("--lang", "qlang", type=LANG_CHOICE, default=None, help=_("Language of the questions (default: interface language)."))
@click.option("--category", default=None, help=_("Only questions of this category."))
@click.option("--role", type=ROLE_CHOICE, default=None,
              help=_("Only questions asked for this job: shop, call-centre, front-desk (hotel), counter (bank or telecom)."))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON (documented in docs/json.md)."))
def list_questions(qlang: str | None, category: str | None, role: str | None, as_json: bool) -> None:
    bank = get_bank()
    qlang = qlang or lang()
    if category and category not in bank.categories():
        from .ui import fail
        fail(tr("Unknown category '{category}'. Categories: {known}", category=category, known=", ".join(bank.categories())))
    chosen = [q for q in bank.for_role(role) if not category or q.category == category]
    if as_json:
        emit_json([{"id": q.id, "category": q.category, "roles": list(q.roles), "lang": q.in_lang(qlang).lang,
                    "text": q.in_lang(qlang).text} for q in chosen])
        return
    current = None
    for q in sorted(chosen, key=lambda q: (q.category, q.id)):
        if q.category != current:
            current = q.category
            heading(category_name(q.category))
        click.echo(f"  {click.style(q.id, fg='cyan')}")
        echo_wrapped(q.in_lang(qlang).text, indent="      ")
    click.echo()
    click.echo(tr("{n} questions. Show one with: interview-coach questions show ID", n=len(chosen)))


@questions.command("show", help=_("Show one question: wording, what the interviewer wants to know, key points, tips, sample answers."))
@click.argument("question_id")
@click.option("--lang", "qlang", type=LANG_CHOICE, default=None, help=_("Language of the question (default: interface language)."))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON (documented in docs/json.md)."))
def show_question(question_id: str, qlang: str | None, as_json: bool) -> None:
    bank = get_bank()
    q = get_question(bank, question_id)
    qlang = qlang or lang()
    if as_json:
        emit_json(q.to_dict(qlang))
        return
    tr, text = t(), q.in_lang(qlang)
    heading(text.text)
    click.echo(f"{q.id} · {category_name(q.category)} · {text.lang}")
    if q.role_specific:
        from ..i18n.labels import ROLE_NAMES

        click.echo(tr("Asked for: {roles}", roles=", ".join(tr(ROLE_NAMES[r]) for r in q.roles)))
    if text.variants:
        click.echo()
        heading(tr("Also asked as"))
        for v in text.variants:
            echo_wrapped(v, indent="    ", first="  - ")
    sections = [
        (tr("What the interviewer wants to know"), [text.what_they_want]),
        (tr("Key points of a strong answer"), [k.text for k in text.key_points]),
        (tr("Tips"), list(text.tips)),
        (tr("Pitfalls"), list(text.pitfalls)),
    ]
    for title, items in sections:
        click.echo()
        heading(title)
        for item in items:
            echo_wrapped(item, indent="    ", first="  - ")
    profiles = {"experienced": tr("experienced candidate"), "first-job": tr("first job"),
                "career-changer": tr("career changer")}
    for i, sample in enumerate(text.sample_answers, 1):
        click.echo()
        heading(tr("Sample answer {n} ({profile})", n=i, profile=profiles.get(sample.profile, sample.profile)))
        echo_wrapped(sample.text, indent="  ")
