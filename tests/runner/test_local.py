"""The local process pool: ordered results, bounded reading ahead, one initializer per worker."""
from __future__ import annotations

import itertools
import os

import pytest

from concord.runner.local import map_ordered

_STATE: dict = {}


def remember_pid() -> None:
    _STATE["init_pid"] = os.getpid()
    _STATE["inits"] = _STATE.get("inits", 0) + 1


def square_with_pid(x: int) -> tuple[int, int, int]:
    # how many times this process ran the initializer rides along with the result
    return x * x, os.getpid(), _STATE.get("inits", 0)


def slow_when_even(x: int) -> int:
    total = 0
    for i in range(20000 if x % 2 == 0 else 10):  # uneven work: later items finish first
        total += i
    return x


def test_results_come_in_input_order_with_two_workers():
    out = list(map_ordered(slow_when_even, range(300), workers=2, chunksize=7))
    assert out == list(range(300))


def test_initializer_runs_once_in_each_worker():
    results = list(map_ordered(square_with_pid, range(200), workers=2, chunksize=5, initializer=remember_pid))
    assert [r[0] for r in results] == [x * x for x in range(200)]
    pids = {r[1] for r in results}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2
    assert {r[2] for r in results} == {1}


def test_one_worker_runs_in_this_process():
    _STATE.clear()
    results = list(map_ordered(square_with_pid, range(5), workers=1, initializer=remember_pid))
    assert {r[1] for r in results} == {os.getpid()} and _STATE["inits"] == 1


def test_input_is_read_only_a_window_ahead():
    pulled = itertools.count()

    def numbers():
        for i in range(10_000):
            next(pulled)
            yield i

    results = map_ordered(slow_when_even, numbers(), workers=2, chunksize=4)
    assert [next(results) for _ in range(3)] == [0, 1, 2]
    ahead = next(pulled)
    assert ahead < 200, f"read {ahead} inputs to give 3 results"
    results.close()


def test_workers_must_be_positive():
    with pytest.raises(ValueError):
        list(map_ordered(slow_when_even, [1], workers=0))
