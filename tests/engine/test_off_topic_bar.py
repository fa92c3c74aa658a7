"""The relevance bar agrees with the off-topic verdict: an answer to another question never shows a full
relevance bar above "your answer does not address the question" (a job-seeker trial: a strength given for
the weakness question showed Relevance 100)."""

import pytest

from interview_coach.engine import OFF_TOPIC_RELEVANCE, feedback

from .test_topic_cues import PAST_CV

STRENGTH_FOR_WEAKNESS = {
    "en": ("My greatest strength is patience. At the bakery counter on Saturday mornings the queue goes out of the "
           "door, and I still take the time to explain the different breads to older customers who ask. Last month "
           "a regular told my manager that she comes in on my shifts because I never rush her."),
    "de": ("Meine größte Stärke ist Geduld. An der Bäckertheke steht samstags morgens die Schlange bis auf die Straße, "
           "und trotzdem erkläre ich älteren Kundinnen in Ruhe die verschiedenen Brote. Letzten Monat hat eine "
           "Stammkundin meiner Chefin gesagt, dass sie extra in meinen Schichten kommt, weil ich sie nie hetze."),
    "hr": ("Moja najveća snaga je strpljenje. U pekari subotom ujutro red ide do vrata, a ja svejedno starijim "
           "kupcima mirno objasnim razlike među kruhovima. Prošli mjesec jedna je stalna kupica rekla mojoj "
           "šefici da dolazi baš u mojoj smjeni jer je nikad ne požurujem."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
@pytest.mark.parametrize("case", ["past-cv-for-five-years", "strength-for-weakness"])
def test_an_answer_to_another_question_shows_no_full_relevance_bar(lang, case):
    qid, text = ("five-years", PAST_CV[lang]) if case == "past-cv-for-five-years" else ("weakness", STRENGTH_FOR_WEAKNESS[lang])
    fb = feedback(qid, text, lang=lang, ui_lang=lang)
    assert fb.advice[0]["code"] in ("off-topic",) or any(a["code"] == "off-topic" for a in fb.advice), fb.advice
    assert fb.dimensions["relevance"] <= OFF_TOPIC_RELEVANCE
    assert fb.score <= 25


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_an_answer_to_the_question_keeps_its_relevance(lang):
    weakness = {
        "en": "My weakness is that I find it hard to say no to extra shifts. I now check my week before I agree, and I "
              "have learned to offer another day instead.",
        "de": "Meine Schwäche ist, dass ich schwer Nein sage, wenn jemand eine Zusatzschicht braucht. Inzwischen schaue "
              "ich erst in meinen Wochenplan und biete lieber einen anderen Tag an.",
        "hr": "Moja slabost je što teško kažem ne kad netko treba zamjenu u smjeni. Sada najprije pogledam svoj tjedni "
              "raspored i radije ponudim drugi dan.",
    }[lang]
    fb = feedback("weakness", weakness, lang=lang, ui_lang=lang)
    assert not any(a["code"] == "off-topic" for a in fb.advice)
    assert fb.dimensions["relevance"] > OFF_TOPIC_RELEVANCE
