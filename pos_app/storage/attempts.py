"""The journal's helpers: the request fingerprint and the audit trail's entry."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["AuditEntry", "request_fingerprint"]


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    ts: datetime
    actor: str
    action: str
    subject: str
    details: dict[str, Any] = field(default_factory=dict, hash=False)


def request_fingerprint(params: Mapping[str, object] | Iterable[tuple[str, object]]) -> str:
    """sha256 of the canonical request parameters: proves "same request" without storing it
    (the parameters may hold a token; docs/stripe.md §1.5 compares parameters on replay)."""
    pairs = params.items() if isinstance(params, Mapping) else params
    canonical = _CANONICAL.encode(sorted([str(k), v] for k, v in pairs))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# What json.dumps(..., sort_keys=True, separators=(",", ":"), ensure_ascii=False,
# default=str) would build on every call, built once.
_CANONICAL = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
)
