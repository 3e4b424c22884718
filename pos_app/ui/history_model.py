"""The day's charges as a table model, and the filter the history page puts in front of it.

Rows arrive a page at a time while the day loads (`append`); a charge seen again (a reload
overlapping a page, a refund) replaces its row. Each row's words are made once, when first
shown or filtered, so sorting and filtering two thousand rows stays quick.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import tzinfo
from enum import IntEnum
from functools import cache

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from pos_app.domain.cards import Brand
from pos_app.domain.i18n import QT_TRANSLATE_NOOP
from pos_app.domain.models import Card, Charge

# status_words: the day report's words for a status, shown by the table, its label and filter.
from pos_app.services.day_report import NONE_KEY, charge_status, status_words

from .amounts import format_amount
from .model_roles import RoleSlots, answer_roles
from .qtcompat import emit
from .sliced_release import SlicedRelease

__all__ = [
    "CHARGE_ROLE",
    "SORT_ROLE",
    "STATUS_COLOURS",
    "STATUS_ROLE",
    "Column",
    "HistoryFilter",
    "HistoryModel",
    "brand_words",
    "card_words",
    "status_words",
]

CHARGE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TIME = 0
    AMOUNT = 1
    STATUS = 2
    CARD = 3
    CUSTOMER = 4
    ORDER = 5
    CASHIER = 6
    REGISTER = 7
    DESCRIPTION = 8


_COLUMNS = len(Column)

#: Marked for the catalogue here, translated where shown (`HistoryModel.headerData`).
HEADERS = {
    Column.TIME: QT_TRANSLATE_NOOP("HistoryModel", "Time"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("HistoryModel", "Amount"),
    Column.STATUS: QT_TRANSLATE_NOOP("HistoryModel", "Status"),
    Column.CARD: QT_TRANSLATE_NOOP("HistoryModel", "Card"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("HistoryModel", "Customer"),
    Column.ORDER: QT_TRANSLATE_NOOP("HistoryModel", "Order"),
    Column.CASHIER: QT_TRANSLATE_NOOP("HistoryModel", "Cashier"),
    Column.REGISTER: QT_TRANSLATE_NOOP("HistoryModel", "Register"),
    Column.DESCRIPTION: QT_TRANSLATE_NOOP("HistoryModel", "Description"),
}

#: (text, background) of each status label; every pair meets WCAG AA (docs/ui.md "Overall").
STATUS_COLOURS = {
    "succeeded": ("#14532d", "#dcfce7"),
    "failed": ("#7f1d1d", "#fee2e2"),
    "refunded": ("#78350f", "#fef3c7"),
    "partly refunded": ("#78350f", "#fef3c7"),
    "pending": ("#1e3a8a", "#dbeafe"),
}

_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# Made once: combining the flags is Python's enum arithmetic, too slow for every painted cell.
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


_SHORT_BRANDS = {Brand.AMEX: "Amex", Brand.MASTERCARD: "Mastercard", Brand.DINERS: "Diners"}


def brand_words(brand: Brand) -> str:
    """A brand as the history shows it: "Visa", "Mastercard", "Amex"."""
    return _SHORT_BRANDS.get(brand, brand.value)


def card_words(card: Card | None) -> str:
    """Brand and last four ("Visa •••• 4242"), the same in every part of the history."""
    if card is None:
        return ""
    brand = brand_words(card.brand)
    return f"{brand} •••• {card.last4}" if card.last4 else brand


@cache
def _status_brush(status: str) -> QBrush:
    return QBrush(QColor(STATUS_COLOURS.get(status, ("#111827", ""))[0]))


def _figures_font() -> QFont:
    """The body font with tabular figures, so amounts line up on their decimal point."""
    font = QFont()
    font.setFeature(QFont.Tag("tnum"), 1)
    return font


class _Row:
    """One charge and, once asked for, its words."""

    __slots__ = ("charge", "status", "texts")

    def __init__(self, charge: Charge) -> None:
        self.charge = charge
        self.status = charge_status(charge)
        self.texts: tuple[str, ...] | None = None


class HistoryModel(QAbstractTableModel):
    """Read-only rows of charges; `charge_at(row)` gives the Charge behind a row."""

    def __init__(self, zone: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._zone = zone
        self._rows: list[_Row] = []
        self._index: dict[str, int] = {}
        #: The rows of a day cleared away are freed between frames, not in the click's.
        self._released = SlicedRelease(self)
        self._figures = _figures_font()
        #: Saved customers' names by id (`set_customer_names`): a row names who paid.
        self._names: dict[str, str] = {}
        #: The order of the rows: time, newest first, as Stripe lists a day.
        self._sort: tuple[Column, Qt.SortOrder] = (Column.TIME, Qt.SortOrder.DescendingOrder)

    # -- changing the rows --------------------------------------------------------------------

    def clear(self) -> None:
        self.beginResetModel()
        rows, self._rows = self._rows, []
        self._index = {}
        self.endResetModel()
        self._released.drop(rows)

    def append(self, charges: Sequence[Charge]) -> list[Charge]:
        """Add a page of charges; known ones replace their rows. Returns the charges added.

        Pages arrive newest first, which is the table's default order (time, descending), so
        they are simply added below; in any other order the rows are sorted again.
        """
        fresh: list[Charge] = []
        for charge in charges:
            row = self._index.get(charge.id)
            if row is None:
                fresh.append(charge)
                continue
            known = self._rows[row].charge
            if known is not charge and known != charge:
                self._rows[row] = _Row(charge)
                emit(self.dataChanged, self.index(row, 0), self.index(row, _COLUMNS - 1), [])
        if not fresh:
            return []
        unique = list({charge.id: charge for charge in fresh}.values())
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(unique) - 1)
        for offset, charge in enumerate(unique):
            self._index[charge.id] = first + offset
            self._rows.append(_Row(charge))
        self.endInsertRows()
        if not self._in_order(max(first - 1, 0)):
            self._resort()
        return unique

    def reconcile(self, charges: Sequence[Charge]) -> list[Charge]:
        """Put the rows right against Stripe's whole answer for the day: charges it listed
        twice or that changed between pages replace their rows, any not shown are added.
        Returns those charges (none, usually: a page's charges are the answer's own objects)."""
        rows, index = self._rows, self._index
        changed = [
            charge
            for charge in charges
            if (row := index.get(charge.id)) is None
            or (rows[row].charge is not charge and rows[row].charge != charge)
        ]
        if changed:
            self.append(changed)
        return changed

    def set_customer_names(self, names: dict[str, str]) -> None:
        """Name the saved customers of the rows shown and of those to come (a customer the
        till does not know stays their Stripe id)."""
        if names == self._names:
            return
        self._names = names
        for row in self._rows:
            if row.charge.customer:
                row.texts = None
        if self._rows:
            last = len(self._rows) - 1
            emit(
                self.dataChanged,
                self.index(0, Column.CUSTOMER),
                self.index(last, Column.CUSTOMER),
                [],
            )
            if self._sort[0] == Column.CUSTOMER:
                self._resort()

    # -- sorting ------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, in one C-level pass (the filter in front keeps this
        order): a busy day's pages then arrive without a comparison per row in Python."""
        if not 0 <= column < _COLUMNS:
            return
        self._sort = (Column(column), order)
        self._resort()

    def _key(self, row: _Row) -> object:
        return self._sort_key(row, self._sort[0])

    def _in_order(self, start: int) -> bool:
        keys = [self._key(row) for row in self._rows[start:]]
        descending = self._sort[1] is Qt.SortOrder.DescendingOrder
        return keys == sorted(keys, reverse=descending)  # type: ignore[type-var]

    def _resort(self) -> None:
        emit(self.layoutAboutToBeChanged)
        persistent = self.persistentIndexList()
        kept = [
            (index, self._rows[index.row()].charge.id)
            for index in persistent
            if 0 <= index.row() < len(self._rows)
        ]
        self._rows.sort(
            key=self._key,  # type: ignore[arg-type]
            reverse=self._sort[1] is Qt.SortOrder.DescendingOrder,
        )
        self._index = {row.charge.id: number for number, row in enumerate(self._rows)}
        for index, charge_id in kept:
            self.changePersistentIndex(index, self.index(self._index[charge_id], index.column()))
        emit(self.layoutChanged)

    def charges(self) -> list[Charge]:
        return [row.charge for row in self._rows]

    def charge_at(self, row: int) -> Charge:
        return self._rows[row].charge

    def row_of(self, charge_id: str) -> int | None:
        return self._index.get(charge_id)

    # -- the model ----------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < _COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[Column(section)])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if section == Column.AMOUNT else _ALIGN_LEFT
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # A flat table: a valid index has no parent (asking for it costs more than the rest).
        if not index.isValid():
            return None
        row_number, column = index.row(), index.column()
        if not 0 <= row_number < len(self._rows) or not 0 <= column < _COLUMNS:
            return None
        row = self._rows[row_number]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(row)[column]
        if role == SORT_ROLE:
            return self._sort_key(row, Column(column))
        if role == CHARGE_ROLE:
            return row.charge
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_RIGHT if column == Column.AMOUNT else _ALIGN_LEFT
        if role == Qt.ItemDataRole.FontRole and column in (Column.AMOUNT, Column.TIME):
            return self._figures
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, Column(column))
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            return _status_brush(row.status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._texts(row)[column] or self.tr("none")
        return None

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # The filter maps every painted cell to this model through index(); Qt's own checks
        # the row and column with rowCount() and columnCount(), two calls into Python.
        if 0 <= row < len(self._rows) and 0 <= column < _COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Kept in Python: Qt's own flags() checks the index with rowCount() and columnCount(),
        # two calls into Python per painted cell instead of this one.
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def cell_look(self, row: int, column: int) -> tuple[str, QBrush | None]:
        """What a painted cell shows: its text, and its colour (None: the usual one); the
        table's delegate asks this once per cell (ui/text_cells.py)."""
        if not 0 <= row < len(self._rows) or not 0 <= column < _COLUMNS:
            return "", None
        shown = self._rows[row]
        colour = _status_brush(shown.status) if column == Column.STATUS else None
        return self._texts(shown)[column], colour

    @property
    def figures_font(self) -> QFont:
        """The font of the time and amount columns: tabular figures, so they line up."""
        return self._figures

    def multiData(self, index: AnyIndex, roleDataSpan: RoleSlots) -> None:
        # Every role of a cell in one call into Python (ui/model_roles.py), for a view that
        # paints with Qt's own delegate; the till's table paints with ui/text_cells.py.
        answer_roles(roleDataSpan, lambda role: self.data(index, role))

    # -- words ----------------------------------------------------------------------------------

    def _texts(self, row: _Row) -> tuple[str, ...]:
        if row.texts is None:
            charge = row.charge
            metadata = charge.metadata
            row.texts = (
                charge.created.astimezone(self._zone).strftime("%H:%M:%S"),
                format_amount(charge.amount),
                status_words(row.status),
                card_words(charge.card),
                self._names.get(charge.customer, charge.customer) if charge.customer else "",
                metadata.get("order_id", ""),
                metadata.get("cashier", ""),
                metadata.get("register_id", ""),
                charge.description or "",
            )
        return row.texts

    def _sort_key(self, row: _Row, column: Column) -> object:
        charge = row.charge
        if column == Column.TIME:
            return int(charge.created.timestamp())
        if column == Column.AMOUNT:
            return charge.amount.amount
        return self._texts(row)[column].casefold()

    def _tooltip(self, row: _Row, column: Column) -> str | None:
        charge = row.charge
        if column == Column.STATUS:
            words = [status_words(row.status)]
            if charge.amount_refunded.amount:
                words.append(
                    self.tr("{amount} refunded").format(
                        amount=format_amount(charge.amount_refunded)
                    )
                )
            if charge.failure_message:
                words.append(charge.failure_message)
            return " — ".join(words)
        if column == Column.DESCRIPTION and charge.description:
            return charge.description
        if column == Column.CUSTOMER and charge.customer:
            name = self._names.get(charge.customer)
            return f"{name} ({charge.customer})" if name else charge.customer
        return None

    def text_of(self, row: int) -> str:
        """Every word of a row and its charge id, lowercased: what the search box searches."""
        charge = self._rows[row].charge
        texts = self._texts(self._rows[row])
        return "\t".join((*texts, charge.id, charge.customer or "")).casefold()

    def status_of(self, row: int) -> str:
        return self._rows[row].status

    def cell(self, row: int, column: Column) -> str:
        return self._texts(self._rows[row])[column]


class HistoryFilter(QSortFilterProxyModel):
    """Status, cashier, register and free-text filters over the HistoryModel. Sorting is
    passed to the model (time and amount sort as numbers); the filter keeps the model's order."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._status: str | None = None
        self._cashier: str | None = None
        self._register: str | None = None
        self._words: tuple[str, ...] = ()

    def set_filters(
        self,
        *,
        status: str | None = None,
        cashier: str | None = None,
        register: str | None = None,
        text: str = "",
    ) -> None:
        """None means any; NONE_KEY matches charges that name no cashier or register."""
        words = tuple(text.casefold().split())
        wanted = (status, cashier, register, words)
        if wanted == (self._status, self._cashier, self._register, self._words):
            return
        self._begin_filter_change()
        self._status, self._cashier, self._register, self._words = wanted
        self._end_filter_change()

    def refilter(self) -> None:
        """The rows' words changed (a customer named): the search looks at them again."""
        if self._words:
            self._begin_filter_change()
            self._end_filter_change()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, HistoryModel):
            model.sort(column, order)
        else:
            super().sort(column, order)

    # A painted cell of the filter would otherwise cost about two dozen calls into Python:
    # Qt's proxy asks the model for each role separately, and checks every index it maps
    # with the model's rowCount() and columnCount(). While the worker parses a page, each of
    # those calls first waits for the interpreter lock; these two keep it to a few per cell.

    def multiData(self, index: AnyIndex, roleDataSpan: RoleSlots) -> None:
        model = self.sourceModel()
        if isinstance(model, HistoryModel):
            model.multiData(self.mapToSource(index), roleDataSpan)
        else:
            super().multiData(index, roleDataSpan)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def source_row(self, row: int) -> int:
        """The model's row shown in this filter's `row`."""
        if not self.filtering:
            return row  # nothing filtered, and the rows in the model's order
        return self.mapToSource(self.index(row, 0)).row()

    @property
    def filtering(self) -> bool:
        return any((self._status, self._cashier, self._register, self._words))

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, HistoryModel):
            return True
        if self._status is not None and model.status_of(source_row) != self._status:
            return False
        for wanted, column in ((self._cashier, Column.CASHIER), (self._register, Column.REGISTER)):
            if wanted is not None and (model.cell(source_row, column) or NONE_KEY) != wanted:
                return False
        if self._words:
            text = model.text_of(source_row)
            return all(word in text for word in self._words)
        return True

    def charges(self, rows: Iterable[int]) -> list[Charge]:
        model = self.sourceModel()
        assert isinstance(model, HistoryModel)
        return [model.charge_at(self.mapToSource(self.index(row, 0)).row()) for row in rows]

    # Qt 6.9 replaced invalidateFilter() by a begin/end pair; use what the binding has.
    def _begin_filter_change(self) -> None:
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()

    def _end_filter_change(self) -> None:
        end = getattr(self, "endFilterChange", None)
        if end is not None:
            end(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()
