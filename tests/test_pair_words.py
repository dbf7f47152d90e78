"""A pair's rate against the words near: a conversion that fits only a money the words near do not
name leaves the reading they chose (sentences written for the test)."""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse import Evidence


def first(text: str) -> moneyparse.Mention:
    return moneyparse.extract(text)[0]


@pytest.mark.parametrize(
    ("text", "currency", "evidence"),
    [
        # 2,000,000 / 5,000 = 400 per US dollar: no Indian rupee rate, a Sri Lankan one; Mumbai decides
        ("Police in Mumbai offered a reward of Rs. 2,000,000 (about US$5,000) for information.", "INR", Evidence.CONTEXT),
        # a rate that fits the rupee the words name: the same reading, decided by the pair as before
        ("Police in Mumbai offered a reward of Rs. 2,000,000 (about US$45,000) for information.", "INR", Evidence.CONTEXT),
        # no country named: the rate decides, as before
        ("The fine was Rs. 2,000,000 (about US$5,000).", "LKR", Evidence.PAIR),
        # the country of the fitting money named near too: the rate decides between the two
        ("Courts in Mumbai and Colombo set a fine of Rs. 2,000,000 (about US$5,000).", "LKR", Evidence.PAIR),
        # the sign's default, with no words: the rate decides, as before (380 / 53 is a yuan rate)
        ("It will invest ¥380 billion ($53 billion).", "CNY", Evidence.PAIR),
        # a story of Tokyo: the words say yen, whatever rate the bracket implies
        ("Tokyo firms will invest ¥380 billion ($53 billion) in chip plants.", "JPY", Evidence.CONTEXT),
        # the words and the rate agree: the pair confirms the reading
        ("该公司将投资¥380 billion ($53 billion)。", "CNY", Evidence.PAIR),
    ],
)
def test_a_pair_moves_a_reading_of_words_only_to_a_money_named_near(text: str, currency: str, evidence: Evidence) -> None:
    m = first(text)
    assert (m.currency, m.evidence) == (currency, evidence)


def test_the_words_keep_the_other_reading_as_an_alternative() -> None:
    m = first("Police in Mumbai offered a reward of Rs. 2,000,000 (about US$5,000) for information.")
    assert "LKR" in m.alternatives
