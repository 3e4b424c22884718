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
from time import perf_counter
from typing import cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt, QTimer
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
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
#: What a cell takes beside its text: the padding on both sides and the focus frame's margin
#: (a column sized to a sample text plus this shows it whole).
CELL_ROOM = 2 * (PADDING + 4)
#: Laid-out lines kept; past this many the cache starts afresh (a screenful is ~100).
_KEPT = 4096

#: How long the table is still before the texts it drew are laid out, and how long one
#: turn of that may take.
LAY_OUT_AFTER_MS = 50
LAY_OUT_SLICE_S = 0.002

_LineKey = tuple[str, int, int]
_MARGIN = QStyle.PixelMetric.PM_FocusFrameHMargin
_ELIDE = Qt.TextElideMode.ElideRight
_PLAIN = Qt.TextFormat.PlainText
_TEXT = QPalette.ColorRole.Text


class TextCellDelegate(QStyledItemDelegate):
    """One line of text per cell, from `look(row, column)` of the view's rows; the columns
    in `right` are aligned right, those in `fonts` drawn in their own font (resolved against
    the table's, as Qt's delegate resolves a model's font role).

    A text the table shows for the first time is measured (cut to its column if need be)
    and drawn as it is; once the table has been still for `LAY_OUT_AFTER_MS`, the texts it
    drew are laid out as `QStaticText` a slice at a time, and later repaints only place
    their glyphs. Laying a line out costs about twice drawing it once, so rows that come
    into view — a page of a listing, a search's first letter — are painted at the cost of
    drawing them, and the layouts are made while the cashier reads.
    """

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
        self._ascents: dict[int, float] = {}
        #: (text, width, font column or -1) -> (text shown, its advance, its laid-out line)
        self._lines: dict[_LineKey, tuple[str, float, QStaticText | None]] = {}
        self._unlaid: list[tuple[_LineKey, QFont]] = []
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(LAY_OUT_AFTER_MS)
        self._later.timeout.connect(self.lay_out_drawn)
        self._font = QFont()
        self._ascent = 0.0
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
        # One call for the four (PySide6 types it loosely).
        x, y, width, height = cast(tuple[int, int, int, int], option.rect.getRect())
        row = index.row()
        self.paint_column(painter, option, index.column(), range(row, row + 1), x, y, width,
                          height, height)  # fmt: skip

    def paint_column(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        column: int,
        rows: range,
        x: int,
        top: int,
        width: int,
        height: int,
        pitch: int,
    ) -> None:
        """Paint `column`'s cells of `rows`, the first at `top` and each `pitch` below the
        last (ui/text_table.py paints a table's rows with one call per column)."""
        if self._colour is None:
            self._prepare(option)
        room = width - 2 * self._inset
        if room <= 0:
            return
        look, lines, inset = self._look, self._lines, self._inset
        font = self._fonts.get(column)
        font_key = column if font is not None else -1
        ascent = self._ascent if font is None else self._ascents[column]
        right = column in self._right
        usual = self._colour
        pen: QColor | None = None
        if font is not None:
            painter.setFont(font)
        # Centred in whole pixels, as Qt's own delegate places a line.
        y = top + (height - self._line_height) // 2
        for row in rows:
            text, colour = look(row, column)
            if text:
                key = (text, room, font_key)
                entry = lines.get(key)
                if entry is None:
                    entry = self._measure(key, font)
                shown, advance, line = entry
                left = x + width - inset - advance if right else x + inset
                wanted = usual if colour is None else _colour_of(colour)
                if wanted is not pen:
                    painter.setPen(wanted)
                    pen = wanted
                if line is not None:
                    painter.drawStaticText(QPointF(left, y), line)
                else:
                    painter.drawText(QPointF(left, y + ascent), shown)
            y += pitch
        if font is not None:
            painter.setFont(self._font)

    @property
    def drawn_not_laid_out(self) -> int:
        """How many texts drawn so far wait to be laid out."""
        return len(self._unlaid)

    def lay_out_drawn(self) -> None:
        """Lay out, for about LAY_OUT_SLICE_S, texts drawn but not yet laid out; the rest
        follow in a later turn."""
        deadline = perf_counter() + LAY_OUT_SLICE_S
        lines, unlaid = self._lines, self._unlaid
        while unlaid and perf_counter() < deadline:
            key, font = unlaid.pop()
            entry = lines.get(key)
            if entry is not None and entry[2] is None:
                shown, advance, _ = entry
                lines[key] = (shown, advance, _line(shown, font))
        if unlaid:
            self._later.start()

    def _prepare(self, option: QStyleOptionViewItem) -> None:
        widget = option.widget
        margin = widget.style().pixelMetric(_MARGIN, option, widget) + 1
        self._inset = PADDING + margin
        self._font = QFont(option.font)
        self._fonts = {c: f.resolve(self._font) for c, f in self._own_fonts.items()}
        self._ascent = QFontMetricsF(self._font).ascent()
        self._ascents = {c: QFontMetricsF(f).ascent() for c, f in self._fonts.items()}
        self._line_height = option.fontMetrics.height()
        self._colour = option.palette.color(_TEXT)

    def _measure(self, key: _LineKey, font: QFont | None) -> tuple[str, float, None]:
        if len(self._lines) >= _KEPT:
            self._lines.clear()
            self._unlaid.clear()
        text, room, _ = key
        drawn_in = self._font if font is None else font
        metrics = QFontMetricsF(drawn_in)
        shown, advance = text, metrics.horizontalAdvance(text)
        if advance > room:
            # Too wide for its column: cut with "…" as Qt's own delegate cuts it.
            shown = QFontMetrics(drawn_in).elidedText(text, _ELIDE, room)
            advance = metrics.horizontalAdvance(shown)
        entry = self._lines[key] = (shown, advance, None)
        self._unlaid.append((key, drawn_in))
        if not self._later.isActive():
            self._later.start()
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
