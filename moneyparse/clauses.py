"""A bare amount later in the sentence of an amount whose money wire copy writes as a word.

"Exports rose 2.3 pct to 7.28 billion dlrs and imports fell 5.1 pct to 8.33 billion", "paid 10.3
billion dlrs of its total debt of 27.8 billion", "the surplus was 1.2 billion stg, the remaining
30 billion", "totalled 19.7 billion dlrs, some 1.1 billion below": a reader reads the bare number
as the same money as the amount before it.  The comparing words of :mod:`moneyparse.elided` do not
join these two; the sentence does, and :func:`carried_after` reads them when that module finds
nothing.

The rule, as a reader states it.  After an amount with a scale word and a currency written as a
word or code after the number ("7.28 billion dlrs", "40 mln stg", "two billion rupees"; never a
sign, which news copy writes on each amount, nor a marker before the number, nor a minor unit),
the first bare number later in the same sentence takes its money when

- it has a scale word of millions or more ("8.33 billion", "700 mln", "1.46\\nbillion");
- the word right before it names what it is the object of or is a level of ("to", "of", "from",
  "at", "was", "were", "totalled", "reach", "reached", "top", "exceeded", "with", "against", "than", "remaining", "another",
  "further", "record", "some", "about", ...; "making" a running total: "profit 30 mln stg vs 25 mln,
  making 95 mln"; the noun of a level the wire writes with no "of": "compared to a peak 101.8
  billion", "from a high 4.2 billion"), or a time before it ("a year earlier 3.64 billion"),
  so the number is a quantity the sentence states; "the" or "a" does so when the name of a sum of
  money follows the number ("under the 756 mln loss", "a 3.1 billion requirement", "a 1.2 billion
  rise in May", not "a 4 mln increase in visitors") or a level's participle ("than the 40.75
  billion recorded in May", "from the 25 mln originally indicated", not "the 2.6 mln reported
  shares"), and, after "of", without one: the whole the
  marked amount is a part of ("4.1 billion dlrs of the 9.3 billion in capital"); a possessive does
  so ("on 1985's 660 mln profit", "than January's 527 mln deficit"); a time's possessive needs no such name ("lower than
  December's 421 mln", "from 1985's 42.3 billion"), and nor does a determiner before a word of a
  level's time ("below the outgoing 14.9 billion", "after the previous 151 mln", "from a current
  300 mln"), and a change's "from" before a word of a level now, which the wire writes with no
  article ("to 90 mln dlrs from current 40 mln", "from present 12 billion"); the same preposition
  right before the marked amount and right before the bare one makes the second the next of a
  list ("0.4 pct for eight mln dlrs, 0.35 pct for five to six mln", "up 9.9 billion dlrs in May,
  and up 9.8 billion since January", "cut fees by 2 billion lire and costs by 1.5 billion": "for",
  "on", "over", "under", "above", "below", "into", "up", "by"); "up" or "down" with the level it is taken from after
  the number ("from", "on", "over", "against") is a change of the sum ("raised 18.2 billion dlrs,
  up 1.3 billion from March", never "up 2 mln shares from"); "of which" takes a part of the sum ("2,485
  billion lire of which 1,985 billion was"), and so does a comma before the number and "of which"
  or "of this" after it ("a limit of 4.2 billion stg, 1.1 billion of which is used"); the next
  item of a list of sums and what each is of, "of" right after the marked amount and after the
  bare one, a comma or "and" before it, no word of a count after its "of" ("300 mln dlrs of
  13-week notes and 120 mln of 26-week notes", not "and 2 mln of the new shares"); and the name
  of the next sum of a list whose verb is
  written once, after a comma or "and" right after the marked amount ("issues totalled 1.66
  billion francs, notes 1.39 billion and credits 597.5 mln": notes, credits, bonds, loans,
  exports, imports, sales ...; never "shares" nor "visits"), or of a list of parties, each
  named with a capital between commas, the number a comma after it ("Britain with 2.2 billion
  dlrs, Italy, 1.7 billion, and Spain"); and the other side of one flow of money, "and" and its
  verb right after the marked amount, whose own verb is the counterpart ("paid back 45 billion
  dlrs and received 11 billion", "lent ... and borrowed"; "and it bought 4.1 mln" may count
  shares);
- after it comes punctuation, the end of a row, a word that cannot be its unit ("in", "from",
  "against", "below", "beneath", "by", "now", "this", "next", "was", "is", "if"), "to" and a verb
  of what the money is for ("and 1.7 mln to repay debt"; "to" and a number joins a range), a comparison
  ("some 1.1 billion less than"), the name of a sum of money ("the 756 mln loss"), perhaps after
  the month it is of ("a revised 3.4 billion April deficit"), a level's
  participle ("recorded", "forecast"; "owed", "due" of a debt: "108 billion dlrs in debt, including
  some 68 billion owed to banks", "from 100 mln due to demand"), or, when a sum
  of money is named before it ("sales increased from", "reserves of"), "to" and the next level
  with a scale word ("from 4.1 billion to 4.2 billion,"), or, after "to" and such a name a few words
  before it, "from" and the level left, with the same scale word and no unit after it ("while imports
  fell to 6.12 billion from 6.4 billion", "spending climbed to 11.3 billion from 9.85 billion"; not
  "the quota rose to 2.2 mln from 1.8 mln bags"), or with such a name after the level left and "in"
  ("a rise to 61.2 billion from 59.8 billion in gold holdings"; not "... in visitors"):
  "to 8.33 billion shares" counts shares,
  and "the workforce grew from 3.1 mln to 3.4 mln" counts people;
- it stands in no bracket opened after the marked amount, which may hold a conversion into other
  money ("4 billion rand (about 969 million in US dollars)"), unless the bracket opens right after
  the amount, the bare number right after it, and only ")" or a part's words follow ("2.39 billion
  dlrs (1.35 billion excluding Brazil)");
- between the two stands no word of a count or a measure ("shares", "tonnes", "barrels",
  "employees"), which would make the bare number likely a count of it;
- between the two, every number is a percentage, a year, a day of a month or the number of a
  term ("5.1 pct", "in 1986", "on March 4", "13-week notes"), or of a span of time ("over the
  first nine months"; the digit of a name such as "M-3" is
  none): any other number may be a count with its own unit and ends the search, and so does another candidate amount, a
  sentence's end (not the point of a name in initials: "official U.S. Estimates in February of 175
  billion"), or a wire paragraph's mark (a line break before indentation).

A verb of what the sum did after a comparison's "the" ("up 3 pct from the 78.9 mln booked in May") and
the bare item of a list of labelled results between two marked ones are read as :mod:`moneyparse.written_once` says.

The bare amount may be a range with a scale word, both ends in digits or both in small numbers
written as words ("for 20-30 mln", "risen to three to four billion"; not "on 1986 to 247.51
billion", whose low end is a year, nor "8 to 4 mln"); it meets the same tests, and lends the money
on to the next tier ("0.35 pct for five to six mln and 0.3 pct for two to three mln").  A range
whose marker is written once, after its high end, lends the money of its sentence as one amount
does ("to between 300 mln and 400 mln dlrs, from the March level of 650 mln"; its high end may be
in words: "between 400 mln and two billion lire"), not the story's later sums; one with a marker
on each end ("5 mln dlrs to 6 mln dlrs") lends nothing yet.  A small number written as a word
with a scale word is a bare amount too ("rose to 6.2 billion crowns from four billion"), under the
same tests.

The marker may be written once after the second amount, when "and" joins two clauses and the first
ends in a level reached ("holdings fell to 600 mln and the states also borrowed 1.4 billion marks"):
:func:`carried_before` gives the level the money, under the tests of a count above (none between, and
none in the words before the level: "raised its preferred stock to 380 mln and will sell 2 billion
pesos" counts shares).  The second of two sums that "and" joins, a preposition of where the money
goes after it ("62 mln dlrs will go to the parent and 28 mln to minority holders"), takes the money
of the first (:func:`~moneyparse.and_items.and_item`), under the tests above of what stands between.

An amount with no scale word ("70 dlrs a share") lends its money only to "a total of" and a number
with a scale word ("for a total of 7.4 billion if the offer is accepted"); "a share" right after it
is the price of one, no count between.  The words are English.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal

from moneyparse.and_items import and_item
from moneyparse.bare_figures import _power
from moneyparse.elided import _ELIDED_NUMBER, _elided, _unit_after
from moneyparse.filter_patterns import _YEAR, words
from moneyparse.grammar import _EN_COUNTS
from moneyparse.numbers import parse_digits
from moneyparse.reading import _Raw, _scale_of, _tidy
from moneyparse.revisions import resume_at, through_bracket
from moneyparse.written_once import done_after, labelled_between

#: The words right before a bare amount that make it a quantity the sentence states.
_LEAD_WORDS = frozenset(
    "to of from at was were is are be been totalled totaled totalling totaling total reach reached reaching "
    "top topped topping exceed exceeded exceeding surpass surpassed "
    "with against than after versus remaining another further provisional estimated projected forecast "
    "targeted targetted planned budgeted restated revised record some about around nearly almost roughly "
    "approximately earlier ago making peak high low".split()
)
#: The words before a bare amount that make it a quantity when the name of a sum of money follows it:
#: "under the 756 mln loss of the previous year".
_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her"))
#: Words of a level's time after a determiner: "below the outgoing 14.9 billion", "than the previous 3.1
#: billion" (a level the amount is set against).
_LEVEL_TIMES = frozenset("outgoing previous prior original initial maturing expiring existing old current present".split())
#: Of those, the words of a level now, which the wire writes after a change's "from" with no article:
#: "to 200 mln dlrs from current 21.2 mln".
_NOW_LEVELS = frozenset(("current", "present", "existing"))
#: A change's words before a bare amount, and what makes it the change of a level after it: "up 1.3
#: billion from March" (not "up 2 mln shares from").
_MOVES = frozenset(("up", "down"))
_MOVE_AFTER = re.compile(r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:from|on|over|against)\b")
#: The next of a list of parties and their sums, the verb written once: ", Italy, " of "Britain with 2.2
#: billion dlrs, Italy, 1.7 billion, and Spain".
_NAMED_LIST = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:\r?\n[ \u00a0]*)?[A-Z][a-z]+(?:[ \u00a0]+[A-Z][a-z]+)?,[ \u00a0]*(?:\r?\n[ \u00a0]*)?")
#: Words that, written right before the marked amount and again right before the bare one, make the
#: second a tier of the same list: "0.5 pct for 10 mln dlrs, 0.4 pct for 20 mln".
_PARALLEL = frozenset("for on over under above below into up by".split())
#: Numbers written as words at the ends of a range: "three to four mln" (English's counts up to twenty).
_SMALL = {word: value for word, value in _EN_COUNTS.items() if value <= 20}
_SMALL_WORD = "(?:" + "|".join(sorted(_SMALL, key=len, reverse=True)) + ")"
#: A bare range with a scale word of millions or more, both ends in digits or both in words: "3 to 4
#: mln", "three to\nfour mln" (the ends must be read apart from the scan, which needs a marker).
_RANGED = re.compile(
    r"(?P<amount>(?:(?P<low>[0-9]+(?:\.[0-9]+)?)(?:[ \u00a0]*-|[ \u00a0]+to(?=\s))[ \u00a0]*(?:\r?\n[ \u00a0]*)?"
    r"(?P<high>[0-9]+(?:\.[0-9]+)?)"
    rf"|(?<![\w-])(?P<wlow>{_SMALL_WORD})[ \u00a0]+(?:\r?\n[ \u00a0]*)?to[ \u00a0]+(?:\r?\n[ \u00a0]*)?(?P<whigh>{_SMALL_WORD}))"
    r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?P<word>mln|million|billion|bln|bn|trillion))(?![\w])",
    re.IGNORECASE,
)
#: A bare amount with a scale word of millions or more, its number a small one written as a word: "two
#: billion" (read as a range of one end).
_SPELLED = re.compile(
    rf"(?<![\w-])(?P<amount>(?P<wlow>{_SMALL_WORD})[ \u00a0]+(?:\r?\n[ \u00a0]*)?(?P<word>mln|million|billion|bln|bn|trillion))(?![\w-])",
    re.IGNORECASE,
)
#: How far after a marked amount its sentence is read.
_REACH = 220
#: The end of a sentence: a full stop, question or exclamation mark, or semicolon before a blank
#: (not a decimal point), a blank line, or a wire paragraph's mark (a line break, then indentation).
_SENTENCE_END = re.compile(r"[.?!;](?=[\s\"'\u2019\u201d)]|$)|\r?\n[ \t]*\r?\n|\r?\n[ \t]{2,}")
_BARE = re.compile(_ELIDED_NUMBER, re.IGNORECASE)
#: A number in the stretch (not the digit of a name: "M-3", "F-16"): its digits, and what makes it
#: no amount (a percentage, a year, a day).
_NUMBER = re.compile(r"[0-9](?<![\w.,][0-9])(?<![^\W\d_]-[0-9])[0-9,]*(?:\.[0-9]+)?(?![\w])")
_PERCENT = re.compile(r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:pct|percent|per[ \u00a0]+cent|%)", re.IGNORECASE)
#: The scale words of millions and more.
_BIG = frozenset(("mln", "million", "billion", "bln", "bn", "trillion", "tln", "tn"))
#: The names of sums of money that may follow the bare amount as its noun: "the 756 mln loss", the month it is
#: of ("after a revised 3.4 billion April deficit") or its kind ("made a 10.6 billion net profit") perhaps between.
_MONEY_NOUN = re.compile(
    r"[ \u00a0]+(?:\r?\n[ \u00a0]*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"net|gross|pre-?tax|operating|trading|trade)[ \u00a0]+(?:\r?\n[ \u00a0]*)?)?(?:loss|losses|profit|profits|deficit|surplus|"
    r"shortfall|debt|loan|credit|budget|bid|offer|deal|fine|charge|payment|package|facility|program|programme|requirement|figure|"
    r"inflow|outflow|withdrawal|turnaround|injection|provision|writeoff|write-off|writedown|write-down|"
    r"(?P<change>rise|increase|fall|decline|drop|decrease|expansion|contraction))\b",
    re.IGNORECASE,
)
#: How far after a word of change its thing is looked for: "a 4 mln increase in visitors" counts visitors.
_CHANGE_OF = 40
#: A level's participle after the bare amount, "originally" perhaps before it: "higher than the 40.75 billion
#: recorded in May", "from the 25 mln originally indicated".
_LEVEL_AFTER = re.compile(
    r"[ \u00a0]+(?:\r?\n[ \u00a0]*)?(?:originally[ \u00a0]+(?:\r?\n[ \u00a0]*)?)?(?:reported|recorded|posted|spent|"
    r"estimated|forecast|planned|budgeted|projected|indicated|agreed|announced|registered|owed|owing|due)\b(?![-'\u2019])",
    re.IGNORECASE,
)
#: Words of counts and measures: between the two amounts, one of them makes the bare number likely
#: a count of it ("raised its share count to 60 mln").
_COUNT_WORDS = re.compile(
    r"\b(?:shares?|stocks?|tonnes?|tons?|barrels?|bpd|ounces?|bales?|bushels?|units?|cars?|vehicles?|"
    r"passengers?|employees?|workers?|jobs?|people|acres?|hectares?|gallons?|litres?|liters?|cubic|feet|"
    r"metres?|meters?|kilos?|lbs|votes?|members?|customers?|subscribers?|households?|visitors?|tourists?|"
    r"seats?|accounts?|copies|head|lines?|calls?|bags?|cartons?|kilowatt|kwh|watts?|population)\b",
    re.IGNORECASE,
)
#: A list of sums by year: "1.17 billion dlrs in 1985, 1.01 billion in 1984 and 293 mln in 1983" (the
#: year of the sum before, then a comma or "and").
_YEAR_LISTED = re.compile(r"\bin[ \u00a0]+(?:19|20)[0-9]{2}(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)$")
_WORD_AFTER = re.compile(r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]*(?:\r?\n[ \u00a0]*)?$")
_BREAK = r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?"
#: A name written in initials, which ends no sentence: "U.S.", "U.K." (Reuters writes the next word
#: with a capital: "U.S. Estimates").
_INITIALS = re.compile(r"(?<![\w.])(?:U\.S|U\.K|E\.C)\.$")
#: The first word of a sentence after such a name: a possessive ("with the U.S. Taiwan's surplus"), a
#: pronoun, an article, a conjunction.
_STARTS = re.compile(
    rf"{_BREAK}(?:[A-Z][\w-]*['\u2019]s\b|(?:The|It|Its|He|She|They|Their|His|Her|This|These|That|Those|We|I|A|An|"
    rf"In|On|At|For|As|But|And|However|Also|Meanwhile|Last|Next)\b)"
)
#: A bracket opened right after the marked amount, and what may follow the bare amount in it: "2.39
#: billion dlrs (1.35 billion excluding Brazil)" (no conversion: "(about 969 million in US dollars)").
_BRACKETED = re.compile(rf"{_BREAK}\({_BREAK}")
_BRACKET_ENDS = re.compile(rf"{_BREAK}(?:\)|(?:excluding|including|before|after){_BREAK}[^\W\d_]+(?:[ \u00a0]+[^\W\d_]+)?{_BREAK}\))")
#: "of which" before the bare amount, "a total of", and a possessive of a time ("December's").
_OF_WHICH = re.compile(rf"\bof{_BREAK}which{_BREAK}$", re.IGNORECASE)
_TOTAL_OF = re.compile(rf"\btotal{_BREAK}of{_BREAK}$", re.IGNORECASE)
_TIME_OWNER = re.compile(
    r"(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December|year|quarter|"
    r"month|week|period)|(?<![0-9,.])(?:19|20)[0-9]{2})['\u2019]$",
    re.IGNORECASE,
)
#: Between the marked amount and the bare one, a comma or "and" and the name of the next sum, the
#: verb written once: ", notes ", " and credits ".
_LISTED = re.compile(rf"(?:,|{_BREAK}and){_BREAK}[a-z]+{_BREAK}")
#: The verbs of the two sides of one flow of money, each with the other written right before the
#: marked amount: "paid back 45 billion dlrs and received 11 billion", "lent 3 billion marks and
#: borrowed 1.2 billion" (never "bought" or "sold" alone, whose bare object may count shares).
_COUNTER_VERBS = {
    verb: re.compile(rf"\b{other}(?:[ \u00a0]+(?:back|out|in|off))?[ \u00a0]*(?:\r?\n[ \u00a0]*)?$", re.IGNORECASE)
    for verb, other in (("received", "paid"), ("paid", "received"), ("borrowed", "lent"), ("lent", "borrowed"))
}
#: "and" and the verb between the marked amount and the bare one: " and\nreceived ".
_AND_VERB = re.compile(rf"{_BREAK}and{_BREAK}[a-z]+{_BREAK}")
_LISTED_SUMS = frozenset(
    "notes bonds bills credits loans exports imports inventories sales revenues profits earnings deposits "
    "assets liabilities debts investments issues payments receipts reserves".split()
)
#: "a share" after the marked amount: the price of one, no count of shares ("70 dlrs a share").
_PER_SHARE = re.compile(r"^[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:a|per)[ \u00a0]+share\b")
#: Words right after a bare amount that count no unit of it: "the remaining 30 billion by semi-state
#: banks", "from 70 mln now", "a record 147.25 billion this year", "1,985 billion was in the hands".
_CLAUSE_AFTER = re.compile(rf"{_BREAK}(?:by|now|this|next|was|were|is|are|if|would|will)\b(?![-'\u2019])", re.IGNORECASE)
#: "to" and the next amount with a scale word: "sales increased from 4.1 billion to 4.2 billion".
_TO_SCALED = re.compile(rf"{_BREAK}to{_BREAK}{_ELIDED_NUMBER}", re.IGNORECASE)
#: The name of a sum of money, a verb of change perhaps, and "from" before the bare amount.
_SUM_FROM = re.compile(
    rf"\b(?:sales|revenues?|turnover|profits?|earnings|income|exports|imports|deficit|surplus|debt|spending|"
    rf"capital|reserves|assets|deposits|loans|budget)\b(?:{_BREAK}[a-z]+){{0,2}}{_BREAK}(?:from|of){_BREAK}$",
    re.IGNORECASE,
)


#: "from" and a level with a scale word after a bare amount: "imports fell to 6.12 billion from 6.4 billion".
_FROM_LEVEL = re.compile(rf"{_BREAK}from{_BREAK}{_ELIDED_NUMBER}", re.IGNORECASE)
#: "in", at most two words, and the name of a sum of money after the level a change left: " in gold
#: holdings", " in foreign exchange reserves" (what a change named after its levels is of).
_SUM_IN = re.compile(
    rf"{_BREAK}in{_BREAK}(?:[a-z-]+{_BREAK}){{0,2}}?(?:holdings|reserves|assets|deposits|loans|sales|revenues?|"
    rf"exports|imports|spending|debt|liabilities|receipts|payments|investments?|earnings|profits?)\b",
    re.IGNORECASE,
)
#: The name of a sum of money, a few words of its change, and "to" before the bare amount: "imports
#: fell to ", "spending climbed to ", "pre-tax profit rose 4.5 pct to " (not "the workforce grew to").
_SUM_TO = re.compile(
    rf"\b(?:sales|revenues?|turnover|profits?|earnings|income|exports|imports|deficit|surplus|debt|spending|"
    rf"expenditures?|capital|reserves|assets|liabilities|deposits|loans|budget|orders|investments?|receipts|"
    rf"payments|contribution)\b(?:{_BREAK}[\w.-]+){{0,5}}?{_BREAK}to{_BREAK}$",
    re.IGNORECASE,
)


def _levels(text: str, start: int, end: int) -> bool:
    """Whether the bare amount from ``start`` to ``end`` is the level a sum of money reached, the
    level it left written after it with the same scale word: "and imports fell to 6.12 billion from
    6.4 billion" ("to" right before it, the name of a sum of money a few words before that, no unit
    after the level left: not "its quota to 2.2 mln from 1.8 mln 60-kilo bags"); the sum may be
    named after the level left instead, with "in" ("a rise to 61.2 billion from 59.8 billion in
    gold holdings"; not "a rise to 3 mln from 2 mln in visitors")."""
    level = _FROM_LEVEL.match(text, end)
    if level is None:
        return False
    if _SUM_TO.search(text, max(0, start - 72), start) is None:
        to = _WORD_BEFORE.search(text, max(0, start - 8), start)
        if to is None or to.group(1).lower() != "to" or _SUM_IN.match(text, level.end("amount")) is None:
            return False
    scale = _BARE.match(text, start, end)
    mine = scale.group("word") if scale is not None else None
    theirs = level.group("word")
    if mine is None or theirs is None or _scale_of(mine) != _scale_of(theirs):
        return False
    return not _unit_after(text, level.end("amount"))


def _money_noun(text: str, end: int) -> bool:
    """Whether the name of a sum of money follows the bare amount ending at ``end``: "the 756 mln
    loss", "a 1.2 billion rise in May"; a word of change names no sum when a word of a count follows it
    closely in its sentence ("a 4 mln increase in visitors")."""
    noun = _MONEY_NOUN.match(text, end)
    if noun is None:
        return False
    if noun.group("change") is None:
        return True
    stop = noun.end() + _CHANGE_OF
    close = _SENTENCE_END.search(text, noun.end(), stop)
    return _COUNT_WORDS.search(text, noun.end(), close.start() if close is not None else stop) is None


#: "of" right after an amount: "400 mln dlrs of notes", "100 mln of bills".
_OF_AFTER = re.compile(rf"{_BREAK}of\b", re.IGNORECASE)
#: A part of the sum before, right after the bare amount: "1.5 billion of which", "4.7 billion of this gain".
_PART_AFTER = re.compile(rf"{_BREAK}of{_BREAK}(?:which|this|these|that|it)\b", re.IGNORECASE)


def _parallel_of(text: str, raw: _Raw, start: int, end: int) -> bool:
    """Whether the bare amount from ``start`` to ``end`` is the next item of a list of sums and what
    each is of, the money written on the first: "400 mln dlrs of 13-week notes and 100 mln of
    26-week notes", "1.1 billion dlrs of machines, 600 mln of farm goods"; "of" right after both,
    a comma or "and" right before the bare one, and no word of a count in the words after its "of"
    ("and 2 mln of its shares" counts shares)."""
    if _OF_AFTER.match(text, raw.end) is None or _OF_AFTER.match(text, end) is None or _PART_AFTER.match(text, end):
        return False
    before = text[raw.end : start].rstrip()
    if not before.endswith(",") and not before.lower().endswith(" and"):
        return False
    stop = end + _CHANGE_OF
    close = _SENTENCE_END.search(text, end, stop)
    return _COUNT_WORDS.search(text, end, close.start() if close is not None else stop) is None


def _level_after(text: str, end: int) -> bool:
    """Whether a level's participle follows the bare amount ending at ``end`` (:data:`_LEVEL_AFTER`)
    and no word of a count after it makes the amount a count: "the 25 mln originally indicated", not
    "the 2.6 mln reported shares"."""
    level = _LEVEL_AFTER.match(text, end) or done_after(text, end)  # "from the 78.9 mln booked in May"
    if level is None:
        return False
    after = _WORD_AFTER.match(text, level.end())
    return after is None or _COUNT_WORDS.fullmatch(after.group(1)) is None


#: A term glued to a number: "13-week", "10-year" (bills, bonds).
_TERM = re.compile(r"-(?:day|week|month|year)s?\b", re.IGNORECASE)
#: A span of time counted: "in the first 11 months of 1986", "over three years".
_SPAN = re.compile(rf"{_BREAK}(?:days|weeks|months|quarters|years)\b", re.IGNORECASE)


def _passable(text: str, n: re.Match[str]) -> bool:
    """Whether the number ``n`` between a marked amount and a bare one leaves the search going: a
    percentage, a year, a day after a month's name, the number of a term ("13-week notes"), or a
    span of time counted ("in the first 11 months")."""
    if _PERCENT.match(text, n.end()) or _TERM.match(text, n.end()) or _SPAN.match(text, n.end()):
        return True
    digits = n.group().rstrip(",")  # "in 1985, 1.01 billion": the comma after the year is the list's
    if _YEAR.fullmatch(digits):
        return True
    return len(digits) <= 2 and words().month_before.search(text, max(0, n.start() - 12), n.start()) is not None


def _leads(text: str, raw: _Raw, start: int, m: re.Match[str], total: bool) -> bool:
    """Whether the words right before the bare amount ``m`` (starting at ``start``, after ``raw``)
    make it a quantity the sentence states (see the rule above); ``total``: ``raw`` has no scale
    word, and only "a total of" does."""
    if not total and _NAMED_LIST.fullmatch(text, raw.end, start) and text.startswith(",", m.end("amount")):
        return True  # "Britain with 2.2 billion dlrs, Italy, 1.7 billion, and Spain"
    if text[max(raw.end, start - 4) : start].rstrip().endswith(",") and _PART_AFTER.match(text, m.end("amount")):
        return True  # "about 6.3 billion stg, 1.5 billion of which is used"
    lead = _WORD_BEFORE.search(text, max(raw.end, start - 40), start)
    if lead is None:
        return not total and _BRACKETED.fullmatch(text, raw.end, start) is not None and (
            _BRACKET_ENDS.match(text, m.end("amount")) is not None
        )  # "2.39 billion dlrs (1.35 billion excluding Brazil)"
    word = lead.group(1).lower()
    if total:
        return word == "of" and _TOTAL_OF.search(text, max(raw.end, start - 20), start) is not None
    if word in _LEAD_WORDS:
        return True
    if word == "which":  # "2,485 billion lire of which 1,985 billion was"
        return _OF_WHICH.search(text, max(raw.end, start - 20), start) is not None
    if word == "s" and text[lead.start(1) - 1 : lead.start(1)] in "'\u2019":
        if _TIME_OWNER.search(text, max(raw.end, lead.start(1) - 16), lead.start(1)):
            return True  # "lower than December's 421 mln", "on 1985's 660 mln"
        return _money_noun(text, m.end("amount"))  # "on 1985's 660 mln profit"
    if word in _DETERMINERS:
        if _money_noun(text, m.end("amount")) or _level_after(text, m.end("amount")):
            return True  # "under the 756 mln loss", "than the 71.5 mln reported a year ago"
        return word == "the" and _word_before(text, raw.end, lead.start(1)) == "of"  # "4.1 billion dlrs of the 9.3 billion"
    if word in _MOVES and _MOVE_AFTER.match(text, m.end("amount")):
        return True  # "up 1.3 billion from March"
    if word in _LEVEL_TIMES:  # "below the outgoing 14.9 billion", "from current 21.2 mln"
        before = _word_before(text, raw.end, lead.start(1))
        return before in _DETERMINERS or before == "from" and word in _NOW_LEVELS
    if word in _PARALLEL:  # "0.325 pct for five mln dlrs, 0.275 pct for three to four mln"
        first = _WORD_BEFORE.search(text, max(0, raw.start - 24), raw.start)
        return first is not None and first.group(1).lower() == word
    if word in _COUNTER_VERBS:  # "paid back 45 billion dlrs and received 11 billion"
        return _COUNTER_VERBS[word].search(text, max(0, raw.start - 24), raw.start) is not None and (
            _AND_VERB.fullmatch(text, raw.end, start) is not None
        )
    # a list of named sums, the verb written once: "issues totalled 1.66 billion francs, notes
    # 1.39 billion and credits 597.5 mln"
    if word in _LISTED_SUMS and _LISTED.fullmatch(text, raw.end, start) is not None:
        return True
    return labelled_between(text, raw, start, m.end("amount"))  # "Assets 12.4 billion dlrs, up 3.1 pct, deposits 10.2 billion, ..."


def _word_before(text: str, floor: int, at: int) -> str:
    """The word right before ``at`` (at most 16 characters back, not before ``floor``), lower case;
    "" when there is none."""
    found = _WORD_BEFORE.search(text, max(floor, at - 16), at)
    return found.group(1).lower() if found is not None else ""


def _ends_well(text: str, start: int, end: int) -> bool:
    """Whether what follows a bare amount from ``start`` to ``end`` counts no unit of it (see the rule)."""
    if not _unit_after(text, end) or _money_noun(text, end) or _CLAUSE_AFTER.match(text, end) or _PART_AFTER.match(text, end):
        return True
    if _level_after(text, end):  # "the 71.5 mln reported a year ago"
        return True
    if _levels(text, start, end):  # "imports fell to 6.12 billion from 6.4 billion"
        return True
    if _MOVE_AFTER.match(text, end):  # "up 1.3 billion from March"
        lead = _WORD_BEFORE.search(text, max(0, start - 12), start)
        return lead is not None and lead.group(1).lower() in _MOVES
    to = _TO_SCALED.match(text, end)  # "sales rose from 4.1 billion to 4.2 billion," (not "to 4.2 billion shares")
    if to is None or (to.group("word") or "").lower() not in _BIG or _unit_after(text, to.end("amount")):
        return False
    return _SUM_FROM.search(text, max(0, start - 48), start) is not None  # not "the workforce grew from 3.1 mln to"


def carried_after(text: str, raw: _Raw, limit: int, marks: Sequence[int] = ()) -> _Raw | None:
    """The bare amount later in the sentence of ``raw`` that takes its money (see the rule above),
    ending at or before ``limit`` (the next candidate's start); None when there is none.
    ``marks``: the wire's paragraph marks that the reading of wrapped text made spaces (in order,
    :func:`~moneyparse.paragraphs.joined_marks`); the ones left as written are found here."""
    total = _power(raw) < 6  # a scale word of millions or more: "23.1 billion dlrs", "two billion rupees"
    if total and (raw.scale != 0 or text.find("total", raw.end, raw.end + _REACH) < 0):
        return None  # (cheap test first) but "at 70 dlrs a share, for a total of 7.4 billion"
    span = text[raw.start : raw.end]
    if raw.marker_info.minor or not raw.marker[-1:].isalpha():
        return None  # (a range lends it too: "for three to four mln and ... for one to two mln", "between 5 and 6 mln dlrs, from 7 mln")
    if raw.marker in span and not span.endswith(raw.marker):
        return None  # "RM4 billion (approximately 969 million in USD)": only a name after the number
    stop = min(limit, raw.end + _REACH)
    k = bisect_left(marks, raw.end)
    if k < len(marks):
        stop = min(stop, marks[k])
    end = _SENTENCE_END.search(text, raw.end, stop)
    while end is not None and _INITIALS.search(text, max(0, end.start() - 4), end.end()) and not _STARTS.match(text, end.end()):
        end = _SENTENCE_END.search(text, end.end(), stop)  # "official U.S. Estimates in February of 175 billion"
    if end is not None:
        stop = end.start()
    pos = resume_at(text, raw)  # (past the close of a revision bracket: "(revised from 30.06) billion")
    while True:
        n = _NUMBER.search(text, pos, stop)
        ranged = _ranged(text, pos, n.start() if n is not None else stop, stop)
        if ranged is None:  # "from four billion": a small number written as a word
            ranged = _SPELLED.search(text, pos, n.start() if n is not None else stop)
        if ranged is not None:
            return _carried_range(text, raw, ranged) if not total else None
        if n is None:
            return None
        m = _BARE.match(text, n.start(), stop)
        if m is not None and m.group("word") is None:  # "from 30.08 (revised from 30.06) billion"
            m = through_bracket(text, n.start(), stop) or m
        word = m.group("word") if m is not None else None
        if m is not None and word is not None and word.lower() in _BIG and m.start("amount") == n.start():
            listed = not total and (
                _parallel_of(text, raw, n.start(), m.end("amount"))  # "and 100 mln of bills"
                or and_item(text, (raw.start, raw.end), n.start(), m.end("amount"), _COUNT_WORDS)  # "and 28 mln to minority holders"
            )
            if not listed and not _leads(text, raw, n.start(), m, total) and not _YEAR_LISTED.search(
                text, max(raw.end, n.start() - 24), n.start()
            ):
                return None
            if not (listed or _ends_well(text, n.start(), m.end())) or not _clear_between(text, raw, n.start()):
                return None
            return _elided(raw, m, "clause")
        if not _passable(text, n):
            return None
        pos = n.end()


def _clear_between(text: str, raw: _Raw, start: int) -> bool:
    """Whether the text between ``raw`` and a bare amount at ``start`` holds no count's word and no
    bracket the bare amount stands in (see the rule above)."""
    between = _PER_SHARE.sub("", text[raw.end : start], 1)
    if _COUNT_WORDS.search(between) or "[" in between:
        return False
    return between.count("(") <= between.count(")") or _BRACKETED.fullmatch(between) is not None


def _ranged(text: str, pos: int, number: int, stop: int) -> re.Match[str] | None:
    """The bare range with a scale word that comes first from ``pos``: one in words before the next
    digit at ``number``, or one in digits starting there ("three to four mln", "3 to 4 mln")."""
    if text.find("to", pos, stop) < 0 and text.find("-", pos, stop) < 0:
        return None  # (cheap test first)
    found = _RANGED.search(text, pos, number) if text.find("to", pos, number) >= 0 else None
    if found is None and number < stop:
        found = _RANGED.match(text, number, stop)
    if found is None or _YEAR.fullmatch(found.group("low") or ""):
        return None  # "up 2.9 pct on 1986 to 247.51 billion": a year, then the bare amount
    return found if _ends(found)[0] < _ends(found)[1] else None  # "10 to 4 mln" is no range of one sum


def _ends(r: re.Match[str]) -> tuple[Decimal, Decimal]:
    """The low and high numbers of the bare range ``r``, before its scale word (both the number of
    a match of :data:`_SPELLED`)."""
    if r.re is _SPELLED:
        low = Decimal(_SMALL[r.group("wlow").lower()])
        return low, low
    if r.group("low") is not None:
        return parse_digits(r.group("low")).value, parse_digits(r.group("high")).value
    return Decimal(_SMALL[r.group("wlow").lower()]), Decimal(_SMALL[r.group("whigh").lower()])


def _carried_range(text: str, raw: _Raw, r: re.Match[str]) -> _Raw | None:
    """The bare range ``r`` with the money of ``raw``, when its sentence reads it so as it reads a
    bare amount (see the rule above); None otherwise."""
    start = r.start("amount")
    if not _leads(text, raw, start, r, False) or not _ends_well(text, start, r.end("amount")):
        return None
    if not _clear_between(text, raw, start):
        return None
    scale = _scale_of(r.group("word"))
    value, top = _ends(r)
    exponent = 0
    if r.re is _RANGED and r.group("low") is not None:
        exponent = min(parse_digits(r.group("low")).exponent, parse_digits(r.group("high")).exponent)
    high = _tidy(top.scaleb(scale)) if top != value else None  # "two billion": one amount
    return _Raw(start, r.end("amount"), _tidy(value.scaleb(scale)), high, exponent + scale,
                text[start : r.end("amount")], raw.marker, raw.marker_info, scale)


#: A bare level with a scale word of millions or more after "to", then "and" and the words of the
#: next clause, up to the marked amount: "fell to 600 mln and it also lent 1.4 billion marks".
_BEFORE_AND = re.compile(
    rf"\bto{_BREAK}(?P<amount>(?P<num>[0-9]+(?:\.[0-9]+)?){_BREAK}(?P<word>mln|million|billion|bln|bn|trillion))"
    rf",?{_BREAK}and{_BREAK}(?:[a-z]+{_BREAK}){{1,8}}$"
)


#: A bare sum and the words of what it is of, then "and" right before the marked amount: "bought 825
#: mln of provincial bonds and 342 mln dlrs of other paper" (:func:`_of_listed_before`).
_OF_BEFORE_AND = re.compile(
    rf"(?<![\w.,$])(?P<amount>(?P<num>[0-9]+(?:\.[0-9]+)?){_BREAK}(?P<word>mln|million|billion|bln|bn|trillion))"
    rf"{_BREAK}of{_BREAK}(?:[A-Za-z][A-Za-z'-]*{_BREAK}){{1,7}}and{_BREAK}$"
)
#: What a list's "of" may name that is counted, not valued: "825 mln of its common and ...".
_HELD_COUNTS = re.compile(r"\b(?:common|preferred|warrants?|options?|rights|ordinary)\b", re.IGNORECASE)


def _of_listed_before(text: str, raw: _Raw, floor: int) -> re.Match[str] | None:
    """The bare sum before ``raw`` that is the first item of a list of sums and what each is of, the
    money written on the last (:data:`_OF_BEFORE_AND`): "of" right after both, "and" right before
    ``raw``, a few words between, none of a count; the mirror of :func:`_parallel_of`."""
    if _OF_AFTER.match(text, raw.end) is None or _PART_AFTER.match(text, raw.end):
        return None
    m = _OF_BEFORE_AND.search(text, max(floor, raw.start - 120), raw.start)
    if m is None or _PART_AFTER.match(text, m.end("amount")) or _HELD_COUNTS.search(text, m.end("amount"), raw.start):
        return None
    return m


def carried_before(text: str, raw: _Raw, floor: int) -> _Raw | None:
    """The bare level earlier in the sentence of ``raw`` that takes its money, starting at or after
    ``floor``; None when there is none.  The marker is written once, after the second amount of two
    clauses that "and" joins, the first a level reached ("to"): "deposits fell to 600 mln and it
    also lent 1.4 billion marks"; or after the second item of a list of sums and what each is of
    (:func:`_of_listed_before`: "acquired 825 mln of provincial bonds and 342 mln dlrs of other
    paper").  Only a marked amount with a scale word of millions or more and a word of money after
    its number lends it; between the two stand only words, none of a count or a measure, and no
    sentence's end, and, before a level, no such word in the words before it."""
    if _power(raw) < 6 or raw.marker_info.minor or not raw.marker[-1:].isalpha() or raw.high is not None:
        return None
    span = text[raw.start : raw.end]
    if raw.marker in span and not span.endswith(raw.marker):
        return None
    m = _BEFORE_AND.search(text, max(floor, raw.start - 120), raw.start) or _of_listed_before(text, raw, floor)
    if m is None or _COUNT_WORDS.search(text, m.end("amount"), raw.start) or _SENTENCE_END.search(text, m.end("amount"), raw.start):
        return None
    if m.re is _BEFORE_AND and _COUNT_WORDS.search(text, max(floor, m.start() - 60), m.start()):
        return None  # "raised its preferred stock to 380 mln and ...": a count of what reached the level
    scale = _scale_of(m.group("word"))
    num = parse_digits(m.group("num"))
    return _Raw(m.start("amount"), m.end("amount"), _tidy(num.value.scaleb(scale)), None, num.exponent + scale,
                m.group("amount"), raw.marker, raw.marker_info, scale)
