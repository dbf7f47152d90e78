"""Where rates come from: the ECB history (embedded or refreshed), the Federal Reserve's (monthly
averages embedded, daily rates downloaded), the currencies the euro replaced, a user CSV, a text's
own rates, and chains of them.

Every source answers the same three questions (:class:`Source`, in :mod:`rates.sources.base`), so
that :func:`rates.convert`, :func:`rates.average` and :func:`rates.check` work on any of them
(``source=...``).  The concrete sources are imported when :func:`resolve` first needs them.
"""

from __future__ import annotations

import os

from rates.sources.base import Source, TableSource

__all__ = ["NAMES", "Source", "TableSource", "resolve", "user_file"]


#: The names of the bundled sources (:mod:`rates.sources.bundled`); any other string is a path.
NAMES: tuple[str, ...] = ("ecb", "fed", "fed-daily", "fed-monthly")


def resolve(source: object) -> Source:
    """The :class:`Source` meant by ``source``.

    ``None`` is the default chain of bundled sources (:func:`rates.sources.bundled.default`); a
    name of :data:`NAMES` is that bundled source; any other ``str`` or path is a file of your own
    rates (:func:`user_file`: a CSV, or an archive laid out as the ECB's; write ``./ecb`` for a
    file that has a source's name).
    """
    if source is None:
        from rates.sources.bundled import default

        return default()
    if isinstance(source, Source):
        return source
    if isinstance(source, str) and source in NAMES:
        from rates.sources.bundled import named

        return named(source)
    if isinstance(source, (str, os.PathLike)):
        return user_file(source)
    raise TypeError(f"not a rate source: {source!r}")


def user_file(path: str | os.PathLike[str]) -> Source:
    """Your own rates from ``path``: an archive laid out as the ECB's (a zip holding one CSV), or a
    CSV file (:class:`~rates.CSVSource`); either is read and checked in full.

    Every rate read from it says ``kind`` "your file" and names the file (``zip:hist.zip``,
    ``csv:my-rates.csv``).
    """
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic == b"PK\x03\x04":
        from rates.results import RateKind
        from rates.sources.ecb import ECBSource

        label = os.path.basename(os.fspath(path))
        return ECBSource(path, origin="file", full=True, kind=RateKind.USER, name=f"zip:{label}")
    from rates.sources.csvfile import CSVSource

    return CSVSource(path)
