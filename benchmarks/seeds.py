"""Score extraction on the two seed articles: 23 amounts and 9 pairs, nothing else.

Usage::

    python -m benchmarks.seeds [--peers] [--json]

The expected amounts are facts of the articles (text as written, amount, currency).  Each
extractor is scored twice, on the amount alone and on amount plus currency: an expected amount
is found when a prediction with the same amount (and a currency consistent with the expected
one) is still unused; predictions left over are false positives.  The same scorer applies to
the peers, which give no offsets (price-parser) or only unit names (Recognizers "Dollar").
For moneyparse the spans must also be the written ones, and the pairs are scored too.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from benchmarks import Prediction, shared_path

__all__ = [
    "SEED_AMOUNTS",
    "SEED_PAIRS",
    "Expected",
    "SeedScore",
    "expected_spans",
    "main",
    "moneyparse_seed_predictions",
    "score_extractor",
    "score_moneyparse_pairs",
    "score_seed",
    "seed_text",
]


@dataclass(frozen=True, slots=True)
class Expected:
    """One amount an article states: the text as written, its exact amount and its currency."""

    text: str
    amount: Decimal
    currency: str


def _e(text: str, amount: str, currency: str) -> Expected:
    return Expected(text, Decimal(amount), currency)


#: Article id -> the amounts it states, in text order.
SEED_AMOUNTS: dict[str, tuple[Expected, ...]] = {
    "000": (
        _e("$53 billion", "53000000000", "USD"),
        _e("¥380 billion", "380000000000", "CNY"),
        _e("$80 billion", "80000000000", "USD"),
        _e("$65 billion", "65000000000", "USD"),
        _e("¥280.2 billion", "280200000000", "CNY"),
        _e("$36.96 billion", "36960000000", "USD"),
        _e("¥48.9 billion", "48900000000", "CNY"),
        _e("$6.45 billion", "6450000000", "USD"),
    ),
    "004": (
        _e("Rmb72.5bn", "72500000000", "CNY"),
        _e("£8bn", "8000000000", "GBP"),
        _e("Rmb24bn", "24000000000", "CNY"),
        _e("£2.6bn", "2600000000", "GBP"),
        _e("Rmb280bn", "280000000000", "CNY"),
        _e("£31.5bn", "31500000000", "GBP"),
        _e("Rmb31.7bn", "31700000000", "CNY"),
        _e("£3.6bn", "3600000000", "GBP"),
        _e("Rmb37.8bn", "37800000000", "CNY"),
        _e("£4.2bn", "4200000000", "GBP"),
        _e("Rmb136bn", "136000000000", "CNY"),
        _e("£15.3bn", "15300000000", "GBP"),
        _e("$99M", "99000000", "USD"),
        _e("$99 million", "99000000", "USD"),
        _e("$1 Billion", "1000000000", "USD"),
    ),
}

#: Article id -> the conversions it quotes, as (first, second) texts in text order.
SEED_PAIRS: dict[str, tuple[tuple[str, str], ...]] = {
    "000": (
        ("$53 billion", "¥380 billion"),
        ("¥280.2 billion", "$36.96 billion"),
        ("¥48.9 billion", "$6.45 billion"),
    ),
    "004": (
        ("Rmb72.5bn", "£8bn"),
        ("Rmb24bn", "£2.6bn"),
        ("Rmb280bn", "£31.5bn"),
        ("Rmb31.7bn", "£3.6bn"),
        ("Rmb37.8bn", "£4.2bn"),
        ("Rmb136bn", "£15.3bn"),
    ),
}


def seed_text(article: str, seeds_dir: Path | None = None) -> str:
    """The text of seed article ``article`` ("000" or "004")."""
    directory = seeds_dir or shared_path("seeds")
    matches = sorted(directory.glob(f"{article}_*.txt"))
    if not matches:
        raise FileNotFoundError(f"no seed article {article!r} under {directory}")
    return matches[0].read_text(encoding="utf-8")


def expected_spans(text: str, expected: Sequence[Expected]) -> list[tuple[int, int]]:
    """Where each expected amount is written, searching forward in text order."""
    spans: list[tuple[int, int]] = []
    at = 0
    for item in expected:
        start = text.find(item.text, at)
        if start < 0:
            raise ValueError(f"expected amount {item.text!r} not found in order in the article")
        spans.append((start, start + len(item.text)))
        at = start + len(item.text)
    return spans


@dataclass(frozen=True, slots=True)
class SeedScore:
    """Counts of one extractor over one or more articles."""

    expected: int
    predicted: int
    amount_tp: int
    currency_tp: int
    span_tp: int | None = None  # None when the extractor gives no offsets
    pairs_expected: int | None = None
    pairs_tp: int | None = None
    pairs_predicted: int | None = None

    def __add__(self, other: SeedScore) -> SeedScore:
        def add(a: int | None, b: int | None) -> int | None:
            return None if a is None or b is None else a + b

        return SeedScore(
            expected=self.expected + other.expected,
            predicted=self.predicted + other.predicted,
            amount_tp=self.amount_tp + other.amount_tp,
            currency_tp=self.currency_tp + other.currency_tp,
            span_tp=add(self.span_tp, other.span_tp),
            pairs_expected=add(self.pairs_expected, other.pairs_expected),
            pairs_tp=add(self.pairs_tp, other.pairs_tp),
            pairs_predicted=add(self.pairs_predicted, other.pairs_predicted),
        )

    def ratios(self, tp: int) -> tuple[float, float]:
        """(recall, precision) for ``tp`` true positives."""
        recall = tp / self.expected if self.expected else 1.0
        precision = tp / self.predicted if self.predicted else (1.0 if not self.expected else 0.0)
        return recall, precision


def _match(
    predictions: Sequence[Prediction],
    expected: Sequence[Expected],
    spans: Sequence[tuple[int, int]],
    with_currency: bool,
) -> int:
    """How many expected amounts find an unused prediction (same span preferred, then nearest)."""
    used: set[int] = set()
    found = 0
    for item, span in zip(expected, spans):
        candidates = [
            i
            for i, p in enumerate(predictions)
            if i not in used
            and p.amount is not None
            and p.amount == item.amount
            and (not with_currency or item.currency in p.currencies)
        ]
        if not candidates:
            continue
        def distance(i: int, span: tuple[int, int] = span) -> int:
            where = (predictions[i].start, predictions[i].end)
            return 0 if where == span else 1 + abs(where[0] - span[0])

        best = min(candidates, key=distance)
        used.add(best)
        found += 1
    return found


def score_seed(
    predictions: Sequence[Prediction], expected: Sequence[Expected], spans: Sequence[tuple[int, int]]
) -> SeedScore:
    """Score ``predictions`` of one article against its ``expected`` amounts written at ``spans``."""
    has_offsets = all(p.start >= 0 for p in predictions)
    span_tp: int | None = None
    if has_offsets:
        wanted = {span: item for span, item in zip(spans, expected)}
        span_tp = sum(
            1
            for p in predictions
            if (p.start, p.end) in wanted
            and p.amount == wanted[(p.start, p.end)].amount
            and wanted[(p.start, p.end)].currency in p.currencies
        )
    return SeedScore(
        expected=len(expected),
        predicted=len(predictions),
        amount_tp=_match(predictions, expected, spans, with_currency=False),
        currency_tp=_match(predictions, expected, spans, with_currency=True),
        span_tp=span_tp,
    )


def moneyparse_seed_predictions(text: str) -> list[Prediction]:
    """moneyparse.extract's mentions of ``text`` as predictions."""
    import moneyparse

    return [Prediction.from_mention(m) for m in moneyparse.extract(text)]


def score_moneyparse_pairs(
    text: str, expected: Sequence[tuple[str, str]], spans_by_text: dict[str, list[tuple[int, int]]]
) -> tuple[int, int]:
    """(true pairs found, pairs predicted) of moneyparse.pairs on ``text``."""
    import moneyparse

    wanted: set[tuple[tuple[int, int], tuple[int, int]]] = set()
    for first, second in expected:
        wanted.add((spans_by_text[first][0], spans_by_text[second][0]))
    found = moneyparse.pairs(text)
    hits = sum(1 for p in found if ((p.first.start, p.first.end), (p.second.start, p.second.end)) in wanted)
    return hits, len(found)


def score_extractor(extractor: Callable[[str], list[Prediction]], *, with_pairs: bool = False) -> SeedScore:
    """Score ``extractor`` (text -> predictions) over both seed articles."""
    total: SeedScore | None = None
    for article, expected in SEED_AMOUNTS.items():
        text = seed_text(article)
        spans = expected_spans(text, expected)
        score = score_seed(extractor(text), expected, spans)
        if with_pairs:
            spans_by_text: dict[str, list[tuple[int, int]]] = {}
            for item, span in zip(expected, spans):
                spans_by_text.setdefault(item.text, []).append(span)
            hits, predicted = score_moneyparse_pairs(text, SEED_PAIRS[article], spans_by_text)
            score = SeedScore(
                expected=score.expected, predicted=score.predicted, amount_tp=score.amount_tp,
                currency_tp=score.currency_tp, span_tp=score.span_tp,
                pairs_expected=len(SEED_PAIRS[article]), pairs_tp=hits, pairs_predicted=predicted,
            )
        total = score if total is None else total + score
    assert total is not None
    return total


def format_row(name: str, score: SeedScore) -> str:
    """One table row: amount-only and amount+currency recall/precision, spans and pairs."""
    ar, ap = score.ratios(score.amount_tp)
    cr, cp = score.ratios(score.currency_tp)
    spans = "-" if score.span_tp is None else f"{score.span_tp}/{score.expected}"
    pairs = "-" if score.pairs_tp is None else f"{score.pairs_tp}/{score.pairs_expected} ({score.pairs_predicted} found)"
    return (
        f"{name:<18}{score.predicted:>6}{score.amount_tp:>5}/{score.expected:<4}{ar:>6.2f}{ap:>6.2f}"
        f"{score.currency_tp:>6}/{score.expected:<4}{cr:>6.2f}{cp:>6.2f}  {spans:<8}{pairs}"
    )


HEADER = (
    f"{'extractor':<18}{'pred':>6}{'amount':>10}{'rec':>6}{'prec':>6}{'+currency':>11}{'rec':>6}{'prec':>6}  "
    f"{'spans':<8}pairs"
)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: the seed table of moneyparse (and the peers with --peers)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.seeds", description=__doc__.split("\n\n")[0])
    parser.add_argument("--peers", action="store_true", help="also score the peers of the bench extra")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--check", action="store_true", help="exit 1 unless moneyparse finds exactly the 23 amounts and 9 pairs")
    args = parser.parse_args(argv)
    if not shared_path("seeds").is_dir():
        print(f"seed articles not found at {shared_path('seeds')}", file=sys.stderr)
        return 2
    rows: dict[str, SeedScore] = {}
    try:
        rows["moneyparse"] = score_extractor(moneyparse_seed_predictions, with_pairs=True)
    except ImportError as error:
        print(f"cannot run moneyparse: {error}", file=sys.stderr)
        if not args.peers:
            return 2
    if args.peers:
        from benchmarks.peers import PEERS

        for name, extractor in PEERS.items():
            try:
                rows[name] = score_extractor(extractor)
            except ImportError as error:
                print(f"peer {name} not installed: {error}", file=sys.stderr)
    if args.json:
        print(json.dumps({name: _as_dict(score) for name, score in rows.items()}, indent=2))
    else:
        print("Seed articles 000 + 004: 23 amounts, 9 pairs")
        print(HEADER)
        for name, score in rows.items():
            print(format_row(name, score))
    if args.check:
        ours = rows.get("moneyparse")
        perfect = (
            ours is not None
            and ours.currency_tp == ours.expected == ours.predicted == ours.span_tp
            and ours.pairs_tp == ours.pairs_expected == ours.pairs_predicted
        )
        return 0 if perfect else 1
    return 0


def _as_dict(score: SeedScore) -> dict[str, object]:
    ar, ap = score.ratios(score.amount_tp)
    cr, cp = score.ratios(score.currency_tp)
    return {
        "expected": score.expected, "predicted": score.predicted,
        "amount_tp": score.amount_tp, "amount_recall": round(ar, 4), "amount_precision": round(ap, 4),
        "currency_tp": score.currency_tp, "currency_recall": round(cr, 4), "currency_precision": round(cp, 4),
        "span_tp": score.span_tp, "pairs_expected": score.pairs_expected,
        "pairs_tp": score.pairs_tp, "pairs_predicted": score.pairs_predicted,
    }


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
