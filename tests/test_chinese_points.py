"""Chinese amounts as Taiwan and older texts write them, and Han words that only look like money.

- A point between Han digits set one by one is a decimal point ("七四．五億元" is 74.5 億); the
  number is read whole or not at all, never from past its point ("五億元"). The hyphenation point
  and the middle dots set between digits are such a point too ("六‧三兆美元").
- 多 or 餘 between 万 and 亿 is inside 万亿, a trillion: "4万多亿元" is more than 4万亿.
- A count of 角 in Han numerals that goes on into a word is a shape or a corner ("三角贸易",
  "三角关系", "冰山一角"), no jiao; "一元复始" (the year begins anew) counts no yuan.

Every sentence is our own.  A sentence in traditional characters names a place of Taiwan (行政院),
so that its 元 has a currency (``test_yuan_place.py``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from mention_rows import hedged as found
from moneyparse.numbers import parse_cjk


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("七四．五億", "7450000000"),
        ("五二．四兆", "52400000000000"),
        ("一．八兆", "1800000000000"),
        ("一○．五億", "1050000000"),
        ("七四.五亿", "7450000000"),
        ("三．一四", "3.14"),
        ("四萬億", "4000000000000"),  # 萬億 is a trillion, as 万亿 is
        ("一萬二千億", "1200000000000"),
    ],
)
def test_han_numerals_with_a_point(numeral: str, value: str) -> None:
    assert parse_cjk(numeral).value == Decimal(value)


@pytest.mark.parametrize("numeral", ["十.五億", "1.五億", "七四．五千萬", "三萬．五億"])
def test_a_point_after_a_unit_or_an_arabic_digit_is_no_numeral(numeral: str) -> None:
    with pytest.raises(ValueError, match="not a CJK"):
        parse_cjk(numeral)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("行政院說，這家銀行違法放款七四．五億元。", [("七四．五億元", "7450000000", "TWD", None)]),
        ("日本銀行業的壞帳為五二．四兆日圓。", [("五二．四兆日圓", "52400000000000", "JPY", None)]),
        ("全國不良資產為一．八兆台幣。", [("一．八兆台幣", "1800000000000", "TWD", None)]),
        ("行政院編列一○．五億元。", [("一○．五億元", "1050000000", "TWD", None)]),
        ("去年投资七四.五亿元。", [("七四.五亿元", "7450000000", "CNY", None)]),
        ("行政院核定補助１．５億元。", [("１．５億元", "150000000", "TWD", None)]),
        ("行政院核定補助74．5億元。", [("74．5億元", "7450000000", "TWD", None)]),
        ("全年新增4万多亿元存款。", [("4万多亿元", "4000000000000", "CNY", "more_than")]),
        ("行政院表示，全年新增四萬餘億元。", [("四萬餘億元", "4000000000000", "TWD", "more_than")]),
        ("行政院表示，明年預算是二萬億元。", [("二萬億元", "2000000000000", "TWD", None)]),
        ("全年新增1.5万多亿元。", [("1.5万多亿元", "1500000000000", "CNY", "more_than")]),
        ("白菜卖五角一斤。", [("五角", "0.5", "CNY", None)]),
        ("其中三角钱是税。", [("三角", "0.3", "CNY", None)]),
        ("每斤价格增长5角左右。", [("5角", "0.5", "CNY", "approx")]),
        ("北京这枚一元硬币很新。", [("一元", "1", "CNY", None)]),
        # the dots set as a decimal point: the hyphenation point, the middle dots
        ("美國股市市值從六‧三兆美元縮水到一‧八兆美元。",
         [("六‧三兆美元", "6300000000000", "USD", None), ("一‧八兆美元", "1800000000000", "USD", None)]),
        ("全球股市市值達三○‧七兆美元。", [("三○‧七兆美元", "30700000000000", "USD", None)]),
        ("道瓊市值為一一‧八兆美元。", [("一一‧八兆美元", "11800000000000", "USD", None)]),
        ("日本股市市值為四·九兆美元。", [("四·九兆美元", "4900000000000", "USD", None)]),
        ("德國股市市值為1‧6兆美元。", [("1‧6兆美元", "1600000000000", "USD", None)]),
        ("英國股市市值為二・八兆美元。", [("二・八兆美元", "2800000000000", "USD", None)]),
        ("The firm was sold for 6\u00b73 million dollars.", [("6\u00b73 million dollars", "6300000", "USD", None)]),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_read_whole(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "行政院說，銀行放款７４．五億元。",  # an Arabic whole part before Han decimals
        "行政院核定一百二十．五億元。",  # a unit before the point
        "行政院的計畫如下：\n一．五億元用於道路。",  # the number of an outline item
        "一．八兆台幣用於紓困。",
        "行政院的計畫：\n　二．三億元撥給地方。",  # indented
        "一.五亿元用于建设。",
        "去年营收3亿多万元。",  # 多 between a unit and a smaller one: no sure reading
        "这是三角贸易的格局。",
        "两国处在三角关系之中。",
        "这笔三角债拖了三年。",
        "菜里放了八角茴香。",
        "查出的问题只是冰山一角。",
        "北京的新年，一元复始，万象更新。",
        "行政院祝福大家一元復始、萬象更新。",
        "The firm was sold for \u00a36\u00b73 million.",  # a sign before the raised point: read in part, so not at all
        "一·二八事變那年，約翰·史密斯來了。",  # a middle dot between a date's numbers and in a name
    ],
)
def test_no_amount_or_no_tail(sentence: str) -> None:
    assert found(sentence) == []
