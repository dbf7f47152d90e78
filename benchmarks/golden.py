"""The golden corpus: everything moneyparse finds in every input we have, kept and compared.

Usage::

    python -m benchmarks.golden --check  [--only FAMILY ...] [--base REV] [--limit N]
    python -m benchmarks.golden --update [--only FAMILY ...]
    python -m benchmarks.golden --collect

For each text the golden holds one line per mention (every field of :class:`moneyparse.Mention`,
Decimals as their exact strings), one per pair of :func:`moneyparse.pairs` (the indexes and spans
of its two mentions and its kind), and, except in the long articles, the result of
:func:`moneyparse.parse` (the mention, or the error's class and reason).  A line is one JSON
object; a document's lines come in a fixed order (its texts in input order, then per text the
mentions, the pairs, the parse result).

The inputs, in five families:

* ``corpus``: the articles of ``../shared/corpus/enwiki-money.tsv`` (``corpus:<title>``);
* ``specs``: the inputs of the shared specs, one document per spec file, one case per input
  (``specs:recognizers/English`` case ``12``, ``specs:nemo/en/.../test_cases_money.txt`` case
  ``5:1`` for the left side of line 5, ``specs:quantulum3`` case ``3``);
* ``seeds``: the two seed articles (``seeds:000_9fd4f84746180eec.txt``);
* ``fuzz``: the fuzz seeds, each decoded as UTF-8 with bad bytes replaced (``fuzz/corpus/x.txt``);
* ``tests``: every text the test suite gives to the public functions
  (``test#<first 12 hex digits of the text's sha1>``), listed in ``golden_data/test-texts.jsonl``.

The shared data may not be copied into the repository, so for ``corpus``, ``specs`` and ``seeds``
``golden_data/<family>.sha256`` holds one sha256 per document (of its golden lines, each ended by
a newline); for our own texts ``golden_data/<family>.jsonl`` holds the lines themselves.

``--check`` recomputes every line and compares.  Identical: one summary line, exit 0.  Otherwise
a diff line per difference, ``document  @offset  before  ->  after``, then the counts, and exit
1.  The "before" of our own texts is the committed file; the "before" of a shared document whose
hash changed is computed by the moneyparse of ``--base`` (default ``HEAD``), taken with ``git
archive`` into a temporary directory and run in a subprocess, for those documents only.
``--update`` rewrites the committed files.  ``--collect`` runs the test suite with the recorder
of :mod:`benchmarks.golden_record` and rewrites the list of test texts (see :func:`collect`).
When ``../shared`` is absent the shared families are skipped, and said to be.
"""

from __future__ import annotations

import argparse
import dataclasses
import enum
import functools
import hashlib
import io
import json
import os
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

import benchmarks
import moneyparse
from benchmarks import shared_path

__all__ = [
    "FAMILIES",
    "GOLDEN_DIR",
    "ROOT",
    "Change",
    "Document",
    "Family",
    "GoldenError",
    "check",
    "collect",
    "diff_document",
    "digest",
    "document_lines",
    "main",
    "mention_record",
    "recorded_texts",
    "serve_base",
    "text_id",
    "text_lines",
    "update",
]

#: The repository checkout this module belongs to.
ROOT: Path = Path(__file__).resolve().parents[1]

#: Where the committed golden files live.
GOLDEN_DIR: Path = ROOT / "benchmarks" / "golden_data"

#: The file listing the test texts, one JSON string per line.
TEST_TEXTS = "test-texts.jsonl"


class GoldenError(RuntimeError):
    """The golden run itself failed (git, the base revision's subprocess, the test suite)."""


# --- inputs ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Document:
    """One document: its id and its texts as ``(case, text)``; ``case`` is ``""`` when it has one."""

    id: str
    texts: tuple[tuple[str, str], ...]


def _single(doc_id: str, text: str) -> Document:
    return Document(doc_id, (("", text),))


def _corpus_documents() -> Iterator[Document]:
    """The articles of the shared corpus, in file order; a repeated title gets ``#2``, ``#3``..."""
    seen: Counter[str] = Counter()
    with shared_path("corpus", "enwiki-money.tsv").open(encoding="utf-8", newline="\n") as handle:
        for line in handle:
            title, _, text = line.rstrip("\n").partition("\t")
            seen[title] += 1
            suffix = f"#{seen[title]}" if seen[title] > 1 else ""
            yield _single(f"corpus:{title}{suffix}", text)


def _spec_documents() -> Iterator[Document]:
    """The inputs of the Recognizers-Text, NeMo and quantulum3 specs, one document per file."""
    from benchmarks.specs import SPEC_DIR, load_cases

    if SPEC_DIR.is_dir():
        for language in sorted(p.name for p in SPEC_DIR.iterdir() if (p / "CurrencyModel.json").is_file()):
            cases = load_cases(language)
            yield Document(f"specs:recognizers/{language}", tuple((str(c.index), c.text) for c in cases))
    nemo = shared_path("specs", "nemo", "tests", "nemo_text_processing")
    for path in sorted(nemo.glob("*/*/*.txt")):
        texts = []
        for number, line in enumerate(path.read_bytes().decode("utf-8").split("\n"), start=1):
            if "~" in line:
                left, right = line.rstrip("\r").split("~", 1)
                texts += [(f"{number}:1", left), (f"{number}:2", right)]
        yield Document(f"specs:nemo/{path.relative_to(nemo).as_posix()}", tuple(texts))
    quantulum = shared_path("specs", "quantulum3", "quantities.json")
    if quantulum.is_file():
        items = json.loads(quantulum.read_bytes().decode("utf-8"))
        yield Document("specs:quantulum3", tuple((str(i), item["req"]) for i, item in enumerate(items)))


def _seed_documents() -> Iterator[Document]:
    """The seed articles, by file name."""
    for path in sorted(shared_path("seeds").glob("*.txt")):
        yield _single(f"seeds:{path.name}", path.read_bytes().decode("utf-8"))


def _fuzz_documents() -> Iterator[Document]:
    """The fuzz seeds, each decoded as UTF-8 with invalid bytes replaced, by file name."""
    for path in sorted((ROOT / "fuzz" / "corpus").iterdir()):
        if path.is_file():
            yield _single(path.relative_to(ROOT).as_posix(), path.read_bytes().decode("utf-8", "replace"))


def text_id(text: str) -> str:
    """The document id of a test text: ``test#`` and the first 12 hex digits of its sha1."""
    return "test#" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def recorded_texts(golden_dir: Path = GOLDEN_DIR) -> list[str]:
    """The committed list of test texts (``[]`` when there is none yet)."""
    path = golden_dir / TEST_TEXTS
    if not path.is_file():
        return []
    return [json.loads(line) for line in _jsonl_lines(path) if line]


def _jsonl_lines(path: Path) -> list[str]:
    """The lines of a ``.jsonl`` file, split at "\n" alone: a JSON string written as readable UTF-8
    keeps the characters that ``str.splitlines`` also breaks at (U+2028, U+0085, "\x1c" ...)."""
    return path.read_text(encoding="utf-8").split("\n")


def _test_documents(golden_dir: Path = GOLDEN_DIR) -> Iterator[Document]:
    """The recorded test texts, in the committed (sorted) order."""
    ids: dict[str, str] = {}
    for text in recorded_texts(golden_dir):
        doc_id = text_id(text)
        if ids.setdefault(doc_id, text) != text:
            raise GoldenError(f"two test texts share the id {doc_id}: lengthen the prefix in text_id")
        yield _single(doc_id, text)


@dataclass(frozen=True, slots=True)
class Family:
    """One family of inputs: how to read its documents, whether only hashes are committed."""

    name: str
    documents: Callable[[], Iterable[Document]]
    shared: bool  # read from ../shared: only a hash per document is committed
    parse: bool  # run parse() on each text too (not on whole articles, where it only counts)
    source: Callable[[], Path]  # the file or directory it reads: when absent, the family is skipped

    @property
    def file(self) -> str:
        """The committed file of the family, in the golden directory."""
        return f"{self.name}.sha256" if self.shared else f"{self.name}.jsonl"


FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family("corpus", _corpus_documents, shared=True, parse=False,
               source=lambda: shared_path("corpus", "enwiki-money.tsv")),
        Family("specs", _spec_documents, shared=True, parse=True, source=lambda: shared_path("specs")),
        Family("seeds", _seed_documents, shared=True, parse=False, source=lambda: shared_path("seeds")),
        Family("fuzz", _fuzz_documents, shared=False, parse=True, source=lambda: ROOT / "fuzz" / "corpus"),
        Family("tests", _test_documents, shared=False, parse=True, source=lambda: GOLDEN_DIR / TEST_TEXTS),
    )
}


# --- golden lines ------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A field value as JSON: Decimals as their exact strings, enums as their values."""
    if isinstance(value, enum.Enum):
        return _plain(value.value)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    return str(value)


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def mention_record(mention: moneyparse.Mention) -> dict[str, Any]:
    """Every field of ``mention``, in the class's order, as JSON-ready values."""
    return {name: _plain(getattr(mention, name)) for name in _field_names(type(mention))}


def _json(record: Any) -> str:
    """One line of JSON, readable UTF-8 unless the text holds a lone surrogate."""
    line = json.dumps(record, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        line = json.dumps(record, ensure_ascii=True)
    return line


def _error(call: str, error: Exception) -> dict[str, Any]:
    return {"error": call, "class": type(error).__name__, "reason": str(getattr(error, "reason", error))}


def text_lines(head: dict[str, Any], text: str, *, parse: bool) -> list[str]:
    """The golden lines of one text; ``head`` (the document id, the case) starts every line."""
    records: list[dict[str, Any]] = []
    try:
        mentions = moneyparse.extract(text)
    except Exception as error:  # extract never raises: if it does, the golden shows it
        mentions = []
        records.append(_error("extract", error))
    written = [mention_record(m) for m in mentions]
    for index, fields in enumerate(written):
        records.append({"mention": index, **fields})
    try:
        found = moneyparse.pairs(text)
    except Exception as error:
        found = []
        records.append(_error("pairs", error))
    for index, pair in enumerate(found):
        record: dict[str, Any] = {"pair": index}
        for side, mention in (("first", pair.first), ("second", pair.second)):
            fields = mention_record(mention)
            where = written.index(fields) if fields in written else None
            record[side] = where
            record[f"{side}_span"] = [mention.start, mention.end]
            if where is None:  # a pair of a mention extract() does not give: keep all of it
                record[f"{side}_mention"] = fields
        record["kind"] = pair.kind
        records.append(record)
    if parse:
        try:
            fields = mention_record(moneyparse.parse(text))
        except Exception as error:
            records.append(_error("parse", error))
        else:  # parse gives the one mention extract gives: say so rather than repeat its fields
            records.append({"parse": f"mention {written.index(fields)}" if fields in written else fields})
    return [_json({**head, **record}) for record in records]


def document_lines(document: Document, *, parse: bool) -> list[str]:
    """The golden lines of ``document``: its texts in order, each as :func:`text_lines`."""
    lines: list[str] = []
    for case, text in document.texts:
        head = {"doc": document.id, "case": case} if case else {"doc": document.id}
        lines += text_lines(head, text, parse=parse)
    return lines


def digest(lines: Sequence[str]) -> str:
    """The sha256 of a document's golden lines, each ended by a newline."""
    return hashlib.sha256("".join(line + "\n" for line in lines).encode("utf-8")).hexdigest()


def compute(family: Family, only: set[str] | None = None) -> dict[str, list[str]]:
    """Document id -> golden lines of every document of ``family`` (of ids in ``only`` if given)."""
    return {
        doc.id: document_lines(doc, parse=family.parse)
        for doc in family.documents()
        if only is None or doc.id in only
    }


# --- committed files ---------------------------------------------------------------------------


def _doc_of(line: str) -> str:
    return json.loads(line)["doc"]


def read_lines(path: Path) -> dict[str, list[str]]:
    """Document id -> lines of a committed ``.jsonl`` file (``{}`` when it does not exist)."""
    grouped: dict[str, list[str]] = {}
    if path.is_file():
        for line in _jsonl_lines(path):
            if line:
                grouped.setdefault(_doc_of(line), []).append(line)
    return grouped


def read_hashes(path: Path) -> dict[str, str]:
    """Document id -> sha256 of a committed ``.sha256`` file (``{}`` when it does not exist)."""
    hashes: dict[str, str] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line:
                value, _, doc_id = line.partition("  ")
                hashes[doc_id] = value
    return hashes


def write_family(family: Family, current: dict[str, list[str]], golden_dir: Path) -> Path:
    """Write the committed file of ``family`` from its ``current`` lines; returns its path."""
    golden_dir.mkdir(parents=True, exist_ok=True)
    path = golden_dir / family.file
    if family.shared:
        body = "".join(f"{digest(lines)}  {doc_id}\n" for doc_id, lines in current.items())
    else:
        body = "".join(line + "\n" for lines in current.values() for line in lines)
    path.write_text(body, encoding="utf-8", newline="\n")
    return path


# --- the base revision -------------------------------------------------------------------------


def _git(*args: str) -> str:
    done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True)
    if done.returncode != 0:
        raise GoldenError(f"git {' '.join(args)} failed: {done.stderr.strip() or done.returncode}")
    return done.stdout.strip()


def base_lines(revision: str, wanted: dict[str, list[str]]) -> dict[str, list[str]]:
    """Document id -> golden lines as the moneyparse of ``revision`` gives them.

    ``wanted`` maps a family name to the document ids to compute.  The ``moneyparse`` package of
    ``revision`` is extracted with ``git archive`` into a temporary directory, removed afterwards;
    a subprocess puts it first on ``sys.path`` and runs this tree's :func:`serve_base` on it, so
    that the lines are written the same way on both sides.
    """
    try:
        commit = _git("rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except GoldenError:
        raise GoldenError(f"no revision {revision!r} in {ROOT}") from None
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", commit, "moneyparse"], capture_output=True
    )
    if archive.returncode != 0:
        why = archive.stderr.decode(errors="replace").strip()
        raise GoldenError(f"git archive {revision} moneyparse failed: {why}")
    with tempfile.TemporaryDirectory(prefix="moneyparse-golden-") as base:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(base, filter="data")
        code = "import sys; sys.path[:0] = sys.argv[1:3]; from benchmarks.golden import serve_base; serve_base()"
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
        done = subprocess.run(
            [sys.executable, "-P", "-c", code, base, str(ROOT)],
            input=json.dumps(wanted), capture_output=True, text=True, encoding="utf-8", env=env, cwd=base,
        )
    if done.returncode != 0:
        tail = "\n".join(done.stderr.strip().splitlines()[-5:])
        raise GoldenError(f"the moneyparse of {revision} failed on the golden inputs:\n{tail}")
    return json.loads(done.stdout)


def serve_base(stdin: TextIO | None = None, stdout: TextIO | None = None) -> None:
    """The subprocess side of :func:`base_lines`: read the wanted ids, write their lines as JSON."""
    base = Path(sys.path[0]).resolve()
    if not Path(moneyparse.__file__).resolve().is_relative_to(base):
        raise GoldenError(f"moneyparse came from {moneyparse.__file__}, not from the base revision in {base}")
    wanted: dict[str, list[str]] = json.load(stdin or sys.stdin)
    result: dict[str, list[str]] = {}
    for name, ids in wanted.items():
        result.update(compute(FAMILIES[name], set(ids)))
    json.dump(result, stdout or sys.stdout, ensure_ascii=True)


# --- the diff ----------------------------------------------------------------------------------

#: Fields shown on every mention; the others are shown when they differ.
_CORE = ("text", "amount", "high", "currency")
#: Keys that place a record rather than describe it: never compared.
_PLACE = frozenset({"doc", "case", "mention", "pair", "first", "second"})
#: Fields a changed mention's line always shows: its core, and its offset in ``@start``.
_SHOWN = frozenset({*_CORE, "start", "end"})


@dataclass(slots=True)
class _Records:
    """The records of one text, keyed for comparison."""

    mentions: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)  # (start, nth at it)
    pairs: dict[tuple[int, ...], dict[str, Any]] = field(default_factory=dict)  # spans of both sides
    calls: dict[str, dict[str, Any]] = field(default_factory=dict)  # "parse" (result or error), errors
    by_index: dict[int, dict[str, Any]] = field(default_factory=dict)

    def text_at(self, start: int) -> str:
        """The text of the mention at ``start``, quoted; ``?`` when there is none."""
        found = self.mentions.get((start, 0))
        return repr(found["text"]) if found else "?"

    def call(self, name: str) -> str:
        """What the call ``name`` gave: a mention, an error, or nothing."""
        record = self.calls.get(name)
        if record is None:
            return "nothing"
        if "parse" not in record:
            return f"{record['class']}: {record['reason']}"
        given = record["parse"]
        if isinstance(given, str):  # "mention 0": the one extract gives
            given = self.by_index.get(int(given.split()[-1]), {})
        return _mention(given, _notable(given))


def _by_text(lines: Sequence[str]) -> dict[str, _Records]:
    """Case -> records of a document's lines (``""`` for a document of one text)."""
    texts: dict[str, _Records] = {}
    for line in lines:
        record = json.loads(line)
        records = texts.setdefault(record.get("case", ""), _Records())
        if "mention" in record:
            nth = sum(1 for start, _ in records.mentions if start == record["start"])
            records.mentions[(record["start"], nth)] = record
            records.by_index[record["mention"]] = record
        elif "pair" in record:
            records.pairs[(*record["first_span"], *record["second_span"])] = record
        elif "parse" in record:
            records.calls["parse"] = record
        elif "error" in record:
            records.calls[record["error"]] = record
    return texts


def _show(value: Any) -> str:
    if value is None or value == []:
        return "none"
    if isinstance(value, list):
        return ",".join(map(str, value))
    return str(value)


def _mention(record: dict[str, Any], extras: Iterable[str] = ()) -> str:
    """``'$5 billion' 5000000000 USD`` and ``key=value`` for each of ``extras``."""
    amount = str(record.get("amount"))
    if record.get("high") is not None:
        amount += f"..{record['high']}"
    words = [repr(record.get("text")), amount, str(record.get("currency"))]
    return " ".join(words + [f"{key}={_show(record.get(key))}" for key in extras])


def _notable(record: dict[str, Any]) -> list[str]:
    """The extras worth showing on an added or removed mention."""
    keys = []
    if record.get("qualifier") is not None:
        keys.append("qualifier")
    if record.get("evidence") not in (None, "marker"):
        keys.append("evidence")
    return keys


def _differing(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The fields besides the core (and the offsets) whose values differ, in the records' order."""
    keys = [*after, *(k for k in before if k not in after)]
    return [k for k in keys if k not in _PLACE | _SHOWN and before.get(k) != after.get(k)]


def _same(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether two records agree on everything but their place (document, case, index)."""
    return {k: v for k, v in before.items() if k not in _PLACE} == {k: v for k, v in after.items() if k not in _PLACE}


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: what changed (``mention``, ``pair``, ``parse`` ...), how, and its line."""

    family: str
    document: str
    what: str
    how: str  # "added", "removed", "changed"
    line: str


def diff_document(family: str, doc_id: str, before: Sequence[str], after: Sequence[str]) -> list[Change]:
    """The changes from ``before`` to ``after`` (the golden lines of one document), in text order."""
    changes: list[Change] = []
    old, new = _by_text(before), _by_text(after)
    for case in list(new) + [c for c in old if c not in new]:
        was, now = old.get(case, _Records()), new.get(case, _Records())
        label = f"{doc_id}:{case}" if case else doc_id

        def add(what: str, how: str, offset: int | None, text: str, label: str = label) -> None:
            where = f"@{offset}" if offset is not None else what
            changes.append(Change(family, doc_id, what, how, f"{label}  {where}  {text}"))

        for key in sorted(set(was.mentions) | set(now.mentions)):
            a, b = was.mentions.get(key), now.mentions.get(key)
            if a is None:
                add("mention", "added", key[0], "+ " + _mention(b, _notable(b)))
            elif b is None:
                add("mention", "removed", key[0], "- " + _mention(a, _notable(a)))
            elif not _same(a, b):
                extras = _differing(a, b)
                add("mention", "changed", key[0], f"{_mention(a, extras)}  ->  {_mention(b, extras)}")
        for key in sorted(set(was.pairs) | set(now.pairs)):
            a, b = was.pairs.get(key), now.pairs.get(key)
            side = now if b is not None else was
            shown = f"pair {side.text_at(key[0])} = {side.text_at(key[2])} @{key[2]}"
            if a is None:
                add("pair", "added", key[0], f"+ {shown} {b['kind']}")
            elif b is None:
                add("pair", "removed", key[0], f"- {shown} {a['kind']}")
            elif not _same(a, b):
                rest = [k for k in {**a, **b} if k not in _PLACE and a.get(k) != b.get(k)]
                what = "  ".join(f"{k}: {_show(a.get(k))} -> {_show(b.get(k))}" for k in rest)
                add("pair", "changed", key[0], f"{shown}  {what}")
        for call in sorted(set(was.calls) | set(now.calls)):
            a, b = was.calls.get(call), now.calls.get(call)
            if a is None or b is None or not _same(a, b):
                how = "added" if a is None else "removed" if b is None else "changed"
                add(call, how, None, f"{was.call(call)}  ->  {now.call(call)}")
    if not changes and list(before) != list(after):  # never hide a difference the keys missed
        changes.append(Change(family, doc_id, "line", "changed", f"{doc_id}  lines differ in order or form"))
    return changes


# --- check and update --------------------------------------------------------------------------


@dataclass(slots=True)
class FamilyResult:
    """What ``--check`` found in one family."""

    family: Family
    documents: int = 0
    mentions: int = 0
    pairs: int = 0
    changes: list[Change] = field(default_factory=list)
    changed_documents: int = 0
    new: list[str] = field(default_factory=list)  # documents not in the committed golden
    gone: list[str] = field(default_factory=list)  # committed documents no longer in the input
    stale: int = 0  # shared documents whose committed hash differs though the base gives the same lines
    base_mismatch: int = 0  # shared documents whose committed hash the base's lines do not give either


def _tally_lines(lines: Iterable[str]) -> tuple[int, int]:
    """How many of ``lines`` are mentions and how many pairs."""
    records = [json.loads(line) for line in lines]
    return sum("mention" in r for r in records), sum("pair" in r for r in records)


def _skip(families: Sequence[Family], out: TextIO, what: str) -> list[Family]:
    """The families whose source is absent, each said on one line (``../shared`` as a whole, once)."""
    missing = [f for f in families if not f.source().exists()]
    shared = [f for f in missing if f.shared and not benchmarks.SHARED.is_dir()]
    if shared:
        print(f"golden: {benchmarks.SHARED} is absent: {', '.join(f.name for f in shared)} {what}", file=out)
    for family in missing:
        if family not in shared:
            print(f"golden: {family.source()} is absent: {family.name} {what}", file=out)
    return missing


def check(
    families: Sequence[Family],
    *,
    golden_dir: Path = GOLDEN_DIR,
    base: str = "HEAD",
    limit: int = 200,
    out: TextIO | None = None,
) -> int:
    """Recompute ``families`` and compare with the committed golden; print the result; 0 if identical."""
    out = out or sys.stdout
    started = time.perf_counter()
    skipped = _skip(families, out, "skipped")
    results: list[FamilyResult] = []
    pending: dict[str, dict[str, list[str]]] = {}  # shared family -> doc id -> current lines
    for family in families:
        if family in skipped:
            continue
        result = FamilyResult(family)
        results.append(result)
        current = compute(family)
        result.documents = len(current)
        for lines in current.values():
            m, p = _tally_lines(lines)
            result.mentions += m
            result.pairs += p
        path = golden_dir / family.file
        if family.shared:
            hashes = read_hashes(path)
            result.new = [d for d in current if d not in hashes]
            result.gone = [d for d in hashes if d not in current]
            changed = {d: lines for d, lines in current.items() if d in hashes and digest(lines) != hashes[d]}
            if changed:
                pending[family.name] = changed
        else:
            committed = read_lines(path)
            result.new = [d for d in current if d not in committed]
            result.gone = [d for d in committed if d not in current]
            for doc_id, lines in current.items():
                if doc_id in committed and committed[doc_id] != lines:
                    result.changed_documents += 1
                    result.changes += diff_document(family.name, doc_id, committed[doc_id], lines)
    if pending:
        before = base_lines(base, {name: list(docs) for name, docs in pending.items()})
        for result in results:
            if result.family.name not in pending:
                continue
            hashes = read_hashes(golden_dir / result.family.file)
            for doc_id, lines in pending[result.family.name].items():
                old = before.get(doc_id, [])
                if old == lines:  # the base agrees with this tree: only the committed hash is behind
                    result.stale += 1
                    continue
                if digest(old) != hashes[doc_id]:
                    result.base_mismatch += 1
                result.changed_documents += 1
                result.changes += diff_document(result.family.name, doc_id, old, lines)
    return _report(results, base, limit, out, time.perf_counter() - started, golden_dir)


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _tally(changes: Sequence[Change]) -> str:
    """``mentions +3 -1 ~2, pairs +1 -0 ~0, parse ~1`` for ``changes``."""
    counts = Counter((c.what, c.how) for c in changes)
    parts = []
    for what in ("mention", "pair"):
        parts.append(f"{what}s +{counts[what, 'added']} -{counts[what, 'removed']} ~{counts[what, 'changed']}")
    for what in sorted({c.what for c in changes} - {"mention", "pair"}):
        parts.append(f"{what} ~{sum(n for (w, _), n in counts.items() if w == what)}")
    return ", ".join(parts)


def _report(
    results: Sequence[FamilyResult], base: str, limit: int, out: TextIO, seconds: float, golden_dir: Path
) -> int:
    """Print the diff and the counts (or the one summary line); the exit status."""
    documents = sum(r.documents for r in results)
    mentions = sum(r.mentions for r in results)
    pairs = sum(r.pairs for r in results)
    sizes = ", ".join(f"{r.family.name} {r.documents:,}" for r in results)
    totals = f"{_plural(documents, 'document')}{f' ({sizes})' if sizes else ''}, " \
             f"{_plural(mentions, 'mention')}, {_plural(pairs, 'pair')}"
    differ = [r for r in results if r.changes or r.new or r.gone or r.changed_documents or r.stale]
    if not differ:
        print(f"golden: identical: {totals} ({seconds:.1f} s)", file=out)
        return 0
    changes = [c for r in results for c in r.changes]
    shown: list[tuple[str, str]] = []  # (document, line)
    for r in results:
        shown += [(c.document, c.line) for c in r.changes]
        shown += [(doc, f"{doc}  new in the input") for doc in r.new]
        shown += [(doc, f"{doc}  no longer in the input") for doc in r.gone]
    # a short test text is shown above its first line: its id alone says nothing
    texts = {d.id: d.texts[0][1] for d in _test_documents(golden_dir) if len(d.texts[0][1]) <= 160} if any(
        r.family.name == "tests" for r in differ) else {}
    headed: set[str] = set()
    for document, line in shown[:limit]:
        if document in texts and document not in headed:
            headed.add(document)
            print(f"{document}  text: {texts[document]!r}", file=out)
        print(line, file=out)
    if len(shown) > limit:
        print(f"... {len(shown) - limit:,} more lines (--limit N shows more)", file=out)
    print(f"golden: differs from the committed golden ({totals}; {seconds:.1f} s)", file=out)
    for r in differ:
        line = f"  {r.family.name:<7} {_plural(r.changed_documents, 'document')} changed: {_tally(r.changes)}"
        if r.new or r.gone:
            line += f"; {len(r.new):,} new in the input, {len(r.gone):,} no longer in it"
        print(line, file=out)
        if r.stale:
            print(f"  {r.family.name:<7} {_plural(r.stale, 'document')}: the committed hash differs, but {base} gives "
                  "the lines this tree gives: the golden was not updated with them", file=out)
        elif r.base_mismatch:
            print(f"  {r.family.name:<7} {_plural(r.base_mismatch, 'document')}: the committed hash is not "
                  f"{base}'s either (is the golden of {base} up to date?)", file=out)
    print(f"golden: total {_tally(changes)}; read the diff, then --update", file=out)
    return 1


def update(families: Sequence[Family], *, golden_dir: Path = GOLDEN_DIR, out: TextIO | None = None) -> int:
    """Rewrite the committed golden of ``families``; 0."""
    out = out or sys.stdout
    skipped = _skip(families, out, "left as committed")
    for family in families:
        if family in skipped:
            continue
        current = compute(family)
        path = write_family(family, current, golden_dir)
        lines = sum(len(v) for v in current.values())
        print(f"golden: wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
              f"({_plural(len(current), 'document')}, {_plural(lines, 'line')})", file=out)
    return 0


# --- collecting the test texts -----------------------------------------------------------------


def collect(*, golden_dir: Path = GOLDEN_DIR, out: TextIO | None = None) -> int:
    """Run the test suite with the recorder and rewrite the list of test texts; the exit status.

    The suite runs in a copy of this tree (the files git tracks or would track) in a temporary
    directory with no ``../shared`` beside it, so that no text of the shared data is recorded and
    the list is the same on every machine; with ``PYTHONHASHSEED=0``; and without the tests
    marked ``golden``, which compare the committed golden (the list being recorded is
    what it is about to change).  A failing suite writes nothing.
    """
    out = out or sys.stdout
    files = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0")
    with tempfile.TemporaryDirectory(prefix="moneyparse-collect-") as scratch:
        tree = Path(scratch) / "repository"
        for name in filter(None, files):
            source = ROOT / name
            if source.is_file():
                (tree / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, tree / name)
        record = Path(scratch) / "recorded.json"
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-m", "not golden",
                   "-p", "benchmarks.golden_record", "--golden-record", str(record)]
        env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "PYTHONHASHSEED": "0"}
        print(f"golden: running the test suite with the recorder: {shlex.join(command[2:])}", file=out, flush=True)
        done = subprocess.run(command, cwd=tree, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        summary = done.stdout.strip().splitlines()[-1:] or ["(no output)"]
        if done.returncode != 0 or not record.is_file():
            print(done.stdout[-4000:], file=out)
            print(f"golden: the test suite failed (exit {done.returncode}): the list is left as it was", file=out)
            return 1
        report = json.loads(record.read_text(encoding="ascii"))
    texts: list[str] = report["texts"]
    before = set(recorded_texts(golden_dir))
    golden_dir.mkdir(parents=True, exist_ok=True)
    path = golden_dir / TEST_TEXTS
    path.write_text("".join(_json(t) + "\n" for t in texts), encoding="utf-8", newline="\n")  # type: ignore[arg-type]
    skipped = ", ".join(f"{n:,} {why}" for why, n in report["skipped"].items()) or "none"
    print(f"golden: {summary[0]}", file=out)
    print(f"golden: {report['calls']:,} calls, {len(texts):,} distinct texts recorded; left out: {skipped}", file=out)
    print(f"golden: wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
          f"{len(set(texts) - before):,} new, {len(before - set(texts)):,} gone; --check shows their lines", file=out)
    return 0


# --- command line ------------------------------------------------------------------------------


def _line_count(text: str) -> int:
    """A number of lines for ``--limit``: a whole number, 0 or more."""
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"not a number of lines: {text!r}")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m benchmarks.golden``; returns the exit status (0 identical, 1 differs, 2 error)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.golden", description=__doc__.split("\n\n")[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--check", action="store_true", help="recompute and compare; exit 1 on any difference")
    action.add_argument("--update", action="store_true", help="rewrite the committed golden")
    action.add_argument("--collect", action="store_true", help="run the tests with the recorder; rewrite the test texts")
    parser.add_argument("--only", action="append", choices=list(FAMILIES), metavar="FAMILY",
                        help=f"only this family (repeatable): {', '.join(FAMILIES)}")
    parser.add_argument("--base", default="HEAD", metavar="REV",
                        help="revision whose moneyparse gives the 'before' of changed shared documents (HEAD)")
    parser.add_argument("--limit", type=_line_count, default=200, metavar="N", help="print at most N diff lines (200)")
    args = parser.parse_args(argv)
    families = [FAMILIES[name] for name in FAMILIES if not args.only or name in args.only]
    try:
        if args.collect:
            return collect()
        if args.update:
            return update(families)
        return check(families, base=args.base, limit=args.limit)
    except GoldenError as error:
        print(f"golden: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
