"""Numbers with a currency word or code that are no money: a weight written as an adjective, a
performer's name, a share index; each with the near misses that stay money (sentences written
for the test)."""

from __future__ import annotations

import pytest

import moneyparse


def spans(text: str) -> list[str]:
    return [m.text for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N-pound" before a word is an adjective of weight, even where the sentence speaks of money
        ("A 300-pound marlin was sold for $9,000 at the pier.", ["$9,000"]),
        ("The 20-pound turkey cost 30 pounds at the farm.", ["30 pounds"]),
        ("They paid $2,000 for a 1,200-pound steer.", ["$2,000"]),
        # near misses: a thing of money that a pound counts
        ("He paid with a 5-pound note.", ["5-pound"]),
        ("She was given a 10-pound fine for parking.", ["10-pound"]),
        ("He paid with a 2-pound coin.", ["2-pound"]),
        ("He paid 5 pounds for the ticket.", ["5 pounds"]),
    ],
)
def test_a_hyphenated_pound_before_a_noun_is_a_weight(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On stage: * Muse * 50 Cent * Pink", []),
        ("The rapper 50 Cent bought a house for $4 million.", ["$4 million"]),
        # near misses: the money, in English and in German
        ("A stamp costs 50 cents.", ["50 cents"]),
        ("Ein Brötchen kostet beim Bäcker nur 50 Cent.", ["50 Cent"]),
        ("Das Heft kostet 1 Cent mehr.", ["1 Cent"]),
        ("Ein Apfel kostet 50 Cent.", ["50 Cent"]),
        ("Preise: 50 Cent, 2 Euro", ["50 Cent", "2 Euro"]),
    ],
)
def test_a_number_and_cent_with_a_capital_in_english_is_a_name(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The BEL20 closed at 3,812 points.", []),
        ("BEL20-c = 189,42 | BEL20-p = 6,87", []),
        # near misses: the Belgian franc itself
        ("A room cost 2,000 BEF a night in 1998.", ["2,000 BEF"]),
        ("The fee was BEF 500 in 1995.", ["BEF 500"]),
    ],
)
def test_a_share_index_named_like_a_code_is_no_money(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's gain or loss right before the number, the sentence speaking of money or not
        ("A slice of cake a day can put on about six pounds a year, so buy fruit.", []),
        ("The boxer gained 12 pounds before the fight that paid him well.", []),
        ("She shed nearly 30 lbs after the doctor billed her.", []),
        ("Sailors piled on an extra five pounds at sea.", []),
        # near misses: a scale word makes a sum, and "lost" is a loss of money as often
        ("The fund gained 4 million pounds from the sale.", ["4 million pounds"]),
        ("He lost four pounds at cards and paid the rest.", ["four pounds"]),
        ("He put the price on 5 pounds and sold it.", ["5 pounds"]),
    ],
)
def test_pounds_a_body_gains_are_a_weight(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next item of a list whose earlier item, in the same word of pounds, weighs something
        ("Under the contract the mill ships 410,000 pounds of wire to the yard in Ohio and 95,000 pounds to Utah.", []),
        ("The order, worth 2 mln dlrs, is for 3 mln pounds of resin for Leeds, 1.2 mln pounds for Hull.", ["2 mln dlrs"]),
        # near misses: a sum after a weight with no list, and a list whose first item is money
        ("The farm sold 200 pounds of wool for 300 pounds at the fair.", ["300 pounds"]),
        ("He paid 500 pounds of his savings and 300 pounds from a loan.", ["500 pounds", "300 pounds"]),
        ("The contract was worth 410,000 pounds and 95,000 pounds more in fees.", ["410,000 pounds", "95,000 pounds"]),
        # the other end of a change whose first end weighs something, at the price the bill pays
        ("The bill lifts the cap on payments from 3 million pounds of cheese to 5 million pounds a farm.", []),
        ("The bill lifts the cap on payments from 3 6 million pounds of cheese to 7 2 million pounds.", []),
        ("The bill cuts the payment cap to 2 million pounds of butter from 4 million pounds a year.", []),
        # near misses: a change of sums, and "to" with no "from" before the weight
        ("The fine for late payment rose from 200 pounds to 300 pounds.", ["200 pounds", "300 pounds"]),
        ("They shipped 200 pounds of wool to Leeds, paid to 300 pounds by the buyer.", ["300 pounds"]),
    ],
)
def test_pounds_listed_after_a_weight_are_a_weight(text: str, expected: list[str]) -> None:
    assert spans(text) == expected
