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
    if words.volume_near_letter.find(text, max(0, start - _VOLUME_REACH), end + _VOLUME_REACH):
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
    around it: a pattern searched over the whole window cost a thousand times more.

    What is found is kept for the stretch of the text read (:data:`_SURE_READ`): the window of
    the next "L" amount mostly overlaps this one, and only its new part is read."""
    global _SURE_READ
    top = min(hi, len(text))
    if lo < 0 or top <= lo:  # (no window of an amount: the search as written, nothing kept)
        return any(_sure_in(text, letter, lo, hi) for letter in ("L", "l."))
    read = _SURE_READ
    if read is not None and read[0] is text and read[1] <= top and lo <= read[2]:
        _, a, b, found = read
        if lo < a:
            found = _sure_starts(text, lo, a) + found
        if top > b:
            found = found + _sure_starts(text, b, top)
        read = (text, min(a, lo), max(b, top), found)
    else:
        read = (text, lo, top, _sure_starts(text, lo, top))
    _SURE_READ = read
    return any(lo <= at and at + size <= top for at, size in read[3])


#: The stretch of one text read by :func:`_sure_near` and what it found there: ``(text, a, b,
#: found)``, ``found`` holding ``(start, length)`` of each "L" or "l." starting in ``text[a:b]``
#: that a sure form stands around.  One tuple, replaced whole, so that threads never see half.
_SURE_READ: tuple[str, int, int, tuple[tuple[int, int], ...]] | None = None


def _sure_starts(text: str, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
    """``(start, length)`` of each "L" or "l." starting in ``text[lo:hi]`` (and within the text)
    that a sure form of "L" for "£" stands around."""
    found = []
    for letter in ("L", "l."):
        size = len(letter)
        at = text.find(letter, lo, hi + size - 1)
        while at >= 0:
            if _sure_at(text, size, at):
                found.append((at, size))
            at = text.find(letter, at + 1, hi + size - 1)
    return tuple(found)


def _sure_at(text: str, size: int, at: int) -> bool:
    """Whether the "L" (``size`` 1) or "l." (``size`` 2) at ``at`` stands in a sure form of "L"
    for "£"."""
    return (
        text[at - 1 : at].isspace()
        and (size == 2 or text[at + 1 : at + 2] in _AFTER_LETTER)
        and _words().letter_pounds.search(text, max(0, at - 24), at + 120) is not None
    )


def _sure_in(text: str, letter: str, lo: int, hi: int) -> bool:
    """Whether a ``letter`` found by ``text.find(letter, lo, hi)`` stands in a sure form."""
    at = text.find(letter, lo, hi)
    while at >= 0:
        if _sure_at(text, len(letter), at):
            return True
        at = text.find(letter, at + 1, hi)
    return False


def _money_near(text: str, lo: int, hi: int) -> bool:
    """Whether a word of money (filters.toml, ``letter_pounds``) stands in ``text[lo:hi]``."""
    exact, stems = _words().money_near_letter
    found = {word.lower() for word in _LETTERS.findall(text, lo, hi)}
    return not found.isdisjoint(exact) or any(word.startswith(stems) for word in found)
