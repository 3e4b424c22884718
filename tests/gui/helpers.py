"""What the counter tests share: the real till on a Stripe peer, and a cashier's hands."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from pos_app.ui.dialogs.card_dialog import CardDialog
from pos_app.ui.main_window import MainWindow
from tests.fixtures_peers import Peer

YEAR = (date.today().year + 2) % 100
EXPIRY = f"12/{YEAR:02d}"
VISA = "4242424242424242"
WRONG_CVC_CARD = "4000000000000127"


def till_env(peer: Peer | str, data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment `pos-app` would run with against `peer` (a Peer or a base URL)."""
    base_url = peer if isinstance(peer, str) else peer.base_url
    return {
        "POS_STRIPE_SECRET_KEY": "sk_test_counterTests0000000000",
        "POS_STRIPE_API_BASE": base_url,
        "POS_DATA_DIR": str(data_dir),
        "POS_REGISTER_ID": "FRONT-1",
        "POS_CASHIER": "Sam",
        "POS_CURRENCY": "usd",
        "POS_MANAGER_PIN": "2468",
        **extra,
    }


def start_tills_on(peer: Peer, root: Path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    """Set the environment a Launcher reads for a till with its keys on `peer` and its
    folders under `root` (returned)."""
    monkeypatch.setenv("POS_DATA_DIR", str(root))
    monkeypatch.setenv("POS_STRIPE_SECRET_KEY", peer.secret_key)
    monkeypatch.setenv("POS_STRIPE_API_BASE", peer.base_url)
    monkeypatch.setenv("POS_CASHIER", "Sam")
    return root


def real_window(qtbot, env: dict[str, str]) -> MainWindow:  # type: ignore[no-untyped-def]
    """The main window exactly as `pos-app` builds it (pos_app.app.create_main_window)."""
    from pos_app.app import create_main_window

    window = create_main_window(env)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def ready_window(qtbot, launcher: object, timeout: int = 20_000) -> MainWindow:  # type: ignore[no-untyped-def]
    """The launcher's main window once its services are attached (they are built after its
    first paint, docs/architecture.md "Start-up")."""

    def ready() -> bool:
        window = getattr(launcher, "window", None)
        return isinstance(window, MainWindow) and window.ready

    qtbot.waitUntil(ready, timeout=timeout)
    window = getattr(launcher, "window", None)
    assert isinstance(window, MainWindow)
    return window


def sandbox_config(peer: Peer, **values: str) -> None:
    response = httpx.post(f"{peer.base_url}/_pos/config", data=values, timeout=10)
    assert response.status_code == 200, response.text


def stripe_charges(peer: Peer) -> list[dict]:  # type: ignore[type-arg]
    response = httpx.get(
        f"{peer.base_url}/v1/charges?limit=100", auth=(peer.secret_key, ""), timeout=10
    )
    response.raise_for_status()
    return list(response.json()["data"])


def field(parent: QWidget, name: str) -> QLineEdit:
    found = parent.findChild(QLineEdit, name)
    assert found is not None, name
    return found


def label(parent: QWidget, name: str) -> QLabel:
    found = parent.findChild(QLabel, name)
    assert found is not None, name
    return found


def button(parent: QWidget, name: str) -> QPushButton:
    found = parent.findChild(QPushButton, name)
    assert found is not None, name
    return found


def ring_up(qtbot, window: MainWindow, cents: str = "1250") -> CardDialog:  # type: ignore[no-untyped-def]
    """Type the amount and press Enter; returns the card dialog that opened."""
    amount = field(window, "amountInput")
    qtbot.keyClicks(amount, cents)
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    dialog = window.charge_page.card_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def key_in(  # type: ignore[no-untyped-def]
    qtbot,
    dialog: QWidget,
    number: str = VISA,
    *,
    expiry: str = EXPIRY,
    cvc: str = "123",
    postal: str = "10001",
    name: str = "",
) -> None:
    """Key the card in as a cashier does, field by field."""
    qtbot.keyClicks(field(dialog, "cardNumberInput"), number)
    qtbot.keyClicks(field(dialog, "cardExpiryInput"), expiry)
    if cvc:
        qtbot.keyClicks(field(dialog, "cardCvcInput"), cvc)
    if postal:
        qtbot.keyClicks(field(dialog, "cardPostalInput"), postal)
    if name:
        qtbot.keyClicks(field(dialog, "cardNameInput"), name)


def paste(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+V with `text` on the clipboard."""
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def top_level(name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


class FakeClock:
    """Seconds that move on by `step` each time they are read: a person typing."""

    def __init__(self, step: float = 0.2) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now
