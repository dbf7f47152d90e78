"""The coin of nothing: one of the smallest unit, or of a major one, under a negation ("not one
penny more", "never paid one cent", "not one dollar worse off", "不花一毛钱", "一分钱也不给",
"一毛不拔") says nothing was paid, and gives no amount.  Each case has near misses that stay
money: no negation, a bound that a hedge makes, digits, a coin that sizes a thing or a rate, an
amount set against it, and a negation of something else.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse


def found(text: str) -> list[tuple[str, Decimal, str | None, str | None]]:
    return [(m.text, m.amount, m.currency, m.qualifier.value if m.qualifier else None) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        # English: "not", "n't", "never", "no", "without", the negation up to three words before
        "The minister will not hand the contractor one penny more than the law demands.",
        "Savers won't get back one cent of the fees.",
        "The charity never took one cent from the state.",
        "She didn't leave her nephew one penny in the will.",
        "Not one penny of the grant reached the school.",
        "No one spent one cent on repairs that year.",
        "He walked out without one penny in his pocket.",
        "Wages did not go up by one penny.",
        "Rents have not risen one penny since May.",
        # wrapped over a line, as the wire sets it
        "The board would not pay the owners\none cent for the brand.",
        # a major unit: the idiom says the same of a dollar, a pound, a euro
        "Pensioners will not be one dollar poorer after the reform.",
        "The council won't spend one pound on the old pier.",
        "Not one euro of the grant was repaid.",
        # other languages of the Latin script
        "El ayuntamiento no gastó ni un centavo en la obra.",
        "Der Verein hat nicht einen Cent dafür bekommen.",
        # Chinese: a negation before the coin in its clause, traditional and simplified
        "市政府没花一毛钱就修好了桥。",
        "市政府沒花一毛錢就修好了橋。",
        "這個工程不花納稅人一分錢。",
        "这个工程不花纳税人一分钱。",
        "他从未拿过公司一分钱。",
        "他從未拿過公司一分錢。",
        "这次展览无须游客花一分钱。",
        "别让股东多出一分钱。",
        "三年来工资没涨一分钱。",
        "这场官司她没有得到一美分。",
        # ... or after it, with 钱 and 也 or 都 between, and the fixed idiom
        "老板一分钱也不给工人。",
        "老闆一分錢也不給工人。",
        "他口袋里一毛钱都没有。",
        "他口袋裡一毛錢都沒有。",
        "这位富商出了名的一毛不拔。",
        "這位富商出了名的一毛不拔。",
        "他一角钱也没留下。",
    ],
)
def test_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no negation: a real change or price
        ("The stamp rose by one penny to 27p.", [("one penny", Decimal("0.01"), "GBP", None), ("27p", Decimal("0.27"), "GBP", None)]),
        ("It costs one cent more per litre than last year.", [("one cent", Decimal("0.01"), "USD", None)]),
        # a hedge makes the negation a bound: at most a cent
        ("They will pay no more than one cent a share.", [("one cent", Decimal("0.01"), "USD", "at_most")]),
        ("Fees are not more than one cent.", [("one cent", Decimal("0.01"), "USD", "at_most")]),
        # digits are a figure, not the idiom
        ("It was not 1 penny more.", [("1 penny", Decimal("0.01"), "GBP", None)]),
        # the coin sizes a thing or a rate
        ("The firm did not pay its one cent dividend.", [("one cent", Decimal("0.01"), "USD", None)]),
        ("The company will not pay one cent per share.", [("one cent", Decimal("0.01"), "USD", None)]),
        # a major unit sizing a thing or a rate, bounded by a hedge, or set against another amount
        ("The firm did not pay its one dollar dividend.", [("one dollar", Decimal("1"), "USD", None)]),
        ("Tickets will cost not more than one dollar.", [("one dollar", Decimal("1"), "USD", "at_most")]),
        ("The fare is not one dollar but five dollars.",
         [("one dollar", Decimal("1"), "USD", None), ("five dollars", Decimal("5"), "USD", None)]),
        ("The fare rose by one dollar to five dollars.",
         [("one dollar", Decimal("1"), "USD", None), ("five dollars", Decimal("5"), "USD", None)]),
        # a name that begins like a negation word is none
        ("It bid one Nor-Tech share plus one dollar for each share.", [("one dollar", Decimal("1"), "USD", None)]),
        # the negation is of something else, in another clause or over a change
        ("The fare did not change, ending one cent up.", [("one cent", Decimal("0.01"), "USD", None)]),
        ("Traders did not say whether milk rose one penny.", [("one penny", Decimal("0.01"), "GBP", None)]),
        ("There was no sign that stamps rose one penny.", [("one penny", Decimal("0.01"), "GBP", None)]),
        ("There was no sign stamps rose one penny.", [("one penny", Decimal("0.01"), "GBP", None)]),
        # Chinese: a bound before or after the coin is less than a dime, a real ceiling
        ("每度电的成本不到一毛钱。", [("一毛", Decimal("0.1"), "CNY", "less_than")]),
        ("臺灣每度電的成本不到一毛錢。", [("一毛", Decimal("0.1"), "TWD", "less_than")]),
        ("每度电的成本不足一毛钱。", [("一毛", Decimal("0.1"), "CNY", "less_than")]),
        ("每度电的成本一毛钱不到。", [("一毛", Decimal("0.1"), "CNY", None)]),
        # words that begin with a negation character and negate nothing
        ("臺北市場未來每斤加價一毛錢。", [("一毛", Decimal("0.1"), "TWD", None)]),
        ("两种票价分别提高一分钱和两分钱。", [("一分", Decimal("0.01"), "CNY", None), ("两分", Decimal("0.02"), "CNY", None)]),
        # a negation that judges the sum after it, or of another clause
        ("每斤涨一毛钱不算多。", [("一毛", Decimal("0.1"), "CNY", None)]),
        ("我不知道菜价每斤涨了一毛钱。", [("一毛", Decimal("0.1"), "CNY", None)]),
        ("价格没有变，仍是一毛钱。", [("一毛", Decimal("0.1"), "CNY", None)]),
        # digits, and the coin of a sum of larger units
        ("他没花1分钱。", [("1分", Decimal("0.01"), "CNY", None)]),
        ("车票没涨，还是一块一毛钱。", [("一块一毛", Decimal("1.1"), "CNY", None)]),
    ],
)
def test_near_misses_stay_amounts(text: str, expected: list[tuple[str, Decimal, str, str | None]]) -> None:
    assert found(text) == expected
