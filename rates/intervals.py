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

The rate of a quoted conversion is read from its figures, each within its rounding: a one-sided
hedge bounds the quantity both figures describe, not the conversion between them.  "more than
R$10,000 (4,187.25 USD)" converts the bound itself, at 2.3882 reais a dollar, and "over US$21bn
(€16.3bn)" means over €16.3bn too; read as an open interval, such a pair could never be checked,
and no quoted conversion of the dev sets meant anything else.  An ``approx`` hedge does widen the
rate's interval: "(about $1.7 billion)" says the conversion itself is rough.

The equivalent (the second figure) is the writer's conversion, and when it is a whole number
ending in two or more zeros it is read as rounded to its last non-zero digit: in "€4,200 (about
US$5,900 or £3,700)" the £3,700 stands for £3,650 to £3,750.  The first figure is the amount
the story reports, often an exact round sum ("£100m ($188m)"), and keeps the precision it is
written with; so does an equivalent with one zero ("Rmb280bn (£31.5bn)": three digits
computed from the other figure) or with decimals ("100.0").

The rate interval divides the ends crosswise: ``low = quote_low / base_high`` and
``high = quote_high / base_low``, rounded outward.

How much of the rounding a rate needs (:func:`rounding_needed`): the interval above is the one of
full rounding.  Taking only a fraction ``f`` of each figure's half-unit margin (the same ``f`` on
both figures) gives a narrower interval, the figures as written at ``f = 0`` and the full interval
at ``f = 1``; the fact-check asks for the smallest ``f`` at which the interval reaches a reference
band.
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

__all__ = [
    "APPROX_FACTOR",
    "ImpliedRate",
    "amount_interval",
    "common_interval",
    "implied",
    "implied_at",
    "implied_by_couple",
    "rounding_needed",
    "rounding_unit",
]

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
    pair: QuotedPair | None = None

    def contains(self, value: Decimal) -> bool:
        """True when ``value`` lies in ``[low, high]``."""
        return self.low <= value and (self.high is None or value <= self.high)


_ZERO = Decimal(0)
_ONE = Decimal(1)
_TWO = Decimal(2)


def amount_interval(mention: QuotedAmount, *, approx_factor: Decimal = APPROX_FACTOR) -> tuple[Decimal, Decimal, Decimal | None]:
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


def implied(pair: QuotedPair, *, approx_factor: Decimal = APPROX_FACTOR) -> ImpliedRate:
    """The rate ``pair`` implies, in market order (``quote`` units per 1 ``base``), with its interval.

    The market order is :func:`rates.market_order`: GBP/CNY, USD/CNY, EUR/USD, CNY/JPY.  The
    interval is the figures' full rounding (a one-sided hedge does not open it; "about" widens
    it).  Raises ``ValueError`` when both sides are in one currency or an amount is zero.
    """
    first, second = pair.first, pair.second
    a, b = normalize(first.currency), normalize(second.currency)
    if a == b:
        raise ValueError(f"both sides of {first.text!r} / {second.text!r} are in {a!r}: no rate")
    base, quote = market_order(a, b)
    base_side, quote_side = (first, second) if a == base else (second, first)
    bp = amount_interval(base_side, approx_factor=approx_factor)[0]
    qp = amount_interval(quote_side, approx_factor=approx_factor)[0]
    if bp <= 0 or qp <= 0:
        raise ValueError(f"no rate between {first.text!r} and {second.text!r}: an amount is not positive")
    low, high = implied_at(pair, _ONE, approx_factor=approx_factor)
    return ImpliedRate(base, quote, CTX.divide(qp, bp), low, high, pair)


def implied_by_couple(
    pairs: Iterable[QuotedPair], *, approx_factor: Decimal = APPROX_FACTOR
) -> tuple[list[tuple[QuotedPair, ImpliedRate]], dict[tuple[str, str], list[ImpliedRate]]]:
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


# -- how much rounding a rate needs ----------------------------------------------------------


def rounding_unit(mention: QuotedAmount) -> Decimal:
    """The place value the equivalent ``mention`` is read as rounded to, in a quoted conversion.

    ``mention.precision`` (the last written digit), except for a whole number ending in two or
    more zeros, read as rounded to its last non-zero digit (``£3,700``: 100; ``Rmb280bn``: 1bn).
    A range keeps its precision.  The scale of the mention (``getattr(mention, "scale", 0)``)
    tells a whole number from one written with decimals.  Only the second figure of a pair is
    read so (see the module's docstring).
    """
    unit = abs(mention.precision)
    if mention.high is not None or not unit or not mention.amount:
        return unit
    if unit.scaleb(-int(getattr(mention, "scale", 0) or 0)) < 1:
        return unit  # decimals written: every digit counts
    digits = CTX.divide(mention.amount, unit)
    if digits != digits.to_integral_value():
        return unit
    number, zeros = int(digits), 0
    while number % 10 == 0:
        number //= 10
        zeros += 1
    return unit.scaleb(zeros) if zeros >= 2 else unit


def _bounds(mention: QuotedAmount, approx_factor: Decimal, equivalent: bool) -> tuple[Decimal, Decimal, Decimal]:
    """``(low, high, margin)`` of the figure ``mention`` writes: at the fraction ``f`` it stands for
    ``[low - f * margin, high + f * margin]``.

    ``margin`` is half a unit of the last written digit (of the :func:`rounding_unit` for the
    ``equivalent``, the second figure of the pair), doubled for ``approx``.  A one-sided
    hedge is left out: in a quoted conversion it bounds the quantity, not the conversion (see the
    module's docstring).
    """
    lo = mention.amount
    hi = mention.high if mention.high is not None else lo
    margin = CTX.divide(rounding_unit(mention) if equivalent else abs(mention.precision), _TWO)
    if mention.qualifier == "approx":
        margin = CTX.multiply(margin, approx_factor)
    return lo, hi, margin


def _sides(pair: QuotedPair) -> tuple[QuotedAmount, QuotedAmount]:
    """``(base side, quote side)`` of ``pair`` in market order."""
    first, second = pair.first, pair.second
    a, b = normalize(first.currency), normalize(second.currency)
    if a == b:
        raise ValueError(f"both sides of {first.text!r} / {second.text!r} are in {a!r}: no rate")
    base, _ = market_order(a, b)
    return (first, second) if a == base else (second, first)


def implied_at(pair: QuotedPair, fraction: Decimal, *, approx_factor: Decimal = APPROX_FACTOR) -> tuple[Decimal, Decimal | None]:
    """The rate interval ``(low, high)`` of ``pair`` (market order) with ``fraction`` of each rounding margin.

    ``fraction=1`` gives the interval of :func:`implied`; ``fraction=0`` the figures as written
    (a point for two plain figures).  ``high=None``: open above.
    """
    base_side, quote_side = _sides(pair)
    second = pair.second
    bl, bh, bm = _bounds(base_side, approx_factor, base_side is second)
    ql, qh, qm = _bounds(quote_side, approx_factor, quote_side is second)
    b_low = max(_ZERO, CTX.subtract(bl, CTX.multiply(fraction, bm)))
    q_low = max(_ZERO, CTX.subtract(ql, CTX.multiply(fraction, qm)))
    b_high = CTX.add(bh, CTX.multiply(fraction, bm))
    q_high = CTX.add(qh, CTX.multiply(fraction, qm))
    low = _ZERO if b_high <= 0 else DOWN.divide(q_low, b_high)
    high = None if b_low <= 0 else UP.divide(q_high, b_low)
    return low, high


def rounding_needed(
    pair: QuotedPair, low: Decimal, high: Decimal | None, *, approx_factor: Decimal = APPROX_FACTOR
) -> Decimal | None:
    """The smallest fraction ``f`` of each figure's rounding at which ``pair``'s rate reaches ``[low, high]``.

    ``[low, high]`` is a band of rates in market order (``high=None``: open above).  ``0`` when
    the figures as written already give a rate in the band, ``1`` when it takes the whole half
    unit of the last digit of both, more than 1 when even full rounding does not reach it;
    ``None`` when no fraction reaches it (two exact figures, written with no rounding).  The
    figures' intervals grow linearly with ``f``, so each end of the rate interval meets the band
    at the root of a linear equation.
    """
    base_side, quote_side = _sides(pair)
    second = pair.second
    bl, bh, bm = _bounds(base_side, approx_factor, base_side is second)
    ql, qh, qm = _bounds(quote_side, approx_factor, quote_side is second)
    # the rate interval at f = 0 is [ql / bh, qh / bl]
    if bl > 0 and CTX.divide(qh, bl) < low:
        # too low: (qh + f * qm) / (bl - f * bm) = low
        slope = CTX.add(qm, CTX.multiply(low, bm))
        if slope <= 0:
            return None
        return CTX.divide(CTX.subtract(CTX.multiply(low, bl), qh), slope)
    if high is not None and bh > 0 and CTX.divide(ql, bh) > high:
        # too high: (ql - f * qm) / (bh + f * bm) = high
        slope = CTX.add(qm, CTX.multiply(high, bm))
        if slope <= 0:
            return None
        return CTX.divide(CTX.subtract(ql, CTX.multiply(high, bh)), slope)
    return _ZERO
