"""Place words that tag where a party is, not what its money is: a place before "-based", and a
place alone on its line as the heading of an item of a list (sentences written for the test; the
towns are real, the sums our own)."""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse.place_tags import tags_a_place

GRANTS = (
    "USDA grants to eleven towns:\n\n"
    "   Ogema\n   * $619,000 grant\n  * $372,000 loan\n"
    "   Alberta\n   * $365,000 grant\n  * $475,000 loan\n"
    "   Storden\n   * $135,000 loan\n"
)


def currencies(text: str) -> dict[str, str]:
    return {m.text: m.currency for m in moneyparse.extract(text)}


def test_a_place_heading_an_item_of_a_list_is_no_evidence() -> None:
    # a town called Alberta in a list of grants: the sums under it are the list's dollars
    assert set(currencies(GRANTS).values()) == {"USD"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the heading with a colon after it is a heading still
        ("Grants by town:\n   Alberta:\n   * $365,000 grant\n", "USD"),
        # the place in a sentence, or ending a line of one, is the place of the sum
        ("Alberta will spend $365,000 on rural roads.", "CAD"),
        ("The grants went to Alberta\n   * $365,000 grant\n", "CAD"),
        # a heading leaves the rest of the text to tell: a Canadian list stays Canadian
        ("The Canadian government's grants by province:\n\n   Alberta\n   * $365,000 grant\n", "CAD"),
        # the first line of a text is its title, not a heading
        ("Australia\nThe council will spend $5 million on parks.", "AUD"),
    ],
)
def test_a_place_in_a_line_of_text_still_points_to_its_money(text: str, expected: str) -> None:
    assert list(currencies(text).values()) == [expected]


@pytest.mark.parametrize(
    ("data", "word", "expected"),
    [
        (b"a Hong Kong-based buyer", b"Hong Kong", True),
        (b"a Tokyo based firm", b"Tokyo", True),
        (b"Hong Kong-style noodles", b"Hong Kong", True),
        (b"Lo Mein Hong Kong Style: $6.50", b"Hong Kong", True),
        (b"a New Zealand style lamb roast", b"New Zealand", True),
        (b"Singapore -style laksa", b"Singapore", True),
        (b"a Hong Kong stylist", b"Hong Kong", False),
        (b"Hong Kong styles itself a hub", b"Hong Kong", False),
        (b"a Hong Kong stock", b"Hong Kong", False),
        (b"list:\n  Alberta\n  * $5", b"Alberta", True),
        (b"list:\n  Alberta :\n", b"Alberta", True),
        (b"list:\n  Alberta, Canada\n", b"Alberta", False),
        (b"Alberta\n  * $5", b"Alberta", False),  # the first line: a title
        (b"list:\n" + b" " * 12 + b"Alberta\n", b"Alberta", False),  # indented past a heading's reach
        (b"list:\n  Alberta", b"Alberta", False),  # no line break after it: the text goes on
        # a share in percent after the place: a partner's row in a table
        (b"partners--Western Europe 24.3%, Canada 22.9%, Japan 11.8%", b"Canada", True),
        (b"partners--Canada 5 %, Japan", b"Canada", True),
        (b"Canada 2023 was a good year", b"Canada", False),
        (b"Canada 22 mln dlrs", b"Canada", False),
    ],
)
def test_tags_a_place(data: bytes, word: bytes, expected: bool) -> None:
    a = data.index(word)
    assert tags_a_place(data, a, a + len(word)) is expected


MENU = (
    "Noodle Soup: $5.25-8.50, Lo Mein Hong Kong Style: $6.50-11.50, Dumplings: $3.75-6.95, "
    "Drinks: $1.25-3.50"
)


@pytest.mark.parametrize(
    "text",
    [
        MENU,
        "Hong Kong-style milk tea is $4.50 a cup at the stall.",
        "The Singapore-style noodles cost $9.95 and the soup $4.",
        "A New Zealand style lamb roast for $24 a plate.",
        "Our Mexican-style beans sell at $3.49 a can.",
    ],
)
def test_a_place_in_a_style_adjective_is_no_evidence(text: str) -> None:
    # a manner of cooking, not where the shop is: the dollars stay the plain dollar
    assert set(currencies(text).values()) == {"USD"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place naming a party or its market, in the same sentence, still tells its money
        ("A Hong Kong firm will pay $5 million for the noodle chain.", "HKD"),
        ("A Hong Kong stylist charges $800 a cut.", "HKD"),
        ("The Singapore shop sells noodles at $9.95.", "SGD"),
        ("Hong Kong-style noodles are popular, and the Hong Kong firm will pay $5 million.", "HKD"),
    ],
)
def test_a_place_beside_a_style_word_elsewhere_still_counts(text: str, expected: str) -> None:
    assert list(currencies(text).values()) == [expected]


@pytest.mark.parametrize("size", [5, 29, 301])
def test_a_stream_reads_the_headings_as_extract_does(size: int) -> None:
    text = (GRANTS + "\nAlberta will spend $365,000 on rural roads.\n\n") * 30
    whole = moneyparse.extract(text)
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    assert list(moneyparse.iter_extract(chunks)) == whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town and its country after a buyer's name are one place, its seat, counted once: it
        # weighs no more than the US state of the shares bought
        ("Kauri Holdings Ltd, of Auckland, New Zealand, said it bought 500,000 shares of an "
         "Ohio valve maker at 8.25 dlrs a share.", "USD"),
        # the party's own sums: its country is named in the sentence and decides
        ("Kauri Holdings Ltd, of Auckland, New Zealand, said its profit rose to 12 mln dlrs.", "NZD"),
        # the town and its country in a sentence, not after a party's name, count as before
        ("Kauri Holdings Ltd will build a mill in Auckland, New Zealand, near an Ohio valve "
         "maker, for 12 mln dlrs.", "NZD"),
    ],
)
def test_the_town_of_a_party_s_seat_with_its_country_counts_once(text: str, expected: str) -> None:
    assert list(currencies(text).values()) == [expected]


@pytest.mark.parametrize(
    ("data", "word", "expected"),
    [
        (b"Kauri Ltd, of Auckland, New Zealand, said", b"Auckland", True),
        (b"Kauri Ltd, of Auckland, New Zealand, said", b"New Zealand", False),
        (b"Rimu Ltd, of Auckland, said it bought 5,000 shares", b"Auckland", False),
        (b"Rimu Ltd of Auckland, New Zealand, said", b"Auckland", False),  # no comma: no apposition
        (b"Rimu Ltd, of Auckland, New Zealand said", b"Auckland", False),  # not closed by a comma
    ],
)
def test_tags_the_town_of_a_seat(data: bytes, word: bytes, expected: bool) -> None:
    a = data.index(word)
    assert tags_a_place(data, a, a + len(word)) is expected


def test_trading_partners_with_their_shares_name_no_money() -> None:
    # a country's almanac lists its partners with their shares: the "$" stays the US dollar's
    text = (
        "Exports: $322.3 billion (f.o.b., 1988); partners--Western Europe 24.3%, Canada 22.9%, Japan 11.8%\n\n"
        "Imports: $440.9 billion (c.i.f., 1988); partners--Western Europe 18.0%, Japan 20.3%, Canada 19.1%\n"
    )
    assert list(currencies(text).values()) == ["USD", "USD"]
