"""A small language for the patterns of the scan: each piece written once, rendered two ways.

The candidate scan is one RE2 pattern over the UTF-8 bytes of a text; each of its matches is split
again into named pieces by a Python pattern of the same form (its splitter).  Both are rendered
from one definition made of the nodes below, by :meth:`Node.render` for a :class:`Target`:

- :attr:`Target.RE2` writes the scan: no captures (a named piece is written as it is), and every
  repetition bounded, so that no match is longer than the longest phrase;
- :attr:`Target.PYTHON` writes a splitter: named groups, and the bounds that only keep the scan
  short left out (a splitter reads a match the scan has already bounded).

So a bound is one of two things: :func:`count`, part of the form itself ("one to three digits"),
written alike for both; or :func:`run`, there for the scan's sake, written ``{1,30}`` for RE2 and
``+`` for Python.  Where the scan and a splitter differ on purpose (the scan tells markers apart,
a splitter takes what the scan found), :func:`either` holds both; :func:`scan_only` is a piece
that only the scan needs.

Nothing here knows money: the vocabulary is the grammar's (:mod:`moneyparse.grammar`).  The nodes
are plain slotted classes, built once when the grammar is imported and rendered once per process.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable

__all__ = [
    "PYTHON",
    "RE2",
    "Alt",
    "Chars",
    "Either",
    "Fold",
    "Named",
    "Node",
    "Repeat",
    "Seq",
    "Target",
    "Text",
    "Words",
    "alt",
    "as_node",
    "count",
    "either",
    "fold",
    "named",
    "opt",
    "run",
    "scan_only",
    "seq",
]


class Target(enum.Enum):
    """What a pattern is rendered for."""

    RE2 = "RE2"  # the scan: UTF-8 bytes, no captures, bounded repetitions
    PYTHON = "Python"  # a splitter: Python's re, named groups, unbounded repetitions


RE2, PYTHON = Target.RE2, Target.PYTHON


class Node:
    """A piece of pattern; :meth:`render` writes it for a target."""

    __slots__ = ()

    def render(self, target: Target) -> str:
        """The pattern text of this piece for ``target``."""
        raise NotImplementedError

    def inner(self, target: Target) -> str:
        """The text of this piece as the body of a group that holds it (an alternation needs no
        group of its own there)."""
        return self.render(target)

    def atomic(self, target: Target) -> bool:
        """Whether the text of this piece is one atom, which a quantifier may follow as it is: a
        character, an escape, a class or a group."""
        return True


class Text(Node):
    """Pattern text written as is: the same for both targets, or ``python`` for Python."""

    __slots__ = ("re2", "python")

    def __init__(self, re2: str, python: str | None = None) -> None:
        self.re2 = re2
        self.python = python

    def render(self, target: Target) -> str:
        return self.re2 if target is RE2 or self.python is None else self.python

    def atomic(self, target: Target) -> bool:
        return _atomic(self.render(target))


@functools.cache
def _class(members: str, target: Target) -> str:
    """A class for ``target``: printable characters as they are, the others (blanks that do not
    show, a tab) escaped, ``\\x{a0}`` for RE2 and ``\\u00a0`` for Python."""
    out = []
    for char in members:
        if char.isprintable():
            out.append(char)
        elif char == "\t":
            out.append("\\t")
        else:
            out.append(f"\\x{{{ord(char):x}}}" if target is RE2 else f"\\u{ord(char):04x}")
    return "[" + "".join(out) + "]"


class Chars(Node):
    """A class of characters, its members written as between brackets; what does not show (a
    tab, a no-break space) is escaped, in the way of each target."""

    __slots__ = ("members",)

    def __init__(self, members: str) -> None:
        self.members = members

    def render(self, target: Target) -> str:
        return _class(self.members, target)


def as_node(part: Node | str) -> Node:
    """``part``, a string being pattern text written alike for both targets."""
    return Text(part) if isinstance(part, str) else part


class Seq(Node):
    """Pieces one after another."""

    __slots__ = ("parts",)

    def __init__(self, parts: tuple[Node, ...]) -> None:
        self.parts = parts

    def render(self, target: Target) -> str:
        return "".join([part.render(target) for part in self.parts])

    def atomic(self, target: Target) -> bool:
        shown = [part for part in self.parts if not (isinstance(part, Either) and part.pick(target) is _EMPTY)]
        return len(shown) == 1 and shown[0].atomic(target)


class Alt(Node):
    """Alternatives, tried in their order, in a group of their own (none where a group holds
    them already); an alternative rendered empty for a target is left out there."""

    __slots__ = ("options",)

    def __init__(self, options: tuple[Node, ...]) -> None:
        self.options = options

    def inner(self, target: Target) -> str:
        return "|".join([text for text in [option.render(target) for option in self.options] if text])

    def render(self, target: Target) -> str:
        return "(?:" + self.inner(target) + ")"


class Named(Node):
    """A piece the splitter names (``(?P<name>...)``); in the scan, which captures nothing, the
    piece as it is, with no group of its own."""

    __slots__ = ("name", "body")

    def __init__(self, name: str, body: Node) -> None:
        self.name = name
        self.body = body

    def render(self, target: Target) -> str:
        if target is RE2:
            return self.body.render(target)
        return f"(?P<{self.name}>" + self.body.inner(target) + ")"

    def atomic(self, target: Target) -> bool:
        return target is PYTHON or self.body.atomic(target)


class Fold(Node):
    """A piece matched in any case."""

    __slots__ = ("body",)

    def __init__(self, body: Node) -> None:
        self.body = body

    def render(self, target: Target) -> str:
        return "(?i:" + self.body.inner(target) + ")"


class Words(Node):
    """Words to be matched as they are written, in an alternation: longest first (and in code-point
    order within a length, whatever order they come in), a blank within one matching one or two
    ``blank``, and a word that begins (``lead``) or ends (``trail``) with an ASCII letter or digit
    standing apart from the letters around it (``\\b``)."""

    __slots__ = ("words", "blank", "lead", "trail")

    def __init__(self, words: Iterable[str], blank: Node, lead: bool = True, trail: bool = True) -> None:
        self.words = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
        self.blank = blank
        self.lead = lead
        self.trail = trail

    def inner(self, target: Target) -> str:
        blank = self.blank.render(target) + "{1,2}"
        pieces = []
        for word in self.words:
            text = "".join(blank if c in " \u00a0\u202f" else c if c.isalnum() or ord(c) > 127 else "\\" + c for c in word)
            if self.lead and word[0].isascii() and word[0].isalpha():
                text = r"\b" + text
            if self.trail and word[-1].isascii() and word[-1].isalnum():
                text += r"\b"
            pieces.append(text)
        return "|".join(pieces)

    def render(self, target: Target) -> str:
        return "(?:" + self.inner(target) + ")"


class Repeat(Node):
    """``body`` from ``low`` to ``high`` times (``high`` None: with no bound, in the scan too).  A
    bound that the form itself sets is written alike for both targets; a bound that only keeps
    the scan short (``scan_bound``) is left out of a splitter: ``{1,30}`` there is ``+``,
    ``{0,7}`` is ``*``."""

    __slots__ = ("body", "low", "high", "scan_bound")

    def __init__(self, body: Node, low: int, high: int | None, scan_bound: bool = False) -> None:
        self.body = body
        self.low = low
        self.high = high
        self.scan_bound = scan_bound

    def render(self, target: Target) -> str:
        text = self.body.render(target)
        if not self.body.atomic(target):
            text = "(?:" + text + ")"
        low, high = self.low, self.high
        if (low, high) == (0, 1):
            return text + "?"
        if high is None or (self.scan_bound and target is PYTHON):
            if low > 1:
                raise ValueError(f"a repetition of at least {low} has no unbounded form")
            return text + ("*" if low == 0 else "+")
        return text + (f"{{{low}}}" if low == high else f"{{{low},{high}}}")

    def atomic(self, target: Target) -> bool:
        return False


class Either(Node):
    """A piece the scan and the splitters write differently, on purpose."""

    __slots__ = ("re2", "python")

    def __init__(self, re2: Node, python: Node) -> None:
        self.re2 = re2
        self.python = python

    def pick(self, target: Target) -> Node:
        """The piece written for ``target``."""
        return self.re2 if target is RE2 else self.python

    def render(self, target: Target) -> str:
        return self.pick(target).render(target)

    def inner(self, target: Target) -> str:
        return self.pick(target).inner(target)

    def atomic(self, target: Target) -> bool:
        return self.pick(target).atomic(target)


_EMPTY = Text("")


def _atomic(text: str) -> bool:
    """Whether ``text`` is one atom of a pattern: a character, an escape, a class or a group."""
    if len(text) == 1:
        return text not in "()[]|"
    if text[:1] == "\\":
        return len(text) == 2 or re.fullmatch(r"\\x\{[0-9a-f]+\}", text) is not None
    if text[:1] not in "([":
        return False
    depth, at, in_class = 0, 0, False
    while at < len(text):
        c = text[at]
        if c == "\\":
            at += 2
            continue
        if in_class:
            # a "]" right after "[" or "[^" is a member, not the end of the class
            in_class = c != "]" or text[at - 1] == "[" or text[at - 2 : at] == "[^"
        elif c == "[":
            in_class = True
        elif c in "()":
            depth += 1 if c == "(" else -1
        if depth == 0 and not in_class:
            return at == len(text) - 1
        at += 1
    return False


def seq(*parts: Node | str) -> Seq:
    """Pieces one after another."""
    return Seq(tuple(map(as_node, parts)))


def alt(*options: Node | str) -> Alt:
    """The first of ``options`` that matches, in a group."""
    return Alt(tuple(map(as_node, options)))


def _one(parts: tuple[Node | str, ...]) -> Node:
    """``parts`` as one node: the one part itself, or the parts in a sequence."""
    return as_node(parts[0]) if len(parts) == 1 else seq(*parts)


def named(name: str, *parts: Node | str) -> Named:
    """Pieces the splitter reads by ``name``."""
    return Named(name, _one(parts))


def fold(*parts: Node | str) -> Fold:
    """Pieces matched in any case."""
    return Fold(_one(parts))


def opt(*parts: Node | str) -> Repeat:
    """Pieces that may be left out."""
    return Repeat(seq(*parts), 0, 1)


def count(part: Node | str, low: int, high: int | None = None) -> Repeat:
    """``part`` from ``low`` to ``high`` times (``low`` times when ``high`` is None), in both targets."""
    return Repeat(as_node(part), low, low if high is None else high)


def run(part: Node | str, low: int, high: int) -> Repeat:
    """``part`` from ``low`` to ``high`` times in the scan, and as often as it comes in a splitter."""
    return Repeat(as_node(part), low, high, scan_bound=True)


def either(re2: Node | str, python: Node | str) -> Either:
    """``re2`` in the scan, ``python`` in the splitters."""
    return Either(as_node(re2), as_node(python))


def scan_only(*parts: Node | str) -> Either:
    """Pieces the scan needs to find a match and a splitter, given the match, does not."""
    return Either(seq(*parts), _EMPTY)
