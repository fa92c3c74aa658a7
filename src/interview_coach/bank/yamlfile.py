"""Read one YAML file, keep line numbers, and validate it against a JSON schema.

ruamel.yaml keeps each key's line (``.lc``) and refuses duplicate keys; jsonschema
reports the path of each error, which is mapped back to the nearest line.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

from jsonschema import Draft202012Validator
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .errors import Problem


@lru_cache(maxsize=None)
def validator(name: str) -> Draft202012Validator:
    text = (resources.files(__package__) / "schema" / f"{name}.schema.json").read_text("utf-8")
    return Draft202012Validator(json.loads(text))


def read(path: Path) -> tuple[object | None, list[Problem]]:
    """Parse ``path``; return (data, problems). Data is None when the file cannot be parsed."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(path, None, f"cannot read file: {exc.strerror or exc}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(path, line, "file is not valid UTF-8 text")]
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        data = yaml.load(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        what = " ".join(str(x) for x in (exc.context, exc.problem) if x)
        if "duplicate key" in what:
            what = "duplicate key: " + what.split("found duplicate key", 1)[-1].strip().split("\n")[0]
        return None, [Problem(path, line, f"invalid YAML: {what}")]
    except YAMLError as exc:
        return None, [Problem(path, None, f"invalid YAML: {exc}")]
    return data, []


def line_of(data: object, path: list) -> int | None:
    """Best line number (1-based) for a jsonschema error path inside ruamel data."""
    node, line = data, None
    if isinstance(node, (CommentedMap, CommentedSeq)):
        line = node.lc.line + 1
    for step in path:
        try:
            if isinstance(node, CommentedMap) and step in node:
                line = node.lc.key(step)[0] + 1
            elif isinstance(node, CommentedSeq) and isinstance(step, int) and step < len(node):
                line = node.lc.item(step)[0] + 1
            node = node[step]
        except (KeyError, IndexError, TypeError, AttributeError):
            break
    return line


def validate(path: Path, data: object, schema: "str | Draft202012Validator") -> list[Problem]:
    """Problems of ``data`` against a bundled schema (by name) or a ready validator."""
    problems = []
    check = validator(schema) if isinstance(schema, str) else schema
    for error in sorted(check.iter_errors(data), key=lambda e: list(map(str, e.absolute_path))):
        where = list(error.absolute_path)
        message = error.message
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            allowed = set(error.schema.get("properties", {}))
            for key in error.instance:
                if key not in allowed:
                    problems.append(Problem(path, line_of(data, where + [key]), f"unknown key '{key}'" + _at(where)))
            continue
        if error.validator == "required":
            message = error.message.replace("is a required property", "is missing")
        problems.append(Problem(path, line_of(data, where), message + _at(where)))
    return problems


def _at(where: list) -> str:
    return f" (at {'.'.join(str(p) for p in where)})" if where else ""
