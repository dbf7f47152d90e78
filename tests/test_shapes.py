"""A scan match is read once per shape (its spelling with the digits zeroed): the reading must not
depend on which digits are written, only on where."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

import moneyparse
from moneyparse import reading
from moneyparse.lexicon import tables

_DIGITS = "0123456789" + "".join(chr(0xFF10 + d) for d in range(10))
_ANY_DIGIT = re.compile("[0-9\uff10-\uff19]")


def test_no_marker_name_or_scale_holds_a_digit() -> None:
    t = tables()
    for table in (t.prefix, t.suffix, t.names, t.scales, t.scales_folded, t.currencies):
        assert not [key for key in table if _ANY_DIGIT.search(key)]


def _words() -> list[str]:
    t = tables()
    sample = sorted(t.prefix)[::7] + sorted(t.suffix)[::7] + sorted(t.names)[::60]
    return sample + sorted(t.scales) + sorted(t.scales_folded)[::3] + ["$", "US$", "€", "£", "¥", "元", "亿", "p", "M", "USD"]


_number = st.text(alphabet=_DIGITS + ",.'\u2019 \u00a0-", min_size=1, max_size=14)
_piece = st.one_of(st.sampled_from(_words()), _number, st.sampled_from(" -'个十五千万百"), st.text(max_size=3))


@settings(max_examples=600, deadline=None)
@given(st.lists(_piece, min_size=1, max_size=5).map("".join))
def test_a_spelling_reads_as_its_shape(span: str) -> None:
    # the shape cache hands out the reading of the shape: it must be the reading of the spelling
    shape = span.encode("utf-8", "surrogatepass").translate(reading._SHAPE)
    assert reading._read_span(span) == reading._read_span(shape.decode("utf-8", "surrogatepass"))
    assert shape.decode("utf-8", "surrogatepass") == span.translate(reading._SHAPE_STR)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["$", "US$", "€", "£", "Rmb", "HK$ "]),
    st.lists(st.integers(1, 999), min_size=2, max_size=6),
    st.sampled_from([("", 0), (" million", 6), ("bn", 9), (" billion", 9)]),
)
def test_amounts_of_one_shape_keep_their_own_digits(marker: str, numbers: list[int], scale: tuple[str, int]) -> None:
    word, power = scale
    text = "; ".join(f"{marker}{n}.5{word}" for n in numbers)
    found = moneyparse.extract(text)
    assert [m.number_text for m in found] == [f"{n}.5" for n in numbers]
    assert [m.amount for m in found] == [Decimal(f"{n}.5").scaleb(power) for n in numbers]


def test_fullwidth_digits_read_like_their_own_spelling() -> None:
    wide = "".join(chr(0xFF10 + int(d)) for d in "38")
    found = moneyparse.extract(f"US$12 million and US${wide} million")
    assert [m.amount for m in found] == [Decimal(12_000_000), Decimal(38_000_000)]


_WIDE = {str(d): chr(0xFF10 + d) for d in range(10)}


@st.composite
def _digit_numbers(draw: st.DrawFn) -> str:
    groups = draw(st.lists(st.text(alphabet="0123456789", min_size=1, max_size=5), min_size=1, max_size=5))
    marks = draw(st.lists(st.sampled_from(",.'\u2019 \u00a0\u202f\u2009\uff0e"), min_size=len(groups) - 1, max_size=len(groups) - 1))
    number = groups[0] + "".join(mark + group for mark, group in zip(marks, groups[1:]))
    if draw(st.booleans()):
        number = "".join(_WIDE[c] if c in _WIDE and draw(st.booleans()) else c for c in number)
    return ("." if draw(st.booleans()) and not number[:1].isspace() else "") + number


@settings(max_examples=800, deadline=None)
@given(
    _digit_numbers(),
    st.sampled_from(["en", "comma", "grouping"]),
    st.sampled_from([None, "bn", "million", "亿", "k", "lakh"]),
    st.sampled_from([0, 2, 3]),
)
def test_digits_read_by_shape_as_by_the_number_parser(number: str, lang: str, scale_word: str | None, minor: int) -> None:
    # numbers in digits get their coefficient from the digits and their exponent from the shape;
    # value, its written form (exponent included), precision and scale must be those of the parser
    expected = reading._value.__wrapped__(number, lang, False, scale_word, minor)
    scale = reading._scale_of(scale_word) - minor
    got = reading._digits_value(number, number.translate(reading._SHAPE_STR), lang, scale)
    assert repr(got) == repr(expected)
