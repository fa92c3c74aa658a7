"""content.relevance: the word evidence for free-text questions, in hr, de and en."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

from interview_coach import feedback
from interview_coach.checks import relevance
from interview_coach.nlp.text import tokens

from .conftest import PARALLEL

ROOT = Path(__file__).resolve().parents[2]

QUESTION = {  # one question, asked the way a real invitation might put it
    "en": "Can you tell me about a time when you had to deal with an angry customer?",
    "de": "Können Sie mir von einer Situation erzählen, in der Sie mit einem verärgerten Kunden umgehen mussten?",
    "hr": "Možete li opisati situaciju u kojoj ste morali smiriti ljutog kupca?",
}
CONTENT = {"en": {"angry", "customer"}, "de": {"kunde", "verärgern"}, "hr": {"kupac", "ljut", "smiriti"}}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_only_the_words_that_say_what_the_question_is_about_count(lang):
    assert relevance.content_words(tokens(QUESTION[lang], lang), lang) == CONTENT[lang]


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_share_counts_inflected_forms(lang):
    answer = {"en": "The customers were angry.", "de": "Die Kunden waren verärgert.",
              "hr": "Kupci su bili ljuti."}[lang]
    assert relevance.overlap(frozenset(CONTENT[lang]), tokens(answer, lang)) == pytest.approx(
        2 / len(CONTENT[lang]), abs=1e-3)
    assert relevance.overlap(frozenset(), tokens(answer, lang)) is None


@pytest.fixture(scope="module")
def bank_without_it(bank):
    """The bank less its angry-customer question, so that QUESTION stays a typed-in question (the German
    wording is close enough to be judged as the bank's own, see test_same_question.py)."""
    return dataclasses.replace(bank, questions={k: v for k, v in bank.questions.items() if k != "difficult-customer"},
                               derived={})


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_words_are_compared_only_within_one_language(bank_without_it, lang):
    bank = bank_without_it
    same = feedback(None, PARALLEL[lang], question_text=QUESTION[lang], bank=bank)
    assert "judged_as_question" not in same.insights
    assert same.insights["relevance_detail"]["question_words_used"] > 0
    assert same.relevance >= 0.5
    other = "en" if lang != "en" else "de"
    across = feedback(None, PARALLEL[lang], question_text=QUESTION[other], lang=lang, bank=bank)
    assert across.insights["relevance_detail"]["question_words_used"] is None
    assert across.relevance >= 0.5  # meaning alone still finds it


def test_the_constants_are_the_ones_the_bank_gives(bank):
    """The weight and centres in checks/relevance.py must be re-derived when the bank changes."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from calibrate_relevance import derive

    d = derive(bank)
    assert d["weight"] == pytest.approx(relevance.OVERLAP_WEIGHT, abs=0.15)
    for lang, centre in d["centre"].items():
        assert centre == pytest.approx(relevance.OVERLAP_CENTRE[lang], abs=0.015), lang


# A question from a real invitation, and an answer that is about it but says it in other words.
ASKED = {"en": "What would you do if a colleague kept missing shared deadlines?",
         "de": "Was würden Sie tun, wenn ein Kollege gemeinsame Fristen immer wieder versäumt?",
         "hr": "Što biste učinili kad bi kolega stalno probijao zajedničke rokove?"}
IN_OTHER_WORDS = {
    "en": "I would talk to him in private first and ask what is going on, because there is often a reason, like too "
          "much work or trouble at home. Then we would agree on a plan together and check in every few days. If "
          "nothing changed, I would bring it to our manager.",
    "de": "Ich würde zuerst unter vier Augen mit ihm sprechen und fragen, warum seine Teile der Arbeit zu spät kommen. "
          "Oft steckt ein Grund dahinter, zum Beispiel zu viel Arbeit. Dann würden wir zusammen einen Zeitplan "
          "vereinbaren und alle paar Tage nachfragen. Wenn sich nichts ändert, würde ich es mit unserer Chefin "
          "besprechen.",
    "hr": "Najprije bih s njim razgovarala nasamo i pitala što se događa, jer često postoji razlog, na primjer previše "
          "posla ili problemi kod kuće. Zatim bismo zajedno dogovorili plan i svakih nekoliko dana provjerili kako "
          "ide. Ako se ništa ne promijeni, razgovarala bih s našom voditeljicom."}
TAKES_UP = {"en": "When a colleague keeps missing our shared deadlines, I act early. ",
            "de": "Wenn ein Kollege gemeinsame Fristen versäumt, handle ich früh. ",
            "hr": "Kad kolega probija zajedničke rokove, reagiram rano. "}
KEY_WORDS = {"en": ["colleague", "missing", "deadlines"], "de": ["Kollege", "Fristen", "versäumt"],
             "hr": ["kolega", "probijao", "rokove"]}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_missing_words_are_the_questions_own_forms_in_its_order(lang):
    answer = {"en": "The customer was upset.", "de": "Der Kunde war sauer.", "hr": "Kupac je bio uzrujan."}[lang]
    left = relevance.missing(tokens(QUESTION[lang], lang), tokens(answer, lang), lang)
    assert left == {"en": ("angry",), "de": ("verärgerten",), "hr": ("smiriti", "ljutog")}[lang]


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_an_answer_in_its_own_words_is_told_to_name_the_question_not_called_off_topic(bank, lang):
    fb = feedback(None, IN_OTHER_WORDS[lang], question_text=ASKED[lang], ui_lang=lang, bank=bank)
    detail = fb.insights["relevance_detail"]
    assert detail["tip"] == "name-the-question"
    assert set(KEY_WORDS[lang]) <= set(detail["question_words_missing"])
    tip = [s for s in fb.suggestions if KEY_WORDS[lang][0] in s]
    assert tip, fb.suggestions
    assert ASKED[lang] not in " ".join(fb.suggestions)  # the off-topic tip quotes the question


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_taking_up_the_questions_words_raises_relevance_and_ends_the_tip(bank, lang):
    before = feedback(None, IN_OTHER_WORDS[lang], question_text=ASKED[lang], bank=bank)
    after = feedback(None, TAKES_UP[lang] + IN_OTHER_WORDS[lang], question_text=ASKED[lang], bank=bank)
    assert after.relevance > before.relevance + 0.3
    assert after.insights["relevance_detail"]["tip"] is None
    assert after.insights["relevance_detail"]["question_words_missing"] == []


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_an_answer_to_another_topic_is_still_called_off_topic(bank, lang):
    unrelated = {"en": "How well do you speak foreign languages?",
                 "de": "Wie gut sprechen Sie Fremdsprachen?",
                 "hr": "Koliko dobro govorite strane jezike?"}[lang]
    fb = feedback(None, PARALLEL[lang], question_text=unrelated, ui_lang=lang, bank=bank)
    assert fb.insights["relevance_detail"]["tip"] == "off-topic"
    assert unrelated in fb.suggestions[0]
    switched_off = feedback(None, PARALLEL[lang], question_text=unrelated, ui_lang=lang, bank=bank,
                            disabled=("content.relevance",))
    assert "relevance_detail" not in switched_off.insights  # a switched-off check leaves no trace
    assert switched_off.dimensions["relevance"] is None and switched_off.relevance is None
    assert not any(unrelated in s for s in switched_off.suggestions)


@pytest.mark.parametrize("score, meaning, missing, expected", [
    (0.6, 0.1, ("word",), None),                    # relevant enough: no tip, whatever the parts say
    (0.2, 0.8, ("word",), "name-the-question"),     # the meaning is close, only the words are missing
    (0.2, 0.8, (), "off-topic"),                    # no words to name: nothing else to say
    (0.2, 0.2, ("word",), "off-topic"),             # the meaning itself is far
])
def test_which_tip_a_low_score_earns(score, meaning, missing, expected):
    assert relevance.tip(relevance.Result(score, 0.8, 0.0, meaning), missing) == expected


REVIEW_Q = {"en": "How would you deal with a one-star Google-review of our shop?",
            "de": "Wie gehen Sie mit einer negativen Online-Bewertung über Ihr Geschäft um?",
            "hr": "Kako biste reagirali na negativnu online-recenziju naše trgovine?"}
REVIEW_A = {
    "en": ("Last spring a man gave our bike shop one star because his repair took three weeks and nobody called him. "
           "I checked the job first and he was right: I had forgotten to ring him. I answered the review the same day, "
           "said sorry without excuses, gave him my direct number and called him. We finished the bike that afternoon "
           "and he changed his review to four stars."),
    "de": ("Im Frühjahr gab uns ein Kunde im Fahrradladen einen Stern, weil seine Reparatur drei Wochen dauerte und "
           "niemand ihn anrief. Ich habe zuerst nachgesehen, und er hatte recht: Ich hatte den Anruf vergessen. Ich habe "
           "noch am selben Tag auf die Bewertung geantwortet, mich ohne Ausreden entschuldigt, meine Durchwahl genannt "
           "und ihn angerufen. Das Rad war am Nachmittag fertig, und er hat die Bewertung auf vier Sterne geändert."),
    "hr": ("Prošlog proljeća jedan nam je kupac u servisu bicikala dao jednu zvjezdicu jer je popravak trajao tri tjedna, "
           "a nitko ga nije nazvao. Prvo sam provjerila nalog i bio je u pravu: zaboravila sam ga nazvati. Još isti dan "
           "odgovorila sam na recenziju, ispričala se bez izgovora, ostavila svoj broj i nazvala ga. Bicikl je bio gotov "
           "to popodne, a on je recenziju promijenio na četiri zvjezdice."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_typed_question_whose_words_the_answer_takes_up_is_not_called_off_topic(bank, lang):
    """The head of a hyphenated compound counts ("Bewertung" for "Online-Bewertung"); an answer that takes up a
    third of a typed-in question's words addresses it, however far its meaning as a whole seems."""
    fb = feedback(None, REVIEW_A[lang], question_text=REVIEW_Q[lang], lang=lang, bank=bank)
    detail = fb.insights["relevance_detail"]
    assert detail["question_words_used"] >= relevance.TYPED_WORDS_ON_TOPIC, detail
    assert detail["tip"] != "off-topic" and fb.relevance >= relevance.ON_TOPIC_FLOOR, detail
    assert fb.score >= 60, fb.score
    unrelated = feedback(None, SHIFTS[lang], question_text=REVIEW_Q[lang], lang=lang, bank=bank)
    assert unrelated.insights["relevance_detail"]["tip"] == "off-topic"


SHIFTS = {
    "en": ("I can work weekends and evenings, and public holidays are fine too. My only fixed limit is Tuesday "
           "evening, when I have a course, and I am happy to swap shifts with colleagues when they need it."),
    "de": ("Ich kann am Wochenende und abends arbeiten, auch an Feiertagen. Meine einzige feste Grenze ist der "
           "Dienstagabend, da habe ich einen Kurs, und ich tausche gern Schichten mit Kollegen, wenn es nötig ist."),
    "hr": ("Mogu raditi vikendom i navečer, a i praznici su mi u redu. Jedino utorkom navečer ne mogu jer imam tečaj, "
           "a rado ću se mijenjati u smjenama s kolegama kad im zatreba."),
}
