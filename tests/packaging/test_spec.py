"""The PyInstaller spec: two exes in one folder, resources shipped, unused Qt left out."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from pos_app.services.assets import APP_ICON, REQUIRED_RESOURCES, RESOURCE_PACKAGE
from tests.packaging.support import REPO_ROOT, SPEC, spec_constant

HEAVY_QT = (
    "PySide6.QtWebEngineCore",
    "PySide6.Qt3DCore",
    "PySide6.QtQuick",
    "PySide6.QtQml",
    "PySide6.QtMultimedia",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtBluetooth",
    "PySide6.QtSql",
    "PySide6.QtDesigner",
)


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def _exe_calls() -> dict[str, dict[str, ast.expr]]:
    """Keyword arguments of each EXE(...) call, keyed by the variable it is assigned to."""
    calls: dict[str, dict[str, ast.expr]] = {}
    for node in _spec_tree().body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "EXE"
        ):
            target = node.targets[0]
            assert isinstance(target, ast.Name)
            calls[target.id] = {kw.arg: kw.value for kw in node.value.keywords if kw.arg}
    return calls


def test_spec_compiles_as_python() -> None:
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    assert code.co_filename.endswith("pos-app.spec")


def test_the_till_ships_a_windowed_exe_and_a_console_debug_exe() -> None:
    assert spec_constant("GUI_EXE") == "pos-app"
    assert spec_constant("DEBUG_EXE") == "pos-app-debug"
    calls = _exe_calls()
    consoles = {
        ast.unparse(kwargs["name"]): ast.literal_eval(kwargs["console"])
        for kwargs in calls.values()
    }
    assert consoles == {"GUI_EXE": False, "DEBUG_EXE": True}


def test_both_exes_land_in_one_onedir_folder() -> None:
    source = SPEC.read_text(encoding="utf-8")
    collect = re.search(r"COLLECT\((.*?)\n\)", source, re.S)
    assert collect is not None, "no COLLECT: a onefile build unpacks on every start"
    body = collect.group(1)
    assert "gui_exe" in body and "debug_exe" in body
    assert "name=APP_NAME" in body and spec_constant("APP_NAME") == "pos-app"
    # Binaries passed to EXE itself would make a onefile archive.
    for node in ast.walk(_spec_tree()):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "EXE":
            positional = [ast.unparse(arg) for arg in node.args]
            assert "a.binaries" not in positional and "a.datas" not in positional
    assert '"exclude_binaries": True' in source


def _spec_function(name: str, namespace: dict[str, object]) -> object:
    """The spec's top-level function `name`, defined in `namespace` as PyInstaller runs it."""
    [function] = [
        node
        for node in _spec_tree().body
        if isinstance(node, ast.FunctionDef) and node.name == name
    ]
    exec(compile(ast.Module([function], []), str(SPEC), "exec"), namespace)
    return namespace[name]


def _spec_resource_files() -> list[tuple[str, str]]:
    """The spec's resource_files(), run against the checkout as PyInstaller would run it."""
    resource_files = _spec_function(
        "resource_files",
        {
            "Path": Path,
            "RESOURCES_SOURCE": REPO_ROOT / "resources",
            "RESOURCES_TARGET": RESOURCE_PACKAGE.replace(".", "/"),
        },
    )
    return resource_files()  # type: ignore[operator,no-any-return]


def test_resources_are_bundled_as_the_package_the_loader_reads() -> None:
    # pos_app/services/assets.py reads them from the folder of the package
    # pos_app.resources, which the frozen till finds at _internal/pos_app/resources.
    source = SPEC.read_text(encoding="utf-8")
    assert "from pos_app.services.assets import APP_ICON, RESOURCE_PACKAGE" in source
    assert 'RESOURCES_TARGET = RESOURCE_PACKAGE.replace(".", "/")' in source
    assert "*resource_files()," in source
    bundled = {
        Path(target, Path(source_file).name).as_posix()
        for source_file, target in _spec_resource_files()
    }
    assert {f"pos_app/resources/{name}" for name in REQUIRED_RESOURCES} <= bundled
    assert "pos_app/resources/__init__.py" in bundled  # it makes the folder a package
    assert not [name for name in bundled if "__pycache__" in name or name.endswith(".pyc")]


def _spec_unused_image_format() -> object:
    """The spec's unused_image_format(), as PyInstaller runs it."""
    return _spec_function(
        "unused_image_format",
        {"Path": Path, "UNUSED_IMAGE_FORMATS": spec_constant("UNUSED_IMAGE_FORMATS")},
    )


#: The image-format plugin that reads each kind of file (PNG is built into Qt).
_PLUGIN_OF = {
    ".gif": "qgif",
    ".icns": "qicns",
    ".ico": "qico",
    ".jpeg": "qjpeg",
    ".jpg": "qjpeg",
    ".pdf": "qpdf",
    ".svg": "qsvg",
    ".tga": "qtga",
    ".tif": "qtiff",
    ".tiff": "qtiff",
    ".wbmp": "qwbmp",
    ".webp": "qwebp",
}


def test_image_formats_the_till_never_reads_are_left_out_and_its_own_are_kept() -> None:
    # Qt reads every image-format plugin's metadata at the first image the till loads (its
    # first screen's icons): the installed till ships only those it needs.
    unused = _spec_unused_image_format()
    assert callable(unused)
    for name in ("gif", "jpeg", "webp", "tiff", "pdf"):
        assert unused(f"PySide6/plugins/imageformats/q{name}.dll")  # Windows
        assert unused(f"PySide6/Qt/plugins/imageformats/libq{name}.so")  # elsewhere
    # Only plugins: the Qt libraries and other plugin kinds of the same names stay.
    assert not unused("PySide6/Qt6Gui.dll")
    assert not unused("PySide6/plugins/iconengines/qsvgicon.dll")
    assert not unused("PySide6/plugins/platforms/qwindows.dll")
    # Every image the till reads from its resources keeps its plugin.
    kinds = {path.suffix.lower() for path in (REPO_ROOT / "resources").rglob("*") if path.is_file()}
    needed = {_PLUGIN_OF[kind] for kind in kinds if kind in _PLUGIN_OF}
    assert {"qsvg", "qico"} <= needed
    for plugin in needed:
        assert not unused(f"PySide6/plugins/imageformats/{plugin}.dll"), plugin
    # Applied to what PyInstaller collected, before the folder is made.
    source = SPEC.read_text(encoding="utf-8")
    filtering = source.index(
        "a.binaries = [entry for entry in a.binaries if not unused_image_format("
    )
    assert filtering < source.index("coll = COLLECT(")


def test_heavy_qt_modules_and_test_tools_are_excluded() -> None:
    qt_excludes = spec_constant("QT_EXCLUDES")
    other = spec_constant("OTHER_EXCLUDES")
    assert isinstance(qt_excludes, list) and isinstance(other, list)
    missing = [name for name in HEAVY_QT if name not in qt_excludes]
    assert not missing, f"not excluded: {missing}"
    assert {"pytest", "hypothesis"} <= set(other)


def test_no_module_the_app_imports_is_excluded() -> None:
    """An excluded Qt module the code does import would crash the installed till at start."""
    excluded = set(spec_constant("QT_EXCLUDES"))  # type: ignore[arg-type]
    used: set[str] = set()
    for path in (REPO_ROOT / "pos_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.Qt\w+", path.read_text(encoding="utf-8")))
        for match in re.finditer(r"from PySide6 import ([\w, ()\n]+)", path.read_text("utf-8")):
            used |= {f"PySide6.{name.strip()}" for name in re.split(r"[,()\s]+", match[1]) if name}
    assert used, "found no PySide6 import in pos_app"
    assert not (used & excluded), f"imported but excluded: {sorted(used & excluded)}"


def test_keychain_backends_and_sandbox_are_bundled() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("keyring.backends")' in source
    assert '"keyring.backends.Windows"' in source
    assert 'copy_metadata("keyring")' in source  # backends are found through entry points
    assert "win32ctypes" in source
    assert 'collect_submodules("localstripe")' in source
    assert 'collect_data_files("localstripe")' in source


def test_icon_and_version_resource_are_wired() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert "ICON = RESOURCES_SOURCE / APP_ICON" in source
    assert 'RESOURCES_SOURCE = REPO_ROOT / "resources"' in source
    assert (REPO_ROOT / "resources" / APP_ICON).is_file()
    for kwargs in _exe_calls().values():
        assert ast.unparse(kwargs["version"]).startswith("version_file(")
    assert "[str(ICON)] if ICON.is_file() else None" in source


def test_thermal_printing_data_is_bundled_when_the_escpos_extra_is_installed() -> None:
    source = SPEC.read_text(encoding="utf-8")
    # python-escpos reads capabilities.json beside its modules at run time.
    assert 'ESCPOS_FILES = collect_data_files("escpos")' in source
    assert '*collect_submodules("escpos"), *collect_submodules("usb")' in source
    assert "*ESCPOS_FILES," in source and "HIDDEN_IMPORTS += ESCPOS_IMPORTS" in source
    assert '"win32print"' in source
    from importlib.resources import files

    assert files("escpos").joinpath("capabilities.json").is_file()
