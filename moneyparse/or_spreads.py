"""Two counts joined by "or" before one unit: an approximate spread, read as one range.

"It cost two or three million dollars", "nine or ten thousand dollars", "aid of 700 or 800 mln
dlrs", "$2 or $3 million", "$2 or 3 million": the writer does not know the amount and names two
counts it lies between, the scale and the unit written once, after the second, for both.  Read alone,
the second count would be an exact amount the text does not state, and the first would be lost or
read without its scale ("$2" of "$2 or $3 million" is no two dollars), so the two make one range
(:mod:`moneyparse.ranges` joins them, and finds the first count where it finds every low end of a
range, "or" one of its separators: :func:`moneyparse.ranges._low_end`; this module says which counts
and amounts make a spread).  A spread is a guess: the range is approx, unless a hedge before the
first count says more ("around 63 or 64 cts" approx, "more than 100 or 200 mln dlrs" more_than,
"below 380 or 390 dlrs" less_than).

"Or" also joins amounts that are alternatives, each exact ("gift cards worth 500 or 1000 rupees",
"table minimums of $5 or $10", "$2 million or $3 million"), so a spread is read only where the
text shows one:

- a scale word after the second count that the first has not: the first lower and more than a
  tenth of the second ("two or three million dollars", "$2 or $3 million", "10 or 15 billion
  dlrs"); prices are seldom offered in millions, so this is a spread;
- no scale word: the two counts one step apart in the last place the first is written to, as a
  round guess goes ("63 or 64 cts", "nine or ten dollars", "20 or 30 dollars", "380 or 390 dlrs
  an ounce", "one or two dollars more"); "500 or 1000 rupees" and "five or ten cents" may be two
  prices on offer, and stay as they are, the first count only as far as the bare amounts that
  share a marker read it (:mod:`moneyparse.elided`).

The marker may be written once before the first count, the second bare ("$2 or 3 million",
"€5 or 6 billion", "£1 or 2m": :func:`or_high`): with a scale word after the second that the first
has not, the two are read as above, and where they make no spread the first gives nothing
("$5 or 3 million", "$1 or 20 million", "either $2 or 3 million"), as alone it would lack the
scale that the text gives it ("$2" of "$2 or 3 million" is no two dollars either).  With no scale
word the second may count anything, and the first stands alone: "$2 or 3 more", "$2 or 3 times",
"$5 or 3%".  A second count spelled in words is read the same way ("$2 or three million":
:func:`moneyparse.bare_highs.spelled_high`).

Never a spread, and left as they are: the last two counts of a list ("20, 21 or 22 dlrs", "$1, $2
or $3 million"), two counts after "either", the last words of a longer number ("a hundred and
twenty or thirty dollars"), a fraction ("1/2 or 3 dollars"), a year ("1986 or 1987 dollars"), two
amounts with a sign each and no scale ("$5 or $10": two prices), a first count with its own scale
word ("2 million or 3 million dollars"), the higher count first ("5.02 or 4.77 dlrs"), and the
total before the figure a share that wires add after "or" ("net of 139,000 or four cts a share":
the first far above the second, no range).  The annotated sets read the same way: "63 or 64 cts"
and "21 or 22 dlrs" one range each, "a dollar or two" a range of 1 to 2, approx, and "500 or 1000
rupees" two amounts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from moneyparse.filter_patterns import _YEAR
from moneyparse.grammar import _EN_COUNTS, _compiled
from moneyparse.hedges import _hedge
from moneyparse.reading import _Raw

#: What may stand before the first count and makes it no low end of a spread: a comma (the counts
#: end a list: "20, 21 or 22 dlrs"), "either" (two alternatives), or a number it ends ("a hundred
#: and twenty or thirty dollars" is 120 to 130), which are no spread of their last counts.
_NOT_SPREAD_BEFORE = re.compile(
    r"(?:,|\b(?:either|and|hundred|thousand|million|billion|trillion|point)|[0-9])[ \u00a0-]*$", re.IGNORECASE
)
#: A first count in digits as English writes them, its groups set apart by a comma or a point.
_DIGITS = re.compile(r"[0-9]+(?:[,.][0-9]+)*")
#: The blanks and the "or" between a first count in digits and the second.
_OR_GAP = re.compile(r"[ \u00a0]+or[ \u00a0]+")
#: What may not stand right before a first count in digits: a letter or a digit, a point or a comma
#: (it ends a longer number), a slash or a colon ("1/2 or 3 dollars" a fraction, "10:30 or 11" a
#: time), a hyphen, or a sign (a count with its own marker is an amount, read by :func:`or_pair`).
_GLUED_DIGITS = re.compile(r"[\w.,/:$£€¥-]")
#: ... and before a first count in words: a letter, a point, a comma or a hyphen.
_GLUED_WORD = re.compile(r"[\w.,-]")
#: The English counts a first count in words is made of, one or two hyphened ("two", "twenty-five").
_COUNTS = frozenset(word for word, value in _EN_COUNTS.items() if value)


def first_count(text: str, m: re.Match[str]) -> bool:
    """Whether the low end ``m`` that :func:`moneyparse.ranges._low_end` reads before "or" ("two or
    ", "40 or ") may be the first count of a spread: digits as English writes them or one count in
    words ("twenty-five"), with no scale word of its own ("2 million or 3 million dollars" are two
    amounts), nothing glued before it, and no list, "either", longer number or year (see
    :data:`_NOT_SPREAD_BEFORE`); :func:`is_spread` tells whether the two counts make one."""
    groups = m.groupdict()
    if m.group("scale"):
        return False
    before = text[m.start() - 1 : m.start()] if m.start() else ""
    num = groups.get("num")
    if num is not None:
        if not _DIGITS.fullmatch(num) or not _OR_GAP.fullmatch(text, m.end("num"), m.end()) or _YEAR.fullmatch(num):
            return False
        glued = _GLUED_DIGITS.match(before)
    else:
        if not all(part.lower() in _COUNTS for part in m.group("word").split("-")):
            return False
        glued = _GLUED_WORD.match(before)
    return glued is None and not _NOT_SPREAD_BEFORE.search(text, max(0, m.start() - 12), m.start())


def is_spread(low: Decimal, high: Decimal, scaled: bool) -> bool:
    """Whether ``low`` and ``high`` read from "low or high" are a spread: with a scale word written
    after the second count only (``scaled``), the first lower and above a tenth of the second; with
    none, one step apart in the last place the first is written to (63 and 64, 20 and 30, 9 and
    10, 1.50 and 1.51, but not 500 and 1000, nor 2.00 and 3.00, two prices written to the cent)."""
    if not 0 < low < high:
        return False
    if scaled:
        return high <= low * 10
    written = low.as_tuple().exponent  # "1.50" keeps its hundredths; "20" is normalized to its tens
    place = written if isinstance(written, int) and written < 0 else low.normalize().as_tuple().exponent
    return isinstance(place, int) and high - low == Decimal(1).scaleb(place)


def spread(text: str, found: list[_Raw] | None, scaled: bool) -> list[_Raw] | None:
    """The range read from a first count before "or" and the amount after it (``found``, as
    :func:`moneyparse.ranges._open_low` gives it), approx unless a hedge stands before it, when it
    is a spread; else None (the amount stands alone, the first count dropped)."""
    if not found or found[0].high is None or not is_spread(found[0].value, found[0].high, scaled):
        return None
    return [approx(text, found[0])]


def or_pair(text: str, low: _Raw, high: _Raw, as_range: Callable[[_Raw, _Raw], _Raw | None]) -> _Raw | None:
    """``low`` and ``high``, two amounts with a marker each and "or" between, as one spread when
    only the second has a scale word and the first its marker before its number ("$2 or $3
    million": 2,000,000 to 3,000,000, approx), joined by ``as_range``; else None (two amounts:
    "$5 or $10", "$2 million or $3 million", and "a 90.25 dlr or 384 mln dlr offer", a price a
    share and the total, whose first amount ends with its own unit)."""
    if low.scale or not high.scale or low.high is not None or not text.startswith(low.marker, low.start):
        return None  # (a marker after the first number ends a whole amount: "2.30 dlrs or 22 mln dlrs" are two)
    if _NOT_SPREAD_BEFORE.search(text, max(0, low.start - 12), low.start):
        return None
    merged = as_range(low, high)
    if merged is None or merged.high is None or not is_spread(merged.value, merged.high, True):
        return None
    return approx(text, merged)


def or_high(text: str, raw: _Raw, m: re.Match[str], open_high: Callable[[str, _Raw, re.Match[str]], _Raw | None]) -> list[_Raw] | None:
    """``raw``, a count with its marker before it, and the bare count after "or" that ``m`` reads
    (the ranges' high end after a low end, "or" one of its separators), as one spread when only
    the second has a scale word ("$2 or 3 million": 2,000,000 to 3,000,000, approx), joined by
    ``open_high``; an empty list (nothing) when they make no spread, as the first alone would be
    read without the scale that the text gives it ("$5 or 3 million", "$1 or 20 million", "either
    $2 or 3 million"); None (the first stands alone) when the second has no scale word, as it may
    count anything ("$2 or 3 more", "$2 or 3 times", "$5 or 3%"), or the first has its own scale
    word or its marker after it ("$2 million or 3 million", "2 dlrs or 3 million")."""
    if not m.group("scale") or raw.scale or raw.high is not None or not text.startswith(raw.marker, raw.start):
        return None
    merged = open_high(text, raw, m)
    if merged is None or merged.high is None or not is_spread(merged.value, merged.high, True):
        return []
    if _NOT_SPREAD_BEFORE.search(text, max(0, raw.start - 12), raw.start):
        return []
    return [approx(text, merged)]


def or_high_read(
    text: str, raw: _Raw, nxt: _Raw | None, out: list[_Raw], open_high: Callable[[str, _Raw, re.Match[str]], _Raw | None]
) -> int:
    """1 when a bare count after "or" follows ``raw`` with a scale word ("$2 or 3 million"), its
    spread appended to ``out``, or nothing when the two make none (:func:`or_high`); else 0 ("$2 or
    3 times": the amount stands alone, as it does where the count after "or" starts an amount of
    its own before ``nxt``, the next candidate: "$2 or 3 million euros")."""
    m = _compiled().range_after.match(text, raw.end)
    if m is None or m.group("sep") != "or" or nxt is not None and nxt.start < m.end():
        return 0
    read = or_high(text, raw, m, open_high)
    if read is None:
        return 0
    out.extend(read)
    return 1


def approx(text: str, raw: _Raw) -> _Raw:
    """``raw`` with the qualifier approx, unless a hedge before it gives its own."""
    return raw if raw.hedge or _hedge(text, raw.start) is not None else replace(raw, hedge="approx")
