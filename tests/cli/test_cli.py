"""The CLI in each language: listing, showing, preparation, validation, JSON, language choice."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest

from interview_coach.cli import cli

LANGS = ("hr", "de", "en")
HEADINGS = {"hr": "Ključne točke dobrog odgovora", "de": "Kernpunkte einer starken Antwort",
            "en": "Key points of a strong answer"}
QUESTION = {"hr": "Kako biste objasnili što je usluga kupcima?", "de": "Was ist Kundenservice?", "en": "What is customer service?"}


@pytest.mark.parametrize("lang", LANGS)
def test_questions_list_in_each_language(run_cli, lang):
    result = run_cli("--ui-lang", lang, "questions", "list")
    assert result.exit_code == 0
    assert QUESTION[lang] in result.output
    assert "difficult-customer" in result.output


@pytest.mark.parametrize("lang", LANGS)
def test_questions_show_in_each_language(run_cli, lang):
    result = run_cli("--ui-lang", lang, "questions", "show", "what-is-cs")
    assert result.exit_code == 0
    assert HEADINGS[lang] in result.output and QUESTION[lang] in result.output


def test_question_language_can_differ_from_interface(run_cli):
    result = run_cli("--ui-lang", "hr", "questions", "show", "what-is-cs", "--lang", "de")
    assert QUESTION["de"] in result.output and HEADINGS["hr"] in result.output


def test_language_from_environment_then_locale(run_cli):
    assert HEADINGS["de"] in run_cli("questions", "show", "why-cs", env={"INTERVIEW_COACH_LANG": "de"}).output
    assert HEADINGS["hr"] in run_cli("questions", "show", "why-cs", env={"INTERVIEW_COACH_LANG": None, "LANG": "hr_HR.UTF-8"}).output
    # --ui-lang beats the environment
    out = run_cli("--ui-lang", "en", "questions", "show", "why-cs", env={"INTERVIEW_COACH_LANG": "de", "LANG": "C"}).output
    assert HEADINGS["en"] in out


@pytest.mark.parametrize("lang", LANGS)
def test_show_json_has_the_documented_fields(run_cli, lang):
    result = run_cli("questions", "show", "difficult-customer", "--lang", lang, "--json")
    data = json.loads(result.output)
    for key in ("id", "category", "text", "what_they_want", "key_points", "tips", "sample_answers"):
        assert key in data
    assert data["id"] == "difficult-customer" and data["lang"] == lang
    assert all(set(k) == {"id", "text", "optional"} for k in data["key_points"])
    assert all(isinstance(s, str) and s for s in data["sample_answers"])


def test_list_json_and_category_filter(run_cli):
    data = json.loads(run_cli("questions", "list", "--category", "behavioural", "--json").output)
    assert data and all(q["category"] == "behavioural" for q in data)
    assert "difficult-customer" in {q["id"] for q in data}


def test_unknown_question_and_category_give_clear_errors(run_cli):
    result = run_cli("--ui-lang", "de", "questions", "show", "no-such-question")
    assert result.exit_code == 2 and "Unbekannte Fragen-ID 'no-such-question'" in result.output
    result = run_cli("questions", "list", "--category", "nonsense")
    assert result.exit_code == 2 and "nonsense" in result.output


@pytest.mark.parametrize("lang,word", [("hr", "Popis za pripremu"), ("de", "Checkliste zur Vorbereitung"),
                                       ("en", "Preparation checklist")])
def test_prep_in_each_language(run_cli, lang, word):
    result = run_cli("--ui-lang", lang, "prep")
    assert result.exit_code == 0 and word in result.output
    data = json.loads(run_cli("prep", "--lang", lang, "--json").output)
    assert data["checklist"] and data["questions_to_ask"]


def test_bank_validate_good_and_broken(run_cli, pack_copy):
    assert run_cli("bank", "validate").exit_code == 0
    assert run_cli("bank", "validate", pack_copy).exit_code == 0
    path = pack_copy / "questions/en/qualities.yml"
    path.write_text(path.read_text("utf-8").replace("tips:", "tipps:"), "utf-8")
    result = run_cli("bank", "validate", pack_copy)
    assert result.exit_code == 1
    assert re.search(rf"{re.escape(str(path))}:\d+: unknown key 'tipps'", result.output)


def test_broken_extra_pack_stops_other_commands_with_a_clear_message(run_cli, pack_copy):
    (pack_copy / "meta.yml").write_text("name: [", "utf-8")
    result = run_cli("--pack", pack_copy, "questions", "list")
    assert result.exit_code == 2 and "meta.yml" in result.output


def all_commands(group: click.Group, prefix: str = "interview-coach"):
    for name, cmd in group.commands.items():
        path = f"{prefix} {name}"
        yield path, cmd
        if isinstance(cmd, click.Group):
            yield from all_commands(cmd, path)


def test_every_command_has_help_and_is_documented():
    docs = (Path(__file__).parents[2] / "docs" / "cli.md").read_text("utf-8")
    for path, cmd in all_commands(cli):
        assert cmd.help and len(cmd.help) > 10, path
        assert f"## `{path}" in docs, f"{path} is not documented in docs/cli.md"
        for param in cmd.params:
            if isinstance(param, click.Option):
                assert param.help, f"{path} {param.opts[0]} has no help"


@pytest.mark.parametrize("lang,usage", [("hr", "Uporaba:"), ("de", "Aufruf:"), ("en", "Usage:")])
def test_help_is_translated(run_cli, lang, usage):
    result = run_cli("--ui-lang", lang, "prep", "--help")
    assert usage in result.output


def test_installed_console_script_runs():
    exe = Path(sys.executable).with_name("interview-coach")
    result = subprocess.run([str(exe), "--ui-lang", "de", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "Aufruf:" in result.stdout


@pytest.mark.parametrize("lang,word", [("hr", "Vježbajte"), ("de", "Üben Sie"), ("en", "Practise")])
def test_no_command_shows_a_welcome(run_cli, lang, word):
    result = run_cli("--ui-lang", lang)
    assert result.exit_code == 0 and word in result.output and "interview-coach feedback" in result.output
