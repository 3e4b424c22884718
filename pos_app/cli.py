"""Non-GUI commands: the self-check and the stand-alone sandbox server."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import TextIO

from pos_app import __version__
from pos_app.domain.errors import (
    AuthenticationFailed,
    PosError,
    SecretStoreUnavailable,
    StripeError,
)

__all__ = ["has_display", "sandbox_server", "self_check"]


def sandbox_server(argv: list[str]) -> int:
    from pos_app.sandbox.server import main

    return main(argv)


def has_display(env: Mapping[str, str]) -> bool:
    """False on a Linux box with no X11/Wayland display and no Qt platform chosen."""
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


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
