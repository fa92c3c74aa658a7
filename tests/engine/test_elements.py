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


# Empathy and a solution, but the solution breaks the rules: an over-promise. The same story without the
# broken rule keeps its good service.
BROKEN_RULE = {
    "en": ("refund-policy",
           "The customer was really upset, so I listened, apologised and told him I understood how annoying it was. "
           "I promised him a full refund whatever the rules say, even though he was weeks outside the return period. "
           "He left happy and thanked me.",
           "The customer was really upset, so I listened, apologised and told him I understood how annoying it was. "
           "The return period was over, so I offered him a repair under the warranty and booked it for him there "
           "and then. He left happy and thanked me."),
    "de": ("refund-policy",
           "Der Kunde war sehr verärgert, also habe ich zugehört, mich entschuldigt und gesagt, dass ich seinen Ärger "
           "verstehe. Ich habe ihm das Geld trotzdem komplett erstattet, egal was die Regeln sagen, obwohl die "
           "Rückgabefrist seit Wochen vorbei war. Er ging zufrieden und bedankte sich.",
           "Der Kunde war sehr verärgert, also habe ich zugehört, mich entschuldigt und gesagt, dass ich seinen Ärger "
           "verstehe. Die Rückgabefrist war vorbei, also habe ich ihm eine Reparatur über die Garantie angeboten und "
           "sie gleich für ihn gebucht. Er ging zufrieden und bedankte sich."),
    "hr": ("refund-policy",
           "Kupac je bio jako uzrujan, pa sam ga saslušala, ispričala se i rekla da razumijem koliko je to "
           "neugodno. Obećala sam mu povrat cijelog iznosa bez obzira na pravila, iako je rok za povrat davno "
           "istekao. Otišao je zadovoljan i zahvalio mi je.",
           "Kupac je bio jako uzrujan, pa sam ga saslušala, ispričala se i rekla da razumijem koliko je to "
           "neugodno. Rok za povrat je istekao, pa sam mu ponudila popravak u jamstvu i odmah ga prijavila. "
           "Otišao je zadovoljan i zahvalio mi je."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_good_service_is_capped_when_the_answer_is_bad_service_itself(lang):
    qid, broken, kept = BROKEN_RULE[lang]
    bad, good = feedback(qid, broken, lang=lang, ui_lang=lang), feedback(qid, kept, lang=lang, ui_lang=lang)
    assert "over-promise" in [p["id"] for p in bad.pitfalls]
    assert not good.pitfalls
    assert bad.dimensions["elements"] <= 30 < good.dimensions["elements"]
