"""The ECB history that ships with the package, the figures it must give, and the check of the
two seed articles."""

from __future__ import annotations

import datetime as dt
import hashlib
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from dateutil.easter import easter

import rates
import rates.conversion
from rates.sources import ecb
from test_rates_support import PUBLISHED, SEED_000, SEED_004, SEEDS, seed_pairs

D = dt.date
Q4 = Decimal("0.0001")


@pytest.fixture(scope="module")
def shipped() -> rates.ECBSource:
    """The embedded archive, every value parsed and checked (``full=True``)."""
    return rates.ECBSource(ecb.EMBEDDED, full=True)


# -- the file -------------------------------------------------------------------------------


def test_archive_is_the_documented_one(shipped):
    readme = Path(ecb.EMBEDDED).with_name("README.md")
    digest = hashlib.sha256(Path(ecb.EMBEDDED).read_bytes()).hexdigest()
    assert digest in readme.read_text(encoding="utf-8")
    with zipfile.ZipFile(ecb.EMBEDDED) as archive:
        assert archive.namelist() == ["eurofxref-hist.csv"]
    t = shipped.table
    assert (t.first, t.last, len(t)) == (D(1999, 1, 4), D(2026, 10, 30), 7126)
    assert ecb.peek_last(ecb.EMBEDDED) == t.last
    assert t.descending


def test_every_row_parses_and_dates_strictly_increase(shipped):
    t = shipped.table
    days = [t._date(i) for i in range(len(t))]
    assert all(a < b for a, b in zip(days, days[1:]))
    assert all(d.weekday() < 5 for d in days)  # the ECB fixes on working days only
    for code in t.currencies[1:]:
        column = t.column(code)
        assert len(column) == len(t)
        assert all(v is None or v > 0 for v in column)
        assert any(v is not None for v in column), code


def _spans_holiday(a: dt.date, b: dt.date) -> bool:
    for year in {a.year, b.year}:
        for holiday in (D(year, 12, 25), D(year, 1, 1), easter(year)):
            if a < holiday < b:
                return True
    return False


def test_no_gap_longer_than_holidays_explain(shipped):
    t = shipped.table
    days = [t._date(i) for i in range(len(t))]
    for a, b in zip(days, days[1:]):
        gap = (b - a).days
        assert gap <= 6, (a, b)
        # a long weekend (Friday to Tuesday, or Thursday to Monday around 1 May) is at most
        # 4 days; longer gaps only around Christmas, New Year and Easter
        assert gap <= 4 or _spans_holiday(a, b), (a, b)


def test_currency_histories(shipped):
    assert shipped.bounds("CNY") == (D(2005, 4, 1), D(2026, 10, 30))
    assert shipped.bounds("GBP")[0] == D(1999, 1, 4)
    assert shipped.bounds("RUB")[1] == D(2022, 3, 1)
    assert shipped.bounds("EUR") == (D(1999, 1, 4), D(2026, 10, 30))


# -- the figures ----------------------------------------------------------------------------


def test_ecb_fixings_of_2025_02_20(embedded_default):
    day = D(2025, 2, 20)
    assert rates.rate("EUR", "USD", day).value == Decimal("1.0443")
    assert rates.rate("EUR", "GBP", day).value == Decimal("0.82823")
    assert rates.rate("EUR", "CNY", day).value == Decimal("7.5807")
    usd_cny = rates.rate("USD", "CNY", day)
    assert usd_cny.value.quantize(Q4) == Decimal("7.2591")
    assert str(usd_cny.value).startswith("7.259120942")
    assert (usd_cny.date, usd_cny.source) == (day, "ecb")
    assert rates.rate("GBP", "CNY", day).value.quantize(Q4) == Decimal("9.1529")


def test_conversions_of_2025_02_20(embedded_default):
    day = D(2025, 2, 20)
    c = rates.convert(100, "USD", "CNY", on=day)
    assert str(c.amount).startswith("725.9120942")
    g = rates.convert("72.5E9", "RMB", "GBP", on=day)
    assert str(g.amount).startswith("7920993")  # 7.920993...bn
    assert g.currency == "GBP" and g.rate.base == "CNY"


def test_saturday_uses_friday(embedded_default):
    r = rates.rate("USD", "CNY", D(2025, 2, 22))
    assert r.date == D(2025, 2, 21) and r.requested == D(2025, 2, 22)
    with pytest.raises(rates.RateNotFoundError):
        rates.rate("USD", "CNY", D(2025, 2, 22), policy="exact")


def test_history_edges(embedded_default):
    with pytest.raises(rates.RateNotFoundError) as info:
        rates.rate("USD", "CNY", D(2005, 3, 1), source="ecb")
    assert info.value.currency == "CNY" and info.value.available == (D(2005, 4, 1), D(2026, 10, 30))
    # the default chain goes on to the Federal Reserve's monthly averages
    assert rates.rate("USD", "CNY", D(2005, 3, 1)).kind is rates.RateKind.MONTHLY_AVERAGE
    with pytest.raises(rates.RateNotFoundError) as info:
        rates.rate("USD", "RUB", D(2023, 1, 2))
    assert info.value.currency == "RUB" and "after" in str(info.value)
    with pytest.raises(rates.UnknownCurrencyError):
        rates.rate("USD", "VND", D(2025, 2, 20))


def test_average_of_a_quarter(embedded_default):
    avg = rates.average("USD", "CNY", rates.period("the fourth quarter", PUBLISHED))
    assert avg.count == 64 and (avg.first, avg.last) == (D(2024, 10, 1), D(2024, 12, 31))
    assert Decimal("7.0") < avg.value < Decimal("7.4")


def test_memoized_default_matches_fresh_lookup(embedded_default):
    first = rates.rate("USD", "CNY", D(2025, 2, 20))
    assert rates.rate("USD", "CNY", D(2025, 2, 20)) is first
    direct = ecb.default_source().lookup("USD", "CNY", D(2025, 2, 20), "previous")
    assert direct == first


# -- the seed articles, from their quotes -----------------------------------------------------


def test_seed_000_usd_quotes(embedded_default):
    report = rates.check_pairs(seed_pairs(SEED_000), PUBLISHED)
    fifty_three, revenue, income = report.pairs
    assert fifty_three.implied.value.quantize(Decimal("0.001")) == Decimal("7.170")
    for quote in (revenue, income):
        assert (quote.implied.base, quote.implied.quote) == ("USD", "CNY")
        assert quote.implied.value.quantize(Decimal("0.001")) == Decimal("7.581")
        assert quote.reference.value.quantize(Q4) == Decimal("7.2591")
        assert quote.deviation.quantize(Decimal("0.001")) == Decimal("0.044")  # 4.4% above the ECB
        assert quote.consistent is False
    (couple,) = report.couples
    assert (couple.base, couple.quote, couple.count) == ("USD", "CNY", 3)
    assert couple.fits is False and couple.matching_dates == ()


def test_seed_004_gbp_quotes(embedded_default):
    report = rates.check_pairs(seed_pairs(SEED_004), PUBLISHED)
    assert len(report.pairs) == 6
    assert all(p.reference.value.quantize(Q4) == Decimal("9.1529") for p in report.pairs)
    (couple,) = report.couples
    assert (couple.base, couple.quote, couple.count, couple.fits) == ("GBP", "CNY", 6, True)
    assert couple.low.quantize(Q4) == Decimal("8.8824") and couple.high.quantize(Q4) == Decimal("8.9189")
    assert couple.since == D(2024, 1, 1) and couple.until == PUBLISHED
    assert couple.matching_dates == ((D(2025, 1, 13), D(2025, 1, 14)), (D(2025, 1, 20), D(2025, 1, 20)))


# -- the seed articles, end to end through the extractor ---------------------------------------


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"../shared/seeds is not beside the checkout (seed articles not found at {SEEDS})")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def test_check_seed_000_end_to_end(embedded_default):
    text = _seed("000")
    undated = rates.check(text)  # no dateline in the article: nothing judged, no day fits all three
    assert undated.published is None and undated.verdict == "not checked" and undated.matching_dates == ()
    report = rates.check(text, published=PUBLISHED)
    texts = [(p.first.text, p.second.text) for p in report.pairs]
    assert texts == [(a[0], b[0]) for a, b in SEED_000]
    assert [p.implied.value.quantize(Decimal("0.001")) for p in report.pairs] == [
        Decimal("7.170"), Decimal("7.581"), Decimal("7.581")]
    assert [p.consistent for p in report.pairs[1:]] == [False, False]
    assert [p.deviation.quantize(Decimal("0.001")) for p in report.pairs[1:]] == [Decimal("0.044")] * 2
    (couple,) = report.couples
    assert (couple.base, couple.quote, couple.fits) == ("USD", "CNY", False)


def test_check_seed_004_end_to_end(embedded_default):
    text = _seed("004")
    report = rates.check(text, published="2025-02-20")
    assert [(p.first.text, p.second.text) for p in report.pairs] == [(a[0], b[0]) for a, b in SEED_004]
    (couple,) = report.couples
    assert (couple.low.quantize(Q4), couple.high.quantize(Q4)) == (Decimal("8.8824"), Decimal("8.9189"))
    assert couple.matching_dates == ((D(2025, 1, 13), D(2025, 1, 14)), (D(2025, 1, 20), D(2025, 1, 20)))


def test_text_source_of_a_seed(embedded_default):
    text = _seed("004")
    src = rates.TextSource(text, published=PUBLISHED)
    c = rates.convert("99E6", "GBP", "CNY", source=src)  # an amount the article gives in one currency
    assert c.rate.source == "text" and c.rate.date == PUBLISHED
    assert Decimal("8.8824") <= c.rate.value <= Decimal("8.9189")


def test_dateline_read_when_given():
    text = "BEIJING, Feb. 20, 2025 — Capex reached Rmb72.5bn (£8bn) in 2024."
    assert rates.dateline(text) == PUBLISHED
