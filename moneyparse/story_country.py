"""The country a story is of: the currency of a bare "$" or "£" that nothing near settles, read
from the country the text names at its head and around the amount (:func:`country_of_text`).

* a story names its country at its head (its title, its first line) and around the amount, and
  the other countries of the sign only in passing (an Australian story that names "the US" once
  in a list of countries writes its own dollars "$");
* it is read so in its first :data:`STORY` characters, and in its first :data:`LONG_STORY` where
  it names no other country of the sign from its head to the amount (a long interview of an
  Ontario candidate, its last "$9.3-billion" among Toronto and Ontario, is in Canadian dollars);
* every window is bounded and lies within the first buffer of a stream, so that
  :func:`~moneyparse.scanner.iter_extract` reads a story as :func:`~moneyparse.scanner.extract`
  does, and no text after the amount's window changes how it reads.
"""

from __future__ import annotations

import functools
import re
import sys
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from moneyparse.grammar import WIDE_WINDOW
from moneyparse.lexicon import tables

if TYPE_CHECKING:
    from moneyparse.currency import _Evidence
    from moneyparse.reading import _Raw

#: The firm defaults: "$" alone is USD and "£" GBP unless a country that writes them is named near
#: the amount (found by the scan itself), and a pair's other side is read against them.
FIRM_DEFAULTS = frozenset({"USD", "GBP"})
#: The head of a text, its title and first line, where a story names the country it is of.
HEAD = 200
#: How far into a text its head tells the country of a bare sign: a news story's length.
STORY = 2 * WIDE_WINDOW
#: How far it tells it in a text of that country all along (:func:`_one_country_so_far`): a long
#: story's length, within the first buffer of a stream (:func:`moneyparse.scanner.iter_extract`),
#: so that a stream reads it as the whole text does.
LONG_STORY = 16 * WIDE_WINDOW
#: How many times a story names its own country for each time it names another of the sign's in
#: passing (:func:`country_of_text`).
_PASSING = 4
#: The US dollar written out: "US$", "U.S. $", "$US", "U.S. dlrs", "US dollars", "U.S. cts", "USD".
_US_DOLLAR = re.compile(
    r"\bU\.?S\.?[ \u00a0]?(?:\$|(?:[Dd]lrs?|[Dd]ollars?|DLRS?|DOLLARS?|[Cc]ts|[Cc]ents?|CTS|CENTS?)\b)|\$[ \u00a0]?US\b|\bUSD\b"
)


@functools.cache
def with_others(codes: tuple[str, ...]) -> tuple[str, ...]:
    """``codes``, then the other codes that evidence words point to but USD and GBP: the
    currencies a story of a country that writes no "$" may be of."""
    others = {code for code in tables().evidence.values() if code and code not in FIRM_DEFAULTS}
    return codes + tuple(sorted(others - set(codes)))


def country_of_text(
    text: str, raw: _Raw, evidence: _Evidence, codes: tuple[str, ...], triggers: list[int]
) -> str | None:
    """The currency of a "$" or "£" that nothing near settles, when the text is a story of one country
    that writes the sign: the amount stands in the text's first :data:`STORY` characters (further
    on, as in an encyclopedia's article or a file of many stories, the head no longer tells what the
    text is of; and what the answer reads is bounded, so that no text after it changes it), the text
    names the country at its head (the first trigger the scan found stands in its first
    :data:`HEAD` characters, its title or first line); the names of such countries that the scan
    found as far as WIDE_WINDOW reaches around the amount (``triggers``) are all of it; there its
    trigger words (country, people, states, capital) stand twice or more and all its words (its
    cities too) three times or more, the other countries of the sign (the US) are named only in
    passing, once at most for each :data:`_PASSING` of its words, not in the amount's sentence,
    and none where the US dollar is written out (:data:`_US_DOLLAR`: "the pound rose to 1.59 to
    the U.S. dollar" tells that the bare "6.3 cents" it rose may be US cents), and words of
    countries of other moneys do not outnumber it.  An Australian story with
    "Australia" in its title and "Queensland" and "Australians" further on writes its dollars "$",
    and so does one that names "the US" once among the countries of a list; a story of the US
    that names Australia once, or one that names the US beside Australia ("Australia buys
    American jets ... the US air force"), keeps US dollars.  The answer of a window is kept for
    the next amount with the same window.

    A long story (an interview, a report) is read so up to :data:`LONG_STORY` characters when it
    is of its country all along: from its head to the end of the amount's window it names no other
    country of the sign (the US included), so that the head still tells what it is of: the last
    "$9.3-billion" of a long interview of an Ontario candidate, with Toronto and Ontario around it,
    is Canadian; in a file of stories, one that names another country of the sign, or the US, ends
    the reach of the first story's head (:func:`_one_country_so_far`)."""
    if raw.start >= LONG_STORY or not evidence.at_head or triggers[0] >= HEAD:
        return None
    lo, hi = max(0, raw.start - WIDE_WINDOW), min(len(text), raw.end + WIDE_WINDOW)
    named = _codes_to(text, evidence, triggers, hi)
    code = named[0] if named else ""
    if not code or code == codes[0] or code not in codes:
        return None
    if any(other != code for other in named[bisect_left(triggers, lo) : bisect_right(triggers, hi)]):
        return None
    if raw.start >= STORY and not _one_country_so_far(evidence, codes, code, named, triggers, hi):
        return None
    key = (code, lo, hi)
    if key not in evidence.memo:
        evidence.memo[key] = _of_one_country(text, evidence, codes, code, lo, hi)
    if evidence.memo[key] is None:
        return None
    named_near = evidence.counts(*sentence_bounds(text, raw.start, raw.end), codes)
    return None if any(c != code for c in named_near) else code  # "American investors paid $5 million": the US's


def _codes_to(text: str, evidence: _Evidence, triggers: list[int], hi: int) -> list[str]:
    """The codes of the trigger words the scan found, read in order as far as ``hi`` (and no
    further than :data:`LONG_STORY` and a window reach), each once per text: most amounts stand
    early, and the names further on are never read."""
    named = evidence.named
    if named is None:
        named = evidence.named = []
    upto = min(bisect_right(triggers, hi), bisect_left(triggers, LONG_STORY + WIDE_WINDOW))
    for at in triggers[len(named) : upto]:
        named.append(_trigger_code(text, at))
    return named


def _one_country_so_far(
    evidence: _Evidence, codes: tuple[str, ...], code: str, named: list[str], triggers: list[int], hi: int
) -> bool:
    """Whether a text names no country of the sign but ``code``'s from its head to ``hi``, the end
    of an amount's window: the codes of the trigger words read so far (``named``, of ``triggers``)
    are all ``code``, and no word points to another of ``codes`` (the US: "Washington",
    "American").  What holds as far as one amount's window holds for every shorter reach, and what
    fails fails for every longer one: each text is read once, on from the furthest reach known to
    hold (:attr:`~moneyparse.currency._Evidence.so_far`), words counted where they start."""
    held, failed = evidence.so_far.get(codes, (0, sys.maxsize))
    if hi <= held or hi >= failed:
        return hi <= held
    ok = all(other == code for other in named[bisect_right(triggers, held) : bisect_right(triggers, hi)]) and all(
        c == code for c in evidence.counts(held, hi, codes)
    )
    evidence.so_far[codes] = (hi, failed) if ok else (held, hi)
    return ok


def _of_one_country(text: str, evidence: _Evidence, codes: tuple[str, ...], code: str, lo: int, hi: int) -> str | None:
    """``code`` when ``text[lo:hi]`` is of its country (:func:`country_of_text`), else None."""
    found = evidence.counts(lo, hi, with_others(codes))
    count = found.get(code, 0)
    others = sum(n for c, n in found.items() if c in codes and c != code)
    if count < 3 or _PASSING * others > count or others and _US_DOLLAR.search(text, lo, hi):
        return None  # (a story that writes the US dollar out has bare dollars of either)
    if max((n for c, n in found.items() if c not in codes), default=0) > count:
        return None
    twice = _trigger_words()[code].finditer(text, lo, hi)
    return code if next(twice, None) is not None and next(twice, None) is not None else None  # (twice: no need to read on)


def _trigger_code(text: str, at: int) -> str:
    """The code of the trigger word the scan found at ``at`` ("" when none reads there)."""
    m = _trigger_words()[""].match(text, at)
    return tables().evidence.get(" ".join(m.group().lower().split()), "") if m else ""


@functools.cache
def _trigger_words() -> dict[str, re.Pattern[str]]:
    """Per code, a pattern of its trigger words (context.tsv): the countries, states and capitals
    that write its sign; under "", one of them all."""
    t = tables()
    found: dict[str, list[str]] = {}
    for word in t.triggers:
        form = r"\s+".join(map(re.escape, word.split()))
        found.setdefault(t.evidence[word], []).append(form)
        found.setdefault("", []).append(form)
    return {
        code: re.compile(rf"\b(?:{'|'.join(sorted(forms, key=len, reverse=True))})\b", re.IGNORECASE)
        for code, forms in found.items()
    }


#: A sentence's end, in any script.
_SENTENCE_END = re.compile(r"[.!?;。！？]\s")


#: How far a sentence reaches on either side of a mention when no sentence end is found nearer.
_SENTENCE_REACH = 120
#: How far the first sentence of a text reaches after a mention in it: the lead of a wire story
#: runs four lines and more, and names the country it is of anywhere in them ("A ceiling on new
#: borrowing of 1.8 billion dlrs for the year ending September 30 is what lenders want to see
#: before they believe the cabinet will mend Canada's public accounts, economists said.": Canada
#: 130 characters past the amount).  A later sentence keeps the near reach: a country named at
#: the end of a long one is mostly a party in passing ("... sells boxes to a Canadian partner").
_LEAD_REACH = 240


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of a mention: from the last sentence end before it to the next one after (at
    most :data:`_SENTENCE_REACH` characters either side; after it, :data:`_LEAD_REACH` in the
    first sentence of the text, its lead)."""
    lo = max(0, start - _SENTENCE_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    if ends:
        lo = ends[-1]
    reach = _LEAD_REACH if lo == 0 else _SENTENCE_REACH
    m = _SENTENCE_END.search(text, end, end + reach)
    hi = m.start() + 1 if m else min(len(text), end + _SENTENCE_REACH)
    return lo, hi
