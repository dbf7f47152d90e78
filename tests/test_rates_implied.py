"""Implied rates and their intervals, the check of quoted conversions, and a text's own rates,
on hand-built mentions and the small rate table."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rates
from moneyparse.mention import Qualifier
from test_rates_support import SEED_000, SEED_004, SMALL_CSV, mention, pair, seed_pairs

D = dt.date
SMALL = rates.CSVSource(SMALL_CSV)


# -- market order ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "base"),
    [
        ("CNY", "GBP", "GBP"),
        ("CNY", "USD", "USD"),
        ("USD", "EUR", "EUR"),
        ("GBP", "EUR", "EUR"),
        ("USD", "GBP", "GBP"),
        ("AUD", "USD", "AUD"),
        ("CHF", "USD", "USD"),
        ("JPY", "CHF", "CHF"),
        ("JPY", "CNY", "CNY"),
        ("CNY", "KRW", "CNY"),
        ("CNY", "SGD", "SGD"),
        ("XAG", "XPT", "XAG"),  # no reference fixing: alphabetical
    ],
)
def test_market_order(a, b, base):
    assert rates.market_order(a, b)[0] == base
    assert rates.market_order(b, a)[0] == base


# -- intervals ------------------------------------------------------------------------------


def test_rounded_figures_make_an_interval():
    imp = rates.implied(pair(mention("Rmb72.5bn", "72.5E9", "CNY", "1E8"), mention("£8bn", "8E9", "GBP", "1E9")))
    assert (imp.base, imp.quote) == ("GBP", "CNY")
    assert imp.value == Decimal("9.0625")
    assert imp.low <= Decimal("72.45") / Decimal("8.5") <= imp.low + Decimal("1E-26")
    assert imp.high >= Decimal("72.55") / Decimal("7.5") >= imp.high - Decimal("1E-26")
    assert imp.contains(imp.value) and not imp.contains(Decimal("9.7"))


def test_order_of_the_pair_does_not_matter():
    a = mention("$53 billion", "53E9", "USD", "1E9")
    b = mention("¥380 billion", "380E9", "CNY", "1E9")
    one, two = rates.implied(pair(a, b)), rates.implied(pair(b, a))
    assert (one.base, one.quote, one.value, one.low, one.high) == (two.base, two.quote, two.value, two.low, two.high)


def test_a_one_sided_hedge_bounds_the_quantity_not_the_conversion():
    # "more than $53 billion (¥380 billion)" converts the bound: the rate is read from the figures
    usd = mention("$53 billion", "53E9", "USD", "1E9")
    cny = mention("¥380 billion", "380E9", "CNY", "1E9")
    plain = rates.implied(pair(usd, cny))
    down, up = rates.intervals.DOWN, rates.intervals.UP
    assert (plain.low, plain.high) == (down.divide(Decimal("379.5"), Decimal("53.5")), up.divide(Decimal("380.5"), Decimal("52.5")))
    for hedge, words in ((Qualifier.MORE_THAN, "more than"), (Qualifier.AT_LEAST, "at least"),
                         (Qualifier.LESS_THAN, "under"), (Qualifier.AT_MOST, "at most")):
        hedged = rates.implied(pair(mention(f"{words} $53 billion", "53E9", "USD", "1E9", qualifier=hedge), cny))
        assert (hedged.value, hedged.low, hedged.high) == (plain.value, plain.low, plain.high)
        hedged = rates.implied(pair(usd, mention(f"{words} ¥380 billion", "380E9", "CNY", "1E9", qualifier=hedge)))
        assert (hedged.value, hedged.low, hedged.high) == (plain.value, plain.low, plain.high)
    # the amount alone keeps its bound
    assert rates.intervals.amount_interval(mention("more than $53 billion", "53E9", "USD", "1E9", qualifier=Qualifier.MORE_THAN))[2] is None


def test_about_widens_the_interval():
    usd = mention("$53 billion", "53E9", "USD", "1E9")
    plain = rates.implied(pair(usd, mention("¥380 billion", "380E9", "CNY", "1E9")))
    about = rates.implied(pair(usd, mention("about ¥380 billion", "380E9", "CNY", "1E9", qualifier=Qualifier.APPROX)))
    down, up = rates.intervals.DOWN, rates.intervals.UP
    assert about.low < plain.low and about.high > plain.high
    # "about" doubles the half-unit margin on its side: [379, 381] for a figure rounded to 1bn
    assert about.low == down.divide(Decimal(380) - rates.APPROX_FACTOR / 2, Decimal("53.5"))
    assert about.high == up.divide(Decimal(380) + rates.APPROX_FACTOR / 2, Decimal("52.5"))


def test_ranges():
    imp = rates.implied(pair(mention("$5-6bn", "5E9", "USD", "1E9", high="6E9"), mention("€5bn", "5E9", "EUR", "1E9")))
    assert (imp.base, imp.quote) == ("EUR", "USD")
    assert imp.value == Decimal("1.1")  # 5.5 / 5
    assert imp.low == rates.intervals.DOWN.divide(Decimal("4.5"), Decimal("5.5"))
    assert imp.high == rates.intervals.UP.divide(Decimal("6.5"), Decimal("4.5"))


def test_no_rate_from_one_currency_or_zero():
    with pytest.raises(ValueError):
        rates.implied(pair(mention("$5", "5", "USD", "1"), mention("$6", "6", "USD", "1")))
    with pytest.raises(ValueError):
        rates.implied(pair(mention("$0", "0", "USD", "1"), mention("€0", "0", "EUR", "1")))


# figures as written, without the trailing zeros that read as rounding (see test_check_verdicts)
digits = st.integers(min_value=1, max_value=10**6).filter(lambda n: n % 10 != 0)
exps = st.integers(min_value=-2, max_value=9)


@settings(max_examples=300, deadline=None)
@given(digits, exps, digits, exps)
def test_interval_contains_point_and_shrinks_with_precision(n1, e1, n2, e2):
    a1, a2 = Decimal(n1).scaleb(e1), Decimal(n2).scaleb(e2)
    coarse = rates.implied(pair(mention("a", str(a1), "USD", str(Decimal(1).scaleb(e1))),
                                mention("b", str(a2), "CNY", str(Decimal(1).scaleb(e2)))))
    fine = rates.implied(pair(mention("a", str(a1), "USD", str(Decimal(1).scaleb(e1 - 1))),
                              mention("b", str(a2), "CNY", str(Decimal(1).scaleb(e2 - 1)))))
    for imp in (coarse, fine):
        assert imp.low <= imp.value
        assert imp.high is None or imp.value <= imp.high
    assert fine.value == coarse.value
    assert coarse.low <= fine.low
    assert coarse.high is None or (fine.high is not None and fine.high <= coarse.high)
    assert coarse.high is None or fine.high - fine.low < coarse.high - coarse.low


# -- the seed quotes: converting one side at the implied rate gives the other back ----------

ALL_SEED_PAIRS = seed_pairs(SEED_000) + seed_pairs(SEED_004)


def _side(p, code):
    return p.first if p.first.currency == code else p.second


@pytest.mark.parametrize("p", ALL_SEED_PAIRS, ids=lambda p: f"{p.first.text}|{p.second.text}")
def test_seed_pairs_round_trip_at_point_rate(p):
    imp = rates.implied(p)
    base, quote = _side(p, imp.base), _side(p, imp.quote)
    forward = rates.Decimal(base.amount) * imp.value
    backward = rates.intervals.CTX.divide(quote.amount, imp.value)
    assert forward.quantize(quote.precision) == quote.amount
    assert backward.quantize(base.precision) == base.amount


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(ALL_SEED_PAIRS), st.integers(min_value=1, max_value=9999), st.booleans())
def test_seed_pairs_round_trip_inside_the_interval(p, k, forward):
    """Any rate that maps one written side inside the other's rounding interval gives it back
    (kept 1/10000 of the width away from the ends, where the last of 28 digits decides)."""
    imp = rates.implied(p)
    base, quote = _side(p, imp.base), _side(p, imp.quote)
    t = Decimal(k) / 10000
    if forward:  # rates sending the written base amount into the quote's half-unit interval
        lo, hi = (quote.amount - quote.precision / 2) / base.amount, (quote.amount + quote.precision / 2) / base.amount
        r = lo + (hi - lo) * t
        assert imp.contains(r)
        assert (base.amount * r).quantize(quote.precision) == quote.amount
    else:  # rates under which the written quote amount comes from the base's interval
        lo, hi = quote.amount / (base.amount + base.precision / 2), quote.amount / (base.amount - base.precision / 2)
        r = lo + (hi - lo) * t
        assert imp.contains(r)
        assert (quote.amount / r).quantize(base.precision) == base.amount


# -- the check, on the small table -----------------------------------------------------------


def test_check_pairs_verdicts_and_matching_dates():
    # USD/CNY fixings of the small table: 6.4, 6.25, 6.4, 8, 8, 7.2, 6 (01-02 .. 01-21)
    pairs = [
        pair(mention("$10", "10", "USD", "1"), mention("Rmb64", "64", "CNY", "1")),  # [6.048, 6.737]
        pair(mention("Rmb6.4", "6.4", "CNY", "0.1"), mention("$1", "1", "USD", "1")),  # [4.2, 13]
        pair(mention("£1", "1", "GBP", "1"), mention("$2", "2", "USD", "1")),  # GBP/USD
    ]
    report = rates.check_pairs(pairs, D(2025, 1, 21), source=SMALL, since=D(2025, 1, 1))
    assert report.published == D(2025, 1, 21) and report.source == "csv:rates_small.csv"
    first = report.pairs[0]
    assert first.reference.value == 6 and first.reference.date == D(2025, 1, 21)
    assert abs(first.deviation - Decimal(1) / 15) < Decimal("1E-26")  # 6.4 / 6 - 1
    # 6.06 (6 and its 1%) is reached only at 96% of the rounding of $10 and Rmb64: doubtful
    assert first.verdict == "doubtful" and first.consistent is False
    assert abs(first.rounding_needed - Decimal("3.4") / Decimal("3.53")) < Decimal("1E-25")
    strict = rates.check_pairs(pairs[:1], D(2025, 1, 21), source=SMALL, tolerance=0, since="2025-01-01")
    assert strict.pairs[0].verdict == "inconsistent" and strict.pairs[0].consistent is False
    loose = rates.check_pairs(pairs[:1], D(2025, 1, 21), source=SMALL, tolerance="0.05", since="2025-01-01")
    assert loose.pairs[0].verdict == "consistent" and loose.pairs[0].consistent is True
    usd_cny = report.couples[0]
    assert (usd_cny.base, usd_cny.quote, usd_cny.count, usd_cny.fits) == ("USD", "CNY", 2, True)
    assert usd_cny.low == rates.intervals.DOWN.divide(Decimal("63.5"), Decimal("10.5"))
    # 6.4, 6.25, 6.4 fall inside; 8, 8, 7.2 and 6 do not
    assert usd_cny.matching_dates == ((D(2025, 1, 2), D(2025, 1, 6)),)
    gbp_usd = report.couples[1]
    assert (gbp_usd.base, gbp_usd.quote) == ("GBP", "USD")


def test_check_pairs_without_common_rate():
    pairs = [
        pair(mention("$10", "10", "USD", "1"), mention("Rmb64", "64", "CNY", "1")),
        pair(mention("$10", "10", "USD", "1"), mention("Rmb80", "80", "CNY", "1")),
    ]
    couple = rates.check_pairs(pairs, D(2025, 1, 21), source=SMALL).couples[0]
    assert couple.fits is False and couple.low is None and couple.high is None and couple.matching_dates == ()


def test_check_pairs_unknown_currency_is_reported_not_raised():
    report = rates.check_pairs([pair(mention("$10", "10", "USD", "1"), mention("₩13,000", "13000", "KRW", "1000"))],
                               D(2025, 1, 21), source=SMALL)
    only = report.pairs[0]
    assert only.reference is None and only.consistent is None and "KRW" in only.note
    assert only.verdict == "not checked" and only.remedy == "give a rate file that has the currency"


def test_same_currency_pairs_are_listed_not_checked():
    report = rates.check_pairs([pair(mention("$10", "10", "USD", "1"), mention("$9", "9", "USD", "1"))],
                               D(2025, 1, 21), source=SMALL)
    (only,) = report.pairs
    assert only.verdict == "not a conversion" and only.consistent is None and only.implied is None
    assert report.couples == () and report.verdict == "not checked"


@pytest.mark.parametrize("tolerance", [-1, 1, "x", 0.01])
def test_bad_tolerance(tolerance):
    with pytest.raises((TypeError, ValueError)):
        rates.check_pairs([], D(2025, 1, 21), source=SMALL, tolerance=tolerance)


def test_default_search_start():
    report = rates.check_pairs([pair(mention("$1", "1", "USD", "1"), mention("Rmb7", "7", "CNY", "1"))], D(2025, 2, 20), source=SMALL)
    assert report.couples[0].since == D(2024, 1, 1) and report.couples[0].until == D(2025, 2, 20)


# -- datelines ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("BEIJING, Feb. 20, 2025 — Alibaba said", D(2025, 2, 20)),
        ("LONDON, 20 February 2025 (Reuters) - Shares", D(2025, 2, 20)),
        ("Published 2025-02-20\nAlibaba said", D(2025, 2, 20)),
        ("Sept. 3rd, 2024: the company", D(2024, 9, 3)),
        ("Revenue rose in Q4 2024 to $5bn.", None),
        ("Alibaba said." + " " * 500 + "Feb. 20, 2025", None),  # too far from the top
        ("BEIJING, Feb. 30, 2025 —", None),
    ],
)
def test_dateline(text, day):
    assert rates.dateline(text) == day


def test_check_without_a_publication_date_judges_nothing():
    report = rates.check("Capex reached Rmb72.5bn (£8bn) in 2024.", source=SMALL)
    assert report.published is None and report.publication.origin == "none"
    (only,) = report.pairs
    assert only.verdict == "not checked" and only.reason == "no publication date"


# -- a text's own rates ----------------------------------------------------------------------


def test_text_source_converts_at_the_text_rate():
    src = rates.TextSource(pairs=seed_pairs(SEED_004), published=D(2025, 2, 20))
    gbp_cny = src.rates[("GBP", "CNY")]
    # six quotes share [37.75/4.25, 280.5/31.45]: the middle of that interval
    middle = (Decimal("37.75") / Decimal("4.25") + Decimal("280.5") / Decimal("31.45")) / 2
    assert abs(gbp_cny.value - middle) < Decimal("1E-26") and gbp_cny.date == D(2025, 2, 20)
    c = rates.convert("1E9", "GBP", "CNY", source=src)
    assert c.rate.source == "text" and c.amount == Decimal("1E9") * gbp_cny.value
    # a rate every quote of the article allows
    assert all(imp.contains(gbp_cny.value) for imp in src.implied[("GBP", "CNY")])
    assert len(src.implied[("GBP", "CNY")]) == 6


def test_text_source_crosses_and_refuses():
    src = rates.TextSource(pairs=[
        pair(mention("$1", "1", "USD", "0.01"), mention("Rmb7.2", "7.2", "CNY", "0.1")),
        pair(mention("£1", "1", "GBP", "0.01"), mention("Rmb9", "9", "CNY", "0.1")),
    ])
    assert src.published is None
    assert rates.rate("GBP", "USD", source=src).value == Decimal("1.25")
    with pytest.raises(rates.UnknownCurrencyError):
        rates.rate("EUR", "USD", source=src)
    lone = rates.TextSource(pairs=[pair(mention("$1", "1", "USD", "1"), mention("Rmb7", "7", "CNY", "1")),
                                   pair(mention("€1", "1", "EUR", "1"), mention("¥160", "160", "JPY", "1"))])
    with pytest.raises(rates.RateNotFoundError):
        rates.rate("USD", "JPY", source=lone)


def test_text_source_median_when_quotes_disagree():
    src = rates.TextSource(pairs=seed_pairs(SEED_000))
    assert src.rates[("USD", "CNY")].value == Decimal("280.2") / Decimal("36.96")
