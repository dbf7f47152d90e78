"""Numbers for people and for machines: exact decimals, grouped digits, rates, money.

Machines get :func:`plain` (exact digits, never an exponent).  People get rates to five
significant digits, money in a locale through babel (imported only then), and amounts rounded by
one rule, :func:`_shown`:

* an amount converted from a figure its writer rounded, one with a scale word (``Rmb72.5bn``,
  ``5亿``, ``$5k``), keeps as many significant digits as the figure has, and at least two:
  ``Rmb72.5bn`` (three) is ``7,900,000,000 GBP``, not ``7,901,834,512.00 GBP``, whose last
  seven digits the figure cannot tell (72.45bn to 72.55bn yuan is 7.896bn to 7.907bn pounds);
* any other amount, a figure written in full (``100 USD``, ``$12.50``) or its conversion, is
  rounded to the decimals its currency is written with (:func:`_minor_digits`): ``725.91 CNY``;
* a non-zero amount keeps at least two significant digits, however small: ``0.0067 USD`` for one
  yen, not ``0.01``, and ``0.003 USD`` not ``0.00``; no amount is padded with zeros it lacks;
* halves round away from zero, whatever decimal context the caller has set.

The exact values stay in the JSON and CSV outputs.
"""

from __future__ import annotations

import functools
import os
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext


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



def _significant_digits(figure: Decimal, precision: Decimal | None, scale: int | None) -> int | None:
    """How many significant digits a conversion of ``figure`` may show (see :func:`_shown`).

    Those of the figure as written (``72.5bn``: three; ``£8bn``: one, so two) when it carries a
    scale word (``scale`` not 0) and the library knows its ``precision`` (the unit of its last
    digit); ``None`` for a figure written in full, which is taken as exact.
    """
    if not scale or precision is None or not figure or not figure.is_finite() or not precision.is_finite():
        return None
    return max(2, figure.adjusted() - precision.adjusted() + 1)


def _shown(amount: Decimal, currency: str, significant: int | None = None) -> Decimal:
    """``amount`` rounded for people by the rule of this module, never padded with zeros.

    ``significant`` is what :func:`_significant_digits` gives for the figure ``amount`` was
    converted from (``None``: round to the currency's decimals).
    """
    if not amount.is_finite():
        return amount
    places = _minor_digits(currency)
    if significant is not None:
        places = min(places, significant - 1 - amount.adjusted())
    if amount:
        places = max(places, 1 - amount.adjusted())  # at least two significant digits
    exponent = amount.as_tuple().exponent
    if not isinstance(exponent, int) or exponent >= -places:
        return amount  # no more decimals than that: as it is
    digits = max(1, amount.adjusted() + places + 1)
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP, context=Context(prec=digits + 2))


def _format_money(amount: Decimal, currency: str, locale: str | None, significant: int | None = None) -> str:
    """An amount for people, rounded by :func:`_shown`.

    In ``locale`` babel writes it (``1.250,50 €``, an amount written in full with as many
    decimals as its currency writes), else grouped digits and the code.
    """
    shown = _shown(amount, currency, significant)
    if locale is not None:
        import copy

        from babel import Locale
        from babel.numbers import format_currency

        exponent = shown.as_tuple().exponent
        places = max(0, -exponent) if isinstance(exponent, int) else 0
        if significant is None:
            places = max(places, _minor_digits(currency))
        where = Locale.parse(locale)
        pattern = copy.copy(where.currency_formats["standard"])
        pattern.frac_prec = (places, places)  # babel's own digits are ISO's: Rp1.629.015,12
        with localcontext() as context:  # babel rounds in the caller's context: room for every digit
            context.prec = max(28, shown.adjusted() + places + 3)
            return format_currency(shown, currency, format=pattern, locale=where, currency_digits=False)
    return f"{_grouped(shown)} {currency}"


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
    ``tables()`` merges them: the generated ``data/currencies.tsv``, then the ``digits`` column of
    ``data/codes.tsv`` that replaces its figure.  A test checks both agree on every code.
    """
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    data = os.path.join(package, "data")
    digits: dict[str, int] = {}
    with open(os.path.join(data, "currencies.tsv"), encoding="utf-8") as table:
        for row in table:
            if not row.startswith("#"):
                code, places, *_ = row.split("\t")
                digits[code] = int(places)
    with open(os.path.join(data, "codes.tsv"), encoding="utf-8") as table:
        for row in table:
            fields = row.rstrip("\n").split("\t")
            if not row.startswith("#") and len(fields) > 1 and fields[1]:
                digits[fields[0]] = int(fields[1])
    return digits
