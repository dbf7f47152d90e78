"""Numbers spelled in hangul and Han that were read from their middle: "육십만 원" was 100,000 won
(the scan began at the unit "십", after the Sino-Korean digit "육"), "一点五万美元" 50,000 dollars
(it began after the decimal point 点).  Each now reads whole, or not at all.

num2words spells Sino-Korean numbers as the press and speech write them ("이억 사천칠백만",
"만 이천삼백사십오"); what it spells must read back exactly.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

import moneyparse

num2words = pytest.importorskip("num2words").num2words

D = Decimal


def _korean_draws(seed: int, count: int) -> list[int]:
    """Whole numbers of one to four significant digits, from 10 to 10^13."""
    rng = random.Random(seed)
    return [rng.randint(1, 9999) * 10 ** rng.randint(1, 9) for _ in range(count)]


@pytest.mark.parametrize("value", _korean_draws(20261201, 150))
def test_a_number_spelled_in_hangul_reads_back_exactly(value: int) -> None:
    spelled = num2words(value, lang="ko")
    [m] = moneyparse.extract(f"가격은 {spelled} 원이다")
    assert (m.text, m.amount, m.currency) == (f"{spelled} 원", D(value), "KRW")


@pytest.mark.parametrize(
    ("text", "span", "amount", "code"),
    [
        ("육십만 원", "육십만 원", "600000", "KRW"),
        ("삼십억 달러를 투자했다", "삼십억 달러", "3000000000", "USD"),
        ("이억 사천 칠백만 달러", "이억 사천 칠백만 달러", "247000000", "USD"),
        ("그것은 오십 달러", "오십 달러", "50", "USD"),
        ("이건 만 원이다", "만 원", "10000", "KRW"),  # ten thousand said alone, apart from the name
        ("천 달러", "천 달러", "1000", "USD"),
        ("2억 4천 7백만 달러", "2억 4천 7백만 달러", "247000000", "USD"),  # digits before units, as before
        ("一点五万美元", "一点五万美元", "15000", "USD"),
        ("投资三点五亿元", "三点五亿元", "350000000", "CNY"),
        ("十二点五亿元", "十二点五亿元", "1250000000", "CNY"),
        ("五点零五亿元", "五点零五亿元", "505000000", "CNY"),
        ("一点五万亿元", "一点五万亿元", "1500000000000", "CNY"),
        ("三点一四元", "三点一四元", "3.14", "CNY"),
        ("1点5万元", "1点5万元", "15000", "CNY"),
        ("quatro ponto oito milhões de dólares", "quatro ponto oito milhões de dólares", "4800000", "USD"),
    ],
)
def test_a_spelled_number_reads_whole(text: str, span: str, amount: str, code: str) -> None:
    [m] = moneyparse.extract(text)
    assert (m.text, m.amount, m.currency) == (span, D(amount), code)


def test_a_decimal_spelled_in_han_keeps_its_places() -> None:
    [m] = moneyparse.extract("三点一四元")
    assert m.precision == D("0.01")


@pytest.mark.parametrize(
    "text",
    [
        "회사십만 원",  # "company" ends in the digit 사: no number begins inside a word
        "만원이었다",  # "it was full": a lone unit is a word
        "이 달러",  # "this dollar": a digit alone is a word
        "조원이 왔다",  # "a team member came"
        "너만 원해",  # "only you ... want": 만 inside a word
        "만 명이 왔다",  # ten thousand people
        "四点五十元",  # a time (4:50) before 五十元, never fifty yuan
    ],
)
def test_words_that_only_look_like_spelled_numbers_give_nothing(text: str) -> None:
    assert moneyparse.extract(text) == []


def test_a_number_read_back_over_a_shorter_reading_replaces_it() -> None:
    # "元 2" alone would be two yuan; read back from 点, "2点5万元" is the number, and the two
    # readings may not overlap
    found = moneyparse.extract("三点五元 2点5万元")
    assert [(m.text, m.amount) for m in found] == [("三点五元", D("3.5")), ("2点5万元", D("25000"))]
