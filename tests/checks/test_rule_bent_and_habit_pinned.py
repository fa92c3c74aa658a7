"""Two things an outside recruiter held against fresh answers that the engine missed (written for this test, in
hr, de and en): a rule broken for a customer and excused ("which technically wasn't allowed, but it was
Christmas") is over-promising; the same rule named and then followed (asking the manager first) is not. And a
mistake pinned on a colleague's habit ("which happened quite a lot with him") is blaming others."""

from __future__ import annotations

import pytest

from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences

BENT = [
    ("en", "I drove over after work and dropped it at her house, which technically wasn't allowed, but it was Christmas."),
    ("de", "Ich habe ihr das Paket nach Feierabend nach Hause gebracht, was eigentlich nicht erlaubt ist, aber es war ja "
           "Weihnachten."),
    ("hr", "Odvezla sam joj tablet kući nakon smjene, što tehnički nije bilo dopušteno, ali bio je Božić."),
]
FOLLOWED = [
    ("en", "Technically that isn't allowed, so I asked my manager first and she said yes."),
    ("de", "Das ist eigentlich nicht erlaubt, deshalb habe ich zuerst die Filialleitung gefragt."),
    ("hr", "To tehnički nije dopušteno, pa sam prvo pitala voditeljicu."),
]
PINNED = [
    ("en", "The colleague on the previous shift had entered the booking wrong, which happened quite a lot with him."),
    ("de", "Der Kollege aus der Frühschicht hatte die Buchung falsch eingetragen, das passierte leider öfter bei ihm."),
    ("hr", "Kolega iz prethodne smjene krivo je upisao termin, što mu se inače često događalo."),
]


def committed(text: str, lang: str) -> list[str]:
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, list(pitfalls.catalogue(lang)), switch(()))]


@pytest.mark.parametrize("lang,text", BENT)
def test_a_rule_broken_for_a_customer_and_excused_is_over_promising(lang, text):
    assert "over-promise" in committed(text, lang)


@pytest.mark.parametrize("lang,text", FOLLOWED)
def test_a_rule_named_and_followed_is_nothing(lang, text):
    assert committed(text, lang) == []


@pytest.mark.parametrize("lang,text", PINNED)
def test_a_mistake_pinned_on_a_colleagues_habit_is_blame(lang, text):
    assert "blame-others" in committed(text, lang)


def test_a_word_with_another_department_is_no_blame():
    assert committed("I told my team leader about the new system so she could have a word with IT about the training.",
                     "en") == []


NOT_BY_THE_RULES = [  # a stance of bending the rules for a customer, from an outside recruiter's fresh German answer
    ("en", "I think you have to be human and not stick rigidly to the rules, customers remember that."),
    ("de", "Ich finde einfach, man muss auch mal menschlich sein und nicht stur nach Vorschrift, die Kunden merken sich so was."),
    ("hr", "Mislim da treba biti čovjek, ja se ne držim slijepo pravila, kupci to zapamte."),
]


@pytest.mark.parametrize("lang,text", NOT_BY_THE_RULES)
def test_not_going_by_the_rules_for_a_customer_is_over_promising(lang, text):
    assert "over-promise" in committed(text, lang)


QUIET_BLAME = [  # the team and the manager made the problem while "not complaining" (an outside recruiter's hr answer)
    ("en", "My manager knows, but he does nothing about it."),
    ("en", "The agency staff don't even know the basics."),
    ("de", "Die Filialleitung weiß das, unternimmt aber nichts."),
    ("de", "Das Problem liegt eher im Team."),
    ("hr", "Voditelj to zna, ali ništa ne poduzima."),
    ("hr", "Problem je više u ekipi."),
]
STORY_FACTS = [  # the same words in a story that puts something right
    ("en", "The problem was that the team had no system, so I set one up."),
    ("en", "When a customer shouted, my manager did nothing about it at first, so I stepped in."),
    ("de", "Ich habe zuerst die Grundlagen gelernt."),
    ("hr", "Problem je bio u tome što kupac nije imao račun, pa sam provjerila u sustavu."),
]


@pytest.mark.parametrize("lang,text", QUIET_BLAME)
def test_quiet_blame_of_the_team_and_the_manager_is_blame(lang, text):
    assert "blame-others" in committed(text, lang)


@pytest.mark.parametrize("lang,text", STORY_FACTS)
def test_the_same_words_in_a_story_that_puts_it_right_are_not(lang, text):
    assert committed(text, lang) == []
