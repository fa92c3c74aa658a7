"""Where the per-language check data lies (``rules/<lang>/``) and how a file of it is read: validated
on load, an unknown key or type fails loudly with file and line (like the question bank). Also the
word classes (``rules/<lang>/word_classes.yml``) that a phrase names as ``@class``."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from jsonschema import Draft202012Validator

from .. import LANGUAGES
from ..bank.errors import BankError
from ..bank.yamlfile import read, validate

WORD_CLASSES_SCHEMA = Draft202012Validator({
    "type": "object", "additionalProperties": False, "required": ["lang", "classes"],
    "properties": {
        "lang": {"enum": list(LANGUAGES)},
        "classes": {"type": "object", "propertyNames": {"pattern": r"^[a-z][a-z_]*$"}, "additionalProperties": {
            # one word each (a lemma, =form, word*, *word): a class stands for one word of a phrase
            "type": "array", "minItems": 2, "uniqueItems": True,
            "items": {"type": "string", "pattern": r"^[=*]?[^\s@…=*]+\*?$"}}},
    }})


def rules_dir(lang: str) -> Path:
    return Path(str(resources.files(__package__) / "rules" / lang))


def _load(path: Path, schema) -> dict:
    data, problems = read(path)
    problems = problems or validate(path, data, schema)
    if problems:
        raise BankError(problems)
    return data


@lru_cache(maxsize=None)
def word_classes(lang: str) -> dict[str, tuple[str, ...]]:
    """The word classes of ``lang`` by name (``@name`` in a phrase matches any of its words)."""
    path = rules_dir(lang) / "word_classes.yml"
    if not path.exists():
        return {}
    return {name: tuple(words) for name, words in _load(path, WORD_CLASSES_SCHEMA)["classes"].items()}
