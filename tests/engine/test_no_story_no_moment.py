"""A question that asks for a real moment ("How do you handle stress at work?"): an answer that tells no
real example does not tick the point "A real stressful moment" from a general sentence that says its
words ("Mondays are always busy"); the tick would sit beside the advice to tell one real example (a fresh
answer read as an interviewer, in hr, de and en)."""

from __future__ import annotations

import pytest

from interview_coach import feedback

ANSWERS = {
    "hr": "Stres je jednostavno dio posla u pozivnom centru. Ponedjeljkom je uvijek gužva, a pred Božić još i veća. "
          "Tada duboko udahnem i rješavam jedan poziv po jedan. Između poziva popijem malo vode. Nakon posla "
          "idem u šetnju i tako se opustim.",
    "de": "Stress gehört im Callcenter einfach dazu. Montags ist immer viel los, und vor Weihnachten noch mehr. "
          "Dann mache ich eine kurze Pause und arbeite eins nach dem anderen ab. Zwischendurch trinke ich einen "
          "Schluck Wasser. Nach der Arbeit gehe ich spazieren, dann bin ich wieder entspannt.",
    "en": "Stress is just part of the job in a call centre. Mondays are always busy, and the weeks before "
          "Christmas even more so. Then I take a deep breath and handle one call at a time. In between I have a "
          "sip of water. After work I go for a walk and that clears my head.",
}


@pytest.mark.parametrize("lang", sorted(ANSWERS))
def test_no_real_example_ticks_no_real_moment(lang):
    fb = feedback("stress", ANSWERS[lang], lang=lang, ui_lang=lang)
    assert not fb.has_example
    points = {k.id: k for k in fb.key_points}
    assert not points["example"].covered, points["example"].evidence
    assert points["method"].covered  # what the answer does say is still credited
    assert any(a["code"] == "example" for a in fb.advice), [a["code"] for a in fb.advice]


# Where the question asks what good service is (good-cs), its example point is also a habit told with its detail,
# or service received as a customer; once that point is ticked, "Tell one real example" beside the tick would ask
# for what the answer already does (issue #12; a held-out answer read as an interviewer, session 46)
HABIT_WITH_DETAIL = {
    "hr": "Dobra usluga za mene znači da kupac ode s onim što mu stvarno odgovara. Na primjer, u trgovini obućom, kad "
          "nema broja, provjerim druge poslovnice, odložim par na dva dana i nazovem kupca čim stigne. Iskreno kažem i "
          "kad cipela nije za ono za što mu treba, čak i ako onda nema prodaje.",
    "de": "Guter Service heißt für mich, dass der Kunde mit dem Richtigen für ihn geht. Im Schuhgeschäft zum Beispiel "
          "schaue ich, wenn eine Größe fehlt, in den anderen Filialen nach, lege das Paar zwei Tage zurück und rufe den "
          "Kunden an, sobald es da ist. Ich sage auch ehrlich, wenn ein Schuh nicht zu dem passt, wofür er ihn braucht, "
          "auch wenn ich dann nichts verkaufe.",
    "en": "Good service to me means the customer leaves with the right thing for them. In my job at the shoe shop, "
          "when a size isn't in stock, I check the other branches, put the pair aside for two days and ring the "
          "customer as soon as it arrives. I also tell them honestly if a shoe won't suit what they need it for, even "
          "if that means no sale.",
}


@pytest.mark.parametrize("lang", sorted(HABIT_WITH_DETAIL))
def test_no_example_asked_for_beside_a_ticked_example_point(lang):
    fb = feedback("good-cs", HABIT_WITH_DETAIL[lang], lang=lang, ui_lang=lang)
    points = {k.id: k for k in fb.key_points}
    assert points["concrete-example"].covered
    assert "example" not in [a["code"] for a in fb.advice]
