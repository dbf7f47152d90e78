"""The money of a notice stated once in a note line, "Canadian funds" (moneyparse/funds_note.py).

Each negative case differs from a positive one by the one thing the rule names."""

from __future__ import annotations

import pytest

import moneyparse
from moneyparse import Evidence

#: A results notice of a mining firm: the wire's bare "dlrs" and "cts", then the note of its money.
MINER = (
    "Shr profit 41 cts vs loss 12 cts\n"
    "    Net profit 18.2 mln vs loss 5.1 mln\n"
    "    Note: 1986 net includes a gain of 3.4\n"
    "mln dlrs on the sale of a smelter\n"
    "    Canadian funds\n"
    " Reuter\n"
)


def currencies(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.currency) for m in moneyparse.extract(text)]


def test_a_note_line_settles_the_bare_dlrs_and_cts_of_its_notice() -> None:
    assert currencies(MINER) == [("41 cts", "CAD"), ("12 cts", "CAD"), ("3.4\nmln dlrs", "CAD")]
    first = moneyparse.extract(MINER)[0]
    assert first.evidence is Evidence.DOCUMENT and "USD" in first.alternatives


def test_the_note_may_come_first_and_take_a_label_or_a_bracket() -> None:
    notes = ("Note: Australian funds", "NOTE - all figures in Australian funds.", "NOTE - all figures in Australian funds",
             "(in Australian funds)")
    for note in notes:
        text = f"Qtly div 14 cts vs 12 cts prior\n    {note}\n    Pay June 2\n    Record May 12\n"
        assert currencies(text) == [("14 cts", "AUD"), ("12 cts", "AUD")], note
        before = f"    {note}\n    Qtly div 14 cts vs 12 cts prior\n    Pay June 2\n"
        assert currencies(before) == [("14 cts", "AUD"), ("12 cts", "AUD")], note


def test_a_note_of_us_funds_overrides_country_words_near() -> None:
    text = (
        "Shr 55 cts vs 48 cts\n"
        "    Note: net includes 2.1 mln dlrs of profit from the Canadian unit\n"
        "    Results in U.S. funds\n"
    )
    assert [c for _t, c in currencies(text)] == ["USD", "USD", "USD"]


def test_the_phrase_inside_a_sentence_is_no_note() -> None:
    prose = "Holders will get 12 dlrs a share in cash.\n    The trust will pay them in Canadian funds, it said.\n"
    assert currencies(prose) == [("12 dlrs", "USD")]
    wrapped = "Holders will get 12 dlrs a share in cash.\n    The trust said it will pay them in\nCanadian funds.\n"
    assert currencies(wrapped) == [("12 dlrs", "USD")]
    short = "Holders will get 12 dlrs a share in cash.\n    It will pay in\nCanadian funds.\n"
    assert currencies(short) == [("12 dlrs", "USD")]
    line = "Holders will get 12 dlrs a share in cash.\n    It will pay in cash.\nCanadian funds.\n"
    assert currencies(line) == [("12 dlrs", "CAD")]


def test_the_note_stops_at_the_end_of_its_story() -> None:
    signed_off = "Shr 30 cts vs 25 cts\n Reuter\n    Note: Canadian funds\n"
    assert currencies(signed_off) == [("30 cts", "USD"), ("25 cts", "USD")]
    blank = "Shr 30 cts vs 25 cts\n\n    Note: Canadian funds\n"
    assert currencies(blank) == [("30 cts", "USD"), ("25 cts", "USD")]
    same = "Shr 30 cts vs 25 cts\n    Note: Canadian funds\n"
    assert currencies(same) == [("30 cts", "CAD"), ("25 cts", "CAD")]


def test_a_dollar_written_out_as_another_country_s_keeps_its_own_and_blocks_the_note() -> None:
    text = "Shr 30 cts vs 25 cts\n    Note: net includes a 4.0 mln U.S. dlr charge\n    Canadian funds\n"
    assert currencies(text) == [("30 cts", "USD"), ("25 cts", "USD"), ("4.0 mln U.S. dlr", "USD")]
    without = "Shr 30 cts vs 25 cts\n    Note: net includes a 4.0 mln dlr charge\n    Canadian funds\n"
    assert currencies(without) == [("30 cts", "CAD"), ("25 cts", "CAD"), ("4.0 mln dlr", "CAD")]


def test_two_notes_of_two_moneys_settle_nothing() -> None:
    text = "Shr 30 cts vs 25 cts\n    Note: Canadian funds\n    Note: Australian funds\n"
    assert currencies(text) == [("30 cts", "USD"), ("25 cts", "USD")]


def test_the_note_reaches_no_further_than_the_wide_window() -> None:
    filler = "    The board met and reviewed its plans for the mines and the mills in detail.\n" * 60
    text = "Shr 30 cts vs 25 cts\n" + filler + "    Note: Canadian funds\n"
    assert currencies(text) == [("30 cts", "USD"), ("25 cts", "USD")]
    chunks = [text[i : i + 700] for i in range(0, len(text), 700)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(chunks)] == currencies(text)
    near = "Shr 30 cts vs 25 cts\n" + filler[: 30 * 80] + "    Note: Canadian funds\n"
    assert currencies(near) == [("30 cts", "CAD"), ("25 cts", "CAD")]
    chunks = [near[i : i + 700] for i in range(0, len(near), 700)]
    assert [(m.text, m.currency) for m in moneyparse.iter_extract(chunks)] == currencies(near)


@pytest.mark.xfail(strict=True, reason="the note settles the wire's words only: a '$' or 'dollars' beside it is left to the rules"
                   " of moneyparse/dollars.py, which keep the default; reading them by the note would cost a search"
                   " for the note around every '$' of the news")
def test_a_note_of_funds_beside_signs() -> None:
    text = "Shr $0.30 vs $0.25\n    Net $4.1 million vs $3.6 million\n    Note: Canadian funds\n"
    assert [c for _t, c in currencies(text)] == ["CAD", "CAD", "CAD", "CAD"]
