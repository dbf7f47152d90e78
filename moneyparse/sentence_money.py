"""A bare figure of wire copy that takes the one money of its sentence.

Wire copy writes the money on one amount of a sentence and leaves it off the others: "the state
will place 80 billion francs of the loan with its banks, and the remaining 20 billion with
insurers", "the miner lost 4.2 mln dlrs, or 31 cts a share, on 61.5 mln in sales", "after a
surplus of 3.15 billion in 1985 and a record 14 billion yuan shortfall in 1981", "under the
agency's 300 mln dlr note program, 120 mln has been placed at home and 40 mln abroad".  The
comparing words of :mod:`moneyparse.elided` and the lead words of :mod:`moneyparse.clauses` join
many such figures to the amount that names the money; a reader needs no such word: the sentence
states one money, and every bare sum in it is of that money.  :func:`sentence_figures` reads the
figures those steps leave, once each mention has its currency.

The rule, as a reader states it.  A number with a scale word of millions or more ("20 billion",
"61.5 mln", "1,600 billion"; "mln", "million", "billion", "bln", "trillion"), written with no money
of its own, takes the money of its sentence when

- the sentence holds an amount with a scale word as the wire writes it ("mln", "billion", "bln",
  "trillion"; news copy writes "million"), then one blank and its money written as a word or a
  code (its anchor: "80 billion francs", "300 mln dlr", "one billion dlrs"; never a sign, which
  news copy writes on each amount, nor a range, nor a minor unit);
- the text is written in the wire's house style, which leaves the money off: one of its words
  ("mln", "dlrs", "stg", "pct", "cts", the sign-off "REUTER") stands within :data:`_STYLE_REACH`
  characters of the sentence.  A news story writes the money on each amount, and a bare figure
  there ("the ports will get a further 1.7 billion") is left bare, as the annotated news sets
  leave it;
- every amount of the sentence, and every amount of the :data:`_WINDOW` characters before the
  figure, is of the anchor's one currency ("lent 40 billion shillings, about 30 mln dlrs, though
  the ministry had sought 60 billion" gives nothing), and the sentence names no other money in
  words ("issues in yen totalled 900 billion"; a name of money in small letters, but "won" and
  "real");
- the sentence counts nothing: no word of a count or a measure right after a number ("210,000
  60-kg bags", "5,000 employees"), no whole number before a noun it may count ("with 14 plants
  producing"), and none of the units a bare figure may count ("shares", "tonnes", "barrels",
  "ounces", "acres", "bags" ...), nor a word of a count of people or of goods made ("workforce",
  "output", "production", "visitors", "passengers" ...), nor "number" or "numbers" ("passenger
  numbers fell to 12.4 mln"), nor "common stock";
- before the figure stands no verb of what is traded or made, whose object may be counted ("it
  bought 4.1 mln"), unless the name of a sum follows the figure ("received 11 billion in loans"),
  and no party named between commas unless a comma follows the figure too ("Texas, 3 mln in
  all" gives nothing);
- after the figure comes no unit: punctuation, a word that counts none ("in", "vs", "at" ...),
  the name of a sum, a word of its kind perhaps before it ("and 0.95 billion deficit", "made a
  10.6 billion net profit"), a level's participle ("the 4.76 billion
  reached a year earlier"), a verb of its clause ("120 mln has been placed", "5 billion was"),
  "from" and the level a change left with the same scale word after "to" or "at" ("to 212.4 mln
  from 190.5 mln"; the level left of a level reached that stays bare stays bare too: "exports
  rose to 1.2 billion from 900 mln"), or "of" and what the sum is of, none of it a count ("75 mln
  of index-linked stock due 2021", not "of its shares", "of common", "of units"; after an anchor
  with another preposition, only a time, a coupon or a sum: "840 mln of May 1986", not "in
  notes, 2 mln of bonds") (:func:`~moneyparse.clauses._ends_well`); "in" and another money ("2
  billion in local currency", "in yen") gives nothing (:func:`~moneyparse.and_items.other_money_after`);
- the figure is no end of a range: not after "between", nor after "between N and" ("between 200
  and 300 mln"), nor the high end after a number and "to" or a dash ("a profit of 110 mln to 140
  mln"), nor the low end before them, but for a move and the level it reached: a word of change
  right before the move, which writes its scale word, and the level :data:`_LEVEL_RATIO` times it
  or more ("reserves rose 420 mln to 19.3 billion rand"; "cut by 12 billion to 16 billion dlrs"
  is a range);
- the figure is no second column right after its anchor ("4.12 billion stg 3.87 billion", which
  :mod:`moneyparse.written_once` reads by its own rule);
- it stands in no bracket, which may hold a conversion or another basis ("31 billion dlrs a day
  (9.2 billion against the yen)").

The figure takes the anchor's currency, marker and evidence.  When any of this is in doubt, it
gives nothing: a wrong money is worse than none.  A figure in a sentence with no anchor is not
read here: the annotated wire sets count no bare figure whose money only an earlier sentence gives
(:mod:`moneyparse.sums` reads the few that the name of a sum before them settles).

Every window is bounded (the sentence, :data:`_REACH` characters either side of its anchor; the
stretch before the figure, :data:`_WINDOW`; the house style's reach), so that each amount looked
at has its own context whole within a stream's buffer, and :func:`~moneyparse.scanner.iter_extract`
reads a text as :func:`~moneyparse.scanner.extract` does.  The words are English.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from decimal import Decimal

from moneyparse.and_items import other_money_after
from moneyparse.clauses import _COUNT_WORDS, _INITIALS, _SENTENCE_END, _STARTS, _ends_well
from moneyparse.filter_patterns import _YEAR
from moneyparse.hedges import _hedge, _hedge_after, _precision
from moneyparse.lexicon import tables
from moneyparse.mention import Mention, _mention
from moneyparse.numbers import parse_digits
from moneyparse.reading import _scale_of, _tidy

__all__ = ["sentence_figures"]

#: A number with a scale word of millions or more, after a blank, a bracket or a quote (not glued to
#: a word, a sign or another number): "20 billion", "1,600 billion", "61.5 mln".
_FIGURE = re.compile(
    r"(?P<num>[0-9](?<![^\s(\[\"'\u201c][0-9])(?:[0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]*(?:\.[0-9]+)?))(?![0-9])"
    r"[ \u00a0]*(?P<word>mln|million|billion|bln|trillion)\b(?![-'\u2019])"
)
#: What the scale words of :data:`_FIGURE` hold, found as substrings; how far back their number may start.
_SCALE_WORDS = ("mln", "illion", "bln")
_NUMBER_REACH = 24
#: The scale words the wire writes before the money of an anchor: "5 mln dlrs", "two billion dlrs".
_WIRE_SCALES = ("mln", "billion", "bln", "trillion")
#: How far a sentence reaches on either side of its anchor.
_REACH = 300
#: How far before a figure every amount must be of the anchor's money.  With the sentence's reach,
#: each amount looked at lies within a stream's margin less its own context window (4 * MAX_PHRASE).
_WINDOW = 1500
#: How far around the sentence a word of the wire's house style is looked for.
_STYLE_REACH = 1500
#: The words of the wire's house style, and its sign-off ("Reuter" at the end of a story), the most
#: frequent first ("dlr" also finds "dlrs").
_WIRE_WORDS = ("mln", "pct", "dlr", "dlrs", "stg", "cts", "bln", "REUTER", "Reuter")
#: The characters that may end a sentence (:data:`~moneyparse.clauses._SENTENCE_END`).
_END_CHARS = (".", "?", "!", ";", "\n", "\r")
#: "And" or "Or" after "U.S.": the wire writes a capital after initials, in the middle of a sentence.
_JOINING = re.compile(r"[ \u00a0]*(?:And|Or)\b")
#: Names of money that are English words more often.
_NOT_MONEY = frozenset(("won", "real", "sent"))
_WORDS = re.compile(r"[^\W\d_]+")
#: A number, perhaps its scale word, and two words at most before a word of a count: "5,000
#: employees", "210,000 60-kg bags", "2.6 mln common shares" (not "3-1/2 pct index-linked stock").
_UNIT_OF = re.compile(
    r"[0-9](?:[ \u00a0]*(?:mln|million|billion|bln|bn|thousand))?(?:[ \u00a0]+(?!(?:pct|percent|per)\b)[\w-]+){0,2}[ \u00a0]*$",
    re.IGNORECASE,
)
#: "a share", "per share": the price of one, no count.
_PER = re.compile(r"\b(?:a|an|per|each)[ \u00a0]*$", re.IGNORECASE)
#: The units a bare figure of a wire story may count, and the words of a count, anywhere in its sentence.
_UNITS = re.compile(
    r"\b(?:shares|shrs|stocks|tonnes|tons|barrels|bpd|ounces|bales|bushels|acres|hectares|gallons|litres|liters|cubic|"
    r"kilos|lbs|bags|cartons|kilowatts?|kwh|numbers?|(?:common|preferred|ordinary)[ \u00a0]+stock|"
    r"output|production|workforce|employment|population|visitors|tourists|passengers|employees|workers|customers|"
    r"subscribers|households|vehicles|cars|votes|jobs)\b",
    re.IGNORECASE,
)
#: A number and "to" or a dash right before the figure, and the word before that number: the low end
#: of a range ("a profit of 110 mln to"), or a move ("reserves rose 420 mln to"); "between N and".
_RANGE_BEFORE = re.compile(
    r"(?:\b(?P<lead>[a-z]+)[ \u00a0]+)?(?P<low>[0-9][0-9,]*(?:\.[0-9]+)?)(?:[ \u00a0]*(?P<word>mln|million|billion|bln|bn))?"
    r"[ \u00a0]*(?:to|-|\u2013)[ \u00a0]*$"
    r"|\bbetween[ \u00a0]+[0-9][0-9,.]*(?:[ \u00a0]*(?:mln|million|billion|bln|bn))?[ \u00a0]+and[ \u00a0]+$"
    r"|\bbetween[ \u00a0]+(?:(?:about|around|some|roughly|approximately)[ \u00a0]+)?$",
    re.IGNORECASE,
)
#: "to" or a dash and a number after the figure: the high end of a range ("a profit of 110 mln to 140 mln").
_RANGE_AFTER = re.compile(r"[ \u00a0]*(?:to|-|\u2013)[ \u00a0]*(?=[0-9])", re.IGNORECASE)
#: How many times its move a level reached is at least ("rose 420 mln to 19.3 billion"); two numbers nearer
#: are the ends of a range ("cut by 12 billion to 16 billion dlrs").
_LEVEL_RATIO = 5
#: The word right before the figure.
_LEAD = re.compile(r"([^\W\d_]+)[ \u00a0]*$")
#: The words of a move before a number and "to": "rose 420 mln to", "and 140 mln to" of a list of moves.
_MOVES = frozenset(
    "rose rising risen fell falling fallen up down by increased increasing decreased decreasing dropped dropping gained "
    "lost climbed added cut jumped slipped eased grew growing declined declining widened narrowed and".split()
)
#: After the figure, a verb of its clause or a participle of what the sum did: "120 mln has been placed",
#: "the 4.76 billion reached a year earlier".
_VERB_AFTER = re.compile(
    r"[ \u00a0]+(?:has|have|had|reached|achieved|seen|expected|targeted|sought|needed|required|paid|raised|earned|received|"
    r"spent|borrowed|lent|invested|allocated|approved|issued|committed|owed|sold|held|placed|signed|offered|set|made|lost|"
    r"saved|collected)\b(?![-'\u2019])",
    re.IGNORECASE,
)
#: A verb of what is traded or made right before the figure, whose object may be counted: "it bought 4.1 mln".
_TRADED = re.compile(
    r"\b(?:bought|buys?|buying|sold|sells?|selling|received|receives?|receiving|acquired|acquires?|acquiring|purchased|"
    r"purchases?|purchasing|produced|produces?|producing|shipped|ships?|shipping|exported|imported|delivered)"
    r"[ \u00a0]+(?:(?:a|an|the|some|about|around|another|nearly|almost|just|only)[ \u00a0]+)?$",
    re.IGNORECASE,
)
#: The name of a sum right after the figure, or "in" and one: "a 1.2 billion loss", "11 billion in loans".
_SUM_AFTER = re.compile(
    r"[ \u00a0]+(?:in[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?)?(?:loss|losses|profits?|deficit|surplus|shortfall|debts?|loans?|credits?|"
    r"sales|revenues?|turnover|earnings|income|payments?|deposits|assets|reserves|cash|capital|bonds?|bills|notes|paper|"
    r"securities|certificates)\b",
    re.IGNORECASE,
)
#: A party named between commas right before the figure: ", Texas, " (its sum has a comma after it too).
_PARTY_BEFORE = re.compile(r",[ \u00a0]*[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+)?,[ \u00a0]*$")
#: "from" and the level a change left after the figure: " from 190.5 mln", " from the 2.4 billion".
_LEVEL_LEFT = re.compile(
    r"[ \u00a0]+from[ \u00a0]+(?:(?:the|a|an|its|about|some|around)[ \u00a0]+)?[0-9][0-9,]*(?:\.[0-9]+)?[ \u00a0]*"
    r"(?P<word>mln|million|billion|bln|bn|trillion)\b",
    re.IGNORECASE,
)
#: The comparing word between a figure left bare and the next: " from ", " vs ", ", against ".
_COMPARED = re.compile(r",?[ \u00a0]*(?:from|vs\.?|versus|against|compared[ \u00a0]+(?:with|to))[ \u00a0]+", re.IGNORECASE)
#: A whole number of the sentence and the word after it, a noun in small letters it may count: "with 14
#: plants producing", "the 37 banks of the syndicate" (not a year, a time, a percentage, a sum, a joiner).
_COUNTING = re.compile(
    r"(?<![\w.,/$\u00a3-])(?P<num>[0-9]+)[ \u00a0]+(?!(?:and|or|nor|to|of|in|at|for|from|with|by|on|vs|a|an|the|pct|percent|"
    r"per|mln|million|billion|bln|bn|trillion|thousand|days?|weeks?|months?|quarters?|years?|pm|am|rpt)\b)[a-z][a-z-]*\b"
)
_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \u00a0]+$")
#: A preposition right after the anchor: "250 mln dlrs in notes", "150 mln stg of stock".
_PREP = re.compile(r"[ \u00a0]+(of|in|for|on|to|from|at|with)\b", re.IGNORECASE)
#: "of" after the figure and what the sum is of, to the next punctuation: "75 mln of index-linked stock".
_OF_AFTER = re.compile(r"[ \u00a0]+of[ \u00a0]+(?P<rest>[^.,;:()]{0,40})", re.IGNORECASE)
#: What "of" may name, after an anchor with another preposition, that makes the figure a sum: a time, a
#: coupon, a sum ("of May 1986", "of 10 pct senior notes", "of such profit").
_OF_MONEY = re.compile(
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:19|20)[0-9]{2}\b|[0-9][0-9./-]*[ \u00a0]*pct\b|"
    r"(?:[a-z-]+[ \u00a0]+){0,2}(?:profits?|loss|losses|debts?|loans?|credits?|deficit|surplus|revenues?|sales|income|"
    r"earnings|spending|investments?|capital|cash|reserves|deposits|assets|paper)\b)",
    re.IGNORECASE,
)
#: What "of" may name that is counted, or a part of a whole: "of common", "of its shares", "of the 10 mln".
_HELD = re.compile(r"(?:common|preferred|warrants?|options?|rights|ordinary|its|their|the)\b", re.IGNORECASE)


def sentence_figures(
    text: str, mentions: list[Mention], marks: Sequence[int] | None = None, markers: set[str] | None = None
) -> list[Mention]:
    """``mentions`` with the bare figures that take the one money of their sentence (the module's
    rule), in text order; ``marks``: the wire's paragraph marks read as spaces
    (:func:`~moneyparse.paragraphs.joined_marks`), each of which ends a sentence; ``markers``: the
    markers of ``mentions`` (or more), when the caller has them."""
    signs = _SIGNS
    if markers is not None and signs.issuperset(markers):
        return mentions  # (cheap test first: every marker a sign, none an anchor's)
    anchors = []
    for m in mentions:
        if m.marker not in signs and _anchor(text, m):  # (cheap test first: a sign is none)
            anchors.append(m)
    if not anchors:
        return mentions
    marks = marks or ()
    starts = [m.start for m in mentions]
    added: list[Mention] = []
    done = 0
    for anchor in anchors:
        if anchor.end <= done or not _figure_near(text, mentions, starts, anchor):
            continue
        lo, hi = _sentence(text, anchor.start, anchor.end, marks)
        done = hi
        added += _figures(text, mentions, starts, anchor, lo, hi)
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda m: m.start)


#: The markers seen that end with no letter ("$", "£"): signs, never an anchor (each looked at once).
_SIGNS: set[str] = set()


def _anchor(text: str, m: Mention) -> bool:
    """Whether ``m`` names the money of its sentence: one amount with a scale word of millions or
    more as the wire writes them, its money a word or code written after it ("80 billion francs",
    "one billion dlrs", "300 mln dlr")."""
    if not m.marker[-1:].isalpha():
        _SIGNS.add(m.marker)  # a sign, whatever the amount
        return False
    if m.high is not None or m.scale < 6 and not (m.number_text.endswith("n") and m.number_text.endswith(_WIRE_SCALES)):
        return False  # (cheap test first: "5 mln dlrs" has its scale, "two billion dlrs" its number in words)
    # the wire writes "mln", never "million" ("5 million euros" is news copy's), one blank before its money
    return text.endswith(_WIRE_SCALES, m.start, m.end - len(m.marker) - 1) and text.endswith(m.marker, m.start, m.end)


def _figure_near(text: str, mentions: list[Mention], starts: list[int], anchor: Mention) -> bool:
    """Cheap test first: whether a bare figure stands within :data:`_REACH` characters of ``anchor``,
    where its sentence may hold one."""
    for lo, hi in ((max(0, anchor.start - _REACH), anchor.start), (anchor.end, anchor.end + _REACH)):
        for word in _SCALE_WORDS:
            at = text.find(word, lo, hi)
            while at >= 0:
                for f in _FIGURE.finditer(text, max(lo, at - _NUMBER_REACH), min(hi, at + 8)):
                    if _unread(mentions, starts, f.start(), f.end()):
                        return True
                at = text.find(word, at + 1, hi)
    return False


def _figures_in(text: str, lo: int, hi: int) -> list[re.Match[str]]:
    """The numbers with a scale word (:data:`_FIGURE`) between ``lo`` and ``hi``, in text order; each
    scale word is found first, and the number read back from it (cheap test first)."""
    found: dict[int, re.Match[str]] = {}
    for word in _SCALE_WORDS:
        at = text.find(word, lo, hi)
        while at >= 0:
            for f in _FIGURE.finditer(text, max(lo, at - _NUMBER_REACH), min(hi, at + 8)):
                found[f.start()] = f
            at = text.find(word, at + 1, hi)
    return [found[k] for k in sorted(found)] if found else []


def _house_style(text: str, lo: int, hi: int) -> bool:
    """Whether a word of the wire's house style (:data:`_WIRE_WORDS`) stands between ``lo`` and
    ``hi``: "mln", "dlrs", "pct" ..., or the sign-off "Reuter" with nothing but blanks after it
    there (each word found as a substring first, then read as a word)."""
    for word in _WIRE_WORDS:
        at = text.find(word, lo, hi)
        while at >= 0:
            end = at + len(word)
            if not text[at - 1 : at].isalpha() and not text[end : end + 1].isalpha() and (word != "Reuter" or not text[end:hi].strip()):
                return True
            at = text.find(word, end, hi)
    return False


def _true_end(text: str, end: re.Match[str]) -> bool:
    """Whether the sentence end ``end`` ends one: not the point of initials before a word that
    starts no sentence ("the U.S. Estimates"), nor before "And" ("placed in the U.S. And 40 mln")."""
    if _INITIALS.search(text, max(0, end.start() - 4), end.end()) is None:
        return True
    return _STARTS.match(text, end.end()) is not None and _JOINING.match(text, end.end()) is None


def _sentence(text: str, start: int, end: int, marks: Sequence[int]) -> tuple[int, int]:
    """The bounds of the sentence of the amount from ``start`` to ``end``: from the last sentence end
    or paragraph mark before it to the next after it, :data:`_REACH` characters either side at most."""
    lo = max(0, start - _REACH)
    at = start
    while True:  # back from the amount, each character that may end a sentence (cheap test first)
        at = max(text.rfind(c, lo, at) for c in _END_CHARS)
        if at < 0:
            break
        m = _SENTENCE_END.match(text, at, start)
        if m is not None and _true_end(text, m):
            lo = m.end()
            break
    j = bisect_left(marks, start)
    if j:
        lo = max(lo, marks[j - 1] + 1)
    hi = min(len(text), end + _REACH)
    at = end
    while at < hi:  # on from the amount
        found = [p for p in (text.find(c, at, hi) for c in _END_CHARS) if p >= 0]
        if not found:
            break
        at = min(found)
        m = _SENTENCE_END.match(text, at, hi)
        if m is not None and _true_end(text, m):
            hi = at
            break
        at += 1
    k = bisect_left(marks, end)
    return lo, min(hi, marks[k]) if k < len(marks) else hi


def _figures(text: str, mentions: list[Mention], starts: list[int], anchor: Mention, lo: int, hi: int) -> list[Mention]:
    """The bare figures of the sentence from ``lo`` to ``hi`` that take the money of ``anchor``
    (``starts``: the starts of ``mentions``, in order)."""
    found = [f for f in _figures_in(text, lo, hi) if _unread(mentions, starts, f.start(), f.end())]
    if not found or not _house_style(text, max(0, lo - _STYLE_REACH), hi + _STYLE_REACH):
        return []  # (cheap test first)
    code = anchor.currency
    inside = mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]
    if any(m.currency != code for m in inside) or _other_money(text, inside, lo, hi, code):
        return []
    if _counted(text, lo, hi) or _UNITS.search(text, lo, hi) or _bare_count(text, inside, lo, hi):
        return []
    out = []
    levels = {m.start: m.amount for m in inside}
    after = _PREP.match(text, anchor.end)
    prep = after.group(1).lower() if after is not None else ""
    left = -1  # where the last figure left bare ends
    for f in found:
        s = f.start()
        if anchor.end <= s and not text[anchor.end : s].strip():
            continue  # a second column right after the marked amount: moneyparse.written_once reads it
        if left >= 0 and _COMPARED.fullmatch(text, left, s) or not _reads(text, lo, f, levels, prep):
            left = f.end()  # "exports rose to 1.2 billion from 900 mln": the level left goes with the level reached
            continue
        if any(m.currency != code for m in mentions[bisect_left(starts, s - _WINDOW) : bisect_left(starts, s)]):
            continue  # (b) the stretch before holds another money
        out.append(_figure(text, f, anchor))
    return out


def _bare_count(text: str, inside: list[Mention], lo: int, hi: int) -> bool:
    """Whether the sentence from ``lo`` to ``hi`` holds, outside its amounts (``inside``), a whole
    number that counts a thing named after it ("with 14 plants producing 3.3 mln"), no year, and no
    day after a month's name."""
    pos = lo
    for m in [*inside, None]:
        stop = m.start if m is not None else hi
        for n in _COUNTING.finditer(text, pos, stop):
            if _YEAR.fullmatch(n.group("num")) or _MONTH_BEFORE.search(text, max(0, n.start() - 12), n.start()):
                continue
            return True
        if m is not None:
            pos = max(pos, m.end)
    return False


def _unread(mentions: list[Mention], starts: list[int], s: int, e: int) -> bool:
    """Whether no mention overlaps the span from ``s`` to ``e``."""
    i = bisect_right(starts, s)
    return not (i and mentions[i - 1].end > s or i < len(mentions) and mentions[i].start < e)


def _reads(text: str, lo: int, f: re.Match[str], levels: dict[int, Decimal], prep: str) -> bool:
    """Whether the figure ``f``, in a sentence starting at ``lo``, is a sum of the sentence's money
    by what stands around it: no bracket open, no end of a range, no unit or count
    before it, and no unit after it (see the rule); ``levels``: the sentence's amounts by where they start;
    ``prep``: the preposition right after the anchor ("of", "in"; "" for none)."""
    s, e = f.span()
    if text.count("(", lo, s) > text.count(")", lo, s):
        return False
    r = _RANGE_BEFORE.search(text, max(0, s - 40), s)
    if r is not None and not _moved(r, _value(f)):
        return False  # "a profit of 110 mln to 140 mln", "output rose 10 to 12 mln"; but "rose 420 mln to 19.3 billion"
    if other_money_after(text, e):
        return False
    if _TRADED.search(text, max(0, s - 24), s) and _SUM_AFTER.match(text, e) is None:
        return False  # "it bought 4.1 mln" may count shares; "received 11 billion in loans" names the sum
    if _PARTY_BEFORE.search(text, max(0, s - 40), s) and text[e : e + 1] != ",":
        return False  # "Texas, 3 mln in all": a party of a list has a comma after its sum too
    ranged = _RANGE_AFTER.match(text, e)
    if ranged is not None:  # a move to the level the sentence marks ("rose 420 mln to 19.3 billion rand"), or a low end
        lead = _LEAD.search(text, max(0, s - 16), s)
        level = levels.get(ranged.end())
        return lead is not None and lead.group(1).lower() in _MOVES and level is not None and level >= _LEVEL_RATIO * _value(f)
    if _ends_well(text, s, e) or _VERB_AFTER.match(text, e) is not None or _of_sum(text, e, prep):
        return True
    left = _LEVEL_LEFT.match(text, e)  # "to 212.4 mln from 190.5 mln": the level reached, and left with the same scale word
    if left is None or _scale_of(left.group("word")) != _scale_of(f.group("word")):
        return False
    lead = _LEAD.search(text, max(0, s - 16), s)
    return lead is not None and lead.group(1).lower() in ("to", "at")


def _other_money(text: str, inside: list[Mention], lo: int, hi: int, code: str) -> bool:
    """Whether the sentence from ``lo`` to ``hi`` names, outside its amounts (``inside``), a money in
    small letters that is not ``code``'s ("issues in yen")."""
    names = tables().names
    pos = lo
    for m in [*inside, None]:
        stop = m.start if m is not None else hi
        for w in _WORDS.finditer(text, pos, stop):
            word = w.group()
            if len(word) < 3 or not word.islower() or word in _NOT_MONEY:
                continue
            marker = names.get(word)
            if marker is not None and code not in marker.codes:
                return True
        if m is not None:
            pos = max(pos, m.end)
    return False


def _counted(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence from ``lo`` to ``hi`` counts something: a word of a count or measure
    right after a number ("5,000 employees", "210,000 60-kg bags"), but "a share"."""
    for c in _COUNT_WORDS.finditer(text, lo, hi):
        if c.group()[0].isupper() or _PER.search(text, max(lo, c.start() - 8), c.start()):
            continue
        if _UNIT_OF.search(text, max(lo, c.start() - 40), c.start()):
            return True
    return False


def _of_sum(text: str, end: int, prep: str) -> bool:
    """Whether "of" and what a sum is of follow a figure ending at ``end``, none of it a count:
    "75 mln of index-linked stock due 2021", "840 mln of May 1986", not "5 mln of its shares"
    nor "of units".  Unless it names a time, a sum ("of such profit") or a coupon ("of 10 pct
    notes"), the anchor has "of" after it too, or no such word (``prep``): after "250 mln dlrs in
    notes", "2 mln of bonds" is no next item of its list, and may count bonds."""
    of = _OF_AFTER.match(text, end)
    if of is None:
        return False
    rest = of.group("rest")
    if _HELD.match(rest) is not None or _UNITS.search(rest) is not None:
        return False
    if any(c.group().endswith("s") for c in _COUNT_WORDS.finditer(rest)):
        return False  # "of members"; but "of stock due 2021"
    return prep in ("", "of") or _OF_MONEY.match(rest) is not None


def _moved(r: re.Match[str], level: Decimal) -> bool:
    """Whether the number and "to" before a figure (``r``, of :data:`_RANGE_BEFORE`) are a move and
    the figure, worth ``level``, the level it reached: a word of change before the move, which writes
    its scale word, and the level :data:`_LEVEL_RATIO` times it or more ("after rising 420 mln to
    19.3 billion"); else the figure is a range's high end ("a profit of 110 mln to 140 mln")."""
    if r.group("word") is None or (r.group("lead") or "").lower() not in _MOVES:
        return False
    return level >= _LEVEL_RATIO * _tidy(parse_digits(r.group("low")).value.scaleb(_scale_of(r.group("word"))))


def _value(f: re.Match[str]) -> Decimal:
    """The value of the figure ``f``, scaled."""
    return _tidy(parse_digits(f.group("num")).value.scaleb(_scale_of(f.group("word"))))


def _figure(text: str, f: re.Match[str], anchor: Mention) -> Mention:
    """The mention of the figure ``f`` with the money of ``anchor``."""
    num = parse_digits(f.group("num"))
    scale = _scale_of(f.group("word"))
    s, e = f.span()
    return _mention(
        s, e, text[s:e], _value(f), anchor.currency, None, _hedge(text, s) or _hedge_after(text, e),
        f.group(), anchor.marker, scale, _precision(num.exponent + scale), anchor.evidence, anchor.alternatives,
    )
