"""Han units and words around a name of money in Chinese news, each read as a reader reads it.

* Digits with two Han units or more after the name of the money: "新臺幣8千億元" is 8 千
  億 (800 billion), "新臺幣1億6千萬元" one 億 and six 千萬 (160 million).  The digits and the first
  unit are no amount of their own: "8千" of "8千億" would be a wrong value.
* 块 (塊) before a name of money is that money's measure word, as speech says it: "一百塊美元" is
  100 US dollars, "十块港币" ten Hong Kong dollars; it is no renminbi.  Before a bare 元 it counts
  pieces of something else ("三块元宵", three sweet dumplings), and alone it is the yuan as before.
* A scale word with 元 and no number before it, before 产业 (an industry), 企业 (a company), 级 (a
  class) or 俱乐部 (a club), names a class of size, no amount: "兆元產業" is a trillion-yuan
  industry, "千亿元企业" a company of a hundred billion yuan a year.  The same scale alone before other
  words is read as before ("突破百亿元", "重回万亿元规模"), and with a number before it is an amount.

Every sentence is our own.  A sentence in traditional characters names a place of Taiwan, so that
its 元 has a currency (``test_yuan_place.py``).
"""

from __future__ import annotations

import pytest

import moneyparse
from mention_rows import amounts as found


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
    ("sentence", "expected"),
    [
        # digits, a unit, "more", then the scale: more than a thousand 萬
        ("臺南市府補助新臺幣1千多萬元修繕古厝。", ("新臺幣1千多萬元", "10000000", "more_than")),
        ("這項工程花費新臺幣8千多億元。", ("新臺幣8千多億元", "800000000000", "more_than")),
        ("该公司去年亏损人民币5百多万元。", ("人民币5百多万元", "5000000", "more_than")),
        ("该项目获得人民币2千余万元融资。", ("人民币2千余万元", "20000000", "more_than")),
        ("澳門這家酒店虧損港幣3千多萬元。", ("港幣3千多萬元", "30000000", "more_than")),
        # digits and a unit that is no scale word: the unit multiplies, it is never dropped
        ("臺北市每人補助新臺幣5百元。", ("新臺幣5百元", "500", None)),
        ("臺中這家店每晚收費新臺幣5百多元。", ("新臺幣5百多元", "500", "more_than")),
        ("他在香港只花了港币5百元。", ("港币5百元", "500", None)),
    ],
)
def test_a_unit_before_more_and_the_scale_multiplies(sentence: str, expected: tuple[str, str, str | None]) -> None:
    # a wrong value otherwise: "新臺幣5" (5) of "新臺幣5百元", "新臺幣1千" (1,000) of "新臺幣1千多萬元"
    (m,) = moneyparse.extract(sentence)
    assert sentence[m.start : m.end] == m.text
    assert (m.text, str(m.amount), m.qualifier.value if m.qualifier else None) == expected


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("臺北市府補助新臺幣1千多元。", "1000"),
        ("行政院已編列新臺幣3 億多元獎勵。", "300000000"),
        ("臺中市編列新臺幣3億多元。", "300000000"),
    ],
)
def test_more_after_the_scale_and_before_the_name(sentence: str, amount: str) -> None:
    # "more" after the scale with no scale after it: the amount of the digits and the scale
    (m,) = moneyparse.extract(sentence)
    assert (str(m.amount), m.qualifier.value if m.qualifier else None, m.currency) == (amount, "more_than", "TWD")


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
        # a count, then another count with a unit of measure: pieces of that size
        "屋頂裝了2,000塊15瓦的太陽能板。",
        "冰柜里有3块2公斤的冰。",
        "工地運來40塊2.5 m的板材。",
        "他訂了120块60W的面板。",
    ],
)
def test_kuai_of_other_things_is_no_money(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "臺灣要再打造一個兆元產業。",
        "该省要培育一批千亿元产业。",
        "全市已有三家百亿元企业。",
        "臺灣這家公司早已躋身千億元企業之列。",
        "这家公司跻身百亿元俱乐部。",
        "臺灣這家銀行加入兆元俱樂部。",
        "全省拥有8个万亿元级产业集群。",
    ],
)
def test_a_scale_alone_before_a_class_word_is_no_amount(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("这家公司的营收首次突破百亿元。", [("百亿元", "10000000000", "CNY")]),
        ("全市经济总量重回万亿元规模。", [("万亿元", "1000000000000", "CNY")]),
        # with a number before the scale it is an amount, whatever follows
        ("该省电子信息产业产值达3万亿元产业规模。", [("3万亿元", "3000000000000", "CNY")]),
        ("臺灣半導體業去年產值達新臺幣1.15兆元。", [("新臺幣1.15兆元", "1150000000000", "TWD")]),
    ],
)
def test_a_scale_before_other_words_or_after_a_number_is_read(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # digits under a large unit after a name of money: the number begins before the unit
        ("臺北市將照服員待遇提高到新臺幣3萬2000元以上。", [("3萬2000元", "32000", "TWD")]),
        ("上海每月补贴人民币2万5000元。", [("2万5000元", "25000", "CNY")]),
        # 又 joins minutes to hours, fen only to a larger unit of money
        ("臺北這碗麵五元又五分。", [("五元又五分", "5.05", "TWD")]),
        ("臺北戰鬥時間一共是52小時又40分。", []),
        # 一元 in a word (unified), 塊 said twice (piece by piece): no money
        ("臺北要加強一元整合及協調。", []),
        ("臺北的黨產被一塊一塊賤賣掉。", []),
    ],
)
def test_units_read_with_what_stands_around_them(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(sentence) == expected
