"""Qt's enum namespace read on first use, and enum properties set by name, for the start-up.

PySide6 builds the Python classes of a Qt class's enums the first time the class is read
from its module. For the `Qt` namespace that is about a hundred enums at once (30-45 ms on a
till's CPU), for QStyle a dozen long ones (15-30 ms): together more than the bare window
the start-up is measured against spends on its whole window (docs/benchmarks.md). The first
paint needs neither, so the modules it runs import `Qt` from here, which reads
`PySide6.QtCore.Qt` only when an attribute is first asked for (a key pressed, a dialog
opened), and set the few enum properties their constructors need by name with `set_enum`
(Qt parses the names itself, no Python enum is built); QStyle is kept out by
`ui/style.py` (`new_application`, `initial_state`). Once the window has painted,
`build_deferred_classes` builds both. `tests/test_startup_guard.py` fails when either is
built before the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject

__all__ = ["Qt", "build_deferred_classes", "set_enum"]

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:

    class _Namespace:
        """Stands for `PySide6.QtCore.Qt`, read on the first attribute asked for."""

        __slots__ = ()

        def __getattr__(self, name: str) -> object:
            # An attribute of the module, not an import: PySide6 hooks every import statement.
            return getattr(QtCore.Qt, name)

        def __repr__(self) -> str:
            return "<PySide6.QtCore.Qt, read on first use>"

    Qt = _Namespace()


def set_enum(target: QObject, name: str, keys: str) -> None:
    """Set the enum or flags property `name` of `target` from the names of its values, as
    Qt's documentation spells them ("AlignRight|AlignVCenter", "NoFocus")."""
    if not target.setProperty(name, keys):
        # Qt says False for a misspelt property or key: never a silent no-op.
        raise ValueError(f"{type(target).__name__}.{name} does not take {keys!r}")


def build_deferred_classes() -> None:
    """Build the classes the first paint went without (the `Qt` namespace and QStyle, which
    `ui/style.py` `set_state` reaches), once the window has painted.

    On the GUI thread, in idle time: the first key the cashier types reads Qt's key enums,
    and a worker thread that imports a dialog (ui/main_window.py, `_preload_modules`) must
    not be the first to build a class the GUI thread may be reading at the same moment.
    """
    from PySide6 import QtWidgets

    for module, name in ((QtCore, "Qt"), (QtWidgets, "QStyle")):
        getattr(module, name)
