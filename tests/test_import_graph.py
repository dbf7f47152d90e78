"""The import graph of ``moneyparse`` and ``rates``: no cycles, and each package reaches the other
only where it is declared.

Every module of both packages is parsed with :mod:`ast` (nothing is imported) and every import
statement is collected with the moment it runs:

- ``module``: when the module is imported (module level, class bodies, ``try`` blocks);
- ``deferred``: inside a function or method, when it is first called;
- ``typing``: inside ``if TYPE_CHECKING:`` (``typing.TYPE_CHECKING`` or the module's own
  ``TYPE_CHECKING = False``), never at run time: only type checkers read it.

The runtime graph holds the ``module`` and ``deferred`` imports.  A deferred import cannot fail at
import time, but a cycle through one still ties its modules together: neither can be read, tested
or replaced without the other, and the import inside the function body only hides it.  Typing-only
imports are left out of the runtime graph, since they never execute and so cannot close a cycle at
run time; they are checked apart (their targets must exist) and printed by
``pytest -s -k typing_only`` with any cycle they would close.

An import names the module it loads: ``from a.b import c`` is an edge to ``a.b.c`` when that is a
module, else to ``a.b``.  Importing a submodule also runs its package's ``__init__`` first, but
that edge is implicit and not counted (a package may load its own submodules lazily, as ``rates``
does through its ``__getattr__``, without a cycle).
"""

from __future__ import annotations

import ast
import dataclasses
from collections import deque
from collections.abc import Iterable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("moneyparse", "rates")

#: The declared upward edges: ``rates.check(text)`` and ``TextSource(text)`` find the pairs of a
#: text with ``moneyparse.pairs``, and the HTML report marks every amount of the text it shows with
#: ``moneyparse.extract``.  Each is imported inside the function that needs it (so that ``import
#: rates`` never loads moneyparse), and only the names listed for its module are imported.  Cycles
#: through these edges are allowed: they are the declared way from ``rates`` back to the extractor.
DECLARED_UPWARD_NAMES: dict[str, frozenset[str]] = {
    "rates.factcheck": frozenset({"pairs"}),
    "rates.sources.text": frozenset({"pairs"}),
    "rates.report_html": frozenset({"extract"}),
}
DECLARED_UPWARD: frozenset[tuple[str, str]] = frozenset((source, "moneyparse") for source in DECLARED_UPWARD_NAMES)

#: Known cycles, each edge named here left out of the cycle search; an entry whose edge no longer
#: exists fails the test.  Empty: the one cycle it held (``moneyparse.pairing.pairs`` calling
#: ``scanner.extract`` while ``scanner._scan`` called ``pairing.resolve_by_pairs``) is gone, the
#: public ``pairs`` being in the facade above both.  Add nothing to it.
KNOWN_CYCLE_EDGES_TO_REMOVE: dict[tuple[str, str], str] = {}


@dataclasses.dataclass(frozen=True)
class Import:
    """One import statement of one module, resolved to a module of the two packages."""

    source: str
    target: str
    names: tuple[str, ...]  # the names taken by ``from ... import``; () for ``import x``
    kind: str  # "module", "deferred" or "typing"
    line: int
    where: str  # the enclosing function, or "<module>"

    def show(self) -> str:
        taken = f" ({', '.join(self.names)})" if self.names else ""
        return f"{self.source}:{self.line} [{self.kind}, {self.where}] -> {self.target}{taken}"


def _module_files() -> dict[str, Path]:
    files: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            files[".".join(parts)] = path
    return files


FILES = _module_files()
MODULES = frozenset(FILES)

#: The front end of moneyparse: the command line (every module of the package ``moneyparse.cli``,
#: and ``python -m moneyparse``) and the Dask helpers call both packages (``moneyparse convert``,
#: ``moneyparse check``).  No other module of moneyparse may reach ``rates``, directly or through them.
FRONT_END = frozenset(
    {"moneyparse.__main__", "moneyparse.dask"} | {m for m in MODULES if m == "moneyparse.cli" or m.startswith("moneyparse.cli.")}
)


def _is_type_checking(test: ast.expr) -> bool:
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


def _resolve(name: str) -> str | None:
    """The module of the two packages that ``name`` (dotted) loads, or ``None`` when outside."""
    if name.split(".")[0] not in PACKAGES:
        return None
    while name not in MODULES and "." in name:
        name = name.rpartition(".")[0]
    return name if name in MODULES else None


class _Collector(ast.NodeVisitor):
    def __init__(self, module: str, is_package: bool) -> None:
        self.module = module
        self.package = module if is_package else module.rpartition(".")[0]
        self.kind = "module"
        self.where = "<module>"
        self.found: list[Import] = []

    def _add(self, target: str | None, names: tuple[str, ...], node: ast.stmt) -> None:
        if target is not None:
            self.found.append(Import(self.module, target, names, self.kind, node.lineno, self.where))

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(_resolve(alias.name), (), node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = self.package.split(".")
            if node.level > 1:
                base = base[: -(node.level - 1)]
            origin = ".".join(base + ([node.module] if node.module else []))
        else:
            origin = node.module or ""
        # ``from a import b`` loads the module a.b when there is one; each such name is an edge
        by_target: dict[str, list[str]] = {}
        for alias in node.names:
            submodule = f"{origin}.{alias.name}"
            target = submodule if submodule in MODULES else _resolve(origin)
            if target is not None:
                by_target.setdefault(target, []).append(alias.name)
        for target, names in by_target.items():
            self._add(target, tuple(names), node)

    def _inside(self, node: ast.AST, kind: str, where: str) -> None:
        saved = self.kind, self.where
        self.kind, self.where = kind, where
        self.generic_visit(node)
        self.kind, self.where = saved

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        where = node.name if self.where == "<module>" else f"{self.where}.{node.name}"
        self._inside(node, "typing" if self.kind == "typing" else "deferred", where)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self._inside(node, "typing" if self.kind == "typing" else "deferred", f"{self.where}.<lambda>")

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        where = node.name if self.where == "<module>" else f"{self.where}.{node.name}"
        self._inside(node, self.kind, where)  # a class body runs when it is defined

    def visit_If(self, node: ast.If) -> None:
        if not _is_type_checking(node.test):
            self.generic_visit(node)
            return
        self.visit(node.test)
        saved = self.kind
        self.kind = "typing"
        for stmt in node.body:
            self.visit(stmt)
        self.kind = saved
        for stmt in node.orelse:  # the else branch of ``if TYPE_CHECKING`` runs
            self.visit(stmt)


def _collect() -> list[Import]:
    found: list[Import] = []
    for module, path in FILES.items():
        collector = _Collector(module, path.name == "__init__.py")
        collector.visit(ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        found += [imp for imp in collector.found if imp.target != module]
    return found


IMPORTS = _collect()


def _graph(imports: Iterable[Import], leave_out: Iterable[tuple[str, str]] = ()) -> dict[str, dict[str, list[Import]]]:
    skip = set(leave_out)
    graph: dict[str, dict[str, list[Import]]] = {m: {} for m in MODULES}
    for imp in imports:
        if (imp.source, imp.target) not in skip:
            graph[imp.source].setdefault(imp.target, []).append(imp)
    return graph


def _cycles(graph: dict[str, dict[str, list[Import]]]) -> list[list[str]]:
    """The strongly connected components with a cycle (Tarjan), each sorted, in sorted order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph[v]:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def _one_loop(graph: dict[str, dict[str, list[Import]]], component: list[str], start: str) -> list[str]:
    """A shortest loop from ``start`` back to it through the modules of ``component``."""
    members = set(component)
    before: dict[str, str] = {}
    queue = deque([start])
    while queue:
        v = queue.popleft()
        for w in sorted(graph[v]):
            if w == start:
                path = [v]
                while path[-1] != start:
                    path.append(before[path[-1]])
                return [*reversed(path), start]
            if w in members and w not in before:
                before[w] = v
                queue.append(w)
    raise AssertionError(f"no loop through {start} in {component}")  # pragma: no cover


def _describe(graph: dict[str, dict[str, list[Import]]], components: list[list[str]]) -> str:
    """Each component as loops, until every module of it is in one, with the imports that make them."""
    lines = []
    for component in components:
        if len(component) > 2:
            lines.append(f"{len(component)} modules import each other: {', '.join(component)}")
        shown: set[str] = set()
        for start in component:
            if start in shown:
                continue
            loop = _one_loop(graph, component, start)
            shown.update(loop)
            lines.append(f"cycle: {' -> '.join(loop)}")
            for a, b in zip(loop, loop[1:]):
                lines += [f"    {imp.show()}" for imp in graph[a][b]]
    return "\n".join(lines)


RUNTIME = [imp for imp in IMPORTS if imp.kind != "typing"]
TYPING_ONLY = [imp for imp in IMPORTS if imp.kind == "typing"]


# -- the checks ------------------------------------------------------------------------------------


def test_every_module_of_both_packages_is_parsed() -> None:
    # the check is only as good as its module list: both packages and their subpackages are in it
    assert {"moneyparse", "moneyparse.scanner", "rates", "rates.sources", "rates.sources.ecb"} <= MODULES
    assert any(imp.kind == "deferred" for imp in IMPORTS) and any(imp.kind == "typing" for imp in IMPORTS)


def test_no_import_cycle_at_run_time() -> None:
    graph = _graph(RUNTIME, leave_out=DECLARED_UPWARD | KNOWN_CYCLE_EDGES_TO_REMOVE.keys())
    components = _cycles(graph)
    assert not components, "import cycles (module-level and in-function imports):\n" + _describe(graph, components)


@pytest.mark.parametrize("edge", sorted(KNOWN_CYCLE_EDGES_TO_REMOVE), ids="->".join)
def test_known_cycle_edges_still_exist(edge: tuple[str, str]) -> None:
    source, target = edge
    found = [imp for imp in RUNTIME if (imp.source, imp.target) == edge]
    assert found, f"{source} no longer imports {target}: remove the edge from KNOWN_CYCLE_EDGES_TO_REMOVE"
    # and it still closes a cycle: without the other edges of the allowlist, it is in a component
    graph = _graph(RUNTIME, leave_out=DECLARED_UPWARD | (KNOWN_CYCLE_EDGES_TO_REMOVE.keys() - {edge}))
    assert any({source, target} <= set(c) for c in _cycles(graph)), (
        f"{source} -> {target} closes no cycle any more: remove it from KNOWN_CYCLE_EDGES_TO_REMOVE"
    )


def test_rates_imports_moneyparse_only_through_the_declared_edge() -> None:
    wrong = [
        imp.show()
        for imp in IMPORTS  # typing-only imports too: rates types its inputs with its own protocols
        if imp.source.split(".")[0] == "rates"
        and imp.target.split(".")[0] == "moneyparse"
        and (
            (imp.source, imp.target) not in DECLARED_UPWARD
            or imp.kind != "deferred"
            or not set(imp.names) <= DECLARED_UPWARD_NAMES[imp.source]
            or not imp.names
        )
    ]
    assert not wrong, (
        "rates may import moneyparse only by the names of DECLARED_UPWARD_NAMES, inside a function of "
        f"{sorted(s for s, _ in DECLARED_UPWARD)}:\n  " + "\n  ".join(wrong)
    )


def test_moneyparse_reaches_rates_only_through_its_front_end() -> None:
    graph = _graph(RUNTIME)
    core = sorted(m for m in MODULES if m.split(".")[0] == "moneyparse" and m not in FRONT_END)
    wrong = []
    for start in core:
        before: dict[str, str] = {start: ""}
        queue = deque([start])
        while queue:
            v = queue.popleft()
            for w in sorted(graph[v]):
                if w in before:
                    continue
                before[w] = v
                if w.split(".")[0] == "rates" or w in FRONT_END:
                    path = [w]
                    while path[-1] != start:
                        path.append(before[path[-1]])
                    wrong.append(" -> ".join(reversed(path)))
                else:
                    queue.append(w)
    direct = [
        imp.show()
        for imp in TYPING_ONLY
        if imp.source in core and (imp.target.split(".")[0] == "rates" or imp.target in FRONT_END)
    ]
    assert not wrong and not direct, (
        f"only {sorted(FRONT_END)} may import rates (or be imported by the rest of moneyparse):\n  "
        + "\n  ".join(wrong + direct)
    )


def _defined(module: str) -> set[str] | None:
    """The names bound at the top level of ``module`` (``None``: it has ``__getattr__``, any name may exist)."""
    tree = ast.parse(FILES[module].read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    if "__getattr__" in names:
        return None
    return names | {m.rpartition(".")[2] for m in MODULES if m.rpartition(".")[0] == module}


def test_typing_only_imports_name_what_exists() -> None:
    """Nothing runs a typing-only import, so nothing else would notice when its target moves away."""
    missing = []
    for imp in TYPING_ONLY:
        defined = _defined(imp.target)
        if defined is not None:
            missing += [f"{imp.show()}: no {name!r} in {imp.target}" for name in imp.names if name not in defined]
    print("\ntyping-only imports (left out of the runtime graph):")
    for imp in sorted(TYPING_ONLY, key=lambda i: (i.source, i.line)):
        print(f"  {imp.show()}")
    graph = _graph(IMPORTS, leave_out=DECLARED_UPWARD | KNOWN_CYCLE_EDGES_TO_REMOVE.keys())
    components = _cycles(graph)
    print("cycles once typing-only imports are counted:", "\n" + _describe(graph, components) if components else "none")
    assert not missing, "\n".join(missing)
