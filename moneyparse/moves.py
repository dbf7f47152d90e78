"""A move and the level it reached are one money: "Shares in Bombardier fell 14 cents, or 2.2%, to
CA$6.21".

A price that moved by an amount and the level it reached are written in the same currency, and the
level often says which where the move does not: the cents of "fell 14 cents ... to CA$6.21" are
Canadian cents. :func:`_move_as_level` gives a mention whose currency its marker did not name alone
(a default, as "cents" and "$" are read as the US cent and dollar, or the country words around it)
the currency of the level right after it, when the level's marker names that currency alone, it is
one of the currencies the move's marker can mean, and the words between them say a move and its
level: a verb of a move before the move ("fell", "rose by"), then "to", with at most the move as a
percentage between ("fell 14 cents, or 2.2%, to CA$6.21", "rose 5 cents to A$3.41"). Anything else
between ("fell 14 cents on the day, while the Canadian shares rose to C$6.21") leaves the move as
it was. The words are English.
"""

from __future__ import annotations

import re
from dataclasses import replace

from moneyparse.changes import _DEGREE_WORDS, _MOVE_WORDS, _clause_words
from moneyparse.mention import Evidence, Mention

#: Between a move and its level: "to", after the move as a percentage ", or 2.2%,".
_TO_LEVEL = re.compile(
    r"(?:,?[ \u00a0]+or[ \u00a0]+[0-9]+(?:\.[0-9]+)?[ \u00a0]?(?:%|pct|per[ \u00a0]?cent|percent),?)?"
    r"[ \u00a0]+to[ \u00a0]+"
)


#: The evidence that the level's marker overrides: a default, or country words around the amount
#: ("a US jet maker's shares fell 14 cents ... to CA$6.21": the marker of the level is nearer).
_GIVES_WAY = frozenset((Evidence.DEFAULT, Evidence.CONTEXT, Evidence.DOCUMENT))


def _moved_before(text: str, m: Mention) -> bool:
    """True when a verb of a move stands right before ``m``, with words of degree between."""
    words = _clause_words(text, m.start, 100)
    while words and words[-1] in _DEGREE_WORDS:
        words.pop()
    return bool(words) and words[-1] in _MOVE_WORDS


def _move_as_level(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each move read in the currency of the level it reached (see above)."""
    result = mentions
    for i in range(len(mentions) - 1):
        move, level = mentions[i], mentions[i + 1]
        if (
            move.evidence not in _GIVES_WAY
            or level.currency == move.currency
            or level.currency not in move.alternatives
            or level.evidence is not Evidence.MARKER
            or not _TO_LEVEL.fullmatch(text, move.end, level.start)
            or not _moved_before(text, move)
        ):
            continue
        if result is mentions:
            result = list(mentions)
        others = tuple(c for c in (move.currency, *move.alternatives) if c != level.currency)
        result[i] = replace(move, currency=level.currency, evidence=Evidence.CONTEXT, alternatives=others)
    return result
