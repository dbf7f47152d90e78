"""The likely cause of an inconsistent conversion: the common slips, tested one by one.

When the figures of a quoted conversion cannot be reconciled with the reference rate of their
day, the writer often used a rate that is right for something else.  Each slip gives a rate the
figures can be tested against exactly as against the reference (:func:`rates.verdicts.band`,
:func:`rates.intervals.rounding_needed`); a slip *fits* when the figures would be consistent
with it, taking at most :data:`~rates.verdicts.DOUBTFUL_FROM` of their rounding (tolerance
included), so that a rate the figures reach only at the edge of their rounding explains nothing:

- **another currency's rate that day** (:attr:`CauseKind.OTHER_CURRENCY`): one side was
  converted as if it were in a currency a writer takes it for (:data:`CONFUSABLE`: the euro,
  the dollar and the pound, and the currencies that share a name or a sign).  A pound figure
  converted at the euro rate implies a GBP/USD rate equal to that day's EUR/USD;
- **an inverted rate** (:attr:`CauseKind.INVERTED`): the rate was divided where it should have
  multiplied: the figures imply ``1 / r``;
- **a scale slip** (:attr:`CauseKind.SCALE`): million for billion, or a scale word left out:
  the figures imply ``r`` times a thousand, a million or a billion, or divided by it;
- **a stale rate** (:attr:`CauseKind.STALE`): the fixing of an earlier day, searched back from
  the publication date for at most :data:`STALE_DAYS` (writers keep a rate for weeks; over
  longer a drifting rate passes through too many values to tell anything).  To name a day the
  fixing must lie within the figures' rounding itself, with no tolerance, as the matching days
  of a couple do;  The latest fitting day is named,
  taken first among the days on which one fixing fits every conversion of the couple in the
  text (the writer's one rate), then for the pair alone;
- **a round rate** (:attr:`CauseKind.ROUND_RATE`): the figures are exactly in a ratio of one or
  two significant digits (2 dollars a pound, 0.7 pounds a euro) within :data:`ROUND_RATE_REACH`
  of the reference: a rule of thumb, not a fixing.

The slip that takes the least rounding wins; on a tie, the order above.  When nothing fits there
is no likely cause, and none is invented.
"""

from __future__ import annotations

import datetime as _dt
import enum
from dataclasses import dataclass, replace
from decimal import Decimal

from rates.codes import normalize
from rates.contexts import CTX
from rates.errors import RatesError
from rates.history import Policy
from rates.intervals import amount_interval, implied, rounding_needed
from rates.results import Rate, RateKind
from rates.verdicts import DOUBTFUL_FROM, band

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import TypedDict, Unpack

    from rates.quoted import QuotedPair
    from rates.sources.base import Source

    class _RateChanges(TypedDict, total=False):
        """The fields of a :class:`Rate` that :func:`_like` may change beside its value."""

        date: _dt.date | None
        source: str
        requested: _dt.date | None
        kind: RateKind
        margin: Decimal

__all__ = [
    "CONFUSABLE",
    "ROUND_RATE_REACH",
    "SCALE_FACTORS",
    "STALE_DAYS",
    "Cause",
    "CauseKind",
    "confusable_with",
    "likely_cause",
]

#: Currencies a writer takes one for another: the three the press converts most, and the ones
#: that share a name or a sign (dollars, ¥, crowns, £, rupees, pesos).
CONFUSABLE: tuple[frozenset[str], ...] = (
    frozenset({"EUR", "USD", "GBP"}),
    frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD", "TWD"}),
    frozenset({"JPY", "CNY"}),
    frozenset({"SEK", "NOK", "DKK", "ISK"}),
    frozenset({"GBP", "EGP"}),
    frozenset({"INR", "PKR", "LKR", "NPR"}),
    frozenset({"MXN", "ARS", "CLP", "COP", "PHP"}),
)
#: The scale slips tried: a thousand (million for billion), a million, a billion (a scale word left out).
SCALE_FACTORS: tuple[Decimal, ...] = (Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9)
#: How far back a stale rate is sought: about a quarter.
STALE_DAYS = 92
#: How far (relative) from the reference a round ratio may lie to be read as a rule of thumb for it.
ROUND_RATE_REACH = Decimal("0.25")

_SCALE_WORDS = {
    Decimal(10) ** 3: ("thousand", "such as million for billion"),
    Decimal(10) ** 6: ("million", "such as thousand for billion"),
    Decimal(10) ** 9: ("billion", "a scale word left out"),
}
_ONE = Decimal(1)


class CauseKind(enum.StrEnum):
    """A kind of slip; its value is how a person reads it."""

    OTHER_CURRENCY = "another currency's rate"
    INVERTED = "inverted rate"
    SCALE = "scale slip"
    STALE = "stale rate"
    ROUND_RATE = "round rate"


@dataclass(frozen=True, slots=True)
class Cause:
    """A slip that explains a quoted conversion: the rate the figures fit instead of the reference.

    ``rate`` is the rate of the slip in the pair's market order (``quote`` per ``base`` of the
    implied rate): that day's rate of another couple, the inverted or scaled reference, the
    reference of an earlier day, or the round ratio of the figures.  ``rounding_needed`` is the
    share of the figures' rounding it takes to reach it.  ``currency`` is the currency a side
    was taken for and ``side`` which side (``"base"`` or ``"quote"`` of the market order) for
    :attr:`CauseKind.OTHER_CURRENCY`; ``factor`` the factor between the implied and the
    reference rate for :attr:`CauseKind.SCALE`; ``days_before`` the age of the rate for
    :attr:`CauseKind.STALE`.  ``description`` says it in a sentence.
    """

    kind: CauseKind
    rate: Rate
    rounding_needed: Decimal
    description: str
    currency: str | None = None
    side: str | None = None
    factor: Decimal | None = None
    days_before: int | None = None

    def to_dict(self) -> dict[str, object]:
        """The cause as JSON-ready data: decimals as exact strings, dates as ISO strings."""
        return {
            "kind": self.kind.value,
            "description": self.description,
            "rate": {
                "base": self.rate.base,
                "quote": self.rate.quote,
                "value": _plain(self.rate.value),
                "date": None if self.rate.date is None else self.rate.date.isoformat(),
                "source": self.rate.source,
                "kind": self.rate.kind.value,
            },
            "rounding_needed": _plain(self.rounding_needed),
            "currency": self.currency,
            "side": self.side,
            "factor": _plain(self.factor),
            "days_before": self.days_before,
        }


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _short(value: Decimal) -> str:
    """A rate in a sentence: five significant digits."""
    if not value:
        return "0"
    places = max(0, 4 - value.adjusted())
    return format(value.quantize(Decimal(1).scaleb(-places)), "f")


def _code(currency: str) -> str:
    try:
        return normalize(currency)
    except RatesError:
        return currency.upper()


def confusable_with(code: str) -> tuple[str, ...]:
    """The currencies a writer may take ``code`` for (:data:`CONFUSABLE`), sorted."""
    return tuple(sorted({c for group in CONFUSABLE if code in group for c in group} - {code}))


def _fits(pair: QuotedPair, rate: Rate, tolerance: Decimal) -> Decimal | None:
    low, high = band(rate, tolerance)
    needed = rounding_needed(pair, low, high)
    return needed if needed is not None and needed <= DOUBTFUL_FROM else None


def _like(reference: Rate, value: Decimal, **changes: Unpack[_RateChanges]) -> Rate:
    """``reference`` with another value (and, optionally, date, source or kind)."""
    return replace(reference, value=value, **changes)


def _other_currency(pair: QuotedPair, reference: Rate, source: Source, tolerance: Decimal) -> list[Cause]:
    base, quote = reference.base, reference.quote
    found: list[Cause] = []
    for side, mistaken in (("base", base), ("quote", quote)):
        for other in confusable_with(mistaken):
            if other in (base, quote):
                continue
            b, q = (other, quote) if side == "base" else (base, other)
            try:
                slip = source.lookup(b, q, reference.date, Policy.PREVIOUS)
            except RatesError:
                continue
            # the slip's rate read as the pair's couple: ``other`` stands in for the side it replaced
            as_pair = _like(reference, slip.value, date=slip.date, source=slip.source, requested=slip.requested,
                            kind=slip.kind, margin=slip.margin)
            needed = _fits(pair, as_pair, tolerance)
            if needed is None:
                continue
            words = f"the {b}/{q} rate of that day ({_short(slip.value)} {q} per {b})"
            first, second = pair.first, pair.second
            if _code(second.currency) == mistaken:
                text = f"{words}: {second.text} is what {first.text} comes to in {other}, not in {mistaken}"
            else:
                text = f"{words}: {first.text} converted as if it were in {other}, not in {mistaken}"
            found.append(Cause(CauseKind.OTHER_CURRENCY, as_pair, needed, text, currency=other, side=side))
    return found


def _inverted(pair: QuotedPair, reference: Rate, tolerance: Decimal) -> list[Cause]:
    inverse = _like(reference, CTX.divide(_ONE, reference.value))
    needed = _fits(pair, inverse, tolerance)
    if needed is None:
        return []
    text = (
        f"an inverted rate: the figures imply {_short(inverse.value)} {reference.quote} per {reference.base}, "
        f"1 / {_short(reference.value)}, the reference divided where it should multiply"
    )
    return [Cause(CauseKind.INVERTED, inverse, needed, text)]


def _scale(pair: QuotedPair, reference: Rate, tolerance: Decimal) -> list[Cause]:
    found: list[Cause] = []
    for factor in SCALE_FACTORS:
        fold, example = _SCALE_WORDS[factor]
        for k, way in ((factor, f"{factor:,} times"), (CTX.divide(_ONE, factor), f"1/{factor:,} of")):
            scaled = _like(reference, CTX.multiply(reference.value, k))
            needed = _fits(pair, scaled, tolerance)
            if needed is not None:
                text = (
                    f"a {fold}-fold scale slip ({example}): the figures imply {way} the reference rate "
                    f"({_short(scaled.value)} {reference.quote} per {reference.base})"
                )
                found.append(Cause(CauseKind.SCALE, scaled, needed, text, factor=k))
    return found


def _stale_rate(pair: QuotedPair, reference: Rate, fixing: _dt.date, value: Decimal, shared: bool) -> Cause | None:
    old = _like(reference, value, date=fixing, requested=fixing)
    needed = rounding_needed(pair, value, value)  # the fixing itself, within the figures' rounding
    if needed is None or needed > _ONE or reference.date is None:
        return None
    age = (reference.date - fixing).days
    text = (
        f"a stale rate: the {reference.source} fixing of {fixing.isoformat()} "
        f"({_short(value)} {reference.quote} per {reference.base}), {_age(age)} before {reference.date.isoformat()}"
    )
    if shared:
        text += f"; every {reference.base}/{reference.quote} conversion of the text fits it"
    return Cause(CauseKind.STALE, old, needed, text, days_before=age)


def _stale(
    pair: QuotedPair, reference: Rate, source: Source, since: _dt.date, shared: tuple[tuple[_dt.date, _dt.date], ...]
) -> list[Cause]:
    day = reference.date
    if day is None:
        return []
    since = max(since, day - _dt.timedelta(days=STALE_DAYS))
    if since >= day:
        return []
    try:
        points = source.series(reference.base, reference.quote, since, day - _dt.timedelta(days=1))
    except RatesError:
        return []
    common = {d for a, b in shared for d, _ in points if a <= d <= b}
    for fixing, value in reversed(points):  # first the latest day on which the whole couple fits
        if fixing in common:
            found = _stale_rate(pair, reference, fixing, value, True)
            if found is not None:
                return [found]
    for fixing, value in reversed(points):
        found = _stale_rate(pair, reference, fixing, value, False)
        if found is not None:
            return [found]
    return []


def _round_rate(pair: QuotedPair, reference: Rate) -> list[Cause]:
    try:
        imp = implied(pair)
    except ValueError:  # pragma: no cover (an inconsistent pair has an implied rate)
        return []
    if abs(CTX.subtract(CTX.divide(imp.value, reference.value), _ONE)) > ROUND_RATE_REACH:
        return []  # a rule of thumb approximates the rate; this ratio is another matter
    base_side, quote_side = (pair.first, pair.second) if _code(pair.first.currency) == reference.base else (pair.second, pair.first)
    b, q = amount_interval(base_side)[0], amount_interval(quote_side)[0]
    forward = (imp.value, reference.value, reference.quote, reference.base)
    backward = (CTX.divide(b, q), CTX.divide(_ONE, reference.value), reference.base, reference.quote)
    for ratio, fixing, num, per in (forward, backward):
        if ratio == CTX.quantize(ratio, Decimal(1).scaleb(ratio.adjusted() - 1)):  # two significant digits at most
            rate = _like(reference, imp.value, source="text", requested=None, kind=RateKind.IMPLIED, margin=Decimal(0))
            text = (
                f"a round rate: the figures are exactly {format(ratio.normalize(), 'f')} {num} per {per}, a rule of "
                f"thumb rather than the {reference.source} fixing ({_short(fixing)} {num} per {per})"
            )
            return [Cause(CauseKind.ROUND_RATE, rate, Decimal(0), text)]
    return []


def _age(days: int) -> str:
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days < 60:
        return f"{days} days ({round(days / 7)} weeks)"
    return f"{days} days (about {round(days / 30.44)} months)"


def likely_cause(
    pair: QuotedPair,
    reference: Rate,
    source: Source,
    tolerance: Decimal,
    since: _dt.date,
    shared: tuple[tuple[_dt.date, _dt.date], ...] = (),
) -> Cause | None:
    """The slip that best explains ``pair`` against ``reference``, or ``None`` when none fits.

    ``reference`` is the rate the pair was checked against, in the pair's market order;
    ``source`` answers the other rates of its day and the earlier fixings back to ``since``
    (and at most :data:`STALE_DAYS`).
    ``shared`` are the runs of days on which one fixing fits every conversion of the pair's
    couple in the text (give them only when the text has more than one).
    """
    found = (
        _other_currency(pair, reference, source, tolerance)
        + _inverted(pair, reference, tolerance)
        + _scale(pair, reference, tolerance)
        + _stale(pair, reference, source, since, shared)
        + _round_rate(pair, reference)
    )
    if not found:
        return None
    order = list(CauseKind)
    return min(found, key=lambda c: (c.rounding_needed, order.index(c.kind)))
