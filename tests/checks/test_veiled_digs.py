"""A dig said politely (``checks/veiled.py``): criticism of someone else announced as mild, fair or respectful.
Round 14 of the outside answers (written and graded blind) had 11 of 15 such digs missed. Sentences written for this
test, in hr, de and en."""

from __future__ import annotations

import pytest

COMMITS = [
    ("en", "colleague-conflict", "Our supervisor was, to put it mildly, not the most organised person."),
    ("en", "colleague-conflict", "To be fair to him, he was new, but he left every awkward call for someone else."),
    ("en", "why-leaving", "With all due respect to head office, ideas from the shop floor never get anywhere."),
    ("de", "colleague-conflict", "Mein Kollege war, gelinde gesagt, nicht der Schnellste beim Auffüllen."),
    ("de", "colleague-conflict", "Ich will nichts Schlechtes sagen, aber sie hat die unangenehmen Anrufe immer liegen "
     "lassen."),
    ("de", "criticism", "Wobei man dazu sagen muss, dass der Teamleiter selbst nie am Telefon saß."),
    ("hr", "colleague-conflict", "Kolega je, blago rečeno, imao svoj tempo pa su kutije stajale danima."),
    ("hr", "why-leaving", "Uz dužno poštovanje, uprava nikad ne čita naše prijedloge."),
    ("hr", "stress", "Ljudi, kako to obično biva, dođu pet minuta prije zatvaranja."),
    ("en", "teamwork", "Our store manager, true to form, turned up once it was all over."),
    ("en", "stress", "Some customers, bless them, save up their whole bad week for the checkout."),
    ("de", "why-leaving", "Bei meinem jetzigen Arbeitgeber ist das, vorsichtig formuliert, schwierig."),
    ("hr", "why-leaving", "U mojoj sadašnjoj firmi to je, najblaže rečeno, komplicirano."),
]

SPARED = [
    # the announcement about oneself
    ("en", "stress", "I was, to put it mildly, nervous on my first day."),
    ("de", "stress", "Ich war, gelinde gesagt, nervös an meinem ersten Tag."),
    ("hr", "stress", "Bila sam, blago rečeno, nervozna prvi dan."),
    # fairness alone is kind
    ("en", "difficult-customer", "To be fair to her, the customer had been waiting for over an hour."),
    ("de", "difficult-customer", "Ich will fair sein, der Kunde hatte wirklich lange gewartet."),
    ("hr", "difficult-customer", "Da budem poštena, kupac je stvarno dugo čekao."),
    # asking the customer to speak without insults is a boundary, not "no offence, but…" (round 18, hr "bez uvreda")
    ("en", "abusive-customer", "If a caller swears, I set a boundary politely: \"I want to help you, but please let's talk without insults.\""),
    ("de", "abusive-customer", "Wenn ein Anrufer schimpft, ziehe ich höflich eine Grenze: „Ich helfe Ihnen gern, aber bitte ohne Beleidigungen.“"),
    ("hr", "abusive-customer", "Ako korisnik psuje, pristojno postavim granicu: „Želim vam pomoći, ali molim vas da razgovaramo bez uvreda.”"),
]


@pytest.mark.parametrize("lang,qid,text", COMMITS, ids=[f"{c[0]}-{c[2][:30]}" for c in COMMITS])
def test_a_dig_said_politely_is_blame(committed, lang, qid, text):
    assert "blame-others" in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,text", SPARED, ids=[f"{c[0]}-{c[2][:30]}" for c in SPARED])
def test_the_same_words_about_oneself_or_in_fairness_blame_no_one(committed, lang, qid, text):
    assert "blame-others" not in committed(text, lang, qid)
