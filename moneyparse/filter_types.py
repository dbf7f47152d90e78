"""The shape of a rejection filter: :class:`Filter`, the side of the number its marker stands on
(:class:`Side`), and the classes of characters its guards admit.  The registry is
:data:`moneyparse.filters.FILTERS`; the Chinese filters are registered from
:mod:`moneyparse.filters_zh`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Chars", "Filter", "Side", "Test"]


class Side(enum.Flag):
    """Where the marker of a candidate stands: before the number ("$5") or after it ("5 dollars")."""

    BEFORE = 1
    AFTER = 2
    BOTH = BEFORE | AFTER


#: A test: (text, start, end, number, marker, after) -> True to reject.  ``text[start:end]`` is the
#: candidate, ``number`` its number as written, ``after`` whether its marker follows the number.
Test = Callable[[str, int, int, str, str, bool], bool]
#: A class of characters: the characters themselves, or a function of one character ("" at an edge
#: of the text, which a string of characters never admits).
Chars = str | Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class Filter:
    """One named rejection filter, with the texts it rejects and the texts it keeps.

    ``test`` is called only for a candidate on one of the ``side`` whose marker is in ``markers``
    (exactly one of a tuple, or admitted by a function; None: every marker) and whose character
    before (``before``), after (``follow``) and first number character (``first``) are each in
    their class where one is given, and whose text holds a match of ``within`` where one is given;
    so a test may take these for granted.  The guards may admit more than the test rejects, never
    less.
    """

    name: str
    side: Side
    test: Test
    rejects: tuple[str, ...]  # texts where this filter rejects a candidate (the first filter to do so)
    keeps: tuple[str, ...]  # near misses it lets through: each keeps a mention
    markers: tuple[str, ...] | Callable[[str], bool] | None = None
    before: Chars | None = None  # the character just before the candidate
    follow: Chars | None = None  # the character just after the candidate
    first: Chars | None = None  # the first character of its number
    within: re.Pattern[str] | None = None  # what the candidate's text holds somewhere ("几" of "十几万元")
    read_again: bool = False  # read the number again from past its first space

    def concerns(self, after: bool, marker: str) -> bool:
        """Whether this filter can apply to a candidate with ``marker`` on that side."""
        if (Side.AFTER if after else Side.BEFORE) not in self.side:
            return False
        if self.markers is None:
            return True
        return marker in self.markers if isinstance(self.markers, tuple) else self.markers(marker)


def _admits(chars: Chars | None, ch: str) -> bool:
    """Whether the class ``chars`` admits the character ``ch`` (with no class, every one is)."""
    if chars is None:
        return True
    return chars(ch) if callable(chars) else ch != "" and ch in chars


def _always(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """Reject every candidate the guards admit: they say all there is to say."""
    return True
