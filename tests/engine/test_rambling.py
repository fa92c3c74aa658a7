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


# written for this test: a long answer strung together with commas, no digression phrase in it, and the
# same story told in plain sentences at much the same length
RUN_ON = {
    "en": ("The one I remember best is from last spring, when I was still quite new, about three months in, and "
           "still learning where everything was, and the shop was short of staff, as usual on a weekend, so I was on "
           "returns on my own. So at the garden centre, which was my first proper job, a man came in on a Saturday, it was really busy, "
           "and he wanted to return a lawnmower, a big petrol one, which he had bought about a month before, and he "
           "was quite cross, understandably, because it would not start, and he had already been in once, apparently, "
           "and someone had told him to check the fuel, which he had, obviously. So I took it round the back, with "
           "him, and our mechanic, Dave, who has been there forever, had a look, and it turned out the spark plug was "
           "faulty, which happens, it is a known thing with that model, or at least it was then. Dave changed it, it "
           "took ten minutes, and it started first time, and the man was happy, he even bought some feed for his "
           "lawn, and he asked for me the next time he came in, which was nice, and since then I always offer to look "
           "at a returned machine with the customer first, before I talk about refunds, because it often turns out to "
           "be something small, and people would rather have a working mower than their money back, mostly."),
    "de": ("An einen erinnere ich mich am besten, das war letztes Frühjahr, da war ich noch ziemlich neu, so drei "
           "Monate dabei, und wusste noch nicht, wo alles steht, und wir waren wie immer am Wochenende zu wenige, "
           "also stand ich allein an der Rückgabe. Also, im Gartencenter, das war meine erste richtige Stelle, kam an einem Samstag, es war total voll, ein "
           "Mann mit einem Rasenmäher, so ein großer Benziner, den er vor einem Monat gekauft hatte, und er war ziemlich "
           "sauer, verständlich, weil der nicht ansprang, und er war wohl schon einmal da gewesen, und jemand hatte ihm "
           "gesagt, er solle den Tank prüfen, was er natürlich gemacht hatte. Ich bin dann mit ihm nach hinten, zu "
           "unserem Mechaniker, Dieter, der ist da schon ewig, und der hat nachgeschaut, und es war die Zündkerze, die "
           "war kaputt, das kommt vor, das ist bei dem Modell bekannt, oder war es damals. Dieter hat sie "
           "gewechselt, das hat zehn Minuten gedauert, und der Mäher ist sofort angesprungen, und der Mann war "
           "zufrieden, er hat sogar noch Rasendünger gekauft, und beim nächsten Mal hat er nach mir gefragt, was schön "
           "war, und seitdem schaue ich mir ein zurückgebrachtes Gerät immer zuerst mit dem Kunden an, bevor ich über "
           "Geld zurück rede, weil es oft nur eine Kleinigkeit ist, und die meisten wollen lieber einen Mäher, der "
           "läuft, als ihr Geld, meistens."),
    "hr": ("Najbolje se sjećam jednog od prošlog proljeća, tada sam bila još prilično nova, tri mjeseca, i još nisam "
           "znala gdje je sve, a vikendom nas je kao i uvijek bilo premalo, pa sam sama bila na povratima, i to baš "
           "na blagajni kod ulaza. Znači, u vrtnom centru, to mi je bio prvi pravi posao, došao je jedne subote, bila je strašna gužva, jedan "
           "gospodin s kosilicom, onom velikom na benzin, koju je kupio prije mjesec dana, i bio je dosta ljut, "
           "razumljivo, jer se nije htjela upaliti, a već je jednom bio kod nas, navodno, i netko mu je rekao da "
           "provjeri gorivo, što je naravno i napravio. Odvela sam ga iza, do našeg majstora, Dragana, koji tamo radi "
           "od kad zna za sebe, i on je pogledao, i bila je svjećica, neispravna, to se događa, kod tog modela je to "
           "poznata stvar, barem je tada bila. Dragan ju je promijenio, trajalo je deset minuta, i kosilica se odmah "
           "upalila, a gospodin je bio zadovoljan, čak je kupio i gnojivo za travnjak, i idući put je pitao za mene, "
           "što mi je bilo drago, i otad uvijek prvo s kupcem pogledam vraćeni uređaj, prije nego što počnem "
           "pričati o povratu novca, jer je često nešto sitno, a većina bi radije imala kosilicu koja radi nego novac, "
           "uglavnom."),
}
TOLD_PLAINLY = {
    "en": ("At the garden centre, my first proper job, a man came in on a busy Saturday. He wanted to return a big "
           "petrol lawnmower that he had bought a month before. He was cross because it would not start. He had "
           "already been in once and had been told to check the fuel. He had done that. I asked a colleague to cover "
           "the returns desk and took the mower round the back with him. Our mechanic had a look and found that the "
           "spark plug was faulty. It is a known fault with that model. He changed it in ten minutes and the mower "
           "started first time. The man was happy. He bought some lawn feed as well and asked for me the next time he "
           "came in. Since then I always offer to look at a returned machine with the customer first. I do that before "
           "I talk about refunds. It often turns out to be something small. Most people would rather have a mower that "
           "works than their money back."),
    "de": ("Im Gartencenter, meiner ersten richtigen Stelle, kam an einem vollen Samstag ein Mann mit einem großen "
           "Benzin-Rasenmäher. Er hatte ihn vor einem Monat gekauft. Er war verärgert, denn der Mäher sprang nicht an. "
           "Er war schon einmal da gewesen und hatte den Rat bekommen, den Tank zu prüfen. Das hatte er getan. Ich bat "
           "eine Kollegin, die Rückgabe zu übernehmen, und ging mit ihm nach hinten zu unserem Mechaniker. Er fand "
           "eine defekte Zündkerze. Das ist ein bekannter Fehler bei diesem Modell. Er wechselte sie in zehn Minuten "
           "und der Mäher sprang sofort an. Der Mann war zufrieden. Er kaufte noch Rasendünger und fragte beim "
           "nächsten Besuch nach mir. Seitdem schaue ich mir ein zurückgebrachtes Gerät immer zuerst mit dem Kunden "
           "an. Erst danach rede ich über Geld zurück. Oft ist es nur eine Kleinigkeit. Die meisten Kunden wollen "
           "lieber einen funktionierenden Mäher als ihr Geld."),
    "hr": ("U vrtnom centru, na mom prvom pravom poslu, došao je jedne subote u gužvi gospodin s velikom kosilicom na "
           "benzin. Kupio ju je mjesec dana prije. Bio je ljut jer se kosilica nije htjela upaliti. Već je jednom bio "
           "kod nas i rekli su mu da provjeri gorivo. To je i napravio. Zamolila sam kolegicu da preuzme povrate i "
           "odvela ga do našeg majstora. Majstor je pronašao neispravnu svjećicu. To je poznata greška tog modela. "
           "Promijenio ju je za deset minuta i kosilica se odmah upalila. Gospodin je bio zadovoljan. Kupio je i "
           "gnojivo za travnjak i idući put pitao za mene. Otad uvijek prvo s kupcem pogledam vraćeni uređaj. Tek "
           "onda razgovaramo o povratu novca. Često je riječ o sitnici. Većina kupaca radije bi imala kosilicu koja "
           "radi nego novac."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_long_answer_strung_together_with_commas_is_told_to_say_it_in_short_sentences(bank, lang):
    from interview_coach.checks.length import RUN_ON_SECONDS

    run_on = feedback(None, RUN_ON[lang], question_text=ASKED[lang], lang=lang, ui_lang="en", bank=bank)
    plain = feedback(None, TOLD_PLAINLY[lang], question_text=ASKED[lang], lang=lang, ui_lang="en", bank=bank)
    assert run_on.length["seconds"] >= RUN_ON_SECONDS, run_on.length
    assert [a for a in run_on.advice if a["code"] == "too-long" and "runs on" in a["message"]], run_on.advice
    assert run_on.dimensions["length"] <= 60
    assert not [a for a in plain.advice if a["code"] == "too-long"], plain.advice
    assert plain.dimensions["length"] > run_on.dimensions["length"]
