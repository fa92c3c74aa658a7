"""The schema refuses broken bank files, naming the file, the line and the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from interview_coach.bank import BankError, load_bank, load_pack


def problems_of(folder: Path) -> list:
    with pytest.raises(BankError) as info:
        load_pack(folder)
    return info.value.problems


def test_core_pack_is_valid():
    pack = load_pack(Path(__file__).parents[2] / "src/interview_coach/bank/data/core")
    assert pack.meta.languages == ("hr", "de", "en")
    assert len(pack.questions) >= 18


def test_bad_yaml_names_file_and_line(pack_copy):
    path = pack_copy / "questions/de/why-cs.yml"
    lines = path.read_text("utf-8").splitlines()
    lines[4] = "text: [unclosed"
    path.write_text("\n".join(lines), "utf-8")
    [problem] = problems_of(pack_copy)
    assert problem.file == path
    assert problem.line is not None and problem.line >= 5
    assert "invalid YAML" in problem.message


def test_unknown_key_is_refused_with_its_line(pack_copy):
    path = pack_copy / "questions/en/why-cs.yml"
    text = path.read_text("utf-8").replace("what_they_want:", "what_they_wnat:", 1)
    path.write_text(text, "utf-8")
    found = problems_of(pack_copy)
    messages = {str(p) for p in found}
    expected_line = next(i for i, l in enumerate(text.splitlines(), 1) if l.startswith("what_they_wnat"))
    assert f"{path}:{expected_line}: unknown key 'what_they_wnat'" in messages
    assert any("'what_they_want' is missing" in m for m in messages)


def test_missing_language_is_refused(pack_copy):
    (pack_copy / "questions/hr/stress.yml").unlink()
    found = problems_of(pack_copy)
    assert any("missing language" in p.message and "'stress'" in p.message and "'hr'" in p.message for p in found)
    assert any(p.file.name == "stress.yml" and p.file.parent.name == "hr" for p in found)


def test_duplicate_yaml_key_is_refused(pack_copy):
    path = pack_copy / "questions/en/stress.yml"
    text = path.read_text("utf-8")
    path.write_text(text + "\ncategory: behavioural\n", "utf-8")
    [problem] = problems_of(pack_copy)
    assert problem.file == path and "duplicate key" in problem.message
    assert problem.line == len(text.splitlines()) + 2


def test_duplicate_key_point_id_is_refused(pack_copy):
    path = pack_copy / "questions/de/difficult-customer.yml"
    text = path.read_text("utf-8").replace("- id: listen-ask", "- id: real-situation", 1)
    path.write_text(text, "utf-8")
    found = problems_of(pack_copy)
    dup = [p for p in found if "duplicate key point id 'real-situation'" in p.message]
    assert dup and dup[0].file == path
    expected = [i for i, l in enumerate(text.splitlines(), 1) if "- id: real-situation" in l][1]
    assert dup[0].line == expected


def test_duplicate_question_id_across_files_is_refused(pack_copy):
    src = pack_copy / "questions/en/stress.yml"
    (pack_copy / "questions/en/stress-copy.yml").write_text(src.read_text("utf-8"), "utf-8")
    found = problems_of(pack_copy)
    assert any(p.file.name == "stress-copy.yml" and "does not match the file name" in p.message for p in found)


def test_key_points_must_match_across_languages(pack_copy):
    path = pack_copy / "questions/hr/dont-know.yml"
    text = path.read_text("utf-8").replace("- id: follow-up", "- id: follow-through", 1)
    path.write_text(text, "utf-8")
    found = problems_of(pack_copy)
    assert any(p.file == path and "key point ids differ" in p.message for p in found)


def test_wrong_encoding_is_refused(pack_copy):
    path = pack_copy / "questions/hr/qualities.yml"
    path.write_bytes(path.read_text("utf-8").encode("cp1250"))
    [problem] = problems_of(pack_copy)
    assert problem.file == path and "UTF-8" in problem.message and problem.line


def test_missing_meta_is_refused(pack_copy):
    (pack_copy / "meta.yml").unlink()
    [problem] = problems_of(pack_copy)
    assert problem.file.name == "meta.yml"


def test_undeclared_language_folder_is_refused(pack_copy):
    (pack_copy / "questions/fr").mkdir()
    found = problems_of(pack_copy)
    assert any("'fr'" in p.message for p in found)


def make_user_pack(root: Path, qid: str = "night-shift", langs=("en", "de")) -> Path:
    pack = root / "night-pack"
    (pack / "questions").mkdir(parents=True)
    (pack / "meta.yml").write_text(f"name: night-pack\nversion: '0.1'\nlanguages: [{', '.join(langs)}]\n", "utf-8")
    texts = {"en": "Are you able to work night shifts in our call centre?",
             "de": "Können Sie in unserem Callcenter Nachtschichten übernehmen?",
             "hr": "Možete li raditi noćne smjene u našem pozivnom centru?"}
    for lang in langs:
        (pack / "questions" / lang).mkdir()
        (pack / "questions" / lang / f"{qid}.yml").write_text(f"""\
id: {qid}
lang: {lang}
category: situational
text: "{texts[lang]}"
what_they_want: Whether you are available and reliable for the shifts.
key_points:
  - id: availability
    text: Clear availability
  - id: reliability
    text: Reliability example
tips: [Be honest about your availability.]
pitfalls: [Promising shifts you cannot work.]
sample_answers:
  - profile: experienced
    text: Yes. In my last job I worked nights twice a week for a year and never missed a shift.
  - profile: first-job
    text: Yes, I can. I have no other commitments at night and I am used to staying focused late.
""", "utf-8")
    return pack


def test_user_pack_is_validated_and_merged_by_id(tmp_path):
    pack = make_user_pack(tmp_path)
    bank = load_bank(extra=[pack])
    assert "night-shift" in bank.questions and "difficult-customer" in bank.questions
    assert bank.questions["night-shift"].pack == "night-pack"
    assert bank.questions["night-shift"].languages == ("de", "en")


def test_user_pack_replaces_a_core_question_with_the_same_id(tmp_path):
    pack = make_user_pack(tmp_path, qid="stress", langs=("en",))
    bank = load_bank(extra=[pack])
    assert bank.questions["stress"].pack == "night-pack"
    assert "night shifts" in bank.questions["stress"].in_lang("en").text


def test_broken_user_pack_is_refused(tmp_path):
    pack = make_user_pack(tmp_path)
    (pack / "questions/de/night-shift.yml").write_text("id: night-shift\nlang: de\n", "utf-8")
    with pytest.raises(BankError) as info:
        load_bank(extra=[pack])
    assert all("night-pack" in str(p.file) for p in info.value.problems)
    assert any("is missing" in p.message for p in info.value.problems)


@pytest.mark.parametrize("lang, key, split", [
    ("de", "tips", "tips: [Sagen Sie, wohin Sie wollen, nicht wovor Sie weglaufen.]"),
    ("en", "pitfalls", "pitfalls: [Arguing, or proving the customer wrong.]"),
    ("hr", "variants", "variants: [Kako postupate, kad kupac inzistira na nečemu što nije točno?]"),
])
def test_a_list_cut_apart_at_its_commas_is_refused_with_its_line(pack_copy, lang, key, split):
    path = pack_copy / f"questions/{lang}/customer-wrong.yml"
    lines = path.read_text("utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    end = next(i for i in range(at + 1, len(lines)) if not lines[i].startswith("  -"))
    lines[at:end] = [split]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    found = problems_of(pack_copy)
    assert found and all(p.file == path and p.line == at + 1 for p in found)
    assert all(f"'{key}' item" in p.message and "not a whole sentence" in p.message for p in found)


@pytest.mark.parametrize("lang, quoted, right", [("de", "“Nein”", "„…“"), ("hr", '"ne"', "„…”"), ("en", "„no“", "“…”")])
def test_quotation_marks_must_be_the_languages_own(pack_copy, lang, quoted, right):
    path = pack_copy / f"questions/{lang}/why-cs.yml"
    lines = path.read_text("utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("what_they_want:"))
    lines[at] = f"what_they_want: 'Ob {quoted} gesagt wird.'"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    [problem] = problems_of(pack_copy)
    assert problem.file == path and problem.line == at + 1 and right in problem.message


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_wording_shared_by_two_questions_is_refused_with_its_line(pack_copy, lang):
    """A typed-in question that is word for word a wording of two bank questions cannot be judged as
    either: the pack is refused, at the later question's line."""
    own = (pack_copy / f"questions/{lang}/why-hire-you.yml").read_text("utf-8")
    wording = next(line for line in own.splitlines() if line.startswith("text:"))[len("text: "):]
    path = pack_copy / f"questions/{lang}/why-leaving.yml"
    lines = path.read_text("utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("variants:"))
    lines.insert(at + 1, f"  - '{wording.strip(chr(39))}'")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    [problem] = problems_of(pack_copy)
    assert problem.file == path and problem.line == at + 2 and "why-hire-you" in problem.message


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
@pytest.mark.parametrize("key,value", [("story_situation", "example"), ("story_result", "result")])
def test_a_story_part_that_is_no_key_point_is_refused_with_its_line(pack_copy, lang, key, value):
    path = pack_copy / f"questions/{lang}/stress.yml"
    text = path.read_text("utf-8").replace(f"{key}: {value}", f"{key}: {value}x", 1)
    path.write_text(text, "utf-8")
    found = problems_of(pack_copy)
    line = next(i for i, l in enumerate(text.splitlines(), 1) if l.startswith(key))
    assert any(p.file == path and p.line == line and f"{key} '{value}x' is not one of the key points" in p.message
               for p in found), [str(p) for p in found]


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_topic_cues_in_some_languages_only_are_refused(pack_copy, lang):
    path = pack_copy / f"questions/{lang}/weakness.yml"
    lines = path.read_text("utf-8").splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("topic_cues:"))
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("  "))
    path.write_text("\n".join(lines[:start] + lines[end:]) + "\n", "utf-8")
    found = problems_of(pack_copy)
    assert any("topic_cues are given in some languages only" in p.message for p in found), [str(p) for p in found]


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_key_point_optional_in_some_languages_only_is_refused_with_its_line(pack_copy, lang):
    path = pack_copy / f"questions/{lang}/qualities.yml"
    text = path.read_text("utf-8")
    assert "    optional: true\n" in text
    path.write_text(text.replace("    optional: true\n", "", 1), "utf-8")
    found = [p for p in problems_of(pack_copy) if "'job-advert' is optional in some languages only" in p.message]
    line = next(i for i, l in enumerate(text.splitlines(), 1) if l == "  - id: job-advert")
    # named in the file changed, or (where that is the reference language) in every other language's file
    assert found and all(p.line == line for p in found if p.file == path), [str(p) for p in found]


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_key_point_by_cue_in_some_languages_only_is_refused(pack_copy, lang):
    path = pack_copy / f"questions/{lang}/data-protection.yml"
    text = path.read_text("utf-8")
    assert "    by_cue: true\n" in text
    path.write_text(text.replace("    by_cue: true\n", "", 1), "utf-8")
    found = [p for p in problems_of(pack_copy) if "'alternative' is by_cue in some languages only" in p.message]
    assert found, [str(p) for p in problems_of(pack_copy)]


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_key_point_with_means_in_some_languages_only_is_refused(pack_copy, lang):
    path = pack_copy / f"questions/{lang}/dont-know.yml"
    lines = path.read_text("utf-8").splitlines()
    at = next(i for i, l in enumerate(lines) if l.startswith("    means: ") and lines[i - 2] == "  - id: follow-up")
    path.write_text("\n".join(lines[:at] + lines[at + 1:]) + "\n", "utf-8")
    found = [p for p in problems_of(pack_copy) if "'follow-up' has 'means' in some languages only" in p.message]
    assert found, [str(p) for p in problems_of(pack_copy)]


def test_means_too_short_to_say_anything_is_refused(pack_copy):
    path = pack_copy / "questions/en/dont-know.yml"
    text = path.read_text("utf-8")
    start = text.index('    means: "Following up')
    end = text.index("\n", start)
    path.write_text(text[:start] + '    means: "follow up"' + text[end:], "utf-8")
    assert any(p.file == path for p in problems_of(pack_copy)), [str(p) for p in problems_of(pack_copy)]
