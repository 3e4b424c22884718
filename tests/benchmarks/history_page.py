"""The manager's day in the History page: a busy day loaded into the real window against fetching
the same pages with bare httpx, and how long the window stops answering meanwhile.

The window is the real one (`create_main_window`, offscreen) on the sandbox; the day is cut in a
zone written for the run so that "now" is local noon and the whole seeded day is one local day.
Responsiveness is the longest gap between the ticks of a 5 ms QTimer while a load runs: the
GUI thread paints the rows, the totals and the chart page by page as they arrive.
"""

from __future__ import annotations

import os
import statistics
import struct
import time
import zoneinfo
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from .common import (
    REGISTER,
    SECRET_KEY,
    Plan,
    Section,
    new_key,
    raw_client,
    token_fields,
    visa_card,
)
from .gaps import GapWatch, record
from .measure import Row, Timing, interleaved, ratio

__all__ = ["history_page_section"]

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TICK_MS = 5
ZONE = "Bench/Noon"


def _write_noon_zone(folder: Path, now: int) -> None:
    """A one-rule zone file in which `now` is local noon (TZif v2, fixed offset)."""
    offset = (12 * 3600 - now) % 86_400
    if offset > 43_200:
        offset -= 86_400
    abbr = b"BCH\0"
    block = (
        b"TZif2" + bytes(15) + struct.pack(">6l", 0, 0, 0, 0, 1, len(abbr))
        + struct.pack(">lBB", offset, 0, 0) + abbr
    )  # fmt: skip
    west = -offset
    hours, rest = divmod(abs(west), 3600)
    footer = f"\n<BCH>{'-' if west < 0 else '+'}{hours}:{rest // 60:02d}:{rest % 60:02d}\n"
    path = folder / ZONE
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(block + block + footer.encode())


def _seed(client: httpx.Client, count: int) -> None:
    """`count` approved charges of one saved card, as fast as the sandbox takes them."""
    token = client.post("/v1/tokens", data=token_fields(visa_card()))
    token.raise_for_status()
    customer = client.post("/v1/customers", data={"source": token.json()["id"]})
    customer.raise_for_status()
    for number in range(count):
        response = client.post(
            "/v1/charges",
            data={
                "amount": str(300 + number % 4000),
                "currency": "usd",
                "customer": customer.json()["id"],
                "description": f"sale {number}",
                "metadata[order_id]": f"R{number % 4}-{number:06d}",
                "metadata[cashier]": ("Sam", "Kim", "Alex")[number % 3],
                "metadata[register_id]": f"R{number % 4}",
            },
            headers={"Idempotency-Key": new_key()},
        )
        response.raise_for_status()


class _Ticks:
    """The longest gap between the ticks of a 5 ms timer while it runs."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()  # the gap up to the end counts too
        return self.longest


def history_page_section(base_url: str, plan: Plan, work: Path) -> Section:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from pos_app.app import create_main_window
    from pos_app.services.manager import Grant, ManagerAction

    count = plan.history_charges
    app = QApplication.instance() or QApplication(["bench"])
    zones = work / "zones"
    _write_noon_zone(zones, int(time.time()))
    zoneinfo.reset_tzpath(to=[str(zones), *zoneinfo.TZPATH])
    with raw_client(base_url) as client:
        _seed(client, count)
        window = create_main_window(
            {
                "POS_STRIPE_SECRET_KEY": SECRET_KEY,
                "POS_STRIPE_API_BASE": base_url,
                "POS_DATA_DIR": str(work / "history-till"),
                "POS_TIMEZONE": ZONE,
                "POS_MANAGER_PIN": "4821",
                # One of the four registers the day was made for (_seed).
                "POS_REGISTER_ID": REGISTER,
            }
        )
        try:
            window.resize(1280, 800)
            window.show()
            page = window.history_page
            history = window.ctx.history
            assert history is not None
            day_window = history.window(history.today())
            page.unlock(Grant(ManagerAction.HISTORY, "history", "benchmark", datetime.now(UTC)))
            window.pages.setCurrentIndex(2)
            ticks = _Ticks()
            gaps: list[float] = []
            pages_seen: list[int] = []

            def every_page(path: str, params: dict[str, Any]) -> tuple[list[Any], int]:
                items: list[dict[str, Any]] = []
                pages = 0
                while True:
                    response = client.get(path, params=params)
                    response.raise_for_status()
                    body = response.json()
                    pages += 1
                    items += body["data"]
                    if not body["has_more"] or not body["data"]:
                        return items, pages
                    params["starting_after"] = body["data"][-1]["id"]

            def bare() -> list[dict[str, Any]]:
                # The page's own queries: the day's window, each charge's balance transaction
                # (Stripe's fee) expanded, then the day's refunds with their sale and balance
                # transaction, as HistoryService asks for them.
                window = {"created[gte]": day_window.gte, "created[lt]": day_window.lt}
                charges, pages = every_page(
                    "/v1/charges",
                    {**window, "limit": 100, "expand[0]": "data.balance_transaction"},
                )
                every_page(
                    "/v1/refunds",
                    {
                        **window,
                        "limit": 100,
                        "expand[0]": "data.charge",
                        "expand[1]": "data.balance_transaction",
                    },
                )
                pages_seen.append(pages)
                return charges

            def into_page() -> int:
                loop = QEventLoop()
                guard = QTimer()
                guard.setSingleShot(True)
                guard.timeout.connect(loop.quit)
                page.loaded.connect(loop.quit)
                page.load_failed.connect(loop.quit)
                guard.start(120_000)
                ticks.start()
                watch = GapWatch().start()
                page.refresh()
                loop.exec()
                gaps.append(ticks.stop())
                record(f"a {count:,}-charge day loading into the History page", watch.stop())
                page.loaded.disconnect(loop.quit)
                page.load_failed.disconnect(loop.quit)
                if not guard.isActive():
                    raise RuntimeError("the History page did not finish loading")
                return page.model.rowCount()

            # The first load (started by unlock) is the warm-up of the page.
            loop = QEventLoop()
            page.loaded.connect(loop.quit)
            if page.report is None:
                loop.exec()
            page.loaded.disconnect(loop.quit)
            got = (len(bare()), into_page())
            if got != (count, count):
                raise RuntimeError(f"listed {got} charges, created {count}")
            gaps.clear()
            base, loaded = interleaved(
                [
                    (
                        f"bare httpx: page GET /v1/charges (fees expanded), the day's "
                        f"refunds + json() ({count} charges)",
                        bare,
                    ),
                    (f"History page: every page read, rows, totals, chart ({count})", into_page),
                ],
                rounds=plan.history_rounds,
                per_round=1,
                warmup=1,
            )
            longest = max(gaps)
            typical = statistics.median(gaps)
            # The same timer with nothing loading, as long as a load: the machine's own jitter.
            idle = QEventLoop()
            ticks.start()
            QTimer.singleShot(int(loaded.median * 1000), idle.quit)
            idle.exec()
            quiet = ticks.stop()
        finally:
            window.runner.drain(60_000)
            window.close()
            app.processEvents()
    pages = pages_seen[-1]
    return Section(
        f"Manager's day in the History page ({count:,} charges, {pages} pages of 100)",
        [[Row(base), Row(loaded, base)]],
        notes=_notes(base, loaded, longest, typical, quiet, count),
    )


def _notes(
    base: Timing, loaded: Timing, longest: float, typical: float, quiet: float, count: int
) -> list[str]:
    return [
        f"Loading the day into the page takes {ratio(loaded, base):.2f}× the bare paging "
        f"(median {loaded.median:.2f} s against {base.median:.2f} s): the page reads the "
        "same pages with the same server; the worker parses each page and asks for the next "
        "one at once, while the GUI thread shows and totals what arrived.",
        f"The window stays responsive throughout: the longest gap between the ticks of a "
        f"{TICK_MS} ms QTimer during a load was {longest * 1e3:.0f} ms (median over loads "
        f"{typical * 1e3:.0f} ms), with rows, totals and the chart brought up to date as the "
        f"{count // 100} pages arrived (at most every 400 ms). With nothing loading, the same "
        f"timer's longest gap over as long a time was {quiet * 1e3:.0f} ms on this machine "
        "(its own jitter, the sandbox and whatever else runs on the two cores).",
        "Each load also reads the day's refunds of earlier sales (one request, none made) and "
        "compares the day with the till's journal (services/journal_check.py): the day was "
        f"made at the sandbox's door, so the {count // 4:,} charges of this till's register "
        f"({REGISTER}) are all missing from its journal, each looked up there by its order, "
        "which is the comparison's worst case.",
    ]
