"""Money extraction over Dask collections and clusters (the ``dask`` extra).

Three entry points, each lazy or streamed, each giving what :func:`moneyparse.extract` gives on
one text:

* :func:`extract_frame` turns a text column of a ``dask.dataframe.DataFrame`` into a frame with
  one row per mention, optionally converted at each row's date with :mod:`rates`;
* :func:`extract_bag` turns a ``dask.bag.Bag`` of texts or ``(id, text)`` records into a bag of
  JSON-ready dict records;
* :func:`extract_files` runs over many files on an existing cluster or a local one and yields
  ``(path, Mention)`` in file order as results arrive (:func:`extract_files_with_lines`:
  ``(path, Mention, line)``).

:func:`connect` opens a client of a scheduler named by its address, or raises one clear error
(:class:`SchedulerAddressError`, :class:`SchedulerError`) within its timeout.

Workers never receive a rate table from the client: conversions call :func:`rates.convert` in the
worker process, whose reference history loads on first use and stays cached in that process, so
each worker loads it once however many rows and tasks it runs.

Importing this module needs ``dask[dataframe]`` and ``distributed``
(``pip install 'moneyparse[dask]'``); importing :mod:`moneyparse` alone never imports Dask.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

from moneyparse.errors import (
    BagRecordError,
    ColumnNotFoundError,
    ConversionOptionError,
    DaskExtraMissingError,
    FileDecodeError,
    RowDateError,
    SchedulerAddressError,
    SchedulerError,
)
from moneyparse.files import line_numbers, read_document

__all__ = [
    "CONVERSION_COLUMNS",
    "FRAME_COLUMNS",
    "PROFILE_SETTING",
    "SLOW_WORKER_ENVIRON",
    "BagRecordError",
    "ColumnNotFoundError",
    "ConversionOptionError",
    "DaskExtraMissingError",
    "FileDecodeError",
    "RowDateError",
    "SchedulerAddressError",
    "SchedulerError",
    "connect",
    "extract_bag",
    "extract_files",
    "extract_files_with_lines",
    "extract_frame",
    "local_cluster",
]


try:
    import dask
    import dask.bag as db
    import dask.dataframe as dd
    import distributed
    import pandas as pd
    import pyarrow as pa
except ImportError as _exc:  # pragma: no cover - exercised in a subprocess by the tests
    raise DaskExtraMissingError(_exc.name or str(_exc)) from _exc

if TYPE_CHECKING:  # pragma: no cover
    from moneyparse.mention import Mention


# -- the frame schema -----------------------------------------------------------------------------

#: Columns of :func:`extract_frame`, in order.
FRAME_COLUMNS: tuple[str, ...] = ("doc", "start", "end", "text", "amount", "high", "currency", "qualifier")
#: Columns that :func:`extract_frame` adds when it converts (``to=``), in order.
CONVERSION_COLUMNS: tuple[str, ...] = ("converted", "converted_high", "rate_date", "rate_source")

_STRING = "string"  # pandas' nullable string dtype: missing values are pd.NA
_INT = "int64"


def _date_dtype() -> Any:
    return pd.ArrowDtype(pa.date32())


def _frame_dtypes(doc_dtype: Any, converting: bool) -> dict[str, Any]:
    dtypes: dict[str, Any] = {
        "doc": doc_dtype,
        "start": _INT,
        "end": _INT,
        "text": _STRING,
        "amount": _STRING,
        "high": _STRING,
        "currency": _STRING,
        "qualifier": _STRING,
    }
    if converting:
        dtypes.update(
            converted=_STRING, converted_high=_STRING, rate_date=_date_dtype(), rate_source=_STRING
        )
    return dtypes


def _build_frame(
    columns: Mapping[str, list[Any]], dtypes: Mapping[str, Any], index: list[Any], index_dtype: Any, index_name: Any
) -> pd.DataFrame:
    idx = pd.Index(index, dtype=index_dtype, name=index_name)
    data = {name: pd.Series(columns[name], dtype=dtype, index=idx) for name, dtype in dtypes.items()}
    return pd.DataFrame(data, index=idx)


# -- dates ----------------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _as_date(value: object) -> _dt.date | None:
    """A calendar date from a date-like value; None for a missing value (None, NaN, NaT, NA)."""
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):  # a datetime subclass; NaT is handled below
        return value.date()
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        # ISO 8601 only ("2025-02-20", "2025-02-20T09:30:00"): "02/03/2025" has two readings.
        text = value.strip()
        if not _ISO_DATE.match(text):
            raise RowDateError(value)
        try:
            return _dt.datetime.fromisoformat(text).date()
        except ValueError:
            raise RowDateError(value) from None
    try:
        missing = bool(pd.isna(value))
    except (TypeError, ValueError):
        missing = False
    if missing:
        return None
    if hasattr(value, "dtype") and str(getattr(value, "dtype", "")).startswith("datetime64"):
        return pd.Timestamp(value).date()  # numpy datetime64 scalar
    raise RowDateError(value)


def _is_missing_text(value: object) -> bool:
    if value is None or value is pd.NA:
        return True
    if isinstance(value, str):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


# -- conversion, in the worker process -------------------------------------------------------------


def _convert(
    amount: Any, currency: str, to: str, day: _dt.date, rate_errors: str
) -> tuple[str, _dt.date | None, str] | None:
    """``amount`` in ``to`` at ``day``: (exact amount, fixing date, source), or None when no rate.

    The rate history is the one :mod:`rates` loads lazily, once per process; nothing of it is
    shipped with the task.  An unknown *target* currency always raises: it would null every row.
    """
    import rates

    try:
        conversion = rates.convert(amount, currency, to, on=day)
    except rates.RatesError as exc:
        unknown_target = isinstance(exc, rates.UnknownCurrencyError) and str(exc.code).upper() == to
        if rate_errors == "raise" or unknown_target:
            raise
        return None
    rate = conversion.rate
    return str(conversion.amount), rate.date, str(rate.source)


# -- extract_frame --------------------------------------------------------------------------------


def _frame_partition(
    part: pd.DataFrame,
    column: Any,
    date_column: Any,
    to: str | None,
    on: _dt.date | None,
    assume: dict[str, str] | None,
    rate_errors: str,
    index_name: Any,
) -> pd.DataFrame:
    """The mention rows of one partition (runs on a worker)."""
    from moneyparse import extract

    converting = to is not None
    dtypes = _frame_dtypes(part.index.dtype, converting)
    out: dict[str, list[Any]] = {name: [] for name in dtypes}
    index: list[Any] = []
    texts = part[column].tolist()
    days = part[date_column].tolist() if date_column is not None else None
    for row, (label, text) in enumerate(zip(part.index.tolist(), texts)):
        if _is_missing_text(text):
            continue
        mentions = extract(text, assume=assume)
        if not mentions:
            continue
        day = on
        if days is not None:
            day = _as_date(days[row])
        for m in mentions:
            index.append(label)
            out["doc"].append(label)
            out["start"].append(m.start)
            out["end"].append(m.end)
            out["text"].append(m.text)
            out["amount"].append(str(m.amount))
            out["high"].append(None if m.high is None else str(m.high))
            out["currency"].append(m.currency)
            out["qualifier"].append(None if m.qualifier is None else m.qualifier.value)
            if to is not None:
                low = high = None
                if day is not None:
                    low = _convert(m.amount, m.currency, to, day, rate_errors)
                    if low is not None and m.high is not None:
                        high = _convert(m.high, m.currency, to, day, rate_errors)
                out["converted"].append(None if low is None else low[0])
                out["converted_high"].append(None if high is None else high[0])
                out["rate_date"].append(None if low is None else low[1])
                out["rate_source"].append(None if low is None else low[2])
    return _build_frame(out, dtypes, index, part.index.dtype, index_name)


def extract_frame(
    ddf: dd.DataFrame,
    column: str,
    *,
    to: str | None = None,
    on: _dt.date | str | None = None,
    date_column: str | None = None,
    assume: dict[str, str] | None = None,
    rate_errors: Literal["null", "raise"] = "null",
) -> dd.DataFrame:
    """One row per money mention of the texts in ``ddf[column]`` (lazy; nothing is computed).

    Columns, in order (:data:`FRAME_COLUMNS`): ``doc`` (the index label of the source row),
    ``start``, ``end`` (offsets into that row's text), ``text``, ``amount`` (the exact Decimal as
    a string), ``high`` (the high end of a range, as a string), ``currency`` (ISO 4217),
    ``qualifier`` (``"approx"``, ``"more_than"``, ...).  String columns use pandas' nullable
    ``string`` dtype, so a missing ``high`` or ``qualifier`` is ``pd.NA``.  Mentions of a row keep
    their text order and rows keep the frame's order.  The index repeats the source labels (the
    same values as ``doc``), so the input's divisions still hold and the result joins back to
    ``ddf`` on its index.  Rows whose text is missing (None/NA) give no mentions.

    With ``to=`` a currency code and either ``on=`` (one date for every row) or ``date_column=``
    (a column of dates, datetimes or ISO strings; a missing date converts nothing), each amount is
    converted with :func:`rates.convert` and the columns :data:`CONVERSION_COLUMNS` follow:
    ``converted`` and ``converted_high`` (exact strings), ``rate_date`` (the fixing used, a pyarrow
    ``date32``) and ``rate_source``.  When ``rates`` has no rate for a mention's currency or date,
    ``rate_errors="null"`` leaves those cells missing and ``rate_errors="raise"`` raises its
    error; an unknown target currency always raises.

    Raises :class:`ColumnNotFoundError` (a ``KeyError``) for a column that is not in ``ddf`` and
    :class:`ConversionOptionError` (a ``ValueError``) for options that name no conversion.
    """
    if not isinstance(ddf, dd.DataFrame):
        raise TypeError(f"extract_frame needs a dask DataFrame, got {type(ddf).__name__!r}")
    columns = tuple(ddf.columns)
    if column not in columns:
        raise ColumnNotFoundError(column, columns)
    if date_column is not None and date_column not in columns:
        raise ColumnNotFoundError(date_column, columns)
    if rate_errors not in ("null", "raise"):
        raise ConversionOptionError("rate_errors", rate_errors, "must be 'null' or 'raise'")
    day: _dt.date | None = None
    target: str | None = None
    if to is None:
        if on is not None:
            raise ConversionOptionError("on", on, "a date needs a target currency: give to= as well")
        if date_column is not None:
            raise ConversionOptionError(
                "date_column", date_column, "a date column needs a target currency: give to= as well"
            )
    else:
        if not isinstance(to, str) or not re.fullmatch(r"[A-Za-z]{3}", to.strip()):
            raise ConversionOptionError("to", to, "must be a three-letter currency code")
        target = to.strip().upper()
        if on is not None and date_column is not None:
            raise ConversionOptionError("on", on, "give either on= or date_column=, not both")
        if on is None and date_column is None:
            raise ConversionOptionError("to", to, "a conversion needs a date: give on= or date_column=")
        if on is not None:
            day = _as_date(on)
            if day is None:
                raise RowDateError(on)
    assume = _check_assume(assume)  # a caller's error is raised here, not in a worker

    index_name = ddf.index.name
    out_columns = FRAME_COLUMNS + (CONVERSION_COLUMNS if target is not None else ())
    if index_name in out_columns:
        index_name = None
    doc_dtype = ddf._meta.index.dtype
    meta = _build_frame(
        {name: [] for name in out_columns},
        _frame_dtypes(doc_dtype, target is not None),
        [],
        doc_dtype,
        index_name,
    )
    needed = [column] if date_column is None or date_column == column else [column, date_column]
    return ddf[needed].map_partitions(
        _frame_partition,
        column,
        date_column,
        target,
        day,
        assume,
        rate_errors,
        index_name,
        meta=meta,
        enforce_metadata=False,
        transform_divisions=False,
        clear_divisions=False,
    )


# -- results that cross processes ----------------------------------------------------------------


class _Batch(tuple):  # type: ignore[type-arg]
    """A task's results as one value that Dask moves between processes as a single pickle.

    Dask's wire protocol handles a plain ``list`` or ``tuple`` of thousands of records or
    mentions an element at a time (8,600 mention records took 0.6 s to gather, against 0.04 s
    as this subclass); everything else treats it as the tuple it is.
    """

    __slots__ = ()

    def __reduce__(self) -> tuple[type[_Batch], tuple[tuple[Any, ...]]]:
        return (_Batch, (tuple(self),))


# -- extract_bag ----------------------------------------------------------------------------------


_Partial = tuple[int, list[dict[str, object]], list[int]]


def _bag_partition(items: Iterable[Any], assume: dict[str, str] | None) -> list[_Partial]:
    """The records of one bag partition (runs on a worker, fused with reading the partition).

    Returns one element: the number of items, the records, and the indexes of the records whose
    ``id`` is still a position within this partition (those of bare texts).
    """
    from moneyparse import extract

    records: list[dict[str, object]] = []
    local: list[int] = []
    count = 0
    for position, item in enumerate(items):
        count += 1
        if isinstance(item, str):
            ident: object = position
            text = item
            bare = True
        elif isinstance(item, (tuple, list)) and len(item) == 2:
            ident, text = item
            bare = False
        else:
            raise BagRecordError(item)
        for m in extract(text, assume=assume):
            if bare:
                local.append(len(records))
            record: dict[str, object] = {"id": ident}
            record.update(m.as_dict())
            records.append(record)
    return [(count, records, local)]


def _partition_size(partial: list[_Partial]) -> int:
    return partial[0][0]


def _offsets(*sizes: int) -> list[int]:
    """The position in the bag of the first element of each partition."""
    return [0, *itertools.accumulate(sizes)][: len(sizes)]


def _place(partial: list[_Partial], offsets: list[int], index: int) -> _Batch:
    """The records of one partition with bare-text ids shifted to positions in the whole bag.

    The partition is a :class:`_Batch` (a tuple) so that it moves in one piece to whichever
    process gathers the bag.
    """
    _, records, local = partial[0]
    offset = offsets[index]
    if not offset or not local:
        return _Batch(records)
    placed = list(records)  # the partial result may be shared in worker memory: never mutate it
    for i in local:
        record = dict(placed[i])
        record["id"] = int(record["id"]) + offset  # type: ignore[call-overload]
        placed[i] = record
    return _Batch(placed)


def _check_assume(assume: Mapping[str, str] | None) -> dict[str, str] | None:
    """``assume`` checked in this process (see :func:`moneyparse.currency.check_assume`), so that an
    unknown marker or code is raised by the call, not by a task on a worker."""
    from moneyparse.currency import check_assume

    return check_assume(assume)


def extract_bag(bag: db.Bag, *, assume: dict[str, str] | None = None) -> db.Bag:
    """A bag of one dict record per money mention of the texts in ``bag`` (lazy).

    Each element of ``bag`` is either a text (``str``) or an ``(id, text)`` pair (tuple or list
    of two).  A record is ``{"id": ..., **mention.as_dict()}``: for a pair, ``id`` is its own id;
    for a bare text, ``id`` is the text's 0-based position in the bag, counted over all elements
    in bag order (``list(bag)[id]`` is that text).  Records keep bag order, and text order within
    a text.  Amounts are exact strings, so the records are JSON-ready.

    Extraction runs fused with whatever produces each partition; only the small per-partition
    counts and records move between tasks to number bare texts, never the texts themselves.
    A text of another type raises ``TypeError`` from :func:`moneyparse.extract`; an element of
    another shape raises :class:`BagRecordError` (a ``TypeError``), both when computed.

    To bring many records into the client, gather the partitions
    (``itertools.chain.from_iterable(client.gather(client.compute(records.to_delayed())))``):
    ``records.compute()`` gives the same list, but Dask sends a gathered list one element at a
    time: for the 8,598 records of the Wikipedia corpus on two workers, 1.1 s against 0.6 s.
    """
    if not isinstance(bag, db.Bag):
        raise TypeError(f"extract_bag needs a dask Bag, got {type(bag).__name__!r}")
    assume = _check_assume(assume)  # a caller's error is raised here, not in a worker
    partials = bag.map_partitions(_bag_partition, assume).to_delayed()
    # one task turns the partition sizes into offsets: a chain of additions would cost one
    # scheduler round trip per partition
    size = dask.delayed(_partition_size, pure=True)
    offsets = dask.delayed(_offsets, pure=True)(*[size(partial) for partial in partials])
    place = dask.delayed(_place, pure=True)
    return db.from_delayed([place(partial, offsets, k) for k, partial in enumerate(partials)])


# -- extract_files --------------------------------------------------------------------------------


#: Files of one task: a task reads consecutive files until they hold this many bytes, since
#: scheduling a task costs a few milliseconds and extracting a small file less than that.
BATCH_BYTES = 1 << 20
#: The most files one task reads, however small: progress is reported as each task ends.
BATCH_FILES = 256
#: What a file counts towards :data:`BATCH_BYTES` when its size cannot be read where the client is.
_UNKNOWN_SIZE = 64 << 10

_FileResult = tuple[Any, ...]
#: A file the client could not read itself (``read="client"``), with the error.
_Failure = tuple[str, BaseException] | None


def _extract_one(text: str, assume: dict[str, str] | None, lines: bool) -> _FileResult:
    """``(mentions,)`` of one text, or ``(mentions, lines)`` with each mention's 1-based line."""
    from moneyparse import extract

    mentions = tuple(extract(text, assume=assume))
    if not lines:
        return (mentions,)
    return (mentions, tuple(line_numbers(text, [m.start for m in mentions])))


def _extract_paths(
    paths: tuple[str, ...],
    assume: dict[str, str] | None,
    encoding: str,
    errors: str,
    lines: bool = False,
    keep_going: bool = False,
) -> tuple[_FileResult, ...]:
    """Read and extract consecutive files (runs on a worker): one ``(mentions,)`` per file.

    With ``lines`` each file gives ``(mentions, lines)``.  A file that cannot be read gives
    ``(error,)``, which the client raises (or hands to ``on_error``) when the stream reaches
    that file, after the mentions of the files before it; it ends the batch unless
    ``keep_going``.  The results travel back as one :class:`_Batch`.
    """
    results: list[_FileResult] = []
    for path in paths:
        try:
            text = read_document(path, encoding=encoding, errors=errors)
        except Exception as exc:  # raised in file order by the client
            results.append((exc,))
            if keep_going:
                continue
            break
        results.append(_extract_one(text, assume, lines))
    return _Batch(results)


def _extract_texts(
    texts: tuple[str, ...], assume: dict[str, str] | None, lines: bool = False
) -> tuple[_FileResult, ...]:
    """Extract texts already read by the client (runs on a worker); as :func:`_extract_paths`."""
    return _Batch(_extract_one(text, assume, lines) for text in texts)


def _local_size(path: str) -> int:
    """The size of a file as this process sees it, or :data:`_UNKNOWN_SIZE`."""
    if "://" in path:
        return _UNKNOWN_SIZE
    try:
        return os.stat(path).st_size
    except OSError:  # not visible here (a worker's own disk), or missing: the worker will say
        return _UNKNOWN_SIZE


def extract_files(
    paths: Iterable[str | os.PathLike[str]],
    *,
    scheduler: str | distributed.Client | None = None,
    assume: dict[str, str] | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    n_workers: int | None = None,
    read: Literal["worker", "client"] = "worker",
    max_in_flight: int | None = None,
    on_file_done: Callable[[str, int], None] | None = None,
    batch_bytes: int = BATCH_BYTES,
    connect_timeout: float | None = None,
    on_error: Callable[[str, BaseException], None] | None = None,
) -> Iterator[tuple[str, Mention]]:
    """``(path, mention)`` for every money mention of every file, streamed in file order.

    :func:`moneyparse.extract` runs on each whole file decoded as the command line decodes it
    (:func:`moneyparse.files.read_document`: a byte order mark is no part of the text, line ends
    stay as the file writes them), so offsets are those of ``moneyparse extract``.
    ``scheduler`` is the address of a running Dask scheduler (``"tcp://host:8786"``, connected
    by :func:`connect` with ``connect_timeout`` seconds to answer), a ``distributed.Client`` to
    use as it is, or None for a local cluster of ``n_workers`` processes (default: the CPU
    count) that lives as long as the iteration.  The client connects when the iteration starts.

    Each task handles consecutive files until they reach ``batch_bytes`` (sizes as this process
    sees them; a file it cannot see counts 64 KiB) or :data:`BATCH_FILES` files, and always at
    least one file, so a large file is a task of its own and thousands of small ones do not each
    pay a scheduler round trip (``batch_bytes=0``: one task per file).  At most
    ``max_in_flight`` tasks (default: twice the cluster's threads) are in flight at once, and
    results are yielded in the order of ``paths`` as soon as each task and all before it are
    done, so memory holds a window, not the corpus; ``paths`` may be a lazy iterable.  Closing
    the iterator early cancels what is pending.

    ``read="worker"`` has each worker open the file itself (the path, or an fsspec URL such as
    ``s3://...``, must be readable there: a shared file system on a real cluster);
    ``read="client"`` reads in this process and sends the text, for files only this machine sees.

    ``on_file_done(path, count)`` is called after the mentions of each file (also a file with
    none) have been yielded, e.g. to drive a progress bar.  A file that cannot be read raises its
    ``OSError``; undecodable bytes with ``errors="strict"`` raise :class:`FileDecodeError` (a
    ``UnicodeError``) with the path and the byte offset in the file, a directory or a binary
    file :class:`~moneyparse.errors.InputFileError`.  Either error is raised when the stream
    reaches that file, after every mention of the files before it.  With ``on_error``, it is
    passed to ``on_error(path, error)`` instead and the stream goes on with the next file
    (whatever ``on_error`` raises ends the stream).
    """
    _check_file_options(encoding, n_workers, read, max_in_flight, batch_bytes, connect_timeout)
    return _extract_files(
        paths, scheduler, _check_assume(assume), encoding, errors, n_workers, read,
        max_in_flight, on_file_done, batch_bytes, False, connect_timeout, on_error,
    )


def extract_files_with_lines(
    paths: Iterable[str | os.PathLike[str]],
    *,
    scheduler: str | distributed.Client | None = None,
    assume: dict[str, str] | None = None,
    encoding: str = "utf-8",
    errors: str = "strict",
    n_workers: int | None = None,
    read: Literal["worker", "client"] = "worker",
    max_in_flight: int | None = None,
    on_file_done: Callable[[str, int], None] | None = None,
    batch_bytes: int = BATCH_BYTES,
    connect_timeout: float | None = None,
    on_error: Callable[[str, BaseException], None] | None = None,
) -> Iterator[tuple[str, Mention, int]]:
    """``(path, mention, line)``: :func:`extract_files` with the 1-based line of each mention.

    The workers number the lines (a line ends with ``\\n``), as ``moneyparse extract`` numbers
    them in one process; everything else is as :func:`extract_files`.
    """
    _check_file_options(encoding, n_workers, read, max_in_flight, batch_bytes, connect_timeout)
    return _extract_files(
        paths, scheduler, _check_assume(assume), encoding, errors, n_workers, read,
        max_in_flight, on_file_done, batch_bytes, True, connect_timeout, on_error,
    )


def _check_file_options(
    encoding: str,
    n_workers: int | None,
    read: str,
    max_in_flight: int | None,
    batch_bytes: int,
    connect_timeout: float | None = None,
) -> None:
    """Raise in this process, before any work is sent, for options no worker could use."""
    if read not in ("worker", "client"):
        raise ValueError(f"read must be 'worker' or 'client', not {read!r}")
    if max_in_flight is not None and max_in_flight < 1:
        raise ValueError(f"max_in_flight must be at least 1, not {max_in_flight!r}")
    if n_workers is not None and n_workers < 1:
        raise ValueError(f"n_workers must be at least 1, not {n_workers!r}")
    if isinstance(batch_bytes, bool) or not isinstance(batch_bytes, int) or batch_bytes < 0:
        raise ValueError(f"batch_bytes must be a whole number of bytes >= 0, not {batch_bytes!r}")
    "".encode(encoding)  # an unknown encoding raises LookupError here, not on a worker
    if connect_timeout is not None:
        _connect_timeout(connect_timeout)


#: Environment that Dask's nanny gives each worker process and that slows extraction down:
#: a fixed glibc trim threshold also pins the mmap threshold, so the regex engine's large
#: per-search buffers are mapped and unmapped on every search (several times slower).
SLOW_WORKER_ENVIRON: tuple[str, ...] = ("MALLOC_TRIM_THRESHOLD_",)
#: The Dask setting that switches the workers' statistical profiler on or off.
PROFILE_SETTING = "distributed.worker.profile.enabled"


def local_cluster(
    n_workers: int | None = None, *, profile: bool = False, **kwargs: Any
) -> distributed.LocalCluster:
    """A ``distributed.LocalCluster`` of single-threaded worker processes suited to extraction.

    ``n_workers`` defaults to the CPU count.  The workers start without the environment
    variables of :data:`SLOW_WORKER_ENVIRON`, which Dask's nanny otherwise sets for them (and
    leaves behind in the environment of the process that started a cluster).  With
    ``profile=False`` (the default) the workers run without Dask's statistical profiler, a thread
    that takes the interpreter lock every 10 ms to sample the task's stack: extraction is pure
    Python, so the sampling costs it several percent and only feeds the dashboard's profile
    page.  Everything else is Dask's default.  ``kwargs`` go to ``LocalCluster`` (e.g.
    ``memory_limit``) and override these settings.  Close it (or use it as a context manager)
    when done.
    """
    import logging

    options: dict[str, Any] = {
        "n_workers": n_workers or os.cpu_count() or 1,
        "threads_per_worker": 1,
        "processes": True,
        "dashboard_address": ":0",
        "silence_logs": logging.ERROR,
    }
    options.update(kwargs)
    # a None value in pre-spawn-environ is Dask's way to leave a variable out; the worker
    # processes inherit this process's environment, so it must not hold them while they spawn
    settings: dict[str, Any] = {
        f"distributed.nanny.pre-spawn-environ.{name}": None for name in SLOW_WORKER_ENVIRON
    }
    # each nanny hands its worker a copy of the configuration in force when it starts
    settings[PROFILE_SETTING] = bool(profile)
    saved = {name: os.environ.pop(name) for name in SLOW_WORKER_ENVIRON if name in os.environ}
    try:
        with dask.config.set(settings):
            return distributed.LocalCluster(**options)
    finally:
        os.environ.update(saved)


def _connect_timeout(timeout: float | None) -> float:
    """``timeout`` in seconds, or Dask's ``distributed.comm.timeouts.connect`` for ``None``."""
    if timeout is None:
        configured = dask.config.get("distributed.comm.timeouts.connect")
        return float(dask.utils.parse_timedelta(configured, default="seconds"))
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0:
        raise ValueError(f"connect_timeout must be a positive number of seconds, not {timeout!r}")
    return float(timeout)


def _abandon(client: distributed.Client) -> None:
    """Let go of a client whose construction failed, so that collecting it does not wait.

    Such a client keeps the event loop its constructor started; closing it, as its finalizer
    does, waits on that loop for twice the connect timeout and ends in a ``TimeoutError``.
    """
    try:
        client.status = "closed"
        client._loop_runner.stop()
    except Exception:  # pragma: no cover - what a failed constructor left varies with Dask
        pass


def _construct(client: distributed.Client, address: str, seconds: float) -> BaseException | None:
    """Run the constructor of ``client`` for ``address``; the error that stopped it, if any.

    Dask bounds the TCP connection by its timeout but not the exchange of greetings after it:
    a server that accepts and stays silent would hold the constructor forever.  It runs in a
    thread of its own, given ``seconds`` in all.
    """
    import threading

    outcome: list[BaseException | None] = []

    def build() -> None:
        try:
            client.__init__(address, set_as_default=False, timeout=seconds)  # type: ignore[misc]
        except BaseException as exc:  # handed to the caller
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=build, name="moneyparse-connect", daemon=True)
    thread.start()
    thread.join(seconds)
    if not outcome:
        return TimeoutError(f"no answer within {seconds:g} s")
    return outcome[0]


def connect(address: str, *, timeout: float | None = None, probe: bool = True) -> distributed.Client:
    """A client of the Dask scheduler at ``address`` (``tcp://HOST:PORT``), not set as default.

    The address is checked first (:class:`SchedulerAddressError` for ``notaurl`` or
    ``http://...``, before any connection); with ``probe`` a TCP connection is opened and closed
    at once, so that a refused connection or an unknown host fails at once rather than after
    Dask's retries; then the client connects, allowed ``timeout`` seconds in all, greetings
    included (default: Dask's ``distributed.comm.timeouts.connect``, 30 s).  Any failure to
    connect raises :class:`SchedulerError` (a ``ConnectionError``) naming the address and the
    reason.  Close the client when done.
    """
    from moneyparse._scheduler import check_address
    from moneyparse._scheduler import probe as probe_address

    address = check_address(address)
    seconds = _connect_timeout(timeout)
    if probe:
        probe_address(address, seconds)
    client = distributed.Client.__new__(distributed.Client)
    failure = _construct(client, address, seconds)
    if failure is not None:
        _abandon(client)
        detail = " ".join(str(failure).split())
        if isinstance(failure, OSError):  # Dask's own words: "Timed out trying to connect to ..."
            reason = detail or type(failure).__name__
        else:  # something listens there, but does not answer as a scheduler does
            reason = f"no Dask scheduler answered there ({type(failure).__name__}: {detail})"
        raise SchedulerError(address, reason) from failure
    return client


def _open_client(
    scheduler: str | distributed.Client | None, n_workers: int | None, connect_timeout: float | None = None
) -> tuple[distributed.Client, list[Any]]:
    """The client to use and the things to close after the run (none for a caller's client)."""
    if isinstance(scheduler, distributed.Client):
        return scheduler, []
    if scheduler is not None:
        client = connect(scheduler, timeout=connect_timeout)
        return client, [client]
    cluster = local_cluster(n_workers)
    client = distributed.Client(cluster, set_as_default=False)
    return client, [client, cluster]


def _take_batch(
    source: Iterator[str | os.PathLike[str]], read: str, encoding: str, errors: str, batch_bytes: int, keep_going: bool
) -> tuple[list[str], list[str], _Failure, bool]:
    """The files of one task, taken from ``source``: their paths, their texts when the client reads
    them (``read="client"``), the file after them that could not be read with its error (reported
    once the files before it are done), and whether to stop taking files (``source`` is exhausted,
    or a file could not be read and ``keep_going`` is false)."""
    batch: list[str] = []
    texts: list[str] = []
    size = 0
    while not batch or (size < batch_bytes and len(batch) < BATCH_FILES):
        try:
            path = os.fspath(next(source))
        except StopIteration:
            return batch, texts, None, True
        if read == "client":
            try:
                text = read_document(path, encoding=encoding, errors=errors)
            except Exception as exc:  # raised after the files before it
                return batch, texts, (path, exc), not keep_going
            texts.append(text)
            size += len(text)
        else:
            size += _local_size(path)
        batch.append(path)
    return batch, texts, None, False


def _file_results(
    batch: list[str],
    results: Iterable[Any],
    lines: bool,
    on_file_done: Callable[[str, int], None] | None,
    on_error: Callable[[str, BaseException], None] | None,
) -> Iterator[Any]:
    """The mentions of one task's files in order, ``(path, mention)`` or ``(path, mention, line)``
    with ``lines``; the error of a file is raised, or handed to ``on_error`` and the file skipped."""
    for path, result in zip(batch, results):
        if isinstance(result[0], BaseException):
            if on_error is None:
                raise result[0]
            on_error(path, result[0])
            continue
        mentions = result[0]
        if lines:
            for mention, line in zip(mentions, result[1], strict=True):
                yield path, mention, line
        else:
            for mention in mentions:
                yield path, mention
        if on_file_done is not None:
            on_file_done(path, len(mentions))


def _extract_files(
    paths: Iterable[str | os.PathLike[str]],
    scheduler: str | distributed.Client | None,
    assume: dict[str, str] | None,
    encoding: str,
    errors: str,
    n_workers: int | None,
    read: str,
    max_in_flight: int | None,
    on_file_done: Callable[[str, int], None] | None,
    batch_bytes: int,
    lines: bool,
    connect_timeout: float | None = None,
    on_error: Callable[[str, BaseException], None] | None = None,
) -> Iterator[Any]:
    """``(path, mention)`` of every file, or ``(path, mention, line)`` with ``lines``."""
    client, owned = _open_client(scheduler, n_workers, connect_timeout)
    keep_going = on_error is not None
    # each entry: the files of one task, its future, and the file after them that this process
    # could not read, with its error (read="client")
    pending: deque[tuple[list[str], distributed.Future[Any] | None, _Failure]] = deque()
    try:
        window = max_in_flight or max(2, 2 * sum(client.nthreads().values()))
        source = iter(paths)
        exhausted = False

        def next_batch() -> tuple[list[str], distributed.Future[Any] | None, _Failure]:
            """Take files from ``source`` for one task and submit it."""
            nonlocal exhausted
            batch, texts, failure, exhausted = _take_batch(source, read, encoding, errors, batch_bytes, keep_going)
            if not batch:
                return batch, None, failure
            if read == "worker":
                future = client.submit(
                    _extract_paths, tuple(batch), assume, encoding, errors, lines, keep_going, pure=False
                )
            else:
                [data] = client.scatter([tuple(texts)], hash=False)
                future = client.submit(_extract_texts, data, assume, lines, pure=False)
            return batch, future, failure

        while True:
            while not exhausted and len(pending) < window:
                batch, future, failure = next_batch()
                if batch or failure is not None:
                    pending.append((batch, future, failure))
            if not pending:
                break
            batch, future, failure = pending.popleft()
            results = future.result() if future is not None else ()
            if future is not None:
                future.release()
            yield from _file_results(batch, results, lines, on_file_done, on_error)
            if failure is not None:
                if on_error is None:
                    raise failure[1]
                on_error(*failure)
    finally:
        if pending:
            client.cancel([future for _, future, _ in pending if future is not None])
            pending.clear()
        for resource in owned:
            resource.close()
