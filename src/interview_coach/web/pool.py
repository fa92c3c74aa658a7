"""The inference pool: routes that analyse an answer run in worker threads, a bounded number at once.

A route marked ``@inference`` becomes async: the event loop awaits a free place in the pool (a
first-come, first-served ``anyio.CapacityLimiter``) and runs the route's own (synchronous) body in a
worker thread. The loop never runs the model itself, requests take their turn in the order they
came, and however many arrive at once only ``Settings.inference_workers`` answers are being
analysed (their sentences, vectors and model activations in memory) while the others wait as
small coroutines. The embedding engine lets at most ``runtime.slots()`` inferences run at once
under that (nlp/runtime.py), so the threads stay bounded too.
"""

from __future__ import annotations

import functools
from typing import Callable

import anyio
from fastapi import Request


def default_workers() -> int:
    """One more than the inferences that can run at once: one answer's checks run while another's embed."""
    from ..nlp import runtime

    return runtime.slots() + 1


def limiter(request: Request) -> anyio.CapacityLimiter:
    """The app's pool, made on first use (inside the event loop it belongs to)."""
    state = request.app.state
    pool = getattr(state, "inference_pool", None)
    if pool is None:
        analyser = state.web.coach.analyser
        workers = state.settings.inference_workers or (analyser.processes + 1 if analyser else default_workers())
        pool = state.inference_pool = anyio.CapacityLimiter(max(1, workers))
    return pool


def inference(route: Callable) -> Callable:
    """Run this synchronous route in the inference pool. It must take ``request: Request``."""

    @functools.wraps(route)
    async def pooled(*args, **kwargs):
        return await anyio.to_thread.run_sync(functools.partial(route, *args, **kwargs),
                                              limiter=limiter(kwargs["request"]))

    return pooled
