"""元 in text of Taiwan is the New Taiwan dollar; in text of the mainland, even text that speaks of
Taiwan, it stays the renminbi.  Every sentence is our own."""

from __future__ import annotations

import pytest

import moneyparse


def currencies(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.currency) for m in moneyparse.extract(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("臺灣的交通建設，政府明年預計投入318億元。", [("318億元", "TWD")]),
        ("中華民國政府將提撥三百億元協助中小企業。", [("三百億元", "TWD")]),
        ("總統府今天宣布，每戶每年可領1.2萬至1.8萬元。", [("1.2萬至1.8萬元", "TWD")]),
        ("台灣的農民每公斤可多賺5元。", [("5元", "TWD")]),
    ],
)
def test_yuan_beside_taiwan_in_traditional_characters_is_twd(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the mainland's reports speak of Taiwan in simplified characters
        ("我们将扩大对台湾同胞的惠及面，安排专项资金120亿元。", [("120亿元", "CNY")]),
        ("国务院决定向台湾地区受灾同胞捐助5000万元。", [("5000万元", "CNY")]),
        # Taiwan named in traditional characters, but the mainland or another currency near
        ("臺灣對中國大陸的出口增加了300億元。", [("300億元", "CNY")]),
        ("國務院台灣事務辦公室宣布投入20億元。", [("20億元", "CNY")]),
        ("臺灣旅客在香港花了800元。", [("800元", "CNY")]),
        # traditional characters with no word of Taiwan: nothing says which place
        ("這項計畫投入經費二十億元。", [("二十億元", "CNY")]),
    ],
)
def test_yuan_stays_cny_unless_taiwan_clearly_wins(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert currencies(sentence) == expected


def test_taiwan_far_from_the_amount_says_nothing() -> None:
    sentence = "臺灣。" + "這是一段很長的說明文字。" * 40 + "經費共計50億元。"
    assert currencies(sentence) == [("50億元", "CNY")]


def test_named_currency_and_assumption_keep_their_word() -> None:
    assert currencies("臺灣民眾捐了人民幣300元。") == [("人民幣300元", "CNY")]
    found = moneyparse.extract("臺灣政府投入242億元。", assume={"*": "CNY"})
    assert [m.currency for m in found] == ["CNY"]
