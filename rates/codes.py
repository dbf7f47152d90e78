"""Currency codes: their spelling, and whether ISO 4217 knows them.

The market order of a couple, which depends on the reference rates, is :mod:`rates.market`.
"""

from __future__ import annotations

import functools

from rates.errors import UnknownCurrencyError

__all__ = ["is_iso", "normalize"]

# Spellings the press uses for a code that is not the ISO one.
_ALIASES = {"RMB": "CNY"}


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
