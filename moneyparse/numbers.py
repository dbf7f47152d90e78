"""Numerals -> exact ``Decimal`` plus the place value of the last written digit.

Three families are read here, each without ever going through ``float``:

* digit strings with any grouping style: ``1,234.56``, ``1.234,56``, ``1 234,56`` (no-break or thin
  space), ``1'234.56``, Indian ``12,34,567.89``, fullwidth digits;
* CJK numerals, alone or mixed with digits: ``三千八百``, ``两``, ``1.5万``, ``十五``, and the
  Korean units written with digits and spaces: ``2억 4천 7백만`` (247,000,000), ``1만 2천 345``;
* spelled English numbers: ``twenty``, ``a``, ``half a``, ``forty-five``, ``one hundred and five``.

Every parser returns a :class:`Numeral`: the value and the exponent of the last written digit
(``72.5`` -> -1, ``1,200`` -> 0), which the scanner scales into a mention's quoted precision.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["Numeral", "parse_digits", "parse_cjk", "parse_words", "to_decimal", "FULLWIDTH"]

#: Fullwidth digits and separators read as their ASCII twins.
FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")

_GROUP_SPACES = "\u00a0\u202f\u2009 "
_APOSTROPHES = "'\u2019"


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number read from text: exact ``value`` and ``exponent`` of its last written digit."""

    value: Decimal
    exponent: int


def to_decimal(digits: str, exponent: int, negative: bool = False) -> Decimal:
    """``Decimal`` for the integer string ``digits`` times ten to ``exponent``, integral when it can be.

    Building from the tuple keeps the value exact; an amount with no fractional part is returned
    with exponent 0 so that ``str()`` shows ``72500000000`` rather than ``7.25E+10``.
    """
    coefficient = int(digits) if digits else 0
    if exponent >= 0:
        value = Decimal(coefficient * 10**exponent)
        return -value if negative else value
    return Decimal(f"{'-' if negative else ''}{coefficient}E{exponent}")


def _decimal_mark(number: str, lang: str) -> str | None:
    """Which character of ``number`` is the decimal mark, or None for an integer.

    ``lang`` is ``"en"`` (point decimal, comma grouping), ``"comma"`` for the languages that write a
    decimal comma (French, German, Spanish, Portuguese, Italian, Dutch, Swedish, Turkish...), or
    ``"grouping"`` when the currency has no minor units, so that three digits after one separator
    can only be a thousands group.
    """
    last_dot = number.rfind(".")
    last_comma = number.rfind(",")
    if last_dot >= 0 and last_comma >= 0:
        # Both present: the later one is the decimal mark ("1,234.56", "1.234,56").
        return "." if last_dot > last_comma else ","
    for mark in (".", ","):
        if mark not in number:
            continue
        if number.count(mark) > 1:
            return None  # repeated: grouping ("1.234.567", "12,34,567")
        tail = len(number) - number.rfind(mark) - 1
        if tail != 3:
            return mark  # "72.5", "1,22": not a group of three
        other_group = any(c in number for c in _GROUP_SPACES + _APOSTROPHES)
        if other_group:
            return mark  # "1 234,567" or "1'234.567": another grouping character is in use
        if len(number) - 4 > 3:
            return mark  # "1234.567": a thousands group has at most three digits before it
        # One separator before exactly three digits: "$3.350", "1,234", "12,345 $".
        if lang == "grouping":
            return None  # a currency without minor units: "₩12.346" is twelve thousand
        if mark == ".":
            return None if lang == "comma" else "."
        return "," if lang == "comma" else None
    return None


_PLAIN = re.compile(r"[0-9]{1,3}(?:\.([0-9]{1,2}))?|[0-9]+\.([0-9]{1,2}|[0-9]{4,})|[0-9]+")
# English grouping: "1,234", "100,000", "1,234,567.89" (one comma alone is a decimal comma elsewhere).
_EN_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.([0-9]+))?")


def parse_digits(number: str, lang: str = "en") -> Numeral:
    """Read a digit string with any grouping style into an exact value.

    >>> parse_digits("1,234.56")
    Numeral(value=Decimal('1234.56'), exponent=-2)
    >>> parse_digits("1.234,56")
    Numeral(value=Decimal('1234.56'), exponent=-2)
    >>> parse_digits("3.350")
    Numeral(value=Decimal('3.350'), exponent=-3)
    >>> parse_digits("12,34,567")
    Numeral(value=Decimal('1234567'), exponent=0)

    Raises ``ValueError`` when ``number`` holds no digit.
    """
    if number.isascii():
        plain = _PLAIN.fullmatch(number)
        if plain is not None:  # "1234.56", "72.5", "1200": no grouping, read at once
            fraction = plain.group(1) or plain.group(2)
            return Numeral(Decimal(number), -len(fraction) if fraction else 0)
        grouped = _EN_GROUPED.fullmatch(number)
        if grouped is not None and (lang != "comma" or grouped.group(1) is not None or number.count(",") > 1):
            fraction = grouped.group(1)
            return Numeral(Decimal(number.replace(",", "")), -len(fraction) if fraction else 0)
    number = number.translate(FULLWIDTH)
    mark = _decimal_mark(number, lang)
    if mark is None:
        integer, fraction = number, ""
    else:
        cut = number.rfind(mark)
        integer, fraction = number[:cut], number[cut + 1 :]
    int_digits = "".join(c for c in integer if c.isdigit())
    frac_digits = "".join(c for c in fraction if c.isdigit())
    if not int_digits and not frac_digits:
        raise ValueError(f"no digits in {number!r}")
    digits = (int_digits + frac_digits).lstrip("0") or "0"
    exponent = -len(frac_digits)
    return Numeral(to_decimal(digits, exponent), exponent)


_CJK_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}
_CJK_SMALL = {"十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3, "십": 1, "백": 2, "천": 3}
_CJK_LARGE = {"万": 4, "萬": 4, "亿": 8, "億": 8, "兆": 12, "만": 4, "억": 8, "조": 12}
#: Korean writes a space after each unit ("1만 2천 345"); the spaces say nothing of the value.
_NUMERAL_SPACES = dict.fromkeys(map(ord, " \t\u00a0\u202f\u2009"))
_DIGIT_RUN = re.compile(r"[0-9][0-9.,]*")


@functools.lru_cache(maxsize=4096)
def parse_cjk(number: str) -> Numeral:
    """Read a CJK numeral, possibly mixed with digits: ``三千八百`` -> 3800, ``1.5万`` -> 15000,
    ``2억 4천 7백만`` -> 247000000 (the Korean units, spaced).

    The exponent is that of the smallest unit written: ``三千八百万`` -> 6, ``十五`` -> 0.
    Raises ``ValueError`` when the text is not a well-formed numeral.
    """
    number = number.translate(FULLWIDTH).translate(_NUMERAL_SPACES)
    total = Decimal(0)  # completed sections above the current large unit
    section = Decimal(0)  # the current section below 万/亿
    current: Decimal | None = None  # digit(s) waiting for a small unit
    lowest = None  # exponent of the last written position
    current_exp = 0
    i = 0
    seen = False
    while i < len(number):
        c = number[i]
        run = _DIGIT_RUN.match(number, i)
        if run:
            text = run.group().rstrip(".,")
            numeral = parse_digits(text)
            current = numeral.value
            current_exp = numeral.exponent
            i += len(text)
            seen = True
            continue
        if c in _CJK_DIGITS:
            current = Decimal(_CJK_DIGITS[c]) if current is None or c in "零〇" else current * 10 + _CJK_DIGITS[c]
            current_exp = 0
            seen = True
        elif c in _CJK_SMALL:
            unit = _CJK_SMALL[c]
            section += (current if current is not None else Decimal(1)).scaleb(unit)
            lowest = unit + (current_exp if current is not None else 0)
            current = None
            current_exp = 0
            seen = True
        elif c in _CJK_LARGE:
            unit = _CJK_LARGE[c]
            if i + 1 < len(number) and c == "万" and number[i + 1] in "亿億":
                unit = 12  # 万亿: a trillion
                i += 1
            section += current if current is not None else Decimal(0)
            if section == 0:
                section = Decimal(1)
            base_exp = (current_exp if current is not None else (lowest if lowest is not None else 0))
            total += section.scaleb(unit)
            lowest = unit + min(base_exp, 0) if current is not None else unit + (lowest or 0)
            section = Decimal(0)
            current = None
            current_exp = 0
            seen = True
        else:
            raise ValueError(f"not a CJK numeral: {number!r}")
        i += 1
    if not seen:
        raise ValueError(f"not a CJK numeral: {number!r}")
    if current is not None:
        section += current
        lowest = current_exp
    value = total + section
    exponent = lowest if lowest is not None else 0
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1)) if exponent >= 0 else value
    return Numeral(value, exponent)


_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "dozen": 12,
}
_MULTIPLIERS = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25")}

#: Every word :func:`parse_words` understands, for building scan patterns.
NUMBER_WORDS: tuple[str, ...] = tuple(_UNITS) + tuple(_MULTIPLIERS) + tuple(_FRACTIONS)


@functools.lru_cache(maxsize=4096)
def parse_words(phrase: str) -> Numeral:
    """Read a spelled English number: ``twenty``, ``a billion``, ``half a million``, ``forty-five``.

    The exponent is that of the last multiplier applied (``twenty million`` -> 6), so that the
    quoted precision of a spelled amount is its smallest spoken unit.
    Raises ``ValueError`` when a word is not a number word.
    """
    words = [w for w in re.split(r"[\s\-]+", phrase.lower().strip()) if w and w != "and"]
    if not words:
        raise ValueError(f"not a spelled number: {phrase!r}")
    total = Decimal(0)
    group = Decimal(0)
    fraction: Decimal | None = None
    last_exp = 0
    pending = False
    for word in words:
        if word in _FRACTIONS:
            fraction = _FRACTIONS[word]
            continue
        if word in _UNITS:
            if word in ("a", "an") and fraction is not None:
                continue  # "half a million": the article belongs to the fraction
            group += _UNITS[word]
            pending = True
            last_exp = 0
        elif word in _MULTIPLIERS:
            exp = _MULTIPLIERS[word]
            base = group if pending else Decimal(1)
            if fraction is not None:
                base = base * fraction if pending else fraction
                fraction = None
            if exp == 2:
                group = base * 100
                last_exp = 2
                continue
            total += base.scaleb(exp)
            group = Decimal(0)
            pending = False
            last_exp = exp
        else:
            raise ValueError(f"not a number word {word!r} in {phrase!r}")
    if fraction is not None:
        group = (group if pending else Decimal(1)) * fraction
        pending = True
    value = total + group
    if value == 0 and "zero" not in words:
        raise ValueError(f"not a spelled number: {phrase!r}")
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return Numeral(value, last_exp)
