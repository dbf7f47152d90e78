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
from mention_rows import hedged as found
from moneyparse.numbers import parse_cjk


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
        # a space between the digits and the first large unit, more digits after it (text taken from PDF)
        ("臺灣全年出口已達3 兆2,000 多億元。", [("3 兆2,000 多億元", "3200000000000", "TWD", "more_than")]),
        ("臺灣的營業額已達2 兆6,000億元。", [("2 兆6,000億元", "2600000000000", "TWD", None)]),
        ("該國去年的產值約3 兆4160億美元。", [("3 兆4160億美元", "3416000000000", "USD", "approx")]),
        ("產值達24.953兆人民幣（約3 兆4160億美元）。",
         [("24.953兆人民幣", "24953000000000", "CNY", None), ("3 兆4160億美元", "3416000000000", "USD", "approx")]),
        # the units of ten million and of hundred million in both scripts, a space before them or none
        ("臺灣全年營收5 千萬元。", [("5 千萬元", "50000000", "TWD", None)]),
        ("行政院補助2 百萬元辦理。", [("2 百萬元", "2000000", "TWD", None)]),
        ("該計畫投入3 百億元。", [("3 百億元", "30000000000", "TWD", None)]),
        ("全年投资人民币2千亿元。", [("人民币2千亿元", "200000000000", "CNY", None)]),
        # a unit of the numeral after a space, not a scale that multiplies it: 3億 and 5千萬
        ("臺灣全年營收3億5 千萬元。", [("3億5 千萬元", "350000000", "TWD", None)]),
        ("臺灣全年營收3億5 千元。", [("3億5 千元", "300005000", "TWD", None)]),
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
        "預算編列1億 5,000萬元。",  # spaces inside the numeral: only its tail is found
        "全省出口已達3兆 2,000億元。",
        "臺灣全年出口已達3兆2,000 億元。",  # digits glued to a large unit before them are a tail
        "臺灣全年營收3 億5 千萬元。",  # a small unit after a space: "千萬元" alone would be 10,000,000
        "預算新臺幣3億 5,000萬元。",  # the head of a numeral a space parts: 300 million for 350 million
        "投资人民币3亿 5千万元。",
        "这是一个 多元社会。",  # 多元 (diverse) after a numeral and a space is no "and more"
        "要建设三 多元体系。",
        "去年营收3亿多万元。",  # 多 after a unit, then a smaller unit: no sure reading
        "打造三市协同发展的“金三角”。",
        "推动长江中游城市群“中三角”建设。",
        "西三角经济区加快发展。",
    ],
)
def test_no_wrong_value_from_an_unsure_numeral(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    "numeral",
    ["两三百万", "三四十", "十七八万", "一两万", "七八千", "三四億", "三五亿", "三五百"],
)
def test_two_digits_before_a_unit_are_a_guess_no_number(numeral: str) -> None:
    # "两三百万" is two or three million: read place by place it would be 23,000,000
    with pytest.raises(ValueError):
        parse_cjk(numeral)


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("一九九八", "1998"), ("二〇〇〇万", "20000000"), ("三○五", "305"), ("二十三万", "230000"), ("二三五亿", "23500000000"),
     ("三十五亿", "3500000000")],
)
def test_digits_place_by_place_still_read(numeral: str, value: str) -> None:
    assert str(parse_cjk(numeral).value) == value


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("政府编列了3、4百亿元的预算。", "30000000000", "40000000000"),
        ("这套房子要七、八万元。", "70000", "80000"),
        ("他用3、4百万美元买了一艘船。", "3000000", "4000000"),
        ("一斤卖三、四元。", "3", "4"),
    ],
)
def test_a_guess_between_two_numbers_with_a_list_comma_is_a_range(sentence: str, low: str, high: str) -> None:
    (m,) = moneyparse.extract(sentence)
    assert (str(m.amount), str(m.high)) == (low, high)
    assert sentence[m.start : m.end] == m.text and m.text[0] in "3七三"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the name of the money before the low digit: one range in that money, never "人民币三" (3 yuan)
        ("这批货值人民币三、四十万元。", ("人民币三、四十万元", "300000", "400000", "CNY")),
        ("他花了美元三、四千元买车。", ("美元三、四千元", "3000", "4000", "USD")),
        ("臺北這間套房要新臺幣七、八萬元。", ("新臺幣七、八萬元", "70000", "80000", "TWD")),
        ("政府编列了人民币3、4百亿元。", ("人民币3、4百亿元", "30000000000", "40000000000", "CNY")),
    ],
)
def test_a_guess_after_the_name_of_the_money_is_its_range(sentence: str, expected: tuple[str, str, str, str]) -> None:
    (m,) = moneyparse.extract(sentence)
    assert sentence[m.start : m.end] == m.text
    assert (m.text, str(m.amount), str(m.high), m.currency) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Han digits grouped by threes with an enumeration comma, as Taiwan's older budgets write them
        ("臺北市共計編列新臺幣三、○○○萬元。", [("新臺幣三、○○○萬元", "30000000", "TWD", None)]),
        ("臺灣省府補助新臺幣一二、五○○千元。", [("新臺幣一二、五○○千元", "12500000", "TWD", None)]),
        ("臺中市編列新臺幣一、二○○萬元及三、五○○萬元。",
         [("新臺幣一、二○○萬元", "12000000", "TWD", None), ("三、五○○萬元", "35000000", "TWD", None)]),
        # a grouped run after a large unit: every digit of such a numeral stands in its place, so
        # "三五億" is 35 億 here, where "三五億" alone is "a few hundred million" and no amount
        ("臺南市道路拓寬工程（新臺幣三五億三、五○○萬元）。", [("新臺幣三五億三、五○○萬元", "3535000000", "TWD", None)]),
        ("臺南市道路拓寬工程（新臺幣三五億元）。", []),
        ("臺北市捷運延伸（新臺幣一二○億七、○五○萬元）。", [("新臺幣一二○億七、○五○萬元", "12070500000", "TWD", None)]),
        # a comma that groups no three digits is no number: nothing rather than three dollars
        ("臺北市編列新臺幣三、○○○○萬元。", []),
        ("臺南市編列新臺幣三五億三、五○○○萬元。", []),
        ("臺北市二○○八、二○○九年各編新臺幣三億元。", [("新臺幣三億元", "300000000", "TWD", None)]),
    ],
)
def test_han_digits_grouped_by_threes(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "这批货值两三百万元。",  # two or three million
        "房价在十七八万元左右。",
        "工程花了十三、四万元。",  # 130,000 or 140,000: "四万元" alone is a wrong value
        "新竹湖口三元宮參香。",  # a temple's name
        "他们去三元宫上香。",
        "社會從一元到多元，一步一腳印。",  # from monism to pluralism
    ],
)
def test_no_amount_from_a_guess_or_a_name(sentence: str) -> None:
    assert found(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("奖金分别为1、2、3万元。", [("3万元", "30000", "CNY", None)]),  # a list: its last amount
        ("每股3、45元。", [("45元", "45", "CNY", None)]),  # no guess between 3 and 45
        ("一支笔卖三元。", [("三元", "3", "CNY", None)]),
    ],
)
def test_lists_and_prices_beside_a_list_comma(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("九八億", "9800000000"), ("二二七億", "22700000000"), ("一四九億", "14900000000"), ("三六万", "360000")],
)
def test_digits_place_by_place_before_a_large_unit(numeral: str, value: str) -> None:
    # a digit written for each place, as Taiwan's press writes sums of 億: no guess unless each
    # digit is one more than the one before, or the two are "三五" ("a few": 35 or 3 to 5)
    assert str(parse_cjk(numeral).value) == value


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("找了他三角五分。", [("三角五分", "0.35", "CNY", None)]),  # three jiao and five fen: one sum
        ("一支铅笔1角2分钱。", [("1角2分", "0.12", "CNY", None)]),
        ("票价五角，车费五角。", [("五角", "0.5", "CNY", None), ("五角", "0.5", "CNY", None)]),
    ],
)
def test_jiao_and_fen_are_one_sum(sentence: str, expected: list[tuple[str, str, str, str | None]]) -> None:
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the high end in digits and zeros: the low digit counts the same power of ten
        ("基金的规模扩大到7、8000亿美元。", ("7、8000亿美元", "700000000000", "800000000000")),
        ("修这条路约需2、300万美元。", ("2、300万美元", "2000000", "3000000")),
        ("这辆旧车值4、5000美元。", ("4、5000美元", "4000", "5000")),
        # an item numbered 1 after a colon or at a line's start: its amount alone
        ("预算如下：1、2000美元用于培训。", ("2000美元", "2000", "None")),
        ("\n1、200万美元用于修路。", ("200万美元", "2000000", "None")),
        # no guess: the high end is no digit and zeros, or no digit one above the low one
        ("修这条路约需2、350万美元。", ("350万美元", "3500000", "None")),
        ("修这条路约需2、400万美元。", ("400万美元", "4000000", "None")),
    ],
)
def test_a_guess_before_a_digit_and_zeros_is_a_range(sentence: str, expected: tuple[str, str, str]) -> None:
    (m,) = moneyparse.extract(sentence)
    assert (m.text, str(m.amount), str(m.high), m.currency) == (*expected, "USD")


@pytest.mark.parametrize(
    ("text", "span", "amount", "currency"),
    [
        # an acronym in Latin capitals glued before a Chinese numeral, as Chinese text writes it
        ("去年人均GDP3.1万美元，高于上年。", "3.1万美元", "31000", "USD"),
        ("国内CPI与GDP两万亿元的规模相比不大。", "两万亿元", "2000000000000", "CNY"),
        ("按汇率计算，人均GDP三万五千美元。", "三万五千美元", "35000", "USD"),
    ],
)
def test_a_numeral_glued_after_an_acronym_is_read(text: str, span: str, amount: str, currency: str) -> None:
    assert [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)] == [(span, Decimal(amount), currency)]


@pytest.mark.parametrize(
    "text",
    [
        "型号B2万元系列已停产。",  # one capital: a model's name
        "新款iPhone十二千元起售的说法不实。",  # a name with small letters
        "显卡RTX4090元件缺货。",  # digits with no large unit glued to letters: a model
    ],
)
def test_digits_glued_to_a_name_stay_unread(text: str) -> None:
    assert moneyparse.extract(text) == []
