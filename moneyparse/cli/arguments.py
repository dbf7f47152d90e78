"""What the commands' parsers are made of: argument types, the parser class, shared options.

Each command declares its own subcommand with these, in its module (``add_parser``), beside the
code that runs it; :func:`moneyparse.cli.build_parser` puts the subcommands together.  A
malformed argument raises :class:`~moneyparse.errors.UsageError`, reported as one line with exit
status 2.
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import NoReturn

from moneyparse.errors import UsageError

# --------------------------------------------------------------------------------------------
# Argument types


def _date(text: str) -> date:
    """A ``YYYY-MM-DD`` date."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r} (expected YYYY-MM-DD)") from None


def _currency(text: str) -> str:
    """A three-letter ISO 4217 code, any case."""
    code = text.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise argparse.ArgumentTypeError(f"invalid currency code {text!r} (expected e.g. USD)")
    return code


def _percent(text: str) -> Decimal:
    """A non-negative percentage (``1``, ``0.5``, ``2%``) as a fraction (``Decimal('0.01')``)."""
    try:
        value = Decimal(text.strip().removesuffix("%"))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"invalid percentage {text!r} (expected e.g. 1 or 0.5)")
    return value / 100


def _positive_int(text: str) -> int:
    """An integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"invalid count {text!r} (expected a positive integer)")
    return value


def _seconds(text: str) -> float:
    """A positive number of seconds (``3``, ``0.5``)."""
    import math

    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"invalid duration {text!r} (expected seconds, e.g. 3 or 0.5)")
    return value


def _encoding(text: str) -> str:
    """The canonical name of a text encoding Python knows."""
    import codecs

    try:
        return codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {text!r}") from None


def _assumption(text: str) -> tuple[str, str]:
    """``MARKER=CODE``: what an ambiguous marker means (``¥=JPY``)."""
    marker, sep, code = text.rpartition("=")
    if not sep or not marker:
        raise argparse.ArgumentTypeError(f"invalid assumption {text!r} (expected MARKER=CODE, e.g. ¥=JPY)")
    return marker, _currency(code)


def _assumption_or_code(text: str) -> tuple[str, str]:
    """``MARKER=CODE``, or a bare ``CODE`` for the marker of the one phrase (``convert``): ``("", CODE)``."""
    if "=" not in text:
        return "", _currency(text)
    return _assumption(text)


#: The help of ``--assume``, the same for every command that takes it.
ASSUME_HELP = (
    "what an ambiguous marker means, e.g. ¥=JPY, or *=CODE for every marker that can mean CODE "
    "(repeatable; a marker of one currency, such as €, keeps it; default: as the text says)"
)


#: The help of ``--address``, the same for every command that takes it.
ADDRESS_HELP = (
    "the web address of the page the text is from: its country's money for every ambiguous marker "
    "the country writes for it (www.paris.cl: $ is CLP, and $257.374 is 257374); --assume wins for "
    "the same marker; a generic domain (.com) assumes nothing; default: no page, the text decides"
)


def _assumptions(pairs: list[tuple[str, str]], address: str | None = None) -> dict[str, str]:
    """The ``--assume`` pairs as the library takes them, each marker and code checked, over what
    the page's ``address`` implies (``--address``: :func:`moneyparse.assume_for_address`).

    A marker no table knows raises :class:`~moneyparse.errors.UnknownMarkerError` (``unknown
    currency marker 'foo'``), a code that names no currency :class:`UsageError`, an address that
    is no web address :class:`~moneyparse.errors.WebAddressError`.  A pair with an empty marker
    (a bare code, see :func:`_assumption_or_code`) is left out.  This loads the lexicon, so it
    runs only when there are pairs or an address.
    """
    if address is not None:
        from moneyparse.addresses import assume_for_address

        return {**assume_for_address(address), **_assumptions(pairs)}
    if not pairs:
        return {}
    from moneyparse.currency import check_assume
    from moneyparse.lexicon import tables

    known = tables()
    assumed: dict[str, str] = {}
    for marker, code in pairs:
        if code not in known.currencies:
            raise UsageError(f"unknown currency code {code!r} in --assume {marker or code}={code}", code)
        if marker:
            assumed[marker] = code
    check_assume(assumed)  # an unknown marker, or a marker of one currency given another
    return assumed


# --------------------------------------------------------------------------------------------
# Parser


class _ArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors become :class:`UsageError` (one line, exit status 2)."""

    def error(self, message: str) -> NoReturn:
        """Raise the parse error instead of printing the usage and exiting."""
        raise UsageError(message)


def _add_reading_options(command: argparse.ArgumentParser) -> None:
    """``--encoding`` and ``--errors``, the same for every command that reads text files."""
    command.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        help="text encoding (default: utf-8; a byte order mark of UTF-8, UTF-16 or UTF-32 decides)",
    )
    command.add_argument(
        "--errors",
        choices=("strict", "replace"),
        default="strict",
        help="invalid bytes and NUL bytes: stop with an error (strict, the default) or read on (replace)",
    )
