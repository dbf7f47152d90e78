"""The mypy configuration names every public module as strict: the two package fronts and each
module they export a name from, read from the fronts themselves (their imports and the lazy
``_HOME`` table of ``rates``), so that a name exported from a new module cannot escape the check.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _strict_modules() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert config.get("strict") is True
    found: set[str] = set()
    for override in config.get("overrides", []):
        if override.get("strict") is True:
            found.update(override["module"])
        else:
            relaxed = set(override["module"])
            assert not relaxed & found, f"a public module is relaxed: {sorted(relaxed & found)}"
    return found


def _exported_from(package: str) -> set[str]:
    """The modules of ``package`` whose names its ``__init__`` imports or loads lazily."""
    tree = ast.parse((ROOT / package / "__init__.py").read_text(encoding="utf-8"))
    modules = {package}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(package + "."):
            modules.add(node.module)
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "_HOME" for t in node.targets):
            assert isinstance(node.value, ast.Dict)
            modules.update(v.value for v in node.value.values if isinstance(v, ast.Constant))
    return modules


def test_every_public_module_is_checked_strictly() -> None:
    public = _exported_from("moneyparse") | _exported_from("rates")
    assert {"moneyparse.errors", "moneyparse.mention", "moneyparse.scanner", "rates.conversion"} <= public
    missing = public - _strict_modules()
    assert not missing, f"add {sorted(missing)} to the strict override of [tool.mypy] in pyproject.toml"
