"""A bare figure read with the money of the amount beside it.

The wire writes a money once for several figures: "fell to 1.05 billion dlrs from 3.04 billion",
"236 mln dlrs in March and 255 in April", "750 mln dlrs from 1.23 billion (revised from 1.29
billion)".  Each reading that gives such a figure its money (:mod:`moneyparse.elided`,
:mod:`moneyparse.revisions`) builds its candidate here: the digits scaled, checked to stand near
the amount when no scale word of their own says how large they are; :func:`_power` tells the
scale word of that amount, written after digits or words ("4.64 billion", "nine billion").
"""

from __future__ import annotations

import re
from decimal import Decimal

from moneyparse.changes import _clause_words
from moneyparse.numbers import parse_digits
from moneyparse.reading import _Raw, _scale_of, _tidy


def bare_figure(
    raw: _Raw, start: int, end: int, num_text: str, scale: int, near: Decimal | None = None, written: str | None = None
) -> _Raw | None:
    """The bare number ``num_text`` (from ``start`` to ``end``, ``written`` so when that holds more
    than the digits: "1.29 billion") times ten to the ``scale``, with the money of ``raw``; None
    when it is no number or, given ``near``, stands not within a factor of ten of it (a figure
    written with no scale word is read as the amount beside it only so)."""
    try:
        num = parse_digits(num_text)
    except ValueError:
        return None
    value = _tidy(num.value.scaleb(scale))
    if near is not None and not near / 10 <= value <= near * 10:
        return None
    return _Raw(start, end, value, None, num.exponent + scale, written or num_text, raw.marker, raw.marker_info, scale)


#: The scale words that end a number written in words: "two billion", "nine mln".
_WORDED_SCALES = frozenset(("thousand", "million", "billion", "trillion", "mln", "bln", "bn", "tln", "tn"))


def _power(raw: _Raw) -> int:
    """The power of ten of the scale word of ``raw``, written after digits ("4.64 billion") or words
    ("nine billion"), the marker after it aside (a range's text runs to it: "700 mln and one billion
    dlrs"); 0 for none."""
    if raw.scale + raw.marker_info.minor > 0:
        return raw.scale + raw.marker_info.minor
    number = raw.number_text.removesuffix(raw.marker).rstrip() if raw.high is not None else raw.number_text
    if number[-1:].isalpha():
        word = number.rsplit(None, 1)[-1].lower()
        if word in _WORDED_SCALES:
            return _scale_of(word)
    return 0


def _scaled(raw: _Raw) -> bool:
    """Whether ``raw`` has a scale word, after digits or words (:func:`_power`)."""
    return _power(raw) > 0


#: A time ago: a count, a unit of time and a word of the past ("five years previously", "two quarters before").
_TIME_BACK = re.compile(
    r"[ \u00a0]+(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \u00a0]+"
    r"(?:year|month|week|day|quarter)s?[ \u00a0]+(?:earlier|ago|before|previously|back)\b",
    re.IGNORECASE,
)


def time_back(text: str, end: int) -> bool:
    """Whether a time ago follows a bare figure that ends at ``end``: "against 3.54 billion five years
    previously" names the time of the figure, no unit counted ("3.5 mln five people" would)."""
    return _TIME_BACK.match(text, end, end + 40) is not None


#: The words of a rise right before a move: "rose another 50 cents", "gained 60 cents each", "were up 12.5 cents".
_RISE_WORDS = frozenset((
    "rose", "rise", "rises", "risen", "rising", "up", "higher", "gained", "gain", "gains", "added", "advanced",
    "climbed", "jumped", "firmed", "increased",
))


def risen_level(text: str, move: _Raw, level: _Raw) -> _Raw:
    """``level``, the bare level a rise in a minor unit reached ("rose another 50 cents Monday to 8.375 a
    share", "gained 60 cents each to 8.10"), in the major unit when its figure is below the move's: a
    rise of 50 cents reaches no level of 8.375 cents, so the share price is in dollars.  A level above
    the move keeps the move's unit ("rose 0.25 cent to 65.50": cents a pound), and so does any level
    after a fall, which may be in either."""
    # (both were read in the move's unit, so their values compare as their figures do)
    if level.value >= move.value or _RISE_WORDS.isdisjoint(_clause_words(text, move.start, 60)[-3:]):
        return level
    return bare_figure(move, level.start, level.end, level.number_text, 0) or level
