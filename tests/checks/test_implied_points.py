"""A key point made by making others (``rules/implied.yml``): "a motive beyond money" is made by an answer to
why-cs that tells two real motives of the work and never speaks of money; not when money is the motive
(rules/undone.yml still undoes it), in hr, de and en. The data's ids name real questions and key points."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.bank.loader import default_bank
from interview_coach.checks.coverage import implied_by

MOTIVES = {
    "en": ("I like talking to people, I always have. The best part for me is when someone comes in worried and leaves "
           "with the problem solved, that feels really good."),
    "de": ("Ich rede einfach gern mit Menschen, das war schon immer so. Am schönsten finde ich es, wenn jemand "
           "besorgt reinkommt und mit einer Lösung wieder geht, das ist ein richtig gutes Gefühl."),
    "hr": ("Volim razgovarati s ljudima, oduvijek. Najdraže mi je kad netko dođe zabrinut, a ode s riješenim "
           "problemom, to je stvarno dobar osjećaj."),
}
MONEY = {"en": " But honestly, the main reason is the pay.",
         "de": " Aber ehrlich gesagt ist der Hauptgrund das Geld.",
         "hr": " Ali iskreno, glavni razlog je plaća."}


@pytest.mark.parametrize("lang", sorted(MOTIVES))
def test_two_motives_and_no_money_make_a_motive_beyond_money(lang):
    fb = feedback("why-cs", MOTIVES[lang], lang=lang, ui_lang=lang)
    points = {k.id: k for k in fb.key_points}
    assert points["enjoy-people"].covered and points["solving-satisfaction"].covered
    assert points["right-motive"].covered and points["right-motive"].evidence is not None
    money = feedback("why-cs", MOTIVES[lang] + MONEY[lang], lang=lang, ui_lang=lang)
    assert "money-only" in [p["id"] for p in money.pitfalls]
    assert not next(k for k in money.key_points if k.id == "right-motive").covered


def test_the_implied_points_name_real_questions_and_key_points():
    bank = default_bank()
    for qid, points in implied_by().items():
        ids = {k.id for k in bank.question(qid).in_lang("en").key_points}
        for kp, (by, at_least) in points.items():
            assert kp in ids and set(by) <= ids and kp not in by and at_least <= len(by), (qid, kp)
