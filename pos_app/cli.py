"""Non-GUI commands: the self-check, the day's report and the stand-alone sandbox server."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from pos_app import __version__
from pos_app.display import has_display

if TYPE_CHECKING:
    from datetime import date
from pos_app.domain.errors import (
    AuthenticationFailed,
    PermissionDenied,
    PosError,
    SecretStoreUnavailable,
    StripeError,
)

__all__ = ["has_display", "report", "report_parser", "sandbox_server", "self_check"]


def sandbox_server(argv: list[str]) -> int:
    from pos_app.sandbox.server import main

    return main(argv)


def _qt_platform(env: Mapping[str, str]) -> str:
    from PySide6.QtGui import QGuiApplication

    args = [sys.argv[0]]
    if not has_display(env):
        # Qt aborts the process without a display; check the libraries offscreen instead.
        args += ["-platform", "offscreen"]
    app = QGuiApplication.instance() or QGuiApplication(args)
    name = QGuiApplication.platformName() if app is not None else "unknown"
    return name if has_display(env) else f"{name} (no display found)"


def _check_resources(line: Callable[[str, str], None], problems: list[str]) -> None:
    """Where the style sheet, icons and receipt template are read from, and whether all are."""
    from pos_app.services.assets import missing_resources, resources_dir

    missing = missing_resources()
    try:
        where = str(resources_dir())
    except (ModuleNotFoundError, RuntimeError):
        where = "NOT FOUND"
    if missing:
        problems.append(f"Resources are missing ({', '.join(missing)}): reinstall pos-app.")
        where = f"{where} (INCOMPLETE: {', '.join(missing)})"
    line("resources", where)


class _Held(logging.Handler):
    """Keeps log records back while the report prints, so they cannot cut into its lines."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@contextlib.contextmanager
def _held_logs() -> Iterator[_Held]:
    root = logging.getLogger()
    held = _Held()
    saved = root.handlers[:], root.level
    root.handlers[:] = [held]
    root.setLevel(logging.INFO)
    try:
        yield held
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)


def self_check(env: Mapping[str, str] | None = None, out: TextIO = sys.stdout) -> int:
    """Print what a support call needs; exit status 1 when something is broken.

    What the gateway logs meanwhile (retries, refusals) is held back and printed after the
    report, on stderr, so that it never interleaves the report's lines.
    """
    with _held_logs() as held:
        status = _self_check(os.environ if env is None else env, out)
    out.flush()
    if held.lines:
        print("log while checking:", *held.lines, sep="\n  ", file=sys.stderr)
    return status


def _self_check(env: Mapping[str, str], out: TextIO) -> int:
    from pos_app.app import build_context, load_config
    from pos_app.storage.config import keys_in_environment
    from pos_app.storage.paths import AppPaths
    from pos_app.storage.secrets import KeyringSecretStore

    problems: list[str] = []

    def line(label: str, value: str) -> None:
        print(f"{label:<16} {value}", file=out)

    line("pos-app", __version__)
    line("python", sys.version.split()[0])
    try:
        line("qt platform", _qt_platform(env))
    except Exception as exc:  # a missing system library shows up here
        problems.append(f"Qt cannot start: {exc}")
        line("qt platform", "NOT AVAILABLE")
    paths = AppPaths.resolve(env)
    line("data folder", str(paths.data_dir))
    line("config folder", str(paths.config_dir))
    line("log folder", str(paths.log_dir))
    _check_resources(line, problems)
    store = KeyringSecretStore()
    if keys_in_environment(env):
        # Not a failure: with the keys in the environment the keychain is never consulted.
        line("keyring", "keychain not used (keys from the environment)")
    else:
        try:
            store.check()
            line("keyring", store.backend_name())
        except SecretStoreUnavailable:
            # Reported below by load_config, with the way out.
            line("keyring", f"{store.backend_name()} (NOT USABLE)")
    try:
        paths.ensure()
        config = load_config(env, paths)  # raises the keychain's way-out message if needed
        line("mode", config.mode.value if not config.needs_setup else "not set up")
        line("api base", config.api_base)
        if config.needs_setup:
            problems.append("No Stripe keys are configured: run pos-app to open the setup.")
        else:
            context = build_context(config, paths)
            try:
                context.charges.ping()
                line("stripe", "answers, key accepted")
                history = context.history
                if history is not None:
                    # Not a problem when not: History then lists the day without them.
                    line(
                        "stripe fees",
                        "readable"
                        if history.fees_readable()
                        else "not readable with this key: History lists the day without "
                        "them (give a restricted key the balance's read permission)",
                    )
            except AuthenticationFailed:
                problems.append("Stripe refused the API key.")
                line("stripe", "answers, KEY REFUSED")
            except StripeError as exc:
                problems.append(f"Stripe did not answer: {exc}")
                line("stripe", "NOT REACHABLE")
            finally:
                context.close()
    except PosError as exc:
        problems.append(str(exc))
    problems = list(dict.fromkeys(problems))
    for problem in problems:
        print(f"PROBLEM: {problem}", file=out)
    print("OK" if not problems else f"{len(problems)} problem(s) found", file=out)
    return 1 if problems else 0


def report_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pos-app report",
        description="The day's charges from Stripe (every register) with totals per currency, "
        "by card brand and by cashier, and this till's journal compared with it (when this "
        "computer has one; read only): the manager's end-of-day report without the till's "
        "window. Keys and settings come from the same places as the till's (environment first).",
    )
    parser.add_argument(
        "--date",
        type=_iso_date,
        default=None,
        help="the day, YYYY-MM-DD (default: today in the shop's time zone)",
    )
    parser.add_argument(
        "--tz",
        default=None,
        metavar="AREA/CITY",
        help="IANA time zone the day is cut in (default: POS_TIMEZONE, the stored setting, "
        "or this computer's zone)",
    )
    parser.add_argument(
        "--format", choices=("table", "csv", "json"), default="table", help="default: table"
    )
    parser.add_argument(
        "--output", type=Path, default=None, metavar="FILE", help="write here instead of stdout"
    )
    return parser


def _iso_date(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-03-31") from None


def report(
    argv: list[str],
    env: Mapping[str, str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """`pos-app report`: exit 0 with the report; 1 when Stripe refused the key or could not be
    reached; 2 when the till is not set up or an argument is wrong. Errors are one line."""
    import dataclasses

    from pos_app.app import build_gateway, load_config
    from pos_app.services.history import HistoryService
    from pos_app.services.report_formats import render
    from pos_app.storage.journal_reader import JournalReader
    from pos_app.storage.paths import AppPaths
    from pos_app.storage.timezones import resolve_zone

    env = os.environ if env is None else env
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    args = report_parser().parse_args(argv)
    # The gateway's retry warnings would reach stderr through logging's last resort; the
    # command's contract is one line there, which says what they would have said.
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())

    def fail(code: int, message: str) -> int:
        print(f"pos-app report: {message}", file=err)
        return code

    try:
        paths = AppPaths.resolve(env)
        config = load_config(env, paths)
        if config.needs_setup:
            return fail(
                2,
                "no Stripe keys are configured; set POS_STRIPE_SECRET_KEY or run pos-app once "
                "to set the till up.",
            )
        zone = resolve_zone(args.tz if args.tz is not None else config.timezone)
    except PosError as exc:
        return fail(2, _one_line(str(exc)))
    # This till's journal, read only, is compared with the day when this computer has one
    # (a manager's own computer has none: the day is reported without the comparison).
    journal: JournalReader | None = None
    journal_note: str | None = None
    try:
        journal = JournalReader(config.journal_path)
    except PosError as exc:
        journal_note = _one_line(str(exc))
    try:
        with build_gateway(config) as gateway:
            history = HistoryService(
                gateway,
                None,
                zone=zone.zone,
                zone_name=zone.name,
                journal=journal,
                register_id=config.register_id,
            )
            day_report = history.fetch_day(args.date or history.today())
        if journal is None:
            day_report = dataclasses.replace(day_report, journal_check_error=journal_note)
    except AuthenticationFailed:
        return fail(1, "Stripe refused the API key; check the keys in the till's setup.")
    except PermissionDenied:
        return fail(1, "this API key may not list charges; grant it read access to charges.")
    except StripeError as exc:
        return fail(1, f"Stripe could not be reached or answered an error: {_one_line(str(exc))}")
    except PosError as exc:
        return fail(1, _one_line(str(exc)))
    finally:
        if journal is not None:
            journal.close()
    text = render(day_report, args.format)
    data = text.encode("utf-8")
    try:
        if args.output is not None:
            args.output.write_bytes(data)
        else:
            _write(out, data)
    except OSError as exc:
        return fail(1, f"cannot write {args.output or 'the report'}: {exc.strerror or exc}")
    return 0


def _write(out: TextIO, data: bytes) -> None:
    # UTF-8 whatever the console's code page: the report holds names and currency symbols.
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        out.flush()
        buffer.write(data)
        buffer.flush()
    else:
        out.write(data.decode("utf-8"))


def _one_line(text: str) -> str:
    return " ".join(text.split())
