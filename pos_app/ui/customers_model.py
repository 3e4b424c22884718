"""The customer directory as a table model: rows, search as you type, sorting, live updates.

Search runs in Python over a precomputed lowercase key per customer (name, e-mail, phone and
the phone's digits), and the view is only ever handed the matching rows: no proxy model, so a
keystroke at 50,000 customers costs a few milliseconds (docs/benchmarks.md). A longer query
that starts with the previous one narrows the previous matches instead of scanning again.
Pages arriving from Stripe are merged row by row in sorted position, so the view keeps its
scroll position and selection while the list fills.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from datetime import date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from pos_app.domain.customers import CustomerSummary, ExpiryStatus, search_key

__all__ = ["SUMMARY_ROLE", "Column", "CustomersModel", "needles"]

#: The CustomerSummary of a row.
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1

_PHONE_QUERY = re.compile(r"^[\d\s()+./-]+$")
Index = QModelIndex | QPersistentModelIndex
SortKey = tuple[Any, ...]


class Column(IntEnum):
    NAME = 0
    EMAIL = 1
    PHONE = 2
    CARD = 3
    EXPIRES = 4
    SAVED = 5


_HEADERS = {
    Column.NAME: "Name",
    Column.EMAIL: "E-mail",
    Column.PHONE: "Phone",
    Column.CARD: "Card",
    Column.EXPIRES: "Expires",
    Column.SAVED: "Card saved",
}
_EXPIRY_TIPS = {
    ExpiryStatus.EXPIRED: "This card has expired ({}): ask for another card",
    ExpiryStatus.SOON: "This card expires {}, this month or next: ask for a new one soon",
}
# The stylesheet's state colours (resources/style.qss): red and amber-brown, AA on white.
_EXPIRY_COLOURS = {ExpiryStatus.EXPIRED: "#b91c1c", ExpiryStatus.SOON: "#92400e"}


def needles(query: str) -> tuple[str, ...]:
    """What a query looks for: its words, lowercase; a phone-shaped query as digits only."""
    text = query.strip()
    if not text:
        return ()
    if _PHONE_QUERY.match(text) and any(ch.isdigit() for ch in text):
        return ("".join(ch for ch in text if ch.isdigit()),)
    return tuple(text.casefold().split())


def _saved_text(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%d %b %Y") if moment is not None else ""


def _sort_key(summary: CustomerSummary, column: Column) -> SortKey:
    # Every key ends with the id: unique keys keep bisection and ties stable.
    if column is Column.EMAIL:
        primary: Any = (summary.email.casefold() or "\uffff",)
    elif column is Column.PHONE:
        primary = ("".join(ch for ch in summary.phone if ch.isdigit()) or "\uffff",)
    elif column is Column.CARD:
        primary = (summary.card_text.casefold() or "\uffff",)
    elif column is Column.EXPIRES:
        primary = (summary.card_exp_year or 9999, summary.card_exp_month)
    elif column is Column.SAVED:
        primary = (summary.card_saved_at.timestamp() if summary.card_saved_at else 0.0,)
    else:
        primary = (summary.display_name.casefold(),)
    return (*primary, summary.id)


class CustomersModel(QAbstractTableModel):
    """Customers, filtered and sorted; read-only (changes arrive from Stripe)."""

    def __init__(
        self, parent: QObject | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._by_id: dict[str, CustomerSummary] = {}
        self._keys: dict[str, str] = {}
        self._sort_keys: dict[str, SortKey] = {}
        self._order: list[str] = []  # every id, sorted
        self._visible: list[str] = []  # the matching ids, sorted
        self._row_of: dict[str, int] | None = None
        self._column = Column.NAME
        self._descending = False
        self._needles: tuple[str, ...] = ()
        self._query = ""

    # -- reading ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return _HEADERS[Column(section)]
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"Sort by {_HEADERS[Column(section)].lower()} (click again to reverse)"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        summary = self._by_id[self._visible[index.row()]]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(summary, column)
        if role == SUMMARY_ROLE:
            return summary
        if column is Column.EXPIRES and summary.has_card:
            status = summary.expiry_status(self._today())
            if role == Qt.ItemDataRole.ForegroundRole and status in _EXPIRY_COLOURS:
                return QBrush(QColor(_EXPIRY_COLOURS[status]))
            if role == Qt.ItemDataRole.ToolTipRole and status in _EXPIRY_TIPS:
                return _EXPIRY_TIPS[status].format(summary.expiry)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.CARD and summary.has_card:
                return f"{summary.card_text}: the default card, charged unless another is chosen"
            if column in (Column.NAME, Column.EMAIL, Column.PHONE):
                return self._text(summary, column) or None  # in full, where it is cut short
        return None

    def _text(self, summary: CustomerSummary, column: Column) -> str:
        if column is Column.NAME:
            return summary.name or "—"
        if column is Column.EMAIL:
            return summary.email
        if column is Column.PHONE:
            return summary.phone
        if column is Column.CARD:
            return summary.card_text or "No card"
        if column is Column.EXPIRES:
            status = summary.expiry_status(self._today()) if summary.has_card else None
            if status is ExpiryStatus.EXPIRED:
                return "Expired"
            if status is ExpiryStatus.SOON:
                return f"{summary.expiry} soon"
            return summary.expiry
        return _saved_text(summary.card_saved_at)

    def summary(self, row: int) -> CustomerSummary | None:
        """The customer shown in `row`, or None."""
        if 0 <= row < len(self._visible):
            return self._by_id[self._visible[row]]
        return None

    def get(self, customer_id: str) -> CustomerSummary | None:
        return self._by_id.get(customer_id)

    def row_of(self, customer_id: str) -> int | None:
        """The row showing `customer_id`, or None when it is filtered out or unknown."""
        if self._row_of is None:
            self._row_of = {cid: row for row, cid in enumerate(self._visible)}
        return self._row_of.get(customer_id)

    def ids(self) -> list[str]:
        """Every customer id the directory holds (shown or not)."""
        return list(self._order)

    @property
    def total(self) -> int:
        """How many customers the directory holds (shown or not)."""
        return len(self._order)

    @property
    def query(self) -> str:
        return self._query

    def matches(self, query: str, limit: int) -> list[CustomerSummary]:
        """The first `limit` customers matching `query`, in the current order (quick search
        elsewhere on the till; the table's own filter is left alone)."""
        found: list[CustomerSummary] = []
        words = needles(query)
        if not words:
            return found
        keys = self._keys
        for cid in self._order:
            key = keys[cid]
            if all(word in key for word in words):
                found.append(self._by_id[cid])
                if len(found) >= limit:
                    break
        return found

    # -- search as you type -----------------------------------------------------------------

    def set_query(self, query: str) -> None:
        """Show only the customers matching `query` (all of them when it is empty)."""
        words = needles(query)
        if words == self._needles:
            self._query = query
            return
        narrowing = bool(self._needles) and len(words) >= len(self._needles)
        narrowing = narrowing and all(
            new.startswith(old) for old, new in zip(self._needles, words, strict=False)
        )
        source = self._visible if narrowing else self._order
        self.beginResetModel()
        self._query, self._needles = query, words
        self._visible = self._filter(source)
        self._row_of = None
        self.endResetModel()

    def _filter(self, ids: list[str]) -> list[str]:
        words, keys = self._needles, self._keys
        if not words:
            return list(ids)
        if len(words) == 1:
            (word,) = words
            return [cid for cid in ids if word in keys[cid]]
        return [cid for cid in ids if all(w in keys[cid] for w in words)]

    def _matches(self, customer_id: str) -> bool:
        key = self._keys[customer_id]
        return all(word in key for word in self._needles)

    # -- changes --------------------------------------------------------------------------

    def reset(self, customers: Iterable[CustomerSummary]) -> None:
        """Replace everything (the cache at start)."""
        self.beginResetModel()
        self._by_id = {c.id: c for c in customers}
        self._keys = {cid: search_key(c) for cid, c in self._by_id.items()}
        self._resort_all()
        self._visible = self._filter(self._order)
        self._row_of = None
        self.endResetModel()

    def upsert(self, customers: Iterable[CustomerSummary]) -> None:
        """Add new customers and update known ones in place, row by row."""
        for summary in customers:
            old = self._by_id.get(summary.id)
            if old == summary:
                continue
            if old is not None:
                new_key = _sort_key(summary, self._column)
                if (
                    new_key == self._sort_keys[summary.id]
                    and search_key(summary) == self._keys[summary.id]
                ):
                    self._by_id[summary.id] = summary
                    row = self.row_of(summary.id)
                    if row is not None:
                        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
                    continue
                self._remove_one(summary.id)
            self._insert_one(summary)

    def remove(self, customer_ids: Iterable[str]) -> None:
        for customer_id in customer_ids:
            if customer_id in self._by_id:
                self._remove_one(customer_id)

    def _insert_one(self, summary: CustomerSummary) -> None:
        cid = summary.id
        self._by_id[cid] = summary
        self._keys[cid] = search_key(summary)
        key = self._sort_keys[cid] = _sort_key(summary, self._column)
        ordered = self._ordered_key
        self._order.insert(bisect_left(self._order, ordered(key), key=self._key_of), cid)
        if not self._matches(cid):
            return
        row = bisect_left(self._visible, ordered(key), key=self._key_of)
        self.beginInsertRows(QModelIndex(), row, row)
        self._visible.insert(row, cid)
        self._row_of = None
        self.endInsertRows()

    def _remove_one(self, cid: str) -> None:
        row = self.row_of(cid)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._visible[row]
            self._row_of = None
            self.endRemoveRows()
        at = bisect_left(self._order, self._ordered_key(self._sort_keys[cid]), key=self._key_of)
        del self._order[at]
        del self._by_id[cid], self._keys[cid], self._sort_keys[cid]

    # -- sorting ----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(Column):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        shown = [(self._visible[i.row()], i.column()) for i in persistent]
        self._column = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._resort_all()
        words = self._needles
        self._visible = [c for c in self._order if all(w in self._keys[c] for w in words)]
        self._row_of = None
        new = [
            self.index(row, col) if (row := self.row_of(cid)) is not None else QModelIndex()
            for cid, col in shown
        ]
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    def _resort_all(self) -> None:
        column = self._column
        self._sort_keys = {cid: _sort_key(c, column) for cid, c in self._by_id.items()}
        self._order = sorted(self._by_id, key=self._key_of)

    def _ordered_key(self, key: SortKey) -> SortKey | _Reversed:
        return _Reversed(key) if self._descending else key

    def _key_of(self, customer_id: str) -> SortKey | _Reversed:
        return self._ordered_key(self._sort_keys[customer_id])


class _Reversed:
    """A sort key that orders the other way (for descending order with bisection)."""

    __slots__ = ("key",)

    def __init__(self, key: SortKey) -> None:
        self.key = key

    def __lt__(self, other: _Reversed) -> bool:
        return other.key < self.key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)
