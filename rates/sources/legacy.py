"""The currencies the euro replaced, converted through it at their irrevocable conversion rates.

When a country adopted the euro, the Council of the European Union fixed, once and for all, how
many units of its currency make one euro (1 EUR = 1.95583 DEM).  From that day on, an amount in
the old currency converts to anything through the euro: 100 DEM is exactly 100 / 1.95583 EUR
on every date from 1999-01-01, and in US dollars it is that many euros at the euro's rate of the
day.  Before that day, the old currency had rates of its own, which come from the history the
wrapped source holds (the ECB's from 1999, the Federal Reserve's monthly averages from 1971).

:class:`EuroLegacySource` wraps any source with this rule.  A rate it builds says so: its
``kind`` is :attr:`RateKind.FIXED_EURO <rates.RateKind.FIXED_EURO>`.  Between two fixed
currencies (or one and the euro) no market rate is involved: the rate is exact to the 28 digits
of the rates context, its ``source`` is ``"euro"``, its ``margin`` 0, and its ``date`` the day
asked for (with ``on=None``, the day the later of the two rates took effect).  Otherwise the
euro's rate of the day comes from the wrapped source, and the rate keeps that fixing's ``date``,
``source`` and ``margin``.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal

from rates.contexts import CTX
from rates.errors import RatesError
from rates.results import Rate, RateKind
from rates.sources.base import Source

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.history import Policy
    from rates.listing import SourceCoverage

__all__ = ["EURO_LEGACY", "EuroLegacySource", "LegacyRate", "legacy_rate"]

D = _dt.date


class LegacyRate:
    """One currency the euro replaced: ``units`` of it per 1 EUR from ``since`` on."""

    __slots__ = ("code", "units", "since", "country")

    def __init__(self, code: str, units: str, since: _dt.date, country: str) -> None:
        self.code = code
        self.units = Decimal(units)
        self.since = since
        self.country = country

    def __repr__(self) -> str:
        return f"<LegacyRate 1 EUR = {self.units} {self.code} from {self.since.isoformat()}>"


#: The irrevocable conversion rates, as the Council fixed them (six significant digits), and the
#: first day each currency was part of the euro.  Luxembourg's franc had the Belgian franc's rate.
EURO_LEGACY: dict[str, LegacyRate] = {
    row.code: row
    for row in (
        LegacyRate("ATS", "13.7603", D(1999, 1, 1), "Austria"),
        LegacyRate("BEF", "40.3399", D(1999, 1, 1), "Belgium"),
        LegacyRate("DEM", "1.95583", D(1999, 1, 1), "Germany"),
        LegacyRate("ESP", "166.386", D(1999, 1, 1), "Spain"),
        LegacyRate("FIM", "5.94573", D(1999, 1, 1), "Finland"),
        LegacyRate("FRF", "6.55957", D(1999, 1, 1), "France"),
        LegacyRate("IEP", "0.787564", D(1999, 1, 1), "Ireland"),
        LegacyRate("ITL", "1936.27", D(1999, 1, 1), "Italy"),
        LegacyRate("LUF", "40.3399", D(1999, 1, 1), "Luxembourg"),
        LegacyRate("NLG", "2.20371", D(1999, 1, 1), "Netherlands"),
        LegacyRate("PTE", "200.482", D(1999, 1, 1), "Portugal"),
        LegacyRate("GRD", "340.750", D(2001, 1, 1), "Greece"),
        LegacyRate("SIT", "239.640", D(2007, 1, 1), "Slovenia"),
        LegacyRate("CYP", "0.585274", D(2008, 1, 1), "Cyprus"),
        LegacyRate("MTL", "0.429300", D(2008, 1, 1), "Malta"),
        LegacyRate("SKK", "30.1260", D(2009, 1, 1), "Slovakia"),
        LegacyRate("EEK", "15.6466", D(2011, 1, 1), "Estonia"),
        LegacyRate("LVL", "0.702804", D(2014, 1, 1), "Latvia"),
        LegacyRate("LTL", "3.45280", D(2015, 1, 1), "Lithuania"),
        LegacyRate("HRK", "7.53450", D(2023, 1, 1), "Croatia"),
        LegacyRate("BGN", "1.95583", D(2026, 1, 1), "Bulgaria"),  # the lev's peg, kept as its rate
    )
}

_ONE = Decimal(1)
_DAY = _dt.timedelta(days=1)


def legacy_rate(code: str, on: _dt.date | None) -> LegacyRate | None:
    """The fixed euro rate of ``code`` if it holds on ``on`` (``None``: today, when all hold)."""
    row = EURO_LEGACY.get(code)
    if row is None or (on is not None and on < row.since):
        return None
    return row


def _weekdays(start: _dt.date, end: _dt.date) -> list[_dt.date]:
    days = []
    day = start
    while day <= end:
        if day.weekday() < 5:
            days.append(day)
        day += _DAY
    return days


class EuroLegacySource(Source):
    """``inner`` with the currencies the euro replaced converted through it from their day on.

    Any request that involves no replaced currency on a date it was replaced goes to ``inner``
    unchanged, so the wrapper costs one dictionary lookup per currency.
    """

    def __init__(self, inner: Source, *, name: str | None = None) -> None:
        self.inner = inner
        self.name = inner.name if name is None else name

    def lookup(self, base: str, quote: str, on: _dt.date | None, policy: Policy | str) -> Rate:
        """See :meth:`Source.lookup`; a replaced currency goes through the euro."""
        fixed_base = legacy_rate(base, on)
        fixed_quote = legacy_rate(quote, on)
        if fixed_base is None and fixed_quote is None:
            return self.inner.lookup(base, quote, on, policy)
        # units of base per 1 EUR, units of quote per 1 EUR, as far as the fixed rates say
        per_eur_base = _ONE if base == "EUR" else (None if fixed_base is None else fixed_base.units)
        per_eur_quote = _ONE if quote == "EUR" else (None if fixed_quote is None else fixed_quote.units)
        if per_eur_base is not None and per_eur_quote is not None:
            if on is None:
                since = [row.since for row in (fixed_base, fixed_quote) if row is not None]
                day = max(since)
            else:
                day = on
            value = _ONE if base == quote else CTX.divide(per_eur_quote, per_eur_base)
            return Rate(base, quote, value, day, "euro", on, RateKind.FIXED_EURO)
        if per_eur_base is not None:
            market = self.inner.lookup("EUR", quote, on, policy)  # quote per 1 EUR
            value = CTX.divide(market.value, per_eur_base)
        else:
            market = self.inner.lookup(base, "EUR", on, policy)  # EUR per 1 base
            value = CTX.multiply(market.value, per_eur_quote)  # type: ignore[arg-type]
        return Rate(base, quote, value, market.date, market.source, on, RateKind.FIXED_EURO, market.margin)

    def series(self, base: str, quote: str, start: _dt.date, end: _dt.date) -> list[tuple[_dt.date, Decimal]]:
        """See :meth:`Source.series`.

        The period is cut where a replaced currency joined the euro: before, the wrapped source's
        own rates of it; after, the euro's rates scaled by the fixed one.  Between two fixed
        currencies the rate is one number, given on every weekday.
        """
        cuts = sorted({row.since for code in (base, quote) if (row := EURO_LEGACY.get(code)) is not None
                       and start < row.since <= end})
        points: list[tuple[_dt.date, Decimal]] = []
        bounds = [start, *cuts, end + _DAY]
        failed: RatesError | None = None
        for first, stop in zip(bounds, bounds[1:]):
            try:
                points.extend(self._segment(base, quote, first, stop - _DAY))
            except RatesError as err:
                # the wrapped source may not hold a currency before it joined: leave that part out
                if len(bounds) == 2:
                    raise
                failed = failed or err
        if not points and failed is not None:
            raise failed
        return points

    def _segment(self, base: str, quote: str, first: _dt.date, last: _dt.date) -> list[tuple[_dt.date, Decimal]]:
        """The series of a period in which no currency of the couple joins the euro."""
        fixed_base = legacy_rate(base, first)
        fixed_quote = legacy_rate(quote, first)
        if fixed_base is None and fixed_quote is None:
            return self.inner.series(base, quote, first, last)
        per_eur_base = _ONE if base == "EUR" else (None if fixed_base is None else fixed_base.units)
        per_eur_quote = _ONE if quote == "EUR" else (None if fixed_quote is None else fixed_quote.units)
        if per_eur_base is not None and per_eur_quote is not None:
            value = CTX.divide(per_eur_quote, per_eur_base)
            return [(day, value) for day in _weekdays(first, last)]
        if per_eur_base is not None:
            return [(day, CTX.divide(v, per_eur_base)) for day, v in self.inner.series("EUR", quote, first, last)]
        return [(day, CTX.multiply(v, per_eur_quote)) for day, v in self.inner.series(base, "EUR", first, last)]  # type: ignore[arg-type]

    def currencies(self) -> tuple[str, ...]:
        """The wrapped source's currencies, the euro and every currency it replaced."""
        codes = list(self.inner.currencies())
        for code in ("EUR", *EURO_LEGACY):
            if code not in codes:
                codes.append(code)
        return tuple(codes)

    def coverage(self) -> tuple[SourceCoverage, ...]:
        """What the wrapped source holds, then the fixed rates, each from the day it took effect."""
        from rates.listing import CurrencyCoverage, SourceCoverage

        fixed = tuple(CurrencyCoverage(row.code, row.since, None) for row in EURO_LEGACY.values())
        return (*self.inner.coverage(), SourceCoverage("euro", RateKind.FIXED_EURO, "built in", None, fixed))

    def __repr__(self) -> str:
        return f"<EuroLegacySource {self.inner!r}>"
