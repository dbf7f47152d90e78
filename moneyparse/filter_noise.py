"""The tests of the rejection filters for words and data that look like amounts and say none: a
scale word made an adjective or a title ("the billion-dollar question", "Million Dollar Baby"),
base64 ("jYyXr+4p/fVeqb") and the words of a hex dump ("3f 2a 97 FB 40 1c"); and the fields of
shell and AWK code ("print $1"), which the scanner drops near a sign of such code.

Each is a plain test of :data:`moneyparse.filters.FILTERS`, with the signature of the others there
(``text, start, end, number, marker, after``); the registry declares their guards and the texts
each rejects and keeps.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Protocol, TypeVar

from moneyparse.lexicon import tables

#: Names whose plural English writes as the singular ("a billion euro was spent" is an amount).
_SAME_IN_PLURAL = frozenset({"euro", "yuan", "yen", "won"})


def _name_after(marker: str) -> bool:
    """A currency name written in letters after a number: "dollar", "Dollar", "euro"."""
    return marker.isalpha() and marker.lower() in tables().names


def _letter_not_scale(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"3 T$", "a $5 T-shirt": a capital letter set apart after the number that begins a sign the
    tables know (Tonga's "T$") or a word joined by a hyphen ("T-shirt", "B-movie") is no scale; the
    reading would be a trillion or a billion times too large, so there is none.  "$1.5T", "$5 T in
    assets" and "a 10B$ deal" stay a trillion and ten billion."""
    if after:
        return end - start >= 4 and text[end - 3] in " \u00a0" and text[end - 2 : end] in tables().prefix
    return text[end - 1 : end].isupper() and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()


#: The people a sum counts, after a name of money: "six euro billionaires".
_OWNERS_AFTER = re.compile(r"[ \u00a0-]+(?:multi-?)?(?:milli|billi|trilli)onaires?\b", re.IGNORECASE)


def _scale_as_adjective(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"the billion-dollar question", "a million-dollar view", "a multi-billion dollar deal", "two
    million-dollar homes", "Million Dollar Baby", "The Six Million Dollar Man": a scale word made an
    adjective with a name in the singular, or a title, says that something is worth a great deal,
    not how much.  No figure is written (no digits): "a $5 million-dollar deal", "a 5 million
    dollar deal", "a half-billion-dollar fund" and "One Cent" stay amounts, as does "a billion
    dollars".  "multi-" before the scale makes it an adjective whatever the name ("a multi-billion
    euro fortune"), and a name before "millionaires" or "billionaires" counts people ("six euro
    billionaires")."""
    if _OWNERS_AFTER.match(text, end):
        return True
    if not text.startswith(number, start) or any(ch.isdigit() for ch in number):
        return False
    if text[max(0, start - 6) : start].lower() in ("multi-", "multi ") or text[max(0, start - 5) : start].lower() == "multi":
        return True
    name = marker.lower()
    hyphen = "-" in text[start + len(number) : end - len(marker)]
    if not hyphen and (name in _SAME_IN_PLURAL or name + "s" not in tables().names):
        return False  # "a billion dollars": the plural of a sum
    words = number.split()
    if tables().scales_folded.get(words[-1].lower(), 0) < 6:
        return False  # "a hundred-million-dollar budget", "One Cent", "Ten Cent": a sum all the same
    # "billion-dollar", "a million-dollar": the scale alone; "two million-dollar homes": the
    # hyphen makes "million-dollar" one adjective, and "two" counts the homes
    if len(words) == 1 or hyphen or (len(words) == 2 and words[0].lower() in ("a", "an")):
        return True
    # "The Six Million Dollar Man", "SIX MILLION DOLLAR MAN": a title names, it does not count
    return (number.istitle() and marker.istitle()) or (number.isupper() and marker.isupper())


#: The scale words a misspelling may stand for, with their doubled letters made single.
_SCALES_SINGLED = ("milion", "bilion", "trilion")
#: Their letters: a word with any other letter is none of them, however its runs are made single.
_SCALE_LETTERS = frozenset("".join(_SCALES_SINGLED))
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]+([a-z]{4,12})\b")
#: A scale word run on into the next word with no blank: " millionfor", " billionin" (not "millionaire"
#: nor "millionth", nor the plurals of English and German, "millions", "millionen").
_SCALE_RUN_ON = re.compile(r"[ \u00a0](?:thousand|million|billion|trillion|mln|bln)(?!aires?\b|ths?\b|s\b|e?n?\b)[^\W\d_]")
_LETTER_RUN = re.compile(r"(.)\1+")


def _singled(word: str) -> str:
    """``word`` with every run of one letter made a single letter: "milllion" -> "milion"."""
    return _LETTER_RUN.sub(r"\1", word)


def _misspelt_scale(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"\u00a3540 milllion", "$7.7 biliion", "$3 mllion": a word after the amount that is a scale
    word misspelt (a letter doubled, or one left out) says the amount is a million or a billion
    times larger than its digits; read without it the value would be wrong, so there is none.
    A word one letter off in another way is a word of its own: "\u00a3540 Milton", "$5 minion".
    So is a scale word run on into the next word, a blank lost in a scrape ("$3 millionfor High Power
    research"): whether the rest is a word that may follow or the scale word's own end the text no
    longer says surely."""
    if text[end + 1 : end + 2] not in ("m", "b", "t", " ", "\u00a0"):
        return False  # cheap test first: most amounts are followed by a word that begins no scale
    if _SCALE_RUN_ON.match(text, end) is not None:
        return True
    m = _LOWER_WORD_AFTER.match(text, end)
    if m is None or m.group(1) in ("million", "billion", "trillion", "millions", "billions", "trillions"):
        return False
    word = m.group(1).rstrip("s")
    if not _SCALE_LETTERS.issuperset(word):
        return False  # (cheap test first: "this", "bonds", "more" have letters no scale word has)
    word = _singled(word)
    return any(word == scale or _one_left_out(word, scale) for scale in _SCALES_SINGLED)


def _one_left_out(word: str, scale: str) -> bool:
    """Whether ``word`` is ``scale`` with one letter left out."""
    return len(word) == len(scale) - 1 and any(scale[:i] + scale[i + 1 :] == word for i in range(len(scale)))


#: The characters of base64: a long run of them with no space is data.
_BASE64 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=")
_BASE64_BEFORE = re.compile(r"[A-Za-z0-9+/=]{1,64}\Z")
_BASE64_AFTER = re.compile(r"[A-Za-z0-9+/=]{1,64}")
#: A run of base64 this long, with capitals, small letters and digits in it, is no prose.
_BASE64_RUN = 16


def _base64_char(ch: str) -> bool:
    """A character of base64: a letter or digit of ASCII, "+", "/" or "="."""
    return ch in _BASE64


def _in_base64(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"jYyXr+4p/fVeqb", "GI/mj+6Rs+URp4i", "rhMax/Dh83/I2QKM": a candidate of base64 letters
    glued inside a long run of base64 (an attachment, a key, a hash) is a piece of data, not
    pence, rupees or dirhams.  A short run with no capitals stays: "1p/2p/5p/10p/20p/50p"."""
    if not all(ch in _BASE64 for ch in text[start:end]):
        return False
    lead = _BASE64_BEFORE.search(text, max(0, start - 64), start)
    tail = _BASE64_AFTER.match(text, end, end + 64)
    run = (lead.group() if lead else "") + text[start:end] + (tail.group() if tail else "")
    return (
        len(run) >= _BASE64_RUN
        and any(ch.isupper() for ch in run) and any(ch.islower() for ch in run) and any(ch.isdigit() for ch in run)
    )


_HEX = frozenset("0123456789abcdefABCDEF")
_WORD_BEFORE = re.compile(r"\S{1,64}\Z")
_WORD_AFTER = re.compile(r"\S{1,64}")
_NEIGHBOURS_BEFORE = re.compile(r"(?:\S{1,64}\s{1,8}){1,2}\Z")
_NEIGHBOURS_AFTER = re.compile(r"(?:\s{1,8}\S{1,64}){1,2}")


def _hex_letters(marker: str) -> bool:
    """A marker written in the letters of hexadecimal: "FB", "CAD", "AED", "BEF", "fcfa"."""
    return all(ch in "abcdefABCDEF " for ch in marker)


def _in_hex_dump(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"3f 97 FB 40 1c", "8a09c3d1 BEF42169 77b0e2a4", "9121 fcfa": words of hexadecimal digits of
    one width in a row, a dump of bytes, not 97 Belgian francs or 42,169 of them.  The two words
    either side are hexadecimal words of the same width, at least two of them, with a digit among
    them ("to add 500 CAD fee" has words of other widths)."""
    if not all(ch in _HEX or ch == " " for ch in text[start:end]):
        return False
    lead = _WORD_BEFORE.search(text, max(0, start - 64), start)
    tail = _WORD_AFTER.match(text, end, end + 64)
    first = lead.start() if lead else start
    last = tail.end() if tail else end
    words = text[first:last].split()
    width = len(words[0])
    if width < 2 or any(len(w) != width or not _HEX.issuperset(w) for w in words):
        return False
    before = _NEIGHBOURS_BEFORE.search(text, max(0, first - 150), first)
    following = _NEIGHBOURS_AFTER.match(text, last, last + 150)
    near = [w for m in (before, following) if m is not None for w in m.group().split()]
    return (
        len(near) >= 2
        and all(len(w) == width and _HEX.issuperset(w) for w in near)
        and any(ch.isdigit() for w in near for ch in w)
    )


class _Candidate(Protocol):
    """What the filters read of a candidate (the reader's ``_Raw``, which stands above them)."""

    start: int
    end: int
    marker: str


_C = TypeVar("_C", bound=_Candidate)


def _shell_fields(raws: list[_C], signs: list[int], reach: int) -> list[_C]:
    """``raws`` without the bare "$0" to "$9" that stand within ``reach`` characters of a sign of
    AWK or shell code (``signs``: where each starts, in text order; "print $1", "pattern=\"$1\""):
    there they are fields and arguments ("NF is 0, $0 is the whole line", "the field variables
    $1, $2, $3"), not dollars.  A sign far off says nothing: ``x="$1"`` at the top of a long file
    leaves "a $2 bet" at its end a bet, so that the answer does not hang on how much text is read."""
    kept: list[_C] = []
    for r in raws:
        if r.marker == "$" and r.end - r.start == 2:
            i = bisect_left(signs, r.start - reach)
            if i < len(signs) and signs[i] <= r.start + reach:
                continue
        kept.append(r)
    return kept
