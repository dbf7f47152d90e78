"""A bare amount later in the sentence of an amount whose money wire copy writes as a word.

"Exports rose 2.3 pct to 7.28 billion dlrs and imports fell 5.1 pct to 8.33 billion", "paid 10.3
billion dlrs of its total debt of 27.8 billion", "the surplus was 1.2 billion stg, the remaining
30 billion", "totalled 19.7 billion dlrs, some 1.1 billion below": a reader reads the bare number
as the same money as the amount before it.  The comparing words of :mod:`moneyparse.elided` do not
join these two; the sentence does, and :func:`carried_after` reads them when that module finds
nothing.

The rule, as a reader states it.  After an amount with a scale word and a currency written as a
word or code after the number ("7.28 billion dlrs", "40 mln stg", "two billion rupees"; never a
sign, which news copy writes on each amount, nor a marker before the number, nor a minor unit),
the first bare number later in the same sentence takes its money when

- it has a scale word of millions or more ("8.33 billion", "700 mln", "1.46\\nbillion");
- the word right before it names what it is the object of or is a level of ("to", "of", "from",
  "at", "was", "were", "totalled", "reached", "with", "against", "than", "remaining", "another",
  "further", "record", "some", "about", ...), or a time before it ("a year earlier 3.64 billion"),
  so the number is a quantity the sentence states; "the" or "a" does so when the name of a sum of
  money follows the number ("under the 756 mln loss"), and so does a possessive ("on 1985's 660 mln
  profit", "than January's 527 mln deficit");
- after it comes punctuation, the end of a row, a word that cannot be its unit ("in", "from",
  "against", "below", "beneath"), a comparison ("some 1.1 billion less than") or the name of a sum
  of money ("the 756 mln loss"): "to 8.33 billion shares" counts shares;
- it stands in no bracket opened after the marked amount, which may hold a conversion into other
  money ("4 billion rand (about 969 million in US dollars)");
- between the two stands no word of a count or a measure ("shares", "tonnes", "barrels",
  "employees"), which would make the bare number likely a count of it;
- between the two, every number is a percentage, a year or a day of a month ("5.1 pct", "in
  1986", "on March 4"; the digit of a name such as "M-3" is none): any other number may be a
  count with its own unit and ends the search, and so does another candidate amount, a
  sentence's end, or a wire paragraph's mark (a line break before indentation).

The words are English.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from moneyparse.elided import _ELIDED_NUMBER, _YEAR, _elided, _power, _unit_after
from moneyparse.filter_patterns import words
from moneyparse.reading import _Raw

#: The words right before a bare amount that make it a quantity the sentence states.
_LEAD_WORDS = frozenset(
    "to of from at was were is are be been totalled totaled totalling totaling total reached reaching "
    "with against than after versus remaining another further provisional estimated projected forecast "
    "targeted targetted planned budgeted restated revised record some about around nearly almost roughly "
    "approximately earlier ago".split()
)
#: The words before a bare amount that make it a quantity when the name of a sum of money follows it:
#: "under the 756 mln loss of the previous year".
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her"))
#: How far after a marked amount its sentence is read.
_REACH = 220
#: The end of a sentence: a full stop, question or exclamation mark, or semicolon before a blank
#: (not a decimal point), a blank line, or a wire paragraph's mark (a line break, then indentation).
_SENTENCE_END = re.compile(r"[.?!;](?=[\s\"'\u2019\u201d)]|$)|\r?\n[ \t]*\r?\n|\r?\n[ \t]{2,}")
_BARE = re.compile(_ELIDED_NUMBER, re.IGNORECASE)
#: A number in the stretch (not the digit of a name: "M-3", "F-16"): its digits, and what makes it
#: no amount (a percentage, a year, a day).
_NUMBER = re.compile(r"[0-9](?<![\w.,][0-9])(?<![^\W\d_]-[0-9])[0-9,]*(?:\.[0-9]+)?(?![\w])")
_PERCENT = re.compile(r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:pct|percent|per[ \u00a0]+cent|%)", re.IGNORECASE)
#: The scale words of millions and more.
_BIG = frozenset(("mln", "million", "billion", "bln", "bn", "trillion", "tln", "tn"))
#: The names of sums of money that may follow the bare amount as its noun: "the 756 mln loss".
_MONEY_NOUN = re.compile(
    r"[ \u00a0]+(?:\r?\n[ \u00a0]*)?(?:loss|losses|profit|profits|deficit|surplus|shortfall|debt|loan|credit|"
    r"budget|bid|offer|deal|fine|charge|payment|package|facility|program|programme)\b",
    re.IGNORECASE,
)
#: Words of counts and measures: between the two amounts, one of them makes the bare number likely
#: a count of it ("raised its share count to 60 mln").
_COUNT_WORDS = re.compile(
    r"\b(?:shares?|stocks?|tonnes?|tons?|barrels?|bpd|ounces?|bales?|bushels?|units?|cars?|vehicles?|"
    r"passengers?|employees?|workers?|jobs?|people|acres?|hectares?|gallons?|litres?|liters?|cubic|feet|"
    r"metres?|meters?|kilos?|lbs|votes?|members?|customers?|subscribers?|households?|visitors?|tourists?|"
    r"seats?|accounts?|copies|head|lines?|calls?|bags?|cartons?|kilowatt|kwh|watts?|population)\b",
    re.IGNORECASE,
)
#: A list of sums by year: "1.17 billion dlrs in 1985, 1.01 billion in 1984 and 293 mln in 1983" (the
#: year of the sum before, then a comma or "and").
_YEAR_LISTED = re.compile(r"\bin[ \u00a0]+(?:19|20)[0-9]{2}(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)$")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]*(?:\r?\n[ \u00a0]*)?$")


def _passable(text: str, n: re.Match[str]) -> bool:
    """Whether the number ``n`` between a marked amount and a bare one leaves the search going: a
    percentage, a year, or a day after a month's name."""
    if _PERCENT.match(text, n.end()):
        return True
    digits = n.group().rstrip(",")  # "in 1985, 1.01 billion": the comma after the year is the list's
    if _YEAR.fullmatch(digits):
        return True
    return len(digits) <= 2 and words().month_before.search(text, max(0, n.start() - 12), n.start()) is not None


def carried_after(text: str, raw: _Raw, limit: int, marks: Sequence[int] = ()) -> _Raw | None:
    """The bare amount later in the sentence of ``raw`` that takes its money (see the rule above),
    ending at or before ``limit`` (the next candidate's start); None when there is none.
    ``marks``: the wire's paragraph marks that the reading of wrapped text made spaces (in order,
    :func:`~moneyparse.paragraphs.joined_marks`); the ones left as written are found here."""
    if _power(raw) < 6:
        return None  # a scale word of millions or more: "23.1 billion dlrs", "two billion rupees"
    if raw.marker_info.minor or raw.high is not None or not raw.marker[-1:].isalpha():
        return None
    span = text[raw.start : raw.end]
    if raw.marker in span and not span.endswith(raw.marker):
        return None  # "RM4 billion (approximately 969 million in USD)": only a name after the number
    stop = min(limit, raw.end + _REACH)
    k = bisect_left(marks, raw.end)
    if k < len(marks):
        stop = min(stop, marks[k])
    end = _SENTENCE_END.search(text, raw.end, stop)
    if end is not None:
        stop = end.start()
    pos = raw.end
    while True:
        n = _NUMBER.search(text, pos, stop)
        if n is None:
            return None
        m = _BARE.match(text, n.start(), stop)
        word = m.group("word") if m is not None else None
        if m is not None and word is not None and word.lower() in _BIG and m.start("amount") == n.start():
            lead = _WORD_BEFORE.search(text, max(raw.end, n.start() - 40), n.start())
            word = lead.group(1).lower() if lead is not None else ""
            owner = lead is not None and word == "s" and text[lead.start(1) - 1 : lead.start(1)] in "'\u2019"
            noun = (word in _DETERMINERS or owner) and _MONEY_NOUN.match(text, m.end("amount")) is not None
            if word not in _LEAD_WORDS and not noun and not _YEAR_LISTED.search(text, max(raw.end, n.start() - 24), n.start()):
                return None
            if not noun and _unit_after(text, m.end("amount")) and _MONEY_NOUN.match(text, m.end("amount")) is None:
                return None
            between = text[raw.end : n.start()]
            if _COUNT_WORDS.search(between) or between.count("(") > between.count(")") or "[" in between:
                return None
            return _elided(raw, m, "clause")
        if not _passable(text, n):
            return None
        pos = n.end()
