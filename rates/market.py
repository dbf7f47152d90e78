"""The market order of a currency couple: which currency markets quote as the base.

It sits above the sources: between two currencies that are not majors, the order depends on the
value of their units on the latest reference fixing.  The ECB history is imported when such a
couple is first ordered (not when this module is), so that ordering two majors loads no data.
"""

from __future__ import annotations

import functools

from rates.errors import RatesError
from rates.history import Policy

__all__ = ["MAJORS", "market_order"]

#: The currencies markets always quote first against anything below them, in that order.
#: A couple of two of them is quoted with the earlier one as base (EUR/GBP, GBP/USD, USD/CHF).
MAJORS: tuple[str, ...] = ("EUR", "GBP", "AUD", "NZD", "USD", "CAD", "CHF")
_MAJOR_RANK = {code: rank for rank, code in enumerate(MAJORS)}


def market_order(a: str, b: str) -> tuple[str, str]:
    """``(base, quote)`` of the couple ``a``/``b`` as markets quote it.

    The rule: a major (:data:`MAJORS`, in the order EUR > GBP > AUD > NZD > USD > CAD > CHF) is
    the base against any currency ranked below it; between two other currencies the base is the
    one whose unit is worth more on the latest reference fixing (CNY/JPY, SGD/CNY, CNY/KRW);
    when the reference has no fixing for both, alphabetical order decides.
    """
    if a == b:
        return a, b
    ra, rb = _MAJOR_RANK.get(a), _MAJOR_RANK.get(b)
    if ra is not None or rb is not None:
        if rb is None or (ra is not None and ra < rb):
            return a, b
        return b, a
    return _by_unit_value(a, b) if a < b else _by_unit_value(b, a)


@functools.cache
def _by_unit_value(a: str, b: str) -> tuple[str, str]:
    # imported here for import-time cheapness only: the ECB module sits below this one
    from rates.sources.ecb import default_source

    try:
        value = default_source().lookup(a, b, None, Policy.PREVIOUS).value
    except RatesError:
        return a, b
    return (a, b) if value >= 1 else (b, a)
