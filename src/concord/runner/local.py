"""Run a function over a stream of items in a local process pool, in order.

Items are sent in chunks (one pickling round trip per chunk rather than per
document), and only a bounded window of chunks is in flight, so a stream of a
million inputs never sits in memory at once. Results come back in input order,
which keeps `concord extract` output stable whatever the number of workers.

Each worker runs `initializer(*initargs)` once (the pipeline loads the
knowledge base there); with ``workers=1`` everything runs in this process and
no pool is started.
"""
from __future__ import annotations

import itertools
import multiprocessing
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

DEFAULT_CHUNKSIZE = 16
WINDOW_PER_WORKER = 4


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _apply(fn: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [fn(item) for item in chunk]


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_ordered(fn: Callable[[T], R], items: Iterable[T], *, workers: int = 1,
                chunksize: int = DEFAULT_CHUNKSIZE, initializer: Callable[..., Any] | None = None,
                initargs: tuple = ()) -> Iterator[R]:
    """Yield ``fn(item)`` for every item, in input order, using `workers` processes.

    `fn` and `initializer` must be importable module-level functions (they are
    sent to the workers by name). `fn` should not raise: turn errors into
    values, since an exception here ends the whole run.
    """
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if workers == 1:
        if initializer is not None:
            initializer(*initargs)
        for item in items:
            yield fn(item)
        return
    yield from _pooled(fn, items, workers, chunksize, initializer, initargs)


def _pooled(fn, items, workers, chunksize, initializer, initargs) -> Iterator:
    # fork where available: workers inherit what the parent already loaded
    # (the knowledge base), so each starts at once; elsewhere spawn.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    window: deque[Future] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer,
                             initargs=initargs) as pool:
        try:
            for chunk in _chunks(items, chunksize):
                window.append(pool.submit(_apply, fn, chunk))
                if len(window) >= workers * WINDOW_PER_WORKER:
                    yield from window.popleft().result()
            while window:
                yield from window.popleft().result()
        finally:
            # The consumer stopped early or failed: drop what has not started.
            for future in window:
                future.cancel()
