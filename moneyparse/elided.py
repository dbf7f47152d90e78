"""The amounts whose marker wire copy writes once, for two amounts or more.

"fell to 1.05 billion dlrs from 3.04 billion", "Net 10.73 billion yen vs 37.06 billion", "totalled
2.50 billion marks compared with 2.04 billion", "rising by 237 mln marks to 831 mln", "rose to 6.9
billion after January's 6.6 billion stg": the bare number is the same money as the marked amount
it is compared with, and a reader reads it so.  :func:`_keep_with_elided` keeps a candidate with
the bare amounts before and after it that share its marker (:func:`_elided_before`,
:func:`_elided_after`); the range steps of :mod:`moneyparse.ranges` call it for every amount that
starts no range.

The rule, as a reader states it.  A bare number takes the marker of an amount in the same sentence
(in a table, the same row) when a word that compares or pairs the two stands right before the
later one:

- after the marked amount: "from" in a change ("rose to X dlrs from Y", "X dlrs, up from Y"), "vs",
  "versus", "against", "compared with", "up on" or "down on", "after" a time's possessive ("after
  January's Y"), "to" after a move ("rose by X marks to Y"), and "and" between two amounts that
  both have a scale word ("X billion pesetas in interest and Y billion on principal"); between
  the marked amount and that word, a few words with no number but a year or a day of a month
  ("X schillings for 1986, against Y"), and none of the words that join other things;
  the bare amount may lend the marker on to the next ("compared with Y at the end of 1986 and Z");
  and, right after a level that a move reached, "and" then a parallel clause of a sum of money
  with a move and its level, of the same scale word ("exports rose 27 pct to 7.28 billion dlrs
  and imports fell 5.1 pct to 8.33 billion"; :func:`_parallel`);
- before the marked amount: "from Y to X dlrs" in a change, and "Y vs X dlrs", "Y against X",
  "Y compared with X", "Y after January's X stg" with nothing between.

A currency sign ("$", "US$", "£") is written on each amount that news copy compares ("$5 million, up
from $4 million"): beside a sign only a change's "from" leaves it out ("fell to $1.05 billion from
3.04 billion"); the other words pair a bare number only with a currency written as a word or code
("dlrs", "stg", "marks", "yen", "USD", "CHF").

The bare number must be clearly an amount of that money: it has a scale word ("3.04 billion"), or
decimals beside a marked amount with no scale word ("rose to 10 marks from 8.10"), or, after "vs"
in a result table, it is a whole number beside such an amount ("Shr 58 cts vs 72"); a minor unit
lends itself to no number with a scale word ("20 cts a share, vs 2.5 mln").  After it,
only punctuation, the end of a row, or a word that cannot be its unit may follow ("from 2.5 mln
shares" counts shares).  A number whose scale would be a guess ("rose from 5 to 6 million
dollars"), a year, a count, or a number beside another one gives no mention.  The words are
English.
"""

from __future__ import annotations

import re

from moneyparse.changes import (
    _DEGREE_WORDS,
    _FROM_WORDS,
    _MOVE_WORDS,
    _SPACED,
    _SPACES,
    _changes,
    _clause_words,
    _governed,
)
from moneyparse.numbers import parse_digits
from moneyparse.reading import _Raw, _scale_of, _tidy

_ELIDED_HEDGE = rf"(?:(?:about|around|some|nearly|almost|roughly|approximately){_SPACED})?"
_ELIDED_NUMBER = (
    r"(?P<amount>(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    rf"(?:{_SPACES}(?P<word>thousand|million|billion|trillion|mln|mn|bln|bn|tln|tn)|(?P<glued>bn|mn|m|b|k))?)"
    r"(?![0-9]|[.,][0-9])"
)
#: Words between a comparing word and the bare amount: the words of a level ("from the original
#: 100 mln"), a possessive ("from January's 1.9 billion", "against the previous year's 32 mln"),
#: and the names of sums of money ("against withdrawals of 5.9 billion").
_FILL = (
    rf"(?P<fill>(?:(?:{_FROM_WORDS}|loss|losses|profit|profits|deficit|surplus|withdrawals|receipts|"
    rf"(?P<own>[^\W\d_]+['\u2019]s)){_SPACED}){{0,4}})"
)
#: Words that end the stretch between a marked amount and the word that compares it: words that
#: join other things ("or", "but", "which"), the comparing words themselves (the first one
#: decides), and words of a number or a unit that the stretch may not hide ("nine mln", "pct").
_GAP_STOPS = (
    "from|vs|versus|against|compared|after|and|to|up|down|or|but|while|whereas|which|who|when|"
    "mln|million|billion|bln|bn|thousand|pct|percent|per|cent|cents|times"
)
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
#: The stretch between a marked amount and the word that compares it: words and commas on one
#: line, no number but a year ("at the end of 1986", "for 1985/86") or a day of a month ("on March
#: 4,"), at most sixty characters.
_GAP = re.compile(
    rf"(?:[^\W\d_]|[ \u00a0,'\u2019-]"
    rf"|(?<![0-9,.])(?:19|20)[0-9]{{2}}(?:/[0-9]{{2}})?(?![0-9]|[.,][0-9])"
    rf"|\b(?:{_MONTHS})[a-z]*\.?[ \u00a0][0-9]{{1,2}}\b)*"
)
_GAP_LENGTH = 60
#: A scale glued to a number: "280.5m", "3bn".
_GLUED_SCALE = re.compile(r"[0-9](?:bn|mn|m|b|k)\b", re.IGNORECASE)
#: How far after a marked amount its bare amount may end.
_AFTER_REACH = 120
#: The first comparing word after a marked amount: it decides.
_COMPARING = re.compile(r"\b(?:up|down|from|vs|versus|against|compared|after|and|to)\b", re.IGNORECASE)
_GAP_STOP = re.compile(rf"\b(?:{_GAP_STOPS})\b", re.IGNORECASE)
#: The comparing words as the cheap tests see them: one of them stands among the few words before
#: the bare number ("compared with", "up on January's", "vs.").
_CHEAP_AFTER = frozenset(("from", "vs", "vs.", "versus", "against", "with", "to", "after", "and", "on"))
_DIGIT = re.compile(r"[0-9]")
#: The comparing words that may stand among the few words before a marked amount (cheap test first).
_BEFORE_WORDS = frozenset(("vs", "vs.", "versus", "against", "compared", "after", "Vs", "Versus", "Against"))
#: The first number after a marked amount, as the cheap test sees it: one that may be an amount, a
#: year, a day of a month, or another.
_FIRST_NUMBER = re.compile(
    r"(?P<shaped>[0-9][0-9,]*(?:\.[0-9]|[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:thousand|million|billion|trillion|mln|mn|bln|bn|tln|tn)\b"
    r"|(?:bn|mn|m|b|k)\b))"
    r"|(?P<year>(?<![0-9,.])(?:19|20)[0-9]{2}(?:/[0-9]{2})?(?![0-9]|[.,][0-9]))"
    r"|(?P<day>(?<![0-9,.])[0-9]{1,2}\b(?![.,][0-9]))"
)
#: A year: a whole number after "vs" that is one is no amount ("vs 1986").
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})[a-z]*\.?[ \u00a0]$")
#: A comparing word after the stretch, and the bare amount: "vs 37.06 billion", "up on January's
#: 456 mln", "compared with 2.04 billion", "as against" being "against" after the stretch's "as".
_ELIDED_AFTER = re.compile(
    rf"(?P<conn>(?P<way>up|down){_SPACED}(?:from|on)|from|vs\.?|versus|against|compared{_SPACED}(?:with|to)"
    rf"|after|and|to){_SPACED}{_FILL}{_ELIDED_HEDGE}{_ELIDED_NUMBER}",
    re.IGNORECASE,
)
#: Before a marked amount, from the last "from" to the end of the text searched: "from 2.7 billion to ".
_ELIDED_BEFORE = re.compile(
    rf"\bfrom{_SPACED}{_ELIDED_HEDGE}{_ELIDED_NUMBER}{_SPACED}to{_SPACED}{_ELIDED_HEDGE}$", re.IGNORECASE
)
#: Before a marked amount, a bare amount and a comparing word right before it, at the end of the
#: text searched: "6.9 billion after January's ", "3.5 mln vs ".
_COMPARED_BEFORE = re.compile(
    rf"(?<![\w.,$\u00a3\u20ac\u00a5]){_ELIDED_NUMBER}{_SPACED}(?P<conn>vs\.?|versus|(?:as{_SPACED})?against"
    rf"|compared{_SPACED}(?:with|to)|after){_SPACED}{_FILL}{_ELIDED_HEDGE}$",
    re.IGNORECASE,
)
#: Words that may follow the bare amount: none of them is a unit it counts.
_AFTER_ELIDED = frozenset(
    "in and at on a an the for during last earlier previously before while but or as with when since "
    "over then after against compared reported also amount excluding including vs versus".split()
)
_LEADING_LETTERS = re.compile(r"[^\W\d_]+")
#: The end of a row of a table: a line break before a capital or a blank line, or, where the rows
#: of a table were read as one wrapped line, the next row's label and its number ("vs 37.06
#: billion Pretax 27.76 billion yen", "vs 4.7 mln Group net 6.7 mln").
_ROW_END = re.compile(
    r"[ \t]*\r?\n[ \t]*(?:[A-Z\r\n]|$)|[ \u00a0]+[A-Z][\w-]*(?:[ \u00a0]+[a-z][\w-]*)?[ \u00a0]+[0-9]"
)
#: A clause parallel to a marked level's, after "and": its subject, a move, perhaps by how much in
#: per cent, "to" and the bare level ("rose 27 pct to 7.28 billion dlrs and imports fell 5.1 pct to
#: 8.33 billion"); the words are letters alone, so that the clause stays in the sentence.
_PARALLEL = re.compile(
    rf",?{_SPACED}and{_SPACED}(?P<subject>(?:[^\W\d_]+{_SPACED}){{1,3}}?)(?P<verb>[^\W\d_]+){_SPACED}"
    rf"(?:(?:by{_SPACED})?[0-9]+(?:\.[0-9]+)?{_SPACED}(?:pct|percent|per{_SPACED}cent){_SPACED})?"
    rf"(?P<conn>to){_SPACED}{_ELIDED_HEDGE}{_ELIDED_NUMBER}",
    re.IGNORECASE,
)
#: The sums of money a parallel clause may be of: its subject ends with one of them.
_MONEY_SUBJECTS = frozenset(
    """
    imports exports sales revenue revenues profit profits earnings income deficit surplus reserves
    assets deposits loans lending debt debts spending investment investments purchases turnover
    costs expenses liabilities outflows inflows
    """.split()
)
#: Words after which "to" names the level a move reached: "rose by X marks to Y".
_TO_LEVEL_FILL = frozenset(("a", "an", "the", "total", "of", "record", "new", "high", "level"))


def _elided(raw: _Raw, m: re.Match[str], conn: str) -> _Raw | None:
    """The bare amount ``m`` (its groups as in :data:`_ELIDED_NUMBER`) with the marker of ``raw``,
    joined to it by ``conn`` (lower case), or None when its number is not clearly an amount."""
    scale_word = m.group("word") or m.group("glued")
    minor = raw.marker_info.minor
    unscaled = raw.scale + minor == 0  # the marked amount has no scale word
    if not scale_word:
        num_text = m.group("num")
        if conn == "and" or not unscaled:
            return None
        if "." not in num_text and not (conn.startswith("v") and not _YEAR.fullmatch(num_text)):
            return None
    elif minor or (conn == "and" and unscaled):
        return None  # no "2.5 mln" of cents; "and" pairs two amounts with scale words
    try:
        num = parse_digits(m.group("num"))
    except ValueError:
        return None
    scale = (_scale_of(scale_word) if scale_word else 0) - minor
    return _Raw(m.start("amount"), m.end("amount"), _tidy(num.value.scaleb(scale)), None, num.exponent + scale,
                m.group("num"), raw.marker, raw.marker_info, scale)


def _unit_after(text: str, end: int) -> bool:
    """True unless what follows a bare amount ending at ``end`` is punctuation, the end of a row, or
    a word that counts no unit: "from 3.04 billion in the same period"."""
    after = text[end : end + 24]
    rest = after.lstrip(" \u00a0")
    if not rest or rest[0] in ".,;:)" or _ROW_END.match(after):
        return False
    if rest[0] in "\r\n":
        rest = rest.lstrip()
    word = _LEADING_LETTERS.match(rest)
    return not after[:1].isspace() or word is None or word.group().lower() not in _AFTER_ELIDED


def _to_before(text: str, raw: _Raw) -> bool:
    """True when a word of change governs a "to" right before ``raw`` ("fell to 1.05 billion
    dlrs", "increased to a total of 125 mln dlrs")."""
    words = _clause_words(text, raw.start, 100)
    while words and (words[-1] in _DEGREE_WORDS or words[-1] in _TO_LEVEL_FILL):
        words.pop()
    return bool(words) and words[-1] == "to" and _governed(words[:-1])


def _joins(text: str, raw: _Raw, m: re.Match[str]) -> str | None:
    """The comparing word of ``m`` (lower case, its spaces made one) when it joins the bare amount
    to ``raw`` as the rule says, else None."""
    conn = " ".join(m.group("conn").lower().split())
    if not conn.endswith("from") and not raw.marker[-1:].isalpha():
        return None  # a sign is written on each amount it compares; only a change leaves it out
    if m.group("way"):
        return conn
    if conn == "from":
        return conn if _to_before(text, raw) else None
    if conn == "to":
        return conn if _changes(text, raw.start) else None
    if conn == "after":
        return conn if m.group("own") else None
    return conn


def _worth_after(text: str, start: int, end: int, d: re.Match[str] | None) -> bool:
    """Cheap test first: whether the first number after ``start`` (up to ``end``; ``d`` the match
    of its first digit) that is no year or day of a month may be an amount, with a comparing word
    among the six words before it."""
    while d is not None:
        p = d.start()
        n = _FIRST_NUMBER.match(text, p)
        kind = n.lastgroup if n is not None else None
        if kind == "year" or kind == "day" and _MONTH_BEFORE.search(text, max(start, p - 12), p):
            d = _DIGIT.search(text, n.end(), end)  # type: ignore[union-attr]  # the stretch may hold it
            continue
        if kind == "shaped" or text[p - 3 : p] == "vs " or text[p - 4 : p] in ("vs. ", "sus "):
            return not _CHEAP_AFTER.isdisjoint(text[max(start, p - 50) : p].lower().split()[-6:])
        return False
    return False


def _parallel(text: str, raw: _Raw, end: int) -> _Raw | None:
    """The bare level of a clause parallel to the one of ``raw`` after "and", ending at or before
    ``end`` ("exports rose to 7.28 billion dlrs and imports fell 5.1 pct to 8.33 billion"): both
    are levels a move reached, the second of a sum of money, with the same scale word, and no unit
    after it ("and output rose to 2.1 mln tonnes" counts tonnes).  None when there is none."""
    m = _PARALLEL.match(text, raw.end, end)
    if m is None or m.group("verb").lower() not in _MOVE_WORDS or not m.group("word"):
        return None
    if m.group("subject").split()[-1].lower() not in _MONEY_SUBJECTS:
        return None
    if raw.marker_info.minor or not _to_before(text, raw) or _unit_after(text, m.end("amount")):
        return None
    found = _elided(raw, m, "and")
    return found if found is not None and found.scale == raw.scale else None


def _elided_after(text: str, raw: _Raw, limit: int, d: re.Match[str] | None) -> _Raw | None:
    """The bare amount after ``raw`` that shares its marker ("fell to 1.05 billion dlrs from 3.04
    billion", "Net 10.73 billion yen vs 37.06 billion", :func:`_parallel`), ending at or before
    ``limit``; None when there is none.  ``d``: the first digit after ``raw`` (the cheap test of
    the caller)."""
    end = min(limit, raw.end + _AFTER_REACH)
    if text.startswith(" and ", raw.end) or text.startswith(", and ", raw.end):
        parallel = _parallel(text, raw, end)
        if parallel is not None:
            return parallel
    if not _worth_after(text, raw.end, end, d):
        return None
    c = _COMPARING.search(text, raw.end, min(end, raw.end + _GAP_LENGTH + 10))
    if c is None or c.start() - raw.end > _GAP_LENGTH:
        return None
    m = _ELIDED_AFTER.match(text, c.start(), end)
    gap = text[raw.end : c.start()]
    if m is None or _GAP_STOP.search(gap) or not _GAP.fullmatch(gap):
        return None  # the first comparing word decides; a word that joins other things ends the search
    conn = _joins(text, raw, m)
    if conn is None or _unit_after(text, m.end("amount")):
        return None
    return _elided(raw, m, conn)


def _elided_before(text: str, raw: _Raw, floor: int, words: list[str]) -> _Raw | None:
    """The amount before ``raw`` that shares its marker ("rose from 2.7 billion to 3.1 billion
    schillings", "to 6.9 billion after January's 6.6 billion stg"), starting at or after ``floor``;
    None when there is none.  ``words``: the last words before ``raw``."""
    low = max(floor, raw.start - 70)
    if "to" in words:
        at = text.rfind("from", low, raw.start)
        m = _ELIDED_BEFORE.match(text, at, raw.start) if at >= 0 else None
        if m is not None and _governed(_clause_words(text, m.start(), 100)):
            return _elided(raw, m, "from")
    if _BEFORE_WORDS.isdisjoint(words) or not raw.marker[-1:].isalpha():
        return None
    m = _COMPARED_BEFORE.search(text, max(low, raw.start - 48), raw.start)
    if m is None or not (m.group("word") or m.group("glued")):
        return None  # before the marked amount, only an amount with a scale word
    conn = " ".join(m.group("conn").lower().split())
    if conn == "after" and not m.group("own"):
        return None
    return _elided(raw, m, conn)


def _worth_trying(tail: str, raw: _Raw) -> bool:
    """Cheapest test first: whether ``tail``, the text after ``raw`` within reach, may hold a bare
    amount of its money: a scale word, or for an amount with no scale word, decimals or "vs"."""
    if "illion" in tail or "mln" in tail or "bn" in tail or "thousand" in tail or "tn" in tail:
        return True
    if raw.scale + raw.marker_info.minor == 0 and ("." in tail or "vs" in tail or "versus" in tail):
        return True
    return _GLUED_SCALE.search(tail) is not None


def _keep_with_elided(text: str, raw: _Raw, nxt: _Raw | None, out: list[_Raw]) -> None:
    """Append ``raw`` to ``out``, with the bare amounts before and after it that share its marker
    (see the rule above): "from 2.7 billion to 3.1 billion schillings", "fell to 1.05 billion dlrs
    from 3.04 billion", "compared with 50 billion in mid-February and 25.1 billion a year earlier"."""
    start = raw.start
    worded = raw.marker[-1:].isalpha()  # "dlrs", "stg", "USD"; not "$", "US$", "£"
    low = start - 70 if start > 70 else 0
    if raw.high is not None or (not worded and text.find("from", low, raw.end + 16) < 0):
        out.append(raw)  # (cheap test first: beside a sign, only a change's "from" leaves it out)
        return
    head = text[low:start]
    if "from" in head or "vs" in head or "after" in head or "against" in head or "compared" in head:
        words = head.split()[-5:]  # cheap test first
        if "to" in words or not _BEFORE_WORDS.isdisjoint(words):
            before = _elided_before(text, raw, out[-1].end if out else 0, words)
            if before is not None:
                out.append(before)
    out.append(raw)
    limit = nxt.start if nxt is not None else len(text)
    cur: _Raw | None = raw
    while cur is not None and _worth_trying(text[cur.end : min(limit, cur.end + _AFTER_REACH)], cur):
        cur = _elided_after(text, cur, limit, _DIGIT.search(text, cur.end, min(limit, cur.end + _AFTER_REACH)))
        if cur is not None:
            out.append(cur)
