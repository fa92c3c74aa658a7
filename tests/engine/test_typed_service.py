"""A typed-in question that names a customer is about serving customers (coverage.about_service): a good
answer's elements of good service are praised there, in hr, de and en. One that names nobody served and is
near no service question is not."""

from __future__ import annotations

import pytest

from interview_coach import feedback

CUSTOMER = {"en": "What would you do if the tracking says a parcel was delivered but the customer never got it?",
            "de": "Was machen Sie, wenn laut Sendungsverfolgung ein Paket zugestellt wurde, die Kundin es aber nie bekommen hat?",
            "hr": "Što biste učinili ako praćenje pošiljke kaže da je paket dostavljen, a kupac ga nije dobio?"}
ANSWER = {"en": "First I'd apologise and check the order in our system. I'd ask her to look with the neighbours, open a "
                "claim with the courier straight away and tell her exactly when I'll call back. If the parcel doesn't "
                "turn up within two days, I'd send a replacement so she isn't left waiting.",
          "de": "Zuerst würde ich mich entschuldigen und die Bestellung im System prüfen. Ich würde sie bitten, bei den "
                "Nachbarn nachzufragen, sofort einen Nachforschungsauftrag beim Paketdienst stellen und ihr genau sagen, "
                "wann ich zurückrufe. Wenn das Paket in zwei Tagen nicht auftaucht, schicke ich Ersatz, damit sie nicht "
                "länger warten muss.",
          "hr": "Prvo bih se ispričala i provjerila narudžbu u sustavu. Zamolila bih je da pita susjede, odmah bih "
                "otvorila reklamaciju kod dostavne službe i rekla joj točno kada ću je nazvati. Ako se paket ne pojavi "
                "za dva dana, poslala bih zamjenu da ne mora dalje čekati."}
NOBODY = {"en": "Which newspaper do you read in the morning?",
          "de": "Welche Zeitung lesen Sie morgens?",
          "hr": "Koje novine čitate ujutro?"}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_typed_question_naming_a_customer_is_about_service(bank, lang):
    fb = feedback(question_text=CUSTOMER[lang], answer=ANSWER[lang], lang=lang, ui_lang=lang, bank=bank)
    assert fb.insights["about_service"] is True
    assert sum(e.covered for e in fb.elements) >= 2
    assert len(fb.strengths) >= 1  # the good service shown is praised


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_typed_question_naming_nobody_served_is_not(bank, lang):
    fb = feedback(question_text=NOBODY[lang], answer=ANSWER[lang], lang=lang, ui_lang=lang, bank=bank)
    assert fb.insights["about_service"] is False


# someone who rings in is a caller, though the question never says "caller"; "what is it called" is nobody
RINGS = {"en": "You're on the phones for us and a man rings up about his bill. What do you tell him?",
         "de": "Ein Mann ruft bei uns wegen seiner Rechnung an. Was sagen Sie ihm?",
         "hr": "Radite kod nas na telefonu i zove vas muškarac zbog računa. Što mu kažete?"}
NAMED = {"en": "What is the shop you like best called, and why?",
         "de": "Wie heißt Ihr Lieblingsgeschäft, und warum?",
         "hr": "Kako se zove vaša omiljena trgovina i zašto?"}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_someone_ringing_in_is_a_caller(lang):
    from interview_coach.checks.coverage import names_customer

    assert names_customer(RINGS[lang], lang)
    assert not names_customer(NAMED[lang], lang)
