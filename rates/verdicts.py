"""The verdict on one quoted conversion, and the rule that gives it.

A quoted conversion (``Rmb72.5bn (£8bn)``) is judged against a reference rate ``r`` as follows.

1. The reference band is ``[r * (1 - t) * (1 - m), r * (1 + t) * (1 + m)]``: the tolerance ``t``
   (default 1%) and the reference's own margin ``m`` (:attr:`rates.Rate.margin`: 0 for a daily
   fixing, more for an average that stands for the days of a month).
2. ``f`` is the smallest fraction of each figure's half-unit rounding margin (the same fraction on
   both figures, :func:`rates.intervals.rounding_needed`) at which the rate the figures allow
   reaches the band.  ``f = 0``: the figures as written give a rate in the band; ``f = 1``: it
   takes the whole rounding of both.
3. The figures are *coarse* when the rate interval at full rounding spans more than
   :data:`COARSE_RATIO` (high / low > 1.5): ``€1 billion ($2 billion)`` allows 1.0 to 5.0 dollars
   a euro, so it cannot tell rates 50% apart.

The verdict:

- ``consistent``: ``f <= 0.75`` and not coarse;
- ``doubtful``: ``0.75 < f <= 1``: only the extreme edge of the rounding fits;
- ``inconsistent``: ``f > 1``: not even full rounding reaches the reference;
- ``too coarse to check``: coarse and ``f <= 0.75`` (counts as not checked);
- ``not checked``: no reference rate (the reason says why);
- ``not a conversion``: both amounts are in one currency.
"""

from __future__ import annotations

import enum
from decimal import Decimal

from rates.contexts import DOWN, UP

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.results import Rate

__all__ = ["COARSE_RATIO", "DOUBTFUL_FROM", "Remedy", "Verdict", "band", "is_coarse", "judge", "overall"]

#: Above this share of the rounding a fit is doubtful: only the extreme edge of the rounding fits.
DOUBTFUL_FROM = Decimal("0.75")
#: A rate interval whose high end is more than this times its low end is too coarse to check.
COARSE_RATIO = Decimal("1.5")

_ONE = Decimal(1)


class Verdict(enum.StrEnum):
    """The verdict on a quoted conversion; its value is the word shown in text and JSON."""

    CONSISTENT = "consistent"
    DOUBTFUL = "doubtful"
    INCONSISTENT = "inconsistent"
    TOO_COARSE = "too coarse to check"
    NOT_CHECKED = "not checked"
    NOT_A_CONVERSION = "not a conversion"

    @property
    def checked(self) -> bool:
        """True for the verdicts that compared the figures with a reference and could tell."""
        return self in (Verdict.CONSISTENT, Verdict.DOUBTFUL, Verdict.INCONSISTENT)

    @property
    def flagged(self) -> bool:
        """True for the verdicts that call for a look at the text: doubtful and inconsistent."""
        return self in (Verdict.DOUBTFUL, Verdict.INCONSISTENT)


class Remedy(enum.StrEnum):
    """What the user can do about a pair that was not checked; its value says it in words."""

    GIVE_DATE = "give the publication date"
    GIVE_RATES = "give a rate file that has the currency"
    UPDATE_RATES = "update the rate history"


def band(reference: Rate, tolerance: Decimal) -> tuple[Decimal, Decimal]:
    """The reference band ``[low, high]``: ``reference.value`` widened by ``tolerance`` and its margin."""
    margin = reference.margin
    low = DOWN.multiply(DOWN.multiply(reference.value, _ONE - tolerance), _ONE - margin)
    high = UP.multiply(UP.multiply(reference.value, _ONE + tolerance), _ONE + margin)
    return low, high


def is_coarse(low: Decimal, high: Decimal | None) -> bool:
    """True when the rate interval ``[low, high]`` at full rounding spans more than :data:`COARSE_RATIO`."""
    return high is None or low <= 0 or high > UP.multiply(low, COARSE_RATIO)


def judge(needed: Decimal | None, coarse: bool) -> Verdict:
    """The verdict for a pair that takes ``needed`` of its rounding (``None``: none reaches) to fit."""
    if needed is None or needed > _ONE:
        return Verdict.INCONSISTENT
    if needed > DOUBTFUL_FROM:
        return Verdict.DOUBTFUL
    return Verdict.TOO_COARSE if coarse else Verdict.CONSISTENT


def overall(verdicts: list[Verdict] | tuple[Verdict, ...]) -> Verdict:
    """The verdict of a whole text: the worst checked verdict, ``not checked`` when none could tell."""
    for worst in (Verdict.INCONSISTENT, Verdict.DOUBTFUL, Verdict.CONSISTENT):
        if worst in verdicts:
            return worst
    return Verdict.NOT_CHECKED
