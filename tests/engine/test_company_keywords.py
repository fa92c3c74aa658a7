"""company analyze: the keywords are things the company stands for or offers, not its name from the heading,
number words, prepositions, places listed after a comma or the first part of a compound cut short
("Stadt-, Trekking- und E-Bikes"), in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.company import analyze

PROFILES = {
    "de": ("Über uns – Radhaus Nord\n\nRadhaus Nord ist ein familiengeführter Fahrradfachhändler mit vierzehn "
           "Filialen zwischen Hamburg, Bremen und Hannover. Wir verkaufen Stadt-, Trekking- und E-Bikes und bieten "
           "Dienstrad-Leasing für Arbeitgeber an. In jeder Filiale gibt es eine eigene Werkstatt; unser Versprechen: "
           "ein Reparaturtermin innerhalb von zwei Tagen. Unsere Werte: Ehrlich beraten, schnell reparieren, lange "
           "begleiten.",
           {"radhaus", "nord", "bremen", "hannover", "stadt", "trekking", "vierzehn", "innerhalb"}),
    "hr": ("O nama – TehnoKutak\n\nTehnoKutak je obiteljski lanac od devet trgovina kućanskih aparata i "
           "elektronike, osnovan prije dvadeset godina. Kupcima nudimo besplatnu dostavu, montažu i savjet i nakon "
           "kupnje, unutar dva dana. Naše vrijednosti su strpljenje, iskrenost i stručnost.",
           {"tehnokutak", "devet", "dvadeset", "unutar", "dva"}),
    "en": ("About Greenleaf Home & Garden\n\nGreenleaf is a family-run group of five garden centres in the North "
           "West. Our promise is simple: advice you can trust, and we never rush a customer. Every colleague gets "
           "training in horticulture and product knowledge, and we deliver within two days.",
           {"greenleaf", "five", "two", "within"}),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_keywords_hold_no_name_number_place_or_cut_compound(lang):
    text, banned = PROFILES[lang]
    terms = [k.term for k in analyze(text, lang=lang).keywords]
    assert terms, lang
    words = {w.lower().strip(".,") for t in terms for w in t.split()}
    assert not words & banned, (lang, terms)


def test_an_english_promise_keeps_its_verb():
    # English puts the verb first in its phrase: "we always take the time" is the promise, "time" alone says
    # nothing (German "Wir beraten ehrlich" is "ehrlich": tests in test_company_values.py)
    text = "Our promise is simple: advice you can trust, and we always take the time."
    assert "take the time" in analyze(text, lang="en").values
