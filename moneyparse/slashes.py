"""Figures a slash parts, the marker written once after the last: a series or one range.

A series of amounts in Chinese copy writes its marker and scale once, after its last amount
("35.39/40.73/46.29亿美元": three amounts); each amount has decimals (a fraction has none: "1/2
million dollars").  English wire copy writes the low and the high end of a price, or of its
change, the same way ("lean hogs off 3.00/5.50 dlrs", "feeder cattle up 0.25/0.75 dlr", "the
metal was quoted at 391.20/391.70 dlrs", a bid and an offer): two figures with as many decimals,
the lower first, a Latin word of money after them, are one range.  Three or more figures stay a
series, and so does a pair whose second is the lower ("2.40/1.80 dlrs") or that is written in
other decimals ("1.5/1.75 dlrs"), or that has a scale word ("2.5/3.1亿美元").

Whole figures are a range of that kind too ("a range around 1,480/1,520 stg a tonne", "quoted at
318/322 pence an ounce"), when both have three digits or more and as many, the lower first, and
no slash, point, comma, dash or letter stands before the first: a fraction or a date has fewer
digits ("1/2 cts", "15/16 dlrs", "3/4"), and the second figure alone is read as nothing then.  A
pair of whole figures that is no such range gives nothing ("the 1,100/1,050 stg area": the second
the lower).
"""

from __future__ import annotations

import re
from dataclasses import replace

from moneyparse.filter_glue import whole_pair_low
from moneyparse.numbers import parse_digits
from moneyparse.reading import _Raw, _tidy

#: The amounts of a series before its last, each with decimals and a slash after it, at the end
#: of the text searched: "35.39/40.73/" of "35.39/40.73/46.29亿美元".
_SERIES_BEFORE = re.compile(r"(?<![\w.,/])(?:[0-9]+\.[0-9]+/){1,8}$|(?<=[\u3040-\u9fff])(?:[0-9]+\.[0-9]+/){1,8}$")
_SERIES_ITEM = re.compile(r"([0-9]+\.[0-9]+)/")


def slashed_before(text: str, raw: _Raw, floor: int, out: list[_Raw]) -> _Raw:
    """``raw``, the last figure of those a slash parts, read with the figures before it (at or
    after ``floor``): the range of a pair (see above), returned in place of ``raw``; otherwise
    ``raw``, the amounts of the series before it appended to ``out``."""
    if "." not in raw.number_text:
        whole = _whole_before(text, raw, floor)
        return raw if whole is None else whole
    series = _series_before(text, raw, floor)
    paired = _slash_range(text, raw, series)
    if paired is not None:
        return paired
    out.extend(series)
    return raw


def _series_before(text: str, raw: _Raw, floor: int) -> list[_Raw]:
    """The amounts of a series that share the marker and scale written after ``raw``, its last
    ("35.39/40.73/46.29亿美元": three amounts), starting at or after ``floor``; the marker follows
    the number."""
    if "." not in raw.number_text or text.startswith(raw.marker, raw.start):
        return []
    m = _SERIES_BEFORE.search(text, max(floor, raw.start - 160), raw.start)
    if m is None:
        return []
    found = []
    for item in _SERIES_ITEM.finditer(text, m.start(), m.end()):
        num = parse_digits(item.group(1))
        found.append(_Raw(item.start(1), item.end(1), _tidy(num.value.scaleb(raw.scale)), None,
                          num.exponent + raw.scale, item.group(1), raw.marker, raw.marker_info, raw.scale))
    return found


def _slash_range(text: str, raw: _Raw, low: list[_Raw]) -> _Raw | None:
    """The range of the pair ``low[0]``/``raw`` (see above), or None when the figures are no such
    pair."""
    if len(low) != 1 or not raw.marker[:1].isascii() or not raw.marker[:1].isalpha() or raw.scale != 0:
        return None
    first = low[0]
    if first.value >= raw.value or first.exponent != raw.exponent:
        return None
    return replace(raw, start=first.start, value=first.value, high=raw.value,
                   number_text=text[first.start : raw.start] + raw.number_text)


def _whole_before(text: str, raw: _Raw, floor: int) -> _Raw | None:
    """The range of two whole figures a slash parts, ``raw`` the second ("1,480/1,520 stg"), the
    first starting at or after ``floor``; None when they are no such range (see above)."""
    m = whole_pair_low(text, raw.start, raw.number_text)
    if m is None or m.start() < floor:
        return None
    if not raw.marker[:1].isascii() or not raw.marker[:1].isalpha() or raw.scale + raw.marker_info.minor != 0:
        return None
    low = _tidy(parse_digits(m.group(1)).value.scaleb(raw.scale))
    return replace(raw, start=m.start(1), value=low, high=raw.value, number_text=text[m.start(1) : raw.start] + raw.number_text)
