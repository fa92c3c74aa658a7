"""Sentences: a transcript without punctuation is cut into clauses, written text is left as it is."""

import pytest

from interview_coach import engine
from interview_coach.nlp.text import RUN_ON_WORDS, sentences, tokens

RUN_ON = {
    "en": ("so the first thing i'd do is go through the security check same as on any call and if it turns "
           "out they're not the account holder then i can't give them anything i'd explain that nicely but i "
           "can only discuss an account with the account holder and then i'd tell them how to add a named contact"),
    "de": ("also ich hab vorher im callcenter von einem versandhändler gearbeitet und da sind die leute auch mal "
           "laut geworden aber ich hab sie erst mal ausreden lassen und wenn sie fertig waren hab ich nachgefragt "
           "was genau passiert ist und dann gemeinsam mit ihnen eine lösung gesucht weil das am ende allen hilft"),
    "hr": ("prvo bih se naravno ispričala što mora zvati već treći put i odmah otvorila povijest da vidim što je "
           "bilo prije da ne mora sve ispočetka pričati pa bih taj slučaj preuzela na sebe i sama bih se javila "
           "tehničarima da on ne mora opet čekati na liniji a sutra bih ga nazvala da provjerim radi li sve"),
}

WRITTEN = {
    "en": ("When the delivery did not arrive, I called the customer, apologised for the wait, checked the "
           "courier's tracking with her on the line, and, since the parcel had been sent to the wrong depot, "
           "arranged a new delivery for the next morning and a refund of the shipping costs, which she accepted."),
    "de": ("Als die Lieferung nicht kam, habe ich die Kundin angerufen, mich für die Wartezeit entschuldigt, mit "
           "ihr zusammen die Sendungsverfolgung geprüft und, weil das Paket im falschen Depot lag, eine neue "
           "Zustellung für den nächsten Morgen sowie die Erstattung der Versandkosten veranlasst, womit sie zufrieden war."),
    "hr": ("Kad pošiljka nije stigla, nazvala sam kupca, ispričala se zbog čekanja, zajedno s njom provjerila "
           "praćenje pošiljke i, budući da je paket završio u krivom skladištu, dogovorila novu dostavu za "
           "sljedeće jutro te povrat troškova dostave, s čime je bila zadovoljna i zahvalila se."),
}


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_a_transcript_without_punctuation_is_cut_into_clauses(lang):
    text = RUN_ON[lang]
    parts = sentences(text, lang)
    assert len(parts) >= 3
    assert all(text[p.start:p.end] == p.text for p in parts)            # offsets still point into the answer
    assert [t for p in parts for t in p.tokens] == list(tokens(text, lang))  # no word lost or doubled
    assert all(len(p.tokens) < RUN_ON_WORDS for p in parts)


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_a_long_written_sentence_with_commas_stays_whole(lang):
    assert len(WRITTEN[lang].split()) >= RUN_ON_WORDS
    assert len(sentences(WRITTEN[lang], lang)) == 1


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_feedback_on_a_transcript_quotes_a_clause_not_the_whole_answer(lang):
    fb = engine.feedback("data-protection" if lang == "en" else ("repeat-caller" if lang == "hr" else "difficult-customer"),
                         RUN_ON[lang], lang=lang, ui_lang="en")
    quotes = [k.evidence.text for k in fb.key_points if k.covered and k.evidence]
    assert quotes
    assert all(len(q) < len(RUN_ON[lang]) * 0.6 for q in quotes)


BLAME_RUN_ON = {
    "en": ("well to be honest i'm leaving because my manager never listened to any of us and he only ever cared "
           "about call times and nothing else so in the end i just had enough of it and i started looking around "
           "for a place where people actually talk to each other and where the team gets a say in how things are done"),
    "de": ("also ehrlich gesagt gehe ich weil mein chef uns nie zugehört hat und ihm nur die gesprächszeiten "
           "wichtig waren und sonst gar nichts und irgendwann hatte ich einfach genug davon und hab mich umgesehen "
           "wo man im team miteinander redet und wo die leute am telefon auch mal gefragt werden wie man etwas besser macht"),
    "hr": ("pa iskreno odlazim jer šefa nije bilo briga za nas i bilo mu je važno samo koliko poziva odradimo "
           "i ništa drugo pa mi je na kraju jednostavno bilo dosta svega toga i počela sam tražiti posao "
           "gdje ljudi u timu zaista razgovaraju i gdje se i mišljenje ljudi na telefonima nekad pita"),
}
CLOSING = {"en": "”", "de": "“", "hr": "”"}


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_a_quoted_clause_without_its_own_full_stop_ends_before_the_advice_goes_on(lang):
    fb = engine.feedback("why-leaving", BLAME_RUN_ON[lang], lang=lang, ui_lang=lang)
    blame = [p for p in fb.pitfalls if p["id"] == "blame-others"]
    assert blame
    quote = blame[0]["evidence"]["text"]
    assert len(quote) < len(BLAME_RUN_ON[lang]) * 0.6   # a clause of the transcript, not all of it
    assert CLOSING[lang] + ". " in blame[0]["message"]   # "…call times”. An interviewer…"


SMALL_STARTS = {  # a full stop, then a sentence typed or transcribed in small letters; an abbreviation is none
    "en": ("so i'd sort it myself first. then i'd pass it on to my supervisor. i'd use e.g. the notes screen.",
           ["so i'd sort it myself first.", "then i'd pass it on to my supervisor.", "i'd use e.g. the notes screen."]),
    "de": ("also ich kläre das erst selbst. dann gebe ich es an die leitung weiter. ich nehme z. B. die notizen.",
           ["also ich kläre das erst selbst.", "dann gebe ich es an die leitung weiter.", "ich nehme z. B. die notizen."]),
    "hr": ("prvo to riješim sama. onda predam voditeljici. koristim npr. bilješke u sustavu.",
           ["prvo to riješim sama.", "onda predam voditeljici.", "koristim npr. bilješke u sustavu."]),
}
QUOTED = {  # a sentence that ends inside its quote, then the next one
    "en": ('He said: "That is wrong." I showed him the receipt.', ['He said: "That is wrong."', "I showed him the receipt."]),
    "de": ("Er sagte: „Das ist falsch.“ Ich habe ihm den Bon gezeigt.", ["Er sagte: „Das ist falsch.“", "Ich habe ihm den Bon gezeigt."]),
    "hr": ("Rekao je: „To nije točno.” Pokazala sam mu račun.", ["Rekao je: „To nije točno.”", "Pokazala sam mu račun."]),
}

SINGLE_QUOTED = {  # the same in single quotation marks
    "en": ("He said: 'That isn't right.' I showed him the receipt.", ["He said: 'That isn't right.'", "I showed him the receipt."]),
    "de": ("Er sagte: ‚Das ist falsch.‘ Ich habe ihm den Bon gezeigt.", ["Er sagte: ‚Das ist falsch.‘", "Ich habe ihm den Bon gezeigt."]),
    "hr": ("Rekao je: ‚To nije točno.’ Pokazala sam mu račun.", ["Rekao je: ‚To nije točno.’", "Pokazala sam mu račun."]),
}


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_sentences_that_start_small_or_follow_a_quote_are_sentences(lang):
    for text, wanted in (SMALL_STARTS[lang], QUOTED[lang], SINGLE_QUOTED[lang]):
        parts = sentences(text, lang)
        assert [p.text for p in parts] == wanted
        assert all(text[p.start:p.end] == p.text for p in parts)


# a quoted slogan of short parts stays in its sentence (a job seeker's trial quoted "…Ihr Leitsatz „Zuhören." as a
# result); a quotation of whole sentences is still cut where they end
SLOGANS = {
    "en": ('What I liked is your motto "Listen. Help. Follow up." because it is how I work. I kept notes on every call.',
           'The man said: "I have waited here for an hour. Where is the manager?" I stayed calm.'),
    "de": ("Mir gefällt Ihr Leitsatz „Zuhören. Verstehen. Lösen.“, weil ich genau so arbeite. Ich habe jeden Anruf notiert.",
           "Er meinte: „Das ist die zweite Reklamation diese Woche. Was verkaufen Sie hier eigentlich?“ Ich blieb ruhig."),
    "hr": ("Sviđa mi se vaš slogan „Slušamo. Savjetujemo. Pomažemo.”, jer upravo tako radim. Vodila sam bilješke.",
           "Rekao je: „Čekam ovdje već sat vremena. Gdje je voditelj?” Ostala sam mirna."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_quoted_slogan_stays_in_its_sentence(lang):
    slogan, speech = SLOGANS[lang]
    assert len(sentences(slogan, lang)) == 2, [s.text for s in sentences(slogan, lang)]
    assert len(sentences(speech, lang)) == 3, [s.text for s in sentences(speech, lang)]


def test_an_inch_mark_opens_no_quotation():
    assert len(sentences('I sold him the 27" bike. He was happy. He came back. He bought a lock.', "en")) == 4


# a hard-wrapped answer (pasted from an e-mail or a form) has line ends in the middle of its sentences: they are
# read as spaces, so that the second half of a sentence ("školu.") is no sentence of its own; a list stays a list
WRAPPED = {
    "en": ("Last summer I stacked shelves and loaded\ntrucks at a warehouse, and before that I finished\n"
           "school. I liked the team.\n- patience\n- a calm voice"),
    "de": ("Im Sommer habe ich Regale eingeräumt und\nLastwagen beladen, davor habe ich die\n"
           "Berufsschule abgeschlossen,\ndie mir viel beigebracht hat. Das Team war toll.\n- Geduld\n- Ruhe"),
    "hr": ("Ljetom sam slagao robu i utovarivao\nkamione, a prije toga završio sam srednju strojarsku\n"
           "školu. Ekipa mi je bila super.\n- strpljenje\n- miran glas"),
}


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_a_hard_wrapped_answer_keeps_its_sentences_whole(lang):
    text = WRAPPED[lang]
    parts = sentences(text, lang)
    assert len(parts) == 4, [p.text for p in parts]
    assert parts[0].text == " ".join(text[parts[0].start:parts[0].end].split())  # the line ends read as spaces
    assert parts[0].text.endswith((" school.", " abgeschlossen, die mir viel beigebracht hat.", " školu."))
    assert [t.text for p in parts for t in p.tokens] == [t.text for t in tokens(text, lang)]
    assert [p.text for p in parts[2:]] == text.split("\n")[-2:]  # a bullet list stays one line a point
