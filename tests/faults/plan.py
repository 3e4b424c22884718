"""Which fault the proxy applies to which request: the faults, scripted and seeded-random plans.

A plan is an ordered list of rules; the first rule whose method and path match a request
decides its fault, and a request no rule matches passes untouched (so GETs can be left
alone by matching only POSTs). A rule is either a `Script` (the 1st, 2nd, ... matching request
gets the 1st, 2nd, ... fault, then `then`) or `RandomFaults` (a weighted draw per matching
request from a seeded generator, so a failing run is reproduced from its seed).

`REFUSE` is special: an outage refuses *connections*, and a connection carries no method or
path, so it cannot wait for its request to arrive. It starts the moment it becomes a rule's
next fault (when the plan is installed, or as soon as the request before it has been
received), so the client's next connection attempt, whatever it carries, is refused. It lasts
until the test ends it (`FaultProxy.end_outage`, `clear_plan`) or for `seconds` if given;
then the rule carries on with its next fault.
"""

from __future__ import annotations

import enum
import random
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Protocol

__all__ = [
    "CUT_SHORT",
    "DELAY",
    "DROP",
    "ERROR_500",
    "ERROR_500_AFTER",
    "ERROR_500_AFTER_RETRY",
    "ERROR_500_RETRY",
    "HOLD",
    "IN_USE",
    "NOT_JSON",
    "PASS",
    "RATE_LIMITED",
    "RATE_LIMITED_RETRY",
    "REFUSE",
    "RESET",
    "TRUNCATED",
    "Action",
    "Fault",
    "Plan",
    "RandomFaults",
    "Rule",
    "Script",
]


class Action(enum.Enum):
    """What the proxy does with the request (and, if it forwarded it, with the answer)."""

    PASS = "pass"  # forward, relay the answer
    REFUSE = "refuse"  # stop listening: an outage
    RESET = "reset"  # reset the connection (before or after forwarding)
    HOLD = "hold"  # forward, keep the answer until released
    DELAY = "delay"  # forward, answer only after the client gave up (or `seconds`)
    ANSWER = "answer"  # a Stripe-shaped error answer of the proxy's own
    TRUNCATED = "truncated"  # forward, answer 200 with the body cut in half (framing intact)
    CUT_SHORT = "cut_short"  # forward, announce the full body, send half, close
    NOT_JSON = "not_json"  # forward, answer 200 with an HTML body


@dataclass(frozen=True, slots=True)
class Fault:
    """One fault: its action, whether the request reaches the upstream, and its answer.

    `forward` is decided by the fault, not by chance, so a test knows what executed: a fault
    with `forward=False` never reaches the upstream, one with `forward=True` always does
    (before anything goes wrong for the client).
    """

    name: str
    action: Action
    forward: bool
    status: int | None = None
    error_type: str | None = None
    code: str | None = None
    message: str | None = None
    should_retry: bool | None = None
    seconds: float | None = None

    def __str__(self) -> str:
        return self.name

    @staticmethod
    def refuse(seconds: float | None = None) -> Fault:
        """An outage: connections are refused until the test ends it, or for `seconds`."""
        name = "refuse" if seconds is None else f"refuse({seconds:g}s)"
        return Fault(name, Action.REFUSE, forward=False, seconds=seconds)

    @staticmethod
    def delay(seconds: float = 60.0) -> Fault:
        """Forward, then answer once the client hangs up (its read time-out) or after
        `seconds`, whichever is first."""
        return Fault(f"delay({seconds:g}s)", Action.DELAY, forward=True, seconds=seconds)

    @staticmethod
    def server_error(*, after: bool, should_retry: bool | None = None, status: int = 500) -> Fault:
        """A 5xx before forwarding (nothing executed) or after (the upstream executed)."""
        hint = "" if should_retry is None else f", Stripe-Should-Retry: {str(should_retry).lower()}"
        when = "after" if after else "before"
        return Fault(
            f"{status} {when} forwarding{hint}",
            Action.ANSWER,
            forward=after,
            status=status,
            error_type="api_error",
            message="An unknown error occurred (injected by the test proxy).",
            should_retry=should_retry,
        )

    @staticmethod
    def rate_limited(*, should_retry: bool | None = None) -> Fault:
        """A 429 before forwarding: Stripe's rate limiter runs before its idempotency layer.

        With `should_retry=True` it is the lock time-out the SDKs retry."""
        if should_retry:
            return Fault(
                "429 lock_timeout, Stripe-Should-Retry: true",
                Action.ANSWER,
                forward=False,
                status=429,
                error_type="invalid_request_error",
                code="lock_timeout",
                message="The object is locked by another request; try again shortly "
                "(injected by the test proxy).",
                should_retry=True,
            )
        return Fault(
            "429 rate_limit" + ("" if should_retry is None else ", Stripe-Should-Retry: false"),
            Action.ANSWER,
            forward=False,
            status=429,
            error_type="invalid_request_error",
            code="rate_limit",
            message="Too many requests; back off and retry (injected by the test proxy).",
            should_retry=should_retry,
        )


PASS = Fault("pass", Action.PASS, forward=True)
REFUSE = Fault.refuse()
RESET = Fault("reset before forwarding", Action.RESET, forward=False)
DROP = Fault("drop the answer", Action.RESET, forward=True)
HOLD = Fault("hold the answer", Action.HOLD, forward=True)
DELAY = Fault.delay()
ERROR_500 = Fault.server_error(after=False)
ERROR_500_RETRY = Fault.server_error(after=False, should_retry=True)
ERROR_500_AFTER = Fault.server_error(after=True)
ERROR_500_AFTER_RETRY = Fault.server_error(after=True, should_retry=True)
IN_USE = Fault(
    "409 idempotency_key_in_use",
    Action.ANSWER,
    forward=False,
    status=409,
    error_type="idempotency_error",
    code="idempotency_key_in_use",
    message="Another request with this idempotency key is still in progress; retry it later "
    "(injected by the test proxy).",
)
RATE_LIMITED = Fault.rate_limited()
RATE_LIMITED_RETRY = Fault.rate_limited(should_retry=True)
TRUNCATED = Fault("200 with a truncated body", Action.TRUNCATED, forward=True)
CUT_SHORT = Fault("200 cut short mid-body", Action.CUT_SHORT, forward=True)
NOT_JSON = Fault("200 with a non-JSON body", Action.NOT_JSON, forward=True)


class Rule(Protocol):
    """One entry of a plan: which requests it governs and the fault each gets, in order."""

    def matches(self, method: str, path: str) -> bool: ...

    def peek(self) -> Fault:
        """The fault the next matching request will get."""
        ...

    def take(self) -> Fault:
        """The fault for the matching request at hand; the rule moves on."""
        ...


@dataclass(slots=True)
class _Filter:
    method: str | None
    path: str

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and method.upper() != self.method.upper():
            return False
        return fnmatchcase(path, self.path)


@dataclass(slots=True)
class Script:
    """The n-th request matching `method` (None: any) and `path` (a glob, query excluded)
    gets `faults[n-1]`; after the list, `then`."""

    method: str | None
    path: str
    faults: Sequence[Fault]
    then: Fault = PASS
    _next: int = field(default=0, init=False)

    def matches(self, method: str, path: str) -> bool:
        return _Filter(self.method, self.path).matches(method, path)

    def peek(self) -> Fault:
        return self.faults[self._next] if self._next < len(self.faults) else self.then

    def take(self) -> Fault:
        fault = self.peek()
        self._next += 1
        return fault


@dataclass(slots=True)
class RandomFaults:
    """A fault per matching request drawn with `weights` from `random.Random(seed)`.

    The n-th draw depends only on the seed and n, so the sequence of faults a run met is
    reproduced by running it again with the same seed (`drawn` lists it for the failure
    message).
    """

    seed: int
    weights: Mapping[Fault, float]
    method: str | None = None
    path: str = "*"
    drawn: list[Fault] = field(default_factory=list, init=False)
    _rng: random.Random = field(init=False)
    _ahead: Fault | None = field(default=None, init=False)
    _faults: list[Fault] = field(init=False)
    _cumulative: list[float] = field(init=False)

    def __post_init__(self) -> None:
        if not self.weights or any(w < 0 for w in self.weights.values()):
            raise ValueError("weights must be non-negative and not empty")
        self._rng = random.Random(self.seed)
        self._faults = list(self.weights)
        self._cumulative = []
        total = 0.0
        for fault in self._faults:
            total += self.weights[fault]
            self._cumulative.append(total)
        if total <= 0:
            raise ValueError("at least one weight must be positive")

    def matches(self, method: str, path: str) -> bool:
        return _Filter(self.method, self.path).matches(method, path)

    def _draw(self) -> Fault:
        return self._rng.choices(self._faults, cum_weights=self._cumulative)[0]

    def peek(self) -> Fault:
        if self._ahead is None:
            self._ahead = self._draw()
        return self._ahead

    def take(self) -> Fault:
        fault = self.peek()
        self._ahead = None
        self.drawn.append(fault)
        return fault


class Plan:
    """The proxy's rules, consulted under one lock (requests arrive on many threads)."""

    def __init__(self, rules: Sequence[Rule] = ()) -> None:
        self._rules = list(rules)
        self._lock = threading.Lock()

    def decide(self, method: str, path: str) -> tuple[Fault, Fault | None]:
        """The fault for this request, and the outage to start right after it, if the rule's
        next fault is a refusal (which is then consumed)."""
        with self._lock:
            for rule in self._rules:
                if rule.matches(method, path):
                    fault = rule.take()
                    return fault, self._outage_next(rule)
            return PASS, None

    def outage_at_start(self) -> Fault | None:
        """The outage to start as the plan is installed: a rule whose first fault is one."""
        with self._lock:
            for rule in self._rules:
                outage = self._outage_next(rule)
                if outage is not None:
                    return outage
            return None

    @staticmethod
    def _outage_next(rule: Rule) -> Fault | None:
        if rule.peek().action is Action.REFUSE:
            return rule.take()
        return None
