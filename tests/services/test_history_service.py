"""HistoryService against the sandbox: a day is every register's charges of that local day, read
page after page; a charge's details and its receipt again."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pos_app.domain.keys import Mode
from pos_app.domain.money import Money
from pos_app.gateway import StripeGateway
from pos_app.services.history import HistoryService, LoadCancelled
from pos_app.services.receipts import ReceiptService, ShopDetails
from tests.day_support import (
    DECLINE,
    charge_until_the_second_turns,
    expected_totals,
    extra_zones,
    list_all_charges,
    make_charge,
    make_mixed_day,
    saved_customer,
    seed_customer_charges,
    zone_with_midnight_at,
    zone_with_noon_at,
)
from tests.fixtures_peers import Peer
from tests.gateway.helpers import (
    charge_json,
    make_rig,
    ok,
    page,
    query,
    refund_json,
    stripe_error,
)
from tests.integration.support import new_key

GatewayFor = Callable[..., StripeGateway]


@pytest.fixture
def zones(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "zones"
    folder.mkdir()
    with extra_zones(folder):
        yield folder


def history_for(gateway: StripeGateway, zone_name: str, tmp_path: Path) -> HistoryService:
    receipts = ReceiptService(
        ShopDetails("Corner Café"),
        register_id="FRONT-1",
        mode=Mode.TEST,
        receipts_dir=tmp_path / "receipts",
    )
    return HistoryService(gateway, receipts, zone=ZoneInfo(zone_name), zone_name=zone_name)


def test_a_busy_day_is_read_in_full_page_by_page(
    sandbox: Peer, gateway_for: GatewayFor, zones: Path, tmp_path: Path
) -> None:
    seed_customer_charges(sandbox, 263)
    zone = zone_with_noon_at(zones, int(time.time()))
    history = history_for(gateway_for(sandbox), zone, tmp_path)
    pages: list[int] = []

    report = history.fetch_day(history.today(), on_page=lambda page: pages.append(len(page)))

    assert pages == [100, 100, 63]
    assert len(report.charges) == 263 == len({c.id for c in report.charges})
    assert report.totals.totals["usd"].gross == sum(range(100, 363))
    assert report.totals.totals["usd"].charges == 263


def test_the_day_ends_at_local_midnight_charges_either_side_on_their_own_day(
    sandbox: Peer, gateway_for: GatewayFor, zones: Path, tmp_path: Path
) -> None:
    gateway = gateway_for(sandbox)
    before, after = charge_until_the_second_turns(gateway, saved_customer(gateway))
    # The zone is picked so that the second the charges turned is local midnight.
    zone = zone_with_midnight_at(zones, int(after.created.timestamp()))
    history = history_for(gateway, zone, tmp_path)
    new_day = after.created.astimezone(ZoneInfo(zone)).date()
    assert after.created.astimezone(ZoneInfo(zone)).time().isoformat() == "00:00:00"
    assert before[-1].created.astimezone(ZoneInfo(zone)).time().isoformat() == "23:59:59"

    late = history.fetch_day(new_day - timedelta(days=1))
    early = history.fetch_day(new_day)

    assert {c.id for c in late.charges} == {c.id for c in before}
    assert [c.id for c in early.charges] == [after.id]
    assert late.window.lt == early.window.gte == int(after.created.timestamp())


def test_totals_match_sums_computed_from_stripes_raw_answers(
    sandbox: Peer, gateway_for: GatewayFor, zones: Path, tmp_path: Path
) -> None:
    gateway = gateway_for(sandbox)
    made = make_mixed_day(gateway)
    zone = zone_with_noon_at(zones, int(time.time()))
    history = history_for(gateway, zone, tmp_path)
    day = history.today()

    report = history.fetch_day(day)

    expected = expected_totals(list_all_charges(sandbox), day, zone)
    got = {
        currency: {
            "charges": t.charges,
            "succeeded": t.succeeded,
            "failed": t.failed,
            "gross": t.gross,
            "refunded": t.refunded,
            "net": t.net,
        }
        for currency, t in report.totals.totals.items()
    }
    assert got == expected
    assert {c.id for c in report.charges} == set(made.all)
    assert expected["usd"]["failed"] == 1 and expected["eur"]["failed"] == 1
    # Each succeeded charge's balance transaction was read with the day (the sandbox takes
    # no fee, and settles each currency in itself): what reaches the payouts is the net.
    assert report.totals.unsettled == 0
    for currency, fees in report.totals.fees.items():
        assert fees.charges == expected[currency]["succeeded"] and fees.fee == 0
        assert fees.after_refunds == expected[currency]["net"]


def test_a_key_that_may_not_read_the_balance_still_reads_the_day_without_fees(
    tmp_path: Path,
) -> None:
    denied = stripe_error(
        403,
        {
            "type": "invalid_request_error",
            "message": "The provided key 'rk_test_***' does not have the required permissions "
            "for this endpoint on account 'acct_1'.",
        },
    )
    rig = make_rig(
        denied,
        ok(page([charge_json("ch_1")], has_more=False)),
        ok(page([], has_more=False, url="/v1/refunds")),
    )
    history = history_for(rig.gateway, "UTC", tmp_path)

    report = history.fetch_day(history.today())

    assert [c.id for c in report.charges] == ["ch_1"]
    first, second, refunds = rig.requests
    assert ("expand[0]", "data.balance_transaction") in query(first)
    assert not any(name.startswith("expand") for name, _ in query(second))
    assert report.totals.fees == {} and report.totals.unsettled == 1
    # The day's refunds of earlier sales are then asked without their balance transactions
    # (with the charge each refunds).
    assert [value for name, value in query(refunds) if name.startswith("expand")] == ["data.charge"]
    assert report.earlier_refunds_read and report.earlier_refunds == ()
    # What --self-check says of such a key (and of one that may).
    rig = make_rig(denied, ok(page([charge_json("ch_1")], has_more=False)))
    history = history_for(rig.gateway, "UTC", tmp_path)
    assert history.fees_readable() is False and history.fees_readable() is True


def test_a_refund_made_after_midnight_on_an_earlier_days_sale_counts_on_the_day_it_was_made(
    sandbox: Peer, gateway_for: GatewayFor, zones: Path, tmp_path: Path
) -> None:
    # What a manager matching the bank deposit needs: the money given back today on
    # yesterday's sale left today's balance, though the sale is not in today's list.
    gateway = gateway_for(sandbox)
    before, after = charge_until_the_second_turns(gateway, saved_customer(gateway))
    zone = zone_with_midnight_at(zones, int(after.created.timestamp()))
    history = history_for(gateway, zone, tmp_path)
    new_day = after.created.astimezone(ZoneInfo(zone)).date()
    yesterdays = before[-1]
    earlier = gateway.create_refund(
        charge_id=yesterdays.id, idempotency_key=new_key(), amount=Money(40, "usd")
    )
    gateway.create_refund(charge_id=after.id, idempotency_key=new_key(), amount=Money(25, "usd"))

    today = history.fetch_day(new_day)
    yesterday = history.fetch_day(new_day - timedelta(days=1))

    assert [r.id for r in today.earlier_refunds] == [earlier.id]
    sale = today.earlier_refunds[0].sale
    assert sale is not None and sale.metadata["order_id"] == yesterdays.metadata["order_id"]
    usd = today.totals
    assert (usd.earlier_refunds["usd"].count, usd.earlier_refunds["usd"].gross) == (1, 40)
    # Today's own refund stays with today's sales; yesterday's sale keeps its refund.
    assert usd.totals["usd"].refunded == 25
    fees = usd.fees["usd"]
    assert fees.earlier_refunded == 40
    assert fees.after_refunds == after.amount.amount - 25 - 40
    assert yesterday.earlier_refunds == ()
    assert yesterday.totals.totals["usd"].refunded == 40
    line = today.refund_lines()[0]
    assert (line.id, line.amount, line.amount_refunded, line.order_id) == (
        earlier.id,
        None,
        40,
        yesterdays.metadata["order_id"],
    )
    assert line.description == (
        f"refund of {yesterdays.id} (sold {(new_day - timedelta(days=1)).isoformat()})"
    )


def test_the_days_refunds_leave_out_those_of_its_own_sales_failed_ones_and_other_days(
    tmp_path: Path,
) -> None:
    history = history_for(make_rig().gateway, "UTC", tmp_path)
    window = history.window(history.today())
    inside = window.gte + 60
    rig = make_rig(
        ok(page([charge_json("ch_today", created=inside)], has_more=False)),
        ok(
            page(
                [
                    refund_json("re_own", charge="ch_today", created=inside + 5),
                    refund_json("re_failed", charge="ch_old", status="failed", created=inside),
                    # A server that did not cut the list to the day.
                    refund_json("re_before", charge="ch_old", created=window.gte - 1),
                    refund_json("re_old", charge="ch_old", amount=700, created=inside),
                ],
                has_more=False,
                url="/v1/refunds",
            )
        ),
    )
    history = history_for(rig.gateway, "UTC", tmp_path)

    report = history.fetch_day(history.today())

    assert [r.id for r in report.earlier_refunds] == ["re_old"]
    assert report.totals.earlier_refunds["usd"].gross == 700
    refunds = rig.requests[1]
    assert ("created[gte]", str(window.gte)) in query(refunds)
    assert ("created[lt]", str(window.lt)) in query(refunds)


def test_a_day_whose_earlier_refunds_stripe_did_not_list_says_so_and_claims_no_payout_figure(
    tmp_path: Path,
) -> None:
    rig = make_rig(
        ok(page([charge_json("ch_1", balance_transaction=_txn(1050, 61))], has_more=False)),
        stripe_error(400, {"type": "invalid_request_error", "message": "Bad request"}),
    )
    history = history_for(rig.gateway, "UTC", tmp_path)

    report = history.fetch_day(history.today())

    assert [c.id for c in report.charges] == ["ch_1"]
    assert not report.earlier_refunds_read
    fees = report.totals.fees["usd"]
    assert fees.fee == 61 and fees.after_refunds is None


def test_refunds_a_key_may_list_without_the_balance_are_read_without_it(
    tmp_path: Path,
) -> None:
    denied = stripe_error(
        403, {"type": "invalid_request_error", "message": "The provided key does not have "
              "the required permissions for this endpoint."}
    )  # fmt: skip
    history = history_for(make_rig().gateway, "UTC", tmp_path)
    inside = history.window(history.today()).gte + 60
    rig = make_rig(
        ok(page([charge_json("ch_1", created=inside)], has_more=False)),
        denied,
        ok(
            page(
                [refund_json("re_old", charge="ch_old", created=inside)],
                has_more=False,
                url="/v1/refunds",
            )
        ),
    )
    history = history_for(rig.gateway, "UTC", tmp_path)

    report = history.fetch_day(history.today())

    _, with_balance, without = rig.requests
    assert ("expand[1]", "data.balance_transaction") in query(with_balance)
    assert ("expand[0]", "data.charge") in query(without)
    assert not any(v == "data.balance_transaction" for _, v in query(without))
    assert [r.id for r in report.earlier_refunds] == ["re_old"] and report.earlier_refunds_read


def _txn(amount: int, fee: int) -> dict[str, object]:
    return {
        "id": "txn_1",
        "object": "balance_transaction",
        "amount": amount,
        "fee": fee,
        "net": amount - fee,
        "currency": "usd",
    }


def test_a_stopped_load_stops_between_pages(
    sandbox: Peer, gateway_for: GatewayFor, zones: Path, tmp_path: Path
) -> None:
    seed_customer_charges(sandbox, 150)
    history = history_for(
        gateway_for(sandbox), zone_with_noon_at(zones, int(time.time())), tmp_path
    )
    cancel = threading.Event()
    pages: list[int] = []

    def first_page_then_stop(page: tuple[object, ...]) -> None:
        pages.append(len(page))
        cancel.set()

    with pytest.raises(LoadCancelled):
        history.fetch_day(history.today(), on_page=first_page_then_stop, cancel=cancel)
    assert pages == [100]


def test_details_show_the_decline_the_refunds_and_the_customer(
    sandbox: Peer, gateway_for: GatewayFor, tmp_path: Path
) -> None:
    gateway = gateway_for(sandbox)
    failed_id = make_charge(gateway, DECLINE, 999, "usd", cashier="Sam", register="R1",
                            order_id="F1")  # fmt: skip
    assert isinstance(failed_id, str)
    history = history_for(gateway, "Europe/Berlin", tmp_path)
    failed = history.details(failed_id)
    assert failed.charge.failure_code == "card_declined"
    assert failed.charge.outcome is not None
    assert failed.charge.outcome.reason == "generic_decline"
    assert failed.charge.outcome.seller_message
    assert failed.refunds == () and failed.customer is None

    made = make_mixed_day(gateway)
    partly = history.details(made.partly_refunded[0])
    assert [r.amount.amount for r in partly.refunds] == [500]
    receipt = history.receipt(partly.charge)
    assert receipt.status == "PARTLY REFUNDED"
    assert receipt.order_id == partly.charge.metadata["order_id"]
    assert receipt.register_id == "FRONT-1"
    assert receipt.issued_at.tzinfo == ZoneInfo("Europe/Berlin")
    assert receipt.issued_at == partly.charge.created
    assert isinstance(receipt.issued_at, datetime)
