"""The size limits of the engine, so that every stage stays small enough to read in one sitting.

- ``moneyparse/scanner.py``, the facade whose stage list reads top to bottom: at most 300 lines;
- every other engine module (everything in ``moneyparse/`` but the ``cli`` package and
  ``dask.py``, the front ends): at most 600 lines;
- every engine function or method: at most 80 lines, from its ``def`` to its last line.

A module or function over its limit is split into named pieces with the same behaviour (the
golden corpus identical: ``python -m benchmarks.golden --check``).  The ones that could not be
split yet are listed below with the reason, and each entry must still be over its limit: an
entry that is no longer needed fails until it is removed, so the list only shrinks.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "moneyparse"

SCANNER_LINES = 300
MODULE_LINES = 600
FUNCTION_LINES = 80

#: Engine modules allowed over MODULE_LINES for now, with the reason.
MODULE_EXCEPTIONS: dict[str, str] = {}

#: Engine functions allowed over FUNCTION_LINES for now ("module:function"), with the reason.
FUNCTION_EXCEPTIONS: dict[str, str] = {}


def engine_modules() -> list[Path]:
    """Every module of the engine: ``moneyparse/`` but the command-line package and ``dask.py``."""
    return sorted(
        path
        for path in PACKAGE.rglob("*.py")
        if "cli" not in path.relative_to(PACKAGE).parts[:-1] and path.relative_to(PACKAGE) != Path("dask.py")
    )


def line_count(path: Path) -> int:
    """Lines of a module, as an editor numbers them."""
    return len(path.read_text(encoding="utf-8").splitlines())


def long_functions(source: str, limit: int) -> dict[str, int]:
    """``{qualified name: lines}`` of every function or method of ``source`` longer than ``limit``
    lines, nested ones included, each counted from its ``def`` line to its last line."""
    found: dict[str, int] = {}

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    assert child.end_lineno is not None
                    lines = child.end_lineno - child.lineno + 1
                    if lines > limit:
                        found[name] = lines
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(ast.parse(source), "")
    return found


def _name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_the_engine_is_found() -> None:
    names = {_name(p) for p in engine_modules()}
    assert {"moneyparse/scanner.py", "moneyparse/phrases.py", "moneyparse/data/__init__.py"} <= names
    assert not {n for n in names if n.startswith("moneyparse/cli/") or n == "moneyparse/dask.py"}


def test_the_measure_finds_a_long_function_and_a_long_method() -> None:
    body = "".join(f"    x{i} = {i}\n" for i in range(FUNCTION_LINES))  # 80 lines, and the def makes 81
    method_body = body.replace("    x", "        x")
    source = f"def short():\n    pass\n\n\ndef long():\n{body}\n\nclass C:\n    def method(self):\n{method_body}"
    assert long_functions(source, FUNCTION_LINES) == {"long": FUNCTION_LINES + 1, "C.method": FUNCTION_LINES + 1}
    assert long_functions(source, FUNCTION_LINES + 1) == {}


def test_the_scanner_is_a_facade() -> None:
    lines = line_count(PACKAGE / "scanner.py")
    assert lines <= SCANNER_LINES, f"moneyparse/scanner.py has {lines} lines (at most {SCANNER_LINES})"


@pytest.mark.parametrize("path", engine_modules(), ids=_name)
def test_no_engine_module_is_over_600_lines(path: Path) -> None:
    lines = line_count(path)
    if _name(path) in MODULE_EXCEPTIONS:
        assert lines > MODULE_LINES, f"{_name(path)} has {lines} lines: remove it from MODULE_EXCEPTIONS"
    else:
        assert lines <= MODULE_LINES, f"{_name(path)} has {lines} lines (at most {MODULE_LINES}): split it by stage"


@pytest.mark.parametrize("path", engine_modules(), ids=_name)
def test_no_engine_function_is_over_80_lines(path: Path) -> None:
    found = long_functions(path.read_text(encoding="utf-8"), FUNCTION_LINES)
    over = {f"{_name(path)}:{name}": lines for name, lines in found.items()}
    allowed = {name for name in FUNCTION_EXCEPTIONS if name.startswith(f"{_name(path)}:")}
    assert not allowed - set(over), f"under the limit now: remove {sorted(allowed - set(over))} from FUNCTION_EXCEPTIONS"
    unexpected = {name: lines for name, lines in over.items() if name not in allowed}
    assert not unexpected, f"over {FUNCTION_LINES} lines, split into named steps: {unexpected}"
