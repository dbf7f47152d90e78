"""What a rate source holds: result types of :func:`rates.coverage`.

Kept apart from :mod:`rates.results` so that a conversion, which never lists its sources, does not
pay for building these classes; the sources import this module when asked what they cover.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from rates.results import RateKind

__all__ = ["CurrencyCoverage", "SourceCoverage"]


@dataclass(frozen=True, slots=True)
class CurrencyCoverage:
    """One currency of a source: its first and last rate (``last`` ``None``: no end, a fixed rate).

    For monthly averages both are the first day of their month.
    """

    code: str
    first: _dt.date | None
    last: _dt.date | None


@dataclass(frozen=True, slots=True)
class SourceCoverage:
    """What one table of rates holds: its ``name`` (as a :class:`Rate`'s ``source`` says it), the
    ``kind`` of its rates, where it was read from (``origin``: ``"embedded"``, ``"cache"``,
    ``"file"`` ...; ``path``), and each currency with its first and last date, in the table's order.
    """

    name: str
    kind: RateKind
    origin: str
    path: str | None
    currencies: tuple[CurrencyCoverage, ...]
