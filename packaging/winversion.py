"""The Windows version resource (file properties -> Details) for the frozen executables."""

from __future__ import annotations

import ast
import re
from pathlib import Path

__all__ = [
    "PRODUCT_NAME",
    "PUBLISHER",
    "numeric_version",
    "read_version",
    "render_version_info",
]

PRODUCT_NAME = "pos-app"
PUBLISHER = "pos_app developers"  # pyproject.toml [project].authors
_COPYRIGHT = "Licensed under the GNU GPL, version 3 or later"


def read_version(repo_root: Path) -> str:
    """`pos_app.__version__`, read without importing the package (the build venv may lack Qt)."""
    source = (repo_root / "pos_app" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__version__" for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return node.value.value
    raise ValueError("pos_app/__init__.py has no literal __version__")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """Four numbers for Windows, which has no room for "rc1": "1.2.3rc1" -> (1, 2, 3, 0)."""
    numbers: list[int] = []
    for part in version.split(".")[:4]:
        match = re.match(r"\d+", part)
        if match is None:
            break
        numbers.append(int(match.group()))
        if match.end() != len(part):  # "3rc1": keep 3, drop what follows
            break
    if not numbers:
        raise ValueError(f"version {version!r} does not start with a number")
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def render_version_info(version: str, *, exe_name: str, description: str) -> str:
    """The text of a PyInstaller version file (the `version=` argument of EXE)."""
    numbers = numeric_version(version)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe_name.removesuffix(".exe"),
        "LegalCopyright": _COPYRIGHT,
        "OriginalFilename": exe_name,
        "ProductName": PRODUCT_NAME,
        "ProductVersion": version,
    }
    table = ",\n".join(
        f"          StringStruct({key!r}, {value!r})" for key, value in strings.items()
    )
    # 0x040904B0: US English, Unicode; 0x40004: VOS_NT_WINDOWS32; fileType 1: an application.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers!r},
    prodvers={numbers!r},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo(
      [
        StringTable(
          '040904B0',
          [
{table},
          ],
        )
      ]
    ),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""
