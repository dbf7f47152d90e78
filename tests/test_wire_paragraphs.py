"""Wire paragraphs: a country first named in a later paragraph does not decide a bare dollar.

Sentences of our own in the wire's house style (a paragraph begins with a line break and an
indentation); the figures are made up.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse
from moneyparse.candidates import _unwrap
from moneyparse.paragraphs import Paragraphs, joined_marks

US_THEN_CANADA = (
    "The United States budget deficit is expected to stay near\n"
    "a high 120 billion dlrs next year, the report said.\n"
    "    In Canada growth should pick up slightly next year, and\n"
    "Canada's current account deficit should narrow, it said.\n"
)


def _currencies(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


def test_a_country_of_the_next_paragraph_leaves_dlrs_in_us_dollars() -> None:
    assert _currencies(US_THEN_CANADA) == [("120 billion dlrs", Decimal("120000000000"), "USD")]


def test_the_same_words_in_one_paragraph_still_decide() -> None:
    # no paragraph mark: "In Canada" is read in the amount's own paragraph, as before
    one = US_THEN_CANADA.replace("said.\n    In", "said. In\n")
    assert [c for _, _, c in _currencies(one)] == ["CAD"]


def test_a_mark_left_as_written_bounds_too() -> None:
    # a short heading line: its break is kept as written, and it still ends the paragraph
    text = "Deficit seen at 120 billion dlrs\n" + US_THEN_CANADA.split("\n", 2)[2]
    assert [c for _, _, c in _currencies(text)] == ["USD"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Canadian factory shipments rose in March, Statistics Canada\n"
            "said in a report released on Tuesday.\n"
            "    Inventories held by manufacturers fell to 31.5 billion dlrs\n"
            "from 32.1 billion dlrs in February, the agency said.\n",
            ["CAD", "CAD"],
            id="named-in-an-earlier-paragraph",
        ),
        pytest.param(
            "The Canadian finance minister said on Monday that he will\n"
            "borrow an extra 500 mln dlrs at the treasury bill auction to\n"
            "be held next week under his temporary powers.\n"
            "    Ottawa has asked parliament for more borrowing authority.\n",
            ["CAD"],
            id="named-before-and-confirmed-in-a-later-paragraph",
        ),
        pytest.param(
            "The government will spend 40 mln dlrs on the new rail line\n"
            "across the prairies, the Canadian transport minister said.\n"
            "    Work is to begin in the spring.\n",
            ["CAD"],
            id="named-after-in-the-same-paragraph",
        ),
    ],
)
def test_a_country_named_by_the_end_of_the_paragraph_still_decides(text: str, expected: list[str]) -> None:
    assert [c for _, _, c in _currencies(text)] == expected


def test_pounds_are_bounded_like_dollars() -> None:
    text = (
        "The charity raised 2 mln pounds at the auction in London,\n"
        "its chairman told reporters on Friday afternoon.\n"
        "    In Egypt the pound fell again, and Egypt's central bank\n"
        "said it would act to defend the currency soon.\n"
    )
    assert [c for _, _, c in _currencies(text)] == ["GBP"]


def test_joined_marks_are_the_indented_breaks_only() -> None:
    text = "A line of wrapped prose that fills its line\n    and a new paragraph begins here\nwith a plain break."
    read, at, shift = _unwrap(text) or ("", [], [])
    marks = joined_marks(text, at, shift)
    assert [read[m : m + 5] for m in marks] == [" and "]
    assert Paragraphs(read, marks).next_mark(3, 400) == marks[0]
    assert Paragraphs(read, marks).next_mark(3, marks[0] - 3) is None  # beyond the reach
    assert Paragraphs(read, marks).next_mark(marks[0] + 2, 400) is None


def test_a_single_blank_of_indentation_is_no_mark() -> None:
    text = "A line of wrapped prose that fills its line\n and goes on in the same paragraph here."
    read, at, shift = _unwrap(text) or ("", [], [])
    assert joined_marks(text, at, shift) == []
    assert Paragraphs(read).next_mark(0, 400) is None


def test_a_mark_kept_as_written_is_found_in_the_text() -> None:
    text = "Deficit seen at 120 billion dlrs\n    In Canada growth is seen."
    assert Paragraphs(text).next_mark(10, 400) == text.index("\n")
    assert Paragraphs(text).next_mark(10, 20) is None
