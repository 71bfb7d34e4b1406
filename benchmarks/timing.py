"""The timing loop the benchmarks share: best wall-clock time of one pass over the items."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any


def best_pass(fn: Callable[[Any], object], items: Sequence[Any], repeat: int) -> float:
    """Return the shortest time, in seconds, that ``fn`` took over all ``items``, of ``repeat`` passes."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for x in items:
            fn(x)
        best = min(best, time.perf_counter() - t0)
    return best
