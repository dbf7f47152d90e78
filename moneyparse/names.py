"""Currency names of several words, read on in the text word by word.

The scan matches only the first word of a name ("finnish", "hong", "dólar"): whole names would make
its automaton thirty times larger.  :func:`_longer_name` reads the rest ("finnish markka", "hong
kong dollars", "dólar estadounidense") from where the scan stopped.
"""

from __future__ import annotations

import functools
import re

from moneyparse.grammar import _WORD_RUN, _is_cjk, _is_hangul
from moneyparse.lexicon import Marker, tables

_NAME_WORD = re.compile(rf"{_WORD_RUN}(?:['\u2019.\-]{_WORD_RUN})*\.?")
#: The last word of a name before a hyphen and a word that makes the name an adjective of what is
#: counted: "200 mln Swiss franc-denominated bonds" are bonds of 200 mln Swiss francs.
_NAME_BEFORE_SUFFIX = re.compile(rf"{_WORD_RUN}(?=-(?i:denominated|based|linked|indexed|equivalent)\b)")


def _name_word(text: str, pos: int, limit: int) -> re.Match[str] | None:
    """The word of a name at ``pos``: up to a hyphen before "denominated" and the like, else whole."""
    return _NAME_BEFORE_SUFFIX.match(text, pos, limit) or _NAME_WORD.match(text, pos, limit)
_NAME_GAP = re.compile(r"[ \u00a0]{1,2}")


#: No currency name is longer than this; reading stops there whatever follows.
_MAX_NAME_CHARS = 60


@functools.cache
def _max_name_words() -> int:
    return max(len(n.split()) for n in tables().names)


@functools.cache
def _long_name_seconds() -> dict[str, frozenset[str]]:
    """For the first word of each currency name of several words, the second words that follow it
    ("hong" -> "kong")."""
    seconds: dict[str, set[str]] = {}
    for name in tables().names:
        words = name.split()
        if len(words) > 1:
            seconds.setdefault(words[0], set()).add(words[1])
    return {first: frozenset(found) for first, found in seconds.items()}


@functools.cache
def _first_letters(seconds: frozenset[str]) -> frozenset[str]:
    """The first letters of ``seconds``, the second words of the names of one first word."""
    return frozenset(word[:1] for word in seconds)


def _longer_name(text: str, mstart: int) -> tuple[str, int, Marker] | None:
    """The longest currency name that starts at ``mstart`` and spans several words, if any.

    The scan matches only the first word of a name ("finnish", "hong", "dólar"); the full name
    ("finnish markka", "hong kong dollars", "dólar estadounidense") is read here, word by word.
    """
    first = text[mstart : mstart + 1]
    if first >= "\u3000" and _is_cjk(first) and not _is_hangul(first):  # (cheap test first: no CJK before U+3000)
        return None  # names in scripts without spaces are matched whole by the scan (Korean has spaces)
    names = tables().names
    ends: list[int] = []
    pos = mstart
    limit = min(len(text), mstart + _MAX_NAME_CHARS)
    m = _NAME_WORD.match(text, pos, limit)
    if m is None:
        return None
    # Most markers ("dollars in", "euros.") begin no name of several words: the first two words
    # tell, before the words are read one by one.
    seconds = _long_name_seconds().get(m.group().lower())
    if seconds is None:
        return None
    gap = _NAME_GAP.match(text, m.end()) if text[m.end() : m.end() + 1] in (" ", "\u00a0") else None
    if gap is None:
        return None
    if text[gap.end() : gap.end() + 1].lower() not in _first_letters(seconds) and not _is_hangul(first):
        return None  # (cheap test first: no second word of a name begins with that letter)
    second = _name_word(text, gap.end(), limit)
    if second is None:
        return None
    word = second.group().lower()
    if word not in seconds and not (word[-1:] == "." and word[:-1] in seconds) and _unsuffixed(word) not in seconds:
        if _is_hangul(first):
            # Korean glues its particles to the last word: "캐나다 달러이다", "핀란드 마르카에"
            glued = [w for w in seconds if word.startswith(w)]
            if glued:
                e = second.start() + len(max(glued, key=len))
                written = text[mstart:e]
                found = names.get(" ".join(written.lower().split()))
                if found is not None:
                    return written, e, found
        return None
    for _ in range(_max_name_words()):
        if m is None:
            break
        ends.append(m.end())
        gap = _NAME_GAP.match(text, m.end())
        if gap is None:
            break
        pos = gap.end()
        m = _name_word(text, pos, limit)
    for e in reversed(ends[1:]):
        written = text[mstart:e]
        found = names.get(" ".join(written.lower().split()))
        if found is None and written.endswith("."):
            written = written[:-1]
            e -= 1
            found = names.get(" ".join(written.lower().split()))
        if found is None and _unsuffixed(written) != written:
            # "420 milyon fin markı'na": a Turkish case ending after an apostrophe
            written = _unsuffixed(written)
            e = mstart + len(written)
            found = names.get(" ".join(written.lower().split()))
        if found is not None:
            return written, e, found
    return None


_APOSTROPHE_SUFFIX = re.compile(r"['\u2019][^\W\d_]+$")


def _unsuffixed(word: str) -> str:
    """``word`` without the case ending that Turkish sets after an apostrophe ("markı'na")."""
    return _APOSTROPHE_SUFFIX.sub("", word) if "'" in word or "\u2019" in word else word
