"""A hyphen that opens the items of a list is a bullet, not a minus sign (sentences written for
the test): it begins a line, or follows two blanks where the list's line breaks were made blanks,
and another item of the text is opened the same way, and the items say what their money is for
(a word after an amount, on its line).  A lone "-$25 million" keeps its sign, and so do the figures
of a column or a table.  A line that opens with such a hyphen stays a line of its own, however
long the line before it: no wrapped paragraph runs on over it.
A list of grants run into the text ("in parentheses -$405,785 for Name, -$300,000 for Name")
opens its items with a hyphen after one blank: a sign-first amount, "for" and a name in capitals,
("the" or "a" before the name at most), repeated, one item at least after a comma, a semicolon,
two blanks or a line start."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse

D = Decimal


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The bill funds these works:  -$12 million for the river bridge  widen two lanes  "
            "-$4 million for the bus depot   -$1.5 million for trails",
            [("$12 million", D("12000000")), ("$4 million", D("4000000")), ("$1.5 million", D("1500000"))],
        ),
        (
            "Grants this year:\n-$300,000 for the library\n-$75,000 for the pool\n",
            [("$300,000", D("300000")), ("$75,000", D("75000"))],
        ),
        (
            "Grants this year:\n  -€300,000 for the library\n  -€75,000 for the pool\n",
            [("€300,000", D("300000")), ("€75,000", D("75000"))],
        ),
    ],
)
def test_a_hyphen_opening_the_items_of_a_list_is_a_bullet(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert [(m.text, m.amount) for m in moneyparse.extract(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one item so written: a sign
        ("The net change: -$25 million.", [("-$25 million", D("-25000000"))]),
        ("Net change:\n-$25 million\n", [("-$25 million", D("-25000000"))]),
        # a hyphen after one blank, however often: signs
        ("Net income was -$5 million and cash flow -$3 million.",
         [("-$5 million", D("-5000000")), ("-$3 million", D("-3000000"))]),
        # the other hyphen after one blank: this one, after two, keeps its sign too
        ("Results:  -$5 million in May, a change of -$3 million in June.",
         [("-$5 million", D("-5000000")), ("-$3 million", D("-3000000"))]),
        # items opened with another sign's amount are no like items
        ("Balance:\n-$5 million\n-€3 million\n", [("-$5 million", D("-5000000")), ("-€3 million", D("-3000000"))]),
    ],
)
def test_a_hyphen_with_no_like_item_stays_a_minus_sign(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert [(m.text, m.amount) for m in moneyparse.extract(text)] == found


# A hyphen after a blank and the last word of a price list's label, who pays or the gate, parts
# the label from its price where the price ends its line or a comma, a semicolon or a full stop
# follows: "Adults -$12" is twelve dollars.  After any other word it stays a minus.
@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Museum prices\nGeneral Admission -$9.50\nGuided tour $4\n", [("$9.50", D("9.50")), ("$4", D("4"))]),
        ("Adults -$14, children -$7, under threes free.", [("$14", D("14")), ("$7", D("7"))]),
        ("Seniors -$5.50; students -$4", [("$5.50", D("5.50")), ("$4", D("4"))]),
        ("Castle entry -€8.", [("€8", D("8"))]),
        ("Opening hours 9-5\nMuseum entrance -£4\n", [("£4", D("4"))]),
    ],
)
def test_a_hyphen_between_a_price_label_and_its_price_is_no_minus(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert [(m.text, m.amount) for m in moneyparse.extract(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Discount -$5.00", [("-$5.00", D("-5.00"))]),
        ("Net change -$0.25", [("-$0.25", D("-0.25"))]),
        ("P&L: -$120", [("-$120", D("-120"))]),
        ("He closed the month with a balance of -$40.", [("-$40", D("-40"))]),
        # a ledger of spending writes its lines with a minus: "parking" and "tickets" are no labels
        ("Groceries -$45\nParking -$12\n", [("-$45", D("-45")), ("-$12", D("-12"))]),
        ("Tickets -$120, refund +$30", [("-$120", D("-120")), ("+$30", D("30"))]),
        # a label word with more after the price than its end, or with the minus glued to it
        ("Adults -$2 off on Tuesdays", [("-$2", D("-2"))]),
        ("Entrance -£3 at the gate", [("-£3", D("-3"))]),
        ("Children's discount -$3", [("-$3", D("-3"))]),
    ],
)
def test_a_hyphen_after_other_words_stays_a_minus(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert [(m.text, m.amount) for m in moneyparse.extract(text)] == found


def _found(text: str) -> list[tuple[str, Decimal]]:
    return [(m.text, m.amount) for m in moneyparse.extract(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Members who backed a project are named in brackets -$250,400 for Riverside Youth Mentors, "
            "-$180,000 for Lakeview Clinic in Erie County (Ann Ortiz).",
            [("$250,400", D("250400")), ("$180,000", D("180000"))],
        ),
        (
            "The county will receive -$1.2 million for Harbor Point Schools; -$600,000 for Elm Street Library.",
            [("$1.2 million", D("1200000")), ("$600,000", D("600000"))],
        ),
        (
            "The projects are listed below -€90,000 for Northgate Theatre to renovate its stage.  "
            "-€45,000 for Millbrook Farm Trust to buy a tractor.",
            [("€90,000", D("90000")), ("€45,000", D("45000"))],
        ),
        # "the" or "a" before the name; one item after a full stop, one after a bracketed name, one after two blanks
        (
            "Funds went to the county this year. -$48,000 for the Millbrook Water Board to test wells. "
            "(Ann Ortiz) -$22,500 for a Youth Rowing Club on the lake.  -$9,000 for the Oak Hill Library.",
            [("$48,000", D("48000")), ("$22,500", D("22500")), ("$9,000", D("9000"))],
        ),
    ],
)
def test_a_dash_opening_grants_run_into_the_text_is_no_minus(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # one item alone: the sign stays
        ("The fund gave -$250,400 for Riverside Youth Mentors.", [("-$250,400", D("-250400"))]),
        # two results for two firms, neither opening a list
        (
            "Losses were -$5 million for Acme Tools and -$3 million for Birch Mills.",
            [("-$5 million", D("-5000000")), ("-$3 million", D("-3000000"))],
        ),
        # money going out of a ledger's account to another one
        (
            "Transfers: -$500 to Savings, -$200 to Checking.",
            [("-$500", D("-500")), ("-$200", D("-200"))],
        ),
        # "for" and no name after it
        (
            "Results: -$5 million for the quarter, -$3 million for the year.",
            [("-$5 million", D("-5000000")), ("-$3 million", D("-3000000"))],
        ),
        ("Net income was -$5 million.", [("-$5 million", D("-5000000"))]),
        (
            "Results: -$5 million in May, a change of -$3 million.",
            [("-$5 million", D("-5000000")), ("-$3 million", D("-3000000"))],
        ),
        ("Balance:\n-$5 million", [("-$5 million", D("-5000000"))]),
    ],
)
def test_a_minus_before_amounts_that_are_no_grants_stays(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert _found(text) == found


# Lines as long as a wrapped paragraph's, indented with blanks or tabs, ended by line feeds or by
# carriage returns alone: each line that opens with the hyphen is an item of the list all the same.
@pytest.mark.parametrize("newline", ["\n", "\r", "\r\n"])
def test_a_hyphen_opening_long_lines_of_a_list_is_a_bullet(newline: str) -> None:
    text = newline.join([
        "Our office won money in the spending bill for these projects in the district:",
        "   -$14 million for the Route 9 overpass in Clay County, west of the river,",
        "   \t-$6 million to repave Main Street through the old mill town,",
        "   -$3.5 million to rebuild the Elm Street interchange near the school",
        "The bill now goes to the full chamber for a vote next week.",
    ])
    assert _found(text) == [("$14 million", D("14000000")), ("$6 million", D("6000000")), ("$3.5 million", D("3500000"))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a column of figures under long labels, each alone on its line
        (
            "Net loss for the second quarter of the year, as restated\n   -$3.2 million\n"
            "Net change in cash for the second quarter of the year\n   -$1.1 million\n",
            [("-$3.2 million", D("-3200000")), ("-$1.1 million", D("-1100000"))],
        ),
        # a table whose rows were run together: a run of blanks before the next column
        ("Net loss  -$3.2 million  -$1.1 million  Net change  -$0.4 million",
         [("-$3.2 million", D("-3200000")), ("-$1.1 million", D("-1100000")), ("-$0.4 million", D("-400000"))]),
        # one minus at the start of a line of a wrapped paragraph
        (
            "The fund closed the year with a change in the value of its net assets of\n"
            "-$25 million, its first fall since it opened, the trustees said.\n",
            [("-$25 million", D("-25000000"))],
        ),
    ],
)
def test_a_minus_opening_the_figures_of_a_column_or_table_stays(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a list of grants whose other line sets its dash apart from the price: the dash parts label and price
        (
            "These libraries were awarded grants this spring:\n"
            "   North Branch public library- $48,210\n"
            "   Cedar Falls county library -$12,975\n"
            "   The awards are made each year.\n",
            [("$48,210", D("48210")), ("$12,975", D("12975"))],
        ),
        ("Awards:\nRiver school - $9,000\nHill school -$4,500\n", [("$9,000", D("9000")), ("$4,500", D("4500"))]),
    ],
)
def test_a_dash_in_a_list_that_sets_its_dashes_apart_is_no_minus(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a ledger writes every minus glued to its amount
        ("Spending:\nParking -$12\nGroceries -$30\n", [("-$12", D("-12")), ("-$30", D("-30"))]),
        # a sentence's amount after "of": a minus, a list's line before it or not
        ("The hall got a grant - $9,000 That left the fund a balance of -$4,500 The board met.",
         [("$9,000", D("9000")), ("-$4,500", D("-4500"))]),
    ],
)
def test_a_minus_glued_in_a_ledger_or_a_sentence_stays(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an item run into the bulleted line before it, after that item's full stop
        (
            "The state named these awards:\n"
            "  * $61,200 for Pine Lake Rescue Squad in Hart County.\n"
            "  * $48,900 for Elm Grove Fire Company in Dale County. -$37,450 for Oak Ridge Ambulance Corps.\n"
            "  * $12,300 for Mill Run Fire Company.\n",
            [("$61,200", D("61200")), ("$48,900", D("48900")), ("$37,450", D("37450")), ("$12,300", D("12300"))],
        ),
        # the same in lines long enough to be wrapped prose: each line break read as a blank
        (
            "The state named these awards to the rescue squads and fire companies of the county:\n"
            "  * $61,200 for Pine Lake Rescue Squad in Hart County to buy a new ambulance.\n"
            "  * $48,900 for Elm Grove Fire Company in Dale County. -$37,450 for Oak Ridge Ambulance Corps.\n"
            "  * $12,300 for Mill Run Fire Company in Lee County to train its volunteers.\n",
            [("$61,200", D("61200")), ("$48,900", D("48900")), ("$37,450", D("37450")), ("$12,300", D("12300"))],
        ),
        # after a semicolon, among items opened with round bullets
        (
            "Awards:\n• €20,000 for Westbrook Choir; -€15,000 for Hollow Lane Theatre\n• €9,000 for Kestrel Arts Club\n",
            [("€20,000", D("20000")), ("€15,000", D("15000")), ("€9,000", D("9000"))],
        ),
        # at a line's start, among items opened with stars
        (
            "Grants:\n* $8,000 for Birch Hill School\n-$6,500 for Cove Road Library\n",
            [("$8,000", D("8000")), ("$6,500", D("6500"))],
        ),
    ],
)
def test_a_dash_opening_a_grant_run_into_a_bulleted_list_is_no_minus(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert _found(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a sentence after a full stop, no bulleted list of grants near
        ("Costs rose in May. -$5 million for Acme Tools was the hit.", [("-$5 million", D("-5000000"))]),
        # a bulleted list near, but the minus follows a word: a change, not an item
        (
            "Awards:\n* $8,000 for Birch Hill School\nThe budget fell to -$6,500 for Cove Road Library.\n",
            [("$8,000", D("8000")), ("-$6,500", D("-6500"))],
        ),
        # the bulleted items have another sign: no like item
        (
            "Awards:\n* €8,000 for Birch Hill School\nIt closed. -$6,500 for Cove Road Library.\n",
            [("€8,000", D("8000")), ("-$6,500", D("-6500"))],
        ),
        # a minus after a full stop, with no "for" and a name after the amount
        ("Awards:\n* $8,000 for Birch Hill School\nNet. -$6,500 in all.\n", [("$8,000", D("8000")), ("-$6,500", D("-6500"))]),
    ],
)
def test_a_minus_after_a_sentence_near_bulleted_grants_stays(text: str, found: list[tuple[str, Decimal]]) -> None:
    assert _found(text) == found
