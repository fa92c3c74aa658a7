"""A team story that ends without a result has none: "we worked out a plan" is how the work began, and "customers" in
the scene is no result for the customers (a job seeker's trial: both ticked "The team's result and what the
customers noticed" and STAR's result). Answers written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.engine import feedback

NO_RESULT = {
    "en": ("At the flower shop where I worked last spring, our van broke down the Saturday before Mother's Day, with "
           "thirty bouquets customers had paid to have delivered. Our manager called us together and we worked out a "
           "plan. I offered to ring every customer and ask whether they could collect. Two colleagues sorted the "
           "orders by street and I kept a list so nobody was called twice. It was a long day, but I saw how well we "
           "work together."),
    "de": ("Im Blumenladen, in dem ich letztes Frühjahr gearbeitet habe, ist am Samstag vor dem Muttertag unser "
           "Lieferwagen ausgefallen, mit dreißig Sträußen, die Kunden zur Lieferung bezahlt hatten. Unsere Chefin hat "
           "uns zusammengerufen und wir haben einen Plan ausgearbeitet. Ich habe angeboten, jeden Kunden anzurufen und "
           "zu fragen, ob er selbst abholen kann. Zwei Kolleginnen haben die Bestellungen nach Straßen sortiert, und "
           "ich habe eine Liste geführt. Es war ein langer Tag, aber ich habe gesehen, wie gut wir zusammenarbeiten."),
    "hr": ("U cvjećarnici u kojoj sam radila prošlog proljeća pokvario nam se kombi u subotu prije Majčinog dana, a "
           "kupci su platili dostavu za trideset buketa. Voditeljica nas je okupila i napravili smo plan. Ponudila sam "
           "se nazvati svakog kupca i pitati može li sam doći po buket. Dvije kolegice složile su narudžbe po ulicama, a "
           "ja sam vodila popis da nitko ne bude nazvan dvaput. Bio je to dug dan, ali vidjela sam koliko dobro "
           "surađujemo."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_team_story_without_its_result_is_told_to_add_it(lang):
    fb = feedback("teamwork", NO_RESULT[lang], lang=lang, ui_lang="en")
    assert not fb.star["result"].present, fb.star["result"]
    assert not next(k for k in fb.key_points if k.id == "result").covered
