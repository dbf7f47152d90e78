"""The page formats of the command line: ``check --format html`` and ``--format md``,
``extract --format html``; where a page goes, and what is said when it cannot be made.

The figures are those of Alibaba's February 2025 results against the ECB fixings of 2025-02-20;
the sentences are written for these tests.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import moneyparse
from moneyparse.cli import main
from rates.report_html import NO_MONEY, NOTHING_TO_CHECK
from rates.report_md import escape_markdown

TEXT = (
    "Alibaba will put $53 billion (¥380 billion) into AI. Revenue grew to ¥280.2 billion ($36.96 billion).\n"
    "Capex hit Rmb72.5bn (£8bn) <script>alert('x')</script> in 2024.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_error_line(err: str, *named: str) -> None:
    assert err.startswith("moneyparse: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err
    for value in named:
        assert value in err, (value, err)


def test_check_writes_one_html_page_to_the_file_given(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    status, out, err = run(capsys, "check", article, "--published", "2025-02-20", "--format", "html", "-o", page)
    assert (status, out, err) == (1, "", "")  # one conversion is inconsistent: the exit status says so
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert html.count('class="badge ') == 3
    assert html.count('class="amount"') == len(moneyparse.extract(TEXT))
    assert "<script>" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert html.count("<svg") == 2  # CNY per USD, CNY per GBP


def test_an_html_page_goes_to_standard_output_when_it_is_not_a_terminal(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, err = run(capsys, "check", article, "--published", "2025-02-20", "--format", "html")
    assert status == 1 and err == ""
    assert out.startswith("<!DOCTYPE html>")


def test_an_html_page_is_not_written_to_a_terminal(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, article: Path
) -> None:
    monkeypatch.setattr("moneyparse.cli.pages._isatty", lambda stream: True)
    status, out, err = run(capsys, "check", article, "--format", "html")
    assert status == 2 and out == ""
    assert_one_error_line(err, "-o FILE")
    status, out, err = run(capsys, "extract", article, "--format", "html")
    assert status == 2 and out == ""
    assert_one_error_line(err, "-o FILE")


def test_without_matplotlib_html_names_the_extra_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, article: Path, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    page = tmp_path / "report.html"
    status, out, err = run(capsys, "check", article, "--format", "html", "-o", page)
    assert status == 2 and out == ""
    assert_one_error_line(err, "pip install 'moneyparse[report]'")
    assert not page.exists()
    # Markdown and the marked-up text of extract need no extra
    assert run(capsys, "check", article, "--published", "2025-02-20", "--format", "md")[0] == 1
    assert run(capsys, "extract", article, "--format", "html", "-o", page)[0] == 0 and page.exists()


def test_html_takes_one_file(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    status, out, err = run(capsys, "check", article, article, "--format", "html", "-o", tmp_path / "r.html")
    assert status == 2 and out == ""
    assert_one_error_line(err, "one FILE")


def test_the_output_may_not_be_the_input(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, err = run(capsys, "check", article, "--format", "md", "-o", article)
    assert status == 2
    assert_one_error_line(err, "would replace the text")
    assert article.read_text(encoding="utf-8") == TEXT


def test_check_markdown_has_a_row_per_conversion(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, err = run(capsys, "check", article, "--published", "2025-02-20", "--format", "md")
    assert status == 1 and err == ""
    rows = [line for line in out.splitlines() if line.startswith("| ") and not line.startswith("| # ")]
    assert len(rows) == 3
    assert "+4.44%" in rows[1] and "inconsistent" in rows[1]


def test_markdown_of_several_files_names_each(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("No figures here.\n", encoding="utf-8")
    status, out, err = run(capsys, "check", article, other, "--published", "2025-02-20", "--format", "md")
    assert status == 1
    assert escape_markdown(f"Conversion check: {article}") in out and escape_markdown(f"Conversion check: {other}") in out
    assert "Nothing to check" in out


def test_a_text_with_nothing_to_check_says_so_in_the_page(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("The council spent $12 million on roads.\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", path, "--published", "2025-02-20", "--format", "html")
    assert status == 3
    assert NOTHING_TO_CHECK in out


def test_the_other_formats_take_an_output_file_too(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.txt"
    status, out, _ = run(capsys, "check", article, "--published", "2025-02-20", "-o", target)
    assert status == 1 and out == ""
    assert target.read_text(encoding="utf-8").splitlines()[-1] == "verdict: inconsistent"


def test_extract_marks_up_one_text(capsys: pytest.CaptureFixture[str], article: Path, tmp_path: Path) -> None:
    page = tmp_path / "found.html"
    status, out, err = run(capsys, "extract", article, "--format", "html", "-o", page)
    assert (status, out, err) == (0, "", "")
    html = page.read_text(encoding="utf-8")
    found = moneyparse.extract(TEXT)
    for mention in found:
        assert f'data-value="{format(mention.amount, "f")}"' in html
    assert html.count('class="amount"') == len(found)
    assert 'class="badge' not in html and "<script>" not in html


def test_extract_html_of_a_text_without_money(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("Nothing to count.\n", encoding="utf-8")
    status, out, _ = run(capsys, "extract", path, "--format", "html")
    assert status == 0 and NO_MONEY in out


@pytest.mark.parametrize("flag", [["--to", "USD"], ["--workers", "2"], ["--excel"]])
def test_extract_html_refuses_what_it_cannot_show(capsys: pytest.CaptureFixture[str], article: Path, flag: list[str]) -> None:
    status, out, err = run(capsys, "extract", article, "--format", "html", *flag)
    assert status == 2 and out == ""
    assert_one_error_line(err, flag[0])
