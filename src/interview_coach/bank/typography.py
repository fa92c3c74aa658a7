"""Text checks on a pack's files beyond the schema: list items that are fragments of a sentence (an
unquoted YAML flow list is cut apart at its commas: ``[Say where you want to go, not what you run
from.]`` is two items), and quotation marks that are not the language's own (German „…“, Croatian
„…”, English “…”)."""

from __future__ import annotations

import re
from pathlib import Path

from ..i18n.labels import QUOTES
from .errors import Problem
from .yamlfile import line_of

PROSE_LISTS = ("tips", "pitfalls", "variants")  # lists whose items are whole sentences or questions
_START = re.compile(r"^[\W\d_]*[A-ZČĆĐŠŽÄÖÜ0-9]")
_END = re.compile(r"[.?!…:][\"“”«»')]*$")
DOUBLE_QUOTES = "\"„“”«»"


def fragment(item: object) -> bool:
    """Is this list item a piece of a sentence (no capital at the start or no stop at the end)?"""
    return not (isinstance(item, str) and _START.search(item.strip()) and _END.search(item.strip()))


def quote_problem(text: str, lang: str) -> str | None:
    """What is wrong with the double quotation marks of ``text`` in ``lang``, or None."""
    left, right = QUOTES[lang]
    marks = [c for c in text if c in DOUBLE_QUOTES]
    expected = [left if i % 2 == 0 else right for i in range(len(marks))]
    if marks == expected:
        return None
    return (f"quotation marks {''.join(marks)} in {text[:60]!r}: in '{lang}' quote with {left}…{right}")


def _strings(node: object, path: list):
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            if key not in ("cues", "id"):
                yield from _strings(value, path + [key])
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _strings(value, path + [i])


def problems(path: Path, data: dict, lang: str) -> list[Problem]:
    """The fragments in prose lists and the wrong quotation marks of one file in ``lang``."""
    found = []
    for key in PROSE_LISTS:
        for i, item in enumerate(data.get(key) or []):
            if fragment(item):
                found.append(Problem(path, line_of(data, [key, i]), (
                    f"'{key}' item {i + 1} ({str(item)[:50]!r}) is not a whole sentence: a list written as "
                    f"[a, b] is cut at its commas; write one '- item' a line")))
    for where, text in _strings(data, []):
        message = quote_problem(text, lang)
        if message:
            found.append(Problem(path, line_of(data, where), message))
    return found
