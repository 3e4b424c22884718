"""A small bar chart of the day's sales hour by hour, painted with QPainter (no chart library).

One bar per hour of the local day (23 or 25 on a daylight-saving change), the height the gross
of that hour's succeeded charges in one currency. The busiest hour's amount labels the scale;
hour labels every three hours. The accessible description says the same in words.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from pos_app.domain.money import Money

from .amounts import format_amount

__all__ = ["HourChart"]

_BAR = QColor("#1d4ed8")
_AXIS = QColor("#94a3b8")
_TEXT = QColor("#374151")
_EMPTY = QColor("#4b5563")


class HourChart(QWidget):
    """Bars of one currency's gross per hour; `set_data` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyChart")
        self.setAccessibleName(self.tr("Sales by hour"))
        self.setToolTip(self.tr("The day's takings (succeeded charges) hour by hour"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Low enough for the History summary on a 1024 x 600 panel (title, bars, hours).
        self.setMinimumSize(240, 88)
        self.setMaximumWidth(480)
        self._hours: list[datetime] = []
        self._amounts: list[int] = []
        self._currency = ""
        self._describe()

    @property
    def amounts(self) -> list[int]:
        return list(self._amounts)

    @property
    def currency(self) -> str:
        return self._currency

    def set_data(self, currency: str, hours: list[datetime], amounts: list[int]) -> None:
        if len(hours) != len(amounts):
            raise ValueError("one amount per hour")
        self._currency, self._hours, self._amounts = currency, list(hours), list(amounts)
        self._describe()
        self.update()

    def clear(self) -> None:
        self.set_data("", [], [])

    def sizeHint(self) -> QSize:
        return QSize(360, 150)

    def _describe(self) -> None:
        if not self._amounts or not any(self._amounts):
            self.setAccessibleDescription(self.tr("No sales yet on this day."))
            return
        peak = max(range(len(self._amounts)), key=self._amounts.__getitem__)
        total = format_amount(Money(sum(self._amounts), self._currency))
        busiest = format_amount(Money(self._amounts[peak], self._currency))
        self.setAccessibleDescription(
            self.tr(
                "{total} in {currency} over the day; busiest hour {hour} with {busiest}."
            ).format(
                total=total,
                currency=self._currency.upper(),
                hour=f"{self._hours[peak]:%H:%M}",
                busiest=busiest,
            )
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(14)  # docs/ui.md: 14 px is the smallest text anywhere
        painter.setFont(font)
        metrics = QFontMetrics(font)
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        title = (
            self.tr("Sales by hour ({currency})").format(currency=self._currency.upper())
            if self._currency
            else self.tr("Sales by hour")
        )
        painter.setPen(_TEXT)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        top = area.top() + metrics.height() + 4
        if not self._amounts or not any(self._amounts):
            painter.setPen(_EMPTY)
            body = QRectF(area.left(), top, area.width(), area.bottom() - top)
            painter.drawText(
                body, Qt.AlignmentFlag.AlignCenter, self.tr("No sales on this day yet")
            )
            painter.end()
            return
        peak = max(self._amounts)
        scale = format_amount(Money(peak, self._currency))
        scale_area = QRectF(area)
        if metrics.horizontalAdvance(title) + 12 + metrics.horizontalAdvance(scale) > area.width():
            # A long title ("Umsatz nach Stunde (EUR)") leaves no room beside it: the scale
            # goes on a line of its own rather than over the title's words.
            scale_area.setTop(top)
            top += metrics.height() + 4
        painter.drawText(scale_area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, scale)
        bottom = area.bottom() - metrics.height() - 4
        plot = QRectF(area.left(), top, area.width(), max(bottom - top, 1))
        painter.setPen(QPen(_AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        count = len(self._amounts)
        slot = plot.width() / count
        gap = min(2.0, slot / 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BAR)
        for index, amount in enumerate(self._amounts):
            if amount <= 0:
                continue
            height = max(plot.height() * amount / peak, 2.0)
            painter.drawRect(
                QRectF(plot.left() + index * slot + gap, plot.bottom() - height, slot - 2 * gap,
                       height)
            )  # fmt: skip
        painter.setPen(_TEXT)
        label_width = metrics.horizontalAdvance("00") + 4
        for index, hour in enumerate(self._hours):
            if hour.minute or hour.hour % 3:
                continue
            centre = plot.left() + (index + 0.5) * slot
            box = QRectF(centre - label_width / 2, bottom + 4, label_width, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{hour.hour:02d}")
        painter.end()
