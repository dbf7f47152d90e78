"""Pieces of the scan's grammar for numbers as Chinese text writes them: digits grouped by
fullwidth commas, digits set apart by spaces, and digits among the Han units.  :mod:`moneyparse.grammar`
puts them in its forms; they are kept here to keep that module within its size.
"""

from __future__ import annotations

from moneyparse.patterns import Chars, alt, count, opt, run, seq

#: The Han numerals: digits, units and their financial forms, and the tens written as one
#: character (廿 20, 卅 30, 卌 40: "廿八億五千萬元").
_HAN_NUMERALS = "零〇○一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅卌"
#: ASCII digits grouped by fullwidth commas, as older Chinese reports write them: "1，120亿元",
#: "9，000万元"; before the name of the money only ("$20，300美圆, ￥300" is a list of two prices).
#: Exactly three digits after each comma ("1，2亿元", "3，5，7元" are lists); a list after 分别 and a
#: year before the comma are told apart in Python (filters_zh).
_ZH_GROUPED = seq(
    run(Chars("0-9"), 1, 30), run(seq(Chars("\uff0c"), count(Chars("0-9"), 3)), 1, 7),
    opt(seq(r"\.", run(Chars("0-9"), 1, 20))),
)
#: Single digits each set apart by one space, as some Chinese texts taken from print have them:
#: "7 4 7 7 2 亿元", "1 5 ．3 亿元"; read only before a Chinese name of money (filters_zh).
_ZH_SPACED = seq(
    run(seq(Chars("0-9"), " "), 1, 20), Chars("0-9"),
    opt(seq(opt(" "), Chars(".\uff0e"), opt(" "), Chars("0-9"), run(seq(" ", Chars("0-9")), 0, 10))),
)
#: Digits with two Han units or more, ending in one, after the name of the money: "新臺幣8千億元"
#: (8 千 億), "新臺幣1億6千萬元", "1千2百萬": read whole, not the digits and the first unit as a
#: scale ("8千" of "8千億"), and the financial forms of the units ("新臺幣1仟2佰萬元"). Digits after
#: the last unit ("新臺幣1億2021年") are no part of it.
_HAN_UNIT_CHARS = "十百千拾佰仟万萬亿億兆"
#: The same units as a set, and those below 万 alone ("5百至1千元" counts hundreds).
_HAN_UNITS = frozenset(_HAN_UNIT_CHARS)
_HAN_SMALL_UNITS = frozenset("十百千拾佰仟")
_ZH_MIXED = seq(
    run(Chars("0-9"), 1, 20), opt(r"\.", run(Chars("0-9"), 1, 20)), Chars(_HAN_UNIT_CHARS),
    run(alt(Chars(f"0-9{_HAN_NUMERALS}"), seq(",", count(Chars("0-9"), 3))), 0, 20), Chars(_HAN_UNIT_CHARS),
)
#: 块 (塊) as the measure word of the money named after it: "一百塊美元" is 100 dollars, "十块港币"
#: ten Hong Kong dollars; before anything else 块 is the marker itself (a filter keeps 块 from
#: being the measure of a bare 元: "三块元宵" is three sweet dumplings, filters_zh).
_KUAI_NAME = Chars("块塊")
