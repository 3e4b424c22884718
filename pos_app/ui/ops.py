"""The one way off the GUI thread: `Op(parent, fn).success(cb).failure(cb).run()`, typed end to end.

Every service call of the UI runs as an Op on the application's one thread pool; its result,
its error and any progress it reports come back on the GUI thread, through signals connected
to bound slots of a bridge living there (docs/architecture.md "Threading": a lambda slot would
run in the emitting thread). An Op whose work must not be abandoned — a payment, a refund —
is marked `keeps_open()`: the main window refuses to close while one runs.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from pos_app.domain.pacing import paced
from pos_app.domain.records import frozen_record

from .qtcompat import emit

if TYPE_CHECKING:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QMessageBox

    from .window_gate import WindowGate

__all__ = ["Op", "Task", "TaskRunner"]

log = logging.getLogger(__name__)

T = TypeVar("T")
P = TypeVar("P")


class Task(Generic[P]):
    """What a running Op's function may use: report progress, see whether it was cancelled."""

    def __init__(self, report: Callable[[P], None], cancelled: threading.Event) -> None:
        self._report = report
        self.cancelled = cancelled

    def report(self, progress: P) -> None:
        """Hand `progress` to the Op's progress callback on the GUI thread (thread-safe)."""
        self._report(progress)


class _Bridge(QObject):
    """Lives on the GUI thread; workers emit through it so delivery is queued to that thread.

    One bridge for the runner's lifetime: a QObject must never be destroyed from a worker
    thread, so jobs only borrow it. Progress crosses as a Python object; a job's outcome waits
    on the job itself, and only the job's number crosses (see `_Job.run`). Each Op casts its
    payloads back to the types it promised, in one place (`_Running`).
    """

    finished = Signal(int)
    reported = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, bridge: _Bridge, fn: Callable[[], object]) -> None:
        super().__init__()
        # The runner keeps the Python reference until delivery, so Qt must not delete it.
        self.setAutoDelete(False)
        self._job_id = job_id
        self._bridge = bridge
        self._fn: Callable[[], object] | None = fn
        #: (True, result) or (False, error), set by the worker, taken by the GUI thread.
        self.outcome: tuple[bool, object] | None = None

    def run(self) -> None:
        fn, self._fn = self._fn, None  # drop it: a card's details must not outlive the call
        assert fn is not None
        outcome: tuple[bool, object]
        try:
            outcome = (True, fn())
        except Exception as exc:
            outcome = (False, exc)
        # The worker lets go of everything before it tells the GUI thread: were its reference
        # the last one, a widget the work closed over would be destroyed on this thread, which
        # Qt does not survive. The GUI thread takes the outcome and drops it there.
        del fn
        self.outcome = outcome
        del outcome
        emit(self._bridge.finished, self._job_id)


@frozen_record(eq=False)
class _Running:
    # A record, not a dataclass: a dataclass compiles its methods with exec before the
    # first paint (domain/records.py).
    job: _Job
    on_success: Callable[[object], None]
    on_failure: Callable[[BaseException], None]
    on_report: Callable[[object], None]
    keeps_open: bool


class TaskRunner(QObject):
    """The application's one thread pool and the jobs it has not delivered yet."""

    busy_changed = Signal(bool)

    _shared: TaskRunner | None = None

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.setObjectName("taskRunner")
        # Made for the first job, which comes after the first paint: PySide6 builds the
        # QThreadPool class (0.4 ms) on its first use (ui/lazy_qt.py).
        self._pool: QThreadPool | None = None
        self._max_threads = max_threads
        self._bridge: _Bridge | None = None
        self._running: dict[int, _Running] = {}
        self._ids = itertools.count(1)

    @classmethod
    def shared(cls) -> TaskRunner:
        """The runner every Op uses unless given another, owned by the QApplication."""
        app = QCoreApplication.instance()
        runner = cls._shared
        if runner is None or runner.parent() is not app:
            runner = cls._shared = cls(app)
        return runner

    @property
    def busy(self) -> bool:
        """True while any job has not yet delivered its outcome."""
        return bool(self._running)

    @property
    def keeping_open(self) -> bool:
        """True while a job that must not be abandoned (a payment, a refund) is running."""
        return any(running.keeps_open for running in self._running.values())

    def start(
        self,
        fn: Callable[[Callable[[object], None]], object],
        on_success: Callable[[object], None],
        on_failure: Callable[[BaseException], None],
        on_report: Callable[[object], None],
        *,
        keeps_open: bool,
    ) -> int:
        """Run `fn(report)` on the pool; the callbacks run later on the GUI thread."""
        job_id = next(self._ids)
        pool, bridge = self._threads()

        def report(progress: object) -> None:
            emit(bridge.reported, job_id, progress)

        job = _Job(job_id, bridge, lambda: fn(report))
        was_busy = self.busy
        self._running[job_id] = _Running(job, on_success, on_failure, on_report, keeps_open)
        if not was_busy:
            emit(self.busy_changed, True)
        pool.start(job)
        return job_id

    def _threads(self) -> tuple[QThreadPool, _Bridge]:
        """The pool, and the bridge its jobs report through, made in this order: children
        are deleted in the order they were made, and the pool's deletion waits for the jobs
        still running, which must find their bridge alive when they finish."""
        if self._pool is None or self._bridge is None:
            from PySide6.QtCore import QThreadPool

            self._pool = QThreadPool(self)
            self._pool.setMaxThreadCount(self._max_threads)
            self._bridge = _Bridge(self)
            self._bridge.finished.connect(self._deliver)
            self._bridge.reported.connect(self._deliver_report)
        return self._pool, self._bridge

    def drain(self, timeout_ms: int = 30_000) -> bool:
        """Wait for running jobs and deliver their outcomes; True when nothing is left."""
        deadline = QDeadlineTimer(timeout_ms)
        if self._pool is not None:
            self._pool.waitForDone(max(0, int(deadline.remainingTime())))
        while self._running and not deadline.hasExpired():
            QCoreApplication.processEvents()
        return not self._running

    def _take(self, job_id: int) -> _Running | None:
        running = self._running.pop(job_id, None)
        if running is not None and not self._running:
            emit(self.busy_changed, False)
        return running

    def _deliver(self, job_id: int) -> None:
        running = self._take(job_id)
        if running is None:
            return
        outcome, running.job.outcome = running.job.outcome, None
        assert outcome is not None
        ok, payload = outcome
        if ok:
            running.on_success(payload)
            return
        assert isinstance(payload, BaseException)
        # Only the class name: messages are safe by contract, but a log line needs no more.
        log.debug("background task failed: %s", type(payload).__name__)
        running.on_failure(payload)

    def _deliver_report(self, job_id: int, progress: object) -> None:
        running = self._running.get(job_id)
        if running is not None:
            running.on_report(progress)


class Op(Generic[T]):
    """One piece of work off the GUI thread, built like a sentence and run once.

    ``Op(parent, fn).success(cb).failure(cb).with_progress("Loading…").run()``. Without a
    failure callback, the cashier message for the error is shown in a box on `parent`.
    `Op.task(parent, fn, on_report)` gives `fn` a Task to report progress and see a cancel.
    """

    def __init__(
        self,
        parent: QWidget | None,
        fn: Callable[[], T],
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        self._parent = parent
        self._work: Callable[[Task[object]], T] = lambda task: fn()
        self._on_report: Callable[[object], None] = _ignore
        self._runner = runner
        self._on_success: Callable[[T], None] = _ignore
        self._on_failure: Callable[[BaseException], None] | None = None
        self._progress_text: str | None = None
        self._keeps_open = False
        self._background = False
        self._cancelled = threading.Event()
        self._job_id: int | None = None
        self._done = False

    @classmethod
    def task(
        cls,
        parent: QWidget | None,
        fn: Callable[[Task[P]], T],
        on_report: Callable[[P], None],
        *,
        runner: TaskRunner | None = None,
    ) -> Op[T]:
        """An Op whose function reports progress of type P (delivered to `on_report`)."""
        op: Op[T] = cls(parent, cast(Callable[[], T], _ignore), runner=runner)
        op._work = cast(Callable[[Task[object]], T], fn)
        op._on_report = cast(Callable[[object], None], on_report)
        return op

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Op[T]:
        self._on_failure = callback
        return self

    def with_progress(self, text: str) -> Op[T]:
        """Show `text` in the window's status bar while the work runs."""
        self._progress_text = text
        return self

    def in_background(self) -> Op[T]:
        """Bulk work (a listing) that makes way for the window: at each of its checkpoints
        (domain/pacing.py) it waits while the GUI thread is busy (ui/window_gate.py)."""
        self._background = True
        return self

    def keeps_open(self) -> Op[T]:
        """The window may not close until this Op has delivered (money may be moving)."""
        self._keeps_open = True
        return self

    @property
    def running(self) -> bool:
        return self._job_id is not None and not self._done

    def cancel(self) -> None:
        """Ask the work to stop; it sees `task.cancelled` set. Its outcome still arrives."""
        self._cancelled.set()

    def run(self) -> Op[T]:
        if self._job_id is not None:
            raise RuntimeError("an Op runs once")
        runner = self._runner or TaskRunner.shared()
        self._show_progress(True)
        work, cancelled = self._work, self._cancelled
        if self._background:
            # Here, on the GUI thread, when the first background work starts (a listing,
            # after the first paint): not with this module, which the window needs to paint.
            from .window_gate import WindowGate

            work = _paced(work, WindowGate.shared())
        self._job_id = runner.start(
            lambda report: work(Task(report, cancelled)),
            self._succeeded,
            self._failed,
            self._on_report,
            keeps_open=self._keeps_open,
        )
        return self

    def _succeeded(self, result: object) -> None:
        self._finish()
        self._on_success(cast(T, result))

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if self._on_failure is not None:
            self._on_failure(error)
        else:
            show_error(self._parent, error)

    def _finish(self) -> None:
        self._done = True
        self._show_progress(False)

    def _show_progress(self, on: bool) -> None:
        if self._progress_text is None or self._parent is None:
            return
        window = self._parent.window()
        if isinstance(window, QMainWindow):
            if on:
                window.statusBar().showMessage(self._progress_text)
            elif window.statusBar().currentMessage() == self._progress_text:
                window.statusBar().clearMessage()


def _paced(work: Callable[[Task[object]], T], gate: WindowGate) -> Callable[[Task[object]], T]:
    def paced_work(task: Task[object]) -> T:
        with paced(gate.wait):
            return work(task)

    return paced_work


def _ignore(*_args: object) -> None:
    return None


_open_boxes: list[QMessageBox] = []


def show_error(parent: QWidget | None, error: BaseException) -> QMessageBox:
    """The cashier message for `error` in a window-modal box that stays until dismissed."""
    # Imported with the first error: the window paints before the services' messages (and
    # the domain's attempts behind them) are loaded (docs/architecture.md, "Start-up").
    from PySide6.QtWidgets import QMessageBox

    from pos_app.services.messages import cashier_message

    message = cashier_message(error)
    box = QMessageBox(QMessageBox.Icon.Warning, message.title, message.text, parent=parent)
    box.setObjectName("operationErrorBox")
    # A parentless box would be collected as soon as this returns: keep it until closed.
    _open_boxes.append(box)
    box.finished.connect(lambda _result: _open_boxes.remove(box))
    box.open()
    return box
