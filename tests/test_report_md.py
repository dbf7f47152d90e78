"""The Markdown report of a check (``CheckReport.to_markdown``): one table row per quoted
conversion, the verdict in a word and a sign, the text's own words escaped."""

from __future__ import annotations

import datetime as dt
import re

import rates
from rates.report_md import escape_markdown

DAY = dt.date(2025, 2, 20)
TEXT = "Revenue grew to ¥280.2 billion ($36.96 billion); capex reached Rmb72.5bn (£8bn)."


def _rows(markdown: str) -> list[list[str]]:
    """The body rows of the one table, split on the pipes that are not escaped."""
    lines = [line for line in markdown.splitlines() if line.startswith("| ") and not line.startswith("| # ")]
    return [[cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]] for line in lines]


def test_one_row_per_conversion_with_rates_deviation_and_verdict() -> None:
    report = rates.check(TEXT, published=DAY)
    markdown = report.to_markdown()
    rows = _rows(markdown)
    assert len(rows) == len(report.pairs) == 2
    assert all(len(row) == 6 for row in rows)
    off = rows[0]
    assert off[1] == "¥280.2 billion ($36.96 billion)"
    assert off[2].startswith("7.5812 CNY/USD (7.5788–7.5835)")
    assert off[3] == "7.2591 (ecb fixing of 2025-02-20)"
    assert off[4] == "+4.44%"
    assert off[5].startswith("✗ **inconsistent**") and "likely cause" in off[5]
    assert rows[1][5].startswith("✓ **consistent**")
    assert markdown.startswith("# Conversion check\n") and "**Verdict: ✗ inconsistent**" in markdown
    assert "## Currency couples" in markdown


def test_nothing_to_check_is_said_plainly() -> None:
    markdown = rates.check("The council spent $12 million.", published=DAY).to_markdown()
    assert "Nothing to check" in markdown and "|" not in markdown


def test_without_a_date_nothing_is_judged_and_the_advice_fits_the_command_line() -> None:
    markdown = rates.check(TEXT).to_markdown(command_line=True)
    assert "nothing is judged without a publication date" in markdown
    assert "--published DATE" in markdown
    assert all("not checked" in row[5] for row in _rows(markdown))


def test_the_texts_own_marks_are_escaped() -> None:
    shown = escape_markdown("a|b <script>alert(1)</script> *bold* [link](x) `code` \\ &amp;\nnext")
    assert "\n" not in shown
    assert "<" not in shown and "&lt;script>" in shown and "&amp;amp;" in shown
    assert re.search(r"(?<!\\)[|*`\[\]]", shown) is None  # every mark escaped
    assert escape_markdown("a_b") == "a\\_b"


def test_a_title_is_escaped() -> None:
    markdown = rates.check(TEXT, published=DAY).to_markdown(title="Q4 | *results* <b>")
    assert markdown.splitlines()[0] == "# Q4 \\| \\*results\\* &lt;b>"
