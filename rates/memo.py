"""The memo of the rates the default source gave, kept apart so that a source can empty it.

:mod:`rates.conversion` fills it (one ``Rate`` per request it answered from the default source);
whatever changes the history in use empties it: :func:`rates.update`, and a downloaded file that
proves corrupt when first read and gives way to the bundled data
(:mod:`rates.sources.ecb`, :mod:`rates.sources.fed`), which cannot import the conversions
without an import cycle.
"""

from __future__ import annotations

from decimal import Decimal

from rates.results import Rate

__all__ = ["RATES", "clear"]

#: ``(from, to, on, policy)`` as the caller spelled them -> ``(rate, rate.value, rate.base)``.
RATES: dict[tuple[object, object, object, object], tuple[Rate, Decimal, str]] = {}


def clear() -> None:
    """Forget every memoized rate (the history in use changed)."""
    RATES.clear()
