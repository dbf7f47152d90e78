"""The ``moneyparse`` command line: a thin front over :mod:`moneyparse` and :mod:`rates`.

Subcommands::

    moneyparse extract FILE... | -      every money mention (table, jsonl, json or csv)
    moneyparse convert PHRASE --to CUR  one amount at the rate of a day
    moneyparse check FILE | --sample    the conversions a text quotes against reference rates
    moneyparse rates BASE QUOTE         a reference rate, or a period average
    moneyparse rates update             refresh the rate history

Results go to stdout, errors to stderr as one line.  Exit status: 0 success, 1 ``check`` found
an inconsistent conversion, 2 a usage or input error, 130 interrupted, 141 stdout closed early.

Importing this module loads nothing beyond the standard library pieces it names: the extractor,
the rate history and babel are imported by the subcommand that needs them.
"""

from __future__ import annotations

import abc
import argparse
import functools
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import IO, TYPE_CHECKING, Any, NoReturn

from moneyparse.errors import (
    BinaryFileError,
    CommandLineError,
    FileDecodeError,
    InputFileError,
    MoneyParseError,
    UndecodableFileError,
    UsageError,
)
from moneyparse.files import CHUNK_SIZE, STDIN_NAME, LineCounter, read_chunks, read_text
from moneyparse.files import display_name as _display_name

if TYPE_CHECKING:  # pragma: no cover
    from moneyparse.mention import Mention

__all__ = [
    "main",
    "main_entry",
    "build_parser",
    "COMMANDS",
    "CommandLineError",
    "UsageError",
    "InputFileError",
    "BinaryFileError",
    "FileDecodeError",
    "UndecodableFileError",
]

PROG = "moneyparse"

EXIT_OK = 0
EXIT_INCONSISTENT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

#: Characters kept behind the newest chunk to number the lines of mentions the extractor yields late.
LINE_WINDOW = 1 << 22

#: Fields of one extract record, in output order.
FIELDS = ("text", "start", "end", "amount", "high", "currency", "qualifier", "file", "line")
#: Fields added by ``extract --to``.
CONVERSION_FIELDS = ("converted", "converted_high", "converted_currency", "rate", "rate_date")


# --------------------------------------------------------------------------------------------
# Argument types


def _date(text: str) -> date:
    """A ``YYYY-MM-DD`` date."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r} (expected YYYY-MM-DD)") from None


def _currency(text: str) -> str:
    """A three-letter ISO 4217 code, any case."""
    code = text.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise argparse.ArgumentTypeError(f"invalid currency code {text!r} (expected e.g. USD)")
    return code


def _percent(text: str) -> Decimal:
    """A non-negative percentage (``1``, ``0.5``, ``2%``) as a fraction (``Decimal('0.01')``)."""
    try:
        value = Decimal(text.strip().removesuffix("%"))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"invalid percentage {text!r} (expected e.g. 1 or 0.5)")
    return value / 100


def _positive_int(text: str) -> int:
    """An integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"invalid count {text!r} (expected a positive integer)")
    return value


def _encoding(text: str) -> str:
    """The canonical name of a text encoding Python knows."""
    import codecs

    try:
        return codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {text!r}") from None


def _assumption(text: str) -> tuple[str, str]:
    """``MARKER=CODE``: what an ambiguous marker means (``¥=JPY``)."""
    marker, sep, code = text.rpartition("=")
    if not sep or not marker:
        raise argparse.ArgumentTypeError(f"invalid assumption {text!r} (expected MARKER=CODE, e.g. ¥=JPY)")
    return marker, _currency(code)


# --------------------------------------------------------------------------------------------
# Parser


class _ArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors become :class:`UsageError` (one line, exit status 2)."""

    def error(self, message: str) -> NoReturn:
        """Raise the parse error instead of printing the usage and exiting."""
        raise UsageError(message)


COMMANDS = ("extract", "convert", "check", "rates")


def _add_reading_options(command: argparse.ArgumentParser) -> None:
    """``--encoding`` and ``--errors``, the same for every command that reads text files."""
    command.add_argument("--encoding", type=_encoding, default="utf-8", help="text encoding (default utf-8)")
    command.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="invalid bytes: stop with an error (strict, default) or read on (replace)",
    )


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of the ``moneyparse`` command line and its subcommands.

    ``only`` names the one subcommand to build (the others are left out, which keeps the start
    of a short command quick); ``None`` builds them all.
    """
    from moneyparse import __version__

    parser = _ArgumentParser(
        prog=PROG,
        description="Find money in text, convert it at the rate of its date, check quoted conversions.",
        epilog="Exit status: 0 ok, 1 check found an inconsistent conversion, 2 usage or input error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    if only in (None, "extract"):
        extract = commands.add_parser(
            "extract",
            help="every money mention of text files",
            description="Print every money mention of the files (- reads standard input).",
        )
        extract.add_argument("files", nargs="+", metavar="FILE", help="a text file, or - for standard input")
        extract.add_argument(
            "--format",
            choices=("table", "jsonl", "json", "csv"),
            help="output format (default: table on a terminal, jsonl otherwise)",
        )
        extract.add_argument("--to", type=_currency, metavar="CUR", help="add each amount converted to CUR")
        extract.add_argument("--on", type=_date, metavar="DATE", help="rate date for --to (default: latest)")
        extract.add_argument(
            "--assume",
            type=_assumption,
            action="append",
            default=[],
            metavar="MARKER=CODE",
            help="what an ambiguous marker means, e.g. ¥=JPY (repeatable)",
        )
        extract.add_argument("-o", "--output", metavar="FILE", help="write to FILE, whole or not at all")
        extract.add_argument("--workers", type=_positive_int, default=1, metavar="N", help="N local processes")
        extract.add_argument("--scheduler", metavar="ADDRESS", help="run on a dask cluster (dask extra)")
        _add_reading_options(extract)
        extract.add_argument(
            "--chunk-size", type=_positive_int, default=CHUNK_SIZE, metavar="BYTES", help="read size (1 MiB)"
        )
        extract.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
        extract.set_defaults(handler=_cmd_extract)

    if only in (None, "convert"):
        convert = commands.add_parser(
            "convert",
            help="convert one money phrase",
            description="Convert one money phrase (Rmb72.5bn, 100 USD, ¥380 billion) at a dated rate.",
        )
        convert.add_argument("phrase", metavar="PHRASE", help="a money phrase")
        convert.add_argument("--to", type=_currency, required=True, metavar="CUR", help="target currency")
        convert.add_argument("--on", type=_date, metavar="DATE", help="rate date (default: latest)")
        convert.add_argument("--format", choices=("text", "json"), default="text", help="output format")
        convert.add_argument("--locale", metavar="L", help="format the amounts for people in locale L (de_DE)")
        convert.add_argument("--assume", type=_currency, metavar="CODE", help="the currency of an ambiguous marker")
        convert.set_defaults(handler=_cmd_convert)

    if only in (None, "check"):
        check = commands.add_parser(
            "check",
            help="check the conversions a text quotes",
            description="Check every conversion a text quotes (Rmb72.5bn (£8bn)) against reference rates. "
            "Exit status 1 when some conversion is inconsistent.",
        )
        check.add_argument("file", nargs="?", metavar="FILE", help="a text file, or - for standard input")
        check.add_argument("--sample", action="store_true", help="check the built-in sample article")
        check.add_argument("--published", type=_date, metavar="DATE", help="publication date of the text")
        check.add_argument("--tolerance", type=_percent, metavar="PCT", help="allowed deviation in percent")
        check.add_argument("--format", choices=("table", "json"), default="table", help="output format")
        _add_reading_options(check)
        check.set_defaults(handler=_cmd_check)

    if only in (None, "rates"):
        rates_cmd = commands.add_parser(
            "rates",
            help="reference rates",
            description="Print the rate of BASE in QUOTE (QUOTE per 1 BASE) on a day or averaged over a "
            "period; 'rates update' refreshes the rate history.",
        )
        rates_cmd.add_argument("base", metavar="BASE|update", help="base currency, or 'update'")
        rates_cmd.add_argument("quote", nargs="?", metavar="QUOTE", help="quote currency")
        rates_cmd.add_argument("--on", type=_date, metavar="DATE", help="the day (default: latest)")
        rates_cmd.add_argument("--from", dest="start", type=_date, metavar="DATE", help="first day of a period")
        rates_cmd.add_argument("--to", dest="end", type=_date, metavar="DATE", help="last day of a period")
        rates_cmd.add_argument("--format", choices=("text", "json"), default="text", help="output format")
        rates_cmd.set_defaults(handler=_cmd_rates)
    return parser


# --------------------------------------------------------------------------------------------
# Entry points


def _command_of(arguments: Sequence[str]) -> str | None:
    """The subcommand that ``arguments`` name first, when they start with one."""
    if arguments and arguments[0] in COMMANDS:
        return arguments[0]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``) and return its exit status.

    Errors are reported as one line on stderr (``moneyparse: error: ...``) with status 2; a closed
    stdout ends the command quietly with status 141.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(_command_of(arguments)).parse_args(arguments)
        handler: Callable[[argparse.Namespace], int] = args.handler
        status = handler(args)
        sys.stdout.flush()
        return status
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USAGE)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        _report("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        message = _describe(exc)
        if message is None:
            raise
        _report(message)
        return EXIT_USAGE


def main_entry() -> None:
    """The console script: run :func:`main` on the process arguments and exit with its status."""
    sys.exit(main(sys.argv[1:]))


def _report(message: str) -> None:
    """Write one error line to stderr."""
    line = " ".join(message.split())
    try:
        sys.stderr.write(f"{PROG}: error: {line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _warn(message: str) -> None:
    """Write one warning line to stderr."""
    try:
        sys.stderr.write(f"{PROG}: warning: {' '.join(message.split())}\n")
    except (OSError, ValueError):
        pass


def _silence_stdout() -> None:
    """Point stdout at the null device so that the final flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _describe(exc: BaseException) -> str | None:
    """The one-line message of an expected error, or ``None`` for a bug."""
    rates = sys.modules.get("rates")
    rates_error = getattr(rates, "RatesError", None)
    if isinstance(exc, FileDecodeError):
        return f"{exc}; --errors replace reads on"
    if isinstance(exc, MoneyParseError) or (rates_error is not None and isinstance(exc, rates_error)):
        return str(exc)
    if isinstance(exc, OSError):
        what = exc.strerror or str(exc)
        if exc.filename is not None:
            return f"{os.fsdecode(exc.filename)!r}: {what}"
        return what
    if isinstance(exc, UnicodeDecodeError):
        return f"invalid {exc.encoding} at byte {exc.start}"
    if isinstance(exc, (ValueError, LookupError)):
        return str(exc)
    return None


def _isatty(stream: object) -> bool:
    """True when ``stream`` is a terminal."""
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):
        return False


# --------------------------------------------------------------------------------------------
# Extracting from files (moneyparse.files reads and decodes them)


def extract_file(
    path: str,
    *,
    assume: dict[str, str] | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    chunk_size: int = CHUNK_SIZE,
    on_bytes: Callable[[int], None] | None = None,
) -> Iterator[tuple[Mention, int]]:
    """Every mention of the file at ``path`` with its 1-based line, streamed chunk by chunk."""
    import moneyparse

    # The extractor yields a mention once it has read some way past it (its block and context
    # margins, tens of kilobytes); the window keeps far more text than that behind the newest chunk.
    counter = LineCounter(window=2 * chunk_size + LINE_WINDOW)
    chunks = read_chunks(path, encoding=encoding, errors=errors, chunk_size=chunk_size, on_bytes=on_bytes)
    for mention in moneyparse.iter_extract(counter.feed(chunks), assume=assume):
        yield mention, counter.line_of(mention.start)


def _extract_whole_file(
    path: str, assume: dict[str, str] | None, encoding: str, errors: str, chunk_size: int
) -> list[tuple[Mention, int]]:
    """The mentions of one file with their lines, as a list (the unit of work of ``--workers``)."""
    return list(extract_file(path, assume=assume, encoding=encoding, errors=errors, chunk_size=chunk_size))


# --------------------------------------------------------------------------------------------
# Output


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """A text stream that becomes the file ``path`` whole when the block ends without error.

    The text goes to a temporary file in the same directory, renamed over ``path`` at the end;
    on any error the temporary file is removed and ``path`` is left as it was.  ``None`` or
    ``-`` is stdout.
    """
    if path is None or path == "-":
        yield sys.stdout
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
    fd, temporary = tempfile.mkstemp(
        prefix=f".{os.path.basename(target)}.", suffix=".part", dir=os.path.dirname(target)
    )
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def plain(value: Decimal | None) -> str | None:
    """An exact decimal as plain digits, never in exponent form (``7.25E+10`` -> ``72500000000``)."""
    if value is None:
        return None
    return format(value, "f")


def _grouped(value: Decimal, places: int | None = None) -> str:
    """A decimal for people: thousands grouped, optionally rounded to ``places`` decimals."""
    if places is not None:
        value = value.quantize(Decimal(1).scaleb(-places))
    return format(value, ",f")


def _display_width(text: str) -> int:
    """Columns that ``text`` takes in a terminal (East Asian wide characters count twice)."""
    if text.isascii():
        return len(text)
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class _Writer(abc.ABC):
    """Writes extract records in one format, streaming: nothing is kept after it is written."""

    def __init__(self, out: IO[str], fields: Sequence[str]) -> None:
        self.out = out
        self.fields = list(fields)

    @abc.abstractmethod
    def write(self, record: dict[str, Any]) -> None:
        """Write one record."""

    def close(self) -> None:
        """Write whatever ends the output (nothing by default)."""


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


class _CsvWriter(_Writer):
    """CSV with a header row; an empty cell for ``None``."""

    def __init__(self, out: IO[str], fields: Sequence[str]) -> None:
        import csv

        super().__init__(out, fields)
        self._writer = csv.writer(out, lineterminator="\n")
        self._writer.writerow(self.fields)

    def write(self, record: dict[str, Any]) -> None:
        """Write one row."""
        self._writer.writerow(["" if record[f] is None else record[f] for f in self.fields])


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
        """An amount or range with grouped digits; converted amounts rounded as their currency is written."""
        low = record.get(key)
        if low is None:
            return "-" if key == "converted" else ""
        high = record.get("high" if key == "amount" else "converted_high")
        places = _minor_digits(record["converted_currency"]) if key == "converted" else None
        text = _grouped(Decimal(low), places)
        if high is not None:
            text += "–" + _grouped(Decimal(high), places)
        return text

    def _emit(self, cells: list[str]) -> None:
        """Write one aligned line."""
        parts = []
        for (key, _, right), cell, width in zip(self.columns, cells, self._widths, strict=True):
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

    def close(self) -> None:
        """Erase the bar."""
        if self._shown:
            try:
                self._stream.write("\r\x1b[K")
                self._stream.flush()
            except (OSError, ValueError):
                pass


class _Converter:
    """Converts mentions to one currency, warning once per currency that has no rate."""

    def __init__(self, target: str, on: date | None) -> None:
        import rates

        self._rates = rates
        self.target = target
        self.on = on
        self._failed: set[str] = set()
        # An unknown target is an error of the command, not of one mention.
        self._convert(Decimal(1), "EUR" if target != "EUR" else "USD")

    def _convert(self, amount: Decimal, currency: str) -> Any:
        return self._rates.convert(amount, currency, self.target, on=self.on)

    def __call__(self, mention: Mention) -> dict[str, Any]:
        """The conversion fields of one mention (``None`` values when it has no rate)."""
        fields: dict[str, Any] = dict.fromkeys(CONVERSION_FIELDS)
        fields["converted_currency"] = self.target
        if mention.currency in self._failed:
            return fields
        try:
            low = self._convert(mention.amount, mention.currency)
            high = None if mention.high is None else self._convert(mention.high, mention.currency)
        except self._rates.RatesError as exc:
            self._failed.add(mention.currency)
            _warn(f"{mention.currency} not converted: {exc}")
            return fields
        fields["converted"] = plain(low.amount)
        fields["converted_high"] = None if high is None else plain(high.amount)
        fields["rate"] = plain(low.rate.value)
        fields["rate_date"] = low.rate.date.isoformat()
        return fields


def _record(file: str, line: int | None, mention: Mention) -> dict[str, Any]:
    """The machine record of one mention."""
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "amount": plain(mention.amount),
        "high": plain(mention.high),
        "currency": mention.currency,
        "qualifier": None if mention.qualifier is None else str(mention.qualifier.value),
        "file": file,
        "line": line,
    }


# --------------------------------------------------------------------------------------------
# extract


def _file_size(path: str) -> int | None:
    """The size of a regular file in bytes; ``None`` for standard input or anything else."""
    try:
        return os.stat(path).st_size if path != "-" and os.path.isfile(path) else None
    except OSError:
        return None


def _mentions_local(
    args: argparse.Namespace, progress: _Progress | None
) -> Iterator[tuple[str, int | None, Mention]]:
    """``(file, line, mention)`` of every file, read in chunks in this process."""
    assume = dict(args.assume) or None
    for path in args.files:
        on_bytes = progress.bytes if progress is not None else None
        name = _display_name(path)
        for mention, line in extract_file(
            path,
            assume=assume,
            encoding=args.encoding,
            errors=args.errors,
            chunk_size=args.chunk_size,
            on_bytes=on_bytes,
        ):
            yield name, line, mention
        if progress is not None:
            progress.file_done()


def _mentions_workers(
    args: argparse.Namespace, progress: _Progress | None
) -> Iterator[tuple[str, int | None, Mention]]:
    """``(file, line, mention)`` of every file from ``--workers`` processes, in file order.

    At most twice as many files as workers are in flight, so memory holds a window of results.
    """
    from concurrent.futures import Future, ProcessPoolExecutor

    assume = dict(args.assume) or None
    for path in args.files:  # fail early and in the parent for a missing file
        if not os.path.exists(path):
            raise FileNotFoundError(2, "No such file or directory", path)
    pending: deque[tuple[str, Future[list[tuple[Mention, int]]]]] = deque()
    paths = iter(args.files)
    with ProcessPoolExecutor(max_workers=args.workers) as pool:
        try:
            while True:
                while len(pending) < 2 * args.workers:
                    path = next(paths, None)
                    if path is None:
                        break
                    future = pool.submit(
                        _extract_whole_file, path, assume, args.encoding, args.errors, args.chunk_size
                    )
                    pending.append((path, future))
                if not pending:
                    return
                path, future = pending.popleft()
                found = future.result()
                if progress is not None:
                    progress.file_done(_file_size(path) or 0)
                for mention, line in found:
                    yield path, line, mention
        finally:
            for _, future in pending:
                future.cancel()


def _mentions_dask(
    args: argparse.Namespace, progress: _Progress | None
) -> Iterator[tuple[str, int | None, Mention]]:
    """``(file, line, mention)`` of every file from the Dask cluster at ``--scheduler``."""
    try:
        from moneyparse.dask import extract_files_with_lines
    except ImportError as exc:
        raise UsageError(f"--scheduler {args.scheduler!r} needs the dask extra: {exc}", args.scheduler) from None
    assume = dict(args.assume) or None

    def file_done(path: str, count: int) -> None:
        if progress is not None:
            progress.file_done(_file_size(path) or 0)

    for path, mention, line in extract_files_with_lines(
        list(args.files),
        scheduler=args.scheduler,
        assume=assume,
        encoding=args.encoding,
        errors=args.errors,
        on_file_done=file_done,
    ):
        yield str(path), line, mention


def _cmd_extract(args: argparse.Namespace) -> int:
    """``moneyparse extract``: every mention of the files, in the chosen format."""
    if args.on is not None and args.to is None:
        raise UsageError("--on needs --to")
    if args.workers > 1 and args.scheduler:
        raise UsageError("--workers and --scheduler exclude each other")
    if (args.workers > 1 or args.scheduler) and "-" in args.files:
        raise UsageError("standard input (-) cannot be read by --workers or --scheduler")
    if args.files.count("-") > 1:
        raise UsageError("standard input (-) given more than once")
    to_stdout = args.output in (None, "-")
    fmt = args.format or ("table" if to_stdout and _isatty(sys.stdout) else "jsonl")
    converter = _Converter(args.to, args.on) if args.to is not None else None
    fields = list(FIELDS) + (list(CONVERSION_FIELDS) if converter is not None else [])

    progress = None
    # A bar only where it cannot tangle with the results: stderr a terminal, stdout not.
    if not args.no_progress and _isatty(sys.stderr) and not (to_stdout and _isatty(sys.stdout)):
        sizes = [_file_size(p) for p in args.files]
        total = None if None in sizes else sum(s or 0 for s in sizes)
        progress = _Progress(total, len(args.files), sys.stderr)

    if args.scheduler:
        found = _mentions_dask(args, progress)
    elif args.workers > 1:
        found = _mentions_workers(args, progress)
    else:
        found = _mentions_local(args, progress)

    try:
        with atomic_output(args.output) as out:
            writer: _Writer
            if fmt == "table":
                writer = _TableWriter(out, fields, show_file=len(args.files) > 1 or bool(args.scheduler), target=args.to)
            else:
                writer = {"jsonl": _JsonLinesWriter, "json": _JsonWriter, "csv": _CsvWriter}[fmt](out, fields)
            for file, line, mention in found:
                record = _record(file, line, mention)
                if converter is not None:
                    record.update(converter(mention))
                writer.write(record)
                if progress is not None:
                    progress.mention()
            writer.close()
    finally:
        if progress is not None:
            progress.close()
        close = getattr(found, "close", None)
        if close is not None:
            close()
    return EXIT_OK


# --------------------------------------------------------------------------------------------
# convert


def _format_money(amount: Decimal, currency: str, locale: str | None) -> str:
    """An amount for people at the precision its currency is written with (:func:`_minor_digits`).

    In ``locale`` babel writes it (``1.250,50 €``), else grouped digits and the code; an amount
    is rounded only when it has more decimals than its currency writes (``100 USD`` stays).
    """
    places = _minor_digits(currency)
    if locale is not None:
        import copy

        from babel import Locale
        from babel.numbers import format_currency

        where = Locale.parse(locale)
        pattern = copy.copy(where.currency_formats["standard"])
        pattern.frac_prec = (places, places)  # babel's own digits are ISO's: Rp1.629.015,12
        return format_currency(amount, currency, format=pattern, locale=where, currency_digits=False)
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -places:
        amount = amount.quantize(Decimal(1).scaleb(-places))
    return f"{_grouped(amount)} {currency}"


def _minor_digits(currency: str) -> int:
    """The decimals amounts of ``currency`` are written with, as the library's tables say.

    That is ``moneyparse.tables.tables().currencies[currency][0]``: 2 for USD, 0 for JPY, and 0
    for IDR, where ISO 4217 keeps 2 that nobody writes (``Rp 50.000``); 2 for a code the tables
    lack.  This is the command line's one access to those digits.
    """
    return _currency_digits().get(currency, 2)


@functools.cache
def _currency_digits() -> dict[str, int]:
    """Every code's digits as ``tables().currencies`` holds them, read without building the tables.

    ``tables()`` also builds the symbols, names and scales, which made ``moneyparse convert``
    a third slower (36 ms on 98), so this reads just the two sources of the digits, as
    ``tables()`` merges them: the generated ``data/currencies.tsv``, then the ``digits`` rows of
    ``data/supplement.tsv`` that replace its figure.  A test checks both agree on every code.
    """
    data = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
    digits: dict[str, int] = {}
    with open(os.path.join(data, "currencies.tsv"), encoding="utf-8") as table:
        for row in table:
            if not row.startswith("#"):
                code, places, *_ = row.split("\t")
                digits[code] = int(places)
    with open(os.path.join(data, "supplement.tsv"), encoding="utf-8") as table:
        for row in table:
            if row.startswith("digits\t"):
                _, code, places, *_ = row.split("\t")
                digits[code] = int(places)
    return digits


_SIMPLE_PHRASE = None


def _simple_phrase(phrase: str) -> _Phrase | None:
    """The reading of a phrase in the canonical form ``100 USD``, ``USD 1234.50``; else ``None``.

    The form is a code of :func:`_fast_codes`, one space, and a number without grouping whose
    fraction, if any, has one or two digits (or the number first): :func:`moneyparse.parse` reads
    it so under every grouping convention, which a test checks for every one of those codes, so
    the command line skips building the full scanner for it (a few milliseconds against some
    400).  Every other phrase goes to :func:`moneyparse.parse`, so ``convert`` reads exactly what
    the library reads; glued forms too, where the library has rules of its own (``CYP450`` is an
    enzyme, not 450 Cypriot pounds).
    """
    import re

    global _SIMPLE_PHRASE
    if _SIMPLE_PHRASE is None:
        _SIMPLE_PHRASE = re.compile(
            r"\s*(?:(?P<pre>[A-Z]{3})[ \u00a0])?"
            r"(?P<number>(?:0|[1-9]\d*)(?:\.\d{1,2})?)"
            r"(?:[ \u00a0](?P<post>[A-Z]{3}))?\s*",
            re.ASCII,
        )
    found = _SIMPLE_PHRASE.fullmatch(phrase)
    if found is None or (found["pre"] is None) == (found["post"] is None):
        return None
    code = found["pre"] or found["post"]
    if code not in _fast_codes():
        return None  # ALL, TOP, XAU: words or a metal, which the scanner does not take for money
    start = found.start("pre") if found["pre"] else found.start("number")
    end = found.end("post") if found["post"] else found.end("number")
    return _Phrase(start, end, phrase[start:end], Decimal(found["number"]), code)


class _Phrase:
    """A phrase read by :func:`_simple_phrase`: what ``convert`` uses of a :class:`Mention`.

    Building a Mention would import its module, a twentieth of the start of ``convert``.
    """

    __slots__ = ("start", "end", "text", "amount", "currency")
    high = None
    qualifier = None

    def __init__(self, start: int, end: int, text: str, amount: Decimal, currency: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.amount = amount
        self.currency = currency


def _fast_codes() -> frozenset[str]:
    """The codes :func:`_simple_phrase` reads without the scanner: those of the rate history.

    They are the codes of the source :func:`rates.convert` uses when given none, which
    ``convert`` loads anyway, so knowing them costs nothing.  A code outside them is read by
    :func:`moneyparse.parse`, the one judge of which codes are money (not ``ALL`` or ``TOP``,
    words far more often than currencies, nor the metals).
    """
    from rates.sources import resolve

    return frozenset(resolve(None).currencies())


def _check_locale(locale: str) -> str:
    """``locale`` when babel knows it; else a :class:`UsageError` naming it."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        raise UsageError(f"unknown locale {locale!r}", locale) from None
    return locale


def _cmd_convert(args: argparse.Namespace) -> int:
    """``moneyparse convert``: one phrase at the rate of a day, with the fixing used."""
    import moneyparse
    import rates

    if args.locale is not None:
        _check_locale(args.locale)
    mention: Mention | _Phrase
    if args.assume is None:
        mention = _simple_phrase(args.phrase) or moneyparse.parse(args.phrase)
    else:
        mention = moneyparse.parse(args.phrase)
        if args.assume != mention.currency:
            mention = moneyparse.parse(args.phrase, assume={mention.marker: args.assume})
    low = rates.convert(mention.amount, mention.currency, args.to, on=args.on)
    high = None if mention.high is None else rates.convert(mention.high, mention.currency, args.to, on=args.on)
    rate = low.rate
    if args.format == "json":
        import json

        result: dict[str, Any] = {
            "amount": plain(low.amount),
            "currency": low.currency,
            "rate": {"value": plain(rate.value), "date": rate.date.isoformat(), "source": rate.source},
            "from": {"amount": plain(mention.amount), "currency": mention.currency},
        }
        if high is not None:
            result["high"] = plain(high.amount)
            result["from"]["high"] = plain(mention.high)
        if mention.qualifier is not None:
            result["qualifier"] = str(mention.qualifier.value)
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        return EXIT_OK
    source = _format_money(mention.amount, mention.currency, args.locale)
    target = _format_money(low.amount, low.currency, args.locale)
    if mention.high is not None and high is not None:
        source += " – " + _format_money(mention.high, mention.currency, args.locale)
        target += " – " + _format_money(high.amount, high.currency, args.locale)
    hedge = f"{mention.qualifier.value.replace('_', ' ')} " if mention.qualifier is not None else ""
    lines = [f"{hedge}{source} = {hedge}{target}"]
    fixing = f"{rate.source} fixing of {rate.date.isoformat()}"
    if args.on is not None and rate.date != args.on:
        fixing += f" (latest before {args.on.isoformat()})"
    lines.append(f"rate: {_rate_text(rate.value)} {rate.quote} per {rate.base}, {fixing}")
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


# --------------------------------------------------------------------------------------------
# check


def _percent_text(fraction: Decimal) -> str:
    """A signed percentage with two decimals (``Decimal('-0.0123')`` -> ``-1.23%``)."""
    value = (fraction * 100).quantize(Decimal("0.01"))
    return f"{value:+}%"


def _rate_text(value: Decimal) -> str:
    """A rate for people: five significant digits, as the ECB publishes them (``7.2591``)."""
    if not value:
        return "0"
    places = max(0, 4 - value.adjusted())
    return format(value.quantize(Decimal(1).scaleb(-places)), "f")


def _interval_text(low: Decimal | None, high: Decimal | None) -> str:
    """A rate interval for people; ``high`` ``None`` is open above."""
    if low is None:
        return "none"
    if high is None:
        return f"at least {_rate_text(low)}"
    return f"{_rate_text(low)}–{_rate_text(high)}"


def _range_text(ranges: Iterable[tuple[date, date]]) -> str:
    """Date ranges for people: ``2025-01-13–2025-01-14, 2025-01-20``."""
    parts = []
    for start, end in ranges:
        parts.append(start.isoformat() if start == end else f"{start.isoformat()}–{end.isoformat()}")
    return ", ".join(parts) if parts else "none"


def _iso(day: date | None) -> str | None:
    """``day`` as ``YYYY-MM-DD``; ``None`` stays ``None``."""
    return None if day is None else day.isoformat()


def _mention_json(mention: Any) -> dict[str, Any]:
    """The JSON fields of a mention quoted in a pair."""
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "amount": plain(mention.amount),
        "high": plain(mention.high),
        "currency": mention.currency,
        "qualifier": None if mention.qualifier is None else str(mention.qualifier.value),
    }


def _inconsistent(report: Any) -> int:
    """How many pairs of ``report`` were checked and found inconsistent."""
    return sum(1 for item in report.pairs if item.consistent is False)


def _check_json(report: Any) -> dict[str, Any]:
    """The check report as JSON-ready data: decimals as exact strings, dates as ISO strings."""
    pairs = []
    for item in report.pairs:
        implied = item.implied
        reference = item.reference
        pairs.append(
            {
                "first": _mention_json(item.first),
                "second": _mention_json(item.second),
                "implied": {
                    "base": implied.base,
                    "quote": implied.quote,
                    "value": plain(implied.value),
                    "low": plain(implied.low),
                    "high": plain(implied.high),
                },
                "reference": None
                if reference is None
                else {"value": plain(reference.value), "date": _iso(reference.date), "source": reference.source},
                "deviation": plain(item.deviation),
                "consistent": item.consistent,
                "note": getattr(item, "note", "") or None,
            }
        )
    couples = [
        {
            "base": couple.base,
            "quote": couple.quote,
            "count": getattr(couple, "count", None),
            "fits": getattr(couple, "fits", couple.low is not None),
            "low": plain(couple.low),
            "high": plain(couple.high),
            "matching_dates": [[s.isoformat(), e.isoformat()] for s, e in couple.matching_dates],
        }
        for couple in report.couples
    ]
    return {
        "published": _iso(report.published),
        "source": getattr(report, "source", None),
        "tolerance": plain(getattr(report, "tolerance", None)),
        "consistent": _inconsistent(report) == 0,
        "pairs": pairs,
        "couples": couples,
    }


def _check_table(report: Any) -> str:
    """The check report for people: one block per quoted conversion, then one line per couple."""
    head = [f"published {_iso(report.published) or 'unknown'}"]
    source = getattr(report, "source", None)
    if source:
        head.append(f"reference {source}")
    tolerance = getattr(report, "tolerance", None)
    if tolerance is not None:
        head.append(f"tolerance {format((tolerance * 100).normalize(), 'f')}%")
    lines = [", ".join(head)]
    for number, item in enumerate(report.pairs, 1):
        implied = item.implied
        reference = item.reference
        per = f"{implied.quote} per {implied.base}"
        lines.append("")
        lines.append(f"{number}. {item.first.text} ({item.second.text})")
        lines.append(
            f"   implied    {_rate_text(implied.value)} {per}"
            f"  (figures allow {_interval_text(implied.low, implied.high)})"
        )
        if reference is not None:
            fixing = "" if reference.date is None else f", {reference.date.isoformat()}"
            lines.append(f"   reference  {_rate_text(reference.value)} {per}  ({reference.source}{fixing})")
        if item.deviation is not None:
            lines.append(f"   deviation  {_percent_text(item.deviation)}")
        if item.consistent is None:
            note = getattr(item, "note", "")
            verdict = "not checked" + (f": {note}" if note else "")
        else:
            verdict = "consistent" if item.consistent else "INCONSISTENT"
        lines.append(f"   verdict    {verdict}")
    if report.couples:
        lines.append("")
        lines.append("one rate for every conversion of a couple:")
        for couple in report.couples:
            fits = getattr(couple, "fits", couple.low is not None)
            count = getattr(couple, "count", None)
            label = f"   {couple.quote} per {couple.base}" + (f" ({count} conversions)" if count else "")
            if not fits:
                lines.append(f"{label}: no single rate fits them all")
                continue
            lines.append(
                f"{label}: {_interval_text(couple.low, couple.high)},"
                f" fixed on {_range_text(couple.matching_dates)}"
            )
    checked = sum(1 for item in report.pairs if item.consistent is not None)
    lines.append("")
    lines.append(f"{checked - _inconsistent(report)} of {checked} conversions consistent")
    return "\n".join(lines) + "\n"


def _cmd_check(args: argparse.Namespace) -> int:
    """``moneyparse check``: exit status 1 when some quoted conversion is inconsistent."""
    import rates

    if args.sample == (args.file is not None):
        raise UsageError("check needs a FILE or --sample (not both)")
    if args.sample:
        from moneyparse._sample import SAMPLE, SAMPLE_PUBLISHED

        text = SAMPLE
        published = args.published or SAMPLE_PUBLISHED
    else:
        text = read_text(args.file, encoding=args.encoding, errors=args.errors)
        published = args.published
    options: dict[str, Any] = {}
    if args.tolerance is not None:
        options["tolerance"] = args.tolerance
    report = rates.check(text, published=published, **options)
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(_check_json(report), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_check_table(report))
    return EXIT_INCONSISTENT if _inconsistent(report) else EXIT_OK


# --------------------------------------------------------------------------------------------
# rates


def _cmd_rates(args: argparse.Namespace) -> int:
    """``moneyparse rates``: a rate on a day, an average over a period, or an update."""
    import rates

    if args.base.lower() == "update":
        if args.quote is not None or args.on or args.start or args.end:
            raise UsageError("'rates update' takes no currencies or dates")
        result = rates.update()
        if args.format == "json":
            import json

            sys.stdout.write(json.dumps(_plain_data(result), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(_update_text(result) + "\n")
        return EXIT_OK
    if args.quote is None:
        raise UsageError("rates needs BASE and QUOTE (or 'update')")
    base = _currency_or_usage(args.base)
    quote = _currency_or_usage(args.quote)
    if args.on is not None and (args.start or args.end):
        raise UsageError("--on excludes --from/--to")
    if (args.start is None) != (args.end is None):
        raise UsageError("--from and --to go together")
    if args.start is not None:
        if args.start > args.end:
            raise UsageError(f"--from {args.start.isoformat()!r} is after --to {args.end.isoformat()!r}")
        average = rates.average(base, quote, args.start, args.end)
        return _print_average(average, base, quote, args)
    rate = rates.rate(base, quote, on=args.on)
    if args.format == "json":
        import json

        data = {
            "base": rate.base,
            "quote": rate.quote,
            "value": plain(rate.value),
            "date": rate.date.isoformat(),
            "source": rate.source,
        }
        sys.stdout.write(json.dumps(data) + "\n")
    else:
        line = f"1 {rate.base} = {_rate_text(rate.value)} {rate.quote}  ({rate.source}, {rate.date.isoformat()})"
        if args.on is not None and rate.date != args.on:
            line += f"  latest fixing before {args.on.isoformat()}"
        sys.stdout.write(line + "\n")
    return EXIT_OK


def _print_average(average: Any, base: str, quote: str, args: argparse.Namespace) -> int:
    """Print a period average as text or JSON."""
    data = _plain_data(average)
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(data) + "\n")
        return EXIT_OK
    value = getattr(average, "value")
    line = f"1 {base} = {_rate_text(value)} {quote}  average of {args.start.isoformat()}–{args.end.isoformat()}"
    count = getattr(average, "count", None)
    if count is not None:
        line += f" ({count} fixings"
        source = getattr(average, "source", None)
        line += f", {source})" if source else ")"
    sys.stdout.write(line + "\n")
    return EXIT_OK


def _update_text(result: Any) -> str:
    """What ``rates update`` did, in one line."""
    verb = "updated" if getattr(result, "replaced", True) else "kept"
    line = f"{verb} {getattr(result, 'path', '')}".rstrip()
    first, last = getattr(result, "first", None), getattr(result, "last", None)
    if first is not None and last is not None:
        line += f": fixings {first.isoformat()}–{last.isoformat()}"
    rows, currencies = getattr(result, "rows", None), getattr(result, "currencies", None)
    if rows is not None:
        line += f", {rows} days"
    if currencies:
        line += f", {len(currencies)} currencies"
    reason = getattr(result, "reason", "")
    return line + (f" ({reason})" if reason else "")


def _currency_or_usage(text: str) -> str:
    """A currency code given as a positional argument; a :class:`UsageError` if malformed."""
    try:
        return _currency(text)
    except argparse.ArgumentTypeError as exc:
        raise UsageError(str(exc), text) from None


def _plain_data(value: Any) -> Any:
    """A result object as JSON-ready data: dataclass fields, decimals and dates as strings."""
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain_data(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return str(value)


if __name__ == "__main__":
    main_entry()
