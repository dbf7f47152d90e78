"""``convert`` takes the phrase as words, its target as a last word, and every phrase ``extract`` reads."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

import moneyparse
from moneyparse.cli import main

ON = "2025-02-20"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def converted(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    status, out, err = run(capsys, "convert", *argv, "--on", ON, "--format", "json")
    assert (status, err) == (0, ""), err
    result: dict[str, object] = json.loads(out)
    return result


# -- the phrase as words --------------------------------------------------------------------------


def test_amount_and_code_as_two_words_read_as_one_phrase(capsys: pytest.CaptureFixture[str]) -> None:
    assert converted(capsys, "100", "USD", "--to", "CNY") == converted(capsys, "100 USD", "--to", "CNY")


@pytest.mark.parametrize(
    "words",
    [["100", "EUR", "USD"], ["100", "eur", "usd"], ["100 EUR", "USD"], ["Rmb72.5bn", "USD"], ["EUR", "100", "USD"]],
)
def test_a_last_code_after_a_phrase_is_the_target(capsys: pytest.CaptureFixture[str], words: list[str]) -> None:
    phrase = " ".join(words[:-1])
    result = converted(capsys, *words)
    assert result == converted(capsys, phrase, "--to", words[-1].upper())
    assert result["currency"] == "USD"


def test_a_last_code_that_the_phrase_could_hold_is_refused_as_ambiguous(capsys: pytest.CaptureFixture[str]) -> None:
    # "$5 CAD" reads as five Canadian dollars; "$5" to CAD would be another conversion
    assert moneyparse.parse("$5 CAD").currency == "CAD"
    status, out, err = run(capsys, "convert", "$5", "CAD", "--on", ON)
    assert (status, out) == (2, "")
    assert err == "moneyparse: error: '$5 CAD' is a money phrase, and so is '$5': give the target with --to\n"
    assert converted(capsys, "$5", "CAD", "--to", "EUR")["from"] == {"amount": "5", "currency": "CAD"}


@pytest.mark.parametrize("words", [["100", "USD"], ["100 USD"], ["$5bn+"]])
def test_no_target_at_all_asks_for_one(capsys: pytest.CaptureFixture[str], words: list[str]) -> None:
    status, out, err = run(capsys, "convert", *words, "--on", ON)
    assert (status, out) == (2, "")
    assert err == "moneyparse: error: convert needs a target currency: --to CUR, or the code after the phrase (100 EUR USD)\n"


def test_words_that_are_no_phrase_say_so(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "convert", "five", "apples", "EUR", "--on", ON)
    assert (status, out, err) == (2, "", "moneyparse: error: 'five apples EUR': not a money phrase\n")


def test_with_to_given_a_trailing_code_is_part_of_the_phrase(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "convert", "100", "EUR", "USD", "--to", "GBP", "--on", ON)
    assert (status, out) == (2, "")
    assert err == "moneyparse: error: '100 EUR USD': text outside the money phrase: 'USD'\n"


def test_a_target_code_no_source_knows_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "convert", "100", "EUR", "XYZ", "--on", ON)
    assert (status, out) == (2, "")
    assert err.startswith("moneyparse: error: 'XYZ'") and err.count("\n") == 1


# -- every phrase extract reads ------------------------------------------------------------------

#: Phrases whose hedge or range words lie outside the span ``extract`` gives the mention.
READ_WITH_WORDS_AROUND = [
    "$5bn+",
    "a $5 billion-plus",
    "$50,000 or more",
    "£5 or less",
    "3800亿元以上",
    "more than $5bn",
    "between US$250 and US$300 million",
    "from $25 to $250",
    "from about $2.7 billion to $3.1 billion",
]


@pytest.mark.parametrize("phrase", [p for p in READ_WITH_WORDS_AROUND if not p.startswith("a ")])
def test_parse_reads_what_extract_reads(phrase: str) -> None:
    (found,) = moneyparse.extract(phrase)
    assert (found.start, found.end) != (0, len(phrase))  # words around the span: the case at hand
    parsed = moneyparse.parse(phrase)
    assert (parsed.amount, parsed.high, parsed.currency, parsed.qualifier) == (
        found.amount,
        found.high,
        found.currency,
        found.qualifier,
    )


@pytest.mark.parametrize(
    "phrase", ["more than $5bn or more", "$5 tomorrow", "more than $5bn tomorrow", "between $5bn", "from $5", "a $5bn"]
)
def test_parse_still_refuses_words_that_are_not_the_phrases_own(phrase: str) -> None:
    with pytest.raises(moneyparse.AmountParseError) as info:
        moneyparse.parse(phrase)
    assert "text outside the money phrase" in str(info.value)


@pytest.mark.parametrize(
    ("phrase", "qualifier", "shown"),
    [("$5bn+", "at_least", "at least"), ("$50,000 or more", "at_least", "at least"), ("£5 or less", "at_most", "at most")],
)
def test_convert_carries_a_bound_written_after_the_amount(
    capsys: pytest.CaptureFixture[str], phrase: str, qualifier: str, shown: str
) -> None:
    result = converted(capsys, phrase, "--to", "EUR")
    assert result["qualifier"] == qualifier
    status, out, _ = run(capsys, "convert", phrase, "--to", "EUR", "--on", ON)
    assert status == 0
    given, target = out.splitlines()[0].split(" = ")
    assert given.startswith(f"{shown} ") and target.startswith(f"{shown} ") and target.endswith(" EUR")


def test_convert_takes_a_range_opened_by_between(capsys: pytest.CaptureFixture[str]) -> None:
    result = converted(capsys, "between US$250 and US$300 million", "--to", "EUR")
    assert result["from"] == {"amount": "250000000", "currency": "USD", "high": "300000000"}
    rate = Decimal(str(result["rate"]["value"]))  # type: ignore[index]
    assert Decimal(str(result["amount"])) == Decimal(250_000_000) * rate
    assert Decimal(str(result["high"])) == Decimal(300_000_000) * rate
