"""Word classes (``rules/<lang>/word_classes.yml``): ``@name`` in a phrase stands for any word of the
class, in any inflection, so that one cue says an idea in its many wordings."""

from __future__ import annotations

import re

import pytest

from interview_coach import LANGUAGES
from interview_coach.bank.errors import BankError
from interview_coach.checks import phrases
from interview_coach.checks.phrases import compile_phrase, find
from interview_coach.checks.ruledata import WORD_CLASSES_SCHEMA, rules_dir, word_classes
from interview_coach.nlp.text import sentences

# made-up classes, so that the matching is tested apart from the shipped data
CLASSES = {
    "en": {"staff_t": ("colleague", "supervisor", "=management"), "lazy_t": ("lazy", "useless", "hopeless")},
    "de": {"staff_t": ("Kollege", "Chefin", "*leitung"), "lazy_t": ("faul", "unfähig", "nutzlos")},
    "hr": {"staff_t": ("kolega", "šef", "nadređen*"), "lazy_t": ("lijen", "nesposoban", "beskoristan")},
}
FOUND = [
    ("en", "My colleagues were honestly lazy.", "colleagues were honestly lazy"),
    ("en", "The supervisor was useless with rotas.", "supervisor was useless"),
    ("en", "The management was hopeless.", "management was hopeless"),
    ("de", "Die Kollegen waren ehrlich gesagt faul.", "Kollegen waren ehrlich gesagt faul"),
    ("de", "Die Filialleitung war völlig unfähig.", "Filialleitung war völlig unfähig"),
    ("de", "Meine Chefin war nutzlos.", "Chefin war nutzlos"),
    ("hr", "Kolege su mi bile stvarno lijene.", "Kolege su mi bile stvarno lijene"),
    ("hr", "Šef je bio potpuno nesposoban.", "Šef je bio potpuno nesposoban"),
    ("hr", "Nadređeni su bili lijeni.", "Nadređeni su bili lijeni"),
]
NOT_FOUND = [
    ("en", "The customer was useless at reading labels."),  # not a word of the class
    ("en", "Managements were hopeless."),                   # =management: that form only
    ("de", "Die Kundin war faul."),
    ("hr", "Kupac je bio lijen."),
    # two class words side by side, but a clause mark between them: two thoughts, not one
    ("en", "I asked a colleague; useless words help nobody."),
    ("de", "Ich rief die Kollegin: nutzlos war das nicht."),
    ("hr", "Zvala sam šefa; beskoristan razgovor nije bio."),
]


@pytest.fixture
def made_up_classes(monkeypatch):
    monkeypatch.setattr(phrases, "word_classes", lambda lang: CLASSES[lang])
    compile_phrase.cache_clear()
    yield
    compile_phrase.cache_clear()


@pytest.mark.parametrize("lang,text,hit", FOUND)
def test_a_class_word_matches_any_word_of_the_class_in_any_inflection(made_up_classes, lang, text, hit):
    [s] = sentences(text, lang)
    assert [text[a:b] for a, b in find(compile_phrase("@staff_t … @lazy_t", lang), s)] == [hit]


@pytest.mark.parametrize("lang,text", NOT_FOUND)
def test_a_word_outside_the_class_is_not_matched(made_up_classes, lang, text):
    [s] = sentences(text, lang)
    assert find(compile_phrase("@staff_t … @lazy_t", lang), s) == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_unknown_class_is_named_in_the_error(made_up_classes, lang):
    with pytest.raises(KeyError, match="no_such_class"):
        compile_phrase("@no_such_class … lazy", lang)


def test_a_class_member_of_more_than_one_word_is_refused(monkeypatch):
    monkeypatch.setattr(phrases, "word_classes", lambda lang: {"bad_t": ("boss/manager", "never")})
    compile_phrase.cache_clear()
    try:
        with pytest.raises(ValueError, match="not one word"):
            compile_phrase("@bad_t care", "en")
    finally:
        compile_phrase.cache_clear()


def test_the_schema_refuses_a_member_with_a_space_and_a_one_word_class():
    bad = {"lang": "en", "classes": {"staff": ["head office", "boss"], "one": ["boss"]}}
    messages = [e.message for e in WORD_CLASSES_SCHEMA.iter_errors(bad)]
    assert any("head office" in m for m in messages) and any("short" in m for m in messages)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_shipped_class_compiles_and_is_used_by_a_rule(lang):
    try:
        classes = word_classes(lang)
    except BankError as e:  # pragma: no cover - the message names file and line
        pytest.fail(str(e))
    used = set()
    rule_files = set(rules_dir(lang).glob("*.yml")) | set(rules_dir(lang).glob("*.txt"))  # phrase lists use them too
    for path in rule_files - {rules_dir(lang) / "word_classes.yml"}:
        used |= set(re.findall(r"@([a-z][a-z_]*)", path.read_text("utf-8")))
    for name in classes:
        assert len(compile_phrase(f"@{name}", lang).words) == 1
        assert name in used, f"word class {name!r} of {lang} is used by no rule"
