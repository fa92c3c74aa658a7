"""Complaints about how a workplace is run or how colleagues work, told quietly in answers about oneself (outside
round 26), in hr, de and en; fair words about the same things are no blame."""

from __future__ import annotations

import pytest

from interview_coach import engine

CASES = [
    ("en", "stress", "To be honest most of the stress in my current job comes from how it's run, so I keep lists.", True),
    ("en", "why-leaving", "The people at the top care more about call times than about the customers.", True),
    ("de", "five-years", "Die Stelle ging an jemanden aus dem Umfeld der Filialleitung, deshalb möchte ich wechseln.", True),
    ("hr", "tell-me-about-yourself", "Radim u trgovini pet godina. Kolege koji su ostali uglavnom rade jer moraju.", True),
    ("en", "stress", "Most of the stress comes from the Saturday rush, so I plan my breaks and keep a list.", False),
    ("de", "weakness", "Ich werde ungeduldig, wenn etwas liegen bleibt. Deshalb mache ich mir zu Schichtbeginn eine "
     "Liste.", False),
    ("hr", "tell-me-about-yourself", "Radim u trgovini pet godina i s kolegama se odlično slažem.", False),
    # innocent sentences a reviewer tried on the first version of these cues
    ("de", "teamwork", "Für mich ist ein gutes Team eines, in dem jeder seine Aufgaben zuverlässig erledigt und man sich "
     "gegenseitig hilft.", False),
    ("hr", "teamwork", "Kolegice su redovito ostavljale blagajnu uredno složenu, a ja sam nakon njihove smjene samo "
     "prebrojila novac.", False),
    ("hr", "learn-systems", "Dobavljači često mijenjaju upute za povrat, pa ih svaki tjedan pročitam.", False),
    ("en", "teamwork", "I enjoy sorting out other people's work questions when I'm on the help desk.", False),
]


@pytest.mark.parametrize("lang,qid,answer,blames", CASES, ids=[f"{c[0]}-{c[1]}-{c[3]}" for c in CASES])
def test_quiet_complaints_about_how_it_is_run_are_blame(lang, qid, answer, blames):
    found = [p["id"] for p in engine.feedback(qid, answer, lang=lang).pitfalls]
    assert ("blame-others" in found) is blames, found
