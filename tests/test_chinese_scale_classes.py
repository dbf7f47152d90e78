"""A scale word with 元 and no number before it, before 产业 (an industry), 企业 (a company), 级 (a
class) or 俱乐部 (a club), names a class of size, no amount: "兆元產業" is a trillion-yuan
industry, "千亿元企业" a company of a hundred billion yuan a year.  The same scale alone before other
words is read as before ("突破百亿元", "重回万亿元规模"), and with a number before it is an amount.

Every sentence is our own.  A sentence in traditional characters names a place of Taiwan, so that
its 元 has a currency (``test_yuan_place.py``).
"""

from __future__ import annotations

import pytest

import moneyparse


def found(sentence: str) -> list[tuple[str, str, str]]:
    out = []
    for m in moneyparse.extract(sentence):
        assert sentence[m.start : m.end] == m.text
        out.append((m.text, str(m.amount), m.currency))
    return out


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
