"""The IANA time zones reach a Windows till: `tzdata` is a Windows dependency and the frozen build
collects it (zoneinfo finds no system copy there, and the day's report needs the zone rules)."""

from __future__ import annotations

import ast
import tomllib

from packaging.requirements import Requirement

from tests.packaging.support import REPO_ROOT, SPEC


def test_tzdata_is_a_dependency_on_windows_only() -> None:
    project = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = [Requirement(text) for text in project["project"]["dependencies"]]
    [tzdata] = [r for r in requirements if r.name == "tzdata"]
    assert tzdata.marker is not None
    assert tzdata.marker.evaluate({"sys_platform": "win32"})
    assert not tzdata.marker.evaluate({"sys_platform": "linux"})


def test_the_frozen_build_collects_the_zones_as_packages_and_data() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert 'collect_submodules("tzdata") if sys.platform == "win32"' in source
    assert 'collect_data_files("tzdata") if sys.platform == "win32"' in source
    assert "HIDDEN_IMPORTS += TZDATA_IMPORTS" in source
    tree = ast.parse(source)
    [datas] = [
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "DATAS" for t in node.targets)
    ]
    assert "*TZDATA_FILES" in ast.unparse(datas)
