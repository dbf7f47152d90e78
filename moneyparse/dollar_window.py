"""The dollar of the window: a bare dollar that no word near tells, read as the one other dollar
that the bare dollars around it are read as by the words near them (a rule of
:mod:`moneyparse.dollars`, which calls :func:`window_dollar` after its other rules).

* A "$" that no word tells, read as the US dollar by default, is that dollar when at least
  :data:`_WINDOW_TOLD` bare dollars within :data:`~moneyparse.grammar.WIDE_WINDOW` characters,
  one of them before it, are read by their words as it, all of them, and its own sentence writes
  no US dollar and names no US: "the Canada Pension Plan's assets rose to $140.1 billion ... from
  $127.6 billion ... seasonal outlays of $2.4 billion to Canadian retirees" reads the middle one
  as the Canadian dollar too.  Told only after it ("Canada" named past a US story's amounts), it
  says nothing.
* The wire's words for the dollar (:data:`WIRE_DOLLARS`) are read so too, where the window
  before them names no US nor writes its dollar, and no bare dollar there is read as the US
  dollar: a notice of "an issue in Canada of ... units priced at 6.25 dlrs each and ... 4.30
  dlrs each" goes on in Canadian dollars in its next paragraph ("expects about 8.33 dlrs per
  unit"), past the reach of the words near; a story of a US company that names its Australian
  holdings ("Wall Street", "U.S. investors") or whose dollars began in US dollars keeps them.
* A "$" read by the place of its line of Chinese (:func:`~moneyparse.yuan_place.dollar_code`:
  "超商取貨 $60", TWD by the words of Taiwan's shops) tells no other: its line's words told it,
  and a page of prices puts other shops' prices, in other dollars, on the lines around it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from moneyparse.grammar import WIDE_WINDOW
from moneyparse.mention import Evidence, Mention
from moneyparse.yuan_place import read_by_place

__all__ = ["WIRE_CENTS", "WIRE_DOLLARS", "window_dollar"]

#: The wire's words for the dollar, in lower case: "dlrs", its singular "dlr", its rarer "dls",
#: and its slips of the keys, "drls", "drl" ("about 410 mln drls", "a 12 mln drl charge") and
#: "mlndlrs" ("paid 41.5 mlndlrs", the scale glued to the name), and the rarer slips the lexicon
#: lists after them ("dslrs", "dlres", "dlrsd" ...): read as "dlrs" is by every rule of a bare dollar.
WIRE_DOLLARS = frozenset(("dlrs", "dlr", "dls", "drls", "drl", "mlndlrs", "dslrs", "dslr", "dlres", "dlrsd", "dlrsl", "dlrsm"))
#: The wire's word for the cents, "cts", and its slips of the keys that the lexicon lists ("82 cxts",
#: "18 ctsd", "15 cnts"): read as "cts" is.
WIRE_CENTS = frozenset(("cts", "cxts", "ctsd", "cnts"))

#: How many dollars told around a bare dollar that no word tells make it theirs.
_WINDOW_TOLD = 2
#: The bare dollars the rule reads: the sign and the wire's words for the dollar.
_WIRE_DOLLAR = WIRE_DOLLARS | {"$"}
_SENTENCE_END = re.compile(r"[.!?;](?=\s)")
#: The US dollar or the US written out: "US$", "U.S. $", "$US", "U.S. dollars", "USD", "American",
#: "United States", "greenback"; and the places of its markets, whose listings are in US dollars
#: ("listed in London and New York, earned $6 billion"): "New York", "Wall Street", "Nasdaq", "NYSE".
_US_NAMED = re.compile(
    r"\bU\.?S\.?A?\b|\$\s?US\b|\bUSD\b|\bUnited\s+States\b|\bAmericans?\b|\bgreenbacks?\b"
    r"|\bNew\s+York\b|\bWall\s+Street\b|\bNasdaq\b|\bNYSE\b"
)
#: The bare markers of a dollar the rules read: the sign, the name alone and the wire's "dlrs", and
#: the cents of a dollar (glued too: "10c a litre").
_BARE = WIRE_DOLLARS | WIRE_CENTS | {"$", "cents", "cent", "\u00a2", "c", "ct", "dollars", "dollar"}


def window_dollar(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each "$" that no word tells (read as the US dollar by default) read as
    the one other dollar that the bare dollars around it are read as by the words near them (the
    module's rule of the dollar of the window): at least :data:`_WINDOW_TOLD` of them within
    :data:`~moneyparse.grammar.WIDE_WINDOW` characters, one of them before it, all in that dollar,
    and no US dollar written nor the US named in its sentence; and each of the wire's "dlrs" so,
    where the window before it names no US and reads no bare dollar as the US dollar
    (:func:`_us_before`)."""
    context = Evidence.CONTEXT
    told = [found for found in mentions if found.evidence is context and found.currency != "USD"]
    if not told:
        return mentions  # (most texts: no dollar but the US dollar is told)
    told = [
        found for found in mentions if found.evidence is context and found.marker.lower() in _BARE and not _of_chinese_line(text, found)
    ]
    starts = [found.start for found in told]
    if all(found.currency == "USD" for found in told):
        return mentions
    result = mentions
    starts_all = [found.start for found in mentions]
    us_at: list[int] | None = None  # where the US is named, found once when a wire word asks
    for i, m in enumerate(mentions):
        if m.marker.lower() not in _WIRE_DOLLAR or m.evidence is not Evidence.DEFAULT or m.currency != "USD":
            continue
        low, at, high = bisect_left(starts, m.start - WIDE_WINDOW), bisect_left(starts, m.start), bisect_left(starts, m.end + WIDE_WINDOW)
        near = {found.currency for found in told[low:high]}
        if len(near) != 1 or low == at or high - low < _WINDOW_TOLD or _us_in_sentence(text, m):
            continue  # told only after it ("Canada" named past the story's US dollars), in two dollars, or the US named
        (code,) = near
        if m.marker != "$":
            if us_at is None:
                us_at = [named.start() for named in _US_NAMED.finditer(text)]
            if _us_before(us_at, result, i, bisect_left(starts_all, m.start - WIDE_WINDOW)):
                continue  # the wire's words: not in a story that names the US or began in US dollars
        if code != "USD" and code in m.alternatives:
            if result is mentions:
                result = list(mentions)
            result[i] = _read_as(m, code, (m.currency, *m.alternatives), Evidence.DOCUMENT)
    return result


def _of_chinese_line(text: str, m: Mention) -> bool:
    """Whether ``m`` is a "$" read by the place of its line of Chinese
    (:func:`~moneyparse.yuan_place.read_by_place`): the words of that line tell it, and tell no
    other dollar (a page of prices puts other shops' on the lines around it)."""
    # (a line of Chinese has a Han character within blanks and marks of the amount: most texts have none)
    return m.marker == "$" and not text[max(0, m.start - 4) : m.end + 4].isascii() and read_by_place(text, m.start, m.end)


def _us_before(us_at: list[int], mentions: list[Mention], i: int, first: int) -> bool:
    """Whether the text within :data:`~moneyparse.grammar.WIDE_WINDOW` characters before
    ``mentions[i]`` names the US or writes its dollar (``us_at``, where it does, in order), or a
    bare dollar there, from ``mentions[first]`` on, is read as the US dollar."""
    m = mentions[i]
    named = bisect_left(us_at, m.start - WIDE_WINDOW)
    if named < len(us_at) and us_at[named] < m.start:
        return True
    return any(found.currency == "USD" and found.marker.lower() in _BARE for found in mentions[first:i])


def _us_in_sentence(text: str, m: Mention) -> bool:
    """Whether ``m``'s sentence writes a US dollar or names the US ("averaging over US$65 per
    barrel, a full $20 a barrel higher")."""
    ends = list(_SENTENCE_END.finditer(text, max(0, m.start - 300), m.start))
    end = _SENTENCE_END.search(text, m.end, m.end + 160)
    return _US_NAMED.search(text, ends[-1].end() if ends else max(0, m.start - 300), end.start() if end else m.end + 160) is not None


def _read_as(m: Mention, code: str, codes: tuple[str, ...], evidence: Evidence = Evidence.CONTEXT) -> Mention:
    """``m`` read as ``code``, one of ``codes`` (its reading and alternatives), by the words around
    it (or, with ``evidence``, by those it names): the others stay its alternatives."""
    return replace(m, currency=code, evidence=evidence, alternatives=tuple(c for c in codes if c != code))
