"""The two ways of counting evidence around a mention agree.

An ambiguous marker ("$", "¥", "kr") is settled by the country and currency words, Han and kana
around it.  A text with few such mentions has each window read on its own; one with many is read
once and its windows counted by bisection.  Which way a window was read must never change what it
counts: the same words starting inside it, the same script overlapping it, in the same order.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import moneyparse
from moneyparse import currency

# Evidence words of several currencies, words that only look like them, scripts, and separators
# that put word edges anywhere a window may start or end.
_TOKENS = [
    "Australia", "Australian", "Hong Kong", "Hong", "Kong", "New Zealand", "Zealand", "Canada",
    "US", "USA", "U.S.", "United States", "American", "Tokyo", "Japan", "China", "Chinese", "Beijing",
    "Sweden", "Norway", "krona", "yuan", "yen", "Singapore", "Mexico", "australia", "AUSTRALIA",
    "阿里巴巴", "东京", "トヨタ", "ひらがな", "円", "元", "$5", "¥12", "kr 40", "é", "ü", "\U0001f4b0",
    " ", "  ", ".", ",", "-", "x", "ab", "\n", "\u00a0",
]
_CODES = [
    ("USD", "AUD", "CAD", "HKD", "SGD", "NZD", "TWD", "MXN", "ARS"),
    ("JPY", "CNY"),
    ("SEK", "NOK", "DKK", "ISK"),
]


def read_whole(text: str) -> currency._Evidence:
    """An index over ``text`` that has already given up reading window by window."""
    index = currency._Evidence(text)
    index._read = len(text) + 1
    return index


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=60).map("".join),
    st.integers(min_value=0, max_value=400),
    st.integers(min_value=0, max_value=400),
    st.sampled_from(_CODES),
)
def test_window_and_whole_text_count_alike(text: str, lo: int, width: int, codes: tuple[str, ...]) -> None:
    lo = min(lo, len(text))
    hi = lo + width
    by_window = currency._Evidence(text).counts(lo, hi, codes)
    by_index = read_whole(text).counts(lo, hi, codes)
    assert by_window == by_index
    assert list(by_window) == list(by_index), "ties between codes are settled by this order"


def test_window_counts_words_starting_inside_only() -> None:
    text = "Australia and Australia and Canada"
    codes = _CODES[0]
    # the second "Australia" starts at 14; a window from 15 no longer holds its start
    assert currency._Evidence(text).counts(14, 23, codes) == {"AUD": 1}
    assert currency._Evidence(text).counts(15, 34, codes) == {"CAD": 1}
    # a word cut by the end of the window still counts; one glued to a letter before it never does
    assert currency._Evidence(text).counts(0, 3, codes) == {"AUD": 1}
    assert currency._Evidence("xAustralia, Canada").counts(1, 18, codes) == {"CAD": 1}


def test_many_windows_switch_to_one_reading() -> None:
    text = " ".join(["Tokyo ¥5"] * 200)
    index = currency._Evidence(text)
    for start in range(0, len(text), 9):
        index.counts(max(0, start - 400), start + 400, _CODES[1])
    assert index._words is not None, "a text read window by window past its length is read whole"
    assert index._read <= len(text)


def test_extraction_unchanged_by_reading_whole(monkeypatch: object) -> None:
    text = (
        "Grossing $900,000 in Australia, and $450,139 in Hong Kong. It was released in the United "
        "States too. In Tokyo a bowl costs ¥1,200; in Beijing ¥30. Sweden spent kr 40 million."
    )
    windowed = moneyparse.extract(text)
    original = currency._Evidence.__init__

    def whole(self: currency._Evidence, text: str, at_head: bool = True, joined: list[int] | None = None) -> None:
        original(self, text, at_head, joined)
        self._read = len(text) + 1

    monkeypatch.setattr(currency._Evidence, "__init__", whole)  # type: ignore[attr-defined]
    assert moneyparse.extract(text) == windowed
