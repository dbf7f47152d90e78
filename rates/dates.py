"""Dates: the ``on=`` and ``published=`` arguments, and the dateline of a text.

Below everything that takes a date (conversions, the sources, the fact-check), importing nothing
of the package.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

__all__ = ["DATELINE_WINDOW", "coerce_date", "dateline"]

#: How much of a text is searched for its dateline.
DATELINE_WINDOW = 400


def coerce_date(on: object) -> _dt.date | None:
    """``on`` as a ``date``: a ``date``, a ``datetime`` (its date), an ISO string, or ``None``."""
    if on is None or type(on) is _dt.date:
        return on  # type: ignore[return-value]
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


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)


@functools.cache
def _datelines() -> tuple[re.Pattern[str], ...]:
    # compiled on first use: about a millisecond, which a conversion never needs to spend
    return (
        # "BEIJING, Feb. 20, 2025 —", "February 20th, 2025"
        re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.IGNORECASE),
        # "20 February 2025", "20th Feb. 2025"
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})\b", re.IGNORECASE),
        # "2025-02-20"
        re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    )


def dateline(text: str, *, window: int = DATELINE_WINDOW) -> _dt.date | None:
    """The date of a dateline near the top of ``text`` ("BEIJING, Feb. 20, 2025 —", "20 February 2025").

    Only a full date (day, month, year) in the first ``window`` characters counts; the earliest
    one wins.  ``None`` when there is none.
    """
    head = text[:window]
    found: list[tuple[int, _dt.date]] = []
    for k, pattern in enumerate(_datelines()):
        for m in pattern.finditer(head):
            g = m.groups()
            try:
                if k == 0:
                    day = _dt.date(int(g[2]), _MONTHS[g[0][:3].lower()], int(g[1]))
                elif k == 1:
                    day = _dt.date(int(g[2]), _MONTHS[g[1][:3].lower()], int(g[0]))
                else:
                    day = _dt.date(int(g[0]), int(g[1]), int(g[2]))
            except ValueError:
                continue
            found.append((m.start(), day))
            break
    return min(found)[1] if found else None
