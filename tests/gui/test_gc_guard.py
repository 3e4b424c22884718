"""Reference cycles are collected on the GUI thread only, never on a worker's."""

from __future__ import annotations

import gc
import threading
from typing import ClassVar

import pytest

from pos_app.ui.gc_guard import GuiThreadCollector
from pos_app.ui.ops import Op, TaskRunner

pytestmark = pytest.mark.gui


class Cycle:
    """An object caught in a reference cycle (as a closed window can be), recording the
    thread it is finalised on."""

    finalised_on: ClassVar[list[int]] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Cycle.finalised_on.append(threading.get_ident())


def test_cycles_are_collected_by_the_guard_on_the_gui_thread_only(
    qtbot, runner: TaskRunner
) -> None:
    collector = GuiThreadCollector(interval_ms=3_600_000)  # collected by hand below
    try:
        assert not gc.isenabled()
        Cycle.finalised_on.clear()
        Cycle()  # garbage, kept alive only by its own cycle

        def allocate() -> list[list[object]]:
            # Enough allocations to cross every threshold: with automatic collection on,
            # the cycle above would be destroyed here, on the worker.
            return [[object()] for _ in range(50_000)]

        done: list[list[list[object]]] = []
        Op(None, allocate).success(done.append).run()
        qtbot.waitUntil(lambda: done != [], timeout=5000)
        assert Cycle.finalised_on == []  # nothing was collected on the worker
        assert collector.collect_if_due() > 0  # what the timer does, on the GUI thread
        assert Cycle.finalised_on == [threading.get_ident()]
    finally:
        collector.stop()
        gc.disable()  # the GUI tests run with collection off (conftest)
