"""Chinese reports and encyclopaedia prose: the ways older reports and scanned texts write digits
(grouped by fullwidth commas, set apart by spaces), and the near misses each rule must leave alone.

Every sentence is our own; each row gives the sentence and the mentions expected as (text, amount,
high, currency, qualifier), in text order.
"""

from __future__ import annotations

import pytest

import moneyparse


def found(sentence: str) -> list[tuple[str, str, str | None, str, str | None]]:
    out = []
    for m in moneyparse.extract(sentence):
        assert sentence[m.start : m.end] == m.text
        out.append((m.text, str(m.amount), None if m.high is None else str(m.high), m.currency,
                    None if m.qualifier is None else str(m.qualifier)))
    return out


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
