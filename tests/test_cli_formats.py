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
