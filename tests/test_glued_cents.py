"""Cents glued to their number with a lower-case "c" ("10c a litre"): money only where a price per
unit follows, since the same letter writes a temperature, a part of a figure or a clause; read in
the dollar of the text, as "10 cents" are, and in none where nothing ties them to a dollar (the US
press writes "99 cents").

Every sentence is our own; each row gives the text and the mentions' texts, amounts and currencies.
"""

from __future__ import annotations

import pytest

import moneyparse
from mention_rows import amounts

PRICES_PER_UNIT = [
    ("Motorists in Australia want petrol cut by 10c a litre before the holidays.", [("10c", "0.10", "AUD")]),
    ("The Australian miner will pay a final dividend of 4.5c a share.", [("4.5c", "0.045", "AUD")]),
    ("Households in Canada pay 8c/kWh at night.", [("8c", "0.08", "CAD")]),
    ("In New Zealand the post office sells stamps at 55c each.", [("55c", "0.55", "NZD")]),
    ('The Australian dairy board wants a levy of "2c-a-litre" on milk.', [("2c", "0.02", "AUD")]),
    ("A new 50c coin goes on sale in Canberra.", [("50c", "0.50", "AUD")]),
    # the dollar written before carries on to the cents, as it does to "20 cents"
    ("Chips cost A$3.50 and 20c a bag for sauce.", [("A$3.50", "3.50", "AUD"), ("20c", "0.20", "AUD")]),
    ("Petrol costs C$1.21 a litre, up 5c a litre from May.", [("C$1.21", "1.21", "CAD"), ("5c", "0.05", "CAD")]),
]


@pytest.mark.parametrize(("text", "expected"), PRICES_PER_UNIT, ids=[t for t, _ in PRICES_PER_UNIT])
def test_glued_cents_before_a_price_per_unit_are_money(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


NO_PRICE = [
    # a temperature, "each day" too; a part of a figure or of a clause; a length; cents with no unit
    "Overnight it was 10c in Sydney, and 25c each day this week.",
    "The results are in Figure 3c, while a 10cm pipe costs more.",
    "Section 10c of the act applies to all leases.",
    # an upper-case "C" is a temperature's alone
    "Petrol stood at 10C a litre in the heat.",
]


@pytest.mark.parametrize("text", NO_PRICE)
def test_glued_cents_with_no_price_per_unit_are_not_read(text: str) -> None:
    assert amounts(text) == []


@pytest.mark.xfail(
    strict=True,
    reason="glued cents with no price per unit after them are not read, though a fare or a charge is "
    "money: the words that tell it from a temperature (a fare, a charge) are not weighed",
)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A coffee shop in Australia charges 50c extra for soy milk.", [("50c", "0.50", "AUD")]),
        ("The bus fare in New Zealand rose 10c on Monday.", [("10c", "0.10", "NZD")]),
    ],
)
def test_glued_cents_of_a_charge_with_no_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


UNTIED = [
    # nothing says which dollar: the press that glues its cents is not the US's, so no currency
    ("Bananas at the market cost 99c per kilo.", []),
    ("The airline sold its seats at 99c a seat, or US$1.10.", [("US$1.10", "1.10", "USD")]),
    # the text's own bare dollars are US ones by default: so are its cents
    ("Bananas cost $2 a bunch and 99c per kilo.", [("$2", "2", "USD"), ("99c", "0.99", "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), UNTIED, ids=[t for t, _ in UNTIED])
def test_glued_cents_are_us_cents_only_beside_the_texts_own_us_dollars(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert amounts(text) == expected


def test_pence_glued_are_read_as_before() -> None:
    assert amounts("A bar of chocolate costs 99p in London.") == [("99p", "0.99", "GBP")]


def test_glued_cents_read_the_same_in_any_chunking() -> None:
    text = "Motorists in Australia want petrol cut by 10c a litre before the holidays."
    pieces = [text[i : i + 5] for i in range(0, len(text), 5)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == [("10c", "AUD")]
