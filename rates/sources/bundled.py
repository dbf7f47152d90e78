"""The sources that ship with the package, by name, and the default chain of them.

``source=None`` (every function's default) is :func:`default`: the ECB's daily fixings, then the
Federal Reserve's daily rates if ``moneyparse rates update --source fed`` downloaded them, then
the Federal Reserve's monthly averages.  The first that has the rate answers, so that a date and
couple the ECB covers is answered exactly as before, and only a request the ECB cannot answer
reads the Federal Reserve's files.  A name picks one source (``source="fed-monthly"``); every one
of them converts the currencies the euro replaced through it (:mod:`rates.sources.legacy`).

=================  =======================================================================
name               what
=================  =======================================================================
``"ecb"``          the ECB's daily reference fixings (embedded, or the newer cached copy),
                   about 30 currencies from 1999
``"fed"``          the Federal Reserve's daily rates if downloaded, then its monthly averages
``"fed-daily"``    the Federal Reserve's daily rates (once downloaded), 22 currencies from 1971
``"fed-monthly"``  the Federal Reserve's monthly averages (embedded), 33 currencies from 1971
=================  =======================================================================
"""

from __future__ import annotations

import functools

from rates.sources.base import Source
from rates.sources.chain import ChainSource
from rates.sources.ecb import default_source as ecb_source
from rates.sources.legacy import EuroLegacySource

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.sources.fed import FedDailySource, FedMonthlySource

__all__ = ["DEFAULT_NAME", "NAMES", "default", "named"]

#: The names :func:`named` knows, in the order of the default chain.
NAMES: tuple[str, ...] = ("ecb", "fed", "fed-daily", "fed-monthly")
#: The name of the default chain, as reports and errors show it.
DEFAULT_NAME = "ecb+fed"

def daily_source() -> FedDailySource | None:
    """The Federal Reserve's daily rates if downloaded (the module is imported when first reached)."""
    from rates.sources.fed import daily_source as found

    return found()


def monthly_source() -> FedMonthlySource:
    """The Federal Reserve's monthly averages (the module is imported when first reached)."""
    from rates.sources.fed import monthly_source as found

    return found()


_NOT_DOWNLOADED = "no daily rates downloaded ('moneyparse rates update --source fed' downloads them)"


@functools.cache
def default() -> Source:
    """The default source: ECB daily, then Federal Reserve daily (if downloaded), then monthly."""
    return EuroLegacySource(ChainSource(ecb_source, daily_source, monthly_source, name=DEFAULT_NAME))


@functools.cache
def named(name: str) -> Source:
    """The bundled source called ``name`` (one of :data:`NAMES`); ``ValueError`` for another."""
    if name == "ecb":
        members = (ecb_source,)
    elif name == "fed":
        members = (daily_source, monthly_source)  # type: ignore[assignment]
    elif name == "fed-daily":
        members = (daily_source,)  # type: ignore[assignment]
    elif name == "fed-monthly":
        members = (monthly_source,)  # type: ignore[assignment]
    else:
        raise ValueError(f"unknown rate source {name!r}; use one of {', '.join(NAMES)} or a file")
    return EuroLegacySource(ChainSource(*members, name=name, unavailable=_NOT_DOWNLOADED))
