"""Numerals -> exact ``Decimal`` plus the place value of the last written digit.

Four families are read here, each without ever going through ``float``:

* digit strings with any grouping style: ``1,234.56``, ``1.234,56``, ``1 234,56`` (no-break or thin
  space), ``1'234.56``, Indian ``12,34,567.89``, fullwidth digits;
* CJK numerals, alone or mixed with digits: ``三千八百``, ``两``, ``1.5万``, ``十五``, and the
  Korean units written with digits and spaces: ``2억 4천 7백만`` (247,000,000), ``1만 2천 345``;
* spelled English numbers: ``twenty``, ``a``, ``half a``, ``forty-five``, ``one hundred and five``;
* numbers spelled in French, Spanish, Portuguese, Italian, German, Dutch, Swedish and Turkish,
  set apart or glued: ``cinq millions``, ``un mil millones``, ``achtundsiebzig``, ``quarantacinque``;
  and in Hindi, with its fractions: ``पांच मिलियन``, ``साढ़े छः लाख``;
* in all of these, a decimal mark spoken as a word: ``two point five billion``, ``zwei Komma
  null fünf``, ``cinco coma cincuenta``, ``बाईस दशमलव शून्य पाँच``.

Every parser returns a :class:`Numeral`: the value and the exponent of the last written digit
(``72.5`` -> -1, ``1,200`` -> 0), which the scanner scales into a mention's quoted precision.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

__all__ = ["Numeral", "parse_digits", "parse_cjk", "parse_words", "parse_spelled", "to_decimal", "FULLWIDTH"]

#: Fullwidth digits and separators, and Devanagari digits, read as their ASCII twins.
FULLWIDTH = str.maketrans("０１２３４５６７８９．，०१२३४५६७८९", "0123456789.,0123456789")

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

    A vulgar fraction may end the number: ``2½`` is 2.5, ``1¾`` 1.75.

    Raises ``ValueError`` when ``number`` holds no digit.
    """
    if number[-1:] in _VULGAR:
        whole = parse_digits(number[:-1], lang)
        if whole.exponent < 0:
            raise ValueError(f"a fraction after decimals in {number!r}")
        added = _VULGAR[number[-1]]
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
    "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2,
    "三": 3, "叁": 3, "參": 3, "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
    # the Sino-Korean digits, read before a Korean unit ("육십만" is 600,000)
    "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9,
}
_CJK_SMALL = {"十": 1, "拾": 1, "百": 2, "佰": 2, "千": 3, "仟": 3, "십": 1, "백": 2, "천": 3}
_CJK_LARGE = {"万": 4, "萬": 4, "亿": 8, "億": 8, "兆": 12, "만": 4, "억": 8, "조": 12}
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


@functools.lru_cache(maxsize=4096)
def parse_cjk(number: str) -> Numeral:
    """Read a CJK numeral, possibly mixed with digits: ``三千八百`` -> 3800, ``1.5万`` -> 15000,
    ``2억 4천 7백만`` -> 247000000 (the Korean units, spaced).

    The exponent is that of the smallest unit written: ``三千八百万`` -> 6, ``十五`` -> 0.
    Raises ``ValueError`` when the text is not a well-formed numeral.
    """
    number = number.translate(FULLWIDTH).translate(_NUMERAL_SPACES)
    point = number.find("点") if "点" in number else number.find("點")
    if point >= 0:
        return _cjk_decimal(number[:point], number[point + 1 :])
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
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}
_MULTIPLIERS = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}
_FRACTIONS = {"half": Decimal("0.5"), "quarter": Decimal("0.25"), "quarters": Decimal("0.25")}
#: A fraction written with a slash after a count in digits: "2 1/2 million".
_SLASH_FRACTION = re.compile(r"[0-9]/[0-9]")
#: What "and" adds after a count or a multiplier: "two and a half", "a million and three quarters".
_AND_FRACTIONS = {
    ("a", "half"): Decimal("0.5"), ("one", "half"): Decimal("0.5"), ("a", "quarter"): Decimal("0.25"),
    ("one", "quarter"): Decimal("0.25"), ("three", "quarters"): Decimal("0.75"),
}

#: The digits spoken one by one after "point": "two point five o six" is 2.506.
_DIGIT_WORDS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9",
}

#: Every word :func:`parse_words` understands, for building scan patterns.
NUMBER_WORDS: tuple[str, ...] = tuple(_UNITS) + tuple(_MULTIPLIERS) + tuple(_FRACTIONS) + ("dozen", "point", "oh", "o", "of")


def _with_point(words: list[str], phrase: str) -> Numeral:
    """The English number of ``words``, one of which is "point": a whole number before it, digits
    spoken one by one after it, and the multipliers that scale the whole ("two point five
    billion" is 2,500,000,000; its last digit stands for hundreds of millions)."""
    at = words.index("point")
    digits_end = len(words)
    while digits_end > at + 1 and words[digits_end - 1] in _MULTIPLIERS and words[digits_end - 1] != "hundred":
        digits_end -= 1
    spoken = [_DIGIT_WORDS.get(w) for w in words[at + 1 : digits_end]]
    scales = [_MULTIPLIERS[w] for w in words[digits_end:]]
    if at == 0 or not spoken or None in spoken or scales != sorted(set(scales)):
        raise ValueError(f"not a spelled number: {phrase!r}")
    whole = parse_words(" ".join(words[:at])).value
    if whole != whole.to_integral_value():
        raise ValueError(f"not a spelled number: {phrase!r}")  # "half a point five"
    return _decimal(int(whole), "".join(spoken), sum(scales))  # type: ignore[arg-type]


def _decimal(whole: int, fraction: str, power: int) -> Numeral:
    """The number ``whole`` point ``fraction`` (its digits after the mark) times ten to ``power``;
    its exponent is that of the last digit spoken."""
    exponent = power - len(fraction)
    value = Decimal(f"{whole}{fraction}E{exponent}")
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return Numeral(value, exponent)


@functools.lru_cache(maxsize=4096)
def parse_words(phrase: str) -> Numeral:
    """Read a spelled English number: ``twenty``, ``a billion``, ``half a million``, ``forty-five``,
    fractions that scale or add (``three quarters of a million``, ``two and a half billion``,
    ``a million and a half``), and a decimal spoken digit by digit: ``two point five billion``,
    ``twenty point five o six``.

    The exponent is that of the last multiplier applied (``twenty million`` -> 6), so that the
    quoted precision of a spelled amount is its smallest spoken unit, or finer where the value
    needs it (``two and a half billion`` -> 8); after "point", that of the last digit spoken,
    scaled (``two point five billion`` -> 8).
    Raises ``ValueError`` when a word is not a number word.
    """
    words = [w for w in re.split(r"[\s\-]+", phrase.lower().strip()) if w]
    if not [w for w in words if w != "and"]:
        raise ValueError(f"not a spelled number: {phrase!r}")
    if "point" in words:
        return _with_point([w for w in words if w != "and"], phrase)
    total = Decimal(0)
    group = Decimal(0)
    fraction: Decimal | None = None
    last_exp = 0
    pending = False
    at = 0
    while at < len(words):
        word = words[at]
        at += 1
        if word == "and":
            added = _AND_FRACTIONS.get(tuple(words[at : at + 2]))
            if added is None:
                if at < 2 or words[at - 2] not in _MULTIPLIERS:
                    # "one hundred and five", "two thousand and ten"; "five and six" are two numbers
                    raise ValueError(f"not a spelled number: {phrase!r}")
                continue
            at += 2
            if pending and fraction is None:
                group += added  # "two and a half billion": the count grows by the fraction
            elif total and not group and fraction is None:
                total += added.scaleb(last_exp)  # "a million and a half": of the last multiplier
            else:
                raise ValueError(f"not a spelled number: {phrase!r}")
            continue
        if word in _FRACTIONS:
            fraction = _FRACTIONS[word]
            continue
        if word == "of" and fraction is not None:
            continue  # "three quarters of a million"
        if word == "dozen":
            group = (group if pending else Decimal(1)) * 12  # "a dozen" is 12, "two dozen" 24
            pending, last_exp = True, 0
            continue
        if word.isascii() and word.isdigit() and at == 1 and len(word) <= 3:
            group, pending = Decimal(word), True  # a count in digits first: "3 and a half million"
            continue
        if at == 2 and pending and _SLASH_FRACTION.fullmatch(word):
            above, below = int(word[0]), int(word[2])
            if below not in (2, 4, 8) or not 0 < above < below:
                raise ValueError(f"not a spelled number: {phrase!r}")  # "1/3" has no exact decimal
            group += Decimal(above) / below  # "2 1/2 million", "2 5/8 million"
            continue
        if word in _UNITS:
            if word in ("a", "an") and fraction is not None:
                continue  # "half a million": the article belongs to the fraction
            low = group % 100
            if pending and not (low == 0 or (low % 10 == 0 and low >= 20 and _UNITS[word] < 10)):
                raise ValueError(f"not a spelled number: {phrase!r}")  # "five six", "twenty thirty"
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
    # "half a million" is 500,000: its last digit stands for hundreds of thousands
    exponent = last_exp if value == 0 else min(last_exp, _last_digit(value))
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return Numeral(value, exponent)


# --------------------------------------------------------------------------------------------
# Spelled numbers of the other languages the scanner reads: French, Spanish, Portuguese,
# Italian, German, Dutch, Swedish and Turkish.  Each language has a lexicon of the pieces its
# numbers are written with, whether set apart by spaces and hyphens ("cinq millions", "vingt-et-un",
# "beş milyon") or glued into one word ("achtundsiebzig", "quarantacinque", "vijfenveertig",
# "fyrtiofem").  A phrase is cut into pieces, longest piece first, and the pieces are summed and
# multiplied as the spoken number says.
# --------------------------------------------------------------------------------------------

#: A piece's kind: a value added in, hundred (multiplies what comes before it), or a power of ten
#: of three or more (multiplies everything before it that is smaller).
_ADD, _HUNDRED, _POWER = 0, 1, 2
#: Hindi alone: a fraction, in quarters (see _HINDI_QUARTERS).
_QUARTER = 3
#: The decimal mark spoken as a word ("zwei Komma fünf"), and zero, which stands only before it
#: ("null Komma zwei") or among the digits after it ("zwölf Komma null fünf").
_POINT, _ZERO = 4, 5
#: A half: alone before a power ("medio millón", "eine halbe Million"), after a joiner ("un
#: milliard et demi", "un millón y medio", "två och en halv miljon"); value 1.  A half that adds to
#: the count before it ("bir buçuk milyon", "zweieinhalb"): value 2.  One and a half as one word
#: ("anderthalb", "anderhalf"): value 3.
_HALF = 6


def _lexicon(
    adds: str, hundreds: str, powers: str, points: str = "", zeros: str = "", halves: str = ""
) -> dict[str, tuple[int, int]]:
    """A language's pieces: ``adds`` as ``"word=value word=value ..."``, the words for hundred,
    the words of powers of ten as ``"word=exponent ..."``, the words for a decimal mark and for
    zero, and its halves as ``"word=kind ..."`` (see :data:`_HALF`)."""
    pieces = {word: (_ADD, value) for word, value in _pairs(adds)}
    pieces.update((word, (_HUNDRED, 2)) for word in hundreds.split())
    pieces.update((word, (_POWER, exp)) for word, exp in _pairs(powers))
    pieces.update((word, (_POINT, 0)) for word in points.split())
    pieces.update((word, (_ZERO, 0)) for word in zeros.split())
    pieces.update((word, (_HALF, kind)) for word, kind in _pairs(halves))
    return pieces


def _pairs(spec: str) -> list[tuple[str, int]]:
    """``"million=6 millions=6"`` as ``[("million", 6), ("millions", 6)]``."""
    return [(word, int(number)) for word, number in (item.split("=") for item in spec.split())]


#: Per language: its pieces and the words that join them ("und", "y", "och").  A joiner of a glued
#: language may also stand inside a word ("acht|und|siebzig", "vijf|en|veertig").
_SPELLED: dict[str, tuple[dict[str, tuple[int, int]], tuple[str, ...]]] = {
    "fr": (
        _lexicon(
            "un=1 une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 "
            "douze=12 treize=13 quatorze=14 quinze=15 seize=16 vingt=20 trente=30 quarante=40 "
            "cinquante=50 soixante=60 quatre-vingt=80 quatre-vingts=80 septante=70 huitante=80 "
            "octante=80 nonante=90",
            "cent cents",
            "mille=3 mil=3 million=6 millions=6 milliard=9 milliards=9",
            "virgule",
            "zéro zero",
            "demi=1 demie=1",
        ),
        ("et",),
    ),
    "es": (
        _lexicon(
            "un=1 uno=1 una=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 "
            "once=11 doce=12 trece=13 catorce=14 quince=15 dieciséis=16 dieciseis=16 diecisiete=17 "
            "dieciocho=18 diecinueve=19 veinte=20 veintiuno=21 veintiún=21 veintiuna=21 veintidós=22 "
            "veintidos=22 veintitrés=23 veintitres=23 veinticuatro=24 veinticinco=25 veintiséis=26 "
            "veintiseis=26 veintisiete=27 veintiocho=28 veintinueve=29 treinta=30 cuarenta=40 "
            "cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90 doscientos=200 doscientas=200 "
            "trescientos=300 trescientas=300 cuatrocientos=400 cuatrocientas=400 quinientos=500 "
            "quinientas=500 seiscientos=600 seiscientas=600 setecientos=700 setecientas=700 "
            "ochocientos=800 ochocientas=800 novecientos=900 novecientas=900",
            "cien ciento",
            "mil=3 millón=6 millon=6 millones=6 billón=12 billon=12 billones=12",
            "coma punto",
            "cero",
            "medio=1 media=1",
        ),
        ("y",),
    ),
    "pt": (
        _lexicon(
            "um=1 uma=1 dois=2 duas=2 três=3 tres=3 quatro=4 cinco=5 seis=6 sete=7 oito=8 nove=9 "
            "dez=10 onze=11 doze=12 treze=13 catorze=14 quatorze=14 quinze=15 dezesseis=16 "
            "dezasseis=16 dezessete=17 dezassete=17 dezoito=18 dezenove=19 dezanove=19 vinte=20 "
            "trinta=30 quarenta=40 cinquenta=50 sessenta=60 setenta=70 oitenta=80 noventa=90 "
            "duzentos=200 duzentas=200 trezentos=300 trezentas=300 quatrocentos=400 "
            "quatrocentas=400 quinhentos=500 quinhentas=500 seiscentos=600 seiscentas=600 "
            "setecentos=700 setecentas=700 oitocentos=800 oitocentas=800 novecentos=900 "
            "novecentas=900",
            "cem cento",
            # Brazil's bilhão is a thousand million; Portugal's bilião a million million
            "mil=3 milhão=6 milhao=6 milhões=6 milhoes=6 bilhão=9 bilhao=9 bilhões=9 "
            "bilhoes=9 bilião=12 biliões=12",
            "vírgula virgula ponto",
            "zero",
            "meio=1 meia=1",
        ),
        ("e",),
    ),
    "it": (
        _lexicon(
            "uno=1 un=1 una=1 due=2 tre=3 tré=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 "
            "dieci=10 undici=11 dodici=12 tredici=13 quattordici=14 quindici=15 sedici=16 "
            "diciassette=17 diciotto=18 diciannove=19 venti=20 vent=20 trenta=30 trent=30 "
            "quaranta=40 quarant=40 cinquanta=50 cinquant=50 sessanta=60 sessant=60 settanta=70 "
            "settant=70 ottanta=80 ottant=80 novanta=90 novant=90",
            "cento cent",
            "mille=3 mila=3 milione=6 milioni=6 miliardo=9 miliardi=9",
            "virgola",
            "zero",
            "mezzo=1 mezza=1",
        ),
        ("e",),
    ),
    "de": (
        _lexicon(
            "ein=1 eine=1 einen=1 einem=1 einer=1 eins=1 zwei=2 drei=3 vier=4 fünf=5 sechs=6 "
            "sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 dreizehn=13 vierzehn=14 fünfzehn=15 "
            "sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19 zwanzig=20 dreißig=30 dreissig=30 "
            "vierzig=40 fünfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90",
            "hundert",
            "tausend=3 million=6 millionen=6 milliarde=9 milliarden=9 billionen=12",
            "komma",
            "null",
            "halbe=1 halben=1 halb=1 einhalb=2 anderthalb=3",
        ),
        ("und",),
    ),
    "nl": (
        _lexicon(
            "een=1 één=1 twee=2 drie=3 vier=4 vijf=5 zes=6 zeven=7 acht=8 negen=9 tien=10 elf=11 "
            "twaalf=12 dertien=13 veertien=14 vijftien=15 zestien=16 zeventien=17 achttien=18 "
            "negentien=19 twintig=20 dertig=30 veertig=40 vijftig=50 zestig=60 zeventig=70 "
            "tachtig=80 negentig=90",
            "honderd",
            "duizend=3 miljoen=6 miljard=9 biljoen=12",
            "komma",
            "nul",
            "half=1 halve=1 anderhalf=3",
        ),
        ("en", "ën"),
    ),
    "sv": (
        _lexicon(
            "en=1 ett=1 två=2 tre=3 fyra=4 fem=5 sex=6 sju=7 åtta=8 nio=9 tio=10 elva=11 tolv=12 "
            "tretton=13 fjorton=14 femton=15 sexton=16 sjutton=17 arton=18 nitton=19 tjugo=20 "
            "trettio=30 fyrtio=40 förtio=40 femtio=50 sextio=60 sjuttio=70 åttio=80 nittio=90",
            "hundra",
            "tusen=3 ettusen=3 miljon=6 miljoner=6 miljard=9 miljarder=9 biljon=12 biljoner=12",
            "komma",
            "noll",
            "halv=1 halvt=1 halva=1",
        ),
        ("och",),
    ),
    "tr": (
        _lexicon(
            "bir=1 iki=2 üç=3 dört=4 beş=5 altı=6 yedi=7 sekiz=8 dokuz=9 on=10 yirmi=20 otuz=30 "
            "kırk=40 elli=50 altmış=60 yetmiş=70 seksen=80 doksan=90",
            "yüz",
            "bin=3 milyon=6 milyar=9 trilyon=12",
            "virgül",
            "sıfır",
            "yarım=1 buçuk=2",
        ),
        (),
    ),
}

#: Hindi: every number below a hundred is a word of its own, written in several spellings;
#: a count of up to ninety-nine may stand before "सौ" ("पच्चीस सौ" is 2,500); the Indian powers
#: लाख (10^5), करोड़ (10^7), अरब (10^9), खरब (10^11) stand beside the English ones borrowed by
#: the press (मिलियन, बिलियन).  Fractions are read apart (:data:`_HINDI_QUARTERS`).
_HINDI_COUNTS = (
    "एक=1 दो=2 तीन=3 चार=4 पाँच=5 पांच=5 छह=6 छः=6 छ:=6 छे=6 छै=6 सात=7 आठ=8 नौ=9 दस=10 "
    "ग्यारह=11 बारह=12 तेरह=13 चौदह=14 पंद्रह=15 पन्द्रह=15 सोलह=16 सत्रह=17 अठारह=18 "
    "अट्ठारह=18 उन्नीस=19 बीस=20 इक्कीस=21 बाईस=22 तेईस=23 चौबीस=24 पच्चीस=25 छब्बीस=26 "
    "सत्ताईस=27 अट्ठाईस=28 अठाईस=28 उनतीस=29 तीस=30 इकतीस=31 इकत्तीस=31 बत्तीस=32 तैंतीस=33 "
    "तेंतीस=33 चौंतीस=34 पैंतीस=35 छत्तीस=36 सैंतीस=37 अड़तीस=38 उनतालीस=39 उन्तालीस=39 "
    "चालीस=40 इकतालीस=41 बयालीस=42 बियालीस=42 तैंतालीस=43 तेंतालीस=43 चवालीस=44 चौवालीस=44 "
    "पैंतालीस=45 छियालीस=46 सैंतालीस=47 अड़तालीस=48 उनचास=49 पचास=50 इक्यावन=51 इकावन=51 "
    "बावन=52 तिरेपन=53 तिरपन=53 चौवन=54 चौव्वन=54 पचपन=55 छप्पन=56 सत्तावन=57 अट्ठावन=58 "
    "अठावन=58 उनसठ=59 साठ=60 इकसठ=61 बासठ=62 तिरेसठ=63 तिरसठ=63 चौंसठ=64 पैंसठ=65 छियासठ=66 "
    "सड़सठ=67 सरसठ=67 अड़सठ=68 उनहत्तर=69 सत्तर=70 इकहत्तर=71 बहत्तर=72 तिहत्तर=73 चौहत्तर=74 "
    "पचहत्तर=75 छिहत्तर=76 सतहत्तर=77 सत्तहत्तर=77 अठहत्तर=78 उन्यासी=79 उनासी=79 अस्सी=80 "
    "इक्यासी=81 बयासी=82 तिरासी=83 चौरासी=84 पचासी=85 छियासी=86 सत्तासी=87 अट्ठासी=88 "
    "नवासी=89 नब्बे=90 इक्यानवे=91 इक्यानबे=91 बानवे=92 बानबे=92 तिरानवे=93 तिरानबे=93 "
    "चौरानवे=94 चौरानबे=94 पचानवे=95 पचानबे=95 पंचानवे=95 पंचानबे=95 छियानवे=96 छियानबे=96 "
    "सत्तानवे=97 सत्तानबे=97 अट्ठानवे=98 अट्ठानबे=98 निन्यानवे=99 निन्यानबे=99 "
    # the forties are written with a short i as well
    "उनतालिस=39 चालिस=40 इकतालिस=41 बयालिस=42 तैंतालिस=43 चवालिस=44 पैंतालिस=45 छियालिस=46 "
    "सैंतालिस=47 अड़तालिस=48"
)
_HINDI_POWERS = "हज़ार=3 हजार=3 लाख=5 करोड़=7 करोड=7 अरब=9 खरब=11 मिलियन=6 बिलियन=9 ट्रिलियन=12"
#: Hindi fractions, in quarters: साढ़े ("and a half": साढ़े सात सौ is 750), सवा ("and a quarter"),
#: पौने ("less a quarter") go with the count or power after them; डेढ़ (1½) and ढाई (2½) are counts.
_HINDI_QUARTERS = {"साढ़े": 2, "साढे": 2, "सवा": 1, "पौने": -1, "डेढ़": 6, "डेढ": 6, "ढाई": 10}

#: Devanagari letters with a nukta have two spellings: the letter and the sign apart (which NFC
#: keeps, and CLDR writes) and one code point ("ड़", U+095C), which texts write as well.
_NUKTA = {"\u0915": "\u0958", "\u0916": "\u0959", "\u0917": "\u095a", "\u091c": "\u095b", "\u0921": "\u095c",
          "\u0922": "\u095d", "\u092b": "\u095e", "\u092f": "\u095f"}
_NUKTA_PAIR = re.compile("([" + "".join(_NUKTA) + "])\u093c")


def nukta_forms(word: str) -> tuple[str, ...]:
    """``word`` and, when it holds a Devanagari letter with a nukta, its other spelling:
    ``"करोड़"`` with the nukta apart and as one code point (U+095C)."""
    joined = _NUKTA_PAIR.sub(lambda m: _NUKTA[m.group(1)], word)
    return (word,) if joined == word else (word, joined)


def _hindi_lexicon() -> dict[str, tuple[int, int]]:
    """The Hindi pieces in both nukta spellings; fractions are of kind :data:`_QUARTER`."""
    base = _lexicon(_HINDI_COUNTS, "सौ", _HINDI_POWERS, "दशमलव", "शून्य")
    base.update((word, (_QUARTER, quarters)) for word, quarters in _HINDI_QUARTERS.items())
    return {form: entry for word, entry in base.items() for form in nukta_forms(word)}


_SPELLED["hi"] = (_hindi_lexicon(), ())

#: The words of every language for a decimal mark ("Komma", "virgule", "दशमलव") and for zero
#: ("null", "zéro", "शून्य"), for building scan patterns.
DECIMAL_WORDS: frozenset[str] = frozenset(w for lexicon, _ in _SPELLED.values() for w, (k, _) in lexicon.items() if k == _POINT)
ZERO_WORDS: frozenset[str] = frozenset(w for lexicon, _ in _SPELLED.values() for w, (k, _) in lexicon.items() if k == _ZERO)

#: Joiners that stand inside a glued word: German "und", Dutch "en" and "ën".  The others stand
#: between words, or between hyphens ("vingt-et-un").
_GLUED_JOINERS = {"de": ("und",), "nl": ("en", "ën")}

#: The longest word :func:`parse_spelled` cuts into pieces: a glued number below a million
#: has at most 72 letters ("siebenhundertsiebenundsiebzigtausendsiebenhundertsiebenundsiebzig"
#: has 65), and a word longer than this is no number.
_MAX_WORD = 100

_SEPARATOR = re.compile(r"\s+")


@functools.cache
def _cutters(lang: str) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """What a word of ``lang`` is cut into (its pieces, its glued joiners, its other joiners and
    the hyphen) by first letter, longest first, and which joiners stand only between hyphens."""
    pieces, joiners = _SPELLED[lang]
    glued = set(_GLUED_JOINERS.get(lang, ()))
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(pieces) | set(joiners) | {"-"}, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(word)
    return {first: tuple(words) for first, words in by_first.items()}, frozenset(set(joiners) - glued)


@functools.lru_cache(maxsize=8192)
def _cut(word: str, lang: str) -> tuple[str, ...] | None:
    """``word`` cut into pieces and joiners of ``lang``, preferring longer pieces first but going
    back to a shorter one where a longer one leaves a rest that cannot be cut ("cento|tto" fails,
    "cent|otto" is 108); None when there is no way.  Which rests can be cut is worked out once,
    from the end, so the time is linear in the word whatever its pieces ("undiciotto" is both
    "un|diciotto" and "undici|otto")."""
    by_first, hyphened = _cutters(lang)
    size = len(word)
    # choice[i]: the piece a cut of word[i:] begins with (None: word[i:] cannot be cut)
    choice: list[str | None] = [None] * (size + 1)
    ends = [False] * (size + 1)
    ends[size] = True
    for at in range(size - 1, -1, -1):
        for piece in by_first.get(word[at], ()):
            end = at + len(piece)
            if end <= size and ends[end] and word.startswith(piece, at):
                choice[at], ends[at] = piece, True
                break
    if not ends[0]:
        return None
    cut: list[str] = []
    at = 0
    while at < size:
        piece = choice[at]
        assert piece is not None
        cut.append(piece)
        at += len(piece)
    for i, piece in enumerate(cut):
        # "vingt-et-un": a joiner of words stands inside a word only between hyphens
        if piece in hyphened and len(cut) > 1 and not (0 < i < len(cut) - 1 and cut[i - 1] == cut[i + 1] == "-"):
            return None
    return tuple(cut)


def spelled_pieces() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Every piece of every language :func:`parse_spelled` reads, the joiners that stand between
    words ("et", "y", "und"), and those that also stand inside one ("und", "en"): for building
    scan patterns."""
    pieces = sorted({w for lexicon, _ in _SPELLED.values() for w in lexicon}, key=len, reverse=True)
    joiners = sorted({j for _, js in _SPELLED.values() for j in js}, key=len, reverse=True)
    glued = sorted({j for js in _GLUED_JOINERS.values() for j in js}, key=len, reverse=True)
    return tuple(pieces), tuple(joiners), tuple(glued)


def _add(current: int, value: int, lang: str, joined: bool) -> int | None:
    """``current`` (what is below a thousand so far) with ``value`` added, None when the two
    cannot stand together in a spoken number of ``lang`` ("zwei drei", "vingt trente", "diez
    cinco"); ``joined`` tells that a joiner stood just before ``value`` ("acht|und|siebzig")."""
    if value >= 100:
        return current + value if current == 0 else None  # "doscientos" opens a group
    if joined and lang == "fr" and value not in (1, 11):
        return None  # French joins with "et" only "un" and "onze": "vingt et un", "soixante et onze"
    low = current % 100
    if (
        low == 0
        or (low % 10 == 0 and low >= 20 and value < 10)  # "vingt-cinq", "quarantacinque", "trenta e uno"
        or (lang == "fr" and low in (10, 70, 90) and value < 10)  # "dix-sept", "soixante-dix-huit"
        or (lang == "tr" and low == 10 and value < 10)  # "on bir": Turkish counts ten and one
        or (lang == "fr" and low in (60, 80) and 10 <= value < 20)  # "soixante-dix", "quatre-vingt-onze"
        # units before tens, joined: "achtundsiebzig", "vijfenveertig"
        or (joined and lang in _GLUED_JOINERS and 0 < low < 10 and value % 10 == 0 and 20 <= value < 100)
    ):
        return current + value
    return None


def _power(parts: list[tuple[Any, int]], current: Any, exponent: int) -> bool:
    """Apply a power of ten to what was said: it multiplies ``current`` and every part of a smaller
    power since a larger one ("mil millones" is 10^9, "दो लाख करोड़" 2 × 10^12), and the product
    joins ``parts`` (value, exponent; largest first).  False when the phrase says no number: the
    same power twice ("mille mille"), or a million or more of nothing ("millions d'euros")."""
    base = current
    while parts and parts[-1][1] < exponent:
        base += parts.pop()[0]
    if parts and parts[-1][1] == exponent:
        return False
    if base == 0 and exponent >= 6:
        return False
    parts.append(((base or 1) * 10**exponent, exponent))
    return True


def _read_spelled(said: list[str], lang: str) -> Numeral | None:
    """The number that ``said`` (pieces and joiners of ``lang``, in order) says, or None."""
    lexicon, joiners = _SPELLED[lang]
    kinds = [lexicon[word][0] if word in lexicon else None for word in said]
    if _POINT in kinds or _ZERO in kinds:
        return _read_decimal(said, kinds, lang)
    if lang == "hi":
        return _read_hindi(said)
    if _HALF in kinds:
        return _read_halves(said, kinds, lang)
    parts: list[tuple[int, int]] = []  # (value, exponent of the power that made it), largest first
    current = 0  # what was said since the last power
    last_exp = 0
    joined = False
    for word in said:
        if word in joiners:  # no joiner is also a piece
            joined = True
            continue
        kind, value = lexicon[word]
        if kind == _ADD:
            added = _add(current, value, lang, joined)
            if added is None:
                return None
            current = added
            last_exp = 2 if value % 100 == 0 else 0  # "duzentos" ends on its hundreds
        elif kind == _HUNDRED:
            if current >= 20 or current == 10:
                # hundreds of one digit or of eleven to nineteen ("zwölfhundert", "dix-neuf
                # cents"); "quarantacinque cent" is no number
                return None
            current, last_exp = (current or 1) * 100, 2
        else:
            if not _power(parts, current, value):  # "mil millones" is 10^9
                return None
            current, last_exp = 0, value
        joined = False
    total = sum(v for v, _ in parts) + current
    if total == 0:
        return None
    return Numeral(Decimal(total), last_exp)


def _read_halves(said: list[str], kinds: list[int | None], lang: str) -> Numeral | None:
    """The number of ``said`` (of ``kinds``, None for a joiner) with a half in it, or None.

    * a half alone, or after an article, halves the powers after it: "medio millón", "eine halbe
      Million", "un demi-million" are 500,000;
    * after a joiner, a half adds to what was said: half the power just said ("un milliard et
      demi", "un millón y medio" are 1.5 × 10^9 and 1.5 × 10^6), or half a unit to the count
      before the powers ("två och en halv miljon", "tweeënhalf miljoen" are 2.5 × 10^6);
    * some halves add to the count before them unjoined: "bir buçuk milyon", "zweieinhalb
      Millionen"; and "anderthalb", "anderhalf" are one and a half.

    Only powers follow a half, and a half ends the number.
    """
    lexicon = _SPELLED[lang][0]
    if kinds.count(_HALF) != 1:
        return None
    at = kinds.index(_HALF)
    kind = lexicon[said[at]][1]
    if any(k != _POWER for k in kinds[at + 1 :]):
        return None  # "medio millón", "anderthalb Millionen": only powers after a half
    scales = [lexicon[word][1] for word in said[at + 1 :]]
    if scales != sorted(set(scales)):
        return None
    power = sum(scales)
    before = said[:at]
    if kind == 1 and before and kinds[at - 1] == _ADD and lexicon[before[-1]][1] == 1:
        before = before[:-1]  # the article of the half: "eine halbe", "och en halv", "un demi"
    if kind == 3 or (kind == 1 and not before):
        if before or (kind == 1 and not scales):
            return None  # "zwei anderthalb", a half of nothing
        return _halved(Decimal("1.5") if kind == 3 else Decimal("0.5"), power)
    if kind == 1:
        if kinds[len(before) - 1] is not None:
            return None  # "zwei halbe Millionen": no joiner before the half
        before = before[:-1]
    if not before or kinds[len(before) - 1] is None:
        return None
    whole = _read_spelled(before, lang)
    if whole is None or whole.value != whole.value.to_integral_value():
        return None
    last_kind, last_value = lexicon[before[-1]]
    if last_kind == _POWER:
        if scales:
            return None  # "un milliard et demi millions"
        return _halved(whole.value + Decimal("0.5").scaleb(last_value), 0)  # "un millón y medio"
    if whole.value >= 1000 and scales:
        return None  # "tausendeinhalb Millionen"
    return _halved(whole.value + Decimal("0.5"), power)  # "bir buçuk milyon", "två och en halv miljon"


def _last_digit(value: Decimal) -> int:
    """The exponent of the last nonzero digit of ``value``: 5 for 1,500,000, -1 for 7.5."""
    return int(value.normalize().as_tuple().exponent)


def _halved(count: Decimal, power: int) -> Numeral:
    """``count`` (a number with a half in it) times ten to ``power``, its exponent that of its
    last digit."""
    value = count.scaleb(power)
    exponent = _last_digit(value)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return Numeral(value, exponent)


def _read_decimal(said: list[str], kinds: list[int | None], lang: str) -> Numeral | None:
    """The number of ``said`` (of ``kinds``, None for a joiner) with its decimal mark spoken: a
    whole number or zero before the mark; after it the digits one by one ("zwölf Komma null fünf"
    is 12.05) or one number that is written as they are ("cinco coma cincuenta" is 5.50,
    "tjugo komma femhundrasex" 20.506); then the powers that scale the whole ("deux virgule cinq
    milliards" is 2.5 × 10^9).  None when they say no number."""
    lexicon = _SPELLED[lang][0]
    if kinds.count(_POINT) != 1:
        return None
    at = kinds.index(_POINT)
    end = len(said)
    while end > at + 1 and kinds[end - 1] == _POWER:
        end -= 1
    scales = [lexicon[word][1] for word in said[end:]]
    if at == 0 or end == at + 1 or scales != sorted(set(scales)):
        return None
    if kinds[:at] == [_ZERO]:
        whole = 0
    else:
        numeral = None if _ZERO in kinds[:at] else _read_spelled(said[:at], lang)
        if numeral is None or numeral.value != numeral.value.to_integral_value():
            return None  # "zwei null Komma fünf", "साढ़े सात दशमलव पाँच"
        whole = int(numeral.value)
    after = said[at + 1 : end]
    if all(kind == _ZERO or (kind == _ADD and lexicon[word][1] < 10) for word, kind in zip(after, kinds[at + 1 : end])):
        fraction = "".join("0" if lexicon[word][0] == _ZERO else str(lexicon[word][1]) for word in after)
    else:
        if _POWER in kinds[at + 1 : end] or _ZERO in kinds[at + 1 : end]:
            return None  # "cinq virgule deux mille six", "komma zwanzig null"
        numeral = _read_spelled(after, lang)
        if numeral is None or numeral.value != numeral.value.to_integral_value():
            return None
        fraction = str(int(numeral.value))
    return _decimal(whole, fraction, sum(scales))


def _read_hindi(said: list[str]) -> Numeral | None:
    """The number that ``said`` (Hindi pieces, in order) says, or None.

    A count is one word below a hundred, or डेढ़ (1½) or ढाई (2½); साढ़े, सवा and पौने change the
    count after them ("साढ़े सात" is 7.5, "पौने दो लाख" 175,000) or, alone, one ("सवा सौ" is 125).
    "सौ" multiplies a count up to ninety-nine ("इक्यानबे सौ" is 9,100), and a power what was said
    since a larger one ("दो लाख करोड़" is 2 × 10^12).
    """
    lexicon = _SPELLED["hi"][0]
    parts: list[tuple[Decimal, int]] = []  # (value, exponent of the power that made it), largest first
    current = Decimal(0)  # what was said since the last power
    counted = False  # the last word was a count
    quarters = 0  # a fraction waiting for its count
    last_exp = 0
    for word in said:
        kind, value = lexicon[word]
        if kind == _QUARTER and value < 4:
            if quarters or counted:
                return None  # "साढ़े सवा", "सात साढ़े"
            quarters = value
            continue
        if kind in (_ADD, _QUARTER):
            if counted or current % 100 or (quarters and kind == _QUARTER):
                return None  # two counts ("बीस पाँच", "साढ़े डेढ़"), or a count after 750
            current += (Decimal(value) if kind == _ADD else Decimal(value) / 4) + Decimal(quarters) / 4
            counted, quarters, last_exp = True, 0, 0
            continue
        if quarters:
            if current:
                return None  # "दो सौ सवा लाख"
            # "सवा सौ", "सवा लाख": a fraction alone stands on one
            current, counted, quarters = 1 + Decimal(quarters) / 4, True, 0
        if kind == _HUNDRED:
            if current >= 100 or (current and not counted):
                return None  # "दो सौ सौ", "सौ सौ"
            current, counted, last_exp = (current or 1) * 100, False, 2
            continue
        if not _power(parts, current, value):  # "दो लाख करोड़" is 2 × 10^12
            return None
        current, counted, last_exp = Decimal(0), False, value
    if quarters:
        return None  # a fraction of nothing: "सात साढ़े"
    total = sum((v for v, _ in parts), Decimal(0)) + current
    if total <= 0:
        return None
    # "साढ़े सात" is 7.5 and "साढ़े सात सौ" 750: the exponent is no coarser than the value's last digit
    exponent = min(last_exp, _last_digit(total))
    if total == total.to_integral_value():
        total = total.quantize(Decimal(1))
    return Numeral(total, exponent)


def _lower(phrase: str, lang: str) -> str:
    """``phrase`` in lower case as ``lang`` writes it: Turkish "ALTI" is "altı", "İKİ" is "iki"."""
    if lang == "tr":
        phrase = phrase.replace("I", "ı").replace("İ", "i")
    return phrase.lower().replace("i\u0307", "i").strip()


@functools.lru_cache(maxsize=4096)
def _spelled_in(phrase: str, lang: str | None) -> Numeral | None:
    """:func:`parse_spelled`, None where it raises (a failure is cached as well as a number)."""
    for code in (lang,) if lang is not None else tuple(_SPELLED):
        lexicon = _SPELLED[code][0]
        said: list[str] = []
        for word in _SEPARATOR.split(_lower(phrase, code)):
            if code == "hi":
                cut = (word,) if word in lexicon else None  # Hindi glues no pieces
            else:
                cut = _cut(word, code) if word and len(word) <= _MAX_WORD else None
                if cut is not None and len(cut) > 1 and any(lexicon.get(p, (_ADD,))[0] in (_POINT, _ZERO) for p in cut):
                    cut = None  # a decimal mark or a zero is a word of its own: "zweikommafünf" is none
            if cut is None:
                break  # a word that is not of this language
            said += [piece for piece in cut if piece != "-"]  # "quatre-vingt-un": hyphens part pieces
        else:
            if not said or said[0] not in lexicon or said[-1] not in lexicon:
                continue  # a joiner begins or ends it: "und zwanzig"
            numeral = _read_spelled(said, code)
            if numeral is not None:
                return numeral
    return None


def parse_spelled(phrase: str, lang: str | None = None) -> Numeral:
    """Read a number spelled in French, Spanish, Portuguese, Italian, German, Dutch, Swedish,
    Turkish or Hindi: ``cinq millions``, ``un mil millones``, ``três mil``, ``quarantacinque``,
    ``achtundsiebzig``, ``vijfenveertig``, ``fyrtiofem``, ``beş milyon``, ``साढ़े छः लाख``, and
    decimals with the mark spoken: ``zwei Komma fünf Millionen``, ``deux virgule zéro cinq``.

    ``lang`` is one of those languages' codes ("fr", "es", "pt", "it", "de", "nl", "sv", "tr", "hi");
    with None, each is tried in that order and the first to read the whole phrase is taken (they
    agree wherever two share a word).  The exponent is that of the last power of ten spoken, as in
    :func:`parse_words`, or after a decimal mark that of the last digit, scaled.
    Raises ``ValueError`` when no language reads the phrase.
    """
    if lang is not None and lang not in _SPELLED:
        raise ValueError(f"no spelled numbers known for language {lang!r}")
    numeral = _spelled_in(phrase, lang)
    if numeral is None:
        raise ValueError(f"not a spelled number: {phrase!r}")
    return numeral
