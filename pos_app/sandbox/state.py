"""The sandbox's state beside localstripe's store: idempotency cache, switches and the data file."""

from __future__ import annotations

import contextlib
import os
import pickle
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localstripe.resources import store

__all__ = ["STORE_FILE", "Replay", "SandboxState"]

STORE_FILE = "sandbox-store.pickle"
KEY_FILE = "fingerprint.key"
_FORMAT = 1
# Stripe keeps idempotency results for at least 24 hours, then prunes them (docs/stripe.md §1.5).
_REPLAY_TTL_S = 24 * 3600


@dataclass(frozen=True, slots=True)
class Replay:
    """The first answer to an idempotent POST, kept to be replayed (docs/stripe.md §1.5)."""

    path: str
    params_digest: str
    status: int
    body: bytes
    content_type: str
    stored_at: float
    # False when the request carried raw card data: even a digest of it stays off the disk.
    persist: bool = True


class SandboxState:
    """Everything the server keeps besides localstripe's objects, and how it reaches disk.

    With a data dir, localstripe's store and the idempotency cache are written to one file
    after every write request (temp file + `os.replace`, so a crash never leaves half a file)
    and loaded at start. Without one, everything stays in memory.
    """

    def __init__(self, data_dir: Path | None) -> None:
        self.data_dir = data_dir
        self.replays: dict[str, Replay] = {}
        self.in_flight: set[str] = set()
        self.charge_delay_ms = 0
        #: The next N charge answers are lost after the charge was made (see server.py).
        self.lose_charge_answers = 0
        #: Refuse card numbers on POST /v1/tokens, like a default Stripe test account.
        self.refuse_raw_card_data = False

    def fingerprint_key(self) -> bytes:
        """The secret that keys card fingerprints: one per data folder, so fingerprints stay
        stable across restarts; random per run without one."""
        if self.data_dir is None:
            return os.urandom(32)
        path = self.data_dir / KEY_FILE
        try:
            key = path.read_bytes()
            if len(key) == 32:
                return key
        except FileNotFoundError:
            pass
        key = os.urandom(32)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        return key

    @property
    def path(self) -> Path | None:
        return None if self.data_dir is None else self.data_dir / STORE_FILE

    def load(self) -> None:
        """Read the data file if there is one; a damaged file is set aside, not fatal."""
        path = self.path
        if path is None or not path.exists():
            return
        try:
            with path.open("rb") as handle:
                saved: dict[str, Any] = pickle.load(handle)
            if saved.get("format") != _FORMAT:
                raise ValueError(f"unknown format {saved.get('format')!r}")
        except Exception as exc:  # any unpickling failure means the same: start afresh
            aside = path.with_name(f"{path.name}.damaged-{int(time.time())}")
            os.replace(path, aside)
            print(f"sandbox: {path} unreadable ({exc}); moved to {aside}", file=sys.stderr)
            return
        store.clear()
        dict.update(store, saved["store"])  # plain dict update: no per-item hooks
        self.replays = saved["replays"]
        self._prune()

    def save(self) -> None:
        """Write the store and the idempotency cache atomically; a no-op in memory-only mode."""
        path = self.path
        if path is None:
            return
        self._prune()
        replays = {key: replay for key, replay in self.replays.items() if replay.persist}
        payload = {"format": _FORMAT, "store": dict(store), "replays": replays}
        fd, temp = tempfile.mkstemp(prefix=".sandbox-store-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise

    def reset(self) -> None:
        """Forget every object, every stored answer and every switch (`DELETE /_config/data`)."""
        store.clear()
        self.replays.clear()
        self.charge_delay_ms = 0
        self.lose_charge_answers = 0
        self.refuse_raw_card_data = False
        self.save()

    def _prune(self) -> None:
        oldest = time.time() - _REPLAY_TTL_S
        if any(replay.stored_at < oldest for replay in self.replays.values()):
            self.replays = {k: r for k, r in self.replays.items() if r.stored_at >= oldest}
