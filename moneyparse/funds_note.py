"""The money of a notice, stated once in a note of its own: "Canadian funds".

A results notice of the wire gives its table in the wire's bare "dlrs" and "cts" and says, on a
line of its own, whose money they are: "Canadian funds", "Note: Canadian funds", "NOTE: U.S.
funds.", "Results in U.S. funds", "(in Australian funds)".  Such a note settles every bare dollar
and cent the notice writes in the wire's words (``WIRE_DOLLARS``, "cts", "ct", and the bare
figures that share them) that no marker of its own tells ("Shr 42 cts vs 38 cts / Net 9.1 mln
dlrs vs 7.6 mln / Note: Canadian funds" are Canadian), whatever the default or country words near
made of them (:func:`settle_by_note`); a "$" or "dollars" is left to the rules of
:mod:`moneyparse.dollars`, as the press that writes them rarely states its money so:

* the note is a whole line: after a wire's paragraph mark (a line break and two blanks or more),
  a label ("Note:", "NOTE -"), a line that ends a sentence or a row of figures, or the text's
  start; a line of running prose that wraps onto "Canadian funds." ("will be paid in / Canadian
  funds.") is none, and neither is the phrase in a sentence ("swapped for U.S. funds resulting in
  a lower cost", "paid in U.S. funds, the company said");
* the notice is the text on either side of the note up to
  :data:`~moneyparse.grammar.WIDE_WINDOW` characters, not past a blank line nor the wire's
  sign-off ("Reuter"), the end of a story; a dollar written out as another country's between the
  note and the amount ("a gain of 20 mln U.S. dlrs" in a notice of Canadian funds) leaves the
  amount as it was read, and so do two notes of two moneys;
* an amount written with its own country ("5 mln Canadian dlrs", "US$5") keeps it, and so does an
  amount whose readings do not include the note's money.

The rule is bounded by :data:`~moneyparse.grammar.WIDE_WINDOW`, so that
:func:`~moneyparse.scanner.iter_extract` over any chunking reads as :func:`~moneyparse.scanner.extract`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace

from moneyparse.dollar_window import WIRE_CENTS, WIRE_DOLLARS
from moneyparse.grammar import WIDE_WINDOW
from moneyparse.lexicon import tables
from moneyparse.mention import Evidence, Mention

#: A note: an optional label, what the figures are, and a country's adjective before "funds".
_BODY = (
    r"(?P<label>(?:note|notes)(?:[ \t]+continued)?[ \t]*[:-][ \t]*)?(?P<open>\()?[ \t]*"
    r"(?:(?:all[ \t]+)?(?:results|figures|amounts)[ \t]+(?:are[ \t]+)?(?:(?:stated|reported|expressed)[ \t]+)?)?"
    r"(?:in[ \t]+)?(?P<country>U\.[ \t]?S\.?|[A-Za-z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*)?)[ \t]+funds"
    r"(?(open)[ \t]*\))(?:[ \t]*\.)?"
)
_NOTE_BODY = re.compile(_BODY, re.IGNORECASE)
#: A note at the start of a line as written, after its indentation.
_NOTE_LINE = re.compile(r"^(?P<indent>[ \t]*)" + _BODY, re.IGNORECASE | re.MULTILINE)
#: How far before its "funds" a note's line may start.
_NOTE_REACH = 80
#: The end of a note's line: blanks, then a line break or the text's end.
_LINE_END = re.compile(r"[ \t]*(?:\r?\n|\Z)")
#: What ends a story or a part of a text: a blank line, the wire's sign-off on a line of its own.
_STORY_END = re.compile(r"\n[ \t]*\r?\n|(?<=\s)(?:REUTER|Reuter)\b[ \t]*(?=\r?\n|\Z)")
#: The bare markers a note settles: the wire's names of a dollar and its cents, as cased in its copy.
_WIRE = (*sorted(WIRE_DOLLARS), *sorted(WIRE_CENTS), "ct")
_BARE = frozenset((*_WIRE, *(w.capitalize() for w in _WIRE), *(w.upper() for w in _WIRE)))
#: The readings a note overrides: the default, and what words near or far made of a bare amount.
_OVERRIDDEN = frozenset((Evidence.DEFAULT, Evidence.CONTEXT, Evidence.DOCUMENT))


def settle_by_note(text: str, mentions: list[Mention], joined: list[int] | None = None) -> list[Mention]:
    """``mentions`` with each bare dollar or cent of a notice that states its money in a note line
    read as that money (the module's rule), or as they were; ``joined``, the offsets of the spaces
    that stand for a wire's paragraph mark (:func:`~moneyparse.paragraphs.joined_marks`)."""
    asked = [i for i, m in enumerate(mentions) if m.marker in _BARE and m.evidence in _OVERRIDDEN and m.alternatives]
    if not asked:
        return mentions  # (cheap test first: no bare dollar a note could settle)
    notes = _notes(text, [(mentions[i].start - WIDE_WINDOW, mentions[i].end + WIDE_WINDOW) for i in asked], joined or [])
    if not notes:
        return mentions  # (most texts: no note)
    starts = [start for start, _end, _code in notes]
    result = mentions
    for i in asked:
        m = mentions[i]
        lo, hi = m.start - WIDE_WINDOW, m.end + WIDE_WINDOW
        near = [note for note in notes[bisect_left(starts, lo) : bisect_left(starts, hi)] if note[1] <= hi and _same_story(text, m, note)]
        codes = (m.currency, *m.alternatives)
        if len({code for _s, _e, code in near}) != 1 or near[0][2] not in codes or near[0][2] == m.currency:
            continue  # no note, two moneys, or one the amount cannot be or already is
        code = near[0][2]
        if any(_written_as_other(mentions, m, note, code) for note in near):
            continue
        if result is mentions:
            result = list(mentions)
        result[i] = replace(m, currency=code, evidence=Evidence.DOCUMENT, alternatives=tuple(c for c in codes if c != code))
    return result


def _notes(text: str, windows: list[tuple[int, int]], joined: list[int]) -> list[tuple[int, int, str]]:
    """The note lines of ``text`` whose "funds" stands in one of ``windows`` (in text order, those
    of the amounts a note may settle): (start, end, the money they state), in text order."""
    found: dict[int, tuple[int, int, str]] = {}
    reached = 0  # (the windows overlap: each stretch is searched once)
    for lo, hi in windows:
        lo, hi = max(lo, reached, 0), min(hi, len(text))
        for word in ("unds", "UNDS"):
            at = text.find(word, lo, hi)
            while at >= 0:
                note = _note_at(text, at - 1, joined)
                if note is not None:
                    found[note[0]] = note
                at = text.find(word, at + 4, hi)
        reached = max(reached, hi)
    return sorted(found.values())


def _note_at(text: str, at: int, joined: list[int]) -> tuple[int, int, str] | None:
    """The note whose "funds" starts at ``at`` (start, end, its money), or None: at the start of a
    line as written, or right after a paragraph mark made one space (``joined``, the offsets of
    those spaces, in order), and up to the end of its line (or the next such mark)."""
    lo = max(0, at - _NOTE_REACH)
    line = text.rfind("\n", lo, at) + 1
    tries: list[re.Match[str] | None] = []
    if line or lo == 0:
        note = _NOTE_LINE.match(text, line)
        if note is not None and (note.group("label") or len(note.group("indent").expandtabs()) >= 2 or _after_break(text, line)):
            tries.append(note)
    k = bisect_right(joined, at) - 1
    if k >= 0 and joined[k] >= lo:
        tries.append(_NOTE_BODY.match(text, joined[k] + 1))
    for note in tries:
        if note is None or note.end() < at + 5:
            continue
        code, end = _code(note.group("country")), note.end()
        k = bisect_left(joined, end)
        if code is not None and (_LINE_END.match(text, end) is not None or k < len(joined) and joined[k] == end):
            return note.start(), end, code
    return None


def _code(country: str) -> str | None:
    """The money of a country's adjective ("Canadian", "U.S.", "Hong Kong"), or None."""
    lower = country.lower().replace(" ", "")
    if lower in ("u.s.", "u.s", "us"):
        return "USD"
    return tables().evidence.get(country.lower())


def _after_break(text: str, start: int) -> bool:
    """Whether the line at ``start`` follows the text's start, a blank line, or a line that ends a
    sentence or a row of figures (not a line of running prose that wraps onto it)."""
    before = text[max(0, start - 200) : start]
    last = before.rstrip()
    if not last or before.count("\n", len(last)) >= 2:
        return True  # the text's start, or a blank line before
    return last[-1] in ".:;)" or last[-1].isdigit()


def _same_story(text: str, m: Mention, note: tuple[int, int, str]) -> bool:
    """Whether no blank line nor sign-off stands between ``m`` and the note."""
    lo, hi = (m.end, note[0]) if m.end <= note[0] else (note[1], m.start)
    return _STORY_END.search(text, lo, hi) is None


def _written_as_other(mentions: list[Mention], m: Mention, note: tuple[int, int, str], code: str) -> bool:
    """Whether a dollar is written out as another country's than ``code`` between ``m`` and the note."""
    lo, hi = (m.end, note[0]) if m.end <= note[0] else (note[1], m.start)
    first = bisect_left(mentions, lo, key=lambda found: found.start)
    for other in mentions[first:]:
        if other.start >= hi:
            return False
        lower = other.marker.lower()
        if other.evidence is Evidence.MARKER and other.currency != code and ("$" in lower or "dlr" in lower or "dollar" in lower):
            return True
    return False
