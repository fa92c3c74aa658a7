"""`company analyze` finds a company's values and service promises as whole phrases, in hr, de and en:
the phrase as the text says it (an adjective with its noun), a negation kept ("no hidden fees"), no
piece of a set expression ("prvom mjestu") and no verb fragment ("nudimo svježe") among the keywords."""

from __future__ import annotations

import pytest

from interview_coach.company import analyze

TEXTS = {
    "hr": ("Pekara Zlatno zrno obiteljska je tvrtka s osam prodavaonica u Osijeku. Kupci su nam na prvom mjestu: "
           "topli kruh svako jutro, ljubazna posluga i poštene cijene. Nudimo svježe domaće peciva od brašna "
           "lokalnih mlinova. Obećavamo kratko čekanje i bez skrivenih troškova za dostavu."),
    "de": ("Die Gärtnerei Lindner ist ein Familienbetrieb am Stadtrand von Linz. Bei uns stehen Sie im Mittelpunkt: "
           "ehrliche Beratung, gesunde Pflanzen und faire Preise. Wir bieten saisonale Blumen aus eigener Zucht. "
           "Wir versprechen keine versteckten Kosten bei der Lieferung."),
    "en": ("Brightside Opticians has served families in Leeds since 1987. We put our patients first: unhurried "
           "eye tests, honest advice and fair prices. We offer frames for every budget. We promise no hidden "
           "charges and a free adjustment whenever you need one."),
}
WANTED = {
    "hr": ["ljubazna posluga", "poštene cijene", "bez skrivenih troškova za dostavu"],
    "de": ["ehrliche Beratung", "gesunde Pflanzen", "faire Preise", "keine versteckten Kosten bei der Lieferung"],
    "en": ["honest advice", "fair prices", "no hidden charges"],
}
NOT_KEYWORDS = {"hr": ["prvom mjestu", "mjestu", "nudimo svježe", "nudimo"], "de": ["bieten"], "en": []}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_values_are_whole_phrases_with_their_negation(lang):
    profile = analyze(TEXTS[lang])
    assert profile.language == lang
    for value in WANTED[lang]:
        assert value in profile.values, (value, profile.values)
    for value in profile.values:
        assert not any(ch.isdigit() for ch in value)
        assert not any(name in value.lower() for name in ("zlatno", "osijek", "lindner", "linz", "brightside", "leeds"))


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_keywords_are_no_sentence_pieces(lang):
    terms = [k.term.lower() for k in analyze(TEXTS[lang]).keywords]
    assert terms
    for piece in NOT_KEYWORDS[lang]:
        assert not any(piece == t or t.startswith(piece + " ") for t in terms), (piece, terms)
    negated = {"hr": "skrivenih troškova", "de": "versteckten kosten", "en": "hidden charges"}[lang]
    assert not any(t.startswith(negated) for t in terms), terms  # a promise never turned into its opposite
    assert len(terms) == len(set(terms)), terms


def test_a_negated_promise_is_one_keyword_not_two():
    text = ("Pekara Zlatno zrno obiteljska je tvrtka s osam prodavaonica u Osijeku. Kupci su nam na prvom mjestu: "
            "topli kruh svako jutro, ljubazna posluga i poštene cijene. Obećavamo kratko čekanje i bez skrivenih "
            "troškova za dostavu.")
    terms = [k.term for k in analyze(text, name="Zlatno zrno").keywords]
    assert terms.count("bez skrivenih troškova") <= 1, terms


ANNOUNCED = {  # values after "we live by … :" and promises after "we guarantee", in each language
    "en": ("Northgate Pharmacy has served Bristol since 1990. We live by three values: respect for every customer, "
           "honesty in everything we do and care for our community. We guarantee a friendly welcome at every counter.",
           ["respect for every customer", "care for our community", "friendly welcome at every counter"]),
    "de": ("Die Apotheke am Markt gibt es seit 1990 in Graz. Wir garantieren eine freundliche Begrüßung an jedem "
           "Schalter und kurze Wartezeiten.", ["freundliche Begrüßung an jedem Schalter", "kurze Wartezeiten"]),
    "hr": ("Ljekarna Centar radi u Zadru od 1990. Kupcima jamčimo ljubaznu uslugu i brzu naplatu na blagajnama.",
           ["ljubaznu uslugu", "brzu naplatu na blagajnama"]),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_values_announced_by_a_list_or_a_guarantee_are_found_without_the_announcement(lang):
    text, wanted = ANNOUNCED[lang]
    values = analyze(text).values
    for value in wanted:
        assert value in values, (value, values)
    assert not any("values" in v or "three" in v for v in values), values  # "three values:" only announces them
    terms = [k.term.lower() for k in analyze(text).keywords]
    assert not {"live", "garantieren", "jamčimo"} & set(terms), terms  # the announcing verb is no keyword


CONDITIONAL = {  # a promise told as a condition and what the company then does: one value, not its pieces
    "en": ("Greenleaf Market runs four grocery stores. Our promise: if something isn't right, we'll put it right, "
           "no questions asked.", "if something isn't right, we'll put it right, no questions asked"),
    "de": ("Frischmarkt am Eck verkauft Obst und Gemüse. Unser Versprechen: Wenn etwas nicht passt, tauschen wir es "
           "ohne Wenn und Aber um.", "Wenn etwas nicht passt, tauschen wir es ohne Wenn und Aber um"),
    "hr": ("Trgovina Kod Ane prodaje domaće proizvode. Naše obećanje: ako nešto nije u redu, riješit ćemo to odmah "
           "i bez pitanja.", "ako nešto nije u redu, riješit ćemo to odmah i bez pitanja"),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_conditional_promise_is_one_value(lang):
    text, promise = CONDITIONAL[lang]
    values = analyze(text).values
    assert promise in values, values
    assert len([v for v in values if v in promise]) == 1, values  # no piece of it as a value of its own


ENCLOSED = {  # the values stand inside the cue ("uns sind … wichtig") or before it ("… matter to us")
    "en": ("Corner Bakery sells bread and cakes. Honesty and a warm welcome matter to us.", ["honesty", "warm welcome"]),
    "de": ("Bäckerei am Eck verkauft Brot und Kuchen. Uns sind Ehrlichkeit und Freundlichkeit wichtig.",
           ["Ehrlichkeit", "Freundlichkeit"]),
    "hr": ("Pekara na uglu prodaje kruh i kolače. Nama je ljubazna usluga važna.", ["ljubazna usluga"]),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_values_inside_or_before_the_cue_are_found(lang):
    text, wanted = ENCLOSED[lang]
    values = analyze(text).values
    for value in wanted:
        assert value in values, (value, values)
    assert not any("wichtig" in v or "važn" in v or "matter" in v for v in values), values


# promises set out as a list under a heading, or as a slogan in quotes after the cue (a job-seeker trial: a
# list under "Naše obećanje kupcima:" gave no value at all, so an answer that quoted one was told to add them)
LISTED = {
    "en": ("Harbour Mobile is a phone and broadband provider in Plymouth.\n\nOur service promise\n"
           "- Sorted first time. We would rather spend ten more minutes on a call.\n"
           "- Real people, no scripts.\n- We call back when we say we will.\n\nWe promote from within.",
           ["sorted first time", "real people, no scripts", "we call back when we say we will"]),
    "de": ("Die NordNetz Telekom versorgt Schleswig-Holstein mit Glasfaser.\n\nUnser Versprechen: „Ehrlich beraten. "
           "Schnell vor Ort. Immer erreichbar.“ In unseren Shops beraten wir persönlich.",
           ["Ehrlich beraten", "Schnell vor Ort", "Immer erreichbar"]),
    "hr": ("Majstor Kvart ima četrnaest malih trgovina za dom.\n\nNaše obećanje kupcima:\n"
           "– Savjet prije prodaje. Prvo pitamo što popravljate.\n"
           "– Kupac odlazi s rješenjem, a ne samo s vrećicom.\n– Stalne kupce znamo po imenu.\n\n"
           "U naš tim tražimo ljude koji vole popravljati stvari.",
           ["savjet prije prodaje", "kupac odlazi s rješenjem, a ne samo s vrećicom", "stalne kupce znamo po imenu"]),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_promises_in_a_list_or_a_quoted_slogan_are_each_one_value(lang):
    text, wanted = LISTED[lang]
    values = analyze(text, lang=lang).values
    for value in wanted:
        assert value in values, (value, values)
    assert not any(v.lower().startswith(("prvo pitamo", "we would rather", "in unseren")) for v in values), values


DENIED = {  # what the company says it is not is no word of its own to take up
    "en": ("Corner Tools has fourteen small shops in Leeds. We are not a big warehouse on the ring road: you can walk "
           "to us, and we give advice before we sell.", "big warehouse"),
    "de": ("Werkzeug Ecke hat vierzehn kleine Läden in Graz. Wir sind kein riesiges Lagerhaus an der Umfahrung: zu "
           "uns kommt man zu Fuß, und wir beraten, bevor wir verkaufen.", "riesiges Lagerhaus"),
    "hr": ("Majstor Kvart ima četrnaest malih trgovina u Zagrebu. Nismo veliki centar na rubu grada: do nas se dođe "
           "pješice, a savjetujemo prije nego što prodamo.", "veliki centar"),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_what_the_company_says_it_is_not_is_no_keyword(lang):
    text, denied = DENIED[lang]
    terms = [k.term.lower() for k in analyze(text, lang=lang).keywords]
    # kept only with its negation ("kein riesiges Lagerhaus", as "no hidden fees"), never as what the company is
    assert not any(denied.lower() in t and not t.startswith(("kein", "not ", "no ", "ne ", "nis")) for t in terms), terms


SLOGANS = {  # a quoted slogan with its full stop, places joined by "and", a word in an inflected form
    "de": ("Seit 1987 verkaufen und reparieren wir Fahrräder, heute in sechs Filialen zwischen Hamburg und Lüneburg. "
           "Unser Versprechen: „Ehrlich beraten, sauber reparieren.“ Probefahrten sind bei uns immer kostenlos.",
           ("hamburg", "lüneburg")),
    "hr": ("Vrh Sport je hrvatski lanac trgovina opremom za planinarenje i skijanje, između Zagreba i Splita. "
           "Naš moto je „Savjetuju ljudi koji i sami hodaju.” Servis bicikla prvu godinu je besplatan.",
           ("zagreba", "splita")),
    "en": ("Hollis Hardware runs fourteen stores between Leicester and Derby. Our promise: \"Show, don't sell.\" "
           "Every Saturday our free workshops teach customers how to tile and paint.", ("leicester", "derby")),
}


@pytest.mark.parametrize("lang", sorted(SLOGANS))
def test_keywords_carry_no_punctuation_and_no_places(lang):
    text, places = SLOGANS[lang]
    terms = [k.term for k in analyze(text, lang=lang).keywords]
    assert terms
    assert not any(t[-1:] in ".,;:!?“”„\"" or t[:1] in "„“\"" for t in terms), terms
    assert not any(p in t.lower().split() for p in places for t in terms), terms


def test_a_croatian_one_word_keyword_is_shown_in_its_base_form():
    terms = [k.term for k in analyze(SLOGANS["hr"][0], lang="hr").keywords]
    assert "oprema" in terms and "opremom" not in terms


UNITS_AND_PRONOUNS = {  # a slogan that ends on the customer's pronoun, amounts of goods: no keyword of the company
    "de": ("Unser Versprechen: „Wir nehmen uns Zeit für Sie.“ Wir beraten ehrlich: lieber 50 Gramm, die Ihnen "
           "schmecken, als ein Kilo, das im Schrank steht. Nachfüllen in die eigene Dose gibt Rabatt.",
           ("sie", "gramm", "kilo")),
    "hr": ("Naše obećanje: „Imamo vremena za vas.” Radije prodamo sto grama koje vam se sviđa nego kilo koje stoji "
           "u ormaru. Punjenje u vlastitu posudu donosi popust.", ("vas", "grama", "kilo")),
    "en": ("Our promise: \"We make time for you.\" We'd rather sell you fifty grams you love than a kilo that sits "
           "in the cupboard. Refilling your own tin earns a discount.", ("you", "grams", "kilo")),
}


@pytest.mark.parametrize("lang", sorted(UNITS_AND_PRONOUNS))
def test_no_pronoun_of_a_slogan_and_no_unit_is_a_keyword(lang):
    text, words = UNITS_AND_PRONOUNS[lang]
    terms = [k.term.lower() for k in analyze(text, lang=lang).keywords]
    assert terms
    assert not any(w in t.split() for w in words for t in terms), terms


ASIDES_AND_CONTRASTS = {  # a value with an aside in brackets, a promise told as a condition, what the company is not
    "de": ("Unsere Werte: Ehrlichkeit (auch wenn es unbequem ist), Fachberatung auf Augenhöhe und Verlässlichkeit. "
           "Bei uns bekommen Sie ehrliche Beratung statt schneller Verkäufe. "
           "Unser Versprechen: Geht etwas schief, finden wir gemeinsam eine Lösung.",
           "Ehrlichkeit", "Geht etwas schief, finden wir gemeinsam eine Lösung", "Verkäufe"),
    "hr": ("Naše vrijednosti: iskrenost (čak i kad nije ugodna), strpljivo savjetovanje i pouzdanost. "
           "Kod nas dobivate iskren savjet umjesto brze prodaje. "
           "Naše obećanje: ako nešto pođe po zlu, zajedno ćemo pronaći rješenje.",
           "iskrenost", "ako nešto pođe po zlu, zajedno ćemo pronaći rješenje", "prodaj"),
    "en": ("Our values: honesty (even when it is not what you want to hear), patient advice and reliability. "
           "You get honest advice rather than quick sales. "
           "Our promise: should anything go wrong, we will find a solution together.",
           "honesty", "should anything go wrong, we will find a solution together", "sales"),
}


@pytest.mark.parametrize("lang", sorted(ASIDES_AND_CONTRASTS))
def test_an_aside_is_dropped_a_condition_kept_whole_and_what_the_company_is_not_is_no_keyword(lang):
    text, value, promise, opposite = ASIDES_AND_CONTRASTS[lang]
    profile = analyze(text, lang=lang)
    assert value in profile.values and promise in profile.values, profile.values
    assert not any(len(v.split()) == 1 and v != value and v.lower() in ("ugodna", "unbequem", "čak") for v in profile.values)
    assert not any(opposite.lower() in k.term.lower() for k in profile.keywords), [k.term for k in profile.keywords]
    assert not any(w in ("čak", "wrong", "zlo", "radi") for k in profile.keywords for w in k.term.lower().split())


SLOGAN_AFTER_A_WORD = {  # "Our promise is simple: "…"": the slogan is the promise, its first word no name
    "de": ("Der Eisenwarenladen Brandl ist ein Familienbetrieb. Unser Versprechen ist einfach: „Fragen Sie uns alles – "
           "was wir nicht wissen, finden wir heraus.“ Wir glauben an ehrliche Beratung.",
           "Fragen Sie uns alles – was wir nicht wissen, finden wir heraus", "einfach"),
    "hr": ("Željezarija Brandl obiteljska je tvrtka. Naše obećanje je jednostavno: „Pitajte nas bilo što – što ne znamo, "
           "saznat ćemo.” Vjerujemo u iskren savjet.", "pitajte nas bilo što – što ne znamo, saznat ćemo", "jednostavno"),
    "en": ("Brandl Hardware is a family business. Our promise is simple: \"Ask us anything - we will find out if we do not "
           "know.\" We believe in honest advice.", "ask us anything - we will find out if we do not know", "simple"),
}


@pytest.mark.parametrize("lang", sorted(SLOGAN_AFTER_A_WORD))
def test_a_quoted_slogan_after_a_word_or_two_is_one_promise(lang):
    text, slogan, filler = SLOGAN_AFTER_A_WORD[lang]
    profile = analyze(text, lang=lang)
    assert slogan in profile.values, profile.values
    assert filler not in [k.term.lower() for k in profile.keywords]


LISTED_VALUES = {  # a list of named values, each explained; the explanation of one runs long and says "we promise"
    "en": ("Our values:\n- Own it: we follow up without being chased.\n- Every customer is a neighbour: we treat people "
           "the way we would treat the family next door, if we promise something.\n", "every customer is a neighbour",
           "something"),
    "de": ("Unsere Werte:\n- Dranbleiben: Wir melden uns, ohne dass man uns erinnern muss.\n- Jeder Kunde ist ein Nachbar: "
           "Wir behandeln alle so, wie wir die Familie nebenan behandeln würden, wenn wir etwas versprechen.\n",
           "Jeder Kunde ist ein Nachbar", "etwas"),
    "hr": ("Naše vrijednosti:\n- Preuzmi odgovornost: javljamo se bez podsjećanja.\n- Svaki kupac je susjed: prema svima "
           "se odnosimo kao prema obitelji iz susjedstva, ako vam nešto obećamo.\n", "svaki kupac je susjed", "nešto"),
}


@pytest.mark.parametrize("lang", sorted(LISTED_VALUES))
def test_a_long_listed_value_is_named_and_its_own_words_are_no_second_value(lang):
    text, name, piece = LISTED_VALUES[lang]
    values = analyze(text, lang=lang).values
    assert name in values, values
    assert piece not in values, values


# trial round 18: values named one a sentence after "Our values:", the first explained after a dash, and a list
# whose items explain themselves after a colon; each is the value's name, not its explanation or a contrast in it
NAMED = {
    "en": ("We're a family-run chain of bike shops across the North West. Our values: Ride first - we advise on the "
           "bike you'll actually ride, not the most expensive one. Honest advice, always. And we look after our "
           "riders long after the sale.\n\nWhat we promise:\n- Fair repairs: we quote before we start.\n"
           "- Quick help: most punctures are fixed the same day.\n",
           ["ride first", "honest advice, always", "we look after our riders long after the sale", "fair repairs",
            "quick help"], ["not the most expensive"]),
    "de": ("Wir sind ein Familienbetrieb mit Fahrradläden im ganzen Norden. Unsere Werte: Erst fahren - wir beraten zu "
           "dem Rad, das Sie wirklich fahren, nicht zum teuersten. Ehrliche Beratung, immer. Und wir kümmern uns um "
           "unsere Kunden auch lange nach dem Kauf.\n\nUnser Versprechen:\n- Faire Reparaturen: Wir nennen den Preis "
           "vorher.\n- Schnelle Hilfe: Die meisten Platten flicken wir am selben Tag.\n",
           ["Erst fahren", "Ehrliche Beratung, immer", "wir kümmern uns um unsere Kunden auch lange nach dem Kauf",
            "Faire Reparaturen", "Schnelle Hilfe"], ["nicht zum teuersten"]),
    "hr": ("Obiteljska smo tvrtka s trgovinama bicikala po cijelom sjeveru. Naše vrijednosti: Prvo vožnja - savjetujemo "
           "bicikl koji ćete stvarno voziti, a ne najskuplji. Iskren savjet, uvijek. I brinemo se o kupcima dugo "
           "nakon kupnje.\n\nNaše obećanje:\n- Poštene popravke: cijenu kažemo unaprijed.\n- Brza pomoć: većinu "
           "probušenih guma popravimo isti dan.\n",
           ["prvo vožnja", "iskren savjet, uvijek", "brinemo se o kupcima dugo nakon kupnje", "poštene popravke",
            "brza pomoć"], ["a ne najskuplji"]),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_values_named_one_a_sentence_or_explained_after_a_dash_or_colon_are_kept_by_their_names(lang):
    text, wanted, unwanted = NAMED[lang]
    found = analyze(text).values
    for value in wanted:
        assert value in found, (value, found)
    for piece in unwanted:
        assert not any(piece in v for v in found), (piece, found)


# a value named before a colon in the sentences after "Our values:", its explanation holding a number: the
# value is its name ("fast service"), not dropped for the "48" of its explanation, nor cut to the explanation
COLON_NAMED = {
    "en": ("Northlight Cycles has been your bike shop in Leeds since 1998. Our values: Honest advice - we don't "
           "recommend the most expensive bike, but the right one. Fast service: we finish repairs within 48 hours. "
           "Test rides without an appointment, every day.",
           ["honest advice", "fast service", "test rides without an appointment, every day"]),
    "de": ("Fahrrad Nordlicht ist seit 1998 Ihr Fahrradhändler in Husum. Unsere Werte: Ehrliche Beratung – wir "
           "empfehlen nicht das teuerste Rad, sondern das passende. Schneller Service: Reparaturen erledigen wir "
           "innerhalb von 48 Stunden. Probefahrt ohne Termin, jeden Tag.",
           ["Ehrliche Beratung", "Schneller Service", "Probefahrt ohne Termin, jeden Tag"]),
    "hr": ("Bicikli Sjever od 1998. vaša je trgovina biciklima u Varaždinu. Naše vrijednosti: Iskreni savjet – ne "
           "preporučujemo najskuplji bicikl, nego onaj pravi. Brzi servis: popravke završavamo u roku od 48 sati. "
           "Probna vožnja bez najave, svaki dan.",
           ["iskreni savjet", "brzi servis", "probna vožnja bez najave, svaki dan"]),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_value_named_before_a_colon_after_our_values_is_kept_by_its_name(lang):
    text, wanted = COLON_NAMED[lang]
    found = analyze(text).values
    assert found == wanted


# promises said as "we" of what the company does for its customers, with no value cue (a job seeker's trial: an
# "About us" page said in such sentences gave "call" as its only value)
STATED = {
    "en": ("BrightLine is a call centre in Leeds. We speak to customers as people, not ticket numbers. We tell "
           "customers the truth, even when it is not what they hoped to hear. BrightLine now employs 400 people.",
           ["speak to customers as people, not ticket numbers", "tell customers the truth"]),
    "de": ("Die Gartenwelt Huber ist ein Gartencenter in Rosenheim. Bei uns bekommen Sie ehrliche Beratung – wir "
           "empfehlen nur, was in Ihrem Garten auch wirklich wächst. Wir wurden 1987 gegründet.",
           ["empfehlen nur, was in Ihrem Garten auch wirklich wächst"]),
    "hr": ("Ljekarna Zdravlje+ nalazi se u Osijeku. Svakom pacijentu posvećujemo vrijeme i dajemo savjet prilagođen "
           "njegovim potrebama. Osnovani smo 2004. godine.",
           ["svakom pacijentu posvećujemo vrijeme i dajemo savjet prilagođen njegovim potrebama"]),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_what_we_do_for_customers_is_a_promise(lang):
    text, wanted = STATED[lang]
    values = analyze(text, lang=lang).values
    for value in wanted:
        assert value in values, (value, values)
    assert not any(ch.isdigit() for v in values for ch in v), values
    assert not any(v.lower().startswith(("employs", "wurden", "osnovani")) for v in values), values
