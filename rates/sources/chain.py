"""Several sources asked in order: the first that has the rate answers.

The default source of the package is such a chain (:mod:`rates.sources.bundled`): the ECB's
daily fixings, then the Federal Reserve's.  A rate is never assembled from two sources: each
answer comes whole from one of them, and says which (``Rate.source``).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from decimal import Decimal

from rates.errors import RateNotFoundError, UnknownCurrencyError
from rates.results import Rate
from rates.sources.base import Source

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.history import Policy
    from rates.listing import SourceCoverage

__all__ = ["ChainSource", "Member"]

#: A member of a chain: a source, or a function giving one (``None``: not available now), called
#: each time the chain reaches it, so that a source loads only when a request needs it.
Member = Source | Callable[[], Source | None]


def _distance(error: RateNotFoundError) -> int:
    """How many days the date asked for lies outside the history the error names (0: inside)."""
    span = error.available
    if error.on is None or span is None:
        return 0
    if error.on < span[0]:
        return (span[0] - error.on).days
    if error.on > span[1]:
        return (error.on - span[1]).days
    return 0


class ChainSource(Source):
    """``ChainSource(first, second, ...)``: each request goes to the members in order.

    A member that does not carry a currency (:class:`~rates.UnknownCurrencyError`) or has no
    fixing for the date (:class:`~rates.RateNotFoundError`) passes the request on; any other
    error (a corrupt file) is raised at once.  When no member answers, the error that says most
    is raised: a missing fixing inside a member's history before one outside it, the history
    nearest to the date first.
    """

    def __init__(self, *members: Member, name: str | None = None, unavailable: str | None = None) -> None:
        """``unavailable`` is the reason given when no member is available now."""
        if not members:
            raise TypeError("a chain needs at least one source")
        self._members = members
        if name is None:
            name = "+".join(m.name for m in members if isinstance(m, Source)) or "chain"
        self.name = name
        self.unavailable = unavailable or "none of its sources is available"

    def members(self) -> Iterator[Source]:
        """The members available now, in order (functions are called as they are reached)."""
        for member in self._members:
            source = member if isinstance(member, Source) else member()
            if source is not None:
                yield source

    def lookup(self, base: str, quote: str, on: _dt.date | None, policy: Policy | str) -> Rate:
        """See :meth:`Source.lookup`: the first member's answer."""
        errors: list[LookupError] = []
        for source in self.members():
            try:
                return source.lookup(base, quote, on, policy)
            except (UnknownCurrencyError, RateNotFoundError) as err:
                errors.append(err)
        raise self._best(errors, base, quote, on)

    def _best(self, errors: list[LookupError], base: str, quote: str, on: _dt.date | None) -> LookupError:
        if not errors:
            return RateNotFoundError(quote, on, None, self.name, self.unavailable)
        missing = [e for e in errors if isinstance(e, RateNotFoundError)]
        if missing:
            return min(missing, key=_distance)  # the first of the nearest
        unknown = [e for e in errors if isinstance(e, UnknownCurrencyError)]
        codes = {e.code for e in unknown}
        if len(codes) == 1:
            first = unknown[0]
            if first.reason == "not an ISO 4217 currency code" or len(unknown) == 1:
                return first
            return UnknownCurrencyError(first.code, self.name, "no rate source carries it")
        return UnknownCurrencyError(
            quote, self.name, f"no single rate source carries both {base!r} and {quote!r}"
        )

    def series(self, base: str, quote: str, start: _dt.date, end: _dt.date) -> list[tuple[_dt.date, Decimal]]:
        """See :meth:`Source.series`: each member fills the part of the period no earlier one covers.

        A member covers the days from the first to the last of its history of the couple
        (:meth:`Source.span`; when it cannot say, from its first to its last point in the period).
        A later member's point is left out when any day it stands for (:meth:`Source.extent`: a
        monthly average stands for its whole month) is covered, so that the ECB's fixings of a
        month are never mixed with the average of the same month.
        """
        points: list[tuple[_dt.date, Decimal]] = []
        covered: list[tuple[_dt.date, _dt.date]] = []
        errors: list[LookupError] = []
        for source in self.members():
            try:
                found = source.series(base, quote, start, end)
            except (UnknownCurrencyError, RateNotFoundError) as err:
                errors.append(err)
                continue
            extent = source.extent
            for point in found:
                first, last = extent(point[0])
                if not any(a <= last and first <= b for a, b in covered):
                    points.append(point)
            span = source.span(base, quote)
            if span is None and found:
                span = (found[0][0], found[-1][0])
            if span is not None:
                covered.append(span)
        if not points and errors and len(errors) == len(list(self.members())):
            raise self._best(errors, base, quote, start)
        points.sort(key=lambda p: p[0])
        return points

    def currencies(self) -> tuple[str, ...]:
        """Every currency some member carries, in the order the members name them."""
        codes: dict[str, None] = {}
        for source in self.members():
            codes.update(dict.fromkeys(source.currencies()))
        return tuple(codes)

    def coverage(self) -> tuple[SourceCoverage, ...]:
        """What each member available now holds, in order."""
        return tuple(entry for source in self.members() for entry in source.coverage())

    def __repr__(self) -> str:
        return f"<ChainSource {self.name!r}>"
