"""A bound told by a threshold: "sales crossed the $100 million mark", "fell below the $10 level".

An amount named as a mark to pass is no sum anything costs: the sentence says the quantity it talks
about went past it.  Three things must all be written: a word of passing right before "the", the
amount, and a noun of thresholds right after it.  Without the noun the amount is one of its own
("topping the $180 million made by the sequel", "passed the $15 billion bill") and keeps no bound.
English only.
"""

from __future__ import annotations

import re

from moneyparse.mention import Qualifier

#: The nouns that make an amount a threshold, written right after it.
_NOUN = re.compile(r"[ \u00a0]+(?:mark|milestone|barrier|threshold|level)s?\b", re.IGNORECASE)
#: Their first letters, either case, or a second space before them.
_NOUN_FIRST = frozenset("mbtlMBTL \u00a0")

#: The word before "the" and the bound it sets: verbs of passing upwards, and prepositions.
_PASSING: dict[str, Qualifier] = {
    **dict.fromkeys(
        (
            "cross", "crosses", "crossed", "crossing",
            "pass", "passes", "passed", "passing",
            "surpass", "surpasses", "surpassed", "surpassing",
            "top", "tops", "topped", "topping",
            "break", "breaks", "broke", "breaking",
            "exceed", "exceeds", "exceeded", "exceeding",
            "above", "over", "past",
        ),
        Qualifier.MORE_THAN,
    ),
    **dict.fromkeys(("below", "under"), Qualifier.LESS_THAN),
}

#: "<word> the " right before the amount, the word taken whole.
_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]+)[ \u00a0]+the[ \u00a0]+$", re.IGNORECASE)


def _past_mark(text: str, start: int, end: int) -> Qualifier | None:
    """The bound of an amount written as a threshold passed: "crossed the $100 million mark" is more
    than $100 million, "dipped below the $10 mark" less than $10; None for any other amount."""
    # cheap test first: most amounts are followed by no noun of thresholds
    if text[end + 1 : end + 2] not in _NOUN_FIRST or text[end : end + 1] not in (" ", "\u00a0") or not _NOUN.match(text, end):
        return None
    m = _BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return None
    return _PASSING.get(m.group(1).lower())
