"""Text that gives way when its room runs short, rather than being cut by a widget's edge: a
cut word reads as a misspelling and a cut number as another number (docs/ui.md, "Overall").

`CutLabel` shows a line whole, or a shorter form of it, or the last form cut with "…";
`BadgeLabel` is the header's mode badge, whose mode and register are never cut; and
`FittingButton` drops words from its text ("Charge Friedrich", then "Charge"). Each measures
with its own font (the style sheet's, once polished) and keeps the whole text in its tooltip
or accessible name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

if TYPE_CHECKING:
    # Only named in signatures: PySide6 builds a class on its first import (ui/lazy_qt.py).
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QFontMetrics, QResizeEvent

__all__ = ["BadgeLabel", "CutLabel", "FittingButton", "cut_to_fit"]


def _hint_width_for(metrics: QFontMetrics, hint: QSize, shown: str, text: str) -> int:
    """The width a widget would ask for showing `text`: its `hint` is for the text it shows
    now (`shown`), and the padding (and an icon) around the words stay the same."""
    return hint.width() + metrics.horizontalAdvance(text) - metrics.horizontalAdvance(shown)


class CutLabel(QLabel):
    """One line that takes the room its layout leaves and, when that is short, is cut with
    "…" (a cut word would read as a misspelt one); the whole text is in its tooltip.

    Cut by measuring, not with QFontMetrics.elidedText: its mode argument would make PySide6
    build Qt's enum namespace before the first paint (ui/lazy_qt.py)."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self._whole = text
        self._shorter: tuple[str, ...] = ()
        self.setToolTip(text)
        # The layout gives it what is left; its text never asks for more.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_whole(self, text: str, *shorter: str) -> None:
        """Show `text`, or the first of the `shorter` forms that fits the room it has now, or
        the last one cut; the tooltip has `text` whole."""
        self._whole, self._shorter = text, shorter
        self.setToolTip(text)
        self.setText(self.fitted(self.contentsRect().width()) if self.isVisible() else text)

    def whole(self) -> str:
        return self._whole

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setText(self.fitted(self.contentsRect().width()))

    def fitted(self, room: int) -> str:
        """The whole text when it fits in `room` pixels, else the first shorter form that
        does, else the longest start of the last form that fits with "…" after it."""
        metrics = self.fontMetrics()
        forms = (self._whole, *self._shorter)
        for form in forms:
            if metrics.horizontalAdvance(form) <= room:
                return form
        return cut_to_fit(metrics, "", forms[-1], room)


def cut_to_fit(metrics: QFontMetrics, before: str, text: str, room: int, keep: int = 0) -> str:
    """`before` and the longest start of `text` (at least `keep` characters) that fit in
    `room` pixels with "…" after it."""
    low, high = min(keep, len(text)), len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(before + text[:middle].rstrip() + "…") <= room:
            low = middle
        else:
            high = middle - 1
    return before + text[:low].rstrip() + "…"


class BadgeLabel(QLabel):
    """A badge of a few parts that says them all when there is room and gives way in steps
    when there is not: the long words (`whole`), then the short ones (`short`), then the
    short ones with the last part (`tail`, a name) cut with "…". The parts before the tail
    (the mode and the register) are never cut: a cut register number reads as another
    register's.

    It asks its layout for the room of the whole words and accepts the shortest form: the
    layout shrinks it only once the widgets that give way first have (a cut business name,
    the clock hidden by the window)."""

    #: Between the parts.
    SEPARATOR = "  ·  "

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._whole = self._short = self._tail = self._explanation = ""

    def set_words(self, whole: str, short: str, tail: str, explanation: str) -> None:
        """`whole` and `short` name the same things before the tail, which may be empty;
        `explanation` is the tooltip, which also has the whole words while they are cut."""
        self._whole, self._short, self._tail = whole, short, tail
        self._explanation = explanation
        self._show(self.whole_text())
        self.setAccessibleDescription(self.whole_text())
        self.updateGeometry()

    def _show(self, text: str) -> None:
        self.setText(text)
        whole = self.whole_text()
        self.setToolTip(self._explanation if text == whole else f"{self._explanation}\n{whole}")

    def whole_text(self) -> str:
        return self._joined(self._whole, self._tail)

    def _joined(self, head: str, tail: str) -> str:
        return head + self.SEPARATOR + tail if tail else head

    def fitted(self, room: int) -> str:
        """The longest form that fits in `room` pixels; the shortest when none does."""
        metrics = self.fontMetrics()
        for form in (self.whole_text(), self._joined(self._short, self._tail)):
            if metrics.horizontalAdvance(form) <= room:
                return form
        if not self._tail:
            return self._short
        return cut_to_fit(metrics, self._short + self.SEPARATOR, self._tail, room, keep=1)

    def _shortest(self) -> str:
        return self._short + self.SEPARATOR + self._tail[:1] + "…" if self._tail else self._short

    def _width_for(self, text: str) -> int:
        return _hint_width_for(self.fontMetrics(), super().sizeHint(), self.text(), text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(self._width_for(self.whole_text()))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(self._width_for(self._shortest()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shown = self.fitted(self.contentsRect().width())
        if shown != self.text():
            self._show(shown)


class FittingButton(QPushButton):
    """A button whose words get shorter when its layout gives it less room than the longest
    needs ("Charge Friedrich", then "Charge"): a button's text is never cut by its edge. The
    accessible name keeps the longest."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._forms: tuple[str, ...] = ("",)
        # A button's own policy (Minimum) makes its whole words its least width: here the
        # layout may take it down to the shortest words.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())

    def set_forms(self, *forms: str) -> None:
        """The texts to show, longest first."""
        self._forms = forms
        self.setAccessibleName(forms[0])
        self._fit()
        self.updateGeometry()  # its hints are the new words' even when the text stays

    def _width_for(self, text: str) -> int:
        return _hint_width_for(self.fontMetrics(), super().sizeHint(), self.text(), text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(self._width_for(self._forms[0]))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(min(hint.width(), self._width_for(self._forms[-1])))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        room = self.width()
        shown = next((f for f in self._forms if self._width_for(f) <= room), self._forms[-1])
        if shown != self.text():
            self.setText(shown)
