"""What an angry customer shouted, reported without quotation marks, is part of the story: "Er hat mich richtig
angeschrien, wir seien unfähig" (the German Konjunktiv I only reports speech), "vikao je na mene da smo
nesposobni", "he shouted at me that we were useless". An outside recruiter's excellent German answer (88) had been
capped at 27 as blaming others for it. The applicant's own words in the same shape still count. Sentences written
for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences

HIS_WORDS = [
    ("en", "He really shouted at me that we were useless."),
    ("de", "Er hat mich richtig angeschrien, wir seien unfähig."),
    ("de", "Er meinte, unser Service sei eine Katastrophe."),
    ("de", "Er hat mich angeschrien, dass wir alle unfähig sind."),
    ("hr", "Pravo je vikao na mene da smo nesposobni."),
]
# what the customer claimed, without quotation marks (round 18 of the outside answers: a good answer's "tvrdio da
# … mu moramo vratiti novac" was read as money the applicant needs)
CLAIMED = [
    ("en", "She claimed that we always give a refund, no questions asked."),
    ("en", "He claimed the staff here were useless and lazy."),
    ("de", "Sie hat behauptet, dass der Laden immer alles zurücknimmt, ohne Fragen."),
    ("de", "Der Kunde hat behauptet, dass die Kollegen hier faul und unfähig sind."),
    ("hr", "Došao je gospodin s kantom boje i tvrdio da je boja svjetlija i da mu moramo vratiti novac."),
    ("hr", "Kupac je tvrdio da mu moramo vratiti novac jer je boja svjetlija."),
]
MY_WORDS = [
    ("en", "He shouted that we were useless, and I told him he was wrong.", "confront-customer"),
    ("de", "Ich habe ihm gesagt, er sei selbst schuld.", "blame-others"),
    ("de", "Er hat mich angeschrien, und ich habe ihm gesagt, dass er selbst schuld ist.", "confront-customer"),
    ("hr", "Vikao je, a ja sam mu rekla da je sam kriv.", "confront-customer"),
]


def committed(text: str, lang: str) -> list[str]:
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, list(pitfalls.catalogue(lang)), switch(()))]


@pytest.mark.parametrize("lang,text", HIS_WORDS)
def test_the_customers_words_reported_commit_nothing(lang, text):
    assert committed(text, lang) == []


@pytest.mark.parametrize("lang,text", CLAIMED, ids=[f"{c[0]}-{c[1][:24]}" for c in CLAIMED])
def test_what_the_customer_claimed_commits_nothing(lang, text):
    assert committed(text, lang) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "He claimed the price was wrong, and I told him the staff here are useless."),
    ("de", "Er hat behauptet, der Preis sei falsch, und ich habe gesagt, dass die Kollegen hier faul sind."),
    ("hr", "Tvrdio je da je cijena kriva, a ja sam rekla da su kolege ovdje lijene."),
], ids=["en", "de", "hr"])
def test_after_the_claim_the_applicants_own_words_still_count(lang, text):
    assert "blame-others" in committed(text, lang)


@pytest.mark.parametrize("lang,text,pitfall", MY_WORDS)
def test_the_applicants_own_words_in_the_same_shape_still_count(lang, text, pitfall):
    assert pitfall in committed(text, lang)


def test_es_sei_denn_is_no_reported_speech():
    assert "blame-others" in committed("Das Team war unfähig, es sei denn, der Chef war da.", "de")


def test_keine_ahnung_von_a_thing_is_plain_german_not_i_dont_know():
    from interview_coach import feedback

    text = ("Von Ihrem Kassensystem habe ich noch keine Ahnung, aber in der Gastro habe ich mich auch in einer Woche "
            "eingearbeitet. Ich war acht Jahre Kellnerin und kenne Stammkunden gut.")
    codes = [a["code"] for a in feedback("why-cs", text, lang="de", ui_lang="de").advice]
    assert "pitfall:dead-end" not in codes and "register" not in codes


@pytest.mark.parametrize("lang,text", [
    ("en", "By the end of the shift I'd passed every vulnerable household to the priority team, and my quality check came back clean."),
    ("de", "Am Ende der Schicht hatte ich alle gefährdeten Haushalte an das Prioritätsteam übergeben, und meine Qualitätsprüfung war fehlerfrei."),
    ("hr", "Do kraja smjene sve sam ugrožene kućanstve predala prioritetnom timu, a provjera kvalitete bila je bez greške."),
], ids=["en", "de", "hr"])
def test_a_shift_and_a_priority_team_are_no_money_motive(lang, text):
    """Round 18 (an excellent answer, 92, capped at 32): "shift" (a perk) and "priority" (a reason) in one clause."""
    assert "money-only" not in committed(text, lang)
