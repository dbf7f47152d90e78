"""Words near a "$" that do not tell which dollar it is (moneyparse/world_dollar.py): another
dollar named as a money of its own, and a world price by the barrel or the ounce.

Each negative case differs from a positive one by the one thing its rule names."""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse import Evidence


def readings(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.currency) for m in moneyparse.extract(text)]


def sign(text: str) -> str:
    """The currency of the one "$" amount of ``text``."""
    (code,) = [m.currency for m in moneyparse.extract(text) if m.marker == "$"]
    return code


# -- another dollar named as a money of its own ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The greenback now fetches one Canadian dollar, and a litre of milk costs $1.10 in Ohio.",
        "Our dollar buys a Canadian dollar today while it takes $1.45 to buy a pound.",
        "Importers pay more per Canadian dollar than last spring, so a crate now costs $18.",
        "Since the Australian dollar rose, a night in our Denver motel at $90 looks cheap to them.",
    ],
)
def test_a_dollar_named_as_a_money_says_nothing_of_the_sign(text: str) -> None:
    assert sign(text) == "USD"


def test_one_unit_of_a_dollar_named_carries_on_to_no_sign() -> None:
    text = "Last week the greenback bought one Canadian dollar and it took $1.41 to buy a euro."
    found = moneyparse.extract(text)
    assert [(m.text, m.currency) for m in found] == [("one Canadian dollar", "CAD"), ("$1.41", "USD")]
    assert found[1].evidence is Evidence.DEFAULT


@pytest.mark.parametrize(
    "text",
    [
        # a country named, no money named: the words near still tell
        "The Ontario government will spend $4 million on new rinks.",
        # a sum in that money, not the money itself: the sign goes on in it
        "The club paid 5 Canadian dollars for the jerseys and $3 for the caps.",
        # a dollar named as a money beside another word that tells: the other word still counts
        "The Canadian dollar slipped. Ontario will spend $4 million on roads and $2 million on rail.",
        # a bond in that dollar is a sum in it, not the money itself
        "The bank sold a Canadian dollar bond of $100 million to Ontario pension funds.",
    ],
)
def test_a_country_or_a_sum_in_its_dollar_still_tells(text: str) -> None:
    assert {m.currency for m in moneyparse.extract(text) if m.marker == "$"} == {"CAD"}


def test_a_wire_bond_in_a_dollar_named_keeps_its_dollar() -> None:
    text = "Beside the mark issues, one Australian dollar bond was sold, worth 150 mln dlrs in all."
    assert readings(text)[-1] == ("150 mln dlrs", "AUD")


# -- a world price by the barrel or the ounce ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Alberta's wells pump crude for less than $20 a barrel, even in winter.",
        "Drillers in Saskatchewan broke even at $45 per bbl last year.",
        "Ontario's mines sold their gold at $1,300 an ounce in March.",
        "Quebec's smelters bought silver at $17 per troy ounce.",
        "Alberta's oil patch lives with $18-a-barrel crude.",
        "Canada's oil sands were profitable at $30/bbl.",
    ],
)
def test_a_world_price_by_the_barrel_or_ounce_keeps_the_us_dollar(text: str) -> None:
    assert sign(text) == "USD"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # the money written: its own
        ("Alberta's wells pump crude for less than C$20 a barrel, even in winter.", "CAD"),
        ("Alberta's wells pumped crude for Canadian $20 a barrel, even in winter.", "CAD"),
        # another unit (canola and wheat are priced in the money of their exchange): the words near tell
        ("Saskatchewan farmers sold canola for $450 a tonne in Alberta.", "CAD"),
        # no price per unit: the words near tell
        ("Alberta's wells pump crude worth $20 million a year in Saskatchewan.", "CAD"),
    ],
)
def test_a_price_in_its_own_money_or_of_another_unit_is_told_as_before(text: str, code: str) -> None:
    assert {m.currency for m in moneyparse.extract(text)} == {code}


def test_a_story_of_canada_keeps_its_dollar_by_the_barrel() -> None:
    text = (
        "Northern Sands Ltd of Calgary, Alberta, reports its third quarter.\n"
        "Calgary, Alberta - Northern Sands said its output rose in Alberta and Saskatchewan. Operating costs fell to\n"
        "$31 per barrel from $35 per barrel a year ago, and Alberta royalties came to $4 million.\n"
    )
    assert [m.currency for m in moneyparse.extract(text)] == ["CAD", "CAD", "CAD"]


def test_the_wire_s_dollars_by_the_barrel_in_a_story_of_canadian_postings_stay_canadian() -> None:
    text = (
        "Maple Crude Ltd said it raised its posted price for light crude at Edmonton by 40 Canadian cts a\n"
        "barrel, effective today.\n"
        "    The new posting is 24.10 dlrs a barrel, the company said.\n"
    )
    assert readings(text) == [("40 Canadian cts", "CAD"), ("24.10 dlrs", "CAD")]
