"""Paths of the packaging files, and loading of the packaging scripts (not a package) by path."""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGING = REPO_ROOT / "packaging"
SPEC = PACKAGING / "pos-app.spec"
NSI = REPO_ROOT / "installer.nsi"


def load(name: str) -> ModuleType:
    """Import packaging/<name>.py under a private name (`packaging` is also a PyPI library)."""
    key = f"_pos_packaging_{name}"
    if key in sys.modules:
        return sys.modules[key]
    if str(PACKAGING) not in sys.path:
        sys.path.append(str(PACKAGING))  # the scripts import each other by plain name
    spec = importlib.util.spec_from_file_location(key, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


def spec_constant(name: str) -> object:
    """The literal value assigned to `name` at the top level of the PyInstaller spec."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{SPEC.name} assigns no literal {name}")


def nsi_text() -> str:
    return NSI.read_text(encoding="utf-8")


def nsi_code() -> str:
    """installer.nsi without its comment lines (so that a check cannot pass on a comment)."""
    return "\n".join(
        line for line in nsi_text().splitlines() if not line.lstrip().startswith((";", "#"))
    )
