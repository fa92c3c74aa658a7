"""Round 13 of answers written and graded by helpers blind to the code (90 answers, pitfalls in disguise and good
answers close to them; first run: 52 % of the pitfalls found, 11 % false alarms, 6 of 7 favours against the rules
missed). Two things are checked here, with sentences written for this test in hr, de and en:

- what someone else wanted or asked for is the story's situation, not the applicant's promise, however it is
  worded (``reported.wished``: a wish frame whose subject is not the applicant);
- a favour granted against the rules, said as the rules are known ("even though we weren't allowed",
  "auch wenn das eigentlich nicht vorgesehen ist", "iako to nismo smjeli") or as the manager left out ("I didn't
  run it past my manager"), is an over-promise, also inside a good story.
"""

from __future__ import annotations

import pytest

from interview_coach import engine

SPARED = [
    # a wish or a demand, in wordings no pitfall lists
    ("en", "refund-policy", "over-promise", "Last spring a man insisted on a refund without a receipt for a toaster."),
    ("en", "refund-policy", "over-promise", "A regular was asking for her money back without a receipt."),
    ("de", "refund-policy", "over-promise", "Ein Kunde verlangte sein Geld für den Toaster ohne Kassenbon zurück."),
    ("de", "refund-policy", "over-promise", "Eine Stammkundin bestand darauf, den Mixer ohne Bon zurückzugeben."),
    ("hr", "refund-policy", "over-promise", "Prošlog proljeća kupac je inzistirao da mu vratimo novac bez računa."),
    ("hr", "refund-policy", "over-promise", "Jedna stalna kupica tražila je povrat novca bez računa za mikser."),
    # someone else's promise or shout, reported
    ("hr", "colleague-conflict", "over-promise", "Jednom je kupcu obećala da će mu proizvod biti spreman za subotu."),
    ("hr", "difficult-customer", "blame-others", "Čim sam se javila, viknuo je da smo svi nesposobni."),
    ("hr", "difficult-customer", "confront-customer", "Čim sam se javila, viknuo je da smo svi nesposobni."),
    # the customer's feelings and wishes are not the applicant's
    ("en", "abusive-customer", "blame-others", "Usually the person is frightened or fed up with the situation, not with me."),
    ("en", "customer-wrong", "over-promise", "First I let them say everything they want to say without interrupting."),
    ("en", "refund-policy", "money-only", "First I'd let the customer explain why they want the money back."),
    # a rule said by the applicant: no one else gets the data either
    ("de", "data-protection", "shares-data", "Seine eigenen Daten würde ich auch niemand anderem nennen."),
    # a rule said as a rule in a turn that follows, not as the turn round of a favour
    ("hr", "refund-policy", "over-promise", "Novac bez računa ne smijem vratiti, ali mogu ponuditi zamjenu ili bon."),
]

COMMITS = [
    # the wish is the customer's, but the applicant grants it in a clause of their own
    ("en", "refund-policy", "over-promise", "She wanted her money back, and I gave it to her without a receipt, no "
     "questions asked."),
    ("de", "refund-policy", "over-promise", "Ich wollte ihr das Geld auch ohne Bon zurückgeben, das ist mir wichtiger "
     "als jede Regel."),
    ("hr", "refund-policy", "over-promise", "Htjela sam mu vratiti novac pa makar i bez računa."),
    # a favour granted though the rules are known
    ("en", "above-and-beyond", "over-promise", "I gave her the case for free, even though we weren't allowed to."),
    ("en", "above-and-beyond", "over-promise", "I didn't run it past my manager, but I knew it was right for her."),
    ("en", "above-and-beyond", "over-promise", "I took twenty percent off at the till and didn't bother the manager "
     "with it."),
    ("de", "customer-wrong", "over-promise", "Ich schreibe ihm die Kosten gut, auch wenn das für solche Fälle "
     "eigentlich nicht vorgesehen ist."),
    ("de", "above-and-beyond", "over-promise", "Das hätte eigentlich die Marktleitung entscheiden müssen, aber ich "
     "habe es einfach so eingetragen."),
    ("de", "refund-policy", "over-promise", "Ich habe die Rückgabe trotzdem gebucht und ihm das Geld bar ausgezahlt."),
    ("hr", "above-and-beyond", "over-promise", "Dao sam joj maskicu besplatno, iako to nismo smjeli."),
    ("hr", "refund-policy", "over-promise", "Znala sam ipak vratiti novac, a voditeljici bih to poslije objasnila."),
    ("hr", "refund-policy", "over-promise", "Pravila su tu da nam pomognu, ali ne smiju biti važnija od čovjeka."),
]


@pytest.mark.parametrize("lang,qid,pitfall,text", SPARED, ids=[f"{c[0]}-{c[2]}-{c[3][:30]}" for c in SPARED])
def test_what_someone_else_wants_or_says_commits_nothing(committed, lang, qid, pitfall, text):
    assert pitfall not in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,pitfall,text", COMMITS, ids=[f"{c[0]}-{c[2]}-{c[3][:30]}" for c in COMMITS])
def test_the_applicants_own_favour_commits(committed, lang, qid, pitfall, text):
    assert pitfall in committed(text, lang, qid)


# a good story that opens with the customer's wish, and the same story with a favour against the rules in it
STORY = {
    "en": ("Last month a customer was asking for a refund without a receipt for a kettle. I listened, explained "
           "that without proof of purchase I can offer an exchange or store credit, and found her card payment, "
           "which we could use as proof. She got her refund that way and left happy.",
           " I also gave her a free descaler, even though we weren't allowed to."),
    "de": ("Letzten Monat verlangte eine Kundin ihr Geld für einen Wasserkocher ohne Kassenbon zurück. Ich habe "
           "zugehört, erklärt, dass ich ohne Kaufbeleg nur umtauschen oder einen Gutschein geben kann, und über "
           "ihre Kartenzahlung den Kauf gefunden. So bekam sie ihr Geld zurück und ging zufrieden.",
           " Ich habe ihr noch einen Entkalker geschenkt, auch wenn das eigentlich nicht vorgesehen ist."),
    "hr": ("Prošli mjesec kupica je tražila povrat novca bez računa za kuhalo. Saslušala sam je, objasnila da bez "
           "dokaza o kupnji mogu ponuditi samo zamjenu ili bon, i pronašla plaćanje karticom, koje smo mogli uzeti "
           "kao dokaz. Tako je dobila povrat i otišla zadovoljna.",
           " Dala sam joj i sredstvo za čišćenje besplatno, iako to nismo smjeli."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_good_story_opening_with_a_wish_scores_well_and_a_favour_caps_it(lang):
    story, favour = STORY[lang]
    fb = engine.feedback("refund-policy", story, lang=lang, ui_lang=lang)
    assert not fb.pitfalls and fb.score >= 60, (fb.score, fb.pitfalls)
    capped = engine.feedback("refund-policy", story + favour, lang=lang, ui_lang=lang)
    assert [p["id"] for p in capped.pitfalls] == ["over-promise"] and capped.score <= 35, (capped.score, capped.pitfalls)


# the rest of round 13's slips: a colleague judged in a fair-sounding tone, a "no" taken as the start of selling,
# comfort named as the main reason
SLIPS = [
    ("hr", "colleague-conflict", "blame-others", "On je dobar čovjek, ali jednostavno nije bio pouzdan i to su na "
     "odjelu svi znali."),
    ("de", "colleague-conflict", "blame-others", "Pünktlichkeit war einfach nicht seine Stärke, und auf ihn konnte man "
     "sich nicht verlassen."),
    ("en", "colleague-conflict", "blame-others", "To be fair, some people don't take the job as seriously as others, "
     "and she was always the first out of the door."),
    ("hr", "upselling", "pushy-selling", "Kad kaže „ne, hvala”, to za mene nije kraj razgovora, nego početak."),
    ("de", "sales-targets", "pushy-selling", "Ein Nein nehme ich nie beim ersten Mal hin, ich wiederhole das Angebot, "
     "bis sie weich werden."),
    ("de", "why-cs", "money-only", "Hauptsache, ich habe wieder eine feste Stelle."),
]


@pytest.mark.parametrize("lang,qid,pitfall,text", SLIPS, ids=[f"{c[0]}-{c[2]}-{c[3][:30]}" for c in SLIPS])
def test_round_13s_slips_commit(committed, lang, qid, pitfall, text):
    assert pitfall in committed(text, lang, qid)
