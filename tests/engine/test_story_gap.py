"""One clear gap in a story asked for (no result, only "we") is the grading guide's "good" row, not a
strong answer: the same story scores lower without its ending, and never above engine.CAP_STORY_GAP;
in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine, feedback

STORY = {
    "en": ("Last December a customer came to my till in the phone shop, really angry because his new phone would not "
           "charge and he needed it for work the next morning. I let him finish, said I was sorry and asked what he had "
           "already tried. I tested the phone with our own charger, saw that the port was faulty, and because it was "
           "within the fourteen days I swapped it for a new one on the spot and moved his contacts over for him. While the "
           "data copied I explained what the warranty covers, wrote my name and the shop's number on his receipt and "
           "told him to ring me directly if anything else went wrong that week, so he would not have to explain it all "
           "again to someone new."),
    "de": ("Im letzten Dezember kam ein Kunde an meine Kasse im Handyladen, richtig wütend, weil sein neues Handy nicht "
           "lud und er es am nächsten Morgen für die Arbeit brauchte. Ich habe ihn ausreden lassen, mich entschuldigt und "
           "gefragt, was er schon versucht hatte. Ich habe das Handy mit unserem Ladegerät getestet, gesehen, dass die "
           "Buchse defekt war, und weil es innerhalb der vierzehn Tage war, habe ich es sofort gegen ein neues getauscht "
           "und seine Kontakte für ihn übertragen. Während die Daten kopiert wurden, habe ich ihm erklärt, was die "
           "Garantie abdeckt, meinen Namen und die Nummer des Ladens auf seinen Kassenbon geschrieben und ihm gesagt, "
           "dass er mich direkt anrufen soll, falls in der Woche noch etwas nicht klappt, damit er nicht alles noch "
           "einmal jemand Neuem erklären muss."),
    "hr": ("Prošlog prosinca došao mi je na blagajnu u trgovini mobitela kupac, jako ljut jer mu se novi mobitel nije "
           "punio, a trebao mu je za posao sljedeće jutro. Pustila sam ga da završi, ispričala se i pitala što je već "
           "pokušao. Isprobala sam mobitel s našim punjačem, vidjela da je utor neispravan i, jer je bilo unutar "
           "četrnaest dana, odmah sam ga zamijenila novim i prebacila mu kontakte. Dok su se podaci kopirali, objasnila sam mu što "
           "pokriva jamstvo, napisala svoje ime i broj trgovine na račun i rekla mu da me izravno nazove ako taj tjedan "
           "još nešto ne bude radilo, da ne mora sve ispočetka objašnjavati nekom novom."),
}
ENDING = {
    "en": " He calmed down, thanked me twice and came back a month later to buy a tablet from me.",
    "de": " Er hat sich beruhigt, sich zweimal bedankt und einen Monat später bei mir ein Tablet gekauft.",
    "hr": " Smirio se, dvaput mi zahvalio i mjesec dana kasnije kod mene kupio tablet.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_story_without_its_result_is_capped_in_the_good_band(lang):
    told = feedback("difficult-customer", STORY[lang] + ENDING[lang], lang=lang, ui_lang="en")
    cut = feedback("difficult-customer", STORY[lang], lang=lang, ui_lang="en")
    assert told.star["result"].present and not cut.star["result"].present, lang
    assert cut.score <= engine.CAP_STORY_GAP < told.score, (lang, cut.score, told.score)
    assert cut.advice[0]["code"] == "result", (lang, cut.advice)


# the result told in words no cue lists, followed by what the applicant draws from it
RESULT_THEN_REFLECTION = {
    "en": (" In the spring he came back with his wife, and she bought her phone from us too. That only works if you "
           "really know what you sell. People notice at once whether you read off the label or know the product."),
    "de": (" Im Frühjahr kam er mit seiner Frau wieder, und sie hat ihr Handy dann auch bei uns gekauft. Das funktioniert "
           "nur, wenn man die Produkte wirklich kennt. Die Leute merken sofort, ob man nur vom Etikett abliest oder "
           "Bescheid weiß."),
    "hr": (" Na proljeće je došao sa suprugom, i ona je mobitel kupila kod nas. To ide samo ako stvarno poznaješ ono što "
           "prodaješ. Ljudi odmah primijete čitaš li samo s etikete ili stvarno znaš proizvod."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_result_followed_by_reflection_is_found(lang):
    fb = feedback("difficult-customer", STORY[lang] + RESULT_THEN_REFLECTION[lang], lang=lang, ui_lang="en")
    assert fb.star["result"].present, lang
    assert "came back" in fb.star["result"].evidence.text or "wieder" in fb.star["result"].evidence.text \
        or "došao" in fb.star["result"].evidence.text, fb.star["result"].evidence.text
    assert not any(a["code"] == "result" and a["priority"] >= 70 for a in fb.advice), fb.advice


# written for this test: a definition, then a story whose setting no situation cue names
CALL_CENTRE = {
    "en": "Good service means the customer is heard and the problem is solved the first time. At the call centre a "
          "caller rang because his bill had doubled. I listened, checked his account and found a duplicate charge. "
          "I refunded it and sent him a confirmation by email. He thanked me and stayed with us.",
    "de": "Guter Service heißt, dass der Kunde gehört wird und das Problem beim ersten Mal gelöst ist. Im Callcenter "
          "rief ein Mann an, weil seine Rechnung doppelt so hoch war. Ich habe zugehört, sein Konto geprüft und eine "
          "doppelte Buchung gefunden. Ich habe sie erstattet und ihm eine Bestätigung geschickt. Er hat sich bedankt "
          "und ist Kunde geblieben.",
    "hr": "Dobra usluga znači da je korisnik saslušan i da mu se problem riješi iz prve. U pozivnom centru javio se "
          "gospodin jer mu je račun bio dvostruko veći. Saslušala sam ga, provjerila račun i pronašla dvostruko "
          "terećenje. Vratila sam mu novac i poslala potvrdu e-poštom. Zahvalio mi je i ostao naš korisnik.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_story_of_own_actions_has_a_situation_where_it_starts(lang):
    """A story's setting need not use a situation cue: the sentence before its first action sets it (not the
    answer's opening definition), and the question's example key point is ticked with it."""
    from interview_coach import feedback

    fb = feedback("good-cs", CALL_CENTRE[lang], lang=lang, ui_lang="en")
    assert fb.has_example
    situation = fb.star["situation"]
    assert situation.present and situation.evidence.text == CALL_CENTRE[lang].split(". ")[1] + ".", situation
    assert any(k.id == "concrete-example" and k.covered for k in fb.key_points), fb.key_points


# an ending only guessed at ("Mislim da je bila zadovoljna, barem mi se tako činilo") is no result: a helper's
# fresh middling hr story (graded 62, "finish with a concrete result") scored 88 as if it had one
GUESSED_ENDING = {
    "en": " I think he was happy with it in the end, at least it seemed that way.",
    "de": " Ich glaube, er war am Ende zufrieden, glaube ich zumindest.",
    "hr": " Mislim da je na kraju bio zadovoljan, barem mi se tako činilo.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_an_ending_only_guessed_at_is_no_result(lang):
    fb = feedback("difficult-customer", STORY[lang] + GUESSED_ENDING[lang], lang=lang, ui_lang="en")
    assert not fb.star["result"].present, (lang, fb.star["result"])
    assert fb.score <= engine.CAP_STORY_GAP, (lang, fb.score)


TRAILS_OFF = {
    "en": " I don't really know what happened next, I think he got his phone fixed somewhere.",
    "de": " Wie es genau weiterging, weiß ich gar nicht mehr so richtig.",
    "hr": " Kako je dalje bilo, ne znam točno, mislim da je mobitel popravio negdje drugdje.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_story_that_trails_off_has_no_result(lang):
    # a helper's fresh German story (graded 64, "finish the story with a clear result") scored 80
    fb = feedback("difficult-customer", STORY[lang] + TRAILS_OFF[lang], lang=lang, ui_lang="en")
    assert not fb.star["result"].present, (lang, fb.star["result"])
