"""The currency of a bare "$" or "£" told by the story around it: the country a text is of, a
party's base, a story of a country that writes no "$", and the country that pays (sentences
written for the test)."""

from __future__ import annotations

import datetime

import pytest

import moneyparse
from moneyparse import Evidence, story_country
from moneyparse.grammar import WIDE_WINDOW

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


STORY = (
    "Australia adds a levy for flood repairs\n\nThe Prime Minister of Australia has announced a "
    "levy." + FILLER + "Anyone earning over $80,000 a year will pay 1 percent." + FILLER
    + "The opposition said Australians should not pay more, and Queensland asked for more."
)


def test_an_amount_past_a_story_s_length_is_not_read_by_the_head() -> None:
    text = (
        "Australia adds a levy for flood repairs\n\nThe Prime Minister of Australia has announced a "
        "levy." + FILLER * 13 + "Anyone earning over $80,000 a year will pay 1 percent." + FILLER
        + "The opposition said Australians should not pay more, and Queensland asked for more."
    )
    assert text.index("$80,000") > 8000
    assert currencies(text) == [("$80,000", "USD", Evidence.DEFAULT)]


def test_text_after_a_story_does_not_change_how_its_amounts_read() -> None:
    alone = currencies(STORY)
    assert alone == [("$80,000", "AUD", Evidence.DOCUMENT)]
    # past the reach of the amount's window (4,000 characters), even a story of the US
    for tail in (FILLER * 20, FILLER * 7 + "\n\nIn other news, the US Congress passed a $2 billion bill." + FILLER * 20):
        assert currencies(STORY + tail)[0] == alone[0]


def test_a_stream_reads_a_story_as_extract_does_whatever_the_buffer() -> None:
    # longer than one buffer of the stream, with amounts before and past a story's length; a
    # later buffer of the stream has no head, as the text past a story's length has none
    text = STORY + FILLER * 150 + "\n\nThe fund pays $5 million more.\n" + FILLER
    assert len(text) > 100_000
    whole = moneyparse.extract(text)
    assert [(m.text, m.currency) for m in whole] == [("$80,000", "AUD"), ("$5 million", "USD")]
    for size in (997, 8_192, 65_536):
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert list(moneyparse.iter_extract(chunks)) == whole


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


def test_a_later_buffer_of_a_stream_has_no_head_to_read() -> None:
    from moneyparse.scanner import _scan

    assert [m.currency for m in _scan(STORY, None)] == ["AUD"]
    assert [m.currency for m in _scan(STORY, None, at_head=False)] == ["USD"]
    text = (STORY + "\n\n") * 80  # every buffer of a stream begins somewhere in a story
    whole = moneyparse.extract(text)
    # a text of one country all along: its head tells as far as a long story's length
    limit = story_country.LONG_STORY
    assert {m.currency for m in whole if m.start < limit} == {"AUD"} and {m.currency for m in whole if m.start > limit} == {"USD"}
    for size in (1_000, 4_099, 70_001):
        assert list(moneyparse.iter_extract([text[i : i + size] for i in range(0, len(text), size)])) == whole


def test_a_stake_filed_with_the_us_regulator_is_bought_in_us_dollars() -> None:
    # the buyer's country is named in the sentence, but the shares and the filing are American
    text = (
        "Rata Investments Ltd, a New Zealand company, told the Securities and Exchange "
        "Commission it paid 3.1 mln dlrs for its stake in a maker of valves."
    )
    assert [c for _, c, _ in currencies(text)] == ["USD"]


def test_a_party_s_own_sums_keep_its_country_s_dollars_without_the_us_regulator() -> None:
    text = "Rata Investments Ltd, a New Zealand company, said it earned 3.1 mln dlrs in the year."
    assert [c for _, c, _ in currencies(text)] == ["NZD"]
    # another country's regulator, named with its country, is no American evidence
    text = "The Ontario Securities Commission fined the broker 50,000 dlrs."
    assert [c for _, c, _ in currencies(text)] == ["CAD"]


#: A long interview of a candidate in a provincial election, its head naming the province.
INTERVIEW_HEAD = "Ontario votes: an interview with a candidate for the legislature\n\nThe candidate spoke of Ontario's budget."
INTERVIEW_END = (
    " Toronto has asked the province for help with transit, and Toronto's council agreed. Ontario voters"
    " will decide in the autumn, and Ontario's premier will answer them." + FILLER
    + " The harm of the health tax is $9.3-billion in broken promises, the candidate said."
)


def test_a_long_story_of_one_country_all_along_is_read_by_its_head() -> None:
    text = INTERVIEW_HEAD + FILLER * 14 + INTERVIEW_END
    assert 2 * WIDE_WINDOW < text.index("$9.3-billion") < story_country.LONG_STORY
    assert currencies(text) == [("$9.3-billion", "CAD", Evidence.DOCUMENT)]
    for size in (997, 8_192):
        assert list(moneyparse.iter_extract([text[i : i + size] for i in range(0, len(text), size)])) == moneyparse.extract(text)


def test_a_long_story_that_names_another_country_of_the_sign_keeps_us_dollars() -> None:
    # near misses: the US, or another dollar country, named once between the head and the amount
    for aside in (" Washington sent a letter about the border.", " The firm moved its plant to Australia."):
        text = INTERVIEW_HEAD + FILLER * 7 + aside + FILLER * 7 + INTERVIEW_END
        assert currencies(text) == [("$9.3-billion", "USD", Evidence.DEFAULT)]
    # and past a long story's length, the head tells nothing
    text = INTERVIEW_HEAD + FILLER * 100 + INTERVIEW_END
    assert text.index("$9.3-billion") > story_country.LONG_STORY
    assert currencies(text) == [("$9.3-billion", "USD", Evidence.DEFAULT)]


def test_a_long_story_s_reach_lies_within_the_first_buffer_of_a_stream() -> None:
    from moneyparse.grammar import MAX_PHRASE
    from moneyparse.scanner import _BLOCK, _MARGIN

    # every amount a long story's head reads is emitted from the first buffer (which holds
    # _BLOCK + 2 * _MARGIN characters at least, and emits what starts before _BLOCK + _MARGIN),
    # with the trigger words read and the amount's window whole
    assert story_country.LONG_STORY <= _BLOCK + _MARGIN
    assert story_country.LONG_STORY + MAX_PHRASE + WIDE_WINDOW <= _BLOCK + 2 * _MARGIN


def test_a_story_that_names_another_country_of_the_sign_in_passing_keeps_its_own_dollars() -> None:
    text = (
        "Australia weighs a nuclear plant\n\nThe Prime Minister of Australia has asked for a study."
        " Australians are split; Queensland and the Australian Senate have said no." + FILLER
        + "Coal power costs $30 a megawatt-hour today." + FILLER
        + "No firm from France, the US or China would build the plant, the expert said."
    )
    assert currencies(text) == [("$30", "AUD", Evidence.DOCUMENT)]
    # near misses: the US named in the amount's own sentence, or named as often as a quarter of
    # the country's own words
    assert currencies(text.replace("a megawatt-hour today", "a megawatt-hour in American plants"))[0][1:] == ("USD", Evidence.DEFAULT)
    twice = text.replace("the US or China", "the US, an American group or China")
    assert currencies(twice)[0][1:] == ("USD", Evidence.DEFAULT)
    # and the US dollar written out: the story's bare dollars may be either
    written = text.replace("No firm from France, the US or China", "No firm from France or China, nor one paid in US dollars,")
    assert currencies(written)[0][1:] == ("USD", Evidence.DEFAULT)


# The lead of a wire story runs long and names the country it is of anywhere in it: its end is
# looked for further after the amount than in a later sentence.
LEAD = (
    "A ceiling on new borrowing of 1.8 billion\ndlrs for the year ending September 30 is what\n"
    "lenders and the rating agencies want to see before they believe\nthe new cabinet will mend "
    "Canada's public accounts, "
    "the Dominion Trust economists said.\n"
)


def test_the_lead_of_a_wire_story_names_its_country_past_the_near_reach() -> None:
    assert LEAD.index("Canada") - LEAD.index(" for the year") > 120  # (past the near reach of a sentence)
    assert currencies(LEAD)[0] == ("1.8 billion\ndlrs", "CAD", Evidence.CONTEXT)


def test_a_later_sentence_keeps_its_near_reach() -> None:
    later = (
        "The fund met on Tuesday.\n    It said the 40 mln dlrs it set aside last year for the new "
        "plant will go instead to a stake in a venture that makes and sells paper boxes\nand cartons "
        "to a Canadian partner.\n"
    )
    assert later.index("Canadian") - later.index(" it set") > 120
    assert currencies(later) == [("40 mln dlrs", "USD", Evidence.DEFAULT)]


@pytest.mark.xfail(strict=True, reason="one country word in the lead tells no later dollar: the window's dollar asks two")
def test_the_later_dollars_of_a_story_whose_lead_names_its_country_once() -> None:
    text = LEAD + "    That compares with 2.4 billion dlrs budgeted for this year.\n"
    assert [c for _, c, _ in currencies(text)] == ["CAD", "CAD"]
