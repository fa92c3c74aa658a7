"""delivery.*: how an answer was said, from a transcript with word timings and the pauses in the
signal. Speaking rate (words a minute, syllables a second against each language's own range),
long pauses, filler words a minute and the answer's duration against the 60-120 s aim, with the
same evidence-and-suggestion shape as the rest of the feedback."""

from __future__ import annotations

from ..checks import wording
from ..checks.base import Advice, Check, Context, Outcome
from ..checks.length import AIM, verdict as length_verdict
from ..checks.rules import wording_rules
from ..i18n import Translator
from ..nlp import syllables
from ..nlp.text import sentences as split_sentences
from ..result import Evidence
from .audio import mmss
from .transcript import Transcript

# Comfortable interview pace while speaking (pauses left out), syllables a second, and the words a
# minute it comes to. Croatian words have more syllables and German words are longer, so the same
# pace of ideas is more syllables a second in hr and fewer words a minute in de and hr.
# Ranges after the cross-language speech-rate studies (Pellegrino et al. 2011) widened for calm
# interview speech; words a minute is shown to the user, syllables a second is what is judged.
NORMS = {"en": {"syllables": (3.2, 5.2), "wpm": (110, 170)},
         "de": {"syllables": (3.3, 5.4), "wpm": (95, 150)},
         "hr": {"syllables": (3.6, 5.9), "wpm": (90, 145)}}
LONG_PAUSE = 2.5  # seconds; shorter pauses between ideas help the listener
FILLERS_PER_MINUTE_OK = 3.0
SLOW_START = 5.0  # seconds of silence before the first word
HESITATIONS = {"um", "umm", "uh", "uhm", "er", "erm", "hmm", "hm", "mm", "mmm", "äh", "ähm", "öhm", "ähh", "eh", "ovaj", "aaa", "eee"}
FILLER_RULE = "wording.filler_words"


def _word_offsets(t: Transcript) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for w in t.words:
        spans.append((pos, pos + len(w.text)))
        pos += len(w.text) + 1
    return spans


def _time_of(spans, t: Transcript, start: int, end: int) -> tuple[float, float]:
    inside = [i for i, (a, b) in enumerate(spans) if a < end and start < b]
    if not inside:
        return 0.0, 0.0
    return round(t.words[inside[0]].start, 2), round(t.words[inside[-1]].end, 2)


def fillers(t: Transcript, lang: str) -> list[dict]:
    """Filler words and hesitations in the transcript, with their place in text and time."""
    text, spans = t.text, _word_offsets(t)
    found: list[Evidence] = []
    rule = next((r for r in wording_rules(lang) if r.id == FILLER_RULE), None)
    if rule is not None:
        found = wording.matches(rule, split_sentences(text, lang), text)
    for (a, b), w in zip(spans, t.words):
        if w.text.lower().strip(".,!?…-\"'") in HESITATIONS and not any(e.start < b and a < e.end for e in found):
            found.append(Evidence(text[a:b].strip(".,!?…"), a, a + len(text[a:b].strip(".,!?…"))))
    out = []
    for e in sorted(found, key=lambda e: e.start):
        t0, t1 = _time_of(spans, t, e.start, e.end)
        out.append({"text": e.text, "start": e.start, "end": e.end, "time": [t0, t1]})
    return out


def _pause_evidence(t: Transcript, spans, p: dict) -> dict:
    before = [i for i, w in enumerate(t.words) if w.end <= p["start"] + 0.3]
    after = [i for i, w in enumerate(t.words) if w.start >= p["end"] - 0.3]
    i = before[-1] if before else None
    j = after[0] if after else None
    start = spans[i][0] if i is not None else (spans[j][0] if j is not None else 0)
    end = spans[j][1] if j is not None else (spans[i][1] if i is not None else 0)
    return {"text": f"{t.words[i].text if i is not None else ''} … {t.words[j].text if j is not None else ''}".strip(),
            "start": start, "end": end, "time": [p["start"], p["end"]], "seconds": round(p["end"] - p["start"], 1)}


def run(t: Transcript, lang: str, tr: Translator, enabled=lambda check_id: True,
        aim: tuple[int, int] = AIM) -> dict:
    """The ``delivery`` section of the feedback JSON. ``enabled`` switches single findings off
    (``--disable delivery.fillers``); the figures are always measured."""
    spans = _word_offsets(t)
    spoken = t.spoken_seconds
    paused = sum(p["end"] - p["start"] for p in t.pauses)
    articulation = max(0.1, spoken - paused)
    words = [w.text for w in t.words]
    syl = syllables.total(words, lang)
    wpm = len(words) / spoken * 60 if spoken else 0.0
    sps = syl / articulation if words else 0.0
    norms = NORMS[lang]
    lo, hi = norms["syllables"]
    rate = "none" if not words else "slow" if sps < lo else "fast" if sps > hi else "good"
    long_pauses = [_pause_evidence(t, spans, p) for p in t.pauses if p["end"] - p["start"] >= LONG_PAUSE]
    all_pauses = [_pause_evidence(t, spans, p) for p in t.pauses]
    filler_hits = fillers(t, lang)
    minutes = max(spoken, 1.0) / 60
    fpm = len(filler_hits) / minutes
    duration_verdict = length_verdict(spoken, aim)  # against the question's own aim
    low, high = aim

    findings: list[dict] = []

    def add(rule_id: str, message: str, evidence: list, priority: int) -> None:
        if not enabled(rule_id):
            return
        findings.append({"id": rule_id, "level": "suggestion", "priority": priority, "message": message,
                         "evidence": evidence})

    if rate in ("slow", "fast"):
        msg = (tr("You speak fast: {sps} syllables a second ({wpm} words a minute); {lo}-{hi} syllables a second "
                  "is easy to follow in this language. Slow down and pause briefly after each main point.",
                  sps=f"{sps:.1f}", wpm=int(round(wpm)), lo=lo, hi=hi) if rate == "fast" else
               tr("You speak slowly: {sps} syllables a second ({wpm} words a minute); {lo}-{hi} syllables a second "
                  "sounds confident in this language. Keep a steadier pace and pause only between ideas.",
                  sps=f"{sps:.1f}", wpm=int(round(wpm)), lo=lo, hi=hi))
        add(f"delivery.rate_{rate}", msg, [], 70 if rate == "fast" else 55)
    if long_pauses:
        msg = tr.n("You paused for {seconds} s at {time}. A short pause is fine; a long one sounds unprepared: "
                   "plan your first sentence and the example you will tell.",
                   "You paused {count} times for {seconds} s or more (first at {time}). A short pause is fine; long "
                   "ones sound unprepared: plan your first sentence and the example you will tell.",
                   len(long_pauses), seconds=int(LONG_PAUSE) if len(long_pauses) > 1 else
                   int(round(long_pauses[0]["seconds"])), time=mmss(long_pauses[0]["time"][0]))
        add("delivery.long_pauses", msg, long_pauses, 50 + 10 * min(3, len(long_pauses)))
    if fpm > FILLERS_PER_MINUTE_OK and len(filler_hits) >= 2:
        shown = wording.quoted([f["text"] for f in filler_hits], tr.lang)
        msg = tr("You used {count} filler words ({per_minute} a minute): {found}. Pause silently instead.",
                 count=len(filler_hits), per_minute=f"{fpm:.1f}", found=shown)
        add("delivery.fillers", msg, filler_hits, 65)
    if t.speech_start >= SLOW_START:
        msg = tr("You took {seconds} s to start. Begin with a short first sentence you have ready.",
                 seconds=int(round(t.speech_start)))
        add("delivery.slow_start", msg, [], 45)
    if duration_verdict != "good":
        secs = int(round(spoken))
        msg = (tr.n("You spoke for {seconds} second; aim for {low} to {high} seconds: say more of what you did "
                    "and how it ended.",
                    "You spoke for {seconds} seconds; aim for {low} to {high} seconds: say more of what you did "
                    "and how it ended.", secs, seconds=secs, low=low, high=high) if "short" in duration_verdict else
               tr.n("You spoke for {seconds} second; keep it to {low} to {high} seconds: what matters most, told "
                    "briefly.",
                    "You spoke for {seconds} seconds; keep it to {low} to {high} seconds: what matters most, told "
                    "briefly.", secs, seconds=secs, low=low, high=high))
        add("delivery.duration", msg, [], 80 if duration_verdict.startswith("too") else 50)

    findings.sort(key=lambda f: -f["priority"])
    return {
        "duration_seconds": round(spoken, 1), "recording_seconds": round(t.duration, 1), "aim_seconds": list(aim),
        "duration_verdict": duration_verdict, "words": len(words), "syllables": syl,
        "words_per_minute": round(wpm), "syllables_per_second": round(sps, 2), "rate_verdict": rate,
        "norms": {"syllables_per_second": list(norms["syllables"]), "words_per_minute": list(norms["wpm"])},
        "pauses": all_pauses, "long_pauses": len(long_pauses),
        "longest_pause": max((p["seconds"] for p in all_pauses), default=0.0),
        "time_to_first_word": round(t.speech_start, 1),
        "fillers": filler_hits, "fillers_per_minute": round(fpm, 1),
        "score": score(rate if rate == "none" or enabled(f"delivery.rate_{rate}") else "good", sps, lo, hi,
                       len(long_pauses) if enabled("delivery.long_pauses") else 0,
                       fpm if enabled("delivery.fillers") else 0.0,
                       t.speech_start if enabled("delivery.slow_start") else 0.0),
        "findings": findings, "suggestions": [f["message"] for f in findings],
    }


def score(rate: str, sps: float, lo: float, hi: float, long_pauses: int, fpm: float, start: float) -> int | None:
    """0-100 for how it was said (the duration counts in the ``length`` dimension)."""
    if rate == "none":
        return None
    value = 100.0
    if rate == "fast":
        value -= min(35.0, (sps - hi) / hi * 150)
    elif rate == "slow":
        value -= min(35.0, (lo - sps) / lo * 150)
    value -= min(30.0, 10.0 * long_pauses)
    value -= min(30.0, max(0.0, fpm - FILLERS_PER_MINUTE_OK) * 4)
    if start >= SLOW_START:
        value -= min(15.0, start - SLOW_START + 5)
    return int(round(max(0.0, value)))


RULES = ("delivery.rate_slow", "delivery.rate_fast", "delivery.long_pauses", "delivery.fillers", "delivery.slow_start",
         "delivery.duration")


class Delivery(Check):
    """How a recorded answer was said: pace, pauses, fillers, time to start, duration."""

    id = "delivery"
    dimension = "delivery"
    summary = "a recording's pace, pauses, filler words, slow start and duration"

    def rules(self, lang: str) -> list[str]:
        return list(RULES)

    def applies(self, ctx: Context) -> bool:
        return ctx.transcript is not None and ctx.enabled(self.id)

    def run(self, ctx: Context) -> Outcome:
        t = ctx.transcript
        found = run(t, t.language if t.language in NORMS else ctx.lang, ctx.tr, ctx.enabled, ctx.aim)
        advice = [Advice(f["id"], *advice_of(f, found["duration_verdict"]), []) for f in found["findings"]]
        return Outcome(found["score"], advice, found)


def advice_of(finding: dict, duration_verdict: str) -> tuple[str, int, str]:
    """A delivery finding as (code, priority, message), in the guide's order: the duration is a length
    suggestion (after register), fillers are register."""
    if finding["id"] == "delivery.duration":
        return ("too-long" if "long" in duration_verdict else "too-short", min(finding["priority"], 52), finding["message"])
    if finding["id"] == "delivery.fillers":
        return "register", min(finding["priority"], 62), finding["message"]
    return "delivery", finding["priority"], finding["message"]
