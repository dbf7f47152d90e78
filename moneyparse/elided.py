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

- after the marked amount: "from" in a change ("rose to X dlrs from Y", "X dlrs, up from Y"; the level
  reached may be called an estimate: "to an estimated X dlrs from Y", "to a provisional X"), "vs",
  "versus", "against", "compared with", "up on" or "down on", "after" a time's possessive ("after
  January's Y"), "to" after a move ("rose by X marks to Y"), and "and" between two amounts that
  both have a scale word ("X billion pesetas in interest and Y billion on principal"; not "and Y
  billion in yen", which names its money); between
  the marked amount and that word, a few words with no number but a year or a day of a month
  ("X schillings for 1986, against Y"), and none of the words that join other things;
  the bare amount may lend the marker on to the next ("compared with Y at the end of 1986 and Z");
- before the marked amount: "from Y to X dlrs" or "from Y up to X dlrs" in a change, and "Y vs X dlrs", "Y against X",
  "Y compared with X", "Y after January's X stg" with nothing between;
- before a marked amount whose currency is written after its number, the money written once for
  a pair or a list (:func:`_joined_before`): "and", "or", "against", "versus", "vs" or a change's
  "from" right before it ("denominations of 1,000 and 10,000 dlrs", "rose to 2.02 billion from
  1.85 billion dlrs"), a month, a year, or a month and its year of the bare amount's time between
  them ("down 3.4 billion from February and about nine billion dlrs", "to 1.10 dlrs in May 1988,
  1.35 in July 1989, and 1.60 dlrs in 1990"), and commas before the last "and" ("issue
  1,000, 5,000 and 10,000 yen coins").  Each bare amount has the scale word of the marked one
  (or neither has one; then each has as many decimals and stands within a factor of ten of the
  next: "at 144.50 and 1.78 marks" quotes two monies); it is no year, no day, no low end of a
  range ("between about 350 and 800 dlrs"), and no other side of a comparison before it ("1.2391
  NZ dlrs from 1.2403, and 0.4392 sterling"); "respectively" after the marked amount pairs the
  list with one after a comparing word, whose items take the money too
  (:func:`moneyparse.written_once.respective_after`: "at 610 and 635 lire respectively, against 602 and 619").

After a marked amount whose currency is written as a word or code, the next items of a list of
times and their sums, joined by "and" or a comma, take its money (:func:`_parallel_after`): each
item tells its time the same way, "in" and a time after each amount ("rose to 41 mln dlrs in May
and 46 in June": 46 mln; "this year", "next year" or "last year" stands for one: "lose 12 mln
crowns this year, 15 mln in 1989") or a time and the marked amount's own preposition before the
bare one ("sees profit at 2.15 dlrs and 1988 at 2.60"); the bare number is written as the marked one is.

In a result table's dividend row, the total for the year after "making" takes the minor unit
(cents, cts, pence) of the amount before it, the marked one or the bare one a "vs" gave it
(:func:`_making_after`): "Final div 30 cents vs 22, making 45 vs 34" is 45 and 34 cents; the
dividend's label stands right before the marked amount ("Final div", "Div "B""), the total is a
bare number with no scale word, within a factor of ten of the amount before it, and the row ends
or a "vs" follows it.

A currency sign ("$", "US$", "£") is written on each amount that news copy compares ("$5 million, up
from $4 million"): beside a sign only a change's "from" leaves it out ("fell to $1.05 billion from
3.04 billion"); the other words pair a bare number only with a currency written as a word or code
("dlrs", "stg", "marks", "yen", "USD", "CHF").

The bare number must be clearly an amount of that money: it has a scale word ("3.04 billion"), or
decimals beside a marked amount with no scale word ("rose to 10 marks from 8.10"), or, after "vs"
in a result table, it is a whole number beside such an amount ("Shr 58 cts vs 72"); a minor unit
lends itself to no number with a scale word ("20 cts a share, vs 2.5 mln").  After the marked
amount, a bare level that a change ("from", "up from", "down from") or a comparison ("against",
"vs", "compared with") joins to it is also clearly of it when it is written as the marked number
is, within a factor of ten of it (:func:`_written_like`): with as many decimals it takes the
scale word ("to 464.0 mln dlrs from 380.0", but not "from 380" nor "from 380.25"), and a whole
number beside a whole amount with no scale word is one ("72 lire, down from 74 previously", "up
from a closing 12,195 Friday").  After it, only punctuation, the end of a row, or a word that
cannot be its unit may follow ("from 2.5 mln shares" counts shares; "to 703 mln francs from 527
mln through an issue", "from 97 mln due to" name a means or a cause, "Friday" a day).  The end of
a row is a line break before a capital, kept or read as a space where the wire's rows were read
as one wrapped line (a paragraph mark, whatever label the
next row has: "vs 2.86 billion\\n    Order book at end December"), or what can only start the next
one there: a label and its number ("vs 512.4 mln Group trading profit 40.2 mln stg"), a note ("vs
2.75 billion Note - figures restated"), the wire's sign-off ("vs. 88.1 mln REUTER"), or the
dash of the next item of a list ("vs 14.6 mln - retail"); so is a bracket that says how final
the figure is ("from 1.71 billion (revised from 1.68 billion)", "4.4 billion (final)").  A
number whose scale would be a guess ("rose from 5 to 6 million dollars"), a year, a count, or a
number beside another one gives no mention.  The words are English.

A bare amount that no comparing word joins to a marked one, but its sentence does ("exports rose
to 7.28 billion dlrs and imports fell to 8.33 billion"), is read by :mod:`moneyparse.clauses`; the
figure of a revision bracket by :mod:`moneyparse.revisions`, a count in words after "vs" by :mod:`moneyparse.vs_words`;
a result's word after the bare figure of a row ("vs 3.1 mln profit") is read through, and two labelled prices ("Barley
top 41.25 and Oats 38.75 dlrs") and a row in two columns ("4.12 billion stg 3.87 billion") are read, by :mod:`moneyparse.written_once`;
the figures with a scale word that none of these words join, in a wire sentence of one money, by :mod:`moneyparse.sentence_money`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from moneyparse.and_items import other_money_after
from moneyparse.bare_figures import _power, _scaled, bare_figure, risen_level, time_back
from moneyparse.changes import _DEGREE_WORDS, _FROM_WORDS, _SPACED, _SPACES, _changes, _clause_words, _governed
from moneyparse.filter_patterns import _YEAR
from moneyparse.paragraphs import mark_after
from moneyparse.reading import _Raw, _scale_of
from moneyparse.revisions import resume_at, revised_inside
from moneyparse.vs_words import worded_scaled_after, worded_vs
from moneyparse.written_once import labelled_pair_before, low_high_before, respective_after, result_word_end, second_column_after

_ELIDED_HEDGE = rf"(?:(?:about|around|some|nearly|almost|roughly|approximately){_SPACED})?"
_ELIDED_NUMBER = (
    r"(?P<amount>(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
    rf"(?:{_SPACES}(?P<word>thousand|million|billion|trillion|mln|mn|bln|bn|tln|tn)|(?P<glued>bn|mn|m|b|k))?)"
    r"(?![0-9]|[.,][0-9])"
)
#: Words between a comparing word and the bare amount: the words of a level ("from the original
#: 100 mln"), a possessive ("from January's 1.9 billion", "against the previous year's 32 mln"),
#: the names of sums of money ("against withdrawals of 5.9 billion"), and the price a market closed
#: or opened at ("up from a closing 12,195 Friday").
_FILL = (
    rf"(?P<fill>(?:(?:{_FROM_WORDS}|loss|losses|profit|profits|deficit|surplus|withdrawals|receipts|closing|opening|"
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
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})[a-z]*\.?[ \u00a0]$")
#: A comparing word after the stretch, and the bare amount: "vs 37.06 billion", "up on January's
#: 456 mln", "compared with 2.04 billion", "as against" being "against" after the stretch's "as".
_ELIDED_AFTER = re.compile(
    rf"(?P<conn>(?P<way>up|down){_SPACED}(?:from|on)|from|vs\.?|versus|against|compared{_SPACED}(?:with|to)"
    rf"|after|and|to){_SPACED}{_FILL}{_ELIDED_HEDGE}{_ELIDED_NUMBER}",
    re.IGNORECASE,
)
#: Before a marked amount, from the last "from" to the end of the text searched: "from 2.7 billion to ",
#: "from 805.50 up to ".
_ELIDED_BEFORE = re.compile(
    rf"\bfrom{_SPACED}{_ELIDED_HEDGE}{_ELIDED_NUMBER}{_SPACED}(?:up{_SPACED})?to{_SPACED}{_ELIDED_HEDGE}$", re.IGNORECASE
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
    "over then after against compared reported also amount excluding including vs versus below above beneath making "
    "under through via because due thanks today yesterday monday tuesday wednesday thursday friday saturday sunday".split()
)
#: "to" and a verb of what the money is for, after the bare amount: "and 1.7 mln to repay debt" (no
#: range's joiner, which a number follows: "1.7 mln to 2.1 mln tonnes").
_TO_USE = re.compile(
    r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?to[ \u00a0]+(?:re)?(?:pay|fund|finance|buy|purchase|acquire|cover|retire|redeem|build|expand"
    r"|develop|settle|invest|service|offset|upgrade|modernize|modernise|improve|construct|reduce)\b(?![-'\u2019])",
    re.IGNORECASE,
)
#: A comparison after the bare amount: "some 1.1 billion less than in February" (a count would stand
#: between: "5 mln more shares than").
_THAN_AFTER = re.compile(r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:less|more|lower|higher)[ \u00a0]+than\b", re.IGNORECASE)
#: A part of the amount after it: "108.3 mln of which 110.8 mln attributable" (no "of" of a unit).
_OF_WHICH = re.compile(r"[ \u00a0]+of[ \u00a0]*(?:\r?\n[ \u00a0]*)?which\b", re.IGNORECASE)
#: A bracket that says how final the figure before it is: "from 1.71 billion (revised from 1.68
#: billion)", "4.4 billion (final)".
_STATUS_AFTER = re.compile(
    r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?\((?:revised|final|provisional|preliminary|adjusted|restated|unrevised)\b", re.IGNORECASE
)
_LEADING_LETTERS = re.compile(r"[^\W\d_]+")
#: The end of a row of a table: a line break before a capital or a blank line, or, where the rows
#: of a table were read as one wrapped line, the next row's label and its number ("vs 37.06
#: billion Pretax 27.76 billion yen", "vs 4.7 mln Group net 6.7 mln"; a label of three or four words
#: starts with a capital and a small letter and joins nothing: "vs 79.3 mln Net after tax 66.2 mln",
#: "vs 512.4 mln Group trading profit 40.2 mln", not "5.80 mln Chase shares and 3.10 mln" nor
#: "165 mln SDR arrears for 1986"), a row of a note ("vs 2.75 billion Note - figures restated",
#: "NOTE: full name"), the wire's sign-off ("vs 88.1 mln REUTER"), or the next item of a dashed list
#: ("- Europe 61.2 mln stg vs 55.0 mln - Asia 4.1 mln stg", "vs 14.6 mln - retail").
_ROW_END = re.compile(
    r"[ \t]*\r?\n[ \t]*(?:[A-Z\r\n]|-{1,2}[ \u00a0]|$)|[ \u00a0]+[A-Z][\w-]*(?:[ \u00a0]+[a-z][\w-]*)?[ \u00a0]+[0-9]"
    r"|[ \u00a0]+[A-Z][a-z][\w-]*(?:[ \u00a0]+(?!(?:and|or|of|for|in|to|from|at)\b)[a-z][\w-]*){2,3}"
    r"[ \u00a0]+(?!(?:19|20)[0-9]{2}\b)[0-9]"
    r"|[ \u00a0]+(?:(?:Note|NOTE)[ \u00a0]*[-:]|(?:REUTER|Reuter)\b|-{1,2}[ \u00a0]+(?![0-9]))"
)
#: How far after a bare amount :data:`_ROW_END` looks: a label of four words and its number.
_ROW_REACH = 64
#: The comparing words after which a bare number written as the marked amount's is its level
#: before or after a change: "to 464.0 mln dlrs from 380.0", "72 lire, down from 74".
_LEVEL_WORDS = frozenset(("from", "up from", "down from", "vs", "vs.", "versus", "against", "compared with",
                          "compared to"))
#: A number written in digits.
_DIGITS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")
#: Words after which "to" names the level a move reached: "rose by X marks to Y", "rise to between X and Y".
_TO_LEVEL_FILL = frozenset(("a", "an", "the", "total", "of", "record", "new", "high", "level", "between", "estimated", "provisional",
                            "preliminary", "revised"))


def _written_like(raw: _Raw, num_text: str, conn: str) -> bool:
    """Whether a bare number with no scale word after ``conn`` (lower case) is written as the number
    of ``raw`` is, so a reader takes the one's scale for the other's: the same count of decimals
    ("to 464.0 mln dlrs from 380.0"), or whole numbers beside an amount with no scale word ("72 lire,
    down from 74"); never a year nor a number in words."""
    if conn not in _LEVEL_WORDS or _YEAR.fullmatch(num_text) or not _DIGITS.fullmatch(raw.number_text):
        return False
    places = len(num_text.partition(".")[2])
    if places != len(raw.number_text.partition(".")[2]):
        return False
    return not _scaled(raw) if places == 0 else raw.marker_info.minor == 0


def _elided(raw: _Raw, m: re.Match[str], conn: str, later: bool = False) -> _Raw | None:
    """The bare amount ``m`` (its groups as in :data:`_ELIDED_NUMBER`) with the marker of ``raw``,
    joined to it by ``conn`` (lower case), or None when its number is not clearly an amount.
    ``later``: ``m`` follows ``raw`` and ``conn`` compares it with ``raw``."""
    scale_word = m.group("word") or m.group("glued")
    minor = raw.marker_info.minor
    unscaled = raw.scale + minor == 0  # the marked amount has no scale word after digits
    like = False
    if not scale_word:
        num_text = m.group("num")
        like = later and _written_like(raw, num_text, conn)
        if conn == "and" or not (unscaled or like):
            return None
        if not like and "." not in num_text and not (conn.startswith("v") and not _YEAR.fullmatch(num_text)):
            return None
    elif minor or (conn == "and" and not _scaled(raw)):
        return None  # no "2.5 mln" of cents; "and" pairs two amounts with scale words
    scale = _scale_of(scale_word) - minor if scale_word else raw.scale if like else -minor
    # "to 72 lire from 5": not clearly the level before the change
    return bare_figure(raw, m.start("amount"), m.end("amount"), m.group("num"), scale, raw.value if like else None)


def _unit_after(text: str, end: int) -> bool:
    """True unless what follows a bare amount ending at ``end`` is punctuation, the end of a row, a
    word that counts no unit ("from 3.04 billion in the same period"), or "to" and a verb of the
    money's use (:data:`_TO_USE`: "7.5 mln dlrs for working capital and 1.7 mln to repay debt")."""
    after = text[end : end + 24]
    # a comparison, "of which", a status, "to" and a use; a time ago: "against 3.54 billion five years previously"
    if _THAN_AFTER.match(after) or _OF_WHICH.match(after) or _STATUS_AFTER.match(after) or _TO_USE.match(after) or time_back(text, end):
        return False
    rest = after.lstrip(" \u00a0")
    if not rest or rest[0] in ".,;:)" or _ROW_END.match(text, end, end + _ROW_REACH):
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


def _worth_after(text: str, start: int, end: int, d: re.Match[str] | None, whole: bool) -> bool:
    """Cheap test first: whether the first number after ``start`` (up to ``end``; ``d`` the match
    of its first digit) that is no year or day of a month may be an amount, with a comparing word
    among the six words before it; ``whole``: a whole number may be one ("72 lire, down from 74")."""
    while d is not None:
        p = d.start()
        n = _FIRST_NUMBER.match(text, p)
        kind = n.lastgroup if n is not None else None
        if kind == "year" or kind == "day" and _MONTH_BEFORE.search(text, max(start, p - 12), p):
            d = _DIGIT.search(text, n.end(), end)  # type: ignore[union-attr]  # the stretch may hold it
            continue
        if kind == "shaped" or whole or text[p - 3 : p] == "vs " or text[p - 4 : p] in ("vs. ", "sus "):
            return not _CHEAP_AFTER.isdisjoint(text[max(start, p - 50) : p].lower().split()[-6:])
        return False
    return False


def _elided_after(text: str, raw: _Raw, limit: int, d: re.Match[str] | None, marks: Sequence[int] = ()) -> _Raw | None:
    """The bare amount after ``raw`` that shares its marker ("fell to 1.05 billion dlrs from 3.04
    billion", "Net 10.73 billion yen vs 37.06 billion"), ending at or before ``limit``; None when
    there is none.  ``d``: the first digit after ``raw`` (the cheap test of the caller); ``marks``:
    the paragraph marks read as spaces (:func:`~moneyparse.paragraphs.mark_after`)."""
    at = resume_at(text, raw)  # (past the close of a revision bracket: "(revised from 30.06) billion")
    end = min(limit, at + _AFTER_REACH)
    if not _worth_after(text, at, end, d, "." not in raw.number_text and not _scaled(raw)):
        return None
    c = _COMPARING.search(text, at, min(end, at + _GAP_LENGTH + 10))
    if c is None or c.start() - at > _GAP_LENGTH:
        return None
    m = _ELIDED_AFTER.match(text, c.start(), end)
    gap = text[at : c.start()]
    if m is None or _GAP_STOP.search(gap) or not _GAP.fullmatch(gap):
        return None  # the first comparing word decides; a word that joins other things ends the search
    conn = _joins(text, raw, m)
    end = result_word_end(text, m.end("amount"), conn, marks)  # "vs 3.1 mln profit" (:mod:`moneyparse.written_once`)
    if conn is None or _unit_after(text, end) and not mark_after(text, end, marks):
        return None
    if conn == "and" and other_money_after(text, m.end("amount")):
        return None  # "62 mln dlrs for the parent and 28 mln in yen": the money the second names
    found = _elided(raw, m, conn, later=True)
    return risen_level(text, raw, found) if found is not None and conn == "to" and raw.marker_info.minor else found


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


#: Before a marked amount, a bare amount and the words that join it to the next, at the end of
#: the text searched: "1,000 and ", "5.14 billion against ", "2.02 billion from ", "3.4 billion from
#: February and about ", "1,000, " of a series; a month or a year may tell the bare amount's time.
_JOINED_BEFORE = re.compile(
    rf"(?<![\w.,$\u00a3\u20ac\u00a5/\\-]){_ELIDED_NUMBER}"
    rf"(?:{_SPACED}(?:from|in|since){_SPACED}(?:(?:{_MONTHS})[a-z]*(?:{_SPACED}(?:19|20)[0-9]{{2}})?|(?:19|20)[0-9]{{2}}))?"
    rf"(?P<conn>,?{_SPACED}(?:and|or)|{_SPACED}(?:against|versus|vs\.?|from)|,){_SPACED}{_ELIDED_HEDGE}$",
    re.IGNORECASE,
)
#: Words before a bare amount that make it the low end of a range ("between about 350 and"), a day
#: ("March 4 and"), or the other side of a comparison before ("1.2391 NZ dlrs from 1.2403, and").
_BEFORE_JOINED_STOP = re.compile(
    rf"\b(?:between{_SPACED}{_ELIDED_HEDGE}|(?:{_MONTHS})[a-z]*\.?{_SPACED}|(?:from|against|vs\.?|versus|than|with)"
    rf"{_SPACED}(?:(?:{_FROM_WORDS}){_SPACED}){{0,3}})$",
    re.IGNORECASE,
)
#: A share after an amount: "2.75 dlrs per share", "42 cts a shr".
_PER_SHARE = re.compile(r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:a|per)[ \u00a0]+(?:share|shr)\b", re.IGNORECASE)
#: The words that join a bare amount to a marked one after it (:data:`_JOINED_BEFORE`).
_JOINING = frozenset(("and", "or", "against", "versus", "vs", "vs.", "from"))
#: The last three letters of a joining word or of a hedge after it ("and about nine billion dlrs").
_JOINING_ENDS = frozenset(
    ("and", "AND", " or", " OR", "nst", "sus", " vs", "vs.", "rom", "out", "und", "ome", "rly", "ost", "hly", "ely")
)


def _joined_before(text: str, raw: _Raw, floor: int) -> list[_Raw]:
    """The bare amounts right before ``raw`` that a reader reads as its money, joined to it by
    "and", "or", "against", "versus", "vs" or a change's "from" (and a series by commas before):
    "denominations of 1,000 and 10,000 dlrs", "issue 1,000, 5,000 and 10,000 yen coins", "rose to
    2.02 billion from 1.85 billion dlrs"; in text order, starting at or after ``floor``.  Each has
    the scale word of ``raw`` (or neither has one, and then they are written with as many decimals
    and stand within a factor of ten of each other); none is a year, a day, or the low end of a
    range ("between 1.77 and 1.85 marks"); "respectively" after ``raw`` lets the money be shared.
    A total with a scale word before "or" and an amount per share takes the money with its own
    scale: "profit of 177 mln or 2.75 dlrs per share"."""
    span = text[raw.start : raw.end]
    if raw.high is not None or raw.marker_info.minor or not raw.marker[-1:].isalpha() or not span.endswith(raw.marker):
        return []
    power = _power(raw)
    if not power and not _DIGITS.fullmatch(raw.number_text):
        return []
    found: list[_Raw] = []
    cur, first = raw, True
    while True:
        m = _JOINED_BEFORE.search(text, max(floor, cur.start - 80), cur.start)
        if m is None:
            break
        conn = " ".join(m.group("conn").lower().replace(",", " ").split()) or ","
        if not first and conn != ",":
            break  # the series before the last "and" is written with commas
        if first and conn == ",":
            break  # a comma alone joins no pair: "On March 4, 300 dlrs"
        num_text = m.group("num")
        if _BEFORE_JOINED_STOP.search(text, max(0, m.start() - 48), m.start()):
            break
        scale = _scale_of((m.group("word") or m.group("glued") or "").lower())
        if first and conn == "or" and not power and scale >= 6 and _PER_SHARE.match(text, raw.end):
            total = bare_figure(raw, m.start("amount"), m.end("amount"), num_text, scale)
            return [total] if total is not None else []  # "profit of 177 mln or 2.75 dlrs per share"
        if scale != power:
            break
        if not power and (_YEAR.fullmatch(num_text) or len(num_text.partition(".")[2]) != len(raw.number_text.partition(".")[2])):
            break
        if m.group("word") is None and m.group("glued") is None and power:
            break
        bare = bare_figure(raw, m.start("amount"), m.end("amount"), num_text, power, None if power else cur.value)
        if bare is None:
            break
        cur = bare
        found.append(cur)
        first = False
    found.reverse()
    return found


def _worth_trying(tail: str, raw: _Raw) -> bool:
    """Cheapest test first: whether ``tail``, the text after ``raw`` within reach, may hold a bare
    amount of its money: a scale word; decimals after an amount with a scale word and decimals ("to
    464.0 mln dlrs from 380.0"); decimals or a comparing word after an amount with no scale word."""
    if "illion" in tail or "mln" in tail or "bn" in tail or "thousand" in tail or "tn" in tail:
        return True
    if raw.scale + raw.marker_info.minor > 0:
        if "." in tail and "." in raw.number_text:
            return True
    elif "." in tail or "vs" in tail or "versus" in tail:
        return True
    elif ("from" in tail or "against" in tail) and "." not in raw.number_text:
        return True  # "72 lire, down from 74"
    return _GLUED_SCALE.search(tail) is not None


def _keep_with_elided(text: str, raw: _Raw, nxt: _Raw | None, out: list[_Raw], marks: Sequence[int] = ()) -> None:
    """Append ``raw`` to ``out``, with the bare amounts before and after it that share its marker
    (see the rule above): "from 2.7 billion to 3.1 billion schillings", "fell to 1.05 billion dlrs
    from 3.04 billion", "compared with 50 billion in mid-February and 25.1 billion a year earlier"."""
    start = raw.start
    worded = raw.marker[-1:].isalpha()  # "dlrs", "stg", "USD"; not "$", "US$", "£"
    low = start - 70 if start > 70 else 0
    if raw.high is not None or (not worded and text.find("from", low, raw.end + 16) < 0):
        out.append(raw)  # (cheap test first: beside a sign, only a change's "from" leaves it out)
        if raw.high is not None and worded and "from" in text[raw.end : raw.end + 24]:
            _elided_chain(text, raw, nxt, out, marks)  # "to between 2.5 billion and 2.6 billion francs from 1.62 billion"
        return
    head = text[low:start]
    if "from" in head or "vs" in head or "after" in head or "against" in head or "compared" in head:
        words = head.split()[-5:]  # cheap test first
        if "to" in words or not _BEFORE_WORDS.isdisjoint(words):
            before = _elided_before(text, raw, out[-1].end if out else 0, words)
            if before is not None:
                out.append(before)
    if text[start - 4 : start - 1] in _JOINING_ENDS and text[start - 1 : start].isspace():  # (cheap test first)
        last = text[start - 26 if start > 26 else 0 : start].split()[-2:]
        if last and (last[-1].lower() in _JOINING or len(last) == 2 and last[0].lower() in _JOINING):
            floor = out[-1].end if out else 0
            if not text[floor:start].isspace():
                out.extend(_joined_before(text, raw, floor))
    elif (raw.scale == 0 and "." in raw.number_text or text[start - 3 : start - 1] == "of") and "and" in text[max(0, start - 24) : start]:
        floor = out[-1].end if out else 0  # "Barley 41.25 and Oats 38.75 dlrs", "a low of 1.79 and a high of 1.81 marks"
        pair = labelled_pair_before(text, raw, floor) or low_high_before(text, raw, floor)
        out.extend(() if pair is None else (pair,))
    out.append(raw)
    _elided_chain(text, raw, nxt, out, marks)


#: A time of a list's item: a month (and its year), a year, "next year".
_ITEM_TIME = rf"(?:(?:{_MONTHS})[a-z]*\.?(?:{_SPACED}(?:19|20)[0-9]{{2}})?|(?:19|20)[0-9]{{2}}|(?:next|this|last){_SPACED}year)"
#: The time of an item told after its amount: "in" and a time ("in May", "in 1989"), or "this year",
#: "next year", "last year" alone.
_ITEM_WHEN = rf"(?:in{_SPACED}{_ITEM_TIME}|(?:next|this|last){_SPACED}year)"
#: Right after a marked amount, "and" or a comma and the next item of a list of times and their sums:
#: "in March and 255 in April" (the time after each), "and 1988 at 1.75" (the time, then the word
#: before the marked amount, before each).
_PARALLEL_AFTER = re.compile(
    rf"(?P<gap>{_SPACED}{_ITEM_WHEN})?(?:,?{_SPACED}and|,){_SPACED}"
    rf"(?:(?:in{_SPACED})?{_ITEM_TIME}{_SPACED}(?P<prep>at|to|of){_SPACED})?{_ELIDED_NUMBER}(?P<tail>{_SPACED}{_ITEM_WHEN}\b)?",
    re.IGNORECASE,
)
#: The time of the marked amount told before it: "an average in 1986 of ", "in May at ".
_TIME_BEFORE = re.compile(rf"\bin{_SPACED}{_ITEM_TIME}{_SPACED}(?:(?:of|at|was|were){_SPACED})?$", re.IGNORECASE)


def _parallel_after(text: str, raw: _Raw, limit: int) -> _Raw | None:
    """The bare amount of the next item of a list of times and their sums that "and" joins to
    ``raw`` (ending at or before ``limit``), the money written on the first item alone: "rose to 236
    mln dlrs in March and 255 in April", "a loss of 9 mln pesos this year, 12 mln in 1990" ("this
    year", "next year", "last year" tell a time as "in" and one does), "sees earnings at 1.25 dlrs
    in 1987 and 1988 at 1.75".
    Each item tells its time the same way: "in" and a time after each amount, or a time and the
    word written right before the marked amount ("at", "to", "of") before the bare one; the marked
    amount's time may stand before it ("an average in 1986 of 2.45 guilders, and 3.35 in 1985").
    The bare number has the scale word of ``raw``, or none and is written as its number is (as many
    decimals, within a factor of ten: it takes its scale, "255" being 255 mln; beside a price with
    no scale word, decimals alone make it one: "at 335 dlrs and July at 332.50"); it is no year,
    and no unit follows it.  A minor unit ("cts") and a range lend nothing; None when that does not hold."""
    if raw.high is not None or raw.marker_info.minor or not raw.marker[-1:].isalpha() or raw.value <= 0:
        return None
    m = _PARALLEL_AFTER.match(text, resume_at(text, raw), limit)
    if m is None:
        return None
    if m.group("prep") is not None:
        before = text[max(0, raw.start - 12) : raw.start].split()
        if m.group("gap") or not before or before[-1].lower() != m.group("prep").lower():
            return None
    elif m.group("tail") is None or m.group("gap") is None and _TIME_BEFORE.search(text, max(0, raw.start - 32), raw.start) is None:
        return None  # (the marked amount's time told after it, or before it: "in 1986 of 2.45 guilders, and 3.35 in 1985")
    if m.group("tail") is None and _unit_after(text, m.end("amount")):
        return None
    scale_word = m.group("word") or m.group("glued")
    num_text = m.group("num")
    power = _power(raw)
    if scale_word:
        return _elided(raw, m, "and") if _scale_of(scale_word) == power else None
    if _YEAR.fullmatch(num_text) or not _DIGITS.fullmatch(raw.number_text):
        return None
    places = len(num_text.partition(".")[2])
    if places != len(raw.number_text.partition(".")[2]) and (power or not places):
        return None  # (a price with no scale word: decimals make the bare number one, "at 335 dlrs and July at 332.50")
    return bare_figure(raw, m.start("amount"), m.end("amount"), num_text, power, raw.value)


#: Right after an amount of a minor unit, the year's total of a dividend row: ", making 62", " making 16".
_MAKING_AFTER = re.compile(rf",?{_SPACED}making{_SPACED}(?P<num>[0-9]+(?:\.[0-9]+)?)(?![0-9]|[.,][0-9])")
#: A dividend's label right before the amount, at the end of the text searched: "Final div ", "Div
#: "A" ", or before the marked amount and its comparison when the amount is the bare one: "Final
#: dividend 44 cents vs ", "Div 6.2p vs " (rows read as one wrapped line have no line break between).
_DIVIDEND_BEFORE = re.compile(
    r"\b(?:div|dividend)[ \u00a0]+(?:\"[A-Z]\"[ \u00a0]+)?(?:[0-9]+(?:\.[0-9]+)?[ \u00a0]*[^\W\d_]+[ \u00a0]+vs\.?[ \u00a0]+)?$",
    re.IGNORECASE,
)


def _making_after(text: str, raw: _Raw, limit: int) -> _Raw | None:
    """The year's total after "making" in the dividend row of ``raw``, an amount of a minor unit
    with no scale word, ending at or before ``limit`` ("Final div 44 cents vs 32, making 62": 62
    cents); None unless a dividend's label stands right before ``raw`` (or before the marked amount
    whose "vs" gave it), the total is a bare number within a factor of ten of ``raw`` and no year,
    and the row ends or a comparison follows it."""
    m = _MAKING_AFTER.match(text, raw.end, limit)
    if m is None or raw.high is not None or raw.scale + raw.marker_info.minor != 0 or _YEAR.fullmatch(m.group("num")):
        return None
    if not _DIVIDEND_BEFORE.search(text, max(0, raw.start - 48), raw.start) or _unit_after(text, m.end()):
        return None
    return bare_figure(raw, m.start("num"), m.end("num"), m.group("num"), -raw.marker_info.minor, raw.value)


def _elided_chain(text: str, raw: _Raw, nxt: _Raw | None, out: list[_Raw], marks: Sequence[int] = ()) -> None:
    """Append to ``out`` the bare amounts after ``raw`` that share its marker, each lending it on to
    the next ("compared with 50 billion in mid-February and 25.1 billion a year earlier"), up to
    the start of ``nxt``.  A range lends it only to the level a change rose from ("to between 2.5
    billion and 2.6 billion francs from 1.62 billion")."""
    limit = nxt.start if nxt is not None else len(text)
    cur: _Raw | None = raw
    while cur is not None:
        found = revised_inside(text, cur, limit) if "(" in text[cur.end : cur.end + 20] else None
        if found is None and _worth_trying(text[cur.end : min(limit, cur.end + _AFTER_REACH)], cur):
            found = _elided_after(text, cur, limit, _DIGIT.search(text, cur.end, min(limit, cur.end + _AFTER_REACH)), marks)
        if found is None and (text.find(",", cur.end, cur.end + 24) >= 0 or text.find("and", cur.end, cur.end + 24) >= 0):
            found = _parallel_after(text, cur, limit)  # "236 mln dlrs in March and 255 in April"
        if found is None and cur.marker_info.minor and "making" in text[cur.end : cur.end + 12]:
            found = _making_after(text, cur, limit)  # "Final div 44 cents vs 32, making 62 vs 47"
        if found is None and cur is not raw and "espectively" in text[raw.end : raw.end + 16]:
            found = respective_after(text, raw, cur, limit)  # "at 610 and 635 lire respectively, against 602 and 619"
        if found is None and cur is raw and cur.scale >= 6 and text[cur.end : cur.end + 1] == " ":
            found = second_column_after(text, cur, limit, marks)  # "Trading costs 4.12 billion stg 3.87 billion"
        if found is None and text[cur.end : cur.end + 3] == " vs":
            found = worded_vs(text, cur, limit)  # "Shr 8.4 rupees vs seven"
        if found is None and "a" <= cur.marker[-1:] <= "z" and (power := _power(cur)) >= 6:  # (cheap test first: wire words)
            found = worded_scaled_after(text, cur, limit, power)  # "3.04 billion dlrs ..., against three billion"
        if found is not None:
            out.append(found)
        cur = found
