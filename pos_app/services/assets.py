"""The till's read-only resources (style sheet, icons, receipt template, translations), found
through the import system.

They are the package `pos_app.resources`: pyproject.toml maps the checkout's top-level
`resources/` folder into it, so the same call finds them in an editable install, an installed
wheel and the frozen build (packaging/pos-app.spec collects them at `pos_app/resources`).
The package is always a folder on disk (Qt takes file names), so its folder is read from the
imported package itself: `importlib.resources` and its readers would cost the start-up a few
milliseconds before the window paints (docs/architecture.md, "Start-up").
"""

from __future__ import annotations

import importlib
from pathlib import Path

__all__ = [
    "APP_ICON",
    "I18N_DIR",
    "ICONS_DIR",
    "RECEIPT_TEMPLATE",
    "REQUIRED_RESOURCES",
    "RESOURCE_PACKAGE",
    "STYLE_SHEET",
    "catalogue_name",
    "missing_resources",
    "resource_path",
    "resource_text",
    "resources_dir",
]

RESOURCE_PACKAGE = "pos_app.resources"
STYLE_SHEET = "style.qss"
RECEIPT_TEMPLATE = "receipt.html"
ICONS_DIR = "icons"
#: The translations: pos_app_<lang>.qm compiled from pos_app_<lang>.ts (packaging/i18n.py).
I18N_DIR = "i18n"
APP_ICON = f"{ICONS_DIR}/app.ico"
#: What a till cannot look right without; the self-check reports any that is missing.
REQUIRED_RESOURCES = (
    STYLE_SHEET,
    RECEIPT_TEMPLATE,
    APP_ICON,
    f"{ICONS_DIR}/card.svg",
    f"{ICONS_DIR}/card.png",  # the first screen's icons are PNG (packaging/first_screen_icons.py)
)


def catalogue_name(language: str, suffix: str = ".qm") -> str:
    """The resource name of a language's catalogue, e.g. 'i18n/pos_app_de.qm'."""
    return f"{I18N_DIR}/pos_app_{language}{suffix}"


def resources_dir() -> Path:
    """The folder of the resources package, as a real path.

    Qt takes file names (icons, the style sheet's url()), so the package must be on disk: it is
    in every way the till is installed (pip unpacks wheels, the frozen build is a folder).
    """
    package = importlib.import_module(RESOURCE_PACKAGE)
    where = getattr(package, "__file__", None)
    if not where:
        raise RuntimeError(f"{RESOURCE_PACKAGE} is not on disk ({package!r}); reinstall pos-app")
    return Path(where).parent


def resource_path(name: str) -> Path:
    """A resource by its '/'-separated name inside the package, e.g. 'icons/card.svg'."""
    return resources_dir().joinpath(*name.split("/"))


def resource_text(name: str) -> str:
    return resource_path(name).read_text(encoding="utf-8")


def missing_resources() -> list[str]:
    """The required resources that cannot be found (empty when the install is whole)."""
    from importlib.resources import files

    try:
        root = files(RESOURCE_PACKAGE)
    except ModuleNotFoundError:
        return list(REQUIRED_RESOURCES)
    return [name for name in REQUIRED_RESOURCES if not root.joinpath(*name.split("/")).is_file()]
