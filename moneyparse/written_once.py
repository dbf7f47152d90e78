"""Seven more forms of the money that wire copy writes once for two amounts or more.

:mod:`moneyparse.elided` pairs a bare number with the marked amount that a comparing word joins it
to, and :mod:`moneyparse.clauses` with the marked amount of its sentence; each asks what may stand
after the bare number, and what before it.  The forms below are theirs with one more word or item
a reader reads through; each function here answers one of those questions for its form and leaves
the rest of the rule to the module that calls it.

The rules, as a reader states them.

- A result row's comparison names the kind of result after the bare figure: "Net loss 5.2 mln stg
  vs 3.1 mln profit", "Extraordinary items 1.7 mln stg debit vs 0.8 mln credit".  After "vs",
  "versus", "against" or "compared with", a word of a result (loss, profit, credit, debit, gain,
  charge, deficit, surplus, their plurals) in small letters right after the bare amount, on its
  line, is no unit of it: what may follow the bare amount is tested after that word instead
  (:func:`result_word_end`, called by :func:`moneyparse.elided._elided_after`).  "vs 3.1 mln loss
  of jobs" still counts something, and a capital or a line break starts the next row's label
  ("vs 12.6 billion\\n    Profit per share 20.50 crowns").
- A comparison with a level that a verb tells: "sales were 81.4 mln dlrs, up 3.2 pct from the 78.9
  mln booked in May and five pct higher than the 77.5 mln reported a year ago".  After "from the",
  "than the", "over the", "above the", "below the", "with the" or "to the" ("compared with the"),
  the participle of what a sum of money did (shipped, sold, earned, paid, raised, booked, held,
  invested ...) right after a bare amount with a scale word is a level's participle as "reported"
  is (:func:`done_after`, called by :func:`moneyparse.clauses._level_after`, whose other tests
  hold: no word of a count between the two amounts), when what follows the participle closes its
  phrase: a preposition or a time ("during", "in", "last", "a year ago") or punctuation; "the 2.6
  mln sold shares" counts shares, "the 70 mln barrels exported" barrels.
- A list of labelled results, each "<label> N billion" and perhaps its change (", up 4.1 pct", ",
  down 2 pct from a year earlier"), the money written on some items only: "Assets 12.4 billion
  dlrs, up 3.1 pct, deposits 10.2 billion, up 2.2 pct, and loans 8.7 billion dlrs".  The bare item
  takes the money when the item before it and the item after it are both marked with the same
  word (:func:`labelled_between`, called by :func:`moneyparse.clauses._leads`): the label is one
  or two words, the bare figure has a scale word, a comma stands after the item before (after its
  change), and a comma and perhaps "and" before the next, whose number has a scale word and the
  very marker word of the first; no word of a count stands between the first and the bare one
  ("shares 10.2 billion", :mod:`moneyparse.clauses`).
- The price of one thing of each of two kinds, the money written on the first: "a value of 220
  francs per bearer share and 38 per registered share", "18.50 dlrs a common share and 9.25 a
  preferred share".  After an amount with no scale word whose money is written as a word, "per" or
  "a" and a phrase, then "and" or "or", a bare number and the same "per" or "a" and a phrase that
  ends with the same noun: the bare number takes the money (:func:`per_item_after`, called by
  :func:`moneyparse.sums.carry_on`).  It is written as the marked number is (as many decimals),
  stands within a factor of ten of it and is no year; "per share and 45 per cent", "and 45 shares"
  give nothing.
- Two lists of prices, the money written once, "respectively" pairing them: "the two shares closed
  at 610 and 635 lire respectively, against 602 and 619 on Friday".  The list before the marked
  amount takes its money by the rule of :mod:`moneyparse.elided` ("and" before it), and the first
  item after the comparing word by its rule of a bare level ("against 602"); each next item of
  that list, after a comma or "and", takes it too (:func:`respective_after`, called by
  :func:`moneyparse.elided._elided_chain`): when "respectively" and a comparing word ("against",
  "vs", "versus", "compared with", a change's "from") stand between the marked amount and the
  list, the two lists are as long, and each item has no scale word, as many decimals as the
  marked amount, stands within a factor of ten of it and is no year; after it, punctuation, a
  line break, "and", or a word of its time ("Friday", "on", "at", "last", "a year ago") may
  follow, no unit ("and 619 shares").
- Two labelled prices of a market report, the money written on the second: "Barley top 41.25 and
  Oats at 38.75 dlrs".  Right before a marked amount with no scale word whose money is written
  as a word after it, "and", a label (one capitalized word, perhaps "at") and before them a bare
  number: the bare number takes the money (:func:`labelled_pair_before`, called by
  :func:`moneyparse.elided._keep_with_elided`).  Both have decimals, as many, and stand within a
  factor of ten; "and" follows the bare number at once, so a count ("300 head and Oats 38.75
  dlrs") or a number with a unit gives nothing, and neither does the high end of a range ("38.00
  to 41.25 and Oats") nor a year.
- A result row written in two columns, no "vs" between them: "Trading costs 4.12 billion stg 3.87
  billion", this year's figure then last year's.  A bare number with the scale word of the marked
  amount, blanks alone between them, the row ending after it (a line break, kept or read as a
  space, perhaps after a point, or the end of the text), and a label alone from the start of the
  row to the marked amount: the bare number takes the money (:func:`second_column_after`, called
  by :func:`moneyparse.elided._elided_chain`).  "4.12 billion stg 3.87 billion shares" counts
  shares, and a row that goes on after it gives nothing.
- The low and the high of one quantity, the money written once at the end: "touching a low of
  1.7940 and a high of 1.8085 marks", "a high of 41.5 and a low of 38.2 mln dlrs".  Right before a
  marked amount whose money is written after it, "a low of" a bare number, "and", and "a high of"
  (or "a high of", "and", "a low of"): the bare number takes the money (:func:`low_high_before`,
  called by :func:`moneyparse.elided._keep_with_elided`), two amounts, no range.  Its scale word
  is its own or, with none, the marked amount's ("a low of 1.2 and a high of 1.5 billion dlrs"
  shares "billion" as a range's ends do); the low must be no higher than the high and the two
  within a factor of ten, or nothing is read ("a low of 900 and a high of 1.2 billion dlrs" says
  not which 900).  Only this form: "1.79 and 1.81 marks" is left to the other rules.

The words are English.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from moneyparse.bare_figures import bare_figure
from moneyparse.changes import _SPACED, _SPACES
from moneyparse.filter_patterns import _YEAR
from moneyparse.paragraphs import mark_after
from moneyparse.reading import _Raw, _scale_of

#: A word of a result right after the bare amount of a comparison: " loss", " credit".
_RESULT_WORD = re.compile(
    r"[ \u00a0]+(?:loss|losses|profit|profits|credit|credits|debit|debits|gain|gains|charge|charges|deficit|surplus)\b(?![-'\u2019])"
)
#: The comparing words (as :mod:`moneyparse.elided` writes them, lower case) of a result row.
_RESULT_COMPARISONS = frozenset(("vs", "vs.", "versus", "against", "compared with", "compared to"))


def result_word_end(text: str, end: int, conn: str | None, marks: Sequence[int] = ()) -> int:
    """Where the word of a result after a bare amount ending at ``end`` ends ("vs 3.1 mln profit"),
    when ``conn``, the comparing word before it, is one of a result row; else ``end``.  The word is
    written in small letters on the row of the amount: a capital, a line break or a paragraph mark
    (``marks``, :func:`~moneyparse.paragraphs.mark_after`) before it starts the next row ("vs 12.6
    billion\\n    Profit per share")."""
    if conn not in _RESULT_COMPARISONS or mark_after(text, end, marks):
        return end
    m = _RESULT_WORD.match(text, end)
    return m.end() if m is not None else end


#: A number and its scale word, at the end of the text searched: "645.9 mln".
_SCALED_NUMBER = r"[0-9][0-9,]*(?:\.[0-9]+)?[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:mln|million|billion|bln|bn|trillion)"
#: A comparison and its determiner before a bare amount with a scale word, up to its end: "from the
#: 645.9 mln", "higher than the\n633.5 billion".
_COMPARED_THE = re.compile(rf"\b(?:from|than|over|above|below|with|to){_SPACED}the{_SPACED}{_SCALED_NUMBER}$", re.IGNORECASE)
#: The participle of what a sum of money did, and what closes its phrase after it: " shipped during",
#: " earned in", " held at the end", " sold," (not "sold shares").
_DONE = re.compile(
    rf"{_SPACED}(?:shipped|sold|exported|imported|earned|paid|raised|collected|received|borrowed|lent|invested|billed|"
    rf"booked|ordered|held|allocated|approved|sought|requested|generated|issued|committed|disbursed|awarded|granted|"
    rf"saved|lost|made)(?=[ \u00a0]*(?:[.,;:)]|$)|{_SPACED}(?:during|in|on|at|for|by|to|from|over|through|since|"
    rf"last|this|a|the|previously|earlier|before|until|so)\b)",
    re.IGNORECASE,
)


def done_after(text: str, end: int) -> re.Match[str] | None:
    """The participle of what a sum did after a bare amount ending at ``end`` that a comparison and
    "the" stand before ("from the 78.9 mln booked in May"), as :func:`moneyparse.clauses._level_after`
    reads a level's participle; None when the form does not hold."""
    m = _DONE.match(text, end)
    if m is None or _COMPARED_THE.search(text, max(0, end - 40), end) is None:
        return None
    return m


#: A change after an item of a list: ", up 3.1 pct", ", down 2 pct from a year earlier".
_CHANGE = (
    rf"(?:,{_SPACES}(?:up|down|off){_SPACED}[0-9]+(?:\.[0-9]+)?{_SPACED}(?:pct|percent|per{_SPACED}cent)"
    rf"(?:{_SPACED}(?:from|on|over){_SPACED}(?:(?:[a-z]+|(?:19|20)[0-9]{{2}})(?:{_SPACED}|(?=,))){{1,4}})?)?"
)
#: A label of an item of a list: one or two words ("deposits ", "Net loans ").
_LABEL = rf"[A-Za-z][a-z-]*(?:{_SPACED}[a-z][a-z-]*)?{_SPACED}"
#: Between a marked item and the bare one: its change, a comma and the label of the bare one.
_ITEM_BEFORE = re.compile(rf"{_CHANGE},{_SPACES}{_LABEL}")
#: After the bare item: its change, a comma and perhaps "and", the label of the next item, and its
#: number and scale word (the marker word follows it).
_ITEM_AFTER = re.compile(
    rf"{_CHANGE}(?:,{_SPACES}(?:and{_SPACED})?|{_SPACED}and{_SPACED}){_LABEL}{_SCALED_NUMBER}{_SPACED}(?P<marker>[^\W\d_]+)",
    re.IGNORECASE,
)


def labelled_between(text: str, raw: _Raw, start: int, end: int) -> bool:
    """Whether the bare amount with a scale word from ``start`` to ``end`` is the item of a list of
    labelled results between ``raw`` and a next item marked with the same word (see the rule above):
    "Assets 12.4 billion dlrs, up 3.1 pct, deposits 10.2 billion, up 2.2 pct, and loans 8.7 billion
    dlrs"."""
    if raw.scale < 6 or raw.high is not None or not raw.marker[-1:].isalpha():
        return False
    if not text[raw.start : raw.end].endswith(raw.marker) or _ITEM_BEFORE.fullmatch(text, raw.end, start) is None:
        return False
    after = _ITEM_AFTER.match(text, end)
    return after is not None and after.group("marker") == raw.marker


#: After a price of one thing, "per" or "a" and its phrase, "and" or "or", a bare number, and "per" or
#: "a" and a phrase: " per bearer share and 38 per registered share".
_PER_ITEMS = re.compile(
    rf"{_SPACED}(?P<per>per|a){_SPACED}(?:[a-z-]+{_SPACED}){{0,2}}(?P<noun>[a-z]+)(?:,?{_SPACED}and|{_SPACED}or){_SPACED}"
    rf"(?P<num>[0-9]+(?:\.[0-9]+)?)(?![0-9]|[.,][0-9]){_SPACED}(?P=per){_SPACED}(?:[a-z-]+{_SPACED}){{0,2}}(?P=noun)\b(?![-'\u2019])"
)


def per_item_after(text: str, raw: _Raw, limit: int) -> _Raw | None:
    """The price of one thing of a second kind after ``raw``, the price of one of the first, the
    money written on ``raw`` alone (see the rule above), ending at or before ``limit``: "220 francs
    per bearer share and 38 per registered share"; None when the form does not hold."""
    if raw.high is not None or raw.scale != 0 or raw.marker_info.minor or not raw.marker[-1:].isalpha():
        return None
    if not text[raw.start : raw.end].endswith(raw.marker):
        return None
    m = _PER_ITEMS.match(text, raw.end, limit)
    if m is None or m.group("noun").lower() in ("cent", "pct", "percent"):
        return None
    num_text = m.group("num")
    places = len(raw.number_text.partition(".")[2])
    if _YEAR.fullmatch(num_text) or len(num_text.partition(".")[2]) != places:
        return None
    return bare_figure(raw, m.start("num"), m.end("num"), num_text, 0, raw.value)


#: A number written in digits, no scale word: "7,353", "610", "178.50".
_ITEM_NUMBER = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?![0-9]|[.,][0-9])"
#: What joins two items of a list: a comma, or "and" with or without one.
_ITEM_JOIN = rf"(?:,?{_SPACED}and{_SPACED}|,{_SPACED})"
#: After the marked amount, "respectively", a comparing word and the items of the list after it
#: before the bare one: " respectively against ", ", respectively, compared with 602, ".
_RESPECTIVE_GAP = re.compile(
    rf",?{_SPACED}respectively,?{_SPACED}(?:against|vs\.?|versus|compared{_SPACED}(?:with|to)|(?:(?:up|down){_SPACED})?from){_SPACED}"
    rf"(?P<items>(?:{_ITEM_NUMBER}{_ITEM_JOIN})*)",
    re.IGNORECASE,
)
#: The list before the marked amount, at the end of the text searched: "610 and ", "1,210, 1,340 and ".
_LIST_BEFORE = re.compile(rf"(?<![\w.,])(?:{_ITEM_NUMBER}{_ITEM_JOIN})+$")
#: A list of items: "602 and 619", "602, 619 and 630".
_LIST = re.compile(rf"(?:{_ITEM_NUMBER}{_ITEM_JOIN})*{_ITEM_NUMBER}")
#: The next item after a bare one, and what may follow it: punctuation, a line break, "and", a word of its time.
_NEXT_ITEM = re.compile(
    rf"{_ITEM_JOIN}(?P<num>{_ITEM_NUMBER})(?=[ \u00a0]*(?:[.,;:)]|\r?\n|$)|{_SPACED}(?:and|on|at|in|a|last|previously|earlier|before|"
    r"today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
    re.IGNORECASE,
)


def respective_after(text: str, raw: _Raw, cur: _Raw, limit: int) -> _Raw | None:
    """The next item of the list that "respectively" pairs with the list ending at ``raw``, after the
    bare item ``cur`` of that list, ending at or before ``limit``: "closed at 610 and 635 lire
    respectively, against 602 and 619 on Friday" (619, after 602); None when the rule above does not hold."""
    if raw.high is not None or raw.scale != 0 or raw.marker_info.minor or not raw.marker[-1:].isalpha():
        return None
    gap = _RESPECTIVE_GAP.match(text, raw.end, cur.start)
    if gap is None or gap.end() != cur.start:
        return None
    before = _LIST_BEFORE.search(text, max(0, raw.start - 80), raw.start)
    listed = len(re.findall(_ITEM_NUMBER, before.group())) + 1 if before is not None else 1
    after = _LIST.match(text, gap.start("items"), limit)
    if after is None or len(re.findall(_ITEM_NUMBER, after.group())) != listed:
        return None  # the two lists are as long
    m = _NEXT_ITEM.match(text, cur.end, limit)
    if m is None:
        return None
    num_text = m.group("num")
    if _YEAR.fullmatch(num_text) or len(num_text.partition(".")[2]) != len(raw.number_text.partition(".")[2]):
        return None
    return bare_figure(raw, m.start("num"), m.end("num"), num_text, 0, raw.value)


#: Before a marked price, a bare price, "and", and the label of the marked one, at the end of the
#: text searched: "Barley 41.25 and\nOats at ", "top 58.50 and Lambs ".
_LABELLED_PAIR = re.compile(
    rf"(?<![\w.,$\u00a3\u20ac\u00a5/\\-])(?P<num>[0-9]+\.[0-9]+){_SPACED}and{_SPACED}[A-Z][a-z]+{_SPACED}(?:at{_SPACED})?$"
)
#: Before the bare price, what makes it the high end of a range or another side: "41.00 to ", "between ".
_PAIR_STOP = re.compile(rf"(?:[0-9]{_SPACED}(?:to|-)|[0-9]-|\b(?:between|from|to|vs\.?|versus|against)){_SPACED}$", re.IGNORECASE)


def labelled_pair_before(text: str, raw: _Raw, floor: int) -> _Raw | None:
    """The first of two labelled prices before ``raw``, the second, whose money is written on it
    alone, starting at or after ``floor`` (see the rule above): "Barley 41.25 and Oats at 38.75
    dlrs"; None when the form does not hold."""
    if raw.high is not None or raw.scale != 0 or raw.marker_info.minor or not raw.marker[-1:].isalpha():
        return None
    if not text[raw.start : raw.end].endswith(raw.marker) or "." not in raw.number_text:
        return None
    m = _LABELLED_PAIR.search(text, max(floor, raw.start - 40), raw.start)
    if m is None or _PAIR_STOP.search(text, max(0, m.start() - 24), m.start()):
        return None
    num_text = m.group("num")
    if len(num_text.partition(".")[2]) != len(raw.number_text.partition(".")[2]):
        return None
    return bare_figure(raw, m.start("num"), m.end("num"), num_text, 0, raw.value)


#: After a marked amount with a scale word, blanks, a bare number and a scale word: " 2.63 billion".
_SECOND_COLUMN = re.compile(
    r"[ \u00a0]+(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)[ \u00a0]+(?P<word>mln|million|billion|bln|bn)\b"
)
#: The end of a line, a point before it at most: ".\n", " ", "".
_LINE_END = re.compile(r"\.?[ \u00a0]*(?:\r?\n|$)")
#: The label of a row, from the start of its line to its marked amount: "    Operating costs ".
_ROW_LABEL = re.compile(r"[ \u00a0]*[A-Za-z][A-Za-z'/&-]*(?:[ \u00a0]+[A-Za-z'/&-]+){0,6}[ \u00a0]+")


def _row_start(text: str, start: int, marks: Sequence[int]) -> int:
    """Where the line of the point ``start`` begins: after a line break, kept or read as a space
    (``marks``, :func:`~moneyparse.paragraphs.joined_marks`), or at the start of the text."""
    j = bisect_left(marks, start)
    return max(text.rfind("\n", 0, start) + 1, marks[j - 1] + 1 if j else 0)


def second_column_after(text: str, raw: _Raw, limit: int, marks: Sequence[int] = ()) -> _Raw | None:
    """Last year's figure of a result row written in two columns, no "vs" between them, after
    ``raw``, this year's, ending at or before ``limit`` (see the rule above): "Trading costs 4.12
    billion stg 3.87 billion"; None when the form does not hold.  ``marks``: the line breaks read
    as spaces (:func:`~moneyparse.paragraphs.joined_marks`)."""
    if raw.high is not None or raw.scale < 6 or raw.marker_info.minor or not raw.marker[-1:].isalpha():
        return None
    if not text[raw.start : raw.end].endswith(raw.marker):
        return None
    m = _SECOND_COLUMN.match(text, raw.end, limit)
    if m is None or not text[raw.start : raw.end - len(raw.marker)].rstrip().lower().endswith(m.group("word").lower()):
        return None  # the same scale word
    if _LINE_END.match(text, m.end(), limit) is None and not mark_after(text, m.end(), marks):
        return None  # the row ends after it
    if _ROW_LABEL.fullmatch(text, _row_start(text, raw.start, marks), raw.start) is None:
        return None  # a label alone before the marked amount
    return bare_figure(raw, m.start("num"), m.end("word"), m.group("num"), raw.scale)


#: Before a marked amount, "a low of" (or "a high of") a bare number and perhaps its scale word,
#: "and" and "a high of" (or "a low of"), at the end of the text searched: "a low of 1.7940 and a
#: high of ", "a high of 41.5 mln, and a low of ".
_LOW_HIGH = re.compile(
    rf"(?<![\w-])an?{_SPACED}(?P<first>low|high){_SPACED}of{_SPACED}(?P<num>{_ITEM_NUMBER})"
    rf"(?:{_SPACED}(?P<word>mln|million|billion|bln|bn))?,?{_SPACED}and{_SPACED}an?{_SPACED}(?P<second>low|high){_SPACED}of{_SPACED}$",
    re.IGNORECASE,
)


def low_high_before(text: str, raw: _Raw, floor: int) -> _Raw | None:
    """The low (or the high) before ``raw``, the high (or the low) whose money is written after it
    alone, starting at or after ``floor`` (see the rule above): "a low of 1.7940 and a high of
    1.8085 marks"; None when the form does not hold."""
    if raw.high is not None or not text[raw.start : raw.end].endswith(raw.marker):
        return None
    m = _LOW_HIGH.search(text, max(floor, raw.start - 72), raw.start)
    if m is None or m.group("first").lower() == m.group("second").lower():
        return None
    word = m.group("word")
    scale = _scale_of(word.lower()) - raw.marker_info.minor if word else raw.scale
    end = m.end("word") if word else m.end("num")
    figure = bare_figure(raw, m.start("num"), end, m.group("num"), scale, raw.value, text[m.start("num") : end])
    if figure is None or (figure.value > raw.value if m.group("first").lower() == "low" else figure.value < raw.value):
        return None  # "a low of 900 and a high of 1.2 billion dlrs": not which 900
    return figure
