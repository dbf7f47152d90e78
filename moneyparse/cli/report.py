"""What the command line tells a person when something goes wrong, and its exit statuses.

An expected error (a :class:`~moneyparse.MoneyParseError`, a :class:`rates.RatesError`, an
``OSError``, an invalid byte) becomes one line on stderr, ``moneyparse: error: ...``, and exit
status 2; anything else is a bug and keeps its traceback.  Warnings are one line too.
The error classes themselves live in :mod:`moneyparse.errors`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from moneyparse.errors import BinaryFileError, FileDecodeError, MoneyParseError

PROG = "moneyparse"

EXIT_OK = 0
EXIT_INCONSISTENT = 1
EXIT_USAGE = 2
EXIT_NOTHING_CHECKED = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
#: 128 + SIGTERM, as a shell reports a process that the signal ended.
EXIT_TERMINATED = 143


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


@contextmanager
def _warnings_as_lines() -> Iterator[None]:
    """While the block runs, every warning is one line on stderr, ``moneyparse: warning: ...``.

    Python's own format names a source file and line and repeats the code that warned.  A
    :class:`rates.RateCacheWarning` says in the command line's words which file is unusable and
    which command downloads it again; it is always shown (a filter that turns warnings into
    errors would otherwise stop the command that the bundled rates can answer).
    """
    import warnings

    from rates.errors import RateCacheWarning, RatesWarning

    def show(message: Warning | str, category: type[Warning], *args: object, **kwargs: object) -> None:
        if isinstance(message, RateCacheWarning):
            command = f"'{message.command}'"
            _warn(
                f"the downloaded rate file {message.path!r} is unusable ({message.reason}); using the "
                f"bundled rates meanwhile; delete the file or run {command}"
            )
        else:
            _warn(str(message))

    with warnings.catch_warnings():
        warnings.showwarning = show
        warnings.simplefilter("default", RatesWarning)
        yield


class _SignalGate:
    """Holds Ctrl-C and SIGTERM back while output is being written, and raises them after.

    A signal whose handler raises while ``write`` waits on a full pipe loses what the text
    stream had taken but not passed on: the record in flight, and with it the JSON array
    closed afterwards.  Writes run inside the gate (``with GATE:``); a signal that comes
    meanwhile is raised when the outermost write is done.  A second signal while the first
    waits is raised at once: a reader that stopped reading (a pager) cannot hold the command.
    """

    def __init__(self) -> None:
        self.depth = 0
        self.pending: BaseException | None = None

    def __enter__(self) -> None:
        self.depth += 1

    def __exit__(self, *exc_info: object) -> None:
        self.depth -= 1
        if self.depth == 0 and self.pending is not None:
            pending, self.pending = self.pending, None
            raise pending

    def deliver(self, error: BaseException) -> None:
        """Raise ``error`` now, or when the write in progress is done."""
        if self.depth and self.pending is None:
            self.pending = error
            return
        self.pending = None
        raise error


#: The one gate of the process (signals are delivered to the main thread only).
GATE = _SignalGate()


@contextmanager
def _signals_as_exceptions() -> Iterator[None]:
    """While the block runs, Ctrl-C raises ``KeyboardInterrupt`` and SIGTERM ``SystemExit(143)``.

    Python's default for SIGTERM ends the process at once, so no ``finally`` runs: an output
    file's ``.part`` stayed behind.  As an exception the signal unwinds the command as Ctrl-C
    does (the temporary file is removed, a JSON array on stdout is closed), and both wait for
    a write in progress (:data:`GATE`).  Outside the main thread, where no handler can be set,
    nothing changes; the previous handlers are restored.
    """
    import signal

    def interrupt(signum: int, frame: object) -> None:
        GATE.deliver(KeyboardInterrupt())

    def terminate(signum: int, frame: object) -> None:
        GATE.deliver(SystemExit(EXIT_TERMINATED))

    previous: dict[int, Any] = {}
    try:
        for number, handler in ((signal.SIGINT, interrupt), (signal.SIGTERM, terminate)):
            if signal.getsignal(number) in (signal.default_int_handler, signal.SIG_DFL):
                previous[number] = signal.signal(number, handler)
    except ValueError:  # not the main thread
        pass
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)


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
    if isinstance(exc, FileDecodeError) or (isinstance(exc, BinaryFileError) and exc.suggested_encoding is None):
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

