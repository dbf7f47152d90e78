"""The cents of a South African results table: figures per share in cents, the rest in rand, no
dollar written; the cents, and the bare figures that share their marker, are the rand's
(sentences and figures written for the test)."""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse import Evidence


def currencies(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.currency) for m in moneyparse.extract(text)]


TABLE = (
    "Shr 72 cts vs 64\n"
    "    Final div 30 cts vs 25, making 48 vs 41\n"
    "    Pre-tax 210.5 mln rand vs 188.1 mln\n"
    "    Net 150.2 mln vs 131.7 mln\n"
)


def test_the_cents_of_a_table_in_rand_and_their_bare_figures_are_the_rands() -> None:
    found = moneyparse.extract(TABLE)
    assert [(m.text, m.currency) for m in found] == [
        ("72 cts", "ZAR"), ("64", "ZAR"), ("30 cts", "ZAR"), ("25", "ZAR"), ("48", "ZAR"), ("41", "ZAR"),
        ("210.5 mln rand", "ZAR"), ("188.1 mln", "ZAR"),
    ]
    cents = found[0]
    assert cents.evidence is Evidence.CONTEXT
    assert "USD" in cents.alternatives and "ZAR" not in cents.alternatives


def test_cents_in_running_text_beside_rand_are_the_rands() -> None:
    text = (
        "The brewer said earnings per share rose 18 pct to 305 cents last year.\n"
        "    Its turnover was 4.1 billion rand in the year to June.\n"
    )
    assert currencies(text) == [("305 cents", "ZAR"), ("4.1 billion rand", "ZAR")]


KEPT = [
    # a dollar written in the story: which cents are meant is unsure
    (
        "The mine earned 95 cts a share, and gold averaged 410 dlrs an ounce.\n"
        "    Revenue was 820 mln rand.\n",
        "95 cts",
        "USD",
    ),
    # the US dollar's cents written out
    ("The rand rose to 48.5 U.S. cts from 47.9 cts, and the deal is worth 60 mln rand.", "47.9 cts", "USD"),
    # no rand named: the default stands
    ("Shr 72 cts vs 64\n    Net 150.2 mln vs 131.7 mln\n", "72 cts", "USD"),
    # another money named beside the cents
    ("Shr 40 cts vs 35\n    Net 12 mln guilders vs 10 mln\n    Sales 90 mln rand\n", "40 cts", "USD"),
]


@pytest.mark.parametrize(("text", "bare", "currency"), KEPT)
def test_a_dollar_or_another_money_near_keeps_the_default(text: str, bare: str, currency: str) -> None:
    assert dict(currencies(text))[bare] == currency


def test_rand_far_off_says_nothing() -> None:
    text = "Shr 72 cts vs 64.\n" + "The board met again. " * 250 + "\nThe plant cost 40 mln rand."
    assert dict(currencies(text))["72 cts"] == "USD"


def test_a_stream_reads_the_table_as_the_whole_text_does() -> None:
    text = "The group reported its results.\n" * 40 + TABLE + "Other news followed.\n" * 300
    whole = [(m.start, m.text, m.currency) for m in moneyparse.extract(text)]
    chunks = [text[i : i + 97] for i in range(0, len(text), 97)]
    assert [(m.start, m.text, m.currency) for m in moneyparse.iter_extract(chunks)] == whole
