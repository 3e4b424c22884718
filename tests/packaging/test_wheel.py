"""The wheel as a user installs it (`pip install .`): every module, the resources, a working till.

The wheel is built from a copy of what the build reads (pyproject.toml, README.md, pos_app/,
resources/), so a stale build/ folder or an editable install cannot stand in for it. It is
installed into a fresh virtual environment that borrows the test environment's dependencies
through a .pth file (seconds instead of minutes, and no network beyond the build backend); the
editable install of the checkout stays invisible there, because .pth files are processed only
in site directories, not in folders a .pth adds.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.fixtures_peers import Peer
from tests.packaging.support import REPO_ROOT

RESOURCES = REPO_ROOT / "resources"
BUILD_INPUTS = ("pyproject.toml", "README.md", "pos_app", "resources")


@dataclass(frozen=True, slots=True)
class Installed:
    wheel: Path
    venv: Path
    python: Path
    scripts: Path


def _checkout_files(folder: Path) -> list[Path]:
    return sorted(
        path.relative_to(folder)
        for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    )


def _run(
    command: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=240, env=env, cwd=cwd, check=False
    )
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    root = tmp_path_factory.mktemp("wheel")
    source = root / "source"
    source.mkdir()
    for name in BUILD_INPUTS:
        path = REPO_ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, source / name)
    wheels = root / "wheels"
    # The build backend (setuptools>=77, pyproject's build-system) comes from the package index.
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(source)])
    [wheel] = wheels.glob("pos_app-*.whl")

    venv = root / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    bindir = "Scripts" if os.name == "nt" else "bin"
    python = venv / bindir / ("python.exe" if os.name == "nt" else "python")
    where = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    purelib = Path(_run([str(python), "-c", where]).stdout.strip())
    here = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (purelib / "_borrowed_dependencies.pth").write_text("\n".join(here) + "\n", encoding="utf-8")
    # pip comes from the borrowed folder too; --ignore-installed keeps it from touching the
    # checkout's editable install, which it can see there.
    _run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index",
         "--ignore-installed", str(wheel)],
        env=_clean_env(),
    )  # fmt: skip
    yield Installed(wheel=wheel, venv=venv, python=python, scripts=venv / bindir)


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return {**env, "PYTHONNOUSERSITE": "1", **extra}


def test_the_wheel_holds_every_module_and_every_resource(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    modules = [f"pos_app/{path.as_posix()}" for path in _checkout_files(REPO_ROOT / "pos_app")]
    missing_modules = [name for name in modules if name not in names]
    assert not missing_modules, (
        f"not in the wheel: {missing_modules}; add the package to [tool.setuptools] packages "
        "(or its files to package-data) in pyproject.toml"
    )
    resources = [f"pos_app/resources/{path.as_posix()}" for path in _checkout_files(RESOURCES)]
    assert {"pos_app/resources/style.qss", "pos_app/resources/receipt.html"} <= set(resources)
    assert "pos_app/resources/icons/app.ico" in resources
    assert [name for name in resources if name not in names] == []
    assert not [name for name in names if name.startswith(("resources/", "tests/"))]


def test_every_package_of_the_checkout_is_listed_in_pyproject() -> None:
    listed = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["packages"]
    found = {
        ".".join(init.parent.relative_to(REPO_ROOT).parts)
        for init in (REPO_ROOT / "pos_app").rglob("__init__.py")
    }
    assert found | {"pos_app.resources"} == set(listed)


def test_the_installed_package_reads_its_resources_from_the_install(installed: Installed) -> None:
    probe = (
        "import pos_app\n"
        "from pos_app.services.assets import missing_resources, resource_path, resource_text\n"
        "print(pos_app.__file__)\n"
        "print(resource_path('style.qss'))\n"
        "print(missing_resources())\n"
        "print(sorted(p.name for p in resource_path('icons').iterdir()))\n"
        "print('$business_name' in resource_text('receipt.html'))\n"
    )
    out = _run([str(installed.python), "-c", probe], env=_clean_env(), cwd=installed.venv)
    package, style, missing, icons, template_ok = out.stdout.splitlines()
    assert Path(package).is_relative_to(installed.venv), "pos_app came from outside the venv"
    assert Path(style).is_relative_to(installed.venv) and Path(style).is_file()
    assert missing == "[]"
    assert icons == str(sorted(p.name for p in (RESOURCES / "icons").iterdir()))
    assert template_ok == "True"


def test_the_installed_cli_self_check_reaches_stripe(
    installed: Installed, sandbox: Peer, tmp_path: Path
) -> None:
    cli = installed.scripts / ("pos-app-cli.exe" if os.name == "nt" else "pos-app-cli")
    done = subprocess.run(
        [str(cli), "--self-check"],
        env=_clean_env(
            POS_STRIPE_SECRET_KEY=sandbox.secret_key,
            POS_STRIPE_API_BASE=sandbox.base_url,
            POS_DATA_DIR=str(tmp_path),
            QT_QPA_PLATFORM="offscreen",
        ),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^stripe\s+answers, key accepted$", done.stdout, re.M), done.stdout
    resources = re.search(r"^resources\s+(.+)$", done.stdout, re.M)
    assert resources is not None and Path(resources[1]).is_relative_to(installed.venv)
    assert done.stdout.rstrip().endswith("OK")
