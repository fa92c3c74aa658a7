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
