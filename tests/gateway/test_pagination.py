"""Cursor pagination walks every page with the same filters (docs/stripe.md §5.1)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pos_app.domain.pacing import paced

from .helpers import charge_json, customer_json, make_rig, ok, page, query, refund_json


def test_iter_charges_walks_three_pages_with_the_same_filters() -> None:
    rig = make_rig(
        ok(page([charge_json("ch_9"), charge_json("ch_8"), charge_json("ch_7")], has_more=True)),
        ok(page([charge_json("ch_6"), charge_json("ch_5"), charge_json("ch_4")], has_more=True)),
        ok(page([charge_json("ch_3")], has_more=False)),
    )
    ids = [
        c.id
        for c in rig.gateway.iter_charges(
            created_gte=1_700_000_000, created_lt=1_700_086_400, customer="cus_1", page_size=3
        )
    ]
    assert ids == ["ch_9", "ch_8", "ch_7", "ch_6", "ch_5", "ch_4", "ch_3"]
    window = [
        ("created[gte]", "1700000000"),
        ("created[lt]", "1700086400"),
        ("customer", "cus_1"),
        ("limit", "3"),
    ]
    assert [query(r) for r in rig.requests] == [
        window,
        [*window, ("starting_after", "ch_7")],
        [*window, ("starting_after", "ch_4")],
    ]


def test_iteration_is_lazy_and_stops_on_an_empty_page() -> None:
    rig = make_rig(ok(page([charge_json("ch_1")], has_more=True)), ok(page([], has_more=True)))
    charges = rig.gateway.iter_charges()
    assert rig.requests == []
    assert [c.id for c in charges] == ["ch_1"]
    assert len(rig.requests) == 2


def test_iter_customers_keeps_the_email_filter() -> None:
    rig = make_rig(
        ok(page([customer_json("cus_2")], has_more=True, url="/v1/customers")),
        ok(page([customer_json("cus_1")], has_more=False, url="/v1/customers")),
    )
    found = [c.id for c in rig.gateway.iter_customers(email="amy@example.com", page_size=1)]
    assert found == ["cus_2", "cus_1"]
    assert query(rig.requests[1]) == [
        ("email", "amy@example.com"),
        ("limit", "1"),
        ("starting_after", "cus_2"),
    ]


def test_iter_refunds_starts_after_a_given_cursor() -> None:
    rig = make_rig(ok(page([refund_json("re_5")], has_more=False, url="/v1/refunds")))
    refunds = list(rig.gateway.iter_refunds(created_gte=10, starting_after="re_6"))
    assert [r.id for r in refunds] == ["re_5"]
    assert query(rig.last) == [("created[gte]", "10"), ("limit", "100"), ("starting_after", "re_6")]


def test_a_background_listing_passes_the_windows_gate_before_decoding_each_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Decoding a page is one long call that holds the interpreter: a listing paced by the
    # window (domain/pacing.py) waits for it to be idle first, then between charges.
    rig = make_rig(
        ok(page([charge_json("ch_2"), charge_json("ch_1")], has_more=True)),
        ok(page([], has_more=False)),
    )
    seen: list[str] = []
    decode = httpx.Response.json

    def decoding(response: httpx.Response, **kwargs: Any) -> Any:
        seen.append("decode")
        return decode(response, **kwargs)

    monkeypatch.setattr(httpx.Response, "json", decoding)
    with paced(lambda: seen.append("gate")):
        ids = [c.id for c in rig.gateway.iter_charges(page_size=2)]
    assert ids == ["ch_2", "ch_1"]
    assert seen == ["gate", "decode", "gate", "gate", "gate", "decode"]
    # A payment's thread has no gate: nothing waits.
    seen.clear()
    rig.recorder.replies.append(ok(page([charge_json("ch_3")], has_more=False)))
    assert [c.id for c in rig.gateway.iter_charges()] == ["ch_3"]
    assert seen == ["decode"]
