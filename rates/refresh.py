"""Refresh the rate histories into the user cache, and say which histories are in use.

:func:`update` downloads the ECB history (``source="ecb"``, the default) or the Federal Reserve's
daily rates (``source="fed"``: one CSV per FRED series, stored together as one file).  Either way
every byte is checked before anything is replaced, the new file is written beside the old one
and moved in place, and a download that fails, is cut short or does not read as rates raises and
leaves the cached copy as it was.
"""

from __future__ import annotations

import datetime as _dt
import io
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from rates.errors import RateDataError, UpdateError
from rates.history import Table
from rates.sources.ecb import CACHE_NAME, ECB_URL, default_source, peek_last, read_archive
from rates.sources.ecb import cache_dir as _default_cache_dir
from rates.sources.fed import DAILY_CACHE_NAME, FRED_URL, SERIES, daily_table

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import IO

    from rates.listing import SourceCoverage

__all__ = ["LAG_DAYS", "UPDATE_SOURCES", "DataInfo", "UpdateResult", "coverage", "data_info", "update"]

_MAX_DOWNLOAD = 64 * 1024 * 1024
#: What :func:`update` can download.
UPDATE_SOURCES: tuple[str, ...] = ("ecb", "fed")
#: How many days a daily series may end before the newest of the others before the download is
#: taken for cut short: the H.10 release publishes every series of a week together.
LAG_DAYS = 31


@dataclass(frozen=True, slots=True)
class UpdateResult:
    """What :func:`rates.update` did: ``replaced`` tells whether ``path`` now holds new data."""

    path: str
    url: str
    first: _dt.date
    last: _dt.date
    rows: int
    currencies: tuple[str, ...]
    replaced: bool
    previous_last: _dt.date | None
    reason: str


@dataclass(frozen=True, slots=True)
class DataInfo:
    """Where the reference history in use comes from and what it covers."""

    path: str
    origin: str
    first: _dt.date
    last: _dt.date
    rows: int
    currencies: tuple[str, ...]


def data_info() -> DataInfo:
    """Where the ECB history in use comes from and what it covers."""
    src = default_source()
    t = src.table
    return DataInfo(t.path, src.origin, t.first, t.last, len(t), t.currencies)


def coverage(source: object = None) -> tuple[SourceCoverage, ...]:
    """What ``source`` holds (default: the default chain), table by table in the order asked.

    Each :class:`~rates.SourceCoverage` names a table of rates (``ecb``, ``fed`` once
    downloaded, ``fed-monthly``, ``euro`` for the fixed rates of the currencies the euro
    replaced, or your file), the kind of its rates and where it was read from, and gives every
    currency with its first and last date.  Reading them all takes a fraction of a second.
    """
    from rates.sources import resolve

    return resolve(source).coverage()


def _forget() -> None:
    default_source.cache_clear()
    from rates import conversion

    conversion.clear_caches()


def _download(url: str, timeout: float, opener: Callable[..., IO[bytes]] | None) -> bytes:
    """The body at ``url``, whole: :class:`~rates.UpdateError` when it fails or comes cut short."""
    import http.client

    if opener is None:
        from urllib.request import urlopen

        opener = urlopen
    try:
        with opener(url, timeout=timeout) as response:
            data = response.read(_MAX_DOWNLOAD + 1)
            headers = getattr(response, "headers", None)
            declared = None if headers is None else headers.get("Content-Length")
    except (OSError, ValueError, http.client.HTTPException) as err:
        close = getattr(err, "close", None)  # an HTTP error status holds its response open
        if close is not None:
            close()
        raise UpdateError(url, f"download failed ({type(err).__name__}: {err})") from None
    if len(data) > _MAX_DOWNLOAD:
        raise UpdateError(url, f"download larger than {_MAX_DOWNLOAD} bytes")
    if declared is not None and declared.strip().isdigit() and int(declared) != len(data):
        raise UpdateError(url, f"download cut short: {len(data)} of {int(declared)} bytes")
    return data


def _write(target: Path, data: bytes, url: str, prefix: str) -> None:
    """``data`` into ``target``, through a temporary file beside it and ``os.replace``."""
    import tempfile

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".part", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, target)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as err:
        raise UpdateError(url, f"cannot write {str(target)!r} ({err})") from None


def update(
    *,
    source: str = "ecb",
    url: str | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    timeout: float = 60.0,
    opener: Callable[..., IO[bytes]] | None = None,
    series: Iterable[str] | None = None,
) -> UpdateResult:
    """Download a rate history into the user cache, validated and atomically.

    ``source="ecb"`` (default) downloads the ECB history from ``url`` (default :data:`ECB_URL`);
    ``source="fed"`` the Federal Reserve's daily H.10 rates, one FRED series at a time from
    ``url`` (a template with ``{series}``, default :data:`~rates.sources.fed.FRED_URL`), every
    series of :data:`~rates.sources.fed.SERIES` or those of ``series``.

    Every row and value of the download is checked before anything is replaced; a broken file
    raises :class:`~rates.RateDataError` and leaves the cached copy as it was, and so does a
    daily series that ends weeks before the others (:data:`LAG_DAYS`; it was cut short).  A
    download older than the cached copy, or identical to it, is not written (``replaced=False``
    and ``reason`` say so).  The file is written to a temporary file beside the target and moved
    in place with ``os.replace``.  ``opener(url, timeout=...)`` defaults to
    ``urllib.request.urlopen`` (``file://`` URLs work too).  Network failures, and a body shorter
    than the ``Content-Length`` its server announced, raise :class:`~rates.UpdateError`.
    """
    directory = Path(cache_dir) if cache_dir is not None else _default_cache_dir()
    if source == "fed":
        return _update_fed(url or FRED_URL, directory, timeout, opener, series)
    if source != "ecb":
        raise ValueError(f"unknown source to update {source!r}; use one of {UPDATE_SOURCES!r}")
    if series is not None:
        raise ValueError("series= is for source='fed'")
    url = url or ECB_URL
    data = _download(url, timeout, opener)
    table = Table(read_archive(io.BytesIO(data), url), path=url, name="ecb", base="EUR", full=True)
    if len(table) > 1 and not table.descending:
        raise RateDataError(url, 2, "rows must be in descending date order, as the ECB publishes them")
    target = directory / CACHE_NAME
    previous = peek_last(target) if target.is_file() else None
    return _install(target, data, table, url, previous, ".eurofxref-")


def _install(
    target: Path, data: bytes, table: Table, url: str, previous: _dt.date | None, prefix: str
) -> UpdateResult:
    """Write the checked download ``data`` (read as ``table``) over the cached ``target``, unless it
    ends before the cached copy (``previous``, its last day) or is that copy already."""

    def result(replaced: bool, reason: str) -> UpdateResult:
        return UpdateResult(str(target), url, table.first, table.last, len(table), table.currencies,
                            replaced, previous, reason)

    if previous is not None and table.last < previous:
        return result(False, f"download ends {table.last}, older than the cached copy ({previous})")
    if target.is_file() and target.read_bytes() == data:
        return result(False, "cached copy already identical")
    _write(target, data, url, prefix)
    _forget()
    return result(True, "written")


# -- the Federal Reserve's daily series --------------------------------------------------------

_ROW = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2}),([0-9]+(?:\.[0-9]+)?|\.|)")
_FRED_MISSING = frozenset({"", "."})


def read_fred_series(data: bytes, url: str, series: str) -> dict[str, str]:
    """One FRED series CSV (``observation_date,DEXJPUS`` then ``1971-01-04,358.0200`` rows) as
    ``{ISO date: value}``, the days without a value left out.

    :class:`~rates.RateDataError` names the line of anything else: another series, a row that is
    not a date and a positive number (or empty, or ``.``, FRED's marks of a day without a value),
    a date out of order or not in the calendar, and a series without any value.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise RateDataError(url, data[: err.start].count(b"\n") + 1, "not UTF-8", data[err.start : err.start + 1]) from None
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    header = lines[0].split(",")
    if len(header) != 2 or header[0].strip().lower() not in ("observation_date", "date") or header[1].strip() != series:
        raise RateDataError(url, 1, f"not the CSV of the FRED series {series!r}", lines[0][:60])
    values: dict[str, str] = {}
    previous = ""
    for number, line in enumerate(lines[1:], 2):
        row = _ROW.fullmatch(line)
        if row is None:
            raise RateDataError(url, number, "expected 'YYYY-MM-DD,number'", line[:60])
        day, value = row.groups()
        try:
            _dt.date.fromisoformat(day)
        except ValueError:
            raise RateDataError(url, number, "not a calendar date", day) from None
        if day <= previous:
            raise RateDataError(url, number, "duplicate date" if day == previous else "dates out of order", day)
        previous = day
        if value in _FRED_MISSING:
            continue
        if not Decimal(value):
            raise RateDataError(url, number, "zero rate", value)
        values[day] = value
    if not values:
        raise RateDataError(url, None, f"the series {series!r} holds no value")
    return values


def _peek_last_csv(path: Path) -> _dt.date | None:
    """The date of the last row of a cached daily file (``None`` if unreadable)."""
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 4096))
            tail = f.read().decode("ascii").rstrip("\n").rsplit("\n", 1)[-1]
        return _dt.date.fromisoformat(tail[:10])
    except (OSError, ValueError):
        return None


def _update_fed(
    template: str,
    directory: Path,
    timeout: float,
    opener: Callable[..., IO[bytes]] | None,
    series: Iterable[str] | None,
) -> UpdateResult:
    """:func:`update` of the Federal Reserve's daily rates."""
    if "{series}" not in template:
        raise ValueError(f"the URL of a FRED series must hold '{{series}}': {template!r}")
    ids = tuple(SERIES) if series is None else tuple(series)
    for sid in ids:
        if sid not in SERIES:
            raise ValueError(f"not a daily H.10 series: {sid!r}; use some of {tuple(SERIES)!r}")
    if not ids or len(set(ids)) != len(ids):
        raise ValueError(f"series must name each series once: {ids!r}")
    columns: list[dict[str, str]] = []
    lasts: list[tuple[str, str]] = []
    for sid in ids:
        url = template.format(series=sid)
        values = read_fred_series(_download(url, timeout, opener), url, sid)
        columns.append(values)
        lasts.append((max(values), url))
    newest = _dt.date.fromisoformat(max(day for day, _ in lasts))
    for day, url in lasts:
        if (newest - _dt.date.fromisoformat(day)).days > LAG_DAYS:
            raise RateDataError(url, None, f"ends {day}, weeks before the other series ({newest}): cut short?")
    days = sorted(set().union(*columns))
    body = ["Date," + ",".join(ids)]
    body.extend(day + "," + ",".join(column.get(day, "") for column in columns) for day in days)
    data = ("\n".join(body) + "\n").encode("ascii")
    target = directory / DAILY_CACHE_NAME
    # the file as it will be read, checked in full (structure, every value, the inversions)
    table = daily_table(data.decode("ascii"), template, full=True)
    previous = _peek_last_csv(target) if target.is_file() else None
    return _install(target, data, table, template, previous, ".fed-h10-")

