"""A question about not knowing (``admits_unknown`` in the bank: dont-know) is answered by saying so: "ne
znam", "I'm not sure" are the honest start there, not hedges; the same words answering another question
still are, in hr, de and en. And a sentence that opens with "but" and says an ``unless`` phrase turns round
the pitfall cue of the sentence before it (``rules/<lang>/turns.txt``)."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.bank.loader import default_bank

UNSURE = {
    "en": ("I'm not sure, maybe it's the warranty, I'd say to the customer. Then I'd check the system, ask my "
           "supervisor and call the customer back the same day with the answer."),
    "de": ("Ich weiß nicht, vielleicht ist es die Garantie, würde ich dem Kunden ehrlich sagen. Dann schaue ich im "
           "System nach, frage meine Teamleiterin und rufe den Kunden noch am selben Tag zurück."),
    "hr": ("Ne znam, možda je to jamstvo, rekla bih kupcu iskreno. Onda bih provjerila u sustavu, pitala "
           "voditeljicu i nazvala kupca isti dan s odgovorom."),
}


@pytest.mark.parametrize("lang", sorted(UNSURE))
def test_saying_you_do_not_know_is_no_hedge_where_the_question_asks_about_it(lang):
    assert default_bank().question("dont-know").admits_unknown
    asked = feedback("dont-know", UNSURE[lang], lang=lang, ui_lang=lang)
    assert not [f for f in asked.findings if f.id == "wording.hedges"]
    other = feedback("refund-policy", UNSURE[lang], lang=lang, ui_lang=lang)
    assert [f for f in other.findings if f.id == "wording.hedges"], "the same words elsewhere are hedges"


TURNED = {
    "en": ("I do need a steady wage, I'm renting on my own now.", " But it's not the only thing: the training "
           "and the chance to become a supervisor matter just as much to me."),
    "de": ("Ich brauche ein festes Einkommen, ich wohne allein.", " Aber das ist nicht das Einzige: Die "
           "Einarbeitung und die Chance auf mehr Verantwortung sind mir genauso wichtig."),
    "hr": ("Trebam stalan prihod, živim sama.", " Ali to nije jedino što gledam: jednako mi je važno da mogu "
           "napredovati i učiti."),
}


@pytest.mark.parametrize("lang", sorted(TURNED))
def test_a_following_but_sentence_turns_a_pitfall_cue_round(lang):
    first, turn = TURNED[lang]
    alone = feedback("why-cs", first, lang=lang, ui_lang=lang)
    assert "money-only" in [p["id"] for p in alone.pitfalls]
    turned = feedback("why-cs", first + turn, lang=lang, ui_lang=lang)
    assert "money-only" not in [p["id"] for p in turned.pitfalls]


# set L: the "but" may stand inside the turning sentence, and one sentence may stand between; two sentences
# between, the cue stands
BETWEEN = {
    "en": " The ads round here offer about twelve pounds an hour.",
    "de": " In den Anzeigen hier stehen meist um die dreizehn Euro.",
    "hr": " U oglasima ovdje piše oko devetsto eura.",
}
MID_TURN = {
    "en": " It's honestly not the only thing though: the training and the chance to grow matter just as much.",
    "de": " Das ist aber nicht das Einzige: Die Einarbeitung und die Chance auf mehr Verantwortung sind mir genauso wichtig.",
    "hr": " To mi ipak nije jedino što gledam: jednako mi je važno da mogu napredovati i učiti.",
}


@pytest.mark.parametrize("lang", sorted(TURNED))
def test_a_but_sentence_turns_a_cue_round_one_sentence_on_and_with_the_but_inside_it(lang):
    first, turn = TURNED[lang]
    ids = lambda text: [p["id"] for p in feedback("why-cs", text, lang=lang, ui_lang=lang).pitfalls]
    assert "money-only" not in ids(first + BETWEEN[lang] + turn)
    assert "money-only" not in ids(first + MID_TURN[lang])
    assert "money-only" in ids(first + BETWEEN[lang] + BETWEEN[lang] + turn), "too far on to turn it round"
