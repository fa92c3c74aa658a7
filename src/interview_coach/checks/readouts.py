"""Linear read-outs of meaning from sentence vectors: does a sentence tell how a story ended, and does it
put the blame on others?

Phrases (cues) find a story's result only in the words someone listed; this reads the e5 sentence
vector instead, so "Nach vier Tagen hatte er seinen Laptop mit neuem Akku zurück" reads as a result
without any cue. It is a logistic regression over the vector, trained by ``scripts/train_readouts.py``
on story endings written for it in hr, de and en (``rules/<lang>/story_endings.yml``: endings with and
without a result). The weights ship in ``rules/readouts.npz`` with the hash of what they were trained
on, so a corpus edited without retraining fails the tests instead of going stale.

The corpora and their schemas are in ``corpora.py``; pitfall read-outs trained the same way on
``pitfall_sentences.yml`` were dropped (they raised more false alarms than they found pitfalls on
answers nobody had tuned them on).

The blame read-out is trained on graded answers instead (the dev split of ``eval/graded`` and the
training rounds of ``eval/rounds``), and only on the sentences it is ever asked about: in an answer
about oneself (``BLAME_CATEGORIES``), a sentence that names others at work (``pitfalls.names_others``).
There a calm "Seit die neue Leitung da ist, werden Entscheidungen über unsere Köpfe hinweg getroffen"
is blame in words no cue lists, and "Mit den Kollegen hat es immer gut geklappt" is not. The answers
are graded as a whole, so the sentence that carries the blame is found by the read-out itself
(multiple-instance learning: a few rounds of training on the likeliest sentence of each blaming
answer), with plain facts told without blame (``rules/<lang>/employer_facts.yml``) as further negatives.
``blame_hash`` is the hash of all of it; ``tests/checks/test_readouts.py`` checks it.

The pitfall-answer read-out reads a whole answer (its length-weighted mean vector, less the mean of the
training answers to its question) for whether a grader would mark any pitfall in it, trained on the same
graded answers to every question. It names no pitfall
and quotes nothing, so it never commits one alone: it is the second reading that lets a sentence the
blame read-out only leans on count (``pitfalls.BLAME_WITH_ANSWER``). ``answer_hash`` covers its data.

The read-outs of pitfalls by meaning (``MEANING``: excuses, a confrontation with the customer, a dead end, a generic
answer, an over-promise) are trained like the blame one, each on the graded answers to the questions that list its
pitfall (for excuses: criticism, a mistake, a CV gap, a missing booking, a repeat caller, a long wait), all their
sentences. Alone none is sure enough of anything; each commits only with the second reading
(``pitfalls.BY_MEANING``). ``<key>_hash`` covers each one's data.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

import numpy as np

from .. import LANGUAGES
from .ruledata import rules_dir

MODEL = "readouts.npz"
SCALE = 10.0  # the vectors are unit length; scaled so the weights stay in a readable range
# the bank categories of questions about oneself (why leaving, a CV gap, strengths, motives, the first
# question): there what others did is told as the applicant's reason or story, and blame hides in plain facts
BLAME_CATEGORIES = frozenset({"career", "opening", "motivation", "practical", "company-fit", "experience",
                              "qualities"})
# the categories of questions about a scene or a story (and "free", a typed-in question): there blame hides in an
# aside about a colleague, the manager or another department ("Our duty manager usually disappeared into the office
# as soon as it got busy"), read by its own read-out, trained on the sentences a reader marked (eval/marks/)
SCENE_CATEGORIES = frozenset({"behavioural", "situational", "free"})
# the pitfalls read by meaning with the pitfall-answer read-out as a second reading, and their keys in the model
MEANING = {"excuses": "excuse", "confront-customer": "confront", "dead-end": "dead_end", "generic": "generic",
           "over-promise": "over_promise"}


def training_hash() -> str:
    """The hash of what the read-out is trained on: the story endings, in every language."""
    h = hashlib.sha256()
    for lang in LANGUAGES:
        h.update(f"{lang}/story_endings.yml\n".encode())
        h.update((rules_dir(lang) / "story_endings.yml").read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def model() -> dict:
    with resources.as_file(resources.files(__package__) / "rules" / MODEL) as path, \
            np.load(path, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def result_probabilities(vecs: np.ndarray) -> np.ndarray:
    """Per sentence: the probability that it tells how a story ended."""
    m = model()
    if not len(vecs):
        return np.zeros(0)
    return _sigmoid(SCALE * vecs @ m["result_w"] + float(m["result_b"]))


def blame_probabilities(vecs: np.ndarray) -> np.ndarray:
    """Per sentence: the probability that it blames others (meaningful only for the sentences the read-out
    is trained on: ones that name others, in answers about oneself)."""
    m = model()
    if not len(vecs):
        return np.zeros(0)
    return _sigmoid(SCALE * vecs @ m["blame_w"] + float(m["blame_b"]))


def scene_blame_probabilities(vecs: np.ndarray) -> np.ndarray:
    """Per sentence: the probability that it blames others, in an answer to a question of ``SCENE_CATEGORIES``
    (meaningful only there: the read-out is trained on those answers alone)."""
    m = model()
    if not len(vecs):
        return np.zeros(0)
    return _sigmoid(SCALE * vecs @ m["scene_w"] + float(m["scene_b"]))


def meaning_probabilities(pitfall: str, vecs: np.ndarray) -> np.ndarray:
    """Per sentence: the probability that it commits ``pitfall`` (one of ``MEANING``; meaningful only in answers
    to the questions that list it, the only ones its read-out is trained on)."""
    m, key = model(), MEANING[pitfall]
    if not len(vecs):
        return np.zeros(0)
    return _sigmoid(SCALE * vecs @ m[f"{key}_w"] + float(m[f"{key}_b"]))


def pitfall_answer_probability(answer_vec: np.ndarray, question_id: str | None = None) -> float:
    """The probability that a grader marks some pitfall in the answer whose mean vector this is, read against
    the training answers to the same bank question (their mean vector is taken off first; for a question with
    none, the mean of all)."""
    m = model()
    return float(_sigmoid(SCALE * float((answer_vec - answer_centre(question_id)) @ m["answer_w"]) + float(m["answer_b"])))


def answer_centre(question_id: str | None) -> np.ndarray:
    """The mean vector of the training answers to a bank question (for a question with none, of all of them):
    what an answer to it is read against, so that a read-out of the whole answer reads how it is told, not which
    question it answers."""
    m = model()
    row = _question_rows().get(question_id)
    return m["answer_mean"] if row is None else m["answer_means"][row]


@lru_cache(maxsize=1)
def _question_rows() -> dict[str, int]:
    """The row of each bank question's mean answer vector in the shipped model."""
    return {str(q): i for i, q in enumerate(model()["answer_questions"])}


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))
