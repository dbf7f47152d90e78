"""Equivalents: one amount quoted in two currencies.

Three shapes are read: a bracket after an amount (``$53 billion (¥380 billion)``, with several
equivalents separated by ``;`` or ``,`` inside it: ``$2bn (1.53bn euros; £1.05bn)``), the CJK bracket
with its hedge (``5亿英镑（约合6.7亿美元）``) and the apposition ``X, or Y,``.  A bracket in the same
currency is a breakdown, not a conversion (``$600,000 ($100,000 of it in cash)``), and a bracketed
amount after another is never read as an accounting negative.

Only the pairs are found here (:func:`find_pairs`, over mentions already read); the currency
resolver settles ambiguous markers with them (``moneyparse.currency.resolve_by_pairs``: ``¥380bn``
for ``$53bn`` implies 7.2 per dollar, a yuan rate and not a yen rate), and the facade builds
:class:`~moneyparse.mention.Pair` results from them (``moneyparse.scanner.pairs``).
"""

from __future__ import annotations

import re

from moneyparse.mention import Mention

__all__ = ["find_pairs"]

# Between the first amount and its bracketed equivalent: an opening bracket, maybe a hedge word.
_OPEN = re.compile(
    r"[ \u00a0]*(?P<bracket>[(（\[])[ \u00a0]*(?:(?:about|around|roughly|approximately|approx\.|some|nearly|"
    r"more than|less than|over|under|at least|up to|"
    r"equivalent to|equal to|or|c\.|circa|约合|约|合|折合|相当于|大约)[ \u00a0]*)?$",
    re.IGNORECASE,
)
# Between two equivalents inside one bracket.
_NEXT = re.compile(
    r"[ \u00a0]*(?:[;,/；，][ \u00a0]*(?:or[ \u00a0]+|and[ \u00a0]+)?|or[ \u00a0]+)(?:about[ \u00a0]+|约合?)?$", re.IGNORECASE
)
# After an equivalent: the bracket closes or another equivalent follows.
_CLOSE = re.compile(r"[ \u00a0]*(?:[)）\];,/；，]|or\b|at\b|at current|based on)", re.IGNORECASE)
# "X, or Y," apposition.
_OR = re.compile(r",?[ \u00a0]+or[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|roughly[ \u00a0]+)?$", re.IGNORECASE)
_OR_CLOSE = re.compile(r"[ \u00a0]*(?:[,;.)]|$|at\b)")


_MAX_EQUIVALENTS = 4


def find_pairs(text: str, mentions: list[Mention], *, same_currency: bool = False) -> list[tuple[int, int, str]]:
    """Index pairs ``(i, j, kind)`` of mentions that quote one amount in two currencies.

    ``same_currency=True`` also gives the brackets whose two amounts are in one currency.
    """
    found: list[tuple[int, int, str]] = []
    i = 0
    n = len(mentions)
    while i < n - 1:
        first = mentions[i]
        j = i + 1
        between = text[first.end : mentions[j].start]
        m = _OPEN.fullmatch(between) if len(between) < 40 else None
        if m is not None:
            kind = "cjk_bracket" if m.group("bracket") == "（" else "bracket"
            # every equivalent inside the bracket pairs with the first amount (at most four)
            while j < n and j - i <= _MAX_EQUIVALENTS:
                second = mentions[j]
                after = text[second.end : second.end + 20]
                if not _CLOSE.match(after):
                    break
                if same_currency or second.currency != first.currency:
                    found.append((i, j, kind))
                if j + 1 < n and _NEXT.fullmatch(text[second.end : mentions[j + 1].start] or "x") and after.lstrip()[:1] not in ")）]":
                    j += 1
                    continue
                break
            i = j if j > i + 1 else i + 1
            continue
        m = _OR.fullmatch(between) if len(between) < 30 else None
        if m is not None and i > 0 and _OR.fullmatch(text[mentions[i - 1].end : first.start] or "x"):
            m = None  # inside a chain "X, or Y, or Z": only its first two are one amount
        if m is not None:
            second = mentions[j]
            if second.currency != first.currency and _OR_CLOSE.match(text, second.end):
                found.append((i, j, "or"))
                i = j + 1
                continue
        i += 1
    return found
