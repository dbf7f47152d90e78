"""How a language spells numbers, as its pack says: the kinds of pieces its numbers are made of,
the frozen :class:`Numbers` record of one language, and the reading of a pack's number rows into
it.  The words themselves are in the packs (``moneyparse/data/lang/<code>.tsv``).

A language's numbers are pieces, set apart by spaces and hyphens ("cinq millions", "vingt-et-un",
"beş milyon") or glued into one word ("achtundsiebzig", "quarantacinque", "vijfenveertig",
"fyrtiofem"); :mod:`moneyparse.spelled` reads them, :mod:`moneyparse.grammar` builds the scan's
pattern of spelled numbers from them.  Nothing here reads a text, and nothing knows a language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from types import MappingProxyType

__all__ = [
    "ADD",
    "GRAMMARS",
    "HALF",
    "HUNDRED",
    "POINT",
    "POWER",
    "QUARTER",
    "ZERO",
    "NumberRows",
    "Numbers",
    "nukta_forms",
]

#: A piece's kind: a value added in ("cinq", "vingt"), hundred (multiplies what comes before it),
#: or a power of ten of three or more (multiplies everything before it that is smaller).
ADD, HUNDRED, POWER = 0, 1, 2
#: A fraction in quarters (Hindi "साढ़े", "and a half": साढ़े सात सौ is 750; see ``grammar`` counts).
QUARTER = 3
#: The decimal mark spoken as a word ("zwei Komma fünf"), and zero, which stands only before it
#: ("null Komma zwei") or among the digits after it ("zwölf Komma null fünf").
POINT, ZERO = 4, 5
#: A half: alone before a power ("medio millón", "eine halbe Million"), after a joiner ("un
#: milliard et demi", "un millón y medio", "två och en halv miljon"); value 1.  A half that adds to
#: the count before it ("bir buçuk milyon", "zweieinhalb"): value 2.  One and a half as one word
#: ("anderthalb", "anderhalf"): value 3.
HALF = 6

#: How a language's pieces make a number: ``pieces`` summed and multiplied as they are said, glued
#: or set apart ("cinq millions", "achtundsiebzig"); ``counts``, every count below a hundred a word
#: of its own, never glued, with fractions in quarters (Hindi: "साढ़े छः लाख"); ``english``, read
#: by :func:`moneyparse.spelled.parse_words`, with articles, fractions and "dozen".
GRAMMARS = ("pieces", "counts", "english")

#: The kind of each row of a pack that names pieces, and whether its items are ``word=value``.
PIECE_KINDS = {"count": (ADD, True), "hundred": (HUNDRED, False), "power": (POWER, True), "quarter": (QUARTER, True),
               "point": (POINT, False), "zero": (ZERO, False), "half": (HALF, True)}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Numbers:
    """How one language spells numbers."""

    grammar: str  # one of GRAMMARS
    #: every piece, in each of its spellings -> (kind, value): "vingt": (ADD, 20), "cent": (HUNDRED,
    #: 2), "millions": (POWER, 6), "virgule": (POINT, 0)
    pieces: Mapping[str, tuple[int, int]]
    #: the words that join pieces ("et", "y", "und"), and those of them that also stand inside a
    #: word ("acht|und|siebzig", "vijf|en|veertig")
    joiners: tuple[str, ...] = ()
    glued_joiners: tuple[str, ...] = ()
    #: the values that a joiner may join ("vingt et un", "soixante et onze": French joins 1 and 11
    #: alone); empty for any
    joined_only: frozenset[int] = frozenset()
    #: tens, besides the round tens from twenty, that a unit may follow ("dix-sept", "on bir"), and
    #: tens that the numbers from ten to nineteen may follow ("soixante-dix", "quatre-vingt-onze")
    units_after: frozenset[int] = frozenset()
    teens_after: frozenset[int] = frozenset()
    #: letters whose lower case is not Python's: Turkish "I" is "ı", "İ" is "i"
    lower: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    #: English alone: the articles that count one ("a million"), the fractions ("half"), those said
    #: after "and" ("two and a half"), the words for a dozen, and the digits spoken after the point
    #: besides the counts ("oh", "o")
    articles: frozenset[str] = frozenset()
    fractions: Mapping[str, Decimal] = field(default_factory=lambda: MappingProxyType({}))
    and_fractions: Mapping[tuple[str, str], Decimal] = field(default_factory=lambda: MappingProxyType({}))
    dozens: frozenset[str] = frozenset()
    spoken_digits: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))

    def words_of(self, kind: int) -> tuple[str, ...]:
        """The pieces of one kind, in the order of the pack."""
        return tuple(word for word, (k, _) in self.pieces.items() if k == kind)


#: Devanagari letters with a nukta have two spellings: the letter and the sign apart (which NFC
#: keeps, and CLDR writes) and one code point ("ड़", U+095C), which texts write as well.
_NUKTA = {"\u0915": "\u0958", "\u0916": "\u0959", "\u0917": "\u095a", "\u091c": "\u095b", "\u0921": "\u095c",
          "\u0922": "\u095d", "\u092b": "\u095e", "\u092f": "\u095f"}
_NUKTA_PAIR = re.compile("([" + "".join(_NUKTA) + "])\u093c")


def nukta_forms(word: str) -> tuple[str, ...]:
    """``word`` and, when it holds a Devanagari letter with a nukta, its other spelling:
    ``"करोड़"`` with the nukta apart and as one code point (U+095C)."""
    joined = _NUKTA_PAIR.sub(lambda m: _NUKTA[m.group(1)], word)
    return (word,) if joined == word else (word, joined)


class NumberRows:
    """A pack's number rows while they are read; :meth:`numbers` freezes them.

    Each ``add_*`` method takes the text of a row's second column and returns None, or the reason
    the text cannot be read (the pack's reader raises it with the row's file and line).
    """

    __slots__ = ("grammar", "pieces", "lists", "lower", "fractions", "and_fractions", "spoken_digits")

    def __init__(self) -> None:
        self.grammar = ""
        self.pieces: dict[str, tuple[int, int]] = {}
        self.lists: dict[str, list[str]] = {}
        self.lower: dict[str, str] = {}
        self.fractions: dict[str, Decimal] = {}
        self.and_fractions: dict[tuple[str, str], Decimal] = {}
        self.spoken_digits: dict[str, int] = {}

    def add_pieces(self, kind: str, text: str) -> str | None:
        """A ``count``, ``hundred``, ``power``, ``quarter``, ``point``, ``zero`` or ``half`` row."""
        code, valued = PIECE_KINDS[kind]
        for item in text.split():
            word, _, value = item.partition("=") if valued else (item, "", "0" if code != HUNDRED else "2")
            if not word or not re.fullmatch(r"-?[0-9]+", value):
                return f"{item!r} is not word=number" if valued else f"{item!r} is not a word"
            for form in nukta_forms(word):
                self.pieces[form] = (code, int(value))
        return None

    def add_list(self, kind: str, text: str) -> str | None:
        """Words (``number_joiners``, ``glued_joiners``, ``article``, ``dozen``) or values
        (``joined_only``, ``units_after``, ``teens_after``)."""
        items = text.split()
        if kind in ("joined_only", "units_after", "teens_after") and not all(i.isascii() and i.isdigit() for i in items):
            return f"{text!r}: the values are whole numbers"
        self.lists.setdefault(kind, []).extend(items)
        return None

    def add_pairs(self, kind: str, text: str, value: str = "") -> str | None:
        """``lower`` (letter=lower case), ``fraction`` and ``spoken_digit`` (word=value) and
        ``and_fraction`` (two words, then the value in the third column)."""
        if kind == "and_fraction":
            said = tuple(text.split())
            try:
                if len(said) != 2:
                    raise InvalidOperation
                self.and_fractions[said] = Decimal(value)
            except InvalidOperation:
                return "an and_fraction row is two words and a decimal number"
            return None
        for item in text.split():
            key, _, found = item.partition("=")
            if not key or not found:
                return f"{item!r} is not key=value"
            try:
                if kind == "lower":
                    self.lower[key] = found
                elif kind == "fraction":
                    self.fractions[key] = Decimal(found)
                else:
                    self.spoken_digits[key] = int(found)
            except (InvalidOperation, ValueError):
                return f"{item!r}: the value is not a number"
        return None

    def numbers(self) -> Numbers | None:
        """The record, or None for a pack without number rows."""
        if not self.grammar:
            return None
        lists = self.lists
        return Numbers(
            self.grammar,
            MappingProxyType(self.pieces),
            tuple(lists.get("number_joiners", ())),
            tuple(lists.get("glued_joiners", ())),
            frozenset(map(int, lists.get("joined_only", ()))),
            frozenset(map(int, lists.get("units_after", ()))),
            frozenset(map(int, lists.get("teens_after", ()))),
            MappingProxyType(self.lower),
            frozenset(lists.get("article", ())),
            MappingProxyType(self.fractions),
            MappingProxyType(self.and_fractions),
            frozenset(lists.get("dozen", ())),
            MappingProxyType(self.spoken_digits),
        )
