"""The check protocol: one registry of units, each with an id and a dimension; the engine runs the
enabled ones; a switched-off unit leaves no trace; advice carries the grading guide's codes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from interview_coach import feedback
from interview_coach.checks import all_check_ids, unknown
from interview_coach.checks.registry import REGISTRY
from interview_coach.result import DIMENSIONS

LANGS = ("hr", "de", "en")
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "grading.md"
# a weak story: short, no result, a filler, some key points missing: most units have advice to give
ANSWERS = {
    "en": "Um, once a customer was angry about a late parcel. I listened to him and I checked the order.",
    "de": "Äh, einmal war ein Kunde wegen eines verspäteten Pakets wütend. Ich habe ihm zugehört und die "
          "Bestellung geprüft.",
    "hr": "Ovaj, jednom je kupac bio ljut zbog paketa koji je kasnio. Saslušala sam ga i provjerila narudžbu.",
}


def test_every_unit_has_its_own_id_and_a_known_dimension():
    ids = [c.id for c in REGISTRY]
    assert len(ids) == len(set(ids))
    assert {c.dimension for c in REGISTRY if c.dimension} == set(DIMENSIONS)
    for c in REGISTRY:
        assert c.summary, c.id


@pytest.mark.parametrize("lang", LANGS)
def test_every_id_belongs_to_one_unit_and_switches_off(lang):
    ids = all_check_ids(lang)
    assert len(ids) == len(set(ids))
    assert not unknown(ids)
    assert unknown(["wording.no_such_rule", "nothing"]) == ["wording.no_such_rule", "nothing"]
    assert not unknown(["wording", "delivery", "content.pitfalls.blame_others"])


@pytest.mark.parametrize("lang", LANGS)
def test_the_advice_codes_are_the_grading_guides(lang):
    codes = set(re.findall(r"`([a-z-]+(?::[a-z-]+)?)`", GUIDE.read_text("utf-8")))
    fb = feedback("difficult-customer", ANSWERS[lang], lang=lang, ui_lang=lang)
    assert fb.advice
    for a in fb.advice:
        assert a["code"].split(":")[0] in codes or a["code"].startswith("pitfall:"), a


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("unit", [c for c in REGISTRY if c.dimension not in (None, "delivery", "company_fit")],
                         ids=lambda c: c.id)
def test_a_switched_off_unit_leaves_no_trace(lang, unit):
    on = feedback("difficult-customer", ANSWERS[lang], lang=lang, ui_lang=lang)
    off = feedback("difficult-customer", ANSWERS[lang], lang=lang, ui_lang=lang, disabled=(unit.id,))
    assert off.dimensions[unit.dimension] is None
    mine = {a["message"] for a in on.advice} - {a["message"] for a in off.advice}
    assert on.dimensions[unit.dimension] is not None
    # what only this unit said is gone; the others still speak
    assert all(m not in {a["message"] for a in off.advice} for m in mine)
    assert off.advice
