"""Equivalents: one amount quoted in two currencies.

Three shapes are read: a bracket after an amount (``$53 billion (¥380 billion)``, with several
equivalents separated by ``;`` or ``,`` inside it: ``$2bn (1.53bn euros; £1.05bn)``), the CJK bracket
with its hedge (``5亿英镑（约合6.7亿美元）``) and the apposition ``X, or Y,``.  A bracket in the same
currency is a breakdown, not a conversion (``$600,000 ($100,000 of it in cash)``), and a bracketed
amount after another is never read as an accounting negative.

The pair also settles ambiguous markers: ``¥380bn`` for ``$53bn`` implies 7.2 per dollar, a yuan
rate and not a yen rate.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Context, Decimal

from moneyparse.mention import Evidence, Mention, Pair

__all__ = ["pairs", "find_pairs", "resolve_by_pairs"]

# Between the first amount and its bracketed equivalent: an opening bracket, maybe a hedge word.
_OPEN = re.compile(
    r"[ \u00a0]*(?P<bracket>[(（\[])[ \u00a0]*(?:(?:about|around|roughly|approximately|approx\.|some|nearly|"
    r"equivalent to|equal to|or|c\.|circa|约合|约|合|折合|相当于|大约)[ \u00a0]*)?$",
    re.IGNORECASE,
)
# Between two equivalents inside one bracket.
_NEXT = re.compile(r"[ \u00a0]*[;,/；，][ \u00a0]*(?:or[ \u00a0]+|and[ \u00a0]+)?(?:about[ \u00a0]+|约合?)?$", re.IGNORECASE)
# After an equivalent: the bracket closes or another equivalent follows.
_CLOSE = re.compile(r"[ \u00a0]*(?:[)）\];,/；，]|at\b|at current|based on)", re.IGNORECASE)
# "X, or Y," apposition.
_OR = re.compile(r",?[ \u00a0]+or[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|roughly[ \u00a0]+)?$", re.IGNORECASE)
_OR_CLOSE = re.compile(r"[ \u00a0]*(?:[,;.)]|$|at\b)")


_MAX_EQUIVALENTS = 4


def find_pairs(text: str, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """Index pairs ``(i, j, kind)`` of mentions that quote one amount in two currencies."""
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
                if second.currency != first.currency:
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


# Defaults strong enough to read the other side of a pair against: "$" alone is USD, "£" GBP.
_FIRM_DEFAULTS = frozenset({"USD", "GBP"})


def _plausible(ambiguous: Mention, code: str, other: Mention) -> bool:
    """Whether reading ``ambiguous`` as ``code`` gives a believable rate against ``other``."""
    from moneyparse.lexicon import tables

    bands = tables().bands
    if code not in bands or other.currency not in bands or other.amount == 0 or ambiguous.amount == 0:
        return False
    lo_a, hi_a = bands[code]
    lo_o, hi_o = bands[other.currency]
    ctx = _RATIO_CONTEXT  # whatever precision the caller's own context has
    ratio = ctx.divide(ambiguous.amount.copy_abs(), other.amount.copy_abs())  # units of code per unit of the other
    # allow for rounding of quoted figures on top of the historical bands
    low = ctx.multiply(ctx.divide(lo_a, hi_o), Decimal("0.8"))
    high = ctx.multiply(ctx.divide(hi_a, lo_o), Decimal("1.25"))
    return low <= ratio <= high


#: Rates compared at 28 significant digits, the decimal module's default, in every caller's context.
_RATIO_CONTEXT = Context(prec=28)


def resolve_by_pairs(text: str, mentions: list[Mention], assume: dict[str, str] | None = None) -> list[Mention]:
    """Mentions with ambiguous markers settled by the rate their quoted equivalent implies."""
    if len(mentions) < 2:
        return mentions
    result = list(mentions)
    for i, j, _kind in find_pairs(text, mentions):
        for a, b in ((i, j), (j, i)):
            amb, other = result[a], result[b]
            if not amb.alternatives or amb.evidence in (Evidence.ASSUMED, Evidence.MARKER):
                continue
            if other.alternatives and other.evidence is Evidence.DEFAULT and other.currency not in _FIRM_DEFAULTS:
                continue  # both ambiguous with no evidence: nothing firm to compare with
            if amb.currency in _FIRM_DEFAULTS and amb.evidence is Evidence.DEFAULT and other.alternatives:
                continue  # "$" stays the anchor that the other side is read against
            candidates = (amb.currency, *amb.alternatives)
            fitting = [c for c in candidates if _plausible(amb, c, other)]
            if len(fitting) == 1:
                code = fitting[0]
                result[a] = replace(
                    amb,
                    currency=code,
                    evidence=Evidence.PAIR,
                    alternatives=tuple(c for c in candidates if c != code),
                )
    return result


def pairs(text: str, *, assume: dict[str, str] | None = None) -> list[Pair]:
    """Every amount that ``text`` quotes in two currencies, in text order."""
    from moneyparse.scanner import extract

    mentions = extract(text, assume=assume)
    return [Pair(mentions[i], mentions[j], kind) for i, j, kind in find_pairs(text, mentions)]
