"""A fault-injecting HTTP proxy on 127.0.0.1 between the gateway and a Stripe-compatible upstream.

It forwards each request verbatim (request line, headers in their original case, body; only
`Host` and the hop-by-hop headers are its own) and applies the fault its `Plan` picks (see
plan.py): refuse connections (an outage), reset before or after forwarding, hold or delay the
answer, answer a Stripe-shaped 409/429/5xx of its own before or after forwarding, or mangle a
200. Every request it saw is recorded (`seen`) with the fault applied and whether it reached
the upstream, so a test can count executions per idempotency key.

One request per connection: every answer says `Connection: close`, so a client's pooled
connection never slips past an outage, and the n-th request is the n-th connection.
Threads: one accepting, one per connection. Nothing in it sleeps; waits are on conditions,
`select` on the client's socket (to see it hang up) and a stop pipe, or the delay fault's cap.
"""

from __future__ import annotations

import contextlib
import dataclasses
import http.client
import itertools
import json
import select
import socket
import struct
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from email.utils import format_datetime, formatdate, parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

import h11

from tests.fixtures_peers import Peer

from .plan import Action, Fault, Plan, Rule

__all__ = ["FaultProxy", "Seen"]

HOST = "127.0.0.1"
_UPSTREAM_TIMEOUT_S = 60.0
_READ_REQUEST_TIMEOUT_S = 30.0
_JOIN_TIMEOUT_S = 10.0
# Hop-by-hop headers (RFC 9110 §7.6.1) and the framing the proxy recomputes.
_HOP_BY_HOP = {
    b"connection",
    b"keep-alive",
    b"proxy-connection",
    b"te",
    b"trailer",
    b"transfer-encoding",
    b"upgrade",
}


@dataclass(frozen=True, slots=True)
class Seen:
    """One request the proxy received, and what became of it."""

    index: int
    method: str
    path: str
    idempotency_key: str | None
    fault: Fault
    forwarded: bool
    upstream_status: int | None
    answered_status: int | None  # what the client was sent; None if it got none


@dataclass(slots=True)
class _Request:
    method: str
    target: str
    headers: list[tuple[bytes, bytes]]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    def header(self, name: str) -> str | None:
        wanted = name.lower().encode("ascii")
        for key, value in self.headers:
            if key.lower() == wanted:
                return value.decode("latin-1")
        return None


@dataclass(slots=True)
class _Upstream:
    status: int
    reason: str
    headers: list[tuple[str, str]]
    body: bytes


class FaultProxy:
    """The proxy: `start()`, point a gateway at `url` (or `peer`), `set_plan(...)`, read
    `seen`, `stop()`. `direct` is the upstream peer, for checks that must not meet a fault."""

    def __init__(self, upstream: Peer) -> None:
        parts = urlsplit(upstream.base_url)
        if parts.scheme != "http" or not parts.hostname or parts.port is None:
            raise ValueError(f"upstream must be http://host:port, not {upstream.base_url!r}")
        self.direct = upstream
        self._upstream_host = parts.hostname
        self._upstream_port = parts.port
        self._state = threading.Condition()
        self._plan = Plan()
        self._seen: list[Seen] = []
        self._numbers = itertools.count(1)
        self._in_flight = 0
        self._held = 0
        self._release_generation = 0
        self._deliver_held = True
        self._refusing = False  # what is wanted; the accept thread makes it so
        self._refusing_now = False  # what is in force
        self._outages = 0
        self._date_shift = timedelta(0)  # added to every answer's Date: Stripe's clock
        self._outage_timer: threading.Timer | None = None
        self._stopping = False
        self._listener: socket.socket | None = None
        self._port = 0
        self._wake_r, self._wake_w = socket.socketpair()  # accept loop: state changed
        self._stop_r, self._stop_w = socket.socketpair()  # everyone: stopping (never drained)
        self._clients: set[socket.socket] = set()
        self._workers: set[threading.Thread] = set()
        self._acceptor: threading.Thread | None = None

    # -- life cycle -----------------------------------------------------------------------

    def start(self) -> FaultProxy:
        listener = _bound_socket(0)
        listener.listen(64)
        self._listener = listener
        self._port = listener.getsockname()[1]
        self._acceptor = threading.Thread(
            target=self._accept_loop, name="fault-proxy-accept", daemon=True
        )
        self._acceptor.start()
        return self

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self._port}"

    @property
    def peer(self) -> Peer:
        """The upstream peer as reached through the proxy."""
        return Peer(self.direct.name, self.url, self.direct.secret_key, self.direct.publishable_key)

    def stop(self) -> None:
        """Stop accepting, wake every waiting fault, close every connection, join threads."""
        with self._state:
            if self._stopping:
                return
            self._stopping = True
            timer, self._outage_timer = self._outage_timer, None
            self._state.notify_all()
        if timer is not None:
            timer.cancel()
        self._stop_w.send(b"x")
        self._wake_w.send(b"x")
        if self._acceptor is not None:
            self._acceptor.join(_JOIN_TIMEOUT_S)
        with self._state:
            clients = list(self._clients)
            workers = list(self._workers)
        for client in clients:
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)
        for worker in workers:
            worker.join(_JOIN_TIMEOUT_S)
        alive = [t.name for t in [self._acceptor, *workers] if t is not None and t.is_alive()]
        for sock in (self._wake_r, self._wake_w, self._stop_r, self._stop_w):
            sock.close()
        if alive:
            raise RuntimeError(f"fault proxy threads did not stop: {alive}")

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the plan -------------------------------------------------------------------------

    def set_plan(self, *rules: Rule) -> None:
        """Replace the plan; a rule whose first fault is an outage starts it at once."""
        plan = Plan(rules)
        with self._state:
            self._plan = plan
        outage = plan.outage_at_start()
        if outage is not None:
            self._begin_outage(outage)

    def shift_stripe_clock(self, **delta: float) -> None:
        """Move "Stripe's clock" as the till sees it: every later answer's `Date` header is
        this much further ahead (time passing at Stripe, which a till reckons on)."""
        with self._state:
            self._date_shift += timedelta(**delta)

    def _send(self, client: socket.socket, answer: bytes) -> int | None:
        with self._state:
            shift = self._date_shift
        if shift:
            answer = _shift_date(answer, shift)
        return _send(client, answer)

    def clear_plan(self) -> None:
        """No more faults: every request passes, and an outage in progress ends."""
        self.set_plan()
        self.end_outage()

    # -- outages --------------------------------------------------------------------------

    def start_outage(self) -> None:
        """Refuse connections (stop listening) until `end_outage`."""
        self._begin_outage(Fault.refuse())

    def end_outage(self) -> None:
        """Listen again; returns once connections are accepted."""
        with self._state:
            timer, self._outage_timer = self._outage_timer, None
        if timer is not None:
            timer.cancel()
        self._want_refusing(False)

    @property
    def refusing(self) -> bool:
        with self._state:
            return self._refusing_now

    @property
    def outages(self) -> int:
        """How many outages have started."""
        with self._state:
            return self._outages

    def wait_listening(self, timeout: float = 10.0) -> bool:
        """Wait until an outage has ended (by the test, the plan or its time limit)."""
        with self._state:
            return self._state.wait_for(lambda: not self._refusing_now, timeout)

    def _begin_outage(self, fault: Fault) -> None:
        with self._state:
            self._outages += 1
        self._want_refusing(True)
        if fault.seconds is None:
            return
        # Timed only once in force, so a short outage cannot end before it has begun.
        with self._state:
            if self._stopping:
                return
            if self._outage_timer is not None:
                self._outage_timer.cancel()
            self._outage_timer = threading.Timer(fault.seconds, self._outage_elapsed)
            self._outage_timer.daemon = True
            self._outage_timer.start()

    def _outage_elapsed(self) -> None:
        with self._state:
            self._outage_timer = None
        self._want_refusing(False)

    def _want_refusing(self, refusing: bool) -> None:
        # Only the accept thread touches the listening socket; wait until it has switched, so
        # an outage is in force before the caller lets the client see anything more.
        with self._state:
            if self._stopping:
                return  # the accept thread is gone and the wake pipe closed
            self._refusing = refusing
            self._wake_w.send(b"x")
            self._state.wait_for(lambda: self._refusing_now == refusing or self._stopping)

    # -- held answers ---------------------------------------------------------------------

    def wait_held(self, count: int = 1, timeout: float = 10.0) -> bool:
        """Wait until `count` answers are held (their requests executed upstream)."""
        with self._state:
            return self._state.wait_for(lambda: self._held >= count, timeout)

    def release(self, *, deliver: bool = True) -> None:
        """Let every held answer go: to the client (`deliver`), or reset instead."""
        with self._state:
            self._deliver_held = deliver
            self._release_generation += 1
            self._state.notify_all()

    # -- what happened --------------------------------------------------------------------

    @property
    def seen(self) -> list[Seen]:
        """Every request so far, in arrival order. `forwarded` is set before the client can
        see an answer; `answered_status` only once the proxy is done (see `wait_idle`)."""
        with self._state:
            return list(self._seen)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Wait until no request is being handled (a held one counts until released)."""
        with self._state:
            return self._state.wait_for(lambda: self._in_flight == 0, timeout)

    def executions(
        self, *, method: str = "POST", path: str | None = None, key: str | None = None
    ) -> int:
        """How many requests (matching the given method, path, key) reached the upstream."""
        return sum(
            1
            for s in self.seen
            if s.forwarded
            and s.method == method
            and (path is None or s.path == path)
            and (key is None or s.idempotency_key == key)
        )

    # -- accepting ------------------------------------------------------------------------

    def _accept_loop(self) -> None:
        while True:
            with self._state:
                if self._stopping:
                    break
                self._switch_listener()
                listener = self._listener
                listening = not self._refusing_now
            watched: list[socket.socket] = [self._wake_r]
            if listening and listener is not None:
                watched.append(listener)
            ready, _, _ = select.select(watched, [], [])
            if self._wake_r in ready:
                with contextlib.suppress(BlockingIOError):
                    self._wake_r.setblocking(False)
                    self._wake_r.recv(4096)
                self._wake_r.setblocking(True)
            if listener is not None and listener in ready:
                try:
                    client, _ = listener.accept()
                except OSError:
                    continue
                self._spawn(client)
        if self._listener is not None:
            self._listener.close()

    def _switch_listener(self) -> None:
        # Called with the lock held, on the accept thread. Refusing: close the listening
        # socket and hold the port with a bound socket that does not listen, so a connect
        # is refused (ECONNREFUSED) and no other process can take the port meanwhile.
        if self._refusing == self._refusing_now:
            return
        assert self._listener is not None
        self._listener.close()
        self._listener = _bound_socket(self._port)
        if not self._refusing:
            self._listener.listen(64)
        self._refusing_now = self._refusing
        self._state.notify_all()

    def _spawn(self, client: socket.socket) -> None:
        worker = threading.Thread(
            target=self._serve, args=(client,), name="fault-proxy-conn", daemon=True
        )
        with self._state:
            if self._stopping:
                client.close()
                return
            self._clients.add(client)
            self._workers.add(worker)
        worker.start()

    # -- one connection -------------------------------------------------------------------

    def _serve(self, client: socket.socket) -> None:
        try:
            request = _read_request(client)
            if request is not None:
                self._handle(client, request)
        except (OSError, h11.RemoteProtocolError):
            pass  # the client went away or spoke garbage; nothing more on this connection
        finally:
            with contextlib.suppress(OSError):
                client.close()
            with self._state:
                self._clients.discard(client)
                self._workers.discard(threading.current_thread())

    def _handle(self, client: socket.socket, request: _Request) -> None:
        with self._state:
            number = next(self._numbers)
            self._in_flight += 1
            plan = self._plan
        fault, outage = plan.decide(request.method, request.path)
        if fault.action is Action.REFUSE:
            # A second refusal in a row met a request already connected: the outage starts
            # now and this connection is reset unanswered.
            outage, fault = fault, Fault("reset: outage started", Action.RESET, False)
        # Recorded before anything happens, updated as it goes: `forwarded` is true before the
        # client can see any answer, so counting executions never races the client.
        record = self._record(
            Seen(number, request.method, request.path, request.header("Idempotency-Key"),
                 fault, False, None, None)
        )  # fmt: skip
        try:
            if outage is not None:
                self._begin_outage(outage)
            upstream: _Upstream | None = None
            if fault.forward:
                sent, upstream = self._forward(request)
                if upstream is None:
                    # The upstream failed to answer: say so, in Stripe's shape.
                    self._update(record, forwarded=sent)
                    failed = _error_answer(502, "api_error", "no answer from upstream", number)
                    self._update(record, answered_status=self._send(client, failed))
                    return
                self._update(record, forwarded=True, upstream_status=upstream.status)
            self._update(record, answered_status=self._apply(client, fault, upstream, number))
        finally:
            with self._state:
                self._in_flight -= 1
                self._state.notify_all()

    def _record(self, seen: Seen) -> int:
        with self._state:
            self._seen.append(seen)
            return len(self._seen) - 1

    def _update(self, position: int, **changes: Any) -> None:
        with self._state:
            self._seen[position] = dataclasses.replace(self._seen[position], **changes)

    def _apply(
        self, client: socket.socket, fault: Fault, upstream: _Upstream | None, number: int
    ) -> int | None:
        """Do what the fault says to the client; the status it was sent, if any."""
        action = fault.action
        if action is Action.PASS:
            assert upstream is not None
            return self._send(client, _relayed(upstream))
        if action is Action.RESET:
            _reset(client)
            return None
        if action is Action.ANSWER:
            assert fault.status is not None
            answer = _error_answer(
                fault.status,
                fault.error_type or "api_error",
                fault.message or "injected",
                number,
                code=fault.code,
                should_retry=fault.should_retry,
            )
            return self._send(client, answer)
        assert upstream is not None
        if action is Action.HOLD:
            if not self._hold():
                _reset(client)
                return None
            return self._send(client, _relayed(upstream))
        if action is Action.DELAY:
            if self._wait_for_hang_up(client, fault.seconds or 60.0):
                return None  # the client gave up before the answer came
            return self._send(client, _relayed(upstream))
        if action is Action.TRUNCATED:
            body = upstream.body[: len(upstream.body) // 2]
            return self._send(client, _relayed(upstream, status=200, body=body))
        if action is Action.CUT_SHORT:
            half = upstream.body[: len(upstream.body) // 2]
            declared = len(upstream.body)
            return self._send(client, _relayed(upstream, status=200, body=half, declared=declared))
        if action is Action.NOT_JSON:
            html = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
            return self._send(
                client,
                _relayed(upstream, status=200, body=html, content_type="text/html"),
            )
        raise AssertionError(f"unhandled fault {fault}")

    def _hold(self) -> bool:
        """Wait for `release`; whether the answer is to be delivered."""
        with self._state:
            generation = self._release_generation
            self._held += 1
            self._state.notify_all()
            self._state.wait_for(lambda: self._release_generation != generation or self._stopping)
            self._held -= 1
            return self._deliver_held and not self._stopping

    def _wait_for_hang_up(self, client: socket.socket, seconds: float) -> bool:
        """Wait until the client hangs up (True) or `seconds` pass or the proxy stops."""
        # The client gives up at its read time-out and closes: then it is "past" it. Anything
        # it sends meanwhile is not a request it may make on this connection: discard it.
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([client, self._stop_r], [], [], remaining)
            if self._stop_r in ready:
                return False
            if client in ready:
                try:
                    if not client.recv(4096):
                        return True
                except OSError:
                    return True
        return False

    def _forward(self, request: _Request) -> tuple[bool, _Upstream | None]:
        """Send the request upstream: whether it was sent whole, and the answer if one came."""
        connection = http.client.HTTPConnection(
            self._upstream_host, self._upstream_port, timeout=_UPSTREAM_TIMEOUT_S
        )
        sent = False
        try:
            connection.putrequest(
                request.method, request.target, skip_host=True, skip_accept_encoding=True
            )
            connection.putheader("Host", f"{self._upstream_host}:{self._upstream_port}")
            for name, value in request.headers:
                if name.lower() in _HOP_BY_HOP or name.lower() == b"host":
                    continue
                connection.putheader(name.decode("latin-1"), value.decode("latin-1"))
            connection.putheader("Connection", "close")
            connection.endheaders(request.body or None)
            sent = True
            response = connection.getresponse()
            body = response.read()
            return sent, _Upstream(response.status, response.reason, response.getheaders(), body)
        except (OSError, http.client.HTTPException):
            return sent, None
        finally:
            connection.close()


# -- wire helpers ---------------------------------------------------------------------------


def _bound_socket(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((HOST, port))
    return sock


def _read_request(client: socket.socket) -> _Request | None:
    """One HTTP/1.1 request, parsed with h11; None if the client hung up first."""
    client.settimeout(_READ_REQUEST_TIMEOUT_S)
    parser = h11.Connection(h11.SERVER)
    head: h11.Request | None = None
    body = bytearray()
    while True:
        event = parser.next_event()
        if event is h11.NEED_DATA:
            data = client.recv(65536)
            parser.receive_data(data)
            if not data and head is None:
                return None
            continue
        if isinstance(event, h11.Request):
            head = event
        elif isinstance(event, h11.Data):
            body += event.data
        elif isinstance(event, h11.EndOfMessage):
            break
        elif isinstance(event, h11.ConnectionClosed):
            return None
    client.settimeout(None)
    assert head is not None
    return _Request(
        head.method.decode("ascii"),
        head.target.decode("latin-1"),
        [(name, value) for name, value in head.headers.raw_items()],
        bytes(body),
    )


def _shift_date(answer: bytes, shift: timedelta) -> bytes:
    """The answer with its `Date` header moved by `shift`."""
    head, sep, body = answer.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    for number, line in enumerate(lines):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"date":
            moment = parsedate_to_datetime(value.strip().decode("latin-1")) + shift
            lines[number] = b"Date: " + format_datetime(moment, usegmt=True).encode("latin-1")
    return b"\r\n".join(lines) + sep + body


def _send(client: socket.socket, answer: bytes) -> int | None:
    status = int(answer.split(b" ", 2)[1])
    try:
        client.sendall(answer)
        client.shutdown(socket.SHUT_WR)
    except OSError:
        return None  # the client had already gone
    return status


def _reset(client: socket.socket) -> None:
    # SO_LINGER with a zero timeout turns close() into a TCP RST: "connection reset by peer".
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()


def _http_answer(
    status: int,
    reason: str,
    headers: Sequence[tuple[str, str]],
    body: bytes,
    declared: int | None = None,
) -> bytes:
    lines = [f"HTTP/1.1 {status} {reason}"]
    lines += [f"{name}: {value}" for name, value in headers]
    length = len(body) if declared is None else declared
    lines += [f"Content-Length: {length}", "Connection: close"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _relayed(
    upstream: _Upstream,
    *,
    status: int | None = None,
    body: bytes | None = None,
    content_type: str | None = None,
    declared: int | None = None,
) -> bytes:
    """The upstream's answer with its own headers (minus framing), optionally altered;
    `declared` announces a Content-Length other than the body's (a body cut short)."""
    kept = [
        (name, value)
        for name, value in upstream.headers
        if name.lower().encode("latin-1") not in _HOP_BY_HOP
        and name.lower() != "content-length"
        and not (content_type is not None and name.lower() == "content-type")
    ]
    if content_type is not None:
        kept.append(("Content-Type", content_type))
    reason = upstream.reason if status is None else http.client.responses.get(status, "")
    return _http_answer(
        upstream.status if status is None else status,
        reason,
        kept,
        upstream.body if body is None else body,
        declared,
    )


def _error_answer(
    status: int,
    error_type: str,
    message: str,
    number: int,
    *,
    code: str | None = None,
    should_retry: bool | None = None,
) -> bytes:
    """An error answer in Stripe's shape, with the headers Stripe's answers carry."""
    error: dict[str, str] = {"type": error_type, "message": message}
    if code is not None:
        error["code"] = code
    headers = [
        ("Content-Type", "application/json"),
        ("Date", formatdate(usegmt=True)),
        ("Request-Id", f"req_fault{number:06d}"),
    ]
    if should_retry is not None:
        headers.append(("Stripe-Should-Retry", "true" if should_retry else "false"))
    body = json.dumps({"error": error}).encode("utf-8")
    return _http_answer(status, http.client.responses.get(status, ""), headers, body)
