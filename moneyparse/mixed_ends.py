"""Ends of a range written in two units: of two currencies (never one range), or a minor unit and its major one.

Two rules, each called from :mod:`moneyparse.ranges`, and the tests of whether the markers of two ends name one money
(:func:`same_word`, :func:`code_closes`, :func:`sign_repeats`):

- Two ends whose explicit markers name different currencies are never the two ends of one range:
  "from €5 to $6", "£12 to $15", "USD 40-EUR 45" tell a change, a conversion or two prices. Each
  end is read as it would be alone.  :func:`other_sign_before` guards the step that reads a low end
  with no candidate of its own ("12.50 to £30"): when a sign or code of another currency stands right
  before that number ("was $12.999 to\\n£30.00", where the dollar amount was left unread as unsure), the
  high end stands alone and the low end gives nothing.  Markers that can name one currency stay one
  range: "$5 to 6 dollars", "£5 to £6", "US$1 to $70".
- A low end in the minor unit and a high end in its major unit, parted by "to", are one range in
  the major unit: "a tip of 40 cents to one dollar" is 0.40 to 1, "20p to £1.50" 0.20 to 1.50,
  "60 cts to two dlrs" 0.60 to 2 (:func:`minor_to_major`).  A change stays two amounts ("climbed from
  40 cents to one dollar", as does a word of change a few words before ("was cut 40 cents to one
  dollar", "raised its price 40 cents to two dollars"), a high end ten times the low or more ("25
  cents to 20 dlrs") and one that is neither whole nor a half ("40 cents to 3.85 dlrs": a move
  and the level it reached, as the wire quotes them); "respectively" after the high end gives each
  end to a thing of its own ("the two grades sold 40 cents to one dollar under it, respectively").
"""

from __future__ import annotations

import re

from moneyparse.changes import _CHANGE_WORDS, _SPACED, _changes, _clause_words
from moneyparse.lexicon import tables
from moneyparse.reading import _Raw

#: "to" between the two ends, one line break allowed among its blanks.
_TO = re.compile(rf"{_SPACED}to{_SPACED}")
#: How many times the low end the high end may be at most (a wider span is a move and its level).
_MOST_TIMES = 10
#: "respectively" later in the clause of the high end: each end belongs to a thing of its own.
_RESPECTIVELY = re.compile(r"[^.;!?]{0,80}?\brespectively\b", re.IGNORECASE)
#: What may stand between a sign and its number, or before the sign ("($", "\"US$").
_OPENERS = "([\"'\u201c"


def other_sign_before(text: str, start: int, high: _Raw) -> bool:
    """Whether the number at ``start``, read as the low end of a range whose high end is ``high``,
    is led by a sign or code that names none of the currencies the high end's marker can mean:
    "$12.999 to\\n£30.00" (True), "£12 to £30" or "from 12 to £30" (False)."""
    head = text[max(0, start - 8) : start]
    token = head.split()[-1] if head.strip() else ""
    if head[-1:].isspace() and not (token.isalpha() and token.isupper()):
        return False  # only a code is spaced from its number: "USD 12 to"
    token = token.lstrip(_OPENERS)
    marker = tables().marker(token, False) if token and not token[-1:].isdigit() else None
    return marker is not None and not set(marker.codes) & set(high.marker_info.codes)


def minor_to_major(text: str, low: _Raw, high: _Raw) -> list[_Raw] | None:
    """``low`` in a minor unit ("80 cents", "50p") and ``high`` in a major unit of the same currency
    ("one dollar", "$1", "£1"), parted by "to", as a list of one range in the major unit, else None."""
    minor, major = low.marker_info, high.marker_info
    if (
        minor.minor <= 0 or major.minor != 0 or low.high is not None or high.high is not None or high.scale != 0
        or not set(minor.codes) & set(major.codes) or _TO.fullmatch(text, low.end, high.start) is None
    ):
        return None
    if not low.value < high.value <= low.value * _MOST_TIMES or (high.value * 2) % 1 or _changes(text, low.start):
        return None  # "40 cents to 3.85 dlrs": a level, as the wire quotes one, after a move in cents
    if _RESPECTIVELY.match(text, high.end):
        return None  # "held 40 cents and one dollar below it, respectively": one amount each
    if any(word in _CHANGE_WORDS for word in _clause_words(text, low.start, 40)[-4:]):
        return None  # "was cut 40 cents to one dollar": a move and the level it reached
    exponent = min(low.exponent, high.exponent)
    return [_Raw(low.start, high.end, low.value, high.value, exponent, text[low.start : high.end], high.marker, high.marker_info, 0)]


#: The letters a word of money written in English ends with ("marks", "dlrs", "Dlrs").
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def same_word(low: str, high: str) -> bool:
    """True when the markers of two ends are one marker, in any case ("£"/"£", "DLRS"/"dlrs"), or
    one word of money, singular at the low end and plural at the high end: "5.50 dlr to 6.50
    dlrs", "one dollar to two dollars" (wire copy writes "1.00 dlr", and a slip leaves "dlr"
    after a larger figure too).  A move and the level it reaches ("raised 0.50 cent to 65.50
    cents") stay two amounts, as with one marker (:func:`moneyparse.ranges._marked_range`)."""
    low, high = low.lower(), high.lower()
    return low == high or high == low + "s" and low[-1:] in _ASCII_LETTERS


def one_money(low: _Raw, high: _Raw) -> bool:
    """True when the markers of two ends are two words of one money, as the wire writes a word
    short or long, or with a slip: "10 cents to 15 cnts", "55 cts to 60 cents", "5 dlrs to 6
    dollars" (the same currencies, the same minor unit, each marker a word)."""
    a, b = low.marker_info, high.marker_info
    return (
        a.codes == b.codes and a.minor == b.minor
        and low.marker.replace(" ", "").isalpha() and high.marker.replace(" ", "").isalpha()
    )


def code_closes(text: str, low: _Raw, high: _Raw) -> bool:
    """True when ``low`` is led by an ambiguous sign and ``high`` ends in a marker that names only
    currencies the sign can mean: "$5" and "6 million CAD" of "$5-6 million CAD"."""
    codes = low.marker_info.codes
    return (
        low.marker_info.ambiguous
        and all(code in codes for code in high.marker_info.codes)
        and text.startswith(low.marker, low.start)
        and not text.startswith(high.marker, high.start)
    )


def sign_repeats(text: str, low: _Raw, high: _Raw) -> bool:
    """True when ``high`` is led by a bare sign that can mean the one currency of the sign before
    ``low``: "US$1 to $70", "US$6,500–$8,000", "HK$5-$7" (the low end says which dollar)."""
    codes = low.marker_info.codes
    return (
        len(codes) == 1
        and high.marker_info.ambiguous
        and codes[0] in high.marker_info.codes
        and text.startswith(low.marker, low.start)
        and text.startswith(high.marker, high.start)
    )
