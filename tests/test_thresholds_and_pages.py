"""Hedges of the press the tables lacked ("in the region of", "nearing", "crossed"), a hedge set
apart from its amount by an article and a word of quantity ("around a combined $90 million"), a
bound told by a threshold passed ("crossed the $100 million mark"), and a citation's page count
that is no pence ("p33, 3p.").

Every sentence is our own.
"""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse import Qualifier


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("The fee was in the region of £800,000.", "£800,000", Qualifier.APPROX),
        ("Costs ran in the region of $40 billion to $50 billion.", "$40 billion to $50 billion", Qualifier.APPROX),
        ("Power fell at noon, nearing $15 per megawatt-hour.", "$15", Qualifier.APPROX),
        ("Its lifetime cost is approaching €100 billion.", "€100 billion", Qualifier.APPROX),
        ("Exports crossed $1 billion for the second year.", "$1 billion", Qualifier.MORE_THAN),
    ],
)
def test_hedges_of_the_press(text: str, span: str, qualifier: Qualifier) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, m.qualifier) == (span, qualifier)


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("The two shows should take around a combined $40 million this weekend.", "$40 million", Qualifier.APPROX),
        ("The bridge cost roughly an estimated €7 million.", "€7 million", Qualifier.APPROX),
        ("Donors gave about a total of £3 billion over ten years.", "£3 billion", Qualifier.APPROX),
        ("The club needs nearly an additional $2 million.", "$2 million", Qualifier.APPROX),
        ("The state may get up to an additional $60 billion.", "$60 billion", Qualifier.AT_MOST),
        ("Schools will get at least an additional $400 million.", "$400 million", Qualifier.AT_LEAST),
        ("Farmers earned more than a further 12 mln dlrs.", "12 mln dlrs", Qualifier.MORE_THAN),
        ("At least an estimated $5 million was lost.", "$5 million", Qualifier.AT_LEAST),
        ("Riders pay just under an extra $3 a trip.", "$3", Qualifier.LESS_THAN),
        ("It was bought for an estimated $9 million.", "$9 million", Qualifier.APPROX),
    ],
)
def test_a_hedge_reaches_over_an_article_and_a_word_of_quantity(text: str, span: str, qualifier: Qualifier) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, m.qualifier) == (span, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        # "the" names a sum already known, which the hedge compares with
        "Its takings were more than the combined $80 million of the two rivals.",
        # "one" counts deals: no word of quantity
        "The bank closed at least one $2 billion deal.",
        # a preposition with no word of degree before it governs the noun after the amount
        "The work went ahead under an additional $4 million grant.",
        "They argued over a total of $6 million in fees.",
        # "added up to" gives a total, with or without the words between
        "Its bills added up to a total of $1.7 billion.",
        "Her fees added up to $900 in 2010.",
        # no hedge before the article
        "The singer earned a reported $350,000 for the part.",
    ],
)
def test_no_hedge_across_an_article_without_one(text: str) -> None:
    assert [m.qualifier for m in moneyparse.extract(text)][-1] is None


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("Despite the slump, sales crossed the $100 million mark.", "$100 million", Qualifier.MORE_THAN),
        ("The fund surpassed the $2 billion mark in June.", "$2 billion", Qualifier.MORE_THAN),
        ("The endowment passed the US$1 billion milestone in 1999.", "US$1 billion", Qualifier.MORE_THAN),
        ("Gold broke the $1,000 barrier on Friday.", "$1,000", Qualifier.MORE_THAN),
        ("The stock traded above the €10 level all week.", "€10", Qualifier.MORE_THAN),
        ("Shares dipped below the $5 mark at noon.", "$5", Qualifier.LESS_THAN),
    ],
)
def test_a_threshold_passed_bounds_the_amount(text: str, span: str, qualifier: Qualifier) -> None:
    (m,) = moneyparse.extract(text)
    assert (m.text, m.qualifier) == (span, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        # no noun of thresholds after the amount: it is a sum of its own
        "Its opening took $185 million, topping the $180 million made by the first film.",
        "The Senate passed the $15 billion bill on Tuesday.",
        "Sales crossed the $100 million marketing budget.",
        # a noun of thresholds, but no word of passing before "the"
        "They set the $5 mark as a target.",
        "In the region of Paris, 5 dollars bought a meal.",
    ],
)
def test_no_bound_without_a_threshold_passed(text: str) -> None:
    assert [m.qualifier for m in moneyparse.extract(text)][-1] is None


@pytest.mark.parametrize(
    "text",
    [
        "Weekly Digest, 3 May 2001, Vol. 8 Issue 2, p33, 3p.",
        "Annual review, pp. 112–118, 7p.",
        "Notes and queries, p. 7; 2p.",
    ],
)
def test_a_page_count_in_a_citation_is_no_pence(text: str) -> None:
    assert moneyparse.extract(text) == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Petrol rose 3p a litre overnight.", ["3p"]),
        ("The stamp cost 50p, 2p more than last year.", ["50p", "2p"]),
        ("On p33 of the menu a bun costs 3p.", ["3p"]),
        ("Page 4, 10p each.", ["10p"]),
    ],
)
def test_pence_beside_pages_stay_money(text: str, spans: list[str]) -> None:
    found = moneyparse.extract(text)
    assert [m.text for m in found] == spans and {m.currency for m in found} == {"GBP"}


@pytest.mark.parametrize("text", ["The shop shuts at 10p.m. on Sundays.", "We met at 9p.m and left."])
def test_an_hour_before_pm_is_no_pence(text: str) -> None:
    assert moneyparse.extract(text) == []


@pytest.mark.parametrize("text", ["A bun cost 10p. Many were sold.", "A bun cost 10p.\nMilk was dearer."])
def test_pence_at_the_end_of_a_sentence_stay_money(text: str) -> None:
    assert [(m.text, m.currency) for m in moneyparse.extract(text)] == [("10p", "GBP")]
