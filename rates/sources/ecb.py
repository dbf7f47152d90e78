"""The ECB euro foreign exchange reference rates: the embedded history and its refreshed copy.

The history ships in ``rates/data/eurofxref-hist.zip`` (see ``rates/data/README.md``).
:func:`rates.update` downloads the current file into the user cache
(``$XDG_CACHE_HOME/moneyparse``, by default ``~/.cache/moneyparse``); the cached copy is used
instead of the embedded one when its latest fixing is newer.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
import zipfile
import zlib

from rates import memo
from rates.errors import RateDataError
from rates.history import Table
from rates.results import RateKind
from rates.sources.base import TableSource, warn_unusable_cache

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from decimal import Decimal
    from pathlib import Path
    from typing import IO

    from rates.history import Policy
    from rates.results import Rate

__all__ = ["CACHE_NAME", "ECB_URL", "EMBEDDED", "ECBSource", "cache_dir", "default_source", "peek_last", "read_archive"]

#: Where the ECB publishes the full history.
ECB_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip"
#: The history that ships with the package.
EMBEDDED = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "eurofxref-hist.zip")
CACHE_NAME = "eurofxref-hist.zip"



def _cache_dir() -> str:
    base = os.environ.get("XDG_CACHE_HOME")
    if not base:
        if os.name == "nt":
            base = os.environ.get("LOCALAPPDATA") or os.path.join(os.path.expanduser("~"), "AppData", "Local")
        else:
            base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "moneyparse")


def cache_dir() -> Path:
    """The user cache directory of the package: ``$XDG_CACHE_HOME/moneyparse`` or its platform default."""
    from pathlib import Path

    return Path(_cache_dir())


def _member(archive: zipfile.ZipFile, label: str) -> str:
    names = [n for n in archive.namelist() if n.lower().endswith(".csv")]
    if len(names) != 1:
        raise RateDataError(label, None, "archive must hold exactly one .csv file", tuple(archive.namelist()))
    return names[0]


def read_archive(source: str | os.PathLike[str] | IO[bytes], label: str) -> str:
    """The CSV text inside an ECB history archive; :class:`~rates.RateDataError` when broken."""
    try:
        with zipfile.ZipFile(source) as archive:
            raw = archive.read(_member(archive, label))
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as err:
        if isinstance(err, FileNotFoundError):
            raise
        raise RateDataError(label, None, f"broken archive ({err})") from None
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise RateDataError(label, line, "non-ASCII byte", raw[err.start : err.start + 1]) from None


def peek_last(path: str | os.PathLike[str]) -> _dt.date | None:
    """The newest fixing date of an ECB archive, read from its first row only (``None`` if unreadable)."""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(_member(archive, str(path))) as f:
            f.readline()
            return _dt.date.fromisoformat(f.readline()[:10].decode("ascii"))
    except (OSError, ValueError, zipfile.BadZipFile, zlib.error, EOFError, RateDataError):
        return None


class ECBSource(TableSource):
    """The ECB history read from one archive; ``origin`` says which ("embedded", "cache", "file").

    An archive of the ECB's layout that a user gives (``moneyparse ... --rates hist.zip``) is
    read with ``kind=RateKind.USER`` and a ``name`` of its own, so that its rates say they came
    from the user's file and not from the ECB.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] = EMBEDDED,
        *,
        origin: str = "file",
        full: bool = False,
        kind: RateKind = RateKind.DAILY,
        name: str = "ecb",
    ) -> None:
        label = os.fspath(path)
        super().__init__(Table(read_archive(label, label), path=label, name=name, base="EUR", full=full, kind=kind))
        self.origin = origin


#: The command line that downloads the ECB history again.
_UPDATE = "moneyparse rates update"


def _unusable(path: str, err: BaseException) -> None:
    """Warn, with a :class:`~rates.RateCacheWarning`, that the cached history ``path`` is unusable."""
    warn_unusable_cache(path, err, _UPDATE)


class _CachedECBSource(ECBSource):
    """The downloaded ECB history, which gives way to the embedded one when a row proves corrupt.

    Its newest row is checked when it is loaded (every request for the latest rate reads it);
    any other row is checked when a request first reads it, and a fault found then warns
    (:class:`~rates.RateCacheWarning`) and answers that request, and every later one, from the
    embedded history.
    """

    def __init__(self, path: str) -> None:
        super().__init__(path, origin="cache")
        self.table.check_newest()

    def _give_way(self, err: RateDataError) -> None:
        _unusable(self.table.path, err)
        self.table = ECBSource(EMBEDDED).table
        self.origin = "embedded"
        memo.clear()  # rates memoized from the cached copy stand no more

    def lookup(self, base: str, quote: str, on: _dt.date | None, policy: Policy | str) -> Rate:
        """See :meth:`~rates.sources.base.Source.lookup`; the embedded history once a row proves corrupt."""
        try:
            return super().lookup(base, quote, on, policy)
        except RateDataError as err:
            if self.origin != "cache" or err.path != self.table.path:
                raise
            self._give_way(err)
        return super().lookup(base, quote, on, policy)

    def series(self, base: str, quote: str, start: _dt.date, end: _dt.date) -> list[tuple[_dt.date, Decimal]]:
        """See :meth:`~rates.sources.base.Source.series`; the embedded history once a row proves corrupt."""
        try:
            return super().series(base, quote, start, end)
        except RateDataError as err:
            if self.origin != "cache" or err.path != self.table.path:
                raise
            self._give_way(err)
        return super().series(base, quote, start, end)


def _newest(path: str) -> _dt.date:
    """The newest fixing date of the archive ``path``; :class:`~rates.RateDataError` or ``OSError``."""
    with zipfile.ZipFile(path) as archive, archive.open(_member(archive, path)) as f:
        f.readline()
        first = f.readline()[:10]
    try:
        return _dt.date.fromisoformat(first.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise RateDataError(path, 2, "bad date", first) from None


@functools.cache
def default_source() -> ECBSource:
    """The ECB history in use: the cached copy when it is newer than the embedded one.

    A cached copy that cannot be read (not an archive, cut short, a corrupt row) is left alone
    with a :class:`~rates.RateCacheWarning` naming it and what to do, and the embedded history
    answers meanwhile; a row found corrupt later, when first read, does the same then.
    """
    cached = os.path.join(_cache_dir(), CACHE_NAME)
    if os.path.isfile(cached):
        try:
            newest = _newest(cached)
        except (RateDataError, OSError, zipfile.BadZipFile, zlib.error, EOFError) as err:
            if isinstance(err, zipfile.BadZipFile):
                err = RateDataError(cached, None, "not a zip archive, or one cut short")
            elif isinstance(err, (zlib.error, EOFError)):
                err = RateDataError(cached, None, "a damaged zip archive")
            _unusable(cached, err)
        else:
            embedded = peek_last(EMBEDDED)
            if embedded is None or newest > embedded:
                try:
                    return _CachedECBSource(cached)
                except (RateDataError, OSError) as err:
                    _unusable(cached, err)
    return ECBSource(EMBEDDED, origin="embedded")
