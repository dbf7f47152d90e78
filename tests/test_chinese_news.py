"""Chinese news: the forms of amounts, bounds, ranges and series that Chinese financial and
government texts write, and the characters that look like money and are not.

Every sentence is our own; each row gives the sentence, the mentions expected as (text, amount,
high, currency, qualifier), in text order.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse
from mention_rows import rows as found

#: "余" and "多" after the number or after its scale: more than the amount written.
MORE_THAN = [
    ("公司去年投入研发2000余万元。", [("2000余万元", "20000000", None, "CNY", "more_than")]),
    ("这家药厂今年营收3亿多元。", [("3亿多元", "300000000", None, "CNY", "more_than")]),
    ("全年节约资金１０亿余元。", [("１０亿余元", "1000000000", None, "CNY", "more_than")]),
    ("居民存款新增６３００多亿元。", [("６３００多亿元", "630000000000", None, "CNY", "more_than")]),
    ("一份盒饭要15多元。", [("15多元", "15", None, "CNY", "more_than")]),
    ("项目总投资近5000万元。", [("5000万元", "50000000", None, "CNY", "approx")]),
    ("工程投资三百多万元。", [("三百多万元", "3000000", None, "CNY", "more_than")]),
    ("他们捐了十余万元。", [("十余万元", "100000", None, "CNY", "more_than")]),
    ("出口额二十多亿美元。", [("二十多亿美元", "2000000000", None, "USD", "more_than")]),
    ("这件外套一千多元。", [("一千多元", "1000", None, "CNY", "more_than")]),
    ("一碗面三块多。", [("三块", "3", None, "CNY", "more_than")]),
]

#: Bounds written before the amount; a negated "more than" is an upper bound, not a lower one.
BOUNDS = [
    ("单笔贷款不超过5亿元。", "5亿元", "at_most"),
    ("每户补贴不超過3萬元。", "3萬元", "at_most"),
    ("门票价格不高于80元。", "80元", "at_most"),
    ("每人最多500元。", "500元", "at_most"),
    ("首付不少于20万元。", "20万元", "at_least"),
    ("保证金至少300万元。", "300万元", "at_least"),
    ("年薪不低于15万元。", "15万元", "at_least"),
    ("成交价低于50元。", "50元", "less_than"),
    ("营收不足1亿元。", "1亿元", "less_than"),
    ("股价超过10美元。", "10美元", "more_than"),
]

#: A range with one marker after its high end, after Chinese text; two marked ends too.
RANGES = [
    ("公司计划投资4500-7000元。", "4500-7000元", "4500", "7000"),
    ("股价在3.25至3.32美元之间波动。", "3.25至3.32美元", "3.25", "3.32"),
    ("每件售价15--20元。", "15--20元", "15", "20"),
    # a dash typed as a box-drawing line, as Taiwan's releases do
    ("臺灣政府估計國庫損失二─三億元。", "二─三億元", "200000000", "300000000"),
    ("臺北的攤位每份定價5─8元。", "5─8元", "5", "8"),
    ("月薪5万-8万元不等。", "5万-8万元", "50000", "80000"),
    ("收购价每斤提高5到7元。", "5到7元", "5", "7"),
    ("可以节省七十亿到一百亿元的资金。", "七十亿到一百亿元", "7000000000", "10000000000"),
    ("人均收入一百五十元至二百元。", "一百五十元至二百元", "150", "200"),
    ("票价为80元～120元。", "80元～120元", "80", "120"),
]


@pytest.mark.parametrize(("sentence", "expected"), MORE_THAN, ids=[r[0] for r in MORE_THAN])
def test_more_after_the_number_or_its_scale_is_a_lower_bound(sentence: str, expected: list[tuple[str, ...]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(("sentence", "text", "qualifier"), BOUNDS, ids=[r[0] for r in BOUNDS])
def test_a_bound_before_the_amount_sets_its_qualifier(sentence: str, text: str, qualifier: str) -> None:
    (m,) = moneyparse.extract(sentence)
    assert (m.text, m.qualifier) == (text, qualifier)


@pytest.mark.parametrize(("sentence", "text", "low", "high"), RANGES, ids=[r[0] for r in RANGES])
def test_a_range_after_chinese_text_is_one_mention(sentence: str, text: str, low: str, high: str) -> None:
    (m,) = moneyparse.extract(sentence)
    assert (m.text, m.amount, m.high) == (text, Decimal(low), Decimal(high))


def test_a_one_character_numeral_before_to_is_no_low_end() -> None:
    # "统一到一百元": the 一 of 统一 (unify) is no low end
    assert found("价格统一到一百元。") == [("一百元", "100", None, "CNY", None)]


def test_a_series_with_its_marker_once_is_one_amount_each() -> None:
    assert found("营收预计为35.39/40.73/46.29亿美元。") == [
        ("35.39", "3539000000", None, "USD", None),
        ("40.73", "4073000000", None, "USD", None),
        ("46.29亿美元", "4629000000", None, "USD", None),
    ]


def test_a_fraction_is_no_series() -> None:
    assert found("About 1/2 million dollars went to the fund.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "出口占比达到百分之三十。",
        "这项改革十分重要。",
        "步行五分钟就到。",
        "列车于晚9时50分到站。",
        "长三角一体化继续推进。",
        "笛卡尔是二元论者。",
        "公交车停在三元桥。",
        "氢是一种元素，另一元素是氧。",
        "运动员获得3块金牌。",
        "企业推动10多元化经营。",
        "已知的有一百多元素。",
        "城市新增一百多万人。",
        "全省拥有8个万亿元级产业集群。",
    ],
)
def test_units_that_are_no_money_here(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text", "amount"),
    [
        ("他付了3元5角2分。", "3元5角2分", "3.52"),
        ("邮票一块零五分一张。", "一块零五分", "1.05"),
        ("一张邮票1分钱。", "1分", "0.01"),
        ("一支铅笔卖三元。", "三元", "3"),
        ("苹果3块钱一斤。", "3块", "3"),
        ("奶茶一杯三块五。", "三块五", "3.5"),
        ("每人交10块，够了。", "10块", "10"),
    ],
)
def test_units_that_are_money_here(sentence: str, text: str, amount: str) -> None:
    (m,) = moneyparse.extract(sentence)
    assert (m.text, m.amount, m.currency) == (text, Decimal(amount), "CNY")


@pytest.mark.parametrize(
    ("sentence", "text", "amount"),
    [
        ("各项税收为１３，９８０，０００，０００元。", "１３，９８０，０００，０００元", "13980000000"),
        ("其他收入为６８１，３４７，０００元。", "６８１，３４７，０００元", "681347000"),
        ("某车企147美元的报价。", "147美元", "147"),
    ],
)
def test_fullwidth_groups_and_a_number_glued_to_a_name(sentence: str, text: str, amount: str) -> None:
    (m,) = moneyparse.extract(sentence)
    assert (m.text, m.amount) == (text, Decimal(amount))


def test_a_comma_after_ascii_digits_is_the_sentence_comma() -> None:
    # after ASCII digits "，" ends a clause: "30" and "500元" are two numbers, one amount
    assert found("两项分别为30，500元。") == [("500元", "500", None, "CNY", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "全年出口总额达到12.5\n\u200b\n万亿元，同比增长。",
        "去年营收为8\n\n亿元，利润持平。",
        "项目总投资3.2\u200b亿美元。",
    ],
)
def test_a_scale_parted_from_its_number_by_the_page_gives_nothing(sentence: str) -> None:
    # the scale alone would read one 万亿 or one 亿: a wrong value for 12.5 or 8
    assert moneyparse.extract(sentence) == []


def test_a_scale_after_a_word_still_reads_one_of_it() -> None:
    # "突破万亿元": past one trillion, the scale alone is the amount, also after a line break
    assert found("今年营收首次突破\n万亿元。") == [("万亿元", "1000000000000", None, "CNY", None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 元年 (the first year) after a version number: no money
        ("臺北市長說，今年是都更2.0元年。", []),
        ("臺中市府表示，明年是智慧城市3.0元年，將全力推動。", []),
        # a price before 年費 (an annual fee), or any other number before 元年: money
        ("臺北市會員卡收3.0元年費。", [("3.0元", "3.0", "TWD")]),
        ("臺北市會員卡收100元年費。", [("100元", "100", "TWD")]),
    ],
)
def test_the_first_year_after_a_version_number_is_no_money(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.text, str(m.amount), m.currency) for m in moneyparse.extract(sentence)] == expected
