"""Records (domain/records.py) behave as the frozen dataclasses they replace."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from pathlib import Path

import pytest

from pos_app.domain.keys import Mode
from pos_app.domain.money import Money
from pos_app.domain.records import as_dict, field, fields, frozen_record, replace
from pos_app.storage.config import RuntimeConfig
from pos_app.storage.settings import Settings


@frozen_record
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)
    secret: str = field(default="", repr=False)


@dataclasses.dataclass(frozen=True)
class DataclassPoint:
    x: int
    y: int = 0
    tags: list[str] = dataclasses.field(default_factory=list)
    secret: str = dataclasses.field(default="", repr=False)


def test_a_record_is_made_compared_and_shown_as_a_frozen_dataclass() -> None:
    for a, b in ((Point(1, 2), DataclassPoint(1, 2)), (Point(x=3), DataclassPoint(x=3))):
        assert repr(a).replace("Point", "") == repr(b).replace("DataclassPoint", "")
    assert Point(1, 2) == Point(1, 2) == Point(y=2, x=1)
    assert Point(1, 2) != Point(1, 3)
    assert Point(1) != DataclassPoint(1)
    assert Point(1).tags is not Point(1).tags  # the factory runs for each record
    assert "secret" not in repr(Point(1, secret="sk_live_x"))


def test_records_hash_by_value_when_their_values_hash() -> None:
    @frozen_record
    class Pair:
        a: int
        b: str = "x"

    assert hash(Pair(1)) == hash(Pair(1, "x"))
    assert {Pair(1): "one"}[Pair(1, "x")] == "one"


def test_a_record_cannot_be_changed() -> None:
    point = Point(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 2  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del point.y  # type: ignore[misc]
    with pytest.raises(AttributeError):
        point.other = 1  # type: ignore[attr-defined]
    assert point.x == 1


def test_wrong_arguments_are_refused_as_a_dataclass_refuses_them() -> None:
    with pytest.raises(TypeError, match="missing"):
        Point()  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected"):
        Point(1, z=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="multiple"):
        Point(1, x=2)  # type: ignore[misc]
    with pytest.raises(TypeError, match="positional"):
        Point(1, 2, [], "", 5)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="non-default"):

        @frozen_record
        class Wrong:
            a: int = 0
            b: int  # type: ignore[misc]


def test_replace_fields_and_as_dict() -> None:
    point = Point(1, 2, ["a"])
    moved = replace(point, y=5)
    assert moved == Point(1, 5, ["a"]) and point == Point(1, 2, ["a"])
    assert [(f.name, f.type) for f in fields(Point)] == [
        ("x", "int"),
        ("y", "int"),
        ("tags", "list[str]"),
        ("secret", "str"),
    ]
    assert as_dict(point) == {"x": 1, "y": 2, "tags": ["a"], "secret": ""}
    with pytest.raises(TypeError, match="not a record"):
        replace(DataclassPoint(1), y=2)


def test_post_init_checks_every_new_record_and_every_replacement() -> None:
    with pytest.raises(Exception, match="register"):
        Settings(register_id="")
    with pytest.raises(Exception, match="register"):
        replace(Settings(), register_id="")


def test_records_copy_and_pickle() -> None:
    settings = Settings(business_name="Corner Bakery", register_id="FRONT-1")
    for again in (
        copy.copy(settings),
        copy.deepcopy(settings),
        pickle.loads(pickle.dumps(settings)),
    ):
        assert again == settings
    money = Money(1250, "eur")
    assert pickle.loads(pickle.dumps(money)) == money == copy.deepcopy(money)


def test_money_is_a_frozen_value() -> None:
    assert Money(100, "usd") == Money(amount=100, currency="usd")
    assert Money(100, "usd") != Money(100, "eur")
    assert len({Money(100, "usd"), Money(100, "usd")}) == 1
    assert repr(Money(5, "jpy")) == "Money(amount=5, currency='jpy')"
    with pytest.raises(dataclasses.FrozenInstanceError):
        Money(1, "usd").amount = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Money(True, "usd")
    with pytest.raises(ValueError):
        Money(1, "USD")
    match Money(7, "gbp"):
        case Money(amount, currency):
            assert (amount, currency) == (7, "gbp")


def test_a_configuration_without_eq_equals_only_itself_and_hides_its_keys() -> None:
    def config() -> RuntimeConfig:
        return RuntimeConfig(
            secret_key="sk_test_hidden",
            publishable_key="pk_test_hidden",
            api_base="https://api.stripe.com",
            register_id="R1",
            cashier="Ana",
            currency="usd",
            business_name="Shop",
            business_address="",
            receipt_footer="",
            manager_pin_hash="hash-hidden",
            mode=Mode.TEST,
            keys_from_env=True,
            needs_setup=False,
            journal_path=Path("journal.sqlite3"),
            manager_pin_env="2468",
        )

    one = config()
    assert one == one and one != config()
    assert hash(one) != hash(config())
    shown = repr(one)
    for hidden in ("sk_test_hidden", "pk_test_hidden", "hash-hidden", "2468"):
        assert hidden not in shown
    assert "register_id='R1'" in shown
