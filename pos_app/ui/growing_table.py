"""A table that rows added below its fold do not repaint.

A view lays its items out again after any change of its row count, and that ends by
repainting its whole viewport: every shown cell drawn again, although rows added at the end
of a list that already fills the view change nothing it shows. While a day of charges loads
newest first, that repaint came with every page, 2.5 ms on a quiet two-core till and about
twice that while the next page is parsed (docs/benchmarks.md, GUI gaps). This view still
updates its scroll bars and headers for such rows, and repaints only when a change may show:
rows put anywhere but the end, removed, moved or sorted, or a view not yet full. What it
does repaint it paints in one call (ui/text_table.py).

A change of the model's header data alone lays the view out again too: a sort-filter proxy
says its header data changed whenever its source goes from no rows to some, which a day's
first page does after every refresh, and Qt answered with a second repaint of every row just
painted. Such a layout updates the geometries only (the header repaints its own sections).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, SignalInstance
from PySide6.QtWidgets import QWidget

from .text_table import TextTable

__all__ = ["GrowingTable"]

_AnyIndex = QModelIndex | QPersistentModelIndex


class GrowingTable(TextTable):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The first row added at the end since the last layout (None: none, or not only).
        self._appended_from: int | None = None
        self._anything_else = False
        #: The model's header data changed since the last layout.
        self._header_data = False

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in _signals_of(old):
                signal.disconnect(self._changed)
            old.rowsInserted.disconnect(self._inserted)
            old.headerDataChanged.disconnect(self._header_changed)
        super().setModel(model)
        self._appended_from, self._anything_else = None, True
        if model is not None:
            model.rowsInserted.connect(self._inserted)
            model.headerDataChanged.connect(self._header_changed)
            for signal in _signals_of(model):
                signal.connect(self._changed)

    def doItemsLayout(self) -> None:
        appended, self._appended_from = self._appended_from, None
        anything_else, self._anything_else = self._anything_else, False
        header_data, self._header_data = self._header_data, False
        if appended is None and not anything_else and header_data:
            # Only the header's words changed: its size and the scroll bars follow; the rows
            # shown are as they were painted.
            self.updateGeometries()
            return
        if appended is None or anything_else or not self._shows_only_rows_before(appended):
            super().doItemsLayout()
            return
        # What the rows below the fold change: the scroll bar's range and the headers.
        self.updateGeometries()

    def _shows_only_rows_before(self, row: int) -> bool:
        # The viewport's height as if no scroll bar took room: at least its real height, so
        # a row that may show is never taken for one below the fold. (Not `viewport()`:
        # PySide6 wraps Qt's private viewport class by loading every QtWidgets class it has
        # not loaded yet, 30 ms the first time in a process, here in a day's first page.)
        last_shown = self.rowAt(self.maximumViewportSize().height() - 1)
        return 0 <= last_shown < row

    def _inserted(self, parent: _AnyIndex, first: int, last: int) -> None:
        model = self.model()
        if parent.isValid() or model is None or last != model.rowCount() - 1:
            self._anything_else = True
            return
        if self._appended_from is None or first < self._appended_from:
            self._appended_from = first

    def _changed(self, *_args: object) -> None:
        self._anything_else = True

    def _header_changed(self, *_args: object) -> None:
        self._header_data = True


def _signals_of(model: QAbstractItemModel) -> tuple[SignalInstance, ...]:
    """Every change of the rows but an insertion (which `_inserted` judges)."""
    return (
        model.rowsRemoved,
        model.rowsMoved,
        model.layoutChanged,
        model.modelReset,
        model.columnsInserted,
        model.columnsRemoved,
        model.columnsMoved,
    )
