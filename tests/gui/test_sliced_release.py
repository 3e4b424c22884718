"""A cleared day's rows are freed a slice per turn of the event loop, never all in the click
that cleared them, and all of them in the end."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from pos_app.ui.history_model import HistoryModel
from pos_app.ui.sliced_release import SlicedRelease
from tests.gui.test_history_model import ZONE, page

pytestmark = pytest.mark.gui

#: Each object's release, numbered by the turn of the event loop it happened in.
freed: list[int] = []
turn = [0]


class Counted:
    def __del__(self) -> None:
        freed.append(turn[0])


def test_a_big_batch_is_freed_a_slice_per_turn_and_all_of_it(qtbot) -> None:
    freed.clear()
    release = SlicedRelease(per_turn=100)
    ticker = QTimer()
    ticker.setInterval(0)
    ticker.timeout.connect(lambda: turn.__setitem__(0, turn[0] + 1))
    ticker.start()
    items: list[object] = [Counted() for _ in range(450)]
    release.drop(items)
    del items
    assert freed == [] and release.pending == 450  # nothing in the caller's turn
    qtbot.waitUntil(lambda: release.pending == 0)
    ticker.stop()
    assert len(freed) == 450
    per_turn = {t: freed.count(t) for t in set(freed)}
    assert max(per_turn.values()) <= 100 and len(per_turn) >= 5


def test_clearing_the_days_rows_leaves_their_release_to_later_turns(qtbot) -> None:
    model = HistoryModel(ZONE)
    model.append(page(0, 600))
    model.clear()
    assert model.rowCount() == 0
    assert model._released.pending == 600  # still held, not freed in the clear
    qtbot.waitUntil(lambda: model._released.pending == 0)
    model.append(page(0, 3))  # a new day's rows, as after a refresh
    assert model.rowCount() == 3
