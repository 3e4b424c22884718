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
    collector = GuiThreadCollector(interval_ms=3_600_000, settle_after_ms=None)  # by hand
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


def test_what_lives_from_the_start_is_left_out_of_later_collections(qtbot) -> None:
    # After start-up, one full collection frees the garbage and freezes what survives: the
    # later passes on the GUI thread then look only at what was made since.
    collector = GuiThreadCollector(interval_ms=3_600_000, settle_after_ms=1)
    try:
        Cycle.finalised_on.clear()
        Cycle()  # garbage from the start: collected, never frozen
        survivor = Cycle()  # alive: frozen
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5000)
        assert Cycle.finalised_on == [threading.get_ident()]
        del survivor  # a cycle among frozen objects: not collected while the till runs
        gc.collect()
        assert len(Cycle.finalised_on) == 1
    finally:
        collector.stop()  # thawed and collected at the end
        gc.disable()
    assert gc.get_freeze_count() == 0
    assert len(Cycle.finalised_on) == 2


def test_a_listing_leaves_its_objects_frozen_and_a_deep_clean_frees_them_later(
    qtbot, monkeypatch
) -> None:
    # While paced background work runs only the youngest generation is collected; when it
    # ends, what survives is frozen (an older pass over thousands of customers held the GUI
    # thread for 20-25 ms). A deep clean later collects the cycles kept that way.
    from pos_app.domain.pacing import paced
    from pos_app.ui import gc_guard

    collector = GuiThreadCollector(interval_ms=3_600_000, settle_after_ms=None)
    try:
        collector.settle()
        Cycle.finalised_on.clear()
        listed: list[Cycle] = []
        with paced(lambda: None):
            listed += [Cycle() for _ in range(2000)]
            frozen_before = gc.get_freeze_count()
            collector.collect_if_due()
            assert gc.get_freeze_count() == frozen_before  # nothing frozen mid-listing
        collector.collect_if_due()  # the listing has ended
        assert gc.get_freeze_count() >= frozen_before + 2000

        listed.clear()  # they become garbage, among frozen objects
        collector.collect_if_due()
        assert Cycle.finalised_on == []

        monkeypatch.setattr(gc_guard, "DEEP_CLEAN_S", 0.0)
        collector.collect_if_due()
        assert len(Cycle.finalised_on) == 2000
        assert set(Cycle.finalised_on) == {threading.get_ident()}
    finally:
        collector.stop()
        gc.disable()
