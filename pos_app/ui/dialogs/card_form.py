"""The card entry form: grouped number with brand and Luhn feedback, expiry, CVC, postal code, name.

It also recognises a magnetic-stripe swipe typed by a keyboard-wedge reader into any field: the
burst is captured before it reaches a field, parsed, and only the parsed number, expiry and name
are filled in (docs/ui.md; docs/product.md "wedge-reader safe input"). Only input at reader
speed, or a paste that parses as a whole track, is a swipe: a "%" or ";" typed by hand lands
in its field like any other character.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from pos_app.domain.cards import (
    Brand,
    brand_of,
    group_pan,
    looks_like_swipe,
    luhn_valid,
    normalize_expiry_input,
    parse_swipe,
    spec_for,
    validate_card_input,
)
from pos_app.domain.errors import ValidationError

from ..qtcompat import emit
from ..style import set_state
from ..widgets import describe

__all__ = ["FIELDS", "CardForm"]

#: Field keys as the domain's validation and the cashier messages name them.
FIELDS = ("number", "expiry", "cvc", "postal_code", "name")
_SWIPE_STARTS = ("%", ";")
# A wedge reader types a whole track in a few milliseconds; a pause this long ends the burst
# when the reader sends no Enter.
_SWIPE_IDLE_MS = 250
# Between two keys of a reader there are a few milliseconds; a person needs far more. A
# longer gap means a person is typing: what was held back goes into the field as typed.
_READER_GAP_S = 0.08
# Only the ten ASCII digits are card digits ("¹" and "٣" are digits to str.isdigit).
_DIGITS = frozenset("0123456789")
_NUMBER_PLACEHOLDER = "1234 5678 9012 3456"


class CardForm(QWidget):
    """The five card fields, laid out like a card, with their per-field error labels."""

    def _unreadable(self) -> str:
        return self.tr("The card could not be read. Swipe again or type the number.")

    swipe_read = Signal()
    swipe_failed = Signal(str)
    #: A field was edited: messages about the last attempt may be stale now.
    edited = Signal(str)

    def __init__(
        self, parent: QWidget | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cardForm")
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self._show_all_errors = False
        self._swipe: list[str] | None = None
        self._swipe_field: QLineEdit | None = None
        self._swipe_last = 0.0
        #: When keys arrive (seconds); a reader types faster than `_READER_GAP_S` a key.
        self.clock = clock
        #: The card in the form came from the stripe (no CVC on it) rather than the keys.
        self.swiped = False
        self._last_expiry = ""
        self._swipe_timer = QTimer(self)
        self._swipe_timer.setObjectName("swipeIdleTimer")
        self._swipe_timer.setSingleShot(True)
        self._swipe_timer.setInterval(_SWIPE_IDLE_MS)
        self._swipe_timer.timeout.connect(self._finish_swipe)

        number = self._input(
            "number",
            "cardNumberInput",
            self.tr("Card number"),
            self.tr("Card number, grouped as the brand groups it (Tab to expiry)"),
        )
        number.setPlaceholderText(_NUMBER_PLACEHOLDER)
        number.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.brand_label = QLabel(self.tr("Card"), self)
        self.brand_label.setObjectName("cardBrandLabel")
        self.brand_label.setAccessibleName(self.tr("Card brand"))
        self.brand_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_state(self.brand_label, "empty")
        # As wide as the longest brand from the start: naming the brand never narrows the
        # number field under the cashier's fingers.
        bold = self.brand_label.font()
        bold.setPixelSize(14)
        bold.setBold(True)
        longest = max(QFontMetrics(bold).horizontalAdvance(b.value) for b in Brand)
        self.brand_label.setFixedWidth(longest + 24)
        expiry = self._input(
            "expiry",
            "cardExpiryInput",
            self.tr("Expiry date"),
            self.tr("Expiry as MM/YY (Tab to CVC)"),
        )
        expiry.setPlaceholderText(self.tr("MM/YY"))
        # Room for "MM / YYYY" pasted whole; the field shows it as MM/YYYY.
        expiry.setMaxLength(12)
        cvc = self._input(
            "cvc",
            "cardCvcInput",
            self.tr("Security code"),
            self.tr("The 3 or 4 digit security code (CVC), hidden as typed"),
        )
        cvc.setEchoMode(QLineEdit.EchoMode.Password)
        cvc.setPlaceholderText(self.tr("CVC"))
        cvc.setMaxLength(4)
        cvc.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), cvc))
        postal = self._input(
            "postal_code",
            "cardPostalInput",
            self.tr("Postal code"),
            self.tr("Billing postal code (optional)"),
        )
        postal.setMaxLength(10)
        name = self._input(
            "name", "cardNameInput", self.tr("Name on card"), self.tr("Name on card (optional)")
        )
        name.setMaxLength(80)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        number_row = QHBoxLayout()
        number_row.setSpacing(8)
        number_row.addWidget(number, 1)
        number_row.addWidget(self.brand_label)
        self._place(grid, 0, 0, 2, self.tr("Card number"), "number", number_row)
        self._place(grid, 3, 0, 1, self.tr("Expiry (MM/YY)"), "expiry", expiry)
        self._place(grid, 3, 1, 1, self.tr("CVC"), "cvc", cvc)
        self._place(grid, 6, 0, 1, self.tr("Postal code"), "postal_code", postal)
        self._place(grid, 6, 1, 1, self.tr("Name on card"), "name", name)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        number.textEdited.connect(self._number_edited)
        expiry.textEdited.connect(self._expiry_edited)
        for key in ("cvc", "postal_code", "name"):
            self.inputs[key].textEdited.connect(self._other_edited)
        QWidget.setTabOrder(number, expiry)
        QWidget.setTabOrder(expiry, cvc)
        QWidget.setTabOrder(cvc, postal)
        QWidget.setTabOrder(postal, name)

    # -- building -------------------------------------------------------------------------

    def _input(self, key: str, name: str, accessible: str, tooltip: str) -> QLineEdit:
        field = QLineEdit(self)
        describe(field, name, accessible, tooltip)
        field.installEventFilter(self)
        self.inputs[key] = field
        error = QLabel(self)
        error.setObjectName(f"{name.removesuffix('Input')}Error")
        error.setProperty("role", "fieldError")
        error.setWordWrap(True)
        error.setMinimumHeight(20)
        self.errors[key] = error
        return field

    def _place(
        self,
        grid: QGridLayout,
        row: int,
        column: int,
        span: int,
        caption: str,
        key: str,
        item: QWidget | QHBoxLayout,
    ) -> None:
        label = QLabel(caption, self)
        label.setProperty("role", "fieldLabel")
        label.setBuddy(self.inputs[key])
        if row:
            # Breathing room between a field's error line and the next field's caption.
            label.setContentsMargins(0, 8, 0, 0)
        grid.addWidget(label, row, column, 1, span)
        if isinstance(item, QWidget):
            grid.addWidget(item, row + 1, column, 1, span)
        else:
            grid.addLayout(item, row + 1, column, 1, span)
        grid.addWidget(self.errors[key], row + 2, column, 1, span)
        # The error line keeps its height when empty: messages never shift the layout.
        grid.setRowMinimumHeight(row + 2, self.errors[key].minimumHeight())

    # -- values ---------------------------------------------------------------------------

    def digits(self) -> str:
        return "".join(ch for ch in self.inputs["number"].text() if (ch in _DIGITS))

    def brand(self) -> Brand:
        return brand_of(self.digits())

    def values(self) -> dict[str, str]:
        values = {key: field.text().strip() for key, field in self.inputs.items()}
        values["number"] = self.digits()
        return values

    def validate(self, today: date | None = None) -> dict[str, str]:
        """The domain's per-field messages for what is typed now."""
        v = self.values()
        return validate_card_input(
            number=v["number"],
            expiry=v["expiry"],
            cvc=v["cvc"],
            name=v["name"],
            postal_code=v["postal_code"],
            today=today or date.today(),
            cvc_required=not self.swiped,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show every field's message (after a submit attempt) and point at the first one."""
        self._show_all_errors = True
        for key in FIELDS:
            self.set_error(key, errors.get(key, ""))
        first = next((key for key in FIELDS if key in errors), None)
        if first is not None:
            self.inputs[first].setFocus()

    def set_error(self, key: str, message: str) -> None:
        if key not in self.inputs:
            return
        label = self.errors[key]
        label.setProperty("role", "fieldError")
        label.setText(message)
        set_state(label, "error" if message else "")
        field = self.inputs[key]
        field.setProperty("invalid", bool(message))
        set_state(field, "error" if message else "")

    def clear_secrets(self, *, hint: str = "") -> None:
        """Forget the number and the CVC (the token now stands for the card).

        `hint` becomes the number's placeholder (e.g. "Key VISA •••• 4242 in again"): the card
        is gone from the form, only its brand and last four may be shown.
        """
        self.inputs["number"].clear()
        self.inputs["cvc"].clear()
        self.set_error("number", "")  # "Number looks right" leaves with the number
        self.inputs["number"].setPlaceholderText(hint or _NUMBER_PLACEHOLDER)
        self._set_swiped(False)
        self._update_brand()

    def clear_fields(self, keys: tuple[str, ...]) -> None:
        """Empty some fields and their messages, keeping the rest as typed."""
        for key in keys:
            self.inputs[key].clear()
            self.set_error(key, "")
        if "expiry" in keys:
            self._last_expiry = ""
        if "number" in keys:
            self._set_swiped(False)
        self._update_brand()

    def clear_all(self) -> None:
        self.clear_fields(FIELDS)
        self.inputs["number"].setPlaceholderText(_NUMBER_PLACEHOLDER)
        self._show_all_errors = False

    def mark(self, key: str) -> None:
        """Point at a field (red border) without words: the message is said once, elsewhere."""
        field = self.inputs.get(key)
        if field is None:
            return
        self.errors[key].setText("")
        set_state(self.errors[key], "")
        field.setProperty("invalid", True)
        set_state(field, "error")

    def first_to_fill(self, also: str | None = None) -> QLineEdit | None:
        """The first field, in the form's order, that is empty but needed, or `also`."""
        needed = ["number", "expiry"] + ([] if self.swiped else ["cvc"])
        for key in FIELDS:
            if key == also or (key in needed and not self.inputs[key].text().strip()):
                return self.inputs[key]
        return None

    def _set_swiped(self, swiped: bool) -> None:
        self.swiped = swiped
        cvc = self.inputs["cvc"]
        cvc.setPlaceholderText(self.tr("Not needed (swiped)") if swiped else self.tr("CVC"))
        cvc.setToolTip(
            self.tr("Optional for a swiped card: the security code is not on the stripe")
            if swiped
            else self.tr("The 3 or 4 digit security code (CVC), hidden as typed")
        )

    def set_locked(self, locked: bool) -> None:
        for field in self.inputs.values():
            field.setReadOnly(locked)
            field.setEnabled(not locked)

    # -- live feedback --------------------------------------------------------------------

    def _number_edited(self, text: str) -> None:
        if self._take_bulk_swipe("number", text):
            return
        # A number keyed in is a keyed card: its CVC is needed again.
        self._set_swiped(False)
        emit(self.edited, "number")
        field = self.inputs["number"]
        digits_before_cursor = sum((ch in _DIGITS) for ch in text[: field.cursorPosition()])
        digits = "".join(ch for ch in text if (ch in _DIGITS))
        digits = digits[: max(spec_for(brand_of(digits)).lengths)]
        self._set_number(digits)
        # Keep the cursor after the same digit it followed before regrouping.
        grouped = field.text()
        position, seen = 0, 0
        while position < len(grouped) and seen < digits_before_cursor:
            seen += grouped[position] in _DIGITS
            position += 1
        field.setCursorPosition(position)

    def _set_number(self, digits: str) -> None:
        self.inputs["number"].setText(group_pan(digits) if digits else "")
        self._update_brand()
        self._number_feedback(final=False)

    def _update_brand(self) -> None:
        digits = self.digits()
        brand = brand_of(digits) if digits else Brand.UNKNOWN
        known = brand is not Brand.UNKNOWN
        self.brand_label.setText(brand.value if known else self.tr("Card"))
        self.brand_label.setAccessibleDescription(
            brand.value if known else self.tr("brand not known yet")
        )
        set_state(self.brand_label, "" if known else "empty")
        self.inputs["cvc"].setMaxLength(spec_for(brand).cvc_length if known else 4)

    def _number_feedback(self, *, final: bool) -> None:
        """Luhn feedback as soon as the number is long enough; other messages on leaving."""
        digits = self.digits()
        lengths = spec_for(brand_of(digits)).lengths if digits else ()
        # 19-digit Visa numbers are rare: at a usual length the check already speaks.
        complete = len(digits) in lengths and (len(digits) >= 16 or len(digits) == max(lengths))
        if digits and complete:
            if luhn_valid(digits):
                self.set_error("number", "")
                self.errors["number"].setText(self.tr("✓ Number looks right"))
                self.errors["number"].setProperty("role", "hint")
                set_state(self.errors["number"], "ok")
            else:
                self.set_error("number", self.validate().get("number", ""))
        elif final or self._show_all_errors:
            self._validate_one("number")
        else:
            self.set_error("number", "")

    def _expiry_edited(self, text: str) -> None:
        if self._take_bulk_swipe("expiry", text):
            return
        field = self.inputs["expiry"]
        typing = len(text) > len(self._last_expiry)
        # Digits before the cursor, to put it back after the same digit once reformatted.
        digits_before = sum((ch in _DIGITS) for ch in text[: field.cursorPosition()])
        at_end = field.cursorPosition() == len(text)
        # "12" typed forward becomes "12/" so the cashier types the year straight after; a
        # slash typed anyway is that same slash (domain/cards.py `normalize_expiry_input`),
        # and Backspace over the slash still works.
        shown = normalize_expiry_input(text, typing=typing and at_end)
        if shown != text:
            field.setText(shown)
            position = len(shown)
            if not at_end:
                position, seen = 0, 0
                while position < len(shown) and seen < digits_before:
                    seen += shown[position] in _DIGITS
                    position += 1
            field.setCursorPosition(position)
        self._last_expiry = field.text()
        self._recheck("expiry")

    def _other_edited(self, text: str) -> None:
        sender = self.sender()
        key = next((k for k, f in self.inputs.items() if f is sender), "name")
        if self._take_bulk_swipe(key, text):
            return
        self._recheck(key)

    def _recheck(self, key: str) -> None:
        """A field being fixed loses its message as soon as it is right (never goes stale)."""
        emit(self.edited, key)
        if not self.errors[key].text() and self.inputs[key].property("invalid") is not True:
            return
        self.set_error(key, self.validate().get(key, "") if self._show_all_errors else "")

    def _validate_one(self, key: str) -> None:
        if not self.inputs[key].text().strip() and not self._show_all_errors:
            self.set_error(key, "")
            return
        self.set_error(key, self.validate().get(key, ""))

    # -- swipes ---------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key_pressed(watched, event)
        if event.type() == QEvent.Type.FocusOut and self._swipe is None:
            for key, field in self.inputs.items():
                if field is watched and not field.isReadOnly():
                    if key == "number":
                        self._number_feedback(final=True)
                    else:
                        self._validate_one(key)
        return super().eventFilter(watched, event)

    def _key_pressed(self, watched: QObject, event: QKeyEvent) -> bool:
        """True when the key is held back as part of a (possible) swipe."""
        now = self.clock()
        if self._swipe is not None:
            if now - self._swipe_last > _READER_GAP_S or watched is not self._swipe_field:
                # A person's pace, or a key in another field (a reader types into the one
                # that has the focus): what was held back was typed, not swiped.
                self._release_typed()
            else:
                self._swipe_last = now
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    if looks_like_swipe("".join(self._swipe)):
                        self._finish_swipe()
                        return True  # the reader's Enter must not submit the form
                    self._release_typed()
                    return False
                if event.text():
                    self._swipe.append(event.text())
                    self._swipe_timer.start(_SWIPE_IDLE_MS)
                return True  # the burst never reaches a field
        if event.text() in _SWIPE_STARTS and isinstance(watched, QLineEdit):
            self._swipe = [event.text()]
            self._swipe_field = watched
            self._swipe_last = now
            self._swipe_timer.start(int(_READER_GAP_S * 1000) + 20)
            return True
        return False

    @property
    def capturing_swipe(self) -> bool:
        return self._swipe is not None

    def _finish_swipe(self) -> None:
        """The reader went quiet (or sent Enter): a track is read, anything else was typed."""
        self._swipe_timer.stop()
        text = "".join(self._swipe or ())
        if len(text) > 1 and looks_like_swipe(text):
            self._swipe, self._swipe_field = None, None
            self._apply_swipe(text)
        else:
            self._release_typed()

    def _release_typed(self) -> None:
        """Put what was held back into its field, as if it had been typed there."""
        self._swipe_timer.stop()
        text, field = "".join(self._swipe or ()), self._swipe_field
        self._swipe, self._swipe_field = None, None
        self._swipe_timer.setInterval(_SWIPE_IDLE_MS)
        if field is not None and text and not field.isReadOnly():
            field.insert(text)

    def _take_bulk_swipe(self, key: str, text: str) -> bool:
        """A swipe pasted or delivered in one go: only a text holding a whole track is one.

        The track is taken out of the field it landed in; whatever the field held before
        stays. A "%" or ";" that does not start a readable track is just text.
        """
        for start, char in enumerate(text):
            if char not in _SWIPE_STARTS:
                continue
            track = text[start:].strip()
            try:
                parse_swipe(track)
            except ValidationError:
                continue
            self.inputs[key].setText(text[:start].rstrip())
            self._apply_swipe(track)
            return True
        return False

    def _apply_swipe(self, text: str) -> None:
        if not looks_like_swipe(text):
            emit(self.swipe_failed, self._unreadable())
            return
        try:
            swipe = parse_swipe(text)
        except ValidationError:
            emit(self.swipe_failed, self._unreadable())
            return
        self._set_number(swipe.number)
        self.inputs["expiry"].setText(f"{swipe.exp_month:02d}/{swipe.exp_year % 100:02d}")
        self._last_expiry = self.inputs["expiry"].text()
        if swipe.name:
            self.inputs["name"].setText(swipe.name)
        # The stripe carries no CVC: the previous card's CVC must not be sent with this one.
        self.inputs["cvc"].clear()
        self._set_swiped(True)
        for key in FIELDS:
            self.set_error(key, "")
        self._number_feedback(final=False)
        emit(self.swipe_read)
