"""The textbook version of "What is customer service?": some length and not one word of the applicant's own
is generic (the grading guide's developing row: "the textbook version"); the same thoughts said as one's own
are not."""

import pytest

from interview_coach.engine import feedback

TEXTBOOK = {
    "en": ("Customer service covers all the activities a company carries out to increase customer satisfaction and "
           "to build long-term loyalty. It includes friendly advice, the handling of complaints and competent answers "
           "to enquiries. Good customer service is an important competitive advantage today, because many products "
           "hardly differ. Satisfied customers come back and recommend the company."),
    "de": ("Kundenservice umfasst alle Maßnahmen eines Unternehmens, die darauf abzielen, die Zufriedenheit der Kunden "
           "zu erhöhen und sie langfristig zu binden. Dazu gehören eine freundliche Beratung, die Bearbeitung von "
           "Reklamationen und ein kompetenter Umgang mit Anfragen. Guter Kundenservice ist heute ein wichtiger "
           "Wettbewerbsvorteil. Zufriedene Kunden kommen wieder und empfehlen das Unternehmen weiter."),
    "hr": ("Služba za korisnike obuhvaća sve aktivnosti tvrtke kojima je cilj povećati zadovoljstvo kupaca i dugoročno "
           "ih vezati uz tvrtku. To uključuje ljubazno savjetovanje, rješavanje reklamacija i stručne odgovore na "
           "upite. Dobra usluga danas je važna prednost pred konkurencijom jer se mnogi proizvodi jedva razlikuju. "
           "Zadovoljni kupci se vraćaju i preporučuju tvrtku drugima."),
}
OWN = {
    "en": ("For me customer service is making sure a customer leaves with their problem solved and feels they were "
           "listened to. In my job at the garden centre I ask what the plant is for before I recommend anything, "
           "I explain the care in plain words, and if something goes wrong I sort it out myself. That is why our "
           "regulars ask for me."),
    "de": ("Für mich heißt Kundenservice, dass jemand mit gelöstem Problem geht und sich ernst genommen fühlt. In "
           "meinem Job im Gartencenter frage ich erst, wofür die Pflanze gedacht ist, erkläre die Pflege in einfachen "
           "Worten, und wenn etwas schiefgeht, kümmere ich mich selbst darum. Deshalb fragen Stammkunden nach mir."),
    "hr": ("Za mene je usluga to da kupac ode s riješenim problemom i osjećajem da ga je netko saslušao. U vrtnom "
           "centru prvo pitam za što je biljka, objasnim njegu jednostavnim riječima, a ako nešto pođe po zlu, sama "
           "to riješim. Zato stalni kupci traže baš mene i preporučuju nas drugima."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_textbook_version_is_generic(lang):
    fb = feedback("what-is-cs", TEXTBOOK[lang], lang=lang, ui_lang="en")
    assert "generic" in [p["id"] for p in fb.pitfalls]
    assert fb.advice[0]["code"] == "pitfall:generic"
    assert 40 <= fb.score <= 55


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_same_thoughts_as_ones_own_are_not(lang):
    fb = feedback("what-is-cs", OWN[lang], lang=lang, ui_lang="en")
    assert "generic" not in [p["id"] for p in fb.pitfalls]
