"""moneyparse.files: chunked reading, decoding with byte offsets, binary files, line numbers.

None of these tests needs the extractor or the rate history.
"""

from __future__ import annotations

import codecs
import io
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from moneyparse.errors import BinaryFileError, FileDecodeError, InputFileError
from moneyparse.files import SNIFF_BYTES, LineCounter, TextDecoder, read_chunks, read_document, read_text

#: Every byte order mark.
MARKS = [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE]

# -- read_chunks ------------------------------------------------------------------------------


def _write(tmp_path: Path, data: bytes, name: str = "in.txt") -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 7, 1 << 20])
@pytest.mark.parametrize("lines", [5, 500])
def test_chunks_join_to_the_decoded_file(tmp_path: Path, chunk_size: int, lines: int) -> None:
    text = "Rmb72.5bn (£8bn) — 元 ¥ €\n" * lines
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
    # past the first 8 KiB, which are held and judged whole, the blocks are decoded one by one
    data = b"p" * SNIFF_BYTES + before.encode("utf-8") + bad + after.encode("utf-8")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        expected = exc.start
    else:  # pragma: no cover - every sampled byte sequence is invalid where it stands
        raise AssertionError("sample is valid UTF-8")
    path = _write(tmp_path_factory.mktemp("bad"), data)
    with pytest.raises(FileDecodeError) as info:
        list(read_chunks(path, chunk_size=chunk_size))
    assert info.value.offset == expected
    assert info.value.path == path
    assert f"byte {expected}" in str(info.value)
    assert isinstance(info.value, UnicodeError) and isinstance(info.value, ValueError)


def test_errors_replace_reads_on(tmp_path: Path) -> None:
    path = _write(tmp_path, b"cost \xff$5 more\n")
    assert "".join(read_chunks(path, errors="replace")) == "cost \ufffd$5 more\n"


def test_truncated_character_at_end_of_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "ok £".encode()[:-1])
    with pytest.raises(FileDecodeError) as info:
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

    for error in (FileDecodeError("a.txt", 5, "utf-8"), BinaryFileError("b.bin", 0)):
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


# -- read_text, read_document -------------------------------------------------------------------


def test_read_text_is_the_chunks_joined(tmp_path: Path) -> None:
    text = "Capex hit Rmb72.5bn (£8bn).\n" * 3
    path = _write(tmp_path, text.encode("utf-8"))
    assert read_text(path) == text == "".join(read_chunks(path, chunk_size=5))


def test_standard_input_is_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO("£8bn\n".encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert read_text("-") == "£8bn\n"
    assert not stdin.closed, "standard input is left open"


def test_stdin_is_named_in_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"cost \xff")))
    with pytest.raises(FileDecodeError) as info:
        read_text("-")
    assert info.value.path == "<stdin>" and info.value.offset == 5


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "utf-32", "latin-1", "cp1252", "shift_jis"]


def _outcome(read: Callable[[], str]) -> tuple[object, ...]:
    """What a reader gives: its text, or the class, offset and message of its error."""
    try:
        return ("text", read())
    except InputFileError as exc:
        return (type(exc), exc.offset, str(exc))


@settings(max_examples=300, deadline=None)
@given(
    mark=st.sampled_from([b"", *MARKS]),
    # past the first 8 KiB, which are judged whole, the blocks are decoded one by one
    pad=st.sampled_from([b"", b"p" * SNIFF_BYTES, "p".encode("utf-16-le") * SNIFF_BYTES]),
    body=st.one_of(st.binary(max_size=40), st.text(max_size=20).map(lambda text: text.encode("utf-16-le"))),
    encoding=st.sampled_from(ENCODINGS),
    errors=st.sampled_from(["strict", "replace"]),
    chunk_size=st.integers(min_value=1, max_value=64),
)
def test_read_document_reads_as_the_command_line_reads(
    tmp_path_factory: pytest.TempPathFactory,
    mark: bytes,
    pad: bytes,
    body: bytes,
    encoding: str,
    errors: str,
    chunk_size: int,
) -> None:
    # a Dask worker (read_document, the file whole) and the command line (read_chunks, in blocks)
    # give the same text or the same error, offsets included
    data = mark + pad + body
    path = _write(tmp_path_factory.mktemp("doc"), data)
    whole = _outcome(lambda: read_document(path, encoding=encoding, errors=errors))
    chunked = _outcome(lambda: "".join(read_chunks(path, encoding=encoding, errors=errors, chunk_size=chunk_size)))
    assert whole == chunked


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=40), encoding=st.sampled_from(ENCODINGS))
def test_read_document_decodes_as_bytes_decode_does(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, encoding: str
) -> None:
    # without a byte order mark or a NUL byte, the text is what bytes.decode gives
    assume(b"\0" not in data and not any(data.startswith(mark) for mark in MARKS))
    path = _write(tmp_path_factory.mktemp("doc"), data)
    try:
        expected = data.decode(encoding)
    except UnicodeDecodeError as exc:
        with pytest.raises(FileDecodeError) as info:
            read_document(path, encoding=encoding)
        assert (info.value.start, info.value.end, info.value.reason) == (exc.start, exc.end, exc.reason)
        assert info.value.path == path
    else:
        assert read_document(path, encoding=encoding) == expected
    assert read_document(path, encoding=encoding, errors="replace") == data.decode(encoding, "replace")


def test_read_document_refuses_binary_files_and_dash_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("-").write_bytes(b"$5\0and \xc2\xa38")
    with pytest.raises(BinaryFileError) as info:
        read_document("-")
    assert (info.value.path, info.value.offset, info.value.suggested_encoding) == ("-", 2, None)
    assert read_document("-", errors="replace") == "$5\0and £8"


def test_read_document_refuses_a_directory_as_the_command_line_does(tmp_path: Path) -> None:
    with pytest.raises(InputFileError) as whole:
        read_document(str(tmp_path))
    with pytest.raises(InputFileError) as chunked:
        read_text(str(tmp_path))
    assert str(whole.value) == str(chunked.value) == f"{str(tmp_path)!r}: is a directory"
    assert not isinstance(whole.value, OSError)


def test_read_document_opens_urls_with_fsspec(tmp_path: Path) -> None:
    pytest.importorskip("fsspec", reason="fsspec comes with the dask extra")
    path = _write(tmp_path, "Rmb72.5bn (£8bn)".encode())
    assert read_document(Path(path).as_uri()) == "Rmb72.5bn (£8bn)"


def test_decoder_refuses_an_unknown_encoding() -> None:
    with pytest.raises(LookupError):
        TextDecoder("a.txt", "klingon")


def test_importing_files_loads_nothing_heavy() -> None:
    code = (
        "import sys, moneyparse.files\n"
        "print(','.join(m for m in ('fsspec', 'dask', 'rates', 'moneyparse.scanner', 'moneyparse.lexicon') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet="ab\n\r€", max_size=200), picks=st.lists(st.integers(min_value=0, max_value=200)))
def test_line_numbers_of_a_whole_text(text: str, picks: list[int]) -> None:
    from moneyparse.files import line_numbers

    offsets = sorted(p for p in picks if p < len(text))
    assert line_numbers(text, offsets) == [text.count("\n", 0, offset) + 1 for offset in offsets]


# -- byte order marks, UTF-16 without one, stray NUL bytes ----------------------------------------

SENTENCE = "Capex hit Rmb72.5bn (£8bn), 3800亿元."


@pytest.mark.parametrize(
    ("mark", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
@pytest.mark.parametrize("asked", ["utf-8", "utf-16", "utf-8-sig", "utf-32-be"])
@pytest.mark.parametrize("chunk_size", [1, 3, 1 << 20])
def test_a_byte_order_mark_decides_and_is_no_part_of_the_text(
    tmp_path: Path, mark: bytes, encoding: str, asked: str, chunk_size: int
) -> None:
    path = _write(tmp_path, mark + (SENTENCE * 300).encode(encoding))
    text = "".join(read_chunks(path, encoding=asked, chunk_size=chunk_size))
    assert text == SENTENCE * 300, "offsets count the characters after the mark"
    assert read_document(path, encoding=asked) == text


def test_a_mark_is_left_alone_when_another_encoding_is_asked_for(tmp_path: Path) -> None:
    path = _write(tmp_path, codecs.BOM_UTF8 + b"cost \xa38")
    assert read_text(path, encoding="latin-1") == "\xef\xbb\xbfcost £8"


def test_offsets_of_invalid_bytes_count_the_mark(tmp_path: Path) -> None:
    path = _write(tmp_path, codecs.BOM_UTF8 + b"cost \xff")
    with pytest.raises(FileDecodeError) as info:
        read_text(path)
    assert info.value.offset == 8, "a byte offset in the file"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("sentence", [SENTENCE, "Выручка составила 1,23 млрд рублей.", "It cost $5."])
def test_utf16_without_a_mark_says_which_encoding_to_read_it_with(
    tmp_path: Path, encoding: str, sentence: str
) -> None:
    path = _write(tmp_path, (sentence + "\n").encode(encoding) * 3)
    for read in (lambda: read_text(path), lambda: read_document(path)):
        with pytest.raises(BinaryFileError) as info:
            read()
        assert info.value.suggested_encoding == encoding
        assert str(info.value) == (
            f"{path!r}: looks like {encoding.upper()} text without a byte order mark: "
            f"read it with --encoding {encoding}"
        )
    assert read_text(path, encoding=encoding) == (sentence + "\n") * 3


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        bytes(range(256)) * 8,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00\x17\x8a" * 300,
        b"It cost $5." + b"\0" + "And €8 more.".encode() * 20,
    ],
    ids=["png", "bytes", "zip", "stray-nul"],
)
def test_binary_files_get_no_encoding_to_try(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(BinaryFileError) as info:
        read_text(_write(tmp_path, data))
    assert info.value.suggested_encoding is None and "binary file" in str(info.value)


def test_a_stray_nul_is_kept_with_errors_replace(tmp_path: Path) -> None:
    data = b"It cost $5.\0 And \xff \xe2\x82\xac8 more.\n"
    path = _write(tmp_path, data)
    with pytest.raises(BinaryFileError) as info:
        read_text(path)
    assert info.value.offset == 11
    expected = "It cost $5.\0 And \ufffd €8 more.\n"
    assert read_text(path, errors="replace") == expected == read_document(path, errors="replace")
    assert "".join(read_chunks(path, errors="replace", chunk_size=2)) == expected


def test_a_nul_byte_past_the_first_8_kib_is_read_as_text_by_both_readers(tmp_path: Path) -> None:
    data = b"p" * SNIFF_BYTES + b"$5\0"
    path = _write(tmp_path, data)
    assert read_text(path) == read_document(path) == data.decode("ascii")
