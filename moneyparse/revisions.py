"""The revised figure that wire copy writes in a bracket beside the figure that replaced it.

Statistics offices publish last month's figure again when they publish this month's, and the wire
writes the figure first published in a bracket after the revised one: "the deficit narrowed to 750
mln dlrs from 1.23 billion (revised from 1.29 billion) in January", "exports rose to 998.4 mln dlrs
from 889.2 mln (revised from 889.5)", or, its scale word written once for both, between the number
and its scale word: "M-3 rose to 30.13 billion N.Z. dlrs from 30.08 (revised from 30.06) billion in
December".  A reader reads the figure in the bracket as the same money as the one before it.

The rule, as a reader states it.  Right after an amount whose money is written as a word or code
("1.23 billion" that "750 mln dlrs" lent its dollars to, "889.2 mln"; never a sign, a minor unit or
a range), a bracket that holds "revised", perhaps "up", "down", "higher" or "lower", perhaps
"from", a number and nothing else ("(revised from 1.29 billion)", "(revised 889.5)") gives that
number the money of the amount (:func:`revised_inside`):

- with its own scale word, that scale ("(revised from\\n1.29 billion)");
- between the amount's number and its scale word ("30.08 (revised from 30.06) billion"), the scale
  word after the bracket, which the amount's number takes too (:func:`through_bracket`);
- with no scale word, the amount's scale when the number is written as the amount's (as many
  decimals) and stands within a factor of ten of it ("889.2 mln (revised from 889.5)"); never a
  year ("(revised from 1986)").

The name of the sum may stand between the amount and the bracket, which then revises that sum: "a
3.3 mln dlr deficit (revised from 1.7 mln)" ("deficit", "surplus", "shortfall", "gap", "loss",
"profit"); the scale word is then never written after the bracket.

The sentence goes on after the bracket (:func:`resume_at`): the list of times and sums, or the
comparison, that the amount before the bracket would have continued takes up again from its close
("from 30.08 (revised from 30.06) billion in December and 25.18 billion in January 1986").  The
words are English.
"""

from __future__ import annotations

import re

from moneyparse.bare_figures import bare_figure
from moneyparse.changes import _SPACES
from moneyparse.filter_patterns import _YEAR
from moneyparse.reading import _Raw, _scale_of

_NUM = r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_SCALE = r"(?:mln|million|billion|bln|bn|trillion)"
#: The opening of a revision bracket, up to its number: "(revised from ", "(revised up from ", "(rev. ".
_OPENING = rf"{_SPACES}\({_SPACES}(?:revised|rev\.)(?:{_SPACES}(?:up|down|upwards?|downwards?|higher|lower))?(?:{_SPACES}from)?{_SPACES}"
#: A revision bracket right after an amount, its number (and perhaps its scale word) the only figure in
#: it, and the scale word after it, if any (group ``after``).
_BRACKET = re.compile(
    rf"{_OPENING}(?P<inner>(?P<num>{_NUM})(?:{_SPACES}(?P<word>{_SCALE}))?)(?![0-9]|[.,][0-9]){_SPACES}\)"
    rf"(?:{_SPACES}(?P<after>{_SCALE})\b)?",
    re.IGNORECASE,
)
#: A bare number, a revision bracket whose number has no scale word, and the scale word the two
#: share after it ("30.08 (revised from 30.06) billion"), with the groups of a bare amount that
#: :func:`moneyparse.elided._elided` reads (``glued`` never matches).
_THROUGH = re.compile(
    rf"(?P<amount>(?P<num>{_NUM}))(?![0-9]|[.,][0-9]){_OPENING}(?:{_NUM})(?![0-9]|[.,][0-9]){_SPACES}\)"
    rf"{_SPACES}(?P<word>{_SCALE})\b(?P<glued>(?!))?",
    re.IGNORECASE,
)
#: The name of the sum an amount is of, between it and its revision bracket: "a 3.3 mln dlr deficit
#: (revised from 1.7 mln)".
_SUM_NAME = re.compile(rf"{_SPACES}(?:deficit|surplus|shortfall|gap|loss|profit)(?=[ \u00a0]*(?:\r?\n[ \u00a0]*)?\()", re.IGNORECASE)
#: The opening of a revision bracket right before a number (the text before it ends so).
_OPENED = re.compile(rf"{_OPENING}$", re.IGNORECASE)
#: The close of a revision bracket after its number, and the scale word written after it.
_CLOSE = re.compile(rf"{_SPACES}\)(?:{_SPACES}{_SCALE}\b)?", re.IGNORECASE)


def through_bracket(text: str, start: int, stop: int) -> re.Match[str] | None:
    """The bare number at ``start`` read through a revision bracket to the scale word after it,
    ending at or before ``stop`` ("30.08 (revised from 30.06) billion"); None when there is none."""
    return _THROUGH.match(text, start, stop) if text.find("(", start, start + 24) >= 0 else None


def revised_inside(text: str, raw: _Raw, limit: int) -> _Raw | None:
    """The revised figure in a bracket right after ``raw`` with its money (see the rule above),
    ending at or before ``limit``; None when there is none."""
    if raw.high is not None or raw.marker_info.minor or not raw.marker[-1:].isalpha() or raw.scale < 0:
        return None
    m = _BRACKET.match(text, raw.end, limit)
    if m is None:
        named = _SUM_NAME.match(text, raw.end, limit)  # "a 3.3 mln dlr deficit (revised from 1.7 mln)"
        m = _BRACKET.match(text, named.end(), limit) if named is not None else None
        if m is None or m.group("after"):
            return None
    num_text = m.group("num")
    if m.group("word"):
        if m.group("after"):
            return None  # "(revised from 3 mln) billion": no reading
        scale = _scale_of(m.group("word"))
    elif m.group("after"):  # "30.08 (revised from 30.06) billion": both numbers take the scale word
        scale = _scale_of(m.group("after"))
        if scale != raw.scale or raw.number_text != text[raw.start : raw.end]:
            return None
    else:
        scale = raw.scale
        if _YEAR.fullmatch(num_text) or len(num_text.partition(".")[2]) != len(raw.number_text.partition(".")[2]):
            return None  # "(revised from 1986)"; "889.2 mln (revised from 889)" is no clear reading
    near = None if m.group("word") else raw.value
    return bare_figure(raw, m.start("inner"), m.end("inner"), num_text, scale, near, m.group("inner"))


def resume_at(text: str, raw: _Raw) -> int:
    """Where the sentence of ``raw`` goes on: past the close of the revision bracket it stands in
    (and the scale word written after it), or its end."""
    low = max(0, raw.start - 40)
    if text.rfind("(", low, raw.start) < 0 or _OPENED.search(text, low, raw.start) is None:
        return raw.end  # (cheap test first)
    close = _CLOSE.match(text, raw.end)
    return close.end() if close is not None else raw.end
