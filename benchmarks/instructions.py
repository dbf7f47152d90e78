"""Instructions per pass of extraction over the corpus, counted by callgrind.

Timings on a shared machine move by several per cent from run to run; instruction counts do not.
Each count runs a fresh interpreter under ``valgrind --tool=callgrind`` with ``PYTHONHASHSEED=0``
(the hash seed changes the order of sets and dicts, and so the work) that extracts from the first
``--articles`` articles of the corpus once, and again twice: the difference is the cost of one warm
pass, with imports, pattern compilation and the first filling of the caches left out.

``--base REV`` counts a git revision the same way, from a temporary checkout, and prints the ratio::

    python -m benchmarks.instructions                 # this tree
    python -m benchmarks.instructions --base main     # this tree against main

``--conversion`` counts the three costs of converting instead: a warm pass of 20,000 dated
conversions (the benchmark's rows; two passes minus one), the first conversion in a fresh process
and ``moneyparse convert "100 USD" --to CNY --on 2025-02-20`` run in process (each minus a bare
interpreter).  Before each count (of either kind) the child runs once uncounted with bytecode
writing allowed, so that the counts are of compiled modules, as an installed package is, whatever
``PYTHONDONTWRITEBYTECODE`` says::

    python -m benchmarks.instructions --conversion --base main
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["conversion_costs", "main", "per_pass"]

_ROOT = Path(__file__).resolve().parents[1]

#: The child: extracts from the texts of a JSON file, P times, with the moneyparse of ``root``.
_CHILD = """
import json, sys
sys.path.insert(0, {root!r})
import moneyparse
with open({texts!r}, encoding="utf-8") as handle:
    texts = json.load(handle)
for _ in range({passes}):
    for text in texts:
        moneyparse.extract(text)
"""

_TOTAL = re.compile(r"^summary:\s+([0-9]+)", re.MULTILINE)


def _callgrind(root: Path, code: str, env: dict[str, str], out: Path) -> int:
    """Instructions of ``python -c code`` in ``root`` under callgrind (its output file ``out``)."""
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c", code],
        cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    if run.returncode != 0:
        raise RuntimeError(f"callgrind run in {root} failed:\n{run.stderr[-2000:]}")
    found = _TOTAL.search(out.read_text(encoding="utf-8", errors="replace"))
    if found is None:
        raise RuntimeError(f"no summary line in the callgrind output of {root}")
    return int(found.group(1))


def _count(root: Path, articles: int, passes: int) -> int:
    """Instructions of a fresh interpreter that makes ``passes`` passes over ``articles`` articles.

    The articles are read here, from this tree's corpus, and handed to the child in a file: a
    revision checked out elsewhere has no ``../shared`` beside it, and must read the same texts.
    The child runs once uncounted first, with bytecode writing allowed, as in :func:`_count_code`.
    """
    from benchmarks.corpus import articles as corpus_articles

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        texts = Path(tmp) / "texts.json"
        texts.write_text(json.dumps(list(corpus_articles()[:articles])), encoding="utf-8")
        env = dict(os.environ, PYTHONHASHSEED="0")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        code = _CHILD.format(root=str(root), texts=str(texts), passes=passes)
        # once uncounted first, so that both counts are of compiled modules: a fresh checkout
        # compiling them inside the first count only made its pass look a third dearer
        subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, check=True)
        return _callgrind(root, code, env, out)


def per_pass(root: Path = _ROOT, articles: int = 400) -> int:
    """Instructions of one warm pass of ``moneyparse.extract`` over the first ``articles`` articles
    of the corpus, for the tree at ``root`` (two passes minus one)."""
    return _count(root, articles, 2) - _count(root, articles, 1)


#: The children of ``--conversion``, each run with the rates and moneyparse of ``root``.
_BARE = "import sys\nsys.path.insert(0, {root!r})\n"
_WARM = _BARE + """import rates
from benchmarks.suite import conversion_inputs
rows = conversion_inputs(20000)
convert = rates.convert
for _ in range({passes}):
    for amount, base, quote, day in rows:
        convert(amount, base, quote, on=day)
"""
_COLD = _BARE + """import datetime, decimal, rates
rates.convert(decimal.Decimal("100"), "USD", "CNY", on=datetime.date(2025, 2, 20))
"""
_CLI = _BARE + """from moneyparse.cli import main
main(["convert", "100 USD", "--to", "CNY", "--on", "2025-02-20"])
"""


def _count_code(root: Path, code: str) -> int:
    """Instructions of a fresh interpreter running ``code`` in ``root``, its modules compiled first.

    The user cache is an empty directory, so that no downloaded rates change what is counted.
    """
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = dict(os.environ, PYTHONHASHSEED="0", XDG_CACHE_HOME=tmp)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, check=True)
        return _callgrind(root, code, env, out)


def conversion_costs(root: Path = _ROOT) -> dict[str, int]:
    """Instructions of a warm pass of 20,000 conversions, of the first conversion in a fresh
    process and of ``moneyparse convert`` (the last two beyond a bare interpreter), for ``root``."""
    r = str(root)
    bare = _count_code(root, _BARE.format(root=r))
    return {
        "warm pass of 20,000 conversions": _count_code(root, _WARM.format(root=r, passes=2))
        - _count_code(root, _WARM.format(root=r, passes=1)),
        "first conversion, fresh process": _count_code(root, _COLD.format(root=r)) - bare,
        "moneyparse convert": _count_code(root, _CLI.format(root=r)) - bare,
    }


def _checkout(rev: str, into: Path) -> Path:
    """The tree of ``rev`` written out under ``into``."""
    archive = subprocess.run(["git", "archive", rev], cwd=_ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main(argv: list[str] | None = None) -> int:
    """Print the instructions per pass of this tree, and of ``--base`` with the ratio."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.instructions", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400, help="articles per pass (default: 400)")
    parser.add_argument("--base", metavar="REV", help="also count this git revision and print the ratio")
    parser.add_argument("--conversion", action="store_true", help="count conversions instead of extraction")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
    if args.conversion:
        mine = conversion_costs(_ROOT)
        base: dict[str, int] | None = None
        if args.base:
            with tempfile.TemporaryDirectory() as tmp:
                base = conversion_costs(_checkout(args.base, Path(tmp)))
        for what, count in mine.items():
            line = f"{what}: {count / 1e6:,.1f} M instructions"
            if base is not None:
                line += f"; {args.base}: {base[what] / 1e6:,.1f} M ({(count / base[what] - 1) * 100:+.2f}%)"
            print(line)
        return 0
    here = per_pass(_ROOT, args.articles)
    print(f"this tree: {here / 1e6:,.1f} M instructions per pass over {args.articles} articles")
    if args.base:
        with tempfile.TemporaryDirectory() as tmp:
            base = per_pass(_checkout(args.base, Path(tmp)), args.articles)
        print(f"{args.base}: {base / 1e6:,.1f} M instructions per pass")
        print(f"ratio this tree / {args.base}: {here / base:.4f} ({(here / base - 1) * 100:+.2f}%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
