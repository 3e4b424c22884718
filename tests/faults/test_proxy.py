"""The fault proxy itself, in front of the sandbox: what a client sees for each fault, and what
the upstream executed.

A plain httpx client (no retries) plays the till, so each fault's effect on the wire is seen
as it is; the sandbox is checked directly (`fault_proxy.direct`), never through the proxy.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.fixtures_peers import Peer

from .plan import (
    CUT_SHORT,
    DROP,
    ERROR_500,
    ERROR_500_AFTER,
    ERROR_500_AFTER_RETRY,
    HOLD,
    IN_USE,
    NOT_JSON,
    PASS,
    RATE_LIMITED,
    RATE_LIMITED_RETRY,
    REFUSE,
    RESET,
    TRUNCATED,
    Fault,
    Plan,
    RandomFaults,
    Script,
)
from .proxy import FaultProxy

CUSTOMERS = "/v1/customers"


def client_for(peer: Peer, *, read_timeout: float = 10.0) -> httpx.Client:
    return httpx.Client(
        base_url=peer.base_url,
        auth=(peer.secret_key, ""),
        timeout=httpx.Timeout(10.0, read=read_timeout),
    )


@pytest.fixture
def till(fault_proxy: FaultProxy) -> Iterator[httpx.Client]:
    """A client on the proxy: what the till would see."""
    with client_for(fault_proxy.peer) as client:
        yield client


@pytest.fixture
def server(fault_proxy: FaultProxy) -> Iterator[httpx.Client]:
    """A client straight on the sandbox: what Stripe holds."""
    with client_for(fault_proxy.direct) as client:
        yield client


def create_customer(client: httpx.Client, key: str, email: str) -> httpx.Response:
    return client.post(CUSTOMERS, data={"email": email}, headers={"Idempotency-Key": key})


def customers_with(server: httpx.Client, email: str) -> list[dict[str, Any]]:
    listed = server.get(CUSTOMERS, params={"email": email, "limit": 100})
    listed.raise_for_status()
    return [c for c in listed.json()["data"] if c.get("email") == email]


def test_a_passing_request_is_relayed_verbatim_and_recorded(
    fault_proxy: FaultProxy, till: httpx.Client, server: httpx.Client
) -> None:
    answer = create_customer(till, "key-pass", "pass@example.com")

    assert answer.status_code == 200
    assert answer.json()["email"] == "pass@example.com"
    assert answer.headers["Idempotency-Key"] == "key-pass"  # the sandbox's own header
    assert "Date" in answer.headers
    assert [c["id"] for c in customers_with(server, "pass@example.com")] == [answer.json()["id"]]
    assert fault_proxy.wait_idle()
    [seen] = fault_proxy.seen
    assert (seen.method, seen.path, seen.idempotency_key) == ("POST", CUSTOMERS, "key-pass")
    assert (seen.fault, seen.forwarded, seen.upstream_status, seen.answered_status) == (
        PASS,
        True,
        200,
        200,
    )


def test_an_outage_refuses_every_connection_until_it_is_ended(
    fault_proxy: FaultProxy, till: httpx.Client
) -> None:
    fault_proxy.set_plan(Script("POST", CUSTOMERS, [REFUSE]))

    assert fault_proxy.refusing
    with pytest.raises(httpx.ConnectError):
        create_customer(till, "key-refused", "refused@example.com")
    with pytest.raises(httpx.ConnectError):
        till.get(CUSTOMERS)  # a connection carries no path: an outage refuses everything
    assert fault_proxy.seen == []

    fault_proxy.end_outage()
    assert create_customer(till, "key-refused", "refused@example.com").status_code == 200
    assert fault_proxy.outages == 1


def test_an_outage_scripted_after_a_drop_meets_the_very_next_connection(
    fault_proxy: FaultProxy, till: httpx.Client, server: httpx.Client
) -> None:
    fault_proxy.set_plan(Script("POST", CUSTOMERS, [DROP, REFUSE, PASS]))

    with pytest.raises(httpx.TransportError) as first:
        create_customer(till, "key-outage", "outage@example.com")
    assert not isinstance(first.value, httpx.ConnectError)
    with pytest.raises(httpx.ConnectError):
        create_customer(till, "key-outage", "outage@example.com")

    fault_proxy.end_outage()
    replay = create_customer(till, "key-outage", "outage@example.com")
    assert replay.headers.get("Idempotent-Replayed") == "true"
    assert [c["id"] for c in customers_with(server, "outage@example.com")] == [replay.json()["id"]]
    assert fault_proxy.executions(path=CUSTOMERS, key="key-outage") == 2


def test_an_outage_with_a_time_limit_ends_by_itself(
    fault_proxy: FaultProxy, till: httpx.Client
) -> None:
    fault_proxy.set_plan(Script("POST", CUSTOMERS, [Fault.refuse(seconds=0.2)]))
    with pytest.raises(httpx.ConnectError):
        till.get(CUSTOMERS)

    assert fault_proxy.wait_listening(timeout=10)
    assert create_customer(till, "key-timed", "timed@example.com").status_code == 200


def test_a_reset_before_forwarding_executes_nothing(
    fault_proxy: FaultProxy, till: httpx.Client, server: httpx.Client
) -> None:
    fault_proxy.set_plan(Script("POST", CUSTOMERS, [RESET]))

    with pytest.raises(httpx.TransportError):
        create_customer(till, "key-reset", "reset@example.com")

    assert customers_with(server, "reset@example.com") == []
    [seen] = fault_proxy.seen
    assert (seen.forwarded, seen.answered_status) == (False, None)


def test_a_dropped_answer_was_executed_and_is_replayed_under_its_key(
    fault_proxy: FaultProxy, till: httpx.Client, server: httpx.Client
) -> None:
    fault_proxy.set_plan(Script("POST", CUSTOMERS, [DROP]))

    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        create_customer(till, "key-drop", "drop@example.com")
    [held] = customers_with(server, "drop@example.com")

    replay = create_customer(till, "key-drop", "drop@example.com")
    assert replay.json()["id"] == held["id"]
    assert replay.headers["Idempotent-Replayed"] == "true"
    assert [(s.fault, s.forwarded, s.upstream_status) for s in fault_proxy.seen] == [
        (DROP, True, 200),
        (PASS, True, 200),
    ]


@pytest.mark.parametrize("deliver", [True, False], ids=["delivered", "reset"])
def test_a_held_answer_waits_after_execution_until_released(
    fault_proxy: FaultProxy, till: httpx.Client, server: httpx.Client, deliver: bool
) -> None:
    fault_proxy.set_plan(Script("POST", CUSTOMERS, [HOLD]))
    outcome: dict[str, Any] = {}

    def checkout() -> None:
        try:
            outcome["answer"] = create_customer(till, "key-hold", "hold@example.com")
        except httpx.TransportError as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=checkout)
    worker.start()
    assert fault_proxy.wait_held(timeout=10)

    assert len(customers_with(server, "hold@example.com")) == 1  # executed; the till waits
    assert not outcome
    fault_proxy.release(deliver=deliver)
    worker.join(10)

    if deliver:
        assert outcome["answer"].status_code == 200
    else:
        assert isinstance(outcome["error"], httpx.TransportError)


def test_a_delay_answers_only_after_the_client_gave_up(
    fault_proxy: FaultProxy, server: httpx.Client
) -> None:
    fault_proxy.set_plan(Script("POST", CUSTOMERS, [Fault.delay(seconds=60)]))

    with (
        client_for(fault_proxy.peer, read_timeout=0.3) as impatient,
        pytest.raises(httpx.ReadTimeout),
    ):
        create_customer(impatient, "key-delay", "delay@example.com")

    assert fault_proxy.wait_idle(timeout=10)  # the proxy saw the client hang up
    assert len(customers_with(server, "delay@example.com")) == 1
    [seen] = fault_proxy.seen
    assert (seen.forwarded, seen.upstream_status, seen.answered_status) == (True, 200, None)


@pytest.mark.parametrize(
    ("fault", "status", "code", "should_retry", "executed"),
    [
        (ERROR_500, 500, None, None, False),
        (Fault.server_error(after=False, should_retry=False), 500, None, "false", False),
        (ERROR_500_AFTER, 500, None, None, True),
        (ERROR_500_AFTER_RETRY, 500, None, "true", True),
        (IN_USE, 409, "idempotency_key_in_use", None, False),
        (RATE_LIMITED, 429, "rate_limit", None, False),
        (RATE_LIMITED_RETRY, 429, "lock_timeout", "true", False),
    ],
    ids=lambda v: str(v),
)
def test_the_proxys_own_answers_are_in_stripes_shape(
    fault_proxy: FaultProxy,
    till: httpx.Client,
    server: httpx.Client,
    fault: Fault,
    status: int,
    code: str | None,
    should_retry: str | None,
    executed: bool,
) -> None:
    fault_proxy.set_plan(Script("POST", CUSTOMERS, [fault]))

    answer = create_customer(till, "key-answer", "answer@example.com")

    assert answer.status_code == status
    error = answer.json()["error"]
    assert isinstance(error["type"], str) and isinstance(error["message"], str)
    assert error.get("code") == code
    assert answer.headers.get("Stripe-Should-Retry") == should_retry
    assert answer.headers["Request-Id"].startswith("req_")
    assert "Date" in answer.headers
    assert len(customers_with(server, "answer@example.com")) == (1 if executed else 0)
    assert fault_proxy.executions(key="key-answer") == (1 if executed else 0)


def test_mangled_successes_follow_an_execution(
    fault_proxy: FaultProxy, till: httpx.Client, server: httpx.Client
) -> None:
    fault_proxy.set_plan(Script("POST", CUSTOMERS, [TRUNCATED, NOT_JSON, CUT_SHORT]))

    truncated = create_customer(till, "key-m1", "m1@example.com")
    assert truncated.status_code == 200
    with pytest.raises(ValueError):
        truncated.json()
    assert truncated.text.startswith("{")

    not_json = create_customer(till, "key-m2", "m2@example.com")
    assert not_json.status_code == 200
    assert not_json.headers["Content-Type"] == "text/html"
    with pytest.raises(ValueError):
        not_json.json()

    with pytest.raises(httpx.RemoteProtocolError):
        create_customer(till, "key-m3", "m3@example.com")

    for email in ("m1@example.com", "m2@example.com", "m3@example.com"):
        assert len(customers_with(server, email)) == 1


def test_filters_leave_other_requests_alone(
    fault_proxy: FaultProxy, till: httpx.Client, server: httpx.Client
) -> None:
    fault_proxy.set_plan(
        Script("POST", "/v1/charges", [ERROR_500, ERROR_500]),
        Script(None, "/v1/customers/*", [RATE_LIMITED]),
    )
    created = create_customer(till, "key-filter", "filter@example.com")
    assert created.status_code == 200  # POST /v1/customers: no rule matches

    assert till.get(CUSTOMERS, params={"limit": 1}).status_code == 200
    assert till.get(f"{CUSTOMERS}/{created.json()['id']}").status_code == 429
    assert till.get(f"{CUSTOMERS}/{created.json()['id']}").status_code == 200
    assert [s.fault for s in fault_proxy.seen] == [PASS, PASS, RATE_LIMITED, PASS]


def test_a_seeded_random_plan_is_reproduced_by_its_seed() -> None:
    weights = {PASS: 5.0, DROP: 2.0, ERROR_500_AFTER: 1.0, RATE_LIMITED: 1.0, HOLD: 0.0}

    def run(seed: int) -> list[Fault]:
        plan = Plan([RandomFaults(seed, weights, method="POST")])
        return [plan.decide("POST", "/v1/charges")[0] for _ in range(200)]

    first = run(1234)
    assert run(1234) == first
    assert run(4321) != first
    assert HOLD not in first
    assert {PASS, DROP, ERROR_500_AFTER, RATE_LIMITED} <= set(first)
    assert Plan([RandomFaults(1, weights, method="POST")]).decide("GET", "/v1/x")[0] == PASS


def test_a_seeded_random_plan_over_the_wire_meets_the_same_faults(
    sandbox: Peer,
) -> None:
    weights = {PASS: 3.0, ERROR_500: 1.0, RATE_LIMITED: 1.0, ERROR_500_AFTER: 1.0}

    def run() -> list[tuple[Fault, bool]]:
        with FaultProxy(sandbox) as proxy, client_for(proxy.peer) as client:
            proxy.set_plan(RandomFaults(99, weights, method="POST", path=CUSTOMERS))
            for n in range(12):
                create_customer(client, f"key-random-{n}", f"random{n}@example.com")
            client.get(CUSTOMERS, params={"limit": 1})
            return [(s.fault, s.forwarded) for s in proxy.seen]

    first = run()
    sandbox.reset()
    assert run() == first
    assert first[-1] == (PASS, True)  # the GET: left alone


def test_stopping_wakes_held_answers_and_closes_cleanly(sandbox: Peer) -> None:
    proxy = FaultProxy(sandbox).start()
    proxy.set_plan(Script("POST", CUSTOMERS, [HOLD]))
    errors: list[BaseException] = []

    def checkout() -> None:
        with client_for(proxy.peer) as client:
            try:
                create_customer(client, "key-stop", "stop@example.com")
            except httpx.TransportError as exc:
                errors.append(exc)

    worker = threading.Thread(target=checkout)
    worker.start()
    assert proxy.wait_held(timeout=10)

    proxy.stop()  # raises if one of its threads is still running
    worker.join(10)

    assert len(errors) == 1
    with pytest.raises(httpx.ConnectError), client_for(proxy.peer) as late:
        late.get(CUSTOMERS)


def test_the_stateful_mock_can_sit_behind_the_proxy_too(
    stateful_mock_fault_proxy: FaultProxy,
) -> None:
    proxy = stateful_mock_fault_proxy
    proxy.set_plan(Script("POST", "/v1/charges", [DROP]))
    key = f"proxy-smoke-{uuid.uuid4()}"
    form = {"amount": "1000", "currency": "usd", "source": "tok_visa"}

    with client_for(proxy.peer) as till:
        with pytest.raises(httpx.TransportError):
            till.post("/v1/charges", data=form, headers={"Idempotency-Key": key})
        replay = till.post("/v1/charges", data=form, headers={"Idempotency-Key": key})

    assert replay.status_code == 200
    assert replay.headers.get("Idempotent-Replayed") == "true"
    assert proxy.executions(path="/v1/charges", key=key) == 2
