"""The day's report written out: JSON for programs, CSV for spreadsheets, a table for people.

The three share one set of charge fields (`CHARGE_FIELDS`) and the totals of `day_report`.
Amounts are integers in minor units, a missing value is JSON `null` (an empty CSV cell), card
brands are Stripe's lowercase codes (docs/stripe.md §4.3), times are ISO 8601 in the shop's
time zone with their UTC offset.

The CSV is UTF-8 with a byte-order mark, so that Excel opens it with the right characters, and
every cell that a spreadsheet would read as a formula (starting with `=`, `+`, `-` or `@`, or a
tab or carriage return that some spreadsheets skip before reading one) is prefixed with `'`:
a description typed at the till must never run as a formula on the accountant's computer.

The CSV and the JSON are for programs and the accountant's spreadsheet, so they never follow
the shop's locale: amounts stay integers of minor units. Only the table, written for people,
takes a formatter (`fmt`), the domain's own `format_money` unless the caller passes the
shop's.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import Any

from pos_app.domain.attempts import AttemptKind, AttemptRecord
from pos_app.domain.models import Refund
from pos_app.domain.money import AmountFormat, Money, format_money

from .day_report import ChargeLine, DayReport, Group
from .journal_check import JournalCheck, Made

__all__ = [
    "CHARGE_FIELDS",
    "FORMATS",
    "neutralise_cell",
    "render",
    "report_csv",
    "report_json",
    "report_object",
    "report_table",
]

CHARGE_FIELDS = (
    "id",
    "created",
    "amount",
    "currency",
    "status",
    "amount_refunded",
    "brand",
    "last4",
    "customer",
    "order_id",
    "cashier",
    "register",
    "description",
    "stripe_fee",
    "stripe_net",
    "settlement_currency",
)
TOTAL_FIELDS = ("charges", "succeeded", "failed", "gross", "refunded", "net")
FORMATS = ("table", "csv", "json")

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def _charge_object(line: ChargeLine) -> dict[str, Any]:
    values = {name: getattr(line, name) for name in CHARGE_FIELDS}
    values["created"] = line.created.isoformat()
    return values


def _groups(table: dict[str, dict[str, Group]]) -> dict[str, dict[str, dict[str, int]]]:
    return {
        currency: {key: {"count": g.count, "gross": g.gross} for key, g in sorted(groups.items())}
        for currency, groups in sorted(table.items())
    }


def report_object(report: DayReport) -> dict[str, Any]:
    """The report as JSON-ready data (the `pos-app report --format json` document)."""
    totals = report.totals
    return {
        "date": report.window.day.isoformat(),
        "timezone": report.zone_name,
        "window": {
            "start": report.window.start.isoformat(),
            "end": report.window.end.isoformat(),
        },
        "totals": {
            currency: {
                "charges": t.charges,
                "succeeded": t.succeeded,
                "failed": t.failed,
                "gross": t.gross,
                "refunded": t.refunded,
                "net": t.net,
            }
            for currency, t in sorted(totals.totals.items())
        },
        "fees": {
            currency: {
                "charges": f.charges,
                "amount": f.amount,
                "fee": f.fee,
                "net": f.net,
                "refunded": f.refunded,
                "earlier_refunded": f.earlier_refunded,
                "after_refunds": f.after_refunds,
            }
            for currency, f in sorted(totals.fees.items())
        },
        "charges_without_fees": totals.unsettled,
        "by_brand": _groups(totals.by_brand),
        "by_cashier": _groups(totals.by_cashier),
        "charges": [_charge_object(line) for line in report.lines()],
        "earlier_refunds_read": report.earlier_refunds_read,
        "earlier_refund_totals": {
            currency: {"count": g.count, "amount": g.gross}
            for currency, g in sorted(totals.earlier_refunds.items())
        },
        "earlier_refunds": [_charge_object(line) for line in report.refund_lines()],
        "journal_check": (
            _journal_object(report.journal_check, report)
            if report.journal_check is not None
            else None
        ),
        "journal_check_error": report.journal_check_error,
    }


def _journal_object(check: JournalCheck, report: DayReport) -> dict[str, Any]:
    """This till's journal against Stripe's day: what each side holds where they differ."""

    def attempt(record: AttemptRecord) -> dict[str, Any]:
        return {
            "attempt_key": record.attempt_key,
            "kind": record.kind.value,
            "created": record.created_at.astimezone(report.window.start.tzinfo).isoformat(),
            "order_id": record.order_id,
            "amount": record.amount,
            "currency": record.currency,
            "state": record.state.value,
            "stripe_id": record.stripe_id,
        }

    def made(item: Made) -> dict[str, Any]:
        return {
            "object": "refund" if isinstance(item, Refund) else "charge",
            "id": item.id,
            "created": item.created.astimezone(report.window.start.tzinfo).isoformat(),
            "order_id": item.metadata.get("order_id"),
            "amount": item.amount.amount,
            "currency": item.amount.currency,
            "status": item.status.value,
        }

    return {
        "register_id": check.register_id,
        "agrees": check.agrees,
        "refunds_compared": check.refunds_compared,
        "matched": check.matched,
        "not_at_stripe": [attempt(a) for a in check.not_at_stripe],
        "not_journaled": [made(m) for m in check.not_journaled],
        "different": [
            {"what": d.what, "journaled": attempt(d.attempt), "at_stripe": made(d.at_stripe)}
            for d in check.different
        ],
        "still_open": [attempt(a) for a in check.still_open],
    }


def report_json(report: DayReport) -> str:
    return json.dumps(report_object(report), indent=2, ensure_ascii=False) + "\n"


def neutralise_cell(value: object) -> str:
    """The text of one CSV cell, never a formula: `'` before a risky first character. A
    number is written as it is: a negative one (a refund's net) must stay a number."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    return f"'{text}" if text.startswith(_FORMULA_STARTS) else text


def report_csv(report: DayReport) -> str:
    """One row per charge, the charge fields as columns, then one per refund made on the day
    of an earlier sale (status "refund of an earlier sale"); starts with the BOM."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CHARGE_FIELDS)
    for line in [*report.lines(), *report.refund_lines()]:
        row = _charge_object(line)
        writer.writerow([neutralise_cell(row[name]) for name in CHARGE_FIELDS])
    return BOM + buffer.getvalue()


def _table(head: list[str], rows: list[list[str]], right: set[int]) -> list[str]:
    widths = [max(len(cells[i]) for cells in [head, *rows]) for i in range(len(head))]
    out = []
    for cells in [head, *rows]:
        padded = [
            cell.rjust(width) if index in right else cell.ljust(width)
            for index, (cell, width) in enumerate(zip(cells, widths, strict=True))
        ]
        out.append("  ".join(padded).rstrip())
    return out


def report_table(report: DayReport, fmt: AmountFormat = format_money) -> str:
    """A plain-text report for a terminal or a printer: totals, breakdowns, then the charges."""
    window, totals = report.window, report.totals

    def _money(amount: int, currency: str) -> str:
        return fmt(Money(amount, currency))

    lines = [
        f"Charges of {window.day.isoformat()} ({report.zone_name})",
        f"from {window.start.isoformat()} to {window.end.isoformat()}",
        "",
    ]
    if not report.charges:
        # The day's refunds of earlier sales, if any, still left its balance.
        lines += ["No charges on this day."]
        lines += _fees_table(report, _money) if report.earlier_refunds else []
        lines += _earlier_table(report, _money)
        lines += _journal_table(report, fmt)
        return "\n".join(lines) + "\n"
    head = ["currency", "charges", "succeeded", "failed", "gross", "refunded", "net"]
    rows = [
        [
            currency.upper(),
            str(t.charges),
            str(t.succeeded),
            str(t.failed),
            _money(t.gross, currency),
            _money(t.refunded, currency),
            _money(t.net, currency),
        ]
        for currency, t in sorted(totals.totals.items())
    ]
    lines += _table(head, rows, set(range(1, 7)))
    lines += _fees_table(report, _money)
    # Before the breakdowns and the day's list: a disagreement must not scroll out of sight.
    lines += _journal_table(report, fmt)
    for title, table in (
        ("card brand", totals.by_brand),
        ("cashier", totals.by_cashier),
        ("register", totals.by_register),
    ):
        rows = [
            [currency.upper(), key, str(group.count), _money(group.gross, currency)]
            for currency, groups in sorted(table.items())
            for key, group in sorted(groups.items())
        ]
        lines += ["", *_table(["currency", title, "count", "gross"], rows, {2, 3})]
    head = ["time", "amount", "status", "card", "order", "cashier", "register", "id"]
    rows = [
        [
            line.created.strftime("%H:%M:%S"),
            _money(line.amount, line.currency) if line.amount is not None else "",
            line.status,
            f"{line.brand or ''} {line.last4 or ''}".strip(),
            line.order_id or "",
            line.cashier or "",
            line.register or "",
            line.id,
        ]
        for line in report.lines()
    ]
    lines += ["", *_table(head, rows, {1})]
    lines += _earlier_table(report, _money)
    return "\n".join(lines) + "\n"


def _earlier_table(report: DayReport, money: Callable[[int, str], str]) -> list[str]:
    """The refunds made on the day of earlier days' sales, or that they could not be read."""
    if not report.earlier_refunds_read:
        return [
            "",
            "Refunds of earlier sales made on this day: not read (Stripe did not list them).",
        ]
    if not report.earlier_refunds:
        return []
    head = ["time", "refunded", "card", "order", "cashier", "register", "refund", "sale"]
    rows = [
        [
            line.created.strftime("%H:%M:%S"),
            money(line.amount_refunded, line.currency),
            f"{line.brand or ''} {line.last4 or ''}".strip(),
            line.order_id or "",
            line.cashier or "",
            line.register or "",
            line.id,
            line.description or "",
        ]
        for line in report.refund_lines()
    ]
    return ["", "Refunds made on this day of earlier sales", *_table(head, rows, {1})]


def _journal_table(report: DayReport, fmt: AmountFormat) -> list[str]:
    """This till's journal against Stripe's day: one line when they agree, else each
    disagreement on a row of its own (what the journal holds, and what Stripe does)."""
    check = report.journal_check
    if check is None:
        if report.journal_check_error is None:
            return []
        return ["", f"This till's journal: not compared ({report.journal_check_error})"]
    lines = ["", f"This till's journal (register {check.register_id})"]
    objects = "charges and refunds" if check.refunds_compared else "charges"
    if check.agrees and check.matched == 0 and not check.still_open:
        lines.append("nothing from this register on this day, in the journal or at Stripe")
    elif check.agrees:
        lines.append(f"agrees with Stripe on this register's {objects}: {check.matched}")
    else:
        lines += [
            f"DISAGREES with Stripe on this register's {objects} ({check.matched} agree);",
            "a manager should check each of these in the Stripe Dashboard:",
        ]

    def journaled(record: AttemptRecord) -> list[str]:
        return [
            "refund" if record.kind is AttemptKind.REFUND else "charge",
            record.order_id or "",
            fmt(record.money) if record.money is not None else "",
            record.state.value,
            record.stripe_id or "",
        ]

    def at_stripe(item: Made) -> list[str]:
        return [
            "refund" if isinstance(item, Refund) else "charge",
            item.metadata.get("order_id", ""),
            fmt(item.amount),
            item.status.value,
            item.id,
        ]

    rows = [["journaled, not at Stripe", *journaled(a)] for a in check.not_at_stripe]
    rows += [["at Stripe, not journaled", *at_stripe(m)] for m in check.not_journaled]
    for d in check.different:
        rows += [
            [f"different {d.what}, journal:", *journaled(d.attempt)],
            [f"different {d.what}, Stripe:", *at_stripe(d.at_stripe)],
        ]
    rows += [["still being checked", *journaled(a)] for a in check.still_open]
    if rows:
        head = ["", "kind", "order", "amount", "status", "id"]
        lines += _table(head, rows, {3})
    return lines


def _fees_table(report: DayReport, money: Callable[[int, str], str]) -> list[str]:
    """Stripe's fees per settlement currency, and what the charges add to the payouts."""
    totals = report.totals
    lines: list[str] = []
    if totals.fees:
        head = [
            "settled in",
            "charges",
            "amount",
            "stripe fees",
            "net",
            "refunded",
            "earlier sales refunded",
            "to payouts",
        ]
        rows = [
            [
                currency.upper(),
                str(f.charges),
                money(f.amount, currency),
                money(f.fee, currency),
                money(f.net, currency),
                money(f.refunded, currency),
                money(f.earlier_refunded, currency),
                money(f.after_refunds, currency) if f.after_refunds is not None else "unknown",
            ]
            for currency, f in sorted(totals.fees.items())
        ]
        lines += ["", *_table(head, rows, set(range(1, 8)))]
    if totals.unsettled:
        lines += [
            "",
            f"Stripe's fees not read for {totals.unsettled} succeeded charge(s) "
            "(the key may not read balance transactions).",
        ]
    return lines


def render(report: DayReport, fmt: str, amount_format: AmountFormat = format_money) -> str:
    """The report in one of FORMATS (`amount_format` writes the table's amounts)."""
    if fmt == "json":
        return report_json(report)
    if fmt == "csv":
        return report_csv(report)
    if fmt == "table":
        return report_table(report, amount_format)
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
