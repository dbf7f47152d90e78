"""Instructions per pass of extraction over the corpus, counted by callgrind.

Timings on a shared machine move by several per cent from run to run; instruction counts do not.
Each count runs a fresh interpreter under ``valgrind --tool=callgrind`` with ``PYTHONHASHSEED=0``
(the hash seed changes the order of sets and dicts, and so the work) that extracts from the first
``--articles`` articles of the corpus once, and again twice: the difference is the cost of one warm
pass, with imports, pattern compilation and the first filling of the caches left out.

``--base REV`` counts a git revision the same way, from a temporary checkout, and prints the ratio::

    python -m benchmarks.instructions                 # this tree
    python -m benchmarks.instructions --base main     # this tree against main
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

__all__ = ["per_pass", "main"]

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


def _count(root: Path, articles: int, passes: int) -> int:
    """Instructions of a fresh interpreter that makes ``passes`` passes over ``articles`` articles.

    The articles are read here, from this tree's corpus, and handed to the child in a file: a
    revision checked out elsewhere has no ``../shared`` beside it, and must read the same texts.
    """
    from benchmarks.corpus import articles as corpus_articles

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        texts = Path(tmp) / "texts.json"
        texts.write_text(json.dumps(list(corpus_articles()[:articles])), encoding="utf-8")
        env = dict(os.environ, PYTHONHASHSEED="0")
        code = _CHILD.format(root=str(root), texts=str(texts), passes=passes)
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


def per_pass(root: Path = _ROOT, articles: int = 400) -> int:
    """Instructions of one warm pass of ``moneyparse.extract`` over the first ``articles`` articles
    of the corpus, for the tree at ``root`` (two passes minus one)."""
    return _count(root, articles, 2) - _count(root, articles, 1)


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
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (Debian: apt-get install valgrind)", file=sys.stderr)
        return 2
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
