"""The figure of last year that a result table writes as a word after "vs".

The wire's result tables compare this year's figure with last year's after "vs", and write a
small number as a word, as its style writes any count under eleven, on either side: "Shr 8.4
rupees vs seven", "Interim div seven cents vs five", "Final div six cents vs three, making nine".
A reader reads the word as the same money as the figure before "vs", in the same unit.

The rule, as a reader states it.  Right after an amount with no scale word whose money is written
as a word or code ("8.4 rupees", "six cents"; never a sign, nor a range), "vs" or "vs." and one of
the counts from one to twenty written as a word take its money and its unit (:func:`worded_vs`)
when the row ends right after the word: a line break, the end of the text, or a comma, a semicolon
or a full stop ("vs seven\\n", "vs three, making"); "vs one-half ct" and "vs five mln" are read
otherwise or not at all.  The words are English.

So is the level that a scaled amount is compared with, its count a word and its scale word the same
("3.04 billion dlrs in fiscal 1986/87, against three billion in 1985/86", "Net 5.6 mln dlrs vs five
mln"): after an amount whose money is a word and whose scale is written, a comparing word ("vs",
"versus", "against", "compared with" or "to", "up from", "down from"), perhaps after the year of
the amount, then a count from one to twenty as a word and the amount's own scale word take its money
(:func:`worded_scaled_after`), when the row or the clause ends after it or a time follows ("in
1985/86", "a year earlier"); "vs five mln shares" counts shares.
"""

from __future__ import annotations

import re
from decimal import Decimal

from moneyparse.grammar import _EN_COUNTS
from moneyparse.reading import _Raw, _scale_of, _tidy

_SMALL = {word: value for word, value in _EN_COUNTS.items() if 1 <= value <= 20}
_VS_WORD = re.compile(
    r"[ \u00a0]+vs\.?[ \u00a0]+(?:\r?\n[ \u00a0]*)?(?P<word>" + "|".join(sorted(_SMALL, key=len, reverse=True)) + r")"
    r"(?=[ \u00a0]*(?:\r?\n|$|[,;]|\.(?![0-9])))",
    re.IGNORECASE,
)


def worded_vs(text: str, raw: _Raw, limit: int) -> _Raw | None:
    """The count written as a word after "vs" right after ``raw`` in a result row, with its money
    and unit (see the rule above), ending at or before ``limit``; None when there is none."""
    if raw.high is not None or raw.scale + raw.marker_info.minor != 0 or not raw.marker[-1:].isalpha():
        return None
    m = _VS_WORD.match(text, raw.end, limit)
    if m is None:
        return None
    word = m.group("word")
    value = _tidy(Decimal(_SMALL[word.lower()]).scaleb(raw.scale))
    return _Raw(m.start("word"), m.end("word"), value, None, raw.scale, word, raw.marker, raw.marker_info, raw.scale)


_BLANK = r"[ \u00a0]+(?:\r?\n[ \u00a0]*)?"
_SCALED_WORD = re.compile(
    # the year of the amount before the comparing word: "in fiscal 1986/87", "last year"
    rf"(?:,?{_BLANK}(?:(?:in|for|during){_BLANK}(?:fiscal{_BLANK})?(?:19|20)[0-9]{{2}}(?:/[0-9]{{2}})?|(?:this|last){_BLANK}year))?"
    rf",?{_BLANK}(?:vs\.?|versus|against|compared{_BLANK}(?:with|to)|(?:up|down){_BLANK}from){_BLANK}"
    r"(?P<word>" + "|".join(sorted(_SMALL, key=len, reverse=True)) + rf"){_BLANK}(?P<scale>mln|million|bln|billion|bn)"
    # the row or the clause ends, or a time follows
    rf"(?=[ \u00a0]*(?:\r?\n|$|[,;)]|\.(?![0-9]))|{_BLANK}(?:in|at|on|a{_BLANK}year|the{_BLANK}(?:year|previous|same|prior))\b)",
    re.IGNORECASE,
)


def worded_scaled_after(text: str, raw: _Raw, limit: int, power: int) -> _Raw | None:
    """The level after ``raw`` (whose scale word stands for ten to the ``power``) that a comparing
    word joins to it, its count written as a word and its scale word the same (see the rule above),
    with its money, ending at or before ``limit``; None when there is none."""
    if raw.high is not None or power < 6 or not raw.marker[-1:].isalpha() or raw.marker_info.minor:
        return None
    m = _SCALED_WORD.match(text, raw.end, limit)
    if m is None or _scale_of(m.group("scale")) != power:
        return None
    value = _tidy(Decimal(_SMALL[m.group("word").lower()]).scaleb(power))
    return _Raw(m.start("word"), m.end("scale"), value, None, power, m.group("word"), raw.marker, raw.marker_info, power)
