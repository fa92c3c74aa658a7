"""Slips in answers to scenes typed in as the interviewer told them (a gym member who wants to cancel, a customer
at closing time, a husband who wants his wife's bill explained, "Why did you leave after eight months?"), found
in a fourth outside round of typed-in questions written and graded by helpers blind to the code (48 answers;
first run: 8 of 12 pitfalls found, 7 answers with a pitfall their graders did not name). Sentences written for
this test, in hr, de and en."""

from __future__ import annotations

import pytest


COMMITS = [
    # a no not taken: offers until the customer gives in
    ("en", "upselling", "pushy-selling", "I'd keep going with offers until they agree to stay, because most people "
     "give in if you don't let them off the phone too easily."),
    ("en", "upselling", "pushy-selling", "I'm used to people saying no three or four times before they say yes."),
    ("de", "upselling", "pushy-selling", "Ich mache so lange weiter Angebote, bis sie bleiben, die meisten geben "
     "irgendwann nach."),
    ("hr", "upselling", "pushy-selling", "Navikla sam da ljudi kažu ne tri-četiri puta prije nego što kažu da."),
    # a late customer hurried out with hints, or sent away till tomorrow
    ("de", "multiple-customers", "rush-or-ignore", "Ich mache hinten schon das Licht aus, dann merkt sie von selbst, "
     "dass sie sich ein bisschen beeilen sollte."),
    ("de", "multiple-customers", "rush-or-ignore", "Wenn sie sich nicht entscheiden kann, kann sie ja morgen "
     "wiederkommen."),
    ("en", "multiple-customers", "rush-or-ignore", "I'd start switching the lights off at the back, so she gets the "
     "hint that she needs to hurry up."),
    ("en", "multiple-customers", "rush-or-ignore", "If she can't decide, she can always come back tomorrow."),
    ("hr", "multiple-customers", "rush-or-ignore", "Počela bih gasiti svjetla straga, pa će sama shvatiti da se treba "
     "požuriti."),
    ("hr", "multiple-customers", "rush-or-ignore", "Ako se ne može odlučiti, uvijek može doći sutra."),
    # the account holder's bill explained "roughly" to her husband
    ("hr", "data-protection", "shares-data", "Rekao bih mu samo okvirno, recimo da je račun veći zbog roaminga."),
    ("de", "data-protection", "shares-data", "Ich würde ihm nur grob sagen, dass die Rechnung wegen Roaming höher ist."),
    ("en", "data-protection", "shares-data", "I'd just give him a rough idea, say the bill's higher because of roaming."),
    # the last employer run down as the reason for leaving
    ("hr", "why-leaving", "blame-others", "Ali recimo da organizacija nije bila baš najbolja."),
    ("hr", "why-leaving", "blame-others", "Sve je odlučivala jedna osoba, i što god bih predložila, odgovor je bio "
     "„tako je uvijek bilo“."),
    ("de", "why-leaving", "blame-others", "Alles hat eine Person entschieden, und egal was ich vorgeschlagen habe, die "
     "Antwort war: Das haben wir schon immer so gemacht."),
    ("en", "why-leaving", "blame-others", "One person decided everything, and whatever I suggested, the answer was "
     "'that's how we've always done it'."),
]

FINE = [
    # the usual closing question is no account detail told
    ("de", "data-protection", "shares-data", "Dann sage ich, was ich erledigt habe, frage, ob noch etwas offen ist, "
     "und verabschiede mich mit Namen."),
    ("en", "data-protection", "shares-data", "Then I tell them what I've done, ask if anything is still outstanding "
     "and say goodbye by name."),
    ("hr", "data-protection", "shares-data", "Onda kažem što sam riješila, pitam je li još nešto otvoreno i pozdravim "
     "se imenom."),
    # a fault nobody caused, not taken personally: no one blamed
    ("en", "abusive-customer", "blame-others", "The machine going down isn't on me, so I don't take it personally."),
    ("de", "abusive-customer", "blame-others", "Dass das Gerät ausfällt, liegt nicht an mir, also nehme ich das nicht "
     "persönlich."),
    ("hr", "abusive-customer", "blame-others", "Kvar aparata nije moja krivnja, pa to ne shvaćam osobno."),
    # a word one cannot say shown on the map instead: a next step
    ("hr", "language-barrier", "dead-end", "Mislim da bih se snašla, a ako nešto ne znam reći, uvijek mogu pokazati "
     "na karti."),
    ("de", "language-barrier", "dead-end", "Wenn ich etwas nicht sagen kann, kann ich es immer noch auf der Karte "
     "zeigen."),
    ("en", "language-barrier", "dead-end", "If I don't know how to say something, I can always show them on the map."),
]


@pytest.mark.parametrize("lang,qid,pitfall,text", COMMITS)
def test_the_slip_commits(committed, lang, qid, pitfall, text):
    assert pitfall in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,pitfall,text", FINE)
def test_what_sounds_like_it_commits_nothing(committed, lang, qid, pitfall, text):
    assert pitfall not in committed(text, lang, qid)
