"""Mends from outside round 26 (strong answers capped by a false pitfall or told to add a result they had), each in
hr, de and en: the question's premise restated is no confrontation; a customer quoted after a clause that names
them is not the applicant speaking; a measured change ends a story; and a few cues that read too far."""

from __future__ import annotations

import pytest

from interview_coach import engine
from interview_coach.checks import star
from interview_coach.nlp.text import sentences


def _pitfalls(qid: str, answer: str, lang: str) -> list[str]:
    return [p["id"] for p in engine.feedback(qid, answer, lang=lang).pitfalls]


PREMISE = {
    "en": "When a customer is wrong, I let them finish first, because the real problem often comes out at the end. "
          "Then I show them the terms and offer what I can do.",
    "de": "Wenn ein Kunde im Unrecht ist, lasse ich ihn zuerst ausreden, weil das eigentliche Problem oft erst am Ende "
          "kommt. Dann zeige ich ihm die Bedingungen und biete an, was ich tun kann.",
    "hr": "Kad kupac nije u pravu, prvo ga pustim da kaže sve do kraja, jer se često tek na kraju vidi što ga muči. "
          "Onda mu pokažem uvjete i ponudim ono što mogu.",
}


@pytest.mark.parametrize("lang", PREMISE)
def test_the_questions_premise_restated_is_no_confrontation(lang):
    assert "confront-customer" not in _pitfalls("customer-wrong", PREMISE[lang], lang)


QUOTED = {
    "en": ("I had exactly this at the water company: a lady rang for the third time, and she opened with \"I'm sick "
           "of explaining this to you people.\" I apologised, corrected the reading and rang her back on the Friday.",
           "I listened, and then I told him: \"You are wrong, the receipt is from another shop.\""),
    "de": ("Ich hatte genau das bei den Stadtwerken: Eine Dame rief zum dritten Mal an, und sie fing gleich an mit „Ich "
           "habe die Nase voll, euch das zu erklären.“ Ich habe mich entschuldigt, den Zählerstand korrigiert und sie "
           "am Freitag zurückgerufen.",
           "Ich habe zugehört, und dann habe ich ihm gesagt: „Da liegen Sie falsch, der Bon ist aus einer anderen "
           "Filiale.“"),
    "hr": ("Imala sam točno to u vodovodu: gospođa je zvala treći put, a ona je odmah počela s „Dosta mi je da vam to "
           "objašnjavam.” Ispričala sam se, ispravila očitanje i nazvala je u petak.",
           "Saslušala sam ga, a onda sam mu rekla: „Niste u pravu, račun je iz druge poslovnice.”"),
}


@pytest.mark.parametrize("lang", QUOTED)
def test_a_customer_quoted_after_a_clause_that_names_them_is_not_the_applicant(lang):
    theirs, mine = QUOTED[lang]
    assert "blame-others" not in _pitfalls("repeat-caller", theirs, lang)
    assert "confront-customer" in _pitfalls("customer-wrong", mine, lang), "the applicant's own words stay theirs"


@pytest.mark.parametrize("lang,answer", [
    # the applicant left out as the subject goes on speaking (a reviewer's cases)
    ("en", "I stayed calm, then said to the customer: \"If you keep shouting, that's your problem, not mine.\""),
    ("hr", "Provjerila sam etiketu, a onda kupcu ravno rekla: „Niste u pravu, to je vaša greška.”"),
])
def test_the_applicant_left_out_as_subject_still_speaks(lang, answer):
    assert {"confront-customer", "blame-others"} & set(_pitfalls("customer-wrong", answer, lang))


def test_the_premise_spares_only_itself():
    # "~kad kupac nije u pravu" spares the restated premise, not a confrontation in the same sentence
    answer = "Kad kupac nije u pravu, kažem mu ravno da griješi i da nema smisla raspravljati."
    assert "confront-customer" in _pitfalls("customer-wrong", answer, "hr")


STORIES = {
    "en": ("Last December the queue at our toy shop tills reached the door. I asked a colleague to call the manager "
           "for a second till and told the people waiting that another one would open in a few minutes.",
           "Within ten minutes the queue was halved."),
    "de": ("Letzten Dezember reichte die Schlange an unserer Kasse im Spielzeugladen bis zur Tür. Ich habe eine "
           "Kollegin gebeten, die Filialleitung für eine zweite Kasse zu holen, und den Wartenden gesagt, dass gleich "
           "eine weitere öffnet.",
           "Innerhalb von zehn Minuten war die Schlange um die Hälfte kürzer."),
    "hr": ("Prošlog prosinca red na blagajni u trgovini igračaka protezao se do vrata. Zamolila sam kolegu da pozove "
           "voditeljicu zbog druge blagajne i ljudima u redu rekla da za par minuta otvaramo još jednu.",
           "Za deset minuta red je pao na pola."),
}


@pytest.mark.parametrize("lang", STORIES)
def test_a_measured_change_ends_the_story(lang):
    story, ending = STORIES[lang]
    assert not star.run(sentences(story, lang), story, lang).parts["result"].present
    text = f"{story} {ending}"
    result = star.run(sentences(text, lang), text, lang).parts["result"]
    assert result.present and result.evidence.text == ending


@pytest.mark.parametrize("lang,qid,sentence,pitfall,committed", [
    # a gap after "ohne" stays in its clause: asking is told after the comma
    ("de", "language-barrier", "Ich habe langsam gesprochen, ohne Wörter wie „Datenvolumen“, und gefragt, ob Englisch "
     "besser geht.", "over-promise", False),
    ("de", "refund-policy", "Ich habe ihm den Umtausch zugesagt, ohne bei der Filialleitung nachzufragen.",
     "over-promise", True),
    # "sondern ihr erklärt" is no "sondern ihrer" (the fault was hers)
    ("de", "explain-technology", "Also habe ich nicht über Prozessor oder Speicher geredet, sondern ihr erklärt, dass "
     "das Tablet wie ein Fotoalbum ist.", "blame-others", False),
    ("de", "mistake", "Der Fehler war eigentlich nicht meiner, sondern ihrer.", "blame-others", True),
    # an estimate of the wait is no guess; a customer welcome back is not sent away
    ("hr", "too-long", "Od tada, kad vidim da će nešto trajati, odmah na početku kažem koliko otprilike i zašto.",
     "guess-or-send-away", False),
    ("de", "upselling", "Wenn jemand Nein sagt, ist das in Ordnung: Ich biete es einmal an und lasse es dann, der Kunde "
     "soll gern wiederkommen.", "rush-or-ignore", False),
    ("en", "too-long", "From then on, when I can see something will take a while, I tell them roughly how long and "
     "why.", "guess-or-send-away", False),
])
def test_cues_that_read_too_far(lang, qid, sentence, pitfall, committed):
    assert (pitfall in _pitfalls(qid, sentence, lang)) is committed


DONT_KNOW = {
    "en": ("Honestly, I don't know much about your products. I know you're a big chain with lots of shops, and I've seen "
           "your adverts on TV, but I can't remember what was in them. I'll learn it all in the training if you hire me.",
           "I don't know your whole range yet, but last night I read your website and looked at the three phone plans, "
           "and I'd ask a colleague about the business tariffs in my first week."),
    "de": ("Ehrlich gesagt weiß ich nicht viel über Ihre Produkte. Ich weiß, dass Sie eine große Kette sind, und Ihre "
           "Werbung habe ich im Fernsehen gesehen, aber ich weiß nicht mehr, was drin war. Das lerne ich dann in der "
           "Einarbeitung.",
           "Ihr ganzes Sortiment kenne ich noch nicht, aber gestern Abend habe ich Ihre Website gelesen und mir die drei "
           "Tarife angesehen, und die Geschäftskundentarife würde ich in der ersten Woche mit einer Kollegin "
           "durchgehen."),
    "hr": ("Iskreno, ne znam puno o vašim proizvodima. Znam da ste veliki lanac i vidio sam vaše reklame na televiziji, "
           "ali se ne sjećam što je u njima bilo. Sve ću naučiti na obuci ako me zaposlite.",
           "Još ne poznajem cijelu vašu ponudu, ali sinoć sam pročitala vašu web-stranicu i pogledala tri tarife, a o "
           "poslovnim tarifama pitala bih kolegicu već prvi tjedan."),
}


@pytest.mark.parametrize("lang", DONT_KNOW)
def test_learning_it_in_the_training_is_no_next_step(lang):
    # "Not much, but I can learn" is a dead end (docs/grading.md); ads once seen are no research
    dead, planned = DONT_KNOW[lang]
    assert "dead-end" in _pitfalls("products", dead, lang)
    assert "dead-end" not in _pitfalls("products", planned, lang)
