"""Every error of moneyparse: one hierarchy in moneyparse.errors, each a builtin too, picklable.

The classes are found by importing every module of the package, so an error class defined
anywhere else, or one without an example below, fails here.
"""

from __future__ import annotations

import builtins
import copy
import importlib
import pickle
import pkgutil
import subprocess
import sys
from collections.abc import Callable

import pytest

import moneyparse
from moneyparse import errors

#: Classes that are only ever raised through a subclass.
BASES = {errors.MoneyParseError, errors.CommandLineError}


def _usage_error() -> errors.UsageError:
    """A usage error as the command line raises it (its message is written where it is raised)."""
    from moneyparse import cli

    try:
        cli._check_locale("xx_NOWHERE")
    except errors.UsageError as exc:
        return exc
    raise AssertionError("an unknown locale was accepted")


#: class -> (an instance as it is raised, the attribute holding the offending value)
EXAMPLES: dict[type[BaseException], tuple[Callable[[], BaseException], str]] = {
    errors.AmountParseError: (lambda: errors.AmountParseError("five apples"), "text"),
    errors.UnknownMarkerError: (lambda: errors.UnknownMarkerError("Ɐ$"), "marker"),
    errors.DataTableError: (lambda: errors.DataTableError("lang/fr.tsv", 12, "unknown kind", ("nom", "dollars")), "row"),
    errors.UnknownCurrencyCodeError: (lambda: errors.UnknownCurrencyCodeError("banana", "¥"), "code"),
    errors.AssumptionError: (lambda: errors.AssumptionError("€", "CNY", "EUR"), "marker"),
    errors.WebAddressError: (lambda: errors.WebAddressError("shop..example.cl", "an empty label"), "address"),
    errors.InputFileError: (lambda: errors.InputFileError("notes/", 0, "is a directory"), "path"),
    errors.BinaryFileError: (lambda: errors.BinaryFileError("logo.png", 8), "path"),
    errors.FileDecodeError: (
        lambda: errors.FileDecodeError("bad.txt", 11, "utf-8", "invalid start byte", 12),
        "path",
    ),
    errors.UsageError: (_usage_error, "value"),
    errors.DaskExtraMissingError: (lambda: errors.DaskExtraMissingError("distributed"), "missing"),
    errors.SchedulerAddressError: (
        lambda: errors.SchedulerAddressError("notaurl", "expected tcp://HOST:PORT"),
        "address",
    ),
    errors.SchedulerError: (lambda: errors.SchedulerError("tcp://127.0.0.1:1", "Connection refused"), "address"),
    errors.ColumnNotFoundError: (lambda: errors.ColumnNotFoundError("txt", ("text", "day")), "column"),
    errors.ConversionOptionError: (
        lambda: errors.ConversionOptionError("to", "dollars", "must be a three-letter currency code"),
        "value",
    ),
    errors.RowDateError: (lambda: errors.RowDateError("02/03/2025"), "value"),
    errors.BagRecordError: (lambda: errors.BagRecordError(("a", "b", "c")), "record"),
}


def _all_error_classes() -> set[type[BaseException]]:
    """Every exception class defined in a module of the package."""
    found: set[type[BaseException]] = set()
    for info in pkgutil.walk_packages(moneyparse.__path__, "moneyparse."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # moneyparse.dask without the dask extra
            continue
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, BaseException) and value.__module__.startswith("moneyparse"):
                found.add(value)
    return found


def test_every_error_class_is_in_errors_and_has_an_example() -> None:
    classes = _all_error_classes()
    assert {c for c in classes if c.__module__ != "moneyparse.errors"} == set()
    assert classes == set(EXAMPLES) | BASES
    assert {c.__name__ for c in classes} <= set(errors.__all__)
    assert all(issubclass(c, errors.MoneyParseError) for c in classes)


def test_every_error_is_exported_by_the_package() -> None:
    for cls in set(EXAMPLES) | BASES:
        assert getattr(moneyparse, cls.__name__) is cls and cls.__name__ in moneyparse.__all__


def test_old_names_name_the_same_classes() -> None:
    from moneyparse import cli

    assert cli.UndecodableFileError is errors.FileDecodeError
    for name in ("CommandLineError", "UsageError", "InputFileError", "BinaryFileError", "FileDecodeError"):
        assert getattr(cli, name) is getattr(errors, name)
    dask = pytest.importorskip("moneyparse.dask", reason="the dask extra is not installed")
    for name in (
        "DaskExtraMissingError",
        "ColumnNotFoundError",
        "ConversionOptionError",
        "RowDateError",
        "BagRecordError",
        "FileDecodeError",
        "SchedulerAddressError",
        "SchedulerError",
    ):
        assert getattr(dask, name) is getattr(errors, name)


def _builtin_bases(cls: type) -> set[type]:
    return {b for b in cls.__mro__ if b.__module__ == "builtins" and b not in (BaseException, Exception, object)}


@pytest.mark.parametrize("cls", sorted(EXAMPLES, key=lambda c: c.__name__), ids=lambda c: c.__name__)
def test_error_is_a_builtin_shows_its_value_and_pickles(cls: type[BaseException]) -> None:
    make, attribute = EXAMPLES[cls]
    error = make()
    assert type(error) is cls
    assert _builtin_bases(cls), f"{cls.__name__} is no builtin error but Exception"
    value = getattr(error, attribute)
    assert repr(value) in str(error)
    state = dict(vars(error))
    assert state, "the offending value is an attribute"
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        copied = pickle.loads(pickle.dumps(error, protocol=protocol))
        assert type(copied) is cls
        assert str(copied) == str(error) and copied.args == error.args
        assert vars(copied) == state
    assert str(copy.copy(error)) == str(error)


@pytest.mark.parametrize("cls", sorted(BASES, key=lambda c: c.__name__), ids=lambda c: c.__name__)
def test_base_classes_pickle(cls: type[BaseException]) -> None:
    error = cls("something went wrong")
    copied = pickle.loads(pickle.dumps(error))
    assert type(copied) is cls and str(copied) == "something went wrong"


def test_builtin_bases_fit() -> None:
    fits = {
        errors.AmountParseError: ValueError,
        errors.UnknownMarkerError: LookupError,
        errors.DataTableError: ValueError,
        errors.UnknownCurrencyCodeError: LookupError,
        errors.AssumptionError: ValueError,
        errors.WebAddressError: ValueError,
        errors.InputFileError: ValueError,
        errors.FileDecodeError: UnicodeError,
        errors.UsageError: ValueError,
        errors.DaskExtraMissingError: ImportError,
        errors.SchedulerAddressError: ValueError,
        errors.SchedulerError: ConnectionError,
        errors.ColumnNotFoundError: KeyError,
        errors.ConversionOptionError: ValueError,
        errors.RowDateError: ValueError,
        errors.BagRecordError: TypeError,
    }
    for cls, builtin in fits.items():
        assert issubclass(cls, builtin) and getattr(builtins, builtin.__name__) is builtin


def test_decode_error_keeps_both_sets_of_names() -> None:
    error = errors.FileDecodeError("bad.txt", 11, "utf-8", "invalid start byte", 12)
    assert (error.path, error.offset, error.start, error.end) == ("bad.txt", 11, 11, 12)
    assert (error.encoding, error.reason) == ("utf-8", "invalid start byte")
    assert str(error) == "'bad.txt': invalid utf-8 at byte 11 (invalid start byte)"
    assert isinstance(error, errors.InputFileError) and isinstance(error, ValueError)


def test_errors_module_imports_nothing_heavy() -> None:
    code = (
        "import sys, moneyparse.errors\n"
        "print(','.join(m for m in ('dask', 'distributed', 'pandas', 'rates', 'moneyparse.scanner') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
