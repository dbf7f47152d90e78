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

__all__ = ["Source", "TableSource"]


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

    def __repr__(self) -> str:
        t = self.table
        return f"<{type(self).__name__} {t.path!r} {t.first}..{t.last}>"
