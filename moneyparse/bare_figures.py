"""A bare figure read with the money of the amount beside it.

The wire writes a money once for several figures: "fell to 1.05 billion dlrs from 3.04 billion",
"236 mln dlrs in March and 255 in April", "750 mln dlrs from 1.23 billion (revised from 1.29
billion)".  Each reading that gives such a figure its money (:mod:`moneyparse.elided`,
:mod:`moneyparse.revisions`) builds its candidate here: the digits scaled, checked to stand near
the amount when no scale word of their own says how large they are.
"""

from __future__ import annotations

from decimal import Decimal

from moneyparse.numbers import parse_digits
from moneyparse.reading import _Raw, _tidy


def bare_figure(
    raw: _Raw, start: int, end: int, num_text: str, scale: int, near: Decimal | None = None, written: str | None = None
) -> _Raw | None:
    """The bare number ``num_text`` (from ``start`` to ``end``, ``written`` so when that holds more
    than the digits: "1.29 billion") times ten to the ``scale``, with the money of ``raw``; None
    when it is no number or, given ``near``, stands not within a factor of ten of it (a figure
    written with no scale word is read as the amount beside it only so)."""
    try:
        num = parse_digits(num_text)
    except ValueError:
        return None
    value = _tidy(num.value.scaleb(scale))
    if near is not None and not near / 10 <= value <= near * 10:
        return None
    return _Raw(start, end, value, None, num.exponent + scale, written or num_text, raw.marker, raw.marker_info, scale)
