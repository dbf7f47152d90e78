"""A bare 元 whose own words name its money (:mod:`moneyparse.yuan_named`): a stock of renminbi
counted in 元 in its clause, and a series compared with one amount of a named money.  Both are
read before the place a text is of, in any script; what breaks them leaves the place's reading.
Every sentence is our own."""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse.mention import Evidence


def currencies(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.currency) for m in moneyparse.extract(sentence)]


def streamed(sentence: str) -> list[tuple[str, str]]:
    pieces = [sentence[i : i + 4] for i in range(0, len(sentence), 4)]
    return [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # deposits of renminbi in a text of Taiwan, beside Hong Kong in another clause
        ("臺灣的銀行開辦人民幣業務後，人民幣存款已突破三千億元，僅次於香港。", [("三千億元", "CNY")]),
        # in a text that names Taiwan alone: not its dollar
        ("截至年底，臺灣的人民幣存款餘額為2,400億元。", [("2,400億元", "CNY")]),
        ("新竹的銀行去年承作人民幣貸款四十億元。", [("四十億元", "CNY")]),
        # an amount of the same clause before it does not break the reach
        ("臺灣的人民幣存款由一千億元增加到三千億元。", [("一千億元", "CNY"), ("三千億元", "CNY")]),
        # a sentence of simplified script that names Taiwan
        ("台湾的人民币存款已达3000亿元。", [("3000亿元", "CNY")]),
    ],
)
def test_a_stock_of_renminbi_named_in_its_clause_is_renminbi(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    assert streamed(sentence) == expected


def test_the_marker_keeps_its_reading_where_the_renminbi_is_the_default() -> None:
    found = moneyparse.extract("人民币贷款余额由5万亿元增加到6万亿元。")
    assert [(m.currency, m.evidence) for m in found] == [("CNY", Evidence.MARKER), ("CNY", Evidence.MARKER)]
    found = moneyparse.extract("截至年底，臺灣的人民幣存款餘額為2,400億元。")
    assert [(m.currency, m.evidence, m.alternatives) for m in found] == [("CNY", Evidence.CONTEXT, ())]


@pytest.mark.parametrize(
    "sentence",
    [
        # another money named between
        "臺灣的人民幣與美元存款合計五千億元。",
        "臺灣的人民幣及外幣存款共計五千億元。",
        # a conversion, or a word of the renminbi's value
        "臺灣的人民幣存款折合約一兆三千億元。",
        "臺灣民眾的人民幣存款因貶值蒸發了三百億元。",
        # 的: the renminbi names what another noun is of
        "臺灣開辦人民幣業務的銀行獲利增加五億元。",
        # the end of the clause
        "臺灣去年開辦人民幣存款，銀行的獲利增加了五億元。",
        # no noun of money counted in the renminbi: what was paid for it
        "臺灣民眾搶購人民幣總計百億元。",
        # not the renminbi
        "臺灣的非人民幣存款增加了五百億元。",
        # farther than the reach
        "臺灣的人民幣存款在央行與金管會多年來一再放寬各項規定並且開放銀行承作各種新的業務之後終於首度超過了三千億元。",
    ],
)
def test_what_breaks_the_reach_of_the_renminbi_leaves_the_place_reading(sentence: str) -> None:
    # (臺灣 and 人民幣 both named: two places, no currency)
    assert [m.text for m in moneyparse.extract(sentence) if m.marker == "元"] == []


def test_a_dollar_deposit_names_no_money_for_a_bare_yuan() -> None:
    assert currencies("臺灣的人民幣存款三千億元、美元存款二千億元。") == [("三千億元", "CNY")]
    assert currencies("臺灣的美元存款已突破三千億元。") == [("三千億元", "TWD")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "兩岸協議給予的額度達二千億人民幣，高於日本的九百億元及韓國的六百億元，我國因此多一管道。",
            [("二千億人民幣", "CNY"), ("九百億元", "CNY"), ("六百億元", "CNY")],
        ),
        # the money named before the number, the series joined by 、 and 與
        ("臺灣獲得的額度為人民幣二千億元，遠高於法國的八百億元、德國的七百億元與瑞士的五百億元。",
         [("人民幣二千億元", "CNY"), ("八百億元", "CNY"), ("七百億元", "CNY"), ("五百億元", "CNY")]),
        # another money than the place's
        ("港府的財政儲備達四千億美元，高於新加坡的三千億元。", [("四千億美元", "USD"), ("三千億元", "USD")]),
        # simplified script: a series of the renminbi, and one of Taiwan's dollar in a sentence of Taiwan
        ("该行的额度达二千亿人民币，高于日本的九百亿元及韩国的六百亿元。",
         [("二千亿人民币", "CNY"), ("九百亿元", "CNY"), ("六百亿元", "CNY")]),
        ("立法院通过的预算为3000亿新台币，高于去年的2800亿元。", [("3000亿新台币", "TWD"), ("2800亿元", "TWD")]),
    ],
)
def test_amounts_compared_with_a_named_amount_are_in_its_money(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    assert streamed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a second money in the sentence
        ("臺灣的額度達二千億人民幣（約合新臺幣九千億元），高於日本的九百億元。",
         [("二千億人民幣", "CNY"), ("新臺幣九千億元", "TWD")]),
        # a series joined by a comma, and amounts compared the other way
        ("臺灣的額度達二千億人民幣，高於日本的九百億元，韓國則為六百億元。", [("二千億人民幣", "CNY"), ("九百億元", "CNY")]),
        ("臺灣商人在日本的九百億元，低於在大陸的二千億人民幣。", [("二千億人民幣", "CNY")]),
        # a hedge alone is no comparison: the named amount of another sentence says nothing
        ("美國的投資為二十億美元。臺灣的投資已超過三百億元。", [("二十億美元", "USD"), ("三百億元", "TWD")]),
    ],
)
def test_no_money_is_lent_where_the_series_is_unsure(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the script's renminbi against the series' dollar: two firm readings, no currency
        ("今年出口额为300亿美元，高于去年同期的250亿元。", [("300亿美元", "USD")]),
        ("该省吸收外资80亿美元，超过上年的60亿元与前年的50亿元。", [("80亿美元", "USD")]),
        # nor Taiwan's dollar against another money, in a sentence of Taiwan
        ("立法院通过的军购预算为300亿美元，高于去年的280亿元。", [("300亿美元", "USD")]),
    ],
)
def test_a_series_of_another_money_gives_no_currency_in_simplified_script(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    assert streamed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a text of Taiwan: the new value of an amount of renminbi is renminbi, not Taiwan's dollar
        ("對岸將臺商的最低資本額由人民幣五百萬元，調降為八十萬元。", [("人民幣五百萬元", "CNY"), ("八十萬元", "CNY")]),
        ("臺灣業者在當地的保證金從人民幣200萬元，降為60萬元，手續也簡化了。", [("人民幣200萬元", "CNY"), ("60萬元", "CNY")]),
        # the name after the number, no comma, 到 and 至
        ("臺南的廠商登記資本由3,000萬人民幣提高到4,500萬元。", [("3,000萬人民幣", "CNY"), ("4,500萬元", "CNY")]),
        ("高雄業者的押金由一百萬元人民幣減至四十萬元。", [("一百萬元人民幣", "CNY"), ("四十萬元", "CNY")]),
        # simplified script, a sentence that names Taiwan
        ("台湾厂商的注册资本由人民币800万元，下调为300万元。", [("人民币800万元", "CNY"), ("300万元", "CNY")]),
        # another money than the renminbi, in a text of Hong Kong
        ("港府把這項基金由五十億美元，增加至八十億元。", [("五十億美元", "USD"), ("八十億元", "USD")]),
    ],
)
def test_the_new_value_of_a_named_amount_is_in_its_money(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
    assert streamed(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # another money named between
        ("臺灣業者的資本額由人民幣五百萬元、美元五十萬元，調降為八十萬元。", [("人民幣五百萬元", "CNY"), ("美元五十萬元", "USD")]),
        # no 由 or 從: the amount is no start of the change
        ("臺灣業者的資本額為人民幣五百萬元，調降為八十萬元。", [("人民幣五百萬元", "CNY")]),
        # a second comma clause about something else
        ("臺灣業者的資本額由人民幣五百萬元，補助則提高為八十萬元。", [("人民幣五百萬元", "CNY")]),
        ("臺灣業者的資本額由人民幣五百萬元，手續費調降為八萬元。", [("人民幣五百萬元", "CNY")]),
        # another money named before, in the same sentence
        ("以美元計價的臺灣業者資本額由人民幣五百萬元，調降為八十萬元。", [("人民幣五百萬元", "CNY")]),
        # the change of another sentence (and the renminbi named near a text of Taiwan: no place either)
        ("臺灣業者的資本額由人民幣五百萬元調降。手續費降為八萬元。", [("人民幣五百萬元", "CNY")]),
    ],
)
def test_no_money_is_lent_where_the_change_is_unsure(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the script's renminbi against the change's dollar: no currency
        ("该省出口额由300亿美元，增加到350亿元。", [("300亿美元", "USD")]),
        # the renminbi: as the marker says
        ("该省的财政收入由500亿元人民币增加到600亿元。", [("500亿元人民币", "CNY"), ("600亿元", "CNY")]),
    ],
)
def test_a_change_in_simplified_script_agrees_with_the_script(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected
