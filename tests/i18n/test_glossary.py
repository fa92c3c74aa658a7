"""Every text the user reads keeps to the glossary (docs/glossary.md): no term from its "avoid"
column in the bank's hr/de files or in the hr/de interface messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "src" / "interview_coach"
AVOID = {
    "hr": [r"\bispitiva\w*", r"\bklijent\w*", r"\bsnažn\w* uslug\w*", r"\bu razvoju\b", r"pitanja za postaviti",
           r"stručn\w* pojm\w* struke", r"\b(Ispričajte|Recite) (mi|nam) o\b", r"na dnevnoj bazi"],
    "de": [r"Probe-Vorstellungsgespräch", r"wiederkehrende[nrs]? Kund", r"\bKlient\w*", r"worauf die Person",
           r"was die Person wissen", r"Kund\*innen"],
}


def _bank_texts(lang: str):
    for path in sorted((PKG / "bank" / "data").rglob("*.yml")):
        if f"/{lang}/" in str(path) or path.stem == lang:
            yield str(path.relative_to(ROOT)), path.read_text("utf-8")


def _rule_messages(lang: str):
    import yaml

    for name in ("wording.yml", "pitfalls.yml"):
        data = yaml.safe_load((PKG / "checks" / "rules" / lang / name).read_text("utf-8"))
        for rule in data.get("rules") or data.get("pitfalls") or []:
            yield f"rules/{lang}/{name}: {rule['id']}", rule["message"]


def _messages(lang: str):
    path = PKG / "i18n" / "locales" / lang / "LC_MESSAGES" / "interview_coach.po"
    with path.open("rb") as f:
        for msg in read_po(f, locale=lang):
            strings = msg.string if isinstance(msg.string, tuple) else (msg.string,)
            for s in strings:
                if s:
                    yield f"{path.name}: {msg.id!r}", s


@pytest.mark.parametrize("lang", sorted(AVOID))
def test_the_bank_and_the_interface_keep_to_the_glossary(lang):
    found = []
    for where, text in [*_bank_texts(lang), *_rule_messages(lang), *_messages(lang)]:
        for pattern in AVOID[lang]:
            for m in re.finditer(pattern, text, flags=re.IGNORECASE):
                found.append(f"{where}: {m.group(0)}")
    assert not found, "\n".join(found)


def test_the_glossary_names_every_avoided_term_family():
    glossary = (ROOT / "docs" / "glossary.md").read_text("utf-8")
    for word in ("ispitivač", "klijent", "u razvoju", "Probe-Vorstellungsgespräch", "wiederkehrender Kunde"):
        assert word in glossary
