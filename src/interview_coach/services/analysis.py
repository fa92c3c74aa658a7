"""Where the feedback engine runs: in the calling thread (the default; the CLI and a single user),
or in a pool of separate processes at a lower CPU priority (``Settings.inference_processes``, for
a server).

In one process the engine's Python code holds the interpreter lock, so while answers are analysed
the web process's pages wait their turn for it as well as for the CPU: under a feedback load the
page latency grew 8-fold. In child processes the analysis holds no lock of the web process, and
at ``nice`` 10 the kernel gives the web process's requests the CPU first; each child loads the
bank and the models once (spawned, not forked: the parent runs threads) and is warmed up at start.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..answers import AnswerError

log = logging.getLogger(__name__)
CHILD_NICE = 10
_child: dict = {}


def _leave_with_parent(parent: int) -> None:
    """A child whose web process died (killed, out of memory) would wait for work for ever: it
    leaves as soon as its parent is gone."""
    import time

    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


def _start_child(packs: tuple[str, ...], threads: int, nice: int) -> None:
    threading.Thread(target=_leave_with_parent, args=(os.getppid(),), name="ic-parent-watch", daemon=True).start()
    from ..nlp import runtime

    runtime.choose_threads(threads)
    try:
        os.nice(nice)
    except OSError:  # not allowed here: the analysis still runs, at the same priority
        pass
    from ..bank import default_bank
    from ..engine import feedback

    bank = default_bank(tuple(Path(p) for p in packs))
    _child["bank"] = bank
    feedback(None, "I like helping people and I stay calm.", question_text="Why this job?", bank=bank)  # loads the models


def _analyse(question_id: str | None, answer: str, kwargs: dict):
    from ..engine import feedback

    try:
        return "ok", feedback(question_id, answer, bank=_child["bank"], **kwargs)
    except AnswerError as exc:  # sent back as its parts: a CoachError's own pickling would lose its code
        return "answer-error", (exc.code, exc.detail)


class ProcessAnalyser:
    """``engine.feedback`` in ``processes`` child processes; the calling thread waits without
    holding the interpreter lock. Same arguments and result as ``engine.feedback``."""

    def __init__(self, pack_dirs: list[Path], processes: int):
        from ..nlp import runtime

        self.processes = processes
        self._args = (tuple(str(p) for p in pack_dirs), max(1, runtime.cores() // processes), CHILD_NICE)
        self._pool = self._new_pool()
        self._lock = threading.Lock()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_start_child, initargs=self._args)

    def warm(self) -> None:
        """Start the children now (models loaded) rather than at the first answer."""
        try:
            for future in [self._pool.submit(os.getpid) for _ in range(self.processes)]:
                future.result()
        except Exception:  # noqa: BLE001 - a child that fails to start is started again at the next answer
            log.exception("the analysis processes could not be started ahead")

    def __call__(self, question=None, answer: str = "", **kwargs):
        kwargs.pop("bank", None)
        question_id = getattr(question, "id", question)
        pool = self._pool
        try:
            status, value = pool.submit(_analyse, question_id, answer, kwargs).result()
        except BrokenProcessPool:  # a child was killed (out of memory?): new children for the next answers
            log.error("an analysis process died; its answer stays saved for reanalyse")
            with self._lock:
                if self._pool is pool:
                    self._pool = self._new_pool()
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        if status == "answer-error":
            raise AnswerError(*value)
        return value

    def shutdown(self) -> None:
        """Stop the children after the analysis in hand (graceful shutdown of the web process)."""
        self._pool.shutdown(wait=True, cancel_futures=True)
