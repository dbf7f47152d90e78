"""The command line run in process through ``main(argv)``: every subcommand, format and error line.

The figures are those of Alibaba's February 2025 results and the ECB fixings of 2025-02-20
(7.2591 CNY per USD, 9.1529 CNY per GBP); the sentences are written for these tests.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from moneyparse import cli
from moneyparse.cli import main

TEXT = "Capex hit Rmb72.5bn (£8bn) in 2024.\nMeta plans to spend $65 billion this year.\n"
# (text, amount, currency, line) of every mention of TEXT, in order.
EXPECTED = [
    ("Rmb72.5bn", Decimal("72500000000"), "CNY", 1),
    ("£8bn", Decimal("8000000000"), "GBP", 1),
    ("$65 billion", Decimal("65000000000"), "USD", 2),
]

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "capex.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def assert_one_error_line(err: str, *named: str) -> None:
    assert err.startswith("moneyparse: error: "), err
    assert err.count("\n") == 1 and err.endswith("\n"), err
    assert "Traceback" not in err
    for value in named:
        assert value in err, (value, err)


def check_records(records: list[dict[str, object]], text: str, file: str) -> None:
    """The records are EXPECTED, their spans index ``text``, their lines count its newlines."""
    assert [(r["text"], Decimal(str(r["amount"])), r["currency"], int(str(r["line"]))) for r in records] == EXPECTED
    for record in records:
        start, end = int(str(record["start"])), int(str(record["end"]))
        assert text[start:end] == record["text"]
        assert int(str(record["line"])) == text.count("\n", 0, start) + 1
        assert record["file"] == file
        assert record["high"] in (None, "")
        assert record["qualifier"] in (None, "")


# -- extract -------------------------------------------------------------------------------------


def test_extract_jsonl_is_the_default_when_piped(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, err = run(capsys, "extract", article)
    assert (status, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert all(list(r)[: len(cli.FIELDS)] == list(cli.FIELDS) for r in records)
    assert all(isinstance(r["amount"], str) for r in records), "amounts are exact strings"
    check_records(records, TEXT, str(article))


def test_extract_json(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, _ = run(capsys, "extract", article, "--format", "json")
    assert status == 0
    check_records(json.loads(out), TEXT, str(article))


def test_extract_csv(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, _ = run(capsys, "extract", article, "--format", "csv")
    assert status == 0
    reader = csv.DictReader(io.StringIO(out))
    assert reader.fieldnames == list(cli.FIELDS) + list(cli.DETAIL_FIELDS)
    check_records(list(reader), TEXT, str(article))


def test_extract_table_is_aligned(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, _ = run(capsys, "extract", article, "--format", "table")
    assert status == 0
    header, *rows = out.splitlines()
    assert header.split() == ["LINE", "TEXT", "AMOUNT", "CUR", "QUALIFIER"]
    assert len(rows) == len(EXPECTED)
    cur = header.index("CUR")
    for row, (text, amount, currency, line) in zip(rows, EXPECTED, strict=True):
        assert row.split()[0] == str(line)
        assert text in row
        assert f"{amount:,}" in row, "people get grouped digits"
        assert row[cur : cur + 3] == currency, "columns line up under their header"


def test_extract_table_names_files_when_there_are_several(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("It cost €3m.\n", encoding="utf-8")
    status, out, _ = run(capsys, "extract", article, other, "--format", "table")
    assert status == 0
    header, *rows = out.splitlines()
    assert header.split()[0] == "FILE"
    assert [row.split()[0] for row in rows] == [str(article)] * 3 + [str(other)]


def test_extract_reads_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(TEXT.encode("utf-8")), encoding="utf-8"))
    status, out, _ = run(capsys, "extract", "-")
    assert status == 0
    check_records([json.loads(line) for line in out.splitlines()], TEXT, cli.STDIN_NAME)


@pytest.mark.parametrize("chunk_size", [1, 3, 7, 64])
def test_small_chunks_give_the_same_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, chunk_size: int
) -> None:
    text = ("Sales rose to Rmb37.8bn (£4.2bn) — 元 and ¥ aside.\n\n" + TEXT) * 4
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    _, whole, _ = run(capsys, "extract", path, "--format", "jsonl")
    status, chunked, _ = run(capsys, "extract", path, "--format", "jsonl", "--chunk-size", chunk_size)
    assert status == 0
    assert chunked == whole
    records = [json.loads(line) for line in chunked.splitlines()]
    assert len(records) == 4 * (2 + len(EXPECTED))
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]
        assert record["line"] == text.count("\n", 0, record["start"]) + 1


def _long_text(lines: int) -> str:
    """Mostly prose without money, a mention every 50 lines: the extractor yields them late."""
    return "".join(
        f"Revenue was ${number} million on line {number}.\n" if number % 50 == 0 else "Nothing to see here, only words.\n"
        for number in range(lines)
    )


def test_long_text_in_small_chunks_keeps_its_line_numbers(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = _long_text(9000)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    _, whole, _ = run(capsys, "extract", path)
    status, chunked, err = run(capsys, "extract", path, "--chunk-size", 1000)
    assert (status, err) == (0, "")
    assert chunked == whole
    records = [json.loads(line) for line in chunked.splitlines()]
    assert [r["line"] for r in records] == list(range(1, 9001, 50))
    assert all(text[r["start"] : r["end"]] == r["text"] for r in records)


def test_memory_is_bounded_by_the_chunks_not_the_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import tracemalloc

    # about 1 MB: money at both ends, none in between, where only the window bounds what is kept
    text = "Revenue was $1 million.\n" + _long_text(30000).replace("$", "") + "Then $2 million.\n"
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr("moneyparse.cli.extract.LINE_WINDOW", 100_000)  # where extract_file reads it
    import moneyparse

    moneyparse.extract(text[:5000])  # tables and patterns load once, before the measurement
    tracemalloc.start()
    try:
        status = main(["extract", str(path), "--chunk-size", "8192", "-o", str(tmp_path / "out.jsonl")])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert status == 0
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["text"], r["line"]) for r in records] == [("$1 million", 1), ("$2 million", 30002)]
    assert peak < len(text) // 2, f"peak {peak} bytes for a {len(text)}-character file"


def test_empty_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    expected = {"jsonl": "", "json": "[]\n", "csv": ",".join(cli.FIELDS + cli.DETAIL_FIELDS) + "\n", "table": ""}
    for fmt, output in expected.items():
        assert run(capsys, "extract", empty, "--format", fmt) == (0, output, "")


def test_text_without_money_is_not_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text("In 2024 the 3 founders met 12 times.\n", encoding="utf-8")
    assert run(capsys, "extract", path, "--format", "json") == (0, "[]\n", "")


def test_invalid_utf8_names_file_and_byte(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"It cost $5.\n\xff and \xfe\n")
    status, _, err = run(capsys, "extract", path)
    assert status == 2
    assert_one_error_line(err, repr(str(path)), "byte 12")


def test_errors_replace_goes_on(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(b"\xffIt cost $5.\n")
    status, out, err = run(capsys, "extract", path, "--errors", "replace")
    assert (status, err) == (0, "")
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert (record["text"], record["amount"], record["currency"]) == ("$5", "5", "USD")
    assert record["start"] == len("\ufffdIt cost ")


def test_binary_file_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR $5")
    status, out, err = run(capsys, "extract", path)
    assert (status, out) == (2, "")
    assert_one_error_line(err, repr(str(path)), "binary")


def test_missing_file_and_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    status, _, err = run(capsys, "extract", missing)
    assert status == 2
    assert_one_error_line(err, repr(str(missing)), "No such file")
    status, _, err = run(capsys, "check", tmp_path)
    assert status == 2
    assert_one_error_line(err, repr(str(tmp_path)), "directory")


def test_output_file_is_written_whole(capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path) -> None:
    target = tmp_path / "out" / "mentions.csv"
    target.parent.mkdir()
    status, out, _ = run(capsys, "extract", article, "-o", target, "--format", "csv")
    assert (status, out) == (0, "")
    check_records(list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8")))), TEXT, str(article))
    assert [p.name for p in target.parent.iterdir()] == ["mentions.csv"]
    status, _, _ = run(capsys, "extract", article, "--output", target)
    assert status == 0
    assert len(target.read_text(encoding="utf-8").splitlines()) == len(EXPECTED), "jsonl is the file default"


def test_output_file_is_not_left_when_input_fails_midway(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(TEXT.encode("utf-8") * 50 + b"\xff")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "mentions.jsonl"
    status, _, err = run(capsys, "extract", path, "-o", target, "--chunk-size", 64)
    assert status == 2
    assert_one_error_line(err, f"byte {len(TEXT.encode('utf-8')) * 50}")
    assert list(out_dir.iterdir()) == []


def test_output_file_survives_a_failing_write(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, article: Path
) -> None:
    target = tmp_path / "mentions.jsonl"
    target.write_text("previous\n", encoding="utf-8")
    writes: list[dict[str, object]] = []
    real_write = cli._JsonLinesWriter.write

    def failing_write(self: cli._JsonLinesWriter, record: dict[str, object]) -> None:
        writes.append(record)
        if len(writes) == 2:
            raise OSError(28, "No space left on device")
        real_write(self, record)

    monkeypatch.setattr(cli._JsonLinesWriter, "write", failing_write)
    status, _, err = run(capsys, "extract", article, "-o", target)
    assert status == 2
    assert_one_error_line(err, "No space left on device")
    assert len(writes) == 2, "it failed mid-write"
    assert target.read_text(encoding="utf-8") == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["capex.txt", "mentions.jsonl"]


def test_output_into_a_directory_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path) -> None:
    status, _, err = run(capsys, "extract", article, "-o", tmp_path)
    assert status == 2
    assert_one_error_line(err, repr(str(tmp_path)))


def test_workers_give_the_sequential_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    paths = []
    for number in range(5):
        path = tmp_path / f"part{number}.txt"
        path.write_text(f"Part {number} cost €{number + 1}m.\n" + TEXT * number, encoding="utf-8")
        paths.append(path)
    _, sequential, _ = run(capsys, "extract", *paths)
    status, parallel, err = run(capsys, "extract", *paths, "--workers", "2")
    assert (status, err) == (0, "")
    assert parallel == sequential
    files = [json.loads(line)["file"] for line in parallel.splitlines()]
    assert files == sorted(files), "ordered by file as given"
    assert len(files) == sum(1 + 3 * n for n in range(5))


def test_workers_report_a_bad_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok \xc3(")
    status, _, err = run(capsys, "extract", article, bad, "--workers", "2")
    assert status == 2
    assert_one_error_line(err, repr(str(bad)), "byte 3")


def test_extract_converts_with_to(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, err = run(capsys, "extract", article, "--to", "cny", "--on", "2025-02-20", "--format", "json")
    assert (status, err) == (0, "")
    records = json.loads(out)
    assert [r["text"] for r in records] == [text for text, *_ in EXPECTED]
    expected_rates = {"CNY": Decimal("1"), "GBP": Decimal("9.1529"), "USD": Decimal("7.2591")}
    for record in records:
        rate = Decimal(record["rate"])
        assert rate.quantize(Decimal("0.0001")) == expected_rates[record["currency"]]
        assert Decimal(record["converted"]) == Decimal(record["amount"]) * rate
        assert record["converted_currency"] == "CNY"
        assert record["rate_date"] == "2025-02-20"


def test_extract_table_shows_conversions(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, _ = run(capsys, "extract", article, "--to", "CNY", "--on", "2025-02-20", "--format", "table")
    assert status == 0
    header, *rows = out.splitlines()
    assert header.split()[-1] == "CNY"
    shown = rows[2].split()[-1]
    # "$65 billion" is rounded by its writer to two significant digits: so is its conversion
    assert shown == "470,000,000,000", "grouped, two significant digits as 65bn has"
    exact = 65_000_000_000 * Decimal("7.2591")
    assert abs(Decimal(shown.replace(",", "")) - exact) <= Decimal("5E+9"), "65bn USD at 7.2591"


def test_extract_to_unknown_currency(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, err = run(capsys, "extract", article, "--to", "XYZ")
    assert (status, out) == (2, "")
    assert_one_error_line(err, "XYZ")


# -- convert -------------------------------------------------------------------------------------


def test_convert_text(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "convert", "100 USD", "--to", "CNY", "--on", "2025-02-20")
    assert (status, err) == (0, "")
    first, second = out.splitlines()
    assert first == "100 USD = 725.91 CNY"
    assert "7.2591" in second and "2025-02-20" in second and "CNY per USD" in second


def test_convert_json(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "Rmb72.5bn", "--to", "GBP", "--on", "2025-02-20", "--format", "json")
    assert status == 0
    data = json.loads(out)
    assert set(data) >= {"amount", "currency", "rate", "from"}
    assert data["from"] == {"amount": "72500000000", "currency": "CNY"}
    assert data["currency"] == "GBP"
    assert set(data["rate"]) == {"value", "date", "source", "kind", "margin", "description"}
    assert (data["rate"]["kind"], data["rate"]["margin"]) == ("daily fixing", "0")
    assert data["rate"]["description"] == "ECB daily fixing of 2025-02-20"
    assert data["rate"]["date"] == "2025-02-20"
    assert Decimal(data["amount"]) == Decimal("72500000000") * Decimal(data["rate"]["value"])
    assert (1 / Decimal(data["rate"]["value"])).quantize(Decimal("0.0001")) == Decimal("9.1529")


def test_convert_on_a_weekend_says_which_fixing(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "100 USD", "--to", "CNY", "--on", "2025-02-22", "--format", "json")
    assert status == 0
    assert json.loads(out)["rate"]["date"] == "2025-02-21", "Saturday uses Friday's fixing"
    status, out, _ = run(capsys, "convert", "100 USD", "--to", "CNY", "--on", "2025-02-22")
    assert "2025-02-21" in out and "2025-02-22" in out


def test_convert_locale(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "convert", "100 USD", "--to", "EUR", "--on", "2025-02-20", "--locale", "de_DE")
    assert status == 0
    first = out.splitlines()[0]
    assert first.startswith("100,00\xa0$ = ") and first.endswith("\xa0€"), first
    status, _, err = run(capsys, "convert", "100 USD", "--to", "EUR", "--locale", "xx_YY")
    assert status == 2
    assert_one_error_line(err, "'xx_YY'")


def test_convert_assume(capsys: pytest.CaptureFixture[str]) -> None:
    currencies = {}
    for code in ("CNY", "JPY"):
        status, out, _ = run(
            capsys, "convert", "¥380 billion", "--to", "USD", "--on", "2025-02-20", "--assume", code, "--format", "json"
        )
        assert status == 0
        data = json.loads(out)
        assert data["from"]["amount"] == "380000000000"
        currencies[code] = (data["from"]["currency"], Decimal(data["amount"]))
    assert currencies["CNY"][0] == "CNY" and currencies["JPY"][0] == "JPY"
    assert currencies["CNY"][1] > 20 * currencies["JPY"][1], "a yuan is worth some 20 yen"


def test_digits_are_those_of_the_librarys_tables() -> None:
    from moneyparse.lexicon import tables

    currencies = tables().currencies
    assert {code: cli._minor_digits(code) for code in currencies} == {code: d for code, (d, _) in currencies.items()}
    assert cli._minor_digits("QQQ") == 2, "a code the tables lack"


def _rupiah_per_dollar() -> Decimal:
    import datetime as dt

    import rates

    return rates.convert(Decimal(100), "USD", "IDR", on=dt.date(2025, 2, 20)).amount


@pytest.mark.parametrize(("code", "digits"), [("IDR", 0), ("JPY", 0), ("USD", 2), ("BHD", 3)])
def test_amounts_are_shown_as_their_currency_is_written(
    capsys: pytest.CaptureFixture[str], code: str, digits: int
) -> None:
    from moneyparse.lexicon import tables

    assert tables().currencies[code][0] == digits
    fraction = "." + "41111"[:digits] if digits else ""
    assert cli._format_money(Decimal("1234.41111"), code, None) == f"1,234{fraction} {code}"
    assert cli._format_money(Decimal("1234"), code, None) == f"1,234 {code}", "never padded with zeros"


def test_convert_to_rupiah_shows_whole_rupiah(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "convert", "100 USD", "--to", "IDR", "--on", "2025-02-20")
    assert (status, err) == (0, "")
    expected = _rupiah_per_dollar().quantize(Decimal(1))
    assert out.splitlines()[0] == f"100 USD = {expected:,f} IDR"
    status, out, _ = run(capsys, "convert", "100 USD", "--to", "IDR", "--on", "2025-02-20", "--locale", "id_ID")
    assert status == 0
    assert out.splitlines()[0] == "US$100,00 = Rp" + f"{expected:,f}".replace(",", "."), "no sen in Indonesia either"


def test_extract_table_rounds_conversions_as_the_target_is_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "prices.txt"
    path.write_text("It cost $100.\n", encoding="utf-8")
    status, out, _ = run(capsys, "extract", path, "--to", "IDR", "--on", "2025-02-20", "--format", "table")
    assert status == 0
    assert out.splitlines()[1].split()[-1] == f"{_rupiah_per_dollar().quantize(Decimal(1)):,f}"


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["convert", "no money here", "--to", "CNY"], "'no money here'"),
        (["convert", "100 USD", "--to", "XYZ"], "'XYZ'"),
        (["convert", "100 USD", "--to", "CNY", "--on", "1960-01-01"], "1960"),
        (["rates", "XYZ", "USD", "--on", "2025-02-20"], "'XYZ'"),
        (["rates", "USD", "CNY", "--on", "1960-01-01"], "1960"),
    ],
)
def test_library_errors_give_one_line(capsys: pytest.CaptureFixture[str], argv: list[str], named: str) -> None:
    status, out, err = run(capsys, *argv)
    assert (status, out) == (2, "")
    assert_one_error_line(err, named)


# -- check ---------------------------------------------------------------------------------------


def test_check_sample_finds_the_conversion_at_the_euro_rate(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "check", "--sample")
    assert (status, err) == (1, "")
    assert out.startswith('date       2025-02-20, dateline, line 1 ("HANGZHOU, Feb. 20, 2025")\n')
    for quoted in ("$53 billion (¥380 billion)", "Rmb72.5bn (£8bn)", "Rmb24bn (£2.6bn)", "¥280.2 billion ($36.96 billion)"):
        assert quoted in out
    assert out.count("verdict    inconsistent") == 1 and out.count("verdict    consistent") == 3
    block = out[out.index("¥280.2 billion ($36.96 billion)") :]
    block = block[: block.index("\n\n")]
    assert "verdict    inconsistent" in block
    assert "likely the EUR/CNY rate of that day (7.5807 CNY per EUR)" in block
    assert "7.2591 CNY per USD" in out
    assert out.rstrip().endswith("4 quoted pairs: 3 consistent, 1 inconsistent\nverdict: inconsistent")


def test_check_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from moneyparse._sample import SAMPLE

    path = tmp_path / "sample.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    status, out, _ = run(capsys, "check", path, "--published", "2025-02-20", "--format", "json")
    assert status == 1
    data = json.loads(out)
    assert data["published"] == "2025-02-20" and data["consistent"] is False and data["verdict"] == "inconsistent"
    assert data["file"] == str(path) and data["date"]["origin"] == "given" and data["date"]["text"] == "--published"
    verdicts = {p["first"]["text"]: p["consistent"] for p in data["pairs"]}
    assert verdicts == {"$53 billion": True, "Rmb72.5bn": True, "Rmb24bn": True, "¥280.2 billion": False}
    stale = next(p for p in data["pairs"] if p["first"]["text"] == "¥280.2 billion")
    assert (stale["implied"]["base"], stale["implied"]["quote"]) == ("USD", "CNY")
    assert Decimal(stale["reference"]["value"]).quantize(Decimal("0.0001")) == Decimal("7.2591")
    assert Decimal("0.04") < Decimal(stale["deviation"]) < Decimal("0.05"), "7.581 is 4.4% off 7.2591"
    assert stale["cause"]["kind"] == "another currency's rate" and stale["cause"]["currency"] == "EUR"


def test_check_tolerance_moves_the_verdicts(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "check", "--sample", "--tolerance", "10")[0] == 0
    status, out, _ = run(capsys, "check", "--sample", "--tolerance", "0", "--format", "json")
    assert status == 1
    strict = json.loads(out)
    assert strict["tolerance"] == "0"
    assert sum(p["consistent"] is False for p in strict["pairs"]) == 2, "$53bn (¥380bn) implies 7.09-7.25, not 7.2591"


def test_check_consistent_text_exits_0(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "ok.txt"
    path.write_text("Capital spending reached Rmb72.5bn (£8bn) last year.\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", path, "--published", "2025-02-20")
    assert status == 0
    assert "inconsistent" not in out and "1 quoted pair: 1 consistent" in out
    assert "CNY per GBP (1 conversion): " in out and "date       2025-02-20, given (--published)" in out


def test_check_doubtful_exits_1_with_its_own_word(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "rival.txt"
    path.write_text("Its rival spent €1 billion ($2 billion) on marketing.\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", path, "--published", "2025-02-20")
    assert status == 1
    assert "verdict    doubtful: only the extreme edge of the rounding fits" in out
    assert out.rstrip().endswith("verdict: doubtful")
    status, out, _ = run(capsys, "check", path, "--published", "2025-02-20", "--format", "json")
    data = json.loads(out)
    assert data["verdict"] == "doubtful" and data["pairs"][0]["verdict"] == "doubtful" and data["consistent"] is False


def test_check_too_coarse_is_not_checked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "stall.txt"
    path.write_text("The stall sold it for £1 ($2), and Sony spent 1 trillion yen ($6.7 billion).\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", path, "--published", "2025-02-20")
    assert status == 3
    assert out.count("verdict    too coarse to check: ") == 2 and "deviation  +58.62%" in out


def test_check_text_without_pairs_checks_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "none.txt"
    path.write_text("Nothing quoted twice here, only $5.\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", path, "--published", "2025-02-20", "--format", "json")
    assert status == 3
    data = json.loads(out)
    assert data["pairs"] == [] and data["consistent"] is None and data["verdict"] == "not checked"


@pytest.mark.parametrize(
    ("sentence", "published", "reason", "advice"),
    [
        ("The bill came to ARS 1,000 million ($950,000).", "2025-02-20", "no ecb+fed rate for ARS", "give its rates with --rates FILE"),
        ("The club paid £100 million ($126 million).", "2027-02-20", "history (last fixing 2026-10-30)",
         "run moneyparse rates update"),
    ],
)
def test_check_nothing_checked_exits_3_and_says_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, published: str, reason: str, advice: str
) -> None:
    path = tmp_path / "text.txt"
    path.write_text(sentence + "\n", encoding="utf-8")
    status, out, err = run(capsys, "check", path, "--published", published)
    assert (status, err) == (3, "")
    (line,) = [line for line in out.splitlines() if line.startswith("   verdict")]
    assert line.startswith("   verdict    not checked: ") and reason in line and line.endswith(advice)
    assert out.rstrip().endswith("verdict: not checked")
    status, out, _ = run(capsys, "check", path, "--published", published, "--format", "json")
    data = json.loads(out)
    assert status == 3 and data["consistent"] is None
    (item,) = data["pairs"]
    assert reason in item["reason"] and item["advice"].startswith(advice)


def test_check_a_same_currency_bracket_is_listed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "flat.txt"
    path.write_text("He paid $600,000 ($550,000) for the flat and Rmb72.5bn (£8bn) for the rest.\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", path, "--published", "2025-02-20")
    assert status == 0
    assert "1. $600,000 ($550,000)\n   verdict    not a conversion: both amounts are in USD" in out
    assert "2 quoted pairs: 1 consistent, 1 not a conversion" in out


def test_check_with_a_rate_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rates_csv = tmp_path / "ars.csv"
    rates_csv.write_text("Date,USD,ARS\n2025-02-20,1.0443,1099.3\n", encoding="utf-8")  # 1052.7 ARS per USD
    path = tmp_path / "bill.txt"
    path.write_text("The bill came to ARS 1,052 million ($999,000).\n", encoding="utf-8")
    status, out, _ = run(capsys, "check", path, "--published", "2025-02-20", "--rates", rates_csv)
    assert status == 0 and "verdict    consistent" in out


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds (the reference articles) is absent")
def test_check_article_004_finds_the_five_week_old_rate(capsys: pytest.CaptureFixture[str]) -> None:
    (path,) = (SHARED / "seeds").glob("004_*.txt")
    status, out, _ = run(capsys, "check", path, "--published", "2025-02-20", "--format", "json")
    data = json.loads(out)
    (gbp,) = [c for c in data["couples"] if {c["base"], c["quote"]} == {"GBP", "CNY"}]
    days = {day for run_ in gbp["matching_dates"] for day in run_}
    assert {"2025-01-13", "2025-01-14", "2025-01-20"} <= days
    assert status == 1
    causes = [p["cause"]["description"] for p in data["pairs"] if p["verdict"] == "inconsistent"]
    assert len(causes) == 3 and all("the ecb fixing of 2025-01-20" in c for c in causes)
    status, out, _ = run(capsys, "check", path, "--published", "2025-02-20")
    assert "2025-01-13" in out
    # with no date: the fitting days are the answer
    status, out, _ = run(capsys, "check", path, "--since", "2024-01-01", "--until", "2025-02-20")
    assert status == 3
    assert "these figures fit the ecb+fed rates of 2025-01-13–2025-01-14, 2025-01-20; no publication date was given" in out


# -- rates ---------------------------------------------------------------------------------------


def test_rates_on_a_day(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "rates", "usd", "CNY", "--on", "2025-02-20")
    assert (status, err) == (0, "")
    assert out.startswith("1 USD = 7.2591") and "2025-02-20" in out
    status, out, _ = run(capsys, "rates", "GBP", "CNY", "--on", "2025-02-20", "--format", "json")
    data = json.loads(out)
    assert (data["base"], data["quote"], data["date"]) == ("GBP", "CNY", "2025-02-20")
    assert Decimal(data["value"]).quantize(Decimal("0.0001")) == Decimal("9.1529")


def test_rates_average_lies_within_the_daily_rates(capsys: pytest.CaptureFixture[str]) -> None:
    daily = []
    for day in ("2025-02-17", "2025-02-18", "2025-02-19", "2025-02-20", "2025-02-21"):
        _, out, _ = run(capsys, "rates", "USD", "CNY", "--on", day, "--format", "json")
        daily.append(Decimal(json.loads(out)["value"]))
    status, out, _ = run(capsys, "rates", "USD", "CNY", "--from", "2025-02-17", "--to", "2025-02-21", "--format", "json")
    assert status == 0
    data = json.loads(out)
    assert min(daily) <= Decimal(data["value"]) <= max(daily)
    assert data["count"] == 5
    status, out, _ = run(capsys, "rates", "USD", "CNY", "--from", "2025-02-17", "--to", "2025-02-21")
    assert out.startswith("1 USD = ") and "average of 5 fixings, 2025-02-17–2025-02-21 (ecb+fed)" in out
    # labelled with the fixings averaged, not the days asked for: 1 January has no fixing
    status, out, _ = run(capsys, "rates", "USD", "CNY", "--from", "2025-01-01", "--to", "2025-01-03")
    assert "average of 2 fixings, 2025-01-02–2025-01-03 (ecb+fed)" in out and "2025-01-01" not in out


def test_rates_update_reports_what_it_did(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    import rates

    calls = []

    def fake_update(*args: object, **kwargs: object) -> object:
        calls.append((args, kwargs))
        return rates.UpdateResult(
            path="/data/eurofxref-hist.zip",
            url="https://example.invalid/eurofxref-hist.zip",
            first=dt.date(1999, 1, 4),
            last=dt.date(2025, 3, 3),
            rows=6700,
            currencies=("CNY", "GBP", "USD"),
            replaced=True,
            previous_last=dt.date(2025, 2, 28),
            reason="newer data",
        )

    monkeypatch.setattr(rates, "update", fake_update)
    status, out, err = run(capsys, "rates", "update")
    assert (status, err, len(calls)) == (0, "", 1)
    assert "2025-03-03" in out
    status, out, _ = run(capsys, "rates", "update", "--format", "json")
    data = json.loads(out)
    assert data["last"] == "2025-03-03" and data["replaced"] is True


def test_rates_update_failure_is_one_line(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import rates

    def failing_update(*args: object, **kwargs: object) -> object:
        raise rates.UpdateError("https://example.invalid/x.zip", "network unreachable")

    monkeypatch.setattr(rates, "update", failing_update)
    status, _, err = run(capsys, "rates", "update")
    assert status == 2
    assert_one_error_line(err, "'https://example.invalid/x.zip'", "network unreachable")


# -- the canonical-phrase shortcut of convert ------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _history_codes() -> list[str]:
    from rates.sources import resolve

    return sorted(resolve(None).currencies())


#: Every code the shortcut reads: those of the rate history.
CODES = _history_codes()


@st.composite
def canonical_phrases(draw: st.DrawFn) -> str:
    number = str(draw(st.integers(min_value=0, max_value=10**12)))
    if draw(st.booleans()):
        number += "." + draw(st.from_regex(r"[0-9]{1,2}", fullmatch=True))
    code = draw(st.sampled_from(CODES))
    space = draw(st.sampled_from([" ", "\u00a0"]))
    phrase = f"{code}{space}{number}" if draw(st.booleans()) else f"{number}{space}{code}"
    return draw(st.sampled_from(["", " "])) + phrase + draw(st.sampled_from(["", "  "]))


@settings(max_examples=500, deadline=None)
@given(phrase=canonical_phrases())
def test_shortcut_agrees_with_parse(phrase: str) -> None:
    import moneyparse

    fast = cli._simple_phrase(phrase)
    assert fast is not None
    full = moneyparse.parse(phrase)
    assert (fast.start, fast.end, fast.text, fast.amount, fast.currency, fast.high, fast.qualifier) == (
        full.start,
        full.end,
        full.text,
        full.amount,
        full.currency,
        full.high,
        full.qualifier,
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "$100",
        "100",
        "USD 100 EUR",
        "USD 100bn",
        "about 100 USD",
        "100 usd",
        "01 USD",
        "-5 USD",
        # grouping marks read differently by convention: 1,000 and 1.000 are a thousand or one
        "1,000 USD",
        "1.000 USD",
        "USD 1.000",
        "1234.567 USD",
        # glued: the library has rules of its own there ("CYP450" is an enzyme)
        "CYP450",
        "USD100",
        "100USD",
        # codes that are words or a metal: the scanner does not read them as money
        "100 ALL",
        "5 TOP",
        "100 XAU",
        "100 XYZ",
    ],
)
def test_shortcut_leaves_everything_else_to_parse(phrase: str) -> None:
    assert cli._simple_phrase(phrase) is None


@pytest.mark.parametrize("code", CODES)
def test_shortcut_reads_every_code_it_takes_as_parse_does(code: str) -> None:
    import moneyparse

    assert code in cli._fast_codes()
    for phrase in (f"1234.5 {code}", f"{code} 1234.5", f"{code}\u00a00.25", f" 7\u00a0{code}  "):
        fast, full = cli._simple_phrase(phrase), moneyparse.parse(phrase)
        assert fast is not None
        assert (fast.text, fast.amount, fast.currency, fast.high, fast.qualifier) == (
            full.text,
            full.amount,
            full.currency,
            full.high,
            full.qualifier,
        )


def test_convert_of_the_canonical_form_loads_neither_scanner_nor_tables() -> None:
    import subprocess

    code = (
        "import sys\n"
        "from moneyparse.cli import main\n"
        "status = main(['convert', '100 USD', '--to', 'CNY', '--on', '2025-02-20'])\n"
        "loaded = [m for m in ('moneyparse.scanner', 'moneyparse.lexicon', 'moneyparse.mention', 'babel') if m in sys.modules]\n"
        "print(status, ','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "0 "


def test_convert_imports_no_other_command() -> None:
    import subprocess

    code = (
        "import sys\n"
        "from moneyparse.cli import main\n"
        "status = main(['convert', '100 USD', '--to', 'CNY', '--on', '2025-02-20'])\n"
        "others = ('extract', 'check', 'rates_command', 'output')\n"
        "loaded = [m for m in others if 'moneyparse.cli.' + m in sys.modules]\n"
        "print(status, 'moneyparse.cli.convert' in sys.modules, ','.join(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "0 True "


@pytest.mark.parametrize("phrase", ["100 ALL", "5 TOP", "100 XAU", "ALL 100", "100 XYZ"])
def test_convert_refuses_what_the_library_does_not_read(capsys: pytest.CaptureFixture[str], phrase: str) -> None:
    import moneyparse

    assert cli._simple_phrase(phrase) is None
    with pytest.raises(moneyparse.AmountParseError) as info:
        moneyparse.parse(phrase)
    status, out, err = run(capsys, "convert", phrase, "--to", "EUR", "--on", "2025-02-20")
    assert (status, out) == (2, "")
    assert err == f"moneyparse: error: {info.value}\n" == f"moneyparse: error: {phrase!r}: not a money phrase\n"


def test_check_a_batch_with_a_list_of_dates(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "capex.txt").write_text("Capital spending reached Rmb72.5bn (£8bn) last year.\n", encoding="utf-8")
    (tmp_path / "rival.txt").write_text("Its rival spent €1 billion ($2 billion) on marketing.\n", encoding="utf-8")
    (tmp_path / "dated.txt").write_text("---\ndate: 2025-02-20\n---\nIt cost Rmb24bn (£2.6bn).\n", encoding="utf-8")
    (tmp_path / "undated.txt").write_text("It cost Rmb24bn (£2.6bn).\n", encoding="utf-8")
    dates = tmp_path / "dates.tsv"
    dates.write_text(f"file\tdate\ncapex.txt\t2025-02-20\n{tmp_path / 'rival.txt'}\t2025-02-20\n", encoding="utf-8")
    files = [tmp_path / name for name in ("capex.txt", "rival.txt", "dated.txt", "undated.txt")]
    status, out, err = run(capsys, "check", *files, "--published-from", dates, "--format", "jsonl")
    assert (status, err) == (1, "")
    reports = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in reports] == [str(f) for f in files]
    assert [r["verdict"] for r in reports] == ["consistent", "doubtful", "consistent", "not checked"]
    assert [r["date"]["origin"] for r in reports] == ["given", "given", "front matter", "none"]
    assert reports[0]["date"]["text"] == f"{dates}, line 2" and reports[2]["date"]["line"] == 2
    status, out, _ = run(capsys, "check", *files, "--published-from", dates)
    assert status == 1 and out.count("\n== ") == 3 and out.startswith(f"== {files[0]}\n")
    assert out.endswith("4 files: 2 consistent, 1 doubtful, 1 not checked\n")
    assert f"date       2025-02-20, given ({dates}, line 2)" in out
    assert run(capsys, "check", files[0], files[2], "--published-from", dates)[0] == 0


def test_check_a_bad_list_of_dates(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dates = tmp_path / "dates.tsv"
    dates.write_text("capex.txt\t2025-02-20\nrival.txt\t20/02/2025\n", encoding="utf-8")
    status, out, err = run(capsys, "check", "--sample", "--published-from", dates)
    assert (status, out) == (2, "")
    assert_one_error_line(err, f"{dates}, line 2", "'rival.txt\\t20/02/2025'")


def test_check_never_shows_python(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_text(
        "LONDON, 20 February 2025 (Reuters) - The club paid £101 million ($105.5 million), ARS 1,000 million "
        "($950,000), $90 ($110) and €1 billion ($2 billion); Rmb72.5bn (£8m) went elsewhere.\n",
        encoding="utf-8",
    )
    for extra in ((), ("--format", "json"), ("--published", "2027-01-01"), ("--published", "1990-01-01")):
        status, out, err = run(capsys, "check", path, *extra)
        for python in ("Decimal(", "datetime", "None", "<Verdict", "Remedy."):
            assert python not in out + err, (extra, python)
    status, out, _ = run(capsys, "check", path)
    assert status == 1
    assert "likely the EUR/USD rate of that day (1.0443 USD per EUR): £101 million converted as if it were in EUR" in out
    assert "likely a thousand-fold scale slip (such as million for billion)" in out


def test_check_help_states_the_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--help"]) == 0
    out = capsys.readouterr().out
    for words in ("f <= 75%", "doubtful", "75% < f <= 100%", "too coarse to check", "not a conversion",
                  "1.5 times apart", "never a date the story mentions", "3 nothing could be checked"):
        assert words in out, words


def test_check_without_a_date_judges_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text(
        "Alibaba will invest $53 billion (¥380 billion) in AI. The plan was first floated on January 13, 2020, "
        "by its founder.\n",
        encoding="utf-8",
    )
    status, out, err = run(capsys, "check", path)
    assert (status, err) == (3, "")
    assert out.startswith("date       none: nothing is judged without a date (--published DATE)\n")
    assert "2020" not in out and "verdict    not checked: no publication date" in out


def test_extract_to_warns_once_for_a_currency_without_rates(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "naira.txt"
    path.write_text("Fees rose to ₦5,000 and $20.\nThen ₦7,000.\n", encoding="utf-8")
    status, out, err = run(capsys, "extract", path, "--to", "USD", "--on", "2025-02-20")
    assert status == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["currency"], r["converted"]) for r in records] == [("NGN", None), ("USD", "20"), ("NGN", None)]
    assert err.count("\n") == 1 and err.startswith("moneyparse: warning: ") and "NGN" in err
