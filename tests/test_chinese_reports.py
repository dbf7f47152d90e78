"""Chinese reports and encyclopaedia prose: the ways older reports and scanned texts write digits
(grouped by fullwidth commas, set apart by spaces), and the near misses each rule must leave alone.

Every sentence is our own; each row gives the sentence and the mentions expected as (text, amount,
high, currency, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from mention_rows import rows as found

#: A fullwidth comma after ASCII digits groups thousands when exactly three digits follow each
#: comma and the name of the money follows the number; otherwise it is the comma of a sentence.
FULLWIDTH_COMMA = [
    ("去年用于积累的部分为1，120亿元，用于消费的部分为2，211亿元。",
     [("1，120亿元", "112000000000", None, "CNY", None), ("2，211亿元", "221100000000", None, "CNY", None)]),
    ("这家农场由上年亏损9，000万元转为盈利。", [("9，000万元", "90000000", None, "CNY", None)]),
    ("全县财政收入为1，120，500元。", [("1，120，500元", "1120500", None, "CNY", None)]),
    ("全年利润为1，120.5亿元。", [("1，120.5亿元", "112050000000", None, "CNY", None)]),
    ("收入和支出分别为1，120亿元和2，211亿元。",
     [("1，120亿元", "112000000000", None, "CNY", None), ("2，211亿元", "221100000000", None, "CNY", None)]),
    # near misses: a list, a year, one or four digits after the comma, a sign before the number
    ("两项分别为30，500元。", [("500元", "500", None, "CNY", None)]),
    ("三种票价为3，5，7元。", [("7元", "7", None, "CNY", None)]),
    ("两项投资为1，2亿元。", [("2亿元", "200000000", None, "CNY", None)]),
    ("投资为1，1200亿元。", [("1200亿元", "120000000000", None, "CNY", None)]),
    ("截至2019，120亿元已经到位。", [("120亿元", "12000000000", None, "CNY", None)]),
    ("价格可选$20，300美元或￥300。",
     [("$20", "20", None, "USD", None), ("300美元", "300", None, "USD", None), ("￥300", "300", None, "CNY", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), FULLWIDTH_COMMA, ids=[s for s, _ in FULLWIDTH_COMMA])
def test_a_fullwidth_comma_after_ascii_digits(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert found(sentence) == expected


#: Single digits each set apart by one space, as text taken from print may have them, are one
#: number before a Chinese scale or name of money; before another name they are read as before.
SPACED_DIGITS = [
    ("1 9 9 7 年全省生产总值达到7 4 7 7 2 亿元，比上年增长。", [("7 4 7 7 2 亿元", "7477200000000", None, "CNY", None)]),
    ("五年投资累计完成近1 0 万亿元。", [("1 0 万亿元", "10000000000000", None, "CNY", "approx")]),
    ("财政收入增长1 5 ．3 亿元。", [("1 5 ．3 亿元", "1530000000", None, "CNY", None)]),
    ("出口达到2 5 0 亿美元。", [("2 5 0 亿美元", "25000000000", None, "USD", None)]),
    # near misses: tonnes and percents are no money; another name reads the last digit alone
    ("粮食产量达到4 9 2 5 0 万吨，平均每年增长1 1 ％。", []),
    ("He paid 5 6 dollars for it.", [("6 dollars", "6", None, "USD", None)]),
    ("Coins issued in 1983 1 French franc, 1991 5 Belgian francs.",
     [("1 French franc", "1", None, "FRF", None), ("5 Belgian francs", "5", None, "BEF", None)]),
    ("Il a payé 1 234 € hier.", [("1 234 €", "1234", None, "EUR", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), SPACED_DIGITS, ids=[s for s, _ in SPACED_DIGITS])
def test_single_digits_set_apart_by_spaces(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert found(sentence) == expected


#: Han units among digits grouped by commas; a name of money before the number and 元 after it
#: (the name says which money); 元 and a name after the number.
NAMES_AND_UNITS = [
    ("这部电影票房多達2億2,000萬港元。", [("2億2,000萬港元", "220000000", None, "HKD", None)]),
    ("全年收入3亿5,000万元。", [("3亿5,000万元", "350000000", None, "CNY", None)]),
    ("当年成交额折合美元1100余万元。", [("美元1100余万元", "11000000", None, "USD", "more_than")]),
    ("一碗面卖新台幣50元。", [("新台幣50元", "50", None, "TWD", None)]),
    ("他用港币300元买了一本书。", [("港币300元", "300", None, "HKD", None)]),
    ("他寄来美金100元。", [("美金100元", "100", None, "USD", None)]),
    ("她写程序赚得5,000元美金。", [("5,000元美金", "5000", None, "USD", None)]),
    ("门票每张5元港币。", [("5元港币", "5", None, "HKD", None)]),
    # near misses: a name before a year or a month is the subject of the sentence
    ("港币2019年起与美元挂钩。", []),
    ("美元2019年走强，人民币10月回升。", []),
    ("他付港币300元月租。", [("港币300元", "300", None, "HKD", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), NAMES_AND_UNITS, ids=[s for s, _ in NAMES_AND_UNITS])
def test_names_before_and_after_and_han_units_among_digits(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert found(sentence) == expected


#: Words that a numeral and a unit begin, no money; and the money beside them.
NOT_MONEY = [
    ("农业是一个三元结构系统，自然系统是二元结构。", []),
    ("数系可以推广到四元数及八元数。", []),
    ("若有二元一次不定方程，则必有整数解。", []),
    ("柏拉图提出过二元并存的理念。", []),
    ("地铁从三元东桥开到三元西桥。", []),
    ("上海位于长江三角洲最东部。", []),
    ("活动在1月1日元旦举办。", []),
    # near misses: money after the same characters
    ("车票三元一次，月票五十元。", [("三元", "3", None, "CNY", None), ("五十元", "50", None, "CNY", None)]),
    ("一斤卖三元，并且包邮。", [("三元", "3", None, "CNY", None)]),
    ("门票是1000日元。", [("1000日元", "1000", None, "JPY", None)]),
    ("这支笔卖三角钱。", [("三角", "0.3", None, "CNY", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), NOT_MONEY, ids=[s for s, _ in NOT_MONEY])
def test_words_begun_by_a_numeral_and_a_unit(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert found(sentence) == expected


#: Counts of fen in a series that ends in money are money; a series of scores or minutes is not.
FEN_SERIES = [
    ("粮价每斤分别提高3分、5分和1毛钱。",
     [("3分", "0.03", None, "CNY", None), ("5分", "0.05", None, "CNY", None), ("1毛", "0.1", None, "CNY", None)]),
    ("邮票有3分、5分钱两种。", [("3分", "0.03", None, "CNY", None), ("5分", "0.05", None, "CNY", None)]),
    ("他三场得了3分、5分和8分。", []),
    ("三段路用了5分、10分和20分钟。", []),
]


@pytest.mark.parametrize(("sentence", "expected"), FEN_SERIES, ids=[s for s, _ in FEN_SERIES])
def test_a_series_of_fen_that_ends_in_money(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert found(sentence) == expected
