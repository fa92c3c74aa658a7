"""One real case happened: an answer that lists qualities and habits in the present tells no story, however
many of its sentences read as actions ("Ich bin teamfähig…, ich arbeite gern strukturiert", set K), and the
same answer with one case told in the past does, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

PRESENT = {
    "hr": ("Mislim da dobro pašem k vama jer sam usmjerena na kupce. Radim strukturirano i pouzdano. "
           "Rado pomažem kolegama i brzo učim nove stvari. Želim se razvijati u uspješnoj tvrtki."),
    "de": ("Ich denke, ich passe gut zu Ihnen, weil ich kundenorientiert bin. Ich arbeite gern strukturiert und "
           "zuverlässig. Ich helfe gern Kollegen und lerne schnell Neues. Ich möchte mich in einem erfolgreichen "
           "Unternehmen weiterentwickeln."),
    "en": ("I think I'd fit in well because I'm very customer-focused. I work in a structured and reliable way. "
           "I like helping colleagues and I learn new things quickly. I want to grow with a successful company."),
}
PAST_CASE = {
    "hr": " Prošle zime kolegica je zapela u snijegu, pa sam sama preuzela blagajnu. Posluživala sam cijeli jutarnji "
          "red i zatvorila dan bez ijednog eura manjka.",
    "de": " Letzten Winter habe ich allein die Kasse übernommen, als meine Kollegin im Schnee feststeckte, und den "
          "Tag ohne Fehlbetrag abgeschlossen.",
    "en": " Last winter my colleague got stuck in the snow, so I took over the till on my own. I served the whole "
          "morning queue and closed the day without a penny missing.",
}


@pytest.mark.parametrize("lang", sorted(PRESENT))
def test_qualities_and_habits_in_the_present_are_no_story(lang):
    assert not feedback("company-fit", PRESENT[lang], lang=lang).has_example


@pytest.mark.parametrize("lang", sorted(PRESENT))
def test_one_case_told_in_the_past_is_a_story(lang):
    assert feedback("company-fit", PRESENT[lang] + PAST_CASE[lang], lang=lang).has_example
