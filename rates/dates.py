"""Dates: the ``on=`` and ``published=`` arguments, and the publication date a text states.

A text's publication date is read only where a text states it, never from a date the story
mentions ("the plan was first floated on January 13, 2020" dates nothing):

- a **front-matter** field at the very top (``---`` / ``date: 2025-02-20`` / ``---``; the keys
  ``date``, ``published``, ``publication_date``, ``pubdate``, ``dateline``);
- a **header** line: ``Date: Thu, 20 Feb 2025 10:00:00 +0000``, ``Published 20 February 2025``,
  ``Posted on Feb. 20, 2025``, ``Updated: 2025-02-20``;
- a **dateline** opening a line: a place, the date, maybe the agency, then a dash or a colon
  (``HANGZHOU, Feb. 20, 2025 —``, ``LONDON, 20 February 2025 (Reuters) -``), or the date alone
  leading its line (``Sept. 3rd, 2024: the company``, a line holding only ``20 February 2025``).

Only the first :data:`DATELINE_WINDOW` characters are searched (the front matter in full), and
the earliest line wins.  A wire dateline gives no year (``TORONTO, Feb 20 (Reuters) -``): it is
found, with its month and day, but it sets no date.

Below everything that takes a date (conversions, the sources, the fact-check), importing nothing
of the package.
"""

from __future__ import annotations

import datetime as _dt
import enum
import functools
import re
from dataclasses import dataclass

__all__ = [
    "DATELINE_WINDOW",
    "FRONT_MATTER_KEYS",
    "DateOrigin",
    "Dateline",
    "PublicationDate",
    "coerce_date",
    "dateline",
    "find_dateline",
    "publication_date",
]

#: How much of a text is searched for its dateline (a front-matter block is read whole).
DATELINE_WINDOW = 400
#: The front-matter keys that give the publication date, in order of preference.
FRONT_MATTER_KEYS: tuple[str, ...] = ("date", "published", "publication_date", "pubdate", "dateline")
#: How many lines a front-matter block may have.
_FRONT_MATTER_LINES = 60


def coerce_date(on: object) -> _dt.date | None:
    """``on`` as a ``date``: a ``date``, a ``datetime`` (its date), an ISO string, or ``None``."""
    if on is None or type(on) is _dt.date:
        return on
    if isinstance(on, _dt.datetime):
        return on.date()
    if isinstance(on, _dt.date):
        return _dt.date(on.year, on.month, on.day)
    if isinstance(on, str):
        try:
            return _dt.date.fromisoformat(on.strip())
        except ValueError:
            raise ValueError(f"not an ISO date (YYYY-MM-DD): {on!r}") from None
    raise TypeError(f"a date is a datetime.date, an ISO string or None, not {on!r}")


class DateOrigin(enum.StrEnum):
    """Where a check's publication date came from; its value is how a person reads it."""

    GIVEN = "given"  # by the caller (``published=``, ``--published``, a list of dates)
    FRONT_MATTER = "front matter"
    HEADER = "header"  # "Date: ...", "Published ..."
    DATELINE = "dateline"  # "HANGZHOU, Feb. 20, 2025 —"
    NONE = "none"


@dataclass(frozen=True, slots=True)
class Dateline:
    """A date stated at the top of a text: on ``line`` (1-based), as ``text`` writes it.

    ``date`` is ``None`` when the line gives no year (``TORONTO, Feb 20 (Reuters) -``); ``month``
    and ``day`` are always set.
    """

    date: _dt.date | None
    origin: DateOrigin
    line: int
    text: str
    month: int
    day: int


@dataclass(frozen=True, slots=True)
class PublicationDate:
    """The date a check uses and where it came from.

    ``origin`` is :class:`DateOrigin`; ``line`` and ``text`` locate it (the line of the dateline
    and its words; for a date given in a list of dates, the list's file and line).  ``date`` is
    ``None`` only with ``origin`` :attr:`DateOrigin.NONE`; ``dateline`` then keeps a dateline
    that gave no year, if the text has one.
    """

    date: _dt.date | None
    origin: DateOrigin
    line: int | None = None
    text: str = ""
    dateline: Dateline | None = None

    def describe(self) -> str:
        """Where the date came from, for people: ``dateline, line 1 ("HANGZHOU, Feb. 20, 2025 —")``."""
        if self.origin is DateOrigin.NONE:
            if self.dateline is not None:
                d = self.dateline
                return f'none (the dateline on line {d.line}, "{d.text}", gives no year)'
            return "none"
        where = str(self.origin.value)
        if self.line is not None:
            where += f", line {self.line}"
        if self.text:
            where += f' ("{self.text}")' if self.origin is not DateOrigin.GIVEN else f" ({self.text})"
        return where

    def to_dict(self) -> dict[str, object]:
        """JSON-ready: ``{"date", "origin", "line", "text", "dateline"}``, dates as ISO strings."""
        d = self.dateline
        return {
            "date": None if self.date is None else self.date.isoformat(),
            "origin": self.origin.value,
            "line": self.line,
            "text": self.text or None,
            "dateline": None
            if d is None
            else {"line": d.line, "text": d.text, "month": d.month, "day": d.day, "year": None if d.date is None else d.date.year},
        }


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?i:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)"
_ORD = r"(?:st|nd|rd|th)?"
# one full date, named groups for each form; the year optional only where a wire dateline allows
_DATE = (
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}}){_ORD},?\s+(?P<y1>\d{{4}})"  # Feb. 20, 2025
    rf"|(?P<d2>\d{{1,2}}){_ORD}\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})"  # 20 February 2025
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?)"  # 2025-02-20
)
_YEARLESS = rf"(?:(?P<m4>{_MONTH})\s+(?P<d4>\d{{1,2}}){_ORD}|(?P<d5>\d{{1,2}}){_ORD}\s+(?P<m5>{_MONTH}))"
_DASH = r"(?:[-–—:]|$)"
_AGENCY = r"(?:\s*\([A-Z][\w .&/-]{0,30}\))?"
_PLACE = r"(?:[A-Z][\w.'’-]*(?:[ ][\w.'’-]+){0,3})(?:,[ ][A-Z][\w.'’-]*(?:[ ][\w.'’-]+){0,2})?"
_HEADER_WORDS = r"(?:Date|Dated|Published|First published|Posted|Updated|Last updated|Dateline)"


@functools.cache
def _patterns() -> tuple[tuple[DateOrigin, re.Pattern[str]], ...]:
    # compiled on first use: about a millisecond, which a conversion never needs to spend
    flags = re.IGNORECASE
    return (
        (DateOrigin.HEADER, re.compile(rf"{_HEADER_WORDS}(?:\s+on)?\s*[:\-–—]?\s*{_WEEKDAY}?{_DATE}", flags)),
        # the date alone or first on its line, then a separator or the end of the line
        (DateOrigin.DATELINE, re.compile(rf"{_WEEKDAY}?{_DATE}{_AGENCY}\s*(?:{_DASH}|\d{{1,2}}[:.]\d{{2}})", flags)),
        # a place, a comma, the date (a wire dateline may leave out the year), the agency, a dash
        (DateOrigin.DATELINE, re.compile(rf"{_PLACE},\s+(?:{_DATE}|{_YEARLESS}){_AGENCY}\s*{_DASH}")),
    )


def _date_of(m: re.Match[str]) -> tuple[int | None, int, int] | None:
    """``(year, month, day)`` of a match of the patterns above (year ``None``: a wire dateline)."""
    g = m.groupdict()
    for k in "12345":
        month = g.get(f"m{k}")
        if month is None:
            continue
        year = g.get(f"y{k}")
        mm = int(month) if month.isdigit() else _MONTHS[month.rstrip(".").lower()[:3]]
        return (None if year is None else int(year)), mm, int(g[f"d{k}"])
    return None


def _front_matter(text: str) -> Dateline | None:
    """The date of a ``---`` front-matter block opening ``text``, if it has one of :data:`FRONT_MATTER_KEYS`."""
    if not text.startswith("---"):
        return None
    lines = text.split("\n", _FRONT_MATTER_LINES + 1)
    if lines[0].strip() != "---":
        return None
    found: dict[str, tuple[int, str]] = {}
    for number, raw in enumerate(lines[1:_FRONT_MATTER_LINES + 1], 2):
        line = raw.strip()
        if line in ("---", "..."):
            break
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in FRONT_MATTER_KEYS and key not in found:
            found[key] = (number, line)
    else:
        return None  # no closing line: not front matter
    for key in FRONT_MATTER_KEYS:
        if key in found:
            number, line = found[key]
            value = line.partition(":")[2].strip().strip("'\"")
            m = re.match(rf"{_WEEKDAY}?{_DATE}", value, re.IGNORECASE)
            parts = None if m is None else _date_of(m)
            if parts is None:
                continue
            year, month, day = parts
            if year is None:
                continue
            try:
                date = _dt.date(year, month, day)
            except ValueError:
                continue
            return Dateline(date, DateOrigin.FRONT_MATTER, number, line, month, day)
    return None


def find_dateline(text: str, *, window: int = DATELINE_WINDOW) -> Dateline | None:
    """The date ``text`` states at its top (front matter, a header, a dateline), or ``None``.

    Only a line that opens with one of those forms counts, in the first ``window`` characters;
    the earliest such line wins.  A wire dateline without a year is returned with ``date=None``.
    """
    found = _front_matter(text)
    if found is not None:
        return found
    start = 0
    number = 0
    while start < min(window, len(text)):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        raw = text[start:end]
        number += 1
        start = end + 1
        line = raw.strip()
        if not line or not line[0].isalnum():
            continue
        for origin, pattern in _patterns():
            m = pattern.match(line)
            parts = None if m is None else _date_of(m)
            if m is None or parts is None:
                continue
            year, month, day = parts
            try:
                _dt.date(2000 if year is None else year, month, day)  # 2000 has a 29 February
            except ValueError:
                continue
            shown = m.group(0).rstrip(" -–—:")
            return Dateline(None if year is None else _dt.date(year, month, day), origin, number, shown, month, day)
    return None


def dateline(text: str, *, window: int = DATELINE_WINDOW) -> _dt.date | None:
    """The publication date ``text`` states at its top (see :func:`find_dateline`), or ``None``.

    ``None`` too when the only dateline gives no year.
    """
    found = find_dateline(text, window=window)
    return None if found is None else found.date


def publication_date(text: str, published: object = None) -> PublicationDate:
    """The date to check ``text`` on: ``published`` when given, else the date the text states.

    ``published`` may be a date, an ISO string or a :class:`PublicationDate` (kept as it is).
    """
    if isinstance(published, PublicationDate):
        return published
    day = coerce_date(published)
    if day is not None:
        return PublicationDate(day, DateOrigin.GIVEN)
    found = find_dateline(text)
    if found is None:
        return PublicationDate(None, DateOrigin.NONE)
    if found.date is None:
        return PublicationDate(None, DateOrigin.NONE, dateline=found)
    return PublicationDate(found.date, found.origin, found.line, found.text, found)
