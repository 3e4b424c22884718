"""Answering every role of a painted cell in one call into Python (`QAbstractItemModel.multiData`).

A delegate painting a cell asks for about seven roles (font, alignment, colours, check state,
icon, text, background). Qt's own multiData calls data() once for each, and every call from
Qt into Python first takes the interpreter lock: while a worker runs Python (parsing a page of
Stripe's answer), each of those takes up to a switch interval. The models answer the whole
cell at once instead, so a repaint costs one lock per cell, not one per role.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import cast

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan

__all__ = ["RoleSlots", "answer_roles"]

#: What Qt hands multiData: a span of (role, value) slots, or a single one.
RoleSlots = QModelRoleDataSpan | QModelRoleData


def answer_roles(slots: RoleSlots, data: Callable[[int], object]) -> None:
    """Fill every slot with `data(role)`, as Qt's own multiData would with data()."""
    # The binding iterates a span as its QModelRoleData slots (its stubs do not say so).
    each: Iterable[QModelRoleData] = (
        (slots,) if isinstance(slots, QModelRoleData) else cast("Iterable[QModelRoleData]", slots)
    )
    for slot in each:
        slot.setData(data(slot.role()))
