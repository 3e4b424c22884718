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

import os
import sys
from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QObject

__all__ = [
    "Qt",
    "build_deferred_classes",
    "register_modules_with_feature_hook",
    "set_enum",
    "set_shortcut",
]

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


def set_shortcut(target: QObject, keys: str, name: str = "shortcut") -> None:
    """Set the key sequence property `name` of `target` (an action's "shortcut", a
    QShortcut's "key") from its text, as QKeySequence reads it ("Ctrl+Q", "Esc"): Qt converts
    the text itself, and PySide6 builds no QKeySequence class (with its seventy standard
    keys) before the first paint."""
    if not target.setProperty(name, keys):
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


def register_modules_with_feature_hook(package: ModuleType, qt_layers: Iterable[str]) -> int:
    """Tell PySide6's import hook which modules use Qt, before the window's are imported.

    Once PySide6 is imported, every import statement goes through the binding's
    `__feature__` support (which lets a module opt into snake_case names), and the first time
    it meets a module it reads the module's whole source through `inspect.getsource` to find
    the word "PySide6", recording 0 (uses Qt) or -1 (does not) under the module's name: the
    window's forty modules, and the standard library's (typing, dataclasses, logging, ...)
    the first time one of them imports it. The till never selects a feature, and the answers
    are known: the standard library never uses Qt, and which of the till's modules do is
    fixed by its layers (docs/architecture.md; the top-level modules are the composition
    root, `app`). Recording them ahead spares reading those files before the first paint.
    The till's names come from its package's folders (nothing is imported); a binding
    without that table is left alone. Returns how many names were recorded.
    """
    feature = sys.modules.get("PySide6.support.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    before = len(table)
    stdlib = sys.stdlib_module_names
    for name in [*stdlib, *(n for n in list(sys.modules) if n.partition(".")[0] in stdlib)]:
        table.setdefault(name, -1)
    root = os.path.dirname(package.__file__ or "")
    layers = set(qt_layers)
    # Folder by folder with os.scandir and plain strings: the start-up runs this before the
    # first paint, and a walk into every __pycache__ with pathlib cost it a millisecond.
    pending = [(root, package.__name__, "app")]
    while pending:
        folder, prefix, layer = pending.pop()
        uses_qt = 0 if layer in layers else -1
        with os.scandir(folder) as entries:
            for entry in entries:
                name = entry.name
                if name.endswith(".py"):
                    stem = name[:-3]
                    table.setdefault(prefix if stem == "__init__" else f"{prefix}.{stem}", uses_qt)
                elif name != "__pycache__" and "." not in name and entry.is_dir():
                    pending.append(
                        (entry.path, f"{prefix}.{name}", name if folder == root else layer)
                    )
    return len(table) - before
