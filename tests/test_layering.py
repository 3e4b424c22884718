"""The layer rules of docs/architecture.md, enforced by reading every module's imports."""

from __future__ import annotations

import ast
import shutil
import sys
from pathlib import Path

import pytest

PACKAGE_ROOT = Path(__file__).resolve().parents[1] / "pos_app"

# Layer -> project layers it may import. "app" is the composition root (app.py, cli.py,
# __main__.py) and may import everything.
ALLOWED_LAYERS: dict[str, set[str]] = {
    "domain": {"domain"},
    "gateway": {"domain", "gateway"},
    "storage": {"domain", "storage"},
    "services": {"domain", "gateway", "storage", "services"},
    "sandbox": {"domain", "sandbox"},
    "ui": {"domain", "services", "ui"},
    "app": {"domain", "gateway", "storage", "services", "sandbox", "ui", "app"},
}

# Third-party packages and the only layers allowed to import them (docs/architecture.md).
RESTRICTED_PACKAGES: dict[str, set[str]] = {
    "PySide6": {"ui", "app"},
    "shiboken6": {"ui", "app"},
    "httpx": {"gateway", "sandbox"},
    "httpcore": {"gateway"},
    "keyring": {"storage"},
    "platformdirs": {"storage"},
    "localstripe": {"sandbox"},
    "aiohttp": {"sandbox"},
    # Thermal receipt printers: spoken to by the printing service only.
    "escpos": {"services"},
    "usb": {"services"},
    "win32print": {"services"},
}

STDLIB = set(sys.stdlib_module_names) | {"__future__"}


def layer_of(module_path: Path, root: Path) -> str:
    parts = module_path.relative_to(root).parts
    if len(parts) == 1:
        return "app"  # pos_app/__init__.py, app.py, cli.py, __main__.py
    return parts[0]


def imported_modules(module_path: Path, root: Path) -> list[tuple[int, str]]:
    """Absolute dotted names imported by a module, relative imports resolved."""
    tree = ast.parse(module_path.read_text(encoding="utf-8"), filename=str(module_path))
    package_parts = ["pos_app", *module_path.relative_to(root).parts[:-1]]
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            # "from pos_app import ui" imports the ui layer: qualify every imported name.
            found.extend((node.lineno, f"{name}.{alias.name}") for alias in node.names)
    return found


def violations(root: Path) -> list[str]:
    problems: list[str] = []
    for module_path in sorted(root.rglob("*.py")):
        layer = layer_of(module_path, root)
        where = module_path.relative_to(root.parent)
        for lineno, name in imported_modules(module_path, root):
            top = name.split(".")[0]
            if top == "pos_app":
                parts = name.split(".")
                target = parts[1] if len(parts) > 1 else "app"
                target = target if (root / target).is_dir() else "app"
                if target not in ALLOWED_LAYERS[layer]:
                    problems.append(f"{where}:{lineno}: {layer} imports {name}")
            elif top in RESTRICTED_PACKAGES:
                if layer not in RESTRICTED_PACKAGES[top]:
                    problems.append(f"{where}:{lineno}: {layer} imports {top}")
            elif layer == "domain" and top not in STDLIB:
                problems.append(f"{where}:{lineno}: domain imports non-stdlib {top}")
    return problems


def test_every_layer_imports_only_what_it_may() -> None:
    assert violations(PACKAGE_ROOT) == []


@pytest.mark.parametrize(
    ("target", "line", "expected"),
    [
        ("domain/money.py", "import httpx", "domain imports httpx"),
        ("domain/models.py", "import decimal, yaml", "domain imports non-stdlib yaml"),
        ("services/__init__.py", "from PySide6 import QtCore", "services imports PySide6"),
        ("gateway/__init__.py", "from ..storage import paths", "gateway imports pos_app.storage"),
        ("storage/__init__.py", "import httpx", "storage imports httpx"),
        (
            "ui/__init__.py",
            "from pos_app.gateway import StripeGateway",
            "ui imports pos_app.gateway",
        ),
        ("ui/__init__.py", "import keyring", "ui imports keyring"),
        ("domain/cards.py", "from pos_app import ui", "domain imports pos_app.ui"),
    ],
)
def test_a_forbidden_import_is_caught(
    tmp_path: Path, target: str, line: str, expected: str
) -> None:
    copy = tmp_path / "pos_app"
    shutil.copytree(PACKAGE_ROOT, copy, ignore=shutil.ignore_patterns("__pycache__"))
    module = copy / target
    module.write_text(module.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    found = violations(copy)
    assert any(expected in problem for problem in found), found
