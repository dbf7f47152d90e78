"""The dollars of smaller countries: their own signs ("J$", "BDS$", "F$" beside Fiji, "B$" beside
the Bahamas) and their names after the amount ("Fiji dollars"). A bare "$" beside the country is
left to the default: the press of Jamaica, Fiji, Barbados, Trinidad, Belize, the Bahamas and the
Eastern Caribbean writes its own money so, but the world's press writes of them in US dollars, and
a sentence does not tell the two apart (sentences written for the test)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from mention_rows import readings as read

D = Decimal


SIGNS_AND_NAMES = [
    ("A taxi to the port is EC$35.", [("EC$35", D(35), None, "XCD")]),
    ("The ferry costs 60 East Caribbean dollars.", [("60 East Caribbean dollars", D(60), None, "XCD")]),
    ("Entry is 12 Eastern Caribbean dollars.", [("12 Eastern Caribbean dollars", D(12), None, "XCD")]),
    ("Patties sell at J$350 each.", [("J$350", D(350), None, "JMD")]),
    ("A surfboard rents for FJ$55.", [("FJ$55", D(55), None, "FJD")]),
    ("The dive costs 180 Fiji dollars.", [("180 Fiji dollars", D(180), None, "FJD")]),
    ("Visitors to Suva pay F$8 for a bus pass.", [("F$8", D(8), None, "FJD")]),
    ("Flying fish cost BDS$22 a plate.", [("BDS$22", D(22), None, "BBD")]),
    ("The rum tour is 90 Barbados dollars.", [("90 Barbados dollars", D(90), None, "BBD")]),
    ("In Nassau a conch salad is B$15.", [("B$15", D(15), None, "BSD")]),
    ("The fare is 20 Bahamas dollars.", [("20 Bahamas dollars", D(20), None, "BSD")]),
    ("Doubles sell for TT$6 in Port of Spain.", [("TT$6", D(6), None, "TTD")]),
    ("The island tour is 150 Trinidad and Tobago dollars.", [("150 Trinidad and Tobago dollars", D(150), None, "TTD")]),
]


@pytest.mark.parametrize(("text", "expected"), SIGNS_AND_NAMES)
def test_signs_and_names_of_small_dollars(text: str, expected: list[tuple[str, Decimal, Decimal | None, str]]) -> None:
    assert read(text) == expected


# "F$" and "B$" need their country near: alone they are cells of a spreadsheet, and "B$" is
# Brunei's too.
@pytest.mark.parametrize("text", ["Copy =$F$40 into the next sheet.", "The cell B$20 holds the total.", "In Brunei a fare is B$3."])
def test_short_signs_need_their_country(text: str) -> None:
    assert [row for row in read(text) if row[3] in ("FJD", "BSD", "BND")] == []


#: A bare "$" beside these countries: their own press means their dollar, the world's press the
#: US dollar; nothing in the sentence tells which, so the default stands (known misses).
LOCAL_PRESS = [
    "In Kingston, Jamaica, a bus ride costs $120.",
    "Fiji's new airport tax is $200 a head.",
    "Barbados raised the room levy to $10 a night.",
    "Grenada charges $5 to land at the jetty.",
]


@pytest.mark.xfail(strict=True, reason="a bare $ beside a small dollar country is left to the default (US dollars)")
@pytest.mark.parametrize("text", LOCAL_PRESS)
def test_a_bare_sign_in_a_small_country_s_own_press(text: str) -> None:
    assert [row[3] for row in read(text)] != ["USD"]


@pytest.mark.parametrize(
    "text",
    [
        "Jamaica's hotels earned $3 billion from visitors from the US last year.",
        "The IMF approved a $900 million loan to Jamaica.",
        "A four-night Bahamas cruise starts at $399 per person.",
        "Fiji Water sales rose to $100 million.",
    ],
)
def test_a_bare_sign_of_the_world_s_press_on_them_is_the_us_dollar(text: str) -> None:
    assert [row[3] for row in read(text)] == ["USD"]


def test_other_dollar_names_keep_their_reading() -> None:
    # Fiji named beside New Zealand leaves New Zealand's "dlrs" as they were read
    text = "New Zealand cut aid to Fiji. New Zealand said the loss will cost Fiji about 10 mln dlrs a year."
    assert [m[3] for m in read(text)] == ["NZD"]
