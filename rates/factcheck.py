"""Check the conversions a text quotes against reference rates.

For each quoted pair (``Rmb72.5bn (£8bn)``) the implied rate and its interval
(:func:`rates.implied`) are compared with the reference rate of the publication date; for each
currency couple the intervals of all its pairs are intersected, and the reference history is
searched for the days whose fixing lies in that common interval: when the writer's rate was
current.

The search runs from ``since`` (default: 1 January of the year before publication, so between
13 and 24 months of history) to the publication date.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from rates.contexts import CTX, DOWN, UP
from rates.dates import DATELINE_WINDOW, coerce_date, dateline  # noqa: F401 (DATELINE_WINDOW: importable here too)
from rates.errors import PublicationDateError, RatesError
from rates.intervals import ImpliedRate, common_interval, implied_by_couple
from rates.history import Policy
from rates.results import Rate
from rates.sources import Source, resolve

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.quoted import QuotedPair

__all__ = [
    "DEFAULT_TOLERANCE",
    "PairCheck",
    "CoupleCheck",
    "CheckReport",
    "check",
    "check_pairs",
    "dateline",
    "default_since",
    "common_interval",
]

#: How far (relative) the reference may lie outside the implied interval and still be consistent.
DEFAULT_TOLERANCE = Decimal("0.01")

@dataclass(frozen=True, slots=True)
class PairCheck:
    """One quoted conversion checked against the reference.

    ``deviation`` is ``implied.value / reference.value - 1``; ``consistent`` says whether the
    reference lies in the implied interval widened by the tolerance.  Both are ``None`` when the
    reference has no rate for the couple (``note`` says why).
    """

    first: object
    second: object
    implied: ImpliedRate
    reference: Rate | None
    deviation: Decimal | None
    consistent: bool | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class CoupleCheck:
    """Every pair of one currency couple, together.

    ``fits`` says whether one rate fits every pair; ``low``/``high`` is that common interval
    (both ``None`` when none fits; ``high`` alone ``None`` when it is open above).
    ``matching_dates`` lists the runs of consecutive reference fixings that fall in the interval,
    as ``(first, last)`` date ranges searched from ``since`` to ``until``.
    """

    base: str
    quote: str
    count: int
    fits: bool
    low: Decimal | None
    high: Decimal | None
    matching_dates: tuple[tuple[_dt.date, _dt.date], ...]
    since: _dt.date
    until: _dt.date


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What :func:`rates.check` found: one entry per pair, one per currency couple."""

    published: _dt.date
    pairs: tuple[PairCheck, ...]
    couples: tuple[CoupleCheck, ...]
    tolerance: Decimal
    source: str


def default_since(published: _dt.date) -> _dt.date:
    """Where the search for matching fixings starts: 1 January of the year before publication."""
    return _dt.date(published.year - 1, 1, 1)


def _tolerance(value: object) -> Decimal:
    if isinstance(value, float) or isinstance(value, bool):
        raise TypeError(f"tolerance must be exact (Decimal, int or str), not {value!r}")
    try:
        tol = Decimal(value)  # type: ignore[arg-type]
    except (ArithmeticError, TypeError, ValueError):
        raise ValueError(f"not a tolerance: {value!r}") from None
    if not tol.is_finite() or tol < 0 or tol >= 1:
        raise ValueError(f"tolerance must lie in [0, 1): {value!r}")
    return tol


def _runs(points: list[tuple[_dt.date, Decimal]], low: Decimal, high: Decimal | None) -> tuple[tuple[_dt.date, _dt.date], ...]:
    runs: list[tuple[_dt.date, _dt.date]] = []
    start: _dt.date | None = None
    last: _dt.date | None = None
    for day, value in points:
        if low <= value and (high is None or value <= high):
            if start is None:
                start = day
            last = day
        elif start is not None:
            runs.append((start, last))  # type: ignore[arg-type]
            start = None
    if start is not None:
        runs.append((start, last))  # type: ignore[arg-type]
    return tuple(runs)


def check_pairs(
    pairs: Iterable["QuotedPair"],
    published: _dt.date | str,
    *,
    tolerance: Decimal | int | str = DEFAULT_TOLERANCE,
    source: object = None,
    since: _dt.date | str | None = None,
) -> CheckReport:
    """Check already extracted pairs (see :func:`check`); pairs in one currency are left out."""
    day = coerce_date(published)
    if day is None:
        raise PublicationDateError("")
    tol = _tolerance(tolerance)
    src: Source = resolve(source)
    start = coerce_date(since) or default_since(day)
    checks: list[PairCheck] = []
    each, groups = implied_by_couple(pairs)
    for pair, imp in each:
        try:
            ref = src.lookup(imp.base, imp.quote, day, Policy.PREVIOUS)
        except RatesError as err:
            checks.append(PairCheck(pair.first, pair.second, imp, None, None, None, str(err)))
            continue
        deviation = CTX.subtract(CTX.divide(imp.value, ref.value), Decimal(1))
        lo = DOWN.multiply(imp.low, Decimal(1) - tol)
        hi = None if imp.high is None else UP.multiply(imp.high, Decimal(1) + tol)
        consistent = lo <= ref.value and (hi is None or ref.value <= hi)
        checks.append(PairCheck(pair.first, pair.second, imp, ref, deviation, consistent))
    couples: list[CoupleCheck] = []
    for (base, quote), members in groups.items():
        common = common_interval(members)
        if common is None:
            couples.append(CoupleCheck(base, quote, len(members), False, None, None, (), start, day))
            continue
        low, high = common
        try:
            points = src.series(base, quote, start, day)
        except RatesError:
            points = []
        couples.append(CoupleCheck(base, quote, len(members), True, low, high, _runs(points, low, high), start, day))
    return CheckReport(day, tuple(checks), tuple(couples), tol, src.name)


def check(
    text: str,
    *,
    published: _dt.date | str | None = None,
    tolerance: Decimal | int | str = DEFAULT_TOLERANCE,
    source: object = None,
    since: _dt.date | str | None = None,
    assume: dict[str, str] | None = None,
) -> CheckReport:
    """Check every conversion ``text`` quotes against the reference rates of its publication date.

    ``published`` defaults to the text's dateline (:func:`dateline`); with neither,
    :class:`~rates.PublicationDateError` is raised.  The pairs come from
    :func:`moneyparse.pairs` (``assume`` is passed on); their currencies are taken as the
    extractor decided them.  A pair is ``consistent`` when the reference lies in its implied
    interval widened by ``tolerance`` (relative, default 1%) on each side.  ``since`` starts the
    search for matching fixings (default :func:`default_since`).
    """
    if published is None:
        day = dateline(text)
        if day is None:
            raise PublicationDateError(text[:60])
    else:
        day = coerce_date(published)
    from moneyparse import pairs  # the declared way back to the extractor, on first use only

    return check_pairs(pairs(text, assume=assume), day, tolerance=tolerance, source=source, since=since)
