"""wording.*: the ``phrases`` check type, run over an answer with the rules of its language."""

from __future__ import annotations

from ..i18n.labels import QUOTES
from ..result import Evidence, Finding
from ..nlp.text import Sentence
from .phrases import find
from .rules import Rule, rule_messages, wording_rules


def matches(rule: Rule, sentences: list[Sentence], text: str) -> list[Evidence]:
    found = []
    for sentence in sentences:
        for phrase in rule.phrases:
            for start, end in find(phrase, sentence):
                word = text[start:end].lower()
                if word in rule.comma_only and not _next_to_comma(text, start, end):
                    continue
                if any(e.start < end and start < e.end for e in found):
                    continue  # overlapping phrases ("I think maybe" / "maybe") count once
                found.append(Evidence(text[start:end], start, end))
    return sorted(found, key=lambda e: e.start)


def quoted(texts: list[str], ui_lang: str) -> str:
    """Found phrases for a message, each once, in the interface language's quotation marks."""
    left, right = QUOTES.get(ui_lang, QUOTES["en"])
    return ", ".join(dict.fromkeys(f"{left}{t}{right}" for t in texts))


def _next_to_comma(text: str, start: int, end: int) -> bool:
    after = text[end:end + 2].lstrip()
    before = text[max(0, start - 2):start].rstrip()
    return after[:1] in (",", "…", ".") or before[-1:] == ","


def run(sentences: list[Sentence], text: str, lang: str, ui_lang: str, category: str,
        has_example: bool, enabled) -> list[Finding]:
    messages = rule_messages(ui_lang)
    findings = []
    for rule in wording_rules(lang):
        if not enabled(rule.id):
            continue
        if rule.applies_to and category not in rule.applies_to:
            continue
        if rule.unless == "has_example" and has_example:
            continue
        hits = matches(rule, sentences, text)
        if rule.polarity == "avoid" and len(hits) < rule.min_count:
            continue
        if rule.polarity == "use" and not hits:
            findings.append(Finding(rule.id, rule.level, "missing", messages.get(rule.id, rule.message)))
            continue
        found = quoted([h.text for h in hits], ui_lang)
        findings.append(Finding(rule.id, rule.level, rule.polarity,
                                messages.get(rule.id, rule.message).format(found=found), hits))
    return findings


def score(findings: list[Finding], words: int) -> int:
    """100 minus penalties for each avoid-rule that fired; the trade's terms add a little back."""
    value = 100.0
    for f in findings:
        n = len(f.evidence)
        if f.polarity == "missing":
            continue
        if f.polarity == "use":
            value += min(10, 5 * n)
        elif f.level == "warning":
            value -= 20 + 5 * (n - 1)
        else:
            density = n / max(words, 1) * 100
            value -= min(30, 6 * n + 4 * density)
    return int(round(max(0.0, min(100.0, value))))
