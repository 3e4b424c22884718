"""Painting a table's text cells from lines laid out once and kept (QStaticText).

Qt's own delegate lays every painted cell's text out afresh (itemizing, shaping, eliding)
and asks the model for seven roles first: on a two-core till that was two thirds of a
table's repaint, repeated on every keystroke of a search and every page of a load
(docs/benchmarks.md). This delegate asks the page for the cell's text and colour in one
Python call and draws the text from a `QStaticText` kept per text, width and font: a repaint
of rows already seen only places glyphs. It draws no panel: the view has filled the row's
background (alternate or selected) before it asks the delegate, and the style sheet gives
`::item` no background of its own, so the style's item panel would only fill the same
colour again, at a cost (through the style-sheet style) larger than the rest of the cell.
The look is the style sheet's: 8 px of padding, one line, centred vertically, cut with "…"
on the right (the tooltip then says it whole).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QStaticText,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

__all__ = ["CellLook", "TextCellDelegate"]

#: What the page says of a cell: its text, and its colour (None: the table's text colour).
CellLook = tuple[str, QBrush | QColor | None]

#: The style sheet's `QTableView::item { padding: 0px 8px; }` (resources/style.qss); the
#: style adds its own text margin inside it, as for Qt's own delegate.
PADDING = 8
#: Laid-out lines kept; past this many the cache starts afresh (a screenful is ~100).
_KEPT = 4096

_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
_ELIDE = Qt.TextElideMode.ElideRight
_PLAIN = Qt.TextFormat.PlainText
_TEXT = QPalette.ColorRole.Text


class TextCellDelegate(QStyledItemDelegate):
    """One line of text per cell, from `look(row, column)` of the view's rows; the columns
    in `right` are aligned right, those in `fonts` drawn in their own font (resolved against
    the table's, as Qt's delegate resolves a model's font role)."""

    def __init__(
        self,
        parent: QWidget,
        look: Callable[[int, int], CellLook],
        *,
        right: Collection[int] = (),
        fonts: Mapping[int, QFont] | None = None,
    ) -> None:
        super().__init__(parent)
        self._look = look
        self._right = frozenset(right)
        self._own_fonts = dict(fonts or {})
        self._fonts: dict[int, QFont] = {}
        self._lines: dict[tuple[str, int, int], tuple[QStaticText, float]] = {}
        self._font = QFont()
        self._line_height = 0
        self._inset = PADDING
        self._colour: QColor | None = None
        _warm_up(parent.font())

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        column = index.column()
        text, colour = self._look(index.row(), column)
        if not text:
            return
        if self._colour is None:
            self._prepare(option)
        rect = option.rect
        width = rect.width() - 2 * self._inset
        if width <= 0:
            return
        font = self._fonts.get(column)
        entry = self._lines.get((text, width, column if font is not None else -1))
        if entry is None:
            entry = self._lay_out(text, width, column, font)
        line, advance = entry
        left: float = rect.x() + self._inset
        if column in self._right:
            left = rect.x() + rect.width() - self._inset - advance
        painter.setPen(self._colour if colour is None else _colour_of(colour))
        if font is not None:
            painter.setFont(font)
        painter.drawStaticText(
            # Centred in whole pixels, as Qt's own delegate places a line.
            QPointF(left, rect.y() + (rect.height() - self._line_height) // 2),
            line,
        )
        if font is not None:
            painter.setFont(self._font)

    def _prepare(self, option: QStyleOptionViewItem) -> None:
        widget = option.widget
        margin = widget.style().pixelMetric(_MARGIN, option, widget) + 1
        self._inset = PADDING + margin
        self._font = QFont(option.font)
        self._fonts = {c: f.resolve(self._font) for c, f in self._own_fonts.items()}
        self._line_height = option.fontMetrics.height()
        self._colour = option.palette.color(_TEXT)

    def _lay_out(
        self, text: str, width: int, column: int, font: QFont | None
    ) -> tuple[QStaticText, float]:
        if len(self._lines) >= _KEPT:
            self._lines.clear()
        drawn_in = self._font if font is None else font
        # Laid out once as it is; only a text too wide for its column is cut and laid out
        # again (most fit: one layout per new text, as with Qt's own delegate).
        line = _line(text, drawn_in)
        if line.size().width() > width:
            line = _line(QFontMetrics(drawn_in).elidedText(text, _ELIDE, width), drawn_in)
        entry = self._lines[(text, width, column if font is not None else -1)] = (
            line,
            line.size().width(),
        )
        return entry


_warmed = False


def _warm_up(font: QFont) -> None:
    """Use, once, everything a first repaint of text cells uses, on a one-pixel image.

    PySide6 makes a Qt class's Python wrapper, and the enums its calls take, the first time
    the class is used: the first brush alone took 5-60 ms. Made with the table instead, so
    the first rows that arrive while a long list loads are painted within a frame."""
    global _warmed
    if _warmed:
        return
    _warmed = True
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    painter.setFont(font)
    painter.setPen(QBrush(QColor(0, 0, 0)).color())
    painter.drawStaticText(QPointF(0, 0), _line("Ag 09 @.", font))
    painter.end()
    QFontMetrics(font).elidedText("Ag 09 @.", _ELIDE, 1)


def _line(text: str, font: QFont) -> QStaticText:
    line = QStaticText(text)
    line.setTextFormat(_PLAIN)
    line.prepare(font=font)
    return line


def _colour_of(colour: QBrush | QColor) -> QColor:
    return colour.color() if isinstance(colour, QBrush) else colour
