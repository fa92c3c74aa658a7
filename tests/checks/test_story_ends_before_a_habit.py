"""A past story's result is where the story ends, not a habit told after it ("Nakon takve smjene obično prošetam pola
sata uz Dravu", a job seeker's trial quoted it as the result), and a sentence before the story's ending is no
outcome. Answers written for this test, in hr, de and en."""

from __future__ import annotations

import pytest

from interview_coach.engine import feedback

STRESS = {
    "en": ("Last December I was alone on the till because a colleague was off sick, and the queue reached the back of "
           "the shop. I took two deep breaths and told myself to take one customer at a time. I told the people "
           "waiting I'd be as quick as I could and rang my manager to open a second till. Within twenty minutes the "
           "queue was gone and nobody complained. After a shift like that I usually go for a walk by the river.",
           "Within twenty minutes"),
    "de": ("Letzten Dezember stand ich allein an der Kasse, weil eine Kollegin krank war, und die Schlange reichte "
           "bis zum Regal hinten. Ich habe zweimal tief durchgeatmet und mir gesagt: ein Kunde nach dem anderen. "
           "Den Wartenden habe ich gesagt, dass ich mich beeile, und meinen Chef gebeten, eine zweite Kasse zu "
           "öffnen. Nach zwanzig Minuten war die Schlange weg und niemand hat sich beschwert. Nach so einer "
           "Schicht gehe ich normalerweise eine halbe Stunde spazieren.",
           "Nach zwanzig Minuten"),
    "hr": ("Prošlog prosinca radila sam sama na blagajni jer se kolegica razboljela, a red se protegnuo do kraja "
           "trgovine. Dvaput sam duboko udahnula i rekla si da idem kupca po kupca. Ljudima u redu rekla sam da ću "
           "biti što brža, a voditelja sam zamolila da otvori drugu blagajnu. Za dvadesetak minuta reda više nije "
           "bilo i nitko se nije požalio. Nakon takve smjene obično prošetam pola sata uz rijeku.",
           "Za dvadesetak minuta"),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_result_is_where_the_story_ends_not_the_habit_after_it(lang):
    text, ending = STRESS[lang]
    fb = feedback("stress", text, lang=lang, ui_lang="en")
    assert fb.star["result"].present and fb.star["result"].evidence.text.startswith(ending)
    result = next(k for k in fb.key_points if k.id == "result")
    assert result.covered and result.evidence.text.startswith(ending)
