"""Render the till's main screens at a scale factor and report what a reader would notice.

Run as a child process (`python -m tests.gui.render_at_scale OUT_DIR`) with QT_SCALE_FACTOR set
before Qt starts: the scale is fixed for a process's life. Writes a PNG per screen into OUT_DIR
and prints one JSON object: per screen, the grab's device pixel ratio and physical size, the
widgets cut off or squeezed, and per icon the physical size of its pixmap.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPushButton


def main(out_dir: Path) -> int:
    from pos_app.domain.money import Money
    from pos_app.services.charging import ChargeRequest
    from pos_app.ui.dialogs.card_dialog import CardDialog
    from pos_app.ui.dialogs.receipt_dialog import ReceiptDialog
    from tests.gui.child_till import child_till, report_and_close
    from tests.gui.test_small_screens import problems

    till = child_till("pos-scale-")
    app, window, charges, receipts = till.app, till.window, till.charges, till.receipts
    window.resize(1280, 800)
    window.show()
    request = ChargeRequest(Money(1250, "usd"), "FRONT-1-0001")
    card = CardDialog(charges, request, window)
    card.open()
    result = charges.result(request, "4242", "FRONT-1-0001", "att_1")
    receipt = ReceiptDialog(receipts, result.receipt, window, approved=True)
    receipt.open()
    report: dict[str, object] = {"scale": app.primaryScreen().devicePixelRatio()}
    for name, widget in (("main-window", window), ("card-dialog", card), ("receipt", receipt)):
        for _ in range(5):
            app.processEvents()
        shot = widget.grab()
        shot.save(str(out_dir / f"{name}.png"))
        icons = {}
        for button in widget.findChildren(QPushButton):
            if not button.icon().isNull() and button.isVisibleTo(widget):
                size: QSize = button.iconSize()
                pixmap = button.icon().pixmap(size, shot.devicePixelRatio())
                icons[button.objectName()] = [size.width(), pixmap.width(), pixmap.height()]
        report[name] = {
            "ratio": shot.devicePixelRatio(),
            "physical": [shot.width(), shot.height()],
            "logical": [widget.width(), widget.height()],
            "problems": problems(widget),
            "icons": icons,
        }
    card.reject()
    receipt.accept()
    return report_and_close(till, report)


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
