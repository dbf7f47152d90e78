"""Pieces of the scan's grammar for numbers spelled in English, and the blanks between the words
of a phrase that every form of :mod:`moneyparse.grammar` uses.  They are kept here to keep that
module within its size.
"""

from __future__ import annotations

from collections.abc import Iterable

from moneyparse.patterns import Chars, Repeat, alt, count, fold, opt, run, scan_only, seq
from moneyparse.spelled import _AND_FRACTIONS, _DIGIT_WORDS, _FRACTIONS, _MULTIPLIERS, _UNITS

_SP = Chars(" \t\u00a0\u202f\u2009")  # the blanks between the words of a phrase
_BLANKS = run(_SP, 1, 3)
#: Where the words of a number spelled in English may end and its marker begin.
_GAP = alt(_BLANKS, "-")


def _longest_first(words: Iterable[str]) -> list[str]:
    """``words`` longest first, and in code-point order within a length: an alternation written
    the same whatever order a set gives them in (the hash seed's), with no word before a longer
    one it begins."""
    return sorted(words, key=lambda w: (-len(w), w))



# The English number words are the reader's own (moneyparse.spelled), so that the scan finds no
# word that parse_words cannot read, and misses none that it can.
_ARTICLES = ("a", "an")
#: The counted words and the multipliers: "zero" to "ninety", "hundred" to "trillion", "dozen".
_NUMBER_WORDS = alt(*(w for w in _UNITS if w not in _ARTICLES), *_MULTIPLIERS, "dozen")
#: The wire's abbreviated scale words end a spelled number: "eight mln", "two bln".  A number word
#: after one begins another, in the house style an adjective of what is counted ("eight mln two
#: dlr preferred shares" are eight million shares of two dollars, not 8,000,002 dollars; "six bln
#: five yen bonds").  Spelled in full ("eight million two dollars") the words go on as one number.
_ABBREVIATED = tuple(w for w in ("mln", "bln") if w in _MULTIPLIERS)
#: The words that go on a spelled number: those above less the abbreviated scale words.
_GOING_ON = alt(*(w for w in _UNITS if w not in _ARTICLES), *(w for w in _MULTIPLIERS if w not in _ABBREVIATED), "dozen")
#: The multipliers above a hundred, which may follow a spoken decimal ("one point four billion").
_POWERS = alt(*(w for w in _MULTIPLIERS if _MULTIPLIERS[w] > 2))
#: A decimal spoken digit by digit, and the multipliers after it: "two point five o six", "one
#: point four three six billion".  The words are not counted (see _spelled_elsewhere).
_SPOKEN_POINT = opt(
    _BLANKS, "point", Repeat(seq(_BLANKS, alt(*_DIGIT_WORDS)), 1, None), Repeat(seq(_BLANKS, _POWERS), 0, None),
)
_HALF = alt(*_longest_first(_FRACTIONS))
#: A fraction added to an abbreviated scale word: "mln and a half", "bln and three quarters".
_AND_HALF = seq(_GAP, "and", _GAP, opt(alt("a", "an", "one", "three"), _GAP), _HALF)
_SCALE_WORD = alt(*_MULTIPLIERS, "dozen")
#: What "and" adds a fraction to: "two and a half", "a million and three quarters".
_AND_COUNT = alt(*dict.fromkeys(count for count, _ in _AND_FRACTIONS))
#: Scale words that may be joined to a number by a hyphen: "a $2-million bail", "£1.5-billion",
#: and the abbreviations of the Philippine press: "P252-M funding", "P1.5-B".
_HYPHEN_SCALES = seq(alt(fold(_POWERS), "M", "B", "bn", "mn"), r"\b")
#: A number spelled in English: "twenty", "half a million", "two and a half billion", "3 and a
#: half million", "2 1/2 million", "one point four three six billion".
_ENGLISH_WORDS = seq(
    scan_only(r"\b"),
    fold(
        alt(
            seq(opt(alt("a", "an", "one", "two", "three"), _GAP), _HALF, opt(_BLANKS, "of"), opt(_GAP, "an?"), _GAP, _SCALE_WORD),
            # a fraction of one unit, its one said: "half a dollar", "a half-dollar", "three quarters of a euro"
            alt(seq(opt(alt("a", "an", "one", "three"), _GAP), _HALF, opt(_BLANKS, "of"), _GAP, "an?"), seq(alt(*_ARTICLES), _GAP, _HALF)),
            seq(alt(*_ARTICLES), _BLANKS, _SCALE_WORD),
            _GOING_ON,
            # a count in digits before a fraction: "3 and a half million", "2 1/2 million" (read by
            # their shape, every digit a zero: "0 0/0 million" is read, the text says which)
            seq(count(Chars("0-9"), 1, 3), _BLANKS, alt(seq("and", _BLANKS, _AND_COUNT, _BLANKS, _HALF), "[0-9]/[0-9]")),
        ),
        # "two and a half billion", "one-and-a-half million", "a million and a half"
        run(seq(_GAP, opt("and", _GAP), opt("a", _GAP), alt(_GOING_ON, _HALF)), 0, 12),
        _SPOKEN_POINT,
        # an abbreviated scale word ends the number, but for a fraction of it: "eight mln and a half"
        opt(_GAP, alt(*_ABBREVIATED), opt(_AND_HALF)),
    ),
)
#: An abbreviated scale word that opens a match, and what "and" adds to it: the scan may start
#: at the scale word that ends a number in digits ("600 mln and one billion dlrs", "2 mln and a
#: half dlrs"), which moneyparse.candidates._spelled_after_join reads or turns away; a number
#: word with no "and" before it begins a number of its own ("mln two dlr" is read from "two").
_ABBREVIATED_FIRST = seq(
    scan_only(r"\b"),
    fold(alt(*_ABBREVIATED), opt(_GAP, "and", _GAP, opt("a", _GAP), alt(_NUMBER_WORDS, _HALF),
                                 run(seq(_GAP, opt("and", _GAP), opt("a", _GAP), alt(_NUMBER_WORDS, _HALF)), 0, 11))),
)
_ENGLISH = alt(_ENGLISH_WORDS, _ABBREVIATED_FIRST)
