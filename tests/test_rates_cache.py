"""A downloaded rate file that cannot be read: a typed warning naming it, the bundled rates meanwhile.

Every fault a cached file can have (not an archive, an archive cut short, a row of the wrong
shape, a bad value in the newest row or in an older one) warns with a
:class:`rates.RateCacheWarning` that names the file and the command that downloads it again, and
the embedded history answers; on the command line the warning is one line.
"""

from __future__ import annotations

import datetime as dt
import pickle
import warnings
from pathlib import Path

import pytest

import rates
import rates.conversion
from moneyparse.cli import main
from rates.sources import ecb, fed
from test_rates_support import SMALL_CSV, ecb_zip_bytes

D = dt.date
EMBEDDED_LAST = ecb.peek_last(ecb.EMBEDDED)
assert EMBEDDED_LAST is not None
#: Two days past the embedded history: a cached copy with it is newer, and so is used.
NEWEST = EMBEDDED_LAST + dt.timedelta(days=2)
#: The fixture's rows, then a row newer than the embedded history (1 USD = 7.5 CNY).
GOOD = SMALL_CSV.read_text() + f"{NEWEST.isoformat()},1.2,0.8,9,150,1\n"


@pytest.fixture
def cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """An empty user cache directory, the default history forgotten before and after the test."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    ecb.default_source.cache_clear()
    rates.conversion.clear_caches()
    directory = tmp_path / "xdg" / "moneyparse"
    directory.mkdir(parents=True)
    yield directory
    ecb.default_source.cache_clear()
    rates.conversion.clear_caches()


def write_archive(cache: Path, data: bytes) -> Path:
    path = cache / ecb.CACHE_NAME
    path.write_bytes(data)
    return path


#: Each fault, as the bytes of the cached file, and the reason the warning gives.
FAULTS = {
    "random bytes": (bytes(range(256)) * 8, "not a zip archive, or one cut short"),
    "cut short": (ecb_zip_bytes(GOOD)[:-40], "not a zip archive, or one cut short"),
    "bad newest value": (
        ecb_zip_bytes(GOOD.replace(f"{NEWEST.isoformat()},1.2,", f"{NEWEST.isoformat()},1.2x,")),
        "line 2: bad number in column 'USD': '1.2x'",
    ),
    "row of the wrong shape": (
        ecb_zip_bytes(GOOD.replace("2025-01-06,1.25,0.5,8,125,1", "2025-01-06,1.25,0.5,8,125")),
        "line 7: expected 7 columns: '2025-01-06,1.25,0.5,8,125,'",
    ),
}


def test_a_good_newer_copy_is_used_without_a_word(cache: Path) -> None:
    write_archive(cache, ecb_zip_bytes(GOOD))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rate = rates.rate("USD", "CNY")
    assert (rate.value, rate.date) == (rates.Decimal("7.5"), NEWEST)


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_an_unusable_copy_warns_and_the_embedded_history_answers(cache: Path, fault: str) -> None:
    data, reason = FAULTS[fault]
    path = write_archive(cache, data)
    with pytest.warns(rates.RateCacheWarning) as caught:
        rate = rates.rate("USD", "CNY")
    (warning,) = [w.message for w in caught if isinstance(w.message, rates.RateCacheWarning)]
    assert isinstance(warning, rates.RatesWarning) and isinstance(warning, RuntimeWarning)
    assert (warning.path, warning.reason, warning.command) == (str(path), reason, "moneyparse rates update")
    assert repr(str(path)) in str(warning) and "moneyparse rates update" in str(warning)
    assert rate.date == EMBEDDED_LAST  # the embedded history's latest fixing, not the cached one
    assert rates.data_info().origin == "embedded"


def test_a_bad_value_deeper_down_warns_when_read_and_the_embedded_history_answers(cache: Path) -> None:
    bad = GOOD.replace("2025-01-07,2,1,16,", "2025-01-07,2,1,1six,")
    path = write_archive(cache, ecb_zip_bytes(bad))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert rates.rate("USD", "CNY").date == NEWEST  # the newest row is sound: the copy is used
        assert rates.rate("USD", "CNY", on=D(2025, 1, 6)).value == 8 / rates.Decimal("1.25")
    with pytest.warns(rates.RateCacheWarning) as caught:
        rate = rates.rate("USD", "CNY", on=D(2025, 1, 7))
    (warning,) = [w.message for w in caught]
    assert (warning.path, warning.reason) == (str(path), "line 6: bad number in column 'CNY': '1six'")
    embedded = ecb.ECBSource(ecb.EMBEDDED).lookup("USD", "CNY", D(2025, 1, 7), "previous")
    assert (rate.value, rate.date) == (embedded.value, embedded.date)
    assert rates.rate("USD", "CNY").date == EMBEDDED_LAST  # from then on, the embedded history


def test_a_bad_value_deeper_down_gives_way_in_an_average_too(cache: Path) -> None:
    write_archive(cache, ecb_zip_bytes(GOOD.replace("2025-01-07,2,1,16,", "2025-01-07,2,1,1six,")))
    with pytest.warns(rates.RateCacheWarning, match="1six"):
        average = rates.average("USD", "CNY", D(2025, 1, 2), D(2025, 1, 31))
    embedded = rates.average("USD", "CNY", D(2025, 1, 2), D(2025, 1, 31), source=ecb.ECBSource(ecb.EMBEDDED))
    assert average.value == embedded.value


def test_an_older_sound_copy_is_left_unused_without_a_word(cache: Path) -> None:
    write_archive(cache, ecb_zip_bytes(SMALL_CSV.read_text()))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert rates.rate("USD", "CNY").date == EMBEDDED_LAST


def test_a_broken_daily_file_of_the_federal_reserve_warns_so_too(cache: Path) -> None:
    path = cache / fed.DAILY_CACHE_NAME
    path.write_text("Date,DEXJPUS\n1987-03-02,151.5\n1987-03-03,15x\n", encoding="ascii")
    with pytest.warns(rates.RateCacheWarning) as caught:
        rate = rates.rate("USD", "JPY", on="1987-03-03")
    assert rate.source == "fed-monthly"
    (warning,) = [w.message for w in caught]
    assert (warning.path, warning.reason) == (str(path), "line 3: bad number in column 'JPY': '15x'")
    assert warning.command == "moneyparse rates update --source fed"


def test_a_bad_older_row_of_the_daily_file_steps_aside_when_read(cache: Path) -> None:
    path = cache / fed.DAILY_CACHE_NAME
    path.write_text("Date,DEXJPUS\n1987-03-02,15x\n1987-03-03,151.5\n", encoding="ascii")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rate = rates.rate("USD", "JPY", on="1987-03-03")
    assert (rate.source, rate.value) == ("fed", rates.Decimal("151.5"))  # the newest row is sound
    with pytest.warns(rates.RateCacheWarning) as caught:
        rate = rates.rate("USD", "JPY", on="1987-03-02")
    assert rate.source == "fed-monthly"
    (warning,) = [w.message for w in caught]
    assert (warning.path, warning.reason) == (str(path), "line 2: bad number in column 'JPY': '15x'")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # said once
        assert rates.rate("USD", "JPY", on="1987-03-03").source == "fed-monthly"


def test_every_warning_class_of_the_package_is_a_rates_warning_and_exported() -> None:
    import importlib
    import inspect
    import pkgutil

    found = set()
    for name in ["rates"] + [m.name for m in pkgutil.walk_packages(rates.__path__, "rates.")]:
        for _, obj in inspect.getmembers(importlib.import_module(name), inspect.isclass):
            if issubclass(obj, Warning) and obj.__module__.split(".")[0] == "rates":
                found.add(obj)
    assert found == {rates.RatesWarning, rates.RateCacheWarning}
    assert all(issubclass(cls, rates.RatesWarning) and getattr(rates, cls.__name__) is cls for cls in found)
    assert {name for name in rates.__all__ if name.endswith("Warning")} == {cls.__name__ for cls in found}


def test_the_warning_pickles_with_its_attributes() -> None:
    warning = rates.RateCacheWarning("/x/eurofxref-hist.zip", "a damaged zip archive", "moneyparse rates update")
    again = pickle.loads(pickle.dumps(warning))
    assert type(again) is rates.RateCacheWarning and str(again) == str(warning)
    assert (again.path, again.reason, again.command) == (warning.path, warning.reason, warning.command)


# -- on the command line -------------------------------------------------------------------------


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_the_command_line_says_it_in_one_line_and_answers(
    capsys: pytest.CaptureFixture[str], cache: Path, fault: str
) -> None:
    path = write_archive(cache, FAULTS[fault][0])
    status = main(["rates", "USD", "CNY", "--on", "2025-02-20"])
    out, err = capsys.readouterr()
    assert (status, out) == (0, "1 USD = 7.2591 CNY  (ECB daily fixing of 2025-02-20)\n")
    assert err == (
        f"moneyparse: warning: the downloaded rate file {str(path)!r} is unusable ({FAULTS[fault][1]}); "
        "using the bundled rates meanwhile; delete the file or run 'moneyparse rates update'\n"
    )


def test_the_command_line_says_so_when_a_row_proves_bad_later(capsys: pytest.CaptureFixture[str], cache: Path) -> None:
    write_archive(cache, ecb_zip_bytes(GOOD.replace("2025-01-07,2,1,16,", "2025-01-07,2,1,1six,")))
    status = main(["convert", "100 USD", "--to", "CNY", "--on", "2025-01-07"])
    out, err = capsys.readouterr()
    assert status == 0 and out.startswith("100 USD = ")
    assert err.count("\n") == 1 and err.startswith("moneyparse: warning: the downloaded rate file ")
    assert "line 6: bad number in column 'CNY': '1six'" in err and "Warning" not in err and ".py" not in err
