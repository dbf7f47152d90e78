"""Refresh the ECB history into the user cache, and say which history is in use."""

from __future__ import annotations

import datetime as _dt
import io
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rates.errors import RateDataError, UpdateError
from rates.history import Table
from rates.sources.ecb import CACHE_NAME, ECB_URL, default_source, peek_last, read_archive
from rates.sources.ecb import cache_dir as _default_cache_dir

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import IO

__all__ = ["DataInfo", "UpdateResult", "data_info", "update"]

_MAX_DOWNLOAD = 64 * 1024 * 1024


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
    """Where the reference history in use comes from and what it covers."""
    src = default_source()
    t = src.table
    return DataInfo(t.path, src.origin, t.first, t.last, len(t), t.currencies)


def _forget() -> None:
    default_source.cache_clear()
    from rates import conversion

    conversion.clear_caches()


def update(
    *,
    url: str = ECB_URL,
    cache_dir: str | os.PathLike[str] | None = None,
    timeout: float = 60.0,
    opener: Callable[..., IO[bytes]] | None = None,
) -> UpdateResult:
    """Download the ECB history from ``url`` into the user cache, validated and atomically.

    Every row and value of the download is checked before anything is replaced; a broken file
    raises :class:`~rates.RateDataError` and leaves the cached copy as it was.  A download older
    than the cached copy, or identical to it, is not written (``replaced=False`` and ``reason``
    say so).  The file is written to a temporary file beside the target and moved in place with
    ``os.replace``.  ``opener(url, timeout=...)`` defaults to ``urllib.request.urlopen``
    (``file://`` URLs work too).  Network failures raise :class:`~rates.UpdateError`.
    """
    directory = Path(cache_dir) if cache_dir is not None else _default_cache_dir()
    if opener is None:
        from urllib.request import urlopen

        opener = urlopen
    try:
        with opener(url, timeout=timeout) as response:
            data = response.read(_MAX_DOWNLOAD + 1)
    except (OSError, ValueError) as err:
        raise UpdateError(url, f"download failed ({err})") from None
    if len(data) > _MAX_DOWNLOAD:
        raise UpdateError(url, f"download larger than {_MAX_DOWNLOAD} bytes")
    table = Table(read_archive(io.BytesIO(data), url), path=url, name="ecb", base="EUR", full=True)
    if len(table) > 1 and not table.descending:
        raise RateDataError(url, 2, "rows must be in descending date order, as the ECB publishes them")
    target = directory / CACHE_NAME
    previous = peek_last(target) if target.is_file() else None

    def result(replaced: bool, reason: str) -> UpdateResult:
        return UpdateResult(str(target), url, table.first, table.last, len(table), table.currencies,
                            replaced, previous, reason)

    if previous is not None and table.last < previous:
        return result(False, f"download ends {table.last}, older than the cached copy ({previous})")
    if target.is_file() and target.read_bytes() == data:
        return result(False, "cached copy already identical")
    import tempfile

    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".eurofxref-", suffix=".part", dir=directory)
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
    _forget()
    return result(True, "written")
