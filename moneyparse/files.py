"""Reading text files: the one place where the bytes of a file become text.

The command line and :mod:`moneyparse.dask` read every file through this module:

* :class:`TextDecoder` turns the bytes of one file into text, block by block: the encoding (a
  byte order mark decides among UTF-8, UTF-16 and UTF-32, and is no part of the text), the
  policy for invalid bytes (``errors``), the refusal of a binary file (a NUL byte in the first
  8 KiB, except in UTF-16 and UTF-32, whose text holds NUL bytes, and except with
  ``errors="replace"``), with the encoding to try when the bytes look like UTF-16 without a
  mark, and the byte offset *in the file* of the first invalid byte however the file was cut
  into blocks.  Whatever is decided from the bytes themselves belongs in this class, so that
  every reader below gets it at once.
* :func:`read_chunks` streams a file, or standard input (``-``), in blocks of
  :data:`CHUNK_SIZE` bytes; :func:`read_text` reads it whole with the same checks.  This is how
  the command line reads.
* :func:`read_document` reads one whole file, or an fsspec URL (``s3://bucket/key``), as a Dask
  worker does: the same decoding and checks, and ``-`` is a file name like any other.
* :class:`LineCounter` numbers the lines of offsets into a stream of chunks, in bounded memory;
  :func:`line_numbers` those of offsets into one whole text.

Decoding errors are :class:`~moneyparse.errors.FileDecodeError`, binary files
:class:`~moneyparse.errors.BinaryFileError`, a directory given as a file
:class:`~moneyparse.errors.InputFileError`; a file that cannot be opened raises its ``OSError``.
Importing this module loads only the standard library (fsspec on the first URL).
"""

from __future__ import annotations

import codecs
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO

from moneyparse.errors import BinaryFileError, FileDecodeError, InputFileError

__all__ = [
    "CHUNK_SIZE",
    "SNIFF_BYTES",
    "STDIN_NAME",
    "UNICODE_ENCODINGS",
    "LineCounter",
    "TextDecoder",
    "byte_order_mark",
    "display_name",
    "is_url",
    "line_numbers",
    "read_chunks",
    "read_document",
    "read_text",
    "wide_encoding_of",
]

#: Bytes read from a file at a time: memory for one file is a small multiple of this.
CHUNK_SIZE = 1 << 20

#: How the standard input is named in records and messages.
STDIN_NAME = "<stdin>"

# Encodings whose text holds NUL bytes legitimately: no binary sniffing for them.
_WIDE_ENCODINGS = ("utf-16", "utf-32")

#: The encodings among which a byte order mark decides: asked for one of them (utf-8 is the
#: default), a file that starts with a mark is read in the encoding the mark names.
UNICODE_ENCODINGS = frozenset(
    {"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
)

#: Byte order marks and the encodings they name; UTF-32 LE before UTF-16 LE, whose mark begins it.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Bytes at the start of a file that are looked at for NUL bytes (a binary file, or UTF-16 without
#: a byte order mark: :func:`wide_encoding_of`), however the file is read: in blocks of any size
#: or whole.
SNIFF_BYTES = 8192


def display_name(path: str) -> str:
    """How a path is named in records and messages (``-`` is :data:`STDIN_NAME`)."""
    return STDIN_NAME if path == "-" else path


def is_url(path: str) -> bool:
    """True when :func:`read_document` opens ``path`` with fsspec (``s3://...``, ``file://...``)."""
    return "://" in path


def byte_order_mark(head: bytes) -> tuple[int, str] | None:
    """``(length, encoding)`` of the byte order mark that ``head`` starts with, if any."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if head.startswith(mark):
            return len(mark), encoding
    return None


def wide_encoding_of(block: bytes) -> str | None:
    """The UTF-16 or UTF-32 byte order that bytes without a mark look like, or ``None``.

    Text of the Latin script in UTF-16 has a NUL byte in every other position: the odd ones in
    little-endian order (``$\0``5\0``), the even ones in big-endian.  In UTF-32 two or three of
    every four bytes are NUL, in the same two orders.  A binary file has NUL bytes at even and
    odd positions alike, and a text with a stray NUL byte has one or two.  Only the first 8 KiB
    are looked at; fewer than four NUL bytes in the right places decide nothing.
    """
    sample = block[:SNIFF_BYTES]
    quads = len(sample) // 4
    if quads >= 2:
        share = [sample[k : quads * 4 : 4].count(0) / quads for k in range(4)]
        if share[2] >= 0.95 and share[3] >= 0.95 and share[0] < 0.5:
            return "utf-32-le"
        if share[0] >= 0.95 and share[1] >= 0.95 and share[3] < 0.5:
            return "utf-32-be"
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even = sample[0 : pairs * 2 : 2].count(0)
    odd = sample[1 : pairs * 2 : 2].count(0)
    enough = max(4, pairs / 10)  # a stray NUL byte in a text makes no UTF-16
    if odd >= enough and even * 10 <= odd:
        return "utf-16-le"
    if even >= enough and odd * 10 <= even:
        return "utf-16-be"
    return None


class TextDecoder:
    """The bytes of one file decoded block by block, with the offsets of errors in the file.

    ``name`` is how errors name the file.  Feed the blocks in order to :meth:`decode`, the last
    call with ``final=True`` (an empty block may be that call).

    * A byte order mark at the start decides the encoding when ``encoding`` is one of
      :data:`UNICODE_ENCODINGS` (the mark of UTF-8, UTF-16 or UTF-32, either byte order), and is
      not part of the text: offsets count the characters after it.  Another encoding asked for
      (``latin-1``) is used as it is.
    * With ``refuse_binary`` and ``errors="strict"``, a NUL byte in the first 8 KiB raises
      :class:`BinaryFileError` (not for UTF-16 and UTF-32, whose text holds NUL bytes); when the
      bytes look like UTF-16 or UTF-32 without a mark (:func:`wide_encoding_of`), the error says
      which encoding to read them with (``suggested_encoding``).  With ``errors="replace"`` a NUL
      byte is read as the character U+0000.
    * With ``errors="strict"`` invalid bytes raise :class:`FileDecodeError` naming their byte
      offset in the whole file (the mark included), also when a character is cut between two
      blocks; ``errors="replace"`` reads on with U+FFFD.

    An unknown encoding raises ``LookupError`` here.
    """

    def __init__(
        self, name: str, encoding: str = "utf-8", errors: str = "strict", *, refuse_binary: bool = True
    ) -> None:
        self.name = name
        self.asked = codecs.lookup(encoding).name
        self.errors = errors
        self.encoding = encoding
        self.mark = 0  # bytes of the byte order mark skipped
        self._refuse_binary = refuse_binary
        self._head: bytes | None = b""  # the first bytes, held until they can be judged
        self._decoder: codecs.IncrementalDecoder | None = None
        self._sniff = False
        self._consumed = 0
        codecs.getincrementaldecoder(encoding)  # an unknown encoding fails here

    def _start(self, encoding: str) -> None:
        """Decode from now on in ``encoding``."""
        self.encoding = encoding
        self._decoder = codecs.getincrementaldecoder(encoding)(self.errors)
        wide = codecs.lookup(encoding).name.startswith(_WIDE_ENCODINGS)
        self._sniff = self._refuse_binary and self.errors == "strict" and not wide

    def decode(self, block: bytes, final: bool = False) -> str:
        """The text of ``block``, with what earlier blocks left undecoded (a cut character).

        The first :data:`SNIFF_BYTES` bytes are held until they are all here (or the file ends):
        the text comes when they can be judged.  The text is what ``bytes.decode`` gives for
        the bytes after the mark: UTF-16 or UTF-32 asked for without a byte order mark is read in
        the machine's byte order, in blocks too (the codec's own block-by-block reader refuses
        such a file).
        """
        whole = False
        if self._head is not None:  # held until its byte order mark and NUL bytes can be judged
            head = self._head + block
            if len(head) < SNIFF_BYTES and not final:
                self._head = head
                return ""
            self._head = None
            found = byte_order_mark(head) if self.asked in UNICODE_ENCODINGS else None
            if found is None and self.asked in ("utf-16", "utf-32"):
                # no mark: the machine's byte order, as bytes.decode reads it (the codec's
                # block-by-block reader would refuse the file)
                self._start(f"{self.asked}-{'le' if sys.byteorder == 'little' else 'be'}")
            elif found is None:
                self._start(self.encoding)
            else:
                self.mark, encoding = found
                self._start(encoding)
                self._consumed = self.mark
            block = head[self.mark :]
            whole = final  # the whole file is here
            if self._sniff and b"\0" in block[:SNIFF_BYTES]:
                self._refuse(block[:SNIFF_BYTES])
        assert self._decoder is not None
        state = self._decoder.getstate()
        pending = len(state[0]) if isinstance(state, tuple) and isinstance(state[0], bytes) else 0
        try:
            text = block.decode(self.encoding, self.errors) if whole else self._decoder.decode(block, final)
        except UnicodeDecodeError as exc:
            # the codec counts from the start of the bytes it still held from the block before
            base = self._consumed - pending
            raise FileDecodeError(self.name, base + exc.start, self.encoding, exc.reason, base + exc.end) from None
        self._consumed += len(block)
        return text

    def _refuse(self, block: bytes) -> None:
        """Raise :class:`BinaryFileError` for the first bytes (after a mark), which hold a NUL byte."""
        offset = self._consumed + block.index(b"\0")
        wide = wide_encoding_of(block)
        if wide is None:
            raise BinaryFileError(self.name, offset)
        reason = f"looks like {wide.upper()} text without a byte order mark: read it with --encoding {wide}"
        raise BinaryFileError(self.name, offset, reason, suggested_encoding=wide)


@contextmanager
def _local_stream(path: str) -> Iterator[IO[bytes]]:
    """The bytes of a local file, or of standard input for ``-`` (left open); no directory."""
    if path == "-":
        yield sys.stdin.buffer
        return
    if os.path.isdir(path):
        raise InputFileError(path, 0, "is a directory")
    with open(path, "rb") as stream:
        yield stream


def read_chunks(
    path: str,
    *,
    encoding: str = "utf-8",
    errors: str = "strict",
    chunk_size: int = CHUNK_SIZE,
    on_bytes: Callable[[int], None] | None = None,
) -> Iterator[str]:
    """The text of ``path`` (``-``: standard input) decoded in chunks of ``chunk_size`` bytes.

    No chunk is empty.  Raises :class:`BinaryFileError` when the first chunk holds a NUL byte,
    :class:`FileDecodeError` naming the byte offset of the first invalid byte (with
    ``errors="strict"``), and :class:`InputFileError` for a directory.  ``on_bytes`` is called
    with the size of every block read.
    """
    decoder = TextDecoder(display_name(path), encoding, errors)
    with _local_stream(path) as stream:
        while True:
            block = stream.read(chunk_size)
            final = not block
            text = decoder.decode(block, final)
            if on_bytes is not None and block:
                on_bytes(len(block))
            if text:
                yield text
            if final:
                return


def read_text(path: str, *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """The whole text of ``path``, with the checks of :func:`read_chunks`."""
    return "".join(read_chunks(path, encoding=encoding, errors=errors))


def read_document(path: str, *, encoding: str = "utf-8", errors: str = "strict") -> str:
    """The whole text of a local file or an fsspec URL, as a Dask worker reads it.

    It is decoded as :func:`read_chunks` decodes it, with the same checks and errors: a byte
    order mark, a binary file (:class:`BinaryFileError`), a directory (:class:`InputFileError`),
    invalid bytes (:class:`FileDecodeError`, naming ``path`` as given and the byte offset in
    the file).  ``-`` is a file name, not standard input.  A URL needs fsspec (installed with
    the ``dask`` extra).
    """
    try:
        if is_url(path):
            import fsspec

            with fsspec.open(path, "rb") as handle:
                data = handle.read()
        else:
            if os.path.isdir(path):
                raise IsADirectoryError(21, "Is a directory", path)
            with open(path, "rb") as handle:
                data = handle.read()
    except IsADirectoryError:
        raise InputFileError(path, 0, "is a directory") from None
    return TextDecoder(path, encoding, errors).decode(data, final=True)


class LineCounter:
    """Line numbers of offsets into a stream of chunks, with memory bounded by a window.

    Pass the chunks through :meth:`feed`, then ask :meth:`line_of` for offsets in increasing
    order.  Only text within ``window`` characters of the newest chunk is kept.  A line ends
    with ``\\n``.
    """

    def __init__(self, window: int) -> None:
        self._chunks: deque[tuple[int, str]] = deque()
        self._end = 0
        self._pos = 0
        self._line = 1
        self._window = window

    def feed(self, chunks: Iterable[str]) -> Iterator[str]:
        """Yield ``chunks`` unchanged, keeping what :meth:`line_of` needs."""
        for chunk in chunks:
            start = self._end
            self._chunks.append((start, chunk))
            self._end += len(chunk)
            if start - self._pos > self._window:
                self._advance(start - self._window)
            yield chunk

    def line_of(self, offset: int) -> int:
        """The 1-based line of the character at ``offset`` (never below an earlier offset)."""
        if offset < self._pos:
            raise ValueError(f"offset {offset!r} precedes the retained text at {self._pos!r}")
        self._advance(offset)
        return self._line

    def _advance(self, target: int) -> None:
        while self._chunks:
            start, text = self._chunks[0]
            stop = start + len(text)
            if target < stop:
                self._line += text.count("\n", self._pos - start, target - start)
                self._pos = target
                return
            self._line += text.count("\n", self._pos - start)
            self._pos = stop
            self._chunks.popleft()


def line_numbers(text: str, offsets: Iterable[int]) -> list[int]:
    """The 1-based line of ``text`` at each offset (in increasing order), as :class:`LineCounter` counts."""
    counter = LineCounter(window=len(text) + 1)
    for _ in counter.feed((text,)):
        pass
    return [counter.line_of(offset) for offset in offsets]
