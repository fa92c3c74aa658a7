"""A story's result, read from meaning when no cue tells it, is never the sentence that sets the story's
scene: after a habit told first ("I've worked in a chemist's for two years…"), "a few months ago a young mum
came in because her baby had a rash from a cream" is how the story starts, not how it ended (a native
reviewer, trial round 9), in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

HABIT_THEN_STORY = {
    "hr": ("Radim dvije godine u drogeriji i kupci me stalno pitaju za kreme, pa sam naučila čitati sastave. "
           "Recimo, prije par mjeseci došla je mlada mama jer je beba dobila osip od neke kreme. "
           "Pitala sam je što je sve koristila i pogledala sastav. Pokazala sam joj dvije kreme bez mirisa i "
           "objasnila joj na što da gleda na deklaraciji."),
    "de": ("Ich arbeite seit zwei Jahren in einer Drogerie, und die Kunden fragen mich ständig nach Cremes, also habe "
           "ich gelernt, Inhaltsstoffe zu lesen. Vor ein paar Monaten kam zum Beispiel eine junge Mutter, weil ihr Baby "
           "von einer Creme einen Ausschlag bekommen hatte. Ich habe sie gefragt, was sie alles benutzt hat, und die "
           "Inhaltsstoffe angeschaut. Dann habe ich ihr zwei Cremes ohne Duftstoffe gezeigt und erklärt, worauf sie "
           "achten soll."),
    "en": ("I've worked in a chemist's for two years and customers ask me about creams all the time, so I learned to "
           "read the ingredients. A few months ago, for example, a young mum came in because her baby had got a rash "
           "from a cream. I asked her what she had been using and checked the label. Then I showed her two creams "
           "without perfume and explained what to look for on the label."),
}


@pytest.mark.parametrize("lang", sorted(HABIT_THEN_STORY))
def test_the_scene_of_a_story_is_never_its_result(lang):
    fb = feedback("good-cs", HABIT_THEN_STORY[lang], lang=lang, ui_lang=lang)
    scene = fb.star["situation"]
    result = fb.star["result"]
    assert scene.present
    assert not (result.present and result.evidence.start == scene.evidence.start), result.evidence.text


OPENING = {  # the opening sentence has words of an ending ("came back"); the story then never says how it ended
    "en": ("When I worked at a DIY store, a man came back to the returns desk with a lawnmower that wouldn't start. "
           "He was shouting in front of the queue. I let him finish, apologised and asked what had happened. I took "
           "the mower round the back with him and we filled it with oil together."),
    "de": ("Als ich im Baumarkt gearbeitet habe, ist ein Mann mit seinem Rasenmäher wiedergekommen, weil der nicht "
           "ansprang. Er war laut vor der ganzen Schlange. Ich habe ihn ausreden lassen, mich entschuldigt und "
           "nachgefragt. Dann habe ich mit ihm hinten Öl eingefüllt."),
    "hr": ("Kad sam radila u trgovini alatom, vratio se jedan gospodin s kosilicom koja nije htjela upaliti. Vikao je "
           "pred cijelim redom. Pustila sam ga da kaže svoje, ispričala se i pitala što se dogodilo. Onda sam s njim "
           "otišla iza i zajedno smo nalili ulje."),
}


@pytest.mark.parametrize("lang", sorted(OPENING))
def test_the_sentence_that_opens_a_story_is_not_its_ending(lang):
    from interview_coach.checks import star
    from interview_coach.nlp.text import sentences

    first = sentences(OPENING[lang], lang)[0]
    assert star.sentence_parts(first, lang)["result"] is not None  # its words alone would end the story
    fb = feedback("difficult-customer", OPENING[lang], lang=lang, ui_lang="en")
    assert fb.has_example and not fb.star["result"].present
    assert any("Finish your story with the result" in s for s in fb.suggestions)
