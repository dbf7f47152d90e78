"""Where results go: atomic output files, the record writers, the progress bar.

:func:`atomic_output` gives stdout, or a file that appears whole or not at all.  The writers
stream ``extract`` records as JSON lines, one JSON array, CSV or an aligned table for people;
:class:`_Progress` draws one line on a terminal stderr.  Nothing here imports more than the
standard library until it is used.
"""

from __future__ import annotations

import abc
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from typing import IO, Any

from moneyparse.cli.formatting import _grouped, _shown, _significant_digits
from moneyparse.cli.report import GATE
from moneyparse.errors import UsageError


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """A text stream that becomes the file ``path`` whole when the block ends without error.

    The text goes to a temporary file in the same directory, renamed over ``path`` at the end;
    on any error the temporary file is removed and ``path`` is left as it was.  ``None`` or
    ``-`` is stdout.
    """
    if path is None or path == "-":
        yield sys.stdout
        with GATE:
            sys.stdout.flush()
        return
    import tempfile

    if os.path.isdir(path):
        raise UsageError(f"cannot write {path!r}: is a directory", path)
    target = os.path.abspath(path)
    try:
        mode = os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    temporary: str | None = None
    try:
        # a signal between making the file and holding its name would leave it behind: it waits
        # (GATE) until the name is held, and is raised here, inside the cleanup's reach
        with GATE:
            fd, temporary = tempfile.mkstemp(
                prefix=f".{os.path.basename(target)}.", suffix=".part", dir=os.path.dirname(target)
            )
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass
        raise


class _GatedStream:
    """A text stream whose writes finish before Ctrl-C or SIGTERM is raised (:data:`GATE`).

    The writers write through it, so that a signal never cuts a record, or the end of a JSON
    array, in two.
    """

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` whole, then let a signal that came meanwhile through."""
        with GATE:
            return self._stream.write(text)

    def flush(self) -> None:
        """Flush the stream, as :meth:`write` writes."""
        with GATE:
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _refuse_an_input_as_output(output: str | None, files: list[str]) -> None:
    """Raise :class:`UsageError` when ``-o`` names one of the input files.

    The output would replace the article with its own records.  Paths are compared once their
    links are resolved, and, when the output exists, as files (a hard link, another mount of
    the same directory).
    """
    if output in (None, "-"):
        return
    target = os.path.realpath(output)
    exists = os.path.exists(output)
    for path in files:
        if path == "-":
            continue
        same = os.path.realpath(path) == target
        if not same and exists:
            try:
                same = os.path.samefile(path, output)
            except OSError:  # a missing input is reported when it is read
                same = False
        if same:
            what = "is" if path == output else "is the same file as"
            raise UsageError(
                f"output {output!r} {what} the input {path!r}: writing it would replace the text", output
            )


def _isatty(stream: object) -> bool:
    """True when ``stream`` is a terminal."""
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False



def _display_width(text: str) -> int:
    """Columns that ``text`` takes in a terminal.

    East Asian wide and fullwidth characters (``亿``, ``￥``) take two, combining marks (the
    accent of ``é`` written as ``e`` and U+0301), enclosing marks and format characters (a zero
    width joiner, a soft hyphen) none, every other character one.
    """
    if text.isascii():
        return len(text)
    import unicodedata

    width = 0
    for ch in text:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    return width


class _Writer(abc.ABC):
    """Writes extract records in one format, streaming: nothing is kept after it is written."""

    def __init__(self, out: IO[str], fields: Sequence[str]) -> None:
        self.out = out
        self.fields = list(fields)

    @abc.abstractmethod
    def write(self, record: dict[str, Any]) -> None:
        """Write one record."""

    def close(self) -> None:  # noqa: B027 (a hook with a default, which most writers keep)
        """Write whatever ends the output (nothing by default)."""

    def close_quietly(self) -> None:
        """End the output after a failure: :meth:`close`, ignoring an output that fails too."""
        try:
            self.close()
            self.out.flush()
        except (OSError, ValueError):
            pass


class _JsonLinesWriter(_Writer):
    """One JSON object per line."""

    def __init__(self, out: IO[str], fields: Sequence[str]) -> None:
        import json

        super().__init__(out, fields)
        self._dumps = json.dumps

    def write(self, record: dict[str, Any]) -> None:
        """Write one record as one line."""
        self.out.write(self._dumps(record, ensure_ascii=False) + "\n")


class _JsonWriter(_Writer):
    """One JSON array, one record per line, written as the records come."""

    def __init__(self, out: IO[str], fields: Sequence[str]) -> None:
        import json

        super().__init__(out, fields)
        self._dumps = json.dumps
        self._count = 0

    def write(self, record: dict[str, Any]) -> None:
        """Write one element of the array."""
        self.out.write(("[\n  " if self._count == 0 else ",\n  ") + self._dumps(record, ensure_ascii=False))
        self._count += 1

    def close(self) -> None:
        """Close the array (``[]`` when there was no record)."""
        self.out.write("[]\n" if self._count == 0 else "\n]\n")


#: Fields of the extract records whose values are numbers the command line writes itself:
#: never guarded (:data:`FORMULA_STARTS`), so that a spreadsheet still reads ``-13200000`` as a
#: number.
NUMBER_FIELDS = frozenset(
    {"start", "end", "line", "amount", "high", "converted", "converted_high", "rate", "scale", "precision"}
)
#: What a spreadsheet takes for the start of a formula (OWASP's list for CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _CsvWriter(_Writer):
    """CSV with a header row; an empty cell for ``None``, a list as its items and spaces.

    A text cell (any field but :data:`NUMBER_FIELDS`) that starts as a formula would in a
    spreadsheet (``=HYPERLINK(...)``, ``-€13.2 million``, ``@SUM``) gets a leading ``'``, as
    OWASP recommends against CSV injection: the spreadsheet shows the text, and runs nothing.
    ``excel`` writes what Excel opens as UTF-8 without asking: a byte order mark and CRLF line
    ends.
    """

    def __init__(
        self, out: IO[str], fields: Sequence[str], *, excel: bool = False, numbers: frozenset[str] = NUMBER_FIELDS
    ) -> None:
        """``numbers`` names the fields whose cells are numbers, never guarded."""
        import csv

        super().__init__(out, fields)
        if excel:
            out.write("\ufeff")
        self._writer = csv.writer(out, lineterminator="\r\n" if excel else "\n")
        self._numbers = [field in numbers for field in self.fields]
        self._writer.writerow(self.fields)

    def write(self, record: dict[str, Any]) -> None:
        """Write one row."""
        self._writer.writerow(
            [self._cell(record[f], number) for f, number in zip(self.fields, self._numbers, strict=True)]
        )

    @staticmethod
    def _cell(value: Any, number: bool) -> Any:
        """The CSV cell of one value (a text guarded against formulas, unless ``number``)."""
        if value is None:
            return ""
        if isinstance(value, list):
            value = " ".join(value)
        if not number and isinstance(value, str) and value.startswith(FORMULA_STARTS):
            return "'" + value
        return value


class _TableWriter(_Writer):
    """Aligned columns for people; widths come from the first rows, so output still streams."""

    SAMPLE_ROWS = 200

    def __init__(self, out: IO[str], fields: Sequence[str], *, show_file: bool, target: str | None) -> None:
        super().__init__(out, fields)
        self.columns: list[tuple[str, str, bool]] = []  # (key, header, right-aligned)
        if show_file:
            self.columns.append(("file", "FILE", False))
        self.columns += [
            ("line", "LINE", True),
            ("text", "TEXT", False),
            ("amount", "AMOUNT", True),
            ("currency", "CUR", False),
            ("qualifier", "QUALIFIER", False),
        ]
        if target is not None:
            self.columns.append(("converted", target, True))
        self._pending: list[list[str]] | None = []
        self._widths = [_display_width(header) for _, header, _ in self.columns]

    def _cells(self, record: dict[str, Any]) -> list[str]:
        """The cells of one record, whitespace runs of the text squeezed to one space."""
        cells = []
        for key, _, _ in self.columns:
            value = record.get(key)
            if key in ("amount", "converted"):
                cell = self._amount_cell(record, key)
            elif value is None:
                cell = ""
            else:
                cell = " ".join(str(value).split())
            cells.append(cell)
        return cells

    @staticmethod
    def _amount_cell(record: dict[str, Any], key: str) -> str:
        """An amount or range with grouped digits: the figure exactly, its conversion as :func:`_shown` rounds it."""
        low = record.get(key)
        if low is None:
            return "-" if key == "converted" else ""
        high = record.get("high" if key == "amount" else "converted_high")
        if key == "amount":
            text = _grouped(Decimal(low))
            return text if high is None else text + "–" + _grouped(Decimal(high))
        currency = record["converted_currency"]
        precision = None if record.get("precision") is None else Decimal(record["precision"])
        scale = record.get("scale")

        def shown(converted: str, figure: str) -> str:
            digits = _significant_digits(Decimal(figure), precision, scale)
            return _grouped(_shown(Decimal(converted), currency, digits))

        text = shown(low, record["amount"])
        if high is not None and record.get("high") is not None:
            text += "–" + shown(high, record["high"])
        return text

    def _emit(self, cells: list[str]) -> None:
        """Write one aligned line."""
        parts = []
        for (_, _, right), cell, width in zip(self.columns, cells, self._widths, strict=True):
            pad = " " * max(0, width - _display_width(cell))
            parts.append(pad + cell if right else cell + pad)
        self.out.write("  ".join(parts).rstrip() + "\n")

    def _flush_pending(self) -> None:
        """Fix the column widths from the waiting rows, then write the header and the rows."""
        if self._pending is None:
            return
        rows, self._pending = self._pending, None
        if not rows:
            return
        for row in rows:
            self._widths = [max(w, _display_width(c)) for w, c in zip(self._widths, row, strict=True)]
        self._emit([header for _, header, _ in self.columns])
        for row in rows:
            self._emit(row)

    def write(self, record: dict[str, Any]) -> None:
        """Write one row (the first rows wait until the column widths are known)."""
        cells = self._cells(record)
        if self._pending is not None:
            self._pending.append(cells)
            if len(self._pending) >= self.SAMPLE_ROWS:
                self._flush_pending()
            return
        self._widths = [max(w, _display_width(c)) for w, c in zip(self._widths, cells, strict=True)]
        self._emit(cells)

    def close(self) -> None:
        """Write the rows still waiting."""
        self._flush_pending()


class _Progress:
    """A one-line progress bar on a terminal stderr: bytes read, files done, mentions found."""

    WIDTH = 24
    INTERVAL = 0.1

    def __init__(self, total: int | None, files: int, stream: IO[str]) -> None:
        import time

        self._clock = time.monotonic
        self._stream = stream
        self._total = total
        self._files = files
        self._done = 0
        self._files_done = 0
        self._mentions = 0
        self._shown = False
        self._next = self._clock() + 0.3  # nothing for quick runs

    def bytes(self, count: int) -> None:
        """Count ``count`` more bytes read."""
        self._done += count
        self._draw()

    def file_done(self, size: int = 0) -> None:
        """Count one more file finished (and ``size`` bytes, when not counted already)."""
        self._files_done += 1
        self._done += size
        self._draw()

    def mention(self) -> None:
        """Count one more mention written."""
        self._mentions += 1
        if self._mentions % 1024 == 0:
            self._draw()

    def _draw(self) -> None:
        now = self._clock()
        if now < self._next:
            return
        self._next = now + self.INTERVAL
        mib = 1 << 20
        size = f"{self._done // mib}.{self._done % mib * 10 // mib}"
        if self._total:
            filled = min(self.WIDTH, self._done * self.WIDTH // self._total)
            percent = min(100, self._done * 100 // self._total)
            bar = "#" * filled + "." * (self.WIDTH - filled)
            size += f"/{self._total // mib}.{self._total % mib * 10 // mib} MiB"
            line = f"[{bar}] {percent:3d}%  {size}"
        else:
            line = f"{size} MiB"
        line += f"  {self._files_done}/{self._files} files  {self._mentions} mentions"
        try:
            self._stream.write("\r" + line + "\x1b[K")
            self._stream.flush()
            self._shown = True
        except (OSError, ValueError):
            pass

    def erase(self) -> None:
        """Erase the bar (before another line is written to its stream); it is drawn again later."""
        if self._shown:
            self._shown = False
            try:
                self._stream.write("\r\x1b[K")
                self._stream.flush()
            except (OSError, ValueError):
                pass

    def close(self) -> None:
        """Erase the bar."""
        self.erase()
