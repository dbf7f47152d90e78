"""The dated table on a small hand-computable fixture: lookups, policies, cross rates, errors,
validation of tampered files, the ECB archive format, and the update into the cache."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal

import pytest

import rates
import rates.conversion
from rates.sources import ecb
from test_rates_support import SMALL_CSV, ecb_zip_bytes

D = dt.date


@pytest.fixture(scope="module")
def small() -> rates.CSVSource:
    return rates.CSVSource(SMALL_CSV)


# -- lookups -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "quote", "on", "value", "fixing"),
    [
        ("EUR", "USD", D(2025, 1, 2), "1.25", D(2025, 1, 2)),  # a column as written
        ("USD", "EUR", D(2025, 1, 2), "0.8", D(2025, 1, 2)),  # its inverse
        ("USD", "CNY", D(2025, 1, 2), "6.4", D(2025, 1, 2)),  # 8 / 1.25
        ("USD", "CNY", D(2025, 1, 3), "6.25", D(2025, 1, 3)),  # 10 / 1.6
        ("GBP", "CNY", D(2025, 1, 6), "16", D(2025, 1, 6)),  # 8 / 0.5
        ("CHF", "CNY", D(2025, 1, 7), "32", D(2025, 1, 7)),  # 16 / 0.5
        ("USD", "GBP", D(2025, 1, 2), "0.64", D(2025, 1, 2)),
        ("GBP", "JPY", D(2025, 1, 8), "256", D(2025, 1, 8)),  # 160 / 0.625
        # Saturday and Sunday take Friday's fixing
        ("USD", "CNY", D(2025, 1, 4), "6.25", D(2025, 1, 3)),
        ("USD", "CNY", D(2025, 1, 5), "6.25", D(2025, 1, 3)),
        # seven days back is still allowed: 2025-01-15 -> 2025-01-08
        ("USD", "CNY", D(2025, 1, 15), "8", D(2025, 1, 8)),
        # a currency missing on the day asked takes the last day both were fixed
        ("CHF", "USD", D(2025, 1, 21), "1.25", D(2025, 1, 20)),
    ],
)
def test_lookup_values(small, base, quote, on, value, fixing):
    r = rates.rate(base, quote, on, source=small)
    assert r.value == Decimal(value)
    assert (r.base, r.quote, r.date, r.requested, r.source) == (base, quote, fixing, on, "csv:rates_small.csv")


def test_same_currency_is_one(small):
    r = rates.rate("usd", "USD", D(2025, 1, 4), source=small)
    assert r.value == 1 and r.date == D(2025, 1, 4)


def test_latest_when_no_date(small):
    assert rates.rate("USD", "CNY", source=small).date == D(2025, 1, 21)
    # CHF stops on 2025-01-20: the latest common fixing is that day
    assert rates.rate("CHF", "USD", source=small).date == D(2025, 1, 20)


def test_exact_policy(small):
    assert rates.rate("USD", "CNY", D(2025, 1, 7), policy="exact", source=small).value == 8
    with pytest.raises(rates.RateNotFoundError) as info:
        rates.rate("USD", "CNY", D(2025, 1, 4), policy="exact", source=small)
    assert info.value.on == D(2025, 1, 4)
    with pytest.raises(ValueError, match="'nearest'"):
        rates.rate("USD", "CNY", D(2025, 1, 4), policy="nearest", source=small)


@pytest.mark.parametrize(("member", "text"), [(rates.Policy.PREVIOUS, "previous"), (rates.Policy.EXACT, "exact")])
def test_a_policy_member_and_its_string_are_one_policy(small, member, text):
    assert member == text and hash(member) == hash(text) and str(member) == text and f"{member}" == text
    assert rates.Policy(text) is member
    # a Saturday: the exact policy finds nothing, the previous one Friday's fixing
    for on in (D(2025, 1, 4), D(2025, 1, 7)):
        for where in ({"source": small}, {}):
            try:
                expected = rates.rate("USD", "CNY", on, policy=text, **where)
            except rates.RateNotFoundError as err:
                with pytest.raises(rates.RateNotFoundError) as info:
                    rates.rate("USD", "CNY", on, policy=member, **where)
                assert str(info.value) == str(err)
            else:
                assert rates.rate("USD", "CNY", on, policy=member, **where) == expected
                conversion = rates.convert(10, "USD", "CNY", on, policy=member, **where)
                assert conversion == rates.convert(10, "USD", "CNY", on, policy=text, **where)
    column = rates.convert_column([1, 2], "USD", [D(2025, 1, 2), D(2025, 1, 3)], "CNY", policy=member, source=small)
    assert column.rates == (Decimal("6.4"), Decimal("6.25"))


def test_policies_stay_plain_strings_and_unknown_ones_raise_as_before():
    assert rates.POLICIES == ("previous", "exact") and {type(p) for p in rates.POLICIES} == {str}
    assert tuple(rates.Policy) == (rates.Policy.PREVIOUS, rates.Policy.EXACT) == rates.POLICIES
    assert "Policy" in rates.__all__ and rates.LOOKBACK_DAYS == 7
    for bad in ("nearest", "Previous", "", None, ["exact"]):
        message = f"unknown date policy {bad!r}; use one of ('previous', 'exact')"
        for call in (
            lambda bad=bad: rates.rate("USD", "CNY", D(2025, 2, 20), policy=bad),
            lambda bad=bad: rates.convert(1, "USD", "CNY", D(2025, 2, 20), policy=bad),
            lambda bad=bad: rates.convert_column([1], "USD", D(2025, 2, 20), "CNY", policy=bad),
        ):
            with pytest.raises(ValueError) as info:
                call()
            assert type(info.value) is ValueError and str(info.value) == message


def test_gap_longer_than_lookback_raises(small):
    # 2025-01-17 is 9 days after the 2025-01-08 fixing
    with pytest.raises(rates.RateNotFoundError) as info:
        rates.rate("USD", "CNY", D(2025, 1, 17), source=small)
    assert info.value.available == (D(2025, 1, 2), D(2025, 1, 21))
    assert isinstance(info.value, LookupError)


def test_before_and_after_history(small):
    with pytest.raises(rates.RateNotFoundError) as before:
        rates.rate("USD", "CNY", D(2024, 12, 31), source=small)
    assert "before" in str(before.value) and before.value.available[0] == D(2025, 1, 2)
    with pytest.raises(rates.RateNotFoundError) as after:
        rates.rate("CHF", "USD", D(2025, 2, 10), source=small)
    assert after.value.currency == "CHF"
    assert after.value.available == (D(2025, 1, 6), D(2025, 1, 20))
    assert "'CHF'" in str(after.value)
    with pytest.raises(rates.RateNotFoundError):
        rates.rate("CHF", "USD", D(2025, 1, 3), source=small)  # CHF starts on 2025-01-06


def test_codes(small):
    assert rates.rate("rmb", "usd", D(2025, 1, 2), source=small).value == Decimal("0.15625")
    with pytest.raises(rates.UnknownCurrencyError) as info:
        rates.rate("USD", "XYZ", D(2025, 1, 2), source=small)
    assert info.value.code == "XYZ" and "'XYZ'" in str(info.value)
    with pytest.raises(rates.UnknownCurrencyError) as info:
        rates.rate("USD", "SEK", D(2025, 1, 2), source=small)  # ISO, but not in this table
    assert info.value.code == "SEK" and info.value.source == "csv:rates_small.csv"
    with pytest.raises(rates.UnknownCurrencyError):
        rates.rate("USD", "dollars", D(2025, 1, 2), source=small)
    assert issubclass(rates.UnknownCurrencyError, LookupError)


def test_dates_as_strings_and_datetimes(small):
    a = rates.rate("USD", "CNY", "2025-01-03", source=small)
    b = rates.rate("USD", "CNY", dt.datetime(2025, 1, 3, 23, 59), source=small)
    assert a.value == b.value == Decimal("6.25") and a.date == b.date
    with pytest.raises(ValueError):
        rates.rate("USD", "CNY", "3 Jan 2025", source=small)
    with pytest.raises(TypeError):
        rates.rate("USD", "CNY", 20250103, source=small)


def test_path_as_source():
    assert rates.rate("USD", "CNY", D(2025, 1, 2), source=str(SMALL_CSV)).value == Decimal("6.4")


def test_other_base(tmp_path):
    path = tmp_path / "rates_usd.csv"
    path.write_text("Date,CNY,EUR\n2025-01-02,7.2,0.9\n2025-01-03,7.3,0.95\n")
    src = rates.CSVSource(path, base="USD")
    assert rates.rate("EUR", "CNY", D(2025, 1, 2), source=src).value == Decimal(8)
    assert rates.rate("USD", "CNY", D(2025, 1, 3), source=src).value == Decimal("7.3")


# -- refused files -------------------------------------------------------------------------

GOOD = SMALL_CSV.read_text()


def _tamper(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        (_tamper("2025-01-03,1.6,", "2025-01-03,1.6x,"), 3, "bad number"),
        (_tamper("2025-01-03,1.6,", "2025-01-03,-1.6,"), 3, "bad number"),
        (_tamper("2025-01-03,1.6,", "2025-01-03,1e3,"), 3, "bad number"),
        (_tamper("2025-01-03,1.6,", "2025-01-03,0,"), 3, "zero rate"),
        (_tamper("2025-01-07,2,", "2025-01-06,2,"), 5, "duplicate date"),
        (_tamper("2025-01-08,", "2025-01-05,"), 6, "out of order"),
        (_tamper("2025-01-07,2,1,16,250,0.5", "2025-01-07,2,1,16,250"), 5, "columns"),
        (_tamper("2025-01-07,2,1,16,250,0.5", "2025-01-07,2,1,16,250,0.5,9"), 5, "columns"),
        (_tamper("2025-01-20,", "2025-01-32,"), 7, "date"),
        (_tamper("2025-01-20,", "20 Jan 25,"), 7, "date"),
        (_tamper("Date,USD", "Date,US1"), 1, "currency"),
        (_tamper("Date,USD,GBP", "Date,USD,USD"), 1, "duplicate"),
        ("Date,USD\n", 2, "no rows"),
        ("", 1, "empty"),
    ],
)
def test_tampered_csv_refused(tmp_path, text, line, reason):
    path = tmp_path / "rates_bad.csv"
    path.write_text(text)
    with pytest.raises(rates.RateDataError) as info:
        rates.CSVSource(path)
    err = info.value
    assert err.path == str(path) and err.line == line
    assert reason in str(err)
    assert isinstance(err, ValueError) and isinstance(err, rates.RatesError)


def test_truncated_csv_refused(tmp_path):
    path = tmp_path / "rates_cut.csv"
    path.write_text(GOOD[: GOOD.index("2025-01-08") + 14])  # cut inside a row
    with pytest.raises(rates.RateDataError) as info:
        rates.CSVSource(path)
    assert info.value.line == 6


def test_descending_and_crlf_accepted(tmp_path):
    lines = GOOD.strip().splitlines()
    path = tmp_path / "rates_desc.csv"
    path.write_bytes(("\r\n".join([lines[0], *reversed(lines[1:])]) + "\r\n").encode())
    src = rates.CSVSource(path)
    assert rates.rate("USD", "CNY", D(2025, 1, 4), source=src).value == Decimal("6.25")
    # a fault in a descending file is reported at its line in the file
    bad = tmp_path / "rates_desc_bad.csv"
    bad.write_text("\n".join([lines[0], *reversed(lines[1:])]).replace("1.6,", "1.6.0,"))
    with pytest.raises(rates.RateDataError) as info:
        rates.CSVSource(bad)
    assert info.value.line == 7


# -- the ECB archive, lazily checked -------------------------------------------------------


def test_ecb_archive_layout(tmp_path):
    path = tmp_path / "hist.zip"
    path.write_bytes(ecb_zip_bytes(GOOD))
    src = rates.ECBSource(path)
    assert src.table.descending
    assert rates.rate("GBP", "CNY", D(2025, 1, 6), source=src).value == 16
    assert (src.table.first, src.table.last) == (D(2025, 1, 2), D(2025, 1, 21))


def test_ecb_archive_bad_value_found_when_read(tmp_path):
    """The lazy table checks structure at load and each value when read: a bad value never passes."""
    path = tmp_path / "hist.zip"
    path.write_bytes(ecb_zip_bytes(_tamper("2025-01-07,2,", "2025-01-07,2..0,")))
    src = rates.ECBSource(path)
    assert rates.rate("USD", "CNY", D(2025, 1, 6), source=src).value == Decimal("6.4")
    with pytest.raises(rates.RateDataError) as info:
        rates.rate("USD", "CNY", D(2025, 1, 7), source=src)
    assert info.value.line == 5  # newest first: header, 01-21, 01-20, 01-08, 01-07
    with pytest.raises(rates.RateDataError):
        rates.ECBSource(path, full=True)


@pytest.mark.parametrize("payload", [b"not a zip", b"PK\x03\x04broken"])
def test_broken_archive(tmp_path, payload):
    path = tmp_path / "hist.zip"
    path.write_bytes(payload)
    with pytest.raises(rates.RateDataError) as info:
        rates.ECBSource(path)
    assert info.value.path == str(path)


# -- update --------------------------------------------------------------------------------

NEWER = GOOD + "2025-01-22,1.5,0.75,9,150,1\n"


def _serve(tmp_path, text: str, name: str = "download.zip") -> str:
    path = tmp_path / name
    path.write_bytes(ecb_zip_bytes(text))
    return path.as_uri()


@pytest.fixture
def fresh_default(monkeypatch, tmp_path):
    """An empty user cache, and the default history forgotten before and after the test."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    ecb.default_source.cache_clear()
    rates.conversion.clear_caches()
    yield tmp_path / "xdg" / "moneyparse"
    ecb.default_source.cache_clear()
    rates.conversion.clear_caches()


def test_update_writes_validated_copy(tmp_path):
    cache = tmp_path / "cache"
    result = rates.update(url=_serve(tmp_path, GOOD), cache_dir=cache)
    target = cache / "eurofxref-hist.zip"
    assert result.replaced and result.path == str(target) and target.is_file()
    assert (result.first, result.last, result.rows) == (D(2025, 1, 2), D(2025, 1, 21), 7)
    assert result.previous_last is None
    assert sorted(os.listdir(cache)) == ["eurofxref-hist.zip"]  # no temporary file left
    again = rates.update(url=_serve(tmp_path, GOOD), cache_dir=cache)
    assert not again.replaced and "identical" in again.reason
    newer = rates.update(url=_serve(tmp_path, NEWER, "newer.zip"), cache_dir=cache)
    assert newer.replaced and newer.last == D(2025, 1, 22) and newer.previous_last == D(2025, 1, 21)
    older = rates.update(url=_serve(tmp_path, GOOD, "older.zip"), cache_dir=cache)
    assert not older.replaced and "older" in older.reason
    assert rates.ECBSource(target).table.last == D(2025, 1, 22)


@pytest.mark.parametrize(
    "bad",
    [
        NEWER.replace("2025-01-07,2,", "2025-01-07,x,"),
        NEWER.replace("2025-01-08,", "2025-01-07,"),
        NEWER.replace("2025-01-07,2,1,16,250,0.5", "2025-01-07,2,1,16"),
    ],
)
def test_update_refuses_and_keeps_the_cache(tmp_path, bad):
    cache = tmp_path / "cache"
    rates.update(url=_serve(tmp_path, GOOD), cache_dir=cache)
    before = (cache / "eurofxref-hist.zip").read_bytes()
    with pytest.raises(rates.RateDataError) as info:
        rates.update(url=_serve(tmp_path, bad, "bad.zip"), cache_dir=cache)
    assert info.value.path.endswith("bad.zip") and info.value.line is not None
    assert (cache / "eurofxref-hist.zip").read_bytes() == before
    assert sorted(os.listdir(cache)) == ["eurofxref-hist.zip"]


def test_update_network_failure(tmp_path):
    def opener(url, timeout):
        raise OSError("network unreachable")

    with pytest.raises(rates.UpdateError) as info:
        rates.update(url="https://example.invalid/hist.zip", cache_dir=tmp_path, opener=opener)
    assert info.value.url == "https://example.invalid/hist.zip" and isinstance(info.value, OSError)
    assert not (tmp_path / "eurofxref-hist.zip").exists()


def test_update_through_an_opener(tmp_path):
    import io

    payload = ecb_zip_bytes(GOOD)
    seen = []

    def opener(url, timeout):
        seen.append((url, timeout))
        return io.BytesIO(payload)

    result = rates.update(cache_dir=tmp_path, opener=opener, timeout=5)
    assert seen == [(rates.ECB_URL, 5)] and result.replaced


def test_cached_copy_preferred_only_when_newer(fresh_default, tmp_path):
    embedded_last = ecb.peek_last(ecb.EMBEDDED)
    assert rates.data_info().origin == "embedded"
    # an old cached copy is not used
    rates.update(url=_serve(tmp_path, GOOD), cache_dir=fresh_default)
    assert rates.data_info().origin == "embedded"
    # a copy newer than the embedded history is used, at once (the memo is emptied)
    rates.rate("USD", "CNY", None)
    day = embedded_last + dt.timedelta(days=3)
    newer = GOOD + f"{day.isoformat()},1.5,0.75,12,150,1\n"
    result = rates.update(url=_serve(tmp_path, newer, "newer.zip"), cache_dir=fresh_default)
    assert result.replaced
    info = rates.data_info()
    assert info.origin == "cache" and info.last == day
    assert rates.rate("USD", "CNY", None).value == 8


def test_corrupt_cached_copy_is_ignored(fresh_default):
    fresh_default.mkdir(parents=True)
    day = ecb.peek_last(ecb.EMBEDDED) + dt.timedelta(days=3)
    text = GOOD + f"{day.isoformat()},1.5,0.75,12,150,1\n"
    text = text.replace("2025-01-08,", "2025-01-07,")  # duplicate date
    (fresh_default / "eurofxref-hist.zip").write_bytes(ecb_zip_bytes(text))
    with pytest.warns(RuntimeWarning, match="duplicate date"):
        assert rates.data_info().origin == "embedded"


def test_import_is_lazy():
    code = (
        "import sys, rates\n"
        "assert not any(m.startswith('rates.') and m != 'rates.errors' for m in sys.modules), sorted(sys.modules)\n"
        "rates.Rate\n"
        "assert 'rates.sources.ecb' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
