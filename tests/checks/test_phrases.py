"""Phrase matching by lemma, compounds and hyphenated words, in each language."""

from __future__ import annotations

import pytest

from interview_coach.checks.phrases import compile_phrase, find
from interview_coach.nlp.text import sentences


@pytest.mark.parametrize("lang,phrase,text,hit", [
    ("en", "apologise", "I apologised to her.", "apologised"),
    ("en", "came back", "She came back a week later.", "came back"),
    ("de", "entschuldigen", "Ich habe mich entschuldigt.", "entschuldigt"),
    ("de", "*zufriedenheit", "Die Kundenzufriedenheit stieg.", "Kundenzufriedenheit"),
    ("hr", "kupac", "Pomogla sam kupcima.", "kupcima"),
    ("hr", "stranica", "Na vašoj web-stranici piše.", "web-stranici"),
    ("en", "%", "Sales rose by 15%.", "15%"),
    ("en", "when I =was", "When I was at the till, a man came in.", "When I was"),
    ("de", "als =ich", "Als ich dort anfing, war es ruhig.", "Als ich"),
    ("hr", "kad =sam bio", "Kad sam bio na blagajni, došao je kupac.", "Kad sam bio"),
    ("en", "I saw that you", "I saw that you're opening a new store.", "I saw that you're"),
    # a gap: the idea in other words between, within the sentence
    ("en", "money … main thing", "My rent is going up, so the money's the main thing for me now.", "money's the main thing"),
    ("de", "Geld … ausschlaggebend", "Das Geld ist für mich im Moment ausschlaggebend.",
     "Geld ist für mich im Moment ausschlaggebend"),
    ("hr", "plaća … glavn*", "Iskreno, plaća mi je sada glavni razlog.", "plaća mi je sada glavni"),
    ("en", "money … main thing", "The money is the main reason, the main thing.",  # the gap grows to fit
     "money is the main reason, the main thing"),
])
def test_phrase_found(lang, phrase, text, hit):
    [s] = sentences(text, lang)
    spans = find(compile_phrase(phrase, lang), s)
    assert [text[a:b] for a, b in spans] == [hit]


@pytest.mark.parametrize("lang,phrase,text", [
    ("en", "came back", "She came and went back."),
    ("de", "zufrieden", "Die Kundenzufriedenheit stieg."),
    ("hr", "kupac", "Prodavač je bio ljubazan."),
    ("en", "when I =was", "When I am at the till, I smile."),
    ("de", "wann =haben Sie", "Wann hätten Sie Zeit?"),
    ("hr", "kad =sam bio", "Kad bih bio na blagajni, nasmiješio bih se."),
    ("en", "I do", "I don't argue with customers."),  # a negated contraction stays whole
    # a gap is at most phrases.GAP words
    ("en", "money … main thing", "Money is one thing we talked about, but for the team and for me and my family the main thing is time."),
    ("de", "Geld … ausschlaggebend", "Das Geld ist gut, aber für mich und meine Familie sind am Ende ganz andere Dinge ausschlaggebend."),
    ("hr", "plaća … glavn*", "Plaća je u redu, a moj razlog je sasvim drugačiji i za mene je tim ljudi ovdje glavni."),
])
def test_phrase_not_found(lang, phrase, text):
    [s] = sentences(text, lang)
    assert find(compile_phrase(phrase, lang), s) == []


@pytest.mark.parametrize("lang,cue,text,said", [
    ("en", "apologise", "I would not apologise for the rules.", False),
    ("en", "apologise", "I would apologise first.", True),
    ("hr", "reći", "Neću mu to reći.", False),
    ("de", "Alternative", "Eine Alternative biete ich in so einem Fall aber bewusst nicht an.", False),
    ("de", "Alternative", "Ich biete eine Alternative an, damit er nicht umsonst kommt.", True),
    ("de", "höre zu", "Ich höre zu und unterbreche nicht.", True),
    # a negation does not reach across "and" / "und" / "i" into the next clause
    ("en", "apologised", "I listened without interrupting and apologised.", True),
    ("en", "refund", "I did not give a refund.", False),
    ("de", "entschuldigt", "Ich habe ihn ohne Unterbrechung reden lassen und mich entschuldigt.", True),
    ("hr", "ispričao se", "Pustio sam ga da sve ispriča bez prekidanja i ispričao se zbog neugodnosti.", True),
    ("hr", "ispričao", "Nisam se ispričao jer nisam bio kriv.", False),
    # what is done instead of something is not done; the contrast stays in its clause and near the cue
    ("en", "he was mistaken", "Instead of just telling him he was mistaken, I went through the bill with him.", False),
    ("en", "went through the bill", "Instead of just telling him he was mistaken, I went through the bill with him.", True),
    ("en", "argued", "Rather than wait for the manager, I argued with the customer until he left the shop.", True),
    ("de", "diskutiert", "Statt lange mit dem Gast zu diskutieren, habe ich ihm ein anderes Zimmer angeboten.", False),
    ("de", "angeboten", "Statt lange mit dem Gast zu diskutieren, habe ich ihm ein anderes Zimmer angeboten.", True),
    ("hr", "raspravljala", "Umjesto da sam se s njom dugo raspravljala, ponudila sam joj zamjenu.", False),
    ("hr", "ponudila", "Umjesto da sam se s njom dugo raspravljala, ponudila sam joj zamjenu.", True),
    # ... but it reaches the second of two things joined by "or", where that one has no subject of its own
    ("de", "hinterherlaufen", "Ich würde die Person nicht selbst festhalten oder ihr hinterherlaufen, weil das gefährlich ist.", False),
    ("de", "hinterherlaufen", "Ich würde die Person festhalten oder ihr hinterherlaufen.", True),
    ("de", "verliere", "Ich würde nie lügen, oder ich verliere sein Vertrauen.", True),
    ("en", "chase after", "I would never try to stop the person physically or to chase after them into the street.", False),
    ("en", "chase after", "I would try to stop the person or to chase after them into the street.", True),
    ("en", "lose", "I'd never lie to a customer or I'd lose their trust for good.", True),
    ("hr", "trčala", "Ne bih nikad pokušala zaustaviti osobu ni vikati ili trčala za njom po ulici.", False),
    ("hr", "trčala", "Pokušala bih zaustaviti osobu ili trčala za njom po ulici.", True),
    ("hr", "izgubila", "Nikad ne bih lagala kupcu ili bih izgubila njegovo povjerenje.", True),
    # Croatian "ni" ("not even") negates; "ni", "nikad" before a cue that holds a negation are concord, not a reversal
    ("hr", "iznos računa", "Ne bih joj rekla ni iznos računa, nego bih je zamolila da vlasnik nazove.", False),
    ("hr", "nisam ostala dužna", "Kad je počela vikati na mene, ni ja nisam ostala dužna.", True),
    ("hr", "nije do nas", "Nikad ne govorim „to nije do nas”, jer kupac vidi samo jednu tvrtku.", False),
])
def test_a_cue_said_the_other_way_round_is_not_said(lang, cue, text, said):
    """Negation before the cue in every language; in German also "nicht" later in the cue's clause."""
    from interview_coach.checks.negation import affirmed
    from interview_coach.checks.phrases import find_any

    [s] = sentences(text, lang)
    hits = find_any([compile_phrase(cue, lang)], s)
    assert hits and affirmed(hits, s, lang) is said


@pytest.mark.parametrize("lang,phrase,superlative,plain", [
    ("en", "the best", "It's the best place to work.", "It's the good place to start."),
    ("de", "das Wichtigste", "Das Gehalt ist für mich das Wichtigste.", "Das Gehalt ist für mich das Wichtige daran."),
    ("de", "Geld … wichtigste", "Geld ist für mich der wichtigste Grund.", "Geld ist für mich ein wichtiger Grund."),
    ("hr", "plaća mi je najvažnija", "Plaća mi je najvažnija.", "Plaća mi je važna, jer se sama uzdržavam."),
])
def test_a_superlative_in_a_phrase_matches_superlatives_only(lang, phrase, superlative, plain):
    """The lemma of "najvažnija", "wichtigste", "best" is the plain adjective: the cue must not match it."""
    p = compile_phrase(phrase, lang)
    assert find(p, sentences(superlative, lang)[0])
    assert not find(p, sentences(plain, lang)[0])


# a particle (rules/<lang>/particles.txt) between two adjacent words of a phrase is read through, within the
# clause: a cue says the idea with a softener in it; a comma ends the clause ("But honestly, the main reason is
# the pay" does not say "but the main")
@pytest.mark.parametrize("lang,phrase,text,hit", [
    ("en", "never gets to me", "Stress never really gets to me.", "never really gets to me"),
    ("de", "nichts aus der Ruhe", "Mich bringt so schnell nichts wirklich aus der Ruhe.", "nichts wirklich aus der Ruhe"),
    ("hr", "nikad ne uzrujam", "Ja se nikad zapravo ne uzrujam.", "nikad zapravo ne uzrujam"),
])
def test_a_particle_between_two_words_is_read_through(lang, phrase, text, hit):
    [s] = sentences(text, lang)
    assert [text[a:b] for a, b in find(compile_phrase(phrase, lang), s)] == [hit]


@pytest.mark.parametrize("lang,phrase,text", [
    ("en", "but the main", "But honestly, the main reason is the pay."),
    ("de", "aber das Wichtigste", "Aber ehrlich, das Wichtigste ist das Geld."),
    ("hr", "ali glavni", "Ali iskreno, glavni razlog je plaća."),
    ("en", "never gets to me", "Stress never really actually honestly gets to me."),  # two particles at most
])
def test_a_particle_after_a_comma_or_more_than_two_are_not_read_through(lang, phrase, text):
    [s] = sentences(text, lang)
    assert find(compile_phrase(phrase, lang), s) == []


# a phrase written with a contraction also matches its full form, and the other way round
# (rules/<lang>/contractions.txt; Croatian writes no contractions of this kind and has no list)
@pytest.mark.parametrize("lang,phrase,text,hit", [
    ("en", "I'm reliable", "I am reliable and punctual.", "I am reliable"),
    ("en", "I am reliable", "I’m reliable and punctual.", "I’m reliable"),
    ("en", "it wasn't my fault", "It was not my fault.", "It was not my fault"),
    ("en", "=I'd =already =promised", "I had already promised her a refund.", "I had already promised"),
    ("en", "I would never", "I'd never argue with a customer.", "I'd never"),
    ("de", "gibt's keinen Stress", "Bei mir gibt es keinen Stress.", "gibt es keinen Stress"),
    ("de", "gibt es keinen Stress", "Bei mir gibt's keinen Stress.", "gibt's keinen Stress"),
])
def test_a_contraction_matches_its_full_form(lang, phrase, text, hit):
    [s] = sentences(text, lang)
    assert [text[a:b] for a, b in find(compile_phrase(phrase, lang), s)] == [hit]


def test_no_contractions_in_croatian():
    from interview_coach.checks.phrases import contractions

    assert contractions("hr") == {} and contractions("en") and contractions("de")


# German: a cue that is one separable verb also matches the verb split as a main clause splits it
# ("zurückrufen": "Ich rufe ihn morgen früh zurück"); an infinitive with "lassen" stays whole, and a word that
# only looks like one ("zufrieden", "anderen") is no verb. (Croatian and English have no such split in the
# cue lists' sense: an English phrasal verb is written in the cue with its gap, "call … back".)
@pytest.mark.parametrize("phrase,text,hit", [
    ("zurückrufen", "Ich rufe ihn morgen früh zurück.", "rufe ihn morgen früh zurück"),
    ("durchatmen", "Dann atme ich tief durch.", "atme ich tief durch"),
    ("nachgefragt", "Ich fragte bei der Kollegin nach.", "fragte bei der Kollegin nach"),
    ("zuhören", "Ich höre ihm erst einmal zu.", "höre ihm erst einmal zu"),
])
def test_a_separable_verb_matches_its_split_form(phrase, text, hit):
    [s] = sentences(text, "de")
    assert [text[a:b] for a, b in find(compile_phrase(phrase, "de"), s)] == [hit]


@pytest.mark.parametrize("phrase,text", [
    ("zufrieden", "Am Ende war er frieden zu."),
    ("ausreden lassen", "Ich lasse reden, aus Prinzip."),
])
def test_no_split_for_other_words_or_infinitives(phrase, text):
    [s] = sentences(text, "de")
    assert find(compile_phrase(phrase, "de"), s) == []


def test_a_separated_prefix_ends_its_clause():
    # "nachgeben" (give in) is not "gegeben, nach dem Technikertermin" (graded dev de-g-007)
    text = "Ich habe ihm meine Durchwahl gegeben, nach dem Termin zurückgerufen und dann nachgefragt."
    [s] = sentences(text, "de")
    assert find(compile_phrase("nachgeben", "de"), s) == []
    [s] = sentences("Am Ende gebe ich nach und er bekommt sein Geld.", "de")
    assert find(compile_phrase("nachgeben", "de"), s)


@pytest.mark.parametrize("said", ["Ispričala sam se kupcu.", "Ispričali smo se kupcu.", "Ispričao se kupcu."])
def test_a_croatian_reflexive_phrase_reads_the_past_auxiliary_before_its_clitic(said):
    sentence = sentences(said, "hr")[0]
    assert find(compile_phrase("ispričala se", "hr"), sentence)


def test_a_pitfall_cue_keeps_its_person():
    """In a pitfall cue who did it is the point: "naljutio se" (he got angry) is not "naljutio sam se"."""
    sentence = sentences("Naljutio sam se na kupca.", "hr")[0]
    assert not find(compile_phrase("naljutio se", "hr", person=True), sentence)
    assert find(compile_phrase("naljutio se", "hr"), sentence)
