"""块 (塊) before a name of money is that money's measure word, as speech says it: "一百塊美元" is
100 US dollars, "十块港币" ten Hong Kong dollars; it is no renminbi.  Before a bare 元 it counts
pieces of something else ("三块元宵", three sweet dumplings), and alone it is the yuan as before.

Every sentence is our own.
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
        ("五十年前的國民所得只有一百塊美元。", [("一百塊美元", "100", "USD")]),
        ("如今的國民所得已超過一萬五千塊美元。", [("一萬五千塊美元", "15000", "USD")]),
        ("他在机场换了100块美元。", [("100块美元", "100", "USD")]),
        ("这顿饭花了他三千块日元。", [("三千块日元", "3000", "JPY")]),
        ("他身上只带了十块港币。", [("十块港币", "10", "HKD")]),
        ("这本书卖二十块欧元。", [("二十块欧元", "20", "EUR")]),
        # 块 alone is the yuan, as before
        ("一斤苹果卖3块钱。", [("3块", "3", "CNY")]),
        ("每人交了10块，够了。", [("10块", "10", "CNY")]),
    ],
)
def test_kuai_before_a_name_is_that_money(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "桌上放着三块元宵。",  # three sweet dumplings
        "她获得3块金牌。",  # three gold medals
        "他买了两块美式蛋糕。",  # two pieces of an American cake
    ],
)
def test_kuai_of_other_things_is_no_money(sentence: str) -> None:
    assert found(sentence) == []
