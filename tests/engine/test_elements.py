"""The elements-of-service tip ("Show more of what good service is made of…") where service is the
subject, never on a salary or availability answer, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

TIP = "Show more of what good service is made of"  # the tip, in the English interface
# (question, answer) per language: a plain answer on pay or hours shows no element of service, and
# needs none; a customer situation answered without any does
SALARY = {
    "en": ("salary", "I was thinking of about twelve pounds an hour, which is what similar jobs pay round "
                     "here, but I'm open to talking about it."),
    "de": ("salary", "Ich hatte an etwa vierzehn Euro pro Stunde gedacht, das zahlen ähnliche Stellen hier "
                     "in der Gegend, aber darüber können wir gern sprechen."),
    "hr": ("salary", "Mislila sam na oko osam eura po satu, koliko plaćaju slični poslovi u gradu, ali "
                     "spremna sam razgovarati o tome."),
}
SITUATION = {
    "en": ("full-queue", "When the queue gets long, I just keep scanning as fast as I can until it is gone."),
    "de": ("full-queue", "Wenn die Schlange lang wird, scanne ich einfach weiter, bis sie weg ist."),
    "hr": ("full-queue", "Kad je gužva, onda jednostavno radim dalje dok nitko ne ostane."),
}


def has_tip(qid: str, text: str, lang: str) -> bool:
    return any(a["message"].startswith(TIP) for a in feedback(qid, text, lang=lang, ui_lang="en").advice)


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_no_service_tip_on_a_salary_answer_but_one_on_a_customer_situation(lang):
    assert not has_tip(*SALARY[lang], lang)
    assert has_tip(*SITUATION[lang], lang)
