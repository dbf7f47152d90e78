"""Chinese counts a reader does not take as an amount, and the forms that are amounts beside them.

Every sentence is our own; each row gives the sentence and the mentions expected as (text, amount,
high, currency, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from mention_rows import rows as found
from moneyparse.numbers import parse_cjk

#: A scale with no digit before it but 数, 几 or 数以 is "several" of it, as "billions of dollars"
#: is: no amount.  The same scale alone, or after a word that ends in 数, is one of it; after a
#: number, 几 is "and some" of it ("十几亿", more than 十亿).
VAGUE_COUNTS = [
    ("这座桥花了数十亿美元。", []),
    ("那批油价值数千万美元。", []),
    ("他们签了一份几百万美元的合同。", []),
    ("订单总额达数千亿美元。", []),
    ("每单报酬从数百至数千美元不等。", []),
    ("损失数以千万美元计。", []),
    ("项目吸引了几十亿元投资。", []),
    ("工程耗资數億元。", []),
    ("他们谈的是数十亿、数百亿美元的设施。", []),
    ("这座桥花了十亿美元。", [("十亿美元", "1000000000", None, "USD", None)]),
    # after a number 几 is "and some", as 多 is: more than the number
    ("进口额十几亿美元。", [("十几亿美元", "1000000000", None, "USD", "more_than")]),
    ("援助的总数十亿美元已到位。", [("十亿美元", "1000000000", None, "USD", None)]),
    ("数据显示三千万美元已到账。", [("三千万美元", "30000000", None, "USD", None)]),
    ("数字很清楚：一百万元。", [("一百万元", "1000000", None, "CNY", None)]),
    ("他们数了数，共二十万元。", [("二十万元", "200000", None, "CNY", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), VAGUE_COUNTS, ids=[r[0] for r in VAGUE_COUNTS])
def test_several_of_a_scale_is_no_amount(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert found(sentence) == expected


#: A large unit larger than every one before it counts all that was written before it: the 万-part
#: of "一万六千七百七十亿" counts 亿s (16,770 亿), as 万亿 written together counts them.
TEN_THOUSANDS_OF_YI = [
    ("当年工农业总产值达到一万六千七百七十亿元。", [("一万六千七百七十亿元", "1677000000000", None, "CNY", None)]),
    ("国民生产总值达到一万一千一百七十亿元。", [("一万一千一百七十亿元", "1117000000000", None, "CNY", None)]),
    ("全年社会融资1万2千亿元。", [("1万2千亿元", "1200000000000", None, "CNY", None)]),
    ("两项合计两万亿元。", [("两万亿元", "2000000000000", None, "CNY", None)]),
    ("储蓄存款突破一万亿元。", [("一万亿元", "1000000000000", None, "CNY", None)]),
    ("今年投资3万亿元。", [("3万亿元", "3000000000000", None, "CNY", None)]),
    ("国债余额一万零五亿元。", [("一万零五亿元", "1000500000000", None, "CNY", None)]),
    ("利润三亿五千万元。", [("三亿五千万元", "350000000", None, "CNY", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), TEN_THOUSANDS_OF_YI, ids=[r[0] for r in TEN_THOUSANDS_OF_YI])
def test_ten_thousands_before_yi_count_yi(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert found(sentence) == expected


def test_a_unit_between_two_written_before_it_is_no_numeral() -> None:
    # 亿 after 万 counts the 万-part only when no larger unit came before: "一兆三万亿" says no
    # number a reader knows, and gives nothing rather than a sum of its parts
    with pytest.raises(ValueError):
        parse_cjk("一兆三万五千亿")
    assert found("余额一兆三万五千亿元。") == []


#: 台幣 and 臺幣 name the Taiwan dollar after the number or its scale, and after 元; 日幣 and
#: 日币 name the yen before the number only: after one, 日 is the day of a date ("10日幣值").
NAMES = [
    ("文化產業每年產值約為6000億台幣。", [("6000億台幣", "600000000000", None, "TWD", None)]),
    ("這部車要價90萬臺幣。", [("90萬臺幣", "900000", None, "TWD", None)]),
    ("他捐了500元台幣。", [("500元台幣", "500", None, "TWD", None)]),
    ("門票要300元臺幣。", [("300元臺幣", "300", None, "TWD", None)]),
    ("一碗麵要台幣120元。", [("台幣120元", "120", None, "TWD", None)]),
    ("一張車票要日幣3000元。", [("日幣3000元", "3000", None, "JPY", None)]),
    ("台幣2019年起貶值。", []),
    ("5月10日幣值回穩。", []),
    ("3月10日币价大跌。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMES, ids=[r[0] for r in NAMES])
def test_names_of_the_taiwan_dollar_and_the_yen(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert found(sentence) == expected


#: A name of money, then a hedge, then the amount: the name is the amount's marker, as it is with
#: no hedge between ("美元1100余万元"), with 元 after the number or not.  A word or a comma between
#: them parts the name from it; 元 alone names no money before a hedge; after 兑 (against) the
#: name is the second money of a rate, and the number no amount of it.
NAME_THEN_HEDGE = [
    ("这笔投资折合美元约5亿元。", [("美元约5亿元", "500000000", None, "USD", "approx")]),
    ("捐款折合日幣約168億元。", [("日幣約168億元", "16800000000", None, "JPY", "approx")]),
    ("资产折合港币超过10亿元。", [("港币超过10亿元", "1000000000", None, "HKD", "more_than")]),
    ("他出了人民币近3000元。", [("人民币近3000元", "3000", None, "CNY", "approx")]),
    ("这次收购耗资美元逾三千万元。", [("美元逾三千万元", "30000000", None, "USD", "more_than")]),
    ("公司去年的盈利为美元约1100万。", [("美元约1100万", "11000000", None, "USD", "approx")]),
    ("两家银行共贷出美金不少于5千万。", [("美金不少于5千万", "50000000", None, "USD", "at_least")]),
    ("当时美元汇率约7元。", [("7元", "7", None, "CNY", "approx")]),
    ("他手里只有美元，约5万元是现金。", [("5万元", "50000", None, "CNY", "approx")]),
    ("一件衬衫卖100元约合15美元。", [("100元", "100", None, "CNY", None), ("15美元", "15", None, "USD", "approx")]),
    ("那时1美元约合7.1元。", [("1美元", "1", None, "USD", None), ("7.1元", "7.1", None, "CNY", "approx")]),
    ("人民币兑美元约7.1元。", []),
    ("美元近3年来持续走强。", []),
    ("美元超过3%的涨幅少见。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), NAME_THEN_HEDGE, ids=[r[0] for r in NAME_THEN_HEDGE])
def test_a_name_then_a_hedge_says_the_money_of_yuan(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert found(sentence) == expected
