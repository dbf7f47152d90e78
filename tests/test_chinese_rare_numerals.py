"""Han numerals that Taiwan's and older texts write and the engine must read whole or not at all:
the tens written as one character (廿 twenty, 卅 thirty, 卌 forty) and the financial forms of the
units after digits (仟 for 千, 佰 for 百, 拾 for 十: "新臺幣6仟萬元").  Read in part, either gave
a wrong value ("廿八億" as 8 億, "新臺幣6仟萬元" as 6 dollars), worse than none.

Every sentence is our own.  A sentence in traditional characters names a place of Taiwan, so that
its 元 has a currency (``test_yuan_place.py``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse
from mention_rows import amounts as found
from moneyparse.numbers import parse_cjk


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("廿", "20"),
        ("廿八", "28"),
        ("廿八億五千萬", "2850000000"),
        ("卅萬", "300000"),
        ("卌", "40"),
        ("一百廿", "120"),
        ("三千零廿五", "3025"),
        ("廿五点五亿", "2550000000"),
    ],
)
def test_tens_in_one_character(numeral: str, value: str) -> None:
    assert parse_cjk(numeral).value == Decimal(value)


@pytest.mark.parametrize("numeral", ["二廿", "十廿", "廿十", "廿百", "廿卅", "廿〇", "3廿", "廿5萬"])
def test_tens_where_no_number_has_them(numeral: str) -> None:
    with pytest.raises(ValueError, match="not a CJK numeral"):
        parse_cjk(numeral)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("高雄市今年的水利補助有廿八億五千萬元。", [("廿八億五千萬元", "2850000000", "TWD")]),
        ("臺灣去年向該公司採購廿五億美元的設備。", [("廿五億美元", "2500000000", "USD")]),
        ("該集團三年內在臺灣投資廿一億六千萬美元。", [("廿一億六千萬美元", "2160000000", "USD")]),
        ("臺北市政府撥出卅億元興建新館。", [("卅億元", "3000000000", "TWD")]),
        ("新竹縣的預算多了卌萬元。", [("卌萬元", "400000", "TWD")]),
        ("高雄市一筆一百廿萬元的補助。", [("一百廿萬元", "1200000", "TWD")]),
        ("省里拨款廿亿元建桥。", [("廿亿元", "2000000000", "CNY")]),
        ("臺灣的僑胞捐款已達新臺幣6仟萬元。", [("新臺幣6仟萬元", "60000000", "TWD")]),
        ("臺南市補助新臺幣5佰萬元。", [("新臺幣5佰萬元", "5000000", "TWD")]),
        ("桃園市每戶發給新臺幣3拾萬元。", [("新臺幣3拾萬元", "300000", "TWD")]),
        ("臺中市編列新臺幣1仟2佰萬元。", [("新臺幣1仟2佰萬元", "12000000", "TWD")]),
        ("宜蘭縣編列新臺幣2億3仟萬元。", [("新臺幣2億3仟萬元", "230000000", "TWD")]),
        ("一張門票人民币5佰元。", [("人民币5佰元", "500", "CNY")]),
        ("公司在臺灣投資6仟萬美元。", [("6仟萬美元", "60000000", "USD")]),
    ],
)
def test_rare_numerals_read_whole(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "臺灣在廿一世紀的第一年加入世界貿易組織。",  # a century, no money
        "五卅運動發生在上海，臺北也有紀念活動。",  # a date, no money
        "宜蘭縣的補助二廿萬元。",  # no number a reader knows
        "臺南市的費用十廿萬元。",
        "臺中市的經費廿百萬元。",
    ],
)
def test_no_amount_from_tens_that_are_no_number(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "他们损失了数佰万美元。",  # several of a scale in its financial form: no amount
        "合同价值几仟万美元。",
        "工程耗资數拾億美元。",
        "全省要培育一批仟亿元产业。",  # a level of industries, no amount
    ],
)
def test_financial_units_alone_as_scales_are_no_amount(sentence: str) -> None:
    assert found(sentence) == []


def ranges(sentence: str) -> list[tuple[str, str, str | None, str]]:
    return [(m.text, str(m.amount), None if m.high is None else str(m.high), m.currency) for m in moneyparse.extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a guess between two digits before a financial unit
        ("合同价值三、四佰万美元。", [("三、四佰万美元", "3000000", "4000000", "USD")]),
        ("合同价值三、四仟万美元。", [("三、四仟万美元", "30000000", "40000000", "USD")]),
        # a low end in Han numerals with no large unit counts the one that ends the high end,
        # as digits share a scale word ("20至30万美元")
        ("合同价值二十至三十万美元。", [("二十至三十万美元", "200000", "300000", "USD")]),
        ("合同价值二十至卅万美元。", [("二十至卅万美元", "200000", "300000", "USD")]),
        ("每套房子三千至四千万元。", [("三千至四千万元", "30000000", "40000000", "CNY")]),
        ("合同价值八十至一百万元。", [("八十至一百万元", "800000", "1000000", "CNY")]),
        ("合同价值20至30万美元。", [("20至30万美元", "200000", "300000", "USD")]),
        # digits and 千 before a high end of 億: the low end counts the 億 too, as Han numerals do
        ("兩岸投資約在1千至1千5百億美元間。", [("1千至1千5百億美元", "100000000000", "150000000000", "USD")]),
        ("合同价值1千至5千万美元。", [("1千至5千万美元", "10000000", "50000000", "USD")]),
        ("合同价值3千至5千美元。", [("3千至5千美元", "3000", "5000", "USD")]),
        # fullwidth digits before a unit are the number's own: never the unit alone ("千5百" is 1,500)
        ("兩岸投資約在1千至１千5百億美元間。", [("1千至１千5百億美元", "100000000000", "150000000000", "USD")]),
        ("一台电脑卖５千5百美元。", [("５千5百美元", "5500", None, "USD")]),
        # ... unless it would not stay below it: 5,000 to 10,000
        ("一台电脑卖五千至一万元。", [("五千至一万元", "5000", "10000", "CNY")]),
        ("一台电脑卖两千至三万元。", [("两千至三万元", "2000", "30000", "CNY")]),
        # each end with its own unit, as before
        ("投资七十亿到一百亿元。", [("七十亿到一百亿元", "7000000000", "10000000000", "CNY")]),
        ("收入一亿至一亿五千万元。", [("一亿至一亿五千万元", "100000000", "150000000", "CNY")]),
    ],
)
def test_ranges_and_guesses_in_han_numerals(sentence: str, expected: list[tuple[str, str, str | None, str]]) -> None:
    assert ranges(sentence) == expected
