"""Every word the till shows goes through Qt's translation: with a pseudo language installed
(every message "⟦…⟧"), no window, dialog, receipt or cashier message shows an unmarked word."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from unittest.mock import MagicMock

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from pos_app.domain.attempts import AttemptKind, AttemptOutcome, SettledAttempt
from pos_app.domain.errors import CardDeclined, StripeConnectionError, ValidationError
from pos_app.domain.keys import Mode
from pos_app.domain.money import Money, parse_amount
from pos_app.gateway.parse import parse_charge
from pos_app.services.charging import ChargeRequest
from pos_app.services.context import TillContext
from pos_app.services.history import ChargeDetails
from pos_app.services.manager import AuditTrail, ManagerAction, ManagerAuth
from pos_app.services.messages import cashier_message, refund_message, settled_line
from pos_app.services.receipts import ReceiptService
from pos_app.services.setup import TillSetup
from pos_app.storage.journal import Journal
from pos_app.storage.settings import SettingsStore
from pos_app.ui import amounts
from pos_app.ui.dialogs.card_dialog import CardDialog
from pos_app.ui.dialogs.charge_details_dialog import ChargeDetailsDialog
from pos_app.ui.dialogs.customer_dialog import CustomerDialog
from pos_app.ui.dialogs.delete_customer_dialog import DeleteCustomerDialog
from pos_app.ui.dialogs.pin_dialog import PinDialog
from pos_app.ui.dialogs.receipt_dialog import ReceiptDialog
from pos_app.ui.dialogs.refund_dialog import RefundDialog
from pos_app.ui.dialogs.save_card_dialog import SaveCardDialog
from pos_app.ui.dialogs.settings_dialog import SettingsDialog
from pos_app.ui.dialogs.settled_dialog import SettledDialog
from pos_app.ui.dialogs.setup_dialog import SetupDialog
from pos_app.ui.main_window import MainWindow
from tests.gui.conftest import FakeCharges
from tests.i18n.pseudo import OPEN, build_pseudo_catalogue, installed, unmarked, visible_texts

pytestmark = pytest.mark.gui

EXAMPLES = Path(__file__).resolve().parents[1] / "gateway" / "examples"
#: What the tests type or Stripe returns: data, shown as it is.
DATA = (
    "Corner Café",
    "1 Main Street",
    "Springfield",
    "Thank you!",
    "Sam",
    "Ada Lovelace",
    "ada@example.com",
    # Stripe's own words and values in the charge details (Stripe's example charge).
    "Order A-1001",
    "Payment complete.",
    "authorized",
    "approved_by_network",
    "normal",
    # The PIN dialog shows what its caller (already translated) says is being approved.
    "Refund $10.50 of order F-1",
)


@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pseudo_catalogue(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp: object, pseudo_qm: Path) -> Iterator[None]:
    with installed(pseudo_qm):
        yield


def a_charge():  # type: ignore[no-untyped-def]
    raw = json.loads((EXAMPLES / "charge_succeeded.json").read_text(encoding="utf-8"))
    return parse_charge(raw)


def test_the_checker_finds_a_word_that_skipped_the_translation(qtbot, pseudo: None) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Hello"))
    layout.addWidget(QLabel(QCoreApplication.translate("SetupFields", "Language")))
    layout.addWidget(QLabel("$12.50 — FRONT-1-000042 — VISA •••• 4242"))
    assert unmarked(visible_texts(window), DATA) == ["QLabel#QLabel.text: 'Hello'"]


def _dialogs(tmp_path: Path, fake_charges: FakeCharges, receipts: ReceiptService) -> list[QDialog]:
    """Every dialog of the till, as the till opens them (and some in a state with messages)."""
    store = SettingsStore(tmp_path / "settings.json")
    setup = TillSetup(store, lambda: None, lambda secret, publishable: None)
    journal = Journal(tmp_path / "journal.sqlite3")
    manager = ManagerAuth(
        AuditTrail(journal, register_id="FRONT-1", cashier="Sam"), pin_hash=None, env_pin="2468"
    )
    charge = a_charge()
    history = MagicMock()
    history.details.return_value = ChargeDetails(charge, (), None)
    history.receipt.return_value = receipts.build(charge, cashier="Sam")
    receipt = receipts.build(charge, cashier="Sam", order_id="FRONT-1-000042")
    settled = SettledAttempt(
        attempt_key="k1",
        kind=AttemptKind.CHARGE,
        outcome=AttemptOutcome.SUCCEEDED,
        order_id="FRONT-1-000042",
        subject_id=None,
        amount=Money(990, "usd"),
        created_at=datetime.now(UTC),
    )
    first_run = SetupDialog(setup, setup.load(first_run=True))
    first_run.submit()  # nothing typed: every field's message
    card = CardDialog(fake_charges, ChargeRequest(Money(1250, "usd"), "FRONT-1-0001"))
    card.submit()  # nothing typed: the card fields' messages
    return [
        first_run,
        SettingsDialog(setup, setup.load(), mode=Mode.TEST),
        card,
        SaveCardDialog(MagicMock(), customer_name="Ada Lovelace", ask_consent=True),
        ReceiptDialog(receipts, receipt, approved=True, email_sender=lambda address: None),
        ChargeDetailsDialog(history, receipts, charge, UTC, can_refund=True),
        RefundDialog(MagicMock(), manager, charge, UTC),
        PinDialog(manager, ManagerAction.REFUND, charge.id, "Refund $10.50 of order F-1"),
        CustomerDialog(MagicMock(), business_name="Corner Café"),
        DeleteCustomerDialog("Ada Lovelace", 2),
        SettledDialog([settled]),
    ]


def test_every_dialog_shows_only_translated_words(
    qtbot, pseudo: None, tmp_path: Path, fake_charges: FakeCharges, receipts: ReceiptService
) -> None:
    problems: list[str] = []
    # The locale list names each locale in its own language ("Deutsch (Deutschland)"), on
    # purpose: those names are data, never translated.
    data = (*DATA, *(words for name, words in amounts.locale_choices() if name))
    for dialog in _dialogs(tmp_path, fake_charges, receipts):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if isinstance(dialog, ChargeDetailsDialog):
            qtbot.waitUntil(lambda d=dialog: not d.loading)
        problems += [f"{type(dialog).__name__}: {p}" for p in unmarked(visible_texts(dialog), data)]
        dialog.close()
    assert problems == [], "\n".join(problems)


def test_the_main_window_shows_only_translated_words_on_every_page(
    qtbot, pseudo: None, till: TillContext
) -> None:
    window = MainWindow(till)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    problems: list[str] = []
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        qtbot.wait(50)
        # The clock's day and month names are the language's own (QLocale), not messages.
        problems += unmarked(
            visible_texts(window), (*DATA, till.register_id, window.clock_label.text())
        )
    assert sorted(set(problems)) == []


def test_receipts_and_cashier_messages_are_in_the_till_language(
    pseudo: None, receipts: ReceiptService
) -> None:
    charge = a_charge()
    for receipt in (receipts.build(charge, cashier="Sam", order_id="FRONT-1-000042"),):
        text = receipts.render_text(receipt)
        lines = [(f"receipt line {n}", line) for n, line in enumerate(text.splitlines())]
        assert unmarked(lines, (*DATA, receipt.charge_id, receipt.reference)) == []
        assert f"{OPEN}Status⟧" in receipts.render_html(receipt)
    messages = [
        cashier_message(
            CardDeclined("declined", code="card_declined", decline_code="insufficient_funds")
        ),
        cashier_message(StripeConnectionError("no route")),
        refund_message(StripeConnectionError("no route")),
    ]
    texts = [(m.title, m.text) for m in messages[:3]]
    problems = unmarked(
        [(f"title {t}", t) for t, _ in texts] + [(f"text {t}", x) for t, x in texts]
    )
    assert problems == []
    try:
        parse_amount("abc", "usd")
    except ValidationError as exc:
        assert exc.message.startswith(OPEN)
    settled = SettledAttempt(
        attempt_key="k1",
        kind=AttemptKind.REFUND,
        outcome=AttemptOutcome.NOT_MADE,
        order_id="FRONT-1-000042",
        subject_id=None,
        amount=Money(990, "usd"),
        created_at=datetime.now(UTC),
    )
    assert settled_line(settled).startswith(OPEN)
