"""Currency codes: spelling normalization and the market order of a couple."""

from __future__ import annotations

import functools

from rates.errors import UnknownCurrencyError

__all__ = ["normalize", "MAJORS", "market_order"]

# Spellings the press uses for a code that is not the ISO one.
_ALIASES = {"RMB": "CNY"}

#: The currencies markets always quote first against anything below them, in that order.
#: A couple of two of them is quoted with the earlier one as base (EUR/GBP, GBP/USD, USD/CHF).
MAJORS: tuple[str, ...] = ("EUR", "GBP", "AUD", "NZD", "USD", "CAD", "CHF")
_MAJOR_RANK = {code: rank for rank, code in enumerate(MAJORS)}


@functools.cache
def _iso_codes() -> frozenset[str]:
    from moneyed import CURRENCIES

    return frozenset(CURRENCIES)


def normalize(code: object) -> str:
    """The ISO 4217 spelling of ``code``: upper case, ``RMB`` -> ``CNY``.

    Raises :class:`~rates.UnknownCurrencyError` when ``code`` is not a three-letter code
    (whether a source carries the code is for the source to say).
    """
    if type(code) is not str:
        raise UnknownCurrencyError(code, reason="a currency code is a str")
    norm = code.strip().upper()
    norm = _ALIASES.get(norm, norm)
    if len(norm) != 3 or not norm.isascii() or not norm.isalpha():
        raise UnknownCurrencyError(code)
    return norm


def is_iso(code: str) -> bool:
    """True when ``code`` (already normalized) is an ISO 4217 code."""
    return code in _iso_codes()


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
    from rates.errors import RatesError
    from rates.sources.ecb import default_source

    try:
        value = default_source().lookup(a, b, None, "previous").value
    except RatesError:
        return a, b
    return (a, b) if value >= 1 else (b, a)
