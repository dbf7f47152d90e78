"""moneyparse: find every money phrase in a text and normalize it exactly.

>>> import moneyparse
>>> [(m.text, m.amount, m.currency) for m in moneyparse.extract("Capex hit Rmb72.5bn (£8bn).")]
[('Rmb72.5bn', Decimal('72500000000'), 'CNY'), ('£8bn', Decimal('8000000000'), 'GBP')]

Importing this package only defines names: tables and patterns load on first use.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from moneyparse.errors import (
    AmountParseError,
    BagRecordError,
    BinaryFileError,
    ColumnNotFoundError,
    CommandLineError,
    ConversionOptionError,
    DaskExtraMissingError,
    FileDecodeError,
    InputFileError,
    MoneyParseError,
    RowDateError,
    SchedulerAddressError,
    SchedulerError,
    UnknownMarkerError,
    UsageError,
)

if TYPE_CHECKING:  # pragma: no cover
    from moneyparse.mention import Evidence, Mention, Pair, Qualifier

_LAZY = {"Mention", "Pair", "Qualifier", "Evidence"}

__all__ = [
    "extract",
    "iter_extract",
    "pairs",
    "parse",
    "Mention",
    "Pair",
    "Qualifier",
    "Evidence",
    "MoneyParseError",
    "AmountParseError",
    "UnknownMarkerError",
    "InputFileError",
    "BinaryFileError",
    "FileDecodeError",
    "CommandLineError",
    "UsageError",
    "DaskExtraMissingError",
    "SchedulerAddressError",
    "SchedulerError",
    "ColumnNotFoundError",
    "ConversionOptionError",
    "RowDateError",
    "BagRecordError",
]

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """The result types, imported on first use so that ``import moneyparse`` stays cheap."""
    if name in _LAZY:
        from moneyparse import mention

        return getattr(mention, name)
    raise AttributeError(f"module 'moneyparse' has no attribute {name!r}")


def extract(text: str, *, assume: dict[str, str] | None = None) -> list["Mention"]:
    """Every money mention of ``text``, in text order; ``[]`` when there is none.

    ``assume`` maps an ambiguous marker to the currency the caller knows it means
    (``{"¥": "JPY"}``).  Never raises for any ``str``; a non-``str`` raises ``TypeError``.
    """
    from moneyparse.scanner import extract as _extract

    return _extract(text, assume=assume)


def iter_extract(chunks: Iterable[str], *, assume: dict[str, str] | None = None) -> Iterator["Mention"]:
    """The mentions of the concatenation of ``chunks``, streamed; offsets into the joined text.

    Chunks may cut a phrase anywhere: the result equals ``extract("".join(chunks))``.
    """
    from moneyparse.scanner import iter_extract as _iter_extract

    return _iter_extract(chunks, assume=assume)


def pairs(text: str, *, assume: dict[str, str] | None = None) -> list["Pair"]:
    """Every amount that ``text`` quotes in two currencies (``Rmb72.5bn (£8bn)``), in text order."""
    from moneyparse.scanner import pairs as _pairs

    return _pairs(text, assume=assume)


def parse(phrase: str, *, assume: dict[str, str] | None = None) -> "Mention":
    """The one money phrase that ``phrase`` is (surrounding spaces allowed).

    Raises :class:`AmountParseError` (a ``ValueError``) carrying the text when ``phrase`` is not
    exactly one money phrase.
    """
    from moneyparse.scanner import parse as _parse

    return _parse(phrase, assume=assume)
