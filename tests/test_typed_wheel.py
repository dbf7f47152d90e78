"""The wheel that ``pip install .`` builds carries the ``py.typed`` markers (PEP 561), so that type
checkers read the annotations of an installed ``moneyparse`` and ``rates``.

The wheel is built as pip builds it for the README's commands (an isolated build with the backend
of ``[build-system]``) from a copy of the project's files, so that the build leaves nothing in the
tree, then installed into a directory of its own, and the installed files are read.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("moneyparse", "rates")


def _pip(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        capture_output=True, text=True, timeout=600, check=False,
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The directory the built wheel was installed into."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, source / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    built = _pip("wheel", "--no-deps", "--wheel-dir", str(work / "dist"), str(source))
    if built.returncode != 0 and "No matching distribution found" in built.stderr:
        pytest.skip("the build backend of [build-system] is not installable here (no package index)")
    assert built.returncode == 0, built.stderr[-2000:]
    [wheel] = (work / "dist").glob("moneyparse-*.whl")
    target = work / "site"
    done = _pip("install", "--no-deps", "--no-index", "--target", str(target), str(wheel))
    assert done.returncode == 0, done.stderr[-2000:]
    return target


def test_both_packages_in_the_source_tree_are_marked_typed() -> None:
    for package in PACKAGES:
        assert (ROOT / package / "py.typed").is_file(), f"{package}/py.typed is missing"


@pytest.mark.parametrize("package", PACKAGES)
def test_the_installed_wheel_carries_py_typed(installed: Path, package: str) -> None:
    assert (installed / package / "__init__.py").is_file()
    assert (installed / package / "py.typed").is_file(), f"the wheel leaves out {package}/py.typed: add it to package-data"
    [record] = installed.glob("moneyparse-*.dist-info/RECORD")
    assert f"{package}/py.typed," in record.read_text(encoding="utf-8")
