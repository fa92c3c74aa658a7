"""The qualities question's "evidence that you have these qualities yourself" is the applicant's own
experience: years in a job, a volunteer role, a short story of one's own. Graded dev answers that named three
qualities with reasons and then told where they had practised them were credited by their graders, and the
engine ticked none (8 of 10). An answer that only names and explains the qualities still proves nothing.
Answers written for this test, in hr, de and en.

A bare line of the CV ("Tri godine radim na blagajni u pekarnici i tamo sam naučila sve troje") is about 2 z below
the point's wording in e5 space, so other points' gate on meaning (coverage.CUE_SUPPORT_Z) would reject its cue
words; the point is the question's ``own_record``, whose cues count in any sentence."""

from __future__ import annotations

import pytest

from interview_coach import feedback

QUALITIES = {
    "hr": "Strpljenje, točnost i smirenost. Strpljenje jer ljudi često ne znaju odmah reći što trebaju. Točnost jer "
          "kriva informacija košta kupca vremena. Smirenost jer je u gužvi lako planuti.",
    "de": "Geduld, Genauigkeit und Ruhe. Geduld, weil viele Kunden nicht sofort sagen können, was sie brauchen. "
          "Genauigkeit, weil eine falsche Auskunft den Kunden Zeit kostet. Ruhe, weil man im Trubel schnell laut wird.",
    "en": "Patience, accuracy and a calm head. Patience, because people often can't say straight away what they need. "
          "Accuracy, because wrong information costs the customer time. A calm head, because in a rush it's easy to snap.",
}
PROOF = {
    "hr": ("Prošle zime u pekarnici jedna je gospođa tri puta promijenila narudžbu torte, a ja sam joj strpljivo pomogla "
            "i na kraju je otišla zadovoljna.", "Prošle zime"),
    "de": ("Seit zwei Jahren stehe ich am Wochenende an der Kasse im Baumarkt, da lernt man alle drei schnell.", "Seit zwei"),
    "en": ("I've done three years on the checkout at a garden centre, and regulars ask for me by name.", "I've done"),
}


@pytest.mark.parametrize("lang", sorted(QUALITIES))
def test_own_experience_after_the_qualities_is_the_evidence(lang):
    proof, start = PROOF[lang]
    fb = feedback("qualities", f"{QUALITIES[lang]} {proof}", lang=lang, ui_lang=lang)
    point = {k.id: k for k in fb.key_points}["own-evidence"]
    assert point.covered and point.evidence.text.startswith(start), point


@pytest.mark.parametrize("lang", sorted(QUALITIES))
def test_qualities_named_and_explained_prove_nothing_yet(lang):
    fb = feedback("qualities", QUALITIES[lang], lang=lang, ui_lang=lang)
    assert not {k.id: k for k in fb.key_points}["own-evidence"].covered


SIDE_JOB = {
    "hr": ("Na studentskom poslu u pekari sam shvatila da se stalni kupci vraćaju zbog toga, a ne zbog kruha.",
           "Na studentskom"),
    "de": ("Das habe ich in meinem Nebenjob in der Bäckerei gemerkt: Die Stammkunden kamen wegen genau dieser Dinge.",
           "Das habe ich"),
    "en": ("I noticed that in my Saturday job at the bakery: the regulars came back for exactly those things.",
           "I noticed"),
}


@pytest.mark.parametrize("lang", sorted(QUALITIES))
def test_a_side_job_where_the_qualities_were_learnt_is_evidence(lang):
    # a helper's fresh German answer (graded 80) told its evidence as "in meinem Nebenjob … gemerkt", unticked
    proof, start = SIDE_JOB[lang]
    fb = feedback("qualities", f"{QUALITIES[lang]} {proof}", lang=lang, ui_lang=lang)
    point = {k.id: k for k in fb.key_points}["own-evidence"]
    assert point.covered and point.evidence.text.startswith(start), point


@pytest.mark.parametrize("lang,line,start", [
    ("hr", "Tri godine radim na blagajni u pekarnici i tamo sam naučila sve troje.", "Tri godine"),
    ("de", "Seit drei Jahren arbeite ich an der Kasse einer Bäckerei, da habe ich alle drei gelernt.", "Seit drei"),
    ("en", "I've worked on the till at a bakery for three years, and that's where I learnt all three.", "I've worked"),
])
def test_a_line_of_the_cv_is_evidence_whatever_it_is_about(lang, line, start):
    fb = feedback("qualities", f"{QUALITIES[lang]} {line}", lang=lang, ui_lang=lang)
    point = {k.id: k for k in fb.key_points}["own-evidence"]
    assert point.covered and point.evidence.text.startswith(start), point
