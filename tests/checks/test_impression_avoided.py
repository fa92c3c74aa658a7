"""What the applicant wants others not to think is no pitfall committed (``reported.averted``,
``rules/<lang>/averted.txt``): "…so nobody thinks I'm ignoring them" names the impression avoided. A pitfall said
after a turn of the sentence still commits. Answers written for these tests, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine

AVOIDED = [
    ("hr", "Kad je gužva, prvo pozdravim one koji čekaju i kažem im da će odmah doći na red. Važno mi je da kupac koji "
           "čeka ne misli da ga ignoriram. Zatim završim s kupcem kojeg uslužujem i krenem redom."),
    ("de", "Wenn viel los ist, begrüße ich zuerst die Wartenden und sage ihnen, dass ich gleich für sie da bin. Mir ist "
           "wichtig, dass niemand dasteht und denkt, ich ignoriere ihn. Dann mache ich mit dem Kunden weiter, den ich "
           "gerade bediene, und nehme die anderen der Reihe nach dran."),
    ("en", "When it gets busy, I first greet the people waiting and tell them I'll be with them shortly. It matters to "
           "me that nobody waits and thinks I'm ignoring them. Then I finish with the customer I'm serving and take "
           "the others in turn."),
]

TURNED = [
    ("hr", "Kad je gužva, kupcima koji čekaju kimnem da ne misle da su zaboravljeni, ali neka pričekaju svoj red, ja "
           "radim svojim tempom."),
    ("de", "Wenn viel los ist, nicke ich den Wartenden zu, damit sie nicht denken, ich hätte sie vergessen, aber die "
           "müssen halt warten, ich arbeite in meinem Tempo."),
    ("en", "When it is busy I nod at the people waiting so they don't feel forgotten, but they will have to wait, I "
           "work at my own pace."),
]


@pytest.mark.parametrize("lang,answer", AVOIDED, ids=[c[0] for c in AVOIDED])
def test_the_impression_avoided_is_no_pitfall(lang, answer):
    assert not engine.feedback("multiple-customers", answer, lang=lang).pitfalls


@pytest.mark.parametrize("lang,answer", TURNED, ids=[c[0] for c in TURNED])
def test_a_pitfall_after_a_turn_of_the_sentence_still_commits(lang, answer):
    found = [p["id"] for p in engine.feedback("multiple-customers", answer, lang=lang).pitfalls]
    assert found == ["rush-or-ignore"]


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_frames_spare_only_the_words_just_after_them(lang):
    from interview_coach.checks.reported import averted
    from interview_coach.nlp.text import sentences

    text = dict(AVOIDED)[lang]
    s = next(s for s in sentences(text, lang) if any(w in s.text for w in ("ignoriram", "ignoriere", "ignoring")))
    cue = next(s.text.find(w) for w in ("ignoriram", "ignoriere", "ignoring") if w in s.text)
    assert averted(s, (s.start + cue, s.start + cue + 8), lang)
    assert not averted(s, (s.start, s.start + 3), lang)  # the sentence's first words come before any frame
