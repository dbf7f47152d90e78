"""The interface every rate source answers, and the source backed by one dated table.

This module sits below the concrete sources (``ecb``, ``csvfile``, ``text``), which build on it;
:func:`rates.sources.resolve`, in the package, picks among them.
"""

from __future__ import annotations

import abc
import datetime as _dt
from decimal import Decimal

from rates.results import Rate

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.history import Policy, Table
    from rates.listing import SourceCoverage

__all__ = ["Source", "TableSource", "warn_unusable_cache"]


class Source(abc.ABC):
    """The interface of a rate source; ``name`` is what a :class:`~rates.Rate` records."""

    name: str = "source"

    @abc.abstractmethod
    def lookup(self, base: str, quote: str, on: _dt.date | None, policy: Policy | str) -> Rate:
        """The ``quote`` per 1 ``base`` rate for ``on`` under ``policy`` (normalized codes).

        ``policy`` has been checked: a :class:`~rates.Policy` or its string, which compare equal.
        """

    @abc.abstractmethod
    def series(self, base: str, quote: str, start: _dt.date, end: _dt.date) -> list[tuple[_dt.date, Decimal]]:
        """Every ``(fixing date, quote per base)`` from ``start`` to ``end`` inclusive."""

    @abc.abstractmethod
    def currencies(self) -> tuple[str, ...]:
        """The codes this source can convert between."""

    def span(self, base: str, quote: str) -> tuple[_dt.date, _dt.date] | None:
        """The first and last days this source has rates of the couple for (``None``: unknown).

        A chain (:class:`~rates.ChainSource`) leaves to later members only the days outside it.
        """
        return None

    def extent(self, day: _dt.date) -> tuple[_dt.date, _dt.date]:
        """The days a point of :meth:`series` dated ``day`` stands for: that day alone, here."""
        return day, day

    def coverage(self) -> tuple[SourceCoverage, ...]:
        """What the source holds, one entry per table it reads (here: its currencies, no dates)."""
        from rates.listing import CurrencyCoverage, SourceCoverage
        from rates.results import RateKind

        codes = tuple(CurrencyCoverage(code, None, None) for code in self.currencies())
        return (SourceCoverage(self.name, RateKind.IMPLIED, "", None, codes),)


class TableSource(Source):
    """A source backed by one :class:`rates.history.Table`."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.name = table.name

    def lookup(self, base: str, quote: str, on: _dt.date | None, policy: Policy | str) -> Rate:
        """See :meth:`Source.lookup`."""
        return self.table.lookup(base, quote, on, policy)

    def series(self, base: str, quote: str, start: _dt.date, end: _dt.date) -> list[tuple[_dt.date, Decimal]]:
        """See :meth:`Source.series`."""
        return self.table.series(base, quote, start, end)

    def currencies(self) -> tuple[str, ...]:
        """See :meth:`Source.currencies`."""
        return self.table.currencies

    def bounds(self, code: str) -> tuple[_dt.date, _dt.date] | None:
        """First and last fixing dates of ``code``."""
        return self.table.bounds(code)

    def coverage(self) -> tuple[SourceCoverage, ...]:
        """See :meth:`Source.coverage`: every currency with its first and last fixing date.

        The base of the table is 1 on every row: it is given the table's first and last date.
        A currency without any fixing is left out.
        """
        from rates.listing import CurrencyCoverage, SourceCoverage

        table = self.table
        found = []
        for code in table.currencies:
            span = table.bounds(code)
            if span is not None:
                found.append(CurrencyCoverage(code, span[0], span[1]))
        return (SourceCoverage(self.name, table.kind, getattr(self, "origin", "file"), table.path, tuple(found)),)

    def span(self, base: str, quote: str) -> tuple[_dt.date, _dt.date] | None:
        """See :meth:`Source.span`: where the histories of both currencies overlap."""
        table = self.table
        first, last = table.first, table.last
        for code in (base, quote):
            if code == table.base:
                continue
            found = table.bounds(code)
            if found is None:
                return None
            first, last = max(first, found[0]), min(last, found[1])
        return (first, last) if first <= last else None

    def __repr__(self) -> str:
        t = self.table
        return f"<{type(self).__name__} {t.path!r} {t.first}..{t.last}>"


def warn_unusable_cache(path: str, err: BaseException, command: str) -> None:
    """Warn with a :class:`~rates.RateCacheWarning` that the downloaded file ``path`` is unusable.

    ``err`` says what is wrong (a :class:`~rates.RateDataError` its line and value, an
    ``OSError`` its reason); ``command`` is the command line that downloads the file again.
    """
    import warnings

    from rates.errors import RateCacheWarning, RateDataError

    if isinstance(err, RateDataError):
        reason = err.reason if err.line is None else f"line {err.line}: {err.reason}"
        if err.value is not None and err.line is not None:
            reason += f": {err.value!r}"
    elif isinstance(err, OSError):
        reason = err.strerror or str(err)
    else:
        reason = str(err)
    warnings.warn(RateCacheWarning(path, reason, command), stacklevel=4)
