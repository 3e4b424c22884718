"""One version everywhere: package, pyproject, installer default, build script, exe resource."""

from __future__ import annotations

import re
import tomllib

import pos_app
from tests.packaging.support import REPO_ROOT, load, nsi_code


def test_build_script_reads_the_package_version() -> None:
    assert load("winversion").read_version(REPO_ROOT) == pos_app.__version__


def test_pyproject_version_matches_the_package() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["version"] == pos_app.__version__


def test_installer_default_version_matches_the_package() -> None:
    match = re.search(r'!ifndef VERSION\s+!define VERSION "([^"]+)"', nsi_code())
    assert match is not None, "installer.nsi has no default VERSION"
    assert match.group(1) == pos_app.__version__


def test_makensis_gets_the_package_version() -> None:
    build = load("build")
    command = build.makensis_command("makensis", pos_app.__version__)
    flags = [arg[1:] for arg in command if arg[:1] in "-/"]
    assert f"DVERSION={pos_app.__version__}" in flags
    assert command[-1].endswith("installer.nsi")
    out = next(flag for flag in flags if flag.startswith("DOUTFILE="))
    assert out.endswith(f"pos-app-{pos_app.__version__}-setup.exe")


def test_windows_gets_four_numbers_even_for_prereleases() -> None:
    numeric_version = load("winversion").numeric_version
    assert numeric_version("0.1.0") == (0, 1, 0, 0)
    assert numeric_version("1.2.3rc1") == (1, 2, 3, 0)
    assert numeric_version("2.0") == (2, 0, 0, 0)
    assert numeric_version("1.2.3.4.5") == (1, 2, 3, 4)


def test_exe_properties_show_name_version_and_publisher() -> None:
    """The text PyInstaller evaluates into the version resource (Properties -> Details)."""
    winversion = load("winversion")
    text = winversion.render_version_info(
        "1.4.2rc1", exe_name="pos-app.exe", description="pos-app card till"
    )
    seen: dict[str, object] = {}

    def record(kind: str):  # type: ignore[no-untyped-def]
        def build(*args: object, **kwargs: object) -> tuple[str, tuple[object, ...], dict]:
            if kind == "StringStruct":
                seen[str(args[0])] = args[1]
            if kind == "FixedFileInfo":
                seen["filevers"] = kwargs["filevers"]
            return kind, args, kwargs

        return build

    names = (
        "VSVersionInfo FixedFileInfo StringFileInfo StringTable StringStruct VarFileInfo VarStruct"
    )
    eval(text, {name: record(name) for name in names.split()})  # the text is this repo's own output
    assert seen["filevers"] == (1, 4, 2, 0)
    assert seen["ProductVersion"] == "1.4.2rc1"
    assert seen["OriginalFilename"] == "pos-app.exe"
    assert seen["ProductName"] == "pos-app"
    assert seen["CompanyName"] == winversion.PUBLISHER
