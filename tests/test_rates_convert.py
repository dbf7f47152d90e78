"""Conversion, whole columns, averages and periods on the small hand-computable table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from moneyed import Money

import rates
from test_rates_support import SMALL_CSV

D = dt.date
SMALL = rates.CSVSource(SMALL_CSV)
CODES = ("EUR", "USD", "GBP", "CNY", "JPY")
FIXED_DAYS = (D(2025, 1, 2), D(2025, 1, 3), D(2025, 1, 6), D(2025, 1, 7), D(2025, 1, 8), D(2025, 1, 20), D(2025, 1, 21))


# -- convert --------------------------------------------------------------------------------


def test_convert_records_everything():
    c = rates.convert(100, "USD", "CNY", D(2025, 1, 4), source=SMALL)
    assert c.amount == Decimal(625) and c.currency == "CNY"
    assert (c.original_amount, c.original_currency) == (Decimal(100), "USD")
    assert c.rate.date == D(2025, 1, 3) and c.rate.requested == D(2025, 1, 4)
    assert c.money == Money("625", "CNY") and c.original_money == Money(100, "USD")


@pytest.mark.parametrize("amount", [Decimal("1234.5"), "1234.5", " 1234.50 ", Money("1234.5", "GBP")])
def test_amount_kinds_agree(amount):
    c = rates.convert(amount, "GBP", "USD", D(2025, 1, 2), source=SMALL)
    assert c.amount == Decimal("1928.90625")  # 1234.5 * 1.25 / 0.8


@pytest.mark.parametrize("amount", [1.5, float("nan"), True])
def test_float_and_bool_refused(amount):
    with pytest.raises(TypeError):
        rates.convert(amount, "USD", "CNY", D(2025, 1, 2), source=SMALL)


@pytest.mark.parametrize("amount", ["12,5", "1_000", "NaN", "inf", "", Decimal("NaN"), Decimal("-Infinity")])
def test_bad_amount_strings_refused(amount):
    with pytest.raises(rates.InvalidAmountError) as info:
        rates.convert(amount, "USD", "CNY", D(2025, 1, 2), source=SMALL)
    assert info.value.amount is amount or info.value.amount == amount


def test_money_in_another_currency_refused():
    with pytest.raises(rates.CurrencyMismatchError) as info:
        rates.convert(Money(5, "EUR"), "USD", "CNY", D(2025, 1, 2), source=SMALL)
    assert info.value.expected == "USD"


def test_a_mention_converts_with_its_own_currency():
    import moneyparse

    (m,) = moneyparse.extract("Capex reached Rmb72.5bn last year.")
    c = rates.convert(m, "USD", on=D(2025, 1, 2), source=SMALL)
    assert (c.original_amount, c.original_currency, c.currency) == (Decimal("72.5E9"), "CNY", "USD")
    assert c.amount == Decimal("72.5E9") * Decimal("1.25") / 8
    assert rates.convert(m, "CNY", "USD", D(2025, 1, 2), source=SMALL) == c
    assert rates.convert(m, "usd", on=D(2025, 1, 2), source=SMALL) == c


def test_a_mention_in_another_currency_or_a_range_is_refused():
    import moneyparse

    (m,) = moneyparse.extract("Capex reached Rmb72.5bn last year.")
    with pytest.raises(rates.CurrencyMismatchError) as info:
        rates.convert(m, "GBP", "USD", D(2025, 1, 2), source=SMALL)
    assert (info.value.amount, info.value.expected) == ("Rmb72.5bn", "GBP")
    (span,) = moneyparse.extract("It will cost $5-6bn.")
    with pytest.raises(rates.InvalidAmountError) as info:
        rates.convert(span, "CNY", on=D(2025, 1, 2), source=SMALL)
    assert info.value.amount == "$5-6bn" and "range" in str(info.value)
    with pytest.raises(TypeError):
        rates.convert(100, "USD")  # a plain amount names no currency of its own


def test_conversion_is_frozen():
    c = rates.convert(1, "USD", "CNY", D(2025, 1, 2), source=SMALL)
    with pytest.raises(AttributeError):
        c.amount = Decimal(0)  # type: ignore[misc]


def test_result_independent_of_decimal_context_for_rates():
    with localcontext() as ctx:
        ctx.prec = 5
        r = rates.rate("USD", "GBP", D(2025, 1, 3), source=SMALL)
    assert r.value == Decimal("0.5")  # 0.8 / 1.6, exact in any context
    with localcontext() as ctx:
        ctx.prec = 3
        r = rates.rate("JPY", "CNY", D(2025, 1, 20), source=SMALL)
    assert r.value == Decimal("0.06")
    assert rates.rate("CNY", "JPY", D(2025, 1, 20), source=SMALL).value == Decimal("16.66666666666666666666666667")


# -- hypothesis: round trips ------------------------------------------------------------------

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("1E12"), places=2, allow_nan=False, allow_infinity=False)
codes = st.sampled_from(CODES)
days = st.sampled_from(FIXED_DAYS + (D(2025, 1, 4), D(2025, 1, 12), D(2025, 1, 25)))


def _close(a: Decimal, b: Decimal, rel: Decimal = Decimal("1E-25")) -> bool:
    return abs(a - b) <= rel * max(abs(a), abs(b))


@settings(max_examples=300, deadline=None)
@given(amounts, codes, codes, days)
def test_there_and_back(amount, x, y, day):
    there = rates.convert(amount, x, y, day, source=SMALL)
    back = rates.convert(there.amount, y, x, day, source=SMALL)
    assert there.rate.date == back.rate.date
    assert _close(back.amount, amount)


@settings(max_examples=300, deadline=None)
@given(amounts, codes, codes, days)
def test_through_eur_equals_direct_cross(amount, x, y, day):
    direct = rates.convert(amount, x, y, day, source=SMALL)
    via = rates.convert(rates.convert(amount, x, "EUR", day, source=SMALL).amount, "EUR", y, day, source=SMALL)
    assert _close(direct.amount, via.amount)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-(10**15), max_value=10**15), codes, codes, days)
def test_amount_kinds_give_one_result(n, x, y, day):
    results = {
        rates.convert(kind, x, y, day, source=SMALL).amount
        for kind in (n, Decimal(n), str(n), Money(n, x))
    }
    assert len(results) == 1


# -- whole columns ---------------------------------------------------------------------------


def test_column_matches_row_by_row():
    amounts = [Decimal("100"), 7, "2.5", Money("3", "GBP"), Decimal("-10")]
    ccys = ["USD", "CNY", "USD", "GBP", "JPY"]
    days_ = [D(2025, 1, 2), D(2025, 1, 3), D(2025, 1, 4), D(2025, 1, 6), "2025-01-08"]
    col = rates.convert_column(amounts, ccys, days_, "EUR", source=SMALL)
    rows = [rates.convert(a, c, "EUR", d, source=SMALL) for a, c, d in zip(amounts, ccys, days_)]
    assert list(col.amounts) == [r.amount for r in rows]
    assert list(col.rates) == [r.rate.value for r in rows]
    assert list(col.fixing_dates) == [r.rate.date for r in rows]
    assert col.currency == "EUR" and len(col) == 5 and col.distinct_rates == 5


def test_column_broadcasts_and_factorizes():
    col = rates.convert_column([1, 2, 3, 4], "USD", [D(2025, 1, 2), D(2025, 1, 2), D(2025, 1, 3), D(2025, 1, 2)], "CNY", source=SMALL)
    assert col.amounts == (Decimal("6.4"), Decimal("12.8"), Decimal("18.75"), Decimal("25.6"))
    assert col.distinct_rates == 2
    one = rates.convert_column(["1", "2"], ["USD", "GBP"], D(2025, 1, 2), "CNY", source=SMALL)
    assert one.amounts == (Decimal("6.4"), Decimal("20"))
    both = rates.convert_column([1, 2], "USD", D(2025, 1, 2), "CNY", source=SMALL)
    assert both.distinct_rates == 1 and both.amounts == (Decimal("6.4"), Decimal("12.8"))


def test_column_errors():
    with pytest.raises(rates.RateNotFoundError):
        rates.convert_column([1, 2], "USD", [D(2025, 1, 2), D(2024, 1, 2)], "CNY", source=SMALL)
    col = rates.convert_column([1, 2], "USD", [D(2025, 1, 2), D(2024, 1, 2)], "CNY", source=SMALL, errors="none")
    assert col.amounts == (Decimal("6.4"), None) and col.fixing_dates == (D(2025, 1, 2), None)
    with pytest.raises(ValueError, match="length"):
        rates.convert_column([1, 2], ["USD"], D(2025, 1, 2), "CNY", source=SMALL)
    with pytest.raises(TypeError):
        rates.convert_column([1, 2.0], "USD", D(2025, 1, 2), "CNY", source=SMALL)
    assert rates.convert_column([], "USD", D(2025, 1, 2), "CNY", source=SMALL).amounts == ()


# -- averages and periods --------------------------------------------------------------------


def test_average_of_fixings():
    avg = rates.average("USD", "CNY", D(2025, 1, 1), D(2025, 1, 7), source=SMALL)
    # 6.4, 6.25, 6.4, 8 over the four fixings
    assert avg.value == Decimal("6.7625") and avg.count == 4
    assert (avg.first, avg.last, avg.start, avg.end) == (D(2025, 1, 2), D(2025, 1, 7), D(2025, 1, 1), D(2025, 1, 7))
    # a currency's missing days are skipped, not filled
    chf = rates.average("CHF", "EUR", "2025-01-01", "2025-01-31", source=SMALL)
    assert chf.count == 4 and chf.value == (Decimal(1) + 2 + Decimal("0.8") + 1) / 4


def test_average_over_a_period():
    p = rates.period("January 2025")
    assert rates.average("GBP", "EUR", p, source=SMALL).count == 7
    with pytest.raises(rates.RateNotFoundError):
        rates.average("USD", "CNY", D(2025, 1, 9), D(2025, 1, 19), source=SMALL)
    with pytest.raises(ValueError):
        rates.average("USD", "CNY", D(2025, 1, 9), D(2025, 1, 1), source=SMALL)


PUB = D(2025, 2, 20)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("in 2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("FY2024", D(2024, 1, 1), D(2024, 12, 31)),
        ("Q4 2024", D(2024, 10, 1), D(2024, 12, 31)),
        ("4Q24", D(2024, 10, 1), D(2024, 12, 31)),
        ("q1", D(2025, 1, 1), D(2025, 3, 31)),
        ("the fourth quarter", D(2024, 10, 1), D(2024, 12, 31)),
        ("the final quarter of 2024", D(2024, 10, 1), D(2024, 12, 31)),
        ("the last quarter of 2023", D(2023, 10, 1), D(2023, 12, 31)),
        ("the previous year", D(2024, 1, 1), D(2024, 12, 31)),
        ("last year", D(2024, 1, 1), D(2024, 12, 31)),
        ("a year earlier", D(2024, 1, 1), D(2024, 12, 31)),
        ("this year", D(2025, 1, 1), D(2025, 12, 31)),
        ("next year", D(2026, 1, 1), D(2026, 12, 31)),
        ("last month", D(2025, 1, 1), D(2025, 1, 31)),
        ("this month", D(2025, 2, 1), D(2025, 2, 28)),
        ("last quarter", D(2024, 10, 1), D(2024, 12, 31)),
        ("the previous quarter", D(2024, 10, 1), D(2024, 12, 31)),
        ("January", D(2025, 1, 1), D(2025, 1, 31)),
        ("March", D(2024, 3, 1), D(2024, 3, 31)),
        ("Feb. 2024", D(2024, 2, 1), D(2024, 2, 29)),
        ("February 2025", D(2025, 2, 1), D(2025, 2, 28)),
        ("H1 2024", D(2024, 1, 1), D(2024, 6, 30)),
        ("the second half of 2024", D(2024, 7, 1), D(2024, 12, 31)),
        ("2025-02-20", D(2025, 2, 20), D(2025, 2, 20)),
        ("Feb. 20, 2025", D(2025, 2, 20), D(2025, 2, 20)),
        ("20 February 2025", D(2025, 2, 20), D(2025, 2, 20)),
        ("year to date", D(2025, 1, 1), D(2025, 2, 20)),
        ("the past 12 months", D(2024, 2, 21), D(2025, 2, 20)),
        ("the last three years", D(2022, 2, 21), D(2025, 2, 20)),
        ("the past year", D(2024, 2, 21), D(2025, 2, 20)),
        ("2020-2024", D(2020, 1, 1), D(2024, 12, 31)),
        ("from 2020 to 2024", D(2020, 1, 1), D(2024, 12, 31)),
        ("January to March 2025", D(2025, 1, 1), D(2025, 3, 31)),
        ("between Q1 and Q3 2024", D(2024, 1, 1), D(2024, 9, 30)),
        ("Q1-Q3 2024", D(2024, 1, 1), D(2024, 9, 30)),
        ("the third quarter through the fourth quarter", D(2024, 7, 1), D(2024, 12, 31)),
    ],
)
def test_periods(text, start, end):
    p = rates.period(text, PUB)
    assert (p.start, p.end, p.text) == (start, end, text)


@pytest.mark.parametrize("text", ["soon", "", "Q5 2024", "2024-02-30", "2025 to 2020", "the 13th month"])
def test_periods_refused(text):
    with pytest.raises(rates.PeriodError) as info:
        rates.period(text, PUB)
    assert info.value.text == text


def test_relative_period_needs_publication():
    assert rates.period("Q4 2024").days == 92
    with pytest.raises(rates.PeriodError, match="publication"):
        rates.period("the previous year")
    with pytest.raises(rates.PeriodError, match="publication"):
        rates.period("the fourth quarter")


def test_fast_record_equals_the_dataclass():
    import dataclasses

    c = rates.convert("12.5", "USD", "CNY", D(2025, 1, 2), source=SMALL)
    assert [f.name for f in dataclasses.fields(c)] == ["amount", "rate", "original_amount"]
    assert c == rates.Conversion(Decimal("80"), c.rate, Decimal("12.5"))
    assert hash(c) == hash(rates.Conversion(Decimal("80"), c.rate, Decimal("12.5")))
    assert (c.currency, c.original_currency) == ("CNY", "USD")


def test_a_rate_says_how_it_was_obtained() -> None:
    """A daily fixing of the bundled history is a daily fixing with no margin; a rate a text
    implies says so; the other side of a rate keeps both."""
    import pickle

    import rates
    from rates.sources.text import TextSource

    fixing = rates.rate("USD", "CNY", on="2025-02-20")
    assert (fixing.kind, fixing.margin) == (rates.RateKind.DAILY, 0)
    assert str(fixing.kind) == "daily fixing"
    implied = TextSource("It will invest $53 billion (¥380 billion).", published="2025-02-20").lookup(
        "USD", "CNY", None, "previous"
    )
    assert implied.kind is rates.RateKind.IMPLIED
    assert implied.inverse().kind is rates.RateKind.IMPLIED
    assert pickle.loads(pickle.dumps(implied)) == implied
