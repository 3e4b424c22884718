"""One emulator process: started with output captured to a file, polled until ready, stopped."""

from __future__ import annotations

import os
import re
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

__all__ = ["PROBE_KEY", "PeerProcess"]

#: Any `sk_test_` key passes every peer's auth check (docs/emulators.md §1, §6).
PROBE_KEY = "sk_test_pospeers0000000000000000"

_START_DEADLINE_S = 20.0
_POLL_S = 0.05
# Every launcher (and `python -m pos_app.sandbox`) announces its port with this line.
_LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:\d+)")


@dataclass(slots=True)
class PeerProcess:
    """One emulator process: its command, its captured output and how to stop it."""

    name: str
    command: list[str]
    log_path: Path
    cwd: Path
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None
    base_url: str = ""

    def output(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def start(self) -> str:
        """Start the process and wait until it answers; its base URL."""
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                self.command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.cwd,
                env={**os.environ, **self.env},
            )
        try:
            self._wait_ready()
        except BaseException:
            self.stop()
            raise
        return self.base_url

    def _wait_ready(self) -> None:
        assert self.process is not None
        deadline = time.monotonic() + _START_DEADLINE_S
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with {self.process.returncode} before it was ready:\n"
                    f"{self.output()}"
                )
            if not self.base_url:
                match = _LISTENING.search(self.output())
                self.base_url = match.group(1) if match else ""
            if self.base_url and self._answers():
                return
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"{self.name} not ready after {_START_DEADLINE_S:.0f} s:\n{self.output()}"
                )
            time.sleep(_POLL_S)  # waiting for a process to start, not inside a test

    def _answers(self) -> bool:
        # The readiness probe from docs/emulators.md §1: read-only, any sk_test_ key.
        try:
            response = httpx.get(
                f"{self.base_url}/v1/charges",
                params={"limit": 1},
                auth=(PROBE_KEY, ""),
                timeout=1,
            )
        except httpx.TransportError:
            return False
        return response.status_code == 200

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=5)
