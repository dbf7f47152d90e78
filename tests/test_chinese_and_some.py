"""几 (幾) after a number, as Chinese writes "and some": "50幾億元" is fifty-odd 億, more than 50 億,
as "50多億元" is.  Before a scale with no number it is "several" (``test_chinese_counts.py``: no
amount); after a digit of the units it goes on no number ("5几亿元"), and gives nothing.

Every sentence is our own.  A sentence in traditional characters names a place of Taiwan, so that
its 元 has a currency (``test_yuan_place.py``).
"""

from __future__ import annotations

import pytest

from mention_rows import hedged as found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("行政院六年編了50幾億元的預算。", [("50幾億元", "5000000000", "TWD", "more_than")]),
        ("臺北市的補助是十幾萬元。", [("十幾萬元", "100000", "TWD", "more_than")]),
        ("这台机器卖十几万元。", [("十几万元", "100000", "CNY", "more_than")]),
        ("一顿饭吃了三十几元。", [("三十几元", "30", "CNY", "more_than")]),
        ("门票要20几美元。", [("20几美元", "20", "USD", "more_than")]),
        ("这家公司欠了美元50几亿。", [("美元50几亿", "5000000000", "USD", "more_than")]),
        ("臺灣每年進口新臺幣300幾億元的肉品。", [("新臺幣300幾億元", "30000000000", "TWD", "more_than")]),
        ("高雄市的補助有廿幾萬元。", [("廿幾萬元", "200000", "TWD", "more_than")]),
    ],
)
def test_some_after_a_number_is_more_than_it(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "合同价值几百万美元。",  # several hundred ten-thousands: no number
        "项目吸引了几十万元投资。",
        "这笔钱是5几亿美元。",  # 几 after a digit of the units: no number a reader knows
        "桌上放着一几元钱。",
        "他们花了3万几千元。",  # after a scale 几 begins a count of a smaller unit
        "客厅里有茶几，元宝放在上面。",
    ],
)
def test_no_amount_from_some_with_no_number(sentence: str) -> None:
    assert found(sentence) == []
