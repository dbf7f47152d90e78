"""``moneyparse extract``: every money mention of text files, as records.

Files are read in chunks (:mod:`moneyparse.files`), in this process, in ``--workers`` local
processes, or on a Dask cluster (``--scheduler``); each mention becomes one record of
:data:`FIELDS` (then :data:`CONVERSION_FIELDS` with ``--to``, then :data:`DETAIL_FIELDS`),
written as it comes by one of the writers of :mod:`moneyparse.cli.output`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from moneyparse.cli.arguments import (
    ADDRESS_HELP,
    ASSUME_HELP,
    _add_reading_options,
    _assumption,
    _assumptions,
    _currency,
    _date,
    _positive_int,
    _seconds,
)
from moneyparse.cli.formatting import plain
from moneyparse.cli.output import (
    _CsvWriter,
    _GatedStream,
    _isatty,
    _JsonLinesWriter,
    _JsonWriter,
    _Progress,
    _refuse_an_input_as_output,
    _TableWriter,
    _Writer,
    atomic_output,
)
from moneyparse.cli.report import EXIT_OK, EXIT_USAGE, _describe, _report, _signals_as_exceptions, _warn
from moneyparse.errors import SchedulerError, UsageError
from moneyparse.files import CHUNK_SIZE, LineCounter, read_chunks
from moneyparse.files import display_name as _display_name

if TYPE_CHECKING:  # pragma: no cover

    from moneyparse.mention import Mention

#: Characters kept behind the newest chunk to number the lines of mentions the extractor yields late.
LINE_WINDOW = 1 << 22

#: Fields of one extract record, in output order.
FIELDS = ("text", "start", "end", "amount", "high", "currency", "qualifier", "file", "line")
#: Fields added by ``extract --to``.
CONVERSION_FIELDS = ("converted", "converted_high", "converted_currency", "rate", "rate_date")
#: Fields of what the library read, after all others (so that the columns above keep their
#: places): the number and the marker as written, the power of ten of the scale word, the unit
#: of the last digit written (``precision``), what chose the currency and the other currencies
#: the marker can mean.
DETAIL_FIELDS = ("number_text", "marker", "scale", "precision", "evidence", "alternatives")

#: Seconds a ``--scheduler`` has to answer, unless ``--connect-timeout`` says otherwise.
CONNECT_TIMEOUT = 3.0


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``extract`` and its options to the subcommands ``commands``."""
    extract = commands.add_parser(
        "extract",
        help="every money mention of text files",
        description="Print every money mention of the files (- reads standard input).",
    )
    extract.add_argument("files", nargs="+", metavar="FILE", help="a text file, or - for standard input")
    extract.add_argument(
        "--format",
        choices=("table", "jsonl", "json", "csv", "html"),
        help="output format; html marks up one FILE as a page, every amount with what was read of it "
        "(default: table on a terminal, jsonl otherwise)",
    )
    extract.add_argument(
        "--excel",
        action="store_true",
        help="CSV as Excel opens it: UTF-8 with a byte order mark, CRLF line ends (implies --format csv)",
    )
    extract.add_argument(
        "--to", type=_currency, metavar="CUR", help="add each amount converted to CUR (default: no conversion)"
    )
    extract.add_argument(
        "--on", type=_date, metavar="DATE", help="rate date for --to (default: the latest fixing); needs --to"
    )
    extract.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="the day the texts were written: a currency name written on both sides of a change is "
        "read as the code in force that day (lira of 1990 is ITL, of 2010 TRY; default: today's reading)",
    )
    extract.add_argument(
        "--assume",
        type=_assumption,
        action="append",
        default=[],
        metavar="MARKER=CODE",
        help=ASSUME_HELP,
    )
    extract.add_argument("--address", metavar="URL", help=ADDRESS_HELP)
    extract.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE, whole or not at all (default: standard output)"
    )
    extract.add_argument(
        "--workers", type=_positive_int, default=1, metavar="N", help="read the files in N processes (default: 1)"
    )
    extract.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="read the files on the Dask cluster at tcp://HOST:PORT (dask extra; default: this machine)",
    )
    extract.add_argument(
        "--connect-timeout",
        type=_seconds,
        default=CONNECT_TIMEOUT,
        metavar="SECONDS",
        help=f"seconds --scheduler has to answer (default: {CONNECT_TIMEOUT:g})",
    )
    _add_reading_options(extract)
    extract.add_argument(
        "--chunk-size",
        type=_positive_int,
        default=CHUNK_SIZE,
        metavar="BYTES",
        help=f"bytes read at a time (default: {CHUNK_SIZE}, 1 MiB)",
    )
    extract.add_argument(
        "--keep-going",
        action="store_true",
        help="report a file that cannot be read and go on with the next; exit status 2 at the end "
        "(default: stop at the first)",
    )
    extract.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    extract.set_defaults(handler=_cmd_extract)


def extract_file(
    path: str,
    *,
    assume: dict[str, str] | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    chunk_size: int = CHUNK_SIZE,
    on_bytes: Callable[[int], None] | None = None,
    as_of: date | None = None,
) -> Iterator[tuple[Mention, int]]:
    """Every mention of the file at ``path`` with its 1-based line, streamed chunk by chunk;
    ``as_of`` is the day the text was written (:func:`moneyparse.extract`)."""
    import moneyparse

    # The extractor yields a mention once it has read some way past it (its block and context
    # margins, tens of kilobytes); the window keeps far more text than that behind the newest chunk.
    counter = LineCounter(window=2 * chunk_size + LINE_WINDOW)
    chunks = read_chunks(path, encoding=encoding, errors=errors, chunk_size=chunk_size, on_bytes=on_bytes)
    for mention in moneyparse.iter_extract(counter.feed(chunks), assume=assume, as_of=as_of):
        yield mention, counter.line_of(mention.start)


def _extract_whole_file(
    path: str, assume: dict[str, str] | None, encoding: str, errors: str, chunk_size: int, as_of: date | None = None
) -> list[tuple[Mention, int]]:
    """The mentions of one file with their lines, as a list (the unit of work of ``--workers``)."""
    return list(
        extract_file(path, assume=assume, encoding=encoding, errors=errors, chunk_size=chunk_size, as_of=as_of)
    )


class _Converter:
    """Converts mentions to one currency, warning once per currency that has no rate."""

    def __init__(self, target: str, on: date | None) -> None:
        import rates

        self._rates = rates
        self.target = target
        self.on = on
        self._failed: set[str] = set()
        # An unknown target is an error of the command, not of one mention; a date on which the
        # euro has no rate (before 1999) is not: the mentions may be in currencies that do.
        try:
            self._convert(Decimal(1), "EUR" if target != "EUR" else "USD")
        except rates.RateNotFoundError:
            pass

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
    """The machine record of one mention (:data:`FIELDS`; :func:`_details` come last)."""
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


def _details(mention: Mention) -> dict[str, Any]:
    """The :data:`DETAIL_FIELDS` of one mention: strings, an integer and a list of codes."""
    return {
        "number_text": mention.number_text,
        "marker": mention.marker,
        "scale": mention.scale,
        "precision": plain(mention.precision),
        "evidence": str(mention.evidence.value),
        "alternatives": list(mention.alternatives),
    }


def _file_size(path: str) -> int | None:
    """The size of a regular file in bytes; ``None`` for standard input or anything else."""
    try:
        return os.stat(path).st_size if path != "-" and os.path.isfile(path) else None
    except OSError:
        return None


#: What is called with the name and the error of a file that cannot be read (``--keep-going``).
OnError = Callable[[str, BaseException], None]


class _Failures:
    """``--keep-going``: each file that cannot be read is one error line, and is counted.

    An error that is no expected error of a file (a bug) is raised again, with its traceback.
    """

    def __init__(self, progress: _Progress | None) -> None:
        self.count = 0
        self._progress = progress

    def __call__(self, name: str, error: BaseException) -> None:
        """Report that the file ``name`` could not be read, and why."""
        message = _describe(error)
        if message is None:
            raise error
        if self._progress is not None:
            self._progress.erase()
        _report(message)
        self.count += 1


def _mentions_local(
    args: argparse.Namespace, progress: _Progress | None, on_error: OnError | None = None
) -> Iterator[tuple[str, int | None, Mention]]:
    """``(file, line, mention)`` of every file, read in chunks in this process.

    A file that fails goes to ``on_error`` when there is one, after the mentions read before
    the failure (the file is streamed), and the next file is read.
    """
    assume = args.assumed or None
    for path in args.files:
        on_bytes = progress.bytes if progress is not None else None
        name = _display_name(path)
        try:
            for mention, line in extract_file(
                path,
                assume=assume,
                encoding=args.encoding,
                errors=args.errors,
                chunk_size=args.chunk_size,
                on_bytes=on_bytes,
                as_of=args.published,
            ):
                yield name, line, mention
        except Exception as exc:
            if on_error is None:
                raise
            on_error(name, exc)
        if progress is not None:
            progress.file_done()


def _mentions_workers(
    args: argparse.Namespace, progress: _Progress | None, on_error: OnError | None = None
) -> Iterator[tuple[str, int | None, Mention]]:
    """``(file, line, mention)`` of every file from ``--workers`` processes, in file order.

    At most twice as many files as workers are in flight, so memory holds a window of results.
    A file that fails goes to ``on_error`` when there is one (none of its mentions: each file
    is read whole by its worker), and the next file follows.
    """
    from concurrent.futures import Future, ProcessPoolExecutor

    assume = args.assumed or None
    for path in args.files if on_error is None else ():  # fail early, in the parent, for a missing file
        if not os.path.exists(path):
            raise FileNotFoundError(2, "No such file or directory", path)
    pending: deque[tuple[str, Future[list[tuple[Mention, int]]]]] = deque()
    paths = iter(args.files)
    pool = ProcessPoolExecutor(max_workers=args.workers)
    done = False
    try:
        while True:
            while len(pending) < 2 * args.workers:
                path = next(paths, None)
                if path is None:
                    break
                future = pool.submit(
                    _extract_whole_file, path, assume, args.encoding, args.errors, args.chunk_size, args.published
                )
                pending.append((path, future))
            if not pending:
                done = True
                return
            path, future = pending.popleft()
            try:
                found = future.result()
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(path, exc)
                found = []
            if progress is not None:
                progress.file_done(_file_size(path) or 0)
            for mention, line in found:
                yield path, line, mention
    finally:
        for _, future in pending:
            future.cancel()
        if done:
            pool.shutdown(wait=True)
        else:
            _stop_workers(pool)


def _stop_workers(pool: Any) -> None:
    """Shut ``pool`` down without waiting for the files its workers are reading.

    A run cut short (an error, SIGTERM, a closed stdout) has no use for them, and a large file
    keeps a worker busy for minutes: a SIGTERM took three of them to end the command.
    """
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in workers:
        try:
            process.terminate()
        except (OSError, ValueError, AttributeError):  # already gone
            pass
    for process in workers:
        try:
            process.join(5)
        except (OSError, ValueError, AttributeError, AssertionError):
            pass


def _connect_dask(args: argparse.Namespace) -> Any:
    """A client of the scheduler at ``--scheduler``, or one clear error within the timeout.

    The address's form and a TCP connection to it are checked before Dask is imported (which
    takes seconds on a busy machine), so a typing mistake or a scheduler that is not running is
    reported at once.
    """
    from moneyparse._scheduler import check_address, probe

    address = check_address(args.scheduler)
    probe(address, args.connect_timeout)
    try:
        from moneyparse.dask import connect
    except ImportError as exc:
        raise UsageError(f"--scheduler {args.scheduler!r} needs the dask extra: {exc}", args.scheduler) from None
    return connect(address, timeout=args.connect_timeout, probe=False)


def _from_dask(exc: BaseException) -> bool:
    """True for an error of the Dask client or cluster itself (a lost worker, a closed connection)."""
    import asyncio
    import concurrent.futures

    package = type(exc).__module__.partition(".")[0]
    return package in ("distributed", "dask", "tornado") or isinstance(
        exc, (asyncio.CancelledError, concurrent.futures.CancelledError)
    )


def _mentions_dask(
    args: argparse.Namespace, progress: _Progress | None, client: Any, on_error: OnError | None = None
) -> Iterator[tuple[str, int | None, Mention]]:
    """``(file, line, mention)`` of every file from the Dask cluster of ``client``.

    A file that fails goes to ``on_error`` when there is one (none of its mentions: a worker
    reads each file whole).  An error of the cluster itself becomes a :class:`SchedulerError`
    naming ``--scheduler``.
    """
    import asyncio

    from moneyparse.dask import extract_files_with_lines

    assume = args.assumed or None

    def file_done(path: str, count: int) -> None:
        if progress is not None:
            progress.file_done(_file_size(path) or 0)

    try:
        for path, mention, line in extract_files_with_lines(
            list(args.files),
            scheduler=client,
            assume=assume,
            encoding=args.encoding,
            errors=args.errors,
            on_file_done=file_done,
            on_error=on_error,
            as_of=args.published,
        ):
            yield str(path), line, mention
    except (Exception, asyncio.CancelledError) as exc:
        if not _from_dask(exc):
            raise
        reason = " ".join(str(exc).split())
        raise SchedulerError(args.scheduler, f"{type(exc).__name__}: {reason}" if reason else type(exc).__name__) from exc


def _cmd_extract(args: argparse.Namespace) -> int:
    """``moneyparse extract``: every mention of the files, in the chosen format.

    Ctrl-C and SIGTERM end it as exceptions, held while a record is written
    (:func:`~moneyparse.cli.report._signals_as_exceptions`): the output ends as its format
    ends, or a ``-o`` file is not written.
    """
    with _signals_as_exceptions():
        return _extract(args)


def _extract(args: argparse.Namespace) -> int:
    """:func:`_cmd_extract` once the signals are exceptions."""
    if args.on is not None and args.to is None:
        raise UsageError("--on needs --to")
    if args.workers > 1 and args.scheduler:
        raise UsageError("--workers and --scheduler exclude each other")
    if (args.workers > 1 or args.scheduler) and "-" in args.files:
        raise UsageError("standard input (-) cannot be read by --workers or --scheduler")
    if args.files.count("-") > 1:
        raise UsageError("standard input (-) given more than once")
    _refuse_an_input_as_output(args.output, args.files)
    args.assumed = _assumptions(args.assume, args.address)
    if args.format == "html":
        from moneyparse.cli.pages import extract_page

        return extract_page(args, args.assumed)
    if args.excel and args.format not in (None, "csv"):
        raise UsageError(f"--excel writes CSV, not {args.format}", args.format)
    to_stdout = args.output in (None, "-")
    fmt = "csv" if args.excel else args.format or ("table" if to_stdout and _isatty(sys.stdout) else "jsonl")
    converter = _Converter(args.to, args.on) if args.to is not None else None
    # connect before anything is written: a scheduler that cannot be used is one error line
    client = _connect_dask(args) if args.scheduler else None
    try:
        return _extract_to_output(args, fmt, to_stdout, converter, client)
    finally:
        if client is not None:
            client.close()


def _extract_to_output(
    args: argparse.Namespace, fmt: str, to_stdout: bool, converter: _Converter | None, client: Any
) -> int:
    """Write the records of every file in ``fmt``; ``client`` is the Dask client of ``--scheduler``."""
    fields = list(FIELDS) + (list(CONVERSION_FIELDS) if converter is not None else []) + list(DETAIL_FIELDS)

    progress = None
    # A bar only where it cannot tangle with the results: stderr a terminal, stdout not.
    if not args.no_progress and _isatty(sys.stderr) and not (to_stdout and _isatty(sys.stdout)):
        sizes = [_file_size(p) for p in args.files]
        total = None if None in sizes else sum(s or 0 for s in sizes)
        progress = _Progress(total, len(args.files), sys.stderr)

    failures = _Failures(progress) if args.keep_going else None
    if client is not None:
        found = _mentions_dask(args, progress, client, failures)
    elif args.workers > 1:
        found = _mentions_workers(args, progress, failures)
    else:
        found = _mentions_local(args, progress, failures)

    try:
        with atomic_output(args.output) as out:
            writer: _Writer
            stream: Any = _GatedStream(out)
            if fmt == "table":
                show_file = len(args.files) > 1 or bool(args.scheduler)
                writer = _TableWriter(stream, fields, show_file=show_file, target=args.to)
            elif fmt == "csv":
                writer = _CsvWriter(stream, fields, excel=args.excel)
            else:
                writer = {"jsonl": _JsonLinesWriter, "json": _JsonWriter}[fmt](stream, fields)
            try:
                for file, line, mention in found:
                    record = _record(file, line, mention)
                    if converter is not None:
                        record.update(converter(mention))
                    record.update(_details(mention))
                    writer.write(record)
                    if progress is not None:
                        progress.mention()
            except BrokenPipeError:
                raise
            except BaseException:
                # Cut short (an error, Ctrl-C, SIGTERM): standard output still ends as its format
                # ends (a JSON array is closed); an output file is not written at all.
                if to_stdout:
                    writer.close_quietly()
                raise
            writer.close()
    finally:
        if progress is not None:
            progress.close()
        close = getattr(found, "close", None)
        if close is not None:
            close()
    if failures is not None and failures.count:
        _report(f"{failures.count} of {len(args.files)} files could not be read")
        return EXIT_USAGE
    return EXIT_OK
