"""A 1024 x 600 panel, a common till screen: the charge page, the card dialog, the receipt and
the day's history fit, nothing is cut or squeezed, and a sale goes through at that size."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from pos_app.domain.money import Money
from pos_app.gateway import GatewayConfig, StripeGateway
from pos_app.ui.history_model import Column
from pos_app.ui.main_window import MainWindow
from pos_app.ui.text_cells import PADDING
from tests.day_support import MASTERCARD, make_charge
from tests.fixtures_peers import Peer
from tests.integration.support import KeyedCard, new_key

from .helpers import button, field, key_in, real_window, ring_up, till_env

pytestmark = pytest.mark.gui

PANEL = (1024, 600)
#: What a window manager leaves of 600 px once its title bar is drawn.
CLIENT_HEIGHT = 600 - 30


@pytest.fixture
def window(qtbot, sandbox: Peer, tmp_path: Path) -> Iterator[MainWindow]:
    main = real_window(qtbot, till_env(sandbox, tmp_path / "till"))
    main.resize(PANEL[0], CLIENT_HEIGHT)
    yield main
    assert main.runner.drain(30_000)
    main.close()


def settle(widget: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()
    widget.repaint()


def problems(top: QWidget) -> list[str]:
    """Widgets of `top` that are cut off by its edge or squeezed below their minimum."""
    found = []
    bounds = top.rect()
    kinds = (QPushButton, QLineEdit, QComboBox, QLabel)
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        if widget.window() is not top:
            continue
        corner = widget.mapTo(top, QPoint(0, 0))
        where = QRect(corner, widget.size())
        if not bounds.contains(where):
            found.append(f"{widget.objectName() or type(widget).__name__} cut off at {where}")
        if isinstance(widget, QPushButton | QLineEdit | QComboBox):
            # The style sheet's min-height is the real minimum where it is set.
            hint = widget.minimumSizeHint()
            least = widget.minimumSize().expandedTo(QSize(0, 0))
            if least.height() == 0:
                least.setHeight(hint.height())
            if least.width() == 0:
                least.setWidth(hint.width())
            if widget.height() < least.height() or widget.width() < least.width():
                found.append(f"{widget.objectName()} squeezed to {widget.size()} < {least}")
    return found


def order_fields_apart(window: MainWindow) -> None:
    rows = [
        field(window, name).geometry()
        for name in ("orderIdInput", "descriptionInput", "receiptEmailInput")
    ]
    for upper, lower in pairwise(rows):
        assert lower.top() - upper.bottom() >= 4, (upper, lower)  # the form's own spacing


def test_the_charge_page_fits_the_panel(qtbot, window: MainWindow, tmp_path: Path) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= PANEL[0] and hint.height() <= CLIENT_HEIGHT, hint
    settle(window)
    assert window.size().height() == CLIENT_HEIGHT
    assert problems(window) == []
    for key in window.charge_page.keypad.buttons.values():
        assert key.width() >= 64 and key.height() >= 56  # full-size touch targets
    amount = field(window, "amountInput")
    wide = amount.fontMetrics().horizontalAdvance("$999,999.99")
    assert amount.contentsRect().width() > wide  # the largest amount is never cut
    assert window.grab().save(str(tmp_path / "charge-page-1024x600.png"))


def test_the_window_cannot_be_made_so_low_that_its_fields_touch(qtbot, window: MainWindow) -> None:
    # Dragged as low as it goes (or restored from a lower size): it stops where its layout
    # still keeps every field whole, and that height still fits the panel.
    window.resize(PANEL[0], 400)
    settle(window)
    assert window.height() >= window.minimumSizeHint().height()
    assert window.height() <= CLIENT_HEIGHT
    assert problems(window) == []
    order_fields_apart(window)


def test_a_sale_goes_through_at_that_size(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = ring_up(qtbot, window)
    settle(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= PANEL[0] and hint.height() <= CLIENT_HEIGHT, hint
    assert problems(dialog) == []
    assert dialog.grab().save(str(tmp_path / "card-dialog-1024x600.png"))
    key_in(qtbot, dialog)
    with qtbot.waitSignal(window.charge_page.charge_approved, timeout=30_000):
        qtbot.mouseClick(button(dialog, "cardSubmitButton"), Qt.MouseButton.LeftButton)

    receipt = window.charge_page.receipt_dialog
    assert receipt.minimumSizeHint().height() <= CLIENT_HEIGHT
    # As fit_to_screen sizes it on a 600 px screen: the preview scrolls, the rest stays.
    receipt.resize(receipt.width(), 600 - 48)
    settle(receipt)
    assert problems(receipt) == []
    assert receipt.banner is not None and receipt.banner.isVisible()
    assert receipt.grab().save(str(tmp_path / "approval-1024x600.png"))
    with qtbot.waitSignal(receipt.finished, timeout=2000):
        qtbot.mouseClick(button(receipt, "closeReceiptButton"), Qt.MouseButton.LeftButton)


def test_the_days_history_reads_whole_on_the_panel(
    qtbot, window: MainWindow, sandbox: Peer, tmp_path: Path
) -> None:
    """A manager on the panel sees several charges at once, each card's last four and each
    order number whole: the columns a refund is found by are never cut with "…"."""
    with StripeGateway(
        GatewayConfig(secret_key=sandbox.secret_key, api_base=sandbox.base_url, max_retries=0)
    ) as gateway:
        for number in range(1, 9):
            make_charge(
                gateway,
                MASTERCARD,
                1000 + number,
                "usd",
                cashier="Sam",
                register="FRONT-1",
                order_id=f"FRONT-1-{number:06d}",
            )
    page = window.history_page
    window.pages.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.pin_dialog is not None and page.pin_dialog.isVisible())
    pin = field(page.pin_dialog, "pinInput")
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        qtbot.keyClicks(pin, "2468")
        qtbot.keyClick(pin, Qt.Key.Key_Return)
    settle(window)
    table = page.table
    assert table.model().rowCount() == 8
    assert table.rowAt(table.viewport().height() - 1) >= 4  # five charges or more at a glance
    metrics = table.fontMetrics()
    for column in (Column.CARD, Column.ORDER):
        text = table.model().index(0, column).data()
        assert text in ("Mastercard •••• 4444", "FRONT-1-000008")
        assert metrics.horizontalAdvance(text) + 2 * PADDING <= table.columnWidth(column), text
    assert problems(window) == []
    assert window.grab().save(str(tmp_path / "history-1024x600.png"))
    # No column cut at the table's edge behind a sideways scroll bar: the register and the
    # cashier (in the breakdowns above and in each charge's details) gave way, and the
    # description has room.
    assert [column for column in Column if table.isColumnHidden(column)] == [
        Column.CASHIER,
        Column.REGISTER,
    ]
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnWidth(Column.DESCRIPTION) >= 96
    # Nobody saved among the day's charges: the Customer column is only its heading.
    narrow = table.columnWidth(Column.CUSTOMER)
    assert narrow == table.horizontalHeader().sectionSizeHint(Column.CUSTOMER) < 140
    # A wider window has room for them again.
    window.resize(1280, 800)
    settle(window)
    assert not any(table.isColumnHidden(column) for column in Column)
    assert table.horizontalScrollBar().maximum() == 0
    # A regular's charge: the column widens and names who paid.
    with StripeGateway(
        GatewayConfig(secret_key=sandbox.secret_key, api_base=sandbox.base_url, max_retries=0)
    ) as gateway:
        token = gateway.create_token(KeyedCard(MASTERCARD, cvc="123"), idempotency_key=new_key())
        customer = gateway.create_customer(idempotency_key=new_key(), source=token.id, name="Ada")
        gateway.create_charge(
            amount=Money(1500, "usd"),
            idempotency_key=new_key(),
            customer=customer.id,
            metadata={"order_id": "FRONT-1-000009", "cashier": "Sam", "register_id": "FRONT-1"},
        )
    # The till knows her (as once her account is opened on the Customers page).
    assert window.ctx.customers is not None
    window.ctx.customers.account(customer.id)
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.refresh()
    qtbot.waitUntil(lambda: table.model().index(0, Column.CUSTOMER).data() == "Ada")
    settle(window)
    assert window.grab().save(str(tmp_path / "history-1280x800.png"))
    # (Stripe's ids are "cus_" and 14 random letters and digits; this one is its docs'.)
    assert metrics.horizontalAdvance("cus_NffrFeUfNV2Hib") + 2 * PADDING <= table.columnWidth(
        Column.CUSTOMER
    )
    assert not any(table.isColumnHidden(column) for column in Column)
    # Back on the panel, the customer's id gives way too (it is in the charge's details).
    window.resize(PANEL[0], CLIENT_HEIGHT)
    settle(window)
    assert [column for column in Column if table.isColumnHidden(column)] == [
        Column.CUSTOMER,
        Column.CASHIER,
        Column.REGISTER,
    ]
    assert table.horizontalScrollBar().maximum() == 0


def choose_saved_customer(qtbot, window: MainWindow, name: str = "Ada Lovelace") -> None:
    """A regular saved on the Customers page, then chosen on the Charge page, cards loaded."""
    from tests.gui.test_customers_acceptance import create_customer

    account = create_customer(qtbot, window, name=name)
    window.pages.setCurrentIndex(0)
    panel = window.charge_page.customer_panel
    panel.select(account.summary)
    qtbot.waitUntil(lambda: panel.has_card, timeout=30_000)
    settle(window)


def test_a_saved_customers_sale_fits_the_panel(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """A regular chosen on the Charge page brings a Card row (46 px): on the panel the page
    takes less room around its parts and smaller digits for the amount, and every field of
    the sale stands whole and apart. Back to a walk-in sale, it looks as before."""
    page = window.charge_page
    settle(window)
    roomy = field(window, "amountInput").height()
    assert not page.compact
    choose_saved_customer(qtbot, window)
    assert window.height() == CLIENT_HEIGHT
    assert page.compact
    assert problems(window) == []
    order_fields_apart(window)
    picker = window.findChild(QComboBox, "customerCardPicker")
    assert picker.isVisible() and picker.height() >= picker.minimumSizeHint().height()
    amount = field(window, "amountInput")
    assert amount.height() < roomy
    assert amount.contentsRect().width() > amount.fontMetrics().horizontalAdvance("$999,999.99")
    # The line says what Enter does now, and keeps saying it while the amount is typed.
    words = "Type the amount, then press Enter to charge the saved card."
    assert page.status.text() == words
    qtbot.keyClicks(amount, "1250")
    assert page.status.text() == words
    assert window.grab().save(str(tmp_path / "saved-customer-1024x600.png"))

    window.charge_page.customer_panel.clear()
    settle(window)
    assert not page.compact and amount.height() == roomy
    assert page.status.text() == "Type an amount, then press Enter to charge."
    window.resize(1280, 800)
    choose_saved_customer(qtbot, window, name="Grace Hopper")
    assert not page.compact and amount.height() == roomy  # room enough: nothing changes


@pytest.mark.parametrize("language", ["en", "de", "fr", "es"])
def test_a_saved_customers_sale_fits_an_800_px_panel_in_each_language(
    qtbot, sandbox: Peer, tmp_path: Path, language: str
) -> None:
    """The narrowest window the till allows, with a title bar on a 600 px screen: the status
    line's words take two lines in every language, and the fields stay apart."""
    from pos_app.domain.i18n import SOURCE_LANGUAGE
    from pos_app.storage.settings import Settings, SettingsStore
    from pos_app.ui.i18n import install_language

    data = tmp_path / "till"
    (data / "config").mkdir(parents=True)
    SettingsStore(data / "config" / "settings.json").save(Settings(language=language))
    try:
        window = real_window(qtbot, till_env(sandbox, data))
        window.resize(800, CLIENT_HEIGHT)
        # A long name is cut in its row, never stretched over more lines below it.
        choose_saved_customer(qtbot, window, "Maximiliane Alexandra von Hohenzollern-Sigmaringen")
        assert window.size() == QSize(800, CLIENT_HEIGHT)
        assert problems(window) == []
        order_fields_apart(window)
        status = window.charge_page.status
        assert status.height() >= status.heightForWidth(status.width())  # no line is cut
        assert window.grab().save(str(tmp_path / f"saved-customer-800x600-{language}.png"))
        assert window.runner.drain(30_000)
        window.close()
    finally:
        install_language(SOURCE_LANGUAGE)


#: The longest warnings the Charge page's status line shows (services/messages.py).
LONGEST_WARNINGS = (
    "This Stripe account does not accept card numbers typed into the till. Stripe allows it "
    "only after the business asks Stripe for raw card data access and files a PCI "
    "self-assessment (SAQ D).",
    "An earlier payment for this order is still being checked with Stripe. Wait for its "
    "outcome; do not take the payment again.",
)


@pytest.mark.parametrize("width", [PANEL[0], 800])
@pytest.mark.parametrize("words", LONGEST_WARNINGS, ids=["raw-cards", "still-checking"])
def test_the_longest_warning_is_read_whole_and_the_fields_stay_apart(
    qtbot, window: MainWindow, width: int, words: str
) -> None:
    """Five lines of the status line's large type did not fit beside the order's fields:
    the fields were pushed into each other and the warning's last line was cut."""
    window.resize(width, CLIENT_HEIGHT)
    status = window.charge_page.status
    status.set_status("error", words)
    settle(window)
    assert status.text() == words
    assert status.height() >= status.heightForWidth(status.width())  # every line shows
    assert problems(window) == []
    order_fields_apart(window)


def geometry_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("width", [PANEL[0], 800])
def test_the_customers_page_keeps_the_saved_cards_in_view_under_a_notice(
    qtbot, window: MainWindow, width: int
) -> None:
    """Saving a customer says so above the list; on the panel that notice pushed the saved
    cards under their Add card / Set default / Remove buttons. A long name stays one line."""
    from tests.gui.test_customers_acceptance import create_customer, customers_page

    window.resize(width, CLIENT_HEIGHT)
    name = "Maximiliane Alexandra von Hohenzollern-Sigmaringen"
    create_customer(qtbot, window, name=name)
    page = customers_page(window)
    qtbot.waitUntil(lambda: page.account is not None and page.cards_table.rowCount() == 1)
    settle(window)
    assert page.notice.isVisible() and page.notice.text().startswith(f"Saved {name} with Visa")
    cards = geometry_in(page.cards_table, window)
    for action in (page.add_card_button, page.default_card_button, page.remove_card_button):
        assert not cards.intersects(geometry_in(action, window)), action.objectName()
    row = page.cards_table.visualRect(page.cards_table.model().index(0, 0))
    assert page.cards_table.viewport().rect().contains(row)  # the saved card, whole
    assert page.name_label.toolTip() == name and page.name_label.height() < 40  # one line
    assert problems(window) == []


def test_tall_dialogs_open_whole_on_a_600_px_screen(tmp_path: Path) -> None:
    """Settings, the first-run setup and the approval's receipt open over the main window of
    a 1024 x 600 panel with their buttons on the screen: placed as they showed and made
    taller afterwards, their bottoms (Save, Print, New sale) were 40-70 px below its edge."""
    import json
    import os

    from tests.python_child import child_report

    screen = tmp_path / "panel.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "panel",
                        **{"x": 0, "y": 0, "width": PANEL[0], "height": PANEL[1]},
                        **{"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
                    }
                ]
            }
        )
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    repo = Path(__file__).resolve().parents[2]
    report = child_report(["-m", "tests.gui.place_on_panel"], env, cwd=repo, timeout=120)
    free = QRect(*report["free"])
    assert free.height() == PANEL[1]
    for name in ("settings", "first-run", "receipt"):
        assert free.contains(QRect(*report[name])), (name, report[name])


LONG_EMAIL = "accounts.payable.department.northern.region@very-long-company-name-example.co.uk"


def test_a_customer_known_only_by_a_long_email_reads_whole_on_the_panel(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A customer saved with an e-mail address and no name is shown by the address: one of
    80 characters ran past the detail panel's edge, and the delete dialog's title cut it in
    the middle with the lines of its text clipped above and below."""
    from tests.gui.test_customers_acceptance import create_customer, customers_page

    create_customer(qtbot, window, name="", email=LONG_EMAIL)
    page = customers_page(window)
    qtbot.waitUntil(lambda: page.account is not None and page.cards_table.rowCount() == 1)
    settle(window)
    window.grab().save(str(tmp_path / "customer-by-email.png"))
    assert page.name_label.toolTip() == LONG_EMAIL and page.name_label.height() < 40
    assert problems(window) == []
    contact = page.contact_label
    assert contact.text().replace("\u200b", "").startswith(LONG_EMAIL)
    panel = contact.parentWidget()
    assert panel.rect().contains(geometry_in(contact, panel))
    assert contact.width() >= contact.minimumSizeHint().width()

    qtbot.mouseClick(button(window, "deleteCustomerButton"), Qt.MouseButton.LeftButton)
    dialog = page.delete_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    settle(dialog)
    dialog.grab().save(str(tmp_path / "delete-by-email.png"))
    assert problems(dialog) == []
    for label in dialog.findChildren(QLabel):
        if label.text() and label.isVisible():
            # Every line of the label's text within its height, and no word past its width.
            assert label.height() >= label.heightForWidth(label.width()), label.text()
            assert label.width() >= label.minimumSizeHint().width(), label.text()
    assert dialog.width() <= window.width()
