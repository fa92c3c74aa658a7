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
    if profile.values:
        heading(tr("What the company stands for ({language})", language=profile.language))
        for value in profile.values:
            click.echo(f"  - {value}")
        click.echo()
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
    click.echo(tr("Saved company “{name}” with {n} keywords.", name=name, n=len(profile.keywords)))


@company.command("list", help=_("List the companies you saved."))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON (documented in docs/json.md)."))
def list_cmd(as_json: bool) -> None:
    from ..services import companies
    from .context import coach

    rows = companies.saved(coach())
    if as_json:
        emit_json([r.model_dump(include={"name", "language", "keywords"}) for r in rows])
        return
    if not rows:
        click.echo(tr("No companies or job adverts saved yet. Save one with: interview-coach company save NAME FILE"))
    for r in rows:
        kind = tr("job advert") if r.advert else tr("company")
        click.echo(f"  {r.name} ({kind}, {r.language}): {', '.join(r.keywords[:6])}")


@cli.group(help=_("Prepare for a job advert: the job, the duties and skills it asks for, the questions to "
                  "practise first and the words to use."))
def advert() -> None:
    pass


def _read_advert(file: Path) -> str:
    import sys

    try:
        raw = sys.stdin.buffer.read() if str(file) == "-" else file.read_bytes()
        return raw.decode("utf-8-sig")
    except OSError as exc:
        fail(tr("Cannot read the advert file {path}: {reason}", path=file, reason=exc.strerror or exc))
    except UnicodeDecodeError:
        fail(tr("The advert file {path} is not UTF-8 text.", path=file))


def _show_advert(result, name: str | None) -> None:
    from ..i18n.labels import ROLE_NAMES
    from .ui import echo_wrapped

    heading(result.title or tr("Job advert"))
    role = tr(ROLE_NAMES[result.role]) if result.role else tr("not clear from the advert")
    click.echo(tr("Job: {role}", role=role))
    for title, items in ((tr("Duties"), result.duties), (tr("Skills asked for"), result.skills)):
        if items:
            click.echo()
            heading(title)
            for item in items:
                echo_wrapped(item, indent="    ", first="  - ")
    click.echo()
    heading(tr("Questions to practise first"))
    for q in result.questions:
        echo_wrapped(f"{q.text} ({q.id})", indent="      ", first="  ? ")
    if result.keywords:
        click.echo()
        heading(tr("Words to use, where they are true for you"))
        click.echo("  " + ", ".join(k.term for k in result.keywords))
    if name:
        click.echo()
        click.echo(tr("Saved as '{name}'. Practise with: interview-coach practice --company \"{name}\"", name=name))


@advert.command("analyze", help=_("Read a job advert (a text file, or - for standard input) in hr, de or en."))
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON (documented in docs/json.md)."))
def advert_analyze(file: Path, as_json: bool) -> None:
    from ..services import companies
    from .context import coach

    result = companies.save_advert(coach(), None, _read_advert(file))
    if as_json:
        emit_json(result.to_json())
    else:
        _show_advert(result, None)


@advert.command("save", help=_("Read a job advert and keep it under a name: practice --company NAME and mock "
                               "--company NAME then use its job and its words."))
@click.argument("name")
@click.argument("file", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help=_("Print JSON (documented in docs/json.md)."))
def advert_save(name: str, file: Path, as_json: bool) -> None:
    from ..services import companies
    from .context import coach

    result = companies.save_advert(coach(), name, _read_advert(file))
    if as_json:
        emit_json({"name": name, **result.to_json()})
    else:
        _show_advert(result, name)
