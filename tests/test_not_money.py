"""What is not money: each case is text some extractor has read as an amount."""

from __future__ import annotations

import pytest

import moneyparse

NOT_MONEY = [
    "Revenue grew 11% year on year.",
    "Cloud sales rose in Q4 2024.",
    "The years 2019-2020 were hard.",
    "Call 555-0199 or +1 212 555 0100.",
    "See pages 211-227 (2003).",
    "A model with 70 billion parameters.",
    "The app passed 7 billion downloads.",
    "Forever 21 filed for bankruptcy.",
    "Alibaba backed 01.ai and Moonshot.",
    "The dollar rose against the yen.",
    "Prices in 2019 dollars are lower.",
    "Watch it in 1080p tonight.",
    "R2-D2 beeped twice; the BMW R32 of 1923; Windows Server 2008 R2 and a grand R5 prize.",
    "SR 520 crosses the lake; the P5 countries met; LE 5 and RO 5 in the table.",
    "Press Sh5 or Sh.6 to shift the list; in Dar es Salaam the Sh2 stamp is a Tanzanian one.",
    "In the game a castle sells for L$250 and a horse for L$ 40.",
    "Q4 results beat Q3; gold at XAU 1,800 and platinum at XPT 950 are no money paid.",
    "A lone $ sign and a dollar word.",
    "He won 3 games in 1998 won the title.",
    "The Pentagon is 五角大楼 in Chinese.",
    "It was March 3, 2025.",
    "Size 10 shoes, 4 cups of flour.",
    "EUR/USD 1.10 and USD/JPY 110.5 at the close.",
    "The stack is memory page $01; programs load at $0801 (opcode $00).",
    "Not homeomorphic to $R^3$, nor when $a \\not\\equiv 0$ (mod p).",
    "Prices in 1985 US$ and in 2015 USD; in 1986 ESA began Giotto.",
    "Barcelona 1 – 1 Real Madrid; on May 8, 2013 Penny Arcade launched; 5 Rand Corporation.",
    "Cost:RMB a lot; the 5-mile run.",
    "Report, 8 December 2013 Euro-Dane; released August 29, 2017 FB Glenn; on 3 Aug. 1984 ESA met.",
    "The sum $$1 ,+, r ,+, r^2$$ and $1+tfrac{1}{4}+dots$; we know that $1=2pileft(x$; $23^circ$.",
    "Absolute references ($A$1, or $B$1:$B$3) keep their cells.",
    "Mixed references: $A1 is column-wise absolute and A$1 is row-wise absolute; cell C$2 too.",
    "Sectors by share: Manufacturing 2 82 Real estate 98 72.",
    "AWK: print $1, $3 prints two fields; $0 is the whole record, and $4 the fourth field.",
    "Tcl/Tk 8.6 came out in 2012; the Tk 8.5 toolkit and Tk 8.5.1 before it.",
    "The ESA95 methodology replaced ESA79; drugs that inhibit CYP450 enzymes (CYP3A4).",
]


@pytest.mark.parametrize("text", NOT_MONEY)
def test_not_money(text: str) -> None:
    assert moneyparse.extract(text) == []


def test_bracketed_amount_after_another_is_not_negative() -> None:
    found = moneyparse.extract("It invested $53 billion (¥380 billion).")
    assert all(m.amount > 0 for m in found)


def test_accounting_style_minus_sign_is_kept() -> None:
    (m,) = moneyparse.extract("Net result: -$4.5m after tax.")
    assert m.amount < 0 and m.text == "-$4.5m"


def test_a_count_of_the_next_item_is_no_end_of_a_range() -> None:
    # an inventory: "- 1 Coal Stove" counts a stove, it does not close "$0.50 -" as a range
    found = moneyparse.extract("2 knives & forks - $0.50 - 1 Coal Stove - $2.00")
    assert [(m.text, m.high) for m in found] == [("$0.50", None), ("$2.00", None)]
    (m,) = moneyparse.extract("It cost $5-6 Million.")  # a scale word in capitals still closes it
    assert m.high is not None
    (m,) = moneyparse.extract("Tickets $20 - 30 Per Person")  # after a whole price, a range all the same
    assert (m.amount, m.high) == (20, 30)


def test_dollars_beside_code_and_mathematics_elsewhere_stay_money() -> None:
    # the shell and TeX filters look for their own signs; prose with "$1" and "=" keeps its money
    assert [m.text for m in moneyparse.extract("It was rated at $1 = 4 shillings; a $5 fee and $1 each.")] == [
        "$1", "4 shillings", "$5", "$1",
    ]
    # the scan's sign of code ("print $") gives the amount after it back to the reading
    assert [m.text for m in moneyparse.extract("The print $5 million deal; print $1 shows a field.")] == ["$5 million"]
    # a price after "print" is no field, and a quoted price no argument
    assert [m.text for m in moneyparse.extract("The art print $1,000 was sold; a mug was $5.")] == ["$1,000", "$5"]
    assert [m.text for m in moneyparse.extract('Nicknamed "$1", it sold toys for $5 each.')] == ["$1", "$5"]


def test_a_text_of_shell_code_is_read_to_its_end() -> None:
    # "awk '" holds no "$": the scan goes on after it (it once went back and never ended)
    assert moneyparse.extract("Run awk '{print $1}' on it, or awk 'NR==1' for $5 a line.") == []


def test_the_prefixes_read_only_with_their_country_are_a_letter_or_two() -> None:
    # the rejection filters test a marker's length before they look the marker up: a letter or two
    # before the amount, with its stop or not ("R", "SR", "Sh."), a name of small letters after it ("crown"), or the capitals of
    # a sign that a shop row reads in any case ("NIS" of "nis"), which the shop's filter looks up
    from moneyparse.lexicon import shop_markers, tables

    needy = tables().prefix_needs
    assert needy and all(words for words in needy.values())
    prefixes = [marker for marker in needy if len(marker.removesuffix(".")) <= 2]
    names = [marker for marker in needy if marker not in prefixes and marker.lower() not in shop_markers()]
    capitals = [marker for marker in needy if marker not in prefixes and marker.lower() in shop_markers()]
    assert prefixes and all(marker[:1].isupper() for marker in prefixes)
    assert names and all(marker.isalpha() and marker.islower() for marker in names)
    assert all(marker.isalpha() and marker.isupper() for marker in capitals)
