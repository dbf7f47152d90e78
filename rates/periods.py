"""Periods named in text, resolved to dates relative to a publication date.

Flows ("revenue rose 8% in the fourth quarter") are converted at the average rate of their
period; :func:`period` turns the phrase into the days it covers.  Understood, case-insensitive,
with or without a leading "in", "during", "for", "over", "the":

- years: ``2024``, ``FY2024`` (taken as the calendar year); ``this year``, ``last year``,
  ``the previous year``, ``the prior year``, ``next year``; ``year to date``;
- quarters: ``Q4 2024``, ``4Q24``, ``Q4``, ``the fourth quarter``, ``the final quarter of 2024``,
  ``this quarter``, ``last quarter``, ``the previous quarter``;
- halves: ``H1 2024``, ``the first half of 2024``, ``the second half``;
- months: ``February 2025``, ``Feb. 2025``, ``January``, ``this month``, ``last month``;
- days: ``2025-02-20``, ``20 February 2025``, ``Feb. 20, 2025``;
- rolling spans ending on the publication date: ``the past 12 months``, ``the last three years``,
  ``the past year``, ``the past two weeks``;
- ranges of any two of these: ``2020-2024``, ``2020 to 2024``, ``January to March 2025``,
  ``between Q1 and Q3 2024``, ``from 2023 through 2024`` (a bare month or quarter on the left
  takes the year of the right).

A quarter, half or month named without a year is the latest one that began on or before the
publication date (published 2025-02-20: "the fourth quarter" is Q4 2024, "January" is January
2025, "March" is March 2024).  Relative phrases need ``published``; without it they raise
:class:`~rates.PeriodError`, as does anything not understood.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from rates.errors import PeriodError

__all__ = ["Period", "period"]

@dataclass(frozen=True, slots=True)
class Period:
    """The days from ``start`` to ``end`` (both inclusive) that ``text`` names."""

    start: _dt.date
    end: _dt.date
    text: str

    @property
    def days(self) -> int:
        """How many calendar days the period spans."""
        return (self.end - self.start).days + 1


_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24,
}
_MONTH_RE = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
_YEAR_RE = r"(?:of\s+)?('?\d{2}|\d{4})"
_LEAD = re.compile(r"^(?:(?:in|during|for|over|throughout|across|of|the)\s+)+")
_RANGE = re.compile(r"^(?:from\s+|between\s+)?(.+?)\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\band\b)\s*(.+)$")
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(p))
    for kind, p in (
        ("iso", r"(\d{4})-(\d{2})-(\d{2})"),
        ("mdy", rf"{_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"),
        ("dmy", rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_RE},?\s+(\d{{4}})"),
        ("year", r"(?:fy|fiscal\s+|calendar\s+(?:year\s+)?)?(\d{4})"),
        ("quarter", rf"q([1-4])(?:\s*{_YEAR_RE})?"),
        ("quarter", rf"([1-4])q(?:\s*{_YEAR_RE})?"),
        ("quarter", rf"(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter(?:\s+{_YEAR_RE})?"),
        ("quarter", rf"(last)\s+quarter\s+{_YEAR_RE}"),
        ("half", rf"h([12])(?:\s*{_YEAR_RE})?"),
        ("half", rf"(first|second|1st|2nd)\s+half(?:\s+{_YEAR_RE})?"),
        ("month", rf"{_MONTH_RE}(?:\s+{_YEAR_RE})?"),
        ("relative", r"(this|current|last|previous|prior|past|next|coming|following)\s+(year|quarter|month)"),
        ("year_before", r"(?:a\s+)?year\s+(?:earlier|before|ago)"),
        ("ytd", r"(?:year[\s-]to[\s-]date|ytd|so\s+far\s+this\s+year)"),
        ("rolling", r"(?:past|last|previous|preceding)\s+(\d{1,3}|[a-z-]+)\s+(days?|weeks?|months?|years?)"),
    )
)


def _year(text: str | None, published: _dt.date | None, phrase: str) -> int | None:
    if text is None:
        return None
    digits = text.lstrip("'")
    if len(digits) == 4:
        return int(digits)
    if published is None:
        return 2000 + int(digits)
    century = published.year // 100 * 100
    year = century + int(digits)
    return year - 100 if year > published.year + 10 else year


def _month_end(day: _dt.date) -> _dt.date:
    from dateutil.relativedelta import relativedelta

    return day + relativedelta(day=31)


def _span(year: int, first_month: int, months: int) -> tuple[_dt.date, _dt.date]:
    from dateutil.relativedelta import relativedelta

    start = _dt.date(year, first_month, 1)
    return start, start + relativedelta(months=months, days=-1)


def _latest(first_month: int, published: _dt.date | None, phrase: str) -> int:
    """The year of the latest unit (quarter, half, month) beginning on or before publication."""
    if published is None:
        raise PeriodError(phrase, "names no year: a publication date is needed")
    year = published.year
    return year if _dt.date(year, first_month, 1) <= published else year - 1


def _need(published: _dt.date | None, phrase: str) -> _dt.date:
    if published is None:
        raise PeriodError(phrase, "relative to the publication date, which was not given")
    return published


def _single(s: str, published: _dt.date | None, phrase: str, year_hint: int | None) -> tuple[_dt.date, _dt.date] | None:
    for kind, pattern in _PATTERNS:
        m = pattern.fullmatch(s)
        if m is None:
            continue
        g = m.groups()
        try:
            if kind == "iso":
                day = _dt.date(int(g[0]), int(g[1]), int(g[2]))
                return day, day
            if kind == "mdy":
                day = _dt.date(int(g[2]), _MONTHS[g[0]], int(g[1]))
                return day, day
            if kind == "dmy":
                day = _dt.date(int(g[2]), _MONTHS[g[1]], int(g[0]))
                return day, day
        except ValueError:
            raise PeriodError(phrase, "not a calendar date") from None
        if kind == "year":
            year = int(g[0])
            return _dt.date(year, 1, 1), _dt.date(year, 12, 31)
        if kind in ("quarter", "half", "month"):
            return _part_of_year(kind, g, published, phrase, year_hint)
        if kind == "relative":
            return _relative(g, _need(published, phrase))
        if kind == "year_before":
            pub = _need(published, phrase)
            return _dt.date(pub.year - 1, 1, 1), _dt.date(pub.year - 1, 12, 31)
        if kind == "ytd":
            pub = _need(published, phrase)
            return _dt.date(pub.year, 1, 1), pub
        if kind == "rolling":
            pub = _need(published, phrase)
            count = int(g[0]) if g[0].isdigit() else _NUMBERS.get(g[0])
            if not count:
                raise PeriodError(phrase, f"not a count: {g[0]!r}")
            return _before(pub, count, g[1].rstrip("s")) + _dt.timedelta(days=1), pub
    return None


def _before(day: _dt.date, count: int, unit: str) -> _dt.date:
    """The day ``count`` ``unit`` (day, week, month or year) before ``day``."""
    from dateutil.relativedelta import relativedelta

    if unit == "year":
        return day - relativedelta(years=count)
    if unit == "month":
        return day - relativedelta(months=count)
    if unit == "week":
        return day - relativedelta(weeks=count)
    return day - relativedelta(days=count)


def _part_of_year(
    kind: str, g: tuple[str, ...], published: _dt.date | None, phrase: str, year_hint: int | None
) -> tuple[_dt.date, _dt.date]:
    """A quarter, half or month ("the fourth quarter", "H1 2024", "March"), of the year written,
    else ``year_hint``, else the latest one ended by ``published``."""
    if kind == "quarter":
        number = _ORDINALS.get(g[0]) or int(g[0])
        first_month, months = 3 * number - 2, 3
    elif kind == "half":
        number = _ORDINALS.get(g[0]) or int(g[0])
        first_month, months = 6 * number - 5, 6
    else:
        first_month, months = _MONTHS[g[0]], 1
    year = _year(g[1], published, phrase) if g[1] is not None else year_hint
    if year is None:
        year = _latest(first_month, published, phrase)
    return _span(year, first_month, months)


def _relative(g: tuple[str, ...], pub: _dt.date) -> tuple[_dt.date, _dt.date]:
    """A year, quarter or month named relative to the publication date ``pub`` ("last year",
    "this quarter", "the past year", "next month")."""
    from dateutil.relativedelta import relativedelta

    step = {"this": 0, "current": 0, "last": -1, "previous": -1, "prior": -1, "past": -1,
            "next": 1, "coming": 1, "following": 1}[g[0]]
    if g[1] == "year":
        if g[0] == "past":  # "the past year": the twelve months up to publication
            return pub - relativedelta(years=1) + _dt.timedelta(days=1), pub
        return _dt.date(pub.year + step, 1, 1), _dt.date(pub.year + step, 12, 31)
    if g[1] == "quarter":
        first = _dt.date(pub.year, (pub.month - 1) // 3 * 3 + 1, 1) + relativedelta(months=3 * step)
        return first, first + relativedelta(months=3, days=-1)
    first = _dt.date(pub.year, pub.month, 1) + relativedelta(months=step)
    return first, _month_end(first)


def period(text: str, published: _dt.date | None = None) -> Period:
    """The :class:`~rates.Period` that ``text`` names, relative to ``published`` where needed.

    >>> import datetime
    >>> period("the fourth quarter", datetime.date(2025, 2, 20))
    Period(start=datetime.date(2024, 10, 1), end=datetime.date(2024, 12, 31), text='the fourth quarter')
    """
    if not isinstance(text, str):
        raise TypeError(f"a period is named by a str, not {text!r}")
    if published is not None and not isinstance(published, _dt.date):
        raise TypeError(f"published must be a date, not {published!r}")
    if isinstance(published, _dt.datetime):
        published = published.date()
    s = " ".join(text.lower().replace("’", "'").split()).strip(" .,;:")
    s = _LEAD.sub("", s)
    if not s:
        raise PeriodError(text, "empty")
    found = _single(s, published, text, None)
    if found is None:
        m = _RANGE.match(s)
        if m is not None:
            left_text, right_text = _LEAD.sub("", m.group(1)), _LEAD.sub("", m.group(2))
            right = _single(right_text, published, text, None)
            if right is not None:
                left = _single(left_text, published, text, right[1].year)
                if left is not None:
                    if left[0] > right[1]:
                        raise PeriodError(text, "ends before it starts")
                    found = (left[0], right[1])
    if found is None:
        raise PeriodError(text)
    return Period(found[0], found[1], text)
