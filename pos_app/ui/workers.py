"""The one worker helper: runs blocking service calls off the GUI thread and delivers back on it."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal

from .qtcompat import emit

__all__ = ["GuiRelay", "TaskRunner"]

log = logging.getLogger(__name__)

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Bridge(QObject):
    """Lives on the GUI thread; workers emit through it so delivery is queued to the GUI thread.

    One bridge for the runner's lifetime: a QObject must never be destroyed from a worker thread,
    so jobs only borrow it.
    """

    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(
        self, job_id: int, bridge: _Bridge, fn: Callable[..., Any], args: tuple[Any, ...]
    ) -> None:
        super().__init__()
        # The runner keeps the Python reference until delivery, so Qt must not delete it.
        self.setAutoDelete(False)
        self._job_id = job_id
        self._bridge = bridge
        self._fn = fn
        self._args = args

    def run(self) -> None:
        fn, args = self._fn, self._args
        # Drop the arguments before delivery: a card's details must not outlive the call.
        self._fn = _noop
        self._args = ()
        try:
            result = fn(*args)
        except Exception as exc:
            emit(self._bridge.failed, self._job_id, exc)
        else:
            emit(self._bridge.succeeded, self._job_id, result)


def _noop(*_args: Any) -> None:
    return None


@dataclass(slots=True)
class _Pending:
    job: _Job
    on_done: DoneCallback
    on_error: ErrorCallback


class TaskRunner(QObject):
    """Submits callables to one QThreadPool and calls back on the GUI thread.

    The result or the exception travels through a signal connected to a *bound* slot of this
    object (docs/architecture.md "Threading": a lambda would run in the emitting thread).
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.setObjectName("taskRunner")
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._bridge = _Bridge(self)
        self._bridge.succeeded.connect(self._deliver_result)
        self._bridge.failed.connect(self._deliver_error)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)

    @property
    def busy(self) -> bool:
        """True while any submitted job has not yet delivered its outcome."""
        return bool(self._pending)

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: DoneCallback,
        on_error: ErrorCallback,
    ) -> int:
        """Run ``fn(*args)`` on the pool; ``on_done``/``on_error`` run later on the GUI thread."""
        job_id = next(self._ids)
        job = _Job(job_id, self._bridge, fn, args)
        was_busy = self.busy
        self._pending[job_id] = _Pending(job, on_done, on_error)
        if not was_busy:
            emit(self.busy_changed, True)
        self._pool.start(job)
        return job_id

    def drain(self, timeout_ms: int = 30_000) -> bool:
        """Wait for running jobs and deliver their outcomes; True when nothing is left pending."""
        deadline = QDeadlineTimer(timeout_ms)
        self._pool.waitForDone(max(0, int(deadline.remainingTime())))
        while self._pending and not deadline.hasExpired():
            QCoreApplication.processEvents()
        return not self._pending

    def _take(self, job_id: int) -> _Pending | None:
        pending = self._pending.pop(job_id, None)
        if pending is not None and not self._pending:
            emit(self.busy_changed, False)
        return pending

    def _deliver_result(self, job_id: int, result: object) -> None:
        pending = self._take(job_id)
        if pending is not None:
            pending.on_done(result)

    def _deliver_error(self, job_id: int, error: object) -> None:
        pending = self._take(job_id)
        if pending is None:
            return
        assert isinstance(error, BaseException)
        # Only the class name: messages are safe by contract, but a log line needs no more.
        log.debug("background task failed: %s", type(error).__name__)
        pending.on_error(error)


class GuiRelay(QObject):
    """A callable a worker may invoke; the connected bound slot then runs on the GUI thread.

    Used for ``ChargeService.charge_card(on_tokenized=...)``: the service calls it from the
    worker thread, and the card dialog clears its fields on the GUI thread.
    """

    fired = Signal()

    def __call__(self) -> None:
        emit(self.fired)
