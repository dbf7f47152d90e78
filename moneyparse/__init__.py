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
    WebAddressError,
)

if TYPE_CHECKING:  # pragma: no cover
    from datetime import date

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
    "WebAddressError",
    "assume_for_address",
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


def extract(text: str, *, assume: dict[str, str] | None = None, as_of: date | None = None) -> list[Mention]:
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

    ``as_of`` is the day the text was written (a :class:`datetime.date`; ``TypeError`` for
    anything else).  A name that meant one currency before a change and another after it is read
    as the code in force that day, and a withdrawn currency has its own code: "lira" of 1990 is
    ITL (the Italian lira, the default where no country is named), of 2003 TRL, of 2010 TRY; a
    "lira" that the text calls Turkish is TRL before 2005 and TRY after; "francs" are Swiss unless
    a country is named (French FRF, Belgian BEF, before 2002); "roubles" of 1990 are SUR.  The
    text's own words win: "Deutsche marks", "D-marks", "DM", "guilders", "pesetas", "schillings",
    "Irish punts" and "ECUs" are DEM, DEM, DEM, NLG, ESP, ATS, IEP and XEU on any day.  Without
    ``as_of`` a name that today's reader reads as a current currency keeps that reading ("lira"
    is TRY, "francs" CHF), and the names of withdrawn currencies only are read as their codes
    ("marks" is DEM).  Names of one currency (won, real, yen...) are the same on every day.

    Otherwise never raises for any ``str``; a non-``str`` raises ``TypeError``.
    """
    from moneyparse.scanner import extract as _extract

    return _extract(text, assume=assume, as_of=as_of)


def iter_extract(
    chunks: Iterable[str], *, assume: dict[str, str] | None = None, as_of: date | None = None
) -> Iterator[Mention]:
    """The mentions of the concatenation of ``chunks``, streamed; offsets into the joined text.

    Chunks may cut a phrase anywhere: the result equals ``extract("".join(chunks))``.
    ``assume`` and ``as_of`` are as for :func:`extract`, and checked by this call, before any
    chunk is read.
    """
    from moneyparse.scanner import iter_extract as _iter_extract

    return _iter_extract(chunks, assume=assume, as_of=as_of)


def pairs(
    text: str, *, assume: dict[str, str] | None = None, same_currency: bool = False, as_of: date | None = None
) -> list[Pair]:
    """Every amount that ``text`` quotes in two currencies (``Rmb72.5bn (£8bn)``), in text order.

    ``assume`` and ``as_of`` are as for :func:`extract`.  ``same_currency=True`` also lists a bracket whose two
    amounts are in one currency (``$600,000 ($100,000)``): not a conversion, but a fact-check
    lists it rather than drop it.
    """
    from moneyparse.scanner import pairs as _pairs

    return _pairs(text, assume=assume, same_currency=same_currency, as_of=as_of)


def links(text: str, *, assume: dict[str, str] | None = None, as_of: date | None = None) -> list[Pair]:
    """Every amount that ``text`` quotes beside another as :func:`pairs` reads them, whatever their
    currencies, in text order.

    :func:`pairs` is this list without the links in one currency (``Pair.is_conversion`` is
    false for those): ``C$600,000 ($100,000)`` in a text about Canada is a bracket in one dollar,
    a breakdown or a restatement, which a fact-check lists as no conversion rather than drop it.
    ``assume`` and ``as_of`` are as for :func:`extract`.
    """
    from moneyparse.scanner import links as _links

    return _links(text, assume=assume, as_of=as_of)


def parse(phrase: str, *, assume: dict[str, str] | None = None, as_of: date | None = None) -> Mention:
    """The one money phrase that ``phrase`` is (surrounding spaces allowed).

    Raises :class:`AmountParseError` (a ``ValueError``) carrying the text when ``phrase`` is not
    exactly one money phrase; ``assume`` and ``as_of`` are as for :func:`extract`, and raise as there.
    """
    from moneyparse.scanner import parse as _parse

    return _parse(phrase, assume=assume, as_of=as_of)


def assume_for_address(address: str) -> dict[str, str]:
    """The ``assume`` of :func:`extract` that a web page's address implies, for the text of that
    page: the money of the country whose code ends the host name, for every ambiguous marker that
    country writes for it (``"https://www.paris.cl/..."`` gives ``{"$": "CLP", "peso": "CLP",
    "pesos": "CLP"}``, ``"www.olx.com.pk"`` ``"Rs"`` and the rupee's names as PKR, a ``.tw`` shop
    ``"$"`` and ``"元"`` as TWD, ``.uk`` ``"£"`` as GBP).  A URL or a bare host; only the host is
    read, never the path (``zara.com/ar/``: a path is each site's own scheme, and may name a
    language as well as a country).

    ``{}`` for a generic domain (``.com``, ``.net``, ``.org``, ``.shop``), a country code sold
    worldwide as a name of its own (``.co``, ``.io``, ``.tv``; ``tienda.com.co`` is Colombian),
    a code of no country, or an IP address: the text decides.  The mapping always passes
    ``extract``'s check of ``assume``; with it, a figure such as ``$257.374`` of a money whose
    country groups thousands with a point is 257,374 pesos.  Raises :class:`WebAddressError` (a
    ``ValueError`` carrying the value) for a value that is no web address (``"https://"``,
    ``"paris..cl"``, ``"pa ris.cl"``), ``TypeError`` for anything but a ``str``.

    >>> assume_for_address("https://www.bestbuy.ca/en-ca/product/123")["$"]
    'CAD'
    """
    from moneyparse.addresses import assume_for_address as _assume_for_address

    return _assume_for_address(address)
