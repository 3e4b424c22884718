"""The till's one customer directory: the cached list at start, the refresh behind it, search.

Shared by the Customers page and the charge page's quick search, so both show the same
customers and a customer deleted elsewhere disappears from both. It is a child of the
window's TillEvents (`CustomerDirectory.attached`), lives as long as the window, and every
service call it makes runs as an Op: the cache read, the page-by-page listing from Stripe, the
lookups at Stripe when the list has no match, and forgetting a customer deleted elsewhere.
"""

from __future__ import annotations

import time
from datetime import datetime
from itertools import filterfalse
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.customers import CustomerSummary

from .customers_model import Arrivals, CustomersModel, arrivals
from .events import TillEvents
from .ops import Op, Task
from .qtcompat import emit

if TYPE_CHECKING:
    from pos_app.services.context import TillContext
    from pos_app.services.customers import CachedDirectory, CustomerService, DirectoryListing

__all__ = ["CustomerDirectory"]

#: The kinds of change after which the directory lists Stripe's customers again.
_CUSTOMER_KINDS = frozenset(
    {
        AttemptKind.CUSTOMER,
        AttemptKind.CARD,
        AttemptKind.CUSTOMER_DELETION,
        AttemptKind.CARD_REMOVAL,
        AttemptKind.DEFAULT_CARD,
    }
)
#: Changes come in bursts (a card added, then made the default): list once after them.
REFRESH_DELAY_MS = 1500
#: Ask Stripe only once the cashier stops typing.
REMOTE_DELAY_MS = 400
#: Pages arriving within this long are shown together: fewer, larger updates of the view
#: keep the GUI thread free for the cashier while thousands of customers load.
PAGE_BATCH_MS = 200
#: How long one turn of the event loop may spend preparing arrived customers for the list
#: (their sort and search keys): the rest of a frame is left for the view's repaint, which
#: Qt may run in the same turn.
PREPARE_BUDGET_S = 0.003


class CustomerDirectory(QObject):
    """The directory's model, kept current; signals say what the cashier should see."""

    #: (words) for a status line: loading, how many, found at Stripe, could not load.
    status_changed = Signal(str)
    #: True while Stripe's list is being read.
    loading_changed = Signal(bool)
    #: (customer id, notice): a customer deleted elsewhere was taken off the list.
    customer_removed = Signal(str, str)
    #: Customers' rows changed (a list of CustomerSummary: their card, their details).
    customers_updated = Signal(object)

    @classmethod
    def attached(cls, events: TillEvents, ctx: TillContext) -> CustomerDirectory:
        """The window's directory (made on first use, a child of its TillEvents)."""
        found = events.findChild(CustomerDirectory, "customerDirectory")
        if isinstance(found, CustomerDirectory):
            return found
        return cls(ctx, events)

    def __init__(self, ctx: TillContext, events: TillEvents) -> None:
        super().__init__(events)
        self.setObjectName("customerDirectory")
        self._ctx = ctx
        self.model = CustomersModel(self)
        self.loading = False
        self.loaded = False  # the cache has been read
        self.failed: str | None = None  # why the last listing failed
        self.refreshed_at: datetime | None = None
        self.moved_aside: str | None = None
        self._started = False
        self._shown = False
        self._listing: Op[DirectoryListing | None] | None = None
        self._again = False
        self._remote: Op[list[CustomerSummary]] | None = None
        self._remote_query = ""
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self._refresh_later)
        self._remote_timer = QTimer(self)
        self._remote_timer.setSingleShot(True)
        self._remote_timer.setInterval(REMOTE_DELAY_MS)
        self._remote_timer.timeout.connect(self._ask_stripe)
        self._draining = False  # arrived rows are being prepared a slice per turn
        self._published_at = 0.0  # when arrived rows were last shown (perf_counter)
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.setInterval(PAGE_BATCH_MS)
        # Queued: arrived rows are merged as window work, after the event loop has said it
        # woke, so the listing's worker waits meanwhile (ui/window_gate.py).
        self._page_timer.timeout.connect(self._show_pages, Qt.ConnectionType.QueuedConnection)
        events.on_change(self._till_changed)
        window = events.parent()
        if isinstance(window, QWidget):
            # A listing of thousands of customers must not hold the window's close.
            window.installEventFilter(self)

    @property
    def service(self) -> CustomerService | None:
        return self._ctx.customers

    @property
    def available(self) -> bool:
        return self._ctx.customers is not None

    # -- loading ----------------------------------------------------------------------------

    def start(self) -> None:
        """Show the cached list at once, then list Stripe's customers behind it (once)."""
        service = self.service
        if self._started or service is None:
            return
        self._started = True
        self.status_changed.emit(self.tr("Loading customers…"))
        Op(None, service.cached).success(self._cached).failure(self._cache_failed).run()

    def _cached(self, cached: CachedDirectory) -> None:
        self.loaded = True
        self.refreshed_at = cached.refreshed_at
        self.moved_aside = str(cached.moved_aside) if cached.moved_aside else None
        self.model.reset(cached.customers)
        self._say_count()
        self.refresh()

    def _cache_failed(self, error: BaseException) -> None:
        self.loaded = True
        self.refresh()

    def refresh(self) -> None:
        """List every customer from Stripe in the background; rows appear as pages arrive."""
        service = self.service
        if service is None:
            return
        if self._listing is not None and self._listing.running:
            self._again = True
            return
        self._again = False
        self._set_loading(True)

        model = self.model

        def listing(task: Task[Arrivals]) -> DirectoryListing | None:
            def arrived(page: list[CustomerSummary]) -> None:
                # On the worker: the page's keys are made here, the GUI thread only merges.
                task.report(arrivals(page, model.sort_order))

            return service.refresh(arrived, task.cancelled)

        self._listing = (
            Op.task(None, listing, self._page)
            .in_background()
            .success(self._listed)
            .failure(self._listing_failed)
            .run()
        )

    def _page(self, arrived: Arrivals) -> None:
        self.model.stage_arrivals(arrived)
        if self._draining:
            return
        if not self.model.total:
            self._show_pages()  # the very first rows at once
        elif not self._page_timer.isActive():
            self._page_timer.start()

    def _show_pages(self) -> None:
        # Arrived rows come with their keys made by the listing's worker; rows that still
        # need keys (the cashier sorted another way meanwhile) are keyed a slice per turn
        # of the event loop (PREPARE_BUDGET_S). They are shown in one update once ready, or
        # every PAGE_BATCH_MS while pages keep coming: merging thousands at once would hold
        # the GUI thread for more than a frame (docs/benchmarks.md).
        self._page_timer.stop()
        ready = self.model.prepare(PREPARE_BUDGET_S)
        due = (time.perf_counter() - self._published_at) * 1000 >= PAGE_BATCH_MS
        if ready or due:
            self._publish()
        self._draining = not ready
        if self._draining:
            QTimer.singleShot(0, self, self._show_pages)

    def _flush(self) -> None:
        """Show every arrived row now (the listing ended)."""
        self.model.prepare(float("inf"))
        self._publish()

    def _publish(self) -> None:
        self._published_at = time.perf_counter()
        shown = self.model.publish()
        if not shown:
            return
        emit(self.customers_updated, shown)
        if self.loading:
            self.status_changed.emit(
                self.tr("Loading customers from Stripe… {count} so far").format(
                    count=f"{self.model.total:,}"
                )
            )

    def _listed(self, listing: DirectoryListing | None) -> None:
        if self.model.staging:
            # The listing is complete once every row it brought is in the model.
            if not self._draining:
                self._show_pages()
            QTimer.singleShot(0, self, lambda: self._listed(listing))
            return
        self._set_loading(False)
        if listing is not None:
            self.failed = None
            # The ids Stripe did not list, picked out in C (thousands of them are listed).
            unlisted = filterfalse(listing.seen.__contains__, self.model.ids())
            gone = [cid for cid in unlisted if self._older(cid, listing.listed_since)]
            self.model.remove(gone)
            self.refreshed_at = listing.listed_since
        self._say_count()
        QTimer.singleShot(0, self, self.model.ready_search)
        if self._again:
            self.refresh()

    def _older(self, customer_id: str, since: datetime) -> bool:
        summary = self.model.get(customer_id)
        return summary is not None and (summary.created is None or summary.created < since)

    def _listing_failed(self, error: BaseException) -> None:
        from pos_app.services.messages import cashier_message

        self._flush()
        self._set_loading(False)
        self.failed = cashier_message(error).text
        if self.model.total:
            self.status_changed.emit(
                self.tr(
                    "{count} customers (saved copy). Could not refresh from Stripe: {reason}"
                ).format(count=f"{self.model.total:,}", reason=self.failed)
            )
        else:
            self.status_changed.emit(
                self.tr("Could not load customers: {reason}").format(reason=self.failed)
            )

    def _set_loading(self, loading: bool) -> None:
        self.loading = loading
        emit(self.loading_changed, loading)

    def _say_count(self) -> None:
        total = self.model.total
        if total == 0:
            self.status_changed.emit(self.tr("No saved customers yet."))
        elif total == 1:
            self.status_changed.emit(self.tr("1 customer"))
        else:
            # The plural forms from two on (the count is written with its thousands
            # separators, so it is a named placeholder rather than %n).
            words = self.tr("{count} customers", "", total)
            self.status_changed.emit(words.format(count=f"{total:,}"))

    def _till_changed(self, kind: AttemptKind) -> None:
        if kind in _CUSTOMER_KINDS and self._started:
            self._refresh_timer.start()

    # -- search -----------------------------------------------------------------------------

    def search(self, query: str) -> None:
        """Filter the list; when nothing matches, ask Stripe once the cashier pauses."""
        self.model.set_query(query)
        self._remote_timer.stop()
        if self.model.rowCount() == 0 and len(query.strip()) >= 3 and self.service is not None:
            self._remote_query = query
            self._remote_timer.start()

    def _ask_stripe(self) -> None:
        service, query = self.service, self._remote_query
        if service is None or self.closed or query != self.model.query:
            return
        self.status_changed.emit(
            self.tr("Not on this till's list: asking Stripe for “{query}”…").format(
                query=query.strip()
            )
        )
        self._remote = (
            Op(None, lambda: service.find_remote(query))
            .success(lambda found: self._found_remote(query, found))
            .failure(self._remote_failed)
            .run()
        )

    def _found_remote(self, query: str, found: list[CustomerSummary]) -> None:
        self.model.upsert(found)
        emit(self.customers_updated, found)
        if query != self.model.query:
            return
        if found:
            self.status_changed.emit(self.tr("Found at Stripe: {count}").format(count=len(found)))
        else:
            self.status_changed.emit(
                self.tr("No customer matches “{query}”, here or at Stripe.").format(
                    query=query.strip()
                )
            )

    def _remote_failed(self, error: BaseException) -> None:
        self.status_changed.emit(self.tr("Could not ask Stripe; showing this till's list only."))

    # -- changes ----------------------------------------------------------------------------

    def apply(self, summary: CustomerSummary) -> None:
        """A customer changed here (created, card added, default changed): show it now."""
        self.model.upsert([summary])
        emit(self.customers_updated, [summary])
        self._say_count()

    def drop(self, customer_id: str, notice: str) -> None:
        """Take a customer off the list (deleted here or elsewhere) and say why."""
        summary = self.model.get(customer_id)
        self.model.remove([customer_id])
        service = self.service
        if service is not None:
            Op(None, lambda: service.forget(customer_id)).failure(lambda error: None).run()
        name = summary.display_name if summary is not None else self.tr("The customer")
        emit(self.customer_removed, customer_id, notice.replace("{name}", name))
        self._say_count()

    # -- the window closing ---------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """The window was shown and is closed now: timers start no new work, whose result
        would reach widgets about to be deleted."""
        parent = self.parent()
        window = parent.parent() if parent is not None else None
        return isinstance(window, QWidget) and not window.isVisible() and self._shown

    def _refresh_later(self) -> None:
        if not self.closed:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._shown = True
        elif event.type() == QEvent.Type.Close and self._listing is not None:
            # The window waits for running work before it closes: a listing of thousands of
            # customers stops at its next page (the cache keeps what it had).
            self._listing.cancel()
        return False
