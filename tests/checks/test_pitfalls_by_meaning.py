"""A confrontation with the customer, a dead end, a generic answer and an over-promise told calmly, in words no cue
lists, read by meaning
(``pitfalls.BY_MEANING``: the pitfall's read-out of ``checks/readouts.py`` with the pitfall-answer read-out as a
second reading) where no cue finds a pitfall; good answers to the same questions are not read so. Answers
written for these tests (in no training data), in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import engine
from interview_coach.checks.pitfalls import BY_MEANING

COMMITTING = [
    ("en", "customer-wrong", "confront-customer",
     "If a customer has simply misread something, I stay friendly but I don't go along with it. I show them the "
     "small print and explain what it actually says. Most of them go quiet after that.",
     "If a customer has simply misread something, I stay friendly but I don't go along with it."),
    ("de", "customer-wrong", "confront-customer",
     "Ich bin höflich, aber ich lasse dem Kunden nichts durchgehen, was nicht stimmt. Wenn er die Bedingungen nicht "
     "gelesen hat, sage ich ihm das freundlich und direkt. Dann zeige ich ihm die Stelle.",
     "Wenn er die Bedingungen nicht gelesen hat, sage ich ihm das freundlich und direkt."),
    ("hr", "customer-wrong", "confront-customer",
     "Ako je kupac nešto jednostavno krivo pročitao, ostajem ljubazna, ali mu ne povlađujem. Pokažem mu sitna slova i "
     "objasnim što tamo zapravo piše. Većina nakon toga utihne.",
     "Ako je kupac nešto jednostavno krivo pročitao, ostajem ljubazna, ali mu ne povlađujem."),
    ("en", "dont-know", "dead-end",
     "I'd be honest and say I simply don't have that information, sorry. Nobody can have all of it in their head, "
     "and customers understand that.",
     "I'd be honest and say I simply don't have that information, sorry."),
    ("de", "experience", "dead-end",
     "Im Verkauf habe ich bisher ehrlich gesagt noch gar nicht gearbeitet, da gibt es also wenig zu erzählen. Das "
     "wird sich mit der Zeit ergeben.",
     "Im Verkauf habe ich bisher ehrlich gesagt noch gar nicht gearbeitet, da gibt es also wenig zu erzählen."),
    ("hr", "products", "dead-end",
     "O vašem asortimanu se iskreno još nisam puno informirala. To će sigurno doći s vremenom.",
     "O vašem asortimanu se iskreno još nisam puno informirala."),
    ("en", "teamwork", "generic",
     "For me a team only works when everyone pulls together. I'm someone who gets on with everybody and is always "
     "happy to lend a hand wherever it's needed. That's simply how I am.",
     "I'm someone who gets on with everybody and is always happy to lend a hand wherever it's needed."),
    ("de", "teamwork", "generic",
     "Ein gutes Team lebt davon, dass jeder für den anderen da ist. Ich arbeite sehr gern im Team und bringe immer "
     "gute Laune mit. Das schätzen meine Kollegen an mir.",
     "Ich arbeite sehr gern im Team und bringe immer gute Laune mit."),
    ("hr", "teamwork", "generic",
     "Dobar tim je kad je svatko tu za drugoga. Jako volim raditi u timu i uvijek donosim dobru atmosferu. To kolege "
     "kod mene cijene.",
     "Jako volim raditi u timu i uvijek donosim dobru atmosferu."),
    ("en", "refund-policy", "over-promise",
     "If there's no receipt, I'd still take the item back, because a happy customer matters more than one rule.",
     "If there's no receipt, I'd still take the item back, because a happy customer matters more than one rule."),
    ("de", "refund-policy", "over-promise",
     "Ohne Bon gibt es normalerweise kein Geld zurück. Aber einen Kunden wegen zwanzig Euro zu verlieren, lohnt sich "
     "für den Laden nicht, also zahle ich es ihm aus.",
     "Aber einen Kunden wegen zwanzig Euro zu verlieren, lohnt sich für den Laden nicht, also zahle ich es ihm aus."),
    ("hr", "refund-policy", "over-promise",
     "Po pravilu bez računa nema povrata novca. Ali mislim da zbog dvadeset eura ne treba izgubiti kupca, pa bih mu "
     "ga vratila.",
     "Ali mislim da zbog dvadeset eura ne treba izgubiti kupca, pa bih mu ga vratila."),
]

GOOD = [
    ("en", "customer-wrong",
     "If a customer has misread an offer, I let them explain first and check the leaflet with them. I say something "
     "like 'I can see why that reads that way', then show what the offer covers. If it really doesn't apply, I look "
     "for what I can do instead, like a similar product that is on offer, so they don't leave empty-handed."),
    ("de", "customer-wrong",
     "Wenn ein Kunde ein Angebot falsch verstanden hat, lasse ich ihn erst erklären und schaue mir den Prospekt "
     "gemeinsam mit ihm an. Ich sage etwa: 'Ich verstehe, warum man das so lesen kann', und zeige dann, was das "
     "Angebot umfasst. Wenn es wirklich nicht gilt, suche ich nach einer Alternative, zum Beispiel einem ähnlichen "
     "Produkt im Angebot, damit er nicht mit leeren Händen geht."),
    ("hr", "customer-wrong",
     "Ako je kupac krivo razumio akciju, prvo ga pustim da objasni i zajedno s njim pogledam letak. Kažem nešto "
     "poput 'Razumijem zašto ste to tako shvatili' i pokažem što akcija obuhvaća. Ako se stvarno ne odnosi na "
     "taj proizvod, potražim što mogu ponuditi umjesto toga, recimo sličan proizvod koji je na akciji, da ne ode "
     "praznih ruku."),
    # near the dead end in words ("I don't have that information"), with the next step
    ("en", "dont-know",
     "I'd be honest and say I don't have that information yet, and that I'll find out. Then I'd check the knowledge "
     "base or ask a colleague, and go back to the customer with the answer, or call them back the same day if it "
     "takes longer."),
    ("de", "dont-know",
     "Ich wäre ehrlich und würde sagen, dass ich diese Information gerade nicht habe, sie aber herausfinden werde. "
     "Dann schaue ich in der Wissensdatenbank nach oder frage eine Kollegin und melde mich mit der Antwort beim "
     "Kunden, oder ich rufe ihn noch am selben Tag zurück, wenn es länger dauert."),
    ("hr", "dont-know",
     "Iskreno bih rekla da tu informaciju trenutno nemam, ali da ću je saznati. Onda bih pogledala u bazi znanja ili "
     "pitala kolegicu i vratila se kupcu s odgovorom, ili ga nazvala istog dana ako potraje duže."),
    ("de", "experience",
     "Im Verkauf habe ich bisher noch nicht gearbeitet, aber drei Jahre lang habe ich im Sportverein die Kasse beim "
     "Sommerfest gemacht und Mitglieder am Telefon beraten. Da habe ich gelernt, auch bei viel Andrang freundlich und "
     "genau zu bleiben."),
    # a story of teamwork that opens with "I like working in a team": one claim, then the proof
    ("en", "teamwork",
     "I like working in a team. Last December our stockroom was three days behind before the sale, so I suggested we "
     "split the deliveries by aisle and each take one. I took the two heaviest aisles myself and stayed an hour longer "
     "on the first evening. By Thursday everything was on the shelves and the manager kept the system for the next "
     "delivery."),
    ("de", "teamwork",
     "Ich arbeite gern im Team. Letzten Dezember war unser Lager vor dem Schlussverkauf drei Tage im Rückstand, also "
     "habe ich vorgeschlagen, die Lieferungen nach Gängen aufzuteilen und dass jeder einen übernimmt. Ich habe die zwei "
     "schwersten Gänge selbst genommen und am ersten Abend eine Stunde länger gearbeitet. Bis Donnerstag war alles "
     "eingeräumt, und die Filialleiterin hat das System für die nächste Lieferung übernommen."),
    ("hr", "teamwork",
     "Volim raditi u timu. Prošlog prosinca u skladištu smo prije rasprodaje kasnili tri dana, pa sam predložila da "
     "podijelimo robu po prolazima i da svatko preuzme jedan. Ja sam uzela dva najteža prolaza i prvu večer ostala "
     "sat vremena duže. Do četvrtka je sve bilo na policama, a voditeljica je taj sustav zadržala i za sljedeću "
     "isporuku."),
    # the rule kept, with what can be done instead
    ("en", "refund-policy",
     "I'd explain calmly that without a receipt I can't give the money back, and say I understand it's annoying. Then "
     "I'd look at what I can do: if the item is in our system, I can offer an exchange or a credit note, and if it's a "
     "bigger amount I'd ask my manager whether there's any exception. That way the customer leaves with a solution "
     "and the rules stay the same for everyone."),
    ("de", "refund-policy",
     "Ich würde ruhig erklären, dass ich ohne Kassenbon kein Geld zurückgeben kann, und sagen, dass ich den Ärger "
     "verstehe. Dann schaue ich, was möglich ist: Wenn der Artikel in unserem System ist, biete ich einen Umtausch "
     "oder einen Gutschein an, und bei einem größeren Betrag frage ich die Filialleitung, ob es eine Ausnahme gibt. "
     "So geht der Kunde mit einer Lösung nach Hause, und die Regeln gelten für alle gleich."),
    ("hr", "refund-policy",
     "Mirno bih objasnila da bez računa ne mogu vratiti novac i rekla da razumijem da je to nezgodno. Onda bih "
     "pogledala što mogu: ako je artikl u našem sustavu, ponudim zamjenu ili vaučer, a ako je veći iznos, pitam "
     "voditelja postoji li iznimka. Tako kupac ode s rješenjem, a pravila ostaju ista za sve."),
]


def _found(fb, pitfall: str) -> list[dict]:
    return [p for p in fb.pitfalls if p["id"] == pitfall]


@pytest.mark.parametrize("lang,qid,pitfall,answer,quote", COMMITTING, ids=[f"{c[0]}-{c[2]}" for c in COMMITTING])
def test_pitfalls_told_calmly_in_new_words_are_read_by_meaning(lang, qid, pitfall, answer, quote):
    rule = BY_MEANING[pitfall][0]
    assert not engine.feedback(qid, answer, lang=lang, disabled=(rule,)).pitfalls, "no cue finds a pitfall"
    found = _found(engine.feedback(qid, answer, lang=lang), pitfall)
    assert found and found[0]["by"] == "meaning"
    assert found[0]["evidence"]["text"] == quote


@pytest.mark.parametrize("lang,qid,answer", GOOD, ids=[f"{c[0]}-{c[1]}" for c in GOOD])
def test_good_answers_to_the_same_questions_are_not_read_so(lang, qid, answer):
    assert not engine.feedback(qid, answer, lang=lang).pitfalls


@pytest.mark.parametrize("lang", ["en", "hr"])
def test_a_pitfall_by_meaning_is_read_only_in_answers_to_questions_that_list_it(lang):
    # the confrontation read-out is trained on the answers to the questions that list it; "why customer service"
    # does not, and the same words there are not read for it
    lang, qid, pitfall, answer, _ = next(c for c in COMMITTING if c[0] == lang and c[2] == "confront-customer")
    assert _found(engine.feedback(qid, answer, lang=lang), pitfall)
    assert not any(p["by"] == "meaning" for p in engine.feedback("why-cs", answer, lang=lang).pitfalls)


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_each_pitfall_by_meaning_is_a_rule_disable_takes(lang):
    from interview_coach.checks.registry import check_ids

    assert {rule for rule, _, _ in BY_MEANING.values()} <= set(check_ids(lang))


TYPED = {"en": "What would your colleagues say about you?", "de": "Was würden Ihre Kollegen über Sie sagen?",
         "hr": "Što bi kolege rekle o vama?"}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_typed_in_question_is_read_by_meaning_too(lang):
    # a question the bank does not hold is read for its nearest bank questions' pitfalls and for a generic answer;
    # the read-outs by meaning read it too, with the pitfall-answer read-out against its nearest bank question
    _, _, pitfall, answer, quote = next(c for c in COMMITTING if c[0] == lang and c[2] == "generic")
    found = _found(engine.feedback(None, answer, lang=lang, question_text=TYPED[lang]), pitfall)
    assert found and found[0]["by"] == "meaning"
    assert found[0]["evidence"]["text"] == quote
