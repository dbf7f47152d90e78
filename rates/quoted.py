"""What :mod:`rates` reads of a quoted conversion: structural types, for annotations only.

:func:`rates.implied`, :func:`rates.check_pairs` and :class:`rates.TextSource` take the pairs an
extractor found (``Rmb72.5bn (£8bn)``); they read a few attributes of each side and nothing else.
These protocols name those attributes, so that ``rates`` needs none of the extractor's types:
``moneyparse.Mention`` and ``moneyparse.Pair`` satisfy them, and so does any record with the same
read-only attributes.

This module imports :mod:`typing`, which ``import rates`` does not load: the other modules of the
package import it under ``TYPE_CHECKING`` only.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

__all__ = ["QuotedAmount", "QuotedPair"]


class QuotedAmount(Protocol):
    """One side of a quoted conversion: an amount as written, with its precision and hedge."""

    @property
    def text(self) -> str:
        """The amount as the text writes it (``"£8bn"``), for messages."""

    @property
    def amount(self) -> Decimal:
        """The exact amount, scale applied; the low end of a range."""

    @property
    def high(self) -> Decimal | None:
        """The high end of a range, ``None`` for a single figure."""

    @property
    def currency(self) -> str:
        """The ISO 4217 code (any case; ``RMB`` is read as ``CNY``)."""

    @property
    def precision(self) -> Decimal:
        """The unit of the last written digit, scale applied (``£8bn``: 1000000000)."""

    @property
    def qualifier(self) -> str | None:
        """The hedge: ``"approx"``, ``"more_than"``, ``"at_least"``, ``"less_than"``, ``"at_most"`` or ``None``."""


class QuotedPair(Protocol):
    """One amount quoted in two currencies: ``first`` as the text gives it, ``second`` its equivalent."""

    @property
    def first(self) -> QuotedAmount:
        """The amount given first."""

    @property
    def second(self) -> QuotedAmount:
        """Its equivalent in another currency."""
