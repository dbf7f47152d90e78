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
  wrong value (:func:`_high_end_glued`);
- a high end spelled in words before a scale word ("$2 to three million", "$2 or three million",
  "£1-two billion") is read as the digits are (:func:`spelled_high`): the low end takes its scale
  when it is the lower, and, after "or", when it is also above a tenth of it (a spread, approx:
  :mod:`moneyparse.or_spreads`); else, after "or", nothing, and after "to" or a dash the low end
  alone ("gave $100 to two million families");
- two marked ends, the second the lower, after "between" or "ranging from", are a range written
  backwards, read from the lower to the higher (:func:`backwards_range`): "between $2 million to
  $500,000" is 500,000 to 2,000,000, never 2,000,000 alone;
- a tilde after an amount with no high end after it is a shop's "from" when the line ends or a
  word follows (:func:`tilde_from`): "9,900원~", "1,000円～ a night" are at_least; and so is the
  tilde glued to a price that another price of the same money follows, written in the other
  style ("9,900원~ 37400원": the regular price, read alone).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from moneyparse.changes import _SPACED
from moneyparse.clauses import _COUNT_WORDS
from moneyparse.elided import _unit_after
from moneyparse.entities import SCALES_AFTER
from moneyparse.filter_patterns import _YEAR
from moneyparse.grammar import _EN_COUNTS
from moneyparse.lexicon import tables
from moneyparse.or_spreads import approx, is_spread
from moneyparse.reading import _Raw, _scale_of, _tidy

#: The word that opens a range of "X and Y": "between", or a range named ("traded in a narrow range
#: of 3,800 and 3,805 H.K. Dlrs").
_BETWEEN_BEFORE = re.compile(rf"\b(?:between|range{_SPACED}of){_SPACED}$", re.IGNORECASE)


#: The words that open a range written with its high end first: "between", "a range of", and "from"
#: after a word of ranging ("grants ranging from $2 million to $500,000"); "from" alone opens a
#: change as often ("cut from $2 million to $500,000").
_BACKWARDS_BEFORE = re.compile(
    rf"\b(?:between|range{_SPACED}of|(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)){_SPACED}from){_SPACED}$", re.IGNORECASE
)


def backwards_range(text: str, low: _Raw, high: _Raw) -> _Raw | None:
    """``low`` and ``high``, two amounts with one marker joined by "to" or "and" after a word that
    opens a range (:data:`_BACKWARDS_BEFORE`), as the range they span when the second is the lower
    ("grants worth between $2.0 million to $500,000": 500,000 to 2,000,000, from the first sign to
    the last number); else None.  A range written backwards is no change, and the first end alone
    would be a wrong value."""
    if low.high is not None or high.high is not None or low.marker.lower() != high.marker.lower():
        return None
    if text[low.end : high.start].strip(" \u00a0") not in ("to", "and") or not high.value < low.value:
        return None
    if _BACKWARDS_BEFORE.search(text, max(0, low.start - 24), low.start) is None:
        return None
    number = f"{low.number_text}-{high.number_text}"
    exponent = min(low.exponent, high.exponent)
    return _Raw(low.start, high.end, high.value, low.value, exponent, number, low.marker, low.marker_info, low.scale)


def between_before(text: str, start: int) -> bool:
    """Whether "between" or "a range of" stands right before ``start``: "and" after the amount
    there may join the two ends of a range."""
    return _BETWEEN_BEFORE.search(text, max(0, start - 16), start) is not None


#: The rest of a range after its low end whose high end runs into a word: "$800 to $1,200ish".
_HIGH_GLUED = re.compile(r"[ \u00a0]*(?:to|-|\u2013|\u2014)[ \u00a0]*[^\s\d]{0,3}?[\d][\d,.]*(?P<word>[^\W\d_]+)")


def _high_end_glued(text: str, end: int) -> bool:
    """Whether the amount ending at ``end`` is the low end of a range whose high end runs into the
    next word ("had been expected to go for $800 to $1,200ish, but raised $8,750"): no reading
    keeps "$1,200ish" (filter ``glued_after``), and the low end alone would be a wrong value (a
    word of four small letters or more and a blank ends the high end: "$1,200instead raised",
    :func:`moneyparse.filter_glue._small_name_glued`).
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
    to 10 charities", "gave $5 to 10 million families": "to" there names who is given the money).
    A scale word makes the number money unless such a word follows it ("$80 to 120 million annual"),
    and only a word in lower case on the same line may count ("from €25 to 35" above a line
    "$189-$289" is a range)."""
    if m.group("scale"):
        return not _counts_after_scale(text, m.end())
    return _WORD_AFTER.match(text, m.end()) is None or _counts_nothing_else(text, m.end())


def _counts_after_scale(text: str, end: int) -> bool:
    """Whether the word after a number and its scale word, ending at ``end``, counts something other
    than money, a count's word or those a sum is given to: "gave $5 to 10 million families" ($5
    each, to ten million families), "$2 to 3 million shares"; not "$80 to 120 million annual",
    "$5 to 10 million dollars" nor "$5 to 10 million in aid"."""
    word = _WORD_AFTER_SCALE.match(text, end)
    return word is not None and (_COUNT_WORDS.fullmatch(word.group(1)) is not None or word.group(1) in _GIVEN_TO)


#: The word in lower case after a scale word, on its line: " families", " people".
_WORD_AFTER_SCALE = re.compile(r"[ \u00a0]+([a-z]+)\b")
#: Those whom a sum is given to, each, besides the words of a count: "$100 to two million families".
_GIVEN_TO = frozenset(
    "families children students pupils residents homes homeowners recipients beneficiaries citizens "
    "veterans seniors retirees pensioners patients farmers voters taxpayers borrowers schools".split()
)


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


_COUNT_WORD = "|".join(sorted((w for w, v in _EN_COUNTS.items() if v), key=len, reverse=True))
#: A separator, a count spelled in words (one word, or tens and units joined by a dash or a blank)
#: and a scale word after a marked low end: " to three million", " or twenty-five billion", "-two bn".
_SPELLED_HIGH = re.compile(
    rf"[ \u00a0]*(?P<sep>or|to|-|\u2013|\u2014)[ \u00a0]*(?P<count>(?:{_COUNT_WORD})(?:[- ](?:{_COUNT_WORD}))?)"
    rf"[ \u00a0]+(?P<scale>{'|'.join(sorted(SCALES_AFTER - {'hundred'}, key=len, reverse=True))})\b",
    re.IGNORECASE,
)


def _count_of(words: str) -> Decimal | None:
    """The count that ``words`` spell, tens and units added ("twenty-five"); None for two words
    that make no such count ("three four")."""
    values = [_EN_COUNTS[w] for w in re.split(r"[- ]", words.lower())]
    if len(values) == 2 and not (values[0] >= 20 and values[0] % 10 == 0 and 0 < values[1] < 10):
        return None
    return Decimal(sum(values))


def spelled_high(text: str, raw: _Raw) -> list[_Raw] | None:
    """The range of ``raw``, a marked count with no scale word, and a high end spelled in words
    before a scale word after it ("$2 to three million": 2,000,000 to 3,000,000; "$2 or three
    million" the same, approx); an empty list when, after "or", the two make no spread (the low end
    alone would lack the scale the text gives it); None when no such high end follows, or the low
    end stands alone ("gave $100 to two million families": the scaled low end is no lower)."""
    m = _SPELLED_HIGH.match(text, raw.end)
    if m is None or raw.scale or raw.high is not None or raw.marker_info.minor or not text.startswith(raw.marker, raw.start):
        return None
    if m.group("sep").lower() == "to" and _counts_after_scale(text, m.end()):
        return None  # "gave $100 to three million families"
    count = _count_of(m.group("count"))
    if count is None:
        return None
    spread = m.group("sep").lower() == "or"
    if not (is_spread(raw.value, count, True) if spread else 0 < raw.value < count):
        return [] if spread else None
    scale = _scale_of(m.group("scale").lower())
    found = _Raw(raw.start, m.end(), _tidy(raw.value.scaleb(scale)), _tidy(count.scaleb(scale)), raw.exponent + scale,
                 text[raw.start : m.end()], raw.marker, raw.marker_info, scale, raw.more, raw.least, raw.hedge)
    return [approx(text, found) if spread else found]


#: A count after a tilde glued to a price and a blank: digits glued to a word of what is counted
#: ("957개 구매", 957 bought), no amount of money (the reader would have read one as the next candidate).
_COUNT_AFTER_TILDE = re.compile(r"[ \u00a0]+[0-9][0-9,]*[^\W\d_]")


def tilde_from(text: str, raw: _Raw, at: int, nxt: _Raw | None = None) -> bool:
    """Whether the tilde that ends at ``at``, right after the amount ``raw`` with no high end read
    after it, is a shop's "from": the amount is the lowest price, at_least ("9,900원~", "1,000円～
    a night", "Set menus ₩25,000~ per head").  So it is when the line ends after the tilde, or a
    word or a mark that is no figure and no sign of money follows it; or, the tilde glued to the
    amount, a count after a blank ("2,900원~ 957개 구매": 957 bought), or the next candidate
    ``nxt`` after a blank, a price of its own (:func:`_own_price`: "9,900원~ 37400원", the
    regular price after the price from).  A figure or a sign after it leaves the tilde a range
    whose high end is not read ("$5 ~ 10%", "€90~60", "$40~€35"), and the amount stays unread
    (the caller gives nothing)."""
    rest = text[at : at + 40].lstrip(" \u00a0")
    first = rest[:1]
    if not first or first in "\r\n":
        return True
    if first.isdigit():
        if nxt is not None and not text[at : nxt.start].strip(" \u00a0"):
            return _own_price(text, raw, at, nxt)  # (the figure after the tilde is the next candidate)
        return at - 1 == raw.end and _COUNT_AFTER_TILDE.match(text, at) is not None
    return not (unicodedata.category(first) == "Sc" or first in "+-–—%")


#: Digits grouped by commas, three at a time: "9,900", "1,250,000".
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")


def _own_price(text: str, raw: _Raw, at: int, nxt: _Raw | None) -> bool:
    """Whether ``nxt``, after the tilde glued to ``raw`` and a blank (``at``: the blank's start), is
    a price of its own and not the high end of a range: the same money, its number written in the
    other style, grouped by commas where the other is not, or four digits or more with no comma
    where the other has them ("9,900원~ 37400원", "10,800원~ 12000원": a shop's price from, then
    its regular price).  The ends of one range are written alike; "9,900원~ 37,400원" stays
    unread, as either reading may be the writer's."""
    if nxt is None or nxt.marker != raw.marker or at - 1 != raw.end or not text[at : at + 1].isspace():
        return False
    grouped = [_GROUPED.fullmatch(n.number_text) is not None for n in (raw, nxt)]
    plain = [n.number_text.isdigit() and len(n.number_text) >= 4 for n in (raw, nxt)]
    return grouped in ([True, False], [False, True]) and plain == [not g for g in grouped]


#: A word of a market's move after a range's second end, past a unit it is quoted per: "3.10 to
#: 0.10 dlrs per tbf lower", "2.50 to 0.20 dlrs higher".
_MOVES_AFTER = re.compile(r"(?:[ \u00a0]+per[ \u00a0]+[A-Za-z.]+)?[ \u00a0]+(?:lower|higher)\b")


def high_first(text: str, m: re.Match[str], first: Decimal, raw: _Raw) -> bool:
    """Whether a range written with its high end first ("gains of 0.55 to 0.30 cent", "between 8
    and 6 dlrs") is one: the ends joined by "to" or "and" (a dash joins scores and dates too),
    the first within a factor of ten above the second ``raw``, which is no unit of a rate ("pegged
    at 7.80 to one dollar") and has its unit written as a word after it ("0.30 cent"; a sign is
    written on each end: "a rate of 20 to $5"), and the first standing alone, no year ("in 1987
    to 5 dlrs") nor the end of a name, a fraction or a season ("GSM-103 to", "1-1/4 to", "1988/89
    to").  The first may stand further above the second where a move's word follows the two, as
    a futures report gives the spread of its months' moves ("closed 3.10 to 0.10 dlrs per tbf
    lower"): the second end alone would be a wrong value."""
    if m.groupdict().get("sep") not in ("to", "and") or not raw.value < first:
        return False
    if first > raw.value * 10 and _MOVES_AFTER.match(text, raw.end) is None:
        return False
    if raw.number_text.lower() in ("one", "1") or m.start() > 0 and not text[m.start() - 1].isspace():
        return False
    if not raw.marker[-1:].isalpha() or not text.startswith(raw.number_text, raw.start):
        return False
    return "word" in m.groupdict() or m.group("scale") is not None or not _YEAR.fullmatch(m.group("num"))
