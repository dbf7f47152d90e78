"""The rate a quoted conversion implies, and the interval its written precision allows.

A figure is rounded to its last written digit: ``£8bn`` stands for any amount in
[7.5bn, 8.5bn], ``Rmb72.5bn`` for [72.45bn, 72.55bn] (half a unit of the last digit either side,
``Mention.precision / 2``).  Hedges change the interval of the amount:

- ``more_than`` / ``at_least``: the figure is a floor, the amount is open upward
  ("more than $53bn" -> [53bn, no bound]);
- ``less_than`` / ``at_most``: the figure is a ceiling, open downward to 0
  ("less than £8bn" -> [0, 8bn]);
- ``approx``: the half-unit margin is multiplied by :data:`APPROX_FACTOR`
  ("about £8bn" -> [7bn, 9bn]);
- a range ("$5-6bn") spans from its low end minus the margin to its high end plus it, and its
  point estimate is the middle.

The rate interval divides the ends crosswise: ``low = quote_low / base_high`` and
``high = quote_high / base_low``, rounded outward.  An amount open upward on the base side makes
the rate open downward (``low = 0``); open upward on the quote side, open upward (``high=None``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from rates.codes import normalize
from rates.contexts import CTX, DOWN, UP
from rates.market import market_order

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.quoted import QuotedAmount, QuotedPair

__all__ = ["APPROX_FACTOR", "ImpliedRate", "amount_interval", "implied", "implied_by_couple", "common_interval"]

#: How much wider than the rounding margin a hedged "about" figure is read.
APPROX_FACTOR = Decimal(2)

@dataclass(frozen=True, slots=True)
class ImpliedRate:
    """The rate a quoted conversion implies, in market order: ``quote`` units per 1 ``base``.

    ``value`` is the point estimate (the ratio of the amounts as written), ``low`` and ``high`` the
    interval the written precision and hedges allow.  ``low`` is ``0`` when nothing bounds the rate
    from below, ``high`` is ``None`` when nothing bounds it from above.  The interval ends are
    rounded outward, so the interval always contains every rate the figures allow.
    """

    base: str
    quote: str
    value: Decimal
    low: Decimal
    high: Decimal | None
    pair: "QuotedPair | None" = None

    def contains(self, value: Decimal) -> bool:
        """True when ``value`` lies in ``[low, high]``."""
        return self.low <= value and (self.high is None or value <= self.high)


_ZERO = Decimal(0)
_TWO = Decimal(2)


def amount_interval(mention: "QuotedAmount", *, approx_factor: Decimal = APPROX_FACTOR) -> tuple[Decimal, Decimal, Decimal | None]:
    """``(point, low, high)`` of the amounts ``mention`` stands for; ``high=None``: no upper bound."""
    lo = mention.amount
    hi = mention.high if mention.high is not None else lo
    point = lo if hi == lo else CTX.divide(CTX.add(lo, hi), _TWO)
    margin = CTX.divide(abs(mention.precision), _TWO)
    qualifier = mention.qualifier
    if qualifier == "approx":
        margin = CTX.multiply(margin, approx_factor)
    low: Decimal = CTX.subtract(lo, margin)
    high: Decimal | None = CTX.add(hi, margin)
    if qualifier in ("more_than", "at_least"):
        low, high = lo, None
    elif qualifier in ("less_than", "at_most"):
        low, high = _ZERO, hi
    if low < 0:
        low = _ZERO
    return point, low, high


def implied(pair: "QuotedPair", *, approx_factor: Decimal = APPROX_FACTOR) -> ImpliedRate:
    """The rate ``pair`` implies, in market order (``quote`` units per 1 ``base``), with its interval.

    The market order is :func:`rates.market_order`: GBP/CNY, USD/CNY, EUR/USD, CNY/JPY.
    Raises ``ValueError`` when both sides are in one currency or the base amount is zero.
    """
    first, second = pair.first, pair.second
    a, b = normalize(first.currency), normalize(second.currency)
    if a == b:
        raise ValueError(f"both sides of {first.text!r} / {second.text!r} are in {a!r}: no rate")
    base, quote = market_order(a, b)
    base_side, quote_side = (first, second) if a == base else (second, first)
    bp, bl, bh = amount_interval(base_side, approx_factor=approx_factor)
    qp, ql, qh = amount_interval(quote_side, approx_factor=approx_factor)
    if bp <= 0 or qp <= 0:
        raise ValueError(f"no rate between {first.text!r} and {second.text!r}: an amount is not positive")
    value = CTX.divide(qp, bp)
    low = _ZERO if bh is None or ql <= 0 else DOWN.divide(ql, bh)
    high = None if qh is None or bl <= 0 else UP.divide(qh, bl)
    return ImpliedRate(base, quote, value, low, high, pair)


def implied_by_couple(
    pairs: "Iterable[QuotedPair]", *, approx_factor: Decimal = APPROX_FACTOR
) -> tuple[list[tuple["QuotedPair", ImpliedRate]], dict[tuple[str, str], list[ImpliedRate]]]:
    """Each pair of two currencies with its implied rate, in order, and the rates grouped by couple.

    A pair quoted twice in one currency implies no rate and is left out.
    """
    each: list[tuple[QuotedPair, ImpliedRate]] = []
    groups: dict[tuple[str, str], list[ImpliedRate]] = {}
    for pair in pairs:
        if pair.first.currency.upper() == pair.second.currency.upper():
            continue
        imp = implied(pair, approx_factor=approx_factor)
        each.append((pair, imp))
        groups.setdefault((imp.base, imp.quote), []).append(imp)
    return each, groups


def common_interval(rates: Iterable[ImpliedRate]) -> tuple[Decimal, Decimal | None] | None:
    """The interval every implied rate allows (``high=None``: open above), or ``None`` when none fits."""
    low = Decimal(0)
    high: Decimal | None = None
    for r in rates:
        low = max(low, r.low)
        if r.high is not None:
            high = r.high if high is None else min(high, r.high)
    if high is not None and low > high:
        return None
    return low, high
