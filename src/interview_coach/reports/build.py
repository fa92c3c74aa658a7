"""The content of a session report, independent of its format."""

from __future__ import annotations

from ..i18n import Translator, _
from ..i18n.labels import BAND_NAMES, DIMENSION_NAMES
from ..result import shown_dimensions
from ..result import band_for

def highlight_segments(answer: str, feedback: dict | None) -> list[tuple[str, bool]]:
    """The answer cut into (text, is_evidence) pieces, evidence spans merged."""
    spans = []
    if feedback:
        items = feedback.get("key_points", []) + feedback.get("elements", []) + feedback.get("pitfalls", [])
        spans = [(i["evidence"]["start"], i["evidence"]["end"]) for i in items if i.get("evidence")]
        spans += [(p["evidence"]["start"], p["evidence"]["end"]) for p in feedback.get("star", {}).values()
                  if p.get("evidence")]
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if 0 <= s[0] < s[1] <= len(answer)):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        if start > pos:
            out.append((answer[pos:start], False))
        out.append((answer[start:end], True))
        pos = end
    if pos < len(answer):
        out.append((answer[pos:], False))
    return out


def build_report(session, attempts, history, ui_lang: str) -> dict:
    """The report's content from a session, its attempts and the user's sessions (typed records)."""
    tr = Translator(ui_lang)
    items = []
    for a in attempts:
        fb = a.feedback or {}
        dims = [(tr(DIMENSION_NAMES[k]), v) for k, v in shown_dimensions(fb.get("dimensions") or {}, fb.get("insights")).items()]
        band = tr(BAND_NAMES.get(fb.get("band", "cannot-judge"), "cannot judge"))
        score_text = band if a.score is None else f"{tr('Score')} {a.score}/100 · {band}"
        items.append({
            "question": a.question_text, "answer": a.answer, "score": a.score,
            "band": band, "score_text": score_text,
            "status": a.status, "dimensions": dims, "segments": highlight_segments(a.answer, fb),
            "band_id": fb.get("band", "cannot-judge"), "dimension_bands": [band_for(v) for _, v in dims],
            "suggestions": fb.get("suggestions", []), "strengths": fb.get("strengths", []),
            "covered": [k["label"] for k in fb.get("key_points", []) if k.get("covered")],
            "missing": [k["label"] for k in fb.get("key_points", []) if not k.get("covered")],
        })
    scores = [i["score"] for i in items if i["score"] is not None]
    return {
        "lang": ui_lang,
        "title": tr("Interview practice report"),
        "session": session,
        "mean_score": round(sum(scores) / len(scores)) if scores else None,
        "items": items,
        "history": history,
        "labels": {k: tr(v) for k, v in {
            "session": _("Session"), "date": _("Date"), "mean": _("Mean score"), "question": _("Question"),
            "answer": _("Your answer"), "score": _("Score"), "strengths": _("What works"),
            "suggestions": _("What would help most"), "covered": _("Key points covered"),
            "missing": _("Key points to add"), "progress": _("Progress"),
            "evidence_note": _("Highlighted: the sentences the feedback is based on."),
            "not_analysed": _("Not analysed yet (run interview-coach reanalyse)."),
        }.items()},
    }
