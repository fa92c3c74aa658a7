"""Linear read-outs of meaning from sentence vectors: does a sentence commit a pitfall, does it tell
how a story ended?

Phrases (cues) find a pitfall only in the words someone listed; these read the e5 sentence vector
instead, so "Die Anrufer waren oft einfach nicht in der Lage, eine simple Frage zu verstehen" reads as
blaming customers without any cue. Each read-out is a logistic regression over the vector, trained by
``scripts/train_readouts.py`` on sentence corpora written for it in hr, de and en
(``rules/<lang>/pitfall_sentences.yml``: sentences that commit each pitfall and close ones that do
not; ``rules/<lang>/story_endings.yml``: story endings with and without a result), plus the pitfalls'
own exemplars and rule examples. The weights ship in ``rules/readouts.npz`` with the hash of what they
were trained on, so a corpus edited without retraining fails the tests instead of going stale.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

import numpy as np

from jsonschema import Draft202012Validator

from .. import LANGUAGES
from .rules import _load, rules_dir

MODEL = "readouts.npz"
SCALE = 10.0  # the vectors are unit length; scaled so the weights stay in a readable range

_SENTENCES = {"type": "array", "items": {"type": "string", "minLength": 3}, "minItems": 1}
PITFALL_SENTENCES_SCHEMA = Draft202012Validator({
    "type": "object", "additionalProperties": False, "required": ["lang", "pitfalls", "harmless"],
    "properties": {
        "lang": {"enum": list(LANGUAGES)},
        "pitfalls": {"type": "object", "additionalProperties": {
            "type": "object", "additionalProperties": False, "required": ["commit", "fine"],
            "properties": {"commit": _SENTENCES, "fine": _SENTENCES}}},
        "harmless": _SENTENCES,
    }})
STORY_ENDINGS_SCHEMA = Draft202012Validator({
    "type": "object", "additionalProperties": False, "required": ["lang", "result", "no_result"],
    "properties": {"lang": {"enum": list(LANGUAGES)}, "result": _SENTENCES, "no_result": _SENTENCES}})
CORPORA = (("pitfall_sentences.yml", PITFALL_SENTENCES_SCHEMA), ("story_endings.yml", STORY_ENDINGS_SCHEMA))


@lru_cache(maxsize=None)
def corpus(lang: str, name: str) -> dict:
    """A training corpus of ``lang``, validated."""
    return _load(rules_dir(lang) / name, dict(CORPORA)[name])


def harmless_sample_sentences(lang: str) -> list[str]:
    """The sentences of the core bank's sample answers in ``lang``: they commit no pitfall (a test), so
    they teach the read-outs what a good answer to each question sounds like (a salary answer talks
    about pay without money being its only motive)."""
    from ..bank import default_bank
    from ..nlp.text import sentences

    bank = default_bank()
    return sorted({s.text for q in bank.questions.values() for a in q.in_lang(lang).sample_answers
                   for s in sentences(a.text, lang) if len(s.tokens) >= 4})


def training_hash() -> str:
    """The hash of everything the read-outs are trained on: the corpora, the pitfall rules (their
    exemplars and rule examples) and the bank's sample-answer sentences, in every language."""
    h = hashlib.sha256()
    for lang in LANGUAGES:
        for name in (*dict(CORPORA), "pitfalls.yml"):
            h.update(f"{lang}/{name}\n".encode())
            h.update((rules_dir(lang) / name).read_bytes())
        h.update("\n".join(harmless_sample_sentences(lang)).encode())
    return h.hexdigest()


@lru_cache(maxsize=1)
def model() -> dict:
    with resources.as_file(resources.files(__package__) / "rules" / MODEL) as path, \
            np.load(path, allow_pickle=False) as data:
        return {k: data[k] for k in data.files}


def pitfall_probabilities(vecs: np.ndarray) -> dict[str, np.ndarray]:
    """Per pitfall id: the probability that each sentence commits it."""
    m = model()
    if not len(vecs):
        return {str(p): np.zeros(0) for p in m["pitfall_ids"]}
    probs = _sigmoid(SCALE * vecs @ m["pitfall_w"].T + m["pitfall_b"])
    return {str(p): probs[:, k] for k, p in enumerate(m["pitfall_ids"])}


def result_probabilities(vecs: np.ndarray) -> np.ndarray:
    """Per sentence: the probability that it tells how a story ended."""
    m = model()
    if not len(vecs):
        return np.zeros(0)
    return _sigmoid(SCALE * vecs @ m["result_w"] + float(m["result_b"]))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))
