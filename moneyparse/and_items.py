"""The second of two sums that "and" joins, its money written on the first only (a rule of
:mod:`moneyparse.clauses`, which calls :func:`and_item` for the first bare number of a sentence).

Wire copy splits a sum between two ends and writes the money once: "of the 90 mln dlrs raised, 62
mln dlrs will go to the parent and 28 mln to minority holders", "40 mln stg would be spent on roads
and 12 mln on bridges", "150 mln dlrs in senior notes and 50 mln in preferred stock".  A reader
reads the bare number as the same money.  So a bare number with a scale word of millions or more,
the first number of the sentence after an amount with such a scale word and its money written as a
word after the number (the tests of :func:`~moneyparse.clauses.carried_after`: no count or measure
named between, every number between a percentage, a year or a term), takes that money when

* "and" stands right before it (no hedge, no other word: "and about 28 mln" is left);
* a preposition of where the money goes or what it is in follows it, "to", "for", "in", "on" or
  "into", and then a word in small letters that is no number written as a word nor a word of a
  count: "and 28 mln to minority holders", not "and 28 mln to 30 mln" (a range), "and 28 mln in
  June" (a list of times, read by :mod:`moneyparse.elided`), "and 28 mln to one" nor "and 28 mln
  in shares";
* "to" only where a "to" gave the first sum its end too ("will go to the parent and 28 mln to
  minority holders"): after "40 mln guilders for new ships and 12 mln to members" the second may
  be a count given out;
* that preposition names no other money ("and 28 mln in local currency", "and 28 mln in yen"); and
* the sentence names no count or measure before the marked amount: in "shipments of 5 mln tonnes
  worth 300 mln dlrs went to Europe and 3 mln to Japan" the second sum counts tonnes.

When any of these is in doubt, the bare number gives no mention.  The words are English.
"""

from __future__ import annotations

import re

from moneyparse.grammar import _EN_COUNTS

__all__ = ["and_item", "other_money_after"]

_BREAK = r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?"
#: "and" right before the bare number.
_AND_BEFORE = re.compile(rf"\band{_BREAK}$", re.IGNORECASE)
#: A preposition of where the money goes or what it is in, right after the bare number, and the
#: word after it.
_PLACE_AFTER = re.compile(rf"(?=\s){_BREAK}(?P<prep>to|for|in|on|into)(?=\s){_BREAK}(?P<word>[a-z][a-z-]*)\b(?P<rest>[^.;\n]{{0,30}})")
#: "to" between the marked amount and the bare one: the first sum's destination ("would go to principal").
_TO = re.compile(r"\bto\b")
#: A money named after the preposition, in its first words: "in local currency", "in yen".
_OTHER_MONEY = re.compile(
    r"^[^.;]{0,20}?\b(?:currenc(?:y|ies)|dlrs?|dollars?|yen|marks|francs|stg|sterling|pounds|lire|guilders|crowns|"
    r"kronor|kroner|pesos|rupees|rand|yuan|ecus?|schillings|pesetas|escudos|drachmas|riyals|dinars|cts|cents|pence)\b",
    re.IGNORECASE,
)
#: A sentence's end, looked for before the marked amount.
_SENTENCE_END = re.compile(r"[.?!;](?=\s)|\n[ \t]*\n|\n[ \t]{2,}")
#: How far before the marked amount its sentence is read for a count.
_BEFORE_REACH = 100


def and_item(text: str, marked: tuple[int, int], start: int, end: int, counts: re.Pattern[str]) -> bool:
    """Whether the bare number from ``start`` to ``end`` is the second of two sums that "and"
    joins, the marked amount spanning ``marked`` (the module's rule); ``counts``: the words of a
    count or a measure."""
    if _AND_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    after = _PLACE_AFTER.match(text, end)
    if after is None or after.group("word") in _EN_COUNTS or counts.fullmatch(after.group("word")) or other_money_after(text, end):
        return False
    if after.group("prep") == "to" and _TO.search(text, marked[1], start) is None:
        return False  # "for new ships and 12 mln to members": "to" may give a count out, where no "to" gave the first sum
    lo = max(0, marked[0] - _BEFORE_REACH)
    ends = list(_SENTENCE_END.finditer(text, lo, marked[0]))
    return counts.search(text, ends[-1].end() if ends else lo, marked[0]) is None


def other_money_after(text: str, end: int) -> bool:
    """Whether the preposition after a bare number ending at ``end`` names another money in its
    first words: "and 28 mln in yen", "and 28 mln in local currency" (the module's fourth test,
    which :mod:`moneyparse.elided` keeps for the "and" of two sums too)."""
    after = _PLACE_AFTER.match(text, end)
    return after is not None and _OTHER_MONEY.match(after.group("word") + after.group("rest")) is not None
