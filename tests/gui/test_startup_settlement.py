"""A till that stopped with a payment's answer lost checks it with Stripe when it starts again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTextBrowser

from pos_app.app import build_context, create_main_window, load_config
from pos_app.domain.cards import CardDetails
from pos_app.domain.errors import AttemptUnresolved
from pos_app.domain.money import Money
from pos_app.services.settle_policy import SettlePolicy
from pos_app.storage.paths import AppPaths
from pos_app.ui.dialogs.settled_dialog import SettledDialog
from tests.fixtures_peers import Peer

pytestmark = pytest.mark.gui


def test_an_unanswered_payment_from_the_last_run_is_reported_as_approved(
    qtbot, sandbox: Peer, tmp_path: Path
) -> None:
    env = {
        "POS_STRIPE_SECRET_KEY": sandbox.secret_key,
        "POS_STRIPE_API_BASE": sandbox.base_url,
        "POS_DATA_DIR": str(tmp_path / "till-data"),
        "POS_REGISTER_ID": "FRONT-1",
        "POS_CASHIER": "Sam",
    }
    # The last run: Stripe made the charge, but every answer was lost, then the till stopped.
    paths = AppPaths.resolve(env).ensure()
    context = build_context(load_config(env, paths), paths)
    # It stops before its checks: the cashier closed the till while it was still unknown.
    context.attempts.policy = SettlePolicy(deadline=0.0)  # type: ignore[attr-defined]
    httpx.post(f"{sandbox.base_url}/_pos/config", data={"lose_charge_answers": "3"})
    request = context.charges.build_request(amount=Money(990, "usd"), order_id="FRONT-1-000077")
    card = CardDetails.from_input("4242424242424242", f"12/{date.today().year % 100 + 2}", "123")
    with pytest.raises(AttemptUnresolved):
        context.charges.charge_card(request, card)
    context.close()

    window = create_main_window(env)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.unfinished_box is not None, timeout=20_000)

    box = window.unfinished_box
    assert isinstance(box, SettledDialog) and box.objectName() == "unfinishedPaymentsBox"
    assert box.isVisible()
    assert (
        "The payment for order FRONT-1-000077 ($9.90, VISA •••• 4242) went through: "
        "the customer paid." in box.text()
    )
    # The customer who paid before the crash can still be handed the receipt.
    (button,) = box.findChildren(QPushButton, "settledReceiptButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    receipt = window.settled_receipt
    assert receipt is not None and receipt.isVisible()
    text = receipt.findChild(QTextBrowser, "receiptView").toPlainText()
    assert "FRONT-1-000077" in text and "$9.90" in text and "VISA •••• 4242" in text
    listed = httpx.get(
        f"{sandbox.base_url}/v1/charges", auth=(sandbox.secret_key, ""), timeout=10
    ).json()["data"]
    assert len(listed) == 1  # settled by looking it up, not by charging again
    assert window.runner.drain(10_000)
    window.close()
