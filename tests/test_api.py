"""The public contract: shapes, types, errors, laziness."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from decimal import Decimal

import pytest

import moneyparse


def test_empty_and_moneyless_text_give_empty_lists() -> None:
    assert moneyparse.extract("") == []
    assert moneyparse.extract("no money here") == []
    assert moneyparse.pairs("") == []


@pytest.mark.parametrize("bad", [None, b"$5", 5, ["$5"]])
def test_non_str_raises_type_error_naming_the_type(bad: object) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        moneyparse.extract(bad)  # type: ignore[arg-type]


def test_results_are_frozen() -> None:
    (m,) = moneyparse.extract("£8bn")
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.amount = Decimal(1)  # type: ignore[misc]


def test_parse_one_phrase() -> None:
    m = moneyparse.parse("  Rmb72.5bn ")
    assert (m.amount, m.currency) == (Decimal("72500000000"), "CNY")
    assert moneyparse.parse("more than $5bn").qualifier == "more_than"


@pytest.mark.parametrize("bad", ["", "hello", "$5 and $6", "$5 tomorrow"])
def test_parse_rejects_what_is_not_one_phrase(bad: str) -> None:
    with pytest.raises(moneyparse.AmountParseError) as info:
        moneyparse.parse(bad)
    assert info.value.text == bad
    assert isinstance(info.value, ValueError)
    assert repr(bad) in str(info.value)


def test_iter_extract_offsets_are_into_the_joined_stream() -> None:
    chunks = ["It cost Rm", "b72.5bn (£8", "bn). Later $5."]
    streamed = list(moneyparse.iter_extract(chunks))
    assert streamed == moneyparse.extract("".join(chunks))


def test_import_does_no_work() -> None:
    code = (
        "import sys, moneyparse, rates; "
        "heavy = [m for m in ('re2', 'babel', 'moneyed', 'moneyparse.tables', 'moneyparse.scanner', 'dask') if m in sys.modules]; "
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_public_names() -> None:
    for name in ("extract", "iter_extract", "pairs", "parse", "Mention", "Pair", "MoneyParseError", "AmountParseError"):
        assert name in moneyparse.__all__
        assert getattr(moneyparse, name).__doc__
