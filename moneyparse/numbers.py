"""Numerals written in digits or in CJK characters -> exact ``Decimal`` plus the place value of the
last written digit.

Two families are read here, each without ever going through ``float``:

* digit strings with any grouping style: ``1,234.56``, ``1.234,56``, ``1 234,56`` (no-break or thin
  space), ``1'234.56``, Indian ``12,34,567.89``, fullwidth digits;
* CJK numerals, alone or mixed with digits: ``三千八百``, ``两``, ``1.5万``, ``十五``, and the
  Korean units written with digits and spaces: ``2억 4천 7백만`` (247,000,000), ``1만 2천 345``.

Numbers spelled in words (English and the other languages) are read by :mod:`moneyparse.spelled`.
Every parser returns a :class:`Numeral`: the value and the exponent of the last written digit
(``72.5`` -> -1, ``1,200`` -> 0), which the scanner scales into a mention's quoted precision.
"""

from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass
from decimal import Decimal

__all__ = ["DECIMAL_DOTS", "FULLWIDTH", "DecimalConvention", "Numeral", "parse_cjk", "parse_digits", "to_decimal"]

#: The dots Taiwan's and older texts set as a decimal point between digits: the hyphenation point,
#: the middle dot, the katakana middle dots ("六‧三兆美元", "6‧3兆美元").
DECIMAL_DOTS = "\u2027\u00b7\u30fb\uff65"
#: Fullwidth digits and separators, and Devanagari digits, read as their ASCII twins; those dots
#: as a point.
FULLWIDTH = str.maketrans("０１２３４５６７８９．，०१२३४५६७८९" + DECIMAL_DOTS, "0123456789.,0123456789" + "." * len(DECIMAL_DOTS))

_GROUP_SPACES = "\u00a0\u202f\u2009 "
_APOSTROPHES = "'\u2019"


class DecimalConvention(enum.StrEnum):
    """How a lone separator before three digits is read ("3.350", "12,345"), the ``lang`` of
    :func:`parse_digits`; a str, so the plain strings are accepted as well."""

    EN = "en"  # a point is the decimal mark, a comma groups thousands
    COMMA = "comma"  # a comma is the decimal mark, a point groups thousands (French, German, Spanish...)
    GROUPING = "grouping"  # either groups thousands: a currency without minor units ("₩12.346")


@dataclass(frozen=True, slots=True)
class Numeral:
    """A number read from text: exact ``value`` and ``exponent`` of its last written digit."""

    value: Decimal
    exponent: int


def _last_digit(value: Decimal) -> int:
    """The exponent of the last nonzero digit of ``value``: 5 for 1,500,000, -1 for 7.5."""
    return int(value.normalize().as_tuple().exponent)


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

    A vulgar fraction may end the number: ``2½`` is 2.5, ``1¾`` 1.75; after decimals it is a
    fraction of the last place, as share prices in cents are quoted: ``2.96½`` is 2.965.

    Raises ``ValueError`` when ``number`` holds no digit.
    """
    if number[-1:] in _VULGAR:
        whole = parse_digits(number[:-1], lang)
        added = _VULGAR[number[-1]].scaleb(min(whole.exponent, 0))
        return Numeral(whole.value + added, int(added.as_tuple().exponent))
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


_VULGAR = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}

_CJK_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    # the Sino-Korean digits, read before a Korean unit ("육십만" is 600,000)
    "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9,
}
#: The digits of the Han numerals alone, without the Sino-Korean ones.
_HAN_DIGITS = frozenset(c for c in _CJK_DIGITS if not "\uac00" <= c <= "\ud7af")
_CJK_SMALL = {"十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3, "십": 1, "백": 2, "천": 3}
_CJK_LARGE = {"万": 4, "萬": 4, "亿": 8, "億": 8, "兆": 12, "만": 4, "억": 8, "조": 12}
_CJK_UNITS = frozenset(_CJK_SMALL) | frozenset(_CJK_LARGE)
#: Two, three and four tens written as one character, as dates and older or Taiwanese texts write
#: them: "廿八億五千萬元" is 2,850,000,000, "卅萬" 300,000, "卌" 40.
_TENS = {"廿": "二十", "卅": "三十", "卌": "四十"}
#: Where a character of tens reads as no number a reader knows: after a digit, ten or another
#: character of tens ("二廿", "十廿": 零 alone may hold the place before it, "一千零廿"), or
#: before a zero, an Arabic digit or a unit smaller than 万 ("廿十", "廿百").
_TENS_MISPLACED = re.compile(
    "[0-9〇○一二两兩三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖十拾廿卅卌][廿卅卌]|[廿卅卌][0-9零〇○十拾百佰千仟]"
)
#: Korean writes a space after each unit ("1만 2천 345"); the spaces say nothing of the value.
_NUMERAL_SPACES = dict.fromkeys(map(ord, " \t\u00a0\u202f\u2009"))
_DIGIT_RUN = re.compile(r"[0-9][0-9.,]*")


def _cjk_decimal(whole: str, tail: str) -> Numeral:
    """A CJK numeral with a decimal point, 点: the digits after it one by one, then at most the
    large units that scale it (``一点五万`` -> 15000, ``三点一四`` -> 3.14, ``十二点五亿`` ->
    1250000000)."""
    digits = 0
    while digits < len(tail) and (tail[digits] in _CJK_DIGITS or "0" <= tail[digits] <= "9"):
        digits += 1
    units = tail[digits:]
    if not whole or digits == 0 or any(c not in _CJK_LARGE for c in units):
        raise ValueError(f"not a CJK decimal: {whole}点{tail}")
    fraction = "".join(str(_CJK_DIGITS.get(c, c)) for c in tail[:digits])
    integer = parse_cjk(whole).value
    if integer != integer.to_integral_value():
        raise ValueError(f"not a CJK decimal: {whole}点{tail}")
    power = parse_cjk("一" + units).value.adjusted() if units else 0
    return Numeral(to_decimal(f"{int(integer)}{fraction}", power - digits), power - digits)


#: Han digits set one by one, grouped by threes with an enumeration comma, as Taiwan's older
#: budgets write them: "三、○○○" is 3,000, "一二、五○○" 12,500; a run of them may follow a large
#: unit ("三五億二、六○○萬" is 35 億 2,600 萬).
_HAN_GROUPED = re.compile(r"[零〇○一二三四五六七八九]{1,3}(?:\u3001[零〇○一二三四五六七八九]{3})+(?![零〇○一二三四五六七八九])")
_HAN_DIGIT_RUN = re.compile(r"[零〇○一二三四五六七八九\u3001]+")


def _ungrouped(number: str) -> str:
    """``number`` without the commas of its digit groups; ValueError when a comma groups no three
    digits ("三、四" is a list of two numbers, "二○○八、二○○九" of two years: never one number)
    or when the run it stands in is not one number grouped by threes."""
    if "\u3001" not in number:
        return number
    for run in _HAN_DIGIT_RUN.finditer(number):
        if "\u3001" in run.group() and _HAN_GROUPED.fullmatch(run.group()) is None:
            raise ValueError(f"not a numeral: {number!r}")
    return number.replace("\u3001", "")


def _tens_spelled(number: str) -> str:
    """``number`` with each character of tens written as its digit and ten ("廿八億" as "二十八億");
    ``ValueError`` where it stands as no number ("二廿", "廿百")."""
    if not any(c in _TENS for c in number):
        return number
    if _TENS_MISPLACED.search(number):
        raise ValueError(f"not a CJK numeral: {number!r}")
    return "".join(_TENS.get(c, c) for c in number)


def _han_point(number: str) -> int:
    """Where the decimal point of a number spelled in Han stands, -1 for none: 点 ("七十四点五亿"),
    or the point that Taiwan and older texts write, fullwidth or not, between Han digits set one
    by one ("七四．五億" is 74.5 億, "一．八兆" 1.8 兆); a point after a unit or an Arabic digit
    ("十.五", "1.五") is none."""
    point = number.find("点") if "点" in number else number.find("點")
    if point < 0 and "." in number:
        point = number.find(".")
        return point if point > 0 and number[point - 1] in _HAN_DIGITS else -1
    return point


def _placed(current: Decimal | None, number: str, i: int, by_place: bool = False) -> Decimal:
    """The digits waiting for a unit, with the digit at ``i`` written after them in its place;
    raises ``ValueError`` when it and the one before it, one less, alone before a unit, are a
    guess between two numbers ("三四十", "一两万"), and so are "三五" ("三五亿", three to five
    hundred million: "a few", never 35, which is written 三十五); not in a numeral that groups
    its digits by threes (``by_place``: "三五億二、六○○萬" writes every digit in its place)."""
    digit = _CJK_DIGITS[number[i]]
    if current is None:
        return Decimal(digit)
    if (
        not by_place
        and number[i + 1 : i + 2] in _CJK_UNITS
        and (_CJK_DIGITS.get(number[i - 1], -9) + 1 == digit > 1 or number[i - 1 : i + 1] == "三五")
        and (i < 2 or number[i - 2] not in _CJK_DIGITS)
    ):
        raise ValueError(f"not a CJK numeral: {number!r}")
    return current * 10 + digit


def _unit_alone(current: Decimal | None, number: str) -> Decimal:
    """The count of a large unit written with none before it ("万元" is one 万); a count of zero
    ("○○萬", a figure left out) is no number."""
    if current is not None:
        raise ValueError(f"not a CJK numeral: {number!r}")
    return Decimal(1)


def _add_large(total: Decimal, section: Decimal, unit: int, top: int, last: int, number: str) -> tuple[Decimal, int, int]:
    """Add the section counted by a large unit to the total: a unit larger than every one before
    it counts all that was written before ("一万六千七百七十亿" is 16,770 亿, "1万2千亿" 12,000 亿);
    a unit between the last one and the largest ("一亿两千万亿") says no number a reader knows.
    Returns the new total, the largest unit and the last one."""
    if last and unit > last:
        if unit <= top:
            raise ValueError(f"not a CJK numeral: {number!r}")
        return (total + section).scaleb(unit), unit, unit
    return total + section.scaleb(unit), max(top, unit), unit


def _normalized(number: str) -> tuple[str, bool]:
    """``number`` with ASCII digits, no grouping commas and tens spelled out, and whether it
    grouped its digits by threes (every digit of it then stands in its place)."""
    return _tens_spelled(_ungrouped(number.translate(FULLWIDTH).translate(_NUMERAL_SPACES))), "\u3001" in number


@functools.lru_cache(maxsize=4096)
def parse_cjk(number: str) -> Numeral:
    """Read a CJK numeral, possibly mixed with digits: ``三千八百`` -> 3800, ``1.5万`` -> 15000,
    ``2억 4천 7백만`` -> 247000000 (the Korean units, spaced).

    The exponent is that of the smallest unit written: ``三千八百万`` -> 6, ``十五`` -> 0.
    Raises ``ValueError`` when the text is not a well-formed numeral.
    """
    number, by_place = _normalized(number)
    point = _han_point(number)
    if point >= 0:
        return _cjk_decimal(number[:point], number[point + 1 :])
    total = Decimal(0)  # completed sections above the current large unit
    section = Decimal(0)  # the current section below 万/亿
    current: Decimal | None = None  # digit(s) waiting for a small unit
    lowest = None  # exponent of the last written position
    current_exp = 0
    i = 0
    seen = False
    top = last = 0  # the largest unit written so far, and the last one
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
            # digits written one after another are read place by place ("九○○" is 900, "二〇二〇"
            # 2020, "九八億" 98 億); a zero alone holds a place ("一千零五"); but two digits alone,
            # each one more than the other, before a unit are a guess between two numbers
            # ("两三百万" two or three million, "十七八万" 170,000 or 180,000), no one number
            current = _placed(current, number, i, by_place)
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
            if i + 1 < len(number) and c in "万萬" and number[i + 1] in "亿億":
                unit = 12  # 万亿 (萬億): a trillion
                i += 1
            section += current if current is not None else Decimal(0)
            section = section or _unit_alone(current, number)
            base_exp = (current_exp if current is not None else (lowest if lowest is not None else 0))
            total, top, last = _add_large(total, section, unit, top, last, number)
            lowest = unit + min(base_exp, 0) if current is not None else unit + (lowest or 0)
            section = Decimal(0)
            current = None
            current_exp = 0
            seen = True
        else:
            raise ValueError(f"not a CJK numeral: {number!r}")
        i += 1
    if not seen or not number.strip("〇○"):  # "○○○元" holds the place of a figure left out
        raise ValueError(f"not a CJK numeral: {number!r}")
    if current is not None:
        section += current
        lowest = current_exp
    value = total + section
    exponent = lowest if lowest is not None else 0
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1)) if exponent >= 0 else value
    return Numeral(value, exponent)


#: The comma and dash that end a price of whole units ("50,- Kč"), and what may not stand before them.
_WHOLE_DASH = re.compile(",[-\u2013\u2014]")
_SEPARATORS = frozenset(",.'\u2019")


def _dash_decimals_in_doubt(span: str, number: tuple[int, int], cut: int, scale_word: str | None) -> bool:
    """Whether a price written with ",-" for its decimals ("50,- Kč", "1 995,– Kč") is no amount to
    read: the dash says there are no decimals, so it may follow only digits grouped by blanks if at
    all ("1.198,- €" groups by a point or marks decimals: which, the dash does not say for every
    sign), with no scale word."""
    if _WHOLE_DASH.search(span, number[1], cut) is None:
        return False
    return scale_word is not None or not _SEPARATORS.isdisjoint(span[number[0] : number[1]])
