"""Ctrl+1, Ctrl+2 and Ctrl+3 bring the Charge, Customers and History pages up."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pos_app.ui.main_window import MainWindow
from tests.fixtures_peers import Peer

from .helpers import real_window, till_env

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, sandbox: Peer, tmp_path: Path) -> Iterator[MainWindow]:
    main = real_window(qtbot, till_env(sandbox, tmp_path / "till"))
    yield main
    assert main.runner.drain(30_000)
    main.close()


def test_ctrl_and_a_number_brings_that_page_up(qtbot, window: MainWindow) -> None:
    for number, name in ((3, "History"), (2, "Customers"), (1, "Charge")):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.pages.tabText(window.pages.currentIndex()) == name
