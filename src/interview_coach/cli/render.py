"""Feedback for the terminal: score, bars, evidence, suggestions, insights."""

from __future__ import annotations

import click

from ..result import Feedback
from ..i18n.labels import BAND_NAMES, DIMENSION_NAMES, QUOTES, STAR_NAMES, value_name
from ..result import shown_dimensions
from .ui import echo_wrapped, heading, tr, tr_n

BAND_COLOURS = {"strong": "green", "good": "green", "developing": "yellow", "weak": "red"}


def bar(value: int, width: int = 20) -> str:
    filled = int(round(value / 100 * width))
    return "█" * filled + "·" * (width - filled)


def quote(text: str, lang: str = "en", limit: int = 160) -> str:
    left, right = QUOTES.get(lang, QUOTES["en"])
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0] + " …"
    return left + text + right


def pitfalls_by_sentence(pitfalls: list[dict]) -> list[tuple[str, list[str]]]:
    """(sentence, names of the pitfalls it commits), each sentence once, in the order found."""
    grouped: dict[str, list[str]] = {}
    for p in pitfalls:
        grouped.setdefault(p["evidence"]["text"], []).append(p.get("name") or p["id"])
    return list(grouped.items())


def render_feedback(fb: Feedback, answer: str) -> None:
    heading(fb.question_text)
    if not fb.judged:
        click.echo(click.style(tr("Cannot judge this answer."), fg="yellow", bold=True))
        for s in fb.suggestions:
            echo_wrapped(s, indent="  ")
        if fb.delivery:
            render_delivery(fb.delivery)
        return
    band = tr(BAND_NAMES[fb.band])
    click.echo(click.style(tr("Score {score}/100 · {band}", score=fb.score, band=band),
                           fg=BAND_COLOURS.get(fb.band), bold=True))
    parts = fb.insights.get("score_parts")
    if parts and fb.score != parts["rules"]:  # the impression moved the score: say from what to what
        click.echo(tr("From the checks alone: {rules}. Answers like this one were graded at about {impression}.",
                      rules=parts["rules"], impression=parts["impression"]))
    if "mixed-language" in fb.notes:
        click.echo(tr("Note: the answer mixes languages; it was judged as {language}.", language=fb.language))
    click.echo()
    shown = shown_dimensions(fb.dimensions, fb.insights)
    width = max([16, *(len(tr(DIMENSION_NAMES[key])) for key in shown)])  # the bars in one column
    for key, value in shown.items():
        click.echo(f"  {tr(DIMENSION_NAMES[key]):<{width}} {bar(value)} {value:>3}")
    if fb.strengths:
        click.echo()
        heading(tr("What works"))
        for s in fb.strengths:
            echo_wrapped(s, indent="    ", first="  + ")
    if fb.suggestions:
        click.echo()
        heading(tr("What would help most"))
        for i, s in enumerate(fb.suggestions, 1):
            echo_wrapped(s, indent="     ", first=f"  {i}. ")
    if fb.pitfalls:
        click.echo()
        heading(tr("Pitfalls"))
        for text, names in pitfalls_by_sentence(fb.pitfalls):
            # "Blaming or complaining; excuses": each name after the first in lower case (German nouns keep theirs)
            joined = "; ".join([names[0]] + [n if fb.ui_language == "de" else n[:1].lower() + n[1:] for n in names[1:]])
            echo_wrapped(joined + ": " + quote(text, fb.ui_language), indent="      ",
                         first=f"  {click.style('!', fg='red')}   ")
    if fb.key_points:
        click.echo()
        heading(tr("Key points"))
        borrowed = fb.insights.get("key_points_from")
        if borrowed:  # a typed-in question's points are a similar bank question's, and said to be
            echo_wrapped(tr("Your question is not in the question bank; these are the key points of a similar one: "
                            "{question}", question=quote(borrowed["text"], fb.ui_language, limit=200)), indent="  ", first="  ")
        for k in fb.key_points:
            mark = click.style("✓", fg="green") if k.covered else click.style("✗", fg="red")
            echo_wrapped(k.label, indent="      ", first=f"  {mark}   ")
            if k.evidence:
                echo_wrapped(quote(k.evidence.text, fb.ui_language), indent="        ", first="        ")
    click.echo()
    if fb.insights.get("story_asked") is not False and (fb.dimensions.get("example") is not None or fb.has_example):
        # no row of crosses where no story is asked for, nor "Result ✗" under a reason for leaving
        # the task is often implied by the situation and costs the story nothing (star.score): a missing one is
        # shown as "–", not as a cross a user would try to fix
        parts = "  ".join(f"{tr(STAR_NAMES[p])} {'✓' if part.present else '–' if p == 'task' else '✗'}"
                          for p, part in fb.star.items())
        click.echo(f"{tr('Example (STAR)')}: {parts}")
    length = fb.length
    secs = int(round(length["seconds"]))
    words = tr_n("{count} word", "{count} words", length["words"])
    low, high = length.get("aim_seconds") or (60, 120)
    click.echo(tr_n("Length: {words}, about {seconds} second spoken (aim for this question: {low} to {high} seconds)",
                    "Length: {words}, about {seconds} seconds spoken (aim for this question: {low} to {high} seconds)",
                    secs, words=words, seconds=secs, low=low, high=high))
    if fb.company:
        used = ", ".join(u["term"] for u in fb.company["used"]) or "–"
        click.echo(tr("Company words used: {used}", used=used))
        if "values_used" in fb.company:
            shown = ", ".join(value_name(u["value"], fb.ui_language) for u in fb.company["values_used"]) or "–"
            click.echo(tr("Company values shown: {values}", values=shown))
    if fb.delivery:
        render_delivery(fb.delivery)
    ins = fb.insights
    if ins.get("most_used_words"):
        words = ", ".join(f"{w['word']} ({w['count']})" for w in ins["most_used_words"])
        click.echo(tr("Most used words: {words}", words=words))
    if ins.get("job_terms_used"):
        click.echo(tr("Service words you used: {terms}", terms=", ".join(ins["job_terms_used"])))


def render_delivery(d: dict) -> None:
    """How it was said: duration, pace against the language's range, pauses, fillers."""
    from ..speech.audio import mmss

    click.echo()
    heading(tr("Delivery"))
    lo, hi = d["norms"]["syllables_per_second"]
    low, high = d.get("aim_seconds") or (60, 120)
    click.echo("  " + tr("Spoken for {seconds} s (aim: {low} to {high} s)", seconds=int(round(d["duration_seconds"])),
                         low=low, high=high))
    click.echo("  " + tr("Pace: {sps} syllables a second (comfortable in this language: {lo}-{hi}), {wpm} words a minute",
                         wpm=d["words_per_minute"], sps=f"{d['syllables_per_second']:.1f}", lo=lo, hi=hi))
    pauses = ", ".join(f"{mmss(p['time'][0])} ({p['seconds']:.1f} s)" for p in d["pauses"][:6]) or "–"
    click.echo("  " + tr("Pauses: {pauses}", pauses=pauses))
    fillers = ", ".join(dict.fromkeys(f["text"] for f in d["fillers"])) or "–"
    click.echo("  " + tr("Filler words: {per_minute} a minute ({fillers})", per_minute=f"{d['fillers_per_minute']:.1f}",
                         fillers=fillers))


def render_feedback_json(data: dict, answer: str) -> None:
    """Render stored feedback (its JSON form) the same way as a fresh result."""
    from ..result import Evidence, Feedback, Finding, Item, StarPart

    def ev(e):
        return Evidence(**e) if e else None

    fb = Feedback(**{k: v for k, v in data.items() if k not in ("schema_version", "key_points", "elements", "star",
                                                               "findings")})
    fb.key_points = [Item(**{**k, "evidence": ev(k["evidence"])}) for k in data.get("key_points", [])]
    fb.elements = [Item(**{**k, "evidence": ev(k["evidence"])}) for k in data.get("elements", [])]
    fb.star = {p: StarPart(v["present"], ev(v["evidence"])) for p, v in data.get("star", {}).items()}
    fb.findings = [Finding(**{**f, "evidence": [Evidence(**e) for e in f["evidence"]]}) for f in data.get("findings", [])]
    render_feedback(fb, answer)


def render_stored(result) -> None:
    if result.status != "analysed":
        click.echo(tr("Your answer is saved (attempt {id}), but it could not be analysed: {error}. Run "
                      "`interview-coach reanalyse` later.", id=result.attempt_id, error=result.error))
        return
    render_feedback_json(result.feedback, result.answer)
