"""Which currency an ambiguous marker means, and what evidence said so."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse
from moneyparse import Evidence


def only(text: str, **kw: object) -> moneyparse.Mention:
    (m,) = moneyparse.extract(text, **kw)  # type: ignore[arg-type]
    return m


def test_dollar_alone_is_usd_by_default_with_alternatives() -> None:
    m = only("It costs $40.")
    assert m.currency == "USD" and m.evidence is Evidence.DEFAULT
    assert "AUD" in m.alternatives and "CAD" in m.alternatives


def test_dollar_near_another_dollar_country_follows_it() -> None:
    m = only("The Australian miner paid $40 million for the site.")
    assert m.currency == "AUD" and m.evidence is Evidence.CONTEXT


def test_yen_sign_in_tokyo_is_yen() -> None:
    m = only("A bowl of ramen in Tokyo costs ¥1,200.")
    assert m.currency == "JPY" and m.evidence is Evidence.CONTEXT


def test_yen_sign_near_china_is_yuan() -> None:
    m = only("The Chinese carmaker in Shanghai earned ¥12 billion.")
    assert m.currency == "CNY" and m.evidence is Evidence.CONTEXT


def test_yen_sign_in_chinese_script_is_yuan() -> None:
    assert only("这件衣服￥300").currency == "CNY"


def test_pair_rate_decides_between_yuan_and_yen() -> None:
    # 380/53 = 7.2 per dollar: a yuan rate; 7,600/53 = 143 per dollar: a yen rate.
    cny, _ = moneyparse.extract("It will invest $53 billion (¥380 billion).")[::-1]
    assert cny.currency == "CNY" and cny.evidence is Evidence.PAIR
    jpy = moneyparse.extract("It will invest $53 billion (¥7,600 billion).")[1]
    assert jpy.currency == "JPY" and jpy.evidence is Evidence.PAIR


def test_names_that_only_hold_a_country_name_do_not_move_the_dollar() -> None:
    assert only("A Canada goose decoy sold for $1.13 million at auction.").currency == "USD"
    assert only("The ranch in New Mexico sold for $5 million. It lies in New Mexico.").currency == "USD"
    assert only("The ranch in Canada sold for $5 million. It lies in Canada.").currency == "CAD"


def test_lira_is_turkish_unless_italy_is_named() -> None:
    assert only("A loaf cost 5 lira.").currency == "TRY"
    m = only("In Italy the dollar bought 1,400 lira in 1982.")
    assert m.currency == "ITL" and m.evidence is Evidence.CONTEXT and m.alternatives == ("TRY", "TRL")
    assert only("In Turkey a loaf cost 5 lira.").currency == "TRY"


def test_caller_can_assume() -> None:
    m = only("Lunch was ¥980.", assume={"¥": "CNY"})
    assert m.currency == "CNY" and m.evidence is Evidence.ASSUMED
    assert m.alternatives == ("JPY",)


def test_unambiguous_marker_has_no_alternatives() -> None:
    m = only("A €5 fee.")
    assert m.evidence is Evidence.MARKER and m.alternatives == ()


def test_money_is_py_moneyed() -> None:
    money = only("Rmb72.5bn").money
    assert money.amount == Decimal("72500000000") and money.currency.code == "CNY"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Exchange rates: Qatari riyals (QR) per US$1--3.6400 riyals", "QAR"),
        ("A court in Doha fined him 500 riyals.", "QAR"),
        ("In Riyadh the fee is 50 riyals.", "SAR"),
        # no place named: the Saudi riyal, as before
        ("The fee is 50 riyals.", "SAR"),
    ],
)
def test_riyals_are_of_the_gulf_country_named_near(text: str, code: str) -> None:
    assert [m.currency for m in moneyparse.extract(text) if m.marker == "riyals"] == [code]


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        # a foreign borrower's Yankee bonds are sold in the US market, in US dollars
        ("The Commonwealth of Australia is offering in the Yankee bond market 400 mln dlrs of bonds.", "USD"),
        ("New Zealand sold 300 mln dlrs of Yankee bonds.", "USD"),
        ("New Zealand sold 300 mln dlrs of bonds.", "NZD"),
    ],
)
def test_the_yankee_bond_market_is_in_us_dollars(text: str, currency: str) -> None:
    (m,) = moneyparse.extract(text)
    assert m.currency == currency
