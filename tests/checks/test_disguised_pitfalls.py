"""Pitfalls said the way applicants say them, friendly and indirect (found in answers written and graded by
helpers blind to the code, first run: 14 of 30 disguised pitfalls found): veiled blame of how things are
run ("that's just how it is there"), security as the whole motive, a refund "worth more than a rule",
not taking a first "no", another person's balance given to a caller who "is obviously family", a customer
sent to another department on his own. And the other way round: what such cues must leave alone. Sentences
written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.bank import default_bank
from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences

COMMITS = [
    ("hr", "why-leaving", "blame-others", "Prijedlozi s blagajne se ne slušaju, tako je to tamo oduvijek."),
    ("de", "why-leaving", "blame-others", "Die Filialleitung hatte nie wirklich einen Plan, so läuft das dort eben."),
    ("en", "why-leaving", "blame-others", "The owners never really had a plan, and that's just how it is there."),
    ("hr", "why-leaving", "blame-others", "Nova voditeljica ima svoj način, recimo da se naše mišljenje baš i ne traži."),
    ("de", "why-leaving", "blame-others", "Die neue Leitung macht vieles anders, unsere Meinung wird nicht wirklich gefragt."),
    ("en", "why-leaving", "blame-others", "The new manager has her own ways; let's say our opinion isn't really asked."),
    ("hr", "why-cs", "money-only", "Iskreno, meni je sada najvažnije da imam sigurnost i plaću koja sjedne svaki mjesec."),
    ("de", "why-cs", "money-only", "Ich suche vor allem etwas Sicheres mit festen Zeiten."),
    ("en", "why-cs", "money-only", "I'm good with people, but mainly it's about having something stable now."),
    ("hr", "refund-policy", "over-promise", "Vratila bih joj novac, a papirologiju bih poslije nekako riješila."),
    ("de", "refund-policy", "over-promise", "Eine zufriedene Kundin ist mir mehr wert als so eine Regel."),
    ("en", "refund-policy", "over-promise", "A happy customer is worth more than a rule on a poster."),
    ("hr", "upselling", "pushy-selling", "Zato nikad ne prihvaćam prvi „ne” i pokažem skuplji model."),
    ("de", "upselling", "pushy-selling", "Niemand sollte nur mit dem Ladekabel rausgehen, für das er gekommen ist."),
    ("en", "upselling", "pushy-selling", "Most people say no at first, but if you keep going they usually buy the case too."),
    ("de", "data-protection", "shares-data", "Wenn das stimmig klingt, gebe ich ihm die offenen Beträge durch."),
    ("en", "data-protection", "shares-data", "If they have the postcode it's clear they're family, so I'd give them the balance."),
    ("de", "customer-wrong", "confront-customer", "Ich zeige ihm die Quittung und sage: Da liegen Sie leider falsch."),
    ("de", "dont-know", "guess-or-send-away", "Dafür sind die Kollegen von der Technik zuständig, die finden Sie hinten rechts."),
]

LEAVES_ALONE = [
    # a negation that is the whole of an unless phrase still undoes a cue that says no negation of its own
    ("hr", "upselling", "pushy-selling", "Nikad ne nagovaram kupca na skuplji model."),
    # reassurance that it will be sorted is no promise of an outcome
    ("en", "missing-reservation", "over-promise",
     "First I'd apologise and reassure the guest that we'll sort it out, because they've been travelling all day."),
    # someone else not asking is not the applicant acting without asking
    ("de", "why-leaving", "over-promise", "Bei uns wird vieles von oben entschieden, ohne dass jemand fragt."),
    # hanging up once a call is over is no hanging up on a customer
    ("de", "stress", "confront-customer", "Wenn ich auflege, ist der Anruf für mich abgehakt."),
    # "for that reason" is no motive
    ("en", "stress", "money-only", "My manager used to put me on the busiest shifts for that reason."),
    # tiredness as a condition, not a reason given
    ("hr", "weakness", "excuses", "Kad sam umorna, ni s kupcima nisam onakva kakva bih htjela biti."),
    # some customers always doing one thing is no favouritism
    ("en", "teamwork", "blame-others", "Some customers always pay by card and others never do, so we kept two tills open."),
    # security of the data is no motive
    ("en", "data-protection", "money-only", "The main thing is the security of the account holder's details."),
    # "not easily" is patience, no claim of never feeling it
    ("hr", "why-cs", "never-stressed", "Mislim da sam strpljiv, ne živciram se lako kad netko ne razumije iz prve."),
    ("de", "stress", "never-stressed", "Stress erreicht mich nicht so schnell, ich bleibe meistens ruhig."),
    ("en", "why-cs", "never-stressed", "I'm patient, I don't get annoyed easily when someone doesn't get it first time."),
    # the caller's question, told, is no data given
    ("hr", "data-protection", "shares-data", "Jednom je zvala žena koja je htjela znati koliko je očev račun."),
    ("de", "data-protection", "shares-data", "Einmal rief eine Frau an, die wissen wollte, wie hoch die offene Rechnung ihres Vaters ist."),
    ("en", "data-protection", "shares-data", "Once a woman rang who wanted to know how much the last bill was."),
    # "I don't know" said aside, between commas, is a filler (register), no admission
    ("hr", "why-cs", "dead-end", "Volim raditi s ljudima i, ne znam, jednostavno me veseli kad nekome pomognem."),
    ("de", "why-cs", "dead-end", "Ich rede gern mit Leuten und, keine Ahnung, mir macht das einfach Spaß."),
    ("en", "why-cs", "dead-end", "I like talking to people and, I don't know, it's just fun when I can help."),
    # knowing customers notice a hard sell is no hard sell
    ("de", "upselling", "pushy-selling", "Ein Kunde merkt sofort, wenn man ihm was andrehen will, und dann ist das Vertrauen weg."),
]

STILL_COMMITS = [
    # what is not known, said after the clause it is about, or a clause between commas, is no aside
    ("hr", "five-years", "dead-end", "Gdje ću biti za pet godina, ne znam, stvarno."),
    ("de", "five-years", "dead-end", "Wo ich dann arbeite, lasse ich auf mich zukommen, aber ich bin offen für alles."),
    ("en", "five-years", "dead-end", "Where I'll be by then, I don't know, but I'm open to anything."),
    ("hr", "dont-know", "dead-end", "Ne znam, vidjet ćemo."),
    ("de", "dont-know", "dead-end", "Keine Ahnung, ehrlich gesagt."),
    ("en", "dont-know", "dead-end", "I don't know, we'll see."),
]


def committed(text: str, lang: str, qid: str) -> list[str]:
    question = default_bank().question(qid)
    checks = pitfalls.applicable(lang, question.pitfall_ids, (qid,))
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, checks, switch(()))]


@pytest.mark.parametrize("lang,qid,pitfall,text", COMMITS)
def test_a_pitfall_said_indirectly_is_found(lang, qid, pitfall, text):
    assert pitfall in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,pitfall,text", STILL_COMMITS)
def test_an_admission_that_opens_the_sentence_is_no_aside(lang, qid, pitfall, text):
    assert pitfall in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,pitfall,text", LEAVES_ALONE)
def test_what_only_looks_like_it_commits_nothing(lang, qid, pitfall, text):
    assert pitfall not in committed(text, lang, qid)
