"""Load and validate question packs (the built-in ``core`` pack and users' own), merged by id.

A pack is a folder::

    meta.yml                  name, version, languages (validated by schema/meta.schema.json)
    questions/<lang>/<id>.yml one question in one language (schema/question.schema.json)
    rubric/<lang>.yml         optional: elements of good service (schema/rubric.schema.json)
    prep/<lang>.yml           optional: checklist and questions to ask (schema/prep.schema.json)

Every problem is collected and reported with file and line; nothing half-valid is loaded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from . import typography
from .errors import BankError, Problem
from .model import (DEFAULT_LENGTH_AIM, ROLES, AskQuestion, Bank, ChecklistItem, KeyPoint, PackMeta, Prep, Question,
                    QuestionText, RubricElement, SampleAnswer)
from .yamlfile import line_of, read, validate

def core_pack_dir() -> Path:
    return Path(str(resources.files(__package__) / "data" / "core"))


class _Pack:
    """The contents of one pack, before merging."""

    def __init__(self, meta: PackMeta):
        self.meta = meta
        self.questions: dict[str, Question] = {}
        self.rubric: dict[str, tuple[RubricElement, ...]] = {}
        self.prep: dict[str, Prep] = {}


def load_pack(folder: Path) -> _Pack:
    folder = Path(folder)
    problems: list[Problem] = []
    meta_path = folder / "meta.yml"
    if not folder.is_dir():
        raise BankError([Problem(folder, None, "pack folder not found")])
    if not meta_path.is_file():
        raise BankError([Problem(meta_path, None, "missing meta.yml (every pack needs name, version, languages)")])
    data, found = read(meta_path)
    problems += found or validate(meta_path, data, "meta")
    if problems:
        raise BankError(problems)
    langs = tuple(data["languages"])
    pack = _Pack(PackMeta(data["name"], str(data["version"]), langs, data.get("title", ""), str(folder)))

    problems += _load_questions(folder, pack)
    problems += _load_rubric(folder, pack)
    problems += _load_prep(folder, pack)
    if problems:
        raise BankError(problems)
    return pack


def _lang_folders(folder: Path, kind: str, pack: _Pack, problems: list[Problem]) -> list[tuple[str, Path]]:
    base = folder / kind
    if not base.is_dir():
        return []
    found = []
    for child in sorted(base.iterdir()):
        lang = child.name if child.is_dir() else child.stem
        if child.name.startswith("."):
            continue
        if lang not in pack.meta.languages:
            problems.append(Problem(child, None, f"language '{lang}' is not listed in meta.yml languages {list(pack.meta.languages)}"))
            continue
        found.append((lang, child))
    return found


def _load_questions(folder: Path, pack: _Pack) -> list[Problem]:
    problems: list[Problem] = []
    by_id: dict[str, dict[str, tuple[Path, dict]]] = {}
    broken: set[tuple[str, str]] = set()  # (lang, id) whose file exists but is invalid: no cascade
    for lang, lang_dir in _lang_folders(folder, "questions", pack, problems):
        for path in sorted(lang_dir.iterdir()):
            if path.suffix not in (".yml", ".yaml"):
                if not path.name.startswith("."):
                    problems.append(Problem(path, None, "not a .yml file; question files are questions/<lang>/<id>.yml"))
                continue
            data, found = read(path)
            found = found or validate(path, data, "question") or typography.problems(path, data, lang)
            if found:
                problems += found
                broken.add((lang, path.stem))
                continue
            if data["id"] != path.stem:
                problems.append(Problem(path, line_of(data, ["id"]), f"id '{data['id']}' does not match the file name '{path.stem}'"))
                continue
            if data["lang"] != lang:
                problems.append(Problem(path, line_of(data, ["lang"]), f"lang '{data['lang']}' does not match its folder '{lang}'"))
                continue
            seen: set[str] = set()
            for i, kp in enumerate(data["key_points"]):
                if kp["id"] in seen:
                    problems.append(Problem(path, line_of(data, ["key_points", i, "id"]), f"duplicate key point id '{kp['id']}'"))
                seen.add(kp["id"])
            by_id.setdefault(data["id"], {})[lang] = (path, data)
    if not by_id and not (folder / "questions").is_dir():
        return problems
    problems += _shared_wordings(by_id)
    for qid, versions in sorted(by_id.items()):
        langs = tuple(lang for lang in pack.meta.languages if (lang, qid) not in broken)
        problems += _check_languages(folder, qid, versions, langs)
        if problems:
            continue
        first = next(iter(versions.values()))[1]
        pack.questions[qid] = Question(
            id=qid,
            category=first["category"],
            expects_example=bool(first.get("expects_example", False)),
            texts={lang: _question_text(lang, d) for lang, (_, d) in versions.items()},
            pack=pack.meta.name,
            pitfall_ids=tuple(first.get("pitfall_checks", ())),
            length_aim=tuple(first.get("length_aim", DEFAULT_LENGTH_AIM)),
            roles=tuple(r for r in ROLES if r in first.get("roles", ROLES)),
            story_situation=first.get("story_situation"),
            story_result=first.get("story_result"),
            story_own=first.get("story_own"),
            own_record=first.get("own_record"),
            looks_ahead=bool(first.get("looks_ahead", False)),
            admits_unknown=bool(first.get("admits_unknown", False)),
            company_values=first.get("company_values"),
            company_terms=first.get("company_terms"),
            company_research=first.get("company_research"),
        )
    return problems


def _check_languages(folder: Path, qid: str, versions: dict, langs: tuple[str, ...]) -> list[Problem]:
    problems = []
    for lang in langs:
        if lang not in versions:
            problems.append(Problem(folder / "questions" / lang / f"{qid}.yml", None,
                                    f"missing language: question '{qid}' has no '{lang}' version"))
    ref_lang, (ref_path, ref) = next(iter(versions.items()))
    ref_kps = [k["id"] for k in ref["key_points"]]
    for lang, (path, data) in versions.items():
        for key in ("category", "expects_example", "pitfall_checks", "length_aim", "roles", "story_situation",
                    "story_result", "story_own", "own_record", "looks_ahead", "admits_unknown", "company_values",
                    "company_terms", "company_research"):
            if data.get(key) != ref.get(key):
                problems.append(Problem(path, line_of(data, [key]),
                                        f"{key} '{data.get(key)}' differs from the '{ref_lang}' version ({ref.get(key)})"))
        if bool(data.get("topic_cues")) != bool(ref.get("topic_cues")):
            problems.append(Problem(path, line_of(data, ["topic_cues"]) if data.get("topic_cues") else None,
                                    f"topic_cues are given in some languages only (the '{ref_lang}' version "
                                    f"{'has' if ref.get('topic_cues') else 'has none'})"))
        kps = [k["id"] for k in data["key_points"]]
        for key in ("story_situation", "story_result", "own_record", "company_values", "company_terms",
                    "company_research"):
            if data.get(key) and data[key] not in kps:
                problems.append(Problem(path, line_of(data, [key]),
                                        f"{key} '{data[key]}' is not one of the key points {kps}"))
        if set(kps) != set(ref_kps):
            missing, extra = sorted(set(ref_kps) - set(kps)), sorted(set(kps) - set(ref_kps))
            problems.append(Problem(path, line_of(data, ["key_points"]),
                                    f"key point ids differ from the '{ref_lang}' version (missing {missing}, extra {extra})"))
        ref_means = {k["id"] for k in ref["key_points"] if k.get("means")}
        for i, k in enumerate(data["key_points"]):
            if bool(k.get("means")) != (k["id"] in ref_means) and k["id"] in ref_kps:
                problems.append(Problem(path, line_of(data, ["key_points", i, "id"]),
                                        f"key point '{k['id']}' has 'means' in some languages only"))
        for flag in ("optional", "by_cue"):
            ref_flagged = {k["id"] for k in ref["key_points"] if k.get(flag)}
            for i, k in enumerate(data["key_points"]):
                if bool(k.get(flag)) != (k["id"] in ref_flagged) and k["id"] in ref_kps:
                    problems.append(Problem(path, line_of(data, ["key_points", i, "id"]),
                                            f"key point '{k['id']}' is {flag} in some languages only"))
    return problems


def _question_text(lang: str, d: dict) -> QuestionText:
    return QuestionText(
        lang=lang,
        text=str(d["text"]).strip(),
        variants=tuple(str(v).strip() for v in d.get("variants", [])),
        what_they_want=str(d["what_they_want"]).strip(),
        key_points=tuple(KeyPoint(k["id"], str(k["text"]).strip(), tuple(k.get("cues", [])), bool(k.get("optional", False)),
                                  bool(k.get("by_cue", False)), " ".join(str(k.get("means", "")).split()))
                         for k in d["key_points"]),
        tips=tuple(str(t).strip() for t in d["tips"]),
        pitfalls=tuple(str(t).strip() for t in d["pitfalls"]),
        sample_answers=tuple(SampleAnswer(s["profile"], " ".join(str(s["text"]).split())) for s in d["sample_answers"]),
        topic_cues=tuple(str(c) for c in d.get("topic_cues", ())),
    )


def _wording_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _shared_wordings(by_id: dict[str, dict[str, tuple[Path, dict]]]) -> list[Problem]:
    """A question's wording (its text or a variant) that another question of the pack also uses, in
    the same language: a typed-in question could not tell which of the two it asks."""
    owner: dict[tuple[str, str], str] = {}
    problems = []
    for qid, versions in sorted(by_id.items()):
        for lang, (path, data) in versions.items():
            wordings = [(["text"], data["text"])] + [(["variants", i], v) for i, v in enumerate(data.get("variants") or [])]
            for where, text in wordings:
                other = owner.setdefault((lang, _wording_key(text)), qid)
                if other != qid:
                    problems.append(Problem(path, line_of(data, where),
                                            f"the wording '{text}' is also a wording of question '{other}'"))
    return problems


def _load_rubric(folder: Path, pack: _Pack) -> list[Problem]:
    problems: list[Problem] = []
    ids: dict[str, tuple[Path, set]] = {}
    for lang, path in _lang_folders(folder, "rubric", pack, problems):
        data, found = read(path)
        found = found or validate(path, data, "rubric") or _unique(path, data, "elements") \
            or typography.problems(path, data, lang)
        if found:
            problems += found
            continue
        pack.rubric[lang] = tuple(RubricElement(e["id"], e["name"], str(e["text"]).strip(), tuple(e.get("cues", [])))
                                  for e in data["elements"])
        ids[lang] = (path, {e["id"] for e in data["elements"]})
    problems += _same_ids(ids, "rubric element")
    return problems


def _load_prep(folder: Path, pack: _Pack) -> list[Problem]:
    problems: list[Problem] = []
    ids: dict[str, tuple[Path, set]] = {}
    for lang, path in _lang_folders(folder, "prep", pack, problems):
        data, found = read(path)
        found = found or validate(path, data, "prep") or _unique(path, data, "checklist") \
            + _unique(path, data, "questions_to_ask") or typography.problems(path, data, lang)
        if found:
            problems += found
            continue
        pack.prep[lang] = Prep(
            checklist=tuple(ChecklistItem(c["id"], c["group"], str(c["text"]).strip()) for c in data["checklist"]),
            questions_to_ask=tuple(AskQuestion(q["id"], str(q["text"]).strip(), str(q.get("why", "")).strip())
                                   for q in data["questions_to_ask"]),
        )
        ids[lang] = (path, {c["id"] for c in data["checklist"]} | {q["id"] for q in data["questions_to_ask"]})
    problems += _same_ids(ids, "preparation item")
    return problems


def _unique(path: Path, data: dict, key: str) -> list[Problem]:
    seen, problems = set(), []
    for i, item in enumerate(data[key]):
        if item["id"] in seen:
            problems.append(Problem(path, line_of(data, [key, i, "id"]), f"duplicate id '{item['id']}' in {key}"))
        seen.add(item["id"])
    return problems


def _same_ids(ids: dict[str, tuple[Path, set]], what: str) -> list[Problem]:
    if len(ids) < 2:
        return []
    ref_lang, (_, ref) = next(iter(ids.items()))
    return [Problem(path, None, f"{what} ids differ from the '{ref_lang}' version "
                                f"(missing {sorted(ref - got)}, extra {sorted(got - ref)})")
            for lang, (path, got) in ids.items() if got != ref]


def load_bank(extra: Sequence[Path] | None = None) -> Bank:
    """The core pack merged with the given packs (later packs replace or add questions by id).
    Which packs a user has is the settings' business (``Settings.pack_dirs``)."""
    folders = [core_pack_dir()] + [Path(p) for p in extra or []]
    bank = Bank()
    problems: list[Problem] = []
    for folder in folders:
        try:
            pack = load_pack(folder)
        except BankError as exc:
            problems += exc.problems
            continue
        bank.packs.append(pack.meta)
        bank.questions.update(pack.questions)
        for lang, elements in pack.rubric.items():
            merged = {e.id: e for e in bank.rubric.get(lang, ())}
            merged.update({e.id: e for e in elements})
            bank.rubric[lang] = tuple(merged.values())
        bank.prep.update(pack.prep)
    if problems:
        raise BankError(problems)
    return bank


_cache: dict[tuple, Bank] = {}


def default_bank(packs: Sequence[Path] = ()) -> Bank:
    """The core pack with these packs, loaded once per process."""
    key = tuple(str(p) for p in packs)
    if key not in _cache:
        _cache[key] = load_bank(list(packs))
    return _cache[key]
