"""The currency of a bare "$" or "£" told by the story around it: the country a text is of, a
party's base, a story of a country that writes no "$", and the country that pays (sentences
written for the test)."""

from __future__ import annotations

import datetime

import moneyparse
from moneyparse import Evidence

#: Words of no country, long enough to put an amount out of the reach of the names before it.
FILLER = (
    " The plan was put to the lower house on Monday after a week of talks with the states. "
    "Officials said the cost of the work would be met over four years, and that the first "
    "payments would go to the towns hit hardest by the water. Critics said the sums were too "
    "small and came too late for the farmers who lost their crops in the spring. "
) * 2


def currencies(text: str) -> list[tuple[str, str, Evidence]]:
    return [(m.text, m.currency, m.evidence) for m in moneyparse.extract(text)]


def test_a_story_of_one_dollar_country_writes_its_dollars_bare() -> None:
    text = (
        "Australia adds a levy for flood repairs\n\nThe Prime Minister of Australia has announced a "
        "levy." + FILLER + "Anyone earning over $80,000 a year will pay 1 percent." + FILLER
        + "The opposition said Australians should not pay more, and Queensland asked for more."
    )
    assert currencies(text) == [("$80,000", "AUD", Evidence.DOCUMENT)]


def test_a_story_that_names_a_dollar_country_only_past_its_head_keeps_us_dollars() -> None:
    text = (
        "Miners cut jobs as prices fall\n\nThe firm will close two pits." + FILLER
        + "Its fund holds $80,000 for the workers." + FILLER
        + "Australia buys much of the coal; Australians and Queensland firms said so."
    )
    assert currencies(text) == [("$80,000", "USD", Evidence.DEFAULT)]


def test_a_text_longer_than_a_story_is_not_read_as_of_one_country() -> None:
    text = (
        "Australia adds a levy for flood repairs\n\nThe Prime Minister of Australia has announced a "
        "levy." + FILLER * 6 + "Anyone earning over $80,000 a year will pay 1 percent." + FILLER * 6
        + "The opposition said Australians should not pay more, and Queensland asked for more."
    )
    assert len(text) > 8000
    assert currencies(text) == [("$80,000", "USD", Evidence.DEFAULT)]


def test_a_story_that_names_a_dollar_country_once_keeps_us_dollars() -> None:
    text = "The chain also sells in Australia." + FILLER + "Its new store cost $80,000 to fit out." + FILLER
    assert currencies(text) == [("$80,000", "USD", Evidence.DEFAULT)]


def test_a_story_of_two_dollar_countries_keeps_us_dollars() -> None:
    text = (
        "Australia and Canada sign a trade pact\n\nAustralia signed the pact." + FILLER
        + "The fund holds $80,000 for the first year." + FILLER + "Australians and Canadians welcomed it."
    )
    assert currencies(text)[0][1] == "USD"


def test_a_story_that_names_the_us_keeps_us_dollars() -> None:
    text = (
        "Australia buys American jets\n\nAustralia signed the order." + FILLER
        + "Each jet costs $80 million." + FILLER + "Australians and the US air force will train together."
    )
    assert currencies(text)[0][1] == "USD"


def test_a_place_a_party_is_based_in_says_nothing_of_its_money() -> None:
    assert currencies("A Hong Kong-based fund paid $5 million for the office tower.")[0][1] == "USD"
    assert currencies("A Singapore based buyer paid $5 million for the office tower.")[0][1] == "USD"
    # near misses: the place of the sale itself
    assert currencies("In Hong Kong, the fund paid $5 million for a flat in Hong Kong.")[0][1] == "HKD"


def test_a_dollar_country_beside_the_country_of_a_story_that_writes_no_dollar_is_us_dollars() -> None:
    text = (
        "At the first auction of the year in Tokyo, a buyer from Hong Kong paid $50,000 for a tuna. "
        "Japanese buyers bid less this year, and Japan eats less tuna; a Hong Kong chain took the fish."
    )
    assert currencies(text)[0][1] == "USD"
    # near miss: a story of the dollar country itself
    text = "Hong Kong will spend $5 billion on housing, the Hong Kong government said in Hong Kong."
    assert currencies(text)[0][1] == "HKD"


def test_the_pound_of_the_country_that_pays_is_sterling() -> None:
    assert currencies("The United Kingdom pledged £20 million to Egypt and Tunisia.")[0][1] == "GBP"
    assert currencies("The U.K. pledged £20 million to Egypt.")[0][1] == "GBP"
    # near miss: the pound of the country itself
    assert currencies("In Egypt a loaf of bread now costs £5, up from £1.")[0][1] == "EGP"


def test_z_dollar_is_the_zimbabwe_dollar_of_its_day() -> None:
    text = "Banks let savers take out Z$2 million a day."
    assert currencies(text) == [("Z$2 million", "ZWD", Evidence.DEFAULT)]
    on = {day: moneyparse.extract(text, as_of=datetime.date(*day))[0].currency for day in ((2007, 5, 1), (2008, 10, 1), (2010, 3, 1))}
    assert on == {(2007, 5, 1): "ZWD", (2008, 10, 1): "ZWR", (2010, 3, 1): "ZWL"}
    # near miss: the New Zealand dollar's sign ends with the same two characters
    assert currencies("The fund gave NZ$2 million.")[0][1] == "NZD"
