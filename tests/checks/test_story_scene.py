"""A story's result, read from meaning when no cue tells it, is never the sentence that sets the story's
scene: after a habit told first ("I've worked in a chemist's for two years…"), "a few months ago a young mum
came in because her baby had a rash from a cream" is how the story starts, not how it ended (a native
reviewer, trial round 9), in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.engine import CAP_STORY_GAP

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


# a scene, one thing done, then an ending in words no cue lists: one real case (set L, graded dev hr-a-025);
# without the ending it is not
ONE_ACTION_THEN_AN_ENDING = {
    'hr': ("Radim na odjelu alata u centru za dom i vrt. Prošle jeseni došao je mladi par koji je htio kupiti skupu bušilicu da objese nekoliko polica. Pitala sam ih u kakav zid buše i predložila im model od pedesetak eura.",
           " Bili su iznenađeni, ali zahvalni, a na proljeće su se vratili opremiti cijeli balkon i tražili baš mene."),
    'de': ("Meine Abteilung im Baumarkt ist die Werkzeugabteilung. Letzten Herbst kam ein junges Paar, das eine teure Bohrmaschine kaufen wollte, um ein paar Regale aufzuhängen. Ich habe gefragt, in was für eine Wand sie bohren, und ihnen ein Modell für fünfzig Euro gezeigt.",
           " Sie waren überrascht, aber dankbar, und im Frühjahr kamen sie wieder, um ihren ganzen Balkon einzurichten, und fragten gezielt nach mir."),
    'en': ("I work in the tools department of a DIY store. Last autumn a young couple came in wanting an expensive drill to put up a few shelves. I asked what kind of wall they were drilling into and suggested a fifty-pound model.",
           " They were surprised but grateful, and in the spring they were in again to kit out their whole balcony and asked for me by name."),
}


@pytest.mark.parametrize("lang", sorted(ONE_ACTION_THEN_AN_ENDING))
def test_a_scene_and_one_action_with_an_ending_read_by_meaning_is_an_example(lang):
    from interview_coach.checks import star
    from interview_coach.nlp import embed
    from interview_coach.nlp.text import sentences

    story, ending = ONE_ACTION_THEN_AN_ENDING[lang]
    for text, told in ((story + ending, True), (story, False)):
        ss = sentences(text, lang)
        assert star.run(ss, text, lang, embed.passages([s.text for s in ss])).has_example is told, text


# good service received as a customer, told in the past, is the example "What does good customer service mean to
# you?" asks for: no "tell one real example" (set L dev); the same ideas in the present tell none
RECEIVED = {
    "en": ("For me, good service is helping someone get what is really right for them. The best example I've had as "
           "a customer was buying walking boots. The assistant asked where I'd be walking and told me I didn't need "
           "the most expensive pair. I've been back to that shop four times since.",
           "For me, good service is helping someone get what is really right for them. A shop assistant should ask "
           "where you will be walking and never push the most expensive pair. Then customers come back."),
    "de": ("Gute Beratung heißt für mich, dass jemand bekommt, was wirklich zu ihm passt. Das beste Beispiel war ein "
           "Verkäufer in einem Schuhgeschäft, vor zwei Jahren beim Kauf von Wanderschuhen. Er fragte, wo ich wandern "
           "will, und riet mir vom teuersten Paar ab. Seitdem ist das mein Laden.",
           "Gute Beratung heißt für mich, dass jemand bekommt, was wirklich zu ihm passt. Ein Verkäufer sollte fragen, "
           "wo man wandern will, und nie das teuerste Paar aufdrängen. Dann kommen die Kunden wieder."),
    "hr": ("Za mene je dobra usluga kad kupac dobije ono što mu stvarno odgovara. Najbolji primjer bio je prodavač u "
           "trgovini obućom, prije dvije godine, kad su mi trebale planinarske cipele. Pitao me gdje hodam i odgovorio "
           "me od najskupljeg para. Od tada je to moja trgovina.",
           "Za mene je dobra usluga kad kupac dobije ono što mu stvarno odgovara. Prodavač treba pitati gdje kupac "
           "hoda i nikad ne nuditi najskuplji par. Onda se kupci vraćaju."),
}


@pytest.mark.parametrize("lang", sorted(RECEIVED))
def test_good_service_received_as_a_customer_is_the_example_asked_for(lang):
    told, none = RECEIVED[lang]
    assert "example" not in [a["code"] for a in feedback("good-cs", told, lang=lang, ui_lang=lang).advice]
    assert "example" in [a["code"] for a in feedback("good-cs", none, lang=lang, ui_lang=lang).advice]


OWN_PRACTICE = {
    "en": " That's what I try to do myself. At the kitchenware shop where I work, I ask people what they cook before I "
          "recommend a pan, and I read up on new ranges when they come in, so I can give honest advice rather than just "
          "point to the most expensive shelf.",
    "de": " Genau das versuche ich selbst. Im Haushaltswarengeschäft, in dem ich arbeite, frage ich die Leute, was sie "
          "kochen, bevor ich eine Pfanne empfehle, und ich lese mich in neue Sortimente ein, damit ich ehrlich beraten "
          "kann, statt nur aufs teuerste Regal zu zeigen.",
    "hr": " Upravo to pokušavam i sama. U trgovini posuđem u kojoj radim pitam ljude što kuhaju prije nego što im "
          "preporučim tavu, a o novim proizvodima čitam čim stignu, da mogu iskreno savjetovati, a ne samo pokazati "
          "najskuplju policu.",
}


@pytest.mark.parametrize("lang", sorted(RECEIVED))
def test_good_service_received_is_no_gap_that_caps_the_score(lang):
    # set L dev en-l-033: no "tell one real example", yet capped as "one thing missing" (engine.CAP_STORY_GAP)
    told = RECEIVED[lang][0] + OWN_PRACTICE[lang]
    assert feedback("good-cs", told, lang=lang, ui_lang=lang).score > CAP_STORY_GAP
