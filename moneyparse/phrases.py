"""Phrases around the amounts: ranges, compounds and minor units, hedges and signs.

Run on the candidates of a whole text, in order: :func:`_merge_ranges` joins "$5-6bn",
"£2bn-£2.5bn" and "between US$250 and US$300 million", leaves a change as two amounts ("rose
from €75 to €78", "Fiat rose $0.06 to $9.44": see :func:`_changes`), and reads the amount of a
change whose marker is left out ("fell to 1.05 billion dlrs from 3.04 billion": see
:func:`_elided_after`); :func:`_merge_compounds` joins a major amount with its minor units ("3
dollars 50 cents", "三块五") and with a name or code after it that repeats or settles its sign
("$10 dollars", "$5.00 CAD"); then, for each mention, :func:`_sign`, :func:`_hedge` ("more than",
"约") and :func:`_hedge_after` ("or more", "以上"), and the place value of its last written digit
(:func:`_precision`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace
from decimal import Decimal

from moneyparse.grammar import (
    _DIGIT_NAMES,
    _EN_COUNTS,
    _EN_PACK,
    _LONE_SPELLED_STOP,
    _NAME_AFTER,
    _TEEN_NAMES,
    _TENS_NAMES,
    _compiled,
    _is_cjk,
    _is_devanagari,
)
from moneyparse.lexicon import Marker, Tables, tables, words
from moneyparse.mention import Qualifier
from moneyparse.names import _long_name_seconds, _longer_name
from moneyparse.number_words import HUNDRED, POWER
from moneyparse.numbers import parse_cjk, parse_digits
from moneyparse.reading import _ENGLISH_FIRST, _NAME_FIRST, _Raw, _scale_of, _spelled, _tidy
from moneyparse.spelled import parse_words

_LAST_LETTERS = re.compile(r"[^\W\d_]+$")


def _hedge(text: str, start: int) -> Qualifier | None:
    """The hedge just before ``start`` ("more than", "约")."""
    head = text[max(0, start - 30) : start]
    stripped = head.rstrip()
    if not stripped:
        return None
    last = stripped[-1]
    # cheap test first: most amounts follow a word or sign that ends no hedge
    if last.isascii() and last.isalpha():
        word = stripped.rsplit(None, 1)[-1].lower()
        if word not in _hedge_words():
            if word.isalpha():
                return None
            # "(about", "cost:approximately": the letters at the end are the word
            m = _LAST_LETTERS.search(word)
            if m is None or m.group() not in _hedge_words():
                return None
    elif last.lower() not in _hedge_last_chars():  # "JUSQU'À"
        return None
    longest = _hedge_longest()
    wide = stripped[-2 * longest :]
    if "  " in wide or not wide.isprintable():
        # a phrase's words may stand apart by more than one space, or by tabs or no-break spaces
        # ("more  than"): read twice as far back and close the spaces up
        reach = 2 * longest
        tail = " ".join(wide.split())
    else:
        reach = longest
        tail = stripped[-longest:]
    if tail.isascii() and not tail.lower().endswith(_hedge_phrases()):
        # "of", "to", "as" end many phrases, few of them hedges.  (Other scripts go to the pattern,
        # which matches case-insensitively as ``lower`` does not: "ſ" for "s".)
        return None
    # no hedge starts further back than that; the lookbehind still sees the character before
    # the search's start
    m = _compiled().hedge_before.search(head, max(0, len(stripped) - reach))
    if not m:
        return None
    value = tables().hedges.get(" ".join(m.group().split()).lower())
    return None if value is None else Qualifier(value)


def _hedge_after(text: str, end: int) -> Qualifier | None:
    """A bound written after the amount: "$5bn+", "a $5 billion-plus deal", "$50,000 or more",
    "£5 or less", "3800亿元以上".

    "$5+$6" and "$5+5" are sums, not bounds: the plus must end the phrase.  "$5 or more than $6"
    compares, and "or more" is no bound there.
    """
    ch = text[end : end + 1]
    if ch == "+":
        after = text[end + 1 : end + 2]
    elif ch == "-":
        if text[end + 1 : end + 5].lower() != "plus":
            return None
        after = text[end + 5 : end + 6]
    else:
        pattern, firsts = _after_hedges()
        # cheap test first: most amounts are followed by a word that begins no bound
        if text[end : end + 4].lstrip(" \u00a0")[:1].lower() not in firsts:
            return None
        m = pattern.match(text, end)
        if m is None:
            return None
        # (the pattern matches case-insensitively as ``lower`` does not: "ſ" for "s")
        value = tables().hedges_after.get(" ".join(m.group(1).split()).lower())
        return None if value is None else Qualifier(value)
    return Qualifier.AT_LEAST if not after or not (after.isalnum() or after in "$€£¥₹+-") else None


@functools.cache
def _after_hedges() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of the bounds written after an amount (their words set apart by any spaces),
    and the first characters they can begin with, lower case."""
    phrases = sorted(tables().hedges_after, key=len, reverse=True)
    # a phrase of a spaced script ends at a word's end, and is no bound before "than" or "all"
    # ("or more than $6", "and above all"), nor "up" before "to" ("and up to six months"); "以上"
    # is followed by more Han at once ("3800亿元以上的项目")
    spaced = "|".join(
        r"[ \u00a0]+".join(map(re.escape, p.split())) + (r"(?![ \u00a0]+to\b)" if p.endswith(" up") else "")
        for p in phrases
        if not _is_cjk(p[0])
    )
    closed = "|".join(map(re.escape, (p for p in phrases if _is_cjk(p[0]))))
    words = rf"(?:{spaced})(?![^\W_]|-|[ \u00a0]+(?:than|all)\b)" + (f"|{closed}" if closed else "")
    # up to three spaces before the bound, as the cheap test in _hedge_after looks that far
    pattern = re.compile(rf"[ \u00a0]{{0,3}}({words})", re.IGNORECASE)
    return pattern, frozenset(phrase[0] for phrase in phrases)


@functools.cache
def _hedge_phrases() -> tuple[str, ...]:
    """Every hedge as written in the tables, lower case ("more than", "约")."""
    return tuple(tables().hedges)


@functools.cache
def _hedge_longest() -> int:
    return max(map(len, tables().hedges))


@functools.cache
def _hedge_last_chars() -> frozenset[str]:
    """Last characters of the hedges that do not end in a letter ("~", "约", "c.")."""
    return frozenset(h[-1] for h in tables().hedges if not (h[-1].isascii() and h[-1].isalpha()))


@functools.cache
def _hedge_words() -> frozenset[str]:
    """Last words of every hedge phrase ("than" of "more than")."""
    return frozenset(h.split()[-1] for h in tables().hedges)


@functools.lru_cache(maxsize=64)
def _precision(exponent: int) -> Decimal:
    """Ten to the power ``exponent``: the place value of a last written digit."""
    return Decimal(1).scaleb(exponent)


def _sign(text: str, start: int) -> str:
    """The sign written right before the phrase ("−€13.2 million", "+$5"), or "".

    A dash after a word or a number ("2019-$5", "cost-$5") is punctuation, not a sign.
    """
    if start == 0:
        return ""
    ch = text[start - 1]
    if ch not in "-−–+":
        return ""
    before = text[start - 2] if start >= 2 else " "
    return "" if before.isalnum() or before in ".,)" else ch


def _merge_ranges(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Join "$5-6bn", "£2bn-£2.5bn" and "$40 to $50 million" into one candidate with a high end.

    A range has two ends: "$5-$5-$5" gives a range and a lone amount, never a chain.  Each kind of
    range is read by its own step, tried in this order after a cheap test of the text around the
    amount: two ends with markers (:func:`_marked_range`), a high end without one
    (:func:`_range_to_bare_high`), a low end without one (:func:`_range_from_bare_low`); an
    amount that starts none is kept, with the amounts a change beside it leaves the marker out of
    (:func:`_keep_with_elided`).
    """
    c = _compiled()
    out: list[_Raw] = []
    i = 0
    n = len(raws)
    while i < n:
        raw = raws[i]
        nxt = raws[i + 1] if i + 1 < n else None
        # "£2bn-£2.5bn", "$40 to $50 million": two candidates with the same marker; "$5-6 million
        # CAD": a code after the high end that the sign before the low end can mean
        # (one line break may stand among a separator's spaces: "from $250,000,000 to\n$500,000,000")
        gap = nxt.start - raw.end if nxt is not None else 99
        if nxt is not None and (gap <= 7 or (gap <= 16 and text.count("\n", raw.end, nxt.start) == 1)) and (
            raw.marker == nxt.marker or _code_closes(text, raw, nxt) or _sign_repeats(text, raw, nxt)
        ):
            merged = _marked_range(text, raw, nxt, gap)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        # "$5-6bn": the high end has no marker of its own
        follow = text[raw.end : raw.end + 4]
        if (
            follow[:1] in "-–— t"
            and (nxt is None or nxt.start > raw.end + 1)
            # a separator must come after the blanks: most amounts are followed by a word
            and text[raw.end : raw.end + 12].lstrip(" \u00a0")[:1] in "-–—t"
        ):
            merged = _range_to_bare_high(text, raw, nxt, c.range_after)
            if merged is not None:
                out.append(merged)
                i += 1
                continue
        # "5-6 billion dollars": the low end has no marker of its own
        # (cheap test first: a dash, or the last letter of "to" or "and", before the amount)
        if text[max(0, raw.start - 4) : raw.start].rstrip(" \u00a0")[-1:] in ("-", "–", "—", "o", "d"):
            merged = _range_from_bare_low(text, raw, out[-1].end if out else 0)
            if merged is not None:
                out.append(merged)
                i += 1
                continue
        _keep_with_elided(text, raw, nxt, out)
        i += 1
    return out


def _marked_range(text: str, raw: _Raw, nxt: _Raw, gap: int) -> _Raw | None:
    """``raw`` and ``nxt`` as the two ends of one range when a range separator stands between them
    ("£2bn-£2.5bn", "between US$250 and US$300 million"), else None."""
    between = text[raw.end : nxt.start]
    wrapped = "\n" in between
    separator = _RANGE_SEPARATOR.fullmatch(between) if gap <= 6 or wrapped else None
    if wrapped and between.count("\n") > 1:
        separator = None
    if separator and "to" in between and _changes(text, raw.start):
        separator = None  # "rose from €75 to €78", "Fiat rose $0.06 to $9.44": a change, not a range
    if separator is None and "and" in between and _BETWEEN_BEFORE.search(text, max(0, raw.start - 16), raw.start):
        separator = _AND_SEPARATOR.fullmatch(between)  # "between US$250 and US$300 million"
    if separator is None and "up" in between and not _changes(text, raw.start):
        # "ranging from $50,000 up to $150,000", "auctioned at US$3,000 up to US$5,000"
        separator = _UP_TO_SEPARATOR.fullmatch(between)
    if not separator:
        return None
    merged = _as_range(raw, nxt)
    if merged is not None and raw.marker != nxt.marker and _code_closes(text, raw, nxt):
        merged = replace(merged, marker_info=nxt.marker_info)  # the code after the high end
    return merged


def _range_to_bare_high(text: str, raw: _Raw, nxt: _Raw | None, range_after: re.Pattern[str]) -> _Raw | None:
    """``raw`` as the low end of a range whose high end follows with no marker ("$5-6bn"), else None."""
    m = range_after.match(text, raw.end)
    if m and "to" in m.group() and _changes(text, raw.start):
        m = None
    if m and raw.exponent < 0 and not m.group("scale") and m.group("num").isdigit() and _NAME_AFTER.match(text, m.end()):
        # "knives - $0.50 - 1 Coal Stove - $2.00": after a price in cents, a whole number
        # before a capitalized word counts the next item ("$20 - 30 Per Person" is a range)
        m = None
    if m and (nxt is None or m.end() <= nxt.start) and raw.scale >= 0:
        return _open_high(text, raw, m)
    return None


def _range_from_bare_low(text: str, raw: _Raw, prev_end: int) -> _Raw | None:
    """``raw`` as the high end of a range whose low end comes before it with no marker ("5-6 billion
    dollars"), the low end starting at or after ``prev_end``; else None."""
    m = _low_end(text, raw.start)
    if m and m.end() == raw.start and m.start() >= prev_end:
        return _open_low(text, raw, m)
    return None


def _keep_with_elided(text: str, raw: _Raw, nxt: _Raw | None, out: list[_Raw]) -> None:
    """Append ``raw`` to ``out``, with the amount before or after it that a change leaves the marker
    out of: "from 2.7 billion to 3.1 billion schillings", "fell to 1.05 billion dlrs from 3.04
    billion" (cheap test first: "from" near the amount)."""
    low = raw.start - 70
    if raw.high is None and text.find("from", low if low > 0 else 0, raw.end + 16) >= 0:
        before = _elided_before(text, raw, out[-1].end if out else 0)
        if before is not None:
            out.append(before)
        out.append(raw)
        after = _elided_after(text, raw, nxt.start if nxt is not None else len(text))
        if after is not None:
            out.append(after)
    else:
        out.append(raw)


def _alternation(said: tuple[str, ...]) -> str:
    """An alternation of the words ``said``, longer first."""
    return "|".join(map(re.escape, sorted(said, key=len, reverse=True)))


# Between a major amount and its minor units: "3 dollars 50 cents", "15 dollars et 15 cents",
# "五元三毛", "两美元又三美分", "545ドルと5セント", "1 달러와 50 센트" (the packs' minor_joiners).
_COMPOUND_SEP = re.compile(rf"[ \u00a0]*(?:(?:{_alternation(words().minor_joiners)})[ \u00a0]*)?", re.IGNORECASE)
_TAIL_WORDS = (
    rf"(?:(?:{_TENS_NAMES})(?:[ -](?:{_DIGIT_NAMES}))?"
    rf"|{_DIGIT_NAMES}|{_TEEN_NAMES})"
)
# A bare number of minor units after a major amount: "15 dollars 50", "17 USD 25", "one dollar and one".
_BARE_MINOR = re.compile(
    # (or one word of another language, read in Python: "zwei Euro fünfzig", "vijf euro vijftig")
    rf"[ \u00a0]+(?:(?:{_alternation(words().tail_joiners)})[ \u00a0]+)?(?P<num>[0-9]{{1,2}}|{_TAIL_WORDS}|[^\W\d_]{{3,30}})"
    r"(?=[ \u00a0]*(?:[.,;!?)]|$)|[ \u00a0]+(?:and|more)\b)",
    re.IGNORECASE,
)
# A name or code after a number whose marker was written before it: it repeats the marker
# ("$10 dollars", "$ 10 usd", "$10,000USD") or says which of its currencies is meant ("$5.00 CAD",
# "$6 billion (USD)", "($16 billion US)" where the phrase ends); the names are the packs' repeats, those in Devanagari apart, whose vowel
# signs the word boundary does not know.
_REPEATED_NAME = re.compile(
    rf"[ \u00a0]?(?:(?P<name>{_alternation(tuple(w for w in words().repeats if not _is_devanagari(w[0])))}|(?-i:[A-Z]{{3}}))\b"
    r"|(?P<us>(?-i:US|U\.S\.))(?=[ \u00a0]*(?:[)\],;:!?]|$)|\.)"
    rf"|(?P<hindi>{_alternation(tuple(w for w in words().repeats if _is_devanagari(w[0])))})(?![\u0900-\u097f])"
    r"|\((?P<code>(?-i:[A-Z]{3}))\))",
    re.IGNORECASE,
)
#: What "US" or "U.S." after an amount says: the dollar is the US dollar.
_US_AFTER = Marker(("USD",))


#: A digit of jiao after "块" with nothing after it but punctuation, a space, 钱 or the end.
_JIAO_TAIL = re.compile(r"([一二两三四五六七八九])(?=$|[\s，。、！？；：,.!?;:钱的）)])")


def _merge_compounds(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Join a major amount with the minor units that follow it into one candidate."""
    given = raws
    t = tables()
    out: list[_Raw] = []
    i = 0
    n = len(raws)
    while i < n:
        cur = raws[i]
        j = i + 1
        whole = cur.high is None and cur.marker_info.minor == 0 and cur.scale == 0 and cur.exponent >= 0
        prefixed = text.startswith(cur.marker, cur.start)
        if prefixed:
            m = _REPEATED_NAME.match(text, cur.end)
            # (cheap test first: a name of several words after the amount begins with a capital)
            named = _named_after(text, cur, t, m) if m or text[cur.end + 1 : cur.end + 2].isupper() else None
            if named is not None:
                cur = named
                # a candidate that the scan started on that name is no amount of its own ("USD 15
                # Mbit/s"), unless a sign follows the name ("$50.00 USD $60.00 USD" in a table)
                while j < n and raws[j].start < cur.end:
                    rest = _after_name(text, raws[j], cur.end)
                    if rest is not None:
                        if raws is given:
                            raws = list(given)  # the caller's list stays as it was
                        raws[j] = rest
                        break
                    j += 1
        if whole and cur.high is None:
            codes = set(cur.marker_info.codes)
            last_minor = 0
            while j < n:
                nxt = raws[j]
                minor = nxt.marker_info.minor
                if (
                    nxt.high is not None
                    or minor <= last_minor
                    or not codes & set(nxt.marker_info.codes)
                    or nxt.start - cur.end > 6
                    or not _COMPOUND_SEP.fullmatch(text, cur.end, nxt.start)
                ):
                    break
                cur = _Raw(cur.start, nxt.end, cur.value + nxt.value, None, nxt.exponent,
                           text[cur.start : nxt.end], cur.marker, cur.marker_info, cur.scale)
                last_minor = minor
                j += 1
            if j == i + 1 and t.currencies.get(cur.marker_info.codes[0], (2, ""))[0] == 2:
                m = _BARE_MINOR.match(text, cur.end)
                if m:
                    cur = _cents_after(text, cur, m, prefixed, raws[j].start if j < n else len(text))
            if j == i + 1 and cur.marker in ("块", "塊") and cur.exponent >= 0:
                # "三块五" is three yuan and five jiao, as speech says it; "三块五一斤" is no such tail
                m = _JIAO_TAIL.match(text, cur.end)
                if m and (j >= n or raws[j].start >= m.end()):
                    jiao = parse_cjk(m.group(1)).value
                    cur = _Raw(cur.start, m.end(), cur.value + jiao.scaleb(-1), None, -1,
                               text[cur.start : m.end()], cur.marker, cur.marker_info, cur.scale)
        out.append(cur)
        i = j
    return out


def _named_after(text: str, cur: _Raw, t: Tables, m: re.Match[str] | None) -> _Raw | None:
    """``cur``, led by its marker, extended over a name or code after it that repeats the marker
    ("$400.00 USD", "$10 dollars", "$125 billion U.S. dollars") or picks one of its currencies
    ("$5.00 CAD"); None when no such name follows.  ``m`` is the match of a name or code of one
    word right after the amount, if any."""
    if m and m.group("us"):
        named: Marker | None = _US_AFTER
    else:
        named = t.marker(m.group("name") or m.group("hindi") or m.group("code"), after=True) if m else None
    shared = named is not None and [c for c in cur.marker_info.codes if c in named.codes]
    name_end = m.end() if shared else -1  # type: ignore[union-attr]
    if (
        not shared
        and text[cur.end : cur.end + 1] in (" ", "\u00a0")
        # cheap test first: such names begin with a capital ("U.S. dollars", "Canadian")
        and text[cur.end + 1 : cur.end + 2].isupper()
        and text[cur.end + 1 : cur.end + 24].split(" ", 1)[0].lower() in _long_name_seconds()
    ):
        # a name of several words: "$125 billion U.S. dollars", "$5 Canadian dollars"
        longer = _longer_name(text, cur.end + 1)
        if longer is not None:
            shared = [c for c in cur.marker_info.codes if c in longer[2].codes]
            name_end = longer[1]
    if not shared:
        return None
    # "$400.00 USD", "$10 dollars": the name repeats the sign; "$5.00 CAD": a code picks one of
    # the sign's currencies
    info = cur.marker_info
    if len(shared) == 1 and len(info.codes) > 1:
        info = Marker((shared[0],), info.minor)
    return _Raw(cur.start, name_end, cur.value, cur.high, cur.exponent, cur.number_text, cur.marker, info,
                cur.scale)


def _cents_after(text: str, cur: _Raw, m: re.Match[str], prefixed: bool, limit: int) -> _Raw:
    """``cur`` with the bare number of cents after it (``m``) joined, when that ends at or before
    ``limit`` (where the next candidate starts): "15 dollars 50", "17 USD 25", "one dollar and one"."""
    # after a sign written first, only a spelled tail joined by "and" counts:
    # "c $ 100 and fifty", never "$28,930 2. Food Bank"
    if prefixed and (m.group("num").isdigit() or " and " not in m.group().lower()):
        return cur
    if m.end() <= limit:
        tail = m.group("num")
        try:
            # a word of another language that is an English one more often ("paid 5
            # dollars once") is no tail
            low = tail.lower()
            lone = low in _LONE_SPELLED_STOP or low in _ENGLISH_FIRST or low in _NAME_FIRST
            spelled = None if tail.isdigit() or lone else _spelled(tail)[0]
            cents = Decimal(int(tail)) if tail.isdigit() else (spelled.value if spelled else None)
        except ValueError:
            cents = None
        if cents is not None and cents < 100:
            return _Raw(cur.start, m.end(), cur.value + cents.scaleb(-2), None, -2,
                        text[cur.start : m.end()], cur.marker, cur.marker_info, cur.scale)
    return cur


def _code_closes(text: str, low: _Raw, high: _Raw) -> bool:
    """True when ``low`` is led by an ambiguous sign and ``high`` ends in a marker that names only
    currencies the sign can mean: "$5" and "6 million CAD" of "$5-6 million CAD"."""
    codes = low.marker_info.codes
    return (
        low.marker_info.ambiguous
        and all(code in codes for code in high.marker_info.codes)
        and text.startswith(low.marker, low.start)
        and not text.startswith(high.marker, high.start)
    )


def _sign_repeats(text: str, low: _Raw, high: _Raw) -> bool:
    """True when ``high`` is led by a bare sign that can mean the one currency of the sign before
    ``low``: "US$1 to $70", "US$6,500–$8,000", "HK$5-$7" (the low end says which dollar)."""
    codes = low.marker_info.codes
    return (
        len(codes) == 1
        and high.marker_info.ambiguous
        and codes[0] in high.marker_info.codes
        and text.startswith(low.marker, low.start)
        and text.startswith(high.marker, high.start)
    )


def _after_name(text: str, raw: _Raw, at: int) -> _Raw | None:
    """``raw`` without its part before ``at``, when what its marker has left there is a marker of
    its own: "USD $60.00" from ``at`` on is "$60.00"."""
    marker_end = raw.start + len(raw.marker)
    if not text.startswith(raw.marker, raw.start) or marker_end <= at:
        return None
    rest = text[at:marker_end]
    start = at + len(rest) - len(rest.lstrip(" \u00a0"))
    rest = rest.strip(" \u00a0")
    info = tables().marker(rest, after=False) if rest else None
    if info is None:
        return None
    return _Raw(start, raw.end, raw.value, raw.high, raw.exponent, raw.number_text, rest, info, raw.scale)


# Spaces between the words of a separator: a run of blanks, and at most one line break among
# them (a hard-wrapped line: "from $250,000,000 to\n$500,000,000"); a blank line ends the phrase.
_SPACES = r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?"
_SPACED = r"(?:[ \u00a0]+(?:\r?\n[ \u00a0]*)?|\r?\n[ \u00a0]*)"
_RANGE_SEPARATOR = re.compile(rf"[ \u00a0]*(?:-|–|—)[ \u00a0]*|{_SPACES}to{_SPACES}")
_AND_SEPARATOR = re.compile(rf"{_SPACED}and{_SPACED}")
# (a hedge may stand between "from" and the amount: "rose from about $2.7 billion to $3.1 billion")
_FROM_BEFORE = re.compile(
    rf"\bfrom{_SPACED}(?:(?:about|around|some|nearly|almost|roughly|approximately){_SPACED})?$", re.IGNORECASE
)
_BETWEEN_BEFORE = re.compile(rf"\bbetween{_SPACED}$", re.IGNORECASE)
_UP_TO_SEPARATOR = re.compile(rf"{_SPACED}up{_SPACED}to{_SPACED}", re.IGNORECASE)

# Changes and ranges.  "from X to Y" is a range ("prices from $25 to $250", "a figure of from
# $250,000,000 to $500,000,000", "From 26 to 50 €") unless a word of change governs it: the
# nearest of these words before "from", in its clause, is one of _CHANGE_WORDS ("Income increased
# from €75 to €78", "raised its quarterly dividend from $2.10 to $2.45 a share", "a hike from $5
# to $6") and not one of _SPAN_WORDS ("Prices rose, and now range from $5 to $10").  "X to Y" with
# no "from" is a range ("the forecast of $3bn to $4bn", "raised its forecast to $3.10 to $3.30 a
# share": the new value is a range) unless X says by how much something moved: a word of
# _MOVE_WORDS right before it, with at most a few words of degree between ("Fiat rose $0.06 to
# $9.44", "up only 13 mln dlrs to 106.2 billion dlrs", "fell by about $2 to $30").  A dash
# always makes a range ("$5-6bn").  The words are English, as is "to" of the ranges.
#
# Cases decided on purpose: "raised its offer to $5 from $4.50" is two amounts (no separator of a
# range stands between them); "rose 5% to $10" is one (a percentage is no money, and nothing joins
# $10 to it); "between 2009 and 2010 sales rose to $5bn" has no range (a year is no low end of an
# amount far above it, and "and" joins only the two ends right after "between"); "shares could
# rise $5 to $10" is read as a move and a level, though a writer may mean a rise of $5 to $10.

#: Verbs that move a value by an amount, as markets and results are reported: after one of them,
#: the first amount is the move and the second the level reached.  Verbs that take an object
#: ("raised $5 to $10 million", "cut $3bn to $4bn from spending", "adds $5 to $10 a month") make
#: a range of it, and are not here.
_MOVE_WORDS = frozenset(
    """
    rise rises rose risen rising fall falls fell fallen falling gain gains gained gaining
    lose loses lost losing climb climbs climbed climbing jump jumps jumped jumping
    drop drops dropped dropping decline declines declined declining increase increases increased
    increasing decrease decreases decreased decreasing grow grows grew grown growing
    slip slips slipped slipping slide slides slid sliding sink sinks sank sunk sinking
    soar soars soared soaring surge surges surged surging plunge plunges plunged plunging
    plummet plummets plummeted plummeting tumble tumbles tumbled tumbling slump slumps slumped
    slumping dip dips dipped dipping ease eases eased easing advance advances advanced advancing
    rally rallies rallied rallying rebound rebounds rebounded rebounding shed sheds shedding
    firmed weakened strengthened edged up down higher lower
    """.split()
)
#: Words of change that govern a "from X to Y" after them: the moves, the verbs that take an
#: object, the nouns ("a hike from $5 to $6") and "times" ("grew by 23.6 times (from $37K to
#: $912K)").
_CHANGE_WORDS = _MOVE_WORDS | frozenset(
    """
    raise raises raised raising lift lifts lifted lifting boost boosts boosted boosting
    hike hikes hiked hiking cut cuts cutting lowered lowering reduce reduces reduced reducing
    reduction trim trims trimmed trimming slash slashes slashed slashing double doubles doubled
    doubling triple triples tripled tripling halve halves halved halving revise revises revised
    revising adjust adjusts adjusted adjusting change changes changed changing go goes went gone
    going move moves moved moving swing swings swung swinging widen widens widened widening
    narrow narrows narrowed narrowing expand expands expanded expanding shrink shrinks shrank
    shrunk shrinking improve improves improved improving recover recovers recovered recovering
    growth times
    """.split()
)
#: Words of a span of values: the nearest of them makes "from X to Y" a range even after a
#: change further back ("Sales rose, and prices ranged from $5 to $10").
_SPAN_WORDS = frozenset(
    """
    range ranges ranged ranging vary varies varied varying anywhere somewhere
    earn earns earned earning cost costs costing priced prices pricing charge charges charged
    charging fees
    """.split()
)
#: Words of degree that may stand between a move and its amount ("up only 13 mln dlrs", "rose by
#: about $5 to $30").
_DEGREE_WORDS = frozenset("only just about some nearly almost roughly around approximately another further a an by".split())
#: Where a clause ends: sentence punctuation before a space, or a blank line.
_CLAUSE_END = re.compile(r"[.;:!?](?=\s)|\n[^\S\n]*\n")
#: Words that open a clause of their own ("rose, while tickets from $5 to $10 sold").
_CLAUSE_WORDS = frozenset(("while", "whereas", "but"))


def _clause_words(text: str, at: int, reach: int) -> list[str]:
    """The words of the clause that ends at ``at``, at most ``reach`` characters back, lower case
    and without the punctuation around them."""
    head = text[max(0, at - reach) : at]
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    if ends:
        head = head[ends[-1] :]
    return [w.strip(",()[]\"'\u2018\u2019\u201c\u201d").lower() for w in head.split()]


def _governed(words: list[str]) -> bool:
    """True when the nearest word of change or of a span at the end of ``words`` (the words of a
    clause before a "from" or a "to", in text order; twelve at most) is a word of change."""
    for word in reversed(words[-12:]):
        if word in _SPAN_WORDS or word in _CLAUSE_WORDS:
            return False
        if word in _CHANGE_WORDS:
            return True
    return False


def _changes(text: str, start: int) -> bool:
    """True when the amount at ``start`` and the one after "to" are a change, not a range (see
    above): a word of change governs the "from" right before it, or a move stands right before it."""
    m = _FROM_BEFORE.search(text, max(0, start - 32), start)
    if m is not None:
        return _governed(_clause_words(text, m.start(), 100))
    for word in reversed(_clause_words(text, start, 40)[-4:]):
        if word in _MOVE_WORDS:
            return True
        if word not in _DEGREE_WORDS:
            return False
    return False


# The amount whose marker a change leaves out, as wire copy writes it: "fell to 1.05 billion dlrs
# from 3.04 billion", "4.2 billion yuan, up from 3.1 billion", "rose from 2.7 billion to 3.1 billion
# schillings".  The bare amount is read as one of its own with the marker of the other, when the
# sentence is a change (a word of change governs the "to" before the marked amount, or its "from",
# or "up"/"down" stands before "from") and the bare number is clearly an amount: it has a scale
# word ("3.04 billion"), or it has decimals, and so has the marked amount, which has no scale
# ("fell to 9.44 dlrs from 9.50").  A year, a count or a number whose scale is the other's to guess
# ("rose from 5 to 6 million dollars", "fell to 1.05 billion dlrs from 3.04") gives no mention.
# After the bare amount, only punctuation or a word that cannot be its unit may follow ("from 2.5
# mln shares" counts shares).  The words are English.

_ELIDED_HEDGE = rf"(?:(?:about|around|some|nearly|almost|roughly|approximately){_SPACED})?"
_ELIDED_NUMBER = (
    r"(?P<amount>(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    rf"(?:{_SPACES}(?P<word>thousand|million|billion|trillion|mln|mn|bln|bn|tln|tn)|(?P<glued>bn|mn|m|b|k))?)"
    r"(?![0-9]|[.,][0-9])"
)
#: After a marked amount: "from 3.04 billion", ", up from 3.1 billion".
_ELIDED_AFTER = re.compile(
    rf"(?P<way>,?{_SPACED}(?:up|down))?{_SPACED}from{_SPACED}{_ELIDED_HEDGE}{_ELIDED_NUMBER}", re.IGNORECASE
)
#: Before a marked amount, from the last "from" to the end of the text searched: "from 2.7 billion to ".
_ELIDED_BEFORE = re.compile(
    rf"\bfrom{_SPACED}{_ELIDED_HEDGE}{_ELIDED_NUMBER}{_SPACED}to{_SPACED}{_ELIDED_HEDGE}$", re.IGNORECASE
)
#: Words that may follow the bare amount: none of them is a unit it counts.
_AFTER_ELIDED = frozenset(
    "in and at on a an the for during last earlier previously before while but or as with when since "
    "over then after against compared reported".split()
)


def _elided(text: str, raw: _Raw, m: re.Match[str]) -> _Raw | None:
    """The bare amount ``m`` (its groups as in :data:`_ELIDED_NUMBER`) with the marker of ``raw``,
    or None when its number is not clearly an amount."""
    scale_word = m.group("word") or m.group("glued")
    decimals = "." in m.group("num")
    if not scale_word and not (decimals and raw.scale == 0 and raw.exponent < 0):
        return None
    try:
        num = parse_digits(m.group("num"))
    except ValueError:
        return None
    scale = _scale_of(scale_word) if scale_word else 0
    return _Raw(m.start("amount"), m.end("amount"), _tidy(num.value.scaleb(scale)), None, num.exponent + scale,
                m.group("num"), raw.marker, raw.marker_info, scale)


def _elided_after(text: str, raw: _Raw, limit: int) -> _Raw | None:
    """The amount after ``raw`` that shares its marker ("fell to 1.05 billion dlrs from 3.04
    billion"), ending at or before ``limit``; None when there is none."""
    if text.find("from", raw.end, raw.end + 16) < 0:  # cheap test first
        return None
    m = _ELIDED_AFTER.match(text, raw.end)
    if m is None or m.end("amount") > limit:
        return None
    if not m.group("way"):
        # "to" before the marked amount, and a word of change before that
        words = _clause_words(text, raw.start, 100)
        while words and words[-1] in _DEGREE_WORDS:
            words.pop()
        if not words or words[-1] != "to" or not _governed(words[:-1]):
            return None
    after = text[m.end("amount") : m.end("amount") + 24]
    rest = after.lstrip()
    if rest and rest[0] not in ".,;:)":
        # a word after a space, and one that counts no unit: "from 3.04 billion in the same period"
        word = _LEADING_LETTERS.match(rest)
        if not after[:1].isspace() or word is None or word.group().lower() not in _AFTER_ELIDED:
            return None
    return _elided(text, raw, m)


def _elided_before(text: str, raw: _Raw, floor: int) -> _Raw | None:
    """The amount before ``raw`` that shares its marker ("rose from 2.7 billion to 3.1 billion
    schillings"), starting at or after ``floor``; None when there is none."""
    at = text.rfind("from", max(floor, raw.start - 70), raw.start)
    m = _ELIDED_BEFORE.match(text, at, raw.start) if at >= 0 else None
    if m is None or not _governed(_clause_words(text, m.start(), 100)):
        return None
    return _elided(text, raw, m)


_LEADING_LETTERS = re.compile(r"[^\W\d_]+")


def _open_high(text: str, raw: _Raw, m: re.Match[str]) -> _Raw | None:
    """``raw`` extended by the unmarked high end ``m`` ("$5-6bn")."""
    try:
        high_num = parse_digits(m.group("num"))
    except ValueError:
        return None
    high_scale = _scale_of(m.group("scale")) if m.group("scale") else raw.scale
    low_scale = raw.scale if raw.scale else high_scale
    low = _tidy(raw.value.scaleb(low_scale - raw.scale))
    high = _tidy(high_num.value.scaleb(high_scale))
    if not high > low:
        return None
    exponent = min(raw.exponent + low_scale - raw.scale, high_num.exponent + high_scale)
    return _Raw(raw.start, m.end(), low, high, exponent, text[raw.start : m.end()], raw.marker, raw.marker_info, high_scale)


_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


#: The multipliers a spelled number may be spoken with, as powers of ten.
_SPOKEN_MULTIPLIERS = {
    word: _EN_PACK.pieces[word][1] for word in (*_EN_PACK.words_of(HUNDRED), *_EN_PACK.words_of(POWER))  # type: ignore[union-attr]
}


def _spoken_multiplier(number_text: str) -> int:
    """The power of ten that a spelled low end without a multiplier borrows from the high end
    ``number_text``: every multiplier after its first word ("five to six hundred" is 500 to 600,
    "two to three hundred thousand" 200,000 to 300,000), else its last word from a thousand up
    ("three to four and a half million"); 0 when it has none ("one to two thousand five hundred"
    tells no multiplier of the low end)."""
    words = number_text.lower().split()
    if len(words) > 1 and all(w in _SPOKEN_MULTIPLIERS for w in words[1:]):
        return sum(_SPOKEN_MULTIPLIERS[w] for w in words[1:])
    last = number_text.lower().replace("-", " ").split()[-1:]
    return _SPOKEN_MULTIPLIERS.get(last[0], 0) if last and last[0] != "hundred" else 0


#: English number words that may end the low end of a range ("five to six million dollars").
_LOW_WORDS = frozenset(word for word, value in _EN_COUNTS.items() if value) | frozenset(_EN_PACK.words_of(HUNDRED))  # type: ignore[union-attr]


def _low_end(text: str, start: int) -> re.Match[str] | None:
    """The low end of a range just before the amount at ``start`` and its separator ("5-",
    "5 to ", "five to ", "between 5 and "), in digits or one number word; None when there is none."""
    c = _compiled()
    window = max(0, start - 40)
    head = text[window:start].rstrip(" \u00a0")
    if head[-1:] in ("-", "–", "—"):
        rest = head[:-1]
    elif head[-2:] == "to" and not head[-3:-2].isalpha():
        rest = head[:-2]
    elif head[-3:] == "and" and not head[-4:-3].isalpha() and "between" in head:
        rest = head[:-3]
    else:
        return None
    # a number word before the separator ("five to") is read by the number-word pattern; digits,
    # with or without a scale ("5-", "50 million to"), by the digits one
    word = rest.rsplit(None, 1)[-1:]
    pattern = c.range_before_word if word and word[0].rsplit("-", 1)[-1].lower() in _LOW_WORDS else c.range_before
    m = pattern.search(text, window, start)
    if m is None:
        return None
    if m.group("sep") == "and" and not _BETWEEN_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # "5 and 6 million dollars" are two amounts but after "between"
    if m.group("sep") == "to" and _changes(text, m.start()):
        return None  # "rose from 5 to 6 million dollars" is a change, not a range
    return m


def _open_low(text: str, raw: _Raw, m: re.Match[str]) -> _Raw | None:
    """``raw`` extended by the unmarked low end ``m`` before it ("5-6 billion dollars", "five to
    six million dollars")."""
    if "word" in m.groupdict():
        try:
            low_num = parse_words(m.group("word"))
        except ValueError:
            return None
        # the low end borrows the multiplier the high end was spoken with ("six million"), unless
        # that puts it above the high end ("ninety to one hundred dollars")
        low_scale = raw.scale or _spoken_multiplier(raw.number_text)
        if low_scale and not raw.scale and not low_num.value.scaleb(low_scale) < raw.value:
            low_scale = 0
    else:
        try:
            low_num = parse_digits(m.group("num"))
        except ValueError:
            return None
        if not m.group("scale") and _YEAR.fullmatch(m.group("num")) and raw.value >= 50 * int(m.group("num")):
            return None  # "from 2009 to 2010 to €50 600 000": a year far below the amount, not its low end
        low_scale = _scale_of(m.group("scale")) if m.group("scale") else raw.scale
    low = _tidy(low_num.value.scaleb(low_scale))
    if not low < raw.value:
        return None
    exponent = min(low_num.exponent + low_scale, raw.exponent)
    return _Raw(m.start(), raw.end, low, raw.value, exponent, text[m.start() : raw.end], raw.marker, raw.marker_info, raw.scale)


def _as_range(low: _Raw, high: _Raw) -> _Raw | None:
    """A range from two candidates; a low end without a scale borrows the high end's."""
    if low.high is not None or high.high is not None:
        return None
    low_value, low_exp = low.value, low.exponent
    if low.scale == 0 and high.scale > 0:
        low_value = _tidy(low.value.scaleb(high.scale))
        low_exp = low.exponent + high.scale
    if not low_value < high.value:
        low_value, low_exp = low.value, low.exponent
        if not low_value < high.value:
            return None
    return _Raw(low.start, high.end, low_value, high.value, min(low_exp, high.exponent),
                f"{low.number_text}-{high.number_text}", low.marker, low.marker_info, high.scale)
