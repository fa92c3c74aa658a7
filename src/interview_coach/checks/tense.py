"""Which sentences tell the past and which look ahead (``rules/<lang>/tense.yml``).

A question about the future (``looks_ahead`` in the bank: "Where do you see yourself in five years?")
is answered by plans, not by a CV: its topic words count only in a sentence that looks ahead ("In five
years I'd like to lead a team") or tells no past ("Here, as a team leader"); "I became a shift lead and
trained the new starters" says "train" but no plan (see relevance.says_the_topic).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from jsonschema import Draft202012Validator

from .. import LANGUAGES
from ..nlp.text import Sentence
from .phrases import Phrase, compile_phrase, find_any
from .ruledata import _load, rules_dir
from .rules import lines

_PHRASES = {"type": "array", "minItems": 1, "items": {"type": "string", "minLength": 1}}
SCHEMA = Draft202012Validator({
    "type": "object", "additionalProperties": False, "required": ["lang", "past", "ahead", "examples"],
    "properties": {
        "lang": {"enum": list(LANGUAGES)},
        "past": _PHRASES, "ahead": _PHRASES, "ahead_unless_past": _PHRASES,
        "past_patterns": {"type": "array", "items": {"type": "string", "minLength": 3}},
        "past_forms": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["endings", "lemma_endings"], "properties": {
                "after": _PHRASES, "within": {"type": "integer", "minimum": 1},
                "endings": _PHRASES, "lemma_endings": _PHRASES, "except": _PHRASES}}},
        "examples": {"type": "array", "minItems": 3, "items": {
            "type": "object", "additionalProperties": False, "required": ["text", "expect"],
            "properties": {"text": {"type": "string", "minLength": 3}, "expect": {"enum": ["past", "ahead", "neither"]}}}},
    }})


@dataclass(frozen=True)
class PastForm:
    """A past verb form by its ending and its lemma, a verb's infinitive (``past_forms`` in ``tense.yml``); where
    ``after`` names auxiliaries, only within ``within`` words after one."""
    endings: tuple[str, ...]
    lemma_endings: tuple[str, ...]
    idioms: frozenset[str] = frozenset()
    after: frozenset[str] = frozenset()
    within: int = 1

    @classmethod
    def of(cls, d: dict) -> "PastForm":
        return cls(tuple(d["endings"]), tuple(d["lemma_endings"]), frozenset(d.get("except", ())),
                   frozenset(d.get("after", ())), d.get("within", 1))


@dataclass(frozen=True)
class Tense:
    past: tuple[Phrase, ...]
    past_patterns: tuple[re.Pattern, ...]
    ahead: tuple[Phrase, ...]
    examples: tuple[tuple[str, str], ...]
    ahead_unless_past: tuple[Phrase, ...] = ()  # "later", "später": ahead only where no past is told
    past_forms: tuple[PastForm, ...] = ()  # past verb forms by their ending and lemma ("je … ušla", "suchte")


@lru_cache(maxsize=None)
def markers(lang: str) -> Tense:
    d = _load(rules_dir(lang) / "tense.yml", SCHEMA)
    return Tense(tuple(compile_phrase(p, lang) for p in d["past"]),
                 tuple(re.compile(p, re.IGNORECASE) for p in d.get("past_patterns", [])),
                 tuple(compile_phrase(p, lang) for p in d["ahead"]),
                 tuple((e["text"], e["expect"]) for e in d["examples"]),
                 tuple(compile_phrase(p, lang) for p in d.get("ahead_unless_past", [])), tuple(PastForm.of(f) for f in d.get("past_forms", [])))


def looks_ahead(sentence: Sentence, lang: str) -> bool:
    return bool(find_any(list(markers(lang).ahead), sentence))


def tells_past(sentence: Sentence, lang: str) -> bool:
    m = markers(lang)
    return bool(find_any(list(m.past), sentence)) or any(p.search(sentence.text) for p in m.past_patterns) \
        or any(_past_form(sentence, rule) for rule in m.past_forms)


def _past_form(sentence: Sentence, rule: PastForm) -> bool:
    """A past verb form (``PastForm``): "suchte" (suchen) but not "Leute" nor "ich arbeite"; where the rule names
    auxiliaries, within a few words after one ("je u srijedu ušla", "je bila"), so that "je ovo posao" is no past."""
    toks = sentence.tokens

    def verb(t) -> bool:
        # not the infinitive (also with "zu": "einzuarbeiten"), nor a present form that is the infinitive less its n
        # ("ich arbeite", "ich achte")
        return t.lower.endswith(rule.endings) and t.lemma.endswith(rule.lemma_endings) and t.lower not in rule.idioms \
            and t.lemma not in (t.lower, t.lower + "n", t.lower.replace("zu", "", 1))

    if not rule.after:
        return any(verb(t) for t in toks)
    return any(t.lower in rule.after and any(verb(u) for u in toks[k + 1:k + 1 + rule.within])
               for k, t in enumerate(toks))


def kind(sentence: Sentence, lang: str) -> str:
    """"ahead" (a plan, a wish, the future: wins over a past in the same sentence), "past" or "neither".
    "Later" looks ahead only where no past is told: "zuerst an der Kasse und später auch in der
    Warenannahme" is a CV."""
    if looks_ahead(sentence, lang):
        return "ahead"
    if tells_past(sentence, lang):
        return "past"
    return "ahead" if find_any(list(markers(lang).ahead_unless_past), sentence) else "neither"


@lru_cache(maxsize=None)
def _habit_phrases(lang: str) -> tuple[tuple[Phrase, ...], tuple[Phrase, ...]]:
    """(the habit words, the exceptions said with them: lines of ``habitual.txt`` starting with "!")."""
    rows = lines(lang, "habitual")
    return (tuple(compile_phrase(r, lang) for r in rows if not r.startswith("!")),
            tuple(compile_phrase(r[1:], lang) for r in rows if r.startswith("!")))


def habitual(sentence: Sentence, lang: str) -> bool:
    """Does the sentence tell a habit rather than one occasion ("whenever it got busy everybody pitched in", "uvijek
    smo si pomagali", ``rules/<lang>/habitual.txt``)? A past told only in such sentences is no real case. The same
    word in an exception ("još uvijek", "immer noch", "as always") tells no habit."""
    habits, exceptions = _habit_phrases(lang)
    taken = [span for _, span in find_any(list(exceptions), sentence)]
    return any(not any(c < b and a < d for c, d in taken) for _, (a, b) in find_any(list(habits), sentence))
