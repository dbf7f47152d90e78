"""The exceptions of :mod:`moneyparse`, every one of them, in one hierarchy.

Every error inherits :class:`MoneyParseError` and the builtin that fits it, carries the offending
value as an attribute, shows it with ``!r`` in its message, and survives pickling (a worker
process or a Dask cluster sends it back whole, attributes and message as they were)::

    MoneyParseError
    ├── AmountParseError         ValueError    parse(): not exactly one money phrase
    ├── UnknownMarkerError       LookupError   a currency marker no table knows
    ├── DataTableError           ValueError    a row of a data file that cannot be read
    ├── UnknownCurrencyCodeError LookupError   a currency code that is not ISO 4217
    ├── AssumptionError          ValueError    assume= names a marker of one currency as another
    ├── WebAddressError          ValueError    assume_for_address(): no web address
    ├── InputFileError           ValueError    a file cannot be read as text
    │   ├── BinaryFileError                    it holds NUL bytes
    │   └── FileDecodeError      UnicodeError  invalid bytes in its encoding
    ├── CommandLineError                       the command line (moneyparse.cli)
    │   └── UsageError           ValueError    arguments that are wrong or contradict each other
    ├── DaskExtraMissingError    ImportError   moneyparse.dask without the dask extra
    ├── SchedulerAddressError    ValueError    moneyparse.dask: an address of no scheduler's form
    ├── SchedulerError           ConnectionError  moneyparse.dask: no scheduler answers, or it failed
    ├── ColumnNotFoundError      KeyError      moneyparse.dask: no such column
    ├── ConversionOptionError    ValueError    moneyparse.dask: options that name no conversion
    ├── RowDateError             ValueError    moneyparse.dask: a value that is no date
    └── BagRecordError           TypeError     moneyparse.dask: a bag element of another shape

This module imports nothing: :mod:`moneyparse.dask` raises :class:`DaskExtraMissingError` from
here when Dask itself cannot be imported.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "AmountParseError",
    "AssumptionError",
    "BagRecordError",
    "BinaryFileError",
    "ColumnNotFoundError",
    "CommandLineError",
    "ConversionOptionError",
    "DaskExtraMissingError",
    "DataTableError",
    "FileDecodeError",
    "InputFileError",
    "MoneyParseError",
    "RowDateError",
    "SchedulerAddressError",
    "SchedulerError",
    "UndecodableFileError",
    "UnknownCurrencyCodeError",
    "UnknownMarkerError",
    "UsageError",
    "WebAddressError",
]


def _rebuild(cls: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    """An error of class ``cls`` with the message arguments and attributes it was pickled with."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class MoneyParseError(Exception):
    """Base class of every error raised by :mod:`moneyparse`."""

    def __reduce__(self) -> tuple[Any, ...]:
        # The default pickles only the message and calls the class with it on loading, which
        # fails, or silently shifts every attribute, for a constructor that takes anything else.
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class AmountParseError(MoneyParseError, ValueError):
    """A phrase given to :func:`moneyparse.parse` is not exactly one money phrase."""

    def __init__(self, text: str, reason: str = "not a money phrase") -> None:
        self.text = text
        self.reason = reason
        super().__init__(f"{text!r}: {reason}")


class UnknownMarkerError(MoneyParseError, LookupError):
    """A currency marker (code, symbol or name) that no table knows: ``assume={"foo": "EUR"}``."""

    def __init__(self, marker: str) -> None:
        self.marker = marker
        super().__init__(f"unknown currency marker {marker!r}")


class DataTableError(MoneyParseError, ValueError):
    """A row of one of the package's data files (``moneyparse/data``) that cannot be read.

    ``path`` is the file, relative to ``moneyparse/data`` (``"lang/fr.tsv"``), ``line`` its line
    number (from 1), ``row`` the row's fields and ``reason`` what is wrong with them.
    """

    def __init__(self, path: str, line: int, reason: str, row: tuple[str, ...] = ()) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        self.row = tuple(row)
        super().__init__(f"{path}:{line}: {reason}: {self.row!r}")


class UnknownCurrencyCodeError(MoneyParseError, LookupError):
    """A currency code that is not an ISO 4217 code, current or withdrawn: ``assume={"¥": "banana"}``.

    ``code`` is the value as given; ``marker`` the marker it was given for, if any.
    """

    def __init__(self, code: object, marker: str | None = None) -> None:
        self.code = code
        self.marker = marker
        where = "" if marker is None else f" (given for {marker!r})"
        super().__init__(f"unknown currency code {code!r}{where}: expected an ISO 4217 code such as 'JPY'")


class AssumptionError(MoneyParseError, ValueError):
    """``assume`` gives a marker that names one currency another meaning: ``assume={"€": "CNY"}``.

    ``assume`` settles ambiguous markers only (``$``, ``¥``, ``kr``): ``marker`` always means
    ``meaning``, never ``code``.
    """

    def __init__(self, marker: str, code: str, meaning: str) -> None:
        self.marker = marker
        self.code = code
        self.meaning = meaning
        super().__init__(
            f"{marker!r} always means {meaning}, never {code}: assume settles only markers of several "
            "currencies ('$', '¥', 'kr')"
        )


class WebAddressError(MoneyParseError, ValueError):
    """A value given to :func:`moneyparse.assume_for_address` that is no web address: no host
    (``"https://"``), a space in it, an empty label (``"paris..cl"``), a character no host name
    holds (``"pa_ris.cl"``), a port that is no number.  ``address`` is the value as given,
    ``reason`` what is wrong with it."""

    def __init__(self, address: str, reason: str) -> None:
        self.address = address
        self.reason = reason
        super().__init__(f"not a web address {address!r}: {reason}")


# -- reading files --------------------------------------------------------------------------------


class InputFileError(MoneyParseError, ValueError):
    """A file cannot be read as text; ``offset`` is the byte where reading stopped."""

    def __init__(self, path: str, offset: int, reason: str) -> None:
        self.path = path
        self.offset = offset
        self.reason = reason
        super().__init__(self._describe())

    def _describe(self) -> str:
        """The message: the path, then what is wrong."""
        return f"{self.path!r}: {self.reason}"


class BinaryFileError(InputFileError):
    """A file holds a NUL byte near its start: it is not text in the encoding asked for.

    ``suggested_encoding`` names the encoding its bytes look like when they look like UTF-16 or
    UTF-32 without a byte order mark (``"utf-16-le"``), else it is ``None``.
    """

    def __init__(
        self, path: str, offset: int, reason: str | None = None, *, suggested_encoding: str | None = None
    ) -> None:
        self.suggested_encoding = suggested_encoding
        super().__init__(path, offset, reason or f"binary file (NUL byte at byte {offset}), not text")


class FileDecodeError(InputFileError, UnicodeError):
    """A file holds bytes that are invalid in its encoding (with ``errors="strict"``).

    ``offset`` (also ``start``) and ``end`` are byte offsets in the file of the invalid bytes,
    ``encoding`` the encoding asked for and ``reason`` what the codec says of the bytes.
    """

    def __init__(
        self, path: str, offset: int, encoding: str, reason: str = "invalid data", end: int | None = None
    ) -> None:
        self.encoding = encoding
        self.end = offset + 1 if end is None else end
        super().__init__(path, offset, reason)

    def _describe(self) -> str:
        return f"{self.path!r}: invalid {self.encoding} at byte {self.offset} ({self.reason})"

    @property
    def start(self) -> int:
        """The byte offset of the first invalid byte (the name :class:`UnicodeDecodeError` uses)."""
        return self.offset


#: The name the command line gave :class:`FileDecodeError`; both name one class.
UndecodableFileError = FileDecodeError


# -- the command line -----------------------------------------------------------------------------


class CommandLineError(MoneyParseError):
    """Base class of the errors of the command line's own arguments (exit status 2)."""


class UsageError(CommandLineError, ValueError):
    """The arguments of a command are wrong or contradict each other; ``value`` is the one at fault.

    The message names ``value`` with ``!r`` when there is one (``unknown locale 'xx_YY'``).
    """

    def __init__(self, message: str, value: object = None) -> None:
        self.message = message
        self.value = value
        super().__init__(message)


# -- moneyparse.dask ------------------------------------------------------------------------------


class DaskExtraMissingError(MoneyParseError, ImportError):
    """``moneyparse.dask`` was imported without the packages of the ``dask`` extra."""

    def __init__(self, missing: str) -> None:
        self.missing = missing
        super().__init__(
            f"moneyparse.dask needs the 'dask' extra, but module {missing!r} is not installed: "
            "pip install 'moneyparse[dask]'",
            name=missing,
        )

    def __reduce__(self) -> tuple[Any, ...]:
        # ImportError keeps ``name`` outside the instance dictionary: build it again instead
        return (type(self), (self.missing,))


class SchedulerAddressError(MoneyParseError, ValueError):
    """An address that cannot name a Dask scheduler (``notaurl``: no ``tcp://HOST:PORT``)."""

    def __init__(self, address: object, reason: str) -> None:
        self.address = address
        self.reason = reason
        super().__init__(f"invalid Dask scheduler address {address!r}: {reason}")


class SchedulerError(MoneyParseError, ConnectionError):
    """A Dask scheduler that cannot be reached, or that failed while it ran the work."""

    def __init__(self, address: object, reason: str) -> None:
        self.address = address
        self.reason = reason
        super().__init__(f"Dask scheduler {address!r}: {reason}")


class ColumnNotFoundError(MoneyParseError, KeyError):
    """A column named in a call is not a column of the frame."""

    def __init__(self, column: object, columns: tuple[object, ...] = ()) -> None:
        self.column = column
        self.columns = tuple(columns)
        super().__init__(column)

    def __str__(self) -> str:
        return f"no column {self.column!r} in the frame (columns: {list(self.columns)!r})"


class ConversionOptionError(MoneyParseError, ValueError):
    """``to=``, ``on=`` and ``date_column=`` were combined in a way that names no conversion."""

    def __init__(self, option: str, value: object, reason: str) -> None:
        self.option = option
        self.value = value
        self.reason = reason
        super().__init__(f"{option}={value!r}: {reason}")


class RowDateError(MoneyParseError, ValueError):
    """A value of the date column (or ``on=``) that is no calendar date."""

    def __init__(self, value: object) -> None:
        self.value = value
        super().__init__(f"not a date: {value!r} (give a date, a datetime or an ISO 8601 string)")


class BagRecordError(MoneyParseError, TypeError):
    """An element of a bag that is neither a text nor an ``(id, text)`` pair."""

    def __init__(self, record: object) -> None:
        self.record = record
        super().__init__(f"bag element is neither a str nor an (id, text) pair: {record!r}")
