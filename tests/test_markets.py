"""The dollar of a wire story's market (moneyparse/markets.py): a company listed in Hong Kong, its
ticker at the story's head, gives its figures in Hong Kong dollars; an issue whose prospectus is
filed in the provinces is offered in Canadian dollars.

Each negative case differs from a positive one by the one thing its rule names."""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse import Evidence

#: A wire story of a company listed in Hong Kong that never writes whose dollars it counts in.
LISTED = (
    "Harbour Ferries Holdings Ltd <HFHL.HK> said net profit rose to 41 mln dlrs last year from 33 mln.\n"
    "    The board proposed a final dividend of 12 cents a share.\n"
    "    Its shares eased 20 cents to 5.60 dlrs in morning trade.\n"
    " REUTER\n"
)


def readings(text: str) -> list[tuple[str, str, Evidence]]:
    return [(m.text, m.currency, m.evidence) for m in moneyparse.extract(text)]


def test_a_story_of_a_company_listed_in_hong_kong_counts_in_its_dollars() -> None:
    assert readings(LISTED) == [
        ("41 mln dlrs", "HKD", Evidence.DOCUMENT),
        ("33 mln", "HKD", Evidence.DOCUMENT),
        ("12 cents", "HKD", Evidence.DOCUMENT),
        ("20 cents", "HKD", Evidence.DOCUMENT),
        ("5.60 dlrs", "HKD", Evidence.DOCUMENT),
    ]


def test_the_longer_suffix_of_the_exchange_reads_alike() -> None:
    assert {c for _, c, _ in readings(LISTED.replace(".HK>", ".HKG>"))} == {"HKD"}


def test_a_ticker_past_the_head_says_nothing() -> None:
    late = "Analysts expect the ferry business to keep growing through the year, brokers in the city said.\n" * 3
    text = late + LISTED
    assert all(c == "USD" for _, c, _ in readings(text))


def test_the_first_ticker_decides_and_another_exchange_s_says_nothing() -> None:
    text = LISTED.replace("<HFHL.HK>", "<HFHL.L>")
    assert all(c == "USD" for _, c, _ in readings(text))


def test_a_sentence_that_names_the_us_keeps_the_default() -> None:
    text = LISTED.replace("in morning trade", "in line with U.S. shipping stocks")
    found = readings(text)
    assert found[-1] == ("5.60 dlrs", "USD", Evidence.DEFAULT)
    assert found[0][1] == "HKD"


def test_a_sentence_that_names_a_place_of_another_money_keeps_the_default() -> None:
    text = LISTED.replace("The board proposed", "After selling its depot in Sydney the board proposed")
    assert ("12 cents", "USD", Evidence.DEFAULT) in readings(text)


def test_a_dollar_written_out_keeps_its_own_country() -> None:
    text = LISTED.replace("41 mln dlrs", "41 mln U.S. Dlrs")
    assert readings(text)[0] == ("41 mln U.S. Dlrs", "USD", Evidence.MARKER)


def test_the_rule_reads_a_stream_as_the_whole_text() -> None:
    whole = moneyparse.extract(LISTED)
    assert list(moneyparse.iter_extract(LISTED[i : i + 7] for i in range(0, len(LISTED), 7))) == whole


#: An issue of a Canadian company, its prospectus filed in the provinces.
OFFERING = (
    "<Prairie Grain Co Ltd> said it agreed to sell 60 mln dlrs of 9 pct debentures due 2001.\n"
    "    The company will file a preliminary prospectus for the issue in all provinces of Canada.\n"
    " Reuter\n"
)


@pytest.mark.parametrize(
    "filed",
    [
        "The company will file a preliminary prospectus for the issue in all provinces of Canada.",
        "It filed a final prospectus with securities regulators in each Canadian province.",
        "The shares will be sold in all provinces under a short form prospectus.",
    ],
)
def test_a_prospectus_filed_in_the_provinces_offers_in_canadian_dollars(filed: str) -> None:
    text = OFFERING.replace("The company will file a preliminary prospectus for the issue in all provinces of Canada.", filed)
    assert readings(text) == [("60 mln dlrs", "CAD", Evidence.DOCUMENT)]


def test_provinces_with_no_prospectus_say_nothing() -> None:
    text = OFFERING.replace("file a preliminary prospectus for the issue", "seek buyers for the issue")
    assert readings(text) == [("60 mln dlrs", "USD", Evidence.DEFAULT)]


def test_a_prospectus_beside_an_amount_whose_sentence_writes_the_us_dollar_keeps_the_default() -> None:
    text = OFFERING.replace("due 2001", "due 2001, payable in greenbacks")
    assert readings(text) == [("60 mln dlrs", "USD", Evidence.DEFAULT)]


@pytest.mark.xfail(strict=True, reason="'drls', a misspelling of 'dlrs' (4 times in Reuters-21578 against thousands), is no marker")
def test_a_misspelt_dollar_name_is_not_read() -> None:
    assert [m.text for m in moneyparse.extract("The claim covers about 410 mln drls over ten years.")] == ["410 mln drls"]
