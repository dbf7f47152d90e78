"""The test of the rejection filter for the letter "L" that old English texts set for "£"
("50,000 L.", "L 1,994,000"), where it is more often litres ("5,000 L of water", "a 2 L bottle"),
a numeral or an initial ("pounds" of weight are tested in :mod:`moneyparse.filters_en`).

It is a plain test of :data:`moneyparse.filters.FILTERS`, with the signature of the others there
(``text, start, end, number, marker, after``); the registry declares its guards and the texts
it rejects and keeps.
"""

from __future__ import annotations

import re

from moneyparse.filter_patterns import words as _words
from moneyparse.grammar import CONTEXT_WINDOW, WIDE_WINDOW

#: Characters either side of an "L" amount in which a word of volume makes it litres.
_VOLUME_REACH = 120


def _not_letter_pounds(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"5,000 L of water", "a 2 L bottle", "1.5 L": litres, not the "L" that old English texts
    set for "£".  The letter is read as pounds sterling only where the text writes sterling so:
    the amount itself, or another within :data:`~moneyparse.grammar.WIDE_WINDOW` characters, is
    a figure grouped in thousands with "L." after it ("50,000 L.") or "L" before it
    ("L 1,994,000"), which litres never are; the text speaks of money within
    :data:`~moneyparse.grammar.CONTEXT_WINDOW` characters; and no word of volume stands near.
    Then "100 L." and a column of "4,024,000 L" among such amounts are pounds too.  A figure
    with decimals is never so ("1.5 L"): the sums of such texts are whole pounds; nor is "L"
    after a word that numbers things ("Chapter L 1,000 men", a Roman fifty)."""
    if not number.replace(",", "").isdigit():
        return True
    words = _words()
    if not after and words.numbering_before.search(text, max(0, start - 16), start):
        return True  # "Chapter L 1,000 men": a Roman fifty
    # the cheap tests first: most such candidates ("L 16", "1985 L.") have no sure form near
    sure = words.letter_pounds.fullmatch(text, start, end) is not None  # "50,000 L.", "L 1,994,000"
    if not sure and not _sure_near(text, max(0, start - WIDE_WINDOW), end + WIDE_WINDOW):
        return True
    if words.volume_near_letter.search(text, max(0, start - _VOLUME_REACH), end + _VOLUME_REACH):
        return True
    return not _money_near(text, max(0, start - CONTEXT_WINDOW), end + CONTEXT_WINDOW)


#: The characters after an "L" of a sure form: a point, a blank, a line break (the letter stands
#: after a blank in every sure form).
_AFTER_LETTER = frozenset(". \u00a0\n\t")
_LETTERS = re.compile(r"[^\W\d_]+")


def _sure_near(text: str, lo: int, hi: int) -> bool:
    """Whether a sure form of "L" for "£" (:data:`~moneyparse.filter_patterns._LETTER_POUNDS`) is
    near the letters "L" or "l." in ``text[lo:hi]``.  Each letter is found by string search and
    only one followed by a point or a blank is tried, over the few characters a sure form spans
    around it: a pattern searched over the whole window cost a thousand times more."""
    pounds = _words().letter_pounds
    for letter in ("L", "l."):
        at = text.find(letter, lo, hi)
        while at >= 0:
            if (
                text[at - 1 : at].isspace()
                and (letter == "l." or text[at + 1 : at + 2] in _AFTER_LETTER)
                and pounds.search(text, max(0, at - 24), at + 120) is not None
            ):
                return True
            at = text.find(letter, at + 1, hi)
    return False


def _money_near(text: str, lo: int, hi: int) -> bool:
    """Whether a word of money (filters.toml, ``letter_pounds``) stands in ``text[lo:hi]``."""
    exact, stems = _words().money_near_letter
    found = {word.lower() for word in _LETTERS.findall(text, lo, hi)}
    return not found.isdisjoint(exact) or any(word.startswith(stems) for word in found)
