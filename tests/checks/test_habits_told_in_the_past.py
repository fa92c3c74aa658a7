"""A habit told in the past is no real case ("At the supermarket where I worked, we all supported each other, and
whenever it got busy everybody pitched in", outside round 22): the answer tells no story, and a stock claim next to
it ("I'm a real team player") stays unproved; one occasion told after the habit is a story again. In hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

HABIT = {
    "en": ("I'd say I'm a real team player. At the supermarket where I worked, we always helped each other, and "
           "whenever it got busy everybody pitched in. Communication is the key to any good team."),
    "de": ("Ich bin ein echter Teamplayer. Im Supermarkt haben wir uns immer gegenseitig geholfen, und wenn viel los "
           "war, hat jedes Mal jeder mit angepackt. Kommunikation ist das A und O in jedem Team."),
    "hr": ("Ja sam pravi timski igrač. Na prošlom poslu uvijek smo si međusobno pomagali, a kad je bila gužva, svaki "
           "put je svatko uskočio. Komunikacija je ključna u svakom timu."),
}
OCCASION = {
    "en": (" Last December the tills went down on a Saturday, so I took the card payments on the handheld while my "
           "colleague wrote receipts, and we cleared the queue in twenty minutes."),
    "de": (" Letzten Dezember ist an einem Samstag die Kasse ausgefallen, da habe ich die Kartenzahlungen am "
           "Handgerät genommen, während meine Kollegin Belege geschrieben hat, und nach zwanzig Minuten war die "
           "Schlange weg."),
    "hr": (" Prošlog prosinca u subotu pala je blagajna. Preuzela sam naplatu karticama na prijenosnom uređaju, a "
           "kolegica je pisala račune. Za dvadeset minuta red je nestao."),
}


@pytest.mark.parametrize("lang", sorted(HABIT))
def test_habits_told_in_the_past_are_no_story(lang):
    fb = feedback("teamwork", HABIT[lang], lang=lang)
    assert not fb.has_example
    assert "generic" in [p["id"] for p in fb.pitfalls]


@pytest.mark.parametrize("lang", sorted(HABIT))
def test_one_occasion_after_the_habit_is_a_story(lang):
    fb = feedback("teamwork", HABIT[lang] + OCCASION[lang], lang=lang)
    assert fb.has_example
    assert "generic" not in [p["id"] for p in fb.pitfalls]
