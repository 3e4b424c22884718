"""Test helpers for the manager's day: time zones cut where a test needs them, a day of charges
made on the sandbox, and the totals the tests compute themselves from Stripe's raw JSON.

The sandbox stamps `created` with its own clock, so a test cannot ask for a charge "at 23:59".
Instead it makes the charges first and then picks the time zone: `zone_with_midnight_at`
writes a one-rule IANA zone file whose local midnight falls on a given second, and
`extra_zones` lets zoneinfo find it (PYTHONTZPATH for a child process). The client is not
bent at all: it is handed an ordinary zone name.
"""

from __future__ import annotations

import struct
import uuid
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import httpx

from pos_app.domain.attempts import AttemptKind, AttemptRecord, AttemptState
from pos_app.domain.errors import CardDeclined
from pos_app.domain.models import Charge
from pos_app.domain.money import Money
from pos_app.gateway import StripeGateway
from tests.fixtures_peers import Peer
from tests.integration.support import KeyedCard, new_key

__all__ = [
    "AMEX",
    "DECLINE",
    "INSUFFICIENT",
    "MASTERCARD",
    "VISA",
    "DayCharges",
    "charge_until_the_second_turns",
    "expected_totals",
    "extra_zones",
    "ids_on",
    "list_all_charges",
    "make_charge",
    "make_mixed_day",
    "saved_customer",
    "seed_customer_charges",
    "write_fixed_zone",
    "zone_with_midnight_at",
    "zone_with_noon_at",
]

VISA = "4242424242424242"
MASTERCARD = "5555555555554444"
AMEX = "378282246310005"
DECLINE = "4000000000000002"
INSUFFICIENT = "4000000000009995"
_DAY = 86_400


def write_fixed_zone(folder: Path, name: str, offset_seconds: int) -> None:
    """A TZif v2 file for zone `name` under `folder`: one fixed UTC offset, no transitions."""
    abbr = b"TST\0"

    def block() -> bytes:
        counts = struct.pack(">6l", 0, 0, 0, 0, 1, len(abbr))
        return b"TZif2" + bytes(15) + counts + struct.pack(">lBB", offset_seconds, 0, 0) + abbr

    west = -offset_seconds
    sign = "-" if west < 0 else "+"
    hours, rest = divmod(abs(west), 3600)
    footer = f"\n<TST>{sign}{hours}:{rest // 60:02d}:{rest % 60:02d}\n".encode()
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(block() + block() + footer)


def _fresh_name(tag: str) -> str:
    # zoneinfo caches zones by name: every zone a test writes gets a name of its own.
    return f"Test/{tag}_{uuid.uuid4().hex[:8]}"


def zone_with_midnight_at(folder: Path, instant: int, tag: str = "Midnight") -> str:
    """A zone in which `instant` (Unix seconds) is exactly local midnight; its name."""
    offset = (-instant) % _DAY
    if offset > _DAY // 2:
        offset -= _DAY
    name = _fresh_name(tag)
    write_fixed_zone(folder, name, offset)
    return name


def zone_with_noon_at(folder: Path, instant: int) -> str:
    """A zone in which `instant` is local noon: a day's charges made now stay on one day."""
    return zone_with_midnight_at(folder, instant - _DAY // 2, "Noon")


@contextmanager
def extra_zones(folder: Path) -> Iterator[None]:
    """Let zoneinfo (in this process) find the zones written under `folder`."""
    original = zoneinfo.TZPATH
    zoneinfo.reset_tzpath(to=[str(folder), *original])
    try:
        yield
    finally:
        zoneinfo.reset_tzpath(to=list(original))


def charge_until_the_second_turns(
    gateway: StripeGateway, customer_id: str, currency: str = "usd", limit: int = 2000
) -> tuple[list[Charge], Charge]:
    """Charges of a saved customer, made one after another until Stripe stamps one with a later
    second than the first: (those of the first second, the first of the next). No waiting:
    each step is a real charge, and a second holds a few hundred of them at most."""
    made: list[Charge] = []
    for number in range(limit):
        charge = gateway.create_charge(
            amount=Money(100 + number, currency),
            idempotency_key=new_key(),
            customer=customer_id,
            metadata={"order_id": f"S-{number:05d}", "cashier": "Sam", "register_id": "R9"},
        )
        if made and charge.created > made[0].created:
            return made, charge
        made.append(charge)
    raise AssertionError(f"{limit} charges within one second of Stripe's clock")


def saved_customer(gateway: StripeGateway, number: str = VISA) -> str:
    token = gateway.create_token(KeyedCard(number), idempotency_key=new_key())
    return gateway.create_customer(idempotency_key=new_key(), source=token.id).id


def make_charge(
    gateway: StripeGateway,
    number: str,
    amount: int,
    currency: str,
    *,
    cashier: str,
    register: str,
    order_id: str,
    description: str | None = None,
) -> Charge | str:
    """A keyed charge as a till makes it; the failed charge's id when the card is declined."""
    cvc = "1234" if number == AMEX else "123"
    token = gateway.create_token(KeyedCard(number, cvc=cvc), idempotency_key=new_key())
    try:
        return gateway.create_charge(
            amount=Money(amount, currency),
            idempotency_key=new_key(),
            source=token.id,
            description=description,
            metadata={"order_id": order_id, "cashier": cashier, "register_id": register},
        )
    except CardDeclined as exc:
        assert exc.charge_id, "a decline leaves a failed charge"
        return exc.charge_id


@dataclass
class DayCharges:
    """What a test made, by role."""

    succeeded: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    partly_refunded: list[str] = field(default_factory=list)
    fully_refunded: list[str] = field(default_factory=list)

    @property
    def all(self) -> list[str]:
        return self.succeeded + self.failed + self.partly_refunded + self.fully_refunded


def make_mixed_day(gateway: StripeGateway, tag: str = "D") -> DayCharges:
    """Two currencies, two registers, two cashiers; approvals, declines, partial and full
    refunds (refunds made straight at Stripe, as another register would)."""
    made = DayCharges()
    plan = [
        (VISA, 1250, "usd", "Sam", "FRONT-1", "ok"),
        (AMEX, 4000, "usd", "Alex", "BACK-2", "ok"),
        (DECLINE, 999, "usd", "Sam", "FRONT-1", "declined"),
        (MASTERCARD, 2500, "usd", "Alex", "FRONT-1", "partly"),
        (VISA, 1800, "usd", "Sam", "BACK-2", "fully"),
        (VISA, 3000, "eur", "Sam", "FRONT-1", "ok"),
        (INSUFFICIENT, 1500, "eur", "Alex", "BACK-2", "declined"),
        (AMEX, 2200, "eur", "Alex", "FRONT-1", "partly"),
    ]
    for number, (card, amount, currency, cashier, register, role) in enumerate(plan, 1):
        charge = make_charge(
            gateway,
            card,
            amount,
            currency,
            cashier=cashier,
            register=register,
            order_id=f"{register}-{tag}{number:04d}",
            description=f"sale {number}" if number % 3 else "=SUM(A1:A9) typed at the till",
        )
        if isinstance(charge, str):
            made.failed.append(charge)
            continue
        if role == "partly":
            gateway.create_refund(
                charge_id=charge.id, idempotency_key=new_key(), amount=Money(amount // 5, currency)
            )
            made.partly_refunded.append(charge.id)
        elif role == "fully":
            gateway.create_refund(charge_id=charge.id, idempotency_key=new_key())
            made.fully_refunded.append(charge.id)
        else:
            made.succeeded.append(charge.id)
    return made


def list_all_charges(peer: Peer) -> list[dict[str, Any]]:
    """Every charge the peer holds, as raw JSON, paged by hand (no client code involved)."""
    found: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": 100}
    while True:
        response = httpx.get(
            f"{peer.base_url}/v1/charges", params=params, auth=(peer.secret_key, ""), timeout=30
        )
        response.raise_for_status()
        page = response.json()
        found += page["data"]
        if not page["has_more"] or not page["data"]:
            return found
        params["starting_after"] = page["data"][-1]["id"]


def expected_totals(charges: list[dict[str, Any]], day: date, zone_name: str) -> dict[str, Any]:
    """The day's totals per currency, computed by the test from raw JSON and each charge's own
    `created` read in the zone (zoneinfo must find the zone)."""
    zone = zoneinfo.ZoneInfo(zone_name)
    totals: dict[str, dict[str, int]] = {}
    for charge in charges:
        if datetime.fromtimestamp(charge["created"], zone).date() != day:
            continue
        t = totals.setdefault(
            charge["currency"],
            {"charges": 0, "succeeded": 0, "failed": 0, "gross": 0, "refunded": 0, "net": 0},
        )
        t["charges"] += 1
        if charge["status"] == "failed":
            t["failed"] += 1
        if charge["status"] == "succeeded":
            t["succeeded"] += 1
            t["gross"] += charge["amount"]
            t["refunded"] += charge["amount_refunded"]
            t["net"] += charge["amount"] - charge["amount_refunded"]
    return totals


def ids_on(charges: list[dict[str, Any]], day: date, zone_name: str) -> set[str]:
    zone = zoneinfo.ZoneInfo(zone_name)
    return {c["id"] for c in charges if datetime.fromtimestamp(c["created"], zone).date() == day}


def seed_customer_charges(peer: Peer, count: int, first_amount: int = 100) -> None:
    """`count` approved charges, fast: one saved card, one POST per charge."""
    with httpx.Client(base_url=peer.base_url, auth=(peer.secret_key, ""), timeout=30) as client:
        token = client.post(
            "/v1/tokens",
            data={"card[number]": VISA, "card[exp_month]": "12", "card[exp_year]": "2031",
                  "card[cvc]": "123"},
        ).json()["id"]  # fmt: skip
        customer = client.post("/v1/customers", data={"source": token}).json()["id"]
        for number in range(count):
            client.post(
                "/v1/charges",
                data={
                    "amount": str(first_amount + number),
                    "currency": "usd",
                    "customer": customer,
                    "metadata[cashier]": "Sam" if number % 2 else "Alex",
                    "metadata[register_id]": f"R{number % 3}",
                },
            ).raise_for_status()


def attempt(
    order: str, amount: int, stripe_id: str | None, kind: AttemptKind = AttemptKind.CHARGE
) -> AttemptRecord:
    """A settled attempt of register FRONT-1 as the journal reads it back (its key is the
    order's)."""
    moment = datetime(2026, 12, 3, 12, tzinfo=UTC)
    return AttemptRecord(
        attempt_key=order,
        kind=kind,
        order_id=order,
        block_key=f"order:{order}",
        subject_id=None,
        customer_id=None,
        lookup_ref=None,
        register_id="FRONT-1",
        cashier="Sam",
        amount=amount,
        currency="usd",
        request_fingerprint="0" * 64,
        state=AttemptState.SUCCEEDED,
        stripe_id=stripe_id,
        card_brand=None,
        card_last4=None,
        error_code=None,
        decline_code=None,
        message=None,
        created_at=moment,
        updated_at=moment,
        last_sent_at=moment,
        stripe_offset=None,
    )
