"""The busy bar moves only while busy, and starting or stopping it repaints nothing else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from pos_app.ui.busy_bar import BusyBar
from tests.gui.event_count import EventCount

pytestmark = pytest.mark.gui


def test_it_animates_while_busy_and_starting_it_repaints_it_alone(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    bar = BusyBar(window)
    neighbour = QLabel("Reading the day from Stripe…", window)
    row.addWidget(bar)
    row.addWidget(neighbour)
    window.resize(400, 60)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()  # the first paint of the window is done
    assert bar.isVisible() and not bar.busy and not bar.animating
    bar_paints = EventCount(QEvent.Type.Paint)
    bar.installEventFilter(bar_paints)
    neighbour_paints = EventCount(QEvent.Type.Paint)
    neighbour.installEventFilter(neighbour_paints)

    bar.set_busy(True)
    assert bar.animating
    qtbot.waitUntil(lambda: bar_paints.count >= 3)  # frames of the moving block
    assert neighbour_paints.count == 0
    shot = bar.grab().toImage()  # the block has moved into the groove
    colours = {shot.pixelColor(x, shot.height() // 2).name() for x in range(shot.width())}
    assert "#93c5fd" in colours

    bar.set_busy(False)
    assert not bar.busy and not bar.animating
    painted = bar_paints.count
    qtbot.waitUntil(lambda: bar_paints.count > painted)  # cleared once
    assert neighbour_paints.count == 0
    empty = bar.grab().toImage()
    assert {empty.pixelColor(x, empty.height() // 2).name() for x in range(empty.width())} == {
        window.palette().window().color().name()
    }
