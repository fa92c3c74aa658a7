"""An answer to "Why would you fit our company?" that shows the given company's own values answers that question,
however near its service story brings it to another (a job seeker's trial: an answer built on a call centre's promise
that the first person you speak to owns your problem was called an answer to the full-queue question and scored 20).
Company texts and answers written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.company import analyze

COMPANY = {
    "en": "BrightLine is a call centre in Leeds. We speak to customers as people, not ticket numbers. We tell customers "
          "the truth, even when it is not what they hoped to hear.",
    "de": "Die Gartenwelt Huber ist ein Gartencenter in Rosenheim. Bei uns bekommen Sie ehrliche Beratung – wir "
          "empfehlen nur, was in Ihrem Garten auch wirklich wächst.",
    "hr": "Ljekarna Zdravlje+ nalazi se u Osijeku. Svakom pacijentu posvećujemo vrijeme i dajemo savjet prilagođen "
          "njegovim potrebama.",
}
ANSWER = {
    "en": "What stood out to me is that you tell customers the truth. On a broadband helpdesk, an elderly customer had "
          "been passed around three times. I took her case myself, booked the engineer and called her back every day "
          "until the line worked again. I would rather tell a caller a repair takes until Friday than promise "
          "tomorrow, and I speak to callers as people, not as ticket numbers.",
    "de": "Mir gefällt, dass Sie nur empfehlen, was im Garten des Kunden auch wirklich wächst. Letzten Sommer kam eine "
          "Kundin mit einer kranken Rose. Ich habe mir Zeit genommen, die Blätter mit ihr angeschaut und ihr ein "
          "passendes Mittel erklärt. Zwei Wochen später kam sie wieder und erzählte, dass die Rose wieder blüht.",
    "hr": "Sviđa mi se što svakom pacijentu posvećujete vrijeme i dajete savjet prilagođen njegovim potrebama. U ljekarni "
          "gdje radim starijoj gospođi uvijek polako objasnim kako uzimati lijekove. Prošli mjesec mi je rekla da se "
          "prvi put ne boji nove terapije.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_an_answer_showing_the_companys_values_answers_the_company_question(lang):
    fb = feedback("company-fit", ANSWER[lang], lang=lang, ui_lang="en", company=analyze(COMPANY[lang], lang=lang))
    assert fb.company["values_used"], fb.company
    assert not any(a["code"] == "off-topic" for a in fb.advice), fb.advice


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_companys_values_shown_are_evidence_of_research(lang):
    """Knowing what the company promises, in its words or one's own, is what researching it shows (the second trial:
    "What stood out to me about BrightLine is…" left "Evidence that you researched the company" unticked)."""
    fb = feedback("company-fit", ANSWER[lang], lang=lang, ui_lang="en", company=analyze(COMPANY[lang], lang=lang))
    points = {k.id: k for k in fb.key_points}
    assert points["research"].covered and points["their-values"].covered
    assert points["research"].evidence.text == points["their-values"].evidence.text

