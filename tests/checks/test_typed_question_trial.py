"""A job seeker's trial with questions typed in and a company (a helper, grading its own answers as an interviewer):
thanking a customer "because it usually means they like the product" guesses nothing; "rather … than promise
tomorrow" refuses to over-promise; knowing how hard it is for patients "when they have to wait" is empathy, not
leaving them waiting; a product swapped "anyway" without a receipt gives in; "when I don't know something" is no
hedge. Sentences written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach import feedback

SPARED = [
    ("en", "guess-or-send-away", "First I'd thank the customer for asking, because it usually means they like the product."),
    ("de", "guess-or-send-away", "Zuerst danke ich dem Kunden für die Frage, weil das meistens heißt, dass ihm das Produkt gefällt."),
    ("hr", "guess-or-send-away", "Prvo bih zahvalila kupcu na pitanju, jer to obično znači da mu se proizvod sviđa."),
    ("en", "over-promise", "I would rather tell a caller that a repair will take until Friday than promise tomorrow and let them down."),
    ("de", "over-promise", "Ich sage einem Anrufer lieber, dass die Reparatur bis Freitag dauert, als ihm morgen zu versprechen und ihn zu enttäuschen."),
    ("hr", "over-promise", "Radije ću reći da popravak traje do petka nego obećati sutra i razočarati korisnika."),
    ("en", "rush-or-ignore", "I also value that you get missing medicines by the next day, because I know how hard it is for patients when they have to wait."),
    ("de", "rush-or-ignore", "Ich schätze auch, dass Sie fehlende Medikamente bis zum nächsten Tag besorgen, weil ich weiß, wie schwer es für Patienten ist, wenn sie warten müssen."),
    ("hr", "rush-or-ignore", "Cijenim i to što lijek koji nedostaje nabavite već idući dan, jer znam koliko je pacijentima teško kad moraju čekati."),
]
GIVES_IN = [
    ("en", "I didn't want to send him home empty-handed, so I swapped it for him anyway."),
    ("de", "Ich will ihn nicht mit leeren Händen nach Hause schicken, also tausche ich ihm die Ware trotzdem um."),
    ("hr", "Ne bih ga htjela poslati kući praznih ruku, pa bih mu ipak zamijenila proizvod."),
]


@pytest.mark.parametrize("lang,pitfall,text", SPARED, ids=[f"{c[0]}-{c[1]}" for c in SPARED])
def test_the_trials_good_sentences_commit_nothing(committed_any, lang, pitfall, text):
    assert pitfall not in committed_any(text, lang)


@pytest.mark.parametrize("lang,text", GIVES_IN, ids=[c[0] for c in GIVES_IN])
def test_a_product_swapped_anyway_gives_in(committed_any, lang, text):
    assert "over-promise" in committed_any(text, lang)


ASKING = {  # asking "when I don't know something" is the plan, not a hedge (with one real hedge beside it)
    "hr": "Mislim da bih prvo pročitala sve o trgovini. Prvi dan bih došla ranije i pitala kolege kad nešto ne znam.",
    "de": "Ich glaube, ich würde zuerst alles über den Laden lesen. Am ersten Tag käme ich früher und würde die Kollegen "
          "fragen, wenn ich etwas nicht weiß.",
    "en": "I think I'd read up on the shop first. On the first day I'd come in early and ask colleagues when I don't know "
          "something.",
}


@pytest.mark.parametrize("lang", sorted(ASKING))
def test_asking_when_one_does_not_know_is_no_hedge(lang):
    fb = feedback(None, ASKING[lang], question_text={"hr": "Kako biste se pripremili za prvi dan?", "de": "Wie bereiten "
                  "Sie sich auf den ersten Tag vor?", "en": "How would you prepare for your first day?"}[lang], lang=lang)
    assert not any(f.id == "wording.hedges" and f.polarity == "avoid" for f in fb.findings)
