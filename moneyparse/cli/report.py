"""What the command line tells a person when something goes wrong, and its exit statuses.

An expected error (a :class:`~moneyparse.MoneyParseError`, a :class:`rates.RatesError`, an
``OSError``, an invalid byte) becomes one line on stderr, ``moneyparse: error: ...``, and exit
status 2; anything else is a bug and keeps its traceback.  Warnings are one line too.
The error classes themselves live in :mod:`moneyparse.errors`.
"""

from __future__ import annotations

import os
import sys

from moneyparse.errors import FileDecodeError, MoneyParseError

PROG = "moneyparse"

EXIT_OK = 0
EXIT_INCONSISTENT = 1
EXIT_USAGE = 2
EXIT_NOTHING_CHECKED = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


def _report(message: str) -> None:
    """Write one error line to stderr."""
    line = " ".join(message.split())
    try:
        sys.stderr.write(f"{PROG}: error: {line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _warn(message: str) -> None:
    """Write one warning line to stderr."""
    try:
        sys.stderr.write(f"{PROG}: warning: {' '.join(message.split())}\n")
    except (OSError, ValueError):
        pass


def _silence_stdout() -> None:
    """Point stdout at the null device so that the final flush at exit cannot fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _describe(exc: BaseException) -> str | None:
    """The one-line message of an expected error, or ``None`` for a bug."""
    rates = sys.modules.get("rates")
    rates_error = getattr(rates, "RatesError", None)
    if isinstance(exc, FileDecodeError):
        return f"{exc}; --errors replace reads on"
    if isinstance(exc, MoneyParseError) or (rates_error is not None and isinstance(exc, rates_error)):
        return str(exc)
    if isinstance(exc, OSError):
        what = exc.strerror or str(exc)
        if exc.filename is not None:
            return f"{os.fsdecode(exc.filename)!r}: {what}"
        return what
    if isinstance(exc, UnicodeDecodeError):
        return f"invalid {exc.encoding} at byte {exc.start}"
    if isinstance(exc, (ValueError, LookupError)):
        return str(exc)
    return None

