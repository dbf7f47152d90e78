"""What ``moneyparse extract`` writes: the fields of each record, and how people and spreadsheets see them.

Run in process through ``main(argv)``; the sentences are written for these tests.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import moneyparse
from moneyparse import cli
from moneyparse.cli import main

TEXT = (
    "Capex hit Rmb72.5bn (£8bn) in 2024.\n"
    "Meta plans to spend more than $65 billion, and a bowl of ramen in Tokyo costs ¥1,200.\n"
)


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "capex.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


# -- what the library knows, in every record ----------------------------------------------------------


def test_json_records_carry_what_the_library_read(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, err = run(capsys, "extract", article, "--format", "json")
    assert (status, err) == (0, "")
    records = json.loads(out)
    mentions = moneyparse.extract(TEXT)
    assert len(records) == len(mentions) == 4
    for record, mention in zip(records, mentions, strict=True):
        assert list(record) == list(cli.FIELDS) + list(cli.DETAIL_FIELDS)
        assert record["number_text"] == mention.number_text
        assert record["marker"] == mention.marker
        assert record["scale"] == mention.scale and isinstance(record["scale"], int)
        assert Decimal(record["precision"]) == mention.precision
        assert record["precision"] == format(mention.precision, "f"), "exact digits, no exponent"
        assert record["evidence"] == mention.evidence.value
        assert record["alternatives"] == list(mention.alternatives)
    assert any(record["alternatives"] for record in records), "the sample has an ambiguous marker"
    assert {record["evidence"] for record in records} >= {"marker", "context"}


def test_csv_appends_the_new_columns_after_the_old_ones(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, _ = run(capsys, "extract", article, "--format", "csv", "--to", "EUR", "--on", "2025-02-20")
    assert status == 0
    rows = list(csv.reader(io.StringIO(out)))
    header = rows[0]
    old = list(cli.FIELDS) + list(cli.CONVERSION_FIELDS)
    assert header[: len(old)] == old, "every column the output had keeps its place"
    assert header[len(old) :] == list(cli.DETAIL_FIELDS)
    mentions = moneyparse.extract(TEXT)
    for row, mention in zip(rows[1:], mentions, strict=True):
        cells = dict(zip(header, row, strict=True))
        assert cells["alternatives"] == " ".join(mention.alternatives)
        assert cells["scale"] == str(mention.scale) and cells["marker"] == mention.marker


def test_jsonl_records_carry_the_same_fields_as_json(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    _, out, _ = run(capsys, "extract", article, "--format", "json")
    _, lines, _ = run(capsys, "extract", article, "--format", "jsonl")
    assert [json.loads(line) for line in lines.splitlines()] == json.loads(out)


# -- amounts for people ---------------------------------------------------------------------------------


def _significant(value: Decimal, digits: int) -> Decimal:
    """``value`` to ``digits`` significant digits, by way of the ``e`` format (an oracle apart from the code)."""
    return Decimal(format(value, f".{digits - 1}e"))


@pytest.mark.parametrize(
    ("phrase", "target", "digits"),
    [
        ("Rmb72.5bn", "GBP", 3),  # 72.5: three significant digits
        ("£8bn", "CNY", 2),  # one digit, shown with two
        ("$65 billion", "CNY", 2),
        ("¥380 billion", "USD", 3),
        ("3800亿元", "USD", 4),
        ("€1.25 million", "USD", 3),
    ],
)
def test_a_rounded_figure_converts_to_as_many_digits_as_it_has(
    capsys: pytest.CaptureFixture[str], phrase: str, target: str, digits: int
) -> None:
    status, out, _ = run(capsys, "convert", phrase, "--to", target, "--on", "2025-02-20", "--format", "json")
    assert status == 0
    exact = Decimal(json.loads(out)["amount"])
    assert len(json.loads(out)["amount"].replace(".", "")) > 10, "JSON keeps the exact value"
    status, out, _ = run(capsys, "convert", phrase, "--to", target, "--on", "2025-02-20")
    shown = out.splitlines()[0].split(" = ")[1]
    assert shown == f"{_significant(exact, digits):,f} {target}"


@pytest.mark.parametrize(
    ("phrase", "shown"),
    [
        ("100 USD", "725.91 CNY"),  # written in full: exact, to the fen
        ("$12.50", "90.74 CNY"),
    ],
)
def test_a_figure_written_in_full_converts_to_the_minor_unit(
    capsys: pytest.CaptureFixture[str], phrase: str, shown: str
) -> None:
    status, out, _ = run(capsys, "convert", phrase, "--to", "CNY", "--on", "2025-02-20", "--format", "json")
    exact = Decimal(json.loads(out)["amount"])
    assert shown == f"{exact.quantize(Decimal('0.01')):,f} CNY"
    status, out, _ = run(capsys, "convert", phrase, "--to", "CNY", "--on", "2025-02-20")
    assert out.splitlines()[0].endswith(f" = {shown}")


def test_tiny_amounts_keep_two_significant_digits(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "¥1", "--assume", "JPY", "--to", "USD", "--on", "2025-02-20", "--format", "json")
    exact = Decimal(json.loads(out)["amount"])
    status, out, _ = run(capsys, "convert", "¥1", "--assume", "JPY", "--to", "USD", "--on", "2025-02-20")
    assert out.splitlines()[0] == f"1 JPY = {_significant(exact, 2):f} USD"
    assert not out.splitlines()[0].endswith((" 0.01 USD", " 0.00 USD"))
    status, out, _ = run(capsys, "convert", "$0.003", "--to", "CNY", "--on", "2025-02-20")
    assert out.splitlines()[0].startswith("0.003 USD = 0.02"), "the figure as written, not 0.00 USD"


@settings(max_examples=500, deadline=None)
@given(
    value=st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15, places=12),
    currency=st.sampled_from(["USD", "JPY", "BHD", "IDR"]),
    digits=st.one_of(st.none(), st.integers(min_value=2, max_value=6)),
)
def test_shown_amounts_are_close_never_zero_and_never_padded(value: Decimal, currency: str, digits: int | None) -> None:
    from moneyparse.cli.formatting import _shown

    shown = _shown(value, currency, digits)
    last, own = shown.as_tuple().exponent, value.as_tuple().exponent
    assert isinstance(last, int) and isinstance(own, int)
    assert (shown == 0) == (value == 0), "a non-zero amount is never shown as 0"
    assert last >= own, "never more decimals than the amount has"
    assert abs(shown - value) <= Decimal(5).scaleb(last - 1), "at most half a unit of the last digit away"
    if shown != value:
        assert shown.adjusted() - last + 1 >= 2, "rounded, it keeps two significant digits at least"


def test_a_range_converts_each_end_as_its_figure(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "$5-6bn", "--to", "EUR", "--on", "2025-02-20", "--format", "json")
    data = json.loads(out)
    low, high = Decimal(data["amount"]), Decimal(data["high"])
    status, out, _ = run(capsys, "convert", "$5-6bn", "--to", "EUR", "--on", "2025-02-20")
    assert out.splitlines()[0].endswith(f" = {_significant(low, 2):,f} EUR – {_significant(high, 2):,f} EUR")


def test_extract_table_rounds_conversions_as_convert_does(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, _ = run(capsys, "extract", article, "--to", "GBP", "--on", "2025-02-20", "--format", "table")
    rows = out.splitlines()[1:]
    for row, phrase in zip(rows, ["Rmb72.5bn", "£8bn", "$65 billion", "¥1,200"], strict=True):
        assume = ["--assume", "JPY"] if phrase.startswith("¥") else []  # in Tokyo, as the article says
        _, converted, _ = run(capsys, "convert", phrase, "--to", "GBP", "--on", "2025-02-20", *assume)
        assert row.split()[-1] == converted.split(" = ")[1].split()[0], (row, converted)


# -- the table for people --------------------------------------------------------------------------------


def _columns(line: str) -> int:
    from moneyparse.cli.output import _display_width

    return _display_width(line)


def test_wide_characters_and_combining_marks_keep_the_table_aligned(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "mixed.txt"
    path.write_text(
        "阿里巴巴计划投资3800亿元。\nThe café (cafe\u0301) took €5.\nＡ fullwidth ￥500 too.\n", encoding="utf-8"
    )
    other = tmp_path / "其他.txt"
    other.write_text("Costs reached $3m.\n", encoding="utf-8")
    status, out, _ = run(capsys, "extract", path, other, "--format", "table")
    assert status == 0
    header, *rows = out.splitlines()
    assert len(rows) == 4
    # every row puts its currency code under CUR: the same number of terminal columns before it
    before = _columns(header[: header.index("CUR")])
    for row in rows:
        code_at = next(i for i in range(len(row)) if row[i : i + 3] in ("CNY", "EUR", "JPY", "USD") and row[i - 2 : i] == "  ")
        assert _columns(row[:code_at]) == before, row


@pytest.mark.parametrize(
    ("text", "width"),
    [("3800亿元", 8), ("cafe\u0301", 4), ("￥500", 5), ("a\u200db", 2), ("$5", 2), ("ｶ", 1)],
)
def test_display_width(text: str, width: int) -> None:
    from moneyparse.cli.output import _display_width

    assert _display_width(text) == width


# -- CSV for spreadsheets --------------------------------------------------------------------------------


def test_csv_cells_that_start_as_formulas_are_guarded(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "=cmd.txt"
    path.write_text("Losses of -€13.2 million were booked.\nFees: +$5 and @€3m.\n", encoding="utf-8")
    status, out, _ = run(capsys, "extract", path, "--format", "csv")
    assert status == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    texts = {row["text"]: row for row in rows}
    losses = texts["'-€13.2 million"]
    assert losses["amount"] == "-13200000", "a number column stays a number"
    assert Decimal(losses["amount"]) < 0
    for row in rows:
        assert row["file"] == "'" + str(path) if str(path).startswith("=") else row["file"] == str(path)
        for field, cell in row.items():
            if field not in {"amount", "high", "start", "end", "line", "scale", "precision"}:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (field, cell)
    status, out, _ = run(capsys, "extract", path, "--format", "json")
    assert "-€13.2 million" in [record["text"] for record in json.loads(out)], "JSON keeps the text as it is"


def test_the_file_name_is_guarded_too(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("=cmd.txt").write_text("It cost $5.\n", encoding="utf-8")
    status, out, _ = run(capsys, "extract", "=cmd.txt", "--format", "csv")
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["file"] == "'=cmd.txt" and row["text"] == "$5"


def test_excel_csv_has_a_byte_order_mark_and_crlf(capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path) -> None:
    target = tmp_path / "mentions.csv"
    status, out, err = run(capsys, "extract", article, "--excel", "-o", target)
    assert (status, out, err) == (0, "", "")
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbftext,start,")
    assert data.count(b"\r\n") == 5 and data.count(b"\n") == 5, "every line ends with CRLF"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [row["text"] for row in rows] == ["Rmb72.5bn", "£8bn", "$65 billion", "¥1,200"]
    status, _, err = run(capsys, "extract", article, "--excel", "--format", "json")
    assert status == 2 and err == "moneyparse: error: --excel writes CSV, not json\n"
