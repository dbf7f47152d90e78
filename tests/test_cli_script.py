"""The installed ``moneyparse`` console script, run as a user runs it: in a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from moneyparse.cli import EXIT_BROKEN_PIPE

SCRIPT = Path(sys.executable).parent / "moneyparse"
TEXT = "Capex hit Rmb72.5bn (£8bn) in 2024.\nMeta plans to spend $65 billion this year.\n"


def moneyparse(*argv: object, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the console script; stdout and stderr as text."""
    return subprocess.run(
        [str(SCRIPT), *map(str, argv)],
        input=None if stdin is None else stdin.decode("utf-8", "surrogateescape"),
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        timeout=120,
    )


def assert_one_error_line(result: subprocess.CompletedProcess[str], *named: str) -> None:
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert result.stderr.startswith("moneyparse: error: ") and result.stderr.count("\n") == 1, result.stderr
    for value in named:
        assert value in result.stderr


def test_script_exists() -> None:
    assert SCRIPT.is_file(), f"{SCRIPT}: install the package (pip install -e .)"


def test_extract_from_stdin_is_jsonl_when_piped() -> None:
    result = moneyparse("extract", "-", stdin=TEXT.encode("utf-8"))
    assert (result.returncode, result.stderr) == (0, "")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["amount"], r["currency"], r["line"]) for r in records] == [
        ("Rmb72.5bn", "72500000000", "CNY", 1),
        ("£8bn", "8000000000", "GBP", 1),
        ("$65 billion", "65000000000", "USD", 2),
    ]
    assert all(TEXT[r["start"] : r["end"]] == r["text"] for r in records)


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "jsonl"])
def test_extract_formats(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "capex.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = moneyparse("extract", path, "--format", fmt)
    assert (result.returncode, result.stderr) == (0, "")
    assert "72500000000" in result.stdout.replace(",", "")
    assert "£8bn" in result.stdout


def test_closed_stdout_ends_quietly(tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    path.write_text("Lunch cost $12.50 and dinner €40.\n" * 20000, encoding="utf-8")
    process = subprocess.Popen(
        [str(SCRIPT), "extract", str(path), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    assert json.loads(first)["text"] == "$12.50"
    process.stdout.close()  # like `| head -1`
    status = process.wait(timeout=120)
    err = process.stderr.read().decode("utf-8")
    process.stderr.close()
    assert err == ""
    assert status == EXIT_BROKEN_PIPE


def test_closed_stdout_through_head(tmp_path: Path) -> None:
    path = tmp_path / "many.txt"
    path.write_text("It cost $5.\n" * 30000, encoding="utf-8")
    result = subprocess.run(
        ["bash", "-c", f'set -o pipefail; "{SCRIPT}" extract "{path}" | head -n 2; echo "status ${{PIPESTATUS[0]}}"'],
        capture_output=True,
        text=True,
        timeout=120,
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and lines[-1] == f"status {EXIT_BROKEN_PIPE}"
    assert result.stderr == ""


def test_invalid_utf8_and_replace(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Le café coûte 5 €.".encode("cp1252"))
    assert_one_error_line(moneyparse("extract", path), repr(str(path)), "byte 6")
    result = moneyparse("extract", path, "--errors", "replace")
    assert result.returncode == 0
    result = moneyparse("extract", path, "--encoding", "cp1252")
    assert result.returncode == 0 and "5 €" in result.stdout


def test_binary_and_missing_files(tmp_path: Path) -> None:
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)))
    assert_one_error_line(moneyparse("extract", binary), "binary", repr(str(binary)))
    assert_one_error_line(moneyparse("extract", tmp_path / "nope.txt"), "nope.txt")


def test_empty_stdin() -> None:
    result = moneyparse("extract", "-", "--format", "json", stdin=b"")
    assert (result.returncode, result.stdout, result.stderr) == (0, "[]\n", "")


def test_output_file_and_workers(tmp_path: Path) -> None:
    files = []
    for number in range(3):
        path = tmp_path / f"in{number}.txt"
        path.write_text(TEXT * (number + 1), encoding="utf-8")
        files.append(path)
    target = tmp_path / "all.csv"
    result = moneyparse("extract", *files, "--workers", "2", "-o", target, "--format", "csv")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    rows = target.read_text(encoding="utf-8").splitlines()
    assert len(rows) == 1 + 3 * (1 + 2 + 3)


def test_convert() -> None:
    result = moneyparse("convert", "100 USD", "--to", "CNY", "--on", "2025-02-20", "--format", "json")
    assert (result.returncode, result.stderr) == (0, "")
    data = json.loads(result.stdout)
    assert Decimal(data["amount"]).quantize(Decimal("0.01")) == Decimal("725.91")
    assert data["rate"]["date"] == "2025-02-20"
    assert data["from"] == {"amount": "100", "currency": "USD"}


def test_convert_errors() -> None:
    assert_one_error_line(moneyparse("convert", "hello", "--to", "CNY"), "'hello'")
    assert_one_error_line(moneyparse("convert", "100 USD", "--to", "QQQ"), "'QQQ'")
    assert_one_error_line(moneyparse("convert", "100 USD", "--to", "CNY", "--on", "1980-05-01"), "1980")
    assert_one_error_line(moneyparse("convert", "100 USD", "--to"), "--to")


def test_check_sample_exit_status() -> None:
    result = moneyparse("check", "--sample")
    assert result.returncode == 1, "the sample quotes one conversion at the wrong rate"
    assert result.stderr == ""
    assert result.stdout.count("verdict    inconsistent") == 1
    result = moneyparse("check", "--sample", "--tolerance", "10%")
    assert result.returncode == 0


def test_rates() -> None:
    result = moneyparse("rates", "USD", "CNY", "--on", "2025-02-20")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("1 USD = 7.2591")
    assert_one_error_line(moneyparse("rates", "USD", "ZZZ", "--on", "2025-02-20"), "'ZZZ'")


def test_bad_option() -> None:
    assert_one_error_line(moneyparse("extract", "--frobnicate", "x"), "--frobnicate")
    assert_one_error_line(moneyparse("nothing"), "'nothing'")


def test_table_is_the_default_on_a_terminal(tmp_path: Path) -> None:
    import os
    import pty

    path = tmp_path / "capex.txt"
    path.write_text(TEXT, encoding="utf-8")
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [str(SCRIPT), "extract", str(path), "--no-progress"], stdout=follower, stderr=subprocess.PIPE
        )
        os.close(follower)
        output = b""
        while True:
            try:
                block = os.read(leader, 4096)
            except OSError:  # the terminal closes when the process ends
                break
            if not block:
                break
            output += block
        assert process.wait(timeout=60) == 0
    finally:
        os.close(leader)
    lines = output.decode("utf-8").splitlines()
    assert lines[0].split() == ["LINE", "TEXT", "AMOUNT", "CUR", "QUALIFIER"]
    assert "72,500,000,000" in lines[1]


def test_check_reads_standard_input() -> None:
    from moneyparse._sample import SAMPLE

    result = moneyparse("check", "-", "--format", "json", stdin=SAMPLE.encode("utf-8"))
    assert result.returncode == 1 and result.stderr == ""
    data = json.loads(result.stdout)
    assert data["published"] == "2025-02-20", "the dateline of the text gives the day"
    assert data["file"] == "<stdin>" and (data["date"]["origin"], data["date"]["line"]) == ("dateline", 1)
    assert [p["consistent"] for p in data["pairs"]].count(False) == 1


@pytest.mark.parametrize("module", ["moneyparse", "moneyparse.cli"])
def test_python_dash_m_runs_the_command_line(module: str) -> None:
    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", module, *argv]
        return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120)

    result = run("convert", "100 USD", "--to", "CNY", "--on", "2025-02-20", "--format", "json")
    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout)["from"] == {"amount": "100", "currency": "USD"}
    result = run("--help")
    assert result.returncode == 0 and result.stdout.startswith("usage: moneyparse ")
    assert_one_error_line(run("nothing"), "'nothing'")
