"""A typed-in question that most likely asks a bank question, but not in words near enough to be judged as it,
is judged on that question's key points (references.borrowed_question), shown as a similar question's, in hr,
de and en. A question far from every bank question borrows nothing."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.checks.references import same_bank_question

# the repeat-caller question, told as a scene in the interviewer's words
SCENE = {"en": "A woman calls us for the third time this week because her router keeps dropping out every evening. "
               "This time you pick up. How do you handle the call?",
         "de": "Eine Kundin ruft diese Woche schon zum dritten Mal an, weil ihr Router jeden Abend ausfällt. Diesmal "
               "nehmen Sie ab. Wie führen Sie das Gespräch?",
         "hr": "Korisnica nas ovaj tjedan zove već treći put jer joj se ruter svake večeri gasi. Ovaj put se javljate "
               "vi. Kako vodite razgovor?"}
# it makes the points: sorry for the third call, history read, the cause owned and a call-back after the fix
GOOD = {"en": "I'd start by saying sorry that she's had to ring three times, and I'd read the notes from her first two "
              "calls so she doesn't have to explain it all again. Then I'd take ownership: I'd run a line test, and "
              "since it drops at the same time every evening I'd book an engineer to find the real cause instead of "
              "another restart. I'd give her my name and the case number and tell her I'll ring her back the day "
              "after the visit to check the connection holds, and I'd put that call in my diary.",
        "de": "Zuerst entschuldige ich mich, dass sie schon zum dritten Mal anrufen muss, und lese die Notizen der "
              "ersten zwei Anrufe, damit sie nicht alles noch einmal erzählen muss. Dann übernehme ich den Fall selbst: "
              "Ich mache eine Leitungsprüfung, und weil es jeden Abend zur gleichen Zeit ausfällt, beauftrage ich einen "
              "Techniker, der die eigentliche Ursache findet, statt wieder nur einen Neustart zu empfehlen. Ich gebe "
              "ihr meinen Namen und die Vorgangsnummer und sage ihr, dass ich sie am Tag nach dem Termin zurückrufe, "
              "um zu prüfen, ob die Verbindung hält.",
        "hr": "Prvo bih joj se ispričala što mora zvati već treći put i pročitala bilješke s prva dva poziva da ne mora "
              "sve ponovno objašnjavati. Zatim bih preuzela slučaj: napravila bih provjeru linije, a budući da se gasi "
              "svake večeri u isto vrijeme, poslala bih tehničara da pronađe pravi uzrok umjesto još jednog "
              "ponovnog pokretanja. Rekla bih joj svoje ime i broj prijave te da ću je nazvati dan nakon "
              "intervencije da provjerim radi li veza."}
# polite and on the subject, but owns nothing and promises no call-back: the line script and nothing more
THIN = {"en": "I'd be friendly and patient with her and tell her to restart the router, because that usually fixes "
              "it. If it still doesn't work, she can call us again and one of my colleagues will have a look.",
        "de": "Ich würde ihr sagen, dass es mir leid tut, dass der Router immer noch ausfällt, und sie bitten, ihn neu "
              "zu starten, weil das meistens hilft. Wenn es dann immer noch nicht geht, kann sie uns wieder anrufen.",
        "hr": "Bila bih ljubazna i strpljiva i rekla bih joj da još jednom ponovno pokrene ruter jer to obično pomogne. "
              "Ako internet i dalje ne radi, može nas ponovno nazvati pa će netko od kolega pogledati."}
FAR = {"en": "Which newspaper do you read in the morning?",
       "de": "Welche Zeitung lesen Sie morgens?",
       "hr": "Koje novine čitate ujutro?"}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_scene_borrows_the_key_points_of_the_question_it_asks(bank, lang):
    assert same_bank_question(bank, SCENE[lang]) is None  # not near enough to be judged as it
    fb = feedback(question_text=SCENE[lang], answer=GOOD[lang], lang=lang, ui_lang=lang, bank=bank)
    assert fb.insights["key_points_from"]["id"] == "repeat-caller"
    assert fb.insights["key_points_from"]["text"] == bank.question("repeat-caller").in_lang(lang).text
    assert sum(k.covered for k in fb.key_points) >= 2
    assert all(k.evidence.text in GOOD[lang] for k in fb.key_points if k.covered)


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_an_answer_that_misses_them_is_told_so_and_scores_lower(bank, lang):
    thin = feedback(question_text=SCENE[lang], answer=THIN[lang], lang=lang, ui_lang=lang, bank=bank)
    good = feedback(question_text=SCENE[lang], answer=GOOD[lang], lang=lang, ui_lang=lang, bank=bank)
    assert sum(k.covered for k in thin.key_points) < sum(k.covered for k in good.key_points)
    assert thin.dimensions["key_points"] < good.dimensions["key_points"]
    assert thin.score < good.score
    assert any(a["code"] == "key-points" for a in thin.advice)


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_an_answer_about_something_else_borrows_nothing(bank, lang):
    """The scene's question alone would lend the repeat-caller points; an answer that is about another thing
    altogether (the applicant's commute) is not judged on them: the points would be beside what was said."""
    fb = feedback(question_text=SCENE[lang], answer=NEWS[lang], lang=lang, ui_lang=lang, bank=bank)
    assert "key_points_from" not in fb.insights and fb.key_points == []


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_question_far_from_the_bank_borrows_nothing(bank, lang):
    fb = feedback(question_text=FAR[lang], answer=THIN[lang], lang=lang, ui_lang=lang, bank=bank)
    assert fb.key_points == [] and "key_points_from" not in fb.insights
    assert fb.dimensions.get("key_points") is None


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_tip_says_the_points_are_a_similar_questions(bank, lang):
    from interview_coach.i18n import Translator

    tr = Translator(lang)
    fb = feedback(question_text=SCENE[lang], answer=THIN[lang], lang=lang, ui_lang=lang, bank=bank)
    tip = next(a["message"] for a in fb.advice if a["code"] == "key-points")
    head = tr("In a question like this, interviewers also listen for: {points}.", points="")
    assert tip.startswith(head.rstrip(" ."))
    if lang != "en":
        assert head != "In a question like this, interviewers also listen for: ."  # translated


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_bank_question_asked_by_id_keeps_its_own_points(bank, lang):
    fb = feedback("repeat-caller", GOOD[lang], lang=lang, ui_lang=lang, bank=bank)
    assert "key_points_from" not in fb.insights
    assert {k.id for k in fb.key_points} <= {k.id for k in bank.question("repeat-caller").in_lang(lang).key_points}
    assert not any(a["message"].startswith(("In a question like this", "Kod ovakvog", "Bei einer Frage wie"))
                   for a in fb.advice)


NEWS = {"en": "Mostly the local paper on my phone on the bus, and the sports pages first if I'm honest.",
        "de": "Meistens die Lokalzeitung auf dem Handy im Bus, und ehrlich gesagt zuerst den Sportteil.",
        "hr": "Uglavnom lokalne novine na mobitelu u autobusu, i iskreno, prvo sportske stranice."}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_question_ranked_near_one_by_chance_borrows_nothing(bank, lang):
    """The summed scores can rank a bank question first by a wide margin for a question it is not ("Koje
    novine čitate ujutro?": the weakness question, by more than BORROW_MARGIN): without one of its topic words
    in the question, or an answer near it, its points are not lent."""
    import numpy as np

    from interview_coach.checks import references

    ids, _, summed = references.question_scores(bank, FAR[lang])
    order = np.argsort(-summed)
    if lang == "hr":  # the case the guard is for
        assert summed[order[0]] - summed[order[1]] >= references.BORROW_MARGIN
    fb = feedback(question_text=FAR[lang], answer=NEWS[lang], lang=lang, ui_lang=lang, bank=bank)
    assert "key_points_from" not in fb.insights and fb.key_points == []
