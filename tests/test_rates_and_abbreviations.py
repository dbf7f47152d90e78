"""Pence of a rate of income tax, which are no sum, and the abbreviations of a letter or two read
where their country is named near: the vatu's "VT" beside Vanuatu; the peso's "P" further from the
Philippines' name than that, in a story whose head names them, is a known miss."""

from __future__ import annotations

import pytest

import moneyparse
from mention_rows import readings as read

TAX_RATE_PENCE = [
    "The assembly voted to raise tax by another 3p.",
    "Savers lose the old starting rate of 10p in the pound next April.",
    "The party pledged to put 1p on income tax for the health service.",
    "Ministers would trim the basic rate of income tax by 2p.",
    "Abolishing the 10p band hurt part-time workers, and the tax row grew.",
]


@pytest.mark.parametrize("text", TAX_RATE_PENCE)
def test_pence_of_a_rate_of_income_tax_are_no_sum(text: str) -> None:
    assert moneyparse.extract(text) == []


PRICE_PENCE = [
    ("Brewers added a 12p rise in the price of a pint.", "12p"),
    ("Duty on a bottle of wine will rise by 8p.", "8p"),
    ("A 5p tax on plastic bags took effect.", "5p"),
    ("The chancellor will raise fuel tax by 3p.", "3p"),
    ("He would raise the tax by 4p a litre.", "4p"),
]


@pytest.mark.parametrize(("text", "span"), PRICE_PENCE)
def test_pence_of_a_price_stay_money(text: str, span: str) -> None:
    assert [row[0] for row in read(text)] == [span]


def test_the_vatu_abbreviation_beside_vanuatu() -> None:
    found = read("Tourism earns Vanuatu about VT12 billion (US$110 million) a year.")
    assert [(t, str(a), c) for t, a, _h, c in found] == [("VT12 billion", "12000000000", "VUV"), ("US$110 million", "110000000", "USD")]


@pytest.mark.parametrize("text", ["Take VT100 north out of Burlington.", "The VT5 million bond passed in Montpelier."])
def test_vt_without_vanuatu_is_no_vatu(text: str) -> None:
    assert moneyparse.extract(text) == []


PHILIPPINE_STORY = (
    "Philippines: graft court hears case against customs chief\n"
    + "The hearing went on for most of the day as lawyers argued over procedure and witnesses. " * 8
    + "Prosecutors say he took a P25-million payoff, and that a broker paid him P3 million more; he kept P5 for the fare."
)


@pytest.mark.xfail(strict=True, reason="a letter abbreviation is read only with its country named within the context window; "
                   "the head of the text cannot tell it, as the filters do not know whether a stream's buffer begins the "
                   "document, and a buffer's own head would read otherwise than the whole text does")
def test_a_scaled_peso_abbreviation_in_a_story_of_its_country() -> None:
    found = [(t, str(a), c) for t, a, _h, c in read(PHILIPPINE_STORY)]
    assert found == [("P25-million", "25000000", "PHP"), ("P3 million", "3000000", "PHP")]


def test_the_head_of_another_story_lends_no_country() -> None:
    text = PHILIPPINE_STORY.replace("Philippines:", "Indonesia:")
    assert moneyparse.extract(text) == []


def test_a_country_named_at_a_later_buffer_head_reads_as_in_the_whole_text() -> None:
    # the name stands 600 characters before each amount and 700 after: neither near; a stream's
    # buffer that happens to begin with the name must read the amounts as the whole text does
    unit = "Philippines news of the day.\n" + "x" * 570 + " took a P10-million bribe.\n"
    text = "Court report\n" + "The court met again on Monday. " * 400 + (unit + "y" * (1300 - len(unit)) + "\n") * 200
    whole = [(m.start, m.text, m.currency) for m in moneyparse.extract(text)]
    for size in (997, 65536):
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert [(m.start, m.text, m.currency) for m in moneyparse.iter_extract(chunks)] == whole
