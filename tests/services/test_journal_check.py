"""This till's journal compared with Stripe's record of the day: sales made through the till
against the sandbox, and the three kinds of disagreement a manager must be told of."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pos_app.domain.attempts import AttemptKind, AttemptState, NewAttempt
from pos_app.domain.cards import CardDetails
from pos_app.domain.keys import Mode
from pos_app.domain.localday import day_window
from pos_app.domain.models import Charge, ChargeStatus, Refund, RefundStatus
from pos_app.domain.money import Money
from pos_app.domain.pacing import paced
from pos_app.gateway import StripeGateway
from pos_app.services.attempts import AttemptPipeline
from pos_app.services.charging import ChargeService
from pos_app.services.day_report import DayReport, DayTotals
from pos_app.services.history import HistoryService
from pos_app.services.journal_check import AMOUNT, OUTCOME, StripeReads, check_journal
from pos_app.services.manager import AuditTrail, ManagerAction, ManagerAuth
from pos_app.services.receipts import ReceiptService, ShopDetails
from pos_app.services.refunds import RefundService, validate_refund
from pos_app.storage.journal import Journal
from tests.day_support import extra_zones, zone_with_noon_at
from tests.fixtures_peers import Peer
from tests.integration.support import new_key

GatewayFor = Callable[..., StripeGateway]
REGISTER = "FRONT-1"


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal(tmp_path / "journal.sqlite3") as opened:
        yield opened


def charges_of(gateway: StripeGateway, journal: Journal, tmp_path: Path) -> ChargeService:
    receipts = ReceiptService(
        ShopDetails("Corner Café"),
        register_id=REGISTER,
        mode=Mode.SANDBOX,
        receipts_dir=tmp_path / "receipts",
    )
    pipeline = AttemptPipeline(gateway, journal, register_id=REGISTER, cashier="Sam")
    return ChargeService(
        gateway,
        pipeline,
        receipts,
        register_id=REGISTER,
        cashier="Sam",
        mode=Mode.SANDBOX,
        currency="usd",
    )


def today_read(gateway: StripeGateway, journal: Journal, tmp_path: Path) -> DayReport:
    """Today as the History tab reads it, in a zone where it is noon now (every sale of the
    test on the same day, whatever the hour the suite runs)."""
    zones = tmp_path / "zones"
    zones.mkdir()
    with extra_zones(zones):
        zone = zone_with_noon_at(zones, int(time.time()))
        history = HistoryService(
            gateway, None, zone=ZoneInfo(zone), zone_name=zone, journal=journal,
            register_id=REGISTER,
        )  # fmt: skip
        return history.fetch_day(history.today())


def journaled(
    journal: Journal,
    order_id: str | None,
    amount: int,
    offset: timedelta = timedelta(0),
    *,
    refund_of: Charge | None = None,
) -> str:
    """An attempt of this register written to the journal, as the pipeline writes one: a
    charge for `order_id`, or a refund of `refund_of` (`offset`: Stripe's clock minus the
    till's, as measured when it began)."""
    key = str(uuid.uuid4())
    journal.begin_attempt(
        NewAttempt(
            attempt_key=key,
            kind=AttemptKind.CHARGE if refund_of is None else AttemptKind.REFUND,
            register_id=REGISTER,
            cashier="Sam",
            request_fingerprint="0" * 64,
            stripe_offset=offset,
            order_id=order_id if refund_of is None else refund_of.metadata.get("order_id"),
            block_key=f"order:{order_id}" if refund_of is None else f"refund:{refund_of.id}",
            subject_id=None if refund_of is None else refund_of.id,
            amount=amount,
            currency="usd",
        )
    )
    return key


def test_the_day_at_stripe_and_the_tills_journal_are_compared_and_disagreements_named(
    sandbox: Peer, gateway_for: GatewayFor, journal: Journal, tmp_path: Path
) -> None:
    gateway = gateway_for(sandbox)
    till = charges_of(gateway, journal, tmp_path)
    card = CardDetails.from_input("4242424242424242", "12/40", "123")
    for cents in (1250, 800):
        till.charge_card(till.build_request(amount=Money(cents, "usd")), card)
    source = gateway.create_token(card, idempotency_key=new_key()).card
    assert source is not None

    def at_stripe(cents: int, register: str, order: str) -> Charge:
        token = gateway.create_token(card, idempotency_key=new_key())
        return gateway.create_charge(
            amount=Money(cents, "usd"),
            idempotency_key=new_key(),
            source=token.id,
            metadata={"order_id": order, "register_id": register, "cashier": "Sam"},
        )

    # A sale Stripe has from this register that the journal never saw (a journal lost and
    # the till set up again), one from another register (not this till's to answer for),
    # one the journal holds for another amount, an attempt the journal closed as charged
    # that Stripe never had, and one still being found out.
    unjournaled = at_stripe(4500, REGISTER, "FRONT-1-000900")
    at_stripe(990, "BACK-2", "BACK-2-000001")
    other_amount = at_stripe(2000, REGISTER, "FRONT-1-000901")
    key = journaled(journal, "FRONT-1-000901", 1999)
    journal.mark_succeeded(key, stripe_id=other_amount.id)
    lost = journaled(journal, "FRONT-1-000902", 700)
    journal.mark_succeeded(lost, stripe_id="ch_NoSuchChargeAtAll00")
    open_key = journaled(journal, "FRONT-1-000903", 300)

    report = today_read(gateway, journal, tmp_path)
    check = report.journal_check
    assert check is not None and not check.agrees and report.journal_check_error is None
    assert check.matched == 2  # the two sales made through the till
    assert [c.id for c in check.not_journaled] == [unjournaled.id]
    assert [a.attempt_key for a in check.not_at_stripe] == [lost]
    [difference] = check.different
    assert (difference.at_stripe.id, difference.what) == (other_amount.id, AMOUNT)
    assert difference.attempt.amount == 1999
    assert [a.attempt_key for a in check.still_open] == [open_key]


def charge(number: int, amount: int, *, failed: bool = False, created: datetime) -> Charge:
    return Charge(
        id=f"ch_{number}",
        amount=Money(amount, "usd"),
        amount_refunded=Money(0, "usd"),
        status=ChargeStatus.FAILED if failed else ChargeStatus.SUCCEEDED,
        paid=not failed,
        captured=True,
        refunded=False,
        created=created,
        livemode=False,
        metadata={"order_id": f"FRONT-1-{number:06d}", "register_id": REGISTER},
    )


def no_lookup(charge_id: str) -> Charge:
    raise AssertionError(f"{charge_id} was looked up")


def no_refunds_lookup(charge_id: str) -> tuple[Refund, ...]:
    raise AssertionError(f"the refunds of {charge_id} were looked up")


NO_LOOKUPS = StripeReads(retrieve_charge=no_lookup, refunds_of=no_refunds_lookup)


def test_an_attempt_is_placed_on_stripes_day_by_the_clocks_offset(tmp_path: Path) -> None:
    # The till's clock ran two seconds behind Stripe's: its 23:59:59 was Stripe's 00:00:01.
    window = day_window(date(2026, 12, 3), UTC)
    sale = charge(1, 1250, created=window.end + timedelta(seconds=1))
    till_time = window.end - timedelta(seconds=1)
    with Journal(tmp_path / "journal.sqlite3", clock=lambda: till_time) as slow:
        key = journaled(slow, "FRONT-1-000001", 1250, offset=timedelta(seconds=2))
        slow.mark_succeeded(key, stripe_id=sale.id)

        today = check_journal(window, [], [], slow, NO_LOOKUPS, register_id=REGISTER)
        tomorrow = check_journal(
            day_window(date(2026, 12, 4), UTC), [sale], [], slow, NO_LOOKUPS, register_id=REGISTER
        )

    assert (today.matched, today.agrees) == (0, True)
    assert (tomorrow.matched, tomorrow.agrees) == (1, True)


def test_a_decline_the_journal_holds_as_charged_is_a_different_outcome(journal: Journal) -> None:
    window = day_window(date.today(), UTC)
    now = datetime.now(UTC)
    declined = charge(2, 900, failed=True, created=now)
    key = journaled(journal, "FRONT-1-000002", 900)
    journal.mark_succeeded(key, stripe_id=declined.id)
    refused = journaled(journal, "FRONT-1-000003", 500)
    journal.mark_failed(refused)  # never executed: nothing at Stripe to compare

    check = check_journal(window, [declined], [], journal, NO_LOOKUPS, register_id=REGISTER)

    [difference] = check.different
    assert difference.what == OUTCOME and difference.attempt.state is AttemptState.SUCCEEDED
    assert check.not_at_stripe == () and check.not_journaled == ()


def test_the_days_refunds_are_compared_with_the_journal_too(
    sandbox: Peer, gateway_for: GatewayFor, journal: Journal, tmp_path: Path
) -> None:
    gateway = gateway_for(sandbox)
    till = charges_of(gateway, journal, tmp_path)
    card = CardDetails.from_input("4242424242424242", "12/40", "123")
    sales = [
        till.charge_card(till.build_request(amount=Money(cents, "usd")), card).charge
        for cents in (3000, 2500, 1800, 1200)
    ]
    trail = AuditTrail(journal, register_id=REGISTER, cashier="Sam")
    manager = ManagerAuth(trail, pin_hash=None, env_pin="4821")
    pipeline = AttemptPipeline(gateway, journal, register_id=REGISTER, cashier="Sam")
    refunds = RefundService(pipeline, trail, register_id=REGISTER, cashier="Sam")
    # A refund made at the till, as the manager makes one.
    first = sales[0]
    refunds.refund(
        validate_refund(first, "10.00", "requested_by_customer"),
        manager.authorize("4821", ManagerAction.REFUND, first.id, "returned"),
    )
    # One Stripe has under this register's name that the journal never saw, one the journal
    # holds for another amount, and one the journal closed as done that Stripe never made.
    unjournaled = gateway.create_refund(
        charge_id=sales[1].id,
        idempotency_key=new_key(),
        amount=Money(500, "usd"),
        metadata={"register_id": REGISTER, "order_id": sales[1].metadata["order_id"]},
    )
    other_amount = gateway.create_refund(
        charge_id=sales[2].id, idempotency_key=new_key(), amount=Money(900, "usd")
    )
    key = journaled(journal, None, 950, refund_of=sales[2])
    journal.mark_succeeded(key, stripe_id=other_amount.id)
    lost = journaled(journal, None, 1200, refund_of=sales[3])
    journal.mark_succeeded(lost, stripe_id="re_NoSuchRefundAtAll00")

    report = today_read(gateway, journal, tmp_path)
    check = report.journal_check
    assert check is not None and check.refunds_compared and report.journal_check_error is None
    assert check.matched == 5  # the four sales and the refund made at the till
    assert [r.id for r in check.not_journaled] == [unjournaled.id]
    assert [a.attempt_key for a in check.not_at_stripe] == [lost]
    [difference] = check.different
    assert (difference.at_stripe.id, difference.what) == (other_amount.id, AMOUNT)


def refund_at_stripe(number: int, amount: int, status: RefundStatus, created: datetime) -> Refund:
    return Refund(
        id=f"re_{number}",
        amount=Money(amount, "usd"),
        charge=f"ch_{number}",
        status=status,
        created=created,
        metadata={"register_id": REGISTER},
    )


def test_a_refund_that_failed_at_stripe_is_a_different_outcome_and_unread_refunds_are_not_compared(
    journal: Journal,
) -> None:
    window = day_window(date.today(), UTC)
    now = datetime.now(UTC)
    sale = charge(4, 2000, created=now)
    key = journaled(journal, "FRONT-1-000004", 2000)
    journal.mark_succeeded(key, stripe_id=sale.id)
    bounced = refund_at_stripe(4, 2000, RefundStatus.FAILED, now)
    refund_key = journaled(journal, None, 2000, refund_of=sale)
    journal.mark_succeeded(refund_key, stripe_id=bounced.id)

    check = check_journal(window, [sale], [bounced], journal, NO_LOOKUPS, register_id=REGISTER)
    [difference] = check.different
    assert (difference.at_stripe, difference.what) == (bounced, OUTCOME)
    assert check.matched == 1

    # Stripe did not list the refunds: the refund attempt is neither missing nor matched.
    unread = check_journal(window, [sale], None, journal, NO_LOOKUPS, register_id=REGISTER)
    assert (unread.agrees, unread.matched, unread.refunds_compared) == (True, 1, False)


def test_a_refund_journaled_on_this_day_and_made_on_stripes_next_is_looked_up(
    tmp_path: Path,
) -> None:
    window = day_window(date(2026, 12, 3), UTC)
    made = refund_at_stripe(5, 700, RefundStatus.SUCCEEDED, window.end + timedelta(seconds=1))
    sale = charge(5, 700, created=window.start + timedelta(hours=9))
    asked: list[str] = []

    def refunds_of(charge_id: str) -> tuple[Refund, ...]:
        asked.append(charge_id)
        return (made,)

    with Journal(
        tmp_path / "journal.sqlite3", clock=lambda: window.end - timedelta(seconds=1)
    ) as j:
        key = journaled(j, None, 700, refund_of=sale)
        j.mark_succeeded(key, stripe_id=made.id)
        check = check_journal(
            window, [], [], j, StripeReads(no_lookup, refunds_of), register_id=REGISTER
        )

    assert asked == [sale.id]
    assert (check.matched, check.agrees) == (1, True)


def test_a_days_comparison_and_totals_make_way_for_the_window_between_charges(
    journal: Journal,
) -> None:
    # On a listing's worker, paced by the window (domain/pacing.py): a busy day's thousands
    # of charges are compared and totalled with a checkpoint before each one, so the window
    # never waits for the whole pass.
    window = day_window(date.today(), UTC)
    now = datetime.now(UTC)
    day = [charge(n, 100 + n, created=now) for n in range(1, 301)]
    for sale in day[:100]:
        key = journaled(journal, sale.metadata["order_id"], sale.amount.amount)
        journal.mark_succeeded(key, stripe_id=sale.id)
    gates: list[int] = []
    with paced(lambda: gates.append(1)):
        check = check_journal(window, day, [], journal, NO_LOOKUPS, register_id=REGISTER)
        compared = len(gates)
        totals = DayTotals.of(window, day)
    assert check.matched == 100 and len(check.not_journaled) == 200
    assert compared >= 100 + 300  # each journaled attempt, then each charge listed
    assert len(gates) - compared >= 300  # each charge totalled
    assert totals.totals["usd"].gross == sum(range(101, 401))
    # Without a gate nothing waits, and the answer is the same.
    assert check_journal(window, day, [], journal, NO_LOOKUPS, register_id=REGISTER) == check
