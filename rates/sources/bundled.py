"""The sources that ship with the package, by name, and the default one.

``source=None`` (every function's default) is the chain :func:`default`.  A name picks one
bundled source (``source="ecb"``); every one of them converts the currencies the euro replaced
through it (:mod:`rates.sources.legacy`).

==============  ==========================================================================
name            what
==============  ==========================================================================
``"ecb"``       the ECB's daily reference fixings (embedded, or the newer cached copy)
==============  ==========================================================================
"""

from __future__ import annotations

import functools

from rates.sources.base import Source
from rates.sources.chain import ChainSource
from rates.sources.ecb import default_source as ecb_source
from rates.sources.legacy import EuroLegacySource

__all__ = ["NAMES", "default", "named"]

#: The names :func:`named` knows, in the order of the default chain.
NAMES: tuple[str, ...] = ("ecb",)


@functools.cache
def default() -> Source:
    """The default source: the ECB's daily fixings, the replaced currencies through the euro."""
    return EuroLegacySource(ChainSource(ecb_source, name="ecb"), name="ecb")


@functools.cache
def named(name: str) -> Source:
    """The bundled source called ``name`` (one of :data:`NAMES`); ``ValueError`` for another."""
    if name == "ecb":
        return EuroLegacySource(ChainSource(ecb_source, name="ecb"), name="ecb")
    raise ValueError(f"unknown rate source {name!r}; use one of {NAMES!r} or a file")
