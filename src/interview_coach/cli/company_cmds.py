"""``company analyze``: keywords from a company's "About us" text."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..i18n import _
from .app import cli
from .ui import emit_json, fail, heading, tr


def company_error(exc) -> str:
    reason = str(exc)
    if reason == "empty":
        return tr("The company text is empty.")
    if reason == "too-long":
        return tr("The company text is too long; paste the About us section only.")
    if reason.startswith("unsupported-language"):
        return tr("The company text is in a language the coach cannot analyse; use Croatian, German or English.")
    return reason


def load_company(path: Path):
    """A company profile from a text file ("About us") or a YAML/JSON file {name, about, keywords}."""
    from ..company import CompanyError, CompanyProfile, Keyword, analyze

    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        fail(tr("Cannot read the company file {path}: {reason}", path=path, reason=exc.strerror or exc))
    except UnicodeDecodeError:
        fail(tr("The company file {path} is not UTF-8 text.", path=path))
    data = None
    if path.suffix.lower() in (".yml", ".yaml", ".json"):
        try:
            if path.suffix.lower() == ".json":
                data = json.loads(text)
            else:
                from ruamel.yaml import YAML
                data = YAML(typ="safe").load(text)
        except Exception as exc:  # noqa: BLE001 - any parse error is reported the same way
            fail(tr("The company file {path} could not be read: {reason}", path=path, reason=str(exc).splitlines()[0]))
        if not isinstance(data, dict) or not (data.get("about") or data.get("keywords")):
            fail(tr("The company file {path} needs 'about' text or a 'keywords' list.", path=path))
    try:
        if data is None:
            return analyze(text)
        profile = analyze(str(data["about"]), name=data.get("name")) if data.get("about") else \
            CompanyProfile(data.get("name"), data.get("language", "en"), [])
        given = [Keyword(str(k), 1.0) for k in data.get("keywords") or []]
        profile.keywords = given + [k for k in profile.keywords if k.term not in {g.term for g in given}]
        return profile
    except CompanyError as exc:
        fail(company_error(exc))


@cli.group(help=_("Prepare for a company: find the words it uses for how it treats customers."))
def company() -> None:
    pass


@company.command("analyze", help=_("Keywords from a company's \"About us\" text (hr/de/en), names and boilerplate "
                                   "left out, to weave into your answers."))
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON (documented in docs/json.md)."))
def analyze_cmd(file: Path, as_json: bool) -> None:
    profile = load_company(file)
    if as_json:
        emit_json(profile.to_json())
        return
    heading(tr("Company keywords ({language})", language=profile.language))
    for kw in profile.keywords:
        click.echo(f"  - {kw.term}")
    click.echo()
    click.echo(tr("Use a few of these words, where they are true for you, in your answers."))
