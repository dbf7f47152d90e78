"""Reading text files: the one place where the bytes of a file become text.

The command line and :mod:`moneyparse.dask` read every file through this module:

* :class:`TextDecoder` turns the bytes of one file into text, block by block: the encoding, the
  policy for invalid bytes (``errors``), the refusal of a binary file (a NUL byte in the first
  block, except in UTF-16 and UTF-32, whose text holds NUL bytes), and the byte offset *in the
  file* of the first invalid byte however the file was cut into blocks.  Whatever is decided from
  the bytes themselves (a byte order mark, a hint of UTF-16) belongs in this class, so that every
  reader below gets it at once.
* :func:`read_chunks` streams a file, or standard input (``-``), in blocks of
  :data:`CHUNK_SIZE` bytes; :func:`read_text` reads it whole with the same checks.  This is how
  the command line reads.
* :func:`read_document` reads one whole file, or an fsspec URL (``s3://bucket/key``), as a Dask
  worker does: no binary check, and ``-`` is a file name like any other.
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
    "STDIN_NAME",
    "LineCounter",
    "TextDecoder",
    "display_name",
    "is_url",
    "line_numbers",
    "read_chunks",
    "read_document",
    "read_text",
]

#: Bytes read from a file at a time: memory for one file is a small multiple of this.
CHUNK_SIZE = 1 << 20

#: How the standard input is named in records and messages.
STDIN_NAME = "<stdin>"

# Encodings whose text holds NUL bytes legitimately: no binary sniffing for them.
_WIDE_ENCODINGS = ("utf_16", "utf_32")


def display_name(path: str) -> str:
    """How a path is named in records and messages (``-`` is :data:`STDIN_NAME`)."""
    return STDIN_NAME if path == "-" else path


def is_url(path: str) -> bool:
    """True when :func:`read_document` opens ``path`` with fsspec (``s3://...``, ``file://...``)."""
    return "://" in path


class TextDecoder:
    """The bytes of one file decoded block by block, with the offsets of errors in the file.

    ``name`` is how errors name the file.  Feed the blocks in order to :meth:`decode`, the last
    call with ``final=True`` (an empty block may be that call).  With ``refuse_binary`` a NUL
    byte in the first block raises :class:`BinaryFileError` (not for UTF-16 and UTF-32).  With
    ``errors="strict"`` invalid bytes raise :class:`FileDecodeError` naming their byte offset in
    the whole file, also when a character is cut between two blocks; ``errors="replace"`` reads
    on with U+FFFD.  An unknown encoding raises ``LookupError`` here.
    """

    def __init__(
        self, name: str, encoding: str = "utf-8", errors: str = "strict", *, refuse_binary: bool = True
    ) -> None:
        self.name = name
        self.encoding = encoding
        self.errors = errors
        wide = codecs.lookup(encoding).name.replace("-", "_").startswith(_WIDE_ENCODINGS)
        self._decoder = codecs.getincrementaldecoder(encoding)(errors)
        self._sniff = refuse_binary and not wide
        self._consumed = 0
        self._fresh = True

    def decode(self, block: bytes, final: bool = False) -> str:
        """The text of ``block``, with what earlier blocks left undecoded (a cut character).

        A file given whole (one call, ``final=True``) is decoded as ``bytes.decode`` decodes it:
        UTF-16 or UTF-32 without a byte order mark is read in the machine's byte order, where the
        codec's block-by-block reader refuses it.
        """
        whole = final and self._fresh
        self._fresh = False
        if self._sniff:
            self._sniff = False
            if b"\0" in block:
                raise BinaryFileError(self.name, block.index(b"\0"))
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

    Byte offsets of a :class:`FileDecodeError` are offsets in the file and the error names
    ``path`` as given.  There is no binary check and ``-`` is a file name.  A URL needs fsspec
    (installed with the ``dask`` extra).
    """
    if is_url(path):
        import fsspec

        with fsspec.open(path, "rb") as handle:
            data = handle.read()
    else:
        with open(path, "rb") as handle:
            data = handle.read()
    return TextDecoder(path, encoding, errors, refuse_binary=False).decode(data, final=True)


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
