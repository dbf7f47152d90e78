"""Every error of :mod:`rates`: typed, carrying its offending value, shown with ``!r``, and intact
after a pickle round trip (as when a worker process raises it)."""

from __future__ import annotations

import copy
import datetime as dt
import importlib
import inspect
import pickle
import pkgutil
from decimal import Decimal

import pytest
from moneyed import Money

import rates
from rates.errors import (
    CurrencyMismatchError,
    ExtraNotInstalledError,
    InvalidAmountError,
    PeriodError,
    PublicationDateError,
    RateDataError,
    RateNotFoundError,
    RatesError,
    UnknownCurrencyError,
    UpdateError,
)

D = dt.date


def _error_classes() -> set[type[BaseException]]:
    """Every exception class defined anywhere in the package (each module is imported); the
    warnings (:class:`rates.RatesWarning`) are not errors and have tests of their own."""
    names = ["rates"] + [m.name for m in pkgutil.walk_packages(rates.__path__, "rates.")]
    found = set()
    for name in names:
        module = importlib.import_module(name)
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if issubclass(obj, BaseException) and not issubclass(obj, Warning) and obj.__module__.split(".")[0] == "rates":
                found.add(obj)
    return found


#: The builtin each error also is, so that ``except LookupError`` / ``except ValueError`` work.
BUILTIN: dict[type[RatesError], type[Exception]] = {
    UnknownCurrencyError: LookupError,
    RateNotFoundError: LookupError,
    RateDataError: ValueError,
    InvalidAmountError: ValueError,
    CurrencyMismatchError: ValueError,
    PeriodError: ValueError,
    PublicationDateError: ValueError,
    UpdateError: OSError,
    ExtraNotInstalledError: ImportError,
}

#: (class, positional arguments, keyword arguments, the offending values its message must show with !r)
CASES: list[tuple[type[RatesError], tuple[object, ...], dict[str, object], tuple[object, ...]]] = [
    (UnknownCurrencyError, ("XYZ",), {}, ("XYZ",)),
    (UnknownCurrencyError, ("XDR", "ecb"), {}, ("XDR", "ecb")),
    (UnknownCurrencyError, (5,), {"reason": "a currency code is a str"}, (5,)),
    (UnknownCurrencyError, ("KRW", "text", "the text quotes no conversion in it"), {}, ("KRW",)),
    (RateNotFoundError, ("USD", D(1990, 1, 1), (D(1999, 1, 4), D(2025, 2, 20)), "ecb", "before the history"), {},
     ("USD", D(1990, 1, 1), "ecb", D(1999, 1, 4))),
    (RateNotFoundError, ("GBP", None, None, "text", "the text quotes no rate from 'USD' to"), {}, ("GBP", "text")),
    (RateNotFoundError, ("CNY", D(2025, 2, 22)), {}, ("CNY", D(2025, 2, 22))),
    (RateDataError, ("my-rates.csv", 3, "bad number in column 'USD'", "1.2.3"), {}, ("my-rates.csv", "1.2.3")),
    (RateDataError, ("https://example.org/x.zip", None, "broken archive (bad magic number)"), {}, ("https://example.org/x.zip",)),
    (RateDataError, ("hist.zip", None, "archive must hold exactly one .csv file", ("a.csv", "b.csv")), {}, (("a.csv", "b.csv"),)),
    (RateDataError, ("rates.csv", 2, "not UTF-8", b"\xff"), {}, (b"\xff",)),
    (InvalidAmountError, ("1_000",), {}, ("1_000",)),
    (InvalidAmountError, (Decimal("-Infinity"),), {}, (Decimal("-Infinity"),)),
    (InvalidAmountError, ("$5-6bn", "a range has no one amount to convert; convert its ends"), {}, ("$5-6bn",)),
    (CurrencyMismatchError, (Money("5", "EUR"), "USD"), {}, (Money("5", "EUR"), "USD")),
    (PeriodError, ("Q5 2024",), {}, ("Q5 2024",)),
    (PeriodError, ("the fourth quarter",), {"reason": "names no year: a publication date is needed"}, ("the fourth quarter",)),
    (PublicationDateError, ("Capex reached Rmb72.5bn (£8bn)",), {}, ("Capex reached Rmb72.5bn (£8bn)",)),
    (UpdateError, ("https://example.org/eurofxref-hist.zip", "download failed (timed out)"), {}, ("https://example.org/eurofxref-hist.zip",)),
    (ExtraNotInstalledError, ("report", "matplotlib"), {}, ("matplotlib",)),
    (RatesError, ("something went wrong",), {}, ()),
]


def _same(a: BaseException, b: BaseException) -> None:
    assert type(a) is type(b)
    assert str(a) == str(b) and repr(a) == repr(b) and a.args == b.args
    assert vars(a) == vars(b)
    if isinstance(a, OSError):
        assert (a.errno, a.strerror, a.filename) == (b.errno, b.strerror, b.filename)  # type: ignore[attr-defined]


def test_every_error_class_of_the_package_has_cases() -> None:
    found = _error_classes()
    assert RatesError in found and UnknownCurrencyError in found
    assert found == {cls for cls, *_ in CASES}, "add representative arguments for each new error to CASES"
    assert found - {RatesError} == set(BUILTIN)
    assert {name for name in rates.__all__ if name.endswith("Error")} == {cls.__name__ for cls in found}


@pytest.mark.parametrize("cls", sorted(BUILTIN, key=lambda c: c.__name__), ids=lambda c: c.__name__)
def test_each_error_is_a_rates_error_and_its_builtin(cls: type[RatesError]) -> None:
    assert issubclass(cls, RatesError) and issubclass(cls, BUILTIN[cls])
    assert cls.__module__ == "rates.errors" and getattr(rates, cls.__name__) is cls


@pytest.mark.parametrize(
    ("cls", "args", "kwargs", "shown"), CASES, ids=[f"{c.__name__}-{i}" for i, (c, *_) in enumerate(CASES)]
)
def test_an_error_survives_pickling_with_its_message_and_attributes(cls, args, kwargs, shown) -> None:
    error = cls(*args, **kwargs)
    message = str(error)
    for value in shown:
        assert repr(value) in message
    if cls is not RatesError:  # each argument is kept as the attribute of its name
        bound = inspect.signature(cls).bind(*args, **kwargs)
        for name, value in bound.arguments.items():
            assert getattr(error, name) == value
    error.add_note("while checking the sample article")
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(error, protocol))
        _same(back, error)
        assert str(back) == message and back.__notes__ == ["while checking the sample article"]
    _same(copy.copy(error), error)
    _same(copy.deepcopy(error), error)


def test_an_attribute_changed_after_raising_survives_pickling() -> None:
    error = RateNotFoundError("USD", D(2025, 2, 22), None, "ecb", "no fixing that day")
    error.available = (D(1999, 1, 4), D(2025, 2, 21))
    back = pickle.loads(pickle.dumps(error))
    assert back.available == (D(1999, 1, 4), D(2025, 2, 21)) and str(back) == str(error)


@pytest.mark.parametrize(
    ("call", "cls"),
    [
        pytest.param(lambda: rates.rate("USD", "ZZZ"), UnknownCurrencyError, id="code not carried"),
        pytest.param(lambda: rates.rate("USD", 7), UnknownCurrencyError, id="code not a str"),
        pytest.param(lambda: rates.rate("USD", "CNY", D(1970, 1, 1)), RateNotFoundError, id="before the history"),
        pytest.param(lambda: rates.rate("USD", "CNY", D(2025, 2, 22), policy="exact"), RateNotFoundError, id="no exact fixing"),
        pytest.param(lambda: rates.convert("1_000", "USD", "CNY"), InvalidAmountError, id="amount"),
        pytest.param(lambda: rates.convert(Money("5", "EUR"), "USD", "CNY"), CurrencyMismatchError, id="money"),
        pytest.param(lambda: rates.period("Q5 2024"), PeriodError, id="period"),
    ],
)
def test_errors_raised_by_the_api_survive_pickling(call, cls) -> None:
    with pytest.raises(cls) as info:
        call()
    _same(pickle.loads(pickle.dumps(info.value)), info.value)


def test_a_refused_rate_file_error_survives_pickling(tmp_path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("Date,USD,\n2025-01-02,1.2.3,\n", encoding="utf-8")
    with pytest.raises(RateDataError) as info:
        rates.CSVSource(path)
    assert info.value.line == 2 and info.value.value == "1.2.3"
    _same(pickle.loads(pickle.dumps(info.value)), info.value)
