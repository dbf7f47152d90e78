"""The public contract: shapes, types, errors, laziness."""

from __future__ import annotations

import dataclasses
import decimal
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
        "heavy = [m for m in ('re2', 'babel', 'moneyed', 'moneyparse.lexicon', 'moneyparse.scanner', 'dask') if m in sys.modules]; "
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "[]"


def test_public_names() -> None:
    for name in ("extract", "iter_extract", "pairs", "parse", "Mention", "Pair", "MoneyParseError", "AmountParseError"):
        assert name in moneyparse.__all__
        assert getattr(moneyparse, name).__doc__


def test_mentions_and_pairs_survive_pickling_and_copying() -> None:
    import copy
    import pickle

    text = (
        "Sales of more than ¥380 billion ($53bn) and about $5-6bn, down −€13.2 million; "
        "3800亿元, 五元三毛, ₹15,000 crore."
    )
    mentions = moneyparse.extract(text, assume={"¥": "JPY"})
    # every optional field is set on some mention, so a field left out of pickling would show
    for name in ("high", "qualifier", "alternatives"):
        assert any(getattr(m, name) for m in mentions), name
    assert {m.evidence for m in mentions} >= {moneyparse.Evidence.ASSUMED, moneyparse.Evidence.MARKER}
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        copies = pickle.loads(pickle.dumps(mentions, protocol=protocol))
        assert copies == mentions
        assert [dataclasses.astuple(c) for c in copies] == [dataclasses.astuple(m) for m in mentions]
    assert copy.deepcopy(mentions) == mentions and copy.copy(mentions[0]) == mentions[0]
    pairs = moneyparse.pairs(text)
    assert pairs and pickle.loads(pickle.dumps(pairs)) == pairs


def test_amounts_do_not_follow_the_callers_decimal_context() -> None:
    # A caller that computes at four digits must still get every written digit back.
    text = (
        "It cost $123,456,789 billion, then £1.2345678 million, 三千八百万元, twenty-three million four "
        "hundred and one dollars and $5.123-6.456 billion; it will invest $53 billion (¥380 billion)."
    )
    expected = [(m.amount, m.high, m.currency, m.evidence) for m in moneyparse.extract(text)]
    assert (Decimal("123456789000000000"), None, "USD", moneyparse.Evidence.DEFAULT) in expected
    with decimal.localcontext() as ctx:
        ctx.prec = 4
        ctx.rounding = decimal.ROUND_DOWN
        found = [(m.amount, m.high, m.currency, m.evidence) for m in moneyparse.extract(text)]
        assert moneyparse.parse("£1.2345678 million").amount == Decimal("1234567.8")
    assert found == expected


def test_the_scanners_mention_builder_equals_the_dataclass() -> None:
    from moneyparse.mention import Evidence, Mention, Qualifier, _mention

    # one distinct value per field, in the dataclass's order: a builder that set a field from the
    # wrong argument, or missed one, gives a different or incomplete record
    values = (3, 11, "$5-6 bn", Decimal(5), "CAD", Decimal(6), Qualifier.APPROX, "5-6", "$", 9,
              Decimal("1E+9"), Evidence.CONTEXT, ("USD", "AUD"))
    assert len(values) == len(dataclasses.fields(Mention))
    built = _mention(*values)
    assert built == Mention(*values)
    assert [getattr(built, f.name) for f in dataclasses.fields(Mention)] == list(values)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.amount = Decimal(0)  # type: ignore[misc]
