"""Every rule carries its own examples, and the examples are the tests (LanguageTool/proselint style)."""

from __future__ import annotations

import re

import pytest

from interview_coach.bank.errors import BankError
from interview_coach.checks import star, wording
from interview_coach.checks.rules import WORDING_SCHEMA, _load, star_cues, wording_rules
from interview_coach.nlp.text import sentences

LANGS = ("hr", "de", "en")
MARK = re.compile(r"\[\[(.+?)\]\]")


def unmark(example: str) -> tuple[str, list[str]]:
    return MARK.sub(lambda m: m.group(1), example), MARK.findall(example)


def test_same_rule_ids_in_every_language():
    ids = {lang: [r.id for r in wording_rules(lang)] for lang in LANGS}
    assert ids["hr"] == ids["de"] == ids["en"]
    assert len(set(ids["en"])) == len(ids["en"])


def _examples(kind: str):
    for lang in LANGS:
        for rule in wording_rules(lang):
            for i, example in enumerate(rule.fail_examples if kind == "fail" else rule.pass_examples):
                yield pytest.param(lang, rule.id, example, id=f"{lang}-{rule.id}-{kind}{i}")


@pytest.mark.parametrize("lang", LANGS)
def test_every_rule_has_failing_and_passing_examples(lang):
    for rule in wording_rules(lang):
        assert rule.fail_examples and rule.pass_examples, rule.id


@pytest.mark.parametrize("lang,rule_id,example", list(_examples("fail")))
def test_each_failing_example_fails(lang, rule_id, example):
    rule = next(r for r in wording_rules(lang) if r.id == rule_id)
    text, expected = unmark(example)
    found = [e.text for e in wording.matches(rule, sentences(text, lang), text, lang)]
    assert [f.lower() for f in found] == [x.lower() for x in expected], found


@pytest.mark.parametrize("lang,rule_id,example", list(_examples("pass")))
def test_each_passing_example_passes(lang, rule_id, example):
    rule = next(r for r in wording_rules(lang) if r.id == rule_id)
    assert not wording.matches(rule, sentences(example, lang), example, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_star_examples(lang):
    cues = star_cues(lang)
    assert cues.examples
    for text, expected in cues.examples:
        [sentence] = sentences(text, lang)
        found = {part for part, span in star.sentence_parts(sentence, lang).items() if span}
        assert found == set(expected), (lang, text, found)


def test_rule_file_with_unknown_key_fails_loudly(tmp_path):
    path = tmp_path / "wording.yml"
    path.write_text("lang: en\nrules:\n  - id: wording.x\n    type: phrases\n    polarity: avoid\n    level: suggestion\n"
                    "    tokens: [um]\n    message: Say less um.\n    source: test\n    colour: red\n"
                    "    examples: {fail: ['um um'], pass: ['ok']}\n", "utf-8")
    with pytest.raises(BankError) as info:
        _load(path, WORDING_SCHEMA)
    [problem] = info.value.problems
    assert problem.line == 10 and "unknown key 'colour'" in problem.message


def test_rule_file_with_unknown_type_fails_loudly(tmp_path):
    path = tmp_path / "wording.yml"
    path.write_text("lang: en\nrules:\n  - id: wording.x\n    type: regex\n    polarity: avoid\n    level: suggestion\n"
                    "    tokens: [um]\n    message: Say less um.\n    source: test\n"
                    "    examples: {fail: ['um um'], pass: ['ok']}\n", "utf-8")
    with pytest.raises(BankError) as info:
        _load(path, WORDING_SCHEMA)
    assert info.value.problems[0].line == 4


TRAILS_OFF = {
    "en": "One day a customer came in with a broken kettle. I listened to him. I called the supplier and asked for a "
          "replacement. I don't know how it ended, to be honest. Since then I always write the supplier's number down.",
    "de": "Einmal kam ein Kunde mit einem kaputten Wasserkocher. Ich habe ihm zugehört. Ich habe beim Lieferanten "
          "angerufen. Wie das dann ausgegangen ist, weiß ich ehrlich gesagt nicht mehr. Seitdem notiere ich mir die Nummer.",
    "hr": "Jednom je došao kupac s pokvarenim kuhalom. Saslušala sam ga. Nazvala sam dobavljača i tražila zamjenu. "
          "Ne znam kako je to na kraju završilo. Od tada uvijek zapišem broj dobavljača.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_story_that_does_not_know_its_end_has_no_result(lang):
    text = TRAILS_OFF[lang]
    told = star.run(sentences(text, lang), text, lang)
    assert told.has_example and not told.parts["result"].present
    ending = text.replace(TRAILS_OFF[lang].split(". ")[3] + ". ", "")  # the same story without "I don't know how it ended"
    assert star.run(sentences(ending, lang), ending, lang).parts["result"].present
