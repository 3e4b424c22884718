"""Random text typed and pasted into the till's fields: nothing escapes, nothing invalid is
sent, and every way of writing a valid expiry is taken.

The widgets are built once per test and reset between examples (hypothesis runs many
examples per test function; a fresh dialog each time would only be slower).
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from pos_app.domain.money import MAX_CHARGE_AMOUNT, Money
from pos_app.services.charging import ChargeRequest
from pos_app.services.context import TillContext
from pos_app.ui.dialogs.card_dialog import CardDialog
from pos_app.ui.events import TillEvents
from pos_app.ui.pages.charge_page import ChargePage

from .conftest import FakeCharges
from .helpers import FakeClock

pytestmark = pytest.mark.gui

FIELDS = ("cardNumberInput", "cardExpiryInput", "cardCvcInput", "cardNameInput")
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# What a keyboard, a wedge reader or a clipboard may bring: digits, separators, the track
# sentinels, letters and the odd Unicode character.
TYPED = st.text(
    alphabet=st.sampled_from(list("0123456789/.,- %;?^=$€£BbAa'\"\tx"))
    | st.characters(exclude_categories=("Cs", "Cc")),
    max_size=24,
)


def press_text(qtbot, widget: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Each character as a key press. QTest knows only ASCII keys: anything else arrives as a
    key event carrying the character, as an input method or a foreign layout sends it."""
    for char in text:
        if not char.isprintable() or char == "\t":
            continue
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def paste(qtbot, widget: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def page(qtbot, till: TillContext) -> ChargePage:
    widget = ChargePage(till, TillEvents())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def dialog(qtbot, fake_charges: FakeCharges) -> CardDialog:
    widget = CardDialog(fake_charges, ChargeRequest(Money(1250, "usd"), "FRONT-1-0001"))
    qtbot.addWidget(widget)
    widget.open()
    qtbot.waitExposed(widget)
    return widget


@SETTINGS
@given(text=TYPED, pasted=st.booleans())
@example(text="¹", pasted=False)  # a digit to str.isdigit, not to a till (it used to raise)
@example(text="1,250.00", pasted=True)
@example(text="1,", pasted=False)  # a thousands group begun, not finished: refused, named
def test_the_amount_takes_any_text_and_never_sends_an_amount_stripe_would_refuse(
    qtbot, page: ChargePage, fake_charges: FakeCharges, text: str, pasted: bool
) -> None:
    amount = page.amount_input
    amount.clear_amount()
    amount.setFocus()
    if pasted:
        paste(qtbot, amount, text)
    else:
        press_text(qtbot, amount, text)
    money = amount.money()
    assert 0 <= money.amount <= MAX_CHARGE_AMOUNT
    assert amount.text().startswith("$")
    # "$1," on its way to "$1,250": charged as typed so far it would be a dollar the cashier
    # never meant; Enter names the unfinished group instead and sends nothing.
    problem = amount.problem()
    qtbot.keyClick(amount, Qt.Key.Key_Return)
    chargeable = money.amount >= 50 and not problem
    assert (page.card_dialog is not None) == chargeable
    if problem:
        shown = page.findChild(QLabel, "chargeStatusLabel")
        assert shown is not None and problem in shown.text()
        assert "Nothing was sent" in shown.text()
    if page.card_dialog is not None:
        page.card_dialog.reject()
        qtbot.waitUntil(lambda: page.card_dialog is None, timeout=2000)
    assert fake_charges.sent == []  # the card dialog sends only what a card makes of it


@SETTINGS
@given(which=st.sampled_from(FIELDS), text=TYPED, pasted=st.booleans())
@example(which="cardNumberInput", text="4٣", pasted=False)  # it used to raise
@example(which="cardNameInput", text="Ann 50%; O'Neil", pasted=False)
def test_card_fields_take_any_text_and_nothing_invalid_is_sent(
    qtbot, dialog: CardDialog, fake_charges: FakeCharges, which: str, text: str, pasted: bool
) -> None:
    dialog.form.clear_all()
    dialog.form.clock = FakeClock(step=0.2)  # typed by a person, not a reader
    # A valid card first, then the random text into one field: the form decides.
    values = {
        "cardNumberInput": "4242424242424242",
        "cardExpiryInput": f"12{(date.today().year + 2) % 100:02d}",
        "cardCvcInput": "123",
        "cardNameInput": "",
    }
    for name, value in values.items():
        if name != which:
            dialog.findChild(QLineEdit, name).setText(value)
    field = dialog.findChild(QLineEdit, which)
    field.setFocus()
    if pasted:
        paste(qtbot, field, text)
    else:
        press_text(qtbot, field, text)
    qtbot.waitUntil(lambda: not dialog.form.capturing_swipe, timeout=2000)
    errors = dialog.form.validate()
    before = len(fake_charges.sent)
    if errors:
        dialog.submit()
        assert len(fake_charges.sent) == before
        assert not dialog.in_flight
        assert dialog.isVisible()


MONTHS = st.integers(min_value=1, max_value=12)
YEARS = st.integers(min_value=date.today().year + 1, max_value=date.today().year + 15)
SPELLINGS = st.sampled_from(
    ["{m:02d}/{y2:02d}", "{m:02d}/{y}", "{m:02d}{y2:02d}", "{m:02d}{y}", "{m}/{y2:02d}",
     "{m}/{y}", "{m:02d} / {y2:02d}", "{m:02d}-{y2:02d}", "{m:02d} {y}"]
)  # fmt: skip


@SETTINGS
@given(month=MONTHS, year=YEARS, spelling=SPELLINGS, pasted=st.booleans())
def test_every_valid_spelling_of_an_expiry_is_taken(
    qtbot, dialog: CardDialog, month: int, year: int, spelling: str, pasted: bool
) -> None:
    expiry = dialog.findChild(QLineEdit, "cardExpiryInput")
    expiry.clear()
    dialog.form.clear_all()
    expiry.setFocus()
    text = spelling.format(m=month, y=year, y2=year % 100)
    if pasted:
        paste(qtbot, expiry, text)
    else:
        press_text(qtbot, expiry, text)
    assert expiry.text() in (f"{month:02d}/{year % 100:02d}", f"{month:02d}/{year}")
    assert "expiry" not in dialog.form.validate()
