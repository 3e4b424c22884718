"""Entry point: parse arguments, set up logging and the crash hook, run the GUI or a command."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from pos_app import __version__

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from pos_app.storage.paths import AppPaths
    from pos_app.ui.crash_dialog import CrashReporter

log = logging.getLogger("pos_app")
#: The interpreter's thread switch interval in the GUI (seconds; Python's default is 0.005).
GUI_SWITCH_INTERVAL = 0.0002
#: Keeps the crash dialog alive after the hook returns (see pos_app/ui/crash_dialog.py).
_reporter: CrashReporter | None = None
#: The log the crash dialog names; its module is imported by the first error, not at start.
_log_file: Path | None = None


def _parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="pos-app",
        description="A Stripe card till.",
        epilog="commands:\n"
        "  pos-app report [--date YYYY-MM-DD] [--tz AREA/CITY] [--format table|csv|json]\n"
        "                 [--output FILE]   the day's charges and totals from Stripe\n"
        "                                   (pos-app report --help)\n"
        "  pos-app sandbox-server           the training sandbox alone\n"
        "                                   (pos-app sandbox-server --help)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--sandbox",
        action="store_true",
        help="run against the built-in local Stripe sandbox (training; no account needed)",
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="print version, folders, keyring backend and Stripe reachability, then exit",
    )
    parser.add_argument("--version", action="version", version=f"pos-app {__version__}")
    return parser


def install_excepthook(log_file: Path | None) -> None:
    """Log every uncaught error and show the crash dialog naming `log_file`."""
    global _reporter, _log_file
    _reporter, _log_file = None, log_file
    sys.excepthook = _excepthook


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    # Logged through the redacting filter; the cashier sees a short message, not a traceback.
    global _reporter
    log.critical("unexpected error", exc_info=(kind, value, tb))
    try:
        if _reporter is None:
            from pos_app.ui.crash_dialog import CrashReporter

            _reporter = CrashReporter(_log_file)
        _reporter.report()
    except Exception:  # the hook itself must never raise
        traceback.print_exception(kind, value, tb)


def run_gui(*, sandbox: bool) -> int:
    # Automatic collection is off from the first import on: once the window exists, the
    # GUI thread collects on a timer (ui/gc_guard.py), and until then nothing is garbage
    # worth a pass (modules, classes, the window), while the start-up's imports would set
    # off a dozen of them before the first paint.
    import gc

    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run_gui(sandbox=sandbox)
    finally:
        if collecting:
            gc.enable()


def _run_gui(*, sandbox: bool) -> int:
    from pos_app.display import has_display

    if not has_display(os.environ):
        print(
            "pos-app needs a display. Start it from the desktop session, or set "
            "QT_QPA_PLATFORM (for example 'offscreen' for automation).",
            file=sys.stderr,
        )
        return 2
    # First of all: fontconfig reads the system's font configuration on another core while
    # this thread imports PySide6 and the window's modules (pos_app/font_warmup.py).
    from pos_app.font_warmup import warm_font_configuration

    warm_font_configuration()
    # The composition root and the services behind it hold no Qt: imported before PySide6,
    # they skip the import hook PySide6 installs (it reads the source of every module that
    # imports anything after it, looking for PySide6 in it). So do the other Qt-free modules
    # the window needs before its first paint (logging's handlers, the resources, the till's
    # identity).
    import pos_app
    import pos_app.app
    import pos_app.logs
    import pos_app.services.assets
    import pos_app.services.identity
    from pos_app.storage.paths import AppPaths

    # lazy_qt imports PySide6 after its own imports, and the table is filled before any
    # other import statement runs: once PySide6 is imported it would read the source of
    # every module an import statement names (pos_app, typing, pathlib, ...) and of each of
    # the window's modules.
    from pos_app.ui.lazy_qt import register_modules_with_feature_hook

    register_modules_with_feature_hook(pos_app, ("ui", "app"))
    # The window's modules, right after PySide6 (the hook knows them now).
    import pos_app.launcher
    import pos_app.ui.gc_guard
    from pos_app.single_instance import ALREADY_OPEN_EXIT, lock_data_folder, tell_already_open

    paths = AppPaths.resolve(os.environ).ensure()
    # Before the log and the sandbox: a second start on the same folder must touch neither.
    # Held until the till has closed (and by the operating system until the process ends,
    # whatever ends it: nothing is left for the next start to judge stale).
    lock = lock_data_folder(paths)
    if lock is None:
        tell_already_open(paths)
        return ALREADY_OPEN_EXIT
    try:
        return _run_locked(paths, sandbox=sandbox)
    finally:
        lock.release()


def _run_locked(paths: AppPaths, *, sandbox: bool) -> int:
    from PySide6.QtWidgets import QApplication

    from pos_app.launcher import Launcher
    from pos_app.logs import configure_logging, enable_crash_trace
    from pos_app.ui.gc_guard import GuiThreadCollector

    enable_crash_trace(paths.crash_trace_file)
    configure_logging(paths.log_file)
    install_excepthook(paths.log_file)
    # A worker holding the GIL (parsing a page of JSON, building a model's rows) gives it up
    # every 0.2 ms instead of every 5 ms: the GUI thread never waits a frame for it.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    from pos_app.ui.style import new_application

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else new_application(sys.argv)
    app.setApplicationName("pos-app")
    app.setApplicationVersion(__version__)
    launcher = Launcher(sandbox=sandbox)
    collectors: list[GuiThreadCollector] = []

    def after_start() -> None:
        # Reference cycles are collected on this thread only: never a window on a worker's.
        # From here on, not before: until the first paint collection stays off (run_gui),
        # and a collector's first look, 100 ms after it is made, would land before the
        # paint on a slow till and walk everything the start-up made.
        collectors.append(GuiThreadCollector(app))
        _quit_on_signals(app, launcher.request_quit)

    if not launcher.start():
        return 2
    window = launcher.window
    if window is None:  # the setup or an error is shown
        after_start()
    else:
        # Once the window has painted, like the rest of what it does not need to show
        # itself: the signal module builds three enums when imported. No payment can be in
        # flight before then.
        window.first_painted.connect(after_start)
    try:
        return int(app.exec())
    finally:
        for collector in collectors:
            collector.stop()


def _quit_on_signals(app: QApplication, quit_till: Callable[[], object]) -> QTimer:
    """Ctrl+C or a service manager's SIGTERM quits the till as Ctrl+Q does: a payment in
    flight postpones the exit until its outcome is known, it never drops it."""
    import signal

    from PySide6.QtCore import QTimer

    def on_signal(signum: int, frame: object) -> None:
        log.info("signal %d: the till closes (after a payment in flight)", signum)
        # From the event loop, not from inside whatever the signal interrupted.
        QTimer.singleShot(0, quit_till)

    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, on_signal)
    # Python runs signal handlers only between bytecodes: wake it up regularly.
    ticker = QTimer(app)
    ticker.timeout.connect(_noop)
    ticker.start(250)
    return ticker


def _noop() -> None:
    pass


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "sandbox-server":
        from pos_app.cli import sandbox_server

        return sandbox_server(argv[1:])
    if argv and argv[0] == "report":
        from pos_app.cli import report

        return report(argv[1:])
    if not argv:
        # How the till is started from its icon: nothing to parse, and argparse (with the
        # gettext, locale and shutil it loads to make a parser) stays out of the start-up.
        return run_gui(sandbox=False)
    args = _parser().parse_args(argv)
    if args.self_check:
        from pos_app.cli import self_check

        return self_check()
    return run_gui(sandbox=args.sandbox)


if __name__ == "__main__":
    sys.exit(main())
