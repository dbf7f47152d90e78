"""``check --format csv``: one row per conversion a text quotes, cells guarded against formulas."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from moneyparse.cli import main
from moneyparse.cli.check import CSV_FIELDS


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_one_row_per_conversion_with_what_json_says(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", "--sample", "--format", "csv")
    assert (status, err) == (1, "")  # the sample quotes one inconsistent conversion
    assert out.splitlines()[0] == ",".join(CSV_FIELDS)
    _, as_json, _ = run(capsys, "check", "--sample", "--format", "json")
    pairs = json.loads(as_json)["pairs"]
    found = rows(out)
    assert len(found) == len(pairs) == 4
    for row, pair in zip(found, pairs, strict=True):
        assert (row["file"], row["published"]) == ("sample", "2025-02-20")
        assert (row["first"], row["second"]) == (pair["first"]["text"], pair["second"]["text"])
        assert Decimal(row["first_amount"]) == Decimal(pair["first"]["amount"])
        assert (row["verdict"], row["source"], row["reference_date"]) == (pair["verdict"], "ecb", "2025-02-20")
        assert (row["base"], row["quote"]) == (pair["implied"]["base"], pair["implied"]["quote"])
        assert Decimal(row["implied"]) == Decimal(pair["first"]["amount"]) / Decimal(pair["second"]["amount"]) or (
            Decimal(row["implied"]) == Decimal(pair["second"]["amount"]) / Decimal(pair["first"]["amount"])
        )
        assert Decimal(row["deviation"]) == Decimal(row["implied"]) / Decimal(row["reference"]) - 1
    inconsistent = [row for row in found if row["verdict"] == "inconsistent"]
    assert [(row["first"], row["second"]) for row in inconsistent] == [("¥280.2 billion", "$36.96 billion")]
    assert "EUR" in inconsistent[0]["cause"]


DATELINE = "LONDON, 20 February 2025 (Reuters) - "


def test_a_range_has_its_high_end_and_a_reason_when_not_checked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "range.txt"
    path.write_text(DATELINE + "It spent between $5bn and $6bn (€4.8bn-€5.7bn).\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", path, "--format", "csv")
    (row,) = rows(out)
    assert status == 3  # too coarse to check: nothing checked
    assert (row["first_amount"], row["first_high"], row["second_amount"], row["second_high"]) == (
        "5000000000",
        "6000000000",
        "4800000000",
        "5700000000",
    )
    assert row["verdict"] == "too coarse to check" and row["reason"]


def test_a_text_cell_that_starts_as_a_formula_is_guarded_and_a_number_is_not(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "loss.txt"
    path.write_text(DATELINE + "Its result was -€13.2 million (-$13.8 million) last year.\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", path, "--format", "csv")
    (row,) = rows(out)
    assert (row["first"], row["second"]) == ("'-€13.2 million", "'-$13.8 million")
    assert (row["first_amount"], row["second_amount"]) == ("-13200000", "-13800000")


def test_several_files_each_name_their_rows(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    paths = []
    for name, quote in (("a.txt", "Rmb72.5bn (£8bn)"), ("b.txt", "no money here"), ("c.txt", "€1 billion ($1.04 billion)")):
        paths.append(tmp_path / name)
        paths[-1].write_text(DATELINE + f"It cost {quote}.\n", encoding="utf-8")
    _, out, _ = run(capsys, "check", *paths, "--format", "csv")
    assert [row["file"] for row in rows(out)] == [str(paths[0]), str(paths[2])]


def test_excel_writes_a_byte_order_mark_and_crlf(capsys: pytest.CaptureFixture[str]) -> None:
    _, plain, _ = run(capsys, "check", "--sample", "--format", "csv")
    status, out, _ = run(capsys, "check", "--sample", "--excel")
    assert status == 1
    assert out == "\ufeff" + plain.replace("\n", "\r\n")


def test_excel_refuses_another_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", "--sample", "--excel", "--format", "json") == (
        2,
        "",
        "moneyparse: error: --excel writes CSV, not json\n",
    )


def test_output_goes_to_a_file_whole_with_o(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _, shown, _ = run(capsys, "check", "--sample", "--excel")
    target = tmp_path / "checks.csv"
    assert run(capsys, "check", "--sample", "--excel", "-o", target) == (1, "", "")
    assert target.read_bytes() == shown.encode("utf-8")
