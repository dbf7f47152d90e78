"""Equivalents: one amount in two currencies."""

from __future__ import annotations

import moneyparse


def texts(text: str) -> list[tuple[str, str, str]]:
    return [(p.first.text, p.second.text, p.kind) for p in moneyparse.pairs(text)]


def test_bracket_pair() -> None:
    assert texts("Capex reached Rmb72.5bn (£8bn) in 2024.") == [("Rmb72.5bn", "£8bn", "bracket")]


def test_several_equivalents_in_one_bracket_pair_with_the_first() -> None:
    assert texts("a $2bn (1.53bn euros; £1.05bn) deal") == [
        ("$2bn", "1.53bn euros", "bracket"),
        ("$2bn", "£1.05bn", "bracket"),
    ]


def test_equivalents_joined_by_or_pair_with_the_first() -> None:
    # each equivalent converts the first amount; they are not conversions of one another
    assert texts("a fine of €4,000 (about US$4,400 or £3,500) was set") == [
        ("€4,000", "US$4,400", "bracket"),
        ("€4,000", "£3,500", "bracket"),
    ]
    assert texts("a fine of €4,000 (US$4,400 or more) was set") == [("€4,000", "US$4,400", "bracket")]


def test_a_hedged_equivalent_in_the_bracket() -> None:
    assert texts("it would cost about £5 billion (more than US$8 billion) in all") == [("£5 billion", "US$8 billion", "bracket")]
    assert texts("a tax of 12 livres (over 35,000 francs) a day") == [("12 livres", "35,000 francs", "bracket")]


def test_cjk_bracket_with_hedge() -> None:
    pairs = moneyparse.pairs("投资5亿英镑（约合6.7亿美元）")
    assert [(p.first.text, p.second.text, p.kind) for p in pairs] == [("5亿英镑", "6.7亿美元", "cjk_bracket")]
    assert pairs[0].second.qualifier == "approx"


def test_or_apposition() -> None:
    assert texts("sales of $5bn, or £4bn, last year") == [("$5bn", "£4bn", "or")]


def test_same_currency_bracket_is_a_breakdown_not_a_pair() -> None:
    assert texts("He got $600,000 ($100,000 of it in cash).") == []


def test_same_currency_brackets_on_request() -> None:
    # a fact-check lists a bracket in one currency rather than drop it; "or" alternatives are no bracket
    text = "Fees were $90 ($110), or $175, against Rmb72.5bn (£8bn)."
    assert texts(text) == [("Rmb72.5bn", "£8bn", "bracket")]
    found = [(p.first.text, p.second.text, p.kind) for p in moneyparse.pairs(text, same_currency=True)]
    assert found == [("$90", "$110", "bracket"), ("Rmb72.5bn", "£8bn", "bracket")]


def test_unrelated_neighbours_are_no_pair() -> None:
    assert texts("Costs were $5bn. Sales were £4bn.") == []


def test_pair_spans() -> None:
    (p,) = moneyparse.pairs("Capex reached Rmb72.5bn (£8bn).")
    assert (p.start, p.end) == (14, 29)
