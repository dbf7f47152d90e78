"""Ranges: two amounts joined as the low and high ends of one candidate.

:func:`_merge_ranges` runs on the candidates of a whole text, in order, and joins "$5-6bn", "£2bn-£2.5bn", "$40 to $50
million", "between US$250 and US$300 million", "between $2 and 5 million", "5-6 billion dollars" and a price list's "€40
(single)-€65 (double)", whose low end carries a label in brackets (:func:`_labelled`); a bare high end that a percentage
follows is no money ("from $5 to 7 pct": the low end alone), nor, after "and", one that counts another thing or is a year
(:mod:`moneyparse.bare_highs`: "between $100 and 5 shares"); it splits a series whose marker is written once, after its
last amount ("35.39/40.73/46.29亿美元"), into its amounts, but reads two figures with as many decimals, the lower first, a
Latin word of money after them, as one range ("off 3.00/5.50 dlrs", "quoted at 391.20/391.70 dlrs"; both in
:mod:`moneyparse.slashes`); and it leaves a change as two amounts (see :mod:`moneyparse.changes`), with the bare amounts
that share a marker written once (see :mod:`moneyparse.elided`) and the bare figures of an exchange rate ("at 1.8063
marks after 1.8231", :mod:`moneyparse.rate_quotes`).  Ends in two currencies are never one range ("from €5 to $6"), and
"40 cents to one dollar" is one range in dollars (:mod:`moneyparse.mixed_ends`).  The ranges of other languages than
English, "von 10 bis 20 Euro", "de 10 € à 20 €", are read with the words of their packs (:mod:`moneyparse.word_ranges`).
After an amount it reads the conversion in US dollars that a bracket writes with the country's initials alone ("Canadian
60 mln dlrs (about U.S. 44 mln)", :mod:`moneyparse.glosses`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from moneyparse.bare_highs import (
    _high_after_and,
    _high_after_to,
    _high_end_glued,
    _unit_to_rate,
    backwards_range,
    between_before,
    high_first,
    spelled_high,
    tilde_from,
)
from moneyparse.changes import _BY_BEFORE, _SPACED, _SPACES, _changes, _level_after_move, _moves, dash_then_difference, forecast_spread
from moneyparse.clauses import _PERCENT, carried_before
from moneyparse.elided import _keep_with_elided
from moneyparse.filter_patterns import _YEAR, words
from moneyparse.glosses import initials_gloss
from moneyparse.grammar import _EN_COUNTS, _EN_PACK, _NAME_AFTER, _compiled
from moneyparse.grammar_zh import _HAN_SMALL_UNITS
from moneyparse.han_ranges import _DIGIT_FIRST, _guessed_pair, _han_low_shared, _named_low, guess_low, han_after, named_range, unread_low
from moneyparse.lexicon import tables
from moneyparse.mixed_ends import _ASCII_LETTERS, code_closes, minor_to_major, one_money, other_sign_before, same_word, sign_repeats
from moneyparse.number_words import HUNDRED, POWER
from moneyparse.numbers import Numeral, _last_digit, parse_cjk, parse_digits
from moneyparse.or_spreads import first_count, or_high_read, or_pair, spread
from moneyparse.rate_quotes import rate_figures
from moneyparse.reading import _MIXED_DENOMINATORS, _Raw, _scale_of, _tidy
from moneyparse.slashes import slashed_before
from moneyparse.spelled import parse_words
from moneyparse.sums import carry_on
from moneyparse.word_ranges import LOW_TAILS, SEPARATORS, worded_joint, worded_low


def _merge_ranges(text: str, raws: list[_Raw], marks: Sequence[int] = ()) -> list[_Raw]:
    """Join "$5-6bn", "£2bn-£2.5bn" and "$40 to $50 million" into one candidate with a high end.

    A range has two ends: "$5-$5-$5" gives a range and a lone amount, never a chain.  Each kind of
    range is read by its own step, tried in this order after a cheap test of the text around the
    amount: two ends with markers (:func:`_marked_range`), a high end without one
    (:func:`_range_to_bare_high`), a low end without one (:func:`_range_from_bare_low`); an
    amount that starts none is kept, with the bare amounts beside it that share its marker
    (:func:`moneyparse.elided._keep_with_elided`).  A tilde joins the ends as a dash does (:func:`_unmarked_high`).
    """
    out: list[_Raw] = []
    i = 0
    n = len(raws)
    while i < n:
        raw = raws[i]
        nxt = raws[i + 1] if i + 1 < n else None
        # "£2bn-£2.5bn", "$40 to $50 million": two candidates with the same marker; "$5-6 million CAD": a code after
        # the high end that the sign before the low end can mean (one line break may stand among a separator's
        # spaces: "from $250,000,000 to\n$500,000,000"; the marker in either case: "between 14,000,000 L. and 15,000,000 l.")
        gap = nxt.start - raw.end if nxt is not None else 99
        named = (named_range(text, raw, nxt, _range_from_bare_low)  # (cheap test first: a marker before the number, 元 after)
                 if nxt is not None and gap <= 3 and nxt.marker in ("元", "圓", "圆") and text[raw.start] == raw.marker[:1]
                 else minor_to_major(text, raw, nxt) if nxt is not None and raw.scale < 0 else None)  # "80 cents to one dlr"
        if named is not None:  # "新台幣6000元到1萬元", "人民币三至五亿元": the name's range, never its low end alone
            out.extend(named)
            i += 2
            continue
        labelled = _labelled(text, raw, nxt) if "(" in text[raw.end : raw.end + 2] else 0  # (cheap test first)
        if nxt is not None and (
            gap <= 7 or labelled or gap <= _HEDGED_TO_GAP and (  # (cheap tests first: no longer separator is read)
                (gap <= 16 and text.count("\n", raw.end, nxt.start) == 1) or _hedged_to(text, raw, nxt, gap)
                or gap <= 16 and text[raw.end : nxt.start].strip() in SEPARATORS and worded_joint(text, raw, nxt) is not None
            )
        ) and (
            same_word(raw.marker, nxt.marker) or code_closes(text, raw, nxt) or sign_repeats(text, raw, nxt)
            or one_money(raw, nxt)  # "10 cents to 15 cnts"
        ):
            merged = _marked_range(text, raw, nxt, gap, labelled)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        lead = text[raw.end : raw.end + 12].lstrip(" \u00a0")[:1] if text[raw.end : raw.end + 1] in _HIGH_FIRSTS else None
        taken = _unmarked_high(text, raw, nxt, out) if lead in _HIGH_LEADS else 0  # "$5-6bn", "₩20,000~" (cheap tests first)
        if taken:
            i += taken
            continue
        # "5-6 billion dollars": the low end has no marker of its own
        # (cheap test first: a dash, or the last letter of "to" or "and", before the amount)
        head = text[max(0, raw.start - 4) : raw.start].rstrip(" \u00a0")
        if head[-1:] in _LOW_SEPARATOR_LAST or head[-1:] in ("r", "") and _or_before(text, raw.start):  # ("5 or ": or_spreads)
            found = _range_from_bare_low(text, raw, out[-1].end if out else 0)
            if found is None and unread_low(text, raw.start):
                found = []  # "数十至五十亿元", "1千5至2千元": a range whose low end is not read, not its high end alone
            if found is None and head[-3:] in LOW_TAILS and not text[raw.start - 5 : raw.start - 4].isalpha():  # (not "around")
                found = worded_low(text, raw, out[-1].end if out else 0)  # "zwischen 10 und 20 Euro", "od 10 do 20 zł"
            if found is not None:  # (an empty list: "five to three million dollars" is no reading)
                _bare_low_read(text, found, nxt, out, marks)
                i += 1
                continue
        elif head[-3:] in LOW_TAILS and (found := worded_low(text, raw, out[-1].end if out else 0)) is not None:
            _bare_low_read(text, found, nxt, out, marks)  # "von 10 bis 20 Euro", "de 10 à 20 euros" (moneyparse.word_ranges)
            i += 1
            continue
        if text[raw.start - 1 : raw.start] == "、" and _guessed(text, raw, out):  # "3、4百亿元", "七、八萬元" (cheap test first)
            i += 1
            continue
        if raw.marker[-1:] in _ASCII_LETTERS or text[raw.start - 1 : raw.start] == "/":  # (cheap test first)
            raw = _read_before(text, raw, out)  # "35.39/40.73/46.29亿美元", "fell to 600 mln and it lent 1.4 billion marks"
        _keep_with_elided(text, raw, nxt, out, marks)
        if "(" in text[out[-1].end : out[-1].end + 8]:  # (cheap test first) "(about U.S. 70 mln)"
            out += initials_gloss(text, out[-1], nxt.start if nxt is not None else len(text))
        # a bare amount later in the sentence of a worded one, then the bare sums of the story (cheap test first, as carry_on begins)
        if out[-1].marker[-1:].isalpha():  # "to 7.28 billion dlrs and imports fell to 8.33 billion"; "242.1 mln" after "24.8 mln stg"
            carry_on(text, out, nxt, marks)
        i += 1
    return rate_figures(text, out)  # "fixed at 1.8063 marks after 1.8231 on Friday"


def _guessed(text: str, raw: _Raw, out: list[_Raw]) -> bool:
    """Whether ``raw`` ends a guess between two numbers, the lower written by its digit alone ("3、4百亿元", "七、八萬元"),
    then appended to ``out``."""
    guessed = _guessed_pair(text, raw)
    if guessed is not None:
        _named_low(out, guessed)
        out.extend(guessed)
    return guessed is not None


def _bare_low_read(text: str, found: list[_Raw], nxt: _Raw | None, out: list[_Raw], marks: Sequence[int]) -> None:
    """Append the range a bare low end made (none for an empty ``found``) with the amounts that share its money: a
    range lends its money to its sentence as an amount does ("between 5 and 6 mln dlrs, from 7 mln")."""
    if found:
        _keep_with_elided(text, found[0], nxt, out, marks)
        carry_on(text, out, nxt, marks, story=False)


def _unmarked_high(text: str, raw: _Raw, nxt: _Raw | None, out: list[_Raw]) -> int:
    """How many candidates from ``raw`` on are read when a high end with no marker of its own
    follows it ("$5-6bn", "₩20,000~50,000": 1, the range appended to ``out``), a tilde with no high end
    ("₩20,000~": 1, at_least appended; "$10~€20": 2, nothing), or "or" and a bare count (:func:`or_high_read`).

    A tilde joins the ends as a dash does, spaced or not, in ASCII, fullwidth or as the wave dash: "₩20,000~50,000",
    "$10~$20", "€5 ～ 10", "20,000〜50,000원".  An amount that a tilde follows with no high end after it is a shop's
    "from", at_least, when the line ends or a word follows ("₩20,000~", "1,000円〜 a night":
    :func:`~moneyparse.bare_highs.tilde_from`); before a figure or a sign it gives nothing ("$10~€20", "$5~10%"); and a
    letter glued after the tilde makes it a separator of fields or words ("5 dólares~cinco dólares").
    """
    # a separator must come after the blanks: most amounts are followed by a word
    lead = text[raw.end : raw.end + 12].lstrip(" \u00a0")[:1]
    words = spelled_high(text, raw) if lead in ("o", "t", "-", "\u2013", "\u2014") and not raw.scale else None
    if words is not None and (nxt is None or nxt.start >= raw.end + 4):  # "$2 to three million"
        out.extend(words)
        return 1
    if lead == "o":  # "$2 or 3 million": a spread, or nothing (see moneyparse.or_spreads)
        return or_high_read(text, raw, nxt, out, _open_high)
    if (
        (lead in "-–—t~～〜" or lead == "a" and between_before(text, raw.start))
        and (nxt is None or nxt.start > raw.end + 1) and text[raw.end : raw.end + 1] != "\u00a0"
    ):
        merged = _range_to_bare_high(text, raw, nxt, _compiled().range_after)
        if merged is not None or (not text[raw.start].isdigit() and _high_end_glued(text, raw.end)):
            if merged is not None:  # (else "$800 to $1,200instead": nothing, not the low end alone)
                out.append(merged)
            return 1
    tilde = _TILDE_AFTER.match(text, raw.end) if lead and lead in "~～〜" else None
    if tilde is None or text[tilde.end() : tilde.end() + 1].isalpha():
        return 0  # (a letter glued after the tilde: a field's separator, "5 dólares~cinco dólares")
    if nxt is not None and not text[tilde.end() : nxt.start].strip(" \u00a0") and not tilde_from(text, raw, tilde.end(), nxt):
        return 2  # "$10~€20": two currencies, neither alone (but "9,900원~ 37400원": a from-price, then a price of its own)
    if tilde_from(text, raw, tilde.end(), nxt):
        out.append(replace(raw, least=True))  # "9,900원~", "1,000円～ a night": from, at_least
    return 1


#: The first characters after an amount that may open a high end with no marker or a tilde; those past its blanks ("": none).
_HIGH_FIRSTS, _HIGH_LEADS = "-–— t~～〜\u00a0", frozenset(("", "o", "t", "a", "-", "–", "—", "~", "～", "〜"))
#: A tilde after an amount, which opens a range ("₩20,000~50,000", "$10 ~ $20", "5,000円〜8,000円"),
#: in ASCII, fullwidth or as the wave dash.
_TILDE_AFTER = re.compile(r"[ \u00a0]*[~～〜]")


def _read_before(text: str, raw: _Raw, out: list[_Raw]) -> _Raw:
    """``raw`` with the amounts before it that share its marker written once, the earlier appended
    to ``out``: a series a slash parts ("35.39/40.73/46.29亿美元"), or the range of a pair ("off
    3.00/5.50 dlrs", returned in place of ``raw``), see :mod:`moneyparse.slashes`; and a bare level
    of the clause before ("fell to 600 mln and it also lent 1.4 billion marks",
    :func:`~moneyparse.clauses.carried_before`)."""
    floor = out[-1].end if out else 0
    if text[raw.start - 1 : raw.start] == "/" and raw.high is None:
        raw = slashed_before(text, raw, floor, out)
        floor = out[-1].end if out else 0
    earlier = carried_before(text, raw, floor) if raw.marker[-1:] in _ASCII_LETTERS else None
    if earlier is not None:
        out.append(earlier)
    return raw


def _marked_range(text: str, raw: _Raw, nxt: _Raw, gap: int, labelled: int = 0) -> _Raw | None:
    """``raw`` and ``nxt`` as the two ends of one range when a range separator stands between them
    ("£2bn-£2.5bn", "between US$250 and US$300 million"), or a dash after the label in brackets
    of the low end (``labelled``, where the label ends: :func:`_labelled`), else None."""
    if labelled:  # (:func:`_labelled` found the dash)
        return _as_range(raw, nxt)
    between = text[raw.end : nxt.start]
    wrapped = "\n" in between
    separator = _RANGE_SEPARATOR.fullmatch(between) if gap <= 6 or wrapped else None
    if wrapped and between.count("\n") > 1:
        separator = None
    if separator and "to" in between and _changes(text, raw.start) and not forecast_spread(text, raw.start, raw.value, nxt.value):
        separator = None  # "rose from €75 to €78", "Fiat rose $0.06 to $9.44": a change, not a range
    if separator is None and "and" in between and between_before(text, raw.start):
        separator = _AND_SEPARATOR.fullmatch(between)  # "between US$250 and US$300 million"
    if separator is None and "up" in between and not _changes(text, raw.start):
        # "ranging from $50,000 up to $150,000", "auctioned at US$3,000 up to US$5,000"
        separator = _UP_TO_SEPARATOR.fullmatch(between)
    if separator is None and gap > 7 and _hedged_to(text, raw, nxt, gap) and not _changes(text, raw.start):
        separator = _HEDGED_TO_SEPARATOR.fullmatch(between)  # "from CAN$5,000 to as much as CAN$2 million"
    if separator is None and between in _ROMANCE_A_GAPS and not _signed_first(text, raw) and not _signed_first(text, nxt):
        separator = _ROMANCE_A.fullmatch(between)  # "cheques de 30€ a 150€": Spanish and Portuguese "a", each sign after
    if separator is None and between.strip() in SEPARATORS:
        separator = worded_joint(text, raw, nxt)  # "von 10 Euro bis 20 Euro", "de la 10 lei la 50 lei" (moneyparse.word_ranges)
    if separator is None and between == " or ":
        return or_pair(text, raw, nxt, _as_range)  # "$2 or $3 million": a spread, see moneyparse.or_spreads
    if not separator or dash_then_difference(text, raw.end, nxt.start, nxt.end, raw.scale == 0 < nxt.scale):
        return None  # "to $2.5 million--$40 million less than in 2006": a level, then a difference
    merged = _as_range(raw, nxt, own=han_after(text, raw)) or backwards_range(text, raw, nxt)  # "20元到30万元": 20 to 300,000
    if (
        merged is not None and merged.high is not None and "to" in between
        and _level_after_move(text, raw.start, merged.value, merged.high, nxt.number_text)
    ):
        return None  # "was lowered 1.50 dlrs to 16.35 dlrs": a move and the level reached
    if merged is not None and raw.marker != nxt.marker and code_closes(text, raw, nxt):
        merged = replace(merged, marker_info=nxt.marker_info)  # the code after the high end
    return merged


#: The label in brackets of a price in a list, right after its amount: "(dorm)", "(per night)",
#: "(B&B)": letters, no digit (a bracket with a figure restates or converts the amount).
_PRICE_LABEL = re.compile(r"[ \u00a0]?\((?P<label>[^\W\d_][^\W\d_ .&'/\u00a0-]{0,20}(?:[ .&'/\u00a0-]+[^\W\d_]+){0,2})\)")
#: The dash of a range after a low end's label: "₩14,000 (dorm)-₩70,000 (family)".
_LABEL_DASH = re.compile(r"[ \u00a0]*[-\u2013\u2014][ \u00a0]*")


def _labelled(text: str, raw: _Raw, nxt: _Raw | None) -> int:
    """Where the label in brackets after the low end of a price range ends, when a dash and an
    amount with the same marker follow it ("₩14,000 (dorm)-₩70,000 (family)": one range, 14000 to
    70000, from the first sign to the last number; the high end's label stays outside), else 0.
    A label that names money ("$5 (USD)-$6") is no label; a high end under the low one, or
    equal, is no range ("€30 (adult) - €15 (child)": two prices)."""
    if nxt is None or nxt.start - raw.end > 40 or text[raw.end : raw.end + 2].lstrip(" \u00a0")[:1] != "(":
        return 0
    m = _PRICE_LABEL.match(text, raw.end)
    if m is None or raw.marker.lower() != nxt.marker.lower() or tables().marker(m.group("label"), True) is not None:
        return 0
    return m.end() if _LABEL_DASH.fullmatch(text, m.end(), nxt.start) else 0


def _range_to_bare_high(text: str, raw: _Raw, nxt: _Raw | None, range_after: re.Pattern[str]) -> _Raw | None:
    """``raw`` as the low end of a range whose high end follows with no marker ("$5-6bn"), else None."""
    m = range_after.match(text, raw.end)
    if m and "to" in m.group() and _changes(text, raw.start):
        m = None
    if m and m.group().lstrip(" \u00a0")[:3] == "and" and not _high_after_and(text, raw, m):
        m = None  # "between $100 and 5 shares", "between $2 and 2010": no high end of money
    if m and "to" in m.group() and not _high_after_to(text, m):
        m = None  # "provided $17 million to 57 counties": a count after "to", no high end of money
    if m and _PERCENT.match(text, m.end()):
        m = None  # "from $5 to 7 pct": the high end is no money, and the low end stands alone
    if m and raw.exponent < 0 and not m.group("scale") and m.group("num").isdigit() and _NAME_AFTER.match(text, m.end()):
        # "knives - $0.50 - 1 Coal Stove - $2.00": after a price in cents, a whole number
        # before a capitalized word counts the next item ("$20 - 30 Per Person" is a range)
        m = None
    if m and ("to" in m.group() and _unit_to_rate(text, raw, m.end()) or raw.value == 1 and text[raw.start - 4 : raw.start] == "per "):
        m = None  # "one dlr to 1.485 new Israeli shekels", "córdobas per US$1 – 17.582": a rate, no range
    if m and (nxt is None or m.end() <= nxt.start) and raw.scale >= 0:
        merged = _open_high(text, raw, m)
        if (
            merged is not None and merged.high is not None and "to" in m.group()
            and _level_after_move(text, raw.start, merged.value, merged.high, m.group("num"))
        ):
            return None  # "Hutchison 1.50 dlrs to 54.50": a move and the level reached
        return merged
    return None


def _range_from_bare_low(text: str, raw: _Raw, prev_end: int) -> list[_Raw] | None:
    """``raw`` as the high end of a range whose low end comes before it with no marker ("5-6 billion
    dollars"), the low end starting at or after ``prev_end``, as :func:`_open_low` gives it, or None."""
    if raw.start - prev_end <= 4 and not any(ch.isalnum() for ch in text[prev_end : raw.start]):
        return None  # (cheap test first: only a separator after the amount before: "$5-$5")
    m = _low_end(text, raw.start, raw.scale)
    if m and m.end() == raw.start and m.start() >= prev_end and not other_sign_before(text, m.start(), raw):  # "$12.999 to £30"
        found = _open_low(text, raw, m)  # "two or three million dollars": a spread, see moneyparse.or_spreads
        return spread(text, found, raw.scale > 0 or _spoken_multiplier(raw.number_text) > 0) if m.group("sep") == "or" else found
    return None


def _or_before(text: str, start: int) -> bool:
    """Whether the word "or" and blanks stand right before ``start`` ("two or three", "two or  three";
    not "for three", "or3")."""
    before = text[max(0, start - 8) : start]
    head = before.rstrip(" \u00a0")
    return len(head) < len(before) and head.endswith("or") and not head[-3:-2].isalnum()


#: A dash between two amounts spaced alike on both sides, or "to" (a dash set off on one side only is
#: a sentence's dash: "US$20.5 million— US$23 million with fees" are two prices).
_RANGE_SEPARATOR = re.compile(rf"(?:--?|–|—|－|─|[~～〜])|[ \u00a0]+(?:--?|–|—|－|─|[~～〜])[ \u00a0]+|{_SPACES}to{_SPACES}|至|到")
_AND_SEPARATOR = re.compile(rf"{_SPACED}and{_SPACED}")
#: The "a" of Spanish and Portuguese between the two ends of a range ("de 30€ a 150€"), read only
#: where each end writes its sign after its number, as those languages do: "$2 a $100 bet" is none.
_ROMANCE_A = re.compile(r"[ \u00a0]a[ \u00a0]")
_ROMANCE_A_GAPS = frozenset(f"{b}a{c}" for b in " \u00a0" for c in " \u00a0")  # (a test with no call)


def _signed_first(text: str, raw: _Raw) -> bool:
    """Whether ``raw`` is written with its marker before its number ("€30", "$5")."""
    return text.startswith(raw.marker, raw.start)
_UP_TO_SEPARATOR = re.compile(rf"{_SPACED}up{_SPACED}to{_SPACED}", re.IGNORECASE)
#: "to" and a hedge of the high end between the two ends of a range: "ranging from CAN$5,000 to as
#: much as CAN$2 million", "fines of $500 to nearly $9,000"; the low end alone would be a wrong value.
_HEDGED_TO_SEPARATOR = re.compile(
    rf"{_SPACED}to{_SPACED}(?:as{_SPACED}(?:much|little|high|low){_SPACED}as|nearly|almost){_SPACED}"
)
#: The longest :data:`_HEDGED_TO_SEPARATOR` read, with a line break among its spaces.
_HEDGED_TO_GAP = 24


def _hedged_to(text: str, raw: _Raw, nxt: _Raw, gap: int) -> bool:
    """Whether "to" and a hedge of the high end stand between ``raw`` and ``nxt`` ("$5,000 to as
    much as $2 million"): a range separator longer than the others (cheap test first)."""
    return 9 <= gap <= _HEDGED_TO_GAP and text.startswith("to", raw.end + 1) and (
        _HEDGED_TO_SEPARATOR.fullmatch(text, raw.end, nxt.start) is not None
    )


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

#: The last characters of the separators before a high end whose low end has no marker: "5-",
#: "5 to ", "between 5 and ", "5至", "5到", "5～".
_LOW_SEPARATOR_LAST = ("-", "–", "—", "o", "d", "－", "─", "～", "~", "〜", "至", "到")
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
#: The scale words a low end in words may carry before its separator ("two billion to").
_SCALE_WORDS = frozenset({"thousand", "million", "billion", "trillion", "mln", "bln"})
#: What sets apart the letters of a word ("twenty-five", "(five").
_NOT_LETTER = re.compile(r"[\W\d_]")


def _low_end(text: str, start: int, high_scale: int = 0) -> re.Match[str] | None:
    """The low end of a range just before the amount at ``start`` and its separator ("5-",
    "5 to ", "five to ", "between 5 and ", "a range of 5 and "), in digits or one number word, or
    the first count of a spread and its "or" ("two or ", "40 or ": the first count as
    :func:`moneyparse.or_spreads.first_count` tells it); None when there is none.
    ``high_scale``: the scale the amount at ``start`` was written with."""
    c = _compiled()
    window = max(0, start - 40)
    head = text[window:start].rstrip(" \u00a0")
    if head[-1:] in ("-", "–", "—", "－", "─", "～", "~", "〜", "至", "到"):
        rest = head[:-1]
    elif head[-2:] == "to" and not head[-3:-2].isalpha():
        rest = head[:-2]
    elif head[-3:] == "and" and not head[-4:-3].isalpha() and ("between" in head or "range" in head):
        rest = head[:-3]
    elif head[-2:] == "or" and not head[-3:-2].isalnum():
        rest = head[:-2]  # "two or three million dollars": the first count of a spread, see moneyparse.or_spreads
    else:
        return None
    # a number word before the separator ("five to") is read by the number-word pattern; digits,
    # with or without a scale ("5-", "50 million to"), by the digits one
    words = rest.rsplit(None, 2)[-2:]
    if len(words) == 2 and words[1].lower() in _SCALE_WORDS:
        words = words[:1]  # "two billion to": the number word before its scale word
    # (the word's last letters: "twenty-five to", "(five to", "\"two or")
    word = _NOT_LETTER.split(words[-1])[-1].lower() if words else ""
    pattern = c.range_before_word if word in _LOW_WORDS else c.range_before
    m = pattern.search(text, window, start)
    if m is None or m.group("sep") == "or" and not first_count(text, m):
        return None
    if m.group("sep") == "and" and not between_before(text, m.start()):
        return None  # "5 and 6 million dollars" are two amounts but after "between"
    if m.group("sep") == "to" and _changes(text, m.start()) and not _by_span(text, m, high_scale) and not _moves(text, m, start):
        return None  # "rose from 5 to 6 million dollars" is a change, not a range
    return m


def _by_span(text: str, m: re.Match[str], high_scale: int) -> bool:
    """Whether a bare low end after "by" spans a range with a high end of millions or more:
    "increase profits by 7.5 to 10 billion dlrs" (a change by 7.5 would write its scale, as
    "raise the limit by 1.5 billion to 10 billion dlrs" does)."""
    return high_scale >= 6 and "." in (m.groupdict().get("num") or "") and not m.group("scale") and (
        _BY_BEFORE.search(text, max(0, m.start() - 8), m.start()) is not None
    )


def _open_low(text: str, raw: _Raw, m: re.Match[str]) -> list[_Raw] | None:
    """``raw`` extended by the unmarked low end ``m`` before it ("5-6 billion dollars", "five to
    six million dollars"), as a list of one range; None when ``m`` is no low end of ``raw`` (the
    amount stands alone), an empty list when the two make no reading at all."""
    start = m.start()
    low_text = "" if "word" in m.groupdict() else guess_low(m.group("num")) or m.group("num")  # "二三至": 二
    if not low_text:
        try:
            low_num = parse_words(m.group("word"))
        except ValueError:
            return None
    else:
        try:
            digits_first = low_text[0] in _DIGIT_FIRST and low_text[-1] not in _HAN_SMALL_UNITS
            low_num = parse_digits(low_text) if digits_first else parse_cjk(low_text)
        except ValueError:
            return None
        if not m.group("scale") and _YEAR.fullmatch(m.group("num")) and raw.value >= 50 * int(m.group("num")):
            return None  # "from 2009 to 2010 to €50 600 000": a year far below the amount, not its low end
        if not m.group("scale") and _day_of_month(text, m):
            return None  # "ended January 28 to 285 mln dlrs", "in FY'07 to $150 million": a date, not the low end
        odd = _odd_high(text, raw, m, low_num)
        if odd is not None:
            return odd
        if _GLUED_BEFORE.search(text, max(0, start - 12), start):
            fraction = _fraction_low(text, m)
            if fraction is None:
                return None  # "the target for 1987/88 to four billion stg", "March 16 to 31 to 900 mln marks"
            start, low_num = fraction  # "6-1/2 to seven billion marks": the whole fraction
            if m.group("sep") == "to" and _changes(text, start):
                return None  # "Imperial Oil surged 7/8 to 73 dlrs": a move and the level reached
    if not m.group("scale"):
        # the low end borrows the multiplier the high end was spoken with ("six million", "1.5 to
        # two billion dlrs"), unless that puts it above the high end ("ninety to one hundred
        # dollars"); a low end in words of thousands or more above the high end is no reading
        # ("five to three million dollars": nothing); Han numerals share the high end's large unit ("二十至三十万")
        shared = _han_low_shared(low_text, low_num.value, raw) if low_text else 0
        if shared < 0:
            return []  # "三至五亿三千万元": a low end of one numeral whose unit the high end does not tell
        num = m.groupdict().get("num") or "-"
        small = num[-1] in _HAN_SMALL_UNITS and num[0] in _DIGIT_FIRST  # "5百至1千元": the 千 is not shared
        low_scale = (shared if small else raw.scale) or shared or _spoken_multiplier(raw.number_text)
        if low_scale and not raw.scale and not shared and not low_num.value.scaleb(low_scale) < raw.value:
            if low_scale >= 3 and "word" in m.groupdict():
                return []
            low_scale = 0
    else:
        low_scale = _scale_of(m.group("scale"))
        if m.group("scale") == "千":  # "1千至1千5百億美元", "1千至5千万元": the low end counts the high end's 億 too
            thousands = low_num.value.scaleb(low_scale)
            shared = _han_low_shared(m.group("num") + "千", thousands, raw)
            low_scale += shared if thousands.scaleb(shared) < raw.value else 0
    low = _tidy(low_num.value.scaleb(low_scale))
    exponent = min(low_num.exponent + low_scale, raw.exponent)
    if not low < raw.value:
        if not high_first(text, m, low, raw):
            return None
        low, high = raw.value, low  # "gains of 0.55 to 0.30 cent": the high end written first
    else:
        high = raw.value
    if m.group("sep") == "to" and _level_after_move(text, start, low, high, raw.number_text):
        return None  # "Evergo one to 74 cents": a move and the level reached, not a range
    return [_Raw(start, raw.end, low, high, exponent, text[start : raw.end], raw.marker, raw.marker_info, raw.scale)]


def _odd_high(text: str, raw: _Raw, m: re.Match[str], low: Numeral) -> list[_Raw] | None:
    """What the low end ``m`` in digits (read as ``low``) and ``raw`` after it give when ``raw`` is
    no plain high end, as :func:`_open_low` gives it; None when it is one.

    - A multiplier alone after a dash at the end of a line is the second half of a compound:
      "its 68-\nbillion dlrs debt" is 68 billion dollars.
    - The last digits of the high end after a dash, as rates are quoted: "1.7770-80 marks" is
      1.7770 to 1.7780 (two digits at least, fewer than the low end's decimals: "1.70-6美元" is
      1.70 to 6; or as many, below the low end: "137.80-85 yen" is 137.80 to 137.85, not 85).
    - A high end whose point groups thousands after a low end whose point is a decimal point
      ("48.125 to 53.000 dlrs") is read two ways at once: nothing.
    """
    sep = text[m.end("num") if m.group("scale") is None else m.end("scale") : m.end()]
    if sep.strip() in ("-", "\u2013") and raw.number_text.lower() in _SPOKEN_MULTIPLIERS and not m.group("scale"):
        power = _SPOKEN_MULTIPLIERS[raw.number_text.lower()]
        value = _tidy(low.value.scaleb(power))
        return [_Raw(m.start(), raw.end, value, None, low.exponent + power, text[m.start() : raw.end], raw.marker,
                     raw.marker_info, power)]
    decimals = m.group("num").partition(".")[2]
    if not decimals.isdigit() or m.group("scale") or not raw.number_text.isascii():
        return None
    short = len(raw.number_text) < len(decimals) or len(raw.number_text) == len(decimals) and raw.value < low.value
    if sep == "-" and raw.number_text.isdigit() and len(raw.number_text) >= 2 and short and raw.scale == 0:
        head = m.group("num")[: -len(raw.number_text)]
        high = _tidy(parse_digits(head + raw.number_text).value * (raw.value / int(raw.number_text)))
        low_value = _tidy(low.value * (raw.value / int(raw.number_text)))
        if not low_value < high:
            return []
        return [_Raw(m.start(), raw.end, low_value, high, min(low.exponent, -len(decimals)), text[m.start() : raw.end],
                     raw.marker, raw.marker_info, raw.scale)]
    if "." in raw.number_text and "," not in raw.number_text and raw.exponent >= 0 and raw.scale == 0:
        return []
    return None


#: A low end glued to what stands before it: the denominator of a fraction ("6-1/2 to", "7/8 to"),
#: the second year of a season ("1987/88 to"), the high end of a range before it ("March 16 to 31
#: to 900 mln marks", "16-31 to").
_GLUED_BEFORE = re.compile(r"[/\-]$|[0-9][ \u00a0]+to[ \u00a0]+$")
#: A fraction of the wire written before a range's separator, its denominator a power of two: "6-1/2",
#: "7/8" (whole, numerator), with nothing glued before it.
_FRACTION_HEAD = re.compile(r"(?<![\w.,/-])(?:([0-9]{1,4})-)?([0-9]{1,2})/$")


def _fraction_low(text: str, m: re.Match[str]) -> tuple[int, Numeral] | None:
    """The start and value of the fraction whose denominator is the low end ``m`` of a range
    ("6-1/2 to seven billion marks": 6.5), None when the low end is glued to anything else (a
    season "1987/88", a denominator that is no power of two)."""
    head = _FRACTION_HEAD.search(text, max(0, m.start() - 8), m.start())
    den = m.group("num")
    if head is None or m.group("scale") or den not in _MIXED_DENOMINATORS or not 0 < int(head.group(2)) < int(den):
        return None
    value = (int(head.group(1) or 0) * int(den) + int(head.group(2))) / Decimal(den)  # exact: a power of two
    return head.start(), Numeral(value, min(0, _last_digit(value)))


def _day_of_month(text: str, m: re.Match[str]) -> bool:
    """Whether the low end ``m`` of a range is part of a date: a day, one or two digits after a
    month's name, or a year written short after a word and an apostrophe ("in FY'07 to $150 million")."""
    at, num = m.start(), m.group("num")
    short_year = at > 1 and text[at - 1] in "'\u2019" and text[at - 2].isalpha()
    return len(num) <= 2 and (short_year or words().month_before.search(text, max(0, at - 12), at) is not None)


def _as_range(low: _Raw, high: _Raw, own: bool = False) -> _Raw | None:
    """A range from two candidates; a low end without a scale borrows the high end's ("$5 to $6
    million"), unless it is ``own``, whole as written."""
    if low.high is not None or high.high is not None:
        return None
    low_value, low_exp = low.value, low.exponent
    if low.scale == 0 and high.scale > 0 and not own:
        low_value = _tidy(low.value.scaleb(high.scale))
        low_exp = low.exponent + high.scale
    if not low_value < high.value:
        low_value, low_exp = low.value, low.exponent
        if not low_value < high.value:
            return None
    return _Raw(low.start, high.end, low_value, high.value, min(low_exp, high.exponent),
                f"{low.number_text}-{high.number_text}", low.marker, low.marker_info, high.scale)
