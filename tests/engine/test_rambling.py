"""delivery.length: a story that wanders off ("anyway", "where was I") is rambling however well it fits
the time; the same story told straight is not (docs/grading.md: rambling is too long)."""

from __future__ import annotations

import pytest

from interview_coach.engine import feedback

STORIES = {
    "en": ("Right, so this was when I was working at the phone shop, I won't say which one, that doesn't matter, it "
           "was the big one on the high street. A woman came in because her new phone would not charge. Anyway, I "
           "checked the cable and the charger with her and found the port was full of lint. I cleaned it out and "
           "tested it in front of her, and it charged straight away. She was really pleased and she came back the "
           "next week to buy a case from me. Since then I always check the port first when a phone will not "
           "charge, before I talk about sending it away for repair, and I showed the trick to the two new starters "
           "so that they do the same."),
    "de": ("Oh, da muss ich kurz ausholen, das war, warten Sie, im Frühjahr in dem Handyladen, in dem ich gearbeitet "
           "habe. Eine Frau kam zu mir, weil ihr neues Handy nicht mehr geladen hat. Jedenfalls habe ich mit ihr das "
           "Kabel und das Ladegerät geprüft und gesehen, dass die Buchse voller Flusen war. Ich habe sie gereinigt und "
           "es vor ihr getestet, und es hat sofort geladen. Sie war sehr zufrieden und kam eine Woche später wieder, "
           "um bei mir eine Hülle zu kaufen. Seitdem schaue ich mir immer zuerst die Buchse an, wenn ein Handy "
           "nicht lädt, bevor ich von einer Reparatur spreche, und ich habe das auch den zwei neuen Kolleginnen "
           "gezeigt, damit sie es genauso machen."),
    "hr": ("Dakle, to je bilo dok sam radila u trgovini mobitela, nebitno u kojoj, ali da skratim, došla je jedna "
           "gospođa jer joj se novi mobitel nije htio puniti. Provjerila sam s njom kabel i punjač i vidjela da je "
           "utor pun prašine. Očistila sam ga i isprobala pred njom, i odmah se počeo puniti. Bila je jako zadovoljna "
           "i sljedeći tjedan vratila se kupiti maskicu kod mene. Otada uvijek prvo pogledam utor kad se mobitel "
           "ne puni, prije nego što spomenem servis, a pokazala sam to i dvjema novim kolegicama da i one tako "
           "rade."),
}
MARKERS = {"en": ("I won't say which one, that doesn't matter, ", "Anyway, "),
           "de": ("Oh, da muss ich kurz ausholen, das war, warten Sie, ", "Jedenfalls "),
           "hr": ("nebitno u kojoj, ali da skratim, ", "")}
STRAIGHT = {
    "en": STORIES["en"].replace(MARKERS["en"][0], "").replace(MARKERS["en"][1], "Then "),
    "de": STORIES["de"].replace(MARKERS["de"][0], "Das war ").replace("Jedenfalls habe ich", "Ich habe"),
    "hr": STORIES["hr"].replace(MARKERS["hr"][0], ""),
}


ASKED = {"en": "Tell me about a customer you helped.", "de": "Erzählen Sie von einer Kundin, der Sie geholfen haben.",
         "hr": "Ispričajte nam o kupcu kojem ste pomogli."}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_story_that_wanders_off_is_told_to_get_to_the_point(bank, lang):
    ui = lang
    wandering = feedback(None, STORIES[lang], question_text=ASKED[lang], lang=lang, ui_lang=ui, bank=bank)
    straight = feedback(None, STRAIGHT[lang], question_text=ASKED[lang], lang=lang, ui_lang=ui, bank=bank)
    tip = [a for a in wandering.advice if a["code"] == "too-long"]
    assert tip, wandering.advice
    opening = {"en": "Your answer wanders off the point", "de": "Ihre Antwort schweift ab",
               "hr": "Odgovor vam skreće s teme"}[lang]
    first_marker = {"en": "won't say which", "de": "kurz ausholen", "hr": "nebitno"}[lang]
    assert tip[0]["message"].startswith(opening) and first_marker in tip[0]["message"], tip
    assert wandering.dimensions["length"] <= 60
    assert not [a for a in straight.advice if a["code"] == "too-long"], straight.advice
    assert straight.dimensions["length"] > wandering.dimensions["length"]
