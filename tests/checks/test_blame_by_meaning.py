"""Blame of others told calmly, in words no cue lists, read by meaning (``pitfalls.blaming_by_meaning``, the blame
read-out of ``checks/readouts.py``) in answers about oneself; fair words about a manager, colleagues or a company
are not blame. Answers written for these tests (in no training data), in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine

READOUT = "content.pitfalls.blame_others.meaning"

BLAMING = [
    ("en", "why-leaving",
     "I've worked on the reservations desk of a coach company for three years and I know the booking system inside "
     "out. Since the new operations director took over, every complaint is treated as our problem and the staff are "
     "the last to hear about timetable changes. I want to work somewhere customer service has a real voice.",
     "Since the new operations director took over"),
    ("en", "five-years",
     "In five years I'd like to be training new starters on a customer helpline. I've spent two years on the tills "
     "of a DIY store. Since the area manager changed, the staff on the floor are never asked about anything and the "
     "rota lands on the board the night before. So I want a company where I can grow and where people are heard.",
     "Since the area manager changed"),
    ("de", "tell-me-about-yourself",
     "Ich heiße Petra, bin 39 und war zwölf Jahre Verkäuferin in einem Baumarkt. Dort habe ich gelernt, auch "
     "schwierige Kunden gut zu beraten. Seit der neue Marktleiter da ist, interessiert sich niemand mehr dafür, was "
     "wir an der Kasse erleben. Jetzt möchte ich in den telefonischen Kundenservice wechseln.",
     "Seit der neue Marktleiter da ist"),
    ("de", "why-leaving",
     "Ich arbeite seit sechs Jahren an der Kasse eines Supermarkts und mag den Kontakt mit den Stammkunden. Seit die "
     "neue Filialleitung da ist, werden Entscheidungen nur noch im Büro getroffen, und was wir an der Kasse sagen, "
     "spielt keine Rolle mehr. Deshalb möchte ich zu einem Arbeitgeber wechseln, bei dem Service zählt.",
     "Seit die neue Filialleitung da ist"),
    ("hr", "cv-gap",
     "Bila sam nezaposlena osam mjeseci. U prošloj firmi novi direktor je preko noći ukinuo cijeli odjel podrške, a "
     "uprava nas o tome nije ni obavijestila na vrijeme. U međuvremenu sam završila tečaj engleskog i sada mogu odmah "
     "početi.",
     "novi direktor je preko noći"),
    ("hr", "why-leaving",
     "Pet godina radim na blagajni u trgovačkom centru i volim posao s kupcima. Nakon promjene vlasnika plaće kasne, "
     "a nitko od uprave ne kaže zašto. Zato tražim novo radno mjesto u stabilnoj tvrtki.",
     "Nakon promjene vlasnika"),
]

FAIR = [
    ("en", "why-leaving",
     "I've been at the bakery for four years and my manager has taught me a lot about running a counter. The shop is "
     "being sold next spring, so the owners told us early and have helped us look around. I'd like to move into a "
     "role where I talk to customers on the phone and learn a product in depth, which is what your team does."),
    ("en", "tell-me-about-yourself",
     "I'm Sam, I'm 27 and I've spent five years at a garden centre. My manager trusted me with the tills and the "
     "Christmas rush, and the team there were great to work with. I'm now looking for a customer-service role on "
     "the phones."),
    ("de", "why-leaving",
     "Ich arbeite seit vier Jahren in einer Buchhandlung, und meine Chefin hat mir sehr viel über Beratung "
     "beigebracht. Die Filiale schließt im Frühjahr, das hat die Geschäftsführung uns früh und offen gesagt. Ich "
     "möchte jetzt in den telefonischen Kundenservice, weil ich dort mehr Kunden am Tag helfen kann."),
    ("de", "experience",
     "Mit den Kollegen hat es im Baumarkt immer gut geklappt, und wenn einer hinterher war, haben wir uns "
     "gegenseitig ausgeholfen. Ich war zwei Jahre an der Info-Theke und habe Kunden bei Farben und Werkzeug "
     "beraten."),
    ("hr", "tell-me-about-yourself",
     "Zovem se Ana i pet godina radim u drogeriji. Voditeljica me naučila kako savjetovati kupce oko njege kože, a s "
     "kolegicama sam uvijek dobro surađivala. Sada želim raditi u pozivnom centru jer volim razgovarati s ljudima."),
    ("hr", "why-leaving",
     "U trgovini radim pet godina i od voditeljice sam puno naučila. Firma se seli u drugi grad pa sam odlučila "
     "ostati ovdje. Želim raditi s kupcima u većem timu, a vaša trgovina nudi baš to."),
    # a blaming sentence turned round at once, as a cue would be (a reviewer's case)
    ("en", "why-leaving",
     "I've worked on a coach company's reservations desk for three years. Since the new operations director took "
     "over, the staff are the last to hear about timetable changes, but that's not their fault, it's just how a "
     "bigger company works. I'd like a role where I'm closer to the customers."),
    ("hr", "why-leaving",
     "Ostali smo do kraja smjene i sve složili, to mi je bio lijep tim. Sada tražim posao s više kontakta s kupcima."),
]


def _blame(fb) -> list[dict]:
    return [p for p in fb.pitfalls if p["id"] == "blame-others"]


@pytest.mark.parametrize("lang,qid,answer,quote", BLAMING, ids=[f"{c[0]}-{c[1]}" for c in BLAMING])
def test_calm_blame_in_new_words_is_read_by_meaning(lang, qid, answer, quote):
    assert not _blame(engine.feedback(qid, answer, lang=lang, disabled=(READOUT,))), "no cue finds it"
    blame = _blame(engine.feedback(qid, answer, lang=lang))
    assert blame and blame[0]["by"] == "meaning", (lang, qid)
    assert quote in blame[0]["evidence"]["text"]


@pytest.mark.parametrize("lang,qid,answer", FAIR, ids=[f"{c[0]}-{c[1]}" for c in FAIR])
def test_fair_words_about_a_manager_colleagues_or_the_company_are_no_blame(lang, qid, answer):
    assert not _blame(engine.feedback(qid, answer, lang=lang))


@pytest.mark.parametrize("lang,qid,answer,quote", BLAMING[::2], ids=[c[0] for c in BLAMING[::2]])
def test_the_read_out_reads_only_answers_about_oneself(lang, qid, answer, quote):
    # the same words in a story about a customer are not read by this read-out: it learned only from answers about
    # oneself, where what others did is told as the applicant's reason (the scene read-out, switched off here, reads
    # them: test_blame_in_scenes.py)
    blame = _blame(engine.feedback("full-queue", answer, lang=lang, disabled=("content.pitfalls.blame_others.scene",)))
    assert not any(p["by"] == "meaning" for p in blame)


# a sentence that only leans to blame (the blame read-out below pitfalls.BLAME_MIN) counts where the whole answer
# also reads as a pitfall answer (readouts.pitfall_answer_probability): a reason to leave that is only what the
# new owners do, a gap explained by what the people in charge failed to do
LEANING = [
    ("en", "why-leaving",
     "I have worked in a garden centre for five years. Since the new owners arrived, the shop floor is asked about "
     "less and less. That's why I'm looking around.",
     "Since the new owners arrived"),
    ("de", "why-leaving",
     "Ich arbeite seit vier Jahren in einem Gartencenter. Seit dem Inhaberwechsel wird über das Team hinweg entschieden. "
     "Deshalb schaue ich mich um.",
     "Seit dem Inhaberwechsel"),
    ("hr", "cv-gap",
     "Praznina je jedanaest mjeseci. Moj prošli poslodavac preselio je cijeli tim podrške na novu lokaciju, a "
     "odgovorni nisu mnogo mislili na nas koji smo ostali. Uzela sam si vremena da nađem pravo mjesto.",
     "odgovorni nisu mnogo mislili na nas"),
]
# the same move told as a plain fact beside what the applicant did with the time: no blame
MOVED_ON = [
    ("en", "The gap is eleven months. My last employer moved the whole support team to a new site two hours away, and "
           "I decided not to move because of my children's school. In that time I did a customer-service course "
           "online and volunteered at the food bank's phone line twice a week, so I'm used to calm, friendly calls "
           "again and can start straight away."),
    ("de", "Die Lücke sind elf Monate. Mein letzter Arbeitgeber hat das ganze Serviceteam an einen Standort zwei "
           "Stunden entfernt verlegt, und ich habe mich wegen der Schule meiner Kinder entschieden, nicht mitzugehen. "
           "In der Zeit habe ich online einen Kurs im Kundenservice gemacht und zweimal die Woche am Telefon der Tafel "
           "ausgeholfen, ich kann also sofort anfangen."),
    ("hr", "Praznina je jedanaest mjeseci. Moj prošli poslodavac preselio je cijeli tim podrške na lokaciju dva sata "
           "udaljenu, a ja sam odlučila ne seliti se zbog škole svoje djece. U to vrijeme završila sam online tečaj "
           "korisničke podrške i dvaput tjedno volontirala na telefonu banke hrane, pa mogu odmah početi."),
]


@pytest.mark.parametrize("lang,qid,answer,quote", LEANING, ids=[c[0] for c in LEANING])
def test_a_sentence_that_leans_to_blame_counts_where_the_whole_answer_reads_as_a_pitfall(lang, qid, answer, quote):
    from interview_coach.checks.pitfalls import blaming_by_meaning
    from interview_coach.checks.references import answer_vectors
    from interview_coach.nlp.text import sentences

    sents = sentences(answer, lang)
    vecs, answer_vec = answer_vectors(sents)
    assert blaming_by_meaning(sents, vecs, lang) == (), "the sentence alone is below BLAME_MIN"
    assert [sents[i].text for i in blaming_by_meaning(sents, vecs, lang, answer_vec)] == [sents[1].text]
    blame = _blame(engine.feedback(qid, answer, lang=lang))
    assert blame and blame[0]["by"] == "meaning" and quote in blame[0]["evidence"]["text"]


@pytest.mark.parametrize("lang,answer", MOVED_ON, ids=[c[0] for c in MOVED_ON])
def test_the_same_move_told_as_a_plain_fact_is_no_blame(lang, answer):
    fb = engine.feedback("cv-gap", answer, lang=lang)
    assert not _blame(fb) and fb.score >= 60
