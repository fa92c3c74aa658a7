#!/usr/bin/env python3
"""Extract user-facing strings, merge them into the hr/de/en catalogues and compile them (Babel).

Run after changing interface strings (``make i18n``); then translate the new entries in the .po
files (the English catalogue is filled in automatically) and run it again to compile.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "src" / "interview_coach"
LOCALES = PKG / "i18n" / "locales"
DOMAIN = "interview_coach"
KEYWORDS = {"_": None, "tr": None, "n": (1, 2), "tr_n": (1, 2)}
LANGS = ("hr", "de", "en")


def extract() -> Catalog:
    template = Catalog(project="interview-coach", domain=DOMAIN)
    for filename, lineno, message, comments, context in extract_from_dir(
            str(PKG), method_map=[("**.py", "python"), ("**/templates/**.html", "jinja2")],
            options_map={"**/templates/**.html": {"encoding": "utf-8"}}, keywords=KEYWORDS,
            comment_tags=("TRANSLATORS:",)):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def _translated(string) -> bool:
    if isinstance(string, (tuple, list)):
        return all(string)
    return bool(string)


def po_path(lang: str) -> Path:
    return LOCALES / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def update(template: Catalog) -> list[str]:
    untranslated = []
    for lang in LANGS:
        path = po_path(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            with path.open("rb") as fh:
                catalog = read_po(fh, locale=lang, domain=DOMAIN)
        else:
            catalog = Catalog(locale=lang, domain=DOMAIN, project="interview-coach")
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        for message in catalog:
            if not message.id:
                continue
            if lang == "en":
                message.string = message.id
            elif not _translated(message.string):
                untranslated.append(f"{lang}: {message.id!r}")
        with path.open("wb") as fh:
            write_po(fh, catalog, width=100, sort_output=True, omit_header=False)
    return untranslated


def compile_all() -> None:
    for lang in LANGS:
        with po_path(lang).open("rb") as fh:
            catalog = read_po(fh, locale=lang, domain=DOMAIN)
        with po_path(lang).with_suffix(".mo").open("wb") as fh:
            write_mo(fh, catalog, use_fuzzy=False)


def main() -> int:
    missing = update(extract())
    compile_all()
    if missing:
        print(f"{len(missing)} untranslated entries:", *missing, sep="\n  ")
        return 1
    print("catalogues up to date and compiled")
    return 0


if __name__ == "__main__":
    sys.exit(main())
