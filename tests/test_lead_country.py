"""The dollar of a wire story's lead country (moneyparse/lead_country.py): a story whose lead
reports a dollar country's economy in the possessive ("New Zealand's budget deficit ...") gives
its later bare "dlrs" in that country's dollar.

Each negative case differs from a positive one by the one thing its rule names."""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse import Evidence

#: A wire story of a country's official figures that never writes whose dollars it counts in.
TRADE = (
    "New Zealand's merchandise trade swung into surplus in the June quarter after two quarters of\n"
    "deficit, the statistics department said.\n"
    "    It said exports climbed 6.1 pct to 2.84 billion dlrs while imports slipped to 2.61 billion,\n"
    "leaving a surplus of 230 mln against a deficit of 95 mln in the March quarter.\n"
    " REUTER\n"
)


def readings(text: str) -> list[tuple[str, str, Evidence]]:
    return [(m.text, m.currency, m.evidence) for m in moneyparse.extract(text)]


def test_the_lead_country_s_economy_gives_its_dollars() -> None:
    assert readings(TRADE) == [
        ("2.84 billion dlrs", "NZD", Evidence.DOCUMENT),
        ("2.61 billion", "NZD", Evidence.DOCUMENT),
        ("230 mln", "NZD", Evidence.DOCUMENT),
        ("95 mln", "NZD", Evidence.DOCUMENT),
    ]


@pytest.mark.parametrize(
    ("lead", "code"),
    [
        ("Hong Kong's M-3 money supply grew", "HKD"),
        ("Singapore's external trade grew", "SGD"),
        ("Canada's federal budget deficit shrank", "CAD"),
        ("Australia's seasonally adjusted real gross domestic product grew", "AUD"),
    ],
)
def test_each_country_s_lead_reads_its_own_dollar(lead: str, code: str) -> None:
    text = TRADE.replace("New Zealand's merchandise trade swung into surplus", lead)
    assert readings(text)[0] == ("2.84 billion dlrs", code, Evidence.DOCUMENT)


def test_a_country_not_in_the_possessive_says_nothing() -> None:
    text = TRADE.replace("New Zealand's merchandise trade swung", "Merchandise trade in New Zealand swung")
    assert readings(text)[0][1:] == ("USD", Evidence.DEFAULT)


def test_a_possessive_that_owns_no_economy_word_says_nothing() -> None:
    text = TRADE.replace("New Zealand's merchandise trade swung into surplus", "New Zealand's biggest dairy exporter swung into profit")
    assert readings(text)[0][1:] == ("USD", Evidence.DEFAULT)


def test_taiwan_reports_its_trade_in_us_dollars_and_is_not_read() -> None:
    text = TRADE.replace("New Zealand's", "Taiwan's")
    assert readings(text)[0][1:] == ("USD", Evidence.DEFAULT)


def test_the_us_named_before_the_amount_keeps_the_default() -> None:
    text = TRADE.replace("    It said exports", "    Shares of its exporters listed on Nasdaq fell.  It said exports")
    assert [c for _, c, _ in readings(text)] == ["USD"] * 4


def test_another_money_s_place_before_the_amount_keeps_the_default() -> None:
    text = TRADE.replace("    It said exports", "    Sales of lamb to Japan recovered.  It said exports")
    assert readings(text)[0][1:] == ("USD", Evidence.DEFAULT)


def test_a_price_per_unit_stays_in_us_dollars() -> None:
    text = TRADE.replace("2.84 billion dlrs while", "2.84 billion dlrs on wool at 410 dlrs a tonne while")
    found = dict((t, c) for t, c, _ in readings(text))
    assert found["2.84 billion dlrs"] == "NZD"
    assert found["410 dlrs"] == "USD"


def test_the_lead_must_be_the_first_sentence() -> None:
    text = "Dairy farmers faced a dry winter, officials said.\n    " + TRADE
    assert readings(text)[0][1:] == ("USD", Evidence.DEFAULT)


def test_a_stream_reads_the_story_as_the_whole_text_does() -> None:
    found = [(m.text, m.currency) for m in moneyparse.iter_extract(iter([TRADE[:150], TRADE[150:]]))]
    assert found == [(t, c) for t, c, _ in readings(TRADE)]


def test_a_figure_before_the_country_s_name_is_not_yet_of_it() -> None:
    text = "Surplus put at 230 mln dlrs\n    " + TRADE
    assert readings(text)[0] == ("230 mln dlrs", "USD", Evidence.DEFAULT)
