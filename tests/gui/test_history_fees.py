"""The History totals' line of Stripe's fees: what the day comes to after them, in the order of
the lines above it, or why the fees are not there."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtGui import QTextDocument

from pos_app.domain.attempts import AttemptKind
from pos_app.domain.localday import day_window
from pos_app.domain.models import Charge, ChargeStatus, Refund, RefundStatus, Settlement
from pos_app.domain.money import Money
from pos_app.services.day_report import DayReport, DayTotals
from pos_app.services.journal_check import AMOUNT, OUTCOME, Difference, JournalCheck
from pos_app.ui.history_look import totals_html
from tests.day_support import attempt

pytestmark = pytest.mark.gui

WINDOW = day_window(date(2026, 12, 3), UTC)


def sale(number: int, amount: int, currency: str = "usd", refunded: int = 0) -> Charge:
    return Charge(
        id=f"ch_{number}",
        amount=Money(amount, currency),
        amount_refunded=Money(refunded, currency),
        status=ChargeStatus.SUCCEEDED,
        paid=True,
        captured=True,
        refunded=False,
        created=datetime(2026, 12, 3, 12, tzinfo=UTC),
        livemode=False,
    )


def read(paid: Charge, fee: int) -> Charge:
    money = paid.amount
    settled = Settlement(
        money, Money(fee, money.currency), Money(money.amount - fee, money.currency)
    )
    return replace(paid, settlement=settled)


def shown(totals: DayTotals) -> str:
    document = QTextDocument()
    document.setHtml(totals_html(totals))
    return document.toPlainText().replace("\N{NO-BREAK SPACE}", " ")


def fees_line(totals: DayTotals) -> str:
    return next(line for line in shown(totals).splitlines() if line.startswith("Stripe fees"))


def test_the_fees_and_what_reaches_the_bank_follow_the_currencies_above(qapp: object) -> None:
    totals = DayTotals.of(
        WINDOW,
        [
            read(sale(1, 2000, "eur"), 60),
            read(sale(2, 1250), 66),
            read(sale(3, 2500, refunded=500), 103),
            read(sale(4, 1000), 59),
        ],
    )
    line = fees_line(totals)
    # USD has the most charges: first, as in the table and the breakdowns.
    assert line.index("USD") < line.index("EUR")
    assert "USD: $2.28 · after fees and refunds $40.22" in line
    assert "EUR: €0.60 · after fees and refunds €19.40" in line


def test_without_the_balance_s_figures_the_line_says_why(qapp: object) -> None:
    unread = DayTotals.of(WINDOW, [sale(1, 1250), sale(2, 900)])
    assert fees_line(unread) == (
        "Stripe fees  not shown: the API key may not read balance transactions"
    )
    partly = DayTotals.of(WINDOW, [read(sale(1, 1250), 66), sale(2, 900)])
    assert fees_line(partly).endswith("  |  charges without Stripe's figures yet: 1")


def refund_of_an_earlier_sale(number: int, amount: int, currency: str = "usd") -> Refund:
    money = Money(amount, currency)
    left = Money(-amount, currency)
    return Refund(
        id=f"re_{number}",
        amount=money,
        charge=f"ch_old{number}",
        status=RefundStatus.SUCCEEDED,
        created=datetime(2026, 12, 3, 15, tzinfo=UTC),
        settlement=Settlement(left, Money(0, currency), left),
    )


def line_of(totals: DayTotals, title: str) -> str:
    return next(line for line in shown(totals).splitlines() if line.startswith(title))


def test_refunds_of_earlier_sales_are_named_and_taken_from_what_reaches_the_bank(
    qapp: object,
) -> None:
    totals = DayTotals.of(WINDOW, [read(sale(1, 2000), 88), read(sale(2, 1250, refunded=250), 66)])
    totals.add_earlier_refunds(
        [refund_of_an_earlier_sale(1, 800), refund_of_an_earlier_sale(2, 95)]
    )

    assert line_of(totals, "Refunds of earlier sales") == (
        "Refunds of earlier sales  USD: 2 · $8.95"
    )
    # 3250 - 154 in fees - 250 refunded on the day's sales - 895 on earlier ones.
    assert "after fees and refunds $19.51" in fees_line(totals)


def test_a_day_without_sales_still_shows_its_refunds_of_earlier_ones(qapp: object) -> None:
    totals = DayTotals.of(WINDOW, [])
    totals.add_earlier_refunds([refund_of_an_earlier_sale(1, 800)])
    text = shown(totals)
    assert text.startswith("No charges on this day.")
    assert "Refunds of earlier sales  USD: 1 · $8.00" in text
    assert "after fees and refunds -$8.00" in fees_line(totals)


def test_refunds_of_earlier_sales_not_listed_leave_no_figure_for_the_bank(qapp: object) -> None:
    totals = DayTotals.of(WINDOW, [read(sale(1, 2000), 88)])
    totals.earlier_refunds_not_read()
    assert line_of(totals, "Refunds of earlier sales") == (
        "Refunds of earlier sales  not read: Stripe did not list them"
    )
    assert fees_line(totals) == "Stripe fees  USD: $0.88"


def test_the_refund_dialog_says_stripe_keeps_its_fee(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    from pos_app.ui.dialogs.refund_dialog import RefundDialog

    def summary(charge: Charge) -> str:
        dialog = RefundDialog(None, None, charge, UTC)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        label = dialog.findChild(QLabel, "refundChargeLabel")
        assert label is not None
        return label.text()

    assert "Stripe keeps its fee of $0.66 on a refund." in summary(read(sale(1, 1250), 66))
    assert "Stripe keeps" not in summary(sale(2, 1250))  # not read: nothing is claimed
    assert "Stripe keeps" not in summary(read(sale(3, 1250), 0))  # the sandbox takes none


def refund(
    number: int,
    amount: int,
    status: RefundStatus = RefundStatus.SUCCEEDED,
    metadata: dict[str, str] | None = None,
) -> Refund:
    return Refund(
        id=f"re_{number}",
        amount=Money(amount, "usd"),
        charge=f"ch_{number}",
        status=status,
        created=datetime(2026, 12, 3, 15, tzinfo=UTC),
        metadata=metadata or {},
    )


def journal_line(report: DayReport) -> str:
    document = QTextDocument()
    document.setHtml(totals_html(report.totals, report))
    text = document.toPlainText().replace("\N{NO-BREAK SPACE}", " ")
    return next(line for line in text.splitlines() if line.startswith("This till's journal"))


def test_the_journal_line_says_the_till_agrees_with_stripe_or_names_each_charge_it_does_not(
    qapp: object,
) -> None:
    day = [read(sale(1, 2000), 88)]
    agreeing = JournalCheck("FRONT-1", 12, (), (), (), (attempt("FRONT-1-000013", 300, None),))
    report = DayReport.of(WINDOW, "UTC", day)
    assert journal_line(replace(report, journal_check=agreeing)) == (
        "This till's journal  agrees with Stripe on this register's charges and refunds: 12"
        "  |  still being checked: 1"
    )
    # Stripe did not list the day's refunds: the line does not claim they agree.
    charges_only = replace(agreeing, refunds_compared=False, still_open=())
    assert journal_line(replace(report, journal_check=charges_only)) == (
        "This till's journal  agrees with Stripe on this register's charges: 12"
    )
    # A register that sold nothing that day: nothing to agree on, and the line says so.
    idle = JournalCheck("FRONT-1", 0, (), (), (), ())
    assert journal_line(replace(report, journal_check=idle)) == (
        "This till's journal  nothing from this register on this day, in the journal or at Stripe"
    )
    lost = [attempt(f"FRONT-1-00000{n}", 700, f"ch_gone{n}") for n in range(1, 6)]
    stranger = sale(9, 4500)
    stranger = replace(stranger, metadata={"order_id": "FRONT-1-000900"})
    differing = Difference(attempt("FRONT-1-000901", 1999, "ch_2"), sale(2, 2000), AMOUNT)
    given_back = refund(1, 500, metadata={"order_id": "FRONT-1-000902"})
    bounced = Difference(
        attempt("FRONT-1-000903", 800, "re_2", AttemptKind.REFUND),
        refund(2, 800, RefundStatus.FAILED),
        OUTCOME,
    )
    disagreeing = JournalCheck(
        "FRONT-1", 3, tuple(lost), (stranger, given_back), (differing, bounced), ()
    )
    line = journal_line(replace(report, journal_check=disagreeing))
    assert "(ch_9), refund FRONT-1-000902 $5.00 (re_1)" in line
    assert "(ch_2), refund FRONT-1-000903 $8.00 (re_2) → refund $8.00 (failed) (re_2)" in line
    # Past the first few, the line still says how many of the rest are refunds.
    many = (sale(5, 100), sale(6, 200), sale(7, 300), sale(8, 400), refund(3, 100))
    crowded = JournalCheck("FRONT-1", 0, (), many, (), ())
    assert journal_line(replace(report, journal_check=crowded)).endswith(
        "(ch_7) and 2 more, 1 of them refunds"
    )
    assert "journaled, not at Stripe: FRONT-1-000001 $7.00 (ch_gone1)" in line
    assert "FRONT-1-000003 $7.00 (ch_gone3) and 2 more" in line
    assert "at Stripe, not journaled: FRONT-1-000900 $45.00 (ch_9)" in line
    assert "different at Stripe: FRONT-1-000901 $19.99 (ch_2) → $20.00 (ch_2)" in line
    failed = replace(report, journal_check_error="The journal could not be read: disk I/O error")
    assert journal_line(failed) == (
        "This till's journal  not compared: The journal could not be read: disk I/O error"
    )


def test_a_day_missing_hundreds_of_charges_is_worded_by_the_three_the_line_names(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The line is built on the GUI thread as the day's load finishes: wording every one of
    # 500 missing charges to show three held the window for milliseconds.
    import pos_app.ui.history_look as look

    worded: list[Money] = []
    real = look.format_amount

    def counting(money: Money) -> str:
        worded.append(money)
        return real(money)

    monkeypatch.setattr(look, "format_amount", counting)
    missing = tuple(
        replace(sale(n, 100 + n), metadata={"order_id": f"FRONT-1-{n:06d}"}) for n in range(1, 501)
    )
    crowded = JournalCheck("FRONT-1", 0, (), missing, (), ())
    report = DayReport.of(WINDOW, "UTC", [read(sale(1, 2000), 88)])
    line = journal_line(replace(report, journal_check=crowded))
    assert line.endswith("FRONT-1-000003 $1.03 (ch_3) and 497 more")
    journal_words = [money for money in worded if money.amount in (101, 102, 103)]
    assert len(journal_words) == 3
    assert not [money for money in worded if 104 <= money.amount <= 600]
