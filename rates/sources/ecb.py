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

from rates.errors import RateDataError
from rates.history import Table
from rates.results import RateKind
from rates.sources.base import TableSource

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from pathlib import Path
    from typing import IO

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


@functools.cache
def default_source() -> ECBSource:
    """The ECB history in use: the cached copy when it is newer than the embedded one.

    A cached copy that fails validation is ignored with a ``RuntimeWarning`` (the embedded history
    stays in use).
    """
    cached = os.path.join(_cache_dir(), CACHE_NAME)
    if os.path.isfile(cached):
        newest = peek_last(cached)
        embedded = peek_last(EMBEDDED)
        if newest is not None and (embedded is None or newest > embedded):
            try:
                return ECBSource(cached, origin="cache")
            except RateDataError as err:
                import warnings

                warnings.warn(f"ignoring the cached rate history: {err}", RuntimeWarning, stacklevel=2)
    return ECBSource(EMBEDDED, origin="embedded")
