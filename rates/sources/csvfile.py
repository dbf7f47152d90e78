"""A user CSV of dated rates, read and checked in full before use.

The layout is the ECB's: a header ``Date,USD,GBP,...`` and one row per fixing date
(``YYYY-MM-DD``), each value the units of that currency per 1 unit of ``base`` (default EUR);
``N/A`` or an empty field where a currency has no fixing.  Rows may run in ascending or
descending date order, but not both; duplicate dates, bad numbers, missing columns and stray
text are refused with :class:`~rates.RateDataError` naming the file and line.  Every rate read
from it says so: its ``kind`` is :attr:`RateKind.USER <rates.RateKind.USER>` ("your file").
"""

from __future__ import annotations

import os

from rates.codes import normalize
from rates.errors import RateDataError
from rates.history import Table
from rates.results import RateKind
from rates.sources.base import TableSource

__all__ = ["CSVSource"]


class CSVSource(TableSource):
    """Rates from a CSV file: ``CSVSource("my-rates.csv", base="USD")``; usable as ``source=``."""

    def __init__(self, path: str | os.PathLike[str], *, base: str = "EUR", name: str | None = None) -> None:
        label = os.fspath(path)
        with open(label, "rb") as f:
            raw = f.read()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            line = raw[: err.start].count(b"\n") + 1
            raise RateDataError(label, line, "not UTF-8", raw[err.start : err.start + 1]) from None
        shown = name if name is not None else f"csv:{os.path.basename(label)}"
        super().__init__(Table(text, path=label, name=shown, base=normalize(base), full=True, kind=RateKind.USER))
