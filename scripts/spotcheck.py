"""Precision spot check of ``moneyparse.extract`` on the Wikipedia money corpus.

The corpus is ``../shared/corpus/enwiki-money.tsv`` beside the repository checkout, one article per
line as ``title<TAB>text``.  Every mention the extractor finds in it is numbered in corpus order, and
a fixed seed draws 200 of them uniformly.

``sample``  prints each drawn mention with about 80 characters of context either side and the fields
            a judge needs (amount, high, currency, qualifier, evidence).
``score``   reads the judgments in ``benchmarks/spotcheck.tsv``, extracts the judged articles again,
            and reports precision as judged and precision now (see :func:`is_fixed`).
``windows`` prints windows of the corpus drawn around money-looking words (:data:`BROAD`, a pattern
            that knows nothing of the extractor) with the extractor's mentions marked, for a judge to
            list the money phrases it missed.
``recall``  reads the misses listed in ``benchmarks/recall-1.tsv`` to ``recall-8.tsv``, draws the
            same windows again and reports how many of the misses the extractor finds now.

Judgments are keyed by ``(title, start, end, text)``.  For a mention judged ``ok`` the ``amount``
and ``currency`` columns repeat what the extractor returned; for one judged ``wrong`` they hold what
the phrase means (empty when it means no amount or no ISO 4217 currency).  The sample depends on
the set of all mentions, so it changes with the extractor: the judgment file, not a new draw, is
what ``score`` measures against.  Usage::

    python scripts/spotcheck.py sample [--size 200] [--context 80] [--seed N]
    python scripts/spotcheck.py score [--judgments benchmarks/spotcheck.tsv]
    python scripts/spotcheck.py windows [--size 160] [--seed 7]
    python scripts/spotcheck.py recall [--misses benchmarks/recall-2.tsv --seed 20261201]
"""

from __future__ import annotations

import argparse
import csv
import random
import re
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
#: Every judged draw, scored one by one: the first (seed 20250220, extractor of 61718be) and
#: independent later ones (seed 20261130, extractor of 31c9913; seed 20261201, extractor of
#: ec081ea; seed 20261206, extractor of 002801b; seed 20261207, extractor of c17440e; seed
#: 20261208, extractor of 31a24a8; seed 20261209, extractor of 21faaf4; seed 20261210, extractor
#: of 0c004fd; seed 20261211, extractor of 35dbe48), each drawn after the errors of the draws
#: before it were fixed, so that its precision as judged is not flattered by those fixes.
JUDGMENT_FILES: tuple[Path, ...] = (
    JUDGMENTS, REPO / "benchmarks" / "spotcheck-2.tsv", REPO / "benchmarks" / "spotcheck-3.tsv",
    REPO / "benchmarks" / "spotcheck-4.tsv", REPO / "benchmarks" / "spotcheck-5.tsv",
    REPO / "benchmarks" / "spotcheck-6.tsv", REPO / "benchmarks" / "spotcheck-7.tsv",
    REPO / "benchmarks" / "spotcheck-8.tsv", REPO / "benchmarks" / "spotcheck-9.tsv",
)
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


def read_rows(path: Path, columns: tuple[str, ...], kind: str) -> list[dict[str, str]]:
    """The rows of the TSV ``path``, whose header line must hold ``columns`` (``kind`` names the
    file in errors)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(columns) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{kind} file {str(path)!r} lacks columns {sorted(missing)!r}")
        return list(reader)


def read_judgments(path: Path) -> list[dict[str, str]]:
    """The judgment rows of ``path`` (a TSV with a header line of :data:`COLUMNS`)."""
    rows = read_rows(path, COLUMNS, "judgment")
    if not rows:
        raise ValueError(f"judgment file {str(path)!r} has no rows")
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
    misread "not less than") is fixed when the mention carries that qualifier.  Every other class
    (not money, span and range errors) needs the keyed mention to be gone.
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


#: Money-looking text for the recall windows: signs, currency words and codes, scale abbreviations.
#: It is broad on purpose (it also finds "Mark Twain" and "real part"), and it does not use the
#: extractor's tables, so the windows do not lean towards what the extractor reads.
BROAD: re.Pattern[str] = re.compile(
    r"(?i)(?:[$£€¥₹₩₽¢]|\b(?:dollars?|pounds?|euros?|yen|yuan|renminbi|rmb|rupees?|crores?|lakhs?|francs?"
    r"|marks?|lir[ae]|pesos?|reais|real|rand|kronor|krona|kroner|krone|shillings?|pence|cents?|guineas?"
    r"|ringgit|baht|won|dinars?|dirhams?|riyals?|rials?|rubles?|roubles?|zloty|forint|koruna|leu|lei|naira"
    r"|cedis?|dong|rupiah|taka|pesetas?|escudos?|guilders?|drachmas?|usd|eur|gbp|jpy|cny|inr|chf|cad|aud"
    r"|nzd|hkd|sgd|bn|mn)\b)"
)
WINDOW_SEED: int = 7
WINDOW_COUNT: int = 160
WINDOW_REACH: int = 160  # characters either side of the money-looking word
MISSES: Path = REPO / "benchmarks" / "recall-1.tsv"
#: Every judged draw of windows and the seed it was drawn with: the first (extractor of 61718be),
#: a second one (extractor of ec081ea), drawn after the first one's misses were fixed, a third
#: (extractor of 002801b), drawn after the second one's, a fourth (extractor of c17440e),
#: drawn after the third one's, a fifth (extractor of 31a24a8), drawn after the fourth one's,
#: a sixth (extractor of 21faaf4), drawn after the fifth one's, a seventh (extractor of
#: 0c004fd), drawn after the sixth one's, and an eighth (extractor of 35dbe48), drawn after the
#: seventh one's.
MISS_FILES: tuple[tuple[Path, int], ...] = (
    (MISSES, WINDOW_SEED),
    (REPO / "benchmarks" / "recall-2.tsv", 20261201),
    (REPO / "benchmarks" / "recall-3.tsv", 20261206),
    (REPO / "benchmarks" / "recall-4.tsv", 20261207),
    (REPO / "benchmarks" / "recall-5.tsv", 20261208),
    (REPO / "benchmarks" / "recall-6.tsv", 20261209),
    (REPO / "benchmarks" / "recall-7.tsv", 20261210),
    (REPO / "benchmarks" / "recall-8.tsv", 20261211),
)
MISS_COLUMNS: tuple[str, ...] = ("window", "title", "start", "end", "text", "amount", "currency", "class", "note")


@dataclass(frozen=True, slots=True)
class Window:
    """A stretch ``article[start:end]`` of one article, numbered from 1 in the order drawn."""

    number: int
    title: str
    article: str
    start: int
    end: int


def draw_windows(count: int = WINDOW_COUNT, seed: int = WINDOW_SEED, path: Path = CORPUS) -> list[Window]:
    """``count`` windows around money-looking words: an article drawn at random, one of its
    :data:`BROAD` matches drawn at random, :data:`WINDOW_REACH` characters either side; a window
    must hold a digit and must not start in the same 400 characters as one drawn before."""
    found = list(articles(path))
    rng = random.Random(seed)
    windows: list[Window] = []
    seen: set[tuple[int, int]] = set()
    tries = 0
    while len(windows) < count:
        tries += 1
        if tries > 1000 * count:
            raise ValueError(f"the corpus holds fewer than {count} windows to draw")
        index = rng.randrange(len(found))
        title, text = found[index]
        hits = [m.start() for m in BROAD.finditer(text)]
        if not hits:
            continue
        at = rng.choice(hits)
        start, end = max(0, at - WINDOW_REACH), min(len(text), at + WINDOW_REACH)
        if not any(ch.isdigit() for ch in text[start:end]) or (index, start // 400) in seen:
            continue
        seen.add((index, start // 400))
        windows.append(Window(len(windows) + 1, title, text, start, end))
    return windows


def in_window(window: Window) -> list[Mention]:
    """The mentions the extractor finds now that overlap ``window``."""
    return [m for m in moneyparse.extract(window.article) if m.start < window.end and m.end > window.start]


def show_windows(count: int, seed: int) -> int:
    """Print the windows with the mentions found in them marked ``[[...]]``; return an exit status."""
    for window in draw_windows(count, seed):
        mentions = in_window(window)
        print(f"## W{window.number} | {window.title} | {window.start}-{window.end}")
        for m in mentions:
            qualifier = m.qualifier.value if m.qualifier else "-"
            print(f"  found: {m.text!r} @{m.start}-{m.end} amount={m.amount} high={m.high} {m.currency} q={qualifier}")
        marked, pos = [], window.start
        for m in mentions:
            a, b = max(window.start, m.start), min(window.end, m.end)
            marked.append(f"{window.article[pos:a]}[[{window.article[a:b]}]]")
            pos = b
        marked.append(window.article[pos : window.end])
        print("".join(marked).replace("\n", " "), end="\n\n")
    return 0


def recall(path: Path, seed: int = WINDOW_SEED) -> int:
    """Print how many of the misses judged in ``path`` the extractor finds now; return an exit status.

    A miss is found when a mention now covers its whole phrase in its window with the amount
    judged (any amount when the judge gave none).  Recall is estimated over the windows as the mentions
    found in them over those plus the misses still open; a mention found with a wrong value counts
    as found (its value is a matter for precision, which ``score`` measures).
    """
    rows = read_rows(path, MISS_COLUMNS, "misses")
    windows = {f"W{w.number}": w for w in draw_windows(seed=seed)}
    found = {name: in_window(w) for name, w in windows.items()}
    fixed = Counter()
    judged = Counter()
    for row in rows:
        window = windows.get(row["window"])
        if window is None or (window.title, window.start, window.end) != (row["title"], int(row["start"]), int(row["end"])):
            raise ValueError(f"window {row['window']!r} of {str(path)!r} is not the window drawn now")
        at = window.article.find(row["text"], window.start, window.end)
        if at < 0:
            raise ValueError(f"{row['text']!r} is not in window {row['window']!r}")
        judged[row["class"]] += 1
        if any(
            m.start <= at and m.end >= at + len(row["text"]) and (not row["amount"] or m.amount == Decimal(row["amount"]))
            for m in found[row["window"]]
        ):
            fixed[row["class"]] += 1
    mentions = sum(map(len, found.values()))
    still = len(rows) - sum(fixed.values())
    print(f"windows: {len(windows)}   mentions found in them now: {mentions}")
    print(f"misses judged: {len(rows)}   found now: {sum(fixed.values())}   still missed: {still}")
    print(f"recall now (found / (found + still missed)): {mentions / (mentions + still):.3f}")
    print(f"\n{'class':<24}{'judged':>7}{'found':>7}{'open':>6}")
    for name, count in judged.most_common():
        print(f"{name:<24}{count:>7}{fixed[name]:>7}{count - fixed[name]:>6}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: ``sample``, ``score``, ``windows`` or ``recall``."""
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
    windows_cmd = commands.add_parser("windows", help="print windows around money-looking words, mentions marked")
    windows_cmd.add_argument("--size", type=int, default=WINDOW_COUNT)
    windows_cmd.add_argument("--seed", type=int, default=WINDOW_SEED)
    recall_cmd = commands.add_parser("recall", help="check the judged misses of the windows against the extractor now")
    recall_cmd.add_argument(
        "--misses", type=Path, help="a file of judged misses (default: every judged draw, each checked on its own)",
    )
    recall_cmd.add_argument("--seed", type=int, default=WINDOW_SEED, help="the seed its windows were drawn with")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"spotcheck: corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    if args.command == "sample":
        return show_sample(args.size, args.context, args.seed)
    if args.command == "windows":
        return show_windows(args.size, args.seed)
    try:
        if args.command == "recall":
            draws = [(args.misses, args.seed)] if args.misses else MISS_FILES
            status = 0
            for number, (path, seed) in enumerate(draws):
                print(f"{chr(10) if number else ''}# {path.name} (windows drawn with seed {seed})")
                status = max(status, recall(path, seed))
            return status
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
