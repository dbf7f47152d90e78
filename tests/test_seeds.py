"""The two reference articles: every amount, every pair, nothing else."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import moneyparse

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the checkout")

# Facts read off the articles (text as printed, amount, currency).
EXPECTED = {
    "000_9fd4f84746180eec.txt": [
        ("$53 billion", "53e9", "USD"), ("¥380 billion", "380e9", "CNY"), ("$80 billion", "80e9", "USD"),
        ("$65 billion", "65e9", "USD"), ("¥280.2 billion", "280.2e9", "CNY"), ("$36.96 billion", "36.96e9", "USD"),
        ("¥48.9 billion", "48.9e9", "CNY"), ("$6.45 billion", "6.45e9", "USD"),
    ],
    "004_7fba27f094f1ffcb.txt": [
        ("Rmb72.5bn", "72.5e9", "CNY"), ("£8bn", "8e9", "GBP"), ("Rmb24bn", "24e9", "CNY"), ("£2.6bn", "2.6e9", "GBP"),
        ("Rmb280bn", "280e9", "CNY"), ("£31.5bn", "31.5e9", "GBP"), ("Rmb31.7bn", "31.7e9", "CNY"),
        ("£3.6bn", "3.6e9", "GBP"), ("Rmb37.8bn", "37.8e9", "CNY"), ("£4.2bn", "4.2e9", "GBP"),
        ("Rmb136bn", "136e9", "CNY"), ("£15.3bn", "15.3e9", "GBP"), ("$99M", "99e6", "USD"),
        ("$99 million", "99e6", "USD"), ("$1 Billion", "1e9", "USD"),
    ],
}
PAIRS = {
    "000_9fd4f84746180eec.txt": [("$53 billion", "¥380 billion"), ("¥280.2 billion", "$36.96 billion"),
                                 ("¥48.9 billion", "$6.45 billion")],
    "004_7fba27f094f1ffcb.txt": [("Rmb72.5bn", "£8bn"), ("Rmb24bn", "£2.6bn"), ("Rmb280bn", "£31.5bn"),
                                 ("Rmb31.7bn", "£3.6bn"), ("Rmb37.8bn", "£4.2bn"), ("Rmb136bn", "£15.3bn")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_amount_exact_and_nothing_else(name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    got = [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]
    assert got == [(t, Decimal(a), c) for t, a, c in EXPECTED[name]]


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_every_pair(name: str) -> None:
    text = (SEEDS / name).read_text(encoding="utf-8")
    assert [(p.first.text, p.second.text) for p in moneyparse.pairs(text)] == PAIRS[name]


def test_yen_sign_is_yuan_in_the_alibaba_article() -> None:
    text = (SEEDS / "000_9fd4f84746180eec.txt").read_text(encoding="utf-8")
    yen_signs = [m for m in moneyparse.extract(text) if m.marker == "¥"]
    assert len(yen_signs) == 3
    for m in yen_signs:
        assert m.currency == "CNY"
        assert "JPY" in m.alternatives
        assert m.evidence in (moneyparse.Evidence.PAIR, moneyparse.Evidence.CONTEXT)


def test_total_counts() -> None:
    total = sum(len(moneyparse.extract((SEEDS / n).read_text(encoding="utf-8"))) for n in EXPECTED)
    pairs = sum(len(moneyparse.pairs((SEEDS / n).read_text(encoding="utf-8"))) for n in PAIRS)
    assert (total, pairs) == (23, 9)
