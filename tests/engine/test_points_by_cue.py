"""A key point marked ``by_cue`` in the bank is credited from its words only, never by meaning alone. The data
protection question's "offer a legitimate way – the holder calls, gives written consent or comes with ID" is
near every sentence about the account holder: "Ich darf nur mit dem Kontoinhaber selbst über das Konto
sprechen" refuses, it offers the caller nothing, and three helpers' fresh answers (graded 58-70, "offer the
caller a way forward") were credited with it and scored 84-92. Answers written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

REFUSED_ONLY = {
    "hr": "Prvo provjerim je li pozivatelj vlasnik računa. Ako nije, ne mogu mu dati nikakve podatke, bez obzira "
          "na to kaže li da je suprug ili sin. Kažem mu da mi je žao, ali to ne smijem zbog zaštite osobnih podataka.",
    "de": "Da darf ich keine Auskunft geben. Ich sage dem Anrufer freundlich, dass ich aus Datenschutzgründen nur mit "
          "dem Kontoinhaber selbst über das Konto sprechen darf, auch wenn er sagt, er sei der Ehemann.",
    "en": "I wouldn't give out any details. I'd tell the caller politely that I can only discuss the account with the "
          "account holder, even if he says he's her husband, because of data protection.",
}
WAY_FORWARD = {
    "hr": " Predložim mu da vlasnica računa sama nazove ili da dođu zajedno u poslovnicu s osobnom iskaznicom.",
    "de": " Ich schlage vor, dass die Kontoinhaberin selbst anruft oder ihm eine Vollmacht gibt.",
    "en": " I'd suggest the account holder calls us herself or adds him as an authorised person.",
}


@pytest.mark.parametrize("lang", sorted(REFUSED_ONLY))
def test_naming_the_account_holder_is_no_way_forward(lang):
    points = {k.id: k for k in feedback("data-protection", REFUSED_ONLY[lang], lang=lang, ui_lang="en").key_points}
    assert not points["alternative"].covered, points["alternative"]


@pytest.mark.parametrize("lang", sorted(REFUSED_ONLY))
def test_the_way_forward_in_words_is_credited(lang):
    text = REFUSED_ONLY[lang] + WAY_FORWARD[lang]
    points = {k.id: k for k in feedback("data-protection", text, lang=lang, ui_lang="en").key_points}
    assert points["alternative"].covered, points["alternative"]

