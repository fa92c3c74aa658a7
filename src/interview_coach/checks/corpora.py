"""The sentence corpora written for the checks, per language (``rules/<lang>/``), validated by schema.

``story_endings.yml``: story endings with and without a result, training data of the result read-out
(``readouts.py``). ``pitfall_sentences.yml``: per pitfall, sentences that commit it and close ones that
do not, and harmless story sentences: test data for the pitfall cues
(``tests/checks/test_pitfall_corpora.py``). ``employer_facts.yml``: plain facts about an employer, a manager
or colleagues told without blame, negatives of the blame read-out beside the graded answers.
"""

from __future__ import annotations

from functools import lru_cache

from jsonschema import Draft202012Validator

from .. import LANGUAGES
from .ruledata import _load, rules_dir

_SENTENCES = {"type": "array", "items": {"type": "string", "minLength": 3}, "minItems": 1}
PITFALL_SENTENCES_SCHEMA = Draft202012Validator({
    "type": "object", "additionalProperties": False, "required": ["lang", "pitfalls", "harmless"],
    "properties": {
        "lang": {"enum": list(LANGUAGES)},
        "pitfalls": {"type": "object", "additionalProperties": {
            "type": "object", "additionalProperties": False, "required": ["commit", "fine"],
            "properties": {"commit": _SENTENCES, "fine": _SENTENCES}}},
        "harmless": _SENTENCES,
    }})
STORY_ENDINGS_SCHEMA = Draft202012Validator({
    "type": "object", "additionalProperties": False, "required": ["lang", "result", "no_result"],
    "properties": {"lang": {"enum": list(LANGUAGES)}, "result": _SENTENCES, "no_result": _SENTENCES}})
EMPLOYER_FACTS_SCHEMA = Draft202012Validator({
    "type": "object", "additionalProperties": False, "required": ["lang", "fair"],
    "properties": {"lang": {"enum": list(LANGUAGES)}, "fair": _SENTENCES}})
CORPORA = (("pitfall_sentences.yml", PITFALL_SENTENCES_SCHEMA), ("story_endings.yml", STORY_ENDINGS_SCHEMA),
           ("employer_facts.yml", EMPLOYER_FACTS_SCHEMA))


@lru_cache(maxsize=None)
def corpus(lang: str, name: str) -> dict:
    """A corpus of ``lang`` (``name``: one of ``CORPORA``), validated."""
    return _load(rules_dir(lang) / name, dict(CORPORA)[name])
