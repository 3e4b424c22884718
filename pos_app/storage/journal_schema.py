"""The attempt journal's SQLite schema and its versioned migrations (PRAGMA user_version)."""

from __future__ import annotations

import sqlite3

from pos_app.domain.errors import StorageError
from pos_app.domain.i18n import translate

__all__ = ["SCHEMA_VERSION", "migrate"]

# Each entry upgrades from version i to i + 1; never edit a shipped entry, append a new one.
_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """
        CREATE TABLE attempts (
            attempt_key TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('charge', 'refund', 'customer', 'card')),
            order_id TEXT,
            register_id TEXT NOT NULL,
            cashier TEXT NOT NULL,
            amount INTEGER,
            currency TEXT,
            customer_id TEXT,
            request_fingerprint TEXT NOT NULL,
            state TEXT NOT NULL
                CHECK (state IN ('sending', 'succeeded', 'declined', 'failed', 'unknown')),
            stripe_id TEXT,
            card_brand TEXT,
            card_last4 TEXT,
            error_code TEXT,
            decline_code TEXT,
            message TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX attempts_by_order ON attempts (order_id)",
        "CREATE INDEX attempts_by_created ON attempts (created_at)",
        "CREATE INDEX attempts_by_state ON attempts (state)",
        """
        CREATE TABLE order_counter (
            register_id TEXT PRIMARY KEY,
            last_number INTEGER NOT NULL
        )
        """,
        """
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            ts TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}'
        )
        """,
        "CREATE INDEX audit_by_ts ON audit (ts)",
        # The audit trail is evidence: the database itself refuses edits and deletions.
        """
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
        """,
        """
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END
        """,
    ),
    # 2: every kind of attempt (not only charges); what an attempt blocks, concerns and is
    # found by; Stripe's clock offset when it began; when its last try left.
    (
        """
        CREATE TABLE attempts_v2 (
            attempt_key TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('charge', 'refund', 'customer', 'card',
                'customer_deletion', 'card_removal', 'default_card')),
            order_id TEXT,
            block_key TEXT,
            subject_id TEXT,
            customer_id TEXT,
            lookup_ref TEXT,
            register_id TEXT NOT NULL,
            cashier TEXT NOT NULL,
            amount INTEGER,
            currency TEXT,
            request_fingerprint TEXT NOT NULL,
            state TEXT NOT NULL
                CHECK (state IN ('sending', 'succeeded', 'declined', 'failed', 'unknown')),
            stripe_id TEXT,
            card_brand TEXT,
            card_last4 TEXT,
            error_code TEXT,
            decline_code TEXT,
            message TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            last_sent_at TEXT NOT NULL,
            stripe_offset_ms INTEGER
        )
        """,
        """
        INSERT INTO attempts_v2 (attempt_key, kind, order_id, block_key, subject_id,
            customer_id, lookup_ref, register_id, cashier, amount, currency,
            request_fingerprint, state, stripe_id, card_brand, card_last4, error_code,
            decline_code, message, created_at, updated_at, last_sent_at, stripe_offset_ms)
        SELECT attempt_key, kind, order_id,
            CASE WHEN order_id IS NULL THEN NULL ELSE 'order:' || order_id END,
            NULL, customer_id, NULL, register_id, cashier, amount, currency,
            request_fingerprint, state, stripe_id, card_brand, card_last4, error_code,
            decline_code, message, created_at, updated_at, created_at, NULL
        FROM attempts
        """,
        "DROP TABLE attempts",
        "ALTER TABLE attempts_v2 RENAME TO attempts",
        "CREATE INDEX attempts_by_order ON attempts (order_id)",
        "CREATE INDEX attempts_by_created ON attempts (created_at)",
        "CREATE INDEX attempts_by_state ON attempts (state)",
        "CREATE INDEX attempts_by_block ON attempts (block_key)",
    ),
    # 3: damaged journals this one replaced (storage/journal_recovery.py); one not carried
    # over whole pauses payments until a manager acknowledges it.
    (
        """
        CREATE TABLE recoveries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            moved_to TEXT NOT NULL,
            reason TEXT NOT NULL,
            attempts_carried INTEGER NOT NULL,
            open_carried INTEGER NOT NULL,
            complete INTEGER NOT NULL CHECK (complete IN (0, 1)),
            acknowledged_by TEXT,
            acknowledged_at TEXT
        )
        """,
    ),
    # 4: the kind is checked by the domain's AttemptKind (each row is read through it), not
    # by a list in the table, so that a new kind of attempt needs no table rebuild.
    (
        """
        CREATE TABLE attempts_v4 (
            attempt_key TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            order_id TEXT,
            block_key TEXT,
            subject_id TEXT,
            customer_id TEXT,
            lookup_ref TEXT,
            register_id TEXT NOT NULL,
            cashier TEXT NOT NULL,
            amount INTEGER,
            currency TEXT,
            request_fingerprint TEXT NOT NULL,
            state TEXT NOT NULL
                CHECK (state IN ('sending', 'succeeded', 'declined', 'failed', 'unknown')),
            stripe_id TEXT,
            card_brand TEXT,
            card_last4 TEXT,
            error_code TEXT,
            decline_code TEXT,
            message TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            last_sent_at TEXT NOT NULL,
            stripe_offset_ms INTEGER
        )
        """,
        "INSERT INTO attempts_v4 SELECT * FROM attempts",
        "DROP TABLE attempts",
        "ALTER TABLE attempts_v4 RENAME TO attempts",
        "CREATE INDEX attempts_by_order ON attempts (order_id)",
        "CREATE INDEX attempts_by_created ON attempts (created_at)",
        "CREATE INDEX attempts_by_state ON attempts (state)",
        "CREATE INDEX attempts_by_block ON attempts (block_key)",
    ),
    # 5: the state is checked by a chain of comparisons, not an IN list: SQLite evaluates an
    # IN list of three or more constants through a temporary table that it builds on every
    # INSERT and every UPDATE of the state, which was a fifth of the journal's own work per
    # sale (docs/benchmarks.md, walk-in charge).
    (
        """
        CREATE TABLE attempts_v5 (
            attempt_key TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            order_id TEXT,
            block_key TEXT,
            subject_id TEXT,
            customer_id TEXT,
            lookup_ref TEXT,
            register_id TEXT NOT NULL,
            cashier TEXT NOT NULL,
            amount INTEGER,
            currency TEXT,
            request_fingerprint TEXT NOT NULL,
            state TEXT NOT NULL
                CHECK (state = 'sending' OR state = 'succeeded' OR state = 'declined'
                    OR state = 'failed' OR state = 'unknown'),
            stripe_id TEXT,
            card_brand TEXT,
            card_last4 TEXT,
            error_code TEXT,
            decline_code TEXT,
            message TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            last_sent_at TEXT NOT NULL,
            stripe_offset_ms INTEGER
        )
        """,
        "INSERT INTO attempts_v5 SELECT * FROM attempts",
        "DROP TABLE attempts",
        "ALTER TABLE attempts_v5 RENAME TO attempts",
        "CREATE INDEX attempts_by_order ON attempts (order_id)",
        "CREATE INDEX attempts_by_created ON attempts (created_at)",
        "CREATE INDEX attempts_by_state ON attempts (state)",
        "CREATE INDEX attempts_by_block ON attempts (block_key)",
    ),
)

SCHEMA_VERSION = len(_MIGRATIONS)


def migrate(conn: sqlite3.Connection) -> None:
    """Bring the database to SCHEMA_VERSION in one transaction (conn is in autocommit mode)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise StorageError(
                translate(
                    "StorageErrors",
                    "The journal was written by a newer version of the application (schema "
                    "{found}, this version knows {known}). Update the application.",
                ).format(found=version, known=SCHEMA_VERSION)
            )
        for statements in _MIGRATIONS[version:]:
            for statement in statements:
                conn.execute(statement)
        if version != SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
