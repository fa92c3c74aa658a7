"""A teamwork story told only with "we" is asked once to say what the applicant did: the story check's "Say
what you did yourself", not a second time by the key points tip ("The interviewer also listens for: what you
did yourself to help the team"), three native reviewers' complaint; ``story_own`` in the bank, hr/de/en."""

from __future__ import annotations

import pytest

from interview_coach import feedback
from interview_coach.bank.loader import default_bank

WE_ONLY = {
    "en": ("Last December the tills went down on a Saturday morning and the shop was full. We split up straight away: "
           "we took card payments on the handheld readers, we wrote the cash sales in a book, and we kept the queue "
           "moving. By lunchtime the system was back and we had not lost a single sale."),
    "de": ("Letzten Dezember sind an einem Samstagvormittag die Kassen ausgefallen, und der Laden war voll. Wir haben "
           "uns sofort aufgeteilt: Wir haben Kartenzahlungen über die mobilen Geräte angenommen, wir haben die "
           "Barverkäufe in ein Heft geschrieben, und wir haben die Schlange in Bewegung gehalten. Mittags lief das "
           "System wieder, und wir hatten keinen einzigen Verkauf verloren."),
    "hr": ("Prošlog prosinca u subotu ujutro pale su nam blagajne, a trgovina je bila puna. Odmah smo se podijelili. "
           "Primali smo kartice na prijenosnim uređajima. Gotovinske prodaje zapisivali smo u bilježnicu. Pazili smo da "
           "red ide dalje. Do podneva je sustav opet radio i nismo izgubili nijednu prodaju."),
}


@pytest.mark.parametrize("lang", sorted(WE_ONLY))
def test_a_we_only_story_is_asked_once_what_the_applicant_did(lang):
    q = default_bank().question("teamwork")
    assert q.story_own == "your-part"
    fb = feedback("teamwork", WE_ONLY[lang], lang=lang, ui_lang=lang)
    codes = [a["code"] for a in fb.advice]
    assert "own-actions" in codes, codes
    label = next(k.label for k in fb.key_points if k.id == "your-part")
    assert not any(label.lower()[:20] in a["message"].lower() for a in fb.advice if a["code"] == "key-points"), fb.advice


WORKED_THERE = {  # "I" only in the setting: the team's story, the applicant's own part never said
    "en": ("Last summer I worked in a supermarket by the sea, and one Saturday two of the four tills went down. We "
           "agreed quickly what to do. We went down the queue and sent people with a few items to the express till. "
           "Within forty minutes everything was working again and two customers praised the staff. That day I realised how "
           "much it matters when everyone knows what to do."),
    "de": ("Letzten Sommer habe ich in einem Supermarkt am Meer gearbeitet, und an einem Samstag sind zwei von vier "
           "Kassen ausgefallen. Wir haben uns schnell abgesprochen. Wir sind die Schlange entlanggegangen und haben "
           "Leute mit wenigen Artikeln zur Schnellkasse geschickt. Nach vierzig Minuten lief alles wieder, und zwei "
           "Kunden haben das Personal gelobt. An dem Tag habe ich gemerkt, wie viel es bringt, wenn jeder weiß, was er "
           "zu tun hat."),
    "hr": ("Prošlog ljeta radio sam u supermarketu na obali i jedne subote pao je sustav na dvije od četiri blagajne. "
           "Brzo smo se dogovorili kako ćemo. Išli smo kroz red i kupce s nekoliko artikala slali na brzu blagajnu. Za "
           "četrdesetak minuta sve je opet radilo, a dva kupca pohvalila su osoblje. Tada sam shvatio koliko znači kad "
           "svatko zna što mu je činiti."),
}
PRAISE_OWN = {"en": "say what you did yourself", "de": "sagen, was Sie getan haben",
              "hr": "rekli što ste sami učinili"}


@pytest.mark.parametrize("lang", sorted(WORKED_THERE))
def test_no_praise_for_saying_what_you_did_where_that_point_is_missing(lang):
    fb = feedback("teamwork", WORKED_THERE[lang], lang=lang, ui_lang=lang)
    assert not next(k for k in fb.key_points if k.id == "your-part").covered
    assert fb.has_example
    assert not any(PRAISE_OWN[lang] in s for s in fb.strengths), fb.strengths


# what the applicant did in the story is its "own" key point (``story_own``), quoted from the thing done that is
# nearest the point, in words no cue lists; the same story told with "we" covers none of it (set L dev)
FETCHED = {
    "en": ("Last winter an elderly lady came in for her prescription, but one of her inhalers was out of stock until "
           "the next week. {} phoned our other branch across town and arranged for one to come over on the afternoon "
           "van. She had it the same evening and thanked us twice.", "I", "We"),
    "de": ("Letzten Winter kam eine ältere Dame mit ihrem Rezept, aber eines ihrer Sprays war erst in einer Woche "
           "wieder lieferbar. {} die andere Filiale angerufen und organisiert, dass eins mit dem Nachmittagsfahrer "
           "kommt. Sie hatte es noch am selben Abend und hat sich zweimal bedankt.", "Ich habe", "Wir haben"),
    "hr": ("Prošle zime došla je starija gospođa s receptom, ali jednog njezinog spreja nije bilo do idućeg tjedna. "
           "{} drugu ljekarnu u gradu i dogovorila da ga popodne dovezu. Dobila ga je još istu večer i dvaput nam se "
           "zahvalila.", "Nazvala sam", "Nazvali smo"),
}


@pytest.mark.parametrize("lang", sorted(FETCHED))
def test_what_the_applicant_did_in_the_story_is_the_extra_step(lang):
    text, mine, ours = FETCHED[lang]
    fb = feedback("above-and-beyond", text.format(mine), lang=lang, ui_lang=lang)
    step = next(k for k in fb.key_points if k.id == "extra-step")
    assert step.covered and step.evidence.text.startswith(mine)
    fb = feedback("above-and-beyond", text.format(ours), lang=lang, ui_lang=lang)
    assert not next(k for k in fb.key_points if k.id == "extra-step").covered
