"""E-mailing a charge's receipt after the sale: `receipt_email` set on the charge at Stripe.

Stripe e-mails a live charge's receipt when its `receipt_email` is set, and sends none in test
mode (docs/stripe.md §4.3). Setting it changes something a customer notices (a mail), so it is
an attempt of the pipeline like any other: its own key, never sent twice, a lost answer settled
by looking at the charge. The address itself stays out of the journal: the lookup compares a
digest of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.errors import ValidationError
from pos_app.domain.i18n import translate
from pos_app.domain.models import Charge
from pos_app.storage.attempts import request_fingerprint

from .attempts import Facts
from .lookups import email_digest
from .ports import StripeApi

__all__ = ["ReceiptEmailOperation", "valid_receipt_email"]

_EMAIL_SHAPE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def valid_receipt_email(text: str) -> str:
    """The address, stripped, when it looks like one; ValidationError("receipt_email")."""
    address = text.strip()
    if not _EMAIL_SHAPE.match(address):
        raise ValidationError(
            "receipt_email", translate("ReceiptEmail", "That e-mail address does not look right.")
        )
    return address


@dataclass(frozen=True, slots=True)
class ReceiptEmailOperation:
    """`POST /v1/charges/{id}` with `receipt_email`: Stripe e-mails the receipt."""

    charge_id: str
    address: str
    order_id: str | None = None

    kind = AttemptKind.RECEIPT_EMAIL

    @property
    def facts(self) -> Facts:
        return Facts(
            order_id=self.order_id,
            block_key=f"receipt:{self.charge_id}",
            subject_id=self.charge_id,
            lookup_ref=email_digest(self.address),
        )

    @property
    def register_for_order(self) -> str | None:
        return None

    def with_order(self, order_id: str) -> ReceiptEmailOperation:
        return self

    def fingerprint(self, attempt_key: str) -> str:
        return request_fingerprint({"charge": self.charge_id, "receipt_email": self.address})

    def send(self, api: StripeApi, attempt_key: str) -> Charge:
        return api.update_charge(
            self.charge_id, receipt_email=self.address, idempotency_key=attempt_key
        )

    def accept(self, found: object) -> Charge:
        if not isinstance(found, Charge):
            raise TypeError(f"a receipt e-mail attempt found a {type(found).__name__}")
        return found
