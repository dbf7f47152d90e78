"""Where a number spelled in Han begins when its decimal point stands inside it.

The scan of a number spelled in Han may begin after its decimal point: "七十四点五亿元" is written
with 点, and Taiwan and older texts set a fullwidth point between digits written one by one,
"七四．五億元" (74.5 億), "五二．四兆日圓", "一．八兆台幣".  What follows the point alone ("五億元",
"四兆日圓") would be a wrong value, so a reader reads the whole number or none:
:func:`number_start` says where it begins, or that there is nothing to read.

A point after one digit alone at the head of a line numbers the items of an outline ("一．", "二．"),
and the digits after it may begin the item: "一．五億元用於…" says no sure number, so it gives
nothing.

The scan may begin at a unit that digits stand before, fullwidth ones among them: "５千5百元" is
found from "千5百元", and the number begins at "５" (5,500), never at "千" (1,500).

The scan may also begin at the digits written under a large unit: "新臺幣3萬2000元" is found from
"2000元" when the name and "3萬" before it make no reading of their own; the number begins at
"3" (32,000), never at "2000".
"""

from __future__ import annotations

from moneyparse.grammar import _WHOLE_BEFORE_POINT
from moneyparse.grammar_zh import _HAN_UNITS
from moneyparse.numbers import _HAN_DIGITS, DECIMAL_DOTS

__all__ = ["DOTS", "number_start"]

#: The dots set as a decimal point between digits (:data:`~moneyparse.numbers.DECIMAL_DOTS`).
DOTS = frozenset(DECIMAL_DOTS)
#: The decimal points of a number spelled in Han: 点 (點), the fullwidth point, and those dots.
_POINTS = frozenset("点點．") | DOTS
#: What may stand before a point as the whole part: Han numerals and digits, ASCII or fullwidth
#: (a whole part that cannot be read makes the number give nothing: "７４．五億").
_WHOLE = _WHOLE_BEFORE_POINT | frozenset("０１２３４５６７８９")
#: The points an outline numbers its items with.
_OUTLINE_POINTS = frozenset(".．")
#: What may stand between the head of a line and the number of an outline item.
_INDENT = frozenset(" \t\u3000")


def number_start(text: str, start: int) -> int | None:
    """Where the number spelled in Han that the scan found at ``start`` begins: before the whole
    part when a decimal point stands right before ``start`` ("七四．五億元" found from "五"),
    else ``start``; None when the number is the item number of an outline ("一．八兆台幣" at the
    head of a line)."""
    first = start
    if text[start - 1 : start] in _LARGE_UNITS and text[start : start + 1].isdigit():
        return _before_large_unit(text, start)
    if text[start : start + 1] in _HAN_UNITS and text[start - 1 : start].isdigit():
        while first > 0 and text[first - 1] in _WHOLE:  # "５千5百元" found from "千": 5,500, never 1,500
            first -= 1
        return first
    if text[start - 1 : start] in _POINTS:
        first = start - 1
        while first > 0 and text[first - 1] in _WHOLE:
            first -= 1
        if first == start - 1:
            return start  # no number before the point: the full stop of a sentence
    if text[first : first + 1] in _HAN_DIGITS and text[first + 1 : first + 2] in _OUTLINE_POINTS and _line_head(text, first):
        return None
    return first


def _line_head(text: str, at: int) -> bool:
    """Whether only blanks stand between the head of its line and ``at`` (a few at most)."""
    i = at
    while i > 0 and at - i < 8 and text[i - 1] in _INDENT:
        i -= 1
    return i == 0 or text[i - 1] in "\n\r"


#: The large units digits may be written under: "3萬2000", "1億2000萬" is read whole by the scan.
_LARGE_UNITS = frozenset("万萬亿億")
_ASCII_DIGITS = frozenset("0123456789")


def _before_large_unit(text: str, start: int) -> int:
    """Where a number begins whose digits at ``start`` follow a large unit: at the digits before
    the unit ("3萬2000元" found from "2000": 3), when at most four digits stand under it, as they
    count the units below it; else ``start``."""
    end = start
    while end < len(text) and text[end] in _ASCII_DIGITS:
        end += 1
    first = start - 1
    while first > 0 and text[first - 1] in _ASCII_DIGITS:
        first -= 1
    if end - start > 4 or first == start - 1 or text[first - 1 : first] in (",", "."):
        return start
    return first
