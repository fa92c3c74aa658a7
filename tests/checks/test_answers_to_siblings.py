"""Answers to a close sibling question, and to the past instead of the future, are off-topic; real answers are not.
From fresh answers written and graded blind by helpers (42 answers to another question, graded 10-22): a CV given
to "Where do you see yourself in five years?" that ends with one wish (scored 60), an answer about explaining a
tablet given to the question about a customer who speaks little of the language, and the other way round (scored
62-64). Answers written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine
from interview_coach.checks.relevance import told_past_instead

TECH = {
    "de": "Im Elektromarkt kommen oft ältere Leute, die mit ihrem neuen Tablet nicht klarkommen. Ich frage zuerst, was "
          "sie damit machen wollen, meistens Videoanrufe mit der Familie. Dann erkläre ich nur das, ohne Fachwörter, "
          "Schritt für Schritt. Danach lasse ich sie es selbst ausprobieren, bis sie es zweimal allein geschafft haben.",
    "en": "At the electronics store a lot of older people come in who can't get on with their new tablet. I first ask "
          "what they want to use it for, usually video calls with family. Then I explain just that, without jargon, "
          "step by step. After that I let them try it themselves until they've done it twice on their own.",
    "hr": "U trgovini elektronikom često dolaze stariji ljudi koji se ne snalaze s novim tabletom. Prvo pitam za što ga "
          "žele koristiti, najčešće za videopozive s obitelji. Onda objasnim samo to, bez stručnih izraza, korak po "
          "korak. Nakon toga pustim ih da sami probaju dok to dvaput ne naprave bez mene.",
}
LANGUAGE = {
    "hr": "Kad kupac slabo govori hrvatski, govorim polako i jednostavnim riječima, pokazujem rukom ili napišem cijenu. "
          "Prošli mjesec jedan Poljak tražio je punjač za mobitel, pa sam upotrijebila aplikaciju za prevođenje i "
          "pokazala mu dva punjača. Odabrao je jedan, pokazala sam mu cijenu na zaslonu blagajne da budem sigurna da "
          "je razumio, i otišao je zadovoljan.",
}
PAST = {
    "en": "I grew up in Leeds and did a business course at college. After that I worked at a bakery for two years, "
          "first on the counter and then as a shift leader. Then I moved to a clothing store as a sales assistant. At "
          "the moment I work in a call centre, handling billing questions.",
    "de": "Ich habe nach der Realschule eine Ausbildung im Einzelhandel gemacht. Danach war ich sechs Jahre in einem "
          "Kaufhaus an der Kasse. 2015 bin ich zu einem Optiker gewechselt und habe dort Termine vergeben. Jetzt möchte "
          "ich wieder mehr Verantwortung übernehmen.",
    "hr": "Završila sam srednju ekonomsku školu u Osijeku. Nakon toga sam tri godine radila u pekari, prvo na pultu, a "
          "onda kao voditeljica smjene. Zatim sam prešla u trgovinu odjećom. Sada radim u pozivnom centru i odgovaram "
          "na pitanja o računima.",
}
PLAN = {
    "en": "In five years I'd like to be a team leader here. First I want to learn the products and the systems really "
          "well. Then I'd like to train new starters, because I enjoyed that in my last job. I'd also like to do a "
          "course in team leadership.",
    "de": "In fünf Jahren möchte ich hier Teamleiterin sein. Zuerst will ich die Produkte und Systeme richtig gut "
          "kennenlernen. Danach würde ich gern neue Kollegen einarbeiten, das hat mir in meinem letzten Job Spaß "
          "gemacht. Außerdem möchte ich eine Weiterbildung machen.",
    "hr": "Za pet godina voljela bih ovdje biti voditeljica tima. Prvo želim dobro naučiti proizvode i sustave. Zatim "
          "bih voljela uvoditi nove kolege u posao, jer mi je to na prošlom poslu bilo drago. Htjela bih upisati i "
          "tečaj za vođenje tima.",
}


def off_topic(qid: str, text: str, lang: str) -> bool:
    fb = engine.feedback(qid, text, lang=lang, ui_lang=lang)
    return any(a["code"] == "off-topic" for a in fb.advice)


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_explaining_a_tablet_is_no_answer_about_a_language_barrier(lang):
    assert off_topic("language-barrier", TECH[lang], lang)
    assert not off_topic("explain-technology", TECH[lang], lang)


def test_a_language_barrier_story_is_no_answer_about_technology():
    # covers one of the technology question's points ("jednostavnim riječima") and every one of its sibling's
    assert off_topic("explain-technology", LANGUAGE["hr"], "hr")
    assert not off_topic("language-barrier", LANGUAGE["hr"], "hr")


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_cv_given_to_five_years_is_off_topic_and_a_plan_is_not(lang):
    assert off_topic("five-years", PAST[lang], lang)
    assert not off_topic("five-years", PLAN[lang], lang)


@pytest.mark.parametrize("kinds,instead", [
    (["past", "past", "past", "ahead"], True),
    (["past", "past", "neither"], True),
    (["past", "ahead", "ahead"], False),     # a plan, with what led to it
    (["past", "ahead"], False),              # one sentence of the past is too little to tell
    (["past", "past", "ahead", "ahead"], False),
])
def test_past_told_instead_of_a_plan(kinds, instead):
    assert told_past_instead(kinds) is instead
