"""Measure how far one day's rate lies from the Federal Reserve's average of its month.

Usage::

    python scripts/build_fed_margins.py            # (re)write rates/data/fed-margins.tsv
    python scripts/build_fed_margins.py --check    # compare with the file on disk, exit 1 on a difference

For every currency that both embedded histories hold, every ECB fixing ``d`` from 1999 on is
crossed to the dollar (units per US dollar: the currency's euro rate over the dollar's) and set
against the Federal Reserve's average ``m`` of the same month: the deviation of that day is
``max(|d / m - 1|, |m / d - 1|)``, the larger of the two sides so that the margin holds for the
rate and its inverse.  A currency's margin is the 99th percentile of its deviations (nearest rank),
rounded up to four decimals.  The currencies the ECB never fixed take the 99th percentile of the
deviations of all currencies pooled, recorded as ``*``.  The deviations hold two things: how the
rate moved within the month, and how the ECB's fixing at 14:15 in Frankfurt differs from the
noon buying rate in New York; both are what a check against a monthly average must allow for.

``build()`` returns the file's content without touching the disk; the test suite calls it.
"""

from __future__ import annotations

import argparse
import sys
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rates.contexts import CTX  # noqa: E402
from rates.sources.ecb import EMBEDDED, ECBSource  # noqa: E402
from rates.sources.fed import MARGINS, FedMonthlySource  # noqa: E402

#: The share of a currency's days whose deviation the margin covers.
QUANTILE = Decimal("0.99")
_PLACES = Decimal("0.0001")


def _quantile(values: list[Decimal]) -> Decimal:
    """The nearest-rank quantile :data:`QUANTILE` of ``values``."""
    ordered = sorted(values)
    rank = int((QUANTILE * len(ordered)).to_integral_value(rounding=ROUND_CEILING))
    return ordered[max(rank, 1) - 1]


def deviations() -> dict[str, list[Decimal]]:
    """Every currency both histories hold -> the deviation of each of its ECB fixings."""
    ecb = ECBSource(EMBEDDED, full=True).table
    fed = FedMonthlySource(margins={}).table
    usd = ecb.column("USD")
    days = [ecb._date(i) for i in range(len(ecb))]
    one = Decimal(1)
    out: dict[str, list[Decimal]] = {}
    for code in fed.currencies:
        if code == "USD" or code not in ecb.currencies:
            continue
        per_eur = ecb.column(code)
        averages = {day: value for day, value in fed.series("USD", code, days[0], days[-1])}
        found: list[Decimal] = []
        for day, dollar, value in zip(days, usd, per_eur):
            average = averages.get(day.replace(day=1))
            if dollar is None or value is None or average is None:
                continue
            daily = CTX.divide(value, dollar)  # units per US dollar on that day
            ratio = CTX.divide(daily, average)
            found.append(max(abs(ratio - one), abs(CTX.divide(one, ratio) - one)))
        if found:
            out[code] = found
    return out


def build() -> str:
    """The content of ``rates/data/fed-margins.tsv``."""
    measured = deviations()
    pooled = [d for values in measured.values() for d in values]
    lines = [
        "# How far one day's rate may lie from the Federal Reserve's monthly average (relative):",
        "# the 99th percentile of max(|d/m - 1|, |m/d - 1|) over the ECB fixings d of 1999-2026",
        "# against the monthly average m of their month. '*' pools every currency, for those the",
        "# ECB never fixed. Written by scripts/build_fed_margins.py; do not edit by hand.",
        "code\tmargin\tdays",
    ]
    for code in sorted(measured):
        margin = _quantile(measured[code]).quantize(_PLACES, rounding=ROUND_CEILING)
        lines.append(f"{code}\t{margin}\t{len(measured[code])}")
    margin = _quantile(pooled).quantize(_PLACES, rounding=ROUND_CEILING)
    lines.append(f"*\t{margin}\t{len(pooled)}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the margins, or with ``--check`` compare them with the file on disk."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the file on disk differs")
    args = parser.parse_args(argv)
    content = build()
    target = Path(MARGINS)
    if args.check:
        if not target.is_file() or target.read_text(encoding="utf-8") != content:
            print(f"{target} is stale: run python scripts/build_fed_margins.py", file=sys.stderr)
            return 1
        print(f"{target} is up to date")
        return 0
    target.write_text(content, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
