"""The rates a text implies: convert every amount of an article at the article's own rate.

Each currency couple the text quotes gets one rate: the point estimate of its pair when it
quotes one; when it quotes several whose intervals share a bounded common interval, the middle
of that interval (a rate every quote agrees with); otherwise the median of the point estimates.
A couple the text does not quote is crossed through one currency it quotes both against
(USD/CNY and GBP/CNY give USD/GBP); anything else raises :class:`~rates.RateNotFoundError`.
The date of every rate is the text's publication date (``published``, else its dateline, else
``None``); the date asked for and the policy do not matter: a text has one rate per couple.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal

from rates.contexts import CTX
from rates.dates import coerce_date, dateline
from rates.errors import RateNotFoundError, UnknownCurrencyError
from rates.history import Policy
from rates.intervals import ImpliedRate, common_interval, implied_by_couple
from rates.results import Rate, RateKind
from rates.sources.base import Source

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.quoted import QuotedPair

__all__ = ["TextSource"]


def _one_rate(members: list[ImpliedRate]) -> Decimal:
    if len(members) == 1:
        return members[0].value
    common = common_interval(members)
    if common is not None and common[1] is not None:
        return CTX.divide(CTX.add(common[0], common[1]), Decimal(2))
    values = sorted(m.value for m in members)
    mid = len(values) // 2
    if len(values) % 2:
        return values[mid]
    return CTX.divide(CTX.add(values[mid - 1], values[mid]), Decimal(2))


class TextSource(Source):
    """``TextSource(article)`` or ``TextSource(pairs=[...])``: the rates the text itself uses."""

    def __init__(
        self,
        text: str | None = None,
        *,
        pairs: Iterable[QuotedPair] | None = None,
        published: _dt.date | str | None = None,
        assume: dict[str, str] | None = None,
        name: str = "text",
    ) -> None:
        if pairs is None:
            if text is None:
                raise TypeError("TextSource needs a text or pairs")
            from moneyparse import pairs as find_pairs  # the declared way back to the extractor

            pairs = find_pairs(text, assume=assume)
        day = coerce_date(published)
        if day is None and text is not None:
            day = dateline(text)
        self.name = name
        self.published = day
        _, groups = implied_by_couple(pairs)
        self.implied: dict[tuple[str, str], tuple[ImpliedRate, ...]] = {k: tuple(v) for k, v in groups.items()}
        self._rates: dict[tuple[str, str], Decimal] = {k: _one_rate(v) for k, v in groups.items()}
        codes: list[str] = []
        for base, quote in self._rates:
            for code in (base, quote):
                if code not in codes:
                    codes.append(code)
        self._codes = tuple(codes)

    def currencies(self) -> tuple[str, ...]:
        """Every currency the text quotes in a pair."""
        return self._codes

    @property
    def rates(self) -> dict[tuple[str, str], Rate]:
        """One :class:`~rates.Rate` per quoted couple, in market order."""
        return {k: Rate(k[0], k[1], v, self.published, self.name, None, RateKind.IMPLIED) for k, v in self._rates.items()}

    def _direct(self, base: str, quote: str) -> Decimal | None:
        value = self._rates.get((base, quote))
        if value is not None:
            return value
        inverse = self._rates.get((quote, base))
        if inverse is not None:
            return CTX.divide(Decimal(1), inverse)
        return None

    def lookup(self, base: str, quote: str, on: _dt.date | None, policy: Policy | str) -> Rate:
        """The text's rate for ``base``/``quote`` (``on`` and ``policy`` only recorded)."""
        for code in (base, quote):
            if code not in self._codes:
                raise UnknownCurrencyError(code, self.name, "the text quotes no conversion in it")
        if base == quote:
            return Rate(base, quote, Decimal(1), self.published, self.name, on, RateKind.IMPLIED)
        value = self._direct(base, quote)
        if value is None:
            for middle in self._codes:
                first = self._direct(base, middle) if middle not in (base, quote) else None
                second = self._direct(middle, quote) if first is not None else None
                if first is not None and second is not None:
                    value = CTX.multiply(first, second)
                    break
        if value is None:
            raise RateNotFoundError(quote, on, None, self.name, f"the text quotes no rate from {base!r} to")
        return Rate(base, quote, value, self.published, self.name, on, RateKind.IMPLIED)

    def series(self, base: str, quote: str, start: _dt.date, end: _dt.date) -> list[tuple[_dt.date, Decimal]]:
        """The text's rate as one point on its publication date, if that date lies in the period."""
        if self.published is None or not (start <= self.published <= end):
            return []
        return [(self.published, self.lookup(base, quote, self.published, Policy.PREVIOUS).value)]

    def __repr__(self) -> str:
        return f"<TextSource {self.published} {sorted(self._rates)}>"
