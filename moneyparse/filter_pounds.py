"""The test of the rejection filter for the letter "L" that old English texts set for "£"
("50,000 L.", "L 1,994,000"), where it is more often litres ("5,000 L of water", "a 2 L bottle"),
a numeral or an initial ("pounds" of weight are tested in :mod:`moneyparse.filters_en`, with the
help of :func:`listed_after_weight` here: the next item of a list of weights).

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


#: "and" or a comma right before an amount: the next item of a list; or "to" or "from": the other
#: end of a change; perhaps a piece of the number between ("to 4 8 million pounds", a scrape that
#: lost the point of 4.8).
_NEXT_ITEM = re.compile(r"(?:,|(?<![^\W\d_])(and|to|from))[ \u00a0\t\r\n]+(?:[0-9]{1,3}[ \u00a0]+)?$", re.IGNORECASE)
#: "from" or "to" right before the first end of a change, its number perhaps in two pieces ("from 2 4
#: million", a scrape that lost the point).
_CHANGE_START = re.compile(r"(?<![^\W\d_])(from|to)[ \u00a0\t\r\n]+[0-9][0-9,. ]*$", re.IGNORECASE)
#: A number in digits, perhaps a scale word, and a word of pounds after it.
_POUNDS_AFTER_DIGITS = re.compile(
    r"[0-9](?:[ \u00a0\t\r\n]+(?:thousand|million|mln|billion|bln))?[ \u00a0\t\r\n]+(pounds|pound|lbs|lb)(?![^\W\d_])",
    re.IGNORECASE,
)
#: How far back the list's first item is looked for (in its sentence).
_LIST_REACH = 160


def listed_after_weight(text: str, start: int, marker: str) -> bool:
    """Whether the amount at ``start`` is the next item of a list ("and" or a comma right before it)
    whose earlier item in the same sentence, in the same word of pounds, names what it weighs
    ("shipping 230,000 pounds of ore to the plant in Ohio and 76,000 pounds to Texas"): the unit
    written again is the same weight.  So is the other end of a change whose first end names what
    it weighs: "raised the limit from 2 million pounds of cheese to 4 million pounds" ("to" after
    "from", or "from" after "to").  A sum of sterling after a weight is read by other words
    ("200 pounds of wool for 300 pounds": no list), and an earlier item of money is no weight
    ("500 pounds of his savings and 300 pounds")."""
    item = _NEXT_ITEM.search(text, max(0, start - 12), start)
    if item is None:
        return False
    # the other end of a change: "to" after a first end that "from" leads, or "from" after "to"
    change = {"to": "from", "from": "to"}.get((item.group(1) or "").lower())
    lo = max(0, start - _LIST_REACH)
    lo = max(lo, text.rfind(". ", lo, start) + 1, text.rfind(".\n", lo, start) + 1)
    weight_after = _words().weight_after
    for m in _POUNDS_AFTER_DIGITS.finditer(text, lo, start):
        if m.group(1).lower() != marker.lower() or not weight_after.match(text[m.end() : m.end() + 24].lower()):
            continue
        if change is None:
            return True
        first = _CHANGE_START.search(text, max(lo, m.start() - 24), m.start() + 1)
        if first is not None and first.group(1).lower() == change:
            return True
    return False
