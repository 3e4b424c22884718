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
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from enum import IntEnum
from functools import cache, lru_cache
from itertools import compress, filterfalse, repeat
from operator import contains
from time import perf_counter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from pos_app.domain.customers import CustomerSummary, ExpiryStatus, search_key
from pos_app.domain.i18n import QT_TRANSLATE_NOOP

from .i18n import date_text, words_locale
from .model_roles import RoleSlots, answer_roles

__all__ = ["SUMMARY_ROLE", "Arrivals", "Column", "CustomersModel", "arrivals", "needles"]

#: The CustomerSummary of a row.
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1

_PHONE_QUERY = re.compile(r"^[\d\s()+./-]+$")
_NOT_DIGITS = re.compile(r"[^0-9]+")
Index = QModelIndex | QPersistentModelIndex
#: A row's texts, column by column, and the colour of its expiry (None: the usual colour).
_Look = tuple[tuple[str, ...], QBrush | None]
SortKey = str
Ordered = Any  # a SortKey, or a _Reversed one
#: Search keys and sort keys, beside a list of ids.
_Aux = tuple[list[str], list[Ordered]]
#: A search's rows, and what is known beside them.
_Shown = tuple[list[str], "_Beside"]
#: Ends a sort key's leading text, before the id: it sorts before every character, so a
#: shorter name sorts before a longer one it begins ("Ann" before "Anna").
_END = "\x00"
#: What an empty field sorts as: after every other text, so empty fields sort last.
_EMPTY = "\uffff"


class Column(IntEnum):
    NAME = 0
    EMAIL = 1
    PHONE = 2
    CARD = 3
    EXPIRES = 4
    SAVED = 5


#: Marked for the catalogue here, translated where shown (`CustomersModel.headerData`).
_HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("CustomersModel", "Name"),
    Column.EMAIL: QT_TRANSLATE_NOOP("CustomersModel", "E-mail"),
    Column.PHONE: QT_TRANSLATE_NOOP("CustomersModel", "Phone"),
    Column.CARD: QT_TRANSLATE_NOOP("CustomersModel", "Card"),
    Column.EXPIRES: QT_TRANSLATE_NOOP("CustomersModel", "Expires"),
    Column.SAVED: QT_TRANSLATE_NOOP("CustomersModel", "Card saved"),
}
_HEADER_TIPS = {
    Column.NAME: QT_TRANSLATE_NOOP("CustomersModel", "Sort by name (click again to reverse)"),
    Column.EMAIL: QT_TRANSLATE_NOOP("CustomersModel", "Sort by e-mail (click again to reverse)"),
    Column.PHONE: QT_TRANSLATE_NOOP("CustomersModel", "Sort by phone (click again to reverse)"),
    Column.CARD: QT_TRANSLATE_NOOP("CustomersModel", "Sort by card (click again to reverse)"),
    Column.EXPIRES: QT_TRANSLATE_NOOP("CustomersModel", "Sort by expires (click again to reverse)"),
    Column.SAVED: QT_TRANSLATE_NOOP(
        "CustomersModel", "Sort by card saved (click again to reverse)"
    ),
}
_COLUMNS = len(Column)
_EXPIRES = int(Column.EXPIRES)  # read per painted cell: a plain int, not an enum lookup
_RECENT = 32
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_EXPIRY_TIPS = {
    ExpiryStatus.EXPIRED: QT_TRANSLATE_NOOP(
        "CustomersModel", "This card has expired ({expiry}): ask for another card"
    ),
    ExpiryStatus.SOON: QT_TRANSLATE_NOOP(
        "CustomersModel", "This card expires {expiry}, this month or next: ask for a new one soon"
    ),
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
    # The day in this computer's time zone, as `moment_text` would write it: many cards
    # are saved on the same days, and each day is written by the locale once.
    if moment is None:
        return ""
    return _day_text(moment.astimezone().date(), words_locale().name())


@lru_cache(maxsize=2048)
def _day_text(day: date, _language: str) -> str:
    return date_text(day, "dd MMM yyyy")


def _sort_key(summary: CustomerSummary, column: Column) -> SortKey:
    # One string per customer, its column's text then its id: strings compare in C, several
    # times faster than tuples, which is most of merging a page into thousands of rows. The
    # id at the end keeps keys unique, so bisection and ties are stable.
    if column is Column.EMAIL:
        primary = summary.email.casefold() or _EMPTY
    elif column is Column.PHONE:
        primary = _NOT_DIGITS.sub("", summary.phone) or _EMPTY
    elif column is Column.CARD:
        primary = summary.card_text.casefold() or _EMPTY
    elif column is Column.EXPIRES:
        primary = f"{summary.card_exp_year or 9999:04d}{summary.card_exp_month:02d}"
    elif column is Column.SAVED:
        saved = summary.card_saved_at
        primary = f"{round(saved.timestamp() * 1000) if saved else 0:016d}"
    else:
        primary = summary.display_name.casefold()
    return f"{primary.replace(_END, '')}{_END}{summary.id}"


class CustomersModel(QAbstractTableModel):
    """Customers, filtered and sorted; read-only (changes arrive from Stripe).

    Every customer's search key sits in a list beside the sorted ids, so a full scan is one
    pass of C-level iteration; the visible rows keep their keys beside them too, so a longer
    query narrows them without a single dictionary lookup. A row's texts are computed once
    and kept until the customer changes (or the day does, for the expiry flags).
    """

    #: More changed rows than this in one batch are merged in one go (a model reset, after
    #: which views restore their selection) instead of one insertion each.
    BULK = 24

    def __init__(
        self, parent: QObject | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._by_id: dict[str, CustomerSummary] = {}
        # Sort keys are kept in the order's direction (wrapped when descending), so that
        # bisection compares them directly, without a key function.
        self._sort_keys: dict[str, Ordered] = {}
        self._search_keys: dict[str, str] = {}
        self._order: list[str] = []  # every id, sorted
        # Their search keys and sort keys in the same order, made when first needed (None:
        # not yet): a page of a listing reorders thousands of ids, and only a search or a
        # single change needs the keys beside them.
        self._order_beside = _Beside([], [])
        self._visible: list[str] = []  # the matching ids, sorted
        self._visible_beside = _Beside([], [])
        self._row_of: dict[str, int] | None = None
        self._texts: dict[str, _Look] = {}
        self._texts_day: date | None = None
        self._column = Column.NAME
        self._descending = False
        self._needles: tuple[str, ...] = ()
        self._query = ""
        #: The rows of the last few queries: deleting a character goes back to one at once.
        self._recent: dict[tuple[str, ...], _Shown] = {}
        # A listing's customers waiting to be merged (`stage`), and those whose keys are
        # ready, with the order their sort keys were made for (`prepare`, `publish`).
        self._to_stage: deque[CustomerSummary] = deque()
        self._staged = _Staged()
        self._staged_order: tuple[Column, bool] = (self._column, self._descending)

    # -- reading ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and 0 <= section < _COLUMNS:
            if role == _DISPLAY:
                return self.tr(_HEADERS[Column(section)])
            if role == _TOOLTIP:
                return self.tr(_HEADER_TIPS[Column(section)])
        return None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # The view asks for every painted cell's index. Qt's own index() checks the row and
        # column with rowCount() and columnCount(): two calls into Python per cell, each of
        # which waits for the interpreter while a worker parses a page; this is one. flags()
        # is left to Qt: its default (enabled, selectable) reads no Python at all.
        if 0 <= row < len(self._visible) and 0 <= column < _COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def cell_look(self, row: int, column: int) -> tuple[str, QBrush | None]:
        """What a painted cell shows: its text, and its colour (None: the usual one);
        the table's delegate asks this once per cell (ui/text_cells.py)."""
        if not 0 <= row < len(self._visible) or not 0 <= column < _COLUMNS:
            return "", None
        texts, brush = self._look(self._visible[row])
        return texts[column], brush if column == _EXPIRES else None

    def multiData(self, index: Index, roleDataSpan: RoleSlots) -> None:
        # Every role of a cell in one call into Python (ui/model_roles.py), for a view that
        # paints with Qt's own delegate; the till's table paints with ui/text_cells.py.
        answer_roles(roleDataSpan, lambda role: self.data(index, role))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: the display text is one lookup.
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._visible) or not 0 <= column < _COLUMNS:
            return None
        if role == _DISPLAY:
            return self._row_texts(self._visible[row])[column]
        if role == SUMMARY_ROLE:
            return self._by_id[self._visible[row]]
        if role == _FOREGROUND:
            return self._look(self._visible[row])[1] if column == Column.EXPIRES else None
        if role == _TOOLTIP:
            summary = self._by_id[self._visible[row]]
            if column == Column.EXPIRES:
                status = self._status(summary)
                if not status:
                    return None
                return self.tr(_EXPIRY_TIPS[status]).format(expiry=summary.expiry)
            if column == Column.CARD and summary.has_card:
                return self.tr("{card}: the default card, charged unless another is chosen").format(
                    card=summary.card_text
                )
            if column in (Column.NAME, Column.EMAIL, Column.PHONE):
                return self._row_texts(summary.id)[column] or None  # where it is cut short
        return None

    def _expiry_brush(self, summary: CustomerSummary) -> QBrush | None:
        status = self._status(summary)
        return _brush_for(status) if status is not None else None

    def _status(self, summary: CustomerSummary) -> ExpiryStatus | None:
        if not summary.has_card:
            return None
        status = summary.expiry_status(self._today())
        return None if status is ExpiryStatus.VALID else status

    def _row_texts(self, customer_id: str) -> tuple[str, ...]:
        return self._look(customer_id)[0]

    def _look(self, customer_id: str) -> _Look:
        # A row's texts and its expiry colour, worked out when it is first painted and kept
        # until the customer changes: a repaint only looks them up.
        look = self._texts.get(customer_id)
        if look is None:
            today = self._today()
            if today != self._texts_day:
                self._texts.clear()  # the expiry flags move on at midnight
                self._texts_day = today
            summary = self._by_id[customer_id]
            texts = tuple(_text(summary, column, today) for column in Column)
            look = self._texts[customer_id] = (texts, self._expiry_brush(summary))
        return look

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
        words = needles(query)
        if not words:
            return []
        found: list[CustomerSummary] = []
        for cid, key in zip(self._order, self._order_keys(), strict=True):
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
        self.beginResetModel()
        self._query, self._needles = query, words
        recent = self._recent.get(words)
        if recent is not None:
            self._visible, self._visible_beside = recent
            self._row_of = None
        else:
            self._show(narrow=narrowing, typing=True)
        if len(self._recent) >= _RECENT:
            self._recent.pop(next(iter(self._recent)))
        self._recent[words] = (self._visible, self._visible_beside)
        self.endResetModel()

    def _show(self, *, narrow: bool = False, typing: bool = False) -> None:
        """The visible rows: those of the order (or of the rows shown, when `narrow`) that
        match the query. Anything but typing has changed the rows, and the remembered
        queries with them."""
        if not typing:
            self._recent.clear()
        ids = self._visible if narrow else self._order
        self._row_of = None
        if not self._needles:
            self._visible, self._visible_beside = list(ids), _Beside()
            return
        keys = self._visible_keys() if narrow else self._order_keys()
        last = len(self._needles) - 1
        beside = _Beside()
        for number, word in enumerate(self._needles):
            # One pass in C per word (`word in key` for every key), a C-level selection;
            # each further word, and the next keystroke, only looks at what the previous
            # ones kept. The matches' keys are selected from the keys packed in order
            # (`_packed`), where looking them up again would scatter them: for a further
            # word now, for the next keystroke when it asks (the first letter's matches are
            # thousands). The sort keys are left behind: only a single change to the rows
            # shown needs them.
            hits = list(map(contains, keys, repeat(word)))
            ids = list(compress(ids, hits))
            if number < last:
                keys = list(compress(keys, hits))
            else:
                beside.selecting = (keys, hits)
        self._visible, self._visible_beside = ids, beside

    def _order_keys(self) -> list[str]:
        beside = self._order_beside
        if beside.keys is None:
            beside.keys = _packed(map(self._search_keys.__getitem__, self._order))
        return beside.keys

    def _visible_keys(self) -> list[str]:
        beside = self._visible_beside
        if beside.keys is None:
            if beside.selecting is not None:
                keys, hits = beside.selecting
                beside.keys, beside.selecting = list(compress(keys, hits)), None
            else:
                beside.keys = _packed(map(self._search_keys.__getitem__, self._visible))
        return beside.keys

    def _select_visible_keys(self) -> None:
        # Before the order's keys change in place: the rows shown may still have their keys
        # to select from them (`_Beside.selecting`).
        if self._visible_beside.selecting is not None:
            self._visible_keys()

    def _order_side(self) -> _Aux:
        """The order's search keys and sort keys, beside it."""
        beside = self._order_beside
        if beside.sorts is None:
            beside.sorts = list(map(self._sort_keys.__getitem__, self._order))
        return self._order_keys(), beside.sorts

    def _visible_side(self) -> _Aux:
        """The visible rows' search keys and sort keys, beside them."""
        beside = self._visible_beside
        if beside.sorts is None:
            beside.sorts = list(map(self._sort_keys.__getitem__, self._visible))
        return self._visible_keys(), beside.sorts

    def _matches(self, key: str) -> bool:
        return all(word in key for word in self._needles)

    # -- changes --------------------------------------------------------------------------

    def reset(self, customers: Iterable[CustomerSummary]) -> None:
        """Replace everything (the cache at start)."""
        self.beginResetModel()
        self._by_id = {c.id: c for c in customers}
        self._search_keys = {}
        self._texts.clear()
        self._resort_all()
        self._show()
        self.endResetModel()
        self.ready_search()

    def ready_search(self) -> None:
        """Make the keys beside the order now (a first keystroke would otherwise), when
        nothing else is going on: after the saved list is shown, or a listing is done.

        The ids of the order are packed too: a search selects the matching ids, which
        touches each one (its reference count), and scattered ids cost more than the
        scan itself at 50,000 customers."""
        self._order = _packed(self._order)
        self._order_keys()

    def upsert(self, customers: Iterable[CustomerSummary]) -> None:
        """Add new customers and update known ones in place: row by row, or in one merge
        when a batch brings many (pages of a first listing)."""
        changed = [c for c in customers if self._by_id.get(c.id) != c]
        if len(changed) > self.BULK:
            self._merge(changed)
            return
        for summary in changed:
            old = self._by_id.get(summary.id)
            if old is not None:
                same_place = self._ordered(summary) == self._sort_keys[summary.id]
                if same_place and search_key(summary) == self._search_keys[summary.id]:
                    self._by_id[summary.id] = summary
                    self._texts.pop(summary.id, None)
                    row = self.row_of(summary.id)
                    if row is not None:
                        self.dataChanged.emit(self.index(row, 0), self.index(row, _COLUMNS - 1))
                    continue
                self._remove_one(summary.id)
            self._insert_one(summary)

    # -- a listing, merged without holding the GUI thread --------------------------------------

    def stage(self, customers: Iterable[CustomerSummary]) -> None:
        """Queue customers from a listing; `prepare` and `publish` merge them."""
        self._to_stage.extend(customers)

    @property
    def sort_order(self) -> tuple[Column, bool]:
        """The column the rows are sorted by, and whether descending (readable from any
        thread: a listing's worker makes its arrivals' keys for it)."""
        return (self._column, self._descending)

    def stage_arrivals(self, arrived: Arrivals) -> None:
        """Queue customers whose keys a worker has made (`arrivals`); `publish` shows them.
        Customers unchanged since they were shown are left out."""
        if arrived.order != self.sort_order or self._to_stage:
            # Sorted another way since (or others queued before them): keyed again here.
            self._to_stage.extend(arrived.staged.summaries.values())
            return
        self._staged.take(arrived.staged, unless_as=self._by_id)

    @property
    def staging(self) -> bool:
        """Customers are queued or prepared but not yet shown."""
        return bool(self._to_stage or self._staged.summaries)

    def prepare(self, budget_s: float) -> bool:
        """Work out the queued customers' keys for about `budget_s` seconds, without
        touching the rows shown; True once every queued customer is ready to publish.

        A customer's sort and search keys are most of the cost of merging it, so this is
        done a slice per turn of the event loop, with no view update in between; the view
        changes once, in `publish`."""
        staged = self._staged
        if self._staged_order != (self._column, self._descending):
            self._staged_order = (self._column, self._descending)
            staged.sorts = {cid: self._ordered(c) for cid, c in staged.summaries.items()}
        queue, known = self._to_stage, self._by_id
        deadline = perf_counter() + budget_s
        while queue:
            for _ in range(min(16, len(queue))):  # then look at the clock
                summary = queue.popleft()
                if known.get(summary.id) != summary:
                    staged.add(summary, self._ordered(summary))
            if perf_counter() >= deadline:
                break
        return not queue

    def publish(self) -> list[CustomerSummary]:
        """Show the prepared customers (new rows in their sorted places, changed rows
        updated) in one model reset; return them."""
        staged, self._staged = self._staged, _Staged()
        return self._apply(staged)

    def _apply(self, staged: _Staged) -> list[CustomerSummary]:
        """Merge customers whose keys are made into the order, in one model reset."""
        arrived = staged.summaries
        if not arrived:
            return []
        self.beginResetModel()
        self._recent.clear()
        kept = self._order
        if not arrived.keys().isdisjoint(self._by_id):
            kept = list(filterfalse(arrived.__contains__, kept))
            for cid in arrived.keys() & self._texts.keys():
                del self._texts[cid]
        # Whole dictionaries at a time (in C): this runs between two frames.
        self._by_id.update(arrived)
        self._sort_keys.update(staged.sorts)
        self._search_keys.update(staged.searches)
        # The rows kept are sorted already: the sort finds them as one run and merges the
        # new ones in, comparing strings in C.
        self._reorder(kept + list(arrived))
        self._show()
        self.endResetModel()
        return list(arrived.values())

    def remove(self, customer_ids: Iterable[str]) -> None:
        gone = [cid for cid in customer_ids if cid in self._by_id]
        if len(gone) <= self.BULK:
            for customer_id in gone:
                self._remove_one(customer_id)
            return
        self.beginResetModel()
        for cid in gone:
            self._unlist(cid)
        self._show()
        self.endResetModel()

    def _merge(self, changed: list[CustomerSummary]) -> None:
        if len(changed) * 8 >= len(self._order):
            # Many at once: one sort in C beats thousands of insertions into long lists.
            staged = _Staged()
            for summary in changed:
                staged.add(summary, self._ordered(summary))
            self._apply(staged)
            return
        self.beginResetModel()
        for summary in changed:
            if summary.id in self._by_id:
                self._unlist(summary.id)
            self._list(summary)
        self._show()
        self.endResetModel()

    def _list(self, summary: CustomerSummary) -> tuple[Ordered, str]:
        """Put a customer in the sorted order (not yet in the visible rows)."""
        self._select_visible_keys()
        self._recent.clear()
        cid = summary.id
        self._by_id[cid] = summary
        self._texts.pop(cid, None)
        ordered = self._sort_keys[cid] = self._ordered(summary)
        search = self._search_keys[cid] = search_key(summary)
        keys, sorts = self._order_side()
        at = bisect_left(sorts, ordered)
        self._order.insert(at, cid)
        keys.insert(at, search)
        sorts.insert(at, ordered)
        return ordered, search

    def _unlist(self, cid: str) -> None:
        self._select_visible_keys()
        self._recent.clear()
        keys, sorts = self._order_side()
        at = bisect_left(sorts, self._sort_keys[cid])
        del self._order[at], keys[at], sorts[at]
        del self._by_id[cid], self._sort_keys[cid], self._search_keys[cid]
        self._texts.pop(cid, None)

    def _insert_one(self, summary: CustomerSummary) -> None:
        ordered, search = self._list(summary)
        if not self._matches(search):
            return
        keys, sorts = self._visible_side()
        row = bisect_left(sorts, ordered)
        self.beginInsertRows(QModelIndex(), row, row)
        self._visible.insert(row, summary.id)
        keys.insert(row, search)
        sorts.insert(row, ordered)
        self._row_of = None
        self.endInsertRows()

    def _remove_one(self, cid: str) -> None:
        row = self.row_of(cid)
        if row is not None:
            keys, sorts = self._visible_side()
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._visible[row], keys[row], sorts[row]
            self._row_of = None
            self.endRemoveRows()
        self._unlist(cid)

    # -- sorting ----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < _COLUMNS:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        shown = [(self._visible[i.row()], i.column()) for i in persistent]
        self._column = Column(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._resort_all()
        self._show()
        new = [
            self.index(row, col) if (row := self.row_of(cid)) is not None else QModelIndex()
            for cid, col in shown
        ]
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    def _resort_all(self) -> None:
        self._sort_keys = {cid: self._ordered(c) for cid, c in self._by_id.items()}
        missing = self._by_id.keys() - self._search_keys.keys()
        self._search_keys.update((cid, search_key(self._by_id[cid])) for cid in missing)
        self._reorder()

    def _reorder(self, ids: Iterable[str] | None = None) -> None:
        """Sort `ids` (every customer when None) into the order, with their keys."""
        self._order = sorted(self._by_id if ids is None else ids, key=self._sort_keys.__getitem__)
        self._order_beside = _Beside()

    def _ordered(self, summary: CustomerSummary) -> Ordered:
        key = _sort_key(summary, self._column)
        return _Reversed(key) if self._descending else key


def _packed(keys: Iterable[str]) -> list[str]:
    """The keys as new strings laid out one after another in memory, in this order.

    A keystroke reads every key in the rows' order. The keys themselves were made as the
    customers arrived, so in sorted order they lie all over the heap: at 50,000 customers
    (5 MB of keys) one pass then cost 12-15 ms of cache misses instead of 2-3 ms. Joined and
    split again, they are copied end to end in C. A key never holds the separator
    (`search_key` takes NULs out)."""
    listed = list(keys)
    return "\x00".join(listed).split("\x00") if listed else []


@cache
def _brush_for(status: ExpiryStatus) -> QBrush:
    return QBrush(QColor(_EXPIRY_COLOURS[status]))


def _text(summary: CustomerSummary, column: Column, today: date) -> str:
    if column is Column.NAME:
        return summary.name or "—"
    if column is Column.EMAIL:
        return summary.email
    if column is Column.PHONE:
        return summary.phone
    if column is Column.CARD:
        return summary.card_text or QCoreApplication.translate("CustomersModel", "No card")
    if column is Column.EXPIRES:
        status = summary.expiry_status(today) if summary.has_card else None
        if status is ExpiryStatus.EXPIRED:
            return QCoreApplication.translate("CustomersModel", "Expired")
        if status is ExpiryStatus.SOON:
            return QCoreApplication.translate("CustomersModel", "{expiry} soon").format(
                expiry=summary.expiry
            )
        return summary.expiry
    return _saved_text(summary.card_saved_at)


class _Beside:
    """Search keys and sort keys beside a list of ids, each made when first needed (the
    keys, from `selecting`: keys and which of them to keep, when the ids were selected so)."""

    __slots__ = ("keys", "selecting", "sorts")

    def __init__(self, keys: list[str] | None = None, sorts: list[Ordered] | None = None) -> None:
        self.keys = keys
        self.sorts = sorts
        self.selecting: tuple[list[str], list[bool]] | None = None


class _Staged:
    """Customers of a listing prepared for `CustomersModel.publish`: each one's summary,
    sort key and search key, by id."""

    __slots__ = ("searches", "sorts", "summaries")

    def __init__(self) -> None:
        self.summaries: dict[str, CustomerSummary] = {}
        self.sorts: dict[str, Ordered] = {}
        self.searches: dict[str, str] = {}

    def add(self, summary: CustomerSummary, ordered: Ordered) -> None:
        cid = summary.id
        self.summaries[cid] = summary
        self.sorts[cid] = ordered
        self.searches[cid] = search_key(summary)

    def take(self, other: _Staged, *, unless_as: Mapping[str, CustomerSummary]) -> None:
        """Add `other`'s customers, except those `unless_as` holds exactly so."""
        for cid, summary in other.summaries.items():
            if unless_as.get(cid) != summary:
                self.summaries[cid] = summary
                self.sorts[cid] = other.sorts[cid]
                self.searches[cid] = other.searches[cid]


class Arrivals:
    """Customers of a listing with their sort and search keys made, in the order they were
    made for: what a listing's worker hands the GUI thread (`arrivals`)."""

    __slots__ = ("order", "staged")

    def __init__(self, order: tuple[Column, bool], staged: _Staged) -> None:
        self.order = order
        self.staged = staged


def arrivals(customers: Iterable[CustomerSummary], order: tuple[Column, bool]) -> Arrivals:
    """The customers' keys for the rows' order `order` (`CustomersModel.sort_order`), made
    on the thread that listed them: most of merging a page is making its keys, and the GUI
    thread is left only the merge (docs/architecture.md, "Tables")."""
    column, descending = order
    staged = _Staged()
    for summary in customers:
        key = _sort_key(summary, column)
        staged.add(summary, _Reversed(key) if descending else key)
    return Arrivals(order, staged)


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
