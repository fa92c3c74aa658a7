"""A key point is also read by what it looks like in an answer (``means`` in the bank), not only by its short,
abstract wording: "Following up until the problem is solved" is far from "Two days later I rang her to check the
parcel had arrived", which makes the point in words no cue lists (in-sample, 14 of 30 answers that followed up
were told they had not). In hr, de and en; the same answers read without ``means`` miss the point."""

from __future__ import annotations

from dataclasses import replace

import pytest

from interview_coach import feedback
from interview_coach.bank import Bank, default_bank

# a customer's question nobody knew the answer to, and what came after it, with no cue word of "follow-up"
FOLLOWED = {
    "en": ("I'd tell the customer honestly that I'm not sure and ask them to give me a moment rather than guess. Last "
           "spring at the garden centre a man asked whether a hedge he'd bought could go in before the frost, and I had "
           "no idea. I checked the plant guide, then asked our nursery manager, who said it was fine with some fleece. "
           "Two days later I phoned him to check everything had worked out with the hedge, and he was glad I remembered."),
    "de": ("Ich würde dem Kunden ehrlich sagen, dass ich es nicht genau weiß, und ihn um einen Moment bitten, statt zu "
           "raten. Letzten Frühling im Gartencenter wollte ein Mann wissen, ob seine Hecke noch vor dem Frost in die Erde "
           "kann, und ich hatte keine Ahnung. Ich habe im Pflanzenratgeber nachgesehen und dann unsere Gärtnermeisterin "
           "gefragt, die meinte, mit etwas Vlies gehe das. Zwei Tage später habe ich ihn angerufen und gefragt, wie das "
           "Pflanzen gelaufen ist, und er hat sich sehr gefreut, dass jemand daran gedacht hat."),
    "hr": ("Kupcu bih iskreno rekla da nisam sigurna i zamolila ga za trenutak, umjesto da nagađam. Prošlog proljeća u "
           "vrtnom centru jedan gospodin pitao je može li živicu posaditi prije mraza, a ja to nisam znala. Pogledala "
           "sam priručnik za biljke, a onda pitala našu voditeljicu rasadnika, koja je rekla da može uz malo agrotekstila. "
           "Dva dana kasnije poslala sam mu poruku i pitala kako je prošla sadnja, a on se jako razveselio što se netko sjetio."),
}


def without_means(bank: Bank) -> Bank:
    """The bank with every key point read by its wording alone."""
    questions = {}
    for qid, q in bank.questions.items():
        texts = {lang: replace(t, key_points=tuple(replace(k, means="") for k in t.key_points))
                 for lang, t in q.texts.items()}
        questions[qid] = replace(q, texts=texts)
    return replace(bank, questions=questions, derived={})


@pytest.fixture(scope="module")
def plain_bank():
    return without_means(default_bank())


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
def test_a_follow_up_in_words_no_cue_lists_is_read_by_what_it_looks_like(lang, plain_bank):
    point = next(k for k in default_bank().question("dont-know").in_lang(lang).key_points if k.id == "follow-up")
    assert point.means and point.means != point.text
    fb = feedback("dont-know", FOLLOWED[lang], lang=lang, ui_lang="en")
    made = next(k for k in fb.key_points if k.id == "follow-up")
    assert made.covered, fb.key_points
    assert made.evidence.text.split()[:2] in (["Two", "days"], ["Zwei", "Tage"], ["Dva", "dana"]), made.evidence
    plain = feedback("dont-know", FOLLOWED[lang], lang=lang, ui_lang="en", bank=plain_bank)
    assert not next(k for k in plain.key_points if k.id == "follow-up").covered
