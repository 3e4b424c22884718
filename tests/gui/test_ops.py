"""Op: work off the GUI thread, results, errors and progress back on it, typed end to end."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QMainWindow, QMessageBox

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.errors import StripeConnectionError
from pos_app.ui.events import TillEvents
from pos_app.ui.ops import Op, Task, TaskRunner

pytestmark = pytest.mark.gui


class Recorder:
    def __init__(self) -> None:
        self.results: list[int] = []
        self.errors: list[BaseException] = []
        self.progress: list[str] = []
        self.threads: list[QThread] = []

    def done(self, value: int) -> None:
        self.threads.append(QThread.currentThread())
        self.results.append(value)

    def failed(self, error: BaseException) -> None:
        self.threads.append(QThread.currentThread())
        self.errors.append(error)

    def reported(self, text: str) -> None:
        self.threads.append(QThread.currentThread())
        self.progress.append(text)


def test_results_and_errors_come_back_on_the_gui_thread(qtbot, runner: TaskRunner) -> None:
    recorder = Recorder()
    worker_threads: list[int] = []

    def work() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    def boom() -> int:
        raise ValueError("nope")

    with qtbot.waitSignal(runner.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        Op(None, work).success(recorder.done).failure(recorder.failed).run()
        Op(None, boom).success(recorder.done).failure(recorder.failed).run()
        assert runner.busy
    assert recorder.results == [42]
    assert [type(e) for e in recorder.errors] == [ValueError]
    assert worker_threads != [threading.get_ident()]
    assert all(t is QThread.currentThread() for t in recorder.threads)
    assert not runner.busy


def test_progress_reported_from_the_worker_arrives_on_the_gui_thread_in_order(
    qtbot, runner: TaskRunner
) -> None:
    recorder = Recorder()

    def work(task: Task[str]) -> int:
        for step in ("sending", "checking", "checking"):
            task.report(step)
        return 7

    op = Op.task(None, work, recorder.reported).success(recorder.done).run()
    qtbot.waitUntil(lambda: recorder.results == [7], timeout=5000)
    assert recorder.progress == ["sending", "checking", "checking"]
    assert all(t is QThread.currentThread() for t in recorder.threads)
    assert not op.running


def test_cancel_is_seen_by_the_work_and_its_outcome_still_arrives(
    qtbot, runner: TaskRunner
) -> None:
    recorder = Recorder()
    started = threading.Event()

    def work(task: Task[str]) -> int:
        started.set()
        return 1 if task.cancelled.wait(5) else 0

    op = Op.task(None, work, recorder.reported).success(recorder.done).run()
    assert started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: recorder.results == [1], timeout=5000)


def test_an_op_that_keeps_the_till_open_is_known_to_the_runner(qtbot, runner: TaskRunner) -> None:
    gate = threading.Event()
    recorder = Recorder()
    Op(None, lambda: 1 if gate.wait(5) else 0).success(recorder.done).keeps_open().run()
    Op(None, lambda: 2).success(recorder.done).run()
    assert runner.keeping_open
    gate.set()
    qtbot.waitUntil(lambda: not runner.keeping_open, timeout=5000)
    assert sorted(recorder.results) == [1, 2]


def test_without_a_failure_callback_the_cashier_reads_a_message_that_stays(
    qtbot, runner: TaskRunner
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)

    def unreachable() -> int:
        raise StripeConnectionError("connect failed")

    Op(window, unreachable).with_progress("Loading…").run()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "operationErrorBox") is not None)
    box = window.findChild(QMessageBox, "operationErrorBox")
    assert "Could not reach Stripe" in box.text() and box.isVisible()
    assert window.statusBar().currentMessage() == ""  # the progress text went with the work


def test_till_changed_reaches_every_listening_page_with_its_kind(qtbot) -> None:
    events = TillEvents()
    heard: list[AttemptKind] = []
    events.on_change(heard.append)
    with qtbot.waitSignal(events.till_changed, timeout=1000):
        events.notify(AttemptKind.REFUND)
    assert heard == [AttemptKind.REFUND]


def test_an_op_runs_once(runner: TaskRunner) -> None:
    op = Op(None, lambda: 1).run()
    with pytest.raises(RuntimeError):
        op.run()


def test_a_job_still_running_when_the_till_closes_finishes_quietly(qtbot, capfd) -> None:
    # At exit the runner's children go in the order they were made: the pool (which waits
    # for its running jobs) must go before the bridge those jobs report through, or each
    # one ends in "Signal source has been deleted" on its worker thread.
    from PySide6.QtCore import QObject
    from shiboken6 import Shiboken

    owner = QObject()
    runner = TaskRunner(owner)
    started, release = threading.Event(), threading.Event()

    def work() -> str:
        started.set()
        release.wait(10)
        return "done"

    Op(None, work, runner=runner).run()
    assert started.wait(10)
    # Released from another thread while the GUI thread waits in the pool's deletion.
    threading.Timer(0.05, release.set).start()
    Shiboken.delete(owner)
    assert release.is_set()  # the deletion waited for the job
    assert "Signal source has been deleted" not in capfd.readouterr().err
