"""The IMF's Special Drawing Rights (XDR): the Fund lends in them and commodity pacts price in them,
so their amounts are money (codes.tsv).  Their name is read as any currency name is; the Fund's
abbreviation after the number ("SDR", "SDRs", "SDR's", in any case) only where the text tells
them: the name spelled, the IMF named, or an amount of them pricing a weight (filter
``sdr_untold``).  "SDR" is no ISO code of any money, the Sudanese ones included.

Sentences of our own; the figures are made up.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse
from moneyparse.grammar import WIDE_WINDOW


def _found(text: str) -> list[tuple[str, Decimal, str]]:
    return [(m.text, m.amount, m.currency) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The cocoa pact sets a floor of 1,450 Special Drawing Rights per tonne.",
         [("1,450 Special Drawing Rights", Decimal("1450"), "XDR")]),
        ("The board approved a 210 mln special drawing rights stand-by credit.",
         [("210 mln special drawing rights", Decimal("210000000"), "XDR")]),
        ("The IMF approved a stand-by credit of 210 mln SDRs for the country.", [("210 mln SDRs", Decimal("210000000"), "XDR")]),
        ("The IMF said it approved 96.5 mln SDR's for the island.", [("96.5 mln SDR's", Decimal("96500000"), "XDR")]),
        ("It may draw 33 mln sdr from the International Monetary Fund.", [("33 mln sdr", Decimal("33000000"), "XDR")]),
        ("The buffer stock may buy below 1,450 sdr per tonne.", [("1,450 sdr", Decimal("1450"), "XDR")]),
        ("The ceiling stays at 2,100 SDRs a tonne.", [("2,100 SDRs", Decimal("2100"), "XDR")]),
        ("Carriers owe at most 17 SDR per kilogram of cargo.", [("17 SDR", Decimal("17"), "XDR")]),
    ],
)
def test_special_drawing_rights_told_are_read(text: str, expected: list[tuple[str, Decimal, str]]) -> None:
    assert _found(text) == expected


def test_one_amount_told_tells_the_others_of_the_story() -> None:
    # the name spelled in the lead tells the bare abbreviation paragraphs later
    text = (
        "The council kept the must-buy price at 1,450 Special Drawing Rights a tonne.\n"
        + "    Delegates spoke of the crop, of freight and of the stocks held in Europe.\n" * 8
        + "    The manager can only sell once prices pass the 2,100 SDR upper intervention price.\n"
    )
    assert [(m.text, m.currency) for m in moneyparse.extract(text)] == [
        ("1,450 Special Drawing Rights", "XDR"), ("2,100 SDR", "XDR")]


@pytest.mark.parametrize(
    "text",
    [
        "The set plays 4K SDR video.",
        "It has 2 SDR receivers on the roof.",
        "The 12 SDR deputies walked out.",
        "In Khartoum the fee rose to 500 SDR.",
    ],
)
def test_the_letters_untold_are_no_money(text: str) -> None:
    assert moneyparse.extract(text) == []


def test_the_fund_named_beyond_the_story_s_reach_tells_nothing() -> None:
    far = "The IMF met in spring." + " Nothing of note." * (WIDE_WINDOW // 17 + 2) + " It bought 3 SDR cards."
    near = "The IMF met in spring. It lent 3 mln SDRs."
    assert moneyparse.extract(far) == []
    assert [m.text for m in moneyparse.extract(near)] == ["3 mln SDRs"]


def test_the_code_and_the_name_in_other_languages_are_read() -> None:
    assert _found("XDR 2.5 billion went to the reserve.") == [("XDR 2.5 billion", Decimal("2500000000"), "XDR")]
    assert _found("Der Fonds gewährte 300 Millionen Sonderziehungsrechte.") == [
        ("300 Millionen Sonderziehungsrechte", Decimal("300000000"), "XDR")]


def test_a_quota_and_its_dollars_make_a_pair() -> None:
    pairs = moneyparse.pairs("It has an IMF quota of 1.2 billion SDRs (1.5 billion dlrs).")
    assert [(p.first.currency, p.second.currency) for p in pairs] == [("XDR", "USD")]
