"""The low ends of Chinese ranges written without a scale word of their own: which power of ten
they count ("二十至三十万", "三至五亿元", "5百至1千元"), shared with the high end; and a low end
that guesses between two figures side by side ("二三至五亿元"), read as its lower figure; and a
guess between two numbers whose lower is written by its digit alone before 、 ("3、4百亿元",
:func:`_guessed_pair`); a range whose low end the name of its money leads and whose high end
writes 元 ("新台幣6000元到1萬元", "人民币三至五亿元": one range in the name's money, never the low
end alone, :func:`named_range`); and a low end that writes its own 元, which borrows no scale
from the high end ("20元到30万元", :func:`han_after`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from moneyparse.grammar import _HAN_LARGE_UNITS
from moneyparse.grammar_zh import _HAN_SMALL_UNITS, _HAN_UNITS
from moneyparse.numbers import parse_cjk
from moneyparse.reading import _Raw, _tidy

#: The first characters of a low end in digits (the others are Han numerals).
_DIGIT_FIRST = frozenset("0123456789\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")
#: The large units a Han numeral may end in, by power of ten, longest first.
_LARGE_ENDS = (("万亿", 12), ("萬億", 12), ("兆", 12), ("亿", 8), ("億", 8), ("万", 4), ("萬", 4))


def _large_unit_shared(low_text: str, low: Decimal, raw: _Raw) -> int:
    """The power of the large unit that ends the high end ``raw`` written in Han numerals, which a
    low end with no large unit of its own counts too, as a scale word is shared ("二十至三十万" is
    200,000 to 300,000, as "20至30万" is); 0 when the high end ends in none or writes another
    before it ("二十至一亿五千万" says nothing sure), or when the low end counted so would not stay
    below it ("五千至一万元" is 5,000 to 10,000)."""
    if any(c in _HAN_LARGE_UNITS for c in low_text):
        return 0
    for unit, power in _LARGE_ENDS:
        if raw.number_text.endswith(unit):
            if any(c in _HAN_LARGE_UNITS for c in raw.number_text[: -len(unit)]):
                return 0
            return power if low.scaleb(power) < raw.value else 0
    return 0


#: A high end in Han numerals of one digit and its units ("五百万", "八億"): a low end of one
#: digit counts all its units ("三至五百万元" is 3 to 5 million).
_DIGIT_AND_UNITS = re.compile(r"[一二三四五六七八九两兩][十百千拾佰仟万萬亿億兆]+")


def _han_low_shared(low_text: str, low: Decimal, raw: _Raw) -> int:
    """The power of ten a low end with no scale word before a Chinese high end ``raw`` counts: the
    large unit the high end ends in (:func:`_large_unit_shared`); all the units of a high end of one
    digit for a low end of one digit ("三至五百万元" is 3 to 5 million); the large unit of the high
    end's scale for digits with a small unit ("5百至8百万元" is 5 to 8 million, "5百至1千元" 500 to
    1,000).  -1 when a low end of one numeral has a high end whose units it cannot tell
    ("三至五亿三千万元", "十至二十亿五千万元")."""
    if low_text[-1] in _HAN_SMALL_UNITS and low_text[0] in _DIGIT_FIRST:
        return raw.scale - raw.scale % 4 if raw.scale else _large_unit_shared(low_text, low, raw)
    if _PLACE_DIGITS.fullmatch(low_text) and raw.number_text[-1:] in _HAN_LARGE_UNITS:
        # "二三至五亿元" read place by place is 23 to 500 million: no reading unless it shares the unit
        return _large_unit_shared(low_text, low, raw) or -1
    if len(low_text) != 1 or low_text in _DIGIT_FIRST or raw.scale or raw.number_text.isdigit() or len(raw.number_text) == 1:
        return _large_unit_shared(low_text, low, raw)
    if low_text != "十" and _DIGIT_AND_UNITS.fullmatch(raw.number_text):
        power = (raw.value / parse_cjk(raw.number_text[0]).value).adjusted()
        return power if low.scaleb(power) < raw.value else -1
    return _large_unit_shared(low_text, low, raw) or -1


#: Han digits read place by place, two or more, no unit among them ("二三", "一五").
_PLACE_DIGITS = re.compile("[〇○零一二三四五六七八九两兩]{2,}")
#: Two Han digits side by side, the second one more than the first: a guess between the two.
_GUESS_PAIRS = frozenset(("一二", "二三", "两三", "兩三", "三四", "四五", "五六", "六七", "七八", "八九"))


def guess_low(low_text: str) -> str | None:
    """The lower figure of a low end that guesses between two numbers written side by side
    ("二三至五亿元", two or three to five hundred million; "七八至十万元"), else None.  The range
    then runs from the lower figure to the high end ("二三至五亿元" is 200 to 500 million), as
    "七、八万元" runs from 70,000 to 80,000: the range holds every number the text allows, and no
    figure it does not say.  Two digits that are no such pair ("一五", "三五") are read place by
    place, and a low end so read that cannot share the high end's large unit is no reading
    (:func:`_han_low_shared`)."""
    return low_text[0].replace("两", "二").replace("兩", "二") if low_text in _GUESS_PAIRS else None


#: A numeral right before a Chinese range separator that no low end was read from ("数十至",
#: "1千5至", "二三至"), not a word ending in 一 ("统一到一百元", "唯一至").
_NUMERALS = "0-9０-９〇零一二三四五六七八九十百千万萬亿億兆两兩拾佰仟"
_UNREAD_LOW = re.compile(
    rf"(?:[{_NUMERALS.replace('一', '')}]|(?<![^\W\d_])一|(?<=[{_NUMERALS}])一)[多余餘几幾]?$|(?<![{_NUMERALS}])[数數几幾]$"
)


def unread_low(text: str, start: int) -> bool:
    """Whether the Chinese amount at ``start`` stands right after a range separator (至, 到, －, ─, ～)
    and a numeral that was read as no low end: its high end alone would be a wrong value (the
    amount is a range), so the amount is dropped."""
    head = text[max(0, start - 8) : start].rstrip(" \u00a0")
    if head[-1:] not in ("至", "到", "－", "─", "～"):
        return False
    return _UNREAD_LOW.search(head[:-1].rstrip(" \u00a0")) is not None


#: The digits a guess between two numbers is written with, by value ("三、四百", "3、4百").
_GUESS_DIGITS = {**{str(d): d for d in range(1, 10)}, **dict(zip("一二三四五六七八九", range(1, 10))), "两": 2, "兩": 2}


#: What stands before the number of an item in a numbered list ("：1、", "；2、").
_LIST_OPENERS = frozenset("：:；;。（(")


def _guessed_pair(text: str, raw: _Raw) -> list[_Raw] | None:
    """``raw`` as the high end of a guess between two numbers written in Chinese with 、: "3、4百亿元"
    is 300 to 400 亿, "七、八萬元" 70,000 to 80,000.  The high end is one digit and its units, the
    low end the digit one less, written alone in the same script before 、 (not the last of a
    series: "1、2、3万元" lists).  A high end in digits may be its digit and zeros ("7、8000亿美元"
    is 700 to 800 billion, "2、300万元" 2 to 3 million: the low digit counts the same power of ten),
    unless the low digit opens the text, a line or a clause after a colon ("：1、2000元" is an item
    numbered 1, then 2,000 yuan).  Returns the range, nothing when the guess has a longer low end
    than a reader can join ("十三、四万元", 130,000 to 140,000: "四万元" alone is a wrong value),
    or None when ``raw`` is no such high end."""
    low_digit, high_digit = text[raw.start - 2 : raw.start - 1], raw.number_text[:1]
    low, high = _GUESS_DIGITS.get(low_digit), _GUESS_DIGITS.get(high_digit)
    if low is None or high != low + 1 or low_digit.isdigit() != high_digit.isdigit() or raw.high is not None:
        return None
    before = text[raw.start - 3 : raw.start - 2] if raw.start >= 3 else ""
    zeros = high_digit.isdigit() and len(raw.number_text) > 1 and raw.number_text[1:].strip("0") == ""
    if zeros and (not before or before.isspace() or before in _LIST_OPENERS):
        return None  # "：1、2000元": an item of a list numbered 1, not a guess
    if raw.number_text != high_digit and not zeros and text[raw.start + 1 : raw.start + 2] not in _HAN_UNITS:
        return None  # "3、45元": no guess
    if before in _HAN_UNITS:
        return []
    if before and (before in _GUESS_DIGITS or before in "、0"):
        return None
    low_value = _tidy(raw.value / high * low)
    return [_Raw(raw.start - 2, raw.end, low_value, raw.value, raw.exponent, text[raw.start - 2 : raw.end], raw.marker,
                 raw.marker_info, raw.scale, raw.more, raw.least, raw.hedge)]


def _named_low(out: list[_Raw], guessed: list[_Raw]) -> None:
    """A guess whose low digit the name of the money was read with ("人民币三、四十万元": "人民币三"
    and "三、四十万元"): the name's range, never the digit alone as an amount (3 yuan); the money is
    the name's ("美元三、四千元" is dollars).  ``out`` and ``guessed`` are changed in place."""
    if not guessed or not out or out[-1].end != guessed[0].start + 1 or out[-1].start >= guessed[0].start:
        return
    named = out.pop()
    guessed[0] = replace(guessed[0], start=named.start, number_text=named.number_text + guessed[0].number_text[1:],
                         marker=named.marker, marker_info=named.marker_info)


#: The separators of a Chinese range between a named low end and its high end ("到", "至", a tilde
#: or a dash), with the blanks some writers set around them.
_NAMED_SEPARATOR = re.compile(r"[ \u00a0]*(?:至|到|[~～〜]|－|─|-|–)[ \u00a0]*")
#: The word of the yuan written after a number ("6000元", "1萬元").
_YUAN = frozenset("元圓圆")


def named_range(text: str, raw: _Raw, nxt: _Raw, bare_low: Callable[[str, _Raw, int], list[_Raw] | None]) -> list[_Raw] | None:
    """``raw`` and ``nxt`` as one range when ``raw`` is a low end the name of its money leads and
    ``nxt`` a high end with 元 after its number, a Chinese range separator between them: the name
    is the money of both ends, as one marker written once ("新台幣6000元到1萬元", "人民币3千元至5千元",
    "港幣五百元到一千元"; not "新台幣6000元" and "1萬元" apart, the first a wrong value, the second in
    a money the text did not say).  A low end that writes its own 元 keeps its own scale ("人民币20元
    到30万元" is 20 to 300,000).  One that does not is read as a bare low end before ``nxt`` (by
    ``bare_low``, given ``nxt`` and where the low end's number starts: "人民币三至五亿元" is 300 to
    500 million, "人民币20万到30万元" 200,000 to 300,000, "NT$5000至8000元" 5,000 to 8,000); a low
    end in digits with no scale word that cannot count the high end's counts none ("新台幣6000到1萬
    元" is 6,000 to 10,000: 60 million is no low end of 10,000, as with "¥6000到1万元"); and where
    neither gives a reading the two give nothing ("人民币三至五亿三千万元": 3 or 300 million, never 3
    alone).  A change writes its verb between the amounts ("從新台幣6000元增加到1萬元", "由人民币
    5000元调涨至8000元"), which no separator is: two amounts.  None when the two are no such pair;
    an empty list when they make no reading."""
    if (
        nxt.marker not in _YUAN or raw.high is not None or nxt.high is not None or not text.startswith(raw.marker, raw.start)
        or text.startswith(nxt.marker, nxt.start) or _NAMED_SEPARATOR.fullmatch(text, raw.end, nxt.start) is None
    ):
        return None
    # a sign that may mean the money of 元 is that money ("¥6000到1万元"); another is read as the sign alone is
    info = nxt.marker_info if raw.marker_info.ambiguous and set(nxt.marker_info.codes) <= set(raw.marker_info.codes) else raw.marker_info
    if text[raw.end - 1] in _YUAN:  # "新台幣6000元到1萬元": each end its own amount
        if not raw.value < nxt.value:
            return None
        return [_Raw(raw.start, nxt.end, raw.value, nxt.value, min(raw.exponent, nxt.exponent), f"{raw.number_text}-{nxt.number_text}",
                     raw.marker, info, nxt.scale)]
    at = raw.start + len(raw.marker)
    while text[at] in " \u00a0":
        at += 1
    found = bare_low(text, nxt, at)
    if found is None and raw.scale == 0 < nxt.scale and raw.value < nxt.value <= raw.value.scaleb(nxt.scale):
        # "新台幣6000到1萬元": the low end cannot count the 萬 (60 million is no low end of 10,000), so it counts none
        found = [_Raw(at, nxt.end, raw.value, nxt.value, min(raw.exponent, nxt.exponent), "", nxt.marker, nxt.marker_info, nxt.scale)]
    if not found or found[0].start != at:
        return []
    return [replace(found[0], start=raw.start, number_text=text[at : nxt.end], marker=raw.marker, marker_info=info)]


def han_after(text: str, raw: _Raw) -> bool:
    """Whether ``raw`` ends in a Han word of money written after its number ("20元", "5美元"): a
    low end so written is whole, and borrows no scale from its high end ("20元到30万元" is 20 to
    300,000, not 200,000 to 300,000 as "20到30万元" is)."""
    return "\u4e00" <= text[raw.end - 1] <= "\u9fff" and not text.startswith(raw.marker, raw.start)
