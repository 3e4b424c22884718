"""The sandbox server: localstripe's routes behind the compatibility layer, on 127.0.0.1 only.

Run it with ``python -m pos_app.sandbox [--port N] [--data-dir DIR]`` (or ``pos-app
sandbox-server``); it prints one line, ``listening on http://127.0.0.1:PORT``, and stops
cleanly on SIGINT or SIGTERM; then one line per request, ``METHOD /path STATUS 12.3ms`` (never
a body, a query or a key). Any ``sk_test_…`` key works, and a ``pk_test_…`` key may create
tokens. With ``--data-dir`` every object (and the idempotency cache) is kept in
``DIR/sandbox-store.pickle`` across restarts; without it everything lives in memory.

Switches for tests and training, without an API key:

* ``POST /_pos/config`` with form or JSON ``charge_delay_ms=N`` makes every ``POST
  /v1/charges`` answer N ms later (an ``asyncio.sleep``: other requests are served meanwhile),
  to show how the till behaves on a slow network. ``GET /_pos/config`` shows the settings.
* ``POST /_pos/config`` with ``lose_charge_answers=N`` makes the next N ``POST /v1/charges``
  execute (and be remembered under their idempotency key) but drops the connection instead of
  answering: the lost response after which the till must say "checking", never "failed", and
  settle the attempt with the same key.
* ``POST /_pos/config`` with ``refuse_raw_card_data=1`` makes ``POST /v1/tokens`` refuse card
  numbers the way a default Stripe test account does (400, docs/stripe.md §7), so the till's
  fallback to Stripe's test tokens can be trained; ``0`` accepts them again.
* ``DELETE /_config/data`` (localstripe's reset) empties the store, the idempotency cache and
  the switches.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiohttp import web
from localstripe import server as localstripe_server
from localstripe.resources import Customer, extra_apis

from . import compat
from .middleware import error_response, middlewares
from .search import search_customers
from .state import SandboxState

__all__ = ["HOST", "build_app", "main", "run"]

HOST = "127.0.0.1"  # loopback only: the sandbox is never reachable from the shop's network
_MAX_DELAY_MS = 600_000
#: The switches of `POST /_pos/config` and the largest value each takes.
_SWITCHES = (
    ("charge_delay_ms", _MAX_DELAY_MS),
    ("lose_charge_answers", 100),
    ("refuse_raw_card_data", 1),
)


def _late_bound(method: Any) -> Callable[..., Any]:
    # localstripe captured its extra routes' classmethods at import time; look them up per
    # call instead, so the patched versions in compat.py serve those routes too.
    owner, name = method.__self__, method.__name__

    def call(**data: Any) -> Any:
        return getattr(owner, name)(**data)

    return call


def _access_log(write: Callable[[str], None]) -> Callable[..., Any]:
    """One line per request after it is answered: method, path, status and time taken."""

    @web.middleware
    async def log_request(request: web.Request, handler: Callable[..., Any]) -> Any:
        started = time.monotonic()
        status = "-"  # no answer: the connection was dropped (a lost-answer drill) or failed
        try:
            response = await handler(request)
            status = str(response.status)
            return response
        except web.HTTPException as exc:
            status = str(exc.status)
            raise
        finally:
            elapsed = (time.monotonic() - started) * 1000
            write(f"{request.method} {request.path} {status} {elapsed:.1f}ms")

    return log_request


def build_app(
    state: SandboxState, *, log_request: Callable[[str], None] | None = None
) -> web.Application:
    """localstripe's routes on a fresh application with the sandbox's middlewares and switches;
    `log_request` gets one line per request."""
    compat.install(state.fingerprint_key())
    outer = [_access_log(log_request)] if log_request is not None else []
    app = web.Application(
        middlewares=[*outer, *middlewares(state), localstripe_server.error_middleware]
    )

    async def get_config(request: web.Request) -> web.Response:
        return web.json_response(
            {
                "charge_delay_ms": state.charge_delay_ms,
                "lose_charge_answers": state.lose_charge_answers,
                "refuse_raw_card_data": int(state.refuse_raw_card_data),
            }
        )

    async def set_config(request: web.Request) -> web.Response:
        data = await localstripe_server.get_post_data(request) or {}
        data = data if isinstance(data, dict) else {}
        values: dict[str, int] = {}
        for name, limit in _SWITCHES:
            if name not in data:
                continue
            raw = data[name]
            try:
                value = int(raw) if isinstance(raw, (int, str)) else -1
            except ValueError:
                value = -1
            if not 0 <= value <= limit:
                return error_response(
                    400,
                    "invalid_request_error",
                    f"{name} must be an integer from 0 to {limit}",
                    param=name,
                )
            values[name] = value
        if not values:
            return error_response(
                400,
                "invalid_request_error",
                "Give charge_delay_ms, lose_charge_answers or refuse_raw_card_data.",
            )
        state.charge_delay_ms = values.get("charge_delay_ms", state.charge_delay_ms)
        state.lose_charge_answers = values.get("lose_charge_answers", state.lose_charge_answers)
        if "refuse_raw_card_data" in values:
            state.refuse_raw_card_data = values["refuse_raw_card_data"] == 1
        return await get_config(request)

    async def reset(request: web.Request) -> web.Response:
        state.reset()
        return web.Response()

    async def customer_search(request: web.Request) -> web.Response:
        # Gap 11; registered before localstripe's routes, which read "search" as an id.
        query = request.query
        return _json(search_customers(query.get("query"), query.get("limit"), query.get("page")))

    async def retrieve_customer(request: web.Request) -> web.StreamResponse:
        # Gap 12: a deleted customer answers its stub with 200, as on Stripe.
        stub = compat.deleted_customer(request.match_info["id"])
        if stub is not None:
            return _json(stub)
        answer = localstripe_retrieve(request)
        return await answer if asyncio.iscoroutine(answer) else answer

    localstripe_retrieve = localstripe_server.api_retrieve(Customer, "/v1/customers/{id}")
    app.router.add_get("/_pos/config", get_config)
    app.router.add_post("/_pos/config", set_config)
    app.router.add_delete("/_config/data", reset)
    app.router.add_get("/v1/customers/search", customer_search)
    app.router.add_get("/v1/customers/{id}", retrieve_customer)

    extra = {(method, url): func for method, url, func in extra_apis}
    for route in localstripe_server.app.router.routes():
        path = route.resource.canonical if route.resource is not None else None
        if path is None or (route.method, path) in _OWN_ROUTES:
            continue
        handler = route.handler
        if (route.method, path) in extra:
            handler = localstripe_server.api_extra(_late_bound(extra[route.method, path]), path)
        app.router.add_route(route.method, path, handler)
    return app


#: Routes the sandbox serves itself instead of localstripe's.
_OWN_ROUTES = {("DELETE", "/_config/data"), ("GET", "/v1/customers/{id}")}


def _json(body: dict[str, Any]) -> web.Response:
    return web.json_response(body)


def _stop_on_signals() -> asyncio.Event:
    # Installed before the address is announced, so a signal right after it still stops
    # cleanly (exit code 0) instead of killing the process.
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(signum, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows event loops
            signal.signal(signum, lambda *_: loop.call_soon_threadsafe(stop.set))
    return stop


def _stop_when_stdin_closes(stop: asyncio.Event) -> None:
    # The till starts the server with a pipe on stdin and never writes to it: end of file
    # means the till is gone (even killed), and an orphaned server must not keep the port
    # and the data file.
    loop = asyncio.get_running_loop()
    stdin = sys.stdin
    if stdin is None:  # no standard input at all: nothing to watch
        return

    def watch() -> None:
        while stdin.buffer.read(4096):
            pass
        loop.call_soon_threadsafe(stop.set)

    threading.Thread(target=watch, name="stdin-watch", daemon=True).start()


async def _serve(
    port: int,
    data_dir: Path | None,
    on_ready: Callable[[str], None] | None,
    exit_with_stdin: bool = False,
    log_request: Callable[[str], None] | None = None,
) -> None:
    if data_dir is not None:
        data_dir.mkdir(parents=True, exist_ok=True)
    state = SandboxState(data_dir)
    state.load()
    stop = _stop_on_signals()
    if exit_with_stdin:
        _stop_when_stdin_closes(stop)
    runner = web.AppRunner(
        build_app(state, log_request=log_request), access_log=None, handle_signals=False
    )
    await runner.setup()
    try:
        site = web.TCPSite(runner, HOST, port)
        await site.start()
        bound_port = runner.addresses[0][1]
        if on_ready is not None:
            on_ready(f"http://{HOST}:{bound_port}")
        await stop.wait()
    finally:
        await runner.cleanup()


def run(
    port: int = 0,
    data_dir: Path | None = None,
    on_ready: Callable[[str], None] | None = None,
    *,
    exit_with_stdin: bool = False,
    log_request: Callable[[str], None] | None = None,
) -> None:
    """Serve until SIGINT/SIGTERM (or, with `exit_with_stdin`, until stdin closes); `on_ready`
    gets the base URL once the socket listens, `log_request` one line per request.

    Port 0 lets the OS pick a free port. Raises OSError when the port cannot be bound.
    """
    asyncio.run(_serve(port, data_dir, on_ready, exit_with_stdin, log_request))


def main(argv: list[str] | None = None) -> int:
    """The `sandbox-server` command; returns the process exit code."""
    parser = argparse.ArgumentParser(
        prog="pos-app sandbox-server",
        description="A local Stripe-compatible server for training and tests (127.0.0.1 only).",
    )
    parser.add_argument("--port", type=int, default=0, help="TCP port; 0 (default) picks one")
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="keep the data here across restarts"
    )
    parser.add_argument(
        "--exit-with-stdin",
        action="store_true",
        help="stop when standard input closes (used by the till for its child server)",
    )
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error("--port must be from 0 to 65535")
    try:
        run(
            args.port,
            args.data_dir,
            lambda url: print(f"listening on {url}", flush=True),
            exit_with_stdin=args.exit_with_stdin,
            log_request=lambda line: print(line, flush=True),
        )
    except OSError as exc:
        print(
            f"sandbox: cannot serve on {HOST}:{args.port}: {exc.strerror or exc}", file=sys.stderr
        )
        return 1
    return 0
