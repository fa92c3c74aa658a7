"""A linear read-out of meaning from sentence vectors: does a sentence tell how a story ended?

Phrases (cues) find a story's result only in the words someone listed; this reads the e5 sentence
vector instead, so "Nach vier Tagen hatte er seinen Laptop mit neuem Akku zurück" reads as a result
without any cue. It is a logistic regression over the vector, trained by ``scripts/train_readouts.py``
on story endings written for it in hr, de and en (``rules/<lang>/story_endings.yml``: endings with and
without a result). The weights ship in ``rules/readouts.npz`` with the hash of what they were trained
on, so a corpus edited without retraining fails the tests instead of going stale.

``rules/<lang>/pitfall_sentences.yml`` (sentences that commit each pitfall, close ones that do not,
harmless story sentences) trained pitfall read-outs the same way; on answers nobody had tuned them on
they raised more false alarms than they found pitfalls, so they were dropped and the corpora are test
data for the cues now (``tests/checks/test_pitfall_corpora.py``).
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
    """A corpus of ``lang`` (``name``: pitfall_sentences.yml or story_endings.yml), validated."""
    return _load(rules_dir(lang) / name, dict(CORPORA)[name])


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


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))
