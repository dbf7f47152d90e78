"""The machinery of the command line: its names for reading, atomic output, arguments, progress.

Chunked decoding and line numbers are tested with moneyparse.files in test_files.py.

None of these tests needs the extractor or the rate history.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from moneyparse import cli
from moneyparse.cli import (
    BinaryFileError,
    InputFileError,
    UndecodableFileError,
    atomic_output,
    main,
    plain,
)

# -- reading (moneyparse.files) -----------------------------------------------------------------


def test_reading_names_stay_importable_from_the_command_line() -> None:
    from moneyparse import files

    for name in ("read_chunks", "read_text", "LineCounter", "CHUNK_SIZE", "STDIN_NAME"):
        assert getattr(cli, name) is getattr(files, name)
    assert (cli.BinaryFileError, cli.InputFileError, cli.UndecodableFileError) == (
        BinaryFileError,
        InputFileError,
        UndecodableFileError,
    )


#: The public names of the command line when it was one module, and the private ones the tests use.
ONE_MODULE_NAMES = (
    "main",
    "main_entry",
    "build_parser",
    "COMMANDS",
    "PROG",
    "EXIT_OK",
    "EXIT_INCONSISTENT",
    "EXIT_USAGE",
    "EXIT_INTERRUPTED",
    "EXIT_BROKEN_PIPE",
    "LINE_WINDOW",
    "FIELDS",
    "CONVERSION_FIELDS",
    "extract_file",
    "atomic_output",
    "plain",
    "MoneyParseError",
    "CommandLineError",
    "UsageError",
    "FileDecodeError",
    "_JsonLinesWriter",
    "_Progress",
    "_minor_digits",
    "_format_money",
    "_simple_phrase",
    "_fast_codes",
    "_check_locale",
)


def test_names_of_the_one_module_command_line_stay_importable() -> None:
    from moneyparse.cli import convert, extract, formatting, output

    namespace: dict[str, object] = {}
    exec(f"from moneyparse.cli import {', '.join(ONE_MODULE_NAMES)}", namespace)
    assert all(namespace[name] is getattr(cli, name) for name in ONE_MODULE_NAMES)
    assert set(ONE_MODULE_NAMES) <= set(dir(cli))
    assert (cli.extract_file, cli.FIELDS, cli._simple_phrase) == (extract.extract_file, extract.FIELDS, convert._simple_phrase)
    assert (cli.plain, cli.atomic_output, cli._Progress) == (formatting.plain, output.atomic_output, output._Progress)
    with pytest.raises(AttributeError, match="'no_such_name'"):
        cli.no_such_name  # noqa: B018
    with pytest.raises(ImportError):
        exec("from moneyparse.cli import no_such_name", {})


def test_every_package_is_installed() -> None:
    import tomllib

    root = Path(__file__).resolve().parent.parent
    with open(root / "pyproject.toml", "rb") as handle:
        listed = set(tomllib.load(handle)["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(root).parts)
        for top in ("moneyparse", "rates")
        for init in (root / top).rglob("__init__.py")
    }
    assert found <= listed, f"add {sorted(found - listed)} to [tool.setuptools] packages: pip install . leaves them out"


def test_command_line_reports_a_decoding_error_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, b"It cost $5 \xff\n")
    assert main(["extract", path]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"moneyparse: error: {path!r}: invalid utf-8 at byte 11 (invalid start byte); --errors replace reads on\n"


def _write(tmp_path: Path, data: bytes, name: str = "in.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# -- atomic_output -----------------------------------------------------------------------------


def test_atomic_output_writes_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with atomic_output(str(target)) as out:
        out.write("one\n")
        assert not target.exists(), "nothing appears before the end"
        out.write("two\n")
    assert target.read_text() == "one\ntwo\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_atomic_output_leaves_nothing_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with pytest.raises(OSError), atomic_output(str(target)) as out:
        out.write("partial\n")
        raise OSError(28, "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_atomic_output_keeps_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old\n")
    target.chmod(0o640)
    with pytest.raises(KeyboardInterrupt), atomic_output(str(target)) as out:
        out.write("new\n")
        raise KeyboardInterrupt
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    with atomic_output(str(target)) as out:
        out.write("new\n")
    assert target.read_text() == "new\n"
    assert target.stat().st_mode & 0o777 == 0o640, "the replaced file keeps its permissions"


def test_plain_never_uses_exponents() -> None:
    from decimal import Decimal

    assert plain(Decimal("7.25E+10")) == "72500000000"
    assert plain(Decimal("1E-7")) == "0.0000001"
    assert plain(None) is None


# -- arguments ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        ([], "COMMAND"),
        (["frobnicate"], "'frobnicate'"),
        (["convert", "100 USD", "--to", "dollars"], "'dollars'"),
        (["convert", "100 USD"], "--to"),
        (["convert", "100 USD", "--to", "CNY", "--on", "2025-02-30"], "'2025-02-30'"),
        (["rates", "USD", "CNY", "--on", "the day before"], "'the day before'"),
        (["check", "--sample", "--tolerance", "-1"], "'-1'"),
        (["check", "--sample", "--tolerance", "lots"], "'lots'"),
        (["check", "--sample", "--tolerance", "150"], "'150'"),
        (["extract", "a.txt", "--format", "xml"], "'xml'"),
        (["extract", "a.txt", "--workers", "0"], "'0'"),
        (["extract", "a.txt", "--encoding", "klingon"], "'klingon'"),
        (["extract", "a.txt", "--assume", "JPY"], "'JPY'"),
        (["extract", "a.txt", "--bogus"], "--bogus"),
        (["extract", "a.txt", "--on", "2025-02-20"], "--on"),
        (["extract", "-", "-"], "(-)"),
        (["extract", "-", "--workers", "2"], "--workers"),
        (["check"], "--sample"),
        (["check", "a.txt", "--sample"], "--sample"),
        (["check", "a.txt", "b.txt", "--format", "json"], "--format jsonl"),
        (["check", "a.txt", "--published", "2025-02-20", "--published-from", "d.tsv"], "--published-from"),
        (["check", "--sample", "--since", "2025-02-21", "--until", "2025-02-20"], "'2025-02-21'"),
        (["check", "--sample", "--format", "xml"], "'xml'"),
        (["rates", "USD"], "QUOTE"),
        (["rates", "USD", "C1Y"], "'C1Y'"),
        (["rates", "update", "USD"], "update"),
        (["rates", "USD", "CNY", "--on", "2025-02-20", "--from", "2025-02-01", "--to", "2025-02-20"], "--on"),
        (["rates", "USD", "CNY", "--from", "2025-02-01"], "--from"),
        (["rates", "USD", "CNY", "--from", "2025-02-21", "--to", "2025-02-20"], "'2025-02-21'"),
    ],
)
def test_bad_arguments_give_one_line_and_status_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], named: str
) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("moneyparse: error: ") and err.endswith("\n") and err.count("\n") == 1, err
    assert named in err


def test_help_and_version_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out, _ = capsys.readouterr()
    for command in ("extract", "convert", "check", "rates"):
        assert command in out
    assert main(["--version"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("moneyparse ")
    assert main(["extract", "--help"]) == 0
    assert "--workers" in capsys.readouterr().out


def test_closed_stdout_in_process_is_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class ClosedPipe:
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    empty = _write(tmp_path, b"")
    assert main(["extract", empty, "--format", "json"]) == cli.EXIT_BROKEN_PIPE
    assert main(["extract", empty, "--format", "csv"]) == cli.EXIT_BROKEN_PIPE
    assert capsys.readouterr().err == ""


def test_importing_the_command_line_loads_nothing_heavy() -> None:
    code = (
        "import sys, moneyparse.cli\n"
        "heavy = [m for m in ('rates', 'babel', 'dask', 'moneyed', 'moneyparse.scanner', 'moneyparse.lexicon',"
        " 'json', 'csv', 'concurrent.futures', 'tempfile') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_console_script_is_installed() -> None:
    script = Path(sys.executable).parent / "moneyparse"
    assert script.exists(), f"{script} missing: pip install -e . in the environment"
    result = subprocess.run([str(script), "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("moneyparse ")
    assert os.access(script, os.X_OK)


# -- progress bar ------------------------------------------------------------------------------


def test_progress_bar_draws_and_erases() -> None:
    import io

    now = [0.0]
    stream = io.StringIO()
    progress = cli._Progress(total=4 << 20, files=2, stream=stream)
    progress._clock = lambda: now[0]
    progress._next = 0.3
    progress.bytes(1 << 20)
    assert stream.getvalue() == "", "nothing for the first moments"
    now[0] = 1.0
    progress.bytes(1 << 20)
    drawn = stream.getvalue()
    assert drawn.startswith("\r[") and " 50%" in drawn and "2.0/4.0 MiB" in drawn and "0/2 files" in drawn
    progress.bytes(1 << 20)
    assert stream.getvalue() == drawn, "at most one redraw per interval"
    now[0] = 2.0
    progress.file_done()
    assert "1/2 files" in stream.getvalue()[len(drawn) :]
    progress.close()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    created = []
    monkeypatch.setattr("moneyparse.cli.extract._Progress", lambda *a, **k: created.append(a))
    path = _write(tmp_path, b"nothing here\n")
    assert main(["extract", path]) == 0
    assert created == [] and capsys.readouterr().err == ""


# -- encodings on the command line ----------------------------------------------------------------

ARTICLE = "Capex hit Rmb72.5bn (£8bn) in 2024.\nThen 3800亿元.\n"


def _records(out: str) -> list[tuple[str, int, int, int]]:
    return [(r["text"], r["start"], r["end"], r["line"]) for r in map(json.loads, out.splitlines())]


@pytest.mark.parametrize(
    ("mark", "encoding"),
    [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
)
def test_a_file_with_a_byte_order_mark_gives_the_offsets_of_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mark: bytes, encoding: str
) -> None:
    path = _write(tmp_path, mark + ARTICLE.encode(encoding))
    assert main(["extract", path]) == 0
    out, err = capsys.readouterr()
    records = _records(out)
    assert err == "" and [text for text, *_ in records] == ["Rmb72.5bn", "£8bn", "3800亿元"]
    for text, start, end, _ in records:
        assert ARTICLE[start:end] == text, "no shift by the mark"


def test_utf16_without_a_mark_names_the_encoding_to_try(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, ARTICLE.encode("utf-16-le"))
    assert main(["extract", path]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"moneyparse: error: {path!r}: looks like UTF-16-LE text without a byte order mark: "
        "read it with --encoding utf-16-le\n"
    )
    assert main(["extract", path, "--encoding", "utf-16-le"]) == 0
    assert [text for text, *_ in _records(capsys.readouterr().out)] == ["Rmb72.5bn", "£8bn", "3800亿元"]


def test_a_stray_nul_byte_is_read_through_with_errors_replace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, b"Notes\0 of the day.\n" + ARTICLE.encode("utf-8"))
    assert main(["extract", path]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == (
        "",
        f"moneyparse: error: {path!r}: binary file (NUL byte at byte 5), not text; --errors replace reads on\n",
    )
    assert main(["extract", path, "--errors", "replace"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and [(text, line) for text, _, _, line in _records(out)] == [
        ("Rmb72.5bn", 2),
        ("£8bn", 2),
        ("3800亿元", 3),
    ]
