"""Words that look like an amount and say none: a scale made an adjective ("a billion-dollar
question"), a title ("The Six Million Dollar Man"), an English word that spells a code ("a 4 try
bonus point"), a word after a count ("team 5 won the cup").  Each has a near miss that stays money.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse


def found(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        # titles: a film, a series, a song, a book
        "Million Dollar Baby won four Oscars in 2005.",
        "She watched The Six Million Dollar Man every Friday.",
        "THE SIX MILLION DOLLAR MAN returns tonight.",
        "He read The Billion Dollar Monopoly Swindle on the train.",
        # a scale made an adjective, with no figure written
        "It was a multi-billion dollar deal for the bank.",
        "That is the billion-dollar question for the board.",
        "The flat has a million-dollar view of the harbour.",
        "The firm became a trillion-dollar company last year.",
        "They built a multi-million-dollar stadium.",
        "The city approved a billion-euro plan and a million-yuan prize.",
        "A Million Dollar Quartet played at the hall.",
        # "multi-" makes the scale an adjective whatever the name; a name before "billionaires" counts people
        "She is heir to a multi-billion euro retailing fortune.",
        "He built a multi-million pound empire.",
        "The country now has six euro billionaires.",
        # the hyphen binds "million-dollar"; the number before counts the homes
        "The agent sold two million-dollar homes this week.",
        # "try" is a word of rugby and of every day, TRY a code only in capitals
        "Wales scored a try in the 60th minute and earned a 4 try bonus point.",
        "They had to try 3 times before the door opened.",
        # a count, then the verb "won"
        "In the final, team 5 won the cup.",
    ],
)
def test_no_amount(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure written stays an amount, whatever follows it
        ("It was a $5 million-dollar deal.", [("$5 million", Decimal(5000000), "USD")]),
        ("It was a 5 million dollar deal.", [("5 million dollar", Decimal(5000000), "USD")]),
        ("a half-billion-dollar fund", [("a half-billion-dollar", Decimal(500000000), "USD")]),
        ("a hundred-million-dollar budget", [("a hundred-million-dollar", Decimal(100000000), "USD")]),
        # the plural is a sum
        ("He paid a billion dollars for the team.", [("a billion dollars", Decimal(10**9), "USD")]),
        ("Police seized six million dollars in cash.", [("six million dollars", Decimal(6000000), "USD")]),
        ("Company Raises Six Million Dollars", [("Six Million Dollars", Decimal(6000000), "USD")]),
        ("The fund paid out a billion euro.", [("a billion euro", Decimal(10**9), "EUR")]),
        ("The ticket cost six euro.", [("six euro", Decimal(6), "EUR")]),
        # a singular after one, and amounts under a million, are sums as written
        ("A collector paid for a One Cent stamp.", [("One Cent", Decimal("0.01"), "USD")]),
        ("He changed a hundred-dollar bill.", [("a hundred-dollar", Decimal(100), "USD")]),
        # the code written as a code
        ("The fee was TRY 500 in Istanbul.", [("TRY 500", Decimal(500), "TRY")]),
        ("The fee was 500 TRY.", [("500 TRY", Decimal(500), "TRY")]),
    ],
)
def test_near_misses_stay_amounts(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert found(text) == expected
