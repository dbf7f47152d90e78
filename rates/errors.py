"""The exceptions of :mod:`rates`.

Every error inherits :class:`RatesError` and the builtin that fits it, carries the offending
value as attributes and shows it with ``!r`` in its message, and survives a pickle round trip (to
and from a worker process) with its message and attributes intact.
"""

from __future__ import annotations

import datetime as _dt

__all__ = [
    "CurrencyMismatchError",
    "ExtraNotInstalledError",
    "InvalidAmountError",
    "PeriodError",
    "PublicationDateError",
    "RateCacheWarning",
    "RateDataError",
    "RateNotFoundError",
    "RatesError",
    "RatesWarning",
    "UnknownCurrencyError",
    "UpdateError",
]


class RatesError(Exception):
    """Base class of every error raised by :mod:`rates`."""

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle the error as it is: its ``args`` (the message) and its attributes.

        The default would call the class with ``args`` again, that is with the message in place
        of the constructor's arguments (the currency, the date, the path ...), which either fails
        or nests the message in a new one.
        """
        return _unpickle, (type(self), self.args, self.__dict__)


def _unpickle(cls: type[RatesError], args: tuple[object, ...], attributes: dict[str, object]) -> RatesError:
    """The error ``cls`` with ``args`` and ``attributes``, its constructor not run again."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(attributes)
    return error


class UnknownCurrencyError(RatesError, LookupError):
    """A currency code that is not ISO 4217, or that the rate source does not carry."""

    def __init__(self, code: object, source: str | None = None, reason: str | None = None) -> None:
        self.code = code
        self.source = source
        if reason is None:
            reason = "unknown currency code" if source is None else f"not a currency of source {source!r}"
        self.reason = reason
        super().__init__(f"{code!r}: {reason}")


class RateNotFoundError(RatesError, LookupError):
    """No fixing answers the request: before or after a currency's history, or a day without fixing.

    ``available`` is the ``(first, last)`` dates of the currency's history in the source
    (``None`` when unknown, e.g. for the rates implied by a text).
    """

    def __init__(
        self,
        currency: str,
        on: _dt.date | None,
        available: tuple[_dt.date, _dt.date] | None = None,
        source: str | None = None,
        reason: str = "no fixing",
    ) -> None:
        self.currency = currency
        self.on = on
        self.available = available
        self.source = source
        self.reason = reason
        where = "" if source is None else f" in {source!r}"
        span = "" if available is None else f" (history {available[0]!r} .. {available[1]!r})"
        super().__init__(f"no {currency!r} rate for {on!r}{where}: {reason}{span}")


class RateDataError(RatesError, ValueError):
    """A rate file is corrupt, truncated or tampered with; it was refused.

    ``path`` names the file (or URL), ``line`` the 1-based line of the fault (``None`` when the
    fault is not on one line, e.g. a broken archive), ``value`` the offending text.
    """

    def __init__(self, path: str, line: int | None, reason: str, value: object = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        self.value = value
        where = f"{path!r}" if line is None else f"{path!r}, line {line}"
        shown = "" if value is None else f": {value!r}"
        super().__init__(f"{where}: {reason}{shown}")


class InvalidAmountError(RatesError, ValueError):
    """An amount that cannot be converted: a string that is not a finite decimal number, a range."""

    def __init__(self, amount: object, reason: str = "not a finite decimal amount") -> None:
        self.amount = amount
        self.reason = reason
        super().__init__(f"{reason}: {amount!r}")


class CurrencyMismatchError(RatesError, ValueError):
    """A ``Money`` amount whose currency differs from the currency it is converted from."""

    def __init__(self, amount: object, expected: str) -> None:
        self.amount = amount
        self.expected = expected
        super().__init__(f"amount {amount!r} is not in {expected!r}")


class PeriodError(RatesError, ValueError):
    """A period phrase ("Q4 2024", "the previous year") that cannot be resolved."""

    def __init__(self, text: str, reason: str = "not a period") -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"{text!r}: {reason}")


class PublicationDateError(RatesError, ValueError):
    """A check needs a publication date: none was given and the text has no dateline."""

    def __init__(self, excerpt: str) -> None:
        self.excerpt = excerpt
        super().__init__(
            f"a publication date is needed: pass published=... (no dateline found near {excerpt!r})"
        )


class UpdateError(RatesError, OSError):
    """The rate history could not be downloaded or stored."""

    def __init__(self, url: str, reason: str) -> None:
        self.url = url
        self.reason = reason
        super().__init__(f"{url!r}: {reason}")


class ExtraNotInstalledError(RatesError, ImportError):
    """A feature needs an optional extra that is not installed (the HTML report's charts need matplotlib).

    ``extra`` names the extra to install, ``module`` the module that was missing.
    """

    def __init__(self, extra: str, module: str) -> None:
        self.extra = extra
        self.module = module
        super().__init__(f"{module!r} is not installed: pip install 'moneyparse[{extra}]'")


class RatesWarning(UserWarning):
    """Base class of every warning :mod:`rates` gives; it pickles as its errors do."""

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle the warning with its message and attributes (see :meth:`RatesError.__reduce__`)."""
        return _unpickle_warning, (type(self), self.args, self.__dict__)


def _unpickle_warning(cls: type[RatesWarning], args: tuple[object, ...], attributes: dict[str, object]) -> RatesWarning:
    """The warning ``cls`` with ``args`` and ``attributes``, its constructor not run again."""
    warning = cls.__new__(cls)
    warning.args = args
    warning.__dict__.update(attributes)
    return warning


class RateCacheWarning(RatesWarning, RuntimeWarning):
    """A downloaded rate file in the user cache cannot be read; the bundled data answer meanwhile.

    ``path`` names the file, ``reason`` what is wrong with it, ``command`` the command line that
    downloads it again (``moneyparse rates update``; :func:`rates.update` does the same).  Also a
    ``RuntimeWarning``, the category these warnings had before.
    """

    def __init__(self, path: str, reason: str, command: str) -> None:
        self.path = path
        self.reason = reason
        self.command = command
        super().__init__(
            f"the downloaded rate file {path!r} is unusable ({reason}); the bundled rates answer "
            f"meanwhile: delete the file, or download it again ({command!r}, or rates.update())"
        )
