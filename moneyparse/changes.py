"""Changes told from ranges.

"rose from €75 to €78" and "Fiat rose $0.06 to $9.44" are two amounts, a change, where "prices
from $25 to $250" is one range: :func:`_changes` tells them apart by the words of the clause
before them.  The range steps of :mod:`moneyparse.ranges` ask :func:`_changes` before they join
two amounts, and :mod:`moneyparse.elided` asks it which amounts a change leaves the marker out of.
:func:`dash_then_difference` tells a sentence's dash from a range's ("cut it to $2 million--$40
million less than last year": a level, then by how much it fell).
"""

from __future__ import annotations

import re
from decimal import Decimal

from moneyparse.numbers import parse_digits as _parse_digits
from moneyparse.spelled import parse_words

# Spaces between the words of a separator: a run of blanks, and at most one line break among
# them (a hard-wrapped line: "from $250,000,000 to\n$500,000,000"); a blank line ends the phrase.
_SPACES = r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?"
_SPACED = r"(?:[ \u00a0]+(?:\r?\n[ \u00a0]*)?|\r?\n[ \u00a0]*)"
# (a hedge may stand between "from" and the amount: "rose from about $2.7 billion to $3.1 billion",
# and the words of the level it starts from: "increased from its current level of around 145
# euros to 176 euros", "trade from the present 13.6 billion to US$30 billion")
_FROM_WORDS = (
    "about|around|some|nearly|almost|roughly|approximately|the|its|their|his|her|our|a|an|this|that|"
    "current|present|existing|previous|prior|old|original|earlier|initial|usual|standard|today's|"
    "level|levels|rate|rates|figure|sum|amount|of|just|"
    # a bound before the level it starts from: "grew from slightly more than $1 million to nearly $10 million"
    "slightly|more|less|than|over|under|barely|well"
)
_FROM_BEFORE = re.compile(rf"\bfrom{_SPACED}(?:(?:{_FROM_WORDS}){_SPACED}){{0,6}}$", re.IGNORECASE)

# Changes and ranges.  "from X to Y" is a range ("prices from $25 to $250", "a figure of from
# $250,000,000 to $500,000,000", "From 26 to 50 €") unless a word of change governs it: the
# nearest of these words before "from", in its clause, is one of _CHANGE_WORDS ("Income increased
# from €75 to €78", "raised its quarterly dividend from $2.10 to $2.45 a share", "a hike from $5
# to $6") and not one of _SPAN_WORDS ("Prices rose, and now range from $5 to $10").  "X to Y" with
# no "from" is a range ("the forecast of $3bn to $4bn", "raised its forecast to $3.10 to $3.30 a
# share": the new value is a range) unless X says by how much something moved: a word of
# _MOVE_WORDS right before it, with at most a few words of degree between ("Fiat rose $0.06 to
# $9.44", "up only 13 mln dlrs to 106.2 billion dlrs", "fell by about $2 to $30").  A dash
# makes a range ("$5-6bn"), but for a sentence's dash before a difference (dash_then_difference).
# The words are English, as is "to" of the ranges.
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
    enhance enhances enhanced enhancing bump bumps bumped bumping push pushes pushed pushing
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
#: about $5 to $30", "dropped by over €400m to €1.9bn", "fell more than $2 to $30").
_DEGREE_WORDS = frozenset(
    "only just about some nearly almost roughly around approximately another further a an by over under more less than".split()
)
#: Where a clause ends: sentence punctuation before a space, a blank line, or the line break
#: between two lines of a price list, the first ending in a figure and the next beginning with a
#: capital ("Doubles around €110" over "Rooms from €59 to 170": "Doubles" labels the line above
#: and governs nothing in the line below; a wrapped sentence goes on in lower case, "rose to 15\nmln").
_CLAUSE_END = re.compile(r"[.;:!?](?=\s)|\n[^\S\n]*\n|(?<=[0-9])[ \u00a0]*\r?\n(?=[ \u00a0]*[A-Z])")
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


#: How many words back a word of change governs a "from" or a "to": its object may hold a clause
#: of its own ("increased the amount that savers can put into an Individual Savings Account (ISA)
#: from £7,200 to £10,200"), within the clause's reach of 100 characters.
_GOVERNING_REACH = 20


def _governs(words: list[str]) -> bool | None:
    """Whether the nearest word of change or of a span at the end of ``words`` (the words of a
    clause before a "from" or a "to", in text order; :data:`_GOVERNING_REACH` at most) is a word
    of change; None when there is neither."""
    for word in reversed(words[-_GOVERNING_REACH:]):
        if word in _SPAN_WORDS or word in _CLAUSE_WORDS:
            return False
        if word in _CHANGE_WORDS:
            return True
    return None


def _governed(words: list[str]) -> bool:
    """True when a word of change governs the end of ``words`` (:func:`_governs`)."""
    return _governs(words) is True


#: Where the phrase of a "from" ends: punctuation before a space or at the end of the text.
_PHRASE_END = re.compile(r"[.,;:!?](?=\s|$)|\n[^\S\n]*\n|$")


def _from_governed(text: str, at: int, depth: int = 0) -> bool:
    """True when a word of change governs the "from" at ``at``: in its clause, or in the clause
    before when its own is a verbless clause after a semicolon or colon that shares the verb of
    the one before ("would go from 37 cents to 39 cents; postcards from 23 cents to 24 cents"): a
    few words, no word of change or of a span, and the end of the clause a few words after "from"
    ("Prices rose; tickets from $5 to $10 are sold at the door" has a verb of its own); or when
    an earlier "from" of its clause is governed, as the second of two parallel changes is
    (``depth``: how many such steps back were taken, two at most)."""
    words = _clause_words(text, at, 100)
    governs = _governs(words)
    if governs is None and "from" in words and depth < 2:
        # a parallel "from X to Y" of the same clause shares its verb: "increase the lines with the
        # ECB from $55 billion to $110 billion, and with the SNB from $12 billion to $27 billion"
        earlier = text.rfind("from", max(0, at - 100), at)
        if earlier >= 0 and _from_governed(text, earlier, depth + 1):
            return True
    if governs is None and len(words) <= 3:
        lo = max(0, at - 100)
        ends = list(_CLAUSE_END.finditer(text, lo, at))
        after = _PHRASE_END.search(text, at, at + 80)
        if (
            ends
            and ends[-1].group() in (";", ":")
            and after is not None
            and len(text[at : after.start()].split()) <= 7
        ):
            governs = _governs(_clause_words(text, ends[-1].start(), 100))
    return governs is True


#: The words that make a change a forecast, whose size a writer often gives as a spread of two figures.
_FORECAST_WORDS = frozenset((
    "could", "may", "might", "would", "will", "should", "expected", "likely", "forecast", "projected", "predicted",
))


def forecast_spread(text: str, start: int, low: Decimal, high: Decimal) -> bool:
    """Whether the "X to Y" at ``start`` after a word of change is the spread of a forecast move, no
    move and the level it reaches: a modal or a word of forecast stands among the last words of the
    clause before it ("Prices could fall another 10 cents to 15 cents a pound", "it will lower energy
    bills by $200 to $250 per year", "is expected to fall by 15 billion to 20 billion"), and the high
    end ``high`` is at most half as large again as the low ``low``: a move is seldom so near the level
    it reaches ("could fall 2 dlrs to 45 dlrs" stays a move and a level, and so does "raised its
    dividend by 10 cts to 15 cts", no forecast).  "From X to Y" is a change of level, forecast or
    not ("fares will rise from $2.00 to $2.50")."""
    if not low < high <= low * 3 / 2:
        return False
    words = _clause_words(text, start, 60)[-6:]
    return "from" not in words[-3:] and not _FORECAST_WORDS.isdisjoint(words)


def _changes(text: str, start: int, depth: int = 0) -> bool:
    """True when the amount at ``start`` and the one after "to" are a change, not a range (see
    above): a word of change governs the "from" right before it, or a move stands right before it,
    or "by" does that a word of change governs ("increase the cash limit by £1,500 to £5,100"), or
    it opens a bracket that restates a change told before it (:func:`_restates`); ``depth``: how
    many parallel "by"s back were taken (:func:`_parallel_by`)."""
    m = _FROM_BEFORE.search(text, max(0, start - 72), start)
    if m is not None:
        return _from_governed(text, m.start())
    if _ditto_change(text, start):
        return True
    if text[start - 1 : start] in "( \u00a0" and _restates(text, start):
        return True
    words = _clause_words(text, start, 100)
    for at in range(len(words) - 1, max(-1, len(words) - 5), -1):
        word = words[at]
        if word in _MOVE_WORDS:
            return True
        if word == _BY and (_governed(words[:at]) or depth < 2 and _parallel_by(text, start, depth)):
            # "raise the cash limit by £1,500 to £5,100": the move, then the level; a parallel "by"
            # after one that a word of change governs shares it ("increases the feed grains line by
            # 23 mln dlrs to 63 mln, ... and the wheat line by 20 mln to 165 mln dlrs")
            return True
        if word not in _DEGREE_WORDS:
            return False
    return False


#: "ditto", a word of a table's row that repeats the words above it in its column.
_DITTO = re.compile(r"(?<![^\W\d_])ditto(?![^\W\d_])", re.IGNORECASE)
#: How far back from a "ditto" row's amount the change it repeats is looked for (a table's columns
#: are padded with blanks).
_DITTO_REACH = 400
#: How far before the amount its row's last "ditto" stands.
_DITTO_NEAR = 60


def _ditto_change(text: str, start: int) -> bool:
    """True when the amount at ``start`` stands right after "ditto" in a table whose row above
    tells a change by a "from" a word of change governs, and nothing but the rows' figures, their
    markers, "to" and "ditto" stand between that "from" and the amount: in an old table,

        loans ... increased from   18,963,000 L to 20,409,000 L
        1857 ditto      ditto      20,404,000 L to 31,350,000 L

    the second row's "ditto ditto" is "increased from": a change, two amounts, not a range.  (The
    scan reads a single line break as a blank, so the rows are found by their words.)"""
    near = text.rfind("ditto", max(0, start - _DITTO_NEAR), start)
    if near < 0 or text[near + 5 : start].strip() or _DITTO.match(text, near) is None:
        return False
    at = text.rfind("from", max(0, start - _DITTO_REACH), near)
    if at < 0:
        return False
    for word in text[at + 4 : near].split():
        if not (word.lower() in ("to", "ditto") or any(ch.isdigit() for ch in word) or len(word) <= 4):
            return False
    return _from_governed(text, at)


#: An opening bracket right before an amount, after a "from ... to ..." of its clause: "rose 63.2
#: percent from 1997 to 2002 ($2,754 to $4,495)".
_BRACKET_AFTER_FROM = re.compile(r"\bfrom\b[^();!?]{1,60}?\bto\b[^();!?]{1,40}\([ \u00a0]*$", re.IGNORECASE)


def _restates(text: str, start: int) -> bool:
    """True when the amount at ``start`` opens a bracket that restates the change told just before
    it: the bracket follows a "from ... to ..." that a word of change governs ("Fees rose 63.2
    percent from 1997 to 2002 ($2,754 to $4,495)"), and shares its verb, as a parallel "from X
    to Y" does."""
    m = _BRACKET_AFTER_FROM.search(text, max(0, start - 110), start)
    return m is not None and _from_governed(text, m.start())


#: The amount after the "by" of an earlier "by X to Y", its clause ended by a comma: "the oilseed
#: line by seven mln dlrs to 52 mln, " (the search ends at the "by" of the later one).
_EARLIER_BY = re.compile(
    r"\bby[ \u00a0\n]+(?P<amount>[0-9a-z])(?:[^,;.]|\.(?=\d)){0,40}?\bto\b(?:[^,;.]|\.(?=\d)){1,30},"
    r"(?:[^;.]|\.(?=\d)){0,60}\bby[ \u00a0\n]+$"
)


def _parallel_by(text: str, start: int, depth: int) -> bool:
    """Whether the "by" before the amount at ``start`` follows an earlier "by X to Y" of its
    sentence that is a change, as the second of parallel changes does."""
    m = _EARLIER_BY.search(text, max(0, start - 160), start)
    return m is not None and _changes(text, m.start("amount"), depth + 1)


#: The word that says by how much a value moved: after a word of change in its clause, "by X to Y"
#: is a move and a level, never a range ("increase the limit by £1,500 to £5,100").
_BY = "by"


#: How many times its low end the high end of "X to Y" is at least when the two are a move and the
#: level it reached, whatever the words before them; and how many significant digits the level
#: is written with at least.
_LEVEL_TIMES = 10
_LEVEL_DIGITS = 3


def _level_after_move(text: str, start: int, low: Decimal, high: Decimal, high_text: str) -> bool:
    """True when the amounts ``low`` at ``start`` and ``high`` after "to" (its number written
    ``high_text``) are a move and the level it reached though no word of a move stands right
    before them: the high end is ten times the low or more, written as a level is quoted, to
    three significant digits or more, and neither "from", "between" nor a word of a span governs
    them.  The wire writes moves so in price lists and after verbs that take an object ("was
    lowered 1.50 dlrs to 16.35 dlrs", "raised prices on its model 200 dlrs to 20,649 dlrs",
    "rose by 1.7 pct or 49.1 billion dlrs to 2,855.9 billion"), where the high end of a range so
    wide is a round number ("fines of 100,000 to eight million CFA francs", "US$1 to $70") or
    says where it spans ("prices from 200 dlrs to 10,000 dlrs", "dies cost 1,000 to 12,000 dlrs
    each").  A move spelled in words after a stock's name, before a level with decimals, is in
    cents: "Chinese Estates lost 25 cents to 20.15 dlrs, China Entertainment five to 8.60 dlrs"."""
    if text[start : start + 1].isalpha() and "." in high_text and _NAME_BEFORE.search(text, max(0, start - 40), start):
        return True  # "China Entertainment five to 8.60 dlrs": a stock's move in cents, spelled, and its level
    if low <= 0 or high < low * _LEVEL_TIMES:
        return False
    if _significant(high_text) < _LEVEL_DIGITS and not _NAME_BEFORE.search(text, max(0, start - 40), start):
        return False
    if _FROM_BEFORE.search(text, max(0, start - 72), start) is not None or _BETWEEN_END.search(text, max(0, start - 12), start):
        return False
    words = _clause_words(text, start, 100)[-_GOVERNING_REACH:]
    for at in range(len(words) - 1, -1, -1):
        if words[at] in _CLAUSE_WORDS or words[at] in _CHANGE_WORDS:
            return True
        if words[at] in _SPAN_WORDS and not _CHANGE_WORDS.intersection(words[max(0, at - 3) : at]):
            return False  # (a span's noun that a change takes is no span: "raised its copper prices by 20 dlrs")
    return True


#: A name right before an amount, inside its sentence: a listed stock whose move follows ("and
#: Evergo one to 74 cents", "and the Whites 2.50 dlrs to 190"), or the name a number belongs to
#: ("Obligation TRUST 23 to 350 mln dlrs").
_NAME_BEFORE = re.compile(r"(?<![.!?])[ \u00a0\n]+[A-Z][A-Za-z&'-]*[ \u00a0\n]+$")
#: "between" right before an amount (with a sign or a word of a level): "from between £578,000 to £13m".
_BETWEEN_END = re.compile(r"\bbetween\W*$", re.IGNORECASE)


def _significant(number: str) -> int:
    """How many significant digits the number ``number`` is written with: "2,220" three, "16.35"
    four, "12,000" two, "16.00" four (zeros after a point are written on purpose), none in words."""
    digits = "".join(ch for ch in number if ch.isdigit() or ch == ".")
    whole, point, fraction = digits.partition(".")
    written = (whole + fraction).lstrip("0")
    return len(written) if point and fraction else len(written.rstrip("0"))


#: "by" right before a figure: "rose by 5.5 to 10.5 dlrs" says by how much, then the level.
_BY_BEFORE = re.compile(rf"\bby{_SPACED}$", re.IGNORECASE)
_HIGH_DIGITS = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")


def _moves(text: str, m: re.Match[str], start: int) -> bool:
    """Whether a bare low end after a word of a move, with no "from" nor "by", and the amount at
    ``start`` are the range of a move: "cattle rose 0.50 to 1.00 dlr", "barrows rose 1.00 to 1.50 dlrs",
    "the price should climb only three to four dlrs a year" (the high end at most three times the
    low, both ends written alike: in digits, or each in one number word).  A move and the level it
    reached stand further apart ("rose 95 to 745 yen"), and a stock's move in words comes before
    its level in digits ("Evergo one to 74 cents", "Acme fell two to 3.50 dlrs": not alike, no range)."""
    if m.group("scale"):
        return False
    if "word" in m.groupdict():
        low_value, high_value = _word_ends(text, m, start)
    else:
        high = _HIGH_DIGITS.match(text, start)
        try:
            low_value, high_value = _parse_digits(m.group("num")).value, _parse_digits(high.group()).value if high else None
        except ValueError:
            return False
    if low_value is None or high_value is None or not 0 < low_value < high_value <= 3 * low_value:
        return False
    if _BY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return False  # "rose by 5.5 to 10.5 dlrs": by how much, then the level
    return _FROM_BEFORE.search(text, max(0, m.start() - 72), m.start()) is None


#: One number word at the high end: "four" of "three to four dlrs", "twenty-five".
_HIGH_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)?(?![\w-])")


def _word_ends(text: str, m: re.Match[str], start: int) -> tuple[Decimal | None, Decimal | None]:
    """The values of a low end in one number word (``m``) and of the amount at ``start`` when that
    is one number word too (its scale shared, as digits share it: "two to three billion dlrs"),
    not the head of a longer number ("three hundred"); (None, None) when either is not."""
    high = _HIGH_WORD.match(text, start)
    after = text[high.end() : high.end() + 12].lstrip(" \u00a0\n").lower() if high else ""
    if high is None or after.startswith(("hundred", "thousand")):
        return None, None
    try:
        return parse_words(m.group("word")).value, parse_words(high.group()).value
    except ValueError:
        return None, None


#: A sentence's dash typed as two hyphens, or the em dash, spaced alike on both sides or not at all.
_CLAUSE_DASH = re.compile(r"--|\u2014|[ \u00a0]+(?:--|\u2014)[ \u00a0]+")
#: A comparison right after an amount, which makes it a difference: "$40 million less than",
#: "$3 billion more than", "$5 below", "$5 above".  ("over" and "under" also tell a time or a
#: program: "over five years", "under the bill".)
_COMPARED = re.compile(
    r"[ \u00a0]+(?:(?:less|more|fewer|lower|higher|greater|smaller|larger|bigger|cheaper)[ \u00a0]+than|below|above)\b",
    re.IGNORECASE,
)


def dash_then_difference(text: str, low_end: int, high_start: int, high_end: int, lent: bool) -> bool:
    """Whether the two amounts a dash joins are a level and then a difference, not one range: the
    dash is a sentence's (two hyphens typed for it, or the em dash: ``text[low_end:high_start]``),
    and a comparison follows the second amount ("cut the grants to $2.5 million--$40 million less
    than in 2006", "fell to $3 billion -- $1 billion below the target").  The en dash and one
    hyphen are a range's marks ("$2-$3 million less than planned" is a range of differences),
    and a low end that would borrow the high end's scale (``lent``: "$2--$3 million less than")
    is a range as well: alone it would be two dollars."""
    if lent or _CLAUSE_DASH.fullmatch(text, low_end, high_start) is None:
        return False
    return _COMPARED.match(text, high_end) is not None
