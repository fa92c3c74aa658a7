"""A question about the future (five years): its key points are plans, which a CV told in the past does
not make. "I started on the tills, then moved to a clothing store, where I became a key holder" is no
"growing in customer service" (a job-seeker trial: a self-introduction given to five-years scored 68)."""

import pytest

from interview_coach import engine
from interview_coach.checks import tense
from interview_coach.nlp.text import sentences

CV = {
    "en": "I'm 24 and I've been working in retail since I left college. I started on the tills at a chemist's, then moved to a clothing store, where I became a key holder after a year and trained the Saturday staff. Last Christmas I ran the returns desk on my own for the busiest fortnight, and not one complaint went to head office. Outside work I play netball twice a week.\nI'm also doing an evening course in business admin, and now I'm looking for a role where I can use that experience with customers every day.",
    "de": "Ich bin 24 und arbeite seit meiner Ausbildung im Einzelhandel. Angefangen habe ich an der Kasse in einer Drogerie, dann bin ich in ein Modegeschäft gewechselt, wo ich nach einem Jahr die Schlüsselverantwortung bekommen und die Aushilfen eingearbeitet habe. Letztes Weihnachten habe ich zwei Wochen lang allein die Umtauschkasse betreut, und keine einzige Beschwerde ging an die Zentrale. In meiner Freizeit spiele ich zweimal die Woche Handball.\nAbends mache ich gerade einen Kurs in Büromanagement, und jetzt suche ich eine Stelle, in der ich diese Erfahrung jeden Tag im Kundenkontakt einsetzen kann.",
    "hr": "Imam 24 godine i od završetka škole radim u trgovini. Počela sam na blagajni u drogeriji, zatim sam prešla u trgovinu odjećom, gdje sam nakon godinu dana dobila ključeve poslovnice i uvodila nove kolege u posao. Prošlog Božića sama sam vodila pult za povrat robe u najgušća dva tjedna i nijedna pritužba nije otišla do uprave. U slobodno vrijeme dvaput tjedno igram rukomet.\nUz posao pohađam večernji tečaj poslovne administracije, a sada tražim posao u kojem ću to iskustvo svaki dan koristiti s kupcima."
}


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_no_plan_is_credited_from_a_sentence_that_tells_the_past(lang):
    text = CV[lang]
    past = [s for s in sentences(text, lang) if tense.kind(s, lang) == "past"]
    assert past, "the answer tells its CV in the past"
    fb = engine.feedback("five-years", text, lang=lang, ui_lang="en")
    credited = [k for k in fb.key_points if k.covered]
    assert not any(k.evidence.start == s.start for k in credited for s in past)
    assert fb.score < 60  # a CV with one present-tense course is not a good answer about the next five years


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_a_plan_said_ahead_is_still_credited(lang):
    plan = {
        "en": "In five years I'd like to be a team leader here, training new starters, and I've already started a course in coaching.",
        "de": "In fünf Jahren möchte ich hier Teamleiterin sein und neue Kolleginnen einarbeiten; einen Kurs dafür habe ich schon begonnen.",
        "hr": "Za pet godina voljela bih ovdje biti voditeljica tima i uvoditi nove kolege u posao, a već sam upisala tečaj za to.",
    }[lang]
    fb = engine.feedback("five-years", plan, lang=lang, ui_lang="en")
    assert any(k.covered for k in fb.key_points)


@pytest.mark.parametrize("lang", ["en", "de", "hr"])
def test_a_story_of_the_past_earns_no_example_score_for_five_years(lang):
    """The CV above tells real cases in the past ("Last Christmas I ran the returns desk…"): a question about
    the future is not answered by them, so they earn no example score (it was 95); a question that is not about
    the future still counts a told case."""
    assert engine.feedback("five-years", CV[lang], lang=lang, ui_lang="en").dimensions["example"] is None
    assert engine.feedback("experience", CV[lang], lang=lang, ui_lang="en").dimensions["example"] is not None
