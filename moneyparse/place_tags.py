"""Place words that say where a party is, not what its money is.

A country, state or city named near an ambiguous marker points to its money ("Toronto" beside "$"),
except where the words around the name make it a tag of place (:func:`tags_a_place`):

* before "-based" ("a Hong Kong-based buyer", "Tokyo based"): where a party is based;
* before "-style" or "style" ("Hong Kong-style noodles", "Lo Mein Hong Kong Style: $6.50",
  "Mexican-style beans"): a manner of cooking or making, which says nothing of the money a menu
  or a shop asks in;
* the town of a party's seat written with its country between commas after the party's name
  ("Entregrowth Ltd, of Auckland, New Zealand, said it bought ... shares"): the seat is one
  place, which its country's name tells; the town repeats it and is not counted again;
* before a share in percent ("partners--Western Europe 24.3%, Canada 22.9%, Japan 11.8%"): a row
  of a table of trading partners or holders, where the money goes, not what money it is;
* alone on its line, the heading of an item of a list ("   Alberta\\n   * $365,000 grant"): where
  the sums under it go, as a town of that name in a state's list of grants does; the money is the
  list's, which the rest of the text tells.

All read only a few bytes either side of the word, so that a word reads alike in a window of the
text and in the whole of it (:class:`~moneyparse.currency._Evidence`).
"""

from __future__ import annotations

import re

#: After a place: "-based", " -based", " based" ("a Hong Kong-based firm", "Tokyo based"), and the
#: same with "style" or "Style" ("Hong Kong-style", "New Zealand style", "Hong Kong Style").
_BASED = re.compile(rb" ?- ?(?:based|[Ss]tyle)\b| (?:based|[Ss]tyle)\b")
#: The two bytes after a place that may begin :data:`_BASED`: a cheap test before the pattern.
_BASED_LEADS = frozenset({b" b", b"-b", b" -", b" s", b"-s", b" S", b"-S"})
#: After the town of a party's seat, its country: ", of Auckland, New Zealand,"; a capital begins
#: the country's name and a comma closes it.
_SEAT_AFTER_TOWN = re.compile(rb", [A-Z][A-Za-z. ]{0,30},")
#: After a place, its share in percent: " 22.9%", " 5 %".
_SHARE = re.compile(rb" [0-9]{1,3}(?:\.[0-9]{1,2})? ?%")
#: The blanks read either side of a heading, at most: an indentation, a colon after it.
_HEADING_BLANKS = 8


def tags_a_place(data: bytes, a: int, b: int) -> bool:
    """Whether the place word ``data[a:b]`` (UTF-8) is a tag of place, no money evidence: before
    "-based" or "-style" or a share in percent, the town of a party's seat before its country (:func:`_in_a_seat`), or alone on its
    line (at most :data:`_HEADING_BLANKS` blanks before it and blanks or a colon after it, a line
    break on each side; the first line of a text is a title, not a heading)."""
    if data[b : b + 2] in _BASED_LEADS and _BASED.match(data, b):
        return True
    if data[a - 5 : a] == b", of " and _in_a_seat(data, a, b):  # (cheap test first, as _in_a_seat begins)
        return True
    if data[b : b + 1] == b" " and data[b + 1 : b + 2].isdigit() and _SHARE.match(data, b):
        return True  # "Canada 22.9%": a partner's share
    # (cheap test first: a heading has its line break within the blanks read back from it, and
    # most place words stand in running text, with none there; the bytes are looked for as
    # numbers, as a byte string to look for is first tried as a number, at the cost of an error)
    before = data[a - _HEADING_BLANKS - 1 if a > _HEADING_BLANKS else 0 : a]
    if 0x0A not in before and 0x0D not in before:
        return False
    i = a
    while i > 0 and a - i < _HEADING_BLANKS and data[i - 1] in b" \t":
        i -= 1
    if i == 0 or data[i - 1] not in b"\n\r":
        return False
    j = b
    while j < len(data) and j - b < _HEADING_BLANKS and data[j] in b" \t:":
        j += 1
    return j < len(data) and data[j] in b"\n\r"


def _in_a_seat(data: bytes, a: int, b: int) -> bool:
    """Whether the place word ``data[a:b]`` is the town of a party's seat written with its country
    between commas after the party's name (", of Auckland, New Zealand,"): the seat is one place,
    which its country tells, and counts once, as a town alone (", of Calgary,") does."""
    return a >= 5 and data[a - 5 : a] == b", of " and _SEAT_AFTER_TOWN.match(data, b) is not None
