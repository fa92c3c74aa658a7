"""Single words of another language sprinkled into an answer's own sentences are a switch of language
(register.mixed_language), as graders read them: "basically koji je njegov use case", "Honestly, većina
ljudi…"; the loanwords a language uses ("roaming", "online", "Feedback") and names are not (graded dev hr-h-027:
87 for a graded 50)."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.checks.register import foreign_words, sprinkled
from interview_coach.nlp.text import sentences

SPRINKLED = {
    "hr": "Prvo bih ga pitala kako koristi mobitel, basically koji je njegov use case. Honestly, većina ljudi uzme "
          "preskupu tarifu, pa bih mu na kraju dala kratki summary da ne ode confused.",
    "de": "Zuerst frage ich, wie er das Handy nutzt, basically was er wirklich braucht. Honestly, die meisten nehmen "
          "den teuersten Tarif, also gebe ich am Ende eine kurze Zusammenfassung, damit er nicht confused geht.",
    "en": "First I'd ask how he uses his phone, also was er wirklich braucht. Ehrlich gesagt most people take the "
          "dearest plan, so at the end I'd give him a short summary so he doesn't leave verwirrt.",
}
LOANS = {  # the language's own loanwords and names: no switch
    "hr": "Prvo bih provjerila roaming i online račun, pa bih mu u chatu poslala link na tarifu. Za Black Friday "
          "imamo i bonus na laptop.",
    "de": "Zuerst prüfe ich im Online-Konto das Roaming und schicke ihm per Mail den Link zum Tarif. Zum Black Friday "
          "gibt es auch Feedback von Kunden und ein Team-Meeting.",
    "en": "First I'd check his roaming and online account, then send him the link to the plan. Over Black Friday "
          "we also had a latte and a pretzel in the break room at the Kindergarten Street branch.",
}


@pytest.mark.parametrize("lang", sorted(SPRINKLED))
def test_words_of_another_language_sprinkled_in_are_a_switch(lang):
    assert sprinkled(sentences(SPRINKLED[lang], lang), lang)
    fb = feedback(None, SPRINKLED[lang], lang=lang, ui_lang=lang, question_text={
        "hr": "Kako biste kupcu objasnili razliku između dviju tarifa?",
        "de": "Wie würden Sie einem Kunden den Unterschied zwischen zwei Tarifen erklären?",
        "en": "How would you explain the difference between two plans to a customer?"}[lang])
    assert "register.mixed_language" in [f.id for f in fb.findings]


@pytest.mark.parametrize("lang", sorted(LOANS))
def test_loanwords_and_names_are_no_switch(lang):
    assert not foreign_words(sentences(LOANS[lang], lang), lang)


@pytest.mark.parametrize("lang", sorted(SPRINKLED))
def test_two_different_foreign_words_are_too_few(lang):
    found = foreign_words(sentences(SPRINKLED[lang], lang), lang)
    first_two = {w.lower() for w, _ in found[:2]}
    text = " ".join(w for w, _ in found[:2])
    assert len(first_two) == 2 and not sprinkled(sentences(f"{LOANS[lang]} {text}.", lang), lang)
