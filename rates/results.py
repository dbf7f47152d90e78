"""Result types of :mod:`rates`: frozen, slotted records that say what was used to get them.

They depend on nothing of the package but its decimal contexts.
"""

from __future__ import annotations

import datetime as _dt
import enum
from dataclasses import dataclass
from decimal import Decimal

from rates.contexts import CTX

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from moneyed import Money

__all__ = ["Average", "ColumnConversion", "Conversion", "Rate", "RateKind"]


class RateKind(enum.StrEnum):
    """How a rate was obtained; its value is how a person reads it."""

    DAILY = "daily fixing"  # the reference rate of one day (the ECB's, the Fed's noon buying rate)
    MONTHLY_AVERAGE = "monthly average"  # the average of a month's daily rates
    FIXED_EURO = "fixed euro rate"  # a legacy currency through its irrevocable rate to the euro
    USER = "your file"  # a rate file the caller gave
    IMPLIED = "implied by the text"  # the rate a text's own conversions imply


_ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Rate:
    """``value`` units of ``quote`` per 1 ``base``, from the fixing of ``date`` in ``source``.

    ``requested`` is the date that was asked for (``None``: the latest fixing); ``date`` the
    fixing actually used (a Saturday asks for Saturday and uses Friday's fixing).  For the rates
    implied by a text ``date`` is the text's publication date, or ``None`` when unknown.
    ``kind`` says how the rate was obtained, and ``margin`` how far (relative) the rate of any
    one day it stands for may lie from ``value``: 0 for a daily fixing, more for an average.
    """

    base: str
    quote: str
    value: Decimal
    date: _dt.date | None
    source: str
    requested: _dt.date | None = None
    kind: RateKind = RateKind.DAILY
    margin: Decimal = _ZERO

    def inverse(self) -> Rate:
        """The same fixing seen from the other side: ``base`` per 1 ``quote``."""
        return Rate(
            self.quote, self.base, CTX.divide(Decimal(1), self.value), self.date, self.source, self.requested,
            self.kind, self.margin,
        )


@dataclass(frozen=True, slots=True)
class Conversion:
    """``original_amount`` of ``rate.base`` converted: ``amount`` of ``rate.quote`` at ``rate``.

    ``amount`` is ``original_amount * rate.value`` in the current decimal context (28 significant
    digits by default); it is not rounded to minor units (round only to show).  The currencies
    are the rate's own (``currency`` is ``rate.quote``, ``original_currency`` is ``rate.base``), so
    no field can disagree with the rate used.
    """

    amount: Decimal
    rate: Rate
    original_amount: Decimal

    @property
    def currency(self) -> str:
        """The currency converted to (``rate.quote``)."""
        return self.rate.quote

    @property
    def original_currency(self) -> str:
        """The currency converted from (``rate.base``)."""
        return self.rate.base

    @property
    def money(self) -> Money:
        """The converted amount as a py-moneyed ``Money``."""
        from moneyed import Money

        return Money(self.amount, self.rate.quote)

    @property
    def original_money(self) -> Money:
        """The amount converted, as a py-moneyed ``Money``."""
        from moneyed import Money

        return Money(self.original_amount, self.rate.base)


@dataclass(frozen=True, slots=True)
class ColumnConversion:
    """A whole column converted to ``currency``; the tuples are aligned with the input rows.

    ``amounts[i] = input[i] * rates[i]``, computed like :class:`Conversion`.  An entry is
    ``None`` only when ``errors="none"`` was asked and row ``i`` had no rate.
    """

    amounts: tuple[Decimal | None, ...]
    currency: str
    rates: tuple[Decimal | None, ...]
    fixing_dates: tuple[_dt.date | None, ...]
    distinct_rates: int

    def __len__(self) -> int:
        return len(self.amounts)


@dataclass(frozen=True, slots=True)
class Average:
    """The mean of the daily ``quote`` per ``base`` fixings from ``start`` to ``end`` (inclusive).

    ``count`` fixings were averaged, the first on ``first`` and the last on ``last``.
    """

    base: str
    quote: str
    value: Decimal
    count: int
    first: _dt.date
    last: _dt.date
    start: _dt.date
    end: _dt.date
    source: str

