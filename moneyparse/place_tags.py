"""Place words that say where a party is, not what its money is.

A country, state or city named near an ambiguous marker points to its money ("Toronto" beside "$"),
except where the words around the name make it a tag of place (:func:`tags_a_place`):

* before "-based" ("a Hong Kong-based buyer", "Tokyo based"): where a party is based;
* alone on its line, the heading of an item of a list ("   Alberta\\n   * $365,000 grant"): where
  the sums under it go, as a town of that name in a state's list of grants does; the money is the
  list's, which the rest of the text tells.

Both read only a few bytes either side of the word, so that a word reads alike in a window of the
text and in the whole of it (:class:`~moneyparse.currency._Evidence`).
"""

from __future__ import annotations

import re

#: After a place: "-based", " -based", " based" ("a Hong Kong-based firm", "Tokyo based").
_BASED = re.compile(rb" ?- ?based\b| based\b")
#: The blanks read either side of a heading, at most: an indentation, a colon after it.
_HEADING_BLANKS = 8


def tags_a_place(data: bytes, a: int, b: int) -> bool:
    """Whether the place word ``data[a:b]`` (UTF-8) is a tag of place, no money evidence: before
    "-based", or alone on its line (at most :data:`_HEADING_BLANKS` blanks before it and blanks or
    a colon after it, a line break on each side; the first line of a text is a title, not a
    heading)."""
    if data[b : b + 2] in (b" b", b"-b", b" -") and _BASED.match(data, b):
        return True
    i = a
    while i > 0 and a - i < _HEADING_BLANKS and data[i - 1] in b" \t":
        i -= 1
    if i == 0 or data[i - 1] not in b"\n\r":
        return False
    j = b
    while j < len(data) and j - b < _HEADING_BLANKS and data[j] in b" \t:":
        j += 1
    return j < len(data) and data[j] in b"\n\r"
