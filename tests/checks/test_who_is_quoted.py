"""Who said the quoted words. A quotation that a relative clause introduces is said by that clause's subject ("I
remember one man who opened with "You lot are useless…"" quotes the man, though "I" stands before him); the
words after a quotation name its speaker only as a short tag ("…", rekla sam mu), not as a clause of their own
("…", bis ich ihm den Plan aufgezeichnet habe). Quoted words of another language are the guest's, not a switch
of language ("ponavljao „troppo caro”"). Good answers by helpers blind to the code were capped as blame (29
against about 80) or told they mix languages for these. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine
from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences

THEIRS = [
    ("en", 'I remember one man who opened with "You lot are useless, you\'ve overcharged me again."'),
    ("de", "Ich erinnere mich an einen Herrn, der mit „Sie sind doch alle unfähig“ anfing."),
    ("hr", "Sjećam se jednog gospodina koji je počeo s „Svi ste vi nesposobni“."),
    ("en", '"You lot are useless," he shouted, and I stayed calm.'),
    ("de", "„Sie sind doch alle unfähig“, hat er geschrien, und ich bin ruhig geblieben."),
    ("hr", "„Svi ste vi nesposobni”, vikao je, a ja sam ostala mirna."),
]
MINE = [
    ("en", '"You lot are useless," I said to him.'),
    ("en", 'I told the man who was shouting: "You lot are useless."'),
    ("de", "„Sie sind doch alle unfähig“, sagte ich zu ihm."),
    ("hr", "„Svi ste vi nesposobni”, rekla sam mu."),
]


def committed(text: str, lang: str) -> list[str]:
    return [c.id for c in pitfalls.run(sentences(text, lang), text, lang, list(pitfalls.catalogue(lang)), switch(()))]


@pytest.mark.parametrize("lang,text", THEIRS)
def test_someone_elses_quoted_words_commit_nothing(lang, text):
    assert committed(text, lang) == []


# single quotation marks quote too, and an apostrophe inside a word ("it's", "husband's") neither opens nor closes one
SINGLE = {
    "en": ("Callers often say, 'But it's my husband's account, I pay the bills.' I explain why I can only talk to him.",
           "I pay the bills"),
    "de": ("Manche Anrufer sagen: ‚Ihr seid doch alle unfähig hier.‘ Ich bleibe ruhig und frage nach der Nummer.",
           "alle unfähig"),
    "hr": ("Neki pozivatelji kažu: ‚Svi ste vi nesposobni.’ Ja ostanem mirna i pitam za broj narudžbe.", "nesposobni"),
}


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_single_quotation_marks_quote_someone_elses_words(lang):
    from interview_coach.checks.reported import quoted_spans

    text, inside = SINGLE[lang]
    first = sentences(text, lang)[0]
    a = text.index(inside)
    assert any(q0 < a and a + len(inside) < q1 for q0, q1 in quoted_spans(first))
    assert committed(text, lang) == []
    bare = text.replace("'B", "B").replace(".'", ".").replace("‚", "").replace("‘", "").replace("’", "")
    assert committed(bare, lang)  # the same words unquoted are the applicant's


def test_an_apostrophe_is_no_quotation_mark():
    from interview_coach.checks.reported import quoted_spans

    [s] = sentences("I said it's the customers' choice and I'd check the stock for them.", "en")
    assert quoted_spans(s) == []


@pytest.mark.parametrize("lang,text", MINE)
def test_the_applicants_own_quoted_words_still_commit(lang, text):
    assert "blame-others" in committed(text, lang)


QUOTED_FOREIGN = [
    ("hr", "Na recepciji kampa došao je stariji talijanski gost, vrlo uzrujan, i ponavljao „troppo caro”, preskupo. "
           "Napisala sam mu iznos u eurima na papir i pokazala preračun na kalkulatoru. Smirio se i na kraju rekao "
           "„grazie mille, signora”."),
    ("de", "An der Rezeption stand ein Gast aus London und sagte immer wieder „I don't understand, sorry“. Ich habe "
           "ihm den Weg auf den Stadtplan gezeichnet. Am Ende sagte er „thank you so much, that's brilliant“."),
    ("en", "A German tourist kept saying „das ist viel zu teuer, wirklich viel zu teuer“ at the till. I wrote the "
           "price down and showed him the offer on the shelf. He laughed and said „danke schön, sehr nett“."),
]


@pytest.mark.parametrize("lang,text", QUOTED_FOREIGN)
def test_a_guests_quoted_words_are_no_switch_of_language(lang, text):
    fb = engine.feedback("language-barrier", text, lang=lang, ui_lang="en")
    assert "register.mixed_language" not in {f.id for f in fb.findings}, [f.message for f in fb.findings]


def test_the_applicants_own_words_of_another_language_still_are():
    text = ("Ich habe dann gesagt, no problem, I will help you, und habe ihm den Weg gezeigt. Das hat gut geklappt, "
            "honestly it was fine, und er war zufrieden.")
    fb = engine.feedback("language-barrier", text, lang="de", ui_lang="en")
    assert "register.mixed_language" in {f.id for f in fb.findings}


# words reported without quotation marks: who says them is the verb's subject. Croatian drops the pronoun, so a past
# participle with a third-person "je" is someone else speaking (a training round's strong answer, graded 88, was capped
# for "Nekoliko je puta ponovio da … ću ja biti kriv", the customer's own words)
REPORTED_BY_OTHERS = {
    "hr": ("Gospodin je nekoliko puta ponovio da je to obiteljska stvar i da ću ja biti kriv ako polica istekne.",
           "Nekoliko sam mu puta ponovila da je on kriv."),
    "de": ("Er hat gesagt, dass die Kundin nicht recht hat, und ist gegangen.",
           "Ich habe ihm gesagt, dass er nicht recht hat."),
    "en": ("He said that the customer was wrong, so I let it go.", "I told him that the customer was wrong."),
}


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_words_reported_as_someone_elses_commit_nothing(lang):
    theirs, mine = REPORTED_BY_OTHERS[lang]
    assert committed(theirs, lang) == []
    assert committed(mine, lang) == ["confront-customer"]


def test_a_croatian_participle_with_a_third_person_is_someone_elses_deed():
    from interview_coach.checks.reported import by_someone_else

    for text, theirs in (("Rekao je da je kupac kriv.", True), ("Rekla sam mu da je kupac kriv.", False),
                         ("Ponovila je da ja nisam u pravu.", True), ("Ponovila sam da ona nije u pravu.", False)):
        [s] = sentences(text, "hr")
        assert by_someone_else(s, (s.start, s.end), "hr") is theirs, text
        assert not by_someone_else(s, (s.start, s.end), "en")
