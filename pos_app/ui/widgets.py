"""Small reusable widgets of the till: terminal-style amount field, keypad, status line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from pos_app.domain.errors import ValidationError
from pos_app.domain.money import MAX_CHARGE_AMOUNT, Money, amount_step, exponent

from .amounts import (
    decimal_point,
    format_amount,
    format_typed_groups,
    grouping_example,
    groups_complete,
    parse_amount,
    typed_group_separator,
)
from .lazy_qt import Qt, set_enum
from .qtcompat import emit
from .steady_label import SteadyLabel
from .style import initial_state, set_state

if TYPE_CHECKING:
    # Only named in signatures: PySide6 builds a class on its first import (ui/lazy_qt.py).
    from PySide6.QtGui import QDropEvent, QKeyEvent, QMouseEvent, QResizeEvent, QScreen
    from PySide6.QtWidgets import QProgressBar

__all__ = [
    "AmountInput",
    "Keypad",
    "StatusLine",
    "describe",
    "fit_to_screen",
    "keep_on_screen",
    "screen_of",
    "sentence",
]

# "¹" and "٣" are digits to str.isdigit, not to a till: only the keypad's ten count.
_ASCII_DIGITS = frozenset("0123456789")
BACKSPACE = "back"
CLEAR = "clear"
SEPARATOR = "."
#: A thousands separator the cashier typed (in the amount field's buffer, and as a key).
GROUP = ","


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen under the middle of `widget` (the primary one when it is off every screen).

    Never `QWidget.screen()` or `QWindow.screen()` from Python: PySide6 makes the QScreen's
    wrapper a child of the widget that asked, and once a top-level dialog owned by Python
    (the first-run setup, a receipt) had asked and was collected, the screen itself was
    deleted with it and the next window built crashed in Qt (tests/gui/test_screens.py).
    """
    # None while no screen is attached yet (the stubs do not say so).
    centre = widget.mapToGlobal(widget.rect().center())
    found: QScreen | None = QGuiApplication.screenAt(centre)
    return found if found is not None else QGuiApplication.primaryScreen()


def fit_to_screen(window: QWidget, *, preferred_height: int = 0, margin: int = 48) -> None:
    """Size a dialog as it prefers (and at least `preferred_height` tall), but never larger
    than its screen's free area less `margin` for the title bar: a 1024 x 600 panel too."""
    screen = screen_of(window)
    if screen is None:
        return
    free = screen.availableGeometry()
    hint = window.sizeHint().expandedTo(window.minimumSizeHint())
    width = min(max(window.width(), hint.width()), free.width() - margin // 2)
    wanted = max(hint.height(), preferred_height)
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        # Word-wrapped lines take more lines at this width than the hints assume: a dialog
        # only as tall as its hint laid its fields over their captions.
        wanted = max(wanted, layout.totalHeightForWidth(max(width, window.minimumWidth())))
    height = min(wanted, free.height() - margin)
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    keep_on_screen(window)


def keep_on_screen(window: QWidget) -> None:
    """Move a shown window back inside its screen's free area where growing took it past an
    edge: Qt places a dialog as it shows, at the size it had then, and a dialog made taller
    afterwards (to fit its form or a message) had its buttons below a 600 px screen's edge."""
    screen = screen_of(window)
    if screen is None or not window.isWindow() or not window.isVisible():
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry()
    left = max(free.left(), min(frame.left(), free.right() + 1 - frame.width()))
    top = max(free.top(), min(frame.top(), free.bottom() + 1 - frame.height()))
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)


def describe(widget: QWidget, name: str, accessible: str, tooltip: str) -> None:
    """Every interactive widget gets an object name, an accessible name and a tooltip."""
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    widget.setToolTip(tooltip)


class AmountInput(QLineEdit):
    """The big amount field: digits fill from the cents like a card terminal.

    "1", "12", "1250" show 0.01, 0.12, 12.50; a decimal separator switches to typed decimals
    ("12.5" shows 12.50). Only digits, separators, Backspace and Delete edit it; the text is
    the amount as the shop's locale writes it (ui/amounts.py), right-aligned.

    The locale's thousands separator, typed on the main keyboard where it is "," or "."
    ("," in the United States, "." in Germany), makes the digits before it whole units:
    "1,234.56" is $1,234.56 and "1,234" $1,234.00, as a hurried cashier means them (read as
    the decimals, "1,234.56" had been $1.23). Until the group after it has its three digits
    the field shows the digits as typed ("$1,2") and the amount cannot be charged (`problem`);
    a fourth digit in a group is refused. Every other "." or ",", and the numeric keypad's
    separator key whatever it sends, is the decimal key.

    A pasted or dropped text is read as an amount in the currency as the locale writes it
    ("1.250,00" in Germany, "$12.50"), never digit by digit. An amount filled in that way, or
    by `set_money` (a regular's last order), is replaced by the next digit or separator
    typed, as a selected text is: appended to, the cents of "$31.50" became the whole units
    of "$3,150.00" on the decimal key, and "20.00" typed over it became $315,020.00.
    Backspace still takes its last digit off, and Delete clears it. A key that would go past
    Stripe's largest amount (docs/stripe.md §4.6) is refused with `refused`, never dropped
    without a word.
    """

    amount_changed = Signal(object)
    #: Why a key or a paste changed nothing, in a sentence for the status line.
    refused = Signal(str)

    def __init__(self, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        self._decimals = exponent(currency)
        # Where Stripe takes only whole units of a two-decimal currency (ISK), the keypad
        # digits count whole units (domain/money.py `from_keypad_digits`).
        self._unit = amount_step(currency) if amount_step(currency) == 10**self._decimals else 1
        self._buffer = ""
        #: The buffer was filled in (`set_money`), not typed: the next key typed replaces it.
        self._given = False
        self._shown: tuple[Money, str] | None = None
        # By name: the till's first paint builds no Qt enum (ui/lazy_qt.py).
        set_enum(self, "alignment", "AlignRight|AlignVCenter")
        set_enum(self, "contextMenuPolicy", "NoContextMenu")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._render()

    @property
    def currency(self) -> str:
        return self._currency

    def money(self) -> Money:
        """The amount shown, in minor units."""
        return self._money_of(self._buffer)

    def problem(self) -> str:
        """Why the amount as typed cannot be charged yet, or "": a thousands separator whose
        digits have not all been typed ("1,2" on the way to "1,234")."""
        buffer = self._buffer
        if GROUP in buffer and SEPARATOR not in buffer and not groups_complete(buffer.split(GROUP)):
            return self._grouping_sentence()
        return ""

    def _money_of(self, buffer: str) -> Money:
        # The buffer holds ASCII digits, GROUP marks among the whole units and at most one
        # SEPARATOR (whatever the locale shows).
        if SEPARATOR in buffer or GROUP in buffer:
            whole, _, fraction = buffer.partition(SEPARATOR)
            whole = whole.replace(GROUP, "")
            minor = int(whole or "0") * 10**self._decimals + int(
                fraction.ljust(self._decimals, "0") or "0"
            )
            return Money(minor, self._currency)
        # Digits fill from the last decimal, or count whole units where Stripe takes only
        # those (domain/money.py `from_keypad_digits`, the same rule).
        return Money(int(buffer or "0") * self._unit, self._currency)

    def press(self, key: str) -> None:
        """Apply one key: a digit, "00", "." (the decimals), "," (a thousands separator),
        "back" or "clear"."""
        if self._given and key not in (BACKSPACE, CLEAR):
            self._buffer = ""  # a new amount, typed over the one filled in
        self._given = False
        if key == CLEAR:
            self._buffer = ""
        elif key == BACKSPACE:
            self._buffer = self._buffer[:-1]
        elif key == SEPARATOR:
            self._decimal()
        elif key == GROUP:
            if self._can_group():
                self._extend(self._buffer + GROUP)
            else:
                # Where no thousands can end ("1234," or ",5") it can only mean the decimals.
                self._decimal()
        elif key and all(c in _ASCII_DIGITS for c in key):
            for digit in key:
                if not self._append_digit(digit):
                    break
        self._render()

    def clear_amount(self) -> None:
        self.press(CLEAR)

    def set_money(self, money: Money) -> None:
        """Show an amount as if it had been typed from the cents."""
        units = money.amount // self._unit
        self._buffer = str(units) if units else ""
        self._given = bool(units)
        self._render()

    def _decimal(self) -> None:
        if self._decimals and SEPARATOR not in self._buffer:
            problem = self.problem()  # no decimals until the thousands are whole
            if problem:
                emit(self.refused, problem)
            else:
                self._extend((self._buffer or "0") + SEPARATOR)

    def _can_group(self) -> bool:
        """A thousands separator may follow one to three digits, or a group's digits."""
        if SEPARATOR in self._buffer:
            return False
        last = self._buffer.split(GROUP)[-1]
        return bool(last) and (GROUP in self._buffer or len(last) <= 3)

    def _grouping_sentence(self) -> str:
        return self.tr("Type three digits after each “{separator}”, as in {example}.").format(
            separator=typed_group_separator() or GROUP,
            example=grouping_example(self._currency),
        )

    def _append_digit(self, digit: str) -> bool:
        """Add a digit if the amount stays chargeable; False (and `refused`) when it would not."""
        if GROUP in self._buffer and SEPARATOR not in self._buffer:
            if len(self._buffer.split(GROUP)[-1]) >= 3:
                emit(self.refused, self._grouping_sentence())
                return False
            return self._extend(self._buffer + digit)
        if SEPARATOR in self._buffer:
            _, _, fraction = self._buffer.partition(SEPARATOR)
            if len(fraction) >= self._decimals:
                emit(self.refused, self._decimals_sentence())
                return False
            return self._extend(self._buffer + digit)
        if not self._buffer and digit == "0":
            return True  # a leading zero changes nothing on a terminal either
        return self._extend(self._buffer + digit)

    def _decimals_sentence(self) -> str:
        if self._decimals == 0:
            text = self.tr("{currency} amounts have no decimal places.")
        elif self._decimals == 1:
            text = self.tr("{currency} amounts have 1 decimal place.")
        else:
            text = self.tr("{currency} amounts have %n decimal places.", "", self._decimals)
        return text.format(currency=self._currency.upper())

    def _extend(self, buffer: str) -> bool:
        if self._money_of(buffer).amount > MAX_CHARGE_AMOUNT:
            emit(self.refused, self._too_large())
            return False
        self._buffer = buffer
        return True

    def _too_large(self) -> str:
        step = amount_step(self._currency)
        largest = Money(MAX_CHARGE_AMOUNT - MAX_CHARGE_AMOUNT % step, self._currency)
        return self.tr("The largest card charge is {amount}.").format(amount=format_amount(largest))

    def paste_amount(self, text: str) -> bool:
        """Read `text` as an amount in the currency and show it; False (and `refused`) when
        it is not one. The pasted amount replaces the one shown."""
        text = text.strip()
        if not text:
            return False
        try:
            money = parse_amount(text, self._currency)
        except ValidationError as exc:
            emit(self.refused, self.tr("Not pasted: {reason}").format(reason=sentence(exc.message)))
            return False
        if money.amount > MAX_CHARGE_AMOUNT:
            emit(self.refused, self.tr("Not pasted: {reason}").format(reason=self._too_large()))
            return False
        if money.amount % self._unit:
            emit(
                self.refused,
                self.tr("Not pasted: {currency} is charged in whole units.").format(
                    currency=self._currency.upper()
                ),
            )
            return False
        self.set_money(money)
        return True

    def _render(self) -> None:
        money = self.money()
        problem = self.problem()
        if problem:  # the digits as typed: the amount they make is not known yet
            groups = self._buffer.split(GROUP)
            self.setText(format_typed_groups(groups, self._currency))
        else:
            self.setText(format_amount(money))
        self.setCursorPosition(len(self.text()))
        # Only a change is news: a refused key leaves the amount (and its refusal) standing.
        if (money, problem) != self._shown:
            self._shown = (money, problem)
            emit(self.amount_changed, money)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Here, not with the module: the first paint builds no QKeySequence (ui/lazy_qt.py).
        from PySide6.QtGui import QKeySequence

        key = event.key()
        text = event.text()
        if event.matches(QKeySequence.StandardKey.Paste) or (
            key == Qt.Key.Key_Insert and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.paste_amount(QGuiApplication.clipboard().text())
            return
        if key == Qt.Key.Key_Backspace:
            self.press(BACKSPACE)
        elif key == Qt.Key.Key_Delete:
            self.press(CLEAR)
        elif text and (text in _ASCII_DIGITS or text in ".," or text == decimal_point()):
            keypad = bool(event.modifiers() & Qt.KeyboardModifier.KeypadModifier)
            self._type_char(text, keypad=keypad)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Tab):
            super().keyPressEvent(event)  # returnPressed, and Esc/Tab travel on to the page
        elif key == Qt.Key.Key_Backtab:
            super().keyPressEvent(event)
        else:
            event.accept()  # letters and cursor keys do nothing: the field is a display

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            from PySide6.QtGui import QClipboard

            # X11's middle-click paste would insert text behind the amount's back.
            self.paste_amount(QGuiApplication.clipboard().text(QClipboard.Mode.Selection))
            event.accept()
            return
        super().mousePressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.paste_amount(event.mimeData().text())
        event.acceptProposedAction()

    def _type_char(self, char: str, *, keypad: bool = False) -> None:
        if char in _ASCII_DIGITS:
            self.press(char)
        elif not keypad and char == typed_group_separator():
            self.press(GROUP)
        else:
            self.press(SEPARATOR)  # the other of "." and ",", or the locale's own decimals


def sentence(text: str) -> str:
    """`text` ending as a sentence does (messages are joined into the status line)."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


_KEYPAD_LAYOUT: tuple[tuple[str, ...], ...] = (
    ("7", "8", "9"),
    ("4", "5", "6"),
    ("1", "2", "3"),
    ("00", "0", BACKSPACE),
)


class Keypad(QWidget):
    """An on-screen keypad with touch targets of at least 48 x 48 px; never takes focus."""

    key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keypad")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for row, keys in enumerate(_KEYPAD_LAYOUT):
            for column, key in enumerate(keys):
                grid.addWidget(self._button(key), row, column)
        grid.addWidget(self._button(CLEAR), len(_KEYPAD_LAYOUT), 0, 1, 3)

    def _button(self, key: str) -> QPushButton:
        button = QPushButton(self)
        button.setProperty("role", "keypad")
        # The keyboard types into the amount directly; the keypad must not steal its focus.
        set_enum(button, "focusPolicy", "NoFocus")
        button.setMinimumSize(64, 56)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if key == BACKSPACE:
            # Its icon comes from the style sheet (#keypadBackspace).
            describe(
                button,
                "keypadBackspace",
                self.tr("Delete last digit"),
                self.tr("Delete the last digit (Backspace)"),
            )
        elif key == CLEAR:
            button.setText(self.tr("Clear", "keypad: clear the amount"))
            describe(
                button,
                "keypadClear",
                self.tr("Clear amount"),
                self.tr("Clear the amount (Esc or Delete)"),
            )
        elif key == "00":
            button.setText("00")
            describe(
                button,
                "keypad00",
                self.tr("Keypad double zero"),
                self.tr("Add two zeros (type 0 twice)"),
            )
        else:
            button.setText(key)
            describe(
                button,
                f"keypad{key}",
                self.tr("Keypad {digit}").format(digit=key),
                self.tr("Add the digit {digit} (key {digit})").format(digit=key),
            )
        button.clicked.connect(self._clicked)
        self.buttons[key] = button
        return button

    def _clicked(self) -> None:
        sender = self.sender()
        for key, button in self.buttons.items():
            if button is sender:
                emit(self.key_pressed, key)
                return


def _long(text: str) -> str:
    """The status line's `long` property for these words ("true" or "false")."""
    return "true" if len(text) > LONG_WORDS else "false"


_STATE_ICONS = {
    "idle": "info",
    "working": "pending",
    "approved": "approved",
    "declined": "declined",
    "invalid": "declined",
    "unknown": "unknown",
    "error": "declined",
}


#: The status line's margins and spacing (left, top, right, bottom; between its parts).
_STATUS_MARGINS = (16, 8, 16, 8)
_STATUS_SPACING = 16
#: The icon's side, and in a compact line (`set_compact`) the icon's and the top and bottom
#: margins.
_ICON = 40
_COMPACT_ICON = 24
_COMPACT_MARGIN = 4
#: The busy bar's width; the words give up this much and the spacing while it shows.
_BUSY_BAR_WIDTH = 96
#: Words longer than this (characters) are set in body type (style.qss, `long`): the longest
#: warnings ("An earlier payment for this order is still being checked …", 120-190
#: characters) took five lines of the line's large type, more than a 1024 x 600 panel has
#: room for beside the order's fields.
LONG_WORDS = 100
#: How long the line is busy before its bar shows (ms). A wait shorter than that (a charge
#: against the training sandbox, the till getting ready after its window shows) reads
#: from the words alone, without a bar that flashes for a frame or two.
BUSY_BAR_DELAY_MS = 400


class StatusLine(QFrame):
    """Outcome at a glance: an icon, coloured words and a busy bar while waiting.

    New words, a new state and the bar starting or stopping repaint this line only. A
    QLabel whose words change, or a child shown or hidden, asks the page's layout for room;
    in the main window that request reaches the tab widget, which answers by repainting the
    whole page and its tab bar (the keypad, the amount, every field) at every step of a
    sale. So the words sit in a `SteadyLabel`, the icon keeps its place (without a picture
    when there are no words), and the bar lies over the words' trailing end in a holder
    without a layout, outside this line's layout: it is shown and hidden inside the holder,
    and while it shows the words keep clear of it by a margin. (Not a `BusyBar`, which needs
    no holder: it paints with QPainter, and the first screen would then make PySide6 build
    that class before its first paint, docs/benchmarks.md.) The bar is made and shown once
    the line has been busy for `BUSY_BAR_DELAY_MS`; the words make room for it at once, so
    nothing moves when it comes.
    """

    def __init__(
        self, label_name: str, parent: QWidget | None = None, *, state: str = "idle", text: str = ""
    ) -> None:
        """`state` and `text` are what it says first: given here rather than set after, they
        cost no re-application of the style (`initial_state`)."""
        super().__init__(parent)
        self.setObjectName("statusPanel")
        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(*_STATUS_MARGINS)
        layout.setSpacing(_STATUS_SPACING)
        self.icon_label = QLabel(self)
        self.icon_label.setObjectName(f"{label_name}Icon")
        self.icon_label.setFixedSize(_ICON, _ICON)
        self._words = SteadyLabel(self, wrapped=True)
        self.label = self._words.label
        self.label.setObjectName(label_name)
        self.label.setWordWrap(True)
        layout.addWidget(self.icon_label)
        layout.addWidget(self._words, 1)
        # Always shown, never laid out: placed by hand, and empty (0 x 0) while idle.
        self._bar_holder = QWidget(self)
        self._bar_name = f"{label_name}Progress"
        #: Made the first time the line has been busy for BUSY_BAR_DELAY_MS (`_show_bar`).
        self.busy_bar: QProgressBar | None = None
        self._bar_timer: QTimer | None = None
        #: Busy ("working", "unknown"): the words keep clear of the bar's place.
        self.busy = False
        initial_state(self.label, state)
        initial_state(self.label, _long(text), "long")
        # The style sheet draws the icon (`statusIcon`), scaled to the label.
        initial_state(self.icon_label, self._icon_for(state, text), "statusIcon")
        self.state = state
        self.set_status(state, text)

    def set_compact(self, compact: bool) -> None:
        """A smaller icon and less room above and below the words, for a page lower than it
        needs (ui/room.py); the words keep their size and their place beside the bar."""
        size = _COMPACT_ICON if compact else _ICON
        self.icon_label.setFixedSize(size, size)
        left, top, right, bottom = _STATUS_MARGINS
        if compact:
            top = bottom = _COMPACT_MARGIN
        self._row.setContentsMargins(left, top, right, bottom)

    def set_status(self, state: str, text: str) -> None:
        self.state = state
        set_state(self.label, _long(text), "long")
        self.label.setText(text)
        self.label.setAccessibleDescription(text)
        set_state(self.icon_label, self._icon_for(state, text), "statusIcon")
        busy = state in ("working", "unknown")
        if busy != self.busy:
            self.busy = busy
            room = _BUSY_BAR_WIDTH + _STATUS_SPACING if busy else 0
            # On the words' trailing side, where the layout would have put the bar.
            if self.isRightToLeft():
                self.label.setContentsMargins(room, 0, 0, 0)
            else:
                self.label.setContentsMargins(0, 0, room, 0)
            if busy:
                if self._bar_timer is None:
                    self._bar_timer = QTimer(self)
                    self._bar_timer.setSingleShot(True)
                    self._bar_timer.setInterval(BUSY_BAR_DELAY_MS)
                    self._bar_timer.timeout.connect(self._show_bar)
                self._bar_timer.start()
            else:
                if self._bar_timer is not None:
                    self._bar_timer.stop()
                if self.busy_bar is not None:
                    self.busy_bar.hide()
                self._place_bar()
        set_state(self.label, state)

    def _show_bar(self) -> None:
        if not self.busy:
            return
        if self.busy_bar is None:
            from PySide6.QtWidgets import QProgressBar

            bar = self.busy_bar = QProgressBar(self._bar_holder)
            bar.setObjectName(self._bar_name)
            bar.setRange(0, 0)
            bar.setTextVisible(False)
        self.busy_bar.show()
        self._place_bar()

    @property
    def bar_coming(self) -> bool:
        """Busy, and the bar shows once BUSY_BAR_DELAY_MS have passed."""
        return self._bar_timer is not None and self._bar_timer.isActive()

    @property
    def bar_shown(self) -> bool:
        """The busy bar is on (shown within its holder, whether or not the window is)."""
        return self.busy_bar is not None and not self.busy_bar.isHidden()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_bar()

    def _place_bar(self) -> None:
        if self.busy_bar is None or not self.bar_shown:
            self._bar_holder.setGeometry(0, 0, 0, 0)
            return
        # Where the layout would put it: inside the frame and the margin, centred.
        inside = self.contentsRect()
        height = self.busy_bar.sizeHint().height()
        if self.isRightToLeft():
            left = inside.x() + _STATUS_MARGINS[0]
        else:
            left = inside.x() + inside.width() - _STATUS_MARGINS[2] - _BUSY_BAR_WIDTH
        top = inside.y() + (inside.height() - height) // 2
        self._bar_holder.setGeometry(left, top, _BUSY_BAR_WIDTH, height)
        self.busy_bar.setGeometry(0, 0, _BUSY_BAR_WIDTH, height)

    @staticmethod
    def _icon_for(state: str, text: str) -> str:
        # No words, no picture ("none" matches no rule of the style sheet).
        return _STATE_ICONS.get(state, "info") if text else "none"

    def text(self) -> str:
        return self.label.text()
