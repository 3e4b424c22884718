"""Timing and memory primitives: bounded, interleaved sample loops and their summaries."""

from __future__ import annotations

import gc
import math
import statistics
import time
import tracemalloc
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Memory", "Row", "Timing", "interleaved", "measure_memory", "ratio"]

Op = Callable[[], object]


@dataclass(frozen=True, slots=True)
class Timing:
    """Per-operation samples (seconds) of one case, round by round, and their wall time."""

    label: str
    rounds: tuple[tuple[float, ...], ...]
    ops: int
    total: float

    @property
    def samples(self) -> tuple[float, ...]:
        return tuple(sample for samples in self.rounds for sample in samples)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p90(self) -> float:
        # Nearest rank: an observed sample, never an interpolation between two.
        ordered = sorted(self.samples)
        return ordered[max(0, math.ceil(0.9 * len(ordered)) - 1)]

    @property
    def ops_per_s(self) -> float:
        return self.ops / self.total if self.total > 0 else math.inf


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the report: a case and the baseline it is compared with (None: it is one)."""

    timing: Timing
    baseline: Timing | None = None

    @property
    def ratio(self) -> float:
        return 1.0 if self.baseline is None else ratio(self.timing, self.baseline)


def ratio(timing: Timing, baseline: Timing) -> float:
    """The median over rounds of (case median / baseline median) within the same round.

    Both were timed back to back in each round, so a slow spell of the machine or the server
    moves both sides of a round's ratio together, and the odd spell that falls on one side
    only is an outlier the median ignores; a ratio of overall medians would take it in.
    """
    per_round = [
        statistics.median(ours) / statistics.median(theirs)
        for ours, theirs in zip(timing.rounds, baseline.rounds, strict=True)
    ]
    return statistics.median(per_round)


@dataclass(frozen=True, slots=True)
class Memory:
    """tracemalloc's peak during one run of a case, and what its result still holds after."""

    label: str
    peak: int
    held: int


def interleaved(
    cases: Sequence[tuple[str, Op]],
    *,
    rounds: int,
    per_round: int,
    warmup: int,
    batch: int = 1,
    between_rounds: Callable[[], object] | None = None,
) -> list[Timing]:
    """Time each case `rounds * per_round` times, alternating cases round by round.

    Interleaving (and reversing the order every other round) spreads drift of the machine or
    of the server's growing store evenly over the cases instead of charging it to the last.
    `batch` is how many operations one call of a case performs; samples are per operation.
    `between_rounds` runs untimed before each round (for example, a server reset that keeps
    its store from growing through the section).
    """
    for _ in range(warmup):
        for _label, op in cases:
            op()
    samples: dict[str, list[list[float]]] = {label: [] for label, _ in cases}
    totals = dict.fromkeys(samples, 0.0)
    for round_number in range(rounds):
        if between_rounds is not None:
            between_rounds()
        order = cases if round_number % 2 == 0 else list(reversed(cases))
        for label, op in order:
            taken: list[float] = []
            samples[label].append(taken)
            for _ in range(per_round):
                started = time.perf_counter()
                op()
                elapsed = time.perf_counter() - started
                taken.append(elapsed / batch)
                totals[label] += elapsed
    return [
        Timing(label, tuple(map(tuple, taken)), rounds * per_round * batch, totals[label])
        for label, taken in samples.items()
    ]


def measure_memory(label: str, op: Op) -> Memory:
    """Peak traced allocation while `op` runs, and the allocation its result keeps alive."""
    gc.collect()
    tracemalloc.start()
    try:
        result = op()
        held, peak = tracemalloc.get_traced_memory()
        del result
    finally:
        tracemalloc.stop()
    return Memory(label, peak, held)
