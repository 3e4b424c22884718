"""Receipt PDF and preview, the setup dialog's checks, and the worker helper's delivery rules."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
)

from pos_app.domain.cards import Brand
from pos_app.domain.keys import Mode
from pos_app.domain.models import Card, Charge, ChargeStatus
from pos_app.domain.money import Money
from pos_app.domain.records import replace
from pos_app.services.receipts import ReceiptService
from pos_app.services.setup import SetupForm, TillSetup
from pos_app.storage.secrets import MemorySecretStore
from pos_app.storage.settings import SettingsStore
from pos_app.ui.dialogs.receipt_dialog import ReceiptDialog
from pos_app.ui.dialogs.setup_dialog import SetupDialog
from pos_app.ui.events import TillEvents

pytestmark = pytest.mark.gui


@pytest.fixture
def receipt_dialog(qtbot, receipts: ReceiptService) -> ReceiptDialog:
    charge = Charge(
        id="ch_test_123",
        amount=Money(1250, "usd"),
        amount_refunded=Money(0, "usd"),
        status=ChargeStatus.SUCCEEDED,
        paid=True,
        captured=True,
        refunded=False,
        created=datetime(2025, 3, 4, 12, 30, tzinfo=UTC),
        livemode=False,
        description="Two coffees",
        card=Card(id="", brand=Brand.VISA, last4="4242", exp_month=12, exp_year=2030),
    )
    receipt = receipts.build(charge, cashier="Sam", order_id="FRONT-1-0042")
    dialog = ReceiptDialog(receipts, receipt)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_receipt_preview_shows_the_sale(receipt_dialog: ReceiptDialog) -> None:
    text = receipt_dialog.findChild(QTextBrowser, "receiptView").toPlainText()
    for expected in ("Corner Café", "FRONT-1-0042", "$12.50", "VISA •••• 4242", "TEST"):
        assert expected in text
    for name in ("printReceiptButton", "saveReceiptPdfButton", "closeReceiptButton"):
        button = receipt_dialog.findChild(QPushButton, name)
        assert button is not None and button.toolTip() and button.accessibleName(), name


def test_save_pdf_writes_a_readable_80mm_receipt(
    receipt_dialog: ReceiptDialog, tmp_path: Path
) -> None:
    path = receipt_dialog.save_pdf(tmp_path / "out" / "receipt.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1024
    # 80 mm = 226.77 pt: the page is a receipt roll, not a letter sheet.
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", data)
    assert box is not None
    assert abs(float(box.group(1)) - 226.77) < 1
    # As long as the receipt, no longer: a sale's receipt is 8 to 15 cm of roll.
    assert 226 < float(box.group(2)) < 425
    status = receipt_dialog.findChild(QLabel, "receiptStatusLabel")
    assert str(path) in status.toolTip() and receipt_dialog.status_text() == f"Saved: {path}"


def test_the_save_button_writes_to_the_receipts_folder(
    qtbot, receipt_dialog: ReceiptDialog, receipts: ReceiptService
) -> None:
    with qtbot.waitSignal(receipt_dialog.pdf_saved, timeout=5000) as saved:
        receipt_dialog.findChild(QPushButton, "saveReceiptPdfButton").click()
    path = Path(saved.args[0])
    assert path.parent == receipts.receipts_dir
    assert path.read_bytes().startswith(b"%PDF")


def refuse_to_check(secret_key: str, publishable_key: str | None) -> None:
    raise AssertionError("the keys were sent to Stripe although the form was not valid")


@pytest.fixture
def keychain() -> MemorySecretStore:
    return MemorySecretStore()


@pytest.fixture
def setup_dialog(qtbot, tmp_path: Path, keychain: MemorySecretStore, runner) -> SetupDialog:
    store = SettingsStore(tmp_path / "settings.json")
    store.save(replace(store.load(), default_currency="eur"))
    checked: list[str] = []
    setup = TillSetup(store, lambda: keychain, lambda secret, pk: checked.append(secret))
    dialog = SetupDialog(setup, setup.load(first_run=True))
    dialog.checked = checked  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_setup_names_each_problem_and_emits_nothing(qtbot, setup_dialog: SetupDialog) -> None:
    setup_dialog.findChild(QLineEdit, "setupSecretKeyInput").setText("pk_test_abc")
    setup_dialog.findChild(QLineEdit, "setupPinInput").setText("12")
    setup_dialog.findChild(QLineEdit, "setupRegisterInput").setText("")
    with qtbot.assertNotEmitted(setup_dialog.completed):
        setup_dialog.findChild(QPushButton, "setupSaveButton").click()
    errors = {
        label.objectName(): label.text()
        for label in setup_dialog.findChildren(QLabel)
        if label.objectName().endswith("Error") and label.text()
    }
    assert errors == {
        "setupSecretKeyError": (
            "This is the publishable key (pk_…). Paste the secret key (sk_… or rk_…) here."
        ),
        "setupBusinessNameError": "Enter the business name printed on receipts.",
        "setupRegisterError": "Name this register, e.g. FRONT-1.",
        "setupPinError": "The PIN is 4 to 8 digits.",
    }
    assert setup_dialog.isVisible()
    assert setup_dialog.checked == []  # type: ignore[attr-defined]


def test_setup_checks_the_keys_saves_and_completes(
    qtbot, setup_dialog: SetupDialog, keychain: MemorySecretStore
) -> None:
    secret = "rk_test_51Habcdefghijklmnop"
    setup_dialog.findChild(QLineEdit, "setupSecretKeyInput").setText(secret)
    setup_dialog.findChild(QLineEdit, "setupPublishableKeyInput").setText("pk_test_51Hxyz")
    setup_dialog.findChild(QLineEdit, "setupBusinessNameInput").setText("Corner Café")
    setup_dialog.findChild(QPlainTextEdit, "setupAddressInput").setPlainText("1 Main St\nTown")
    setup_dialog.findChild(QLineEdit, "setupRegisterInput").setText("FRONT-1")
    assert setup_dialog.findChild(QComboBox, "setupCurrencyCombo").currentData() == "eur"
    setup_dialog.findChild(QLineEdit, "setupPinInput").setText("4321")
    setup_dialog.findChild(QLineEdit, "setupPinConfirmInput").setText("4321")
    assert (
        setup_dialog.findChild(QLineEdit, "setupSecretKeyInput").echoMode()
        == QLineEdit.EchoMode.Password
    )
    with qtbot.waitSignal(setup_dialog.completed, timeout=10_000) as done:
        setup_dialog.findChild(QPushButton, "setupSaveButton").click()
    form = done.args[0]
    assert isinstance(form, SetupForm)
    assert (form.business_address, form.currency, form.register_id) == (
        "1 Main St\nTown",
        "eur",
        "FRONT-1",
    )
    assert setup_dialog.checked == [secret]  # type: ignore[attr-defined]
    assert keychain.get("secret_key") == secret
    assert secret not in repr(form) and "4321" not in repr(form)
    assert setup_dialog.findChild(QLineEdit, "setupSecretKeyInput").text() == ""


def test_setup_refuses_mixed_modes_and_different_pins(setup_dialog: SetupDialog) -> None:
    setup_dialog.findChild(QLineEdit, "setupSecretKeyInput").setText("sk_live_abc")
    setup_dialog.findChild(QLineEdit, "setupPublishableKeyInput").setText("pk_test_abc")
    setup_dialog.findChild(QLineEdit, "setupPinInput").setText("1234")
    setup_dialog.findChild(QLineEdit, "setupPinConfirmInput").setText("1235")
    errors = setup_dialog.validate()
    assert errors["publishable_key"] == "Both keys must be test keys, or both live keys."
    assert errors["pin_confirm"] == "The two PINs differ. Type the PIN again."


def test_mode_badge_words_for_each_mode() -> None:
    from pos_app.ui.style import mode_badge_words

    assert mode_badge_words(Mode.LIVE, "R2", "Ann")[0].startswith("LIVE MODE")
    assert mode_badge_words(Mode.SANDBOX, "", "")[0].startswith("SANDBOX MODE")


def test_a_long_day_of_signals_does_not_wear_out_the_process() -> None:
    """Thousands of emits must not drop references (PySide6 6.12.0 did: see ui/qtcompat.py)."""
    import sys

    from pos_app.ui.qtcompat import emit

    events = TillEvents()
    before = sys.getrefcount(True)
    for _ in range(5000):
        emit(events.till_changed, "charge")
    assert sys.getrefcount(True) >= before
