"""The key point "a real past situation" is quoted from the sentence that sets the scene, not from a later
one that names the kind of case ("Weil das klar ein Gewährleistungsfall war…", blind answer, eval/good)."""

from __future__ import annotations

import pytest

from interview_coach.engine import feedback

STORIES = {
    "de": ("Im Baumarkt kam mal ein Kunde an die Info und hat mir eine kaputte Bohrmaschine auf den Tresen geknallt. "
           "Er war ziemlich laut und meinte, das sei schon die zweite. Ich habe ihn erst mal ausreden lassen und "
           "gesagt, dass ich den Ärger verstehe. Dann habe ich mir die Maschine angeschaut und den Kassenbon geprüft. "
           "Weil das klar ein Gewährleistungsfall war, konnte ich direkt umtauschen. Am Ende hat er sich sogar für "
           "seinen Ton entschuldigt."),
    "en": ("At the DIY store a man once came to the info desk and slammed a broken drill down on the counter. He was "
           "quite loud and said it was the second one. I let him finish and said I understood why he was annoyed. "
           "Then I looked at the drill and checked the receipt. Because it was clearly a warranty case, I could swap "
           "it straight away. In the end he even apologised for his tone."),
    "hr": ("U trgovini građevinskog materijala jednom je kupac došao na info pult i lupio pokvarenom bušilicom o pult. "
           "Bio je dosta glasan i rekao da mu je to već druga. Pustila sam ga da se ispuše i rekla da razumijem zašto "
           "je ljut. Onda sam pregledala bušilicu i provjerila račun. Budući da je to očito bio slučaj za jamstvo, "
           "mogla sam je odmah zamijeniti. Na kraju se čak ispričao zbog tona."),
}


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_the_real_situation_is_quoted_from_the_sentence_that_sets_the_scene(lang):
    text = STORIES[lang]
    fb = feedback("difficult-customer", text, lang=lang, ui_lang=lang)
    point = next(k for k in fb.key_points if k.id == "real-situation")
    assert point.covered
    assert text.startswith(point.evidence.text), point.evidence.text
