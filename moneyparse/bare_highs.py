"""The tests of a range's high end written with no marker of its own after a marked low end.

:mod:`moneyparse.ranges` reads "$5-6bn", "$40 to 50 million" and "between $2 and 5 million" as one
range: the bare number after the separator is the high end, the low end's marker and, where only
the high end has one, its scale word shared (:func:`moneyparse.ranges._open_high`).  These tests
tell when the number after the separator is no such high end, or when the low end must not stand
alone either:

- "and" makes a range only after "between" or "a range of" (:func:`between_before`), and only of a
  number of the same money (:func:`_high_after_and`): "between $2 and 5 million" is 2,000,000 to
  5,000,000 and "between US$0.02 and 0.05 per pill" 0.02 to 0.05, but "a choice between $100 and 5
  shares", "between $5 and 10 percent" and "between $2 and 2010" give the amount alone;
- after "to", a word that counts something else makes the number no high end
  (:func:`_high_after_to`): "provided $17 million to 57 counties";
- one unit of a currency "to" a number of another is an exchange rate (:func:`_unit_to_rate`);
- a high end that runs into the next word leaves no reading, and the low end alone would be a
  wrong value (:func:`_high_end_glued`).
"""

from __future__ import annotations

import re

from moneyparse.changes import _SPACED
from moneyparse.elided import _YEAR, _unit_after
from moneyparse.lexicon import tables
from moneyparse.reading import _Raw

#: The word that opens a range of "X and Y": "between", or a range named ("traded in a narrow range
#: of 3,800 and 3,805 H.K. Dlrs").
_BETWEEN_BEFORE = re.compile(rf"\b(?:between|range{_SPACED}of){_SPACED}$", re.IGNORECASE)


def between_before(text: str, start: int) -> bool:
    """Whether "between" or "a range of" stands right before ``start``: "and" after the amount
    there may join the two ends of a range."""
    return _BETWEEN_BEFORE.search(text, max(0, start - 16), start) is not None


#: The rest of a range after its low end whose high end runs into a word: "$800 to $1,200instead".
_HIGH_GLUED = re.compile(r"[ \u00a0]*(?:to|-|\u2013|\u2014)[ \u00a0]*[^\s\d]{0,3}?[\d][\d,.]*(?P<word>[^\W\d_]+)")


def _high_end_glued(text: str, end: int) -> bool:
    """Whether the amount ending at ``end`` is the low end of a range whose high end runs into the
    next word ("had been expected to go for $800 to $1,200instead raised $8,750"): no reading
    keeps "$1,200instead" (filter ``glued_after``), and the low end alone would be a wrong value.
    Not when the letters are a scale word or a sign ("$5 to $6bn" is read as a range before, "rose
    49p to 237p" is two amounts)."""
    m = _HIGH_GLUED.match(text, end)
    if m is None:
        return False
    word = m.group("word")
    t = tables()
    return (
        word not in t.scales and word.lower() not in t.scales_folded and not word.isupper()
        and t.marker(word, True) is None and t.marker(word.lower(), True) is None
    )


def _high_after_and(text: str, raw: _Raw, m: re.Match[str]) -> bool:
    """Whether the bare number after "and" that ``m`` reads is the high end of a range whose low end
    is ``raw``, as "to" makes it one ("between $2 and 5 million" is 2,000,000 to 5,000,000, "between
    US$0.02 and 0.05 per pill", "a range of €10 and 20 a night"): "between" or "a range of" stands
    right before the low end, and the number counts no other thing.  "Between A and B" also names
    two things apart ("a choice between $100 and 5 shares"), or ends of different kinds ("between
    $5 and 10 percent of the price"): a word after the number that may be its unit, as
    :func:`moneyparse.elided._unit_after` tells it, but for "per", "each" and "apiece", or a year
    far above the low end ("between $2 and 2010") makes the number no money, and the amount stands
    alone."""
    if not between_before(text, raw.start):
        return False
    num = m.group("num")
    if not m.group("scale") and _YEAR.fullmatch(num) and int(num) >= 50 * raw.value.scaleb(-raw.scale):
        return False
    return _counts_nothing_else(text, m.end())


def _high_after_to(text: str, m: re.Match[str]) -> bool:
    """Whether the bare number after "to" that ``m`` reads may be the high end of a range: not when
    a word that counts something else follows it ("provided $17 million to 57 counties", "gave $5
    to 10 charities": "to" there names who is given the money).  A scale word makes the number
    money ("$80 to 120 million annual"), and only a word in lower case on the same line may count
    ("from €25 to 35" above a line "$189-$289" is a range)."""
    return bool(m.group("scale")) or _WORD_AFTER.match(text, m.end()) is None or _counts_nothing_else(text, m.end())


def _counts_nothing_else(text: str, end: int) -> bool:
    """Whether no word after the bare number ending at ``end`` may be its unit, as
    :func:`moneyparse.elided._unit_after` tells it, or the word is one of a rate ("per", "each",
    "apiece": "€10 and 20 per night")."""
    return not _unit_after(text, end) or _RATE_AFTER.match(text, end) is not None


#: A word in lower case after a number, on its line.
_WORD_AFTER = re.compile(r"[ \u00a0]+[a-z]")


#: A word after a price that makes it a rate, not a count: "€10 and 20 per night", "$5 and 6 each".
_RATE_AFTER = re.compile(r"[ \u00a0]+(?:per|each|apiece)\b", re.IGNORECASE)


def _unit_to_rate(text: str, raw: _Raw, end: int) -> bool:
    """Whether ``raw``, one unit of its currency ("one dlr"), and the number after "to" that ends
    at ``end`` are an exchange rate, the other currency named a few words later ("at a rate of
    one dlr to 1.485 new Israeli shekels"), not a range."""
    if raw.value != 1 or raw.scale or raw.number_text.lower() not in ("one", "1"):
        return False
    t = tables()
    return any(t.marker(word, True) is not None for word in _WORD.findall(text, end, end + 40)[:3])


_WORD = re.compile(r"[^\W\d_]+")
