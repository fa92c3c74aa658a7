"""Key points and elements of service named inside a sentence read as part of it: a small first
letter (German nouns and the polite "Sie"/"Ihre" keep their capital) and no second colon."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.i18n.labels import in_sentence


@pytest.mark.parametrize("label,lang,shown", [
    ("Eine konkrete Lösung anbieten", "de", "eine konkrete Lösung anbieten"),
    ("Anbieten, was geht: Umtausch, Gutschein", "de", "anbieten, was geht – Umtausch, Gutschein"),
    ("Klare Kommunikation", "de", "klare Kommunikation"),
    ("Offenheit für das Gesamtpaket", "de", "Offenheit für das Gesamtpaket"),
    ("Ihre Lernmethode: Schulung, Notizen", "de", "Ihre Lernmethode – Schulung, Notizen"),
    ("Sie arbeiten gern mit Menschen", "de", "Sie arbeiten gern mit Menschen"),
    ("Einen Weg anbieten: Die Kundin ruft selbst an", "de", "einen Weg anbieten – die Kundin ruft selbst an"),
    ("Stav", "hr", "stav"),
    ("Ponuditi konkretno rješenje", "hr", "ponuditi konkretno rješenje"),
    ("A real weakness, said plainly", "en", "a real weakness, said plainly"),
    ("STAR story", "en", "STAR story"),
])
def test_a_label_inside_a_sentence(label, lang, shown):
    assert in_sentence(label, lang) == shown


# a refund answer that leaves out what the customer can be offered instead
ANSWERS = {"hr": "Kupcu kažem da povrat novca nije moguć jer su prošla dva tjedna.",
           "de": "Ich sage dem Kunden, dass eine Erstattung nach zwei Wochen nicht möglich ist.",
           "en": "I tell the customer that a refund is not possible after two weeks."}
ADD = {"hr": "Poslodavac ovdje želi čuti i ovo: „", "de": "Darauf achten Interviewer hier auch: „",
       "en": "The interviewer also listens for: “"}


@pytest.mark.parametrize("lang", sorted(ANSWERS))
def test_the_key_points_tip_names_each_point_as_a_quoted_item(lang):
    """Labels are phrased in several ways ("Raise it calmly", "A real stressful moment"): after a colon
    they read as a checklist gone wrong (job-seeker trials 16-18), quoted they read as the list's items."""
    fb = feedback("refund-policy", ANSWERS[lang], lang=lang, ui_lang=lang)
    tip = next(a["message"] for a in fb.advice if a["code"] == "key-points")
    assert tip.startswith(ADD[lang]), tip
    rest = tip[len(ADD[lang]):]
    assert ":" not in rest, tip
    assert rest[:1].isupper() and rest.endswith(("“.", "”.")), tip


@pytest.mark.parametrize("label,lang,shown", [
    ("Ein Beweggrund jenseits von Geld oder „irgendeinem Job“", "de", "„Ein Beweggrund jenseits von Geld oder ‚irgendeinem Job‘“"),
    ("Motiv izvan novca ili „bilo kakvog posla”", "hr", "„Motiv izvan novca ili ‚bilo kakvog posla’”"),
    ("A motive beyond money or “any job”", "en", "“A motive beyond money or ‘any job’”"),
    ("Raise it calmly: in private", "en", "“Raise it calmly – in private”"),
])
def test_a_quoted_key_point_holds_its_own_quotation_in_single_marks(label, lang, shown):
    from interview_coach.i18n.labels import as_item

    assert as_item(label, lang) == shown
