"""HTML entities, as text taken from web pages keeps them: one pattern of them all, and the text
the extractor reads with an entity for a blank between a number and its scale word, or between a
currency's sign or code and its number, made a blank.

"£1&nbsp;million" is a million pounds as a browser shows it: :func:`entity_blanks` reads the
entity as the blank it stands for (the mention's span keeps the entity as written).  Any other
entity there ("£1&amp;million", "5&shy;million") sets the scale word apart from the number, and
neither is read alone (filter ``entity_before_scale``, and the scale word left behind of
:mod:`moneyparse.spelled_reading`): nothing is safer than a millionth or a million of the amount.
"US$ &nbsp;85 billion" and "$&#160;85" are the sign, a blank and the number: the entity of a
blank is read as the blank there too, blanks around it or not; any other entity after a sign
("$&amp;85") is left as written.
"""

from __future__ import annotations

import re

from moneyparse.grammar import _MULTIPLIER_WORDS
from moneyparse.lexicon import tables

#: The entities of a blank: "&nbsp;", "&#160;", "&#xa0;", and the en, em, thin and narrow blanks.
_BLANK = r"nbsp|ensp|emsp|thinsp|#0*160|#x0*a0|#0*820[1-2]|#x0*200[29]|#0*8239|#x0*202f"
#: The characters that may follow the "&" of an entity of a blank, in either case (and "" at the
#: end of the text, which the pattern tells).
_BLANK_SECONDS = frozenset(("", "n", "N", "e", "E", "t", "T", "#"))
#: An HTML entity, named or numbered; its group ``blank`` is set for an entity of a blank.
ENTITY = re.compile(rf"&(?:(?P<blank>{_BLANK})|#?[a-z0-9]{{2,8}});", re.IGNORECASE)
#: An entity right after a digit, at the end of the text searched ("5&nbsp;" before "million").
ENTITY_AFTER_DIGIT = re.compile(rf"[0-9]{ENTITY.pattern}$", re.IGNORECASE)
#: The scale words and their abbreviations that may follow a number ("million", "bn", "m", "k").
SCALES_AFTER = _MULTIPLIER_WORDS | frozenset({"m", "mn", "mln", "b", "bn", "bln", "k", "tn", "trn"})
#: The word right after an entity.
_WORD = re.compile(r"[^\W\d_]+")
#: What an entity of a blank is read as.
_NBSP = "\u00a0"
#: Blanks written beside an entity of a blank ("US$ &nbsp;85").
_BLANKS = " \t\u00a0"
#: The longest currency sign or code looked for before an entity of a blank ("US$", "NZD", "Rs.").
_LONGEST_SIGN = 8


def _sign_before(text: str, at: int) -> bool:
    """Whether a currency's sign or code written before a number ends ``text`` before ``at``,
    blanks after it aside ("US$ " of "US$ &nbsp;85", "$" of "$&#160;85"), and begins a word."""
    lo = max(0, at - 3 * _LONGEST_SIGN)
    end = lo + len(text[lo:at].rstrip(_BLANKS))
    prefix = tables().prefix
    for size in range(1, min(_LONGEST_SIGN, end) + 1):
        begin = end - size
        if text[begin:end] in prefix and not (begin and text[begin - 1].isalnum() and text[begin].isalnum()):
            return True
    return False


def _number_after(text: str, at: int) -> bool:
    """Whether digits follow ``at``, blanks aside ("&nbsp; 85")."""
    rest = text[at : at + 8].lstrip(_BLANKS)
    return rest[:1].isascii() and rest[:1].isdigit()


def _blank_after_sign(text: str, at: int) -> re.Match[str] | None:
    """The entity of a blank at ``at`` between a currency's sign or code and its number ("US$
    &nbsp;85 billion", "$&#160;85"), else None."""
    m = ENTITY.match(text, at)
    if m is None or not m.group("blank") or not _number_after(text, m.end()):
        return None
    return m if _sign_before(text, at) else None


def scale_after_entity(text: str, at: int) -> re.Match[str] | None:
    """The entity at ``at`` when a scale word follows it ("&nbsp;million", "&amp;bn"), else None."""
    m = ENTITY.match(text, at)
    if m is None:
        return None
    word = _WORD.match(text, m.end())
    return m if word is not None and word.group().lower() in SCALES_AFTER else None


def entity_blanks(text: str) -> tuple[str, list[int], list[int]] | None:
    """The text the extractor reads, each entity of a blank between a digit and a scale word, or
    between a currency's sign or code and its number, made one no-break space ("£1&nbsp;million"
    -> "£1\u00a0million", "$&nbsp;85" -> "$\u00a085"), and the map back to ``text`` as
    :func:`moneyparse.candidates._unwrap` gives it: ``(read, at, shift)``, a character of ``read``
    after ``at[i]`` being ``shift[i]`` characters further on in ``text``.  None when there is no
    such entity."""
    pos = text.find("&")
    if pos < 0:
        return None
    pieces: list[str] = []
    at: list[int] = []
    shift: list[int] = []
    last = moved = 0
    while pos >= 0:
        if text[pos + 1 : pos + 2] not in _BLANK_SECONDS:  # (cheap test first: "&amp;", "AT&T" are no blank)
            m = None
        elif pos and text[pos - 1].isdigit() and text[pos - 1].isascii():
            m = scale_after_entity(text, pos)
        else:
            m = _blank_after_sign(text, pos) if pos else None
        if m is not None and m.group("blank"):
            pieces.append(text[last:pos])
            pieces.append(_NBSP)
            at.append(pos - moved)
            moved += m.end() - pos - 1
            shift.append(moved)
            last = m.end()
        pos = text.find("&", pos + 1)
    if not at:
        return None
    pieces.append(text[last:])
    return "".join(pieces), at, shift
