"""What the tests of real-text forms compare: each mention of a sentence as a row, its span
checked against the text first."""

from __future__ import annotations

from decimal import Decimal

import moneyparse


def readings(text: str) -> list[tuple[str, Decimal, Decimal | None, str]]:
    """(text, amount, high, currency) of each mention of ``text``, in text order."""
    found = moneyparse.extract(text)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.amount, m.high, m.currency) for m in found]


def rows(text: str) -> list[tuple[str, str, str | None, str, str | None]]:
    """(text, amount, high, currency, qualifier) of each mention of ``text``, numbers as strings."""
    return [
        (m_text, str(amount), None if high is None else str(high), currency, qualifier)
        for (m_text, amount, high, currency), qualifier in zip(
            readings(text), (None if m.qualifier is None else str(m.qualifier) for m in moneyparse.extract(text)),
            strict=True,
        )
    ]


def amounts(text: str) -> list[tuple[str, str, str]]:
    """(text, amount, currency) of each mention of ``text``, the amount as a string."""
    return [(m_text, str(amount), currency) for m_text, amount, _high, currency in readings(text)]


def hedged(text: str) -> list[tuple[str, str, str, str | None]]:
    """(text, amount, currency, qualifier) of each mention of ``text``, the amount as a string."""
    return [(m_text, amount, currency, qualifier) for m_text, amount, _high, currency, qualifier in rows(text)]
