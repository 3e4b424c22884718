"""A combo box whose chosen item is cut with "…" rather than at the box's edge.

Apart from ui/fitted_text.py, which the first screen imports: PySide6 builds QComboBox's class
(and its popup's) when it is first named, and the first screen has no combo box
(ui/lazy_qt.py). The saved card's picker, made when a customer is first chosen, is one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QStylePainter

from .fitted_text import cut_to_fit

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

__all__ = ["CutComboBox"]


class CutComboBox(QComboBox):
    """A combo box whose chosen item, when longer than the box, is cut with "…" (Qt cuts it
    at the box's edge); the list that opens shows every item whole."""

    def shown_text(self) -> str:
        """The chosen item's words as the box shows them."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        return self._fitted(option)

    def _fitted(self, option: QStyleOptionComboBox) -> str:
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(option.currentText) <= field.width():
            return option.currentText
        return cut_to_fit(metrics, "", option.currentText, field.width())

    def paintEvent(self, event: QPaintEvent) -> None:
        # QComboBox's own paint, with the chosen item's words fitted to the field.
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self._fitted(option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
