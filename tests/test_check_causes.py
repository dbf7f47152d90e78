"""The likely cause of an inconsistent conversion: each slip on hand-computable rates, none invented.

The small rate table (``fixtures/rates_small.csv``) on 2025-01-20: 1 EUR = 1.25 USD = 0.8 GBP = 9 CNY
= 150 JPY = 1 CHF; on 01-21 1.5 USD, 0.75 GBP, 9 CNY, 150 JPY.  USD/CNY fixings: 6.4, 6.25, 6.4, 8, 8,
7.2, 6 (01-02 .. 01-21).  The seed articles run on the shipped ECB history.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import rates
import rates.conversion
from rates.causes import STALE_DAYS, confusable_with
from test_rates_support import SEED_000, SEED_004, SMALL_CSV, mention, pair, seed_pairs

D = dt.date
SMALL = rates.CSVSource(SMALL_CSV)
PUBLISHED = D(2025, 2, 20)


def _cause(first, second, day):
    (item,) = rates.check_pairs([pair(first, second)], day, source=SMALL, since=D(2025, 1, 1)).pairs
    assert item.verdict == "inconsistent"
    return item.cause


def test_cause_a_pound_figure_at_the_euro_rate():
    # GBP/USD is 1.5625 on 01-20; £104 ($130) implies EUR/USD, 1.25
    cause = _cause(mention("£104", "104", "GBP", "1"), mention("$130", "130", "USD", "1"), D(2025, 1, 20))
    assert cause.kind == "another currency's rate" and (cause.currency, cause.side) == ("EUR", "base")
    assert cause.rate.value == Decimal("1.25") and cause.rate.date == D(2025, 1, 20)
    assert cause.description.startswith("the EUR/USD rate of that day (1.2500 USD per EUR): £104 converted as if it were in EUR")


def test_cause_an_equivalent_in_the_wrong_currency():
    # USD/CNY is 6 on 01-21; ¥90 ($10) implies 9, the EUR/CNY rate: $10 is what ¥90 comes to in euros
    cause = _cause(mention("¥90", "90", "CNY", "1"), mention("$10", "10", "USD", "1"), D(2025, 1, 21))
    assert (cause.kind, cause.currency) == ("another currency's rate", "EUR")
    assert "$10 is what ¥90 comes to in EUR, not in USD" in cause.description


def test_cause_an_inverted_rate():
    # EUR/USD is 1.5 on 01-21; €300 ($200) implies 2/3
    cause = _cause(mention("€300", "300", "EUR", "1"), mention("$200", "200", "USD", "1"), D(2025, 1, 21))
    assert cause.kind == "inverted rate" and cause.rate.value == Decimal(1) / Decimal("1.5")


def test_cause_a_scale_slip():
    # USD/CNY is 6 on 01-21: $1 billion (Rmb6 million) implies 6/1000
    cause = _cause(mention("$1 billion", "1E9", "USD", "1E9"), mention("Rmb6 million", "6E6", "CNY", "1E6"), D(2025, 1, 21))
    assert cause.kind == "scale slip" and cause.factor == Decimal("0.001")
    assert "thousand-fold" in cause.description


def test_cause_a_stale_rate():
    # $10 (Rmb80) implies 7.57-8.47 against 6 on 01-21; the latest fixing that fits is 8, of 01-08
    cause = _cause(mention("$10", "10", "USD", "1"), mention("Rmb80", "80", "CNY", "1"), D(2025, 1, 21))
    assert cause.kind == "stale rate" and cause.rate.date == D(2025, 1, 8) and cause.days_before == 13
    assert "2025-01-08" in cause.description and "13 days before 2025-01-21" in cause.description


def test_cause_a_round_rate():
    # Rmb105 ($15): exactly 7 yuan a dollar against 6; the fixing of 7.2 two days before takes some rounding
    cause = _cause(mention("Rmb105", "105", "CNY", "1"), mention("$15", "15", "USD", "1"), D(2025, 1, 21))
    assert cause.kind == "round rate" and cause.rate.value == 7 and cause.rate.kind == "implied by the text"
    assert cause.description == (
        "a round rate: the figures are exactly 7 CNY per USD, a rule of thumb rather than the csv:rates_small.csv "
        "fixing (6.0000 CNY per USD)"
    )
    # the other way round: $1.9 (Rmb10) is 5.2632 yuan a dollar, exactly 0.19 dollars a yuan
    cause = _cause(mention("$1.9", "1.9", "USD", "0.1"), mention("Rmb10", "10", "CNY", "1"), D(2025, 1, 21))
    assert cause.kind == "round rate" and "exactly 0.19 USD per CNY" in cause.description
    assert "(0.16667 USD per CNY)" in cause.description
    # a round ratio far from the fixing is no rule of thumb for it: Rmb330 ($15), 22 against 6
    (item,) = rates.check_pairs([pair(mention("Rmb330", "330", "CNY", "1"), mention("$15", "15", "USD", "1"))],
                                D(2025, 1, 21), source=SMALL).pairs
    assert item.verdict == "inconsistent" and item.cause is None


def test_no_cause_is_invented():
    # Rmb213 ($10): 21.3 per dollar fits no slip of the small table
    assert _cause(mention("Rmb213", "213", "CNY", "1"), mention("$10", "10", "USD", "1"), D(2025, 1, 21)) is None


def test_the_seeds_causes(embedded_default):
    report = rates.check_pairs(seed_pairs(SEED_004), PUBLISHED)
    stale = [p.cause for p in report.pairs if p.verdict == "inconsistent"]
    assert len(stale) == 3 and all(c.kind == "stale rate" and c.rate.date == D(2025, 1, 20) for c in stale)
    assert all("every GBP/CNY conversion of the text fits it" in c.description for c in stale)
    report = rates.check_pairs(seed_pairs(SEED_000), PUBLISHED)
    for item in report.pairs[1:]:  # ¥280.2 billion ($36.96 billion): the euro's yuan rate that day, 7.5807
        assert (item.cause.kind, item.cause.currency) == ("another currency's rate", "EUR")
        assert item.cause.rate.value.quantize(Decimal("0.0001")) == Decimal("7.5807")




def test_the_confusable_currencies():
    assert confusable_with("GBP") == ("EGP", "EUR", "USD")
    assert "CHF" not in confusable_with("CAD") and "USD" in confusable_with("CAD")
    assert confusable_with("CNY") == ("JPY",)


def test_a_stale_rate_is_sought_a_quarter_back_at_most(embedded_default):
    # £6.7 billion ($12 billion) on 2007-01-31: at most 12.5 / 6.65 = 1.8797 dollars a pound, last fixed
    # on 2006-10-25, 98 days before; the day's 1.9531 is 8% off
    assert STALE_DAYS == 92
    (item,) = rates.check("Tata buys Corus for £6.7 billion ($12 billion).", published="2007-01-31").pairs
    assert item.verdict == "inconsistent" and item.cause is None
    (item,) = rates.check("Tata buys Corus for £6.7 billion ($12 billion).", published="2007-01-24").pairs
    assert item.cause is not None and item.cause.kind == "stale rate" and item.cause.rate.date == D(2006, 10, 25)


def test_the_cause_in_the_report(embedded_default):
    from moneyparse._sample import SAMPLE

    report = rates.check(SAMPLE)
    data = report.to_dict()
    json.dumps(data)
    stale = data["pairs"][3]
    assert stale["verdict"] == "inconsistent" and stale["cause"]["kind"] == "another currency's rate"
    assert stale["cause"]["rate"]["base"] == "USD" and stale["cause"]["currency"] == "EUR"
    assert all(p["cause"] is None for p in data["pairs"][:3])
    text = report.to_text()
    assert ("   cause      likely the EUR/CNY rate of that day (7.5807 CNY per EUR): $36.96 billion is what "
            "¥280.2 billion comes to in EUR, not in USD") in text
    report = rates.check("BEIJING, Feb. 20, 2025 — Capex reached Rmb7bn ($10bn).")
    assert "cause      none of the common slips fits" in report.to_text()  # 0.7 is round, but no rule of thumb for 7.26
    assert rates.check(SAMPLE, causes=False).pairs[3].cause is None
