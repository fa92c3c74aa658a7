"""``company analyze``: keywords from a company's "About us" text."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..i18n import _
from .app import cli
from .ui import emit_json, fail, heading, tr


def load_company(path: Path):
    """A company profile from a text file ("About us"), a YAML/JSON file {name, about, keywords}, or
    the name of a profile saved with ``company save``."""
    from ..company import CompanyProfile, Keyword, analyze

    if not Path(path).exists():
        saved = _saved_company(str(path))
        if saved is not None:
            return saved

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
    if data is None:
        return analyze(text)
    profile = analyze(str(data["about"]), name=data.get("name")) if data.get("about") else \
        CompanyProfile(data.get("name"), data.get("language", "en"), [])
    given = [Keyword(str(k), 1.0) for k in data.get("keywords") or []]
    profile.keywords = given + [k for k in profile.keywords if k.term not in {g.term for g in given}]
    return profile


def _saved_company(name: str):
    from ..services import companies
    from ..errors import Unavailable
    from .context import coach

    try:
        return companies.find(coach(), name)
    except Unavailable:  # no database: the name is then read as a file name (and not found)
        return None


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


@company.command("save", help=_("Analyse a company's text (or profile file) and keep it under a name, for "
                                "practice --company NAME and mock --company NAME."))
@click.argument("name")
@click.argument("file", type=click.Path(path_type=Path))
def save_cmd(name: str, file: Path) -> None:
    from ..services import companies
    from .context import coach

    if not file.exists():
        fail(tr("Cannot read the company file {path}: {reason}", path=file, reason="not found"))
    profile = load_company(file)
    about = file.read_text("utf-8-sig") if file.suffix.lower() not in (".yml", ".yaml", ".json") else None
    companies.save(coach(), name, about, profile=profile)
    click.echo(tr("Saved company '{name}' with {n} keywords.", name=name, n=len(profile.keywords)))


@company.command("list", help=_("List the companies you saved."))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON (documented in docs/json.md)."))
def list_cmd(as_json: bool) -> None:
    from ..services import companies
    from .context import coach

    rows = companies.saved(coach())
    if as_json:
        emit_json([r.model_dump(include={"name", "language", "keywords"}) for r in rows])
        return
    for r in rows:
        click.echo(f"  {r.name} ({r.language}): {', '.join(r.keywords[:6])}")
