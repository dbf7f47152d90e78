"""A bare figure written in full in wire copy that takes the one money of its sentence.

Wire copy writes a sum in full ("1,150,000 dlrs") as often as with a scale word, and leaves the
money off the other sums of its sentence just the same: "the unit had operating profit of
4,310,000 and net profit of 912,000 dlrs", "a revolving credit of three mln dlrs and a term loan
of 1,750,000", "charges of 512,000 dlrs or 21 cts a share and 118,000 or five cts a share".
:mod:`moneyparse.sentence_money` reads such figures when they have a scale word ("20 billion");
:func:`full_figures` reads those written in full, where the number alone may count anything
("1,500,000 shares"), so only when what stands around it says it is a sum.

The rule, as a reader states it.  A bare number written in full, its thousands grouped with
commas ("8,250,000", "314,900"; no scale word, no sign, no decimals), takes the money of its
sentence when

- what stands around it names a sum of money: right before it, the name of a sum that is always
  money (:data:`_NOUNS`: "income", "profit", "earnings", "revenues", "loss", "loan", "net",
  "debt", "charges", "proceeds" ...) and "of" ("a net loss of 75,400"; never "sales of", which
  counts goods, nor "shares of"); or right after it, "or" and an amount a share ("218,000 or 10
  cts a share": a sum, divided among the shares);
- after it comes no unit or count: punctuation, the end of the text, or a word that counts none
  (:data:`_AFTER`: "in", "and", "or", "vs", "from", "for" ...); "loss of 1,200 jobs",
  "income of 12,000 tonnes" give nothing; nor "in" and another money ("of 400,000 in yen");
- the sentence holds an amount whose money is written as a word or code in Latin letters after
  its number, with a scale word or in full and of 1,000 or more ("1,150,000 dlrs", "seven mln
  dlrs"; not a sign, which news copy writes on each amount, nor a minor unit, "10 cts", nor news
  copy's "5 million dollars"), and every amount of the
  sentence, and of the :data:`~moneyparse.sentence_money._WINDOW` characters before the figure,
  is of that one currency; the sentence names no other money in words, counts nothing (no word
  of a count or measure after a number, no unit a bare figure may count: "shares", "tonnes",
  "ounces" ..., no whole number before a noun it may count), and the text is in the wire's house
  style (a word such as "mln", "dlrs", "pct", "cts" or the sign-off within reach), as
  :mod:`moneyparse.sentence_money` asks;
- the figure stands in no bracket, and is no end of a range ("between", "from" or a number and
  "to" before it, "to" or a dash after it).

The figure takes the money, marker and evidence of the sentence's last such amount before it, or
the first after it.  The sentence and the windows are those of :mod:`moneyparse.sentence_money`,
bounded, so that a stream read in chunks gives the same answer.  The words are English.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal

from moneyparse.and_items import other_money_after
from moneyparse.hedges import _hedge, _precision
from moneyparse.mention import Mention, _mention
from moneyparse.numbers import parse_digits
from moneyparse.sentence_money import (
    _RANGE_AFTER,
    _RANGE_BEFORE,
    _REACH,
    _STYLE_REACH,
    _UNITS,
    _WINDOW,
    _WIRE_SCALES,
    _bare_count,
    _counted,
    _house_style,
    _other_money,
    _sentence,
    _unread,
)

__all__ = ["full_figures"]

#: A number written in full, its thousands grouped with commas, glued to no word, sign or number.
_FULL = re.compile(r"(?<![\w.,$\u00a3\u20ac\u00a5/-])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9]|[.,][0-9])")
#: A comma and three digits, where a full figure may stand (found first); the digits before it.
_GROUP = re.compile(r",[0-9]{3}(?![0-9])")
_DIGITS_BEFORE = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*$")
#: The name of a sum that is always money and "of" right before the figure: "net income of ".
_NAMED = re.compile(r"\b(?P<noun>[a-z-]+)[ \u00a0]+of[ \u00a0]+$", re.IGNORECASE)
#: The names of sums that are always money (not "sales", which may count goods).
_NOUNS = frozenset(
    "income profit profits earnings revenue revenues revs loss losses loan loans net debt debts charge charges "
    "writedown writedowns write-down write-downs provision provisions proceeds".split()
)
#: "or" and an amount a share after the figure: " or 10 cts a share", ", or 1.05 dlrs per share".
_PER_SHARE = re.compile(
    r",?[ \u00a0]+or[ \u00a0]+(?:[0-9]+(?:\.[0-9]+)?|one|two|three|four|five|six|seven|eight|nine)"
    r"[ \u00a0]+(?:cts|cents|dlrs?|pence|p)[ \u00a0]+(?:a|per)[ \u00a0]+(?:share|shr)\b",
    re.IGNORECASE,
)
#: What may follow the figure: punctuation, the end, or a word that counts nothing.
_AFTER = re.compile(
    r"[ \u00a0]*(?:[.,;:]|$)|[ \u00a0]+(?:in|and|or|vs|versus|against|compared|from|for|during|last|this|at|on|after|"
    r"before|which|when|while|up|down)\b(?![-'\u2019])",
    re.IGNORECASE,
)
#: "between" or "from" right before the figure: a range's low end.
_FROM_BEFORE = re.compile(r"\b(?:between|from)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?$", re.IGNORECASE)


def full_figures(
    text: str, mentions: list[Mention], marks: Sequence[int] | None = None, markers: set[str] | None = None
) -> list[Mention]:
    """``mentions`` with the bare figures written in full that take the one money of their
    sentence (the module's rule), in text order; ``marks``: the wire's paragraph marks read as
    spaces (:func:`~moneyparse.paragraphs.joined_marks`); ``markers``: the markers of ``mentions``
    (or more), when the caller has them.  Only the stretches within
    :data:`~moneyparse.sentence_money._REACH` characters of an amount that names its money, where
    the figure's sentence may hold one, are read."""
    if "," not in text:
        return mentions  # (cheap test first: no full figure)
    words = {k for k in (markers if markers is not None else {m.marker for m in mentions}) if k.isascii() and k[-1:].isalpha()}
    if not words:
        return mentions  # (cheap test first: no money written as a word in Latin letters)
    starts: list[int] = []
    added: list[Mention] = []
    done = 0
    for lo, hi in _stretches(text, [m for m in mentions if m.marker in words]):
        for g in _GROUP.finditer(text, lo, hi):  # (cheap test first: a literal comma begins the pattern)
            back = _DIGITS_BEFORE.search(text, max(0, g.start() - 12), g.start())
            f = _FULL.match(text, back.start()) if back is not None and back.start() >= done else None
            if f is None:
                continue
            s, e = f.span()  # (each number once, whole, past the stretch's end)
            done = e
            if not (_named(text, s) or _PER_SHARE.match(text, e)):
                continue  # (cheap test first: most full figures have no name of a sum before them)
            starts = starts or [m.start for m in mentions]
            anchor = _anchor_of(text, mentions, starts, s, e, marks or ()) if _unread(mentions, starts, s, e) else None
            if anchor is not None:
                added.append(_figure(text, s, e, anchor))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


def _stretches(text: str, worded: list[Mention]) -> list[tuple[int, int]]:
    """The stretches of :data:`~moneyparse.sentence_money._REACH` characters on either side of each
    amount of ``worded`` (those whose marker is a word) that names its money (:func:`_names_money`), joined where they overlap."""
    out: list[tuple[int, int]] = []
    for m in worded:
        if _names_money(text, m):
            lo, hi = max(0, m.start - _REACH), min(len(text), m.end + _REACH)
            if out and lo <= out[-1][1]:
                out[-1] = (out[-1][0], hi)
            else:
                out.append((lo, hi))
    return out


def _named(text: str, s: int) -> bool:
    """Whether the name of a sum that is always money and "of" stand right before ``s``."""
    n = _NAMED.search(text, max(0, s - 24), s)
    return n is not None and n.group("noun").lower() in _NOUNS


def _anchor_of(text: str, mentions: list[Mention], starts: list[int], s: int, e: int, marks: Sequence[int]) -> Mention | None:
    """The amount of the figure from ``s`` to ``e``'s sentence that names its one money, if the
    figure reads as a sum of it (the module's rule); else None."""
    if _AFTER.match(text, e) is None or other_money_after(text, e) or _RANGE_AFTER.match(text, e) is not None:
        return None
    if _RANGE_BEFORE.search(text, max(0, s - 40), s) or _FROM_BEFORE.search(text, max(0, s - 24), s):
        return None
    lo, hi = _sentence(text, s, e, marks)
    if text.count("(", lo, s) > text.count(")", lo, s):
        return None
    inside = mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]
    named = [m for m in inside if _names_money(text, m)]
    if not named:
        return None
    code = named[0].currency
    if any(m.currency != code for m in inside) or _other_money(text, inside, lo, hi, code):
        return None
    if any(m.currency != code for m in mentions[bisect_left(starts, s - _WINDOW) : bisect_left(starts, s)]):
        return None
    if _counted(text, lo, hi) or _UNITS.search(text, lo, hi) or _bare_count(text, inside, lo, hi):
        return None
    if not _house_style(text, max(0, lo - _STYLE_REACH), hi + _STYLE_REACH):
        return None
    before = [m for m in named if m.end <= s]
    return before[-1] if before else named[0]


def _names_money(text: str, m: Mention) -> bool:
    """Whether ``m`` writes its money as a word or code after its number, as the wire writes a sum
    of 1,000 or more, in full or with its scale word, and is no range: "1,150,000 dlrs", "seven
    mln dlrs", "1.6 bln riyals" (not "$5,000", "10 cts", nor news copy's "5 million dollars")."""
    marker = m.marker
    if not text.endswith(marker, m.start, m.end) or not marker[-1:].isalpha() or text.startswith(marker, m.start):
        return False
    number = text[m.start : m.end - len(marker)].rstrip()
    return ("," in number or number.endswith(_WIRE_SCALES)) and m.high is None and m.amount >= 1000


def _figure(text: str, s: int, e: int, anchor: Mention) -> Mention:
    """The mention of the figure from ``s`` to ``e`` with the money of ``anchor``."""
    num = parse_digits(text[s:e])
    value = Decimal(num.value)
    return _mention(
        s, e, text[s:e], value, anchor.currency, None, _hedge(text, s),
        text[s:e], anchor.marker, 0, _precision(num.exponent), anchor.evidence, anchor.alternatives,
    )
