"""Logging for the till: a rotating file in the log folder, with card data and keys scrubbed,
and the crash trace a hard crash leaves beside it.

The code never logs a card number, CVC or key on purpose; the filter here is the second line of
defence, so that a library's debug message or an exception text cannot leak one either.
"""

from __future__ import annotations

import faulthandler
import io
import logging
import os
import re
from pathlib import Path
from typing import TextIO

from pos_app.domain.keys import redact_keys

__all__ = [
    "PrivateRotatingFileHandler",
    "RedactingFilter",
    "configure_logging",
    "enable_crash_trace",
    "open_private",
    "scrub",
]

# 12-19 digits, optionally grouped by spaces or dashes: anything shaped like a card number.
# Compiled (and cached by `re`) for the first text with that many digits: not at start-up.
_PAN_LIKE = r"(?<!\d)(?:\d[ -]?){11,18}\d(?!\d)"
_DIGITS = "0123456789"


def scrub(text: str) -> str:
    """Text with key-shaped and card-number-shaped substrings replaced."""
    text = redact_keys(text)
    if sum(map(text.count, _DIGITS)) < 12:  # too few digits for a card number
        return text
    return re.sub(_PAN_LIKE, "[card number removed]", text)


class RedactingFilter(logging.Filter):
    """Rewrites every record's final message (and exception text) through `scrub`."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and record.exc_info[1] is not None:
            formatted = logging.Formatter().formatException(record.exc_info)
            record.exc_text = scrub(formatted)
            record.exc_info = None
        return True


def open_private(path: Path) -> TextIO:
    """`path` opened for appending text, created readable by the till's user only (0600 on
    POSIX), and narrowed to that if an older version left it wider: logs name customers."""
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        if os.name == "posix" and os.fstat(fd).st_mode & 0o077:
            os.fchmod(fd, 0o600)
        return os.fdopen(fd, "a", encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log that rolls over to `<name>.1` … `<name>.<backup_count>` before it would pass
    `max_bytes`, and whose every file (the current one and each new one after a rollover) is
    created by `open_private`; rotated files keep that mode through the rename.

    Written on logging.FileHandler rather than taken from logging.handlers, which imports
    socket, pickle, selectors and queue for its other handlers: about 10 ms of the till's
    start, before its window paints (docs/architecture.md, "Start-up").
    """

    def __init__(self, filename: Path, *, max_bytes: int, backup_count: int) -> None:
        super().__init__(filename, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def _open(self) -> io.TextIOWrapper:
        stream = open_private(Path(self.baseFilename))
        # os.fdopen in text mode gives the same wrapper the base class's open() does.
        assert isinstance(stream, io.TextIOWrapper)
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self.doRollover()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        """Whether `record` would take the current file to `max_bytes` or past it."""
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # a device or a pipe given as the log is never rotated
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, io.SEEK_END)
        return self.stream.tell() + len(self.format(record)) + 1 >= self.max_bytes

    def doRollover(self) -> None:  # logging's name for it
        """Close the log, move `.1` … to `.2` … (the oldest is dropped) and the log to `.1`,
        and start a new one."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for index in range(self.backup_count - 1, 0, -1):
            if os.path.exists(f"{base}.{index}"):
                os.replace(f"{base}.{index}", f"{base}.{index + 1}")
        if self.backup_count > 0 and os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()


def configure_logging(log_file: Path | None, *, level: int = logging.INFO) -> None:
    """Root logging to a rotating file (5 x 1 MB) and stderr, both through the filter."""
    root = logging.getLogger()
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_pos_app", False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(PrivateRotatingFileHandler(log_file, max_bytes=1_000_000, backup_count=5))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        handler._pos_app = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    # httpx logs every request URL at INFO; our gateway logs what matters without bodies.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


_crash_trace: TextIO | None = None


def enable_crash_trace(path: Path) -> None:
    """On a hard crash (segfault, abort, a fatal error in Qt's C++ code), write every thread's
    Python stack to `path`.

    The windowed Windows build has no console for faulthandler's usual stderr, and the logging
    handlers cannot run in a dying process. The file is opened for appending, so earlier traces
    stay, and kept open for the life of the process: the handler writes to its descriptor.
    Nothing is written unless the process crashes, and the stack holds only file names,
    line numbers and function names, never values.
    """
    global _crash_trace
    path.parent.mkdir(parents=True, exist_ok=True)
    stream = open_private(path)
    faulthandler.enable(file=stream, all_threads=True)
    if _crash_trace is not None and _crash_trace is not stream:
        _crash_trace.close()
    _crash_trace = stream
