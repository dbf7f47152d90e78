"""What a mention carries from the characters right around it: its hedge, its sign and the place
value of its last written digit.

Run for each mention once the phrases are joined: :func:`_hedge` reads a hedge before the amount
("more than", "约"), :func:`_hedge_after` a bound written after it ("or more", "$5bn+", "以上",
a shop's "UP" glued to the digits: :func:`glued_up`),
:func:`_sign` a sign right before it ("−€13.2 million"), and :func:`_precision` turns the exponent
of its last written digit into a place value.  :func:`_only_own_words` tells, for
:func:`moneyparse.parse`, whether the words around a phrase are its own hedge and range words.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal

from moneyparse.grammar import WIDE_WINDOW, _compiled, _is_cjk, _is_hangul
from moneyparse.lexicon import tables
from moneyparse.mention import Mention, Qualifier

_LAST_LETTERS = re.compile(r"[^\W\d_]+$")
#: Each qualifier by its value: ``QUALIFIER_OF[value]`` is ``Qualifier(value)`` without the enum's call, which
#: runs Python code of its own for every hedge found.
QUALIFIER_OF = {q.value: q for q in Qualifier}


def _hedge(text: str, start: int) -> Qualifier | None:
    """The hedge just before ``start`` ("more than", "约", "~"), or before an article and a word of
    quantity that stand right before it ("around a combined $90 million": :func:`_hedge_across`).
    A tilde glued after a word or a figure ends what stands before it, a price's "from" or a
    range's mark ("9,900원~ 37400원", "3,500원~" over the next line's price): no hedge of what
    follows."""
    lo = start - 30 if start > 30 else 0
    if start > 1 and text[start - 1] == " ":
        # cheaper test first, for most amounts: one space, after a word of ASCII letters that ends
        # no hedge ("of $5", "for $5"); the word is the last one the steps below would read
        word = text[lo : start - 1].rpartition(" ")[2]  # (one call: str.rfind parses its bounds, slowly)
        if word.isascii() and word.isalpha():
            low = word.lower()
            across = _hedge_across(text, start, low) if low in _BRIDGE_LAST else None
            if across is not None or low not in _HEDGE_WORDS:
                return across
    head = text[lo:start]
    stripped = head.rstrip()
    if not stripped:
        return None
    last = stripped[-1]
    # cheap test first: most amounts follow a word or sign that ends no hedge
    if last.isascii() and last.isalpha():
        word = stripped.rsplit(None, 1)[-1].lower()
        if word not in _HEDGE_WORDS:
            if word.isalpha():
                return None
            # "(about", "cost:approximately": the letters at the end are the word
            m = _LAST_LETTERS.search(word)
            if m is None or m.group() not in _HEDGE_WORDS:
                return None
    elif last.lower() not in _HEDGE_LAST_CHARS:  # "JUSQU'À"
        return None
    longest = _HEDGE_LONGEST
    wide = stripped[-2 * longest :]
    if "  " in wide or not wide.isprintable():
        # a phrase's words may stand apart by more than one space, or by tabs or no-break spaces
        # ("more  than"): read twice as far back and close the spaces up
        reach = 2 * longest
        tail = " ".join(wide.split())
    else:
        reach = longest
        tail = stripped[-longest:]
    pattern = _compiled().hedge_before
    if tail.isascii():
        # "of", "to", "as" end many phrases, few of them hedges.  (Other scripts go to the pattern,
        # which matches case-insensitively as ``lower`` does not: "ſ" for "s".)
        starts = _hedge_starts(tail.lower(), len(stripped))
        if not starts:
            return None
        if reach == longest and _HEDGE_ENDS_BY_LOWER:
            # one space between words: a hedge can only start where a phrase ending the tail
            # starts, and only that phrase can match there, so its own pattern is tried there
            # alone, leftmost first (the whole alternation, tried branch by branch, costs more)
            m = None
            for at, phrase in starts:
                m = _HEDGE_ALONE[phrase].match(head, at)
                if m:
                    break
        else:
            m = pattern.search(head, max(0, len(stripped) - reach))
    else:
        # no hedge starts further back than that; the lookbehind still sees the character
        # before the search's start
        m = pattern.search(head, max(0, len(stripped) - reach))
    if not m:
        return None
    phrase = " ".join(m.group().split()).lower()
    if phrase in _BOUND_BY_PLACE and _no_hedge_here(text, lo + m.start(), m.group(), phrase):
        return None
    value = tables().hedges.get(phrase)
    return None if value is None else QUALIFIER_OF[value]


#: The hedges that the words around them may unmake (:func:`_no_hedge_here`).
_BOUND_BY_PLACE = frozenset({"up to", "~"})


def _no_hedge_here(text: str, at: int, written: str, phrase: str) -> bool:
    """Whether the hedge ``phrase``, written as ``written`` at ``at``, is none in its place: "up
    to" after a verb whose "up" is its own (:func:`_moved_up`), a tilde glued after a word or a
    figure, the "from" of a price before it ("9,900원~ 37400원") or a range's mark."""
    if phrase == "up to":
        return _moved_up(text, at)
    if phrase == "~":
        tilde = at + written.find("~")
        return text[tilde - 1 : tilde].isalnum()
    return False


#: Verbs whose "up" is their own ("edged up", "moved up", "revised up"): the "to" after them
#: brings the level reached, and "up to" is no bound there ("the pound edged up to 2.957 marks").
#: Those that may say a level not yet reached ("could go up to $50 a share") count in the past
#: only, and forms that are nouns too ("bids up to", "firms up to") not at all.  "Added up to"
#: and "adds up to" give a total ("the fees added up to $800 a year"), "add up to" may still
#: bound what is added ("could add up to $5 to each ticket").
_UP_VERBS = frozenset(
    """
    edge edges edged edging creep creeps crept creeping inch inched inching tick ticked ticking
    revise revises revised revising moved went gone shot pushed marked firmed rounded added adds
    """.split()
)

#: The words of quantity that may stand between an article and an amount without taking the
#: hedge before the article from it ("around a combined $90 million", "nearly an additional $2
#: million", "about a total of $3 billion").  English only.
_BRIDGE_WORDS = (
    "additional", "extra", "further", "combined", "total", "cumulative", "aggregate", "estimated",
    "reported", "projected", "average", "net",
)
#: The last words of such a bridge: the word of quantity, or the "of" after it.
_BRIDGE_LAST = frozenset((*_BRIDGE_WORDS, "of"))
#: "a" or "an", one word of quantity and "of" or not, ending right before the amount.
_BRIDGE = re.compile(r"(?<![\w'’-])an?[ \u00a0]+(?:" + "|".join(_BRIDGE_WORDS) + r")(?:[ \u00a0]+of)?[ \u00a0]+$", re.IGNORECASE)
#: A preposition that is a hedge only after a word of degree ("just under an extra $5"): without
#: one it may govern a noun of its own ("under a combined $5 million contract", "over an
#: additional $2 million grant").
_PREPOSITIONS = frozenset(("over", "under", "above", "below"))
_DEGREE = re.compile(r"(?<![\w'’-])(?:just|well|slightly|far|barely)[ \u00a0]+[a-z]+[ \u00a0]+$", re.IGNORECASE)


def _hedge_across(text: str, start: int, last: str) -> Qualifier | None:
    """The hedge before an indefinite article and a word of quantity right before ``start`` (the
    last word before it, lower case, is ``last``: the word of quantity or "of"): the
    amount is what the hedge bounds, the words between only say what sort of sum it is.

    "expected to gross around a combined $90 million", "roughly an estimated $5 million" and
    "about a total of $3 billion" are about, "nearly an additional $2 million" about, "up to an
    additional $50 billion" at most, "at least an additional $300 million" at least.  "The" makes
    the amount one already named ("more than the combined $90 million of its rivals": no bound of
    this one), and a word between the hedge and the article breaks the bond: "at least one $1
    billion deal" counts deals, and "one" is no word of quantity.  "Over", "under", "above" and
    "below" count only after a word of degree (:data:`_DEGREE`), and "up to" not after a verb whose
    "up" is its own ("added up to a total of $1.9 billion", :func:`_moved_up`).
    """
    if last == "of":
        # cheap test first: most amounts after "of" follow no word of quantity ("a sum of $5")
        before_of = text[max(0, start - 20) : start - 4].rsplit(None, 1)
        if not before_of or before_of[-1].lower() not in _BRIDGE_WORDS:
            return None
    bridge = _BRIDGE.search(text, max(0, start - 32), start)
    if bridge is None:
        return None
    at = bridge.start()
    before = text[max(0, at - 16) : at].split()
    if before and before[-1].lower() in _PREPOSITIONS and _DEGREE.search(text, max(0, at - 24), at) is None:
        return None
    return _hedge(text, at)


def _moved_up(text: str, at: int) -> bool:
    """True when the "up to" at ``at`` follows a verb whose particle its "up" is ("edged up to")."""
    before = text[max(0, at - 16) : at].split()
    return bool(before) and before[-1].lower() in _UP_VERBS


def _hedge_after(text: str, end: int) -> Qualifier | None:
    """A bound written after the amount: "$5bn+", "a $5 billion-plus deal", "$50,000 or more",
    "$50 and up", "$50 & up", "£5 or less", "3800亿元以上", a shop's "每晚2000元起" (no Han after
    it), and "UP" glued to the digits ("$150UP": :func:`glued_up`).  Each stays outside the mention's span, as the plus does.

    "$5+$6" and "$5+5" are sums, not bounds: the plus must end the phrase.  "$5 or more than $6"
    compares, and "or more" is no bound there.
    """
    ch = text[end : end + 1]
    if ch in ("U", "u") and glued_up(text, end):
        return Qualifier.AT_LEAST
    if ch == "+":
        after = text[end + 1 : end + 2]
    elif ch == "-":
        if text[end + 1 : end + 5].lower() != "plus":
            return None
        after = text[end + 5 : end + 6]
    else:
        pattern, firsts = _AFTER_HEDGES
        # cheap test first: most amounts are followed by a word that begins no bound (its first
        # character is ``ch`` itself unless that is a blank)
        first = ch if ch not in (" ", "\u00a0") else text[end : end + 4].lstrip(" \u00a0")[:1]
        if first.lower() not in firsts:
            return None
        m = pattern.match(text, end)
        if m is None:
            return None
        # (the pattern matches case-insensitively as ``lower`` does not: "ſ" for "s")
        value = tables().hedges_after.get(" ".join(m.group(1).split()).lower())
        return None if value is None else QUALIFIER_OF[value]
    return Qualifier.AT_LEAST if not after or not (after.isalnum() or after in "$€£¥₹+-") else None


#: "UP" as a shop writes it glued to a price: capitals, small letters, or a capital first.
_GLUED_UP = frozenset(("UP", "up", "Up"))


def glued_up(text: str, end: int) -> bool:
    """Whether the digits that end at ``end`` have "UP" glued after them as a word of its own: a
    shop's "from this price up" ("▼$150UP★", "NT$2,490up", "HK$68Up."), the amount a lower
    bound.  A letter or a digit after it, or a hyphen, makes it the first letters of another word
    or a code ("$5UPS", "$10UPGRADE", "$5UPC", "$5UP-2"), which filter ``glued_after`` rejects; a
    Han character ends it, as CJK text sets no spaces ("$399UP起").  Only glued: with a blank
    before it "up" is a move in prose or a headline ("the price went $5 up", "GOLD $5 UP"), and
    the amount stays as written, no bound."""
    if text[end : end + 2] not in _GLUED_UP or not text[end - 1 : end].isdigit():
        return False
    after = text[end + 2 : end + 3]
    return not (after == "-" or (after.isalnum() and not _is_cjk(after)))


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
    # "起" ("from this price": "每晚2000元起", "NT$500起") is a bound only where no Han follows it:
    # with Han it begins a word of its own (起家 "to found a firm on", 起诉 "to sue", 起拍 "to open
    # an auction at": a 3万元起家 is no lower bound)
    closed = "|".join(
        re.escape(p) + ("(?![\u3400-\u9fff])" if p == "起" else "") for p in phrases if _is_cjk(p[0])
    )
    words = rf"(?:{spaced})(?![^\W_]|-|[ \u00a0]+(?:than|all)\b)" + (f"|{closed}" if closed else "")
    # up to three spaces before the bound, as the cheap test in _hedge_after looks that far
    pattern = re.compile(rf"[ \u00a0]{{0,3}}({words})", re.IGNORECASE)
    return pattern, frozenset(phrase[0] for phrase in phrases)


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


def _hedge_starts(tail: str, end: int) -> list[tuple[int, str]]:
    """Where the phrases that end ``tail`` (lower case) start, and which, leftmost first, for a
    text of ``end`` characters that ends with ``tail`` (one phrase a place: both end with it)."""
    by_end = _HEDGES_BY_END
    found = []
    for key in (tail[-1:], tail[-2:], tail[-3:]):
        for h in by_end.get(key, ()):
            if tail.endswith(h):
                found.append((end - len(h), h))
    return sorted(set(found)) if len(found) > 1 else found


class _HedgeAlone(dict[str, re.Pattern[str]]):
    """Each hedge's own branch of the pattern ``hedge_before`` (:func:`moneyparse.grammar.
    _hedge_before`), written as it is there, as a pattern of its own: its words set apart by
    any spaces, the ones of a spaced script standing as a word, and nothing but spaces after it.
    Keyed by the table's phrases, each compiled when first asked for, not all at import."""

    def __missing__(self, h: str) -> re.Pattern[str]:
        branch = r"\s+".join(map(re.escape, h.split()))
        worded = h[0].isalpha() and (not _is_cjk(h[0]) or _is_hangul(h[0]))
        pattern = self[h] = re.compile(("(?<![\\w])" if worded else "") + f"(?:{branch})" + r"\s*$", re.IGNORECASE)
        return pattern


@functools.cache
def _hedges_by_end() -> dict[str, tuple[str, ...]]:
    """The hedges by their last three characters (all of them when shorter)."""
    index: dict[str, list[str]] = {}
    for h in tables().hedges:
        index.setdefault(h[-3:], []).append(h)
    return {end: tuple(found) for end, found in index.items()}


@functools.cache
def _hedge_ends_by_lower() -> bool:
    """Whether a hedge ends an ASCII text exactly when a phrase of the table ends its lower case:
    every phrase is written in lower case, one space between its words, and none that ASCII text
    can match has a letter that matches an ASCII one only by case folding (as "\u212a" matches
    "k"; "yaklaşık" has its "ı", but also an "ş" that no ASCII letter matches)."""
    ascii_chars = "".join(map(chr, range(128)))

    def folds_to_ascii(ch: str) -> bool:
        return re.search(re.escape(ch), ascii_chars, re.IGNORECASE) is not None

    for h in tables().hedges:
        if h != h.lower() or h != " ".join(h.split()):
            return False
        if not h.isascii() and all(ch.isascii() or folds_to_ascii(ch) for ch in h):
            return False
    return True


#: The accessors above, read once: the two functions run for every mention.
_AFTER_HEDGES = _after_hedges()
_HEDGE_LONGEST = _hedge_longest()
_HEDGE_LAST_CHARS = _hedge_last_chars()
_HEDGE_WORDS = _hedge_words()
_HEDGE_ENDS_BY_LOWER = _hedge_ends_by_lower()
_HEDGES_BY_END = _hedges_by_end()
_HEDGE_ALONE = _HedgeAlone()


@functools.lru_cache(maxsize=64)
def _precision(exponent: int) -> Decimal:
    """Ten to the power ``exponent``: the place value of a last written digit."""
    return Decimal(1).scaleb(exponent)


def _sign(text: str, start: int) -> str:
    """The sign written right before the phrase ("−€13.2 million", "+$5"), or "".

    A dash after a word or a number ("2019-$5", "cost-$5") is punctuation, not a sign, and so is
    the second of two ("the sum--$25,000,000--was small": a dash written as two hyphens), and so
    is the bullet of a list item (:func:`_bullet`) or the dash of a list of grants written in
    running text (:func:`_grant_dash`); a sign before a shop option's price
    alone in brackets on its line ("(-25.00€)", :func:`_option_delta`) is the option's mark, and
    the amount is the one written.
    """
    if start == 0:
        return ""
    ch = text[start - 1]
    if ch not in "-−–+":
        return ""
    before = text[start - 2] if start >= 2 else " "
    if before.isalnum() or before in ".,)-−–—":
        return ""
    if ch == "-" and before in " \t\u00a0\n" and (
        _bullet(text, start) or _label_hyphen(text, start) or _grant_dash(text, start) or _listed_label(text, start)
    ):
        return ""
    if ch in "-−+" and before == "(" and _option_delta(text, start):
        return ""
    return ch


#: The last word of a price list's label before " -$6.00", lower case: who pays, or the gate
#: ("General Admission -$6.00", "Adults -$12, children -$6", "Entry -€5").  Not "parking",
#: "tickets" nor "fee": a ledger of spending writes its lines so with a minus ("Parking -$12").
_LABEL_WORDS = frozenset({
    "admission", "entry", "entrance", "adult", "adults", "child", "children", "kids", "senior", "seniors",
    "student", "students", "youth", "youths", "infant", "infants", "concession", "concessions",
})
#: The last word before the blank and the hyphen.
_LABEL_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0]$")
#: The price after the hyphen, its sign, digits and marks and a sign after them, then the end of
#: its line, a comma, a semicolon or a full stop.
_PRICE_ENDS = re.compile(r"[^\s,;]*?[0-9](?:[0-9.,]*[0-9])?[^\s,;0-9]{0,3}[ \t\u00a0]*(?:$|[\n,;]|\.(?![0-9]))", re.MULTILINE)


def _label_hyphen(text: str, start: int) -> bool:
    """Whether the hyphen before ``start`` parts a price list's label from its price ("General
    Admission -$6.00", "Adults -$12, children -$6", "Entry -€5"): it follows a blank after a word
    of who pays or of the gate (:data:`_LABEL_WORDS`), and the price ends its line, or
    a comma, a semicolon or a full stop follows it.  After any other word the hyphen is a minus
    ("Discount -$5.00", "Net change -$0.25", "balance of -$40")."""
    found = _LABEL_BEFORE.search(text, max(0, start - 24), start - 1)
    if found is None or found.group(1).lower() not in _LABEL_WORDS:
        return False
    return _PRICE_ENDS.match(text, start) is not None


#: The end of a list's line after its price: a line break or the end of the text, or blanks and a
#: capital (a line break the scan read as a blank, then the next item's label).
_LINE_END = r"(?:[ \t\u00a0]*(?:\n|$)|[ \t\u00a0]+(?=[A-Z]))"
#: A price that ends its line: a sign of four characters at most, digits, the line's end.
_PRICE_LINE_END = re.compile(r"[^\s\d]{0,4}[0-9](?:[0-9,.]*[0-9])?" + _LINE_END)
#: A line of a list that parts its label from its price by a dash set apart from the price: a word,
#: the dash glued to it or after a blank, a blank, the price, the line's end ("Old Mystic fire
#: department- $152,927", "Town hall - $9,000").
_DASH_SET_APART = re.compile(r"[^\W\d_](?:-|[ \t\u00a0]+-)[ \t\u00a0]+[^\s\d]{0,4}[0-9](?:[0-9,.]*[0-9])?" + _LINE_END)


#: Words a sentence's amount follows, which end no label: "a balance of -$4,500", "it was -$3".
_NO_LABEL = frozenset("of is was were are be been at to by from and or than about around nearly near minus".split())


def _listed_label(text: str, start: int) -> bool:
    """Whether the hyphen before ``start``, after a blank after a word and glued to a price that ends
    its line, parts a label from its price in a list whose other lines set their dash apart from
    the price: "Old Mystic fire department- $152,927", then "Willington Hill fire department
    -$29,583" (a grant of 29,583, not a debt).  A ledger writes each minus glued to its amount
    ("Parking -$12", "Food -$30"), and so keeps its signs; so does a lone "Net change -$0.25"."""
    label = _LABEL_BEFORE.search(text, max(0, start - 24), start - 1)
    if label is None or label.group(1).lower() in _NO_LABEL or _PRICE_LINE_END.match(text, start) is None:
        return False
    lo, hi = max(0, start - WIDE_WINDOW), start + WIDE_WINDOW
    return any(m.end() <= start - 1 or m.start() > start for m in _DASH_SET_APART.finditer(text, lo, hi))


def _bullet(text: str, start: int) -> bool:
    """Whether the hyphen before ``start`` is the bullet of a list item, not a minus sign: it
    begins a line (after a line feed or a carriage return, and blanks or tabs) or follows two
    blanks (a list whose line breaks were made blanks), another hyphen so placed, within
    :data:`~moneyparse.grammar.WIDE_WINDOW` of it, is followed by what follows this one, and the
    items say what their money is for: one of the two amounts has a word after it, one blank
    on, on its line ("projects:", then "  -$25 million for roads" and "  -$15 million for bridges"
    on lines of their own).  A lone "-$25 million" at a line's start keeps its sign, and so do the
    figures of a column or a table, each alone on its line ("Net loss", then "  -$3.2 million",
    "Net change", then "  -$1.1 million") or a run of blanks before the next column ("Net loss
    -$3.2 million  -$1.1 million")."""
    item = _bullet_item(text[start])
    if not any(m.end() == start + 1 for m in item.finditer(text, max(0, start - 8), start + 1)):
        return False
    if _DESCRIBED.match(text, start) is None:
        item = _bullet_item(text[start], described=True)  # the other item must say it
    lo, hi = max(0, start - WIDE_WINDOW), start + WIDE_WINDOW
    return bool(item.search(text, start + 1, hi) or item.search(text, lo, start - 1))


#: The scale words an item's amount may carry before the words that say what it is for.
_ITEM_SCALES = r"(?:million|billion|thousand|trillion|mln|bln|bn|mn|m|k)"
#: A list item's amount from its sign or its first digit on, then one blank (a comma before it at
#: most) and a word that is no scale word: "$25 million for roads", "EUR 300,000 for the library".
_DESCRIBED = re.compile(
    r"[^\s\d]{0,4}?[ \u00a0]?[0-9](?:[0-9,.]*[0-9])?(?:[ \u00a0]?" + _ITEM_SCALES + r"\b)?,?[ \u00a0](?!" + _ITEM_SCALES + r"\b)[^\W\d_]"
)


def _grant_dash(text: str, start: int) -> bool:
    """Whether the hyphen before ``start`` begins an item of a list of grants run into the text,
    not a minus: a sign-first amount, then "for" and a name in capitals, "the" or "a" before it at
    most ("indicated in parentheses -$405,785 for Mentoring Partnership of ..., (Peterson)
    -$300,000 for the Dairy Farm ..."); another item so written
    stands within :data:`~moneyparse.grammar.WIDE_WINDOW` of it, and one of them begins a line or
    follows two blanks, a comma or a semicolon: a list.  "for" only: "-$500 to Savings, -$200 to
    Checking" is a ledger's money going out; and "Losses were -$5 million for Acme and -$3 million
    for Beta" is no list.

    An item of a bulleted list of grants that ran into the line of the item before it is one too:
    the hyphen follows a full stop or a semicolon and one blank, or begins a line, and another item
    within the window begins a line with a bullet ("*", "•", "·", "-") and the same sign, an
    amount, "for" and a name.  So "... for the Elm Street Library. -$8,200 for Oak Hill Rescue
    Squad." among lines "* $9,100 for Pine Lake Fire Company" is a grant of 8,200.  A sentence's
    "Costs rose. -$5 million for Acme ..." with no such list near keeps its sign, and so does a
    minus after any word ("fell to -$5 million for Acme")."""
    if text[start].isalnum() or text[start].isspace():
        return False
    item = _grant_item(text[start])
    if item.match(text, start - 1) is None:
        return False
    lo, hi = max(0, start - WIDE_WINDOW), start + WIDE_WINDOW
    if (item.search(text, start + 1, hi) or item.search(text, lo, start - 1)) and _listed_grant(text[start]).search(text, lo, hi):
        return True
    opens = start >= 3 and text[start - 3] in ".;" and text[start - 2] == " " or _opens_line(text, start - 1)
    return opens and _bulleted_grant(text[start]).search(text, lo, hi) is not None


@functools.lru_cache(maxsize=16)
def _bulleted_grant(sign: str) -> re.Pattern[str]:
    """A grant's item (:func:`_grant_item`) opened by a bullet at a line start ("* $9,100 for Pine"),
    or by a star or a dot after a blank (the line break of a wrapped list read as a blank)."""
    return re.compile(r"(?m)(?:^[ \t\u00a0]*[-*\u2022\u00b7]|[ \t\u00a0][*\u2022\u00b7])[ \t\u00a0]*" + re.escape(sign) + _GRANT_TAIL)


#: A price alone in its brackets on a line of its own, from the sign after the minus on: the sign
#: or code, the figure with its decimals, the sign or code after it, the closing bracket, the end.
_DELTA_LINE = re.compile(
    r"[^\s\d()]{0,4}[ \u00a0]?[0-9](?:[0-9,.]*[0-9])?[.,][0-9]{2}[ \u00a0]?[^\s\d()]{0,4}\)[ \t\u00a0]*(?:\r?\n|$)"
)


def _option_delta(text: str, start: int) -> bool:
    """Whether the minus or plus before ``start`` is the mark of what a shop's option takes off or
    adds to its price, written with the price alone in brackets on a line of its own ("Without
    lenses", then "(-25.00€)"; "(+4.00€)"): the sign stays outside the amount, and the amount is
    what is written (25.00).  A bracket that opens a line, holds a price with its cents
    and closes the line; a signed change in running text ("no funding for the plant (-$25
    million)") and a figure with no cents keep their sign."""
    return _opens_line(text, start - 2) and _DELTA_LINE.match(text, start) is not None


def _opens_line(text: str, at: int) -> bool:
    """Whether only blanks stand between the start of the line and ``at``."""
    while at > 0 and text[at - 1] in " \t\u00a0":
        at -= 1
    return at == 0 or text[at - 1] in "\n\r"


#: What follows a grant's amount: a scale word at most, then "for" and a name in capitals, "the"
#: or "a" before it at most ("for Oak Hill Rescue Squad", "for the Dairy Farm Profitability project").
_GRANT_TAIL = (
    r"[0-9](?:[0-9,.]*[0-9])?(?:[ \t\u00a0]+(?:million|billion|thousand|mn|bn|m|k))?[ \t\u00a0]+for[ \t\u00a0]+"
    r"(?:(?:the|an?)[ \t\u00a0]+)?[A-Z]"
)


@functools.lru_cache(maxsize=16)
def _grant_item(sign: str) -> re.Pattern[str]:
    """A grant's item after its hyphen: the hyphen, ``sign``, the amount, "for" and a name."""
    return re.compile("-" + re.escape(sign) + _GRANT_TAIL)


@functools.lru_cache(maxsize=16)
def _listed_grant(sign: str) -> re.Pattern[str]:
    """A grant's item (:func:`_grant_item`) at a line start, or after two blanks, a comma or a
    semicolon and a blank."""
    return re.compile(r"(?m)(?:^|[ \t\u00a0]{2}|[,;][ \t\u00a0])[ \t\u00a0]*-" + re.escape(sign) + _GRANT_TAIL)


@functools.lru_cache(maxsize=64)
def _bullet_item(after: str, described: bool = False) -> re.Pattern[str]:
    """A list item's hyphen at a line start (after a line feed or a carriage return) or after two
    blanks, followed by ``after`` (``described``: and by an amount and the words that say what it
    is for, :data:`_DESCRIBED`)."""
    tail = f"(?={re.escape(after)}){_DESCRIBED.pattern}" if described else re.escape(after)
    return re.compile(r"(?m)(?:^|(?<=\r)|[ \t\u00a0]{2})[ \t\u00a0]*-" + tail)


#: Words before a range that the scanner reads as part of it ("between $5bn and $6bn").
_RANGE_WORDS = frozenset({"between", "from"})


def _only_own_words(m: Mention, head: str, tail: str) -> bool:
    """Whether the text around ``m`` in a phrase of :func:`parse` is the phrase's own: the words
    :func:`extract` read into ``m`` but left outside its span.

    Before it: a hedge ("more than $5bn"), the word that opens a range ("between $5bn and $6bn"),
    or both ("from about $2.7bn to $3.1bn"); after it, a bound ("$5bn+", "$5bn-plus", "$5bn or
    more", "$150UP").  Each only when ``m`` carries what the words say (a qualifier, a high end),
    and at most one hedge: "more than $5bn or more" is no phrase.  Anything else ("$5 tomorrow") is
    text outside the phrase.
    """
    head = " ".join(head.split()).lower()
    tail = " ".join(tail.split()).lower()
    known = tables()
    if m.high is not None:
        word, _, rest = head.partition(" ")
        if word in _RANGE_WORDS:
            head = rest
    hedges = 0
    if head:
        if m.qualifier is None or head not in known.hedges:
            return False
        hedges += 1
    if tail:
        if m.qualifier is None or not (tail in ("+", "-plus", "up") or tail in known.hedges_after):
            return False
        hedges += 1
    return hedges <= 1
