"""The dollar a story tells once and then writes bare, and the dollar the bare amounts around a "$"
are read in (moneyparse/dollars.py: the story's dollar and the dollar of the window).

Each negative case differs from a positive one by the one thing its rule names, so that it fails
if that condition is dropped."""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse import Evidence

#: A sentence with no place, no currency and no amount, to put distance between amounts.
FILLER = " The board met twice during the year and reviewed its policies on risk, governance and staff pay in detail."

#: A wire story of a Hong Kong firm: the dollar written out once, then its cents and "dlrs".
FERRY = (
    "Shares of the ferry operator rose after analysts said profit would reach 1.2 to 1.3 billion H.K. Dlrs.\n"
    "    Results are due on Monday. The 1985 figure was 980 mln. The board meets in April.\n"
    "    They forecast a final dividend of 35 cents, for a total of 50 cents.\n"
    "    The company sold its stake in a harbour hotel for 640 mln dlrs last year.\n"
)


def readings(text: str) -> list[tuple[str, str, Evidence]]:
    return [(m.text, m.currency, m.evidence) for m in moneyparse.extract(text)]


def test_a_story_s_dollar_written_once_reads_its_later_cents_and_dlrs() -> None:
    assert readings(FERRY) == [
        ("1.2 to 1.3 billion H.K. Dlrs", "HKD", Evidence.MARKER),
        ("35 cents", "HKD", Evidence.DOCUMENT),
        ("50 cents", "HKD", Evidence.DOCUMENT),
        ("640 mln dlrs", "HKD", Evidence.DOCUMENT),
    ]


def test_the_story_s_dollar_keeps_its_alternatives() -> None:
    last = moneyparse.extract(FERRY)[-1]
    assert "USD" in last.alternatives and "HKD" not in last.alternatives


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # the US named in the bare amount's sentence
        ("US named", FERRY.replace("a harbour hotel", "a U.S. hotel")),
        # a blank line: another part of the page
        ("blank line", FERRY.replace("\n    The company sold", "\n\nThe company sold")),
        # another dollar's country named between
        ("another country", FERRY.replace("The board meets in April.", "Its Singapore arm was sold.")),
        # a bare dollar written before the marked one: a story of mixed dollars
        ("bare first", "The parent earned 15 mln dlrs in the year. " + FERRY),
    ],
)
def test_the_story_s_dollar_stops_where_its_rule_says(name: str, text: str) -> None:
    last = moneyparse.extract(text)[-1]
    assert (last.text, last.currency, last.evidence) == ("640 mln dlrs", "USD", Evidence.DEFAULT), name


def test_the_story_s_dollar_reaches_no_further_than_the_wide_window() -> None:
    far = FERRY.replace("    The company sold", "    " + FILLER * 40 + "\n    The company sold")
    assert moneyparse.extract(far)[-1].currency == "USD"


def test_a_bare_sign_is_not_the_story_s_dollar() -> None:
    # a "$" written beside "A$" in the same text reads as the writer's other dollar
    text = "Tickets cost A$45. The gates open at noon. The band plays at six. Programmes are $10."
    assert readings(text)[-1] == ("$10", "USD", Evidence.DEFAULT)


def test_the_story_s_dollar_is_the_same_on_every_chunking() -> None:
    text = FILLER * 60 + "\n" + FERRY + FILLER * 20
    whole = moneyparse.extract(text)
    for size in (1, 7, 100, 999, 4096):
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert list(moneyparse.iter_extract(chunks)) == whole, size


#: A pension fund's story: bare "$" amounts, the first and last with the country near, the
#: middle ones too far from any place word to be told by their own.
PENSION = (
    "The pension fund of Canada said its assets rose to $410 billion." + FILLER * 5
    + " Its net return for the year was $22 billion, up from $19 billion." + FILLER * 5
    + " Retirees in Canada were paid $31 billion."
)


def test_a_sign_no_word_tells_takes_the_dollar_read_on_both_sides_of_it() -> None:
    assert readings(PENSION) == [
        ("$410 billion", "CAD", Evidence.CONTEXT),
        ("$22 billion", "CAD", Evidence.DOCUMENT),
        ("$19 billion", "CAD", Evidence.DOCUMENT),
        ("$31 billion", "CAD", Evidence.CONTEXT),
    ]


def test_a_dollar_told_on_one_side_only_says_nothing_of_the_sign() -> None:
    # "Canada" named past the amounts of a US story is no reading of them
    text = PENSION.replace("The pension fund of Canada said", "The pension fund said")
    assert [c for _, c, _ in readings(text)][:3] == ["USD", "USD", "USD"]


def test_two_dollars_told_around_a_sign_say_nothing_of_it() -> None:
    text = PENSION.replace("Retirees in Canada", "Retirees in Australia")
    assert [(c, e) for _, c, e in readings(text)][1:3] == [("USD", Evidence.DEFAULT)] * 2


def test_dollars_marked_around_a_sign_do_not_make_it_theirs() -> None:
    # "C$" marked on both sides: only the carried dollar's few sentences read a bare "$" as it
    text = "The fund's assets rose to C$410 billion." + FILLER * 5 + " Its return was $22 billion." + FILLER * 5 + " It paid C$31 billion."
    assert readings(text)[1] == ("$22 billion", "USD", Evidence.DEFAULT)


def test_a_list_after_dollars_told_takes_their_dollar() -> None:
    # told before only: a budget's list after amounts its context reads in New Zealand dollars
    text = (
        "New Zealand's budget adds $9.6 billion of spending and $2.7 billion of capital in New Zealand." + FILLER * 5
        + " Key items: *$ 1.3 billion extra for transport. *$3 billion extra for health care."
    )
    assert [(c, e) for _, c, e in readings(text)][2:] == [("NZD", Evidence.DOCUMENT)] * 2


def test_a_sign_whose_sentence_names_the_us_keeps_the_default() -> None:
    text = (
        "Oil producers in Canada said prices rose to $60 and costs to $40 in Canada." + FILLER * 5
        + " Crude averaged over US$65 per barrel, a full $20 a barrel higher than a year ago."
    )
    assert readings(text)[-1] == ("$20", "USD", Evidence.DEFAULT)


#: A wire notice of a share issue in Canada: two prices read by "Canada" near them, then a figure
#: in the next paragraph that no word near tells.
ISSUE = (
    "<Maple Ridge Mining Ltd> said it will sell in Canada up to 2.0 mln common shares at\n"
    "3.40 dlrs each and 500,000 warrants at 1.10 dlrs each.\n"
    "    Each warrant lets its holder buy one more share within two years, and the company\n"
    + FILLER.strip() + FILLER * 4 + "\n"
    "    said it expects to raise about 7.35 dlrs per share after fees.\n"
)


def test_the_wire_s_dlrs_take_the_dollar_read_on_both_sides_of_them() -> None:
    found = readings(ISSUE)
    assert [(c, e) for _, c, e in found] == [("CAD", Evidence.CONTEXT)] * 2 + [("CAD", Evidence.DOCUMENT)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # the US named in the window before it: a US firm's story that names Canada in passing
        ("the US named", ISSUE.replace("\n    said it expects", " Brokers in the U.S. will place part of it.\n    It said it expects")),
        ("a market of the US", ISSUE.replace("\n    said it expects", " Traders on Wall Street liked it.\n    It said it expects")),
        # a bare dollar before it read as the US dollar: the story's dollars began in them
        ("US dollars first", "<Maple Ridge Mining Ltd> earned 40 mln dlrs last year." + FILLER + "\n" + ISSUE),
    ],
)
def test_the_wire_s_dlrs_keep_the_default_where_the_window_says_us(name: str, text: str) -> None:
    assert readings(text)[-1][1:] == ("USD", Evidence.DEFAULT)


def test_the_wire_s_dlrs_read_by_the_window_are_the_same_on_every_chunking() -> None:
    expected = [(m.text, m.currency) for m in moneyparse.extract(ISSUE)]
    for size in (7, 50, 151):
        pieces = [ISSUE[i : i + size] for i in range(0, len(ISSUE), size)]
        assert [(m.text, m.currency) for m in moneyparse.iter_extract(pieces)] == expected


def test_a_dollar_written_out_again_goes_on_after_bare_ones_read_as_it() -> None:
    # the bare "dlrs" before the second "N.Z. Dlrs" are read as New Zealand's by the words near:
    # no mixed story, so the far bare "dlrs" after it are New Zealand's too
    text = (
        "New Zealand's deficit narrowed to 76 mln N.Z. Dlrs in April from 89 mln dlrs in March." + FILLER * 3
        + "\n    The deficit on services was 234 mln N.Z. Dlrs." + FILLER * 3 + "\n    The unadjusted deficit was 231 mln dlrs."
    )
    found = readings(text)
    assert found[1][:2] == ("89 mln dlrs", "NZD")
    assert found[-1] == ("231 mln dlrs", "NZD", Evidence.DOCUMENT)
    # one read as the US dollar before the marked one: a story of mixed dollars
    mixed = "The parent earned 15 mln dlrs in the year. " + FILLER + text
    assert readings(mixed)[-1] == ("231 mln dlrs", "USD", Evidence.DEFAULT)


#: A state's budget story: its dollar written out with its sign first, then a bare "$" too far from
#: the state's name to be told by it.
RAIL = (
    "Queensland will spend AU$40 million on new rail lines, the state's treasurer said on Tuesday."
    + FILLER * 5 + " A further $12 million will go to bus depots in the north."
)


@pytest.mark.parametrize(
    ("name", "text", "code"),
    [
        ("Australia", RAIL, "AUD"),
        ("New Zealand", RAIL.replace("Queensland", "New Zealand").replace("AU$", "NZ$"), "NZD"),
        ("Canada", RAIL.replace("Queensland", "Ontario").replace("AU$", "C$"), "CAD"),
    ],
)
def test_a_story_that_signs_its_own_dollar_writes_its_other_amounts_bare(name: str, text: str, code: str) -> None:
    found = moneyparse.extract(text)[-1]
    assert (found.text, found.currency, found.evidence) == ("$12 million", code, Evidence.DOCUMENT), name
    assert "USD" in found.alternatives


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # the country never named: a sign of its dollar alone says nothing of the writer's "$"
        ("no country", RAIL.replace("Queensland", "The region")),
        # the US named, or one of its states
        ("US named", RAIL.replace("bus depots", "U.S. bus makers")),
        ("the greenback", RAIL.replace(FILLER, " The greenback fell.", 1)),
        ("a US state", RAIL.replace("in the north", "made in Ohio")),
        # another dollar's country named in the window
        ("another country", RAIL.replace(FILLER, " Its Singapore office was closed.", 1)),
        # a bare "$" before the country's dollar is written out: the text tells the two apart
        ("bare first", "The fund holds $5 million in cash. " + RAIL),
        # a bare "$" that converts an amount: the text writes US dollars "$"
        ("conversion", RAIL.replace("AU$40 million", "AU$40 million ($30 million)")),
        # a rate quoted for one "$"
        ("rate", RAIL + " ($1 = 1.40 Australian dollars)"),
        # two dollars written out with their signs
        ("two signs", RAIL.replace(FILLER, " Its parent paid NZ$3 million.", 1)),
        # farther than the wide window from the sign
        ("far", RAIL.replace(FILLER * 5, FILLER * 40)),
    ],
)
def test_a_story_s_sign_reads_no_bare_dollar_where_its_rule_says(name: str, text: str) -> None:
    (found,) = [m for m in moneyparse.extract(text) if m.text == "$12 million"]
    assert (found.text, found.currency, found.evidence) == ("$12 million", "USD", Evidence.DEFAULT), name


def test_a_bare_dollar_read_as_another_in_the_window_stops_the_story_s_sign() -> None:
    # the "$5 million" of Hong Kong buyers, told by the words after it (past the window of the
    # "$12 million"): a story of two dollars written bare
    text = RAIL + FILLER * 35 + " A plant was sold for $5 million." + FILLER * 2 + " Its buyers are Hong Kong firms, listed in Hong Kong."
    assert [(c, e) for _, c, e in readings(text)][1:] == [("USD", Evidence.DEFAULT), ("HKD", Evidence.CONTEXT)]
    # and without them, the "$12 million" is the story's
    assert readings(text.replace("Hong Kong", "local"))[1][1:] == ("AUD", Evidence.DOCUMENT)


def test_a_price_per_unit_in_a_story_that_signs_its_dollar_keeps_the_default() -> None:
    # a market's price, "$90 a tonne", is often in US dollars whatever the story's own dollar
    text = RAIL.replace("$12 million will go to bus depots", "$90 a tonne will be paid for coal")
    assert readings(text)[-1] == ("$90", "USD", Evidence.DEFAULT)


def test_a_story_s_sign_is_the_same_on_every_chunking() -> None:
    text = FILLER * 60 + "\n" + RAIL + FILLER * 20 + " Rates rose by $7 million." + FILLER * 50
    whole = moneyparse.extract(text)
    assert [m.currency for m in whole] == ["AUD", "AUD", "AUD"]
    for size in (1, 7, 100, 999, 4096):
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert list(moneyparse.iter_extract(chunks)) == whole, size
