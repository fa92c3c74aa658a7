"""A word of a set phrase is no service word: "u redu" (all right) is not "red" (the queue), which the Croatian
speed element listed as a word of good service (a job seeker's trial: "Izrazi vezani uz uslugu kupcima: red…").
The queue itself still counts, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.engine import feedback

ALL_RIGHT = ("Prošlog tjedna kupac je vratio neispravan glačalo. Provjerila sam račun, sve je bilo u redu, pa sam mu "
             "odmah zamijenila glačalo i ispričala se zbog neugodnosti. Otišao je zadovoljan.")
QUEUES = {
    "hr": "Kad se stvori dugi red, otvorim drugu blagajnu i kažem ljudima u redu čekanja da dolazim za minutu.",
    "de": "Wenn die Warteschlange lang wird, öffne ich eine zweite Kasse und sage den Wartenden, dass ich gleich komme.",
    "en": "When the queue gets long, I open a second till and tell the people waiting that I'll be with them shortly.",
}


def test_all_right_is_no_queue():
    words = feedback("difficult-customer", ALL_RIGHT, lang="hr", ui_lang="hr").insights["job_terms_used"]
    assert not any(w.lower().startswith("red") for w in words), words


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_queue_is_still_a_word_of_speed(lang):
    fb = feedback("full-queue", QUEUES[lang], lang=lang, ui_lang="en")
    assert any(e.id == "efficiency" and e.covered for e in fb.elements), [(e.id, e.covered) for e in fb.elements]
