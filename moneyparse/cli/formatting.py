"""Numbers for people and for machines: exact decimals, grouped digits, rates, money.

Machines get :func:`plain` (exact digits, never an exponent); people get amounts rounded only as
their currency is written (:func:`_minor_digits`), rates to five significant digits, and money in
a locale through babel, which is imported only then.
"""

from __future__ import annotations

import functools
import os
from decimal import Decimal


def plain(value: Decimal | None) -> str | None:
    """An exact decimal as plain digits, never in exponent form (``7.25E+10`` -> ``72500000000``)."""
    if value is None:
        return None
    return format(value, "f")


def _grouped(value: Decimal, places: int | None = None) -> str:
    """A decimal for people: thousands grouped, optionally rounded to ``places`` decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places))
    return format(value, ",f")



def _rate_text(value: Decimal) -> str:
    """A rate for people: five significant digits, as the ECB publishes them (``7.2591``)."""
    if not value:
        return "0"
    places = max(0, 4 - value.adjusted())
    return format(value.quantize(Decimal(1).scaleb(-places)), "f")



def _format_money(amount: Decimal, currency: str, locale: str | None) -> str:
    """An amount for people at the precision its currency is written with (:func:`_minor_digits`).

    In ``locale`` babel writes it (``1.250,50 €``), else grouped digits and the code; an amount
    is rounded only when it has more decimals than its currency writes (``100 USD`` stays).
    """
    places = _minor_digits(currency)
    if locale is not None:
        import copy

        from babel import Locale
        from babel.numbers import format_currency

        where = Locale.parse(locale)
        pattern = copy.copy(where.currency_formats["standard"])
        pattern.frac_prec = (places, places)  # babel's own digits are ISO's: Rp1.629.015,12
        return format_currency(amount, currency, format=pattern, locale=where, currency_digits=False)
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -places:
        amount = amount.quantize(Decimal(1).scaleb(-places))
    return f"{_grouped(amount)} {currency}"


def _minor_digits(currency: str) -> int:
    """The decimals amounts of ``currency`` are written with, as the library's tables say.

    That is ``moneyparse.lexicon.tables().currencies[currency][0]``: 2 for USD, 0 for JPY, and 0
    for IDR, where ISO 4217 keeps 2 that nobody writes (``Rp 50.000``); 2 for a code the tables
    lack.  This is the command line's one access to those digits.
    """
    return _currency_digits().get(currency, 2)


@functools.cache
def _currency_digits() -> dict[str, int]:
    """Every code's digits as ``tables().currencies`` holds them, read without building the tables.

    ``tables()`` also builds the symbols, names and scales, which made ``moneyparse convert``
    a third slower (36 ms on 98), so this reads just the two sources of the digits, as
    ``tables()`` merges them: the generated ``data/currencies.tsv``, then the ``digits`` rows of
    ``data/supplement.tsv`` that replace its figure.  A test checks both agree on every code.
    """
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data = os.path.join(package, "data")
    digits: dict[str, int] = {}
    with open(os.path.join(data, "currencies.tsv"), encoding="utf-8") as table:
        for row in table:
            if not row.startswith("#"):
                code, places, *_ = row.split("\t")
                digits[code] = int(places)
    with open(os.path.join(data, "supplement.tsv"), encoding="utf-8") as table:
        for row in table:
            if row.startswith("digits\t"):
                _, code, places, *_ = row.split("\t")
                digits[code] = int(places)
    return digits
