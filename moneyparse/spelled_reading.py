"""Numbers spelled in words, as the reader of one candidate takes them.

:func:`_spelled` reads words as a number in English, or else in another language; the tests here
tell when words that spell a number are no amount after all, or only a piece of one:
:func:`_not_spelled_money` (words of another language that are more likely English, a name or a
title: "Otto won", "Quatre Cent"), :func:`_loose_point` ("at one point five dollars were paid"),
:func:`_inside_number` (the tail of a longer number of another language: "neuf cents euros" of
"dix-neuf cents euros"), :func:`_spoken_tail` (the tail of a number spoken digit by digit: "two
point five billion dollars"), and :func:`_broken_off` (a scale word left behind by its number, a
blank line above it, or the decimals of a tokenized number: "1 . 8500 marks").
:mod:`moneyparse.reading` calls them for each candidate it reads.
"""

from __future__ import annotations

import functools
import re

from moneyparse.entities import ENTITY_AFTER_DIGIT
from moneyparse.grammar import (
    _DIGIT_NAMES,
    _EN_COUNTS,
    _EN_PACK,
    _JOINERS,
    _LONE_THOUSAND,
    _LONE_TWO,
    _PIECES,
    _TENS_NAMES,
    _WORD_RUN,
    _is_devanagari,
)
from moneyparse.lexicon import words
from moneyparse.number_words import POINT
from moneyparse.numbers import Numeral
from moneyparse.spelled import _DOZENS as _SPELLED_DOZENS
from moneyparse.spelled import _FRACTIONS as _SPELLED_FRACTIONS
from moneyparse.spelled import _MULTIPLIERS as _SPELLED_MULTIPLIERS
from moneyparse.spelled import _UNITS as _SPELLED_UNITS
from moneyparse.spelled import parse_spelled, parse_words

_EN_ARTICLES = frozenset(_EN_PACK.articles)  # type: ignore[union-attr]

_WORD_GAP = re.compile(r"[\s\-]+")


@functools.lru_cache(maxsize=1024)
def _spelled(words: str, elsewhere: bool = False) -> tuple[Numeral | None, bool]:
    """The number ``words`` spell in English, or else (or, ``elsewhere``, only) in another
    language, and whether it is another language; None for the number when they spell none."""
    if not elsewhere:
        try:
            return parse_words(words), False
        except ValueError:
            pass
    try:
        return parse_spelled(words), True
    except ValueError:
        return None, True


_ONE_DIGIT_AFTER_POINT = re.compile(r"[ \u00a0\u202f\u2009]point[ \u00a0\u202f\u2009]+[a-z]+$", re.IGNORECASE)


def _loose_point(words: str) -> bool:
    """Whether English words with "point" in them are more likely a point in time than a decimal
    mark: one digit after it and no multiplier, as in "At one point five dollars were paid".  Two
    digits or more ("twenty point five o six dollars"), or a multiplier ("two point five billion
    dollars"), make a number."""
    return _ONE_DIGIT_AFTER_POINT.search(words) is not None


def _not_spelled_money(words: str, marker: str) -> bool:
    """Whether words that spell a number in another language, before ``marker``, are more likely
    something else:

    * before a code or a sign ("Sept EUR 3.5m", "seize GBP 40m", "Otto € 5m"): the press of those
      languages writes a name after a spelled number, and English writes codes after such words;
    * the first word is an English word, or a name, more often than a number ("seize million
      dollars", "cent million-dollar", "Otto won", "Trent £ 40");
    * one word in capitals, or a first word of up to three ("UN", "UN billion dollar");
    * words that go on into the marker ("Quatre Cent" is four hundred, a title, not four cents).
    """
    if not marker[:1].isalpha() or (marker.isupper() and len(marker) <= 4):
        return True
    if words.lower() in _LONE_THOUSAND or words.lower() == _LONE_TWO:
        return marker.lower() in _ENGLISH_NAMES_AFTER_MIL  # "mil euros", never "a mil dollars"
    said = _WORD_GAP.split(words)
    first = said[0]
    if (first.lower() in _ENGLISH_FIRST or (first[:1].isupper() and first.lower() in _NAME_FIRST)) and not any(
        w.lower() in DECIMAL_WORDS for w in said
    ):
        return True  # unless a decimal mark of its language follows: "seize virgule deux euros"
    if first.isupper() and (len(first) <= 3 or first == words):
        return True
    try:
        parse_spelled(f"{words} {marker}")
        return True
    except ValueError:
        return False


#: The words of every language but English for a decimal mark ("Komma", "virgule", "दशमलव").
DECIMAL_WORDS = words().decimal_words

#: Names that make "mil" English slang for a million, or no number at all (the packs'
#: not_after_alone rows).
_ENGLISH_NAMES_AFTER_MIL = words().not_after_alone

#: First words of a number spelled in another language that are English words more often: then
#: the words are read as English, from the next word on ("seize million dollars").
_ENGLISH_FIRST = words().english_first
#: ... and with a capital, names more often ("Otto", "Trent", "Una", "Dez", "Elli").
_NAME_FIRST = words().name_first


_SPELLED_PIECES = frozenset(_PIECES)
_SPELLED_JOINERS = frozenset(_JOINERS)
#: The words before a spelled number that make it the tail of a longer one (not the joiners:
#: "cinq et dix" is two numbers).
_SPELLED_BEFORE = (_SPELLED_PIECES | DECIMAL_WORDS | words().number_before) - _SPELLED_JOINERS
#: The words for "point" and the digits spoken after it ("zero", "one", "oh"), in English.
_POINT_NAMES = "|".join(_EN_PACK.words_of(POINT))  # type: ignore[union-attr]
_SPOKEN_DIGIT_NAMES = "|".join((*(w for w, v in _EN_COUNTS.items() if v <= 9), *_EN_PACK.spoken_digits))  # type: ignore[union-attr]
#: Digits said one by one after "point", just before a spelled amount: the amount is their tail
#: ("point five o six dollars" is no six dollars).
_POINT_DIGITS_BEFORE = re.compile(rf"\b(?:{_POINT_NAMES})(?:[ \u00a0]+(?:{_SPOKEN_DIGIT_NAMES}))+[ \u00a0]+$", re.IGNORECASE)
#: A digit said just before a spelled number of tens: a price said as speech says it ("one fifty
#: five dollars" is $1.55), never fifty-five dollars.
_DIGIT_BEFORE_TENS = re.compile(rf"\b(?:{_DIGIT_NAMES})[ \u00a0]+$", re.IGNORECASE)
_TENS_FIRST = re.compile(rf"(?:{_TENS_NAMES})\b", re.IGNORECASE)
#: A spelled decimal point before English number words: they are the tail of a number spoken digit
#: by digit, not a number of their own.
_POINT_BEFORE = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundred"
    r"|thousand|million|billion)[ \u00a0]+point[ \u00a0]+$",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(rf"({_WORD_RUN})[ \u00a0]+$")


def _inside_number(text: str, start: int) -> bool:
    """Whether a number spelled in another language that begins at ``start`` is the tail of a
    longer one: right after a hyphen, a number word or a decimal mark spelled out.  Its tail alone
    would be a smaller amount ("neuf cents euros" of "dix-neuf cents euros", "fünf Millionen" of
    "zwei Komma fünf Millionen").  After a joiner it is the second of two ("entre cinq et dix
    euros", "fünf und zehn Euro"), and is read."""
    before = text[max(0, start - 40) : start]
    if before.endswith("-") or _is_devanagari(before[-1:]):
        return True  # "-neuf cents", or the end of a longer Devanagari word
    m = _LAST_WORD.search(before)
    return m is not None and m.group(1).lower() in _SPELLED_BEFORE


def _spoken_tail(text: str, start: int) -> bool:
    """Whether English number words at ``start`` are the tail of a number said before them: after a
    spelled decimal point ("two point five billion dollars": not five billion), after digits said
    one by one after "point" ("point five o six dollars"), or tens after a digit said as a price is
    ("one fifty five dollars" is $1.55)."""
    return bool(
        _POINT_BEFORE.search(text, max(0, start - 24), start)
        or (text[start - 2 : start - 1].isalpha() and _POINT_DIGITS_BEFORE.search(text, max(0, start - 60), start))
        or (_TENS_FIRST.match(text, start) and _DIGIT_BEFORE_TENS.search(text, max(0, start - 8), start))
    )


#: A multiplier that begins a number spelled in English ("billion dlrs"): a number of its own only
#: where no digits stand before it.
_SCALE_FIRST = re.compile(r"(?i:hundred|thousand|million|billion|trillion|mln|bln)\b")
#: A digit and a decimal mark set apart by spaces, as tokenized text writes a number ("1 . 85").
_TOKENIZED_POINT = re.compile(r"[0-9] [.,] ")
#: A bracket after digits, at the end of the text searched: "5.3() " or "310 ($375) " before
#: "billion dollars" (a "$" before the number: :func:`moneyparse.phrases._through_bracket`).
_BRACKET_AFTER_DIGIT = re.compile(r"[0-9][ \u00a0]?\([^()\n]{0,40}\)[ \u00a0]?$")
#: The wire's abbreviations of the scale words ("four mln stg", "one mln dlrs").
_ABBREVIATED_SCALES = frozenset({"mln", "bln"})


def _broken_off(text: str, start: int, english_words: bool) -> bool:
    """Whether the number read at ``start`` is a piece broken off another: a scale word spelled
    first (``english_words``) whose number a blank line or a run of blanks left behind ("1.4
    billion dlrs", "1.4\n\nbillion dlrs": not a billion), or a lone "mln" that heads a table's
    column ("(Mln dlrs)": the wire's abbreviations count only after a count), a count word that
    ends the line above ("six\nthousand million marks") or an HTML entity after digits
    ("5&amp;million dollars"; one of a blank is read as a blank: :mod:`moneyparse.entities`) or a bracket after
    digits ("5.3() billion dollars", "310 ($375) billion dollars"); or the decimals of
    a number split into tokens ("1 . 8500 marks": not 8,500)."""
    if english_words and _SCALE_FIRST.match(text, start):
        return (
            text[start : start + 3].lower() in _ABBREVIATED_SCALES
            or _digits_before(text, start)
            or _count_word_before(text, start)
            or ENTITY_AFTER_DIGIT.search(text, max(0, start - 16), start) is not None
            or text[max(0, start - 2) : start].rstrip(" \u00a0")[-1:] == ")"
            and _BRACKET_AFTER_DIGIT.search(text, max(0, start - 48), start) is not None
        )
    return start > 3 and text[start - 2] in ".," and _TOKENIZED_POINT.match(text, start - 4) is not None


#: The English words that count a scale word after them ("six", "hundred", "thousand", "half"),
#: but the articles, which say the scale word's own one ("a\nmillion dollars" is a million).
_COUNTING_WORDS = frozenset(
    w for w in (*_SPELLED_UNITS, *_SPELLED_MULTIPLIERS, *_SPELLED_FRACTIONS, *_SPELLED_DOZENS)
    if w not in _EN_ARTICLES
)
_WORD_BEFORE = re.compile(r"([a-z]+)[^\S\n]*\n\s*$", re.IGNORECASE)
_WORD_BEFORE_ARTICLE = re.compile(r"([a-z]+)\s+[a-z]+\s*$", re.IGNORECASE)


def _count_word_before(text: str, start: int) -> bool:
    """Whether an English number word ends the line before the scale word at ``start``: the count
    the scan left behind at a line break ("six\nthousand million marks" is no thousand million,
    "half a\nmillion" no million).  An article alone counts one, and the reading stands."""
    before = text[max(0, start - 60) : start]
    m = _WORD_BEFORE.search(before)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _EN_ARTICLES:
        m = _WORD_BEFORE_ARTICLE.search(before)
        return m is not None and m.group(1).lower() in _SPELLED_FRACTIONS
    return word in _COUNTING_WORDS


def _digits_before(text: str, start: int) -> bool:
    """Whether a digit ends the text before ``start`` but for blanks and line breaks, however many
    (justified or hard-wrapped text: "1.4     billion", "$5\n\n  billion"): the number whose
    scale word begins at ``start``, left behind by the scan."""
    i = start
    floor = max(0, start - 80)
    while i > floor and text[i - 1].isspace():
        i -= 1
    return i < start and text[i - 1 : i].isdigit()
