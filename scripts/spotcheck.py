"""Precision spot check of ``moneyparse.extract`` on the Wikipedia money corpus.

The corpus is ``../shared/corpus/enwiki-money.tsv`` beside the repository checkout, one article per
line as ``title<TAB>text``.  Every mention the extractor finds in it is numbered in corpus order, and
a fixed seed draws 200 of them uniformly.

``sample``  prints each drawn mention with about 80 characters of context either side and the fields
            a judge needs (amount, high, currency, qualifier, evidence).
``score``   reads the judgments in ``benchmarks/spotcheck.tsv``, extracts the judged articles again,
            and reports precision as judged and precision now (see :func:`is_fixed`).

Judgments are keyed by ``(title, start, end, text)``.  For a mention judged ``ok`` the ``amount``
and ``currency`` columns repeat what the extractor returned; for one judged ``wrong`` they hold what
the phrase means (empty when it means no amount or no ISO 4217 currency).  The sample depends on
the set of all mentions, so it changes with the extractor: the judgment file, not a new draw, is
what ``score`` measures against.  Usage::

    python scripts/spotcheck.py sample [--size 200] [--context 80]
    python scripts/spotcheck.py score [--judgments benchmarks/spotcheck.tsv]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import moneyparse
from moneyparse import Mention

REPO: Path = Path(__file__).resolve().parents[1]
CORPUS: Path = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "enwiki-money.tsv"
JUDGMENTS: Path = REPO / "benchmarks" / "spotcheck.tsv"
#: Every judged draw, scored one by one: the first (seed 20250220, extractor of 61718be) and an
#: independent second one (seed 20261130, extractor of 31c9913), drawn after the first draw's
#: errors were fixed, so that its precision as judged is not flattered by those fixes.
JUDGMENT_FILES: tuple[Path, ...] = (JUDGMENTS, REPO / "benchmarks" / "spotcheck-2.tsv")
SEED: int = 20250220
SIZE: int = 200
COLUMNS: tuple[str, ...] = (
    "title", "start", "end", "text", "amount", "currency", "verdict", "error_class", "note",
)

Key = tuple[str, int, int, str]


@dataclass(frozen=True, slots=True)
class Found:
    """One mention found in the corpus, with the article it came from."""

    title: str
    article: str
    mention: Mention


def articles(path: Path = CORPUS) -> Iterator[tuple[str, str]]:
    """Yield ``(title, text)`` for each line of the corpus file."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            title, _, text = line.rstrip("\n").partition("\t")
            yield title, text


def all_mentions(path: Path = CORPUS) -> list[Found]:
    """Every mention of every article, in corpus order."""
    return [
        Found(title, text, mention)
        for title, text in articles(path)
        for mention in moneyparse.extract(text)
    ]


def draw(found: list[Found], size: int = SIZE, seed: int = SEED) -> list[Found]:
    """A uniform sample of ``size`` mentions without replacement, returned in corpus order."""
    picks = random.Random(seed).sample(range(len(found)), min(size, len(found)))
    return [found[i] for i in sorted(picks)]


def context(item: Found, width: int) -> str:
    """The mention in ``[[...]]`` with ``width`` characters either side, on one line."""
    m, text = item.mention, item.article
    left = text[max(0, m.start - width):m.start]
    right = text[m.end:m.end + width]
    return f"{left}[[{m.text}]]{right}".replace("\n", " ")


def show_sample(size: int, width: int, seed: int = SEED) -> int:
    """Print the drawn mentions for judging; return an exit status."""
    found = all_mentions()
    sample = draw(found, size, seed)
    print(f"# {len(found)} mentions in corpus; {len(sample)} drawn with seed {seed}")
    for number, item in enumerate(sample, 1):
        m = item.mention
        qualifier = m.qualifier.value if m.qualifier else "-"
        print(f"\n## {number} | {item.title} | {m.start}-{m.end} | {m.text!r}")
        print(
            f"amount={m.amount} high={m.high} currency={m.currency} qualifier={qualifier} "
            f"evidence={m.evidence.value} marker={m.marker!r} alternatives={','.join(m.alternatives)}"
        )
        print(context(item, width))
    return 0


def read_judgments(path: Path) -> list[dict[str, str]]:
    """The judgment rows of ``path`` (a TSV with a header line of :data:`COLUMNS`)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows:
        raise ValueError(f"judgment file {str(path)!r} has no rows")
    missing = set(COLUMNS) - set(rows[0])
    if missing:
        raise ValueError(f"judgment file {str(path)!r} lacks columns {sorted(missing)!r}")
    return rows


def row_key(row: dict[str, str]) -> Key:
    """The ``(title, start, end, text)`` key of one judgment row."""
    return (row["title"], int(row["start"]), int(row["end"]), row["text"])


#: Error classes about the value of a mention whose span is right: fixed in place when the
#: amount and currency now match the expected ones of the judgment row.
VALUE_CLASSES: frozenset[str] = frozenset(
    {"wrong_amount", "wrong_currency", "wrong_scale", "dollar_policy", "historical_currency"}
)
#: A hedge in the text that the mention does not carry: fixed in place once it has a qualifier.
HEDGE_CLASS: str = "missed_hedge"


def is_fixed(row: dict[str, str], now: dict[Key, Mention]) -> bool:
    """Whether a mention judged wrong is gone now, or is now returned right at the same span.

    A mention that is no longer returned with the same key counts as fixed (a corrected span has
    a new key).  One that is still returned counts as fixed only for a value class, when amount
    and currency equal the expected values of the row, or for ``missed_hedge``, when it now
    carries a qualifier; a row whose optional ``qualifier`` column is filled ("at_least" for a
    misread "not less than") is fixed when the mention carries that qualifier.  Every other class (not money, span and range errors) needs the keyed
    mention to be gone.
    """
    mention = now.get(row_key(row))
    if mention is None:
        return True
    if row.get("qualifier"):  # the hedge the phrase carries, where the file says which
        return mention.qualifier is not None and mention.qualifier.value == row["qualifier"]
    if row["error_class"] == HEDGE_CLASS:
        return mention.qualifier is not None
    if row["error_class"] not in VALUE_CLASSES or not row["amount"] or not row["currency"]:
        return False
    return mention.amount == Decimal(row["amount"]) and mention.currency == row["currency"]


def still_right(row: dict[str, str], now: dict[Key, Mention]) -> bool:
    """Whether a mention judged ok is still returned with the same span, amount and currency."""
    mention = now.get(row_key(row))
    return (
        mention is not None
        and mention.amount == Decimal(row["amount"])
        and mention.currency == row["currency"]
    )


def current_mentions(titles: set[str]) -> dict[Key, Mention]:
    """The mentions the extractor returns now for the articles named in ``titles``, by key."""
    now: dict[Key, Mention] = {}
    for title, text in articles():
        if title in titles:
            for mention in moneyparse.extract(text):
                now[(title, mention.start, mention.end, mention.text)] = mention
    return now


def score(path: Path) -> int:
    """Print precision as judged and as it stands now; return an exit status.

    Precision now counts the mentions judged ok that are still returned with the same span and
    value plus the wrong ones that are fixed, over all judged mentions; the ok mentions that
    changed are listed for a second look.
    """
    rows = read_judgments(path)
    now = current_mentions({row["title"] for row in rows})
    wrong = [row for row in rows if row["verdict"] == "wrong"]
    judged = Counter(row["error_class"] for row in wrong)
    fixed = Counter(row["error_class"] for row in wrong if is_fixed(row, now))
    right = [row for row in rows if row["verdict"] == "ok"]
    changed = [row for row in right if not still_right(row, now)]
    total = len(rows)
    kept = len(right) - len(changed) + sum(fixed.values())
    print(f"judged: {total}   ok: {len(right)}   precision as judged: {len(right) / total:.3f}")
    print(f"fixed since: {sum(fixed.values())}   ok changed since: {len(changed)}   "
          f"precision now: {kept / total:.3f}")
    print(f"\n{'error class':<24}{'judged':>7}{'fixed':>7}{'open':>6}")
    for name, count in judged.most_common():
        print(f"{name:<24}{count:>7}{fixed[name]:>7}{count - fixed[name]:>6}")
    for row in changed:
        mention = now.get(row_key(row))
        state = "gone" if mention is None else f"now {mention.amount} {mention.currency}"
        print(f"ok changed: {row['title']} {row['start']}-{row['end']} {row['text']!r} ({state})")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: ``sample`` or ``score``."""
    parser = argparse.ArgumentParser(description="Precision spot check of moneyparse on the corpus.")
    commands = parser.add_subparsers(dest="command", required=True)
    sample_cmd = commands.add_parser("sample", help="print the drawn mentions in context")
    sample_cmd.add_argument("--size", type=int, default=SIZE)
    sample_cmd.add_argument("--context", type=int, default=80)
    sample_cmd.add_argument("--seed", type=int, default=SEED, help=f"seed of the draw (default {SEED})")
    score_cmd = commands.add_parser("score", help="score the judgments against the extractor now")
    score_cmd.add_argument(
        "--judgments", type=Path, action="append",
        help="a judgment file; repeat for several (default: every judged draw, each scored on its own)",
    )
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"spotcheck: corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    if args.command == "sample":
        return show_sample(args.size, args.context, args.seed)
    try:
        status = 0
        for number, path in enumerate(args.judgments or JUDGMENT_FILES):
            if number:
                print()
            print(f"# {path.name}")
            status = max(status, score(path))
        return status
    except (OSError, ValueError, KeyError) as error:
        print(f"spotcheck: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
