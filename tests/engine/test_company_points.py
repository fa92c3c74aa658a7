"""With a company profile, the key points that ask for the company's values or its own words are credited
from the sentence that shows them (``company_values``, ``company_terms`` in the bank): an answer that quotes
the company's promise is not told to name the company's values (a job-seeker trial)."""

import pytest

from interview_coach.company import analyze
from interview_coach.engine import feedback

from .test_company_values import LISTED

QUOTES_A_VALUE = {
    "en": ("When I read your About page, what stuck with me was that you call back when you say you will. In my "
           "last job at an energy supplier I kept my own callback list, and I haven't missed one this year. "
           "Customers noticed: two of them asked for me by name when they rang again."),
    "de": ("Auf Ihrer Website ist mir Ihr Versprechen aufgefallen: ehrlich beraten. Genau so arbeite ich seit drei "
           "Jahren im Elektronikmarkt: Ich empfehle lieber den günstigeren Tarif, wenn er reicht. Zwei Kunden "
           "haben mich deshalb schon an Freunde weiterempfohlen."),
    "hr": ("Kad sam čitala vašu stranicu, najviše mi je ostala rečenica da kupac odlazi s rješenjem, a ne samo s "
           "vrećicom. Tako radim i sada u željezariji: prvo pitam što kupac popravlja pa tek onda preporučim alat. "
           "Nekoliko stalnih kupaca sada dolazi baš k meni."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_an_answer_that_shows_a_company_value_covers_the_values_point(lang):
    text, _ = LISTED[lang]
    profile = analyze(text, lang=lang)
    with_profile = feedback("company-fit", QUOTES_A_VALUE[lang], lang=lang, ui_lang="en", company=profile)
    point = next(k for k in with_profile.key_points if k.id == "their-values")
    assert point.covered and point.evidence is not None
    assert with_profile.company["values_used"]
    assert point.evidence.start <= with_profile.company["values_used"][0]["evidence"]["start"] < point.evidence.end
    assert not any(point.label.lower()[:25] in a["message"].lower() for a in with_profile.advice)  # not asked for


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_without_a_profile_the_values_point_is_judged_by_its_own_cues(lang):
    generic = {"en": "I think I would fit in well because I like people and I work hard.",
               "de": "Ich denke, ich passe gut zu Ihnen, weil ich gern mit Menschen arbeite und fleißig bin.",
               "hr": "Mislim da bih se dobro uklopila jer volim ljude i vrijedno radim."}[lang]
    text, _ = LISTED[lang]
    fb = feedback("company-fit", generic, lang=lang, ui_lang="en", company=analyze(text, lang=lang))
    assert not next(k for k in fb.key_points if k.id == "their-values").covered  # no value shown, none credited
