"""Render the till's main screens offscreen against the local sandbox into docs/screenshots/*.png.

Usage: python packaging/screenshots.py [output folder] [--languages-only]

The real application is built (create_main_window with the training sandbox), a sale is rung
up with Stripe's Visa test card, and each screen is grabbed as the cashier sees it: the
charge page, the card dialog with the card keyed in, a decline, the approval with its receipt,
the approved state, the settings (behind the manager PIN) and the first-run setup, and the
charge page and card dialog on a 1024 x 600 panel; then a few regulars are saved with their
cards, and the Customers page (at 1280×800 and 1024×600), the new-customer dialog and a saved
customer's sale are grabbed; then a day's worth of sales from two registers is added and the
manager's History page and its refund dialog are grabbed, with a sale's receipt printed again
and a refund's receipt; last the settings' Receipts and printer tab with a thermal printer on
the network; last the charge page and a sale's receipt in German and in French
(charge-page-de.png, receipt-de.png, charge-page-fr.png, receipt-fr.png), with the language
chosen in the settings as a shop would. `--languages-only` renders only those (after the
catalogues changed). Nothing leaves the computer; all data goes to a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

if "QT_QPA_PLATFORM" not in os.environ:
    # A 1280 x 800 desktop, where the dialogs size themselves as on the shop's screen (the
    # offscreen platform's own screen is 800 px wide, where the settings fold into one column).
    _SCREEN = Path(tempfile.gettempdir()) / "pos-screenshots-screen.json"
    _SCREEN.write_text(
        '{"screens": [{"name": "shots", "x": 0, "y": 0, "width": 1280, "height": 800, '
        '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}'
    )
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import httpx  # noqa: E402
from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLayout, QLineEdit, QWidget  # noqa: E402

VISA = "4242424242424242"
DECLINE = "4000000000009995"
EXPIRY = f"12{(date.today().year + 2) % 100:02d}"


def wait_until(app: QApplication, condition: Callable[[], bool], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the till did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, widget: QWidget) -> None:
    """Let layouts and style polish finish before grabbing."""
    for _ in range(5):
        app.processEvents()
    widget.repaint()
    app.processEvents()


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app, widget)
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")


def key_in(dialog: QWidget, number: str, expiry: str = EXPIRY) -> None:
    fields = {
        "cardNumberInput": number,
        "cardExpiryInput": expiry,
        "cardCvcInput": "123",
        "cardPostalInput": "10001",
        "cardNameInput": "Ada Lovelace",
    }
    for name, text in fields.items():
        field = dialog.findChild(QLineEdit, name)
        field.clear()
        QTest.keyClicks(field, text)
    # Leave the focus on the last field, as a cashier would before pressing Enter.
    dialog.findChild(QLineEdit, "cardNameInput").setFocus()


#: Regulars saved for the Customers page: name, e-mail, phone, card, expiry (MMYY).
REGULARS = (
    ("Ada Lovelace", "ada.lovelace@example.com", "+44 20 7946 0001", VISA, EXPIRY),
    ("Grace Hopper", "grace@navy.example.org", "+1 202 555 0147", "5555555555554444",
     f"{date.today().month:02d}{date.today().year % 100:02d}"),
    ("Alan Turing", "alan.turing@example.co.uk", "+44 161 496 0123", "6011111111111117", EXPIRY),
    ("Katherine Johnson", "kj@nasa.example.gov", "+1 757 555 0199", VISA, EXPIRY),
    ("Margaret Hamilton", "margaret@apollo.example.com", "", "5555555555554444", EXPIRY),
)  # fmt: skip


def save_regular(window: QWidget, regular: tuple[str, ...]) -> QWidget:
    """Fill in a new customer the way a cashier does: details and consent (the card next)."""
    name, email, phone = regular[:3]
    page = window.customers_page  # type: ignore[attr-defined]
    page.new_customer()
    dialog = page.customer_dialog
    for field, text in (
        ("customerNameInput", name),
        ("customerEmailInput", email),
        ("customerPhoneInput", phone),
    ):
        QTest.keyClicks(dialog.findChild(QLineEdit, field), text)
    dialog.consent_check.setChecked(True)
    return dialog


def customers(app: QApplication, window: QWidget, out_dir: Path) -> None:
    window.pages.setCurrentIndex(1)  # type: ignore[attr-defined]
    page = window.customers_page  # type: ignore[attr-defined]
    for number, regular in enumerate(REGULARS):
        dialog = save_regular(window, regular)
        if number == 0:
            grab(app, dialog, out_dir / "customer-dialog.png")
        dialog.save()
        key_in(dialog.card_dialog, regular[3], regular[4])
        dialog.card_dialog.submit()
        wait_until(app, lambda: page.customer_dialog is None)
    page.search_input.clear()
    row = next(
        r for r in range(page.model.rowCount()) if page.model.summary(r).name == "Ada Lovelace"
    )
    page.table.selectRow(row)
    wait_until(app, lambda: page.account is not None)
    window.resize(1280, 800)
    grab(app, window, out_dir / "customers-page.png")
    # The main window's minimum height is 680 px: lift it to show this page at 1024×600.
    window.setMinimumSize(0, 0)
    window.layout().setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    window.resize(1024, 600)
    grab(app, window, out_dir / "customers-page-1024x600.png")
    window.resize(1280, 800)
    page.charge_selected()
    panel = window.charge_page.customer_panel  # type: ignore[attr-defined]
    wait_until(app, lambda: panel.account is not None)
    QTest.keyClicks(window.charge_page.findChild(QLineEdit, "amountInput"), "3150")
    QTest.keyClicks(window.charge_page.findChild(QLineEdit, "descriptionInput"), "2 flat whites")
    window.charge_page.amount_input.setFocus()
    grab(app, window, out_dir / "charge-saved-customer.png")


#: The languages rendered beside English, by their setting.
LANGUAGE_SCREENS = ("de", "fr")


@dataclass(frozen=True)
class _Shop:
    locale: str
    description: str


LANGUAGE_SHOPS = {
    "de": _Shop("de_DE", "2 Cappuccino"),
    "fr": _Shop("fr_FR", "2 cafés crème"),
}


def main(out_dir: Path, *, languages_only: bool = False) -> int:
    from pos_app.app import create_main_window, till_setup
    from pos_app.domain.printers import PrinterKind
    from pos_app.storage.paths import AppPaths
    from pos_app.storage.settings import Settings, SettingsStore
    from pos_app.ui.dialogs.setup_dialog import SetupDialog
    from pos_app.ui.style import apply_style

    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_style(app)
    with tempfile.TemporaryDirectory(prefix="pos-screens-") as data:
        env = {k: v for k, v in os.environ.items() if not k.startswith("POS_")}
        env |= {"POS_DATA_DIR": data, "POS_CASHIER": "Sam", "POS_MANAGER_PIN": "2468"}
        # The shop as its owner set it up (Settings shows these).
        shop = AppPaths.resolve(env).ensure()
        store = SettingsStore(shop.settings_path)
        store.save(
            Settings(
                business_name="Corner Café",
                business_address="1 Main Street\nSpringfield",
                register_id="FRONT-1",
                training_mode=True,
                tax_id="VAT GB123456789",
                receipt_footer="Returns within 30 days with this receipt.\nThank you!",
            )
        )
        if languages_only:
            language_screens(app, env, store, out_dir)
            return 0
        window = create_main_window(env, sandbox=True)
        window.resize(1100, 760)
        window.show()
        page = window.charge_page
        amount = page.findChild(QLineEdit, "amountInput")
        QTest.keyClicks(amount, "1250")
        QTest.keyClicks(page.findChild(QLineEdit, "descriptionInput"), "2 flat whites")
        amount.setFocus()
        grab(app, window, out_dir / "charge-page.png")

        page.start_charge()
        dialog = page.card_dialog
        key_in(dialog, VISA)
        grab(app, dialog, out_dir / "card-dialog.png")

        # A decline first, to show what the cashier reads; then the approved sale.
        key_in(dialog, DECLINE)
        dialog.submit()
        wait_until(app, lambda: not dialog.in_flight)
        grab(app, dialog, out_dir / "card-declined.png")
        key_in(dialog, VISA)
        dialog.submit()
        wait_until(app, lambda: page.receipt_dialog is not None)
        receipt = page.receipt_dialog
        grab(app, receipt, out_dir / "approval.png")
        receipt.accept()
        grab(app, window, out_dir / "charge-approved.png")

        customers(app, window, out_dir)
        history_screens(app, window, out_dir)
        window.pages.setCurrentIndex(0)

        # The settings, behind the manager PIN.
        window.open_settings()
        pin = window.pin_dialog
        QTest.keyClicks(pin.findChild(QLineEdit, "pinInput"), "2468")
        pin.submit()
        wait_until(app, lambda: window.settings_dialog is not None)
        settings = window.settings_dialog
        grab(app, settings, out_dir / "settings-dialog.png")
        # The receipt printer, as a shop with a network thermal printer sets it up.
        settings.tabs.setCurrentIndex(1)
        printer = settings.receipt_fields
        printer.select_printer(PrinterKind.NETWORK)
        QTest.keyClicks(printer.host, "192.168.1.50")
        printer.auto_print.setChecked(True)
        printer.open_drawer.setChecked(True)
        grab(app, settings, out_dir / "settings-printer.png")
        settings.reject()
        wait_until(app, lambda: window.settings_dialog is None)

        # A 1024 x 600 panel: the charge page and the card dialog as they fit there, for a
        # walk-in customer (the saved customer's sale above is left unfinished).
        page.customer_panel.clear_button.click()
        page.amount_input.clear_amount()
        page.description_input.clear()
        window.resize(1024, 600)
        QTest.keyClicks(amount, "4200")
        grab(app, window, out_dir / "charge-page-1024x600.png")
        page.start_charge()
        small = page.card_dialog
        key_in(small, VISA)
        grab(app, small, out_dir / "card-dialog-1024x600.png")
        small.reject()
        window.runner.drain(10_000)
        window.close()
        app.processEvents()

        language_screens(app, env, store, out_dir)

        # The first-run setup, with a register name it refuses.
        paths = AppPaths.resolve({"POS_DATA_DIR": str(Path(data) / "fresh")}).ensure()
        setup = till_setup(paths, keys_from_env=False, keys_api_base="https://api.stripe.com")
        first = SetupDialog(setup, setup.load(first_run=True))
        first.open()
        first.business_name.setText("Corner Café")  # QTest types ASCII only
        first.register_name.clear()
        QTest.keyClicks(first.register_name, "Front Desk 1")
        first.submit()
        grab(app, first, out_dir / "setup-dialog.png")
        first.reject()
        app.processEvents()
    return 0


def language_screens(app: QApplication, env: dict[str, str], store: object, out_dir: Path) -> None:
    """The charge page and an approved sale's receipt in each of LANGUAGE_SCREENS, the language
    chosen in the settings (the till reads it when the window is built)."""
    from pos_app.app import create_main_window
    from pos_app.domain.records import replace
    from pos_app.storage.settings import SettingsStore
    from pos_app.ui.i18n import install_language

    assert isinstance(store, SettingsStore)
    english = store.load()
    try:
        for language in LANGUAGE_SCREENS:
            # As a shop there would set it up: its language, its way of writing amounts, euros.
            shop = LANGUAGE_SHOPS[language]
            store.save(
                replace(english, language=language, locale=shop.locale, default_currency="eur")
            )
            shop_env = {**env, "POS_CURRENCY": "eur"}
            window = create_main_window(shop_env, sandbox=True)
            window.resize(1100, 760)
            window.show()
            page = window.charge_page
            amount = page.findChild(QLineEdit, "amountInput")
            QTest.keyClicks(amount, "1250")
            page.findChild(QLineEdit, "descriptionInput").setText(shop.description)
            amount.setFocus()
            grab(app, window, out_dir / f"charge-page-{language}.png")
            page.start_charge()
            dialog = page.card_dialog
            key_in(dialog, VISA)
            dialog.submit()
            wait_until(app, lambda page=page: page.receipt_dialog is not None)
            receipt = page.receipt_dialog
            grab(app, receipt, out_dir / f"receipt-{language}.png")
            receipt.accept()
            window.runner.drain(10_000)
            window.close()
            app.processEvents()
    finally:
        store.save(english)
        install_language(english.language)


# A day at a small café: (card, cents, currency, cashier, register, what, refund); a refund of
# None gives everything back, 0 nothing.
DAY = [
    ("4242424242424242", 450, "usd", "Alex", "FRONT-2", "Flat white", 0),
    ("5555555555554444", 1275, "usd", "Kim", "BACK-2", "Lunch special", None),
    ("378282246310005", 3890, "usd", "Alex", "FRONT-2", "Birthday cake", 890),
    ("4000000000000002", 620, "usd", "Kim", "BACK-2", "2 croissants", 0),
    ("4242424242424242", 980, "usd", "Alex", "FRONT-2", "Sandwich and juice", 0),
    ("5555555555554444", 2400, "eur", "Kim", "BACK-2", "Gift box (tourist)", 0),
    ("4242424242424242", 325, "usd", "Alex", "FRONT-2", "Espresso", 0),
    ("4000000000009995", 5600, "usd", "Kim", "BACK-2", "Catering deposit", 0),
    ("4242424242424242", 1150, "usd", "Kim", "BACK-2", "Brunch for two", 0),
]


def seed_day(base_url: str) -> None:
    """Sales from the shop's two other registers, straight at the sandbox (as they would make
    them): this till's own sales are the ones it rang up, so its journal agrees with Stripe."""
    auth = {"Authorization": "Bearer sk_test_sandbox"}
    with httpx.Client(base_url=base_url, headers=auth, timeout=30) as client:
        for number, (card, cents, currency, cashier, register, what, refund) in enumerate(DAY):
            token = client.post(
                "/v1/tokens",
                data={"card[number]": card, "card[exp_month]": "12", "card[exp_year]": "2031",
                      "card[cvc]": "1234" if card.startswith("37") else "123"},
            ).json()["id"]  # fmt: skip
            charge = client.post(
                "/v1/charges",
                data={"amount": str(cents), "currency": currency, "source": token,
                      "description": what, "metadata[cashier]": cashier,
                      "metadata[register_id]": register,
                      "metadata[order_id]": f"{register}-{number + 20:06d}"},
            ).json()  # fmt: skip
            if "error" in charge or refund == 0:
                continue
            refund_form = {"charge": charge["id"]}
            if refund:
                refund_form["amount"] = str(refund)
            client.post("/v1/refunds", data=refund_form)


def with_dialog(app: QApplication, window: QWidget, dialog: QWidget, path: Path) -> None:
    """The window dimmed, with the dialog over it, as the manager sees them together."""
    settle(app, window)
    settle(app, dialog)
    shot = window.grab()
    box = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(15, 23, 42, 110))
    painter.drawPixmap(
        QPoint((shot.width() - box.width()) // 2, (shot.height() - box.height()) // 3), box
    )
    painter.end()
    if not QPixmap(shot).save(str(path)):
        raise OSError(f"could not write {path}")
    print(f"wrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")


def history_screens(app: QApplication, window: QWidget, out_dir: Path) -> None:
    # The script's own sandbox: its address is the gateway's (a training server on loopback).
    seed_day(window.ctx.charges._api.config.api_base)  # type: ignore[attr-defined]
    page = window.history_page  # type: ignore[attr-defined]
    window.resize(1280, 800)
    window.pages.setCurrentIndex(2)
    wait_until(app, lambda: page.pin_dialog is not None)
    QTest.keyClicks(page.pin_dialog.findChild(QLineEdit, "pinInput"), "2468")
    page.pin_dialog.submit()
    wait_until(app, lambda: page.report is not None)
    refundable = next(c for c in page.model.charges() if c.description == "Sandwich and juice")
    for width, height in ((1280, 800), (1024, 600)):
        window.resize(width, height)
        size = f"{window.width()}x{window.height()}"
        page.select_charge(refundable.id)
        grab(app, window, out_dir / f"history-page-{width}.png")
        page.open_refund(refundable)
        dialog = page.refund_dialog
        dialog.amount_input.selectAll()
        QTest.keyClicks(dialog.amount_input, "4.50")
        QTest.keyClicks(dialog.note_input, "Juice was warm")
        with_dialog(app, window, dialog, out_dir / f"refund-dialog-{width}.png")
        dialog.reject()
        wait_until(app, lambda: page.refund_dialog is None)
        print(f"  (window {size})")
    window.resize(1100, 760)
    receipts(app, window, page, out_dir)


def receipts(app: QApplication, window: QWidget, page: QWidget, out_dir: Path) -> None:
    """A sale's receipt printed again from History, and a refund's receipt."""
    from pos_app.ui.dialogs.receipt_dialog import ReceiptDialog

    ctx = window.ctx  # type: ignore[attr-defined]
    charges = {c.description: c for c in page.model.charges()}  # type: ignore[attr-defined]
    sale = ctx.history.receipt(charges["Sandwich and juice"])
    dialog = ReceiptDialog(ctx.receipts, sale, window, printing=ctx.printing)
    dialog.open()
    dialog.resize(dialog.width(), 760)
    grab(app, dialog, out_dir / "receipt-sale.png")
    dialog.reject()
    cake = charges["Birthday cake"]
    refund = next(iter(ctx.charges._api.iter_refunds(charge_id=cake.id)))
    refund_receipt = ctx.receipts.build_refund(refund, cake, cashier="Kim")
    dialog = ReceiptDialog(ctx.receipts, refund_receipt, window, printing=ctx.printing)
    dialog.open()
    dialog.resize(dialog.width(), 760)
    grab(app, dialog, out_dir / "receipt-refund.png")
    dialog.reject()


if __name__ == "__main__":
    flags = {arg for arg in sys.argv[1:] if arg.startswith("--")}
    places = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    target = Path(places[0]) if places else REPO / "docs" / "screenshots"
    raise SystemExit(main(target.resolve(), languages_only="--languages-only" in flags))
