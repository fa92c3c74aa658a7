"""delivery.length: words and estimated speaking time; about 60-120 s spoken is the aim."""

from __future__ import annotations

from functools import lru_cache

from ..nlp import syllables
from .base import Advice, Check, Context, Outcome
from .phrases import Phrase, compile_phrase, find_any
from .rules import word_list
from .wording import quoted

# Syllables per second of calm interview speech, per language (estimates; Croatian words are
# longer in syllables, so its rate in syllables is higher for the same pace of ideas).
# English answers read at about 2.8 words a second here (1.28 syllables a word on the graded dev split), faster
# than the grading guide's 2.3; the guide's rate (2.95) was tried: dev mixed (band 77.4 -> 77.1 %), test worse
RATE = {"en": 3.6, "de": 3.8, "hr": 4.3}
AIM = (60, 120)
TOO_SHORT, TOO_LONG = 30, 180
CAP_BELOW = 20  # seconds under which the overall score is capped (engine.overall)
# A story that wanders ("anyway", "where was I", "jedenfalls", "gdje sam stala"): this many of
# rules/<lang>/digressions.txt in an answer of at least three quarters of the aim make it rambling,
# however well it fits the time (docs/grading.md: rambling is too long); its length counts at most this
RAMBLING_MIN, RAMBLING_SCORE = 2, 60
# ... or a long answer strung together with commas, one clause after the next (", and then", ", which",
# ", honestly"): at least RUN_ON_SECONDS of speech and RUN_ON_COMMAS commas per 100 words. Set on the
# graded dev split: of the 13 answers it takes, all 13 are graded rambling (of 19); below 80 seconds or
# 10 commas German excellent answers come in (German sets a comma before every subordinate clause)
RUN_ON_SECONDS, RUN_ON_COMMAS = 80, 10.0


def runs_on(ctx: Context) -> bool:
    """Whether the answer is long and strung together with commas (see RUN_ON_COMMAS)."""
    words = ctx.length["words"]
    return ctx.length["seconds"] >= RUN_ON_SECONDS and words and ctx.text.count(",") * 100 / words >= RUN_ON_COMMAS


@lru_cache(maxsize=None)
def digression_phrases(lang: str) -> tuple[Phrase, ...]:
    return tuple(compile_phrase(p, lang) for p in sorted(word_list(lang, "digressions")))


def digressions(ctx: Context) -> list[str]:
    """The side-story and self-correction phrases of the answer, as it writes them."""
    phrases = list(digression_phrases(ctx.lang))
    return [ctx.text[a:b] for s in ctx.sentences for _, (a, b) in find_any(phrases, s)]


def measure(words: list[str], lang: str, aim: tuple[int, int] = AIM) -> dict:
    syl = syllables.total(words, lang)
    seconds = syl / RATE[lang]
    return {"words": len(words), "syllables": syl, "seconds": round(seconds, 1),
            "aim_seconds": list(aim), "verdict": verdict(seconds, aim)}


def verdict(seconds: float, aim: tuple[int, int] = AIM) -> str:
    """too-short / short / good / long / too-long against the question's aim (seconds)."""
    if seconds < min(TOO_SHORT, aim[0] * 0.5):
        return "too-short"
    if seconds < aim[0] * 0.75:
        return "short"
    if seconds > max(TOO_LONG, aim[1] * 1.6):
        return "too-long"
    if seconds > aim[1] * 1.25:
        return "long"
    return "good"


def score(seconds: float, aim: tuple[int, int] = AIM) -> int:
    """0-100: full marks within the aim (with some slack), falling off on either side."""
    lo, hi = aim
    points = [(0, 0), (lo / 6, 10), (lo / 2, 55), (lo * 0.75, 95), (lo * 0.85, 100), (hi * 1.1, 100),
              (hi * 1.5, 60), (hi * 2.5, 30)]
    if seconds >= points[-1][0]:
        return points[-1][1]
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        if x0 <= seconds <= x1:
            return int(round(y0 + (y1 - y0) * (seconds - x0) / (x1 - x0)))
    return 0


class Length(Check):
    """How long the answer takes to say, against the question's own aim."""

    id = "delivery.length"
    dimension = "length"
    summary = "estimated speaking time (a recording: the real one) against the question's length aim"

    def run(self, ctx: Context) -> Outcome:
        seconds, found = ctx.length["seconds"], ctx.length["verdict"]
        value, advice = score(seconds, ctx.aim), []
        side = digressions(ctx) if seconds >= ctx.aim[0] * 0.75 else []
        run_on = ctx.transcript is None and runs_on(ctx)  # typed text: a transcript's commas are the recogniser's
        if len(side) >= RAMBLING_MIN or run_on:
            value = min(value, RAMBLING_SCORE)
        if not (ctx.transcript is not None and ctx.enabled("delivery")):  # a recording: delivery speaks of it
            advice = self.advice(ctx, seconds, found)
            if len(side) >= RAMBLING_MIN and not advice and not ctx.off_topic:
                advice = [Advice(self.id, "too-long", 64, ctx.tr(
                    "Your answer wanders off the point ({found}): say what happened, what you did and how it "
                    "ended, and leave out the side stories.", found=quoted(side[:3], ctx.tr.lang)))]
            elif run_on and not advice and not ctx.off_topic:
                advice = [Advice(self.id, "too-long", 64, ctx.tr(
                    "Your answer runs on, one clause after the next: say what happened, what you did and how it "
                    "ended, in short sentences, and leave out the side remarks."))]
        return Outcome(value, advice)

    def advice(self, ctx: Context, seconds: float, found: str) -> list[Advice]:
        tr, secs, (low, high) = ctx.tr, int(round(seconds)), ctx.aim
        if found in ("too-short", "short") and not ctx.off_topic:
            message = (tr.n("Your answer would take about {seconds} second to say; aim for {low} to {high} seconds: tell "
                            "your example in more detail, what you did and why.",
                            "Your answer would take about {seconds} seconds to say; aim for {low} to {high} seconds: tell "
                            "your example in more detail, what you did and why.", secs, seconds=secs, low=low, high=high)
                       if ctx.story.has_example else
                       tr.n("Your answer would take about {seconds} second to say; aim for {low} to {high} seconds by "
                            "adding an example and its result.",
                            "Your answer would take about {seconds} seconds to say; aim for {low} to {high} seconds by "
                            "adding an example and its result.", secs, seconds=secs, low=low, high=high)
                       if ctx.expects_example else
                       tr.n("Your answer would take about {seconds} second to say; aim for {low} to {high} seconds: back "
                            "each point with a reason or a detail of your own.",
                            "Your answer would take about {seconds} seconds to say; aim for {low} to {high} seconds: back "
                            "each point with a reason or a detail of your own.", secs, seconds=secs, low=low, high=high))
            return [Advice(self.id, "too-short", 46 if found == "too-short" else 40, message)]
        if found in ("too-long", "long"):
            return [Advice(self.id, "too-long", 64 if found == "too-long" else 44, tr.n(
                "Your answer would take about {seconds} second to say; keep it to {low} to {high} seconds: "
                "what matters most, told briefly.",
                "Your answer would take about {seconds} seconds to say; keep it to {low} to {high} seconds: "
                "what matters most, told briefly.", secs, seconds=secs, low=low, high=high))]
        return []
