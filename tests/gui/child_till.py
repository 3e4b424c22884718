"""The test shop's main window on fake charges, for checks run in a process of their own
(tests/gui/render_at_scale.py, tests/gui/place_on_panel.py)."""

from __future__ import annotations

import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication

from pos_app.services.receipts import ReceiptService
from pos_app.ui.main_window import MainWindow
from pos_app.ui.style import apply_style
from tests.gui.conftest import FakeAttempts, FakeCharges, fake_till, shop_receipts

__all__ = ["ChildTill", "child_till", "report_and_close"]


@dataclass
class ChildTill:
    app: QApplication
    window: MainWindow
    charges: FakeCharges
    receipts: ReceiptService
    scratch: Path


def child_till(prefix: str) -> ChildTill:
    """The application with the till's style, and the main window (not shown yet)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_style(app)
    scratch = Path(tempfile.mkdtemp(prefix=prefix))
    receipts = shop_receipts(scratch)
    charges = FakeCharges(receipts)
    window = MainWindow(fake_till(charges, receipts, FakeAttempts()))
    return ChildTill(app, window, charges, receipts, scratch)


def report_and_close(till: ChildTill, report: dict[str, object]) -> int:
    """Let the window's workers finish, close it and print `report` as the child's JSON line."""
    till.window.runner.drain(10_000)
    till.window.close()
    print(json.dumps(report))
    return 0
