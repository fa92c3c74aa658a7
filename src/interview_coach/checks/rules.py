"""Per-language check data: wording rules, STAR cues, stop words. Validated on load; an unknown
key or type fails loudly with file and line (like the question bank)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from jsonschema import Draft202012Validator

from .. import LANGUAGES
from .phrases import Phrase, compile_phrase
from .ruledata import _load, rules_dir

CHECK_TYPES = ("phrases",)

_PHRASES = {"type": "array", "items": {"type": "string", "minLength": 1}}
WORDING_SCHEMA = Draft202012Validator({
    "type": "object", "additionalProperties": False, "required": ["lang", "rules"],
    "properties": {
        "lang": {"enum": list(LANGUAGES)},
        "rules": {"type": "array", "items": {
            "type": "object", "additionalProperties": False,
            "required": ["id", "type", "polarity", "level", "tokens", "message", "source", "examples"],
            "properties": {
                "id": {"type": "string", "pattern": r"^[a-z]+(\.[a-z_]+)+$"},
                "type": {"enum": list(CHECK_TYPES)},
                "polarity": {"enum": ["avoid", "use"]},
                "level": {"enum": ["suggestion", "warning", "error"]},
                "min_count": {"type": "integer", "minimum": 1},
                "unless": {"enum": ["has_example"]},
                "applies_to": {"type": "array", "items": {"type": "string"}},
                "tokens": _PHRASES,
                "only_followed_by_comma": _PHRASES,
                "not_in": _PHRASES,
                "to_interviewer": {"type": "boolean"},
                "message": {"type": "string", "minLength": 5},
                "source": {"type": "string", "minLength": 3},
                "examples": {"type": "object", "additionalProperties": False, "required": ["fail", "pass"],
                             "properties": {"fail": {**_PHRASES, "minItems": 1}, "pass": {**_PHRASES, "minItems": 1}}},
            }}},
    }})
STAR_SCHEMA = Draft202012Validator({
    "type": "object", "additionalProperties": False,
    "required": ["lang", "question_cues", "situation", "task", "action_patterns", "result", "result_concrete", "team_words",
                 "self_words", "examples"],
    "properties": {
        "lang": {"enum": list(LANGUAGES)},
        "question_cues": _PHRASES, "situation": _PHRASES, "task": _PHRASES, "result": _PHRASES, "result_concrete": _PHRASES,
        "team_words": _PHRASES, "self_words": _PHRASES, "action_patterns": _PHRASES,
        "not_in": _PHRASES, "unknown_end": _PHRASES, "lessons": _PHRASES,
        "examples": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["text", "expect"],
            "properties": {"text": {"type": "string"},
                           "expect": {"type": "array", "items": {"enum": ["situation", "task", "action", "result"]}}}}},
    }})


@dataclass(frozen=True)
class Rule:
    id: str
    type: str
    polarity: str
    level: str
    phrases: tuple[Phrase, ...]
    message: str
    source: str
    min_count: int = 1
    unless: str | None = None
    applies_to: tuple[str, ...] = ()
    comma_only: frozenset[str] = frozenset()
    not_in: tuple[Phrase, ...] = ()  # a token found inside one of these phrases does not count ("feel stupid")
    to_interviewer: bool = False  # only what is said to the interviewer counts, nothing quoted ("look mate," to a customer)
    fail_examples: tuple[str, ...] = ()
    pass_examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class StarCues:
    question_cues: tuple[Phrase, ...]
    situation: tuple[Phrase, ...]
    task: tuple[Phrase, ...]
    result: tuple[Phrase, ...]
    result_concrete: tuple[Phrase, ...]
    team_words: tuple[Phrase, ...]
    self_words: tuple[Phrase, ...]
    action_patterns: tuple[re.Pattern, ...]
    examples: tuple[tuple[str, tuple[str, ...]], ...]
    not_in: tuple[Phrase, ...] = ()  # a part's cue that overlaps one of these is no cue ("noch einmal" is no "einmal")
    unknown_end: tuple[Phrase, ...] = ()  # the story says it does not know how it ended: no result
    lessons: tuple[Phrase, ...] = ()  # what the applicant drew from it ("Naučila sam da…"): none of what they did


@lru_cache(maxsize=None)
def wording_rules(lang: str) -> tuple[Rule, ...]:
    data = _load(rules_dir(lang) / "wording.yml", WORDING_SCHEMA)
    return tuple(Rule(
        id=r["id"], type=r["type"], polarity=r["polarity"], level=r["level"],
        phrases=tuple(compile_phrase(t, lang) for t in r["tokens"]), message=r["message"], source=r["source"],
        min_count=r.get("min_count", 1), unless=r.get("unless"), applies_to=tuple(r.get("applies_to", [])),
        comma_only=frozenset(w.lower() for w in r.get("only_followed_by_comma", [])),
        not_in=tuple(compile_phrase(t, lang) for t in r.get("not_in", [])), to_interviewer=r.get("to_interviewer", False),
        fail_examples=tuple(r["examples"]["fail"]), pass_examples=tuple(r["examples"]["pass"]),
    ) for r in data["rules"])


def rule_messages(lang: str) -> dict[str, str]:
    """Messages by rule id in ``lang`` (the interface language)."""
    return {r.id: r.message for r in wording_rules(lang)}


@lru_cache(maxsize=None)
def star_cues(lang: str) -> StarCues:
    d = _load(rules_dir(lang) / "star.yml", STAR_SCHEMA)
    ph = lambda key: tuple(compile_phrase(t, lang) for t in d[key])  # noqa: E731
    return StarCues(ph("question_cues"), ph("situation"), ph("task"), ph("result"), ph("result_concrete"), ph("team_words"),
                    ph("self_words"), tuple(re.compile(p, re.IGNORECASE) for p in d["action_patterns"]),
                    tuple((e["text"], tuple(e["expect"])) for e in d["examples"]),
                    tuple(compile_phrase(t, lang) for t in d.get("not_in", [])),
                    tuple(compile_phrase(t, lang) for t in d.get("unknown_end", [])),
                    tuple(compile_phrase(t, lang) for t in d.get("lessons", [])))


@lru_cache(maxsize=None)
def lines(lang: str, name: str) -> tuple[str, ...]:
    """The items of ``rules/<lang>/<name>.txt``, one a line, stripped (lines starting with # are comments)."""
    text = (rules_dir(lang) / f"{name}.txt").read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=None)
def phrase_list(lang: str, name: str) -> tuple[Phrase, ...]:
    """The phrases of ``rules/<lang>/<name>.txt``, one a line, compiled once."""
    return tuple(compile_phrase(line, lang) for line in lines(lang, name))


def customer_phrases(lang: str) -> tuple[Phrase, ...]:
    """The words that name a customer, caller, guest or the like (``rules/<lang>/customer_words.txt``)."""
    return phrase_list(lang, "customer_words")


@lru_cache(maxsize=None)
def word_list(lang: str, name: str) -> frozenset[str]:
    """A one-word-a-line list from ``rules/<lang>/<name>.txt``, lower-cased."""
    return frozenset(line.lower() for line in lines(lang, name))


def stopwords(lang: str) -> frozenset[str]:
    return word_list(lang, "stopwords")
