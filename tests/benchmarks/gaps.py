"""Never a frozen window: the longest gap between ticks of a 5 ms timer on the GUI thread, and
what the GUI thread was running when a gap passed one frame (16 ms).

`GapWatch` ticks a 5 ms precise QTimer on the GUI thread; a watchdog thread looks every 2 ms
and, while the timer is overdue by more than a frame, samples the GUI thread's stack with
`sys._current_frames()`. The worst gap is then named by the stack seen during it (or "Qt
itself", when the GUI thread ran no Python code: painting, layout, the event dispatcher).
Each tick also reads how long the GUI thread has been on a core and how long it has waited
for one (its CPU clock, and Linux's schedstat where there is one), so the worst gap says how
much of it the till's thread worked: the rest it slept until the timer was due, or the
machine did not run it at all (a virtual machine whose host ran something else). Where Linux
says so, it also reads how long the till's other threads and the server's process were on a
core, so a gap in which the GUI thread waited for a core names who held them.

The section's own scenario is a charge through the real window against a server that delays
every answer by 1.5 s (the fault proxy of tests/faults in front of the sandbox); the Customers
and History sections measure their loads with the same watch and record them here, so this
section reports all three side by side.
"""

from __future__ import annotations

import contextlib
import os
import statistics
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from .common import SECRET_KEY, Plan, Section, visa_card

__all__ = ["FRAME_S", "GapReport", "GapWatch", "gaps_section", "record"]

TICK_MS = 5
FRAME_S = 0.016
DELAY_S = 1.5
_WATCH_EVERY_S = 0.002

#: The loads measured by other sections, by scenario, in the order they were recorded.
RECORDED: dict[str, GapReport] = {}
#: The server's process id, when it runs on this machine (set by the run): its time on a core
#: during the longest gap is reported with the GUI thread's.
SERVER_PID: int | None = None


@dataclass(frozen=True, slots=True)
class GapReport:
    """One scenario: the longest gap, the median gap, gaps over a frame, what ran."""

    longest: float
    median: float
    ticks: int
    over_frame: int
    culprit: str
    took: float
    #: During the longest gap: the GUI thread's time on a core, and waiting for one (None
    #: where the system does not say).
    ran: float = 0.0
    waited: float | None = None
    #: During the longest gap: the till's other threads' time on a core, and the server's
    #: (None where the system does not say).
    others_ran: float | None = None
    server_ran: float | None = None

    def usage(self) -> str:
        """How much of the longest gap the GUI thread spent working, for the report."""
        ms = 1e3
        said = f"the GUI thread was on a core {self.ran * ms:.1f} ms of it"
        if self.waited is not None:
            said += f" and waited {self.waited * ms:.1f} ms for one"
        rest = self.longest - self.ran - (self.waited or 0.0)
        said += f"; the other {rest * ms:.1f} ms it slept until the timer was due, or was not run"
        if self.others_ran is not None:
            said += (
                f"; meanwhile the till's other threads were on a core {self.others_ran * ms:.1f} ms"
            )
            if self.server_ran is not None:
                said += f" and the server {self.server_ran * ms:.1f} ms"
        return said


def record(scenario: str, report: GapReport) -> None:
    # The worst of several runs of a scenario is what counts.
    known = RECORDED.get(scenario)
    if known is None or report.longest > known.longest:
        RECORDED[scenario] = report


def _where(frame: FrameType) -> str:
    code = frame.f_code
    short = code.co_filename.rsplit("/", 2)
    return f"{'/'.join(short[-2:])}:{frame.f_lineno} {code.co_name}"


def _describe(frame: FrameType | None) -> str:
    """The GUI thread's innermost Python frame, and the project frames around it."""
    if frame is None:
        return "Qt itself (no Python frame)"
    innermost = _where(frame)
    if frame.f_code.co_name in _EVENT_LOOP_CALLS or "benchmarks" in frame.f_code.co_filename:
        # Inside the event loop's C++ side: painting, layout, Qt's own model and view work,
        # or waiting for the GIL to call a Python slot.
        return f"Qt (no Python code of the till), inside {innermost}"
    frames = [innermost]
    outer = frame.f_back
    while outer is not None and len(frames) < 3:
        if "pos_app" in outer.f_code.co_filename:
            frames.append(_where(outer))
        outer = outer.f_back
    return " <- ".join(frames)


def _others(gui: int) -> str:
    """What the other threads of the till were running (a worker holding the GIL)."""
    found = []
    for ident, frame in sys._current_frames().items():
        if ident in (gui, threading.get_ident()):
            continue
        inner: FrameType | None = frame
        while inner is not None and "pos_app" not in inner.f_code.co_filename:
            inner = inner.f_back
        if inner is not None:
            found.append(_where(inner))
    return "; ".join(sorted(found)) or "no till code"


_EVENT_LOOP_CALLS = frozenset({"exec", "exec_", "processEvents", "_run_until"})


class GapWatch:
    """Start on the GUI thread, run the event loop, stop: the longest gap and its culprit."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._gui = threading.get_ident()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._last = 0.0
        self._gaps: list[float] = []
        self._worst_start = 0.0
        #: The longest gap so far: kept, not searched for at every tick of the GUI thread.
        self._longest = -1.0
        self._samples: dict[float, list[str]] = {}
        self._running = False
        self._watchdog: threading.Thread | None = None
        self._started = 0.0
        self._schedstat: int | None = None
        #: The till's other threads and the server's, as the watchdog last listed them.
        self._tasks = _Tasks()
        self._last_usage = (0.0, 0.0, 0.0, 0.0)
        self._worst_usage: tuple[float, ...] = (0.0, 0.0, 0.0, 0.0)

    def _tick(self) -> None:
        now = time.perf_counter()
        usage = (time.thread_time(), _waited(self._schedstat), *self._tasks.ran())
        gap = now - self._last
        if gap > self._longest:
            self._longest = gap
            self._worst_start = self._last
            self._worst_usage = tuple(a - b for a, b in zip(usage, self._last_usage, strict=True))
        self._gaps.append(gap)
        self._last = now
        self._last_usage = usage

    def _watch(self) -> None:
        listed = time.perf_counter()
        while self._running:
            time.sleep(_WATCH_EVERY_S)
            if time.perf_counter() - listed > _LIST_TASKS_EVERY_S:
                # A pool's thread started or ended: the ticks read the new list.
                self._tasks.relist()
                listed = time.perf_counter()
            started = self._last
            if time.perf_counter() - started > FRAME_S:
                frame = sys._current_frames().get(self._gui)
                seen = f"{_describe(frame)}; workers meanwhile: {_others(self._gui)}"
                self._samples.setdefault(started, []).append(seen)

    def start(self) -> GapWatch:
        self._gaps.clear()
        self._longest = -1.0
        self._samples.clear()
        self._schedstat = _open_schedstat()  # on the GUI thread, which start() runs on
        self._tasks.relist()
        self._started = self._last = time.perf_counter()
        self._last_usage = (time.thread_time(), _waited(self._schedstat), *self._tasks.ran())
        self._running = True
        self._watchdog = threading.Thread(target=self._watch, name="gap-watchdog", daemon=True)
        self._watchdog.start()
        self.timer.start()
        return self

    def stop(self) -> GapReport:
        self.timer.stop()
        self._tick()  # the gap up to the end counts too
        self._running = False
        if self._watchdog is not None:
            self._watchdog.join()
        measured_waits = self._schedstat is not None
        if self._schedstat is not None:
            os.close(self._schedstat)
            self._schedstat = None
        measured_tasks = self._tasks.measured
        self._tasks.close()
        gaps = self._gaps
        longest = max(gaps)
        seen = self._samples.get(self._worst_start, [])
        if longest <= FRAME_S:
            culprit = "nothing: no gap reached a frame"
        elif seen:
            culprit = Counter(seen).most_common(1)[0][0]
        else:
            culprit = "not sampled (the watchdog itself was not scheduled in time)"
        return GapReport(
            longest=longest,
            median=statistics.median(gaps),
            ticks=len(gaps),
            over_frame=sum(1 for g in gaps if g > FRAME_S),
            culprit=culprit,
            took=time.perf_counter() - self._started,
            ran=self._worst_usage[0],
            waited=self._worst_usage[1] if measured_waits else None,
            others_ran=self._worst_usage[2] if measured_tasks else None,
            server_ran=self._worst_usage[3] if measured_tasks and SERVER_PID else None,
        )


def _open_schedstat() -> int | None:
    """The calling thread's Linux schedstat, opened once (None elsewhere)."""
    try:
        return os.open(f"/proc/self/task/{threading.get_native_id()}/schedstat", os.O_RDONLY)
    except OSError:
        return None


def _waited(fd: int | None) -> float:
    """Seconds the thread has waited for a core so far (its schedstat's second field)."""
    if fd is None:
        return 0.0
    return int(os.pread(fd, 64, 0).split()[1]) / 1e9


_LIST_TASKS_EVERY_S = 0.1


class _Tasks:
    """The schedstat files of this process's threads but the GUI thread and the watchdog,
    and of the server's process: their time on a core so far, read by the ticks."""

    def __init__(self) -> None:
        self._gui = threading.get_native_id()
        #: (ours, the server's) open files; replaced whole, so a tick never sees half a list.
        self._files: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
        self.measured = False

    def relist(self) -> None:
        skip = {self._gui, threading.get_native_id()}
        ours = _open_tasks(os.getpid(), skip)
        server = _open_tasks(SERVER_PID, set()) if SERVER_PID else []
        old, self._files = self._files, (tuple(ours), tuple(server))
        self.measured = self.measured or bool(ours)
        for fd in (*old[0], *old[1]):
            os.close(fd)

    def ran(self) -> tuple[float, float]:
        ours, server = self._files
        return _run_time(ours), _run_time(server)

    def close(self) -> None:
        old, self._files = self._files, ((), ())
        for fd in (*old[0], *old[1]):
            os.close(fd)


def _open_tasks(pid: int | None, skip: set[int]) -> list[int]:
    try:
        names = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    found = []
    for name in names:
        if int(name) in skip:
            continue
        with contextlib.suppress(OSError):  # the thread ended meanwhile
            found.append(os.open(f"/proc/{pid}/task/{name}/schedstat", os.O_RDONLY))
    return found


def _run_time(files: tuple[int, ...]) -> float:
    """Seconds these threads have been on a core so far (their schedstats' first field)."""
    total = 0
    for fd in files:
        with contextlib.suppress(OSError, IndexError, ValueError):  # the thread ended
            total += int(os.pread(fd, 64, 0).split()[0])
    return total / 1e9


class _EveryRequest:
    """A proxy rule: the same fault for every request."""

    def __init__(self, fault: Any) -> None:
        self._fault = fault

    def matches(self, method: str, path: str) -> bool:
        return True

    def peek(self) -> Any:
        return self._fault

    def take(self) -> Any:
        return self._fault


def _slow_charges(base_url: str, work: Path, charges: int) -> tuple[GapReport, list[float]]:
    """Charges through the real window's services, each request answered after 1.5 s."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from pos_app.app import create_main_window
    from pos_app.domain.money import Money
    from pos_app.ui.ops import Op
    from tests.faults.plan import Fault
    from tests.faults.proxy import FaultProxy
    from tests.fixtures_peers import Peer

    app = QApplication.instance() or QApplication(["bench"])
    proxy = FaultProxy(Peer("sandbox", base_url, secret_key=SECRET_KEY)).start()
    proxy.set_plan(_EveryRequest(Fault.delay(DELAY_S)))
    window = create_main_window(
        {
            "POS_STRIPE_SECRET_KEY": SECRET_KEY,
            "POS_STRIPE_API_BASE": proxy.url,
            "POS_DATA_DIR": str(work / "slow-till"),
            "POS_MANAGER_PIN": "4821",
        }
    )
    took: list[float] = []
    try:
        window.resize(1280, 800)
        window.show()
        charges_service = window.ctx.charges
        card = visa_card()
        watch = GapWatch()

        def one_charge() -> None:
            request = charges_service.build_request(amount=Money(1250, "usd"))
            loop = QEventLoop()
            guard = QTimer()
            guard.setSingleShot(True)
            guard.timeout.connect(loop.quit)
            guard.start(60_000)
            result: list[object] = []

            def done(value: object) -> None:
                result.append(value)
                loop.quit()

            started = time.perf_counter()
            Op(window, lambda: charges_service.charge_card(request, card)).success(done).failure(
                done
            ).run()
            loop.exec()
            took.append(time.perf_counter() - started)
            if not result or isinstance(result[0], BaseException):
                raise RuntimeError(f"the slow charge did not go through: {result}")

        one_charge()  # warm-up: the gateway, the journal, the first settlement
        watch.start()
        for _ in range(charges):
            one_charge()
        report = watch.stop()
    finally:
        window.runner.drain(60_000)
        window.close()
        app.processEvents()
        proxy.stop()
    return report, took[1:]


def gaps_section(base_url: str, plan: Plan, work: Path) -> Section:
    report, took = _slow_charges(base_url, work, plan.slow_charges)
    record(f"a charge against a server answering after {DELAY_S:g} s", report)
    ms = 1e3
    notes = [
        f"Charging against a server that answers every request after {DELAY_S:g} s (token and "
        f"charge: {statistics.median(took):.1f} s per sale, median of {len(took)}), in the "
        "real window, shown."
    ]
    lines = []
    for scenario, found in RECORDED.items():
        verdict = "within" if found.longest <= FRAME_S else "over"
        lines.append(
            f"{scenario}: longest gap {found.longest * ms:.1f} ms ({verdict} one frame), median "
            f"{found.median * ms:.1f} ms over {found.ticks:,} ticks in {found.took:.1f} s, "
            f"{found.over_frame} gaps over 16 ms; the GUI thread was running: {found.culprit}; "
            f"in the longest gap {found.usage()}."
        )
    return Section(
        "Never a frozen window: the GUI thread's longest gap (5 ms timer)",
        [],
        notes=notes + lines,
    )
