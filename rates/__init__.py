"""Dated reference rates, conversion, implied rates and fact-checking.

>>> import datetime, rates
>>> r = rates.rate("USD", "CNY", on=datetime.date(2025, 2, 20))
>>> r.value.quantize(rates.Decimal("0.0001")), r.date, r.source
(Decimal('7.2591'), datetime.date(2025, 2, 20), 'ecb')

The ECB euro reference rates since 1999 ship with the package and load on first use; importing
this package only defines names.  Every name below is loaded from its module when first used.
The currencies the euro replaced convert through it at their fixed rates (``rates.describe``
says how each rate was obtained).

The modules form layers; each imports only from the layers below it (``tests/test_import_graph.py``
checks that no import closes a cycle):

1. ``errors``, ``contexts`` (the decimal contexts), ``dates``, ``quoted`` (protocols, for
   annotations only);
2. ``codes``, ``results``, ``periods``, ``listing`` (what a source holds);
3. ``history`` (the dated table and its date policies, :class:`Policy`);
4. ``sources`` (``base``; then ``ecb``, ``csvfile``, ``legacy`` and ``chain``; then ``bundled``,
   the named sources and the default chain);
5. ``market`` (the market order of a couple, which reads the ECB history), then ``intervals``,
   ``verdicts`` (the rule of a verdict), ``provenance`` (how a rate was obtained, in words);
6. ``conversion``, ``sources.text`` (a text's own rates), ``causes`` (the likely slip);
7. ``checktext`` (a report for people, reading its fields only), ``factcheck``, ``refresh``.

The one import that leaves the package: ``check(text)`` and ``TextSource(text)`` call
``moneyparse.pairs``, imported inside the function that needs it.
"""

from __future__ import annotations

from decimal import Decimal

from rates.errors import (
    CurrencyMismatchError,
    ExtraNotInstalledError,
    InvalidAmountError,
    PeriodError,
    PublicationDateError,
    RateCacheWarning,
    RateDataError,
    RateNotFoundError,
    RatesError,
    RatesWarning,
    UnknownCurrencyError,
    UpdateError,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.causes import Cause, CauseKind
    from rates.codes import normalize
    from rates.conversion import average, convert, convert_column, rate
    from rates.dates import Dateline, DateOrigin, PublicationDate, dateline, find_dateline
    from rates.factcheck import DEFAULT_TOLERANCE, CheckReport, CoupleCheck, PairCheck, check, check_pairs
    from rates.history import LOOKBACK_DAYS, POLICIES, Policy
    from rates.intervals import APPROX_FACTOR, ImpliedRate, implied
    from rates.listing import CurrencyCoverage, SourceCoverage
    from rates.market import market_order
    from rates.periods import Period, period
    from rates.provenance import as_of, describe
    from rates.refresh import DataInfo, UpdateResult, coverage, data_info, update
    from rates.results import Average, ColumnConversion, Conversion, Rate, RateKind
    from rates.sources import Source
    from rates.sources.chain import ChainSource
    from rates.sources.csvfile import CSVSource
    from rates.sources.ecb import ECB_URL, ECBSource, cache_dir
    from rates.sources.legacy import EURO_LEGACY, EuroLegacySource
    from rates.sources.text import TextSource
    from rates.verdicts import Remedy, Verdict

__all__ = [  # noqa: RUF022 (grouped by topic, as the package's documentation presents them)
    # conversion
    "rate",
    "convert",
    "convert_column",
    "average",
    "period",
    "Policy",
    # implied rates and checks
    "implied",
    "check",
    "check_pairs",
    "dateline",
    "find_dateline",
    "market_order",
    "normalize",
    "describe",
    # data and sources
    "update",
    "data_info",
    "coverage",
    "as_of",
    "cache_dir",
    "Source",
    "ECBSource",
    "CSVSource",
    "TextSource",
    "ChainSource",
    "EuroLegacySource",
    # results
    "Rate",
    "RateKind",
    "Conversion",
    "ColumnConversion",
    "Average",
    "Period",
    "ImpliedRate",
    "PairCheck",
    "CoupleCheck",
    "CheckReport",
    "Verdict",
    "Remedy",
    "Cause",
    "CauseKind",
    "Dateline",
    "DateOrigin",
    "PublicationDate",
    "UpdateResult",
    "DataInfo",
    "SourceCoverage",
    "CurrencyCoverage",
    # constants
    "Decimal",
    "ECB_URL",
    "LOOKBACK_DAYS",
    "POLICIES",
    "DEFAULT_TOLERANCE",
    "APPROX_FACTOR",
    "EURO_LEGACY",
    # errors
    "RatesError",
    "UnknownCurrencyError",
    "RateNotFoundError",
    "RateDataError",
    "InvalidAmountError",
    "CurrencyMismatchError",
    "PeriodError",
    "PublicationDateError",
    "UpdateError",
    "ExtraNotInstalledError",
    # warnings
    "RatesWarning",
    "RateCacheWarning",
]

_HOME = {
    "rate": "rates.conversion",
    "convert": "rates.conversion",
    "convert_column": "rates.conversion",
    "average": "rates.conversion",
    "Rate": "rates.results",
    "RateKind": "rates.results",
    "Conversion": "rates.results",
    "ColumnConversion": "rates.results",
    "Average": "rates.results",
    "period": "rates.periods",
    "Period": "rates.periods",
    "implied": "rates.intervals",
    "ImpliedRate": "rates.intervals",
    "APPROX_FACTOR": "rates.intervals",
    "check": "rates.factcheck",
    "check_pairs": "rates.factcheck",
    "dateline": "rates.dates",
    "find_dateline": "rates.dates",
    "Dateline": "rates.dates",
    "DateOrigin": "rates.dates",
    "PublicationDate": "rates.dates",
    "Verdict": "rates.verdicts",
    "Remedy": "rates.verdicts",
    "Cause": "rates.causes",
    "CauseKind": "rates.causes",
    "PairCheck": "rates.factcheck",
    "CoupleCheck": "rates.factcheck",
    "CheckReport": "rates.factcheck",
    "DEFAULT_TOLERANCE": "rates.factcheck",
    "market_order": "rates.market",
    "normalize": "rates.codes",
    "update": "rates.refresh",
    "data_info": "rates.refresh",
    "coverage": "rates.refresh",
    "as_of": "rates.provenance",
    "SourceCoverage": "rates.listing",
    "CurrencyCoverage": "rates.listing",
    "UpdateResult": "rates.refresh",
    "DataInfo": "rates.refresh",
    "cache_dir": "rates.sources.ecb",
    "ECB_URL": "rates.sources.ecb",
    "ECBSource": "rates.sources.ecb",
    "Source": "rates.sources",
    "CSVSource": "rates.sources.csvfile",
    "TextSource": "rates.sources.text",
    "ChainSource": "rates.sources.chain",
    "EuroLegacySource": "rates.sources.legacy",
    "EURO_LEGACY": "rates.sources.legacy",
    "describe": "rates.provenance",
    "Policy": "rates.history",
    "LOOKBACK_DAYS": "rates.history",
    "POLICIES": "rates.history",
}


def __getattr__(name: str) -> object:
    """Load a public name from its module on first use, then keep it as a plain attribute."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module 'rates' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
