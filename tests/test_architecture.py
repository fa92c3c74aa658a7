"""The import rule of docs/architecture.md: data flows one way (interfaces -> services -> store and
engine -> checks -> nlp / bank), nothing below the interfaces reads the environment, and the package
root stays light. Read from the source with ``ast``, so a lazy import inside a function counts too."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import interview_coach

PKG = Path(interview_coach.__file__).parent
NAME = "interview_coach"

# module (prefix) -> packages it must never import
FORBIDDEN = {
    "cli": ("store",),
    "web": ("store",),
    "worker": ("store",),
    "services": ("cli", "web"),
    "store": ("services", "cli", "web", "engine", "checks"),
    "engine": ("store", "services", "cli", "web"),
    "impression": ("store", "services", "cli", "web", "engine"),
    "checks": ("store", "services", "cli", "web", "engine", "company"),
    "company": ("store", "services", "cli", "web"),
    "advert": ("store", "services", "cli", "web", "engine"),
    "speech": ("store", "services", "cli", "web"),
    "reports": ("store", "services", "cli", "web"),
    "nlp": ("store", "services", "cli", "web", "engine", "checks", "bank"),
    "bank": ("store", "services", "cli", "web", "engine", "checks", "nlp"),
    "result": ("store", "services", "cli", "web"),
    "errors": ("store", "services", "cli", "web", "engine", "checks", "nlp", "bank"),
    "settings": ("store", "services", "cli", "web", "engine", "checks", "nlp"),
}
NO_ENVIRONMENT = ("engine", "impression", "checks", "services", "store", "bank", "company", "advert", "reports", "worker")


def modules():
    for path in sorted(PKG.rglob("*.py")):
        parts = path.relative_to(PKG).with_suffix("").parts
        yield path, parts


def imported(path: Path, parts: tuple[str, ...]) -> set[str]:
    """Every ``interview_coach`` module this file imports, as dotted names below the package."""
    package = parts[:-1]
    found = set()
    tree = ast.parse(path.read_text("utf-8"))
    typing_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If)
                   and getattr(block.test, "id", getattr(block.test, "attr", None)) == "TYPE_CHECKING"
                   for n in ast.walk(block)}  # imports for type hints only are not imports at run time
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(package[: len(package) - node.level + 1])
                mod = ".".join([NAME, *base, *(node.module.split(".") if node.module else [])])
            else:
                mod = node.module or ""
            names = [mod] + [f"{mod}.{a.name}" for a in node.names]
        else:
            continue
        found |= {n[len(NAME) + 1:] for n in names if n.startswith(NAME + ".")}
    return found


def layer(parts: tuple[str, ...]) -> str:
    return parts[0]


@pytest.mark.parametrize("path,parts", list(modules()), ids=lambda v: "/".join(v) if isinstance(v, tuple) else "")
def test_no_layer_imports_one_it_must_not(path, parts):
    forbidden = FORBIDDEN.get(layer(parts), ())
    bad = sorted(m for m in imported(path, parts) if m.split(".")[0] in forbidden)
    assert not bad, f"{'/'.join(parts)} imports {bad}; see docs/architecture.md"


@pytest.mark.parametrize("path,parts", [(p, m) for p, m in modules() if layer(m) in NO_ENVIRONMENT],
                         ids=lambda v: "/".join(v) if isinstance(v, tuple) else "")
def test_below_the_interfaces_nothing_reads_the_environment(path, parts):
    source = path.read_text("utf-8")
    tree = ast.parse(source)
    reads = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr in ("environ", "getenv")
             and isinstance(n.value, ast.Name) and n.value.id == "os"]
    assert not reads, f"{'/'.join(parts)} reads the environment at lines {reads}; pass Settings down instead"


def test_the_rule_sees_relative_and_lazy_imports(tmp_path):
    """The checker itself: a lazy relative import of the store inside a CLI function is caught."""
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from ..store import repo\n    from ..services import practice\n")
    found = imported(sample, ("cli", "x"))
    assert "store.repo" in found and "services.practice" in found


def test_the_package_root_and_the_bank_import_nothing_heavy():
    code = ("import sys, interview_coach, interview_coach.bank, interview_coach.settings, interview_coach.errors;"
            "heavy = [m for m in ('numpy', 'sqlalchemy', 'fastapi', 'onnxruntime', 'interview_coach.engine', "
            "'interview_coach.store') if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "", f"importing the package root or the bank loads {out}"


def test_the_architecture_doc_names_every_layer():
    text = (PKG.parent.parent / "docs" / "architecture.md").read_text("utf-8")
    for name in FORBIDDEN:
        assert f"`{name}" in text, f"docs/architecture.md does not describe {name}"
