"""Han numerals beside 元 and 角 that are no money: 元 before a number in Han numerals goes on a
name or a word ("佐佐木元一行", a delegation led by a man named 元一; "公元兩千年", the year 2000),
since Chinese writes the count before 元; 元 that ends another name of money ("日元三千") is not
the yuan's; and 三角 after 铁 is an iron triangle, no three jiao.

Every sentence is our own.  A sentence in traditional characters names a place of Taiwan, so that
its 元 has a currency (``test_yuan_place.py``).
"""

from __future__ import annotations

import pytest

from mention_rows import amounts as found


@pytest.mark.parametrize(
    "sentence",
    [
        "日本某集團會長佐佐木元一行今天抵達臺北。",
        "臺灣的電腦在公元兩千年前後普及。",
        "周元三在北京开了一家店。",
        "臺北市長、議長與副市長被稱為黃金鐵三角。",
        "他们三人组成了铁三角。",
        # 元 that ends another name of money, read alone, would be the yuan: the wrong money
        "他借了日元三千。",
        "他向銀行借了港元一百萬。",
        "他借了新加坡元3000。",
        "他借了加元三千。",
        # 元 that begins a word no amount goes on with, after digits too: elements, parts, elders
        "成功要靠3元素。",
        "這台機器共有12元件。",
        "她是公司的3元老之一。",
        "這個王朝傳了5元帥。",
        "正月十五元宵节放假。",  # the fifteenth day, then the lantern festival: no fifteen yuan
        "农历正月初一元旦前后最冷。",
        "他是开国的10元勋之一。",
        # 元首 is a head of state before what no word of 首 goes on with
        "這次峰會的20元首會晤將在臺北舉行。",
        "这次峰会有20元首出席。",
        # the Yuan dynasty after a count of ten thousands: a hundred thousand of its troops
        "忽必烈派出十萬元朝大軍南下臺灣海峽。",
        "他派出十万元朝大军。",
    ],
)
def test_no_money_in_names_and_words(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("他借了美元一百万。", [("美元一百万", "1000000", "USD")]),
        ("一支铅笔卖一元二角。", [("一元二角", "1.2", "CNY")]),
        ("臺灣的一支鉛筆賣三元五角。", [("三元五角", "3.5", "TWD")]),
        ("这支笔卖三角。", [("三角", "0.3", "CNY")]),
        ("周元三在北京开店，一碗面卖五元。", [("五元", "5", "CNY")]),
        ("商品单价：元120。", [("元120", "120", "CNY")]),
        # ... but a longer word whose second character goes on after money is money's
        ("这家店一盘卖10元素菜。", [("10元", "10", "CNY")]),
        ("票价降到5元首次低于成本。", [("5元", "5", "CNY")]),
        # 首 that begins a word with the character after it: a capital's, Seoul, the first prize
        ("基隆的通勤族盼望有1200元首都通，這會減輕負擔。", [("1200元", "1200", "TWD")]),
        ("机票从800元首尔往返起售。", [("800元", "800", "CNY")]),
        ("他的彩票中了5万元首奖。", [("5万元", "50000", "CNY")]),
        ("这批货卖了3万元首批款已到账。", [("3万元", "30000", "CNY")]),
        ("公园门票10元老人免费。", [("10元", "10", "CNY")]),
        ("一个卖3元气球两个。", [("3元", "3", "CNY")]),
        # after 億 or 兆, 朝 is "toward" (or begins 朝廷, the court): the dynasty follows no such count
        ("行政院將這筆3,800億元朝三個方向使用。", [("3,800億元", "380000000000", "TWD")]),
        ("这笔2万亿元朝着民生领域倾斜。", [("2万亿元", "2000000000000", "CNY")]),
        ("这两亿元朝廷无力偿还。", [("两亿元", "200000000", "CNY")]),
    ],
)
def test_money_beside_them_stays(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence) == expected
