"""The day's totals and the report's three formats, from charges made up for the purpose."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.cards import Brand
from pos_app.domain.localday import day_window
from pos_app.domain.models import Card, Charge, ChargeStatus, Refund, RefundStatus, Settlement
from pos_app.domain.money import Money
from pos_app.services.day_report import DayReport, charge_status
from pos_app.services.journal_check import AMOUNT, OUTCOME, Difference, JournalCheck
from pos_app.services.report_formats import (
    CHARGE_FIELDS,
    neutralise_cell,
    render,
    report_csv,
    report_object,
    report_table,
)
from tests.day_support import attempt

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2024, 10, 27)  # a 25-hour day in Berlin
WINDOW = day_window(DAY, BERLIN)


def at(hour: int, minute: int = 0, fold: int = 0) -> datetime:
    return datetime(2024, 10, 27, hour, minute, tzinfo=BERLIN).replace(fold=fold).astimezone(UTC)


def charge(
    number: int,
    amount: int,
    currency: str = "usd",
    *,
    status: ChargeStatus = ChargeStatus.SUCCEEDED,
    refunded: int = 0,
    brand: Brand | None = Brand.VISA,
    cashier: str | None = "Sam",
    register: str | None = "FRONT-1",
    created: datetime | None = None,
    description: str | None = None,
) -> Charge:
    metadata = {"order_id": f"FRONT-1-{number:06d}"}
    if cashier:
        metadata["cashier"] = cashier
    if register:
        metadata["register_id"] = register
    return Charge(
        id=f"ch_{number}",
        amount=Money(amount, currency),
        amount_refunded=Money(refunded, currency),
        status=status,
        paid=status is ChargeStatus.SUCCEEDED,
        captured=True,
        refunded=refunded == amount,
        created=created or at(12),
        livemode=False,
        description=description,
        metadata=metadata,
        card=Card("", brand, "4242", 12, 2030) if brand is not None else None,
    )


CHARGES = [
    charge(1, 1250, created=at(0, 5)),
    charge(2, 4000, brand=Brand.AMEX, cashier="Alex", register="BACK-2", created=at(2, 30)),
    charge(3, 999, status=ChargeStatus.FAILED, created=at(2, 30, fold=1)),
    charge(4, 2500, refunded=500, brand=Brand.MASTERCARD, created=at(23, 59)),
    charge(5, 1800, refunded=1800),
    charge(6, 3000, "eur", cashier=None, register=None, brand=None),
    charge(7, 1500, "eur", status=ChargeStatus.FAILED, cashier="Alex"),
    charge(8, 700, status=ChargeStatus.PENDING),
    charge(9, 2200, "jpy", refunded=200, description='=HYPERLINK("http://x")'),
]


@pytest.fixture
def report() -> DayReport:
    return DayReport.of(WINDOW, "Europe/Berlin", CHARGES)


def settled(paid: Charge, fee: int, currency: str = "", amount: int | None = None) -> Charge:
    """`paid` with its balance transaction read: `amount` in `currency` (the charge's own
    unless converted), less `fee`."""
    cur = currency or paid.amount.currency
    whole = paid.amount.amount if amount is None else amount
    figures = Settlement(Money(whole, cur), Money(fee, cur), Money(whole - fee, cur))
    return replace(paid, settlement=figures)


def test_stripes_fees_add_up_to_what_the_day_pays_out() -> None:
    day = DayReport.of(
        WINDOW,
        "Europe/Berlin",
        [
            settled(charge(1, 1250), 66),
            settled(charge(4, 2500, refunded=500), 103),  # the fee is not given back
            settled(charge(6, 3000, "eur"), 117, "usd", 3300),  # a euro sale, settled in USD
            charge(2, 4000),  # its balance transaction not read
            settled(charge(3, 999, status=ChargeStatus.FAILED), 0),  # a decline moves nothing
        ],
    )
    fees = day.totals.fees["usd"]
    assert (fees.charges, fees.amount, fees.fee, fees.net) == (3, 7050, 286, 6764)
    assert fees.refunded == 500 and fees.after_refunds == 6264
    assert set(day.totals.fees) == {"usd"} and day.totals.unsettled == 1
    data = report_object(day)
    assert data["fees"]["usd"]["after_refunds"] == 6264
    assert data["charges_without_fees"] == 1
    lines = {line["id"]: line for line in data["charges"]}
    assert (lines["ch_6"]["stripe_fee"], lines["ch_6"]["stripe_net"]) == (117, 3183)
    assert lines["ch_6"]["settlement_currency"] == "usd" and lines["ch_6"]["currency"] == "eur"
    assert lines["ch_2"]["stripe_fee"] is None
    text = report_table(day)
    assert "stripe fees" in text and "$62.64" in text
    assert "fees not read for 1 succeeded charge" in text


def test_a_refunded_sale_from_another_currency_leaves_the_payout_unknown() -> None:
    day = DayReport.of(
        WINDOW, "Europe/Berlin", [settled(charge(6, 3000, "eur", refunded=1000), 117, "usd", 3300)]
    )
    fees = day.totals.fees["usd"]
    assert fees.fee == 117 and fees.refunded == 0 and fees.after_refunds is None
    assert "unknown" in report_table(day)


def test_statuses_say_what_happened_to_the_money() -> None:
    assert [charge_status(c) for c in CHARGES] == [
        "succeeded",
        "succeeded",
        "failed",
        "partly refunded",
        "refunded",
        "succeeded",
        "failed",
        "pending",
        "partly refunded",
    ]


def test_totals_per_currency_never_mix_currencies(report: DayReport) -> None:
    totals = report_object(report)["totals"]
    assert totals == {
        "eur": {"charges": 2, "succeeded": 1, "failed": 1, "gross": 3000, "refunded": 0,
                "net": 3000},
        "jpy": {"charges": 1, "succeeded": 1, "failed": 0, "gross": 2200, "refunded": 200,
                "net": 2000},
        "usd": {"charges": 6, "succeeded": 4, "failed": 1, "gross": 9550, "refunded": 2300,
                "net": 7250},
    }  # fmt: skip


def test_groups_count_the_succeeded_charges_and_their_amounts(report: DayReport) -> None:
    data = report_object(report)
    assert data["by_brand"]["usd"] == {
        "amex": {"count": 1, "gross": 4000},
        "mastercard": {"count": 1, "gross": 2500},
        "visa": {"count": 2, "gross": 3050},
    }
    assert data["by_brand"]["eur"] == {"(none)": {"count": 1, "gross": 3000}}
    assert data["by_cashier"]["usd"] == {
        "Alex": {"count": 1, "gross": 4000},
        "Sam": {"count": 3, "gross": 5550},
    }
    assert report.totals.by_register["usd"]["BACK-2"].gross == 4000


def test_the_hourly_takings_follow_the_local_clock_on_a_25_hour_day(report: DayReport) -> None:
    hourly = report.totals.hourly["usd"]
    assert len(hourly) == 25
    assert hourly[0] == 1250  # 00:05
    assert hourly[2] == 4000  # 02:30, the first time
    assert hourly[3] == 0  # 02:30 again: the failed charge, not takings
    assert hourly[13] == 1800  # 12:00, the 14th hour of this day
    assert hourly[24] == 2500  # 23:59 is the 25th hour
    assert sum(hourly) == report.totals.totals["usd"].gross


def test_the_json_document_has_exactly_the_agreed_shape(report: DayReport) -> None:
    data = json.loads(json.dumps(report_object(report)))
    assert set(data) == {"date", "timezone", "window", "totals", "fees",
                         "charges_without_fees", "by_brand", "by_cashier",
                         "charges", "earlier_refunds_read", "earlier_refund_totals",
                         "earlier_refunds", "journal_check", "journal_check_error"}  # fmt: skip
    # Read without a journal (the report object made on its own): none compared, no error.
    assert data["journal_check"] is None and data["journal_check_error"] is None
    assert data["date"] == "2024-10-27" and data["timezone"] == "Europe/Berlin"
    assert data["window"] == {
        "start": "2024-10-27T00:00:00+02:00",
        "end": "2024-10-28T00:00:00+01:00",
    }
    first = data["charges"][0]
    assert list(first) == list(CHARGE_FIELDS)
    assert first["created"] == "2024-10-27T00:05:00+02:00"
    assert first["amount"] == 1250 and isinstance(first["amount"], int)
    assert first["brand"] == "visa" and first["last4"] == "4242"
    no_card = next(c for c in data["charges"] if c["id"] == "ch_6")
    assert no_card["brand"] is None and no_card["cashier"] is None and no_card["customer"] is None


def test_csv_opens_in_excel_and_never_runs_a_formula(report: DayReport) -> None:
    text = report_csv(report)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert len(rows) == len(CHARGES)
    assert list(rows[0]) == list(CHARGE_FIELDS)
    jpy = next(r for r in rows if r["id"] == "ch_9")
    assert jpy["description"] == '\'=HYPERLINK("http://x")'
    assert jpy["amount"] == "2200" and jpy["amount_refunded"] == "200"
    assert next(r for r in rows if r["id"] == "ch_6")["brand"] == ""


@pytest.mark.parametrize("risky", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_every_formula_start_is_neutralised(risky: str) -> None:
    assert neutralise_cell(risky) == "'" + risky
    assert neutralise_cell("2 flat whites") == "2 flat whites"
    assert neutralise_cell(None) == ""
    assert neutralise_cell(-800) == "-800"


def test_the_table_names_the_day_the_zone_and_every_currency(report: DayReport) -> None:
    text = report_table(report)
    assert "Charges of 2024-10-27 (Europe/Berlin)" in text
    assert "USD" in text and "EUR" in text and "JPY" in text
    assert "$72.50" in text  # the usd net
    assert text.count("ch_") == len(CHARGES)


def test_an_empty_day_says_so() -> None:
    report = DayReport.of(WINDOW, "Europe/Berlin", [])
    assert "No charges on this day." in report_table(report)
    assert report_object(report)["totals"] == {} and report_object(report)["charges"] == []


def test_a_charge_listed_twice_counts_once() -> None:
    twice = DayReport.of(WINDOW, "Europe/Berlin", [CHARGES[0], CHARGES[0]])
    assert twice.totals.totals["usd"].charges == 1


def test_refunds_of_a_later_day_still_count_for_the_charge_s_day() -> None:
    # amount_refunded is what Stripe says now, whenever the refund was made.
    later = charge(10, 1000, refunded=400, created=at(9) + timedelta(minutes=1))
    report = DayReport.of(WINDOW, "Europe/Berlin", [later])
    assert report.totals.totals["usd"].refunded == 400


def earlier_refund(
    number: int, amount: int, currency: str = "usd", *, settled_in: str | None = ""
) -> Refund:
    """A refund made at 15:00 on the day of a sale two days before (`settled_in` None: its
    balance transaction not read)."""
    sale = charge(100 + number, 5000, currency, refunded=amount, created=at(12) - timedelta(2))
    money = Money(amount, currency)
    cur = settled_in or currency
    return Refund(
        id=f"re_{number}",
        amount=money,
        charge=sale.id,
        status=RefundStatus.SUCCEEDED,
        created=at(15),
        settlement=None
        if settled_in is None
        else Settlement(Money(-amount, cur), Money(0, cur), Money(-amount, cur)),
        sale=sale,
    )


def test_refunds_of_earlier_sales_come_out_of_the_days_payout_not_its_sales() -> None:
    day = DayReport.of(
        WINDOW,
        "Europe/Berlin",
        [settled(charge(1, 1250), 66), settled(charge(4, 2500, refunded=500), 103)],
        earlier_refunds=[earlier_refund(1, 800), earlier_refund(2, 450, settled_in=None)],
    )
    totals = day.totals
    # The day's sales are what they were: their own refunds only.
    assert (totals.totals["usd"].gross, totals.totals["usd"].refunded) == (3750, 500)
    assert (totals.earlier_refunds["usd"].count, totals.earlier_refunds["usd"].gross) == (2, 1250)
    fees = totals.fees["usd"]
    # 3750 - 169 in fees - 500 refunded on the day's sales - 1250 on earlier ones.
    assert fees.earlier_refunded == 1250 and fees.after_refunds == 1831
    data = report_object(day)
    assert data["earlier_refunds_read"] is True
    assert data["earlier_refund_totals"] == {"usd": {"count": 2, "amount": 1250}}
    assert data["fees"]["usd"]["earlier_refunded"] == 1250
    first = data["earlier_refunds"][0]
    assert list(first) == list(CHARGE_FIELDS)
    assert first["id"] == "re_1" and first["status"] == "refund of an earlier sale"
    assert (first["amount"], first["amount_refunded"], first["stripe_net"]) == (None, 800, -800)
    assert first["order_id"] == "FRONT-1-000101" and first["brand"] == "visa"
    assert first["created"] == "2024-10-27T15:00:00+01:00"
    assert first["description"] == "refund of ch_101 (sold 2024-10-25)"
    rows = list(csv.DictReader(io.StringIO(report_csv(day).removeprefix("\ufeff"))))
    assert [r["id"] for r in rows] == ["ch_1", "ch_4", "re_1", "re_2"]
    assert rows[2]["amount"] == "" and rows[2]["amount_refunded"] == "800"
    # A negative figure stays a number for the spreadsheet (only text can be a formula).
    assert rows[2]["stripe_net"] == "-800"
    text = render(day, "table")
    assert "Refunds made on this day of earlier sales" in text
    assert "re_2" in text and "$4.50" in text and "$18.31" in text


def test_a_refund_of_an_earlier_sale_in_another_currency_leaves_the_payout_unknown() -> None:
    day = DayReport.of(
        WINDOW,
        "Europe/Berlin",
        [settled(charge(1, 1250), 66)],
        earlier_refunds=[
            earlier_refund(1, 800, settled_in="usd"),  # a euro sale's refund, converted
            earlier_refund(2, 900, "eur", settled_in=None),  # converted, amount not read
        ],
    )
    fees = day.totals.fees["usd"]
    assert fees.earlier_refunded == 800 and fees.after_refunds is None
    assert day.totals.earlier_refunds["eur"].gross == 900


def test_a_day_whose_earlier_refunds_were_not_listed_gives_no_payout_figure() -> None:
    day = DayReport.of(
        WINDOW, "Europe/Berlin", [settled(charge(1, 1250), 66)], earlier_refunds_read=False
    )
    assert day.totals.fees["usd"].after_refunds is None
    assert report_object(day)["earlier_refunds_read"] is False
    assert "not read" in report_table(day)
    empty = DayReport.of(WINDOW, "Europe/Berlin", [], earlier_refunds=[earlier_refund(1, 800)])
    text = report_table(empty)
    assert "No charges on this day." in text and "re_1" in text


def test_the_report_names_each_disagreement_with_the_journal_as_each_side_holds_it(
    report: DayReport,
) -> None:
    sale_refund = Refund(
        id="re_4",
        amount=Money(500, "usd"),
        charge="ch_4",
        status=RefundStatus.FAILED,
        created=at(15),
        metadata={"order_id": "FRONT-1-000004", "register_id": "FRONT-1"},
    )
    check = JournalCheck(
        "FRONT-1",
        matched=5,
        not_at_stripe=(attempt("FRONT-1-000010", 700, "ch_gone"),),
        not_journaled=(CHARGES[0],),
        different=(
            Difference(attempt("FRONT-1-000002", 3999, "ch_2"), CHARGES[1], AMOUNT),
            Difference(
                attempt("FRONT-1-000004", 500, "re_4", AttemptKind.REFUND), sale_refund, OUTCOME
            ),
        ),
        still_open=(),
    )
    checked = replace(report, journal_check=check)

    data = json.loads(json.dumps(report_object(checked)))["journal_check"]
    assert (data["agrees"], data["matched"], data["refunds_compared"]) == (False, 5, True)
    assert data["not_at_stripe"][0] | {"created": None} == {
        "attempt_key": "FRONT-1-000010", "kind": "charge", "created": None,
        "order_id": "FRONT-1-000010", "amount": 700, "currency": "usd", "state": "succeeded",
        "stripe_id": "ch_gone",
    }  # fmt: skip
    assert data["not_journaled"][0] == {
        "object": "charge", "id": "ch_1", "created": "2024-10-27T00:05:00+02:00",
        "order_id": "FRONT-1-000001", "amount": 1250, "currency": "usd", "status": "succeeded",
    }  # fmt: skip
    bounced = data["different"][1]
    assert (bounced["what"], bounced["journaled"]["kind"], bounced["at_stripe"]["object"]) == (
        "outcome", "refund", "refund",
    )  # fmt: skip
    assert bounced["at_stripe"]["status"] == "failed"

    text = report_table(checked)
    section = text.split("This till's journal (register FRONT-1)\n")[1].split("\n\n")[0]
    rows = [" ".join(line.split()) for line in section.splitlines()]
    assert rows[0] == "DISAGREES with Stripe on this register's charges and refunds (5 agree);"
    assert rows[3:] == [
        "journaled, not at Stripe charge FRONT-1-000010 $7.00 succeeded ch_gone",
        "at Stripe, not journaled charge FRONT-1-000001 $12.50 succeeded ch_1",
        "different amount, journal: charge FRONT-1-000002 $39.99 succeeded ch_2",
        "different amount, Stripe: charge FRONT-1-000002 $40.00 succeeded ch_2",
        "different outcome, journal: refund FRONT-1-000004 $5.00 succeeded re_4",
        "different outcome, Stripe: refund FRONT-1-000004 $5.00 failed re_4",
    ]
    # The comparison comes before the breakdowns, where a long day cannot hide it.
    assert text.index("This till's journal") < text.index("currency  card brand")

    charges_only = replace(
        check, not_at_stripe=(), not_journaled=(), different=(), refunds_compared=False
    )
    agreeing = replace(report, journal_check=charges_only)
    assert "agrees with Stripe on this register's charges: 5\n" in report_table(agreeing)
    idle = replace(report, journal_check=replace(charges_only, matched=0))
    assert "nothing from this register on this day, in the journal or at Stripe\n" in (
        report_table(idle)
    )
    unread = replace(report, journal_check_error="No journal at /data/journal.sqlite3.")
    assert "This till's journal: not compared (No journal at /data/journal.sqlite3.)" in (
        report_table(unread)
    )
