"""The sandbox's HTTP layer in front of localstripe: keys, idempotency (gap 3), slowness, saving."""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from localstripe.server import get_post_data

from pos_app.domain.keys import redact_keys

from .state import Replay, SandboxState

__all__ = ["error_response", "middlewares"]

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

# Routes that need no API key: localstripe's own config/JS routes and the sandbox switches.
_OPEN_PREFIXES = ("/_config/", "/_pos/", "/js.stripe.com/")
_WRITES = ("POST", "DELETE")
_RAW_CARDS_REFUSED = (
    "Sending credit card numbers directly to the Stripe API is generally unsafe. Use test "
    "tokens that stand for the test card instead (the training sandbox refuses card numbers "
    "while its refuse_raw_card_data switch is on)."
)


def error_response(status: int, type_: str, message: str, **fields: str) -> web.Response:
    """An error in Stripe's shape: `{"error": {"type", "message", ...}}` (docs/stripe.md §3.2)."""
    return web.json_response(
        {"error": {"type": type_, "message": message, **fields}}, status=status
    )


def _header_key(request: web.Request) -> str | None:
    scheme, _, value = request.headers.get("Authorization", "").partition(" ")
    if scheme == "Bearer":
        return value.strip() or None
    if scheme == "Basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
        return decoded.partition(":")[0] or None
    return None


def _masked(key: str) -> str:
    # Only the public prefix is ever echoed: an API key never reaches a message.
    return redact_keys(key)


async def _body(request: web.Request) -> dict[str, Any]:
    data = await get_post_data(request, remove_auth=False)
    return data if isinstance(data, dict) else {}


def middlewares(state: SandboxState) -> list[Callable[..., Awaitable[web.StreamResponse]]]:
    """Outermost first: save after writes, check the key, replay idempotent POSTs, slow down."""

    @web.middleware
    async def persist(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        finally:
            if request.method in _WRITES and not request.path.startswith("/_pos/"):
                state.save()

    @web.middleware
    async def authenticate(request: web.Request, handler: Handler) -> web.StreamResponse:
        # Any sk_test_ key anywhere; a pk_test_ key only to tokenize, as a header or as the
        # form field `key` the way Stripe.js sends it (docs/emulators.md §2.1, docs/stripe.md §1.2).
        if request.path.startswith(_OPEN_PREFIXES):
            return await handler(request)
        tokenizing = request.method == "POST" and request.path == "/v1/tokens"
        key = _header_key(request)
        if key is None and tokenizing:
            field = (await _body(request)).get("key")
            key = field if isinstance(field, str) else None
        secret = key is not None and key.startswith("sk_test_")
        publishable = tokenizing and key is not None and key.startswith("pk_test_")
        if key is not None and len(key) > 8 and (secret or publishable):
            return await handler(request)
        if key is None:
            message = (
                "You did not provide an API key. You need to provide your API key in the "
                "Authorization header, using Bearer auth (e.g. 'Authorization: Bearer "
                "YOUR_SECRET_KEY')."
            )
        elif key.startswith("pk_"):
            message = (
                "This API call cannot be made with a publishable API key. "
                "Please use a secret API key."
            )
        else:
            message = f"Invalid API Key provided: {_masked(key)}"
        return error_response(401, "invalid_request_error", message)

    @web.middleware
    async def refuse_raw_cards(request: web.Request, handler: Handler) -> web.StreamResponse:
        # The training switch `refuse_raw_card_data=1` (see server.py): the 400 and the
        # test-mode wording of a Stripe account without raw card data access (docs/stripe.md
        # §7), before anything is stored under the idempotency key.
        tokenizing = request.method == "POST" and request.path == "/v1/tokens"
        if tokenizing and state.refuse_raw_card_data:
            card = (await _body(request)).get("card")
            if isinstance(card, dict) and "number" in card:
                return error_response(400, "invalid_request_error", _RAW_CARDS_REFUSED)
        return await handler(request)

    @web.middleware
    async def lose_answers(request: web.Request, handler: Handler) -> web.StreamResponse:
        # The training switch `lose_charge_answers=N` (see server.py). Outside the idempotency
        # layer, so the charge is made and its answer stored before the connection drops.
        response = await handler(request)
        charging = request.method == "POST" and request.path == "/v1/charges"
        if charging and state.lose_charge_answers > 0 and request.transport is not None:
            state.lose_charge_answers -= 1
            # The client sees the connection reset; aiohttp drops the write to the dead socket.
            request.transport.abort()
        return response

    @web.middleware
    async def idempotency(request: web.Request, handler: Handler) -> web.StreamResponse:
        # Gap 3: same key + same endpoint + same parameters -> the stored status and body
        # (declines too); anything else with that key -> idempotency_error (docs/stripe.md §1.5).
        key = request.headers.get("Idempotency-Key")
        if request.method != "POST" or not key or not request.path.startswith("/v1/"):
            return await handler(request)
        params = await _body(request)
        canonical = json.dumps([params, request.query_string], sort_keys=True, default=str)
        digest = hashlib.sha256(canonical.encode()).hexdigest()  # a digest: no card data kept
        stored = state.replays.get(key)
        if stored is not None:
            if stored.path != request.path:
                return error_response(
                    400,
                    "idempotency_error",
                    "Keys for idempotent requests can only be used for the same endpoint they "
                    f"were first used for ('{stored.path}' vs '{request.path}').",
                )
            if stored.params_digest != digest:
                return error_response(
                    400,
                    "idempotency_error",
                    "Keys for idempotent requests can only be used with the same parameters "
                    f"they were first used with. Try using a key other than '{key}' if you "
                    "meant to execute a different request.",
                )
            return web.Response(
                status=stored.status,
                body=stored.body,
                content_type=stored.content_type,
                headers={"Idempotent-Replayed": "true", "Idempotency-Key": key},
            )
        if key in state.in_flight:
            return error_response(
                409,
                "idempotency_error",
                "There is currently another in-progress request using this Idempotent Key "
                "(that probably means you submitted twice, and the other request is still "
                "going through). Please retry your request later.",
                code="idempotency_key_in_use",
            )
        state.in_flight.add(key)
        try:
            response = await handler(request)
        finally:
            state.in_flight.discard(key)
        body = getattr(response, "body", None)
        if response.status < 500 and response.status != 429 and isinstance(body, bytes):
            raw_card = "card" in params or isinstance(params.get("source"), dict)
            state.replays[key] = Replay(
                request.path,
                digest,
                response.status,
                body,
                response.content_type,
                time.time(),
                persist=not raw_card,
            )
        response.headers["Idempotency-Key"] = key
        return response

    @web.middleware
    async def slow_charges(request: web.Request, handler: Handler) -> web.StreamResponse:
        # The training switch `POST /_pos/config charge_delay_ms=N` (see server.py).
        if state.charge_delay_ms and request.method == "POST" and request.path == "/v1/charges":
            await asyncio.sleep(state.charge_delay_ms / 1000)
        return await handler(request)

    return [persist, authenticate, refuse_raw_cards, lose_answers, idempotency, slow_charges]
