"""Score moneyparse on hand-annotated sets of real text, one set per style of writing.

Usage::

    python -m benchmarks.devsets [--style S ...] [--set dev|fresh|...|fresh35] [--root DIR]
                                 [--show-misses N] [--json] [--validate]
                                 [--reuters DIR] [--set-aside NOTE ...]

Layout (one directory per style under the root; ``benchmarks/devsets`` for ``--set dev``,
``benchmarks/devsets-fresh`` for ``--set fresh``: a second sample of each style, annotated blind
and scored once, after the fixes made on the dev sets; ``benchmarks/devsets-fresh2`` for
``--set fresh2``: a third sample, annotated blind after the first fresh sample had been used for
fixes too; ``benchmarks/devsets-fresh3`` for ``--set fresh3``: a fourth sample, annotated blind
after the third had been used for fixes, with two styles from sources no earlier set draws on;
``benchmarks/devsets-fresh4`` for ``--set fresh4``: a fifth, annotated blind after the fourth had
been used for fixes; ``benchmarks/devsets-fresh5`` for ``--set fresh5``: a sixth, annotated blind
after the fifth had been used for fixes, its shop strings from a second source;
``benchmarks/devsets-fresh6`` for ``--set fresh6``: a seventh, annotated blind after the sixth had
been used for fixes, its shop strings the prices of travel-guide listings;
``benchmarks/devsets-fresh7`` for ``--set fresh7``: an eighth, annotated blind after the seventh had
been used for fixes, its shop strings all from travel-guide listings; ``benchmarks/devsets-fresh8``
for ``--set fresh8``: a ninth, annotated blind after the eighth had been used for fixes;
``benchmarks/devsets-fresh9`` for ``--set fresh9``: a tenth, annotated blind while the ninth was
being used for fixes, and scored once after them; ``benchmarks/devsets-fresh10`` for ``--set
fresh10``: an eleventh, annotated blind after the tenth had been used for fixes;
``benchmarks/devsets-fresh11`` for ``--set fresh11``: a twelfth, annotated blind while the eleventh
was being used for fixes, and scored once after them; ``benchmarks/devsets-fresh12`` for ``--set
fresh12``: a thirteenth, annotated blind after the fixes on the eleventh and twelfth were merged;
``benchmarks/devsets-fresh13`` for ``--set fresh13``: a fourteenth, annotated blind while the fixes
made on the thirteenth and earlier samples were being made, and scored after them;
``benchmarks/devsets-fresh14`` for ``--set fresh14``: a fifteenth, annotated blind after those
fixes were merged and scored first before any fix made on it, its wire set from a later Factbook
edition and its English news partly from the politics category;
``benchmarks/devsets-fresh15`` for ``--set fresh15``: a sixteenth, annotated blind after the fixes
made on the fifteenth were merged, with no shop set, that pool being used up;
``benchmarks/devsets-fresh16`` for ``--set fresh16``: a seventeenth, annotated blind while the
fixes made on the sixteenth were being made and scored first after them, its shop set from a new
source of price strings;
``benchmarks/devsets-fresh17`` for ``--set fresh17``: an eighteenth, annotated blind while the
fixes made on the seventeenth were being made and scored first after them, with no shop set (the
new source's pool was used up by the seventeenth) and Taiwan's releases alone for Chinese news;
``benchmarks/devsets-fresh18`` for ``--set fresh18``: a nineteenth, annotated blind while the
fixes made on the eighteenth were being made and scored first after them, its shop set from a
third source of price strings, the visible text of saved shop pages;
``benchmarks/devsets-fresh19`` for ``--set fresh19``: a twentieth, annotated blind after the fixes
made on the nineteenth and scored first with them all, its shop set from the same pool;
``benchmarks/devsets-fresh20`` for ``--set fresh20``: a twenty-first, annotated blind while the
fixes made on the twentieth were being made and scored first after them, its English news set the
last of its pool; ``benchmarks/devsets-fresh21`` for ``--set fresh21``: a twenty-second, annotated
blind after the fixes made on the twenty-first and scored first with them all, its English news
set from a second export of Wikinews, the articles of 2019 and 2020;
``benchmarks/devsets-fresh22`` for ``--set fresh22``: a twenty-third, annotated blind while the
fixes made on the twenty-second were being made and scored first after them, with no English news
set, both of its pools being used up; ``benchmarks/devsets-fresh23`` for ``--set fresh23``: a
twenty-fourth, annotated blind while the fixes made on the twenty-third were being made and scored
first after them, with no English news set either; ``benchmarks/devsets-fresh24`` for ``--set
fresh24``: a twenty-fifth, the same, after the twenty-fourth; ``benchmarks/devsets-fresh25`` for
``--set fresh25``: a twenty-sixth, the same, after the twenty-fifth; ``benchmarks/devsets-fresh26``
for ``--set fresh26``: a twenty-seventh, the same, after the twenty-sixth, its plain text the last
eleven sections of the 1992 Factbook; ``benchmarks/devsets-fresh27`` for ``--set fresh27``: a
twenty-eighth, the same, after the twenty-seventh, its plain text the first drawn from the 1991
Factbook; ``benchmarks/devsets-fresh28`` for ``--set fresh28``: a twenty-ninth, the same, after the
twenty-eighth; ``benchmarks/devsets-fresh29`` for ``--set fresh29``: a thirtieth, the same, after the
twenty-ninth; ``benchmarks/devsets-fresh30`` for ``--set fresh30``: a thirty-first, the same, after
the thirtieth; ``benchmarks/devsets-fresh31`` for ``--set fresh31``: a thirty-second, the same,
after the thirty-first; ``benchmarks/devsets-fresh32`` for ``--set fresh32``: a thirty-third, the
same, after the thirty-second; ``benchmarks/devsets-fresh33`` for ``--set fresh33``: a thirty-fourth,
the same, after the thirty-third; ``benchmarks/devsets-fresh34`` for ``--set fresh34``: a
thirty-fifth, the same, after the thirty-fourth; ``benchmarks/devsets-fresh35`` for ``--set
fresh35``: a thirty-sixth, the same, after the thirty-fifth)::

    <root>/<style>/SOURCE.md        where the documents come from, licence, sampling, rules
    <root>/<style>/docs/<id>.txt    one document, UTF-8, as the source gives it
    <root>/<style>/gold.tsv         one row per money mention (header below)
    <root>/<style>/docs.tsv         optional: doc, date, title, source of each document
    <root>/<style>/pairs.tsv        optional: the conversions a document quotes (see below)

``gold.tsv`` has the header ``doc start end text amount high currency qualifier note``;
``start``/``end`` are character offsets into the document (end exclusive) and ``text`` is
``document[start:end]`` with a line break written ``\\n``, a tab ``\\t`` and a backslash ``\\\\``.
A row whose note starts with ``unsure`` is reported apart: it is neither gold nor error.

``pairs.tsv`` has the header ``doc first_start first_end second_start second_end note``: each
row names two gold rows (by their spans) that quote one amount in two currencies.

A style whose text may not be shared (``wire-reuters``: the Reuters-21578 collection, licensed
for research only) has no ``docs/``: its ``docs.tsv`` (header ``doc file date sha256``) lists the
documents, and they are read from the user's own copy of the collection, given by an option
(``--reuters DIR``) or an environment variable (``MONEYPARSE_REUTERS``); see
:data:`EXTERNAL`.  Without it the style is skipped with one line saying so.  The SHA-256 of each
document's UTF-8 text must equal the one in ``docs.tsv``, so that a different copy of the
collection cannot shift the offsets unnoticed.

The rules of the score, per style:

* A predicted mention and a gold row *meet* when their spans overlap.  Each prediction is
  matched to at most one gold row and each gold row to at most one prediction: first every
  meeting pair whose amount, high and currency are all equal (*correct*), then the remaining
  meeting pairs, in text order.
* **recall** = correct / gold rows; **precision** = correct / predicted mentions, with the
  currency required in both.  Predictions that meet only unsure rows are left out of both.
* **found** = gold rows met by some prediction / gold rows (the span alone).
* A gold row met but not correct is a **wrong value** when the amount or high differs, else a
  **wrong currency**.  A prediction that meets no gold row is **spurious**.
* **House style** (the styles whose name starts with ``wire``): the gold rows written in the wire's
  own words of money (``mln dlrs``, ``stg``, ``cts``, ``yen``, ``marks``, ``francs``, ``guilders``,
  ``lire``, ``crowns`` ... :data:`HOUSE_WORDS`) are counted apart, found (the span) and correct;
  and the wrong values of gold rows that a line break cuts are counted apart too.
* For a style with ``pairs.tsv``: a gold pair is found when :func:`moneyparse.pairs` returns a
  pair whose first mention meets the gold first and whose second meets the gold second; a
  document (one sentence quoting a conversion) counts when all its gold pairs are found.

``--validate`` checks every gold file instead of scoring: header, ``text ==
document[start:end]``, amounts that parse as ``Decimal``, high not below amount, ISO 4217 codes
(withdrawn ones included), known qualifiers, no two rows of one document overlapping, and
``pairs.tsv`` rows that name gold rows.  For a style read from outside the repository without its
directory, everything but the texts is checked.  It exits 1 when anything is wrong.

``--set-aside NOTE`` scores the gold rows whose note contains ``NOTE`` as unsure rows (for a
figure without one class of rows, such as ``marker elided``).

A shop set whose ``provenance.tsv`` names the saved product pages of
scrapinghub/product-extraction-benchmark (fresh18 to fresh22) is scored a second time, in the row
``shop+page``: each line read on its own with the ``assume`` that its page's address implies
(:func:`moneyparse.assume_for_address`, the addresses in ``benchmarks/shop-pages.tsv``), against
the same gold (:func:`score_with_pages`, :mod:`benchmarks.shop_pages`).  The row ``shop`` is the
text alone, as before.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

import moneyparse
from benchmarks import reuters21578
from moneyparse.mention import Mention, Pair

STYLES = ("news-en", "news-en-senate", "wire", "wire-reuters", "conversions", "news-zh", "news-zh-fin", "shop")
HEADER = ("doc", "start", "end", "text", "amount", "high", "currency", "qualifier", "note")
PAIRS_HEADER = ("doc", "first_start", "first_end", "second_start", "second_end", "note")
EXTERNAL_HEADER = ("doc", "file", "date", "sha256")
QUALIFIERS = frozenset({"", "approx", "more_than", "at_least", "less_than", "at_most"})
REPO = Path(__file__).resolve().parent.parent
DEFAULT_ROOTS = {
    "dev": REPO / "benchmarks" / "devsets",
    "fresh": REPO / "benchmarks" / "devsets-fresh",
    "fresh2": REPO / "benchmarks" / "devsets-fresh2",
    "fresh3": REPO / "benchmarks" / "devsets-fresh3",
    "fresh4": REPO / "benchmarks" / "devsets-fresh4",
    "fresh5": REPO / "benchmarks" / "devsets-fresh5",
    "fresh6": REPO / "benchmarks" / "devsets-fresh6",
    "fresh7": REPO / "benchmarks" / "devsets-fresh7",
    "fresh8": REPO / "benchmarks" / "devsets-fresh8",
    "fresh9": REPO / "benchmarks" / "devsets-fresh9",
    "fresh10": REPO / "benchmarks" / "devsets-fresh10",
    "fresh11": REPO / "benchmarks" / "devsets-fresh11",
    "fresh12": REPO / "benchmarks" / "devsets-fresh12",
    "fresh13": REPO / "benchmarks" / "devsets-fresh13",
    "fresh14": REPO / "benchmarks" / "devsets-fresh14",
    "fresh15": REPO / "benchmarks" / "devsets-fresh15",
    "fresh16": REPO / "benchmarks" / "devsets-fresh16",
    "fresh17": REPO / "benchmarks" / "devsets-fresh17",
    "fresh18": REPO / "benchmarks" / "devsets-fresh18",
    "fresh19": REPO / "benchmarks" / "devsets-fresh19",
    "fresh20": REPO / "benchmarks" / "devsets-fresh20",
    "fresh21": REPO / "benchmarks" / "devsets-fresh21",
    "fresh22": REPO / "benchmarks" / "devsets-fresh22",
    "fresh23": REPO / "benchmarks" / "devsets-fresh23",
    "fresh24": REPO / "benchmarks" / "devsets-fresh24",
    "fresh25": REPO / "benchmarks" / "devsets-fresh25",
    "fresh26": REPO / "benchmarks" / "devsets-fresh26",
    "fresh27": REPO / "benchmarks" / "devsets-fresh27",
    "fresh28": REPO / "benchmarks" / "devsets-fresh28",
    "fresh29": REPO / "benchmarks" / "devsets-fresh29",
    "fresh30": REPO / "benchmarks" / "devsets-fresh30",
    "fresh31": REPO / "benchmarks" / "devsets-fresh31",
    "fresh32": REPO / "benchmarks" / "devsets-fresh32",
    "fresh33": REPO / "benchmarks" / "devsets-fresh33",
    "fresh34": REPO / "benchmarks" / "devsets-fresh34",
    "fresh35": REPO / "benchmarks" / "devsets-fresh35",
}

#: The wire's own words of money, whole words, any case: a gold row holding one is in house style.
HOUSE_WORDS = re.compile(
    r"(?<![^\W\d_])(?:dlrs?|stg|cts?|yen|d-marks?|marks?|francs?|guilders?|lire|lira|crowns?|pesetas?|"
    r"schillings?|escudos?|punts?|ecus?|rand|rupees?|ringgit|pesos?)(?![^\W\d_])",
    re.IGNORECASE,
)

Predict = Callable[[str], Sequence[Mention]]
PredictPairs = Callable[[str], Sequence[Pair]]


@dataclass(frozen=True, slots=True)
class GoldRow:
    """One annotated money mention of a document."""

    doc: str
    start: int
    end: int
    text: str
    amount: Decimal
    high: Decimal | None
    currency: str
    qualifier: str
    note: str

    @property
    def unsure(self) -> bool:
        """True when the annotator marked the row as unsure (scored apart)."""
        return self.note.startswith("unsure")


@dataclass(frozen=True, slots=True)
class GoldPair:
    """Two gold spans of one document that quote one amount in two currencies."""

    doc: str
    first: tuple[int, int]
    second: tuple[int, int]


@dataclass(frozen=True, slots=True)
class Miss:
    """One disagreement between the gold and the extractor, for the report."""

    kind: str  # "missed", "wrong value", "wrong currency", "spurious", "missed pair", "spurious pair"
    doc: str
    start: int
    end: int
    gold: str  # the gold reading ("" for spurious)
    predicted: str  # the predicted reading ("" for missed)
    context: str


@dataclass(slots=True)
class StyleScore:
    """The counts of one style and the disagreements behind them."""

    style: str
    docs: int = 0
    gold: int = 0
    unsure: int = 0
    predicted: int = 0
    correct: int = 0
    found: int = 0
    wrong_value: int = 0
    wrong_currency: int = 0
    spurious: int = 0
    qualifier_agree: int = 0
    pairs_gold: int = 0
    pairs_found: int = 0
    pairs_spurious: int = 0
    pair_docs: int = 0
    pair_docs_found: int = 0
    house_gold: int = 0
    house_found: int = 0
    house_correct: int = 0
    break_wrong_value: int = 0
    misses: list[Miss] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Correct gold rows over all scored gold rows."""
        return self.correct / self.gold if self.gold else 0.0

    @property
    def precision(self) -> float:
        """Correct predictions over all scored predictions."""
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def found_rate(self) -> float:
        """Gold rows met by a prediction over all scored gold rows."""
        return self.found / self.gold if self.gold else 0.0

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready summary (misses left out)."""
        out: dict[str, object] = {
            "style": self.style,
            "docs": self.docs,
            "gold": self.gold,
            "unsure": self.unsure,
            "predicted": self.predicted,
            "correct": self.correct,
            "recall": round(self.recall, 4),
            "precision": round(self.precision, 4),
            "found": round(self.found_rate, 4),
            "wrong_value": self.wrong_value,
            "wrong_currency": self.wrong_currency,
            "spurious": self.spurious,
            "qualifier_agree": self.qualifier_agree,
        }
        if self.style.startswith("wire"):
            out.update(
                house_gold=self.house_gold,
                house_found=self.house_found,
                house_correct=self.house_correct,
                break_wrong_value=self.break_wrong_value,
            )
        if self.pairs_gold:
            out.update(
                pairs_gold=self.pairs_gold,
                pairs_found=self.pairs_found,
                pairs_spurious=self.pairs_spurious,
                pair_docs=self.pair_docs,
                pair_docs_found=self.pair_docs_found,
            )
        return out


class DevSetError(ValueError):
    """A gold file that cannot be read; carries the file and line."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        super().__init__(path, line, problem)
        self.path = path
        self.line = line
        self.problem = problem

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.problem}" if self.line else f"{self.path}: {self.problem}"


class DocumentsElsewhere(LookupError):
    """A style whose documents are kept outside the repository and were not given a directory."""

    def __init__(self, style: str, option: str, env: str, name: str) -> None:
        super().__init__(style, option, env, name)
        self.style = style
        self.option = option
        self.env = env
        self.name = name

    def __str__(self) -> str:
        return (
            f"{self.style}: skipped: its documents are the {self.name} collection, which is not in the "
            f"repository; give its directory with {self.option} DIR or ${self.env}"
        )


def _read_reuters(directory: Path, ids: Collection[str]) -> dict[str, str]:
    stories = reuters21578.read_collection(directory, ids)
    return {newid: story.body for newid, story in stories.items() if story.body is not None}


@dataclass(frozen=True, slots=True)
class ExternalSource:
    """Where a style's documents come from when their text may not be in the repository."""

    name: str  # the collection, for the messages
    option: str  # the command-line option that gives its directory
    env: str  # the environment variable that gives it otherwise
    read: Callable[[Path, Collection[str]], dict[str, str]]  # (directory, doc ids) -> id -> text

    def directory(self, given: Path | None = None) -> Path | None:
        """The directory given on the command line, else the one in the environment, else ``None``."""
        if given is not None:
            return given
        value = os.environ.get(self.env, "")
        return Path(value) if value else None


EXTERNAL: Mapping[str, ExternalSource] = {
    "wire-reuters": ExternalSource("Reuters-21578", "--reuters", reuters21578.ENV, _read_reuters),
}


def unescape(cell: str) -> str:
    """The text of a ``text`` cell: ``\\n``, ``\\t`` and ``\\\\`` written out."""
    out: list[str] = []
    i = 0
    while i < len(cell):
        ch = cell[i]
        if ch == "\\" and i + 1 < len(cell) and cell[i + 1] in "nt\\":
            out.append({"n": "\n", "t": "\t", "\\": "\\"}[cell[i + 1]])
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def read_doc(path: Path) -> str:
    """A document exactly as stored (no newline translation, so offsets hold)."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _decimal(value: str) -> Decimal:
    number = Decimal(value)
    if not number.is_finite():
        raise InvalidOperation(value)
    return number


def read_gold(path: Path) -> list[GoldRow]:
    """The rows of a ``gold.tsv``; raises :class:`DevSetError` on a malformed line."""
    rows: list[GoldRow] = []
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if not lines or tuple(lines[0].rstrip("\r").split("\t")) != HEADER:
        raise DevSetError(path, 1, f"header must be {chr(9).join(HEADER)!r}")
    for number, line in enumerate(lines[1:], 2):
        line = line.rstrip("\r")
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != len(HEADER):
            raise DevSetError(path, number, f"{len(cells)} cells, expected {len(HEADER)}")
        doc, start, end, text, amount, high, currency, qualifier, note = cells
        try:
            rows.append(
                GoldRow(
                    doc=doc,
                    start=int(start),
                    end=int(end),
                    text=unescape(text),
                    amount=_decimal(amount),
                    high=_decimal(high) if high else None,
                    currency=currency,
                    qualifier=qualifier,
                    note=note,
                )
            )
        except (ValueError, InvalidOperation) as exc:
            raise DevSetError(path, number, f"unreadable number in {line!r}") from exc
    return rows


def read_pairs(path: Path) -> list[GoldPair]:
    """The rows of a ``pairs.tsv``; ``[]`` when the file is absent."""
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if tuple(lines[0].rstrip("\r").split("\t")) != PAIRS_HEADER:
        raise DevSetError(path, 1, f"header must be {chr(9).join(PAIRS_HEADER)!r}")
    out: list[GoldPair] = []
    for number, line in enumerate(lines[1:], 2):
        line = line.rstrip("\r")
        if not line:
            continue
        cells = line.split("\t")
        try:
            doc, a, b, c, d = cells[0], *map(int, cells[1:5])
        except (ValueError, IndexError) as exc:
            raise DevSetError(path, number, f"unreadable pair row {line!r}") from exc
        out.append(GoldPair(doc, (a, b), (c, d)))
    return out


def read_doc_list(path: Path) -> dict[str, str]:
    """The documents of an external style's ``docs.tsv``: id -> SHA-256 of its text."""
    if not path.exists():
        raise DevSetError(path, 0, "missing: a style read from outside the repository lists its documents here")
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if tuple(lines[0].rstrip("\r").split("\t")) != EXTERNAL_HEADER:
        raise DevSetError(path, 1, f"header must be {chr(9).join(EXTERNAL_HEADER)!r}")
    out: dict[str, str] = {}
    for number, line in enumerate(lines[1:], 2):
        cells = line.rstrip("\r").split("\t")
        if cells == [""]:
            continue
        if len(cells) != len(EXTERNAL_HEADER) or len(cells[3]) != 64:
            raise DevSetError(path, number, f"unreadable document row {line!r}")
        if cells[0] in out:
            raise DevSetError(path, number, f"document {cells[0]!r} listed twice")
        out[cells[0]] = cells[3]
    return out


def external_problems(docs: Mapping[str, str], listed: Mapping[str, str]) -> list[str]:
    """The documents of ``docs.tsv`` missing from the collection given or differing from the ones annotated."""
    problems: list[str] = []
    for doc, digest in listed.items():
        text = docs.get(doc)
        if text is None:
            problems.append(f"document {doc!r} is not in the collection given (no such id, or no text)")
        elif reuters21578.body_sha256(text) != digest:
            problems.append(
                f"document {doc!r} differs from the one annotated (SHA-256 {reuters21578.body_sha256(text)[:12]}..., "
                f"expected {digest[:12]}...): not the original collection?"
            )
    return problems


def load_style(
    directory: Path, external: Path | None = None
) -> tuple[dict[str, str], list[GoldRow], list[GoldPair]]:
    """Documents (id -> text), gold rows and gold pairs of one style directory.

    For a style of :data:`EXTERNAL` the documents are read from ``external`` (or the directory its
    environment variable names); :class:`DocumentsElsewhere` when there is none, and
    :class:`DevSetError` when a listed document is missing or differs from the one annotated."""
    source = EXTERNAL.get(directory.name)
    if source is None:
        docs = {p.stem: read_doc(p) for p in sorted((directory / "docs").glob("*.txt"))}
    else:
        root = source.directory(external)
        if root is None:
            raise DocumentsElsewhere(directory.name, source.option, source.env, source.name)
        listed = read_doc_list(directory / "docs.tsv")
        try:
            docs = source.read(root, listed)
        except OSError as exc:
            raise DevSetError(directory / "docs.tsv", 0, f"cannot read the {source.name} collection: {exc}") from exc
        problems = external_problems(docs, listed)
        if problems:
            more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
            raise DevSetError(directory / "docs.tsv", 0, problems[0] + more)
        docs = {doc: docs[doc] for doc in listed}
    return docs, read_gold(directory / "gold.tsv"), read_pairs(directory / "pairs.tsv")


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _reading(amount: Decimal, high: Decimal | None, currency: str) -> str:
    value = format(amount, "f") + ("" if high is None else "-" + format(high, "f"))
    return f"{value} {currency or '?'}"


def _same_value(row: GoldRow, mention: Mention) -> bool:
    return row.amount == mention.amount and row.high == mention.high


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    return (left + "[" + text[start:end] + "]" + right).replace("\n", "⏎")


def score_document(
    doc: str, text: str, gold: Sequence[GoldRow], predicted: Sequence[Mention], score: StyleScore
) -> None:
    """Add one document's counts to ``score`` (see the module docstring for the rules)."""
    scored = [g for g in gold if not g.unsure]
    unsure = [g for g in gold if g.unsure]
    score.docs += 1
    score.gold += len(scored)
    score.unsure += len(unsure)
    meets = [
        (gi, pi)
        for gi, g in enumerate(scored)
        for pi, m in enumerate(predicted)
        if _overlap(g.start, g.end, m.start, m.end)
    ]
    gold_used: dict[int, int] = {}
    pred_used: dict[int, int] = {}
    for exact in (True, False):
        for gi, pi in meets:
            if gi in gold_used or pi in pred_used:
                continue
            g, m = scored[gi], predicted[pi]
            if exact and not (_same_value(g, m) and g.currency == m.currency):
                continue
            gold_used[gi] = pi
            pred_used[pi] = gi
    met_gold = {gi for gi, _ in meets}
    met_pred = {pi for _, pi in meets}
    for pi, m in enumerate(predicted):
        if pi in met_pred:
            score.predicted += 1
        elif any(_overlap(u.start, u.end, m.start, m.end) for u in unsure):
            continue  # meets only an unsure row: neither gold nor error
        else:
            score.predicted += 1
            score.spurious += 1
            score.misses.append(
                Miss("spurious", doc, m.start, m.end, "", _reading(m.amount, m.high, m.currency),
                     _context(text, m.start, m.end))
            )
    house = score.style.startswith("wire")
    for gi, g in enumerate(scored):
        gold_text = _reading(g.amount, g.high, g.currency)
        in_house = house and HOUSE_WORDS.search(g.text) is not None
        score.house_gold += in_house
        if gi in met_gold:
            score.found += 1
            score.house_found += in_house
        if gi in gold_used:
            m = predicted[gold_used[gi]]
            pred_text = _reading(m.amount, m.high, m.currency)
            if _same_value(g, m) and g.currency == m.currency:
                score.correct += 1
                score.house_correct += in_house
                if (m.qualifier or "") == g.qualifier:
                    score.qualifier_agree += 1
                continue
            kind = "wrong value" if not _same_value(g, m) else "wrong currency"
            if kind == "wrong value":
                score.wrong_value += 1
                score.break_wrong_value += "\n" in g.text
            else:
                score.wrong_currency += 1
            score.misses.append(Miss(kind, doc, g.start, g.end, gold_text, pred_text, _context(text, g.start, g.end)))
        elif gi in met_gold:
            # met only by predictions already matched to another gold row (a range or change read as one)
            others = [predicted[pi] for gj, pi in meets if gj == gi]
            m = others[0]
            score.wrong_value += 1
            score.break_wrong_value += "\n" in g.text
            score.misses.append(
                Miss("wrong value", doc, g.start, g.end, gold_text, _reading(m.amount, m.high, m.currency),
                     _context(text, g.start, g.end))
            )
        else:
            score.misses.append(Miss("missed", doc, g.start, g.end, gold_text, "", _context(text, g.start, g.end)))


def score_pairs(
    doc: str, gold_pairs: Sequence[GoldPair], predicted: Sequence[Pair], score: StyleScore, text: str = ""
) -> None:
    """Add one document's conversion pairs to ``score`` (``text`` only feeds the report)."""

    def spurious(pair: Pair) -> Miss:
        reading = f"{pair.first.text} -> {pair.second.text}"
        return Miss("spurious pair", doc, pair.start, pair.end, "", reading, _context(text, pair.start, pair.end) if text else "")

    if not gold_pairs:
        score.pairs_spurious += len(predicted)
        score.misses.extend(spurious(p) for p in predicted)
        return
    score.pair_docs += 1
    score.pairs_gold += len(gold_pairs)
    used: set[int] = set()
    all_found = True
    for gp in gold_pairs:
        hit = next(
            (
                k
                for k, p in enumerate(predicted)
                if k not in used
                and _overlap(*gp.first, p.first.start, p.first.end)
                and _overlap(*gp.second, p.second.start, p.second.end)
            ),
            None,
        )
        if hit is None:
            all_found = False
            a, b = gp.first[0], gp.second[1]
            reading = f"{text[gp.first[0]:gp.first[1]]} -> {text[gp.second[0]:gp.second[1]]}" if text else ""
            score.misses.append(Miss("missed pair", doc, a, b, reading, "", _context(text, a, b) if text else ""))
        else:
            used.add(hit)
            score.pairs_found += 1
    score.pairs_spurious += len(predicted) - len(used)
    score.misses.extend(spurious(p) for k, p in enumerate(predicted) if k not in used)
    if all_found:
        score.pair_docs_found += 1


def read_doc_dates(path: Path) -> dict[str, date]:
    """The day each document was written, from the ``date`` column of ``docs.tsv`` (if any).

    A full date (``1987-03-02``) is that day; a year alone (``1990``) is taken as 1 July of that
    year, the middle of the only span the source gives; an empty or other cell gives no day."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    header = lines[0].rstrip("\r").split("\t")
    if "date" not in header:
        return {}
    column = header.index("date")
    out: dict[str, date] = {}
    for line in lines[1:]:
        cells = line.rstrip("\r").split("\t")
        if len(cells) <= column:
            continue
        cell = cells[column].strip()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", cell):
            out[cells[0]] = date.fromisoformat(cell)
        elif re.fullmatch(r"\d{4}", cell):
            out[cells[0]] = date(int(cell), 7, 1)
    return out


def extract_dated(text: str, as_of: date | None = None) -> Sequence[Mention]:
    """:func:`moneyparse.extract` with the document's day, so that a withdrawn currency's name reads as
    the code in force when the text was written (the default predictor of :func:`score_style`)."""
    return moneyparse.extract(text, as_of=as_of)


def score_style(
    directory: Path,
    predict: Predict = extract_dated,
    predict_pairs: PredictPairs = moneyparse.pairs,
    external: Path | None = None,
    set_aside: Sequence[str] = (),
) -> StyleScore:
    """Score one style directory with the given extractor (``moneyparse.extract`` by default, given
    each document's day from ``docs.tsv`` as ``as_of``).

    ``external``: the directory of the documents of a style kept outside the repository;
    ``set_aside``: gold rows whose note contains one of these are scored as unsure."""
    docs, gold, pairs = load_style(directory, external)
    if set_aside:
        gold = [
            dataclasses.replace(row, note=f"unsure (set aside): {row.note}")
            if any(part in row.note for part in set_aside) and not row.unsure
            else row
            for row in gold
        ]
    by_doc: dict[str, list[GoldRow]] = defaultdict(list)
    for row in gold:
        by_doc[row.doc].append(row)
    pairs_by_doc: dict[str, list[GoldPair]] = defaultdict(list)
    for pair in pairs:
        pairs_by_doc[pair.doc].append(pair)
    score = StyleScore(directory.name)
    dates = read_doc_dates(directory / "docs.tsv") if predict is extract_dated else {}
    for doc, text in docs.items():
        day = dates.get(doc)
        found = extract_dated(text, as_of=day) if day is not None else predict(text)
        score_document(doc, text, by_doc.get(doc, []), list(found), score)
        if pairs:
            score_pairs(doc, pairs_by_doc.get(doc, []), list(predict_pairs(text)), score, text)
    return score


def score_with_pages(directory: Path, set_aside: Sequence[str] = ()) -> StyleScore | None:
    """The style ``directory`` scored with each line read with the ``assume`` of its page's
    address, as a caller who scraped the page would read it (:mod:`benchmarks.shop_pages`): the
    row ``<style>+page`` (``shop+page``), against the same gold; None where its ``provenance.tsv``
    names no page whose address is known."""
    from benchmarks.shop_pages import page_predictor

    predict = page_predictor(directory, load_style(directory)[0])
    if predict is None:
        return None
    score = score_style(directory, predict=predict, set_aside=set_aside)
    score.style = f"{directory.name}+page"
    return score


def known_codes() -> frozenset[str]:
    """ISO 4217 codes, current and withdrawn, as the shipped CLDR table lists them."""
    from moneyparse.lexicon import tables

    return frozenset(tables().currencies)


def validate_style(directory: Path, codes: Iterable[str] | None = None, external: Path | None = None) -> list[str]:
    """Every problem of one style directory's gold files, as readable lines; ``[]`` when clean.

    A style of :data:`EXTERNAL` is checked against its documents when their directory is given
    (``external`` or the environment); without it, everything but the texts and offsets."""
    codes = known_codes() if codes is None else frozenset(codes)
    problems: list[str] = []
    gold_path = directory / "gold.tsv"
    if not gold_path.exists():
        return [f"{gold_path}: missing"]
    source = EXTERNAL.get(directory.name)
    texts_known = True
    try:
        if source is not None:
            listed = read_doc_list(directory / "docs.tsv")
            root = source.directory(external)
            if root is None:
                texts_known = False
                docs = dict.fromkeys(listed, "")
            else:
                try:
                    docs = source.read(root, listed)
                except OSError as exc:
                    return [f"{directory / 'docs.tsv'}: cannot read the {source.name} collection: {exc}"]
                problems.extend(f"{directory / 'docs.tsv'}: {line}" for line in external_problems(docs, listed))
                docs = {doc: docs[doc] for doc in listed if doc in docs}
            gold, pairs = read_gold(gold_path), read_pairs(directory / "pairs.tsv")
        else:
            docs, gold, pairs = load_style(directory)
    except DevSetError as exc:
        return [str(exc)]
    if not (directory / "SOURCE.md").exists():
        problems.append(f"{directory / 'SOURCE.md'}: missing")
    spans: dict[str, list[GoldRow]] = defaultdict(list)
    for number, row in enumerate(gold, 2):
        where = f"{gold_path}: row {number - 1} ({row.doc} {row.start}-{row.end})"
        text = docs.get(row.doc)
        if text is None:
            if source is None:
                problems.append(f"{where}: no document docs/{row.doc}.txt")
            elif row.doc not in listed:
                problems.append(f"{where}: document {row.doc!r} is not listed in docs.tsv")
            continue  # else listed but not in the collection given: reported once above
        problems.extend(f"{where}: {problem}" for problem in _row_problems(row, text if texts_known else None, codes))
        spans[row.doc].append(row)
    for doc, rows in spans.items():
        rows.sort(key=lambda r: (r.start, r.end))
        for a, b in zip(rows, rows[1:]):
            if b.start < a.end:
                problems.append(f"{gold_path}: {doc}: rows {a.text!r} and {b.text!r} overlap")
    for pair in pairs:
        names = {(r.start, r.end) for r in spans.get(pair.doc, [])}
        for span in (pair.first, pair.second):
            if span not in names:
                problems.append(f"{directory / 'pairs.tsv'}: {pair.doc} {span} names no gold row")
    return problems


def _row_problems(row: GoldRow, text: str | None, codes: frozenset[str]) -> list[str]:
    """The problems of one gold row in the document ``text`` (``None``: its text is not at hand,
    only the row's own offsets are checked)."""
    problems = []
    if text is None:
        if not 0 <= row.start < row.end or row.end - row.start != len(row.text):
            problems.append(f"offsets do not fit the text {row.text!r}")
    elif not 0 <= row.start < row.end <= len(text):
        problems.append("offsets outside the document")
    elif text[row.start : row.end] != row.text:
        problems.append(f"text {row.text!r} but the document has {text[row.start:row.end]!r}")
    if row.high is not None and row.high < row.amount:
        problems.append(f"high {row.high} below amount {row.amount}")
    if row.currency and row.currency not in codes:
        problems.append(f"{row.currency!r} is not an ISO 4217 code")
    if not row.currency and not row.note:
        problems.append("empty currency needs a note saying why")
    if row.qualifier not in QUALIFIERS:
        problems.append(f"unknown qualifier {row.qualifier!r}")
    return problems


def style_dirs(root: Path, styles: Sequence[str] | None = None) -> list[Path]:
    """The style directories present under ``root`` (all, or those named), in a stable order."""
    present = [p for p in sorted(root.iterdir()) if p.is_dir() and (p / "gold.tsv").exists()] if root.is_dir() else []
    order = {name: k for k, name in enumerate(STYLES)}
    present.sort(key=lambda p: (order.get(p.name, len(order)), p.name))
    if styles:
        present = [p for p in present if p.name in styles]
    return present


def _table(scores: Sequence[StyleScore]) -> str:
    head = (
        f"{'style':<12} {'docs':>5} {'gold':>5} {'unsure':>6} {'pred':>5} {'recall':>7} {'precis.':>7} "
        f"{'found':>6} {'wrongval':>8} {'wrongcur':>8} {'spurious':>8}"
    )
    lines = [head]
    for s in scores:
        lines.append(
            f"{s.style:<12} {s.docs:>5} {s.gold:>5} {s.unsure:>6} {s.predicted:>5} {s.recall:>7.3f} {s.precision:>7.3f}"
            f" {s.found_rate:>6.3f} {s.wrong_value:>8} {s.wrong_currency:>8} {s.spurious:>8}"
        )
    for s in scores:
        if s.house_gold:
            lines.append(
                f"{s.style}: house style (mln dlrs, stg, yen, marks, francs ...) found {s.house_found}/{s.house_gold}"
                f" = {s.house_found / s.house_gold:.3f}, correct {s.house_correct}/{s.house_gold}"
                f" = {s.house_correct / s.house_gold:.3f}; wrong values cut by a line break: {s.break_wrong_value}"
            )
    for s in scores:
        if s.pairs_gold:
            lines.append(
                f"{s.style}: pairs found {s.pairs_found}/{s.pairs_gold}; sentences with every pair found "
                f"{s.pair_docs_found}/{s.pair_docs}; pairs not in the gold {s.pairs_spurious}"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry: score (or validate) the sets and print a table or JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.devsets", description=__doc__.split("\n\n")[0])
    parser.add_argument("--style", action="append", help="score only this style (repeatable)")
    parser.add_argument("--set", choices=tuple(DEFAULT_ROOTS), default="dev", help="which set (default dev)")
    parser.add_argument("--root", type=Path, help="directory holding the style directories")
    parser.add_argument("--show-misses", type=int, default=0, metavar="N", help="print N disagreements of each kind")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--validate", action="store_true", help="check the gold files instead of scoring")
    parser.add_argument(
        "--set-aside", action="append", default=[], metavar="NOTE",
        help="score the gold rows whose note contains NOTE as unsure (repeatable)",
    )
    for style, source in EXTERNAL.items():
        parser.add_argument(
            source.option, type=Path, metavar="DIR", dest=f"external_{style}",
            help=f"the directory of the {source.name} collection, for {style} (default ${source.env})",
        )
    args = parser.parse_args(argv)
    root = args.root or DEFAULT_ROOTS[args.set]
    dirs = style_dirs(root, args.style)
    if not dirs:
        print(f"no style directory with a gold.tsv under {root}", file=sys.stderr)
        return 2

    def external(directory: Path) -> Path | None:
        source = EXTERNAL.get(directory.name)
        return None if source is None else source.directory(getattr(args, f"external_{directory.name}"))

    if args.validate:
        return _validate(dirs, external)
    scores: list[StyleScore] = []
    try:
        for directory in dirs:
            try:
                scores.append(score_style(directory, external=external(directory), set_aside=args.set_aside))
                paged = score_with_pages(directory, args.set_aside) if directory.name not in EXTERNAL else None
                if paged is not None:
                    scores.append(paged)
            except DocumentsElsewhere as exc:
                print(exc, file=sys.stderr)
    except DevSetError as exc:
        print(exc, file=sys.stderr)
        return 1
    if not scores:
        return 2
    if args.json:
        print(json.dumps([s.as_dict() for s in scores], indent=2))
    else:
        print(f"{args.set} sets under {root}")
        print(_table(scores))
    if args.show_misses:
        _print_misses(scores, args.show_misses)
    return 0


def _validate(dirs: Sequence[Path], external: Callable[[Path], Path | None]) -> int:
    """Print the problems of each style directory's gold files and a line per style; 1 if any."""
    bad = 0
    for directory in dirs:
        given = external(directory)
        problems = validate_style(directory, external=given)
        bad += len(problems)
        for line in problems:
            print(line)
        partial = ""
        if directory.name in EXTERNAL and given is None:
            source = EXTERNAL[directory.name]
            partial = f" (texts and offsets not checked: give {source.option} DIR or ${source.env})"
        print(f"{directory.name}: {'ok' if not problems else f'{len(problems)} problems'}{partial}")
    return 1 if bad else 0


def _print_misses(scores: Sequence[StyleScore], limit: int) -> None:
    """Print up to ``limit`` disagreements of each kind for each style."""
    for s in scores:
        kinds: dict[str, list[Miss]] = defaultdict(list)
        for miss in s.misses:
            kinds[miss.kind].append(miss)
        for kind in ("missed", "wrong value", "wrong currency", "spurious", "missed pair", "spurious pair"):
            shown = kinds.get(kind, [])
            if not shown:
                continue
            print(f"\n{s.style} — {kind} ({len(shown)})")
            for miss in shown[:limit]:
                reading = f"gold {miss.gold}" if miss.gold else ""
                if miss.predicted:
                    reading += ("; " if reading else "") + f"got {miss.predicted}"
                print(f"  {miss.doc}:{miss.start} {reading}: {miss.context}", file=sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
