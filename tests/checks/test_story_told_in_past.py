"""A story asked for and told in the past, sentence after sentence, is an example though few story cues find it;
where no example is told, a habit or a general claim covers no part of a story (``star.run(asked=…)``,
``coverage``: issue #12, "a score or a tick an interviewer would not sign")."""

import pytest

from interview_coach import engine
from interview_coach.checks import star
from interview_coach.nlp import embed
from interview_coach.nlp.text import sentences

# a customer, a problem, what the applicant did and how it went on, told mostly in the third person and in words
# few story cues list (no "once", "last year", "in the end")
STORIES = {
    "en": ("At the garden centre a young couple came in on a Saturday looking for a plant for their new balcony. "
           "The balcony faced north and got hardly any sun. The plants they had picked would not have lasted a month. "
           "I walked them over to the shade plants and we chose three together. "
           "Two of them were out of stock, so I set them aside from the delivery on Monday and rang them when they came. "
           "They sent us a photo of the balcony in June."),
    "de": ("Eine ältere Dame suchte an einem Mittwoch ein bestimmtes Kochbuch für ihre Enkelin. "
           "Das Buch war vergriffen und der Verlag konnte nichts versprechen. "
           "Die Enkelin hatte am Samstag Geburtstag. "
           "Ich rief in der Mittagspause bei unseren anderen Filialen an und fand ein Exemplar in Kassel. "
           "Eine Kollegin brachte es am Freitag mit. "
           "Sie kam später mit ihrer Enkelin vorbei."),
    "hr": ("U knjižari je u srijedu ušla starija gospođa koja je tražila određenu kuharicu za unuku. "
           "Knjiga je bila rasprodana, a izdavač nije mogao ništa obećati. "
           "Unuka je u subotu slavila rođendan. "
           "U pauzi sam nazvala naše druge poslovnice i pronašla primjerak u Osijeku. "
           "Kolegica ga je donijela u petak, a ja sam ga gospođi zamotala kao poklon. "
           "Kasnije je svratila s unukom."),
}

# claims and habits in answer to "Tell me about a time you worked well as part of a team"
CLAIMS = {
    "en": ("I've always been a real team player. I'm happy to help my colleagues whenever they need it, I communicate "
           "well and I pull my weight. Together we always get the job done and keep our customers happy."),
    "de": ("Ich bin ein echter Teamplayer. Ich helfe meinen Kolleginnen und Kollegen immer gern, wenn sie mich brauchen, "
           "kommuniziere offen und packe mit an. Gemeinsam schaffen wir immer alles und unsere Kunden sind zufrieden."),
    "hr": ("Oduvijek sam timski igrač. Uvijek rado pomognem kolegama kad im zatreba, dobro komuniciram i odradim svoj "
           "dio posla. Zajedno uvijek sve stignemo i kupci su zadovoljni."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_story_told_in_the_past_is_an_example_where_one_is_asked(lang):
    text = STORIES[lang]
    sents = sentences(text, lang)
    vecs = embed.passages([s.text for s in sents])
    assert not star.run(sents, text, lang, vecs).has_example  # by its cues alone, too little of a story
    assert star.run(sents, text, lang, vecs, asked=True).has_example
    fb = engine.feedback("above-and-beyond", text, lang=lang, ui_lang=lang)
    assert fb.has_example
    assert "example" not in [a["code"] for a in fb.advice]  # not asked for the story it tells
    covered = {k.id for k in fb.key_points if k.covered}
    assert {"situation", "extra-step"} <= covered, covered


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_claims_and_habits_cover_no_part_of_a_story(lang):
    fb = engine.feedback("teamwork", CLAIMS[lang], lang=lang, ui_lang=lang)
    assert not fb.has_example
    assert not [k.id for k in fb.key_points if k.covered]  # no moment, no part of one's own, no result
    codes = [a["code"] for a in fb.advice]
    assert "pitfall:generic" in codes
    # and no praise for the good service its stock phrases name, nor for points it does not make
    assert fb.strengths == [], fb.strengths
