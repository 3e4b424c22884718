"""A table whose visible rows are painted in one Python call per repaint.

Qt's table paints cell by cell: for each one it asks the model for the cell's flags, fills
the cell's background through the style and calls the delegate, each a call from C++ into
Python that also waits for the interpreter lock while a worker parses a page. A repaint of
a Customers screenful was 85 such cells, 8.3 ms on a two-core till, of which Qt's table
with a delegate that did nothing took 2.6 ms; drawing the same texts from one Python loop
took 1.2-1.7 ms (docs/benchmarks.md, GUI gaps). This view paints what Qt's would, from one
`paintEvent`: each row's background (alternate or selected) as one rectangle, each column's
cells through its delegate's `paint_column` (one call per column, `ColumnPainter`), then the
grid. It paints only what the till's tables use: rows of one height (`set_row_height`), none
hidden, no spans, a header over a grid; a column whose delegate cannot paint a column, or
any other table, leaves the repaint to Qt.
`tests/gui/test_text_cells.py` compares its pixels with Qt's own painting.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

__all__ = ["ColumnPainter", "TextTable"]

_GROUP = QPalette.ColorGroup
_GRID_COLOUR = QStyle.StyleHint.SH_Table_GridLineColor


@runtime_checkable
class ColumnPainter(Protocol):
    """A delegate that paints a column's cells for rows `rows` in one call: cell `row` is
    the rectangle (x, top + (row - rows.start) * pitch, width, height)."""

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
    ) -> None: ...


class TextTable(QTableView):
    """A QTableView whose repaint is one Python call (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Paint with Qt's own cell-by-cell loop instead (what the tests compare with).
        self.painted_by_qt = False

    def set_row_height(self, height: int) -> None:
        """Every row `height` pixels high, never measured: what this view paints."""
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painters = None if self.painted_by_qt else self._column_painters()
        if painters is None:
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        try:
            self._paint(painter, event.rect(), painters)
        finally:
            painter.end()

    def _column_painters(self) -> dict[int, ColumnPainter] | None:
        """Each shown column's painter, in the order shown; None: Qt paints this table."""
        header = self.horizontalHeader()
        rows = self.verticalHeader()
        model = self.model()
        if (
            model is None
            or rows.sectionResizeMode(0) != QHeaderView.ResizeMode.Fixed
            or rows.hiddenSectionCount()
            or rows.sectionsMoved()
            # Qt draws a top grid line of its own above a table without its header.
            or (self.showGrid() and header.isHidden())
        ):
            return None
        fallback = self.itemDelegate()
        painters: dict[int, ColumnPainter] = {}
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if header.isSectionHidden(column):
                continue
            delegate = self.itemDelegateForColumn(column) or fallback
            if not isinstance(delegate, ColumnPainter):
                return None
            painters[column] = delegate
        return painters

    def _paint(self, painter: QPainter, area: QRect, painters: dict[int, ColumnPainter]) -> None:
        model = self.model()
        count = model.rowCount()
        if count == 0 or not painters:
            return
        pitch = self.verticalHeader().defaultSectionSize()
        offset = self.verticalOffset()
        grid = 1 if self.showGrid() else 0
        # As Qt's table: nothing below the last row or right of the last column.
        header = self.horizontalHeader()
        area = QRect(area)
        area.setBottom(min(area.bottom(), count * pitch - offset - 1))
        area.setRight(min(area.right(), header.length() - header.offset() - 1))
        first = max(0, (area.top() + offset) // pitch)
        last = min(count - 1, (area.bottom() + offset) // pitch)
        if first > last or area.isEmpty():
            return
        columns = []
        for column, delegate in painters.items():
            x = header.sectionViewportPosition(column)
            width = header.sectionSize(column)
            if x + width > area.left() and x <= area.right():
                columns.append((column, delegate, x, width))
        if not columns:
            return
        top = first * pitch - offset
        rows = range(first, last + 1)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        self._fill_rows(painter, option, rows, top, pitch, columns)
        for column, delegate, x, width in columns:
            delegate.paint_column(
                painter, option, column, rows, x, top, width - grid, pitch - grid, pitch
            )
        if grid:
            self._draw_grid(painter, option, area, rows, top, pitch, columns)

    def _fill_rows(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rows: range,
        top: int,
        pitch: int,
        columns: list[tuple[int, ColumnPainter, int, int]],
    ) -> None:
        """Alternate rows in the alternate base, selected cells in the highlight, as the
        style's item row panel fills them (the viewport's own fill is the base)."""
        # The colour group the style picks for an item's row.
        if not self.isEnabled():
            group = _GROUP.Disabled
        elif option.state & QStyle.StateFlag.State_Active:
            group = _GROUP.Normal
        else:
            group = _GROUP.Inactive
        palette = option.palette
        left = columns[0][2]
        right = max(x + width for _, _, x, width in columns)
        if self.alternatingRowColors():
            alternate = palette.brush(group, QPalette.ColorRole.AlternateBase)
            start = rows.start | 1
            for row in range(start, rows.stop, 2):
                painter.fillRect(left, top + (row - rows.start) * pitch, right - left, pitch,
                                 alternate)  # fmt: skip
        highlight = palette.brush(group, QPalette.ColorRole.Highlight)
        selection = self.selectionModel().selection()
        for index in range(selection.count()):
            picked = selection.at(index)
            if picked.parent().isValid():
                continue
            first, last = max(picked.top(), rows.start), min(picked.bottom(), rows.stop - 1)
            if first > last:
                continue
            y, height = top + (first - rows.start) * pitch, (last - first + 1) * pitch
            for column, _, x, width in columns:
                if picked.left() <= column <= picked.right():
                    painter.fillRect(x, y, width, height, highlight)

    def _draw_grid(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        area: QRect,
        rows: range,
        top: int,
        pitch: int,
        columns: list[tuple[int, ColumnPainter, int, int]],
    ) -> None:
        """The grid as Qt's table draws it: a line under each row and right of each column."""
        colour = QColor.fromRgba(self.style().styleHint(_GRID_COLOUR, option, self) & 0xFFFFFFFF)
        painter.setPen(QPen(colour, 0, self.gridStyle()))
        for index in range(len(rows)):
            y = top + (index + 1) * pitch - 1
            painter.drawLine(area.left(), y, area.right(), y)
        for _, _, x, width in columns:
            painter.drawLine(x + width - 1, area.top(), x + width - 1, area.bottom())
