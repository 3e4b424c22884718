"""Answering every role of a painted cell in one call into Python (`QAbstractItemModel.multiData`).

A delegate painting a cell asks for seven roles at once (font, alignment, foreground, check
state, decoration, display, background). Qt's own multiData calls data() once for each, and
every call from Qt into Python first takes the interpreter lock: while a worker runs Python
(parsing a page of Stripe's answer), each of those takes up to a switch interval. The models
answer the whole cell at once instead, so a repaint costs one lock per cell, not one per role;
and they answer it from what they already hold for the cell (its text, and the one or two
roles it paints with), not by running data() seven times, which was about half of a table's
repaint (docs/benchmarks.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import cast

from PySide6.QtCore import QModelRoleData, QModelRoleDataSpan, Qt

__all__ = ["PAINT_ROLES", "RoleSlots", "answer_cell", "answer_roles"]

#: What Qt hands multiData: a span of (role, value) slots, or a single one.
RoleSlots = QModelRoleDataSpan | QModelRoleData

#: Where QStyledItemDelegate puts each role in its request (Qt 6's initStyleOption).
_DELEGATE_SLOTS = {
    int(Qt.ItemDataRole.FontRole): 0,
    int(Qt.ItemDataRole.TextAlignmentRole): 1,
    int(Qt.ItemDataRole.ForegroundRole): 2,
    int(Qt.ItemDataRole.CheckStateRole): 3,
    int(Qt.ItemDataRole.DecorationRole): 4,
    int(Qt.ItemDataRole.DisplayRole): 5,
    int(Qt.ItemDataRole.BackgroundRole): 6,
}
#: The roles QStyledItemDelegate asks for, all at once, to paint a cell.
PAINT_ROLES = frozenset(_DELEGATE_SLOTS)
_FONT = int(Qt.ItemDataRole.FontRole)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)


def _from_delegate(slots: RoleSlots) -> bool:
    # The delegate's request: its seven slots in its order. Two of them are checked, which
    # is enough to tell it from any other caller in Qt.
    return (
        isinstance(slots, QModelRoleDataSpan)
        and slots.size() == len(_DELEGATE_SLOTS)
        and slots[5].role() == _DISPLAY  # type: ignore[index]
        and slots[0].role() == _FONT  # type: ignore[index]
    )


def answer_cell(
    slots: RoleSlots, painted: Mapping[int, object], data: Callable[[int], object]
) -> None:
    """Fill every slot: a painting role from `painted`, any other role through `data`.

    `painted` holds every painting role the model ever answers, with None where this cell
    has nothing for it, and must say what data() says; the models' tests compare the pixels
    of both ways. A delegate painting a cell keeps its seven slots from one cell to the next
    (they hold the previous cell's answers, which is why None must be written too) and each
    slot written is a call into Qt: so only the roles in `painted` are written, and a cell
    with just a text costs one call instead of seven (about a fifth of a table's repaint)."""
    if _from_delegate(slots):
        for role, value in painted.items():
            slots[_DELEGATE_SLOTS[role]].setData(value)  # type: ignore[index]
        return
    answer = painted.get
    for slot in _slots(slots):
        role = slot.role()
        slot.setData(answer(role) if role in PAINT_ROLES else data(role))


def _slots(slots: RoleSlots) -> Iterable[QModelRoleData]:
    # The binding iterates a span as its QModelRoleData slots (its stubs do not say so).
    if isinstance(slots, QModelRoleData):
        return (slots,)
    return cast("Iterable[QModelRoleData]", slots)


def answer_roles(slots: RoleSlots, data: Callable[[int], object]) -> None:
    """Fill every slot with `data(role)`, as Qt's own multiData would with data()."""
    for slot in _slots(slots):
        slot.setData(data(slot.role()))
