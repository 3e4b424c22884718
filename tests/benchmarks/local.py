"""Sections without a server: the attempt journal's durability and cashier money parsing."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from pos_app.domain.attempts import AttemptKind, NewAttempt
from pos_app.domain.money import parse_amount
from pos_app.storage.attempt_rows import COLUMNS as _COLUMNS
from pos_app.storage.journal import Journal
from pos_app.storage.journal_schema import migrate

from .common import CASHIER, REGISTER, Plan, Section, new_key
from .measure import Row, interleaved, ratio

__all__ = ["CASHIER_INPUTS", "journal_section", "money_section"]

# -- 3. the attempt journal ----------------------------------------------------------------

_INSERT = f"INSERT INTO attempts ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})"
_SUCCEED = (
    "UPDATE attempts SET state = 'succeeded', updated_at = ?, stripe_id = ?, card_brand = ?, "
    "card_last4 = ? WHERE attempt_key = ?"
)
_FINGERPRINT = hashlib.sha256(b"benchmark request").hexdigest()


def _plain_pair(conn: sqlite3.Connection, *, outcome_fsync: bool = True) -> Callable[[], None]:
    counter = iter(range(10**9))

    def pair() -> None:
        number = next(counter)
        key = new_key()
        now = datetime.now(UTC).isoformat(timespec="microseconds")
        conn.execute(
            _INSERT,
            (key, "charge", f"J-{number}", f"order:J-{number}", None, None, None, REGISTER,
             CASHIER, 1250, "usd", _FINGERPRINT, "sending", None, None, None, None, None, None,
             now, now, now, 0),
        )  # fmt: skip
        if not outcome_fsync:
            conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(_SUCCEED, (now, f"ch_{number}", "visa", "4242", key))
        if not outcome_fsync:
            conn.execute("PRAGMA synchronous = FULL")

    return pair


def _plain_connection(path: str | Path, *, durable: bool) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)  # autocommit: one commit per statement
    if durable:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    migrate(conn)  # the journal's own schema and indexes
    return conn


def journal_section(work: Path, plan: Plan) -> Section:
    memory_conn = _plain_connection(":memory:", durable=False)
    disk_conn = _plain_connection(work / "plain.sqlite3", durable=True)
    half_conn = _plain_connection(work / "plain-half.sqlite3", durable=True)
    counter = iter(range(10**9))
    with Journal(work / "journal-bench.sqlite3") as journal:

        def journal_pair() -> None:
            number = next(counter)
            key = new_key()
            journal.begin_attempt(
                NewAttempt(
                    attempt_key=key,
                    kind=AttemptKind.CHARGE,
                    register_id=REGISTER,
                    cashier=CASHIER,
                    request_fingerprint=_FINGERPRINT,
                    stripe_offset=timedelta(0),
                    order_id=f"J-{number}",
                    block_key=f"order:J-{number}",
                    amount=1250,
                    currency="usd",
                )
            )
            journal.mark_succeeded(
                key, stripe_id=f"ch_{number}", card_brand="visa", card_last4="4242"
            )

        try:
            per_round = 20
            base, disk, half, full = interleaved(
                [
                    ("sqlite3 :memory: INSERT + UPDATE", _plain_pair(memory_conn)),
                    ("sqlite3 on disk, WAL, both commits synchronous=FULL", _plain_pair(disk_conn)),
                    (
                        "sqlite3 on disk, WAL, attempt FULL + outcome NORMAL",
                        _plain_pair(half_conn, outcome_fsync=False),
                    ),
                    ("Journal.begin_attempt + mark_succeeded", journal_pair),
                ],
                rounds=max(1, plan.journal_pairs // per_round),
                per_round=per_round,
                warmup=3,
            )
        finally:
            memory_conn.close()
            disk_conn.close()
            half_conn.close()
    ms = 1000.0
    return Section(
        "Attempt journal: one attempt written and settled",
        [[Row(base), Row(disk, base), Row(half, base), Row(full, base)]],
        notes=[
            f"A durable pair takes {full.median * ms:.2f} ms against {base.median * 1e6:.0f} µs "
            f"in memory ({ratio(full, base):.0f}×). Of the difference, "
            f"{(half.median - base.median) * ms:.2f} ms is durability itself (the same two "
            "statements on disk, the attempt's commit with a WAL fsync, the outcome's without) "
            f"and {(full.median - half.median) * ms:.2f} ms the journal's own work (validation, "
            "the check that payments are not paused and nothing open holds the order, in the "
            "same transaction as the row).",
            f"Why the outcome skips its fsync: fsyncing both commits costs "
            f"{disk.median * ms:.2f} ms against {half.median * ms:.2f} ms "
            f"({(disk.median - half.median) * ms:+.2f} ms per sale, "
            f"{ratio(disk, half):.2f}×). What it would protect is only the outcome of a charge "
            "whose attempt is already durable: after a power cut that loses it, the attempt "
            'reads "sending" again and the start-up settlement looks its idempotency key up '
            "at Stripe, which rebuilds the outcome exactly (docs/architecture.md, steps 4 and "
            "5); nobody is charged twice and nothing is lost but a lookup. The attempt row "
            "itself (with its order number, in the same transaction) keeps its full fsync "
            "before the request leaves.",
            'It is worth it: the "sending" row is on disk before the charge leaves, so after '
            "a crash, a power cut or a lost answer the till settles the attempt with the same "
            "idempotency key instead of charging the customer twice (docs/stripe.md §8). "
            f"{full.median * ms:.2f} ms per attempt buys that, against a card authorisation "
            "that can take seconds (docs/stripe.md §2.4).",
        ],
    )


# -- 4. money parsing ----------------------------------------------------------------------

#: What cashiers type, and the plain decimal each means (the baseline parses only those).
CASHIER_INPUTS: tuple[tuple[str, str], ...] = (
    ("12.50", "12.50"),
    ("12,50", "12.50"),
    ("1,234.56", "1234.56"),
    ("$12", "12"),
    ("0.99", "0.99"),
    ("1 234.56", "1234.56"),
    ("12.50 USD", "12.50"),
    ("USD 7", "7"),
    ("  42 ", "42"),
    ("1.234,56", "1234.56"),
    ("7.5", "7.5"),
    ("$ 1,000", "1000"),
    ("15 usd", "15"),
    ("0,5", "0.5"),
)


def money_section(plan: Plan) -> Section:
    texts = [text for text, _ in CASHIER_INPUTS]
    plains = [plain for _, plain in CASHIER_INPUTS]
    for text, plain in CASHIER_INPUTS:
        if parse_amount(text, "usd").amount != int(Decimal(plain) * 100):
            raise RuntimeError(f"parse_amount({text!r}) does not mean {plain}")
    repeat = plan.money_repeat

    def parse_mix() -> None:
        for _ in range(repeat):
            for text in texts:
                parse_amount(text, "usd")

    def decimal_mix() -> None:
        for _ in range(repeat):
            for plain in plains:
                Decimal(plain)

    base, parsed = interleaved(
        [
            ("decimal.Decimal(text), plain forms", decimal_mix),
            ("parse_amount(text, 'usd'), cashier forms", parse_mix),
        ],
        rounds=max(1, plan.money_samples // 10),
        per_round=10,
        warmup=5,
        batch=repeat * len(CASHIER_INPUTS),
    )
    return Section(
        f"Money parsing ({len(CASHIER_INPUTS)} cashier inputs, per input)",
        [[Row(base), Row(parsed, base)]],
        notes=[
            f"parse_amount takes {parsed.median * 1e6:.1f} µs per input "
            f"({ratio(parsed, base):.0f}× a bare Decimal of the plain form): it accepts "
            "commas or points as the decimal mark, group separators, currency symbols and codes, "
            "and checks the currency's decimals, which Decimal does not. Once per keystroke "
            "this is far below what a person can notice.",
        ],
    )
