"""A network receipt printer on 127.0.0.1: takes ESC/POS bytes on a TCP port as a thermal
printer does on port 9100, answers the paper-status query (DLE EOT 4), and keeps every job."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["NetworkPrinter", "closed_port", "network_printer"]

PAPER_QUERY = b"\x10\x04\x04"
#: The status byte's fixed bits (0x12); with paper-end bits set (0x60) it says "no paper".
PAPER_OK = b"\x12"
PAPER_OUT = b"\x72"


class NetworkPrinter:
    def __init__(self, *, paper: bytes = PAPER_OK) -> None:
        self.paper = paper
        self.jobs: list[bytes] = []
        self.job_done = threading.Condition()
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with conn:
                received = b""
                while chunk := conn.recv(65536):
                    if PAPER_QUERY in chunk:
                        conn.sendall(self.paper)
                    received += chunk
            with self.job_done:
                self.jobs.append(received.replace(PAPER_QUERY, b"", 1))
                self.job_done.notify_all()

    def wait_jobs(self, count: int, timeout: float = 20.0) -> list[bytes]:
        """The jobs, once `count` have arrived (blocks: in a GUI test, wait with qtbot first)."""
        with self.job_done:
            assert self.job_done.wait_for(lambda: len(self.jobs) >= count, timeout), self.jobs
            return list(self.jobs)

    def close(self) -> None:
        # Shutting the listening socket down wakes the accept() waiting on it (closing does not).
        with contextlib.suppress(OSError):
            self._server.shutdown(socket.SHUT_RDWR)
        self._server.close()
        self._thread.join(5)


@contextmanager
def network_printer(*, paper: bytes = PAPER_OK) -> Iterator[NetworkPrinter]:
    printer = NetworkPrinter(paper=paper)
    try:
        yield printer
    finally:
        printer.close()


def closed_port() -> int:
    """A port on 127.0.0.1 nobody listens on (a printer switched off)."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        return int(server.getsockname()[1])
