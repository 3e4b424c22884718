"""The manager's day on the real till (create_main_window) against the sandbox: the PIN, the totals
the page, the CSV and `pos-app report` give (checked against sums computed here from Stripe's
raw answers), local midnight, a busy day, details, filters and refunds.

Charges are made straight at the sandbox, as other registers would make them. The sandbox
stamps `created` itself, so the tests pick the shop's time zone afterwards: a zone file written
for the test (tests/day_support.py) whose local midnight falls where the test needs it.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from itertools import pairwise
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
)

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.money import Money
from pos_app.gateway import GatewayConfig, StripeGateway
from pos_app.ui.busy_bar import BusyBar
from pos_app.ui.dialogs.charge_details_dialog import ChargeDetailsDialog
from pos_app.ui.dialogs.refund_dialog import RefundDialog
from pos_app.ui.history_model import Column
from pos_app.ui.main_window import MainWindow
from pos_app.ui.pages.history_page import HistoryPage
from tests.day_support import (
    MASTERCARD,
    charge_until_the_second_turns,
    expected_totals,
    extra_zones,
    ids_on,
    list_all_charges,
    make_charge,
    make_mixed_day,
    saved_customer,
    seed_customer_charges,
    zone_with_midnight_at,
    zone_with_noon_at,
)
from tests.faults.plan import DROP, REFUSE, Script
from tests.faults.proxy import FaultProxy
from tests.fixtures_peers import Peer
from tests.gui.event_count import EventCount
from tests.integration.support import new_key

pytestmark = pytest.mark.gui

PIN = "4821"
REPO = Path(__file__).resolve().parents[2]
WindowFor = Callable[..., MainWindow]


@pytest.fixture
def zones(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "zones"
    folder.mkdir()
    with extra_zones(folder):
        yield folder


@pytest.fixture
def server(sandbox: Peer) -> Iterator[StripeGateway]:
    """Straight to the sandbox: the other registers, and the test's own checks."""
    with StripeGateway(
        GatewayConfig(secret_key=sandbox.secret_key, api_base=sandbox.base_url, max_retries=0)
    ) as gateway:
        yield gateway


@pytest.fixture
def window_for(qtbot, tmp_path: Path) -> Iterator[WindowFor]:
    made: list[MainWindow] = []

    def build(peer: Peer, zone: str, **extra: str) -> MainWindow:
        from pos_app.app import create_main_window

        env = {
            "POS_STRIPE_SECRET_KEY": peer.secret_key,
            "POS_STRIPE_API_BASE": peer.base_url,
            "POS_DATA_DIR": str(tmp_path / "till-data"),
            "POS_REGISTER_ID": "FRONT-1",
            "POS_CASHIER": "Sam",
            "POS_CURRENCY": "usd",
            "POS_MANAGER_PIN": PIN,
            "POS_TIMEZONE": zone,
            **extra,
        }
        window = create_main_window(env)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield build
    for window in made:
        assert window.runner.drain(30_000)
        window.close()


def history_of(window: MainWindow) -> HistoryPage:
    page = window.history_page  # built on first use
    assert isinstance(page, HistoryPage) and page.objectName() == "historyPage"
    return page


def open_history(qtbot, window: MainWindow, pin: str = PIN) -> HistoryPage:
    """Open the History tab and give the manager PIN; returns once today is loaded."""
    page = history_of(window)
    window.pages.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.pin_dialog is not None and page.pin_dialog.isVisible())
    dialog = page.pin_dialog
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        qtbot.keyClicks(dialog.findChild(QLineEdit, "pinInput"), pin)
        qtbot.keyClick(dialog.findChild(QLineEdit, "pinInput"), Qt.Key.Key_Return)
    return page


def show_day(qtbot, page: HistoryPage, day: date) -> None:
    page.findChild(QDateEdit, "historyDateEdit").setDate(QDate(day.year, day.month, day.day))
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        qtbot.mouseClick(
            page.findChild(QPushButton, "historyRefreshButton"), Qt.MouseButton.LeftButton
        )


def page_totals(page: HistoryPage) -> dict[str, dict[str, int]]:
    assert page.totals is not None
    return {
        currency: {
            "charges": t.charges,
            "succeeded": t.succeeded,
            "failed": t.failed,
            "gross": t.gross,
            "refunded": t.refunded,
            "net": t.net,
        }
        for currency, t in page.totals.totals.items()
    }


def shown_ids(page: HistoryPage) -> set[str]:
    return {page.proxy.charges([row])[0].id for row in range(page.proxy.rowCount())}


def csv_totals(rows: list[dict[str, str]]) -> dict[str, dict[str, int]]:
    """The day's totals summed by the test from the exported rows."""
    totals: dict[str, dict[str, int]] = {}
    for row in rows:
        t = totals.setdefault(
            row["currency"],
            {"charges": 0, "succeeded": 0, "failed": 0, "gross": 0, "refunded": 0, "net": 0},
        )
        t["charges"] += 1
        if row["status"] == "failed":
            t["failed"] += 1
        if row["status"] in ("succeeded", "refunded", "partly refunded"):
            t["succeeded"] += 1
            t["gross"] += int(row["amount"])
            t["refunded"] += int(row["amount_refunded"])
            t["net"] += int(row["amount"]) - int(row["amount_refunded"])
    return totals


def run_report(peer: Peer, zones: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POS_") and k != "PYTHONTZPATH"}
    env |= {
        "POS_STRIPE_SECRET_KEY": peer.secret_key,
        "POS_STRIPE_API_BASE": peer.base_url,
        "POS_DATA_DIR": str(tmp_path / "report-data"),
        # The test's zone files, found by zoneinfo in the child process.
        "PYTHONTZPATH": os.pathsep.join([str(zones), *_system_tzpath()]),
    }
    return subprocess.run(
        [sys.executable, "-m", "pos_app", "report", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )


def _system_tzpath() -> list[str]:
    import zoneinfo

    return [p for p in zoneinfo.TZPATH if Path(p).is_dir()]


def export_csv(qtbot, page: HistoryPage, path: Path) -> list[dict[str, str]]:
    qtbot.mouseClick(page.findChild(QPushButton, "exportCsvButton"), Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "exportCsvDialog")
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    with qtbot.waitSignal(page.exported, timeout=10_000):
        dialog.selectFile(str(path))
        dialog.accept()
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads it right
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


# -- the day's figures ----------------------------------------------------------------------


def test_the_page_the_csv_and_the_report_agree_on_a_day_cut_at_local_midnight(
    qtbot, window_for: WindowFor, sandbox: Peer, server: StripeGateway, zones: Path,
    tmp_path: Path,
) -> None:  # fmt: skip
    made = make_mixed_day(server)
    before, after = charge_until_the_second_turns(server, saved_customer(server))
    zone = zone_with_midnight_at(zones, int(after.created.timestamp()))
    new_day = after.created.astimezone(ZoneInfo(zone)).date()
    day = new_day - timedelta(days=1)
    raw = list_all_charges(sandbox)
    expected = expected_totals(raw, day, zone)
    assert set(expected) == {"usd", "eur"}
    assert ids_on(raw, day, zone) == set(made.all) | {c.id for c in before}
    assert ids_on(raw, new_day, zone) == {after.id}

    window = window_for(sandbox, zone)
    page = open_history(qtbot, window)  # today: the new day, one charge old
    assert page.day() == new_day
    assert shown_ids(page) == {after.id}
    show_day(qtbot, page, day)

    assert page_totals(page) == expected
    assert shown_ids(page) == ids_on(raw, day, zone)
    assert page.findChild(QTableView, "historyTable").model().rowCount() == len(before) + len(
        made.all
    )
    totals_text = page.findChild(QTextBrowser, "historyTotalsLabel").toPlainText()
    assert "$" in totals_text and "€" in totals_text
    for currency, figures in expected.items():
        net = Money(figures["net"], currency)
        from pos_app.domain.money import format_money

        assert format_money(net) in totals_text
        # Stripe's fees, read with the day (none in the sandbox): what the deposit is made of.
        assert f"after fees and refunds {format_money(net)}" in totals_text
    assert "Stripe fees" in totals_text and "without Stripe's figures" not in totals_text

    rows = export_csv(qtbot, page, tmp_path / "day.csv")
    assert csv_totals(rows) == expected
    assert {row["id"] for row in rows} == ids_on(raw, day, zone)
    formula = next(row for row in rows if row["description"].startswith("'"))
    assert formula["description"] == "'=SUM(A1:A9) typed at the till"
    for row in rows:  # each succeeded charge's fee, and none for a decline
        assert row["stripe_fee"] == ("0" if row["status"] != "failed" else "")

    result = run_report(sandbox, zones, tmp_path, "--date", day.isoformat(), "--tz", zone,
                        "--format", "json")  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["totals"] == expected
    assert {c: f["after_refunds"] for c, f in report["fees"].items()} == {
        currency: figures["net"] for currency, figures in expected.items()
    }
    assert report["date"] == day.isoformat() and report["timezone"] == zone
    assert {c["id"] for c in report["charges"]} == ids_on(raw, day, zone)
    assert report["window"]["end"].startswith(f"{new_day.isoformat()}T00:00:00")
    later = run_report(sandbox, zones, tmp_path, "--date", new_day.isoformat(), "--tz", zone,
                       "--format", "json")  # fmt: skip
    assert [c["id"] for c in json.loads(later.stdout)["charges"]] == [after.id]


def test_a_day_of_more_than_250_charges_is_complete(
    qtbot, window_for: WindowFor, sandbox: Peer, zones: Path, tmp_path: Path
) -> None:
    seed_customer_charges(sandbox, 263, first_amount=200)
    zone = zone_with_noon_at(zones, int(time.time()))
    window = window_for(sandbox, zone)
    page = history_of(window)
    pages: list[int] = []
    page.page_arrived.connect(pages.append)

    open_history(qtbot, window)

    # Rows appeared as the pages arrived (pages arriving close together are shown together).
    assert pages[0] == 100 and pages[-1] == 263 and pages == sorted(pages)
    assert page.proxy.rowCount() == 263
    assert page_totals(page)["usd"]["gross"] == sum(range(200, 463))
    result = run_report(sandbox, zones, tmp_path, "--tz", zone, "--format", "json")
    assert len(json.loads(result.stdout)["charges"]) == 263


def test_the_busy_bar_gives_way_to_the_count_once_rows_arrive(
    qtbot, window_for: WindowFor, sandbox: Peer, zones: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Busy while nothing has come; then the line counts the charges read so far, and no
    # bar animates (a repaint every frame) while the rest of the day arrives.
    seed_customer_charges(sandbox, 150, first_amount=200)
    window = window_for(sandbox, zone_with_noon_at(zones, int(time.time())))
    page = history_of(window)
    history = window.ctx.history
    fetch_day = history.fetch_day
    first, rest = threading.Event(), threading.Event()

    def held(day: date, *, on_page: Callable[..., None], **kwargs: object) -> object:
        def page_held(charges: object) -> None:
            first.wait(10)
            on_page(charges)
            rest.wait(10)

        return fetch_day(day, on_page=page_held, **kwargs)

    monkeypatch.setattr(history, "fetch_day", held)
    bar = page.findChild(BusyBar, "historyProgress")
    state = page.findChild(QLabel, "historyStateLabel")
    window.pages.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.pin_dialog is not None and page.pin_dialog.isVisible())
    qtbot.keyClicks(page.pin_dialog.findChild(QLineEdit, "pinInput"), PIN)
    qtbot.keyClick(page.pin_dialog.findChild(QLineEdit, "pinInput"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Reading" in state.text())
    assert bar.isVisible() and bar.busy  # busy: nothing read yet
    # The table is already there, empty under its header, for the rows to come into.
    table = page.findChild(QTableView, "historyTable")
    assert table.isVisible() and page.proxy.rowCount() == 0
    assert not page.findChild(QLabel, "historyMessageLabel").isVisible()
    # Its scroll bar too: the rows arriving do not narrow the table under the manager's eyes.
    assert table.verticalScrollBar().isVisible()
    room = table.viewport().width()

    first.set()
    qtbot.waitUntil(lambda: "100 charges so far" in state.text())
    assert not bar.busy and not bar.animating and page.proxy.rowCount() == 100
    assert table.viewport().width() == room
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        rest.set()
    assert not bar.busy and page.proxy.rowCount() == 150
    # Reading the day again starts the bar without repainting the rest of the window (a
    # hidden bar being shown repainted every widget of it, the tab bar among them).
    tab_paints = EventCount(QEvent.Type.Paint)
    window.pages.tabBar().installEventFilter(tab_paints)
    bar_paints = EventCount(QEvent.Type.Paint)
    bar.installEventFilter(bar_paints)
    customer_width = table.columnWidth(Column.CUSTOMER)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.refresh_button.click()
        # The same day read again keeps its columns while it loads (its charges named a
        # saved customer: the column does not narrow to its heading and widen again).
        assert table.columnWidth(Column.CUSTOMER) == customer_width
    assert bar_paints.count >= 1 and tab_paints.count == 0
    assert table.columnWidth(Column.CUSTOMER) == customer_width


def test_the_last_pages_cashier_and_register_are_among_the_filters_choices(
    qtbot, window_for: WindowFor, sandbox: Peer, server: StripeGateway, zones: Path
) -> None:
    # The oldest charge comes on the day's last page, whose rows are shown with the day's
    # reconciliation rather than with a summary of their own: its cashier and register can
    # be picked all the same.
    make_charge(server, "4242424242424242", 990, "usd", cashier="Jo", register="BACK-9",
                order_id="BACK-9-000001")  # fmt: skip
    seed_customer_charges(sandbox, 150, first_amount=200)
    window = window_for(sandbox, zone_with_noon_at(zones, int(time.time())))
    page = open_history(qtbot, window)
    assert page.proxy.rowCount() == 151
    cashier = page.findChild(QComboBox, "historyCashierFilter")
    register = page.findChild(QComboBox, "historyRegisterFilter")
    cashiers = [cashier.itemData(i) for i in range(1, cashier.count())]
    registers = [register.itemData(i) for i in range(1, register.count())]
    assert sorted(cashiers) == ["Alex", "Jo", "Sam"]
    assert sorted(registers) == ["BACK-9", "R0", "R1", "R2"]
    cashier.setCurrentIndex(cashiers.index("Jo") + 1)
    assert page.proxy.rowCount() == 1
    assert page.proxy.charges([0])[0].metadata["register_id"] == "BACK-9"


# -- the PIN ----------------------------------------------------------------------------------


def test_the_page_opens_only_with_the_manager_pin_and_only_for_that_visit(
    qtbot, window_for: WindowFor, sandbox: Peer, server: StripeGateway, zones: Path
) -> None:
    make_charge(server, "4242424242424242", 1250, "usd", cashier="Sam", register="FRONT-1",
                order_id="FRONT-1-000001")  # fmt: skip
    window = window_for(sandbox, zone_with_noon_at(zones, int(time.time())))
    page = history_of(window)
    window.pages.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.pin_dialog is not None and page.pin_dialog.isVisible())
    dialog = page.pin_dialog
    qtbot.keyClicks(dialog.findChild(QLineEdit, "pinInput"), "1111")
    qtbot.keyClick(dialog.findChild(QLineEdit, "pinInput"), Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "pinErrorLabel")
    qtbot.waitUntil(lambda: "4 more tries" in error.text(), timeout=10_000)
    assert not page.unlocked and page.model.rowCount() == 0
    assert not page.findChild(QTableView, "historyTable").isVisible()
    qtbot.mouseClick(dialog.findChild(QPushButton, "pinCancelButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pin_dialog is None)
    unlock = page.findChild(QPushButton, "historyUnlockButton")
    assert unlock.isVisible()

    qtbot.mouseClick(unlock, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.pin_dialog is not None and page.pin_dialog.isVisible())
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        qtbot.keyClicks(page.pin_dialog.findChild(QLineEdit, "pinInput"), PIN)
        qtbot.keyClick(page.pin_dialog.findChild(QLineEdit, "pinInput"), Qt.Key.Key_Return)
    assert page.findChild(QTableView, "historyTable").isVisible()
    assert page.proxy.rowCount() == 1

    window.pages.setCurrentIndex(0)  # the visit ends: nothing of the day stays
    assert not page.unlocked and page.model.rowCount() == 0
    window.pages.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.pin_dialog is not None and page.pin_dialog.isVisible())
    actions = [e.action for e in window.ctx.trail.entries()]
    assert actions.count("pin.rejected") == 1 and actions.count("pin.granted") == 1
    page.pin_dialog.reject()


# -- refunds ----------------------------------------------------------------------------------


def test_a_refund_needs_the_pin_refunds_once_on_a_double_click_and_survives_a_lost_answer(
    qtbot, window_for: WindowFor, fault_proxy: FaultProxy, zones: Path
) -> None:
    with StripeGateway(
        GatewayConfig(secret_key=fault_proxy.direct.secret_key,
                      api_base=fault_proxy.direct.base_url)
    ) as server:  # fmt: skip
        charge = make_charge(server, "4242424242424242", 2500, "usd", cashier="Alex",
                             register="BACK-2", order_id="BACK-2-000007")  # fmt: skip
        assert not isinstance(charge, str)
        window = window_for(fault_proxy.peer, zone_with_noon_at(zones, int(time.time())))
        page = open_history(qtbot, window)
        assert page_totals(page)["usd"]["refunded"] == 0
        assert page.select_charge(charge.id)
        qtbot.mouseClick(page.findChild(QPushButton, "refundButton"), Qt.MouseButton.LeftButton)
        dialog = page.refund_dialog
        assert isinstance(dialog, RefundDialog) and dialog.objectName() == "refundDialog"
        amount = dialog.findChild(QLineEdit, "refundAmountInput")
        assert amount.text() == "25.00"  # everything, unless the manager says otherwise
        amount.clear()
        qtbot.keyClicks(amount, "5.00")
        reason = dialog.findChild(QComboBox, "refundReasonInput")
        reason.setCurrentIndex(reason.findData("requested_by_customer"))
        qtbot.keyClicks(dialog.findChild(QLineEdit, "refundNoteInput"), "lid was cracked")
        submit = dialog.findChild(QPushButton, "refundSubmitButton")
        assert submit.text() == "Refund $5.00"

        # Every try of the till's gateway loses its answer (the refund is made each time it
        # reaches Stripe, once, under one key); only the pipeline's replay gets through.
        fault_proxy.set_plan(Script("POST", "/v1/refunds", [DROP, DROP, DROP]))
        qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
        pins = {w for w in QApplication.topLevelWidgets()
                if w.objectName() == "pinDialog" and w.isVisible()}  # fmt: skip
        assert pins == {dialog.pin_dialog}  # one approval asked, whatever the clicks
        assert fault_proxy.executions(path="/v1/refunds") == 0  # nothing before the PIN
        pin = dialog.pin_dialog
        qtbot.keyClicks(pin.findChild(QLineEdit, "pinInput"), PIN)
        pin_submit = pin.findChild(QPushButton, "pinSubmitButton")
        status = dialog.findChild(QLabel, "refundStatusLabel")
        with qtbot.waitSignal(page.loaded, timeout=60_000):
            qtbot.mouseClick(pin_submit, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(pin_submit, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: "Checking whether the refund went through" in status.text(),
                            timeout=30_000)  # fmt: skip
            assert "do not refund again" in status.text()
            assert not submit.isEnabled()
        qtbot.waitUntil(lambda: page.refund_dialog is None)

        refunds = list(server.iter_refunds(charge_id=charge.id))
        assert [r.amount.amount for r in refunds] == [500]
        assert refunds[0].metadata["note"] == "lid was cracked"
        keys = {
            s.idempotency_key
            for s in fault_proxy.seen
            if s.method == "POST" and s.path == "/v1/refunds"
        }
        assert len(keys) == 1
        assert page_totals(page)["usd"]["refunded"] == 500
        assert page_totals(page)["usd"]["net"] == 2000
        row = page.model.row_of(charge.id)
        assert row is not None and page.model.status_of(row) == "partly refunded"
        assert window.statusBar().currentMessage() == "Refunded $5.00 on order BACK-2-000007."
        # The customer's receipt for the refund is offered: print it, save it, or close it.
        qtbot.waitUntil(lambda: page.refund_receipt is not None and page.refund_receipt.isVisible())
        offered = page.refund_receipt
        assert offered.windowTitle() == "Refund receipt"
        text = offered.findChild(QTextBrowser, "receiptView").toPlainText()
        for words in ("REFUND", "Original order", "BACK-2-000007", "REFUNDED", "$5.00", "$25.00",
                      refunds[0].id):  # fmt: skip
            assert words in text, words
        offered.accept()
        trail = window.ctx.trail.entries()
        [entry] = [e for e in trail if e.action == "refund"]
        assert entry.subject == charge.id and entry.details["outcome"] == "refunded"
        assert entry.details["amount"] == 500 and "lid was cracked" in entry.details["why"]
        granted = [e.details["for"] for e in trail if e.action == "pin.granted"]
        assert granted == ["history.open", "refund"]


@pytest.mark.parametrize(
    ("taken_elsewhere", "words"),
    [
        (2500, "This charge has already been refunded in full. Nothing was refunded."),
        (900, "That is more than is left to refund on this charge. Nothing was refunded."),
    ],
    ids=["already-refunded", "amount-too-large"],
)
def test_stripes_refusals_of_a_refund_are_said_in_plain_words(
    qtbot, window_for: WindowFor, sandbox: Peer, server: StripeGateway, zones: Path,
    taken_elsewhere: int, words: str,
) -> None:  # fmt: skip
    charge = make_charge(server, "4242424242424242", 2500, "usd", cashier="Sam",
                         register="FRONT-1", order_id="FRONT-1-000002")  # fmt: skip
    assert not isinstance(charge, str)
    window = window_for(sandbox, zone_with_noon_at(zones, int(time.time())))
    page = open_history(qtbot, window)
    page.select_charge(charge.id)
    qtbot.mouseClick(page.findChild(QPushButton, "refundButton"), Qt.MouseButton.LeftButton)
    dialog = page.refund_dialog
    # Meanwhile another register refunds the same charge.
    server.create_refund(
        charge_id=charge.id, idempotency_key=new_key(), amount=Money(taken_elsewhere, "usd")
    )
    qtbot.mouseClick(dialog.findChild(QPushButton, "refundSubmitButton"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.pin_dialog.findChild(QLineEdit, "pinInput"), PIN)
    qtbot.keyClick(dialog.pin_dialog.findChild(QLineEdit, "pinInput"), Qt.Key.Key_Return)
    error = dialog.findChild(QLabel, "refundErrorLabel")
    qtbot.waitUntil(lambda: error.isVisible() and error.text() != "", timeout=30_000)
    assert error.text() == words
    assert dialog.isVisible() and dialog.findChild(QPushButton, "refundSubmitButton").isEnabled()
    assert [r.amount.amount for r in server.iter_refunds(charge_id=charge.id)] == [taken_elsewhere]
    dialog.reject()


# -- details, filters, refresh ----------------------------------------------------------------


def test_details_show_the_decline_and_the_refunds_and_reprint_the_receipt(
    qtbot, window_for: WindowFor, sandbox: Peer, server: StripeGateway, zones: Path
) -> None:
    made = make_mixed_day(server)
    window = window_for(sandbox, zone_with_noon_at(zones, int(time.time())))
    page = open_history(qtbot, window)
    table = page.findChild(QTableView, "historyTable")

    def open_details(charge_id: str) -> ChargeDetailsDialog:
        assert page.select_charge(charge_id)
        index = table.currentIndex()
        table.doubleClicked.emit(index)
        dialog = page.details_dialog
        assert isinstance(dialog, ChargeDetailsDialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=10_000)
        return dialog

    declined = open_details(made.failed[0])
    text = declined_text = declined.findChild(QLabel, "chargeDetailsText").text()
    assert "card_declined / generic_decline" in text
    assert "declined_by_network" in text and "normal" in text  # the network and the risk
    assert not declined.findChild(QPushButton, "reprintReceiptButton").isEnabled()
    declined.accept()
    qtbot.waitUntil(lambda: page.details_dialog is None)

    partly = open_details(made.partly_refunded[0])
    text = partly.findChild(QLabel, "chargeDetailsText").text()
    assert "$5.00 — refunded" in text and "Payment complete." in text
    # Stripe's fee, read with the day (the charge read again has none); the sandbox takes none.
    assert re.search(r"Stripe fee</td><td[^>]*>\$0\.00<", text)
    assert re.search(r"After the fee</td><td[^>]*>\$25\.00<", text)
    assert not re.search(r"Stripe fee</td><td[^>]*>\$", declined_text)  # a decline: none
    qtbot.mouseClick(
        partly.findChild(QPushButton, "reprintReceiptButton"), Qt.MouseButton.LeftButton
    )
    receipt = partly.receipt_dialog
    assert receipt is not None and receipt.isVisible()
    printed = receipt.findChild(QTextBrowser, "receiptView").toPlainText()
    assert "PARTLY REFUNDED" in printed and "MASTERCARD •••• 4444" in printed
    assert "FRONT-1-D0004" in printed and "Alex" in printed
    receipt.accept()
    partly.accept()


def test_filters_by_status_cashier_register_and_words(
    qtbot, window_for: WindowFor, sandbox: Peer, server: StripeGateway, zones: Path
) -> None:
    made = make_mixed_day(server)
    window = window_for(sandbox, zone_with_noon_at(zones, int(time.time())))
    page = open_history(qtbot, window)
    status = page.findChild(QComboBox, "historyStatusFilter")
    cashier = page.findChild(QComboBox, "historyCashierFilter")
    register = page.findChild(QComboBox, "historyRegisterFilter")
    search = page.findChild(QLineEdit, "historySearchInput")

    status.setCurrentIndex(status.findData("failed"))
    assert shown_ids(page) == set(made.failed)
    status.setCurrentIndex(status.findData("partly refunded"))
    assert shown_ids(page) == set(made.partly_refunded)
    status.setCurrentIndex(0)
    cashier.setCurrentIndex(cashier.findData("Alex"))
    register.setCurrentIndex(register.findData("BACK-2"))
    alex_back = {
        c.id
        for c in page.model.charges()
        if c.metadata["cashier"] == "Alex" and c.metadata["register_id"] == "BACK-2"
    }
    assert shown_ids(page) == alex_back and len(alex_back) == 2  # fmt: skip
    cashier.setCurrentIndex(0)
    register.setCurrentIndex(0)
    qtbot.keyClicks(search, "front-1-d0008")
    assert len(shown_ids(page)) == 1
    search.clear()
    qtbot.keyClicks(search, "nobody typed this")
    assert page.proxy.rowCount() == 0
    assert page.findChild(QLabel, "historyMessageLabel").text() == (
        "No charge of this day matches the filters."
    )


def test_a_change_anywhere_in_the_till_reloads_the_day(
    qtbot, window_for: WindowFor, sandbox: Peer, server: StripeGateway, zones: Path
) -> None:
    window = window_for(sandbox, zone_with_noon_at(zones, int(time.time())))
    page = open_history(qtbot, window)
    assert page.findChild(QLabel, "historyMessageLabel").text() == "No charges on this day."
    made = make_charge(server, "4242424242424242", 700, "usd", cashier="Kim", register="R3",
                       order_id="R3-000001")  # fmt: skip
    assert not isinstance(made, str)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        window.events.notify(AttemptKind.CHARGE)
    assert shown_ids(page) == {made.id}
    assert page_totals(page)["usd"]["gross"] == 700


def test_a_day_that_cannot_be_read_says_so_and_a_refresh_reads_it(
    qtbot, window_for: WindowFor, fault_proxy: FaultProxy, zones: Path
) -> None:
    window = window_for(fault_proxy.peer, zone_with_noon_at(zones, int(time.time())))
    page = history_of(window)
    fault_proxy.set_plan(Script("GET", "/v1/charges", [REFUSE]))  # Stripe out of reach
    window.pages.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.pin_dialog is not None and page.pin_dialog.isVisible())
    with qtbot.waitSignal(page.load_failed, timeout=60_000):
        qtbot.keyClicks(page.pin_dialog.findChild(QLineEdit, "pinInput"), PIN)
        qtbot.keyClick(page.pin_dialog.findChild(QLineEdit, "pinInput"), Qt.Key.Key_Return)
    message = page.findChild(QLabel, "historyMessageLabel")
    assert message.isVisible()
    assert message.text().startswith("Could not load the day's charges. Could not reach Stripe.")
    assert "Press Refresh to try again." in message.text()
    assert "Nothing was charged" not in message.text()
    assert not page.findChild(QPushButton, "exportCsvButton").isEnabled()

    fault_proxy.clear_plan()
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        qtbot.mouseClick(
            page.findChild(QPushButton, "historyRefreshButton"), Qt.MouseButton.LeftButton
        )
    assert message.text() == "No charges on this day."


def test_the_export_starts_in_the_home_folder_when_there_is_no_documents_folder(
    qtbot, window_for: WindowFor, sandbox: Peer, zones: Path, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    # A till's own user account often has no Documents folder; the dialog then opened in the
    # working directory (the till's install folder), where the manager cannot write.
    home = tmp_path / "manager-home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    window = window_for(sandbox, zone_with_noon_at(zones, int(time.time())))
    page = open_history(qtbot, window)
    qtbot.mouseClick(page.findChild(QPushButton, "exportCsvButton"), Qt.MouseButton.LeftButton)
    dialog = page.export_dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert Path(dialog.directory().absolutePath()) == home
    assert dialog.selectedFiles()[0].startswith(str(home / "charges-"))
    dialog.reject()


def test_a_short_toolbar_drops_the_zone_then_the_day_from_the_count_never_cuts_it_mid_word(
    qtbot, window_for: WindowFor, sandbox: Peer, zones: Path
) -> None:
    zone = zone_with_noon_at(zones, int(time.time()))
    window = window_for(sandbox, zone)
    page = open_history(qtbot, window)
    state = page.findChild(QLabel, "historyStateLabel")
    whole = state.toolTip()
    count, day, zone_name = whole.split(" · ")[:3]
    assert count.endswith("charges") and zone_name == zone
    assert state.text() == whole  # 1280 px: all of it
    # (A cut "jeu. 3 déc. 20" read as another year.) The day is in the date picker beside it,
    # the count in the totals below.
    window.resize(960, 600)
    qtbot.waitUntil(lambda: state.text() == f"{count} · {day}")
    window.resize(880, 600)
    qtbot.waitUntil(lambda: state.text() == count)
    assert state.fontMetrics().horizontalAdvance(count) <= state.contentsRect().width()
    # Narrower still, the count goes whole ("12 c…" read as a broken word); the totals below
    # count the charges too.
    window.resize(800, 600)
    qtbot.waitUntil(lambda: state.text() in (count, ""))
    assert state.text() == "" or state.fontMetrics().horizontalAdvance(count) <= state.width()
    assert "…" not in state.text() and state.toolTip() == whole
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: state.text() == whole)


def test_the_days_figures_are_never_split_the_chart_gives_way_first(
    qtbot, window_for: WindowFor, sandbox: Peer, server: StripeGateway, zones: Path
) -> None:
    from PySide6.QtGui import QTextTable
    from PySide6.QtWidgets import QTextBrowser, QWidget

    make_mixed_day(server)
    window = window_for(sandbox, zone_with_noon_at(zones, int(time.time())))
    page = open_history(qtbot, window)
    view = page.findChild(QTextBrowser, "historyTotalsLabel")
    chart = page.findChild(QWidget, "historyChart")

    def cells_on_one_line() -> bool:
        tables = [f for f in view.document().rootFrame().childFrames() if isinstance(f, QTextTable)]
        assert len(tables) == 1
        table = tables[0]
        return all(
            table.cellAt(row, column).firstCursorPosition().block().layout().lineCount() == 1
            for row in range(table.rows())
            for column in range(table.columns())
        )

    assert chart.isVisible() and cells_on_one_line()  # 1280 px: the totals and the bars
    # At the window's narrowest, "$12.50" wrapped to "$12.5" over "0", "Succeeded" to
    # "Succe" over "eded": now the chart gives the totals its room.
    window.resize(800, 600)
    qtbot.waitUntil(
        lambda: not chart.isVisible() and view.document().size().width() <= view.viewport().width()
    )
    assert cells_on_one_line()
    window.resize(1280, 800)
    qtbot.waitUntil(chart.isVisible)
    assert cells_on_one_line()
    # At every width in between, on a short screen (the totals scroll): the chart shows only
    # where the figures have their whole width beside it ("Net" was cut at 864-927 px).
    for width in range(800, 1281, 32):
        window.resize(width, 570)
        for _ in range(3):
            QApplication.processEvents()
        shown = view.document().size().width()
        assert not chart.isVisible() or shown <= view.viewport().width(), width


def test_in_german_at_800_px_the_toolbar_keeps_every_word_and_nothing_overlaps(
    qtbot, window_for: WindowFor, sandbox: Peer, zones: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    from pos_app.domain.i18n import SOURCE_LANGUAGE
    from pos_app.storage.settings import Settings, SettingsStore
    from pos_app.ui.i18n import install_language

    # A German till, as its settings say (the window reads them when it is built).
    config = tmp_path / "till-data" / "config"
    config.mkdir(parents=True)
    SettingsStore(config / "settings.json").save(Settings(language="de", locale="de_DE"))
    try:
        window = window_for(sandbox, zone_with_noon_at(zones, int(time.time())))
        window.resize(800, 600)
        page = open_history(qtbot, window)
        names = ("historyDateEdit", "historyRefreshButton", "exportCsvButton", "refundButton")
        widgets = [page.findChild(QWidget, name) for name in names]
        qtbot.waitUntil(lambda: page.findChild(QPushButton, "exportCsvButton").text() == "CSV…")
        # "CSV exportieren…" gives way; the date picker keeps its day ("Do. 3 Dez. 202" was
        # cut) and no button lies over another.
        boxes = [QRect(w.mapTo(page, w.rect().topLeft()), w.size()) for w in widgets]
        for (name, box), (other, next_box) in pairwise(zip(names, boxes, strict=True)):
            assert box.right() < next_box.left(), f"{name} runs into {other}"
        date_edit = widgets[0]
        assert date_edit.width() >= date_edit.minimumWidth()
        # The widest status label whole in its column (it ran past both ends of its label).
        table = page.table
        words = table.model().headerData(Column.STATUS, Qt.Orientation.Horizontal)
        assert words == "Status"
        widest = table.fontMetrics().horizontalAdvance("teilweise erstattet")
        assert table.columnWidth(Column.STATUS) >= widest + 16 + 12
    finally:
        install_language(SOURCE_LANGUAGE)


def test_tab_leaves_the_days_table(
    qtbot, window_for: WindowFor, sandbox: Peer, server: StripeGateway, zones: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    make_charge(server, MASTERCARD, 1250, "usd", cashier="Sam", register="FRONT-1", order_id="T-1")
    window = window_for(sandbox, zone_with_noon_at(zones, int(time.time())))
    page = open_history(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    table = page.findChild(QTableView, "historyTable")
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    # Tab went from cell to cell: a keyboard never got out of the table.
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
