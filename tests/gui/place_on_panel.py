"""Open the till's tall dialogs over a main window on a 1024 x 600 screen and report where
they land: a dialog placed as it shows and made taller afterwards had its buttons below the
screen's edge.

Run as a child process (`python -m tests.gui.place_on_panel SCREEN_JSON`): the offscreen
platform reads its screens from a file named when Qt starts, fixed for the process's life.
Prints one JSON object: the screen's free area and each dialog's frame, as [x, y, w, h].
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def main() -> int:
    from pos_app.domain.keys import Mode
    from pos_app.domain.money import Money
    from pos_app.services.charging import ChargeRequest
    from pos_app.services.setup import TillSetup
    from pos_app.storage.settings import Settings, SettingsStore
    from pos_app.ui.dialogs.receipt_dialog import ReceiptDialog
    from pos_app.ui.dialogs.settings_dialog import SettingsDialog
    from pos_app.ui.dialogs.setup_dialog import SetupDialog
    from tests.gui.child_till import child_till, report_and_close
    from tests.gui.test_receipt_printer import MemorySecretStore

    till = child_till("pos-panel-")
    app, window, charges, receipts = till.app, till.window, till.charges, till.receipts
    scratch = till.scratch
    window.setGeometry(0, 30, 1024, 570)  # below a window manager's title bar
    window.show()
    store = SettingsStore(scratch / "settings.json")
    store.save(Settings(business_name="Corner Café", training_mode=True))
    setup = TillSetup(store, MemorySecretStore, lambda secret, publishable: None)
    request = ChargeRequest(Money(1250, "usd"), "FRONT-1-0001")
    result = charges.result(request, "4242", "FRONT-1-0001", "att_1")
    dialogs: dict[str, QWidget] = {
        "settings": SettingsDialog(setup, setup.load(), mode=Mode.SANDBOX, parent=window),
        "first-run": SetupDialog(setup, setup.load(first_run=True), window),
        "receipt": ReceiptDialog(receipts, result.receipt, window, approved=True),
    }
    report: dict[str, object] = {"free": _rect(app.primaryScreen().availableGeometry())}
    for name, dialog in dialogs.items():
        dialog.open()  # type: ignore[attr-defined]
        for _ in range(5):
            app.processEvents()
        report[name] = _rect(dialog.frameGeometry())
        dialog.hide()
    return report_and_close(till, report)


if __name__ == "__main__":
    raise SystemExit(main())
