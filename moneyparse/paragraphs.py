"""The paragraphs of wire copy: a country first named in a later paragraph does not decide a bare
dollar.

A news wire marks a paragraph with a line break and an indentation ("...this year, it said.\\n
In Canada economic growth...").  A reader takes "dlrs" (or "$", "pounds") as the default
currency unless what was read up to the end of its paragraph says otherwise: a story of the US
budget whose next paragraph turns to Canada ("In Canada economic growth is expected...") still
counts its deficit in US dollars.  A later paragraph may confirm a country the story has already
named ("Canadian Finance Minister Michael Wilson ... 600 mln dlrs" then, a paragraph on,
"Ottawa announced..."), but not bring one in.

The extractor reads a wrapped paragraph's breaks as spaces (:func:`~moneyparse.candidates.
_unwrap`), and such a mark with them, so the marks are kept here, in the offsets of the text
read: those of the breaks made one space (:func:`joined_marks`), and those of the breaks left as
written (found in the text read itself).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

#: A line break left as written, then an indentation of two blanks or more: a new paragraph.
_MARK = re.compile(r"\n[ \t]{2,}(?=\S)")


def joined_marks(text: str, at: list[int], shift: list[int]) -> list[int]:
    """The offsets, in the text :func:`~moneyparse.candidates._unwrap` made of ``text``, of the
    spaces that stand for a line break then an indentation of two blanks or more (its map back is
    ``at`` and ``shift``: the break that made the space at ``at[i]`` ends at ``at[i] + shift[i] +
    1`` in ``text``)."""
    return [p for p, s in zip(at, shift, strict=True) if text[p + s] in " \t" and text[p + s - 1] in " \t"]


def mark_after(text: str, end: int, marks: Sequence[int]) -> bool:
    """Whether one of ``marks`` (:func:`joined_marks`) stands right after ``end``, a point between
    them at most, before a capital or a dash: the end of a row of a table whose rows were read as
    one wrapped line ("vs 2.86 billion\\n    Order book at end December 2.28 billion")."""
    at = end + 1 if text[end : end + 1] == "." else end
    j = bisect_left(marks, at)
    return j < len(marks) and marks[j] == at and text[at + 1 : at + 2] in _ROW_FIRSTS


#: The first characters of a row of a table after a paragraph mark: a capital, or a dash of a list.
_ROW_FIRSTS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ-")


class Paragraphs:
    """The paragraph marks of one text read: those of the breaks made one space, given, and those
    of the breaks left as written, looked for in the text itself where asked."""

    __slots__ = ("_text", "_joined")

    def __init__(self, text: str, joined: list[int] | None = None) -> None:
        self._text = text
        self._joined = joined or []

    def next_mark(self, end: int, reach: int) -> int | None:
        """The first paragraph mark at or after ``end`` and before ``end + reach``; None when none
        stands there."""
        joined = self._joined
        j = bisect_left(joined, end)
        stop = min(end + reach, joined[j]) if j < len(joined) else end + reach
        kept = _MARK.search(self._text, end, stop) if "\n" in self._text[end:stop] else None
        if kept is not None:
            return kept.start()
        return stop if stop < end + reach else None

    def named_so_far(
        self, found: dict[str, int], codes: tuple[str, ...], start: int, end: int, width: int,
        counts: Callable[[int, int, tuple[str, ...]], dict[str, int]],
    ) -> dict[str, int]:
        """``found``, the evidence words within ``width`` characters of a "$" or "dlrs" at
        ``start:end`` (``codes``: its currencies, the default first), without the currencies
        other than the default that are named there only in a paragraph after the mention's;
        ``counts`` counts the words of a window."""
        later = tuple(code for code in codes[1:] if code in found)
        if not later:
            return found
        stop = self.next_mark(end, width)
        if stop is None:
            return found
        so_far = counts(max(0, start - width), stop, later)
        if len(so_far) == len(later):
            return found
        return {code: n for code, n in found.items() if code not in later or code in so_far}
