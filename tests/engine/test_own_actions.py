"""Own actions: a story is "only we" when more of its action sentences are the team's alone than say what
"I" did; counted by sentence, not by pronoun (one sentence "we agreed … us … our" is one), and Croatian
"mi" (also "to me") is no team word; in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

# told with "I", one closing sentence full of "we" and "us"
I_STORY = {
    "en": ("Last spring a colleague and I disagreed about how to split the Saturday stocktake. I asked him for ten "
           "minutes after the shift and listened to why he wanted to start with the stockroom. I explained that the "
           "shop floor had to be ready before we opened. In the end we agreed that we would both start on the floor and "
           "that he would take us through the stockroom list afterwards, and our count was finished an hour early."),
    "de": ("Im letzten Frühjahr waren ein Kollege und ich uneins, wie wir die Inventur am Samstag aufteilen. Ich habe "
           "ihn nach der Schicht um zehn Minuten gebeten und mir angehört, warum er mit dem Lager anfangen wollte. Ich "
           "habe erklärt, dass die Verkaufsfläche vor der Öffnung fertig sein musste. Am Ende haben wir uns geeinigt, dass "
           "wir beide auf der Fläche anfangen und er uns danach durch die Lagerliste führt, und unsere Zählung war eine "
           "Stunde früher fertig."),
    "hr": ("Prošlog proljeća kolega i ja nismo se slagali kako podijeliti subotnju inventuru. Zamolila sam ga za deset "
           "minuta nakon smjene i saslušala zašto želi početi sa skladištem. Objasnila sam da prodajni prostor mora biti "
           "spreman prije otvaranja. Na kraju smo se dogovorili da oboje krenemo s prodajnim prostorom, a da nas on poslije "
           "provede kroz popis skladišta, i naše brojanje bilo je gotovo sat ranije."),
}
WE_STORY = {
    "en": ("Last spring our team had to finish the Saturday stocktake before opening. We split the shop floor into four "
           "zones. We counted the stockroom together after lunch. We sent the figures to head office by five."),
    "de": ("Im letzten Frühjahr musste unser Team die Inventur am Samstag vor der Öffnung schaffen. Wir haben die "
           "Verkaufsfläche in vier Zonen aufgeteilt. Wir haben nach dem Mittag gemeinsam das Lager gezählt. Wir haben "
           "die Zahlen bis fünf an die Zentrale geschickt."),
    "hr": ("Prošlog proljeća naš tim morao je završiti subotnju inventuru prije otvaranja. Podijelili smo prodajni "
           "prostor u četiri zone. Poslije ručka zajedno smo prebrojali skladište. Brojke smo do pet poslali u središnjicu."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_an_i_story_ending_in_we_is_not_only_we_and_a_we_story_is(lang):
    own = feedback("colleague-conflict", I_STORY[lang], lang=lang, ui_lang="en")
    assert own.says_what_i_did is True, lang
    assert not any(a["code"] == "own-actions" for a in own.advice), own.advice
    team = feedback("teamwork", WE_STORY[lang], lang=lang, ui_lang="en")
    assert team.says_what_i_did is False, lang
    assert any(a["code"] == "own-actions" for a in team.advice), team.advice


def test_croatian_mi_as_to_me_is_no_team_word():
    text = ("Prošle zime kupac mi je prišao i rekao mi da mu treba punjač, pa sam mu ga pronašla. Kasnije mi je "
            "javio da mu ne radi, pa mi je donio račun i zamijenila sam ga. Vratio se sljedeći tjedan i zahvalio mi se.")
    fb = feedback("what-is-cs", text, lang="hr", ui_lang="en")
    assert fb.says_what_i_did is not False
