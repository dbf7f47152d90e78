"""A point that groups thousands in the money the caller settled: "$257.374" of a page in pesos.

Chile, Argentina, Colombia and the other countries of :func:`~moneyparse.addresses.point_grouped`
group thousands with a point and have no money counted to three decimals; so a price of theirs,
"$257.374", is 257,374 pesos.  The words of a line rarely tell whether a "$" is theirs or the US
dollar's, which English does write to three decimals for a price per unit ("$3.459 a gallon"),
so the text alone reads such a figure as the language around it says, or gives nothing
(:func:`moneyparse.language._convention`).  The caller who knows the money (``assume={"$":
"CLP"}``, or :func:`~moneyparse.addresses.assume_for_address` of the page's address) settles it.

The rule: where the caller's ``assume`` settles an ambiguous marker to one of those currencies
(its own key, or ``"*"`` where the marker can mean the code), a number of that marker with no
scale word, written as one to three digits, a point and three digits, and no more, groups
thousands with its point: "$257.374" is 257374, "$4.419" with ``{"$": "ARS"}`` 4419, "$ 12.990"
12990.  A decimal comma is read as before ("$1.234,50" is 1234.50), and so is a scale word ("$1.5
million" is a million and a half, "$1.500 millones" read by its language).

The reading is kept only where the currency comes out as the one assumed: the text's own code
wins over ``assume`` ("$3.459 USD" is dollars to three decimals), and there the figure is read as
without the rule.  :func:`read_groups` reads the text once with the rule; where the rule read a
figure, it reads it again without, and takes the first reading of each mention in an assumed
currency of point groups and the second elsewhere.  Without such an ``assume`` nothing here runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from contextvars import ContextVar

from moneyparse.addresses import point_grouped
from moneyparse.mention import Evidence, Mention

__all__ = ["SETTLED", "Settled", "read_groups", "settles_groups"]

#: One to three digits, a point and three digits: the figure whose point groups thousands here.
_ONE_GROUP = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}")


class Settled:
    """The caller's ``assume`` (checked: its markers also in lower case, its codes in upper case)
    while a text is read, and how many figures the rule has read."""

    __slots__ = ("assume", "grouped", "hits")

    def __init__(self, assume: Mapping[str, str]) -> None:
        self.assume = assume
        self.grouped = point_grouped()
        self.hits = 0

    def groups(self, marker: str, codes: tuple[str, ...], number_text: str) -> bool:
        """Whether the point of ``number_text``, a figure of ``marker`` (of ``codes``) with no scale
        word, groups thousands: the marker is ambiguous, ``assume`` settles it to a currency of
        point groups, and the figure is one group after a point (:data:`_ONE_GROUP`)."""
        if len(codes) < 2 or not _ONE_GROUP.fullmatch(number_text):
            return False
        code = self.assume.get(marker) or self.assume.get(marker.lower())
        if code is None:
            star = self.assume.get("*")
            code = star if star in codes else None
        if code not in self.grouped:
            return False
        self.hits += 1
        return True


#: The :class:`Settled` of the text being read; None where no ``assume`` settles a marker to a
#: currency of point groups (every text read without ``assume``).  The reader asks it directly
#: (:func:`moneyparse.language._convention`), once for each figure whose point is in doubt.
SETTLED: ContextVar[Settled | None] = ContextVar("moneyparse_point_groups", default=None)


def settles_groups(assume: Mapping[str, str]) -> bool:
    """Whether ``assume`` (checked) settles some marker to a currency of point groups."""
    grouped = point_grouped()
    return any(code in grouped for code in assume.values())


def read_groups(scan: Callable[[], list[Mention]], assume: Mapping[str, str]) -> list[Mention]:
    """The mentions ``scan`` gives, its figures read by the rule of the module where their
    currency comes out as the one assumed, and as without the rule elsewhere."""
    settled = Settled(assume)
    token = SETTLED.set(settled)
    try:
        first = scan()
    finally:
        SETTLED.reset(token)
    if not settled.hits:
        return first
    kept = [m for m in first if m.evidence is Evidence.ASSUMED and m.currency in settled.grouped]
    if len(kept) == len(first):
        return first
    rest = [m for m in scan() if not any(k.start < m.end and m.start < k.end for k in kept)]
    return sorted(kept + rest, key=lambda m: (m.start, m.end))
