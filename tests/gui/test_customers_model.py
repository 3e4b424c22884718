"""The customer directory's table model: Qt's model contract, search as you type, live rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from pos_app.domain.cards import Brand
from pos_app.domain.customers import CustomerSummary
from pos_app.ui.customers_model import SUMMARY_ROLE, Column, CustomersModel, arrivals

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 28)
SAVED = datetime(2026, 3, 12, 10, 0, tzinfo=UTC)


def person(n: int, name: str, email: str = "", phone: str = "", **card: object) -> CustomerSummary:
    fields: dict[str, object] = {
        "card_id": f"card_{n}",
        "card_brand": Brand.VISA,
        "card_last4": "4242",
        "card_exp_month": 12,
        "card_exp_year": 2030,
        "card_saved_at": SAVED,
        **card,
    }
    return CustomerSummary(
        id=f"cus_{n}",
        name=name,
        email=email,
        phone=phone,
        created=SAVED + timedelta(minutes=n),
        **fields,  # type: ignore[arg-type]
    )


PEOPLE = [
    person(1, "Ada Lovelace", "ada@example.com", "+44 20 7946 0001"),
    person(2, "Grace Hopper", "grace@navy.example.org", "+1 202 555 0147", card_exp_year=2026),
    person(3, "Alan Turing", "alan@example.co.uk", "", card_exp_year=2024, card_exp_month=1),
    person(4, "Katherine Johnson", "kj@nasa.example.gov", "+1 757 555 0199", card_id=""),
]


@pytest.fixture
def model(qtbot: object) -> Iterator[CustomersModel]:
    made = CustomersModel(today=lambda: TODAY)
    made.reset(PEOPLE)
    yield made
    # Deleted on the GUI thread now, never by a garbage collection on some worker later.
    made.deleteLater()


def names(model: CustomersModel) -> list[str]:
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_the_model_keeps_qts_contract_while_it_is_searched_sorted_and_changed(
    qtmodeltester: object, model: CustomersModel
) -> None:
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_query("example")
    model.sort(Column.EMAIL, Qt.SortOrder.DescendingOrder)
    model.upsert([person(5, "Tim Berners-Lee", "tbl@w3.example.org")])
    model.upsert([person(1, "Ada King", "ada@example.com")])
    model.remove(["cus_2"])
    model.set_query("")
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_rows_show_the_customer_and_their_default_card(model: CustomersModel) -> None:
    row = names(model).index("Grace Hopper")

    def cell(column: Column) -> object:
        return model.index(row, column).data()

    assert cell(Column.EMAIL) == "grace@navy.example.org"
    assert cell(Column.PHONE) == "+1 202 555 0147"
    assert cell(Column.CARD) == "Visa •••• 4242"
    assert cell(Column.EXPIRES) == "12/26 soon"
    assert cell(Column.SAVED) == SAVED.astimezone().strftime("%d %b %Y")
    assert model.index(row, 0).data(SUMMARY_ROLE).id == "cus_2"
    turing = names(model).index("Alan Turing")
    assert model.index(turing, Column.EXPIRES).data() == "Expired"
    assert "expired" in model.index(turing, Column.EXPIRES).data(Qt.ItemDataRole.ToolTipRole)
    johnson = names(model).index("Katherine Johnson")
    assert model.index(johnson, Column.CARD).data() == "No card"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("lovelace", ["Ada Lovelace"]),
        ("NAVY.example", ["Grace Hopper"]),
        ("example.co", ["Ada Lovelace", "Alan Turing"]),
        ("555 0147", ["Grace Hopper"]),
        ("(202) 555-01", ["Grace Hopper"]),
        ("a jo", ["Katherine Johnson"]),
        ("nobody", []),
    ],
)
def test_search_matches_part_of_a_name_an_email_or_a_phone_number(
    model: CustomersModel, query: str, found: list[str]
) -> None:
    model.set_query(query)

    assert sorted(names(model)) == found


def test_typing_on_narrows_and_deleting_widens_again(model: CustomersModel) -> None:
    for typed, count in (("n", 3), ("na", 2), ("nav", 1), ("na", 2), ("", 4)):
        model.set_query(typed)
        assert model.rowCount() == count, typed


def test_a_page_arriving_keeps_the_selected_customer_selected(
    qtbot: object, model: CustomersModel
) -> None:
    view = QTableView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.setModel(model)
    view.selectRow(names(model).index("Grace Hopper"))

    model.upsert([person(6, "Aaron Aardvark"), person(7, "Zed Zebra")])

    selected = view.selectionModel().selectedRows()
    assert [model.summary(i.row()).name for i in selected] == ["Grace Hopper"]
    assert names(model)[0] == "Aaron Aardvark" and names(model)[-1] == "Zed Zebra"


def test_a_listing_is_prepared_out_of_sight_and_shown_in_one_update(
    model: CustomersModel,
) -> None:
    # Pages of a listing are prepared a slice at a time without the view seeing anything,
    # then shown at once: new customers in their sorted places, a changed one updated, an
    # unchanged one left alone.
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    arriving = [person(n, f"Zed Zebra {n}") for n in range(10, 200)]
    arriving += [person(0, "Aaron Aardvark"), PEOPLE[0], person(2, "Grace Brewster Hopper")]
    model.stage(arriving)

    assert not model.prepare(0.0)  # a slice at most per call
    assert model.staging and names(model)[0] == "Ada Lovelace" and resets == []
    while not model.prepare(0.0):
        pass
    assert model.rowCount() == 4 and resets == []

    shown = model.publish()

    assert resets == [True]
    assert model.total == 4 + 191 and not model.staging
    assert {c.id for c in shown} == {f"cus_{n}" for n in (0, 2, *range(10, 200))}
    assert names(model)[:4] == [
        "Aaron Aardvark",
        "Ada Lovelace",
        "Alan Turing",
        "Grace Brewster Hopper",
    ]
    assert names(model)[4] == "Katherine Johnson"
    assert names(model)[5] == "Zed Zebra 10" and names(model)[-1] == "Zed Zebra 99"  # as text
    assert model.publish() == []  # nothing more to show: no update at all
    assert resets == [True]


def test_a_listing_lands_in_the_order_and_search_the_cashier_has_chosen(
    model: CustomersModel,
) -> None:
    model.set_query("zebra")
    model.stage([person(20, "Zed Zebra", "zz@example.com"), person(21, "Abe Zebra")])
    model.prepare(1.0)
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)  # between preparing and showing
    model.stage([person(22, "Mo Zebra")])
    assert model.prepare(1.0)
    model.publish()

    assert names(model) == ["Zed Zebra", "Mo Zebra", "Abe Zebra"]
    model.set_query("")
    assert names(model)[0] == "Zed Zebra" and names(model)[-1] == "Abe Zebra"
    assert model.total == 7


def test_customers_sort_by_each_column_as_a_cashier_reads_it(model: CustomersModel) -> None:
    # The sort keys are strings (fast to compare): they must still order as the texts do,
    # a shorter name before a longer one it begins, empty fields last.
    model.upsert([person(5, "Ada", "ad@example.com", "+1 555 0100", card_exp_year=2027)])
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert names(model)[:2] == ["Ada", "Ada Lovelace"]
    model.sort(Column.PHONE, Qt.SortOrder.AscendingOrder)
    assert names(model)[0] == "Grace Hopper" and names(model)[-1] == "Alan Turing"
    model.sort(Column.EXPIRES, Qt.SortOrder.AscendingOrder)
    assert names(model)[:3] == ["Alan Turing", "Grace Hopper", "Ada"]
    assert names(model)[-1] == "Katherine Johnson"
    model.sort(Column.EXPIRES, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Katherine Johnson"


def test_a_new_customer_that_does_not_match_the_search_stays_hidden(
    model: CustomersModel,
) -> None:
    model.set_query("lovelace")
    inserted: list[int] = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append(first))

    model.upsert([person(8, "Zed Zebra"), person(9, "Ada Lovelace-King", "alk@example.com")])

    assert names(model) == ["Ada Lovelace", "Ada Lovelace-King"]
    assert inserted == [1]
    assert model.total == 6


def test_quick_search_offers_the_first_matches_without_touching_the_table(
    model: CustomersModel,
) -> None:
    model.set_query("grace")

    offered = model.matches("example", limit=2)

    assert [c.name for c in offered] == ["Ada Lovelace", "Alan Turing"]
    assert names(model) == ["Grace Hopper"]
    assert model.rowCount(QModelIndex()) == 1


def test_a_painted_row_looks_the_same_as_when_qt_asks_role_by_role(qtbot: object) -> None:
    # The model answers a painted cell's roles in one call (multiData); the pixels must be
    # those of Qt asking data() once per role.
    class RoleByRole(CustomersModel):
        def multiData(self, index, roleDataSpan):  # type: ignore[no-untyped-def]
            QAbstractTableModel.multiData(self, index, roleDataSpan)

    images = []
    for kind in (CustomersModel, RoleByRole):
        made = kind(today=lambda: TODAY)
        made.reset(PEOPLE)
        view = QTableView()
        view.setModel(made)
        view.resize(900, 300)
        qtbot.addWidget(view)  # type: ignore[attr-defined]
        view.show()
        images.append(view.grab().toImage())
    assert images[0] == images[1]


def test_an_empty_list_is_searched_without_error() -> None:
    model = CustomersModel(today=lambda: TODAY)
    model.reset([])

    model.set_query("ada")

    assert model.rowCount() == 0
    assert model.matches("ada", limit=5) == []


def test_arrivals_keyed_on_a_worker_land_in_their_sorted_places(model: CustomersModel) -> None:
    # A listing's worker makes the keys; the GUI thread only merges them, unchanged
    # customers left alone.
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    keyed = arrivals(
        [person(0, "Aaron Aardvark"), PEOPLE[0], person(30, "Zed Zebra")], model.sort_order
    )

    model.stage_arrivals(keyed)
    assert model.prepare(0.0) and resets == []
    shown = model.publish()

    assert {c.id for c in shown} == {"cus_0", "cus_30"}  # PEOPLE[0] is shown as it was
    assert names(model)[0] == "Aaron Aardvark" and names(model)[-1] == "Zed Zebra"
    assert resets == [True]


def test_arrivals_keyed_for_an_old_order_follow_the_new_one(model: CustomersModel) -> None:
    # The cashier sorted the other way while the worker was making the keys.
    keyed = arrivals([person(30, "Zed Zebra"), person(31, "Abe Abbott")], model.sort_order)
    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)

    model.stage_arrivals(keyed)
    while not model.prepare(0.0):
        pass
    model.publish()

    assert names(model)[0] == "Zed Zebra" and names(model)[-1] == "Abe Abbott"


def test_a_change_after_a_first_letter_keeps_the_search_right(model: CustomersModel) -> None:
    # The matches' keys are selected only when a further keystroke asks: a customer added
    # or removed in between (one at a time, in place) must not shift them.
    model.reset([*PEOPLE, *(person(n, f"Zoe Zed {n}") for n in range(50, 90))])
    model.set_query("a")
    model.upsert([person(40, "Aaron Aardvark", "aaron@example.com")])
    model.remove(["cus_60"])

    model.set_query("aa")

    assert names(model) == ["Aaron Aardvark"]
    model.set_query("aaron")
    assert names(model) == ["Aaron Aardvark"]
