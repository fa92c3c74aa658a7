"""Words that only look like a pitfall (round 35, session 53): "Sekunden" names no customer, "i u kaosu" blames no
one, "out of my hands" said of one's own criticism leaves no customer without help, "the only problem was" is no
motive, and "I always stay calm" is a stock claim, not a claim never to feel stress. The pitfall itself still commits.
Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.checks import veiled
from interview_coach.checks.phrases import find_any
from interview_coach.checks.rules import customer_phrases
from interview_coach.nlp.text import sentences

FINE = [
    # a calm reception "even in chaos" is praise, not a dig at the reception
    ("hr", "stress", "blame-others", "Nitko se nije žalio, a gost je napisao da je recepcija ostala smirena i u kaosu."),
    ("de", "stress", "blame-others", "Niemand hat sich beschwert, und ein Gast schrieb, die Rezeption sei auch im Chaos ruhig geblieben."),
    ("en", "stress", "blame-others", "Nobody complained, and a guest wrote that the front desk had stayed calm even in the chaos."),
    # the only problem of a busy day is no motive for taking a job
    ("hr", "teamwork", "money-only", "Jedini problem je bio što je jutarnja smjena bila kraća pa smo počeli bez leda."),
    ("de", "teamwork", "money-only", "Das einzige Problem war, dass die Frühschicht kürzer war und wir ohne Eis anfingen."),
    ("en", "teamwork", "money-only", "The only problem was that the early shift was shorter, so we started without ice."),
    # staying calm as a habit is a stock phrase, not a claim never to feel stress
    ("hr", "stress", "never-stressed", "Uvijek ostajem smirena i pozitivna, jer panika ništa ne rješava."),
    ("de", "stress", "never-stressed", "Ich bleibe immer ruhig und positiv, weil Panik nichts löst."),
    ("en", "stress", "never-stressed", "I always stay calm and positive, because panicking solves nothing."),
]

# what excuses a weakness or a gap ("In a quieter shop it wouldn't be an issue") is said of other things elsewhere:
# those cues count only in answers about one's own failing (``cues_for``: mistake, weakness, criticism, cv-gap)
ELSEWHERE = [
    ("en", "availability", "Weekends wouldn't be a problem, and I don't think it'd be an issue for my family either."),
    ("en", "why-hire-you", "Most of that comes down to the training I had at the bakery."),
    ("de", "stress", "Das geht den meisten so, aber ich bleibe dann ruhig und arbeite eins nach dem anderen ab."),
    ("hr", "stress", "Smirenost je više do toga kako se organiziram nego do same gužve."),
]
OWN_FAILING = [
    ("en", "weakness", "My weakness is cash handling. But most of that comes down to where I've been working."),
    ("de", "weakness", "Meine Schwäche sind knappe Notizen. In einem ruhigeren Laden wäre das gar kein Thema."),
    ("hr", "weakness", "Ponekad zaboravim zapisati poruku. Ali to je više do toga kako recepcija izgleda u sezoni."),
]

STILL = [
    ("hr", "why-leaving", "blame-others", "Dvije godine radio sam u jednoj dostavnoj firmi i tamo je vladao potpuni kaos."),
    ("hr", "stress", "never-stressed", "Iskreno, mene stres uopće ne dira."),
    ("en", "dont-know", "guess-or-send-away", "I'd tell them to email the returns team, and then it's really out of my hands."),
]


@pytest.mark.parametrize("lang,qid,pitfall,text", FINE, ids=[f"{c[0]}-{c[2]}" for c in FINE])
def test_what_only_looks_like_the_pitfall_commits_nothing(committed, lang, qid, pitfall, text):
    assert pitfall not in committed(text, lang, qid), text


@pytest.mark.parametrize("lang,qid,pitfall,text", STILL, ids=[f"{c[0]}-{c[2]}" for c in STILL])
def test_the_pitfall_itself_still_commits(committed, lang, qid, pitfall, text):
    assert pitfall in committed(text, lang, qid), text


def test_out_of_my_hands_in_ones_own_criticism_is_an_excuse_not_a_customer_sent_away(committed):
    text = ("My supervisor told me my returns were taking too long. The system was slow and we were two people "
            "short that month. So a lot of it was out of my hands really.")
    found = committed(text, "en", "criticism")
    assert "guess-or-send-away" not in found and "excuses" in found, found


def test_seconds_are_no_customer_but_compounds_of_customer_are():
    sentence = sentences("Stammkunden, Neukundin, dreißig Sekunden, eine Urkunde und ein Kunde.", "de")[0]
    named = [sentence.text[a:b] for _, (a, b) in find_any(list(customer_phrases("de")), sentence)]
    assert sorted(named) == ["Kunde", "Neukundin", "Stammkunden"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Das hat aber auch einen Grund: Bei uns ist die Vorgabe, höchstens dreißig Sekunden nachzubearbeiten."),
    ("en", "To be fair, the rule there was thirty seconds of wrap-up at most."),
    ("hr", "Moram reći da je pravilo bilo najviše trideset sekundi za bilješke."),
])
def test_an_announced_excuse_that_counts_seconds_names_no_one(lang, text):
    sentence = sentences(text, lang)[0]
    assert not veiled.names_someone(sentence, (0, 0), lang), text


@pytest.mark.parametrize("lang,text", [
    ("de", "Meine Schwäche sind zu knappe Notizen. Das hat aber auch einen Grund: Bei uns ist die Vorgabe, höchstens "
           "dreißig Sekunden nachzubearbeiten, dann kommt schon der nächste Anruf."),
    ("en", "My weakness is short notes. To be fair, the rule there was thirty seconds of wrap-up at most, and then "
           "the next call came in."),
    ("hr", "Moja slabost su prekratke bilješke. Moram reći da je pravilo bilo najviše trideset sekundi za bilješke, "
           "a onda odmah stiže sljedeći poziv."),
])
def test_a_weakness_explained_away_by_the_rules_is_an_excuse(committed, lang, text):
    assert "excuses" in committed(text, lang, "weakness"), text


@pytest.mark.parametrize("lang,qid,text", ELSEWHERE, ids=[c[0] for c in ELSEWHERE])
def test_what_excuses_a_failing_is_no_excuse_said_of_other_things(committed, lang, qid, text):
    assert "excuses" not in committed(text, lang, qid), text


@pytest.mark.parametrize("lang,qid,text", OWN_FAILING, ids=[c[0] for c in OWN_FAILING])
def test_said_of_ones_own_failing_it_is_an_excuse(committed, lang, qid, text):
    assert "excuses" in committed(text, lang, qid), text
