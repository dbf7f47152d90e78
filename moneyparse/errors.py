"""The exceptions of :mod:`moneyparse`.

Every error inherits :class:`MoneyParseError` and the builtin that fits it, carries the offending
value as an attribute and shows it with ``!r`` in its message.
"""

from __future__ import annotations

__all__ = ["MoneyParseError", "AmountParseError", "UnknownMarkerError"]


class MoneyParseError(Exception):
    """Base class of every error raised by :mod:`moneyparse`."""


class AmountParseError(MoneyParseError, ValueError):
    """A phrase given to :func:`moneyparse.parse` is not exactly one money phrase."""

    def __init__(self, text: str, reason: str = "not a money phrase") -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"{text!r}: {reason}")


class UnknownMarkerError(MoneyParseError, LookupError):
    """A currency marker (code, symbol or name) that no table knows."""

    def __init__(self, marker: str) -> None:
        self.marker = marker
        super().__init__(f"unknown currency marker {marker!r}")
