"""Which typed-in questions ask for a past example (content.star), in hr, de and en.

A question about the past ("how did you handle...") asks for a real example; a hypothetical one
("what would you do if...") does not, though in Croatian both can use "kad" with a form of "biti"
(past "kad ste", conditional "kad bi"), in English "how did/do you handle" and in German
"wie sind Sie/wie würden Sie" share their lemmas.
"""

from __future__ import annotations

import pytest

from interview_coach import engine, feedback

PAST = {"en": "How did you handle a customer who wanted a refund without a receipt?",
        "de": "Wie sind Sie damit umgegangen, als ein Kunde laut wurde?",
        "hr": "Kako ste reagirali kad ste imali ljutog kupca?"}
HYPOTHETICAL = {"en": "How do you handle a customer who wants a refund without a receipt?",
                "de": "Wie würden Sie damit umgehen, wenn ein Kunde laut wird?",
                "hr": "Što biste učinili kad bi kupac bio ljut?"}
PLAN = {"en": "I would stay calm, listen to the customer and explain the refund rules. Then I would offer an exchange "
              "or a credit note, and if that did not help, I would call my manager.",
        "de": "Ich würde ruhig bleiben, dem Kunden zuhören und die Regeln erklären. Dann würde ich einen Umtausch "
              "oder einen Gutschein anbieten, und wenn das nicht hilft, würde ich meine Chefin holen.",
        "hr": "Ostala bih mirna, saslušala bih kupca i objasnila pravila. Zatim bih ponudila zamjenu ili "
              "vaučer, a ako to ne pomogne, pozvala bih voditeljicu."}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_question_about_the_past_asks_for_an_example(lang):
    assert engine.asks_for_example(PAST[lang], lang)


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_hypothetical_question_does_not(lang):
    assert not engine.asks_for_example(HYPOTHETICAL[lang], lang)


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_plan_answering_a_hypothetical_question_is_not_told_to_tell_an_example(bank, lang):
    asked = feedback(None, PLAN[lang], question_text=HYPOTHETICAL[lang], ui_lang=lang, bank=bank)
    assert asked.dimensions["example"] is None
    past = feedback(None, PLAN[lang], question_text=PAST[lang], ui_lang=lang, bank=bank)
    assert past.dimensions["example"] is not None and not past.has_example
    assert len(past.suggestions) and any("STAR" in s for s in past.suggestions)
    assert not any("STAR" in s for s in asked.suggestions)


# other ways of asking for a story: a moment, an experience, an instance, a specific example
STORY_ASKED = [
    ("en", "Share a moment when you had to calm down a queue of angry customers."),
    ("en", "Can you describe an instance when you had to make a difficult decision quickly?"),
    ("en", "How do you keep your product knowledge current? Please give a specific example."),
    ("de", "Schildern Sie eine Begegnung mit einem besonders anspruchsvollen Gast."),
    ("de", "Berichten Sie von einer schwierigen Entscheidung an der Kasse."),
    ("hr", "Opišite trenutak kada ste morali brzo donijeti tešku odluku."),
    ("hr", "Prisjetite se kupca kojeg ste dugo pamtili i recite nam zašto."),
]
NO_STORY = [("en", "Tell me about yourself."), ("en", "Where do you see yourself in five years?"),
            ("de", "Erzählen Sie etwas über sich."), ("de", "Wie gehen Sie mit Stress um?"),
            ("hr", "Recite mi nešto o sebi."), ("hr", "Kako se nosite sa stresom?")]


@pytest.mark.parametrize("lang,question", STORY_ASKED)
def test_other_ways_of_asking_for_a_story_are_understood(lang, question):
    assert engine.asks_for_example(question, lang)


@pytest.mark.parametrize("lang,question", NO_STORY)
def test_questions_that_ask_for_no_story_are_left_alone(lang, question):
    assert not engine.asks_for_example(question, lang)
