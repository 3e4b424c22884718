"""E-mailing a receipt after the sale is an attempt like a charge: one key, never sent twice,
a lost answer settled by looking at the charge — and the address never reaches the journal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.domain.attempts import AttemptKind, AttemptState
from pos_app.domain.errors import ValidationError
from tests.integration.support import VISA, KeyedCard

from .plan import DROP, RATE_LIMITED, Script
from .proxy import FaultProxy
from .till import Server, Till, usd

ADDRESS = "ann.lee@example.com"


@pytest.fixture
def server(fault_proxy: FaultProxy) -> Iterator[Server]:
    made = Server(fault_proxy.direct)
    yield made
    made.close()


def open_till(proxy: FaultProxy, path: Path, **settings: object) -> Till:
    till = Till(proxy.peer, path, **settings)  # type: ignore[arg-type]
    till.gateway.list_charges(limit=1)  # a till has heard from Stripe before: its clock is known
    return till


def charged(till: object) -> str:
    charges = till.charges  # type: ignore[attr-defined]
    result = charges.charge_card(charges.build_request(amount=usd(1250)), KeyedCard(VISA))
    return str(result.charge.id)


def test_stripe_is_asked_once_to_e_mail_the_receipt(
    fault_proxy: FaultProxy, server: Server, tmp_path: Path
) -> None:
    till = open_till(fault_proxy, tmp_path / "journal.sqlite3")
    try:
        charge_id = charged(till)
        updated = till.charges.email_receipt(charge_id, f"  {ADDRESS} ", order_id="R1-000001")

        assert updated.receipt_email == ADDRESS
        assert server.gateway.retrieve_charge(charge_id).receipt_email == ADDRESS
        (attempt,) = [
            a for a in till.journal.attempts_for_order("R1-000001")
            if a.kind is AttemptKind.RECEIPT_EMAIL
        ]  # fmt: skip
        assert attempt.state is AttemptState.SUCCEEDED and attempt.subject_id == charge_id
        with pytest.raises(ValidationError):
            till.charges.email_receipt(charge_id, "not an address")
    finally:
        till.close()
    assert ADDRESS.encode() not in (tmp_path / "journal.sqlite3").read_bytes()


def test_a_lost_answer_is_settled_by_looking_at_the_charge_not_by_a_second_mail(
    fault_proxy: FaultProxy, server: Server, tmp_path: Path
) -> None:
    till = open_till(fault_proxy, tmp_path / "journal.sqlite3", max_retries=1)
    try:
        charge_id = charged(till)
        path = f"/v1/charges/{charge_id}"
        # The first try executes and its answer is lost; every replay meets a rate limit.
        fault_proxy.set_plan(Script("POST", path, [DROP], then=RATE_LIMITED))

        updated = till.charges.email_receipt(charge_id, ADDRESS)

        assert updated.receipt_email == ADDRESS
        keys = {
            s.idempotency_key for s in fault_proxy.seen if s.method == "POST" and s.path == path
        }
        assert len(keys) == 1  # one attempt, one key, whatever was replayed
        assert fault_proxy.executions(path=path) == 1  # Stripe set it once
    finally:
        till.close()
