"""The history table's model and filter pass Qt's model tester while pages arrive, sort by the
numbers behind the words, and the hourly chart draws what the totals say."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from pos_app.domain.cards import Brand
from pos_app.domain.localday import day_window
from pos_app.domain.models import Card, Charge, ChargeStatus
from pos_app.domain.money import Money
from pos_app.services.day_report import DayTotals
from pos_app.ui.history_model import CHARGE_ROLE, Column, HistoryFilter, HistoryModel
from pos_app.ui.hour_chart import HourChart

pytestmark = pytest.mark.gui

ZONE = ZoneInfo("Europe/Berlin")
START = datetime(2024, 6, 1, 8, tzinfo=ZONE)


def charge(n: int, *, status: ChargeStatus = ChargeStatus.SUCCEEDED, refunded: int = 0,
           cashier: str = "Sam", currency: str = "usd") -> Charge:  # fmt: skip
    amount = 100 * (n % 7 + 1) + n
    return Charge(
        id=f"ch_{n:04d}",
        amount=Money(amount, currency),
        amount_refunded=Money(refunded, currency),
        status=status,
        paid=True,
        captured=True,
        refunded=refunded == amount,
        created=(START + timedelta(minutes=7 * n)).astimezone(UTC),
        livemode=False,
        description=f"sale {n}",
        metadata={"order_id": f"R1-{n:06d}", "cashier": cashier, "register_id": f"R{n % 2}"},
        card=Card("", Brand.AMEX if n % 3 else Brand.VISA, f"{n:04d}", 12, 2030),
    )


def page(first: int, count: int) -> list[Charge]:
    return [
        charge(n, status=ChargeStatus.FAILED if n % 5 == 0 else ChargeStatus.SUCCEEDED,
               cashier="Alex" if n % 2 else "Sam")
        for n in range(first, first + count)
    ]  # fmt: skip


def fill(model: HistoryModel, proxy: HistoryFilter) -> None:
    """Pages arriving, a reload overlapping them, filters changing, a new day."""
    model.append(page(0, 40))
    model.append(page(40, 40))
    model.append(page(20, 10))  # seen already: replaces its rows, never doubles them
    proxy.set_filters(status="failed")
    proxy.set_filters(cashier="Alex", text="sale")
    proxy.set_filters()
    model.clear()
    model.append(page(0, 5))
    assert model.rowCount() == 5 and proxy.rowCount() == 5


@pytest.mark.parametrize("force_py", [True, False], ids=["python-tester", "qt-tester"])
@pytest.mark.parametrize("checked", ["model", "filter"])
def test_the_model_and_its_filter_pass_the_model_tester_while_pages_arrive(
    qtmodeltester, checked: str, force_py: bool
) -> None:
    model = HistoryModel(ZONE)
    proxy = HistoryFilter()
    proxy.setSourceModel(model)
    proxy.sort(Column.AMOUNT, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model if checked == "model" else proxy, force_py=force_py)
    fill(model, proxy)


def test_a_known_charge_replaces_its_row() -> None:
    model = HistoryModel(ZONE)
    model.append(page(0, 3))
    refunded = charge(1, refunded=50)
    assert model.append([refunded]) == []
    assert model.rowCount() == 3
    assert model.data(model.index(1, Column.STATUS)) == "partly refunded"


def test_the_days_whole_answer_puts_right_only_the_rows_that_differ(qtbot) -> None:
    model = HistoryModel(ZONE)
    shown = page(0, 4)
    model.append(shown)
    # The same objects, as a listing's pages and its report share them: nothing to do.
    with qtbot.assertNotEmitted(model.dataChanged), qtbot.assertNotEmitted(model.rowsInserted):
        assert model.reconcile(shown) == []
    # Refunded between its page and the end, and one the pages missed.
    refunded, missed = charge(2, refunded=50), charge(9)
    answer = [shown[0], shown[1], refunded, shown[3], missed]
    assert [c.id for c in model.reconcile(answer)] == ["ch_0002", "ch_0009"]
    assert model.rowCount() == 5
    assert model.data(model.index(model.row_of("ch_0002"), Column.STATUS)) == "partly refunded"
    assert model.data(model.index(0, Column.TIME)) == "09:03:00"  # the missed one, newest


def test_times_are_the_shops_clock_and_amounts_sort_as_numbers() -> None:
    model = HistoryModel(ZONE)
    model.append([charge(1), charge(2)])  # out of Stripe's order: sorted, newest first
    assert model.data(model.index(0, Column.TIME)) == "08:14:00"
    assert model.data(model.index(1, Column.TIME)) == "08:07:00"
    model.clear()
    model.append([charge(1)])
    assert model.data(model.index(0, Column.AMOUNT)) == "$2.01"
    assert model.data(model.index(0, Column.CARD)) == "Amex •••• 0001"
    assert model.data(model.index(0, Column.ORDER)) == "R1-000001"
    proxy = HistoryFilter()
    proxy.setSourceModel(model)
    big = charge(6)  # 700 + 6 = $7.06 sorts above $10-ish amounts only as a number
    small = charge(7)  # 100 + 7 = $1.07
    model.append([big, small, charge(2)])
    proxy.sort(Column.AMOUNT, Qt.SortOrder.AscendingOrder)
    amounts = [proxy.data(proxy.index(r, Column.AMOUNT)) for r in range(proxy.rowCount())]
    assert amounts == ["$1.07", "$2.01", "$3.02", "$7.06"]
    assert proxy.data(proxy.index(0, 0), CHARGE_ROLE).id == "ch_0007"
    model.append([charge(3)])  # a page arriving while sorted by amount lands in its place
    amounts = [proxy.data(proxy.index(r, Column.AMOUNT)) for r in range(proxy.rowCount())]
    assert amounts == ["$1.07", "$2.01", "$3.02", "$4.03", "$7.06"]
    assert model.headerData(Column.AMOUNT, Qt.Orientation.Horizontal) == "Amount"
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.data(QModelIndex()) is None


def test_the_filter_matches_words_anywhere_in_the_row() -> None:
    model = HistoryModel(ZONE)
    model.append(page(0, 12))
    proxy = HistoryFilter()
    proxy.setSourceModel(model)
    proxy.set_filters(text="r1-000011")
    assert [c.id for c in proxy.charges(range(proxy.rowCount()))] == ["ch_0011"]
    proxy.set_filters(text="amex 0004")
    assert [c.id for c in proxy.charges(range(proxy.rowCount()))] == ["ch_0004"]
    proxy.set_filters(register="R0", status="failed")
    assert {c.id for c in proxy.charges(range(proxy.rowCount()))} == {"ch_0000", "ch_0010"}


def test_a_saved_customer_is_named_and_found_by_name_or_id(qtbot) -> None:
    model = HistoryModel(ZONE)
    walk_in, regular = page(0, 2)
    regular = dataclasses.replace(regular, customer="cus_NffrFeUfNV2Hib")
    model.append([walk_in, regular])
    proxy = HistoryFilter()
    proxy.setSourceModel(model)
    proxy.set_filters(text="ada")
    assert proxy.rowCount() == 0

    def customer_cell(charge: Charge) -> QModelIndex:
        rows = range(model.rowCount())
        (found,) = [r for r in rows if model.index(r, 0).data(CHARGE_ROLE).id == charge.id]
        return model.index(found, Column.CUSTOMER)

    row = customer_cell(regular)
    assert row.data() == "cus_NffrFeUfNV2Hib"  # not (yet) known to the till: Stripe's id

    with qtbot.waitSignal(model.dataChanged):
        model.set_customer_names({"cus_NffrFeUfNV2Hib": "Ada Lovelace"})
    proxy.refilter()

    assert row.data() == "Ada Lovelace"
    assert row.data(Qt.ItemDataRole.ToolTipRole) == "Ada Lovelace (cus_NffrFeUfNV2Hib)"
    assert customer_cell(walk_in).data() == ""  # a walk-in sale names nobody
    assert [c.id for c in proxy.charges(range(proxy.rowCount()))] == [regular.id]
    proxy.set_filters(text="cus_nffrfeufnv2hib")
    assert [c.id for c in proxy.charges(range(proxy.rowCount()))] == [regular.id]
    # Rows of later pages are named as they arrive.
    later = dataclasses.replace(page(5, 1)[0], customer="cus_NffrFeUfNV2Hib")
    model.append([later])
    assert customer_cell(later).data() == "Ada Lovelace"


def test_the_chart_draws_the_hours_of_the_day(qtbot) -> None:
    window = day_window(date(2024, 6, 1), ZONE)
    totals = DayTotals.of(window, page(0, 30))
    chart = HourChart()
    qtbot.addWidget(chart)
    chart.resize(360, 150)
    chart.set_data("usd", window.hours(), totals.hourly["usd"])
    chart.show()
    qtbot.waitExposed(chart)
    image = chart.grab().toImage()
    assert image.width() >= 360
    assert len(chart.amounts) == 24 and sum(chart.amounts) == totals.totals["usd"].gross
    assert "busiest hour" in chart.accessibleDescription()
    # Some bar pixels are the accent colour.
    blue = sum(
        1
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
        if image.pixelColor(x, y).name() == "#1d4ed8"
    )
    assert blue > 20
    chart.clear()
    assert chart.accessibleDescription() == "No sales yet on this day."


def test_a_painted_row_looks_the_same_as_when_qt_asks_role_by_role(qtbot) -> None:
    # The model and its filter answer a painted cell's roles in one call (multiData); the
    # pixels must be those of Qt asking data() once per role (fonts, alignment, the status
    # colour), with and without the filter in front.
    class RoleByRole(HistoryModel):
        def multiData(self, index, roleDataSpan):
            QAbstractTableModel.multiData(self, index, roleDataSpan)

    class QtFilter(HistoryFilter):
        def multiData(self, index, roleDataSpan):
            QSortFilterProxyModel.multiData(self, index, roleDataSpan)

        def flags(self, index):
            return QSortFilterProxyModel.flags(self, index)

    for filtered in (False, True):
        images = []
        for kind, filter_kind in ((HistoryModel, HistoryFilter), (RoleByRole, QtFilter)):
            model = kind(ZONE)
            model.append(page(0, 12))
            proxy = filter_kind()
            proxy.setSourceModel(model)
            view = QTableView()
            view.setModel(proxy if filtered else model)
            view.resize(1100, 400)
            qtbot.addWidget(view)
            view.show()
            view.selectRow(2)
            images.append(view.grab().toImage())
        assert images[0] == images[1]
