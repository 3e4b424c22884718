"""Running the sandbox server as a child process of the till (training mode)."""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import IO

__all__ = ["LOG_FILE", "SandboxProcess", "SandboxStartError"]

LOG_FILE = "sandbox-server.log"
_LISTENING = re.compile(rb"listening on (http://127\.0\.0\.1:\d+)")


class SandboxStartError(RuntimeError):
    """The sandbox server exited or stayed silent instead of announcing its address."""


class SandboxProcess:
    """The sandbox server as a child process: start, `base_url`, `stop()`; a context manager.

    `command` starts the server without arguments, e.g. ``[sys.executable, "-m",
    "pos_app.sandbox"]`` or a frozen executable's ``[exe, "sandbox-server"]``; ``--port 0
    --data-dir DIR`` is appended. The child's stderr goes to ``DIR/sandbox-server.log`` and
    its stdout is read (for the ``listening on`` line) and then drained, so neither ever
    reaches the till's console nor blocks the child.
    """

    def __init__(self, command: list[str], data_dir: Path, *, startup_timeout: float = 20.0):
        self.command = list(command)
        self.data_dir = data_dir
        self.startup_timeout = startup_timeout
        self._process: subprocess.Popen[bytes] | None = None
        self._base_url: str | None = None
        # The till starts it from a worker; another worker may ask for it meanwhile.
        self._start_lock = threading.Lock()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``; only once `start()` has returned."""
        if self._base_url is None:
            raise RuntimeError("the sandbox server is not running")
        return self._base_url

    @property
    def log_path(self) -> Path:
        return self.data_dir / LOG_FILE

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        """The server's process id while it runs, else None."""
        return self._process.pid if self.running and self._process is not None else None

    def start(self) -> str:
        """Start the child and wait (up to `startup_timeout` s) for its address; returns it.

        Thread-safe: a second caller waits for the first one's start and gets its address.
        """
        with self._start_lock:
            return self._start()

    def _start(self) -> str:
        if self.running and self._base_url is not None:
            return self._base_url
        self.data_dir.mkdir(parents=True, exist_ok=True)
        # A console-less child on Windows: a frozen GUI till must not flash a console window.
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        with self.log_path.open("wb") as log:
            self._process = subprocess.Popen(
                [
                    *self.command,
                    *("--port", "0", "--data-dir", str(self.data_dir), "--exit-with-stdin"),
                ],
                # Never written to: it closes when this process ends, however it ends, and
                # the server then stops too (no orphaned sandbox holding the data file).
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                creationflags=flags,
            )
        assert self._process.stdout is not None
        found: queue.Queue[str | None] = queue.Queue()
        threading.Thread(
            target=_watch_stdout, args=(self._process.stdout, found), daemon=True
        ).start()
        try:
            url = found.get(timeout=self.startup_timeout)
        except queue.Empty:
            url = None
        if url is None:
            self.stop()
            raise SandboxStartError(
                f"the sandbox server did not start within {self.startup_timeout:.0f} s "
                f"(exit code {self._process.returncode}):\n{self._log_tail()}"
            )
        self._base_url = url
        return url

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the child to stop (stdin closed, then SIGTERM), kill it after `timeout` s.

        Closing stdin first lets it stop cleanly on Windows too, where `terminate()` is a hard
        kill. Safe to call twice.
        """
        process, self._base_url = self._process, None
        if process is None:
            return
        if process.stdin is not None and not process.stdin.closed:
            process.stdin.close()
        for end in (process.terminate, process.kill):
            if process.poll() is not None:
                break
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                end()
        process.wait(timeout)

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    def __enter__(self) -> SandboxProcess:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def _watch_stdout(stream: IO[bytes], found: queue.Queue[str | None]) -> None:
    """Report the first ``listening on`` URL (None at EOF), then drain the pipe to its end."""
    announced = False
    with stream:  # EOF comes when the child exits
        for line in stream:
            match = None if announced else _LISTENING.search(line)
            if match is not None:
                found.put(match.group(1).decode())
                announced = True
    if not announced:
        found.put(None)
