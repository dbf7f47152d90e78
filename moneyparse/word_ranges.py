"""Ranges written with the words of other languages than English: "von 10 bis 20 Euro", "entre 10 et 20 euros".

English ranges are read by :mod:`moneyparse.ranges` ("from 10 to 20 euros", "between 10 and 20 euros", "10-20 euros");
the words of the other languages' ranges are in their packs (``data/lang/<code>.tsv``), in four kinds of rows:

- ``range``: the word that opens a range, the word between its two ends, and the kind of the opener: a ``from``
  (German von ... bis, French de ... à, Spanish de ... a, Italian da ... a, Portuguese de ... até, Dutch van ... tot,
  Swedish från ... till, Danish and Norwegian fra ... til, Polish od ... do, Russian от ... до, Ukrainian від ... до,
  Indonesian and Malay dari ... sampai or hingga, Romanian de la ... la) or a ``between`` (zwischen ... und, entre ...
  et, entre ... y, tra ... e, tussen ... en, mellan ... och, między ... a, между ... и, antara ... dan, între ... și);
- ``range_alone``: a separator that makes a range with no opener before the low end, being no other word between two
  numbers in its language: German "bis", Dutch "tot", French "à", Indonesian and Malay "sampai" and "hingga" ("12 bis
  18 Euro", "sekitar 15 hingga 25 dolar").  The "a" of Spanish, Italian and Portuguese is "at" as often ("compró 2 a
  15 euros cada uno": two, at 15 euros each), and Danish "til", Polish "do", Russian "до" and Romanian "la" are "to"
  or "up to": they make a range only after their opener;
- ``change_words``: the verbs of change of the language ("stieg", "passé", "subió", "вырос", "naik"), and
  ``change_after``, where they govern from after the range too (German and Dutch end a clause with the verb).

The rule (:func:`worded_low`).  A number in digits, with a scale word of three letters or more or none, then a
separator and an amount (the candidate the scan found after it), is the low end of a range of one mention when the
opener of the same pair stands right before the number, or when the separator makes a range alone: amount the low end,
high the amount's, its currency and marker, the span from the low end's first digit to the amount's end ("von 10 bis
20 Euro" is 10 to 20 euros, "de la 10 la 50 lei" 10 to 50 lei).  A low end with no scale word borrows the high end's
unless that puts it above the high end ("von 10 bis 20 Mio. Euro" is 10,000,000 to 20,000,000; "de 500 à 2 millions
d'euros" 500 to 2,000,000).  A low end whose lone separator may group thousands or mark decimals ("von 1.500 bis 2.000
Euro") is read as the high end was, or as the words around it tell when the high end says nothing; one grouped by
blanks is read whole ("de 1 500 à 2 000 euros" is 1,500 to 2,000, never 500 to 2,000).  A low end with a
marker of its own is joined to the amount after it the same way (:func:`worded_joint`: "von 10 Euro bis 20 Euro", "de
la 10 lei la 50 lei", "8 euro tot 12 euro"), when the two markers name one money.

Changes.  A ``from`` that a word of change of its language governs opens a change, never a range: a word of change
among the last six words of the clause before the opener, or, in German and Dutch, among the first five after the high
end ("Der Preis stieg von 10 bis 20 Euro", "ist von 10 bis 20 Euro pro Stück gestiegen", "le prix est passé de 10 à 20
euros", "subió de 10 a 20 euros", "выросла от 10 до 20 долларов").  A change is read as it is without these words, as
English reads "rose from 10 to 20 euros": the amount after the separator, the level reached, and the low end too when
it is an amount of its own ("stieg von 10 Euro bis 20 Euro": two amounts).  Most languages write a change with words
of their own, no range's, read so too: "von 10 auf 20 Euro", "с 10 до 20 долларов", "z 10 do 20 zł", "van 10 naar 20
euro", "dari 10 menjadi 20 dolar".  A separator alone right after a word of change tells a move and the level reached
("naik 10 hingga 20 dolar"), read as without these words; after "um" ("stieg um 10 bis 20 Euro") it is a range of the
move.  A ``between`` opens no change.  A noun of change is no verb: "une hausse de 10 à 20 euros" is a rise of 10 to
20 euros, one range.

What gives nothing, neither a range nor the high end alone (a wrong value where a range is meant): two ends that are
both years ("von 2010 bis 2020 Euro-Zone"), and after a ``from``, a low end not below the high end ("von 20 bis 10
Euro"); after a ``between`` that is a range written backwards, read from the lower ("zwischen 20 und 10 Euro").  A
low end that is a year, or not below the high end, before a separator alone is no low end, and the amount stands
alone ("le 2 mai 1990 à 1015 francs": a date, then a price).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from moneyparse.changes import _SPACED
from moneyparse.filter_patterns import _YEAR
from moneyparse.language import _lang_at
from moneyparse.lexicon import tables
from moneyparse.numbers import DecimalConvention, Numeral, parse_digits
from moneyparse.packs import languages
from moneyparse.reading import _Raw, _scale_of, _tidy

__all__ = ["LOW_TAILS", "SEPARATORS", "worded_joint", "worded_low"]


@dataclass(frozen=True, slots=True)
class _Words:
    """The range words of every pack, merged."""

    #: (opener, separator) -> the kind of the opener ("from", "between"), the words of change of its languages, and
    #: those of them read after the range too (German, Dutch)
    pairs: Mapping[tuple[str, str], tuple[str, frozenset[str], frozenset[str]]]
    #: a separator that makes a range alone -> the words of change of its languages
    alone: Mapping[str, frozenset[str]]
    #: a low end and its separator, at the end of the text searched
    low: re.Pattern[str]
    #: an opener, at the end of the text searched
    opener: re.Pattern[str]
    #: a separator between two amounts, the whole text searched
    joint: re.Pattern[str]


def _separators() -> frozenset[str]:
    """Every separator of every pack, lower case, its words set apart by one space ("bis", "sampai dengan")."""
    return frozenset(
        " ".join(s.split()) for pack in languages().values() for s in (*(sep for _, sep, _ in pack.ranges), *pack.ranges_alone)
    )


#: The separators between two amounts with markers, as :mod:`moneyparse.ranges` tests the words between them first
#: (" bis " of "10 € bis 20 €": "bis").
SEPARATORS = _separators()
#: The characters a bare low end may end with before a separator of one letter: its digits, the point of an
#: abbreviated scale word ("Mio."), the last letter of a scale word ("1 million à 2 millions d'euros", "2 млн и 3 млн").
_LOW_LAST = "0123456789." + "abcdefghijklmnopqrstuvwxyz" + "абвгдежзийклмнопрстуфхцчшщъыьэюяії"


def _tails(separator: str) -> tuple[str, ...]:
    """The last three characters before the blanks that end ``separator`` after a bare low end."""
    if len(separator) >= 3:
        return (separator[-3:],)
    if len(separator) == 2:
        return (f" {separator}", f"\u00a0{separator}")
    return tuple(f"{c} {separator}" for c in (_LOW_LAST[:11] if separator == "a" else _LOW_LAST))


#: The last three characters before the blanks that end a separator after a bare low end, as :mod:`moneyparse.ranges`
#: tests them first: a separator's last three ("bis", "pai" of "sampai", "e i"), a blank and its two ("10 do": " do"),
#: the low end's last character, a blank and its one ("10 à": "0 à", "Mio. à": ". à"); "a" after a digit or a point
#: only, where English writes its article ("paid a $5 fee").
LOW_TAILS = frozenset(tail for separator in SEPARATORS for tail in _tails(separator))


def _alternatives(phrases: set[str]) -> str:
    """The regular expression of ``phrases``, longer first, the words of each set apart by any run of blanks."""
    return "|".join(r"[ \u00a0]+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


@functools.cache
def _words() -> _Words:
    """The range words of every pack and the patterns that find them, built on first use."""
    pairs: dict[tuple[str, str], tuple[str, frozenset[str], frozenset[str]]] = {}
    alone: dict[str, frozenset[str]] = {}
    for pack in languages().values():
        after = pack.change_words if pack.change_after else frozenset()
        for opener, separator, kind in pack.ranges:
            _, before_known, after_known = pairs.get((opener, separator), (kind, frozenset(), frozenset()))
            pairs[opener, separator] = (kind, before_known | pack.change_words, after_known | after)
        for separator in pack.ranges_alone:
            alone[separator] = alone.get(separator, frozenset()) | pack.change_words
    t = tables()
    scales = sorted((s for s in (*t.scales, *t.scales_folded) if len(s) >= 3), key=len, reverse=True)
    seps = _alternatives(set(SEPARATORS))
    low = re.compile(
        r"(?<![\w.,/\-])(?P<num>[0-9]+(?:(?:[,.'\u2019\u00a0\u202f\u2009]|[ ](?=[0-9]{3}(?![0-9])))[0-9]+)*)"
        rf"(?:[ \u00a0]?(?P<scale>{'|'.join(map(re.escape, scales))})(?!\w))?{_SPACED}(?i:(?P<sep>{seps})){_SPACED}$"
    )
    openers = re.compile(rf"(?<!\w)(?i:(?P<open>{_alternatives({o for o, _ in pairs})})){_SPACED}$")
    return _Words(
        MappingProxyType(pairs), MappingProxyType(alone), low, openers,
        re.compile(rf"{_SPACED}(?i:(?P<sep>{seps})){_SPACED}"),
    )


def _said(phrase: str) -> str:
    """A phrase of the text as the packs write it: lower case, its words set apart by one space."""
    return " ".join(phrase.lower().split())


#: Where a clause ends: a mark of a sentence or a comma before a blank, or a blank line.
_CLAUSE_END = re.compile(r"[.,;:!?](?=\s|$)|\n[^\S\n]*\n")
#: How many words of the clause before a "from", and after the high end, a word of change governs from.
_REACH_BEFORE, _REACH_AFTER = 6, 5
#: What stands around a word: punctuation and quotation marks.
_AROUND = ",()[]\"'\u2018\u2019\u201c\u201d\u00ab\u00bb"


def _clause_before(text: str, at: int) -> list[str]:
    """The last words of the clause that ends at ``at``, lower case, without the punctuation around them."""
    head = text[max(0, at - 80) : at]
    ends = [m.end() for m in _CLAUSE_END.finditer(head)]
    return [w.strip(_AROUND).lower() for w in head[ends[-1] if ends else 0 :].split()][-_REACH_BEFORE:]


def _clause_after(text: str, at: int) -> list[str]:
    """The first words after ``at`` in its clause, lower case, without the punctuation around them."""
    tail = text[at : at + 40]
    end = _CLAUSE_END.search(tail)
    return [w.strip(_AROUND).lower() for w in tail[: end.start() if end else len(tail)].split()][:_REACH_AFTER]


def _reading(text: str, low_start: int, separator: str, high_end: int) -> str | None:
    """How the number at ``low_start``, ``separator`` and the amount that ends at ``high_end`` are read: "from" or
    "between" after the opener of the separator's pair, "alone" after none; None when they are no range (a change, or
    a separator that needs its opener)."""
    w = _words()
    opener = w.opener.search(text, max(0, low_start - 24), low_start)
    found = w.pairs.get((_said(opener.group("open")), separator)) if opener is not None else None
    if opener is not None and found is not None:
        kind, before, after = found
        changed = not before.isdisjoint(_clause_before(text, opener.start())) or not after.isdisjoint(_clause_after(text, high_end))
        if kind == "from" and changed:
            return None  # "stieg von 10 bis 20 Euro", "von 10 bis 20 Euro gestiegen": a change
        return kind
    moves = w.alone.get(separator)
    if moves is None or moves.intersection(_clause_before(text, low_start)[-1:]):
        return None  # "naik 10 hingga 20 dolar": a move and the level reached
    return "alone"


def _convention(text: str, start: int, high: _Raw) -> DecimalConvention:
    """How a number whose lone separator may group thousands or mark decimals is read before ``high``: as the number of
    ``high`` was, when it could be read either way too, else as the words around tell."""
    try:
        point, comma = (parse_digits(high.number_text, way).value for way in (DecimalConvention.EN, DecimalConvention.COMMA))
    except ValueError:
        point = comma = Decimal(0)
    if point != comma:
        return DecimalConvention.EN if point == high.value.scaleb(-high.scale) else DecimalConvention.COMMA
    return _lang_at(text, start, high.end, high.marker)


def _low_number(text: str, number: str, start: int, high: _Raw) -> Numeral | None:
    """The value of the low end ``number`` at ``start`` before ``high``."""
    try:
        point, comma = parse_digits(number, DecimalConvention.EN), parse_digits(number, DecimalConvention.COMMA)
    except ValueError:
        return None
    if point == comma:
        return point
    return comma if _convention(text, start, high) == DecimalConvention.COMMA else point


def _a_year(number: str, value: Decimal) -> bool:
    """Whether a number written ``number`` (its value ``value``) may be a year."""
    return _YEAR.fullmatch(number) is not None and value == int(number)


def worded_low(text: str, raw: _Raw, prev_end: int) -> list[_Raw] | None:
    """``raw`` as the high end of a range whose low end, a bare number, stands before it with the words of a range of
    another language than English ("von 10 bis 20 Euro"), as a list of one range; an empty list where the two give no
    reading ("von 2010 bis 2020 Euro-Zone"); None where they are no range (the amount alone, as before).  The low end
    starts at ``prev_end`` or after."""
    head = text[max(0, raw.start - 24) : raw.start].lower().split()
    if len(head) < 2 or head[-1] not in SEPARATORS and " ".join(head[-2:]) not in SEPARATORS:
        return None  # (cheap test first: "around $5" ends as "und" does)
    if raw.high is not None or raw.hedge is not None:
        return None
    m = _words().low.search(text, max(prev_end, raw.start - 48), raw.start)
    if m is None:
        return None
    reading = _reading(text, m.start(), _said(m.group("sep")), raw.end)
    number, scale_word = m.group("num"), m.group("scale")
    low = _low_number(text, number, m.start(), raw) if reading is not None else None
    if low is None or reading is None:
        return None
    if not scale_word and _a_year(number, low.value):
        if raw.scale == 0 and _a_year(raw.number_text, raw.value):
            return []  # "von 2010 bis 2020 Euro-Zone": two years, no amount
        if reading == "alone":
            return None  # "le 2 mai 1990 à 1015 francs": a date, then a price
    scale = _scale_of(scale_word) if scale_word else raw.scale if low.value.scaleb(raw.scale) < raw.value else 0
    value, high = _tidy(low.value.scaleb(scale)), raw.value
    if not value < high:
        if reading != "between" or value == high:
            return None if reading == "alone" else []  # "von 20 bis 10 Euro": nothing
        value, high = high, value  # "zwischen 20 und 10 Euro": written backwards
    exponent = min(low.exponent + scale, raw.exponent)
    return [_Raw(m.start(), raw.end, value, high, exponent, text[m.start() : raw.end], raw.marker, raw.marker_info, raw.scale)]


def worded_joint(text: str, low: _Raw, high: _Raw) -> re.Match[str] | None:
    """The separator of a range of another language than English between two amounts with markers ("von 10 Euro bis
    20 Euro": " bis "), when the words before ``low`` and after ``high`` make them a range, else None."""
    if low.high is not None or high.high is not None or " ".join(text[low.end : high.start].lower().split()) not in SEPARATORS:
        return None
    m = _words().joint.fullmatch(text, low.end, high.start)
    if m is None or _reading(text, low.start, _said(m.group("sep")), high.end) is None:
        return None
    return m
