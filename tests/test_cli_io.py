"""The reading and writing machinery of the command line: chunked decoding, line numbers, atomic output.

None of these tests needs the extractor or the rate history.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moneyparse import cli
from moneyparse.cli import (
    BinaryFileError,
    InputFileError,
    LineCounter,
    UndecodableFileError,
    atomic_output,
    main,
    plain,
    read_chunks,
)

# -- read_chunks ------------------------------------------------------------------------------


def _write(tmp_path: Path, data: bytes, name: str = "in.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 7, 1 << 20])
def test_chunks_join_to_the_decoded_file(tmp_path: Path, chunk_size: int) -> None:
    text = "Rmb72.5bn (£8bn) — 元 ¥ €\n" * 5
    path = _write(tmp_path, text.encode("utf-8"))
    chunks = list(read_chunks(path, chunk_size=chunk_size))
    assert "".join(chunks) == text
    assert all(chunks), "no empty chunks"


@settings(max_examples=200, deadline=None)
@given(
    before=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\0"), max_size=40),
    bad=st.sampled_from([b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\x80"]),
    after=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\0"), max_size=40),
    chunk_size=st.integers(min_value=1, max_value=16),
)
def test_invalid_byte_offset_is_exact_for_any_chunking(
    tmp_path_factory: pytest.TempPathFactory, before: str, bad: bytes, after: str, chunk_size: int
) -> None:
    data = before.encode("utf-8") + bad + after.encode("utf-8")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        expected = exc.start
    else:  # pragma: no cover - every sampled byte sequence is invalid where it stands
        raise AssertionError("sample is valid UTF-8")
    path = _write(tmp_path_factory.mktemp("bad"), data)
    with pytest.raises(UndecodableFileError) as info:
        list(read_chunks(path, chunk_size=chunk_size))
    assert info.value.offset == expected
    assert info.value.path == path
    assert f"byte {expected}" in str(info.value)
    assert isinstance(info.value, UnicodeError) and isinstance(info.value, ValueError)


def test_errors_replace_reads_on(tmp_path: Path) -> None:
    path = _write(tmp_path, b"cost \xff$5 more\n")
    assert "".join(read_chunks(path, errors="replace")) == "cost \ufffd$5 more\n"


def test_truncated_character_at_end_of_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "ok £".encode("utf-8")[:-1])
    with pytest.raises(UndecodableFileError) as info:
        list(read_chunks(path, chunk_size=2))
    assert info.value.offset == 3


def test_nul_byte_in_first_chunk_is_a_binary_file(tmp_path: Path) -> None:
    path = _write(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(BinaryFileError) as info:
        list(read_chunks(path))
    assert info.value.offset == 8
    assert "binary" in str(info.value) and repr(path) in str(info.value)


def test_utf16_text_is_not_taken_for_binary(tmp_path: Path) -> None:
    path = _write(tmp_path, "£8bn".encode("utf-16"))
    assert "".join(read_chunks(path, encoding="utf-16")) == "£8bn"


def test_empty_file_has_no_chunks(tmp_path: Path) -> None:
    assert list(read_chunks(_write(tmp_path, b""))) == []


def test_directory_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(InputFileError) as info:
        list(read_chunks(str(tmp_path)))
    assert repr(str(tmp_path)) in str(info.value)


def test_input_errors_survive_pickling() -> None:
    import pickle

    for error in (UndecodableFileError("a.txt", 5, "utf-8"), BinaryFileError("b.bin", 0)):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error) and copy.offset == error.offset


# -- LineCounter ------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="ab\n€", max_size=300),
    cuts=st.lists(st.integers(min_value=0, max_value=300), max_size=20),
    picks=st.lists(st.integers(min_value=0, max_value=300), max_size=20),
)
def test_line_counter_matches_counting_newlines(text: str, cuts: list[int], picks: list[int]) -> None:
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    chunks = [text[a:b] for a, b in zip(bounds, bounds[1:])]
    offsets = sorted(p for p in picks if p < len(text))
    counter = LineCounter(window=len(text) + 1)
    fed = counter.feed(chunks)
    seen = ""
    for offset in offsets:
        while len(seen) <= offset:  # the extractor has read past an offset before naming it
            seen += next(fed)
        assert counter.line_of(offset) == text.count("\n", 0, offset) + 1
    assert seen + "".join(fed) == text


def test_line_counter_keeps_only_a_window() -> None:
    counter = LineCounter(window=10)
    stream = counter.feed(["line\n" * 4] * 100)
    for _ in stream:
        pass
    retained = sum(len(text) for _, text in counter._chunks)
    assert retained <= 10 + 2 * 20
    assert counter.line_of(2000 - 1) == 400


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
    with pytest.raises(OSError):
        with atomic_output(str(target)) as out:
            out.write("partial\n")
            raise OSError(28, "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_atomic_output_keeps_old_file_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old\n")
    target.chmod(0o640)
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(str(target)) as out:
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
        (["rates", "USD", "CNY", "--on", "yesterday"], "'yesterday'"),
        (["check", "--sample", "--tolerance", "-1"], "'-1'"),
        (["check", "--sample", "--tolerance", "lots"], "'lots'"),
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
    monkeypatch.setattr(cli, "_Progress", lambda *a, **k: created.append(a))
    path = _write(tmp_path, b"nothing here\n")
    assert main(["extract", path]) == 0
    assert created == [] and capsys.readouterr().err == ""
