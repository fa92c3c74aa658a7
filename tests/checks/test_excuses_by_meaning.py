"""Excuses told calmly, in words no cue lists, read by meaning (``pitfalls.BY_MEANING``: the excuse
read-out of ``checks/readouts.py`` with the pitfall-answer read-out as a second reading) in answers to the
questions that list ``excuses``; an answer that owns the fault is not read so. Answers written for these tests
(in no training data), in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine

READOUT = "content.pitfalls.excuses.meaning"

EXCUSING = [
    ("en", "mistake",
     "I once gave a customer the wrong delivery date. That week we'd just had a new system put in and nobody had really "
     "shown us how it worked, so it was bound to happen. I rang her back when I noticed and gave her the right date.",
     "That week we'd just had a new system put in and nobody had really shown us how it worked, so it was bound to "
     "happen."),
    ("de", "mistake",
     "Einmal habe ich einem Kunden einen falschen Liefertermin genannt. Unter den Bedingungen damals wäre das jedem "
     "so gegangen. Der Kunde war verärgert, aber am Ende hat er sein Sofa bekommen.",
     "Unter den Bedingungen damals wäre das jedem so gegangen."),
    ("hr", "repeat-caller",
     "Ako kupac zove treći put zbog istog kvara, razumijem da mu je dosta. Obično je to tada slučaj koji je zapeo na "
     "drugoj razini podrške, a s prve razine tu se ne može puno napraviti. Ponovno zabilježim poziv i kažem mu da je "
     "nalog kod pravog tima. Često to jednostavno traje koliko traje.",
     "Često to jednostavno traje koliko traje."),
]

OWNED = [
    ("en", "criticism",
     "My team leader once told me my after-call notes were too short. She was right: a colleague picking up my "
     "customer the next day had to call them back to ask what we had agreed. I asked her for two good examples, made "
     "myself a checklist of what a note needs, and for a month I reread my notes before closing each call. In my "
     "next review she said mine were among the clearest on the team."),
    ("de", "mistake",
     "Einmal habe ich einem Kunden einen falschen Liefertermin für sein Sofa genannt, weil ich die Änderung im System "
     "übersehen hatte. Als er anrief, habe ich mich entschuldigt, mit dem Lager den frühesten Termin geklärt und ihn "
     "noch am selben Tag zurückgerufen. Seitdem schaue ich bei jeder Auskunft in den Änderungsverlauf, und so etwas "
     "ist mir nicht wieder passiert."),
    ("hr", "criticism",
     "Voditeljica mi je jednom rekla da su mi bilješke nakon poziva prekratke. Imala je pravo: kolegica koja je "
     "sutradan preuzela kupca morala ga je zvati da pita što smo dogovorili. Zamolila sam je za dva dobra primjera, "
     "napravila si popis onoga što bilješka mora sadržavati i mjesec dana prije zatvaranja svakog poziva ponovno "
     "čitala svoje bilješke. Na idućem razgovoru rekla je da su moje među najjasnijima u timu."),
]


def _excuses(fb) -> list[dict]:
    return [p for p in fb.pitfalls if p["id"] == "excuses"]


@pytest.mark.parametrize("lang,qid,answer,quote", EXCUSING, ids=[c[0] for c in EXCUSING])
def test_calm_excuses_in_new_words_are_read_by_meaning(lang, qid, answer, quote):
    assert not _excuses(engine.feedback(qid, answer, lang=lang, disabled=(READOUT,))), "no cue finds it"
    excuses = _excuses(engine.feedback(qid, answer, lang=lang))
    assert excuses and excuses[0]["by"] == "meaning"
    assert excuses[0]["evidence"]["text"] == quote


@pytest.mark.parametrize("lang,qid,answer", OWNED, ids=[c[0] for c in OWNED])
def test_a_fault_owned_is_no_excuse(lang, qid, answer):
    fb = engine.feedback(qid, answer, lang=lang)
    assert not fb.pitfalls


def test_excuses_by_meaning_add_nothing_where_a_pitfall_is_already_named():
    # "from the first line there is not much you can do" is a dead end by its cue; the excuse read-out, which lies
    # close to blame and dead ends in meaning, does not pile a second pitfall on it
    answer = ("If a customer has called three times about the same fault, I understand they're fed up. Usually by "
              "then it's a case the second line has sat on, and from the first line there is not much you can do "
              "about it. I log the call again and tell them the ticket is with the right team. Often it simply "
              "takes the time it takes.")
    fb = engine.feedback("repeat-caller", answer, lang="en")
    assert fb.pitfalls and not any(p["by"] == "meaning" for p in fb.pitfalls)


def test_the_excuse_read_out_reads_only_the_questions_that_list_excuses():
    qid, answer = EXCUSING[0][1], EXCUSING[0][2]
    assert _excuses(engine.feedback(qid, answer, lang="en"))
    assert not any(p["by"] == "meaning" for p in engine.feedback("why-cs", answer, lang="en").pitfalls)
