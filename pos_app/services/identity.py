"""Who is at which register, in what mode: what the window shows before the services exist.

Its own module, apart from the context (services/context.py) that re-exports it: the window
is built from it before its first paint (docs/architecture.md, "Start-up"), and the
context's dataclass of two dozen services would cost that paint its code generation.
"""

from __future__ import annotations

from pos_app.domain.keys import Mode
from pos_app.domain.records import frozen_record

__all__ = ["TillIdentity"]


@frozen_record
class TillIdentity:
    """What the window shows before the services exist: who is at which register, how."""

    mode: Mode
    currency: str
    register_id: str
    cashier: str
    business_name: str
