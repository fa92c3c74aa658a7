"""A favour told as an exception against a norm the answer itself states (``checks/exceptions.py``): "X is normally
the manager's call, but…", "Offiziell geht das nur über…, aber…", "to inače plaćaju svi, ali…". Round 14 of the
outside answers (written and graded blind) had 13 of 18 such favours missed after round 13's wordings had been
added as cues. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine

COMMITS = [
    ("en", "too-long", "I knocked the fitting fee off. That's normally the duty manager's decision, but it was late and "
     "he'd waited long enough."),
    ("en", "repeat-caller", "I added a month's free line rental, which is officially more than agents can approve "
     "alone, but she deserved it."),
    ("en", "above-and-beyond", "Collection is normally twelve pounds, but I sent the driver round and didn't put it on "
     "her bill."),
    ("de", "too-long", "Ich habe ihm die Servicepauschale erlassen. Die gibt sonst nur die Marktleitung frei, aber die "
     "war in der Pause."),
    ("de", "repeat-caller", "Offiziell muss so eine Gutschrift über die Teamleitung laufen, aber ich habe sie gleich "
     "selbst gebucht."),
    ("hr", "too-long", "Naknadu za dostavu sam mu maknula. To inače odobrava poslovođa, ali nije ga bilo u smjeni."),
    ("hr", "above-and-beyond", "Montažu sam mu upisao bez naplate, iako to kod nas svi plaćaju."),
]

SPARED = [
    # the rule said with "not", then an alternative within it
    ("en", "refund-policy", "Normally we can't refund opened items, but I can offer an exchange or store credit."),
    ("de", "refund-policy", "Offiziell erstatten wir ohne Kassenbon kein Geld, aber ich biete gern einen Umtausch an."),
    ("hr", "refund-policy", "Službeno ne možemo vratiti novac bez računa, ali mogu ponuditi zamjenu ili bon."),
    # the customer's wish, not a norm of the shop
    ("en", "upselling", "He normally only buys the cheapest brand, but this time I showed him the quieter model."),
    ("de", "upselling", "Sie wollte eigentlich nur eine Hülle, aber ich habe ihr noch die Schutzfolie gezeigt."),
    ("hr", "upselling", "On inače kupuje samo najjeftiniji model, ali ovaj put sam mu pokazala tiši."),
    # the manager asked first
    ("en", "too-long", "That's normally the manager's decision, but I asked her first and she agreed."),
]


@pytest.mark.parametrize("lang,qid,text", COMMITS, ids=[f"{c[0]}-{c[2][:30]}" for c in COMMITS])
def test_an_exception_against_a_stated_norm_is_an_over_promise(committed, lang, qid, text):
    assert "over-promise" in committed(text, lang, qid)


@pytest.mark.parametrize("lang,qid,text", SPARED, ids=[f"{c[0]}-{c[2][:30]}" for c in SPARED])
def test_a_rule_explained_or_a_customers_habit_is_no_exception(committed, lang, qid, text):
    assert "over-promise" not in committed(text, lang, qid)


STORY = {
    "en": ("Last winter a customer rang because his boiler repair had been booked and then cancelled twice. I "
           "apologised, rebooked the engineer for the next morning and called him after the visit to check the "
           "heating worked. He thanked me and stayed with us.",
           " I also waived his call-out charge, which is normally the team leader's call, but I didn't want him "
           "waiting any longer."),
    "de": ("Letzten Winter rief ein Kunde an, weil sein Reparaturtermin zweimal abgesagt worden war. Ich habe mich "
           "entschuldigt, den Techniker für den nächsten Morgen gebucht und ihn nach dem Besuch angerufen, ob die "
           "Heizung läuft. Er hat sich bedankt und ist bei uns geblieben.",
           " Die Anfahrtspauschale habe ich ihm auch erlassen, das entscheidet normalerweise die Teamleitung, aber "
           "ich wollte ihn nicht noch länger warten lassen."),
    "hr": ("Prošle zime nazvao je korisnik jer mu je popravak bojlera dvaput otkazan. Ispričala sam se, naručila "
           "servisera za sljedeće jutro i nakon posjeta ga nazvala da provjerim radi li grijanje. Zahvalio mi je i "
           "ostao s nama.",
           " Maknula sam mu i naknadu za izlazak servisera, to inače odobrava voditelj smjene, ali nisam ga htjela "
           "ostaviti da još čeka."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_favour_caps_a_good_story(lang):
    story, favour = STORY[lang]
    fb = engine.feedback("repeat-caller", story, lang=lang, ui_lang=lang)
    assert not any(p["id"] == "over-promise" for p in fb.pitfalls), fb.pitfalls
    capped = engine.feedback("repeat-caller", story + favour, lang=lang, ui_lang=lang)
    assert any(p["id"] == "over-promise" for p in capped.pitfalls) and capped.score <= 35, (capped.score, capped.pitfalls)
