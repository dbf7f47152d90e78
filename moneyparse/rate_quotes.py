"""Exchange rates that wire copy quotes as amounts: "the dollar rose to 1.80 marks".

A rate is money for a reader: "1.80 marks" is what a dollar costs in marks, an amount of marks.
Two rules read rates that the other rules leave out.

The rate in marks (:func:`quotes_a_rate`, asked by the filter ``word_currency``).  A bare "N
marks" with no scale word is kept out where the text says nothing German ("She scored 90 marks out
of 100"); a reader reads it as money all the same when

- the number has two decimals or more, as rates are written ("1.80", "1.8063", "2.917"), and no
  other figure glued before it by a slash ("1.8270/80 marks", a bid and an offer);
- the sentence, or the sentence before it, quotes another currency or the market of currencies:
  "the dollar", "dlrs", "yen", "sterling", "stg", "francs", "currency", "exchange";
- nothing of an exam stands in the sentence: "score", "exam", "test", "grade", "students", "out
  of", "pupils", "paper", "question".

The bare figure of a rate (:func:`rate_figures`).  A bare number after a rate quoted with its
currency in the same sentence takes that currency when a word that compares the two stands right
before it: "fixed at 1.8063 marks after 1.8231 on Friday", "1.71 Swiss francs to the dollar this
year, against 1.69 in the second half".  The marked amount is a rate as above (no scale word, a
currency written as a word, two decimals or more, another currency or the market named in the
sentence or the one before); the comparing word is "after", "from", "against", "versus" or "vs";
between the two stand only words (and years), no sentence's end, no other number; the bare
number has as many decimals as the rate (a rate is quoted to the same places), and no unit after
it ("after 1.8231 on Friday", not "after 2.50 pct").  The words are English.

The compared figure may be a bid and an offer, the offer's last digits after a slash ("against
1.7720/30 in Zurich"): it is read as nothing here (the offer is cut short), yet it stands for the
compared figure.  A second bare figure after the compared one takes the rate's currency as well
when "and" stands right before it: "held at 1.7750 francs against 1.7720/30 in Zurich and 1.7790
at the close", "against 1.7720 in Zurich and 1.7790 at the close".  Between the compared figure
and "and" stand only words, as between the rate and its comparing word; the second figure follows
the same tests as the first (the decimals of the rate, no unit after it, the rate's sentence).

The level a rate reached (:func:`_level_after`).  The wire writes the money of a rate once and
leaves it off the next level that the same currency reaches in the sentence: "the dollar slipped
below 150 yen to hit a record low of 148.40", "if the dollar falls below 148 yen, it will pick up
renewed momentum and slide to 145".  A bare number takes the currency of the rate before it when

- the rate has no scale word, its currency is written after it as one of the wire's names of the
  moneys it quotes rates in (:data:`_LEVEL_MARKERS`: "yen", "marks", "dlrs", "francs", "stg" ...),
  and the sentence names, before it, the currency whose rate it is (:data:`_RATE_SUBJECT`: "the dollar", "sterling", "the
  currency");
- the word right before the number is one of a level (:data:`_LEVEL_WORD`: "to", "of", "at",
  "around", "about", "near", "below", "above");
- between the two stand only words (no digit, no sentence's end, at most :data:`_LEVEL_GAP`
  characters), none of another quantity ("the index", "shares", "gold", "pct") nor one that joins
  another clause ("but", "while", "which", "from", "against" ...);
- the number is no year, no unit follows it, and it stands within :data:`_LEVEL_SPAN` of the rate
  (a twentieth): a rate moves little within one sentence ("150 yen ... to 145"), where a figure of
  another thing seldom stands so near ("148 yen ... to 200" gives nothing).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from moneyparse.reading import _Raw

__all__ = ["quotes_a_rate", "rate_figures"]

#: The bare currency words read as a rate with decimals (lower case).
_RATE_WORDS = frozenset(("marks",))
#: The words that name another currency or the market of currencies (any case).
_MARKET = re.compile(
    r"\b(?:dollars?|dlrs?|yen|sterling|stg|pounds?|francs?|currency|currencies|exchange|pfennigs?)\b",
    re.IGNORECASE,
)
#: The words of an exam, which make "1.80 marks" a score (any case).
_EXAM = re.compile(
    r"\b(?:scor\w*|exams?|examinations?|tests?|grades?|graded|students?|pupils?|papers?|questions?|"
    r"out[ \u00a0]+of|quiz\w*|marked|marking|candidates?|class)\b",
    re.IGNORECASE,
)
#: The end of a sentence: a full stop, question or exclamation mark or semicolon before a blank, or
#: a blank line.
_SENTENCE_END = re.compile(r"[.?!;](?=[\s\"'\u2019\u201d)]|$)|\n[ \t]*\n")
#: How far back and forward the sentences of a rate are read.
_REACH = 300


def _decimals(number: str) -> int:
    """The count of digits after the decimal point of ``number`` (0 without one)."""
    whole, point, fraction = number.partition(".")
    return len(fraction) if point and fraction.isdigit() else 0


def _sentences(text: str, start: int, end: int) -> tuple[int, int, int]:
    """Where the sentence before the one of ``text[start:end]`` starts, where its own starts, and
    where its own ends."""
    low = max(0, start - _REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, low, start)]
    after = _SENTENCE_END.search(text, end, min(len(text), end + _REACH))
    stop = after.start() if after is not None else min(len(text), end + _REACH)
    return ends[-2] if len(ends) >= 2 else low, ends[-1] if ends else low, stop


def _is_rate(text: str, start: int, end: int, number: str) -> bool:
    """Whether the amount ``text[start:end]``, its number ``number``, is quoted as a rate: two
    decimals or more, no figure glued before it by a slash, another currency or the market named
    in its sentence or the one before, and no word of an exam in its sentence."""
    if _decimals(number) < 2 or text[start - 1 : start] == "/":
        return False
    before, own, high = _sentences(text, start, end)
    if _MARKET.search(text[before:start]) is None and _MARKET.search(text, end, high) is None:
        return False
    return _EXAM.search(text, own, high) is None


def quotes_a_rate(text: str, start: int, end: int, number: str, marker: str) -> bool:
    """Whether the bare "N marks" at ``text[start:end]`` (its number ``number``, its currency word
    ``marker``) is an exchange rate, money (see the rule above): "the dollar rose to 1.80 marks"."""
    return marker.lower() in _RATE_WORDS and _is_rate(text, start, end, number)


#: A comparing word after a rate, the words between (no digit but a year's), and the bare number,
#: or a bid and an offer ("after 1.8231", "to the dollar this year, against 1.69", "against 1.7720/30").
_FIGURE_AFTER = re.compile(
    r"(?P<gap>(?:[^\W\d_]|[ \u00a0\n,'\u2019-]|(?<![0-9,.])(?:19|20)[0-9]{2}(?![0-9]|[.,][0-9]))*?)"
    r"\b(?:after|from|against|versus|vs\.?)[ \u00a0]*\n?[ \u00a0]*"
    r"(?P<num>(?<![\w.,/])[0-9]{1,4}\.[0-9]{2,})(?P<offer>/[0-9]{1,4}(?![0-9]|[.,/][0-9]))?(?![0-9]|[.,/][0-9])"
)
#: The words after a compared figure, "and" and a second bare number: "in Zurich and 1.7790".
_AND_FIGURE = re.compile(
    r"(?P<gap>(?:[^\W\d_]|[ \u00a0\n,'\u2019-])*?)\band[ \u00a0]*\n?[ \u00a0]*"
    r"(?P<num>(?<![\w.,/])[0-9]{1,4}\.[0-9]{2,})(?![0-9]|[.,/][0-9])"
)
#: Words of the stretch between a rate and its comparing word that join other things.
_GAP_STOP = re.compile(
    r"\b(?:after|from|against|versus|vs|and|or|but|while|whereas|which|who|when|mln|million|billion|pct|percent)\b",
    re.IGNORECASE,
)
_GAP_LENGTH = 60
#: What may follow the bare figure: punctuation, the end, or a word that is no unit of it ("after
#: 1.8231 on Friday", "from 2.950 yesterday"; not "from 2.50 pct").
_AFTER_FIGURE = re.compile(
    r"[ \u00a0]*(?:$|[.,;:)\n]|(?:in|on|at|the|a|an|and|for|during|before|while|but|or|as|with|when|since|over|"
    r"then|this|earlier|previously|yesterday|today|overnight|last|late|early|here|there|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)\b)",
    re.IGNORECASE,
)


#: The words of a currency whose rate is quoted, before the rate in its sentence (any case).
_RATE_SUBJECT = re.compile(r"\b(?:dollar|sterling|currency|yen|mark|franc|pound)\b", re.IGNORECASE)
#: The words between a rate and the level it reached (no digit), a word of a level, and the number.
_LEVEL_AFTER = re.compile(
    r"(?P<gap>(?:[^\W\d_]|[ \u00a0\n,'\u2019-])*?)\b(?:to|of|at|around|about|near|below|above)[ \u00a0]*\n?[ \u00a0]*"
    r"(?P<num>(?<![\w.,/])[0-9]{1,4}(?:\.[0-9]{1,4})?)(?![0-9]|[.,/][0-9])"
)
#: A word of a level right before a number (the stretch before the number ends so).
_LEVEL_BEFORE = re.compile(r"\b(?:to|of|at|around|about|near|below|above)[ \u00a0]*\n?[ \u00a0]*$")
_DIGIT = re.compile(r"[0-9]")
#: Words of the stretch between a rate and its level that name another quantity or join another clause.
_LEVEL_STOP = re.compile(
    r"\b(?:or|but|while|whereas|which|who|from|against|versus|vs|after|than|respectively|index|average|shares?|"
    r"stocks?|bonds?|gold|oil|points?|pct|percent|tonnes?|barrels?|ounces?|mln|million|billion)\b",
    re.IGNORECASE,
)
_LEVEL_GAP = 80
#: The names of money the wire quotes its rates in, as it writes them after the number.
_LEVEL_MARKERS = frozenset(
    "yen dlrs dlr marks stg sterling francs lire guilders crowns pesetas schillings rand".split()
    + ["Swiss francs", "French francs", "Belgian francs", "Australian dlrs", "Canadian dlrs", "U.S. Dlrs", "U.S. dlrs"]
)
#: How far from the rate, as a share of it, its level may stand.
_LEVEL_SPAN = Decimal("0.05")


def _level_after(text: str, raw: _Raw, limit: int) -> _Raw | None:
    """The level that the rate ``raw`` reached later in its sentence, with its currency, ending at
    or before ``limit`` (see the rule above); None when there is none."""
    stop = min(limit, raw.end + _LEVEL_GAP + 20)
    d = _DIGIT.search(text, raw.end, stop)  # (cheap tests first: the level is the first number after the rate)
    if d is None or _LEVEL_BEFORE.search(text, max(raw.end, d.start() - 12), d.start()) is None:
        return None
    m = _LEVEL_AFTER.match(text, raw.end, stop)
    if m is None or len(m.group("gap")) > _LEVEL_GAP or _LEVEL_STOP.search(m.group("gap")):
        return None
    number = m.group("num")
    value = Decimal(number)
    if abs(value - raw.value) > raw.value * _LEVEL_SPAN or (len(number) == 4 and number[:2] in ("19", "20")):
        return None
    own, stop = _sentences(text, raw.start, raw.end)[1:]
    if m.end() > stop or not _AFTER_FIGURE.match(text, m.end()) or _RATE_SUBJECT.search(text, own, raw.start) is None:
        return None
    return replace(raw, start=m.start("num"), end=m.end("num"), value=value, high=None,
                   exponent=-_decimals(number), number_text=number, more=False, least=False, hedge=None)


def _figure(text: str, raw: _Raw, m: re.Match[str] | None, stop: int) -> _Raw | None:
    """The bare number of ``m`` read in the currency of the rate ``raw`` when the words before it
    join nothing else, it has the decimals of the rate, no unit after it, and ends at or before
    ``stop`` (the end of the rate's sentence); None otherwise."""
    if m is None or len(m.group("gap")) > _GAP_LENGTH or _GAP_STOP.search(m.group("gap")):
        return None
    number = m.group("num")
    if _decimals(number) != _decimals(raw.number_text) or m.end() > stop:
        return None
    if not _AFTER_FIGURE.match(text, m.end()):
        return None
    return replace(raw, start=m.start("num"), end=m.end("num"), value=Decimal(number), high=None,
                   exponent=-_decimals(number), number_text=number, more=False, least=False, hedge=None)


def _figures_after(text: str, raws: list[_Raw], i: int) -> list[tuple[int, _Raw]]:
    """The bare figures after the rate ``raws[i]`` that take its currency (see the rule above),
    each with the index of ``raws`` it goes in at, before the next amount read: the compared figure
    unless it is a bid and an offer or read already (by the rule of an elided marker), and the
    figure after "and" that follows it."""
    raw, limits = raws[i], [r.start for r in raws[i + 1 : i + 3]] + [len(text)] * 2
    m = _FIGURE_AFTER.match(text, raw.end, raw.end + _GAP_LENGTH + 20)
    if m is None:
        return []  # (cheapest test first: most rates are compared with no figure)
    stop = _sentences(text, raw.start, raw.end)[2]
    compared = _figure(text, raw, m, stop)
    if compared is None:
        return []
    read = compared.start == limits[0] and raws[i + 1].end == m.end("num")
    if m.end() > limits[read]:
        return []
    found = [] if m.group("offer") or read else [(i + 1, compared)]
    end = limits[read]
    second = _figure(text, raw, _AND_FIGURE.match(text, m.end(), min(end, m.end() + _GAP_LENGTH + 20)), stop)
    return found + ([(i + 1 + read, second)] if second is not None else [])


def rate_figures(text: str, raws: list[_Raw]) -> list[_Raw]:
    """``raws`` (in order) with the bare figures that take the currency of a rate quoted before
    them in the sentence: "fixed at 1.8063 marks after 1.8231 on Friday" (see the rule above)."""
    found: list[tuple[int, _Raw]] = []
    for i, raw in enumerate(raws):
        if raw.marker in _LEVEL_MARKERS and raw.scale == 0 and raw.high is None:
            level = _level_after(text, raw, raws[i + 1].start if i + 1 < len(raws) else len(text))
            if level is not None:
                found.append((i + 1, level))
                continue  # "slipped below 150 yen to hit a record low of 148.40"
        if "." not in raw.number_text:
            continue  # (cheapest test first: most amounts have no decimals)
        if (
            raw.scale or raw.high is not None or raw.marker_info.minor or not raw.marker[-1:].isalpha()
            or _decimals(raw.number_text) < 2 or not text.startswith(raw.number_text, raw.start)
        ):
            continue  # an amount with no scale word, decimals, and a currency written as a word after it
        figures = _figures_after(text, raws, i)
        if figures and _is_rate(text, raw.start, raw.end, raw.number_text):
            found.extend(figures)
    if not found:
        return raws
    out = list(raws)
    for at, figure in reversed(found):
        out.insert(at, figure)
    return out
