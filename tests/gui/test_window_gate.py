"""A background listing makes way for the window: it waits while the GUI thread is busy."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from pos_app.__main__ import GUI_SWITCH_INTERVAL
from pos_app.domain.pacing import checkpoint, paced
from pos_app.ui.window_gate import MOST_WAIT_S, WindowGate

pytestmark = pytest.mark.gui

BUSY_S = 0.02
assert BUSY_S < MOST_WAIT_S


def run_loop_until(done: threading.Event, timeout_ms: int = 5000) -> None:
    # As the till's event loop runs: waiting for events, not polling.
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(10)
    check.timeout.connect(lambda: loop.quit() if done.is_set() else None)
    QTimer.singleShot(timeout_ms, loop.quit)
    check.start()
    loop.exec()
    check.stop()


class SlowToPaint(QWidget):
    """A widget whose repaint keeps the GUI thread busy for BUSY_S (a long table repaint)."""

    def __init__(self, go: threading.Event) -> None:
        super().__init__()
        self.go = go
        self.painting: list[float] = []

    def paintEvent(self, event: object) -> None:
        if not self.go.is_set():
            return
        started = time.monotonic()
        while time.monotonic() - started < BUSY_S:
            pass
        self.painting.extend((started, time.monotonic()))


@pytest.fixture
def till_switching() -> Iterator[None]:
    # The interpreter handed between threads as often as in the till (pos_app/__main__.py):
    # without the gate, a worker would then run many times during one repaint.
    switch = sys.getswitchinterval()
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    yield
    sys.setswitchinterval(switch)


@pytest.mark.usefixtures("till_switching")
def test_background_work_waits_while_the_window_paints_and_runs_while_it_waits(qtbot) -> None:
    gate = WindowGate()
    passed: list[float] = []
    go, finished = threading.Event(), threading.Event()
    widget = SlowToPaint(go)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)

    def listing() -> None:
        with paced(gate.wait):
            for _ in range(200):
                checkpoint()
                passed.append(time.monotonic())
                time.sleep(0.0005)  # a little work per item
        finished.set()

    def repaint_once_the_listing_runs() -> None:
        go.set()
        widget.update()

    worker = threading.Thread(target=listing)
    worker.start()
    QTimer.singleShot(20, repaint_once_the_listing_runs)
    run_loop_until(finished)
    worker.join(5)

    assert finished.is_set(), "the listing finished while the window was idle"
    started, ended = widget.painting[:2]
    # Nothing passed a checkpoint while the window painted (one item may have been under
    # way as it woke), and the listing went on while the window waited.
    assert len([t for t in passed if started + 0.002 < t < ended]) <= 1
    assert len([t for t in passed if t < started]) > 1
