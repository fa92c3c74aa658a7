"""Round 22 of the outside answers (written and graded blind, built on): the process explained to a waiting
customer or a critic instead of owning the matter, "I don't know" or "no experience" left there, any job as long as it
pays, and claims any applicant could make are what an interviewer marks down; the same words that end in a next step
or refuse what is not allowed are not. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

EXCUSES = [  # (lang, question, answer)
    ("en", "repeat-caller", "I'd explain to her how it works: the engineers have their own timescales."),
    ("en", "missing-reservation", "I'd make clear it isn't something reception controls."),
    ("en", "criticism", "I told her the figure doesn't show the real picture of my work."),
    ("de", "repeat-caller", "Ich würde ihm erklären, dass so ein Fall über mehrere Stationen läuft."),
    ("de", "missing-reservation", "Darauf haben wir an der Rezeption leider keinen Einfluss."),
    ("de", "criticism", "Ich habe ihr in Ruhe erklärt, wie es dazu kam."),
    ("hr", "repeat-caller", "Objasnio bih mu kako to kod nas funkcionira i da nalog čeka na red."),
    ("hr", "missing-reservation", "Rekla bih mu da na to na recepciji ne možemo utjecati."),
    ("hr", "criticism", "Saslušala sam ga, ali sam mu objasnila zašto je tako."),
]
DEAD_ENDS = [
    ("en", "language-barrier", "Honestly, I don't really have a solution for that one."),
    ("en", "dont-know", "You can't know everything, and customers understand that."),
    ("de", "language-barrier", "Eine richtige Lösung habe ich dafür nicht."),
    ("de", "dont-know", "Man kann nicht alles wissen, das verstehen die Kunden schon."),
    ("hr", "language-barrier", "Iskreno, za to nemam pravo rješenje."),
    ("hr", "dont-know", "Ne može se sve znati, kupci to razumiju."),
]
MONEY = [
    ("en", "why-cs", "It doesn't really matter what I do as long as the pay is regular."),
    ("de", "salary", "Ehrlich gesagt ist das Geld für mich das Entscheidende."),
    ("de", "why-cs", "Es ist mir nicht so wichtig, was genau ich mache, Hauptsache, ich habe eine feste Stelle."),
    ("hr", "why-cs", "Iskreno, svejedno mi je kakav je posao, samo da je stalan."),
]
GENERIC = [
    ("en", "difficult-customer", "I always stay calm and professional, and the customer leaves satisfied."),
    ("en", "products", "You're a very well-known company with something for everyone."),
    ("de", "above-and-beyond", "Für meine Kunden gehe ich gern die Extrameile."),
    ("de", "teamwork", "Kommunikation ist das A und O in jedem Team."),
    ("hr", "above-and-beyond", "Za mene je kupac na prvom mjestu i uvijek idem korak dalje."),
    ("hr", "good-cs", "Dobra usluga znači profesionalnost, ljubaznost i izvrsno iskustvo."),
]
FINE = [
    # the rule kept, not bent: "without consent, no information" (outside round 22, a strong answer)
    ("de", "data-protection", "over-promise", "Ich erkläre, dass ich ohne Zustimmung der Inhaberin keine Auskunft geben darf."),
    # stopping a shoplifter is dangerous and not the job: no customer sent away
    ("de", "shoplifting", "guess-or-send-away", "Selbst eingreifen würde ich nicht, das ist zu gefährlich und nicht meine Aufgabe."),
    ("en", "shoplifting", "guess-or-send-away", "I wouldn't step in myself; it's dangerous and not my job, so I'd tell security."),
    ("hr", "shoplifting", "guess-or-send-away", "Ne bih ga sama zadržavala, to je opasno i nije moj posao, nego bih pozvala zaštitara."),
]


@pytest.mark.parametrize("lang,qid,text", EXCUSES, ids=[f"{c[0]}-{c[1]}" for c in EXCUSES])
def test_the_process_explained_instead_of_owning_it_is_an_excuse(committed, lang, qid, text):
    assert "excuses" in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,text", DEAD_ENDS, ids=[f"{c[0]}-{c[1]}" for c in DEAD_ENDS])
def test_no_solution_and_no_next_step_is_a_dead_end(committed, lang, qid, text):
    assert "dead-end" in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,text", MONEY, ids=[f"{c[0]}-{c[1]}-{c[2][:20]}" for c in MONEY])
def test_any_job_as_long_as_it_pays_is_money_only(committed, lang, qid, text):
    assert "money-only" in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,text", GENERIC, ids=[f"{c[0]}-{c[1]}" for c in GENERIC])
def test_claims_any_applicant_could_make_are_generic(committed, lang, qid, text):
    assert "generic" in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,pitfall,text", FINE, ids=[f"{c[0]}-{c[1]}" for c in FINE])
def test_a_rule_kept_commits_nothing(committed, lang, qid, pitfall, text):
    assert pitfall not in committed(text, lang, qid)
