"""Minor units written after a major amount, and minor units whose major amount is not read.

A major amount in whole units with no scale word ("$20", "20 ringgit", "3 GBP", "€5") and a count
of its currency's minor unit right after it, apart by a blank alone or joined by a word of a
language that joins them (the packs' ``minor_joiners``: "and", "og", "och", "und", "et", "y",
"e", "i", "și", "и", "dan"), are one amount (:func:`minor_tail`): "$20 and 43c" is 20.43 dollars,
"20 ringgit dan 43 sen" 20.43 ringgit, "€5 und 20 ct" 5.20 euros, "3 GBP 1 пенс" 3.01 pounds.
:mod:`moneyparse.phrases` joins first the counts the scan reads as candidates of their own ("2
dollars and 23 cents", "5 Euro und 20 Cent", "3元5角2分"); this reads the others: the minor units
of every pack (``minor`` rows) where the filters dropped the count alone ("€5 und 20 ct": "20 ct"
alone is carats as often), and those read only here (``tail_minor`` rows: "c", "sen", "fen",
"satang", "bani", and the cents of the rand), which alone are other words more often ("43c" is a
temperature, "sen" Turkish "you", "bani" Romanian "money").  It holds only where:

- the major amount's money is written with hundredths, and the unit is a minor unit of it ("$20
  and 43 sen" is no 20.43: the sen is no cent of a dollar; the two stay apart), and the major
  amount keeps those of its currencies that have it ("$5 and 20c": no Mexican peso);
- the count is of one or two digits and under the unit's whole (a hundred cents), right before
  the unit, glued or after a blank ("43c", "43 sen"), and the unit is no letter's abbreviation
  ("£3 and 8 p.m.");
- a sum of a thousand or more in figures is joined by a word, not by a blank alone ("1,000 dollars
  50 cents" is a figure beside another, as the compounds of figures read it).

What follows the unit does not part them: "$20 and 43c each" is one price of 20.43, as "$20 and
43 cents each" was already read.

A minor unit right after a currency name, or after the name and a joiner, where no amount ends
at that name ("to kroner og 23 øre", whose Norwegian "to", two, the engine does not read; "2
singaporske dollars og 23 cent", the adjective between the number and the name), is the tail of
an amount that was not read: alone it would be a hundredth of the sum, a wrong value, so it gives
nothing (:func:`orphan_minors`).  A minor unit after a name whose amount was read and not joined
stays ("1,000 dollars 50 cents").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from types import MappingProxyType

from moneyparse.grammar import _is_cjk
from moneyparse.lexicon import Marker, tables, words
from moneyparse.packs import languages
from moneyparse.reading import _Raw

__all__ = ["TAIL_SHAPE", "minor_tail", "orphan_minors"]

#: A sum in figures from which a minor unit after a blank alone is another figure.
_JOINED_ONLY = 1000
#: Units of at most this many characters are read as written, in small letters ("43c", not "43C",
#: a temperature); longer ones in any case ("20 Cent", "43 SEN").
_SHORT = 3


#: The shape of a tail after its first blanks, its unit left out: a word as short as a joiner and
#: of a joiner's first letter, and blanks, or none; then a count of one or two digits (read in any
#: case).  Cheap: most amounts are followed by none, and the tail's own pattern
#: (:func:`_tail_pattern`), which names every joiner and unit, is read only after it.
TAIL_SHAPE = (
    rf"(?:[{re.escape(''.join(sorted({w[0].lower() for w in words().minor_joiners})))}]"
    rf"[^\W\d_]{{0,{max(map(len, words().minor_joiners)) - 1}}}[ \u00a0]+)?[0-9]{{1,2}}(?![0-9])"
)


@functools.cache
def _tail_units() -> Mapping[str, Marker]:
    """Every minor unit a tail may be written in, lower case -> its codes and digits: the packs'
    ``minor`` rows and their ``tail_minor`` rows, the codes of one word merged.  The units of Han
    script are left to the scan, which reads them glued ("3元5角2分")."""
    found: dict[str, tuple[list[str], int]] = {}
    for pack in languages().values():
        for name in (*pack.names, *pack.tail_minors):
            if name.minor and not _is_cjk(name.text[0]):
                codes, _ = found.setdefault(name.text.lower(), ([], name.minor))
                codes.extend(code for code in name.codes if code not in codes)
    return MappingProxyType({word: Marker(tuple(codes), digits) for word, (codes, digits) in found.items()})


def _alternation(said: Iterable[str]) -> str:
    """An alternation of the words ``said``, longer first (:mod:`moneyparse.phrases` builds its
    patterns with it too)."""
    return "|".join(map(re.escape, sorted(said, key=len, reverse=True)))


@functools.cache
def _tail_pattern() -> re.Pattern[str]:
    """A count of minor units right after a major amount: blanks, a joiner and blanks or not,
    the count, and its unit, glued or after one blank."""
    units = _tail_units()
    longer = _alternation(w for w in units if len(w) > _SHORT)
    short = _alternation(w for w in units if len(w) <= _SHORT)
    return re.compile(
        rf"[ \u00a0]+(?:(?P<joiner>(?i:{_alternation(words().minor_joiners)}))[ \u00a0]+)?"
        # (not a letter's abbreviation: "£3 and 8 p.m.")
        rf"(?P<num>[0-9]{{1,2}})[ \u00a0]?(?P<unit>(?i:{longer})|{short})(?![^\W\d_]|\.[^\W\d_])"
    )


def minor_tail(text: str, cur: _Raw, nxt: _Raw | None) -> tuple[_Raw, bool] | None:
    """``cur``, a major amount in whole units, joined with the count of its minor units written
    right after it (see the module), and whether ``nxt``, the candidate after ``cur``, was that
    count read alone (then it is part of the amount now); None where no such count follows.
    The caller has matched :data:`TAIL_SHAPE` after the blanks at ``cur.end``."""
    m = _tail_pattern().match(text, cur.end)
    if m is None:
        return None
    unit = _tail_units()[m.group("unit").lower()]
    shared = tuple(code for code in cur.marker_info.codes if code in unit.codes)
    count = Decimal(int(m.group("num")))
    if not shared or count >= 10**unit.minor:
        return None
    if m.group("joiner") is None and cur.value >= _JOINED_ONLY and any(ch.isdigit() for ch in text[cur.start : cur.end]):
        return None  # "1,000 dollars 50 cents": another figure
    read_alone = nxt is not None and nxt.start < m.end()
    if read_alone and (nxt.start, nxt.end) != (m.start("num"), m.end()):  # type: ignore[union-attr]
        return None
    info = cur.marker_info if len(shared) == len(cur.marker_info.codes) else Marker(shared, cur.marker_info.minor)
    joined = _Raw(cur.start, m.end(), cur.value + count.scaleb(-unit.minor), None, -unit.minor, text[cur.start : m.end()],
                  cur.marker, info, cur.scale, cur.more, cur.least, cur.hedge)
    return joined, read_alone


#: How far back a word before a minor unit is read: no currency name's word is longer.
_WORD_REACH = 40
_DIGIT = re.compile(r"\d")
#: The joiners, in small letters.
_JOINERS = frozenset(word.lower() for word in words().minor_joiners)


def _word_before(text: str, end: int) -> tuple[int, int]:
    """The span of the word that ends where the blanks before ``end`` begin (empty when none)."""
    chunk = text[max(0, end - _WORD_REACH) : end]
    kept = chunk.rstrip(" \u00a0")
    if len(kept) == len(chunk) or not kept or kept[-1].isspace():
        return end, end
    word_end = end - len(chunk) + len(kept)
    return word_end - len(kept.rsplit(None, 1)[-1]), word_end


#: How many words a currency name written before a minor unit is read back over ("new zealand
#: dollars").
_NAME_WORDS = 3


def _name_before(text: str, raw: _Raw) -> int | None:
    """Where a currency name of ``raw``'s minor unit ends, written right before it, or before it
    and a joiner: "kroner og 23 øre", "dollars 23 cents"; None where none is.  The longest name
    of up to three words decides ("the Australian dollar 75 US cents": no name of the US cents)."""
    start, end = _word_before(text, raw.start)
    if start < end and text[start:end].lower() in _JOINERS:
        start, end = _word_before(text, start)
    word = text[start:end]
    if not word or _DIGIT.search(word):
        return None
    t = tables()
    if word.lower() not in t.names and word not in t.suffix and word.rstrip(".").upper() not in t.currencies:
        return None  # (cheap test first: the word before is no name, "for 99 cents", most often)
    firsts = [start]
    while len(firsts) < _NAME_WORDS and (before := _word_before(text, firsts[-1]))[0] < before[1]:
        firsts.append(before[0])
    for first in reversed(firsts):
        word = " ".join(text[first:end].split())
        found = t.marker(word, after=True) or (t.marker(word[:-1], after=True) if word.endswith(".") else None)
        if found is not None:
            break
    else:
        return None
    tail = _tail_units().get(raw.marker.lower())
    codes = set(raw.marker_info.codes) | set(tail.codes if tail else ())  # (the rand's cents too)
    return None if found.minor or codes.isdisjoint(found.codes) else end


def orphan_minors(text: str, raws: list[_Raw], minors: list[int]) -> list[_Raw]:
    """``raws`` without the minor units written right after a currency name at which no amount of
    ``raws`` ends: the tails of amounts that were not read (see the module).  ``minors``: the
    indices of ``raws`` whose unit is a minor one."""
    dropped = set()
    for k in minors:
        raw = raws[k]
        name_end = _name_before(text, raw) if _tail_like(raw) else None
        # (an amount that ends at the name stands right before the unit in ``raws``)
        if name_end is not None and all(before.end != name_end for before in raws[max(0, k - 2) : k]):
            dropped.add(k)
    return [raw for k, raw in enumerate(raws) if k not in dropped] if dropped else raws


def _tail_like(raw: _Raw) -> bool:
    """Whether ``raw`` is a count of minor units that a tail is written with: whole, below the
    unit's whole, no range ("23 øre"; not "75.20 US cents", a rate's figure)."""
    minor = raw.marker_info.minor
    return minor > 0 and raw.high is None and raw.value < 1 and raw.exponent >= -minor
