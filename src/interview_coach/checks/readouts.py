"""A linear read-out of meaning from sentence vectors: does a sentence tell how a story ended?

Phrases (cues) find a story's result only in the words someone listed; this reads the e5 sentence
vector instead, so "Nach vier Tagen hatte er seinen Laptop mit neuem Akku zurück" reads as a result
without any cue. It is a logistic regression over the vector, trained by ``scripts/train_readouts.py``
on story endings written for it in hr, de and en (``rules/<lang>/story_endings.yml``: endings with and
without a result). The weights ship in ``rules/readouts.npz`` with the hash of what they were trained
on, so a corpus edited without retraining fails the tests instead of going stale.

The corpora and their schemas are in ``corpora.py``; pitfall read-outs trained the same way on
``pitfall_sentences.yml`` were dropped (they raised more false alarms than they found pitfalls on
answers nobody had tuned them on).
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
