"""Digits written with two Han units or more after the name of the money: "新臺幣8千億元" is 8 千
億 (800 billion), "新臺幣1億6千萬元" one 億 and six 千萬 (160 million).  The digits and the first
unit are no amount of their own: "8千" of "8千億" would be a wrong value.

Every sentence is our own.  A sentence in traditional characters names a place of Taiwan, so that
its 元 has a currency (``test_yuan_place.py``).
"""

from __future__ import annotations

import pytest

import moneyparse


def found(sentence: str) -> list[tuple[str, str, str]]:
    out = []
    for m in moneyparse.extract(sentence):
        assert sentence[m.start : m.end] == m.text
        out.append((m.text, str(m.amount), m.currency))
    return out


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a small unit, then a large one: thousands of 億
        ("臺灣面板業去年產值達新臺幣8千億元。", [("新臺幣8千億元", "800000000000", "TWD")]),
        ("臺北市政府明年將投入新臺幣3千萬元修繕校舍。", [("新臺幣3千萬元", "30000000", "TWD")]),
        ("中国央行向市场投放人民币5千亿元。", [("人民币5千亿元", "500000000000", "CNY")]),
        ("臺灣這家公司去年在美國投資美元2百億元。", [("美元2百億元", "20000000000", "USD")]),
        # one large unit, then more under it
        ("臺南市府編列新臺幣1億6千萬元整修古蹟。", [("新臺幣1億6千萬元", "160000000", "TWD")]),
        ("臺中港擴建工程花費新臺幣3億5千萬元。", [("新臺幣3億5千萬元", "350000000", "TWD")]),
        ("臺灣全年外銷額達新臺幣2兆6千億元。", [("新臺幣2兆6千億元", "2600000000000", "TWD")]),
        ("臺北捷運新線預算為新臺幣1億6000萬元。", [("新臺幣1億6000萬元", "160000000", "TWD")]),
        ("高雄市議會通過新臺幣2億2,000萬元的預算。", [("新臺幣2億2,000萬元", "220000000", "TWD")]),
        ("臺東縣政府補助新臺幣1千2百萬元。", [("新臺幣1千2百萬元", "12000000", "TWD")]),
        ("该项目总投资人民币1.5万亿元。", [("人民币1.5万亿元", "1500000000000", "CNY")]),
        ("澳門這項工程造價為港幣3億5千萬元。", [("港幣3億5千萬元", "350000000", "HKD")]),
        # one unit alone reads as it did: the unit is the scale
        ("臺北市府補助新臺幣8千元。", [("新臺幣8千元", "8000", "TWD")]),
        ("臺灣這項計畫經費為新臺幣8億元。", [("新臺幣8億元", "800000000", "TWD")]),
    ],
)
def test_digits_with_two_units_are_one_amount(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "bad"),
    [
        # digits after the last unit are no part of the amount: a year is no 億 and 2,021 元
        ("臺灣這項基金規模新臺幣1億2021年起逐年增加。", "100002021"),
        ("臺灣這項基金規模新臺幣1億2021年起逐年增加。", "2021"),
    ],
)
def test_digits_after_the_last_unit_are_no_part_of_it(sentence: str, bad: str) -> None:
    assert all(amount != bad for _, amount, _ in found(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "臺灣這場活動吸引了8千人參加。",  # a count of people
        "臺北市去年有1萬2千人出國。",
        "臺灣2024年8月1日起實施新制。",  # a date
        "這座水庫可蓄水3億5千萬立方公尺。",  # a volume
    ],
)
def test_counts_and_dates_with_units_are_no_amounts(sentence: str) -> None:
    assert found(sentence) == []
