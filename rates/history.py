"""The dated rate table: validation, lookup policies, cross rates, series for averages.

A table is a CSV text with one row per fixing date and one column per currency; each value is
the units of that currency per 1 unit of the table's base (EUR for the ECB history).  It is kept
as raw text lines: the structure of every line (column count, date, order) is checked when the
table is built, and a number is parsed and checked the first time it is read, so that a dated
lookup costs one bisection and two field conversions, not a parse of the whole history.
``full=True`` parses and checks every value up front (used for user files and downloads before
they are accepted).

All rate arithmetic uses :data:`~rates.contexts.CTX`, a private 28-digit decimal context, so that
results do not depend on the caller's decimal context (``CTX``, ``DOWN`` and ``UP`` stay
importable from this module).

The date policies (:class:`Policy`) say which fixing answers a request for a given day.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from bisect import bisect_left, bisect_right
from decimal import Decimal

from rates.codes import is_iso, normalize
from rates.contexts import CTX, DOWN, UP
from rates.errors import RateDataError, RateNotFoundError, UnknownCurrencyError
from rates.results import Rate, RateKind

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

__all__ = ["CTX", "DOWN", "LOOKBACK_DAYS", "POLICIES", "UP", "Policy", "Table", "check_policy"]

#: How far back the default policy looks for a fixing: weekends and holidays, never weeks.
LOOKBACK_DAYS = 7


class Policy(enum.StrEnum):
    """How a dated lookup picks its fixing.

    A ``StrEnum``: each member is also its string, so ``policy=Policy.EXACT`` and
    ``policy="exact"`` mean the same wherever a policy is taken, and compare and hash equal.
    """

    #: The latest fixing on or before the date, at most :data:`LOOKBACK_DAYS` back (the default).
    PREVIOUS = "previous"
    #: The fixing of that very day, or :class:`~rates.RateNotFoundError`.
    EXACT = "exact"


#: The policies as plain strings: ``("previous", "exact")``.
POLICIES: tuple[str, ...] = tuple(member.value for member in Policy)


def check_policy(policy: object) -> Policy:
    """``policy`` as a :class:`Policy` when it is one (or its string), else ``ValueError``."""
    if policy not in POLICIES:
        raise ValueError(f"unknown date policy {policy!r}; use one of {POLICIES!r}")
    return Policy(policy)


_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATE_RUN = re.compile(r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2},)+")
_MISSING = frozenset({"N/A", ""})
_ONE = Decimal(1)
_SPAN = _dt.timedelta(days=LOOKBACK_DAYS)


class Table:
    """One validated rate table kept as text lines in ascending date order."""

    __slots__ = ("path", "name", "base", "kind", "_codes", "_col", "_lines", "_iso", "_lineno",
                 "_columns", "_bounds", "_ncommas", "descending", "_first", "_last", "_inverted")

    def __init__(
        self,
        text: str,
        *,
        path: str,
        name: str,
        base: str = "EUR",
        full: bool = False,
        kind: RateKind = RateKind.DAILY,
        inverted: frozenset[str] = frozenset(),
    ) -> None:
        """Check the structure of ``text`` (every value too with ``full=True``) and keep its lines.

        ``kind`` is what every :class:`~rates.Rate` of the table says it is.  ``inverted`` names
        the columns written the other way round, units of ``base`` per 1 unit of the column's
        currency (the Federal Reserve quotes the pound so); their values are inverted when read.
        """
        self.path = path
        self.name = name
        self.base = base
        self.kind = kind
        if "\r" in text:
            text = text.replace("\r\n", "\n")
            if "\r" in text:
                raise RateDataError(path, text[: text.index("\r")].count("\n") + 1, "stray carriage return")
        lines = text.rstrip("\n").split("\n")
        if not lines or not lines[0]:
            raise RateDataError(path, 1, "empty rate file")
        header = lines[0].split(",")
        if header[0].strip().lower() != "date":
            raise RateDataError(path, 1, "first column must be 'Date'", header[0])
        names = header[1:]
        if names and names[-1] == "":
            names = names[:-1]  # the ECB file ends every line with a comma
        if not names:
            raise RateDataError(path, 1, "no currency columns")
        codes: list[str] = []
        for raw in names:
            try:
                code = normalize(raw)
            except UnknownCurrencyError:
                raise RateDataError(path, 1, "column is not a currency code", raw) from None
            if code in codes or code == base:
                raise RateDataError(path, 1, "duplicate currency column", raw)
            codes.append(code)
        self._codes = tuple(codes)
        self._col = {code: i + 1 for i, code in enumerate(codes)}
        self._inverted = frozenset(self._col[code] for code in inverted if code in self._col)
        self._ncommas = lines[0].count(",")
        data = lines[1:]
        if not data:
            raise RateDataError(path, 2, "no rows (truncated file?)")
        n = len(data)
        # Structure of every line, in C-speed passes: total column count, and "YYYY-MM-DD," at
        # the start of each line.  Each line's own column count is checked when it is split.
        iso = [line[:11] for line in data]
        if text.count(",") != self._ncommas * (n + 1) or _DATE_RUN.fullmatch("".join(iso)) is None:
            self._locate_structure_error(data)
        descending = self.descending = n > 1 and iso[0] > iso[-1]
        if descending:
            data.reverse()
            iso.reverse()
        self._iso = iso
        self._lineno: Callable[[int], int] = (lambda i: n - i + 1) if descending else (lambda i: i + 2)
        for k in range(1, n):
            if iso[k - 1] >= iso[k]:
                self._date(k - 1)  # a date that is not in the calendar is the fault to name
                self._date(k)
                line = (n - k + 2) if descending else (k + 2)
                reason = "duplicate date" if iso[k - 1] == iso[k] else "dates out of order"
                raise RateDataError(path, line, reason, (iso[k - 1] if descending else iso[k])[:10])
        self._lines = data
        self._columns: dict[str, tuple[Decimal | None, ...]] = {}
        self._bounds: dict[str, tuple[_dt.date, _dt.date] | None] = {}
        self._first = self._date(0)
        self._last = self._date(n - 1)
        if full:
            self._check_all()

    # -- structure -------------------------------------------------------------------------

    def _locate_structure_error(self, data: list[str]) -> None:
        for k, line in enumerate(data):
            if line.count(",") != self._ncommas:
                raise RateDataError(self.path, k + 2, f"expected {self._ncommas + 1} columns", line[:60])
            if line.find(",") != 10 or not _DATE.fullmatch(line[:10]):
                raise RateDataError(self.path, k + 2, "bad date", line[: max(line.find(","), 0) or 10])
        raise RateDataError(self.path, None, "malformed rows")  # pragma: no cover

    def _check_all(self) -> None:
        """Parse every date and value once (row by row): the full validation."""
        for i in range(len(self._lines)):
            self._check_row(i)

    def _check_row(self, i: int) -> None:
        """Parse the date and every value of row ``i``: :class:`~rates.RateDataError` names a fault."""
        width = self._ncommas + 1
        ncodes = len(self._codes)
        number = _NUMBER.fullmatch
        self._date(i)
        fields = self._lines[i].split(",")
        if len(fields) != width:
            self._split(i)  # raises with the line number
        for col in range(1, ncodes + 1):
            text = fields[col]
            if text not in _MISSING and (number(text) is None or not Decimal(text)):
                self._parse(text, i, col)  # raises with the line number and column
        if width > ncodes + 1 and fields[-1] != "":
            raise RateDataError(self.path, self._lineno(i), "value in the unnamed last column", fields[-1])

    def check_newest(self, rows: int = 1) -> None:
        """Check every value of the newest ``rows`` rows, as ``full=True`` checks them all.

        A quick check of the rows every request for the latest rate reads, for a table too large
        to check in full each time it is loaded (a cached download); the other rows are checked
        when first read.  :class:`~rates.RateDataError` names the first fault.
        """
        for i in range(len(self._lines) - 1, max(-1, len(self._lines) - 1 - rows), -1):
            self._check_row(i)

    def _date(self, i: int) -> _dt.date:
        try:
            return _dt.date.fromisoformat(self._iso[i][:10])
        except ValueError:
            raise RateDataError(self.path, self._lineno(i), "not a calendar date", self._iso[i][:10]) from None

    def _split(self, i: int) -> list[str]:
        # Not cached: a row is split in about a microsecond, and callers memoize what they derive.
        fields = self._lines[i].split(",")
        if len(fields) != self._ncommas + 1:
            raise RateDataError(self.path, self._lineno(i), f"expected {self._ncommas + 1} columns", self._lines[i][:60])
        return fields

    def _value(self, i: int, col: int) -> Decimal | None:
        return self._parse(self._split(i)[col], i, col)

    def _parse(self, text: str, i: int, col: int) -> Decimal | None:
        if text in _MISSING:
            return None
        if _NUMBER.fullmatch(text) is None:
            raise RateDataError(self.path, self._lineno(i), f"bad number in column {self._codes[col - 1]!r}", text)
        value = Decimal(text)
        if not value:
            raise RateDataError(self.path, self._lineno(i), f"zero rate in column {self._codes[col - 1]!r}", text)
        if col in self._inverted:
            return CTX.divide(_ONE, value)
        return value

    # -- what the table holds ----------------------------------------------------------------

    @property
    def currencies(self) -> tuple[str, ...]:
        """The base and every column, in file order."""
        return (self.base, *self._codes)

    @property
    def first(self) -> _dt.date:
        """The earliest fixing date."""
        return self._first

    @property
    def last(self) -> _dt.date:
        """The latest fixing date."""
        return self._last

    def __len__(self) -> int:
        return len(self._lines)

    def _column_index(self, code: str) -> int | None:
        if code == self.base:
            return None
        col = self._col.get(code)
        if col is None:
            reason = None if is_iso(code) else "not an ISO 4217 currency code"
            raise UnknownCurrencyError(code, self.name, reason)
        return col

    def bounds(self, code: str) -> tuple[_dt.date, _dt.date] | None:
        """First and last dates on which ``code`` has a fixing (``None``: never)."""
        if code in self._bounds:
            return self._bounds[code]
        col = self._column_index(code)
        if col is None:
            found: tuple[_dt.date, _dt.date] | None = (self._first, self._last)
        else:
            n = len(self._lines)
            first = next((i for i in range(n) if self._split(i)[col] not in _MISSING), None)
            if first is None:
                found = None
            else:
                last = next(i for i in range(n - 1, -1, -1) if self._split(i)[col] not in _MISSING)
                found = (self._date(first), self._date(last))
        self._bounds[code] = found
        return found

    def column(self, code: str) -> tuple[Decimal | None, ...]:
        """Every value of ``code`` in ascending date order (``None`` where it has no fixing)."""
        values = self._columns.get(code)
        if values is None:
            col = self._column_index(code)
            if col is None:
                values = (_ONE,) * len(self._lines)
            else:
                width = self._ncommas + 1
                parse = self._parse
                out: list[Decimal | None] = []
                for i, line in enumerate(self._lines):
                    fields = line.split(",")
                    if len(fields) != width:
                        self._split(i)  # raises with the line number
                    out.append(parse(fields[col], i, col))
                values = tuple(out)
            self._columns[code] = values
        return values

    # -- lookups ---------------------------------------------------------------------------

    def _cross(self, i: int, cb: int | None, cq: int | None) -> Decimal | None:
        fields = self._split(i)
        b = _ONE if cb is None else self._parse(fields[cb], i, cb)
        q = _ONE if cq is None else self._parse(fields[cq], i, cq)
        if b is None or q is None:
            return None
        if cb is None:
            return q
        return CTX.divide(q, b)

    def lookup(self, base: str, quote: str, on: _dt.date | None, policy: Policy | str) -> Rate:
        """The ``quote`` per 1 ``base`` rate for ``on`` under ``policy`` (codes already normalized).

        ``on=None`` takes the latest day on which both currencies have a fixing.
        """
        cb = self._column_index(base)
        cq = self._column_index(quote)
        if base == quote:
            return Rate(base, quote, _ONE, self._last if on is None else on, self.name, on, self.kind)
        lines = len(self._lines)
        if on is None:
            i = lines - 1
            stop = -1
        else:
            probe = on.isoformat() + ","
            i = bisect_right(self._iso, probe) - 1
            if policy == Policy.EXACT:
                stop = i - 1 if i >= 0 and self._iso[i] == probe else i
            else:
                stop = bisect_left(self._iso, (on - _SPAN).isoformat() + ",") - 1
        while i > stop:
            value = self._cross(i, cb, cq)
            if value is not None:
                return Rate(base, quote, value, self._date(i), self.name, on, self.kind)
            i -= 1
        raise self._not_found(base, quote, on, policy)

    def _not_found(self, base: str, quote: str, on: _dt.date | None, policy: Policy | str) -> RateNotFoundError:
        for code in (base, quote):
            if code == self.base:
                continue  # the base is 1 on every row: the other currency is the one missing
            span = self.bounds(code)
            if span is None:
                return RateNotFoundError(code, on, None, self.name, "no fixing at all")
            if on is not None and on < span[0]:
                return RateNotFoundError(code, on, span, self.name, "before the history")
            if on is not None and on > span[1] + _SPAN:
                return RateNotFoundError(code, on, span, self.name, "after the history")
        missing = quote if base == self.base else base
        if on is not None:
            i = bisect_right(self._iso, on.isoformat() + ",") - 1
            if i >= 0 and self._iso[i] == on.isoformat() + ",":
                cb, cq = self._column_index(base), self._column_index(quote)
                if cb is not None and self._value(i, cb) is None:
                    missing = base
                elif cq is not None:
                    missing = quote
        reason = "no fixing that day" if policy == Policy.EXACT else f"no fixing that day or in the {LOOKBACK_DAYS} days before"
        return RateNotFoundError(missing, on, self.bounds(missing), self.name, reason)

    def series(self, base: str, quote: str, start: _dt.date, end: _dt.date) -> list[tuple[_dt.date, Decimal]]:
        """Every ``(date, quote per base)`` fixing from ``start`` to ``end`` inclusive."""
        self._column_index(base)
        self._column_index(quote)
        lo = bisect_right(self._iso, (start - _dt.timedelta(days=1)).isoformat() + ",")
        hi = bisect_right(self._iso, end.isoformat() + ",")
        bs = self.column(base)
        qs = self.column(quote)
        out = []
        divide = CTX.divide
        for i in range(lo, hi):
            b, q = bs[i], qs[i]
            if b is not None and q is not None:
                out.append((self._date(i), q if b is _ONE else divide(q, b)))
        return out
