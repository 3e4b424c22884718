"""The error tree every layer raises and the UI classifies.

Drawn as a tree (the httpx habit) so a reader sees at once what a handler catches::

    PosError
    ├── ValidationError            bad input, named field, nothing was sent
    ├── ConfigurationError         missing/invalid settings or keys
    │   └── SecretStoreUnavailable no usable OS keychain backend
    ├── StorageError               the local disk/database failed
    ├── PrinterError               the receipt printer did not print; the receipt is kept
    │   ├── PrinterUnavailable     not found, unplugged, switched off or out of reach
    │   ├── PrinterOutOfPaper      the printer said its paper is out
    │   └── PrinterSupportMissing  this computer lacks what that kind of printer needs
    ├── AttemptError               the life of one journaled request that changes something
    │   ├── AttemptUnresolved      it may have executed and Stripe has not said: keep checking,
    │   │                          never start it anew
    │   ├── AttemptBlocked         an earlier attempt for the same order or subject is open
    │   └── AttemptNotMade         checked with Stripe: it never executed, nothing happened
    └── StripeError                anything Stripe (or the way to it) said or failed to say
        ├── CardDeclined           402 card_error: definite decline, a failed charge may exist
        ├── InvalidRequest         400/404: definite failure, nothing charged
        │   ├── ResourceMissing    404 / code resource_missing
        │   │   └── CustomerDeleted  the saved customer was deleted (here or elsewhere)
        │   ├── IdempotencyConflict  type idempotency_error: same key, other parameters
        │   └── RawCardDataRefused Stripe refuses raw card numbers on this account
        ├── AuthenticationFailed   401: the key is wrong, expired or revoked
        ├── PermissionDenied       403: a restricted key lacks a permission
        ├── RateLimited            429 not marked retryable
        ├── StripeConnectionError  the request never left (connect failure): nothing executed
        ├── ApiError               a definite non-2xx Stripe error not covered above (e.g. 424)
        └── OutcomeUnknown         a try may have executed (time-out after sending, 5xx,
                                   409) and no later answer was Stripe's for that key

`OutcomeUnknown` is what one request's answer (or its absence) says; `AttemptUnresolved` is what
the attempt pipeline (pos_app/services/attempts.py) makes of it: an attempt that stays open
until Stripe answers for its idempotency key, by a replay or a lookup.

Messages never contain a card number, a CVC or an API key: the gateway builds them from
Stripe's error body, which never echoes those, and redacts anything key-shaped anyway.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .attempts import AttemptKind

__all__ = [
    "ApiError",
    "AttemptBlocked",
    "AttemptError",
    "AttemptNotMade",
    "AttemptUnresolved",
    "AuthenticationFailed",
    "CardDeclined",
    "ConfigurationError",
    "CustomerDeleted",
    "IdempotencyConflict",
    "InvalidRequest",
    "OutcomeUnknown",
    "PermissionDenied",
    "PosError",
    "PrinterError",
    "PrinterOutOfPaper",
    "PrinterSupportMissing",
    "PrinterUnavailable",
    "RateLimited",
    "RawCardDataRefused",
    "ResourceMissing",
    "SecretStoreUnavailable",
    "StorageError",
    "StripeConnectionError",
    "StripeError",
    "ValidationError",
]


class PosError(Exception):
    """Root of every error this application raises on purpose."""


class ValidationError(PosError, ValueError):
    """Input that cannot be used; `field` names it so the UI can point at it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class ConfigurationError(PosError):
    """The application is not set up well enough to do what was asked."""


class SecretStoreUnavailable(ConfigurationError):
    """No OS keychain backend is usable (typical on a headless Linux box)."""


class StorageError(PosError):
    """Local persistence (files, SQLite) failed."""


class PrinterError(PosError):
    """The receipt printer did not print. `printer` names it in the cashier's words ("the
    network printer at 192.168.1.50:9100"); the receipt itself is never lost (a PDF instead)."""

    def __init__(self, message: str, *, printer: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.printer = printer


class PrinterUnavailable(PrinterError):
    """Not found, unplugged, switched off, or the network to it is down."""


class PrinterOutOfPaper(PrinterError):
    """The printer answered that its paper is out (or its cover is open)."""


class PrinterSupportMissing(PrinterError):
    """This kind of printer needs a package this computer does not have (python-escpos,
    pyusb, pywin32)."""


class AttemptError(PosError):
    """About one journaled attempt: its key, its kind and the order or subject it concerns."""

    def __init__(
        self,
        message: str,
        *,
        attempt_key: str,
        kind: AttemptKind,
        order_id: str | None = None,
        subject_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.attempt_key = attempt_key
        self.kind = kind
        self.order_id = order_id
        self.subject_id = subject_id


class AttemptUnresolved(AttemptError):
    """The attempt may have executed and Stripe has not answered for its key yet.

    The order (or subject) stays blocked; the only safe next steps are a replay of the same
    request with the same key, or a lookup in Stripe's lists. Never a new attempt.
    """


class AttemptBlocked(AttemptError):
    """A new attempt was refused: an earlier one for the same order or subject is still open."""


class AttemptNotMade(AttemptError):
    """Settled: Stripe never executed the attempt (refused it, or it never arrived)."""


class StripeError(PosError):
    """Something Stripe answered, or the road to Stripe failed.

    Carries what support and the audit trail need: Stripe's `Request-Id`, the HTTP status,
    Stripe's error `type`, `code`, `decline_code`, offending `param` and the id of the failed
    charge a decline leaves behind.
    """

    #: True when the request may have been executed by Stripe and the caller must check.
    outcome_unknown: bool = False

    def __init__(
        self,
        message: str,
        *,
        http_status: int | None = None,
        request_id: str | None = None,
        error_type: str | None = None,
        code: str | None = None,
        decline_code: str | None = None,
        param: str | None = None,
        charge_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.http_status = http_status
        self.request_id = request_id
        self.error_type = error_type
        self.code = code
        self.decline_code = decline_code
        self.param = param
        self.charge_id = charge_id

    def __str__(self) -> str:
        prefix = f"Request {self.request_id}: " if self.request_id else ""
        return f"{prefix}{self.message}"


class CardDeclined(StripeError):
    """HTTP 402: the card was refused. Definite; a new attempt needs a new key."""


class InvalidRequest(StripeError):
    """HTTP 400/404: the request was wrong. Definite; nothing was charged."""


class ResourceMissing(InvalidRequest):
    """The object does not exist (or no longer does)."""


class CustomerDeleted(ResourceMissing):
    """The saved customer no longer exists: deleted on this or another register, or in the
    Stripe Dashboard. Nothing was charged; the till takes them off its list."""


class IdempotencyConflict(InvalidRequest):
    """The key was reused with different parameters: an application bug, reconcile."""


class RawCardDataRefused(InvalidRequest):
    """The account may not send raw card numbers to the API (docs/stripe.md §7)."""


class AuthenticationFailed(StripeError):
    """HTTP 401: the API key is missing, wrong, expired or revoked."""


class PermissionDenied(StripeError):
    """HTTP 403: a restricted key lacks the permission for this call."""


class RateLimited(StripeError):
    """HTTP 429 that Stripe did not mark as safe to retry."""


class StripeConnectionError(StripeError):
    """The connection could not be made: the request never reached Stripe."""


class ApiError(StripeError):
    """A definite error answer that fits no narrower class (e.g. 424)."""


class OutcomeUnknown(StripeError):
    """A try of the request may have executed, and no later answer was Stripe's for its key.

    Once one try may have run (a time-out after sending, a dropped answer, a 5xx or 409), a
    later 429, refused connection, un-replayed 4xx or an exhausted retry budget settles
    nothing: only a 2xx, a 402 or an answer marked `Idempotent-Replayed` does. The only safe
    next step is to replay the *same* request with the *same* idempotency key, or to look the
    attempt up; never a new charge.
    """

    outcome_unknown = True
