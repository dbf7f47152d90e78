"""How a rate was obtained, in words for people, and the last day its market data speaks for.

>>> import datetime, rates
>>> rates.describe(rates.rate("USD", "CNY", on=datetime.date(2025, 2, 20)))
'ECB daily fixing of 2025-02-20'
>>> rates.describe(rates.rate("DEM", "EUR", on=datetime.date(2001, 6, 1)))
'fixed euro rate (1 EUR = 1.95583 DEM)'
"""

from __future__ import annotations

import datetime as _dt

from rates.results import Rate, RateKind
from rates.sources.legacy import EURO_LEGACY

__all__ = ["SOURCE_LABELS", "as_of", "describe", "market_kind"]

#: What people call the bundled sources, and the kind of rate each holds.
SOURCE_LABELS: dict[str, tuple[str, RateKind]] = {
    "ecb": ("ECB", RateKind.DAILY),
    "fed": ("Federal Reserve", RateKind.DAILY),
    "fed-monthly": ("Federal Reserve", RateKind.MONTHLY_AVERAGE),
}

_FILE_PREFIXES = ("csv:", "zip:")


def _month_end(day: _dt.date) -> _dt.date:
    """The last day of the month of ``day``."""
    following = day.replace(day=28) + _dt.timedelta(days=4)
    return following - _dt.timedelta(days=following.day)


def _market(source: str, kind: RateKind, day: _dt.date | None) -> str:
    """One market rate of ``kind`` from ``source`` on ``day``, in words."""
    label = SOURCE_LABELS.get(source, (source, kind))[0]
    shown = "unknown date" if day is None else day.isoformat()
    if kind is RateKind.MONTHLY_AVERAGE:
        month = "unknown month" if day is None else f"{day.year:04d}-{day.month:02d}"
        return f"monthly average of {month}, {label}"
    if kind is RateKind.USER or source.startswith(_FILE_PREFIXES):
        return f"your file {source.split(':', 1)[-1]}, rate of {shown}"
    if kind is RateKind.IMPLIED:
        return "implied by the text" + ("" if day is None else f" published {shown}")
    return f"{label} daily fixing of {shown}"


def describe(rate: Rate) -> str:
    """How ``rate`` was obtained, for people: source, kind and date.

    ``'ECB daily fixing of 2025-02-20'``, ``'monthly average of 1987-03, Federal Reserve'``,
    ``'fixed euro rate (1 EUR = 1.95583 DEM)'``, ``'fixed euro rate (1 EUR = 1.95583 DEM), with
    the ECB daily fixing of 2001-06-01'``, ``'your file my-rates.csv, rate of 2025-01-02'``.
    """
    if rate.kind is not RateKind.FIXED_EURO:
        return _market(rate.source, rate.kind, rate.date)
    fixed = [EURO_LEGACY[c] for c in (rate.base, rate.quote) if c in EURO_LEGACY]
    if rate.source == "euro":
        units = " = ".join(f"{row.units} {row.code}" for row in fixed)
        plural = "s" if len(fixed) > 1 else ""
        return f"fixed euro rate{plural} (1 EUR = {units})"
    # one replaced currency (the other joined later, or never): the euro's market rate of the day
    row = fixed[0] if len(fixed) == 1 else min(fixed, key=lambda r: r.since)
    leg = market_kind(rate) or RateKind.DAILY
    return f"fixed euro rate (1 EUR = {row.units} {row.code}), with the {_market(rate.source, leg, rate.date)}"


def market_kind(rate: Rate) -> RateKind | None:
    """The kind of the market rate behind ``rate``; ``None`` for a fixed rate between currencies
    the euro replaced (or one and the euro), which involves none.

    It is ``rate.kind``, except for a fixed euro rate crossed with the euro's rate of the day: then
    the kind of that rate (a daily fixing, a monthly average).
    """
    if rate.kind is not RateKind.FIXED_EURO:
        return rate.kind
    if rate.source == "euro":
        return None
    return SOURCE_LABELS.get(rate.source, (rate.source, RateKind.DAILY))[1]


def as_of(rate: Rate) -> _dt.date | None:
    """The last day the market data of ``rate`` speaks for; ``None`` when it has none.

    A daily fixing speaks for its day, a monthly average for the last day of its month; a rate
    between currencies the euro replaced (or one and the euro) is fixed and is never out of date,
    and a text's own rate is of its text.  ``moneyparse`` warns when this day lies more than a
    week before today.
    """
    kind = market_kind(rate)
    if rate.date is None or kind is None or kind is RateKind.IMPLIED:
        return None
    return _month_end(rate.date) if kind is RateKind.MONTHLY_AVERAGE else rate.date
