"""Criticism or a mistake explained away by circumstances that sorted themselves out (outside round 26), in hr, de
and en; owning it and saying what changed is no excuse."""

from __future__ import annotations

import pytest

from interview_coach import engine

CASES = [
    ("en", "mistake",
     "I forgot to apply a customer's loyalty discount in my first month. We had just moved to a new billing screen and "
     "the box was on a second tab we hadn't covered yet, so it was more a timing thing than me being careless.", True),
    ("en", "criticism",
     "My team leader said my notes were too short. After a few weeks it sorted itself out once everyone knew the new "
     "system.", True),
    ("de", "criticism",
     "Meine Teamleiterin fand meine Nachbearbeitung zu lang. Ich habe ihr erklärt, woran das lag: Das System war neu und "
     "die Schulung kurz. Nach ein paar Wochen hat sich die Zeit von selbst eingependelt.", True),
    ("de", "mistake",
     "Ein zurückgelegtes Paar Schuhe war weg, als die Kundin kam. Das war eher eine Verkettung von Umständen, denn am "
     "Freitag war Inventur.", True),
    ("hr", "criticism",
     "Voditeljica mi je rekla da predugo zadržavam kupce. Objasnila sam joj kako je to izgledalo iz moje perspektive, a "
     "kasnije se situacija sama od sebe popravila.", True),
    ("hr", "mistake",
     "Kupcu sam krivo naplatila popust, ali to je bio splet okolnosti jer je sustav bio nov.", True),
    ("en", "criticism",
     "My team leader said my notes were too short. She was right: the next agent couldn't see what I'd promised. I "
     "asked her for a good example and now I write what was agreed and by when, and my quality score went up.", False),
    ("de", "criticism",
     "Meine Teamleiterin fand meine Nachbearbeitung zu lang, und sie hatte recht. Ich habe mir Textbausteine angelegt "
     "und lag nach zwei Monaten bei 45 Sekunden.", False),
    ("hr", "criticism",
     "Voditeljica mi je rekla da predugo zadržavam kupce i imala je pravo. Počela sam kraće objašnjavati i red se "
     "skratio.", False),
    # "of my own accord", and circumstances that sorted themselves out outside a criticism or a mistake (a reviewer)
    ("de", "mistake", "Ich habe den Fehler von selbst gemeldet und der Kundin sofort ein neues Paar bestellt.", False),
    ("hr", "mistake", "Sama od sebe sam priznala grešku i kupcu odmah vratila razliku.", False),
    ("en", "stress", "By noon the rush settled down on its own, and I used the quiet hour to restock the shelves.", False),
    ("de", "escalate", "Wenn eine Frage nicht in unserem Bereich liegt, verbinde ich den Kunden mit der Fachabteilung "
     "und rufe ihn am selben Tag zurück.", False),
    ("hr", "learn-systems", "Novi sustav je samo pitanje prilagodbe, pa prvi tjedan vježbam na probnom računu.", False),
]


@pytest.mark.parametrize("lang,qid,answer,excused", CASES, ids=[f"{c[0]}-{c[1]}-{c[3]}" for c in CASES])
def test_circumstances_that_sorted_themselves_out_are_excuses(lang, qid, answer, excused):
    found = [p["id"] for p in engine.feedback(qid, answer, lang=lang).pitfalls]
    assert ("excuses" in found) is excused, found
