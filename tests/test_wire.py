"""Wire copy and hard-wrapped text: line breaks inside a phrase, and the older press forms.

Sentences of our own in the wire's house style; the figures are made up or are facts.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse

D = Decimal


def found(text: str) -> list[tuple[str, Decimal, Decimal | None, str]]:
    """(text, amount, high, currency) of each mention, each span checked against the text."""
    result = []
    for m in moneyparse.extract(text):
        assert text[m.start : m.end] == m.text
        result.append((m.text, m.amount, m.high, m.currency))
    return result


# -- A. hard-wrapped text: a line break inside a phrase is one space ---------------------------

WRAPPED = [
    # (text, [(span, amount, currency), ...])
    ("exports rose to 1.4\nbillion dlrs last year", [("1.4\nbillion dlrs", "1400000000", "USD")]),
    ("the fund raised $5\n  billion in March", [("$5\n  billion", "5000000000", "USD")]),
    ("it lost 217,000 dlrs on sales of 469,274\ndlrs.", [("217,000 dlrs", "217000", "USD"), ("469,274\ndlrs", "469274", "USD")]),
    ("a deficit of about 100\n    billion dlrs on present policies", [("100\n    billion dlrs", "100000000000", "USD")]),
    ("a charge of 6.0 mln\r\ndlrs in the quarter", [("6.0 mln\r\ndlrs", "6000000", "USD")]),
    ("trailing blanks: 17   \n   billion dlrs", [("17   \n   billion dlrs", "17000000000", "USD")]),
    ("the price was $12.50\na share", [("$12.50", "12.5", "USD")]),
    ("a new loan of\n$300 mln was signed", [("$300 mln", "300000000", "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED, ids=[t for t, _ in WRAPPED])
def test_a_line_break_inside_a_phrase_is_a_space(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(t, a, c) for t, a, _, c in found(text)] == [(t, D(a), c) for t, a, c in expected]


def test_a_hedge_before_a_line_break() -> None:
    (m,) = moneyparse.extract("net profit of about\n   12 mln dlrs")
    assert (m.text, m.amount, m.qualifier) == ("12 mln dlrs", D("12000000"), "approx")


def test_a_range_across_a_line_break() -> None:
    assert found("prices of 1.9 to 3\ndollars a bag") == [("1.9 to 3\ndollars", D("1.9"), D("3"), "USD")]


BLANK_LINE = [
    # a blank line ends a phrase: the number and the scale word left apart give no mention, and
    # never the scale word alone as a number ("billion dlrs" is not 1,000,000,000)
    "exports rose to 1.4\n\nbillion dlrs",
    "exports rose to 1.4\n   \n  billion dlrs",
    "exports rose to 1.4\r\n\r\nbillion dlrs",
    # nor blanks wider than a phrase is spaced (justified text)
    "exports rose to 1.4          billion dlrs",
]


@pytest.mark.parametrize("text", BLANK_LINE)
def test_a_no_wrong_value_from_a_blank_line(text: str) -> None:
    assert found(text) == []


def test_a_blank_line_ends_a_phrase_before_a_marker() -> None:
    # the amount of the first paragraph does not take the currency that opens the next one
    assert found("Revenue was 40 mln\n\nDlrs were weak, the bank said.") == []


def test_a_offsets_across_indented_lines_map_back() -> None:
    text = "Shr 14 cts vs 11 cts\n    Net 5 mln dlrs vs 4\n    mln dlrs\n    Revs 40 mln dlrs"
    spans = [(m.start, m.end, m.text) for m in moneyparse.extract(text)]
    assert all(text[a:b] == t for a, b, t in spans)
    assert [t for _, _, t in spans][-3:] == ["5 mln dlrs", "4\n    mln dlrs", "40 mln dlrs"]


def test_a_streaming_reads_line_breaks_as_extract_does() -> None:
    text = ("The company said sales rose to 4.2 billion\ndlrs, up from 4.0 billion\n  dlrs a year ago.\n\n" * 30)
    whole = moneyparse.extract(text)
    assert len(whole) == 60
    chunks = [text[i : i + 97] for i in range(0, len(text), 97)]
    assert list(moneyparse.iter_extract(chunks)) == whole


def test_a_parse_of_a_wrapped_phrase() -> None:
    m = moneyparse.parse("7.28\nbillion dlrs")
    assert (m.amount, m.currency, m.text) == (D("7280000000"), "USD", "7.28\nbillion dlrs")
