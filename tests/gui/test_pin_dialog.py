"""The manager PIN prompt: approves with the right PIN, says tries left, locks after five."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from pos_app.services.manager import AuditTrail, Grant, ManagerAction, ManagerAuth
from pos_app.storage.journal import Journal
from pos_app.storage.settings import hash_pin
from pos_app.ui.dialogs.pin_dialog import PinDialog
from pos_app.ui.ops import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def auth(tmp_path: Path) -> Iterator[ManagerAuth]:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        trail = AuditTrail(journal, register_id="FRONT-1", cashier="Sam")
        yield ManagerAuth(trail, pin_hash=hash_pin("4821", iterations=1_000))


def open_dialog(qtbot, auth: ManagerAuth) -> PinDialog:
    dialog = PinDialog(auth, ManagerAction.REFUND, "ch_1", "Refund $12.50 on order FRONT-1-000007")
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_right_pin_approves_and_closes(qtbot, auth: ManagerAuth, runner: TaskRunner) -> None:
    dialog = open_dialog(qtbot, auth)
    assert "Refund $12.50" in dialog.findChild(QLabel, "pinWhatLabel").text()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "pinInput"), "4821")
    with qtbot.waitSignal(dialog.granted, timeout=5000) as granted:
        qtbot.keyClick(dialog.findChild(QLineEdit, "pinInput"), Qt.Key.Key_Return)
    grant = granted.args[0]
    assert isinstance(grant, Grant) and grant.subject == "ch_1"
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert dialog.findChild(QLineEdit, "pinInput").text() == ""


def test_wrong_pins_say_tries_left_then_lock(qtbot, auth: ManagerAuth, runner: TaskRunner) -> None:
    dialog = open_dialog(qtbot, auth)
    pin = dialog.findChild(QLineEdit, "pinInput")
    error = dialog.findChild(QLabel, "pinErrorLabel")
    submit = dialog.findChild(QPushButton, "pinSubmitButton")
    qtbot.keyClicks(pin, "12")
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    assert error.text() == "The PIN is 4 to 8 digits."  # nothing checked
    for expected in ("4 more tries", "3 more tries", "2 more tries", "One more try"):
        pin.clear()
        qtbot.keyClicks(pin, "0000")
        qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda expected=expected: expected in error.text(), timeout=5000)
        assert pin.text() == "" and dialog.isVisible()
    qtbot.keyClicks(pin, "0000")
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "locked until" in error.text(), timeout=5000)
    assert not submit.isEnabled() and not pin.isEnabled()


def test_a_message_on_two_lines_gets_its_room(qtbot, auth: ManagerAuth, runner: TaskRunner) -> None:
    # A German refusal took two lines in a dialog as narrow as its words allow: the dialog
    # kept its height and cut the lines above and below the message.
    from pos_app.domain.i18n import SOURCE_LANGUAGE
    from pos_app.ui.i18n import install_language

    assert install_language("de") == "de"
    try:
        what = "Zahlungen, Summen und Erstattungen des Tages (Verlauf) für 15 Minuten öffnen"
        dialog = PinDialog(auth, ManagerAction.REFUND, "ch_1", what)
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        dialog.resize(360, dialog.layout().totalHeightForWidth(360))
        error = dialog.findChild(QLabel, "pinErrorLabel")
        pin = dialog.findChild(QLineEdit, "pinInput")
        qtbot.keyClicks(pin, "0000")
        qtbot.keyClick(pin, Qt.Key.Key_Return)
        qtbot.waitUntil(error.isVisible, timeout=5000)
        # Every line of it, and of the words above it, shows.
        assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
        assert error.height() >= error.heightForWidth(error.width())
    finally:
        install_language(SOURCE_LANGUAGE)
