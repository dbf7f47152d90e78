"""Where rates come from: the ECB history (embedded or refreshed), a user CSV, a text's own rates.

Every source answers the same three questions, so that :func:`rates.convert`, :func:`rates.average`
and :func:`rates.check` work on any of them (``source=...``).
"""

from __future__ import annotations

import abc
import datetime as _dt
import os
from decimal import Decimal

from rates.results import Rate

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.history import Table

__all__ = ["Source", "TableSource", "resolve"]


class Source(abc.ABC):
    """The interface of a rate source; ``name`` is what a :class:`~rates.Rate` records."""

    name: str = "source"

    @abc.abstractmethod
    def lookup(self, base: str, quote: str, on: _dt.date | None, policy: str) -> Rate:
        """The ``quote`` per 1 ``base`` rate for ``on`` under ``policy`` (normalized codes)."""

    @abc.abstractmethod
    def series(self, base: str, quote: str, start: _dt.date, end: _dt.date) -> list[tuple[_dt.date, Decimal]]:
        """Every ``(fixing date, quote per base)`` from ``start`` to ``end`` inclusive."""

    @abc.abstractmethod
    def currencies(self) -> tuple[str, ...]:
        """The codes this source can convert between."""


class TableSource(Source):
    """A source backed by one :class:`rates.history.Table`."""

    def __init__(self, table: "Table") -> None:
        self.table = table
        self.name = table.name

    def lookup(self, base: str, quote: str, on: _dt.date | None, policy: str) -> Rate:
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

    def __repr__(self) -> str:
        t = self.table
        return f"<{type(self).__name__} {t.path!r} {t.first}..{t.last}>"


def resolve(source: object) -> Source:
    """The :class:`Source` meant by ``source``: ``None`` is the ECB history, a path a CSV file."""
    if source is None:
        from rates.sources.ecb import default_source

        return default_source()
    if isinstance(source, Source):
        return source
    if isinstance(source, (str, os.PathLike)):
        from rates.sources.csvfile import CSVSource

        return CSVSource(source)
    raise TypeError(f"not a rate source: {source!r}")
