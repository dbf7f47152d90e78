"""Compounds: a major amount joined with what follows it in the same phrase.

:func:`_merge_compounds` runs on the candidates of a whole text, once the ranges are joined (see
:mod:`moneyparse.ranges`), and joins a major amount with its minor units ("3 dollars 50 cents",
"15 dollars 50", "三块五") and with a name or code after it that repeats or settles its sign ("$10
dollars", "$5.00 CAD", "$125 billion U.S. dollars"), and with a scale word past a bracket between
that holds nothing or a code of its marker's ("$5.3() billion", "$3(CAD) billion", as the removal
of a link leaves it: :func:`_through_bracket`).  The minor units that the scan reads as no
candidate of their own ("$20 and 43c", "20 ringgit dan 43 sen"), and those after a name whose
amount was not read, are :mod:`moneyparse.minor_tails`'.  The hedge, sign and precision of each mention
are read after it (see :mod:`moneyparse.hedges`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from moneyparse.grammar import _DIGIT_NAMES, _LONE_SPELLED_STOP, _TEEN_NAMES, _TENS_NAMES, _is_devanagari
from moneyparse.lexicon import Marker, Tables, tables, words
from moneyparse.minor_tails import TAIL_SHAPE, _alternation, minor_tail, orphan_minors
from moneyparse.names import _long_name_seconds, _longer_name
from moneyparse.numbers import parse_cjk
from moneyparse.reading import _Raw, _scale_of, _tidy
from moneyparse.spelled_reading import _ENGLISH_FIRST, _NAME_FIRST, _spelled

# Between a major amount and its minor units: "3 dollars 50 cents", "15 dollars et 15 cents",
# "五元三毛", "两美元又三美分", "545ドルと5セント", "1 달러와 50 센트" (the packs' minor_joiners).
_COMPOUND_SEP = re.compile(rf"[ \u00a0]*(?:(?:{_alternation(words().minor_joiners)})[ \u00a0]*)?", re.IGNORECASE)
_TAIL_WORDS = (
    rf"(?:(?:{_TENS_NAMES})(?:[ -](?:{_DIGIT_NAMES}))?"
    rf"|{_DIGIT_NAMES}|{_TEEN_NAMES})"
)
# A bare number of minor units after a major amount: "15 dollars 50", "17 USD 25", "one dollar and one".
_BARE_COUNT = (
    # (or one word of another language, read in Python: "zwei Euro fünfzig", "vijf euro vijftig")
    rf"(?:(?:{_alternation(words().tail_joiners)})[ \u00a0]+)?(?P<num>[0-9]{{1,2}}|{_TAIL_WORDS}|[^\W\d_]{{3,30}})"
    # (a point or a comma before more digits is no end: "a three billion franc 8.50 pct bond")
    r"(?=[ \u00a0]*(?:[.,](?![0-9])|[;!?)]|$)|[ \u00a0]+(?:and|more)\b)"
)
_BARE_MINOR = re.compile(rf"[ \u00a0]+{_BARE_COUNT}", re.IGNORECASE)
# After a whole amount, one pattern for what may join it: the shape of a count of its minor
# units ("$20 and 43c": moneyparse.minor_tails reads it whole), else a bare count of cents.
_AFTER_WHOLE = re.compile(rf"[ \u00a0]+(?:(?P<shape>{TAIL_SHAPE})|{_BARE_COUNT})", re.IGNORECASE)
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
#: The ASCII characters that may begin what _REPEATED_NAME reads: a name (as the pattern folds
#: case), a code, "US", a bracket.  Most amounts are followed by none of them ("$5 in", "$5,").
_REPEATED_FIRSTS = frozenset(
    ch for ch in map(chr, range(128))
    if ch.isupper() or ch == "(" or any(re.fullmatch(re.escape(w[0]), ch, re.IGNORECASE) for w in words().repeats)
)


#: What "US" or "U.S." after an amount says: the dollar is the US dollar.
_US_AFTER = Marker(("USD",))


#: A digit of jiao after "块" with nothing after it but punctuation, a space, 钱 or the end.
#: A major amount from which English writes its minor units after its figures only with a word
#: between ("1,000 dollars and 50 cents"): cents right after a sum this large are another figure.
_JOINED_ONLY = 1000
#: A digit: a sum written in figures, not spelled out as speech says it ("one thousand ... dollars
#: twenty one cents" is one sum).
_DIGIT = re.compile(r"[0-9]")
_JIAO_TAIL = re.compile(r"([一二两三四五六七八九])(?=$|[\s，。、！？；：,.!?;:钱的）)])")


def _unjoined(text: str, cur: _Raw, nxt: _Raw) -> bool:
    """Whether the minor units ``nxt`` stand right after ``cur``, a sum in figures of at least
    :data:`_JOINED_ONLY`, with no word between: another figure, not the sum's cents."""
    return (
        cur.value >= _JOINED_ONLY and nxt.marker.isascii() and not text[cur.end : nxt.start].strip()
        and _DIGIT.search(text, cur.start, cur.end) is not None
    )


def _merge_compounds(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Join a major amount with the minor units that follow it into one candidate."""
    given = raws
    t = tables()
    out: list[_Raw] = []
    minors: list[int] = []  # (where minor units stand in ``out``)
    i = 0
    n = len(raws)
    while i < n:
        cur = raws[i]
        j = i + 1
        # a major amount in whole units, or a minor one ("三角五分": three jiao, five fen)
        first_minor = cur.marker_info.minor
        whole = cur.high is None and cur.scale == -first_minor and cur.exponent >= -first_minor
        prefixed = text.startswith(cur.marker, cur.start)
        if prefixed:
            named = _through_bracket(text, cur) if text.startswith(_BRACKET_FIRSTS, cur.end) else cur
            if named is None:
                i += 1  # "$5.3(note) billion": no amount rather than a billionth of it
                continue
            if named is cur:
                # ``_REPEATED_NAME.match``, after a cheap test of the character it would begin with (after one blank,
                # the first of its forms alone may begin): most amounts are followed by none ("$5 in", "$5,")
                ch = text[cur.end : cur.end + 1]
                if ch in (" ", "\u00a0"):
                    ch = text[cur.end + 1 : cur.end + 2]
                m = None if ch.isascii() and ch not in _REPEATED_FIRSTS else _REPEATED_NAME.match(text, cur.end)
                # (cheap test first: a name of several words after the amount begins with a capital)
                named = _named_after(text, cur, t, m) if m or text[cur.end + 1 : cur.end + 2].isupper() else None
            if named is not None:
                cur = named
                whole = whole and cur.scale == -first_minor  # ("$3() billion" is read scaled)
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
            if j < n and raws[j].start - cur.end <= 6:  # (cheap test first: few candidates stand so near)
                cur, j = _joined_minors(text, raws, cur, j)
            if j == i + 1 and not first_minor and t.currencies.get(cur.marker_info.codes[0], (2, ""))[0] == 2:
                m = _AFTER_WHOLE.match(text, cur.end) if text[cur.end : cur.end + 1] in (" ", "\u00a0") else None
                if m:  # "$20 and 43c", "20 ringgit dan 43 sen"; "15 dollars 50"
                    cur, j = _tail_after(text, cur, m, raws, j, prefixed)
            if j == i + 1 and cur.marker in ("块", "塊") and cur.exponent >= 0:
                # "三块五" is three yuan and five jiao, as speech says it; "三块五一斤" is no such tail
                m = _JIAO_TAIL.match(text, cur.end)
                if m and (j >= n or raws[j].start >= m.end()):
                    jiao = parse_cjk(m.group(1)).value
                    cur = _Raw(cur.start, m.end(), cur.value + jiao.scaleb(-1), None, -1,
                               text[cur.start : m.end()], cur.marker, cur.marker_info, cur.scale, cur.more, cur.least, cur.hedge)
        if first_minor:  # (the minor unit of what ``cur`` began with, and of what it is joined into)
            minors.append(len(out))
        out.append(cur)
        i = j
    return orphan_minors(text, out, minors) if minors else out  # "to kroner og 23 øre": no hundredth of a sum not read


def _joined_minors(text: str, raws: list[_Raw], cur: _Raw, j: int) -> tuple[_Raw, int]:
    """``cur``, a whole amount, joined with the candidates of smaller units from ``raws[j]`` on
    that follow it, each after a blank or a joiner ("3 dollars 50 cents", "三角五分"), and the index
    of the first candidate left."""
    codes: set[str] | None = None  # (made when a candidate stands near enough: few do)
    last_minor = cur.marker_info.minor
    while j < len(raws):
        nxt = raws[j]
        minor = nxt.marker_info.minor
        if nxt.start - cur.end > 6 or nxt.high is not None or minor <= last_minor:
            break
        if codes is None:
            codes = set(cur.marker_info.codes)
        # (not "918,000 dlrs 38 cts in 1986": a sum and its figure a share, their "or" dropped)
        joined = _COMPOUND_SEP.fullmatch(text, cur.end, nxt.start) is not None and not _unjoined(text, cur, nxt)
        if codes.isdisjoint(nxt.marker_info.codes) or not joined:
            break
        cur = _Raw(cur.start, nxt.end, cur.value + nxt.value, None, nxt.exponent,
                   text[cur.start : nxt.end], cur.marker, cur.marker_info, cur.scale, cur.more, cur.least, cur.hedge)
        last_minor = minor
        j += 1
    return cur, j


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
    # the sign's currencies; "$5 dollars" leaves out the sign's pesos, which no one calls dollars
    info = cur.marker_info
    if len(shared) < len(info.codes):
        info = Marker(tuple(shared), info.minor)
    return _Raw(cur.start, name_end, cur.value, cur.high, cur.exponent, cur.number_text, cur.marker, info,
                cur.scale, cur.more, cur.least, cur.hedge)


#: A bracket right after a number, glued or after one blank, then a scale word: "$5.3() billion",
#: "$3(CAD) billion", "€310 ($375) billion" (group ``inside``: what the bracket holds); and the
#: closing bracket after an amount, then a scale word: the "$375) billion" of the last.
_BRACKET_THEN_SCALE = re.compile(
    r"(?:[ \u00a0]?\((?P<inside>[^()\n]{0,40})\)|\))[ \u00a0]?"
    r"(?P<scale>(?i:thousand|million|billion|trillion|mln|bln|bn|mn|tn))(?![^\W\d_])"
)
#: How a bracket after a number begins: glued ("$5.3()", "$375)") or after a blank ("$150 (CAD)").
_BRACKET_FIRSTS = ("(", ")", " (", "\u00a0(")
#: The English scale words a bracket may stand before, and their powers of ten.
def _through_bracket(text: str, cur: _Raw) -> _Raw | None:
    """``cur``, led by its marker and written with no scale, read through a bracket between its
    number and a scale word, as the removal of a link or a template leaves it in scraped text:
    a bracket that holds nothing ("$5.3() billion") or a code of the marker's, which then picks
    that currency ("$3(CAD) billion", "$150 (CAD) million"), is read through: 5.3 billion
    dollars, 3 billion Canadian dollars.  Any other bracket there ("$5.3(note) billion", a
    conversion the scale word serves too, "€310 ($375) billion", and the amount before its
    closing bracket, "$375) billion") gives None, no amount: the number alone would be a
    billionth of the sum.  ``cur`` itself where no scale word follows such a bracket."""
    if cur.scale or not text[cur.end - 1 : cur.end].isdigit():
        return cur  # "$5 billion (CAD)": the scale word is read
    m = _BRACKET_THEN_SCALE.match(text, cur.end)
    if m is None:
        return cur
    inside = m.group("inside")
    code = inside.strip(" \u00a0") if inside is not None else None
    info = tables().marker(cur.marker, after=False)
    if code is None or cur.high is not None or code and (info is None or code not in info.codes):
        return None
    power = _scale_of(m.group("scale"))
    info = Marker((code,), cur.marker_info.minor) if code else cur.marker_info
    return _Raw(cur.start, m.end(), _tidy(cur.value.scaleb(power)), None, cur.exponent + power, cur.number_text, cur.marker, info, power,
                cur.more, cur.least, cur.hedge)


def _tail_after(text: str, cur: _Raw, m: re.Match[str], raws: list[_Raw], j: int, prefixed: bool) -> tuple[_Raw, int]:
    """``cur``, a whole amount, with what :data:`_AFTER_WHOLE` matched after it joined: the count
    of its minor units ("$20 and 43c": :func:`~moneyparse.minor_tails.minor_tail`) or a bare count
    of cents ("15 dollars 50": :func:`_cents_after`); and the index of the first candidate left."""
    nxt = raws[j] if j < len(raws) else None
    if m.group("shape") is not None:
        tail = minor_tail(text, cur, nxt)
        if tail is not None:
            return tail[0], j + tail[1]
        found = _BARE_MINOR.match(text, cur.end)
        if found is None:
            return cur, j
        m = found
    return _cents_after(text, cur, m, prefixed, nxt.start if nxt is not None else len(text)), j


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
                        text[cur.start : m.end()], cur.marker, cur.marker_info, cur.scale, cur.more, cur.least, cur.hedge)
    return cur




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
    return _Raw(start, raw.end, raw.value, raw.high, raw.exponent, raw.number_text, rest, info, raw.scale,
                raw.more, raw.least, raw.hedge)
