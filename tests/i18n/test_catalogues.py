"""Every interface string is translated into hr and de, and the compiled catalogues match the sources."""

from __future__ import annotations

import io

import pytest
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from interview_coach.i18n import Translator, choose_language, localedir, normalise

LANGS = ("hr", "de", "en")


def catalog(lang):
    with open(f"{localedir()}/{lang}/LC_MESSAGES/interview_coach.po", "rb") as fh:
        return read_po(fh, locale=lang)


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_translated(lang):
    empty = [m.id for m in catalog(lang) if m.id and not (all(m.string) if isinstance(m.string, tuple) else m.string)]
    assert not empty


@pytest.mark.parametrize("lang", ["hr", "de"])
def test_placeholders_survive_translation(lang):
    import re
    for m in catalog(lang):
        if not m.id:
            continue
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        wanted = set().union(*(re.findall(r"\{[^}]*\}", i) for i in ids))
        for s in strings:
            found = set(re.findall(r"\{[^}]*\}", s))
            # a plural form may leave out {count} ("once"), never add an unknown placeholder
            assert found == wanted if len(ids) == 1 else found <= wanted and found, (m.id, s)


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_catalogue_matches_source(lang):
    buf = io.BytesIO()
    write_mo(buf, catalog(lang))
    with open(f"{localedir()}/{lang}/LC_MESSAGES/interview_coach.mo", "rb") as fh:
        shipped = read_mo(fh)
    fresh = read_mo(io.BytesIO(buf.getvalue()))
    key = lambda m: m.id if isinstance(m.id, str) else tuple(m.id)  # noqa: E731
    assert {key(m): m.string for m in shipped if m.id} == {key(m): m.string for m in fresh if m.id}, \
        "run `make i18n` to recompile"


def test_language_choice_order(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "de_AT.UTF-8")
    monkeypatch.delenv("INTERVIEW_COACH_LANG", raising=False)
    assert choose_language(None) == "de"
    monkeypatch.setenv("INTERVIEW_COACH_LANG", "hr")
    assert choose_language(None) == "hr"
    assert choose_language("en") == "en"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    monkeypatch.delenv("INTERVIEW_COACH_LANG")
    assert choose_language(None) == "en"
    assert normalise("sr-Latn") == "hr" and normalise("xx") is None


def test_every_string_in_the_code_is_in_the_catalogues():
    """A string marked for translation in the code (or a template) but never extracted would show
    in English to every user: extraction must have been run (make i18n) after the last change."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).parents[2] / "scripts" / "i18n.py"
    spec = importlib.util.spec_from_file_location("i18n_script", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    wanted = {m.id if isinstance(m.id, str) else m.id[0] for m in module.extract() if m.id}
    for lang in LANGS:
        have = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog(lang) if m.id}
        assert not sorted(wanted - have), lang


@pytest.mark.parametrize("lang, seconds, form", [
    ("hr", 21, "oko 21 sekunde;"), ("hr", 23, "oko 23 sekunde;"), ("hr", 25, "oko 25 sekundi;"),
    ("hr", 12, "oko 12 sekundi;"),
    ("de", 1, "etwa 1 Sekunde dauern"), ("de", 23, "etwa 23 Sekunden dauern"),
    ("en", 1, "about 1 second to say"), ("en", 23, "about 23 seconds to say"),
])
def test_a_length_in_seconds_takes_the_numbers_grammatical_form(lang, seconds, form):
    """Croatian has three forms after a number (21 sekunde, 23 sekunde, 25 sekundi after "oko")."""
    tr = Translator(lang)
    text = tr.n("Your answer would take about {seconds} second to say; keep it to {low} to {high} seconds: "
                "what matters most, told briefly.",
                "Your answer would take about {seconds} seconds to say; keep it to {low} to {high} seconds: "
                "what matters most, told briefly.", seconds, seconds=seconds, low=60, high=120)
    assert form in text


@pytest.mark.parametrize("lang, count, form", [
    ("hr", 1, "1 riječ"), ("hr", 21, "21 riječ"), ("hr", 23, "23 riječi"), ("hr", 11, "11 riječi"),
    ("de", 1, "1 Wort"), ("de", 2, "2 Wörter"), ("en", 1, "1 word"), ("en", 2, "2 words"),
])
def test_a_word_count_takes_the_numbers_grammatical_form(lang, count, form):
    assert Translator(lang).n("{count} word", "{count} words", count) == form
