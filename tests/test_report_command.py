"""`pos-app report`: the day's report without the window, for the accountant or a scheduled job.

Same configuration sources as the till (environment first), same service code as the History
page; a one-line error and a non-zero exit when it cannot do its job.
"""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos_app.app import load_config
from pos_app.domain.cards import CardDetails
from pos_app.domain.keys import Mode
from pos_app.domain.money import Money
from pos_app.gateway import GatewayConfig, StripeGateway
from pos_app.services.attempts import AttemptPipeline
from pos_app.services.charging import ChargeService
from pos_app.services.receipts import ReceiptService, ShopDetails
from pos_app.storage.journal import Journal
from pos_app.storage.paths import AppPaths
from pos_app.storage.settings import Settings, SettingsStore
from tests.day_support import (
    expected_totals,
    extra_zones,
    list_all_charges,
    make_mixed_day,
    zone_with_noon_at,
)
from tests.fixtures_peers import Peer

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def zones(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "zones"
    folder.mkdir()
    with extra_zones(folder):
        yield folder


def report(
    *args: str, env: dict[str, str], zones: Path | None = None
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("POS_")}
    if zones is not None:
        import zoneinfo

        base["PYTHONTZPATH"] = os.pathsep.join([str(zones), *zoneinfo.TZPATH])
    return subprocess.run(
        [sys.executable, "-m", "pos_app", "report", *args],
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
        check=False,
    )


def keys(peer: Peer, tmp_path: Path) -> dict[str, str]:
    return {
        "POS_STRIPE_SECRET_KEY": peer.secret_key,
        "POS_STRIPE_API_BASE": peer.base_url,
        "POS_DATA_DIR": str(tmp_path / "data"),
    }


def test_help_lists_the_report_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pos_app", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0
    assert "pos-app report [--date YYYY-MM-DD] [--tz AREA/CITY]" in done.stdout
    assert "--format table|csv|json" in done.stdout


def test_csv_table_and_json_tell_the_same_day(sandbox: Peer, zones: Path, tmp_path: Path) -> None:
    with StripeGateway(
        GatewayConfig(secret_key=sandbox.secret_key, api_base=sandbox.base_url)
    ) as gateway:
        made = make_mixed_day(gateway)
    zone = zone_with_noon_at(zones, int(time.time()))
    env = {**keys(sandbox, tmp_path), "POS_TIMEZONE": zone}

    as_json = report("--format", "json", env=env, zones=zones)  # today, the shop's zone
    assert as_json.returncode == 0, as_json.stderr
    data = json.loads(as_json.stdout)
    day = data["date"]
    from datetime import date

    assert data["timezone"] == zone
    assert data["totals"] == expected_totals(list_all_charges(sandbox), date.fromisoformat(day),
                                             zone)  # fmt: skip
    assert {c["id"] for c in data["charges"]} == set(made.all)
    assert {c["brand"] for c in data["charges"]} == {"visa", "amex", "mastercard"}
    assert data["by_cashier"]["usd"]["Alex"]["count"] == 2

    out = tmp_path / "day.csv"
    as_csv = report("--date", day, "--format", "csv", "--output", str(out), env=env, zones=zones)
    assert as_csv.returncode == 0 and as_csv.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig"))))
    assert {r["id"] for r in rows} == set(made.all)
    by_id = {c["id"]: c for c in data["charges"]}
    for row in rows:
        assert int(row["amount"]) == by_id[row["id"]]["amount"]
        assert row["status"] == by_id[row["id"]]["status"]

    table = report("--date", day, env=env, zones=zones)
    assert table.returncode == 0
    assert f"Charges of {day} ({zone})" in table.stdout
    net_usd = data["totals"]["usd"]["net"]
    assert f"${net_usd // 100:,}.{net_usd % 100:02d}" in table.stdout


def test_an_explicit_zone_and_date_are_honoured(sandbox: Peer, tmp_path: Path) -> None:
    done = report(
        "--date", "2024-03-31", "--tz", "Europe/Berlin", "--format", "json",
        env=keys(sandbox, tmp_path),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["window"] == {
        "start": "2024-03-31T00:00:00+01:00",
        "end": "2024-04-01T00:00:00+02:00",
    }
    assert data["charges"] == [] and data["totals"] == {}


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("pos-app report: ")
    return lines[0]


def test_no_keys_is_a_one_line_error(tmp_path: Path) -> None:
    done = report(env={"POS_DATA_DIR": str(tmp_path)})
    assert done.returncode == 2
    line = one_line_error(done)
    assert "POS_STRIPE_SECRET_KEY" in line or "keychain" in line.lower()


def test_a_refused_key_is_a_one_line_error(sandbox: Peer, tmp_path: Path) -> None:
    env = {**keys(sandbox, tmp_path), "POS_STRIPE_SECRET_KEY": "sk_live_refusedByTheSandbox00"}
    done = report(env=env)
    assert done.returncode == 1
    assert "Stripe refused the API key" in one_line_error(done)
    assert "refusedByTheSandbox" not in done.stderr


def test_stripe_out_of_reach_is_a_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # bound, never listening: connections are refused
        env = {
            "POS_STRIPE_SECRET_KEY": "sk_test_unreachable0000",
            "POS_STRIPE_API_BASE": f"http://127.0.0.1:{port}",
            "POS_DATA_DIR": str(tmp_path),
        }
        done = report(env=env)
    assert done.returncode == 1
    assert "Stripe could not be reached" in one_line_error(done)


def test_a_wrong_zone_or_date_says_which(sandbox: Peer, tmp_path: Path) -> None:
    done = report("--tz", "Mars/Olympus_Mons", env=keys(sandbox, tmp_path))
    assert done.returncode == 2 and "Mars/Olympus_Mons" in one_line_error(done)
    bad_date = report("--date", "31/03/2024", env=keys(sandbox, tmp_path))
    assert bad_date.returncode == 2 and "31/03/2024" in bad_date.stderr


def test_the_report_compares_the_day_with_this_tills_journal(
    sandbox: Peer, zones: Path, tmp_path: Path
) -> None:
    zone = zone_with_noon_at(zones, int(time.time()))
    register = f"R{uuid.uuid4().hex[:6].upper()}"  # no other test's charges name it
    env = {**keys(sandbox, tmp_path), "POS_TIMEZONE": zone}
    paths = AppPaths.resolve(env).ensure()
    store = SettingsStore(paths.settings_path)
    store.save(Settings(register_id=register))
    config = load_config(env, paths)
    assert config.register_id == register

    # Before the till ever ran here there is no journal: the day alone, and why.
    alone = report("--format", "json", env=env, zones=zones)
    assert alone.returncode == 0, alone.stderr
    assert json.loads(alone.stdout)["journal_check"] is None
    assert "No journal at" in json.loads(alone.stdout)["journal_check_error"]
    assert not config.journal_path.exists()  # reading never made one

    card = CardDetails.from_input("4242424242424242", "12/40", "123")
    with (
        StripeGateway(
            GatewayConfig(secret_key=sandbox.secret_key, api_base=sandbox.base_url)
        ) as gateway,
        Journal(config.journal_path) as journal,
    ):
        pipeline = AttemptPipeline(gateway, journal, register_id=register, cashier="Sam")
        receipts = ReceiptService(
            ShopDetails("Corner Café"), register_id=register, mode=Mode.TEST,
            receipts_dir=tmp_path / "receipts",
        )  # fmt: skip
        till = ChargeService(
            gateway, pipeline, receipts, register_id=register, cashier="Sam", mode=Mode.TEST,
            currency="usd",
        )  # fmt: skip
        sold = till.charge_card(till.build_request(amount=Money(1250, "usd")), card).charge
        # A sale Stripe holds under this register's name that its journal never saw.
        token = gateway.create_token(card, idempotency_key=str(uuid.uuid4()))
        stranger = gateway.create_charge(
            amount=Money(4500, "usd"),
            idempotency_key=str(uuid.uuid4()),
            source=token.id,
            metadata={"order_id": f"{register}-000900", "register_id": register},
        )

        as_json = report("--format", "json", env=env, zones=zones)  # the till still open
        table = report(env=env, zones=zones)

    assert as_json.returncode == 0, as_json.stderr
    check = json.loads(as_json.stdout)["journal_check"]
    assert (check["register_id"], check["agrees"], check["matched"]) == (register, False, 1)
    assert [(m["object"], m["id"], m["amount"]) for m in check["not_journaled"]] == [
        ("charge", stranger.id, 4500)
    ]
    assert check["not_at_stripe"] == check["different"] == check["still_open"] == []
    assert table.returncode == 0, table.stderr
    assert f"This till's journal (register {register})" in table.stdout
    assert "DISAGREES with Stripe on this register's charges and refunds (1 agree)" in table.stdout
    [row] = [line for line in table.stdout.splitlines() if "at Stripe, not journaled" in line]
    assert f"{register}-000900" in row and "$45.00" in row and stranger.id in row
    journal_section = table.stdout.split("This till's journal")[1].split("\n\n")[0]
    assert sold.id not in journal_section  # the sale that agrees is counted, not listed
