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
    AssumptionError,
    BagRecordError,
    BinaryFileError,
    ColumnNotFoundError,
    CommandLineError,
    ConversionOptionError,
    DaskExtraMissingError,
    DataTableError,
    FileDecodeError,
    InputFileError,
    MoneyParseError,
    RowDateError,
    SchedulerAddressError,
    SchedulerError,
    UnknownCurrencyCodeError,
    UnknownMarkerError,
    UsageError,
)

if TYPE_CHECKING:  # pragma: no cover
    from moneyparse.mention import Evidence, Mention, Pair, Qualifier

_LAZY = {"Mention", "Pair", "Qualifier", "Evidence"}

__all__ = [
    "AmountParseError",
    "AssumptionError",
    "BagRecordError",
    "BinaryFileError",
    "ColumnNotFoundError",
    "CommandLineError",
    "ConversionOptionError",
    "DaskExtraMissingError",
    "DataTableError",
    "Evidence",
    "FileDecodeError",
    "InputFileError",
    "Mention",
    "MoneyParseError",
    "Pair",
    "Qualifier",
    "RowDateError",
    "SchedulerAddressError",
    "SchedulerError",
    "UnknownCurrencyCodeError",
    "UnknownMarkerError",
    "UsageError",
    "extract",
    "iter_extract",
    "links",
    "pairs",
    "parse",
]

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """The result types, imported on first use so that ``import moneyparse`` stays cheap."""
    if name in _LAZY:
        from moneyparse import mention

        return getattr(mention, name)
    raise AttributeError(f"module 'moneyparse' has no attribute {name!r}")


def extract(text: str, *, assume: dict[str, str] | None = None) -> list[Mention]:
    """Every money mention of ``text``, in text order; ``[]`` when there is none.

    ``assume`` maps an ambiguous marker to the currency the caller knows it means
    (``{"¥": "JPY"}``, ``{"$": "CAD"}``); the key ``"*"`` settles every ambiguous marker that can
    mean its code (``{"*": "CNY"}`` reads ``¥`` as yuan and leaves ``$`` alone).  It never
    overrides a marker of one currency (``€``, ``Rmb``, ``$5.00 CAD``).  An ``assume`` that
    cannot apply is the caller's error, raised before the text is read:
    :class:`UnknownMarkerError` for a marker no table knows (``{"foo": "EUR"}``),
    :class:`UnknownCurrencyCodeError` for a code that is not ISO 4217 (``{"¥": "banana"}``),
    :class:`AssumptionError` for a marker of one currency given another (``{"€": "CNY"}``),
    ``TypeError`` for anything but a mapping of ``str`` to ``str``.

    Otherwise never raises for any ``str``; a non-``str`` raises ``TypeError``.
    """
    from moneyparse.scanner import extract as _extract

    return _extract(text, assume=assume)


def iter_extract(chunks: Iterable[str], *, assume: dict[str, str] | None = None) -> Iterator[Mention]:
    """The mentions of the concatenation of ``chunks``, streamed; offsets into the joined text.

    Chunks may cut a phrase anywhere: the result equals ``extract("".join(chunks))``.
    ``assume`` is as for :func:`extract`, and checked by this call, before any chunk is read.
    """
    from moneyparse.scanner import iter_extract as _iter_extract

    return _iter_extract(chunks, assume=assume)


def pairs(text: str, *, assume: dict[str, str] | None = None, same_currency: bool = False) -> list[Pair]:
    """Every amount that ``text`` quotes in two currencies (``Rmb72.5bn (£8bn)``), in text order.

    ``assume`` is as for :func:`extract`.  ``same_currency=True`` also lists a bracket whose two
    amounts are in one currency (``$600,000 ($100,000)``): not a conversion, but a fact-check
    lists it rather than drop it.
    """
    from moneyparse.scanner import pairs as _pairs

    return _pairs(text, assume=assume, same_currency=same_currency)


def links(text: str, *, assume: dict[str, str] | None = None) -> list[Pair]:
    """Every amount that ``text`` quotes beside another as :func:`pairs` reads them, whatever their
    currencies, in text order.

    :func:`pairs` is this list without the links in one currency (``Pair.is_conversion`` is
    false for those): ``C$600,000 ($100,000)`` in a text about Canada is a bracket in one dollar,
    a breakdown or a restatement, which a fact-check lists as no conversion rather than drop it.
    ``assume`` is as for :func:`extract`.
    """
    from moneyparse.scanner import links as _links

    return _links(text, assume=assume)


def parse(phrase: str, *, assume: dict[str, str] | None = None) -> Mention:
    """The one money phrase that ``phrase`` is (surrounding spaces allowed).

    Raises :class:`AmountParseError` (a ``ValueError``) carrying the text when ``phrase`` is not
    exactly one money phrase; ``assume`` is as for :func:`extract`, and raises as there.
    """
    from moneyparse.scanner import parse as _parse

    return _parse(phrase, assume=assume)
