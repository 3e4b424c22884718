"""The benchmark runner still imports: a refactor must not silently break `tests.benchmarks.run`."""

from __future__ import annotations

import importlib


def test_the_benchmark_runner_and_its_sections_import() -> None:
    run = importlib.import_module("tests.benchmarks.run")

    assert callable(run.main) and run.QUICK.sales > 0
