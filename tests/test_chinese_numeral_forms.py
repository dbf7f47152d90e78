"""Chinese numerals as official texts and pages taken from PDF write them: the circle as a zero
digit ("一億九○○萬元"), a numeral with two large units and "多" before the second ("2兆6,000多億
元"), spaces set inside a numeral, and regions named for a triangle (三角) that are no jiao.

Every sentence is our own.  A numeral the engine cannot be sure of gives nothing, never a wrong value.
A sentence in traditional characters names a place of Taiwan, so that its 元 has a currency
(``test_yuan_place.py``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse
from moneyparse.numbers import parse_cjk


def found(sentence: str) -> list[tuple[str, str, str, str | None]]:
    out = []
    for m in moneyparse.extract(sentence):
        assert sentence[m.start : m.end] == m.text
        out.append((m.text, str(m.amount), m.currency, None if m.qualifier is None else str(m.qualifier)))
    return out


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一億九○○萬", "109000000"),  # 1 億 and 0900 萬
        ("三億〇五〇萬", "300500000"),  # 3 億 and 050 萬
        ("二〇二〇萬", "20200000"),
        ("一千○五", "1005"),
        ("三○五", "305"),
        ("一億零九百萬", "109000000"),  # the zero that holds a place, as before
        ("一千零五", "1005"),
    ],
)
def test_zero_digits_are_read_place_by_place(numeral: str, value: str) -> None:
    assert parse_cjk(numeral).value == Decimal(value)


@pytest.mark.parametrize("numeral", ["○○萬", "〇〇〇", "○", "一億○○萬"])
def test_zeros_alone_are_no_count(numeral: str) -> None:
    with pytest.raises(ValueError, match="not a CJK numeral"):
        parse_cjk(numeral)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("屏東縣這項道路改善工程編列一億三○○萬元。", [("一億三○○萬元", "103000000", "TWD", None)]),
        ("行政院今年補助經費為二億○五○萬元。", [("二億○五○萬元", "200500000", "TWD", None)]),
        ("臺灣全年出口已達3兆2,000多億元。", [("3兆2,000多億元", "3200000000000", "TWD", "more_than")]),
        ("全省出口已达1万亿5,000亿元。", [("1万亿5,000亿元", "1500000000000", "CNY", None)]),
        ("全年投资1亿2,000多万元。", [("1亿2,000多万元", "120000000", "CNY", "more_than")]),
        ("公司年收入为 8,000萬元。", [("8,000萬元", "80000000", "CNY", None)]),
        ("立法院通過年度預算2 億元。", [("2 億元", "200000000", "TWD", None)]),
        ("他家十年前是万元户。", [("万元", "10000", "CNY", None)]),
        ("其中三角钱是手续费。", [("三角", "0.3", "CNY", None)]),
        ("一斤葱涨了三角。", [("三角", "0.3", "CNY", None)]),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_numerals_read_whole(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "補助金額為○○萬元，另行公告。",  # a figure left out
        "申請人可領○○○元。",
        "全省出口已達3 兆2,000 多億元。",  # spaces inside the numeral: only its tail is found
        "預算編列1億 5,000萬元。",
        "全省出口已達3兆 2,000億元。",
        "去年营收3亿多万元。",  # 多 after a unit, then a smaller unit: no sure reading
        "打造三市协同发展的“金三角”。",
        "推动长江中游城市群“中三角”建设。",
        "西三角经济区加快发展。",
    ],
)
def test_no_wrong_value_from_an_unsure_numeral(sentence: str) -> None:
    assert found(sentence) == []
