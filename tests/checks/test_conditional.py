"""A pitfall cue in the applicant's "if" clause, said as the cause of something that comes back or gets
worse, commits nothing; the same cue with a good outcome, or with the applicant's own reaction after the
"if", or with no "if", commits the pitfall (set L dev: "ako korisnika prekinem…, nazvat će ponovno")."""

from __future__ import annotations

import pytest

from interview_coach.checks import pitfalls, switch
from interview_coach.nlp.text import sentences

CASES = {  # (a cause that backfires, a good outcome, the cue said plainly)
    "hr": ("Ako korisnika prekinem u pola rečenice, nazvat će ponovno i red će biti još dulji.",
           "Ako korisnika prekinem u pola rečenice, smirit će se.",
           "Korisnika prekinem u pola rečenice i kažem mu da nije u pravu."),
    "de": ("Wenn ich dem Kunden sage, dass er im Unrecht ist, ruft er morgen wieder an.",
           "Wenn ich dem Kunden sage, dass er im Unrecht ist, ist die Sache erledigt.",
           "Ich sage dem Kunden, dass er im Unrecht ist."),
    "en": ("If I show him where he went wrong, he'll only get angrier and ring back tomorrow.",
           "If I show him where he went wrong, he calms down.",
           "I'd show him exactly where he went wrong."),
}


def commits(text: str, lang: str) -> bool:
    p = pitfalls.by_id(lang)["confront-customer"]
    return bool(pitfalls.run(sentences(text, lang), text, lang, [p], switch(())))


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_cue_said_as_the_cause_of_a_worse_outcome_commits_nothing(lang):
    backfires, good, plain = CASES[lang]
    assert not commits(backfires, lang)
    assert commits(good, lang), "a good outcome makes it a method"
    assert commits(plain, lang)
