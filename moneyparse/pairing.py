"""Equivalents: one amount quoted in two currencies.

The shapes read, each over mentions already read (:func:`find_links`):

* a bracket after an amount, ``$53 billion (¥380 billion)``, maybe with a hedge
  (``€4,200 (about US$5,900 or £3,700)``), with several equivalents separated by ``;``, ``:``,
  ``,``, ``/`` or ``or`` inside it (``$2bn (1.53bn euros; £1.05bn)``): every equivalent is the
  first amount's, never the one before it;
* the CJK bracket with its hedge (``5亿英镑（约合6.7亿美元）``);
* a bracket that holds the amount and its equivalents alone, separated by ``;`` or ``:``
  (``Revenue ($9.37bn: £4.8bn) rose``);
* the apposition ``X, or Y,`` and the list ``X, Y, or Z``, each amount in a currency of its own
  (``$90 or $175`` is a choice, not one amount) and, in a list, at rates that the lexicon's bands
  allow where they know both currencies (``$5, €10 or £20`` is a choice too).

A bracket opens right after the amount (two spaces at most, or one line break of wrapped text): an
amount in brackets after a tab or a longer run of blanks is the next column of a table, an
accounting negative, not an equivalent.  :func:`find_links` gives every such link whatever its
currencies, :func:`find_pairs` those in two currencies: a bracket in one currency is a breakdown or
a restatement, not a conversion (``$600,000 ($100,000 of it in cash)`` is not even a link: text
follows the amount).

The currency resolver settles ambiguous markers with the links (``moneyparse.pair_currency.
resolve_by_pairs``: ``¥380bn`` for ``$53bn`` implies 7.2 per dollar, a yuan rate and not a yen
rate; ``C$10 billion ($7.04 billion)`` is a conversion to US dollars, not into the same dollar),
and the facade builds :class:`~moneyparse.mention.Pair` results from them
(``moneyparse.scanner.pairs``).
"""

from __future__ import annotations

import functools
import re
from decimal import Context, Decimal

from moneyparse.lexicon import tables
from moneyparse.mention import Mention

__all__ = ["find_links", "find_pairs", "plausible"]

#: Blanks that a reader reads as one space: spaces, or one line break of wrapped text.
_GAP = r"(?:[ \u00a0]+|[ \u00a0]*\r?\n[ \u00a0]*)"
#: Hedges written inside a bracket besides the lexicon's own ("about", "more than", "约").
_BRACKET_HEDGES = (
    "equivalent to", "equivalent of", "the equivalent of", "equal to", "or", "i.e.", "ie", "approx", "est.",
    "c.", "circa", "ca.", "just over", "just under", "slightly more than", "slightly less than", "worth",
    "约合", "约", "合", "折合", "相当于", "大约",
)
#: An editor's note that opens a bracket: "[Ed.: approx. 14,700 USD]".
_NOTE = r"(?:ed\.?|editor'?s note|note)[ \u00a0]*:[ \u00a0]*"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns of the shapes, built once from the lexicon's hedges: the opening of a bracket,
    the separator of two equivalents inside it, what may follow an equivalent, the ``or`` of an
    apposition and what may follow its second amount."""
    t = tables()
    words = sorted({*t.hedges, *_BRACKET_HEDGES}, key=len, reverse=True)
    hedge = "(?:" + "|".join(r"[ \u00a0]+".join(map(re.escape, h.split())) for h in words) + r")[ \u00a0]*"
    after = "|".join(r"[ \u00a0]+".join(map(re.escape, h.split())) for h in sorted(t.hedges_after, key=len, reverse=True))
    # Between the first amount and its bracketed equivalent: a space or two, or one line break, maybe
    # the quote marks of emphasis (''[ of wiki text), the bracket, an editor's note, a hedge or two.
    opening = re.compile(
        rf"(?:[ \u00a0]{{0,2}}|[ \u00a0]*\r?\n[ \u00a0]*)['\"*_]{{0,3}}(?P<bracket>[(（\[])[ \u00a0]*(?:{_NOTE})?(?:{hedge}){{0,2}}",
        re.IGNORECASE,
    )
    # Between two equivalents inside one bracket: "; ", ": ", ", ", "/", " or ", ", or about ".
    following = re.compile(
        rf"(?:[ \u00a0]*[;:,/；，：][ \u00a0]*(?:(?:or|and)[ \u00a0]+)?|{_GAP}or{_GAP})(?:{hedge})?",
        re.IGNORECASE,
    )
    # After an equivalent (and a hedge written after it, "or more"): the bracket closes, another
    # equivalent follows, or a note on the rate begins ("at current rates", " - live rates of ...").
    closing = re.compile(
        rf"(?:[ \u00a0]+(?:{after}))?[ \u00a0]*(?:[)）\];,/；，:：]|at\b|based on\b|as of\b|using\b|according to\b|"
        r"[-–—][ \u00a0]|—)",
        re.IGNORECASE,
    )
    # "X, or Y," and the last link of a list "X, Y, or Z"
    apposition = re.compile(rf"(?:[ \u00a0]?,)?{_GAP}or[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|roughly[ \u00a0]+)?", re.IGNORECASE)
    apposition_end = re.compile(r"[ \u00a0]*(?:[,;.)]|$|at\b)")
    return opening, following, closing, apposition, apposition_end


#: Between the amounts of a list: a comma and a space (scraped text may set a space before it).
_LIST_COMMA = re.compile(r"[ \u00a0]?,[ \u00a0]+")
#: Between the amounts of a bracket that holds them alone: "($9.37bn: £4.8bn)".
_ALONE_SEPARATOR = re.compile(r"[ \u00a0]*[;:；：][ \u00a0]*")
#: Before and after a bracket that holds the amounts alone.
_ALONE_OPEN = re.compile(r"[(（][ \u00a0]*$")
_ALONE_CLOSE = re.compile(r"[ \u00a0]*[)）]")
#: What the text between two amounts begins with, its blanks aside, in every shape that
#: :func:`find_links` reads there: a bracket after quote marks of emphasis or a line break
#: (``opening``), a separator (:data:`_ALONE_SEPARATOR`), a comma (:data:`_LIST_COMMA`, and
#: ``apposition``), "or" in either case or a line break (``apposition``).
_LEADS = frozenset("([（'\"*_\r\n;:；：,oO")

#: Equivalents one bracket or list pairs with its first amount, at most.
_MAX_EQUIVALENTS = 4
#: The longest text read between two amounts of one shape.
_MAX_BETWEEN = 40


def find_links(text: str, mentions: list[Mention]) -> list[tuple[int, int, str]]:
    """Index pairs ``(i, j, kind)`` of mentions that the text quotes as one amount, in text order.

    ``kind`` is ``"bracket"``, ``"cjk_bracket"`` or ``"or"``.  A bracket links whatever the
    currencies (the caller tells a conversion from a breakdown); an apposition or a list links
    amounts in different currencies only.  Each decision reads the text between a few neighbouring
    mentions, never further: streaming gives the same links as the whole text.
    """
    opening, following, closing, apposition, apposition_end = _patterns()
    found: list[tuple[int, int, str]] = []
    n = len(mentions)
    i = 0
    while i < n - 1:
        first = mentions[i]
        nxt = mentions[i + 1]
        if nxt.start - first.end >= _MAX_BETWEEN:
            i += 1  # (tested before the text between is copied: most mentions stand far apart)
            continue
        between = text[first.end : nxt.start]
        if between.lstrip(" \u00a0")[:1] not in _LEADS:
            i += 1  # (cheap test first: most texts between two amounts begin no shape read here)
            continue
        m = opening.fullmatch(between)
        if m is not None:
            kind = "cjk_bracket" if m.group("bracket") == "（" else "bracket"
            i = _bracket(text, mentions, i, i + 1, kind, following, closing, found)
            continue
        if (
            _ALONE_SEPARATOR.fullmatch(between)
            and _ALONE_OPEN.search(text, max(0, first.start - 4), first.start)
            and _alone_closes(text, mentions, i)
        ):
            # "Revenue ($9.37bn: £4.8bn)": the amount and its equivalents alone in a bracket (an
            # amount before it would have taken them as its own, and been passed)
            i = _bracket(text, mentions, i, i + 1, "bracket", _ALONE_SEPARATOR, _ALONE_CLOSE, found)
            continue
        i = _apposition(text, mentions, i, between, apposition, apposition_end, found)
    return found


def _alone_closes(text: str, mentions: list[Mention], i: int) -> bool:
    """Whether the amounts from ``i`` on, separated by ``;`` or ``:``, close their bracket."""
    j = i + 1
    while j < len(mentions) and j - i <= _MAX_EQUIVALENTS:
        if _ALONE_CLOSE.match(text, mentions[j].end):
            return True
        if j + 1 < len(mentions) and _ALONE_SEPARATOR.fullmatch(text, mentions[j].end, mentions[j + 1].start):
            j += 1
            continue
        return False
    return False


def _bracket(
    text: str,
    mentions: list[Mention],
    i: int,
    j: int,
    kind: str,
    following: re.Pattern[str],
    closing: re.Pattern[str],
    found: list[tuple[int, int, str]],
) -> int:
    """Link ``mentions[i]`` with each equivalent of its bracket, the first being ``mentions[j]``;
    the index to go on from."""
    n = len(mentions)
    while j < n and j - i <= _MAX_EQUIVALENTS:
        second = mentions[j]
        # (the length is tested before the text between is copied: most mentions stand far apart)
        if (
            j + 1 < n
            and mentions[j + 1].start - second.end < _MAX_BETWEEN
            and following.fullmatch(text[second.end : mentions[j + 1].start])
        ):
            found.append((i, j, kind))
            j += 1
            continue
        if closing.match(text, second.end):
            found.append((i, j, kind))
        break
    return min(j, n - 1) if j > i + 1 else i + 1


def _apposition(
    text: str,
    mentions: list[Mention],
    i: int,
    between: str,
    apposition: re.Pattern[str],
    apposition_end: re.Pattern[str],
    found: list[tuple[int, int, str]],
) -> int:
    """Link ``mentions[i]`` with the amounts of its apposition ("X, or Y,") or list ("X, Y, or Z");
    the index to go on from."""
    listed = _LIST_COMMA.fullmatch(between)
    if not listed and not apposition.fullmatch(between):
        return i + 1
    first = mentions[i]
    if i > 0:
        before = text[mentions[i - 1].end : first.start]
        if apposition.fullmatch(before) or _LIST_COMMA.fullmatch(before):
            return i + 1  # inside a chain "X, or Y, or Z" or a list: only its first amount leads
    n = len(mentions)
    j = i + 1
    middle: list[int] = []
    # "X, Y, or Z": the amounts between the first and the last, each after a comma
    while listed and j + 1 < n and len(middle) < _MAX_EQUIVALENTS - 1:
        middle.append(j)
        between = text[mentions[j].end : mentions[j + 1].start]
        j += 1
        listed = _LIST_COMMA.fullmatch(between) if len(between) < _MAX_BETWEEN else None
    if listed or not apposition.fullmatch(between) or not apposition_end.match(text, mentions[j].end):
        return i + 1
    linked = [*middle, j]
    if len({first.currency, *(mentions[k].currency for k in linked)}) != len(linked) + 1:
        return i + 1  # two amounts in one currency: a choice ("$90 or $175"), not one amount
    if middle and any(
        plausible(mentions[k].amount, mentions[k].currency, first.amount, first.currency) is False for k in linked
    ):
        return i + 1  # "$5, €10 or £20": amounts that no rate joins are a choice
    found.extend((i, k, "or") for k in linked)
    return j + 1


#: Rates compared at 28 significant digits, the decimal module's default, in every caller's context.
_RATIO_CONTEXT = Context(prec=28)


def plausible(amount: Decimal, code: str, other_amount: Decimal, other_code: str) -> bool | None:
    """Whether ``amount`` in ``code`` for ``other_amount`` in ``other_code`` is a rate that the
    lexicon's historical bands allow (with room for rounding); ``None`` when a band is missing or
    an amount is zero, so that nothing can be said."""
    bands = tables().bands
    if code not in bands or other_code not in bands or other_amount == 0 or amount == 0:
        return None
    low, high = _rate_bounds(code, other_code)
    ratio = _RATIO_CONTEXT.divide(amount.copy_abs(), other_amount.copy_abs())  # units of code per unit of the other
    return low <= ratio <= high


@functools.cache
def _rate_bounds(code: str, other_code: str) -> tuple[Decimal, Decimal]:
    """The lowest and highest units of ``code`` per unit of ``other_code`` that :func:`plausible`
    allows, from the bands of both (made once a pair: the bands are the lexicon's, fixed)."""
    bands = tables().bands
    lo_a, hi_a = bands[code]
    lo_o, hi_o = bands[other_code]
    ctx = _RATIO_CONTEXT  # whatever precision the caller's own context has
    # allow for rounding of quoted figures on top of the historical bands
    low = ctx.multiply(ctx.divide(lo_a, hi_o), Decimal("0.8"))
    high = ctx.multiply(ctx.divide(hi_a, lo_o), Decimal("1.25"))
    return low, high


def find_pairs(text: str, mentions: list[Mention], *, same_currency: bool = False) -> list[tuple[int, int, str]]:
    """Index pairs ``(i, j, kind)`` of mentions that quote one amount in two currencies: the links
    of :func:`find_links` whose currencies differ.

    ``same_currency=True`` also gives the brackets whose two amounts are in one currency (every
    link: an apposition or a list links two currencies only).
    """
    links = find_links(text, mentions)
    if same_currency:
        return links
    return [(i, j, kind) for i, j, kind in links if mentions[i].currency != mentions[j].currency]
