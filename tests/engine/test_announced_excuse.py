"""Circumstances announced after one's own mistake ("In fairness, it was only my second week…", "Dazu muss man sagen,
dass…", "Moram reći da je…") excuse it (``excused.announced_excuse``), where no one else is named in the sentence; the
same story without that sentence owns the mistake; in hr, de and en. Answers written for this test."""

from __future__ import annotations

import pytest

from interview_coach import feedback

EXCUSE = {
    "en": "In fairness, it was only my second week, the shop was packed and the two price labels look almost the same.",
    "de": ("Dazu muss man sagen, dass ich erst zwei Wochen da war, der Laden voll war und die beiden Preisschilder fast "
           "gleich aussehen."),
    "hr": "Moram reći da je to bio tek moj drugi tjedan, dućan je bio pun, a dvije cijene izgledaju gotovo isto.",
}
STORY = {
    "en": ("At the garden centre I charged a customer the full price for a rose bush that was on offer. {excuse} He "
           "noticed on the receipt at the door, I apologised, refunded the difference and gave him a plant label for "
           "his trouble. Since then I check the offer list before I open my till."),
    "de": ("Im Gartencenter habe ich einem Kunden für einen Rosenstock den vollen Preis berechnet, obwohl er im Angebot "
           "war. {excuse} Er hat es an der Tür auf dem Kassenzettel gesehen, ich habe mich entschuldigt und ihm die "
           "Differenz erstattet. Seitdem schaue ich vor Kassenöffnung auf die Angebotsliste."),
    "hr": ("U vrtnom centru kupcu sam naplatila punu cijenu za ružu koja je bila na akciji. {excuse} Primijetio je to na "
           "računu na izlazu, ispričala sam se i vratila mu razliku. Od tada prije otvaranja blagajne pogledam popis "
           "akcija."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_circumstances_announced_after_a_mistake_excuse_it(lang):
    fb = feedback("mistake", STORY[lang].format(excuse=EXCUSE[lang]), lang=lang, ui_lang="en")
    found = {p["id"]: p["evidence"]["text"] for p in fb.pitfalls}
    assert "excuses" in found and found["excuses"].startswith(EXCUSE[lang][:12]), (lang, found)
    owned = feedback("mistake", STORY[lang].format(excuse="").replace("  ", " "), lang=lang, ui_lang="en")
    assert "excuses" not in [p["id"] for p in owned.pitfalls], (lang, owned.pitfalls)
    assert owned.score > fb.score, (lang, owned.score, fb.score)


# the announcement with someone else named is said of them, not of the applicant's own circumstances
NAMED = {
    "en": "In fairness, the customer had queued for twenty minutes by then, so I understood why he was cross.",
    "de": "Dazu muss man sagen, dass der Kunde da schon zwanzig Minuten angestanden hatte.",
    "hr": "Moram reći da je kupac tada već dvadeset minuta stajao u redu.",
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_announcement_about_someone_else_is_no_excuse(lang):
    fb = feedback("mistake", STORY[lang].format(excuse=NAMED[lang]), lang=lang, ui_lang="en")
    assert "excuses" not in [p["id"] for p in fb.pitfalls], (lang, fb.pitfalls)
