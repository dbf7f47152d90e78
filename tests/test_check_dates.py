"""The publication date of a text: only where the text states it, and always where it came from."""

from __future__ import annotations

import datetime as dt

import pytest

import rates
from rates.dates import DateOrigin, PublicationDate, find_dateline, publication_date

D = dt.date


@pytest.mark.parametrize(
    ("text", "day", "origin", "line"),
    [
        # datelines: a place, the date, maybe the agency, then a dash or a colon
        ("BEIJING, Feb. 20, 2025 — Alibaba said", D(2025, 2, 20), "dateline", 1),
        ("LONDON, 20 February 2025 (Reuters) - Shares fell", D(2025, 2, 20), "dateline", 1),
        ("NEW YORK, FEB. 20, 2025 - Stocks rose", D(2025, 2, 20), "dateline", 1),
        ("Frankfurt am Main, 3 March 2024: the bank said", D(2024, 3, 3), "dateline", 1),
        # the date leading its line, alone or before a separator or a time
        ("Sept. 3rd, 2024: the company", D(2024, 9, 3), "dateline", 1),
        ("Markets wrap\n20 February 2025\nShares rose.", D(2025, 2, 20), "dateline", 2),
        ("Thursday, February 20, 2025 10:31 AM\nShares rose.", D(2025, 2, 20), "dateline", 1),
        # headers
        ("Published 2025-02-20\nAlibaba said", D(2025, 2, 20), "header", 1),
        ("Alibaba triples its bet\nPublished 20 February 2025\nThe group said", D(2025, 2, 20), "header", 2),
        ("Subject: capex\nDate: Thu, 20 Feb 2025 10:00:00 +0000\n\nHello", D(2025, 2, 20), "header", 2),
        ("Posted on Feb. 20, 2025 by the desk\nText", D(2025, 2, 20), "header", 1),
        # front matter
        ("---\ntitle: Capex\ndate: 2025-02-20T10:00:00Z\n---\nRmb72.5bn (£8bn)", D(2025, 2, 20), "front matter", 3),
        ("---\npublished: '20 February 2025'\n---\nText", D(2025, 2, 20), "front matter", 2),
        # an unclosed block is no front matter, but its "date:" line is still a header
        ("---\ndate: 2025-02-20\nthe block never closes", D(2025, 2, 20), "header", 2),
    ],
)
def test_a_stated_date_is_read_with_its_line(text: str, day: D, origin: str, line: int) -> None:
    found = find_dateline(text)
    assert found is not None and (found.date, found.origin, found.line) == (day, origin, line)
    assert rates.dateline(text) == day
    when = publication_date(text)
    assert (when.date, when.origin, when.line) == (day, origin, line)
    assert found.text and found.text in text


@pytest.mark.parametrize(
    "text",
    [
        # a date the story mentions dates nothing
        "Alibaba will invest $53 billion (¥380 billion) in AI. The plan was first floated on January 13, 2020, by its founder.",
        "Revenue rose in Q4 2024 to $5bn.",
        "March 2025: results were mixed.",
        "The deal, signed on 20 February 2025, was worth $5bn.",
        "Alibaba said." + " " * 500 + "\nFeb. 20, 2025 — too far from the top",
        "BEIJING, Feb. 30, 2025 — no such day",
        "",
    ],
)
def test_no_stated_date(text: str) -> None:
    assert rates.dateline(text) is None
    when = publication_date(text)
    assert when.date is None and when.origin is DateOrigin.NONE


def test_a_wire_dateline_without_a_year_sets_no_date() -> None:
    text = "TORONTO, Feb 20 (Reuters) - Canada's government will spend C$10 billion ($7.04 billion) on housing."
    found = find_dateline(text)
    assert found is not None and found.date is None and (found.month, found.day, found.line) == (2, 20, 1)
    assert rates.dateline(text) is None
    when = publication_date(text)
    assert when.date is None and when.dateline == found
    assert when.describe() == 'none (the dateline on line 1, "TORONTO, Feb 20 (Reuters)", gives no year)'


def test_a_given_date_wins_and_says_so() -> None:
    text = "BEIJING, Feb. 20, 2025 — Capex reached Rmb72.5bn (£8bn)."
    when = publication_date(text, "2025-02-21")
    assert (when.date, when.origin, when.line) == (D(2025, 2, 21), DateOrigin.GIVEN, None)
    assert when.describe() == "given"
    listed = PublicationDate(D(2025, 2, 22), DateOrigin.GIVEN, text="dates.tsv, line 4")
    assert publication_date(text, listed) is listed
    assert listed.describe() == "given (dates.tsv, line 4)"


def test_where_the_date_came_from_reads_without_python() -> None:
    when = publication_date("HANGZHOU, Feb. 20, 2025 — Alibaba will put $53 billion (¥380 billion) into AI.")
    assert when.describe() == 'dateline, line 1 ("HANGZHOU, Feb. 20, 2025")'
    data = when.to_dict()
    assert data["date"] == "2025-02-20" and data["origin"] == "dateline" and data["line"] == 1
    assert "datetime" not in repr(data)
    assert publication_date("no date").describe() == "none"
