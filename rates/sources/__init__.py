"""Where rates come from: the ECB history (embedded or refreshed), a user CSV, a text's own rates.

Every source answers the same three questions (:class:`Source`, in :mod:`rates.sources.base`), so
that :func:`rates.convert`, :func:`rates.average` and :func:`rates.check` work on any of them
(``source=...``).  The concrete sources are imported when :func:`resolve` first needs them.
"""

from __future__ import annotations

import os

from rates.sources.base import Source, TableSource

__all__ = ["Source", "TableSource", "resolve"]


def resolve(source: object) -> Source:
    """The :class:`Source` meant by ``source``: ``None`` is the ECB history, a path a CSV file."""
    if source is None:
        from rates.sources.ecb import default_source

        return default_source()
    if isinstance(source, Source):
        return source
    if isinstance(source, (str, os.PathLike)):
        from rates.sources.csvfile import CSVSource

        return CSVSource(source)
    raise TypeError(f"not a rate source: {source!r}")
