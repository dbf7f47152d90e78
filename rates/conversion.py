"""Dated rates and conversions: :func:`rate`, :func:`convert`, :func:`convert_column`, :func:`average`.

The default source (:func:`rates.sources.bundled.default`: the ECB history, with the currencies
the euro replaced converted through it) is memoized per request: the ``Rate`` answering
``(from, to, on, policy)`` is computed once and reused, so that a warm :func:`convert` costs one
dictionary lookup, one decimal multiplication and one record.  The memo is emptied whenever the
history in use changes (:func:`rates.update`).
"""

from __future__ import annotations

import datetime as _dt
import itertools
import operator
from collections.abc import Iterable
from decimal import Decimal

from rates.codes import normalize
from rates.contexts import CTX
from rates.dates import coerce_date
from rates.errors import CurrencyMismatchError, InvalidAmountError, RateNotFoundError
from rates.history import Policy, check_policy
from rates.memo import RATES, clear
from rates.results import Average, ColumnConversion, Conversion, Rate
from rates.sources import resolve

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any, TypeGuard

    from rates.quoted import QuotedAmount

__all__ = ["average", "clear_caches", "coerce_amount", "coerce_date", "convert", "convert_column", "rate"]

Amount = Decimal | int | str | object
DateLike = _dt.date | str | None

# (from, to, on, policy) as the caller spelled them -> (rate, rate.value, rate.base); it lives in
# rates.memo, where a source that gives way to the bundled data can empty it
_MEMO = RATES
_MEMO_LIMIT = 1 << 16
_mul = operator.mul
_new = object.__new__
# the slot descriptors of the frozen result, written once each by convert()
_set_amount = Conversion.__dict__["amount"].__set__
_set_rate = Conversion.__dict__["rate"].__set__
_set_original_amount = Conversion.__dict__["original_amount"].__set__


def clear_caches() -> None:
    """Forget every memoized rate (called when the history in use changes)."""
    clear()


def _is_quoted(amount: object) -> TypeGuard[QuotedAmount]:
    """True for an amount found in a text (``moneyparse.Mention`` or alike: :class:`rates.quoted.QuotedAmount`)."""
    return all(hasattr(amount, name) for name in ("text", "amount", "currency", "precision", "high"))


def coerce_amount(amount: object, currency: str | None = None) -> Decimal:
    """``amount`` as an exact ``Decimal``: from a Decimal, int, str, py-moneyed ``Money`` or a ``Mention``.

    A ``float`` (or ``bool``) raises ``TypeError``: a binary float is not the amount that was
    written.  A ``Money`` or a ``Mention`` in another currency than ``currency`` raises
    :class:`~rates.CurrencyMismatchError`; a string that is not a finite number, or a ``Mention``
    of a range ("$5-6bn", which has no one amount), :class:`~rates.InvalidAmountError`.
    """
    kind = type(amount)
    value: Decimal
    if type(amount) is Decimal:
        value = amount
    elif type(amount) is int:
        return Decimal(amount)
    elif type(amount) is str:
        text = amount.strip()
        if "_" in text:
            raise InvalidAmountError(amount)
        try:
            value = Decimal(text)
        except ArithmeticError:
            raise InvalidAmountError(amount) from None
    elif isinstance(amount, (float, bool)):
        raise TypeError(f"amounts must be exact (Decimal, int, str or Money), not {kind.__name__}: {amount!r}")
    elif isinstance(amount, Decimal):
        value = Decimal(amount)
    elif isinstance(amount, int):
        return Decimal(int(amount))
    elif hasattr(amount, "amount") and hasattr(amount, "currency") and kind.__module__.startswith("moneyed"):
        code = str(getattr(amount.currency, "code", amount.currency))
        if currency is not None and normalize(code) != currency:
            raise CurrencyMismatchError(amount, currency)
        value = amount.amount
    elif _is_quoted(amount):
        if currency is not None and normalize(amount.currency) != currency:
            raise CurrencyMismatchError(amount.text, currency)
        if amount.high is not None:
            raise InvalidAmountError(amount.text, "a range has no one amount to convert; convert its ends")
        value = amount.amount
    else:
        raise TypeError(f"amounts must be Decimal, int, str, Money or a Mention, not {kind.__name__}: {amount!r}")
    if not value.is_finite():
        raise InvalidAmountError(amount)
    return value


def _lookup(base: object, quote: object, on: object, policy: object, source: object) -> Rate:
    """The slow path of :func:`rate`: normalize, resolve, look up, memoize (default source only)."""
    b = normalize(base)
    q = normalize(quote)
    day = coerce_date(on)
    check_policy(policy)
    found = resolve(source).lookup(b, q, day, policy)  # type: ignore[arg-type]
    if source is None:
        if len(_MEMO) >= _MEMO_LIMIT:
            _MEMO.clear()
        _MEMO[(base, quote, on, policy)] = (found, found.value, found.base)
    return found


def rate(base: str, quote: str, on: DateLike = None, *, policy: Policy | str = "previous", source: object = None) -> Rate:
    """How many ``quote`` per 1 ``base`` on ``on``: a :class:`~rates.Rate` that records its fixing.

    ``policy="previous"`` (default; or :attr:`Policy.PREVIOUS <rates.Policy.PREVIOUS>`) takes the
    latest fixing on or before ``on``, at most 7 days back (a Saturday uses Friday's fixing);
    ``policy="exact"`` (:attr:`Policy.EXACT <rates.Policy.EXACT>`) only that day's; any other
    policy raises ``ValueError``.  ``on=None`` takes the latest day on which both currencies were
    fixed.  Cross rates divide the two EUR rates of the same day in a 28-digit context.
    ``source`` is ``None`` (the default chain of bundled sources), the name of one bundled source
    (``"ecb"``), a :class:`~rates.Source` (e.g. :class:`~rates.CSVSource`,
    :class:`~rates.TextSource`) or the path of a CSV file.  Codes are case-insensitive; ``RMB``
    means ``CNY``.  A currency the euro replaced converts through it at its fixed rate from the
    day it joined (100 DEM on 2001-06-01 is 100 / 1.95583 EUR); ``rate.kind`` says how each rate
    was obtained and :func:`rates.describe` says it in words.

    Raises :class:`~rates.UnknownCurrencyError` for a code the source does not carry and
    :class:`~rates.RateNotFoundError` when no fixing answers (both ``LookupError``).
    """
    if source is None:
        try:
            return _MEMO[(base, quote, on, policy)][0]
        except (KeyError, TypeError):
            pass
    return _lookup(base, quote, on, policy, source)


def convert(
    amount: Amount,
    from_ccy: str,
    to_ccy: str | None = None,
    on: DateLike = None,
    *,
    policy: Policy | str = "previous",
    source: object = None,
) -> Conversion:
    """``amount`` of ``from_ccy`` in ``to_ccy`` at the rate of ``on``: a :class:`~rates.Conversion`.

    ``amount`` may be a ``Decimal``, ``int``, ``str``, py-moneyed ``Money`` or a mention found in
    a text (``moneyparse.Mention``); a ``float`` raises ``TypeError``.  A mention carries its
    currency, so ``convert(mention, "USD", on=day)`` converts it to dollars (the currency given
    is the target); ``convert(mention, "CNY", "USD")`` works too, and raises
    :class:`~rates.CurrencyMismatchError` when the mention is not in CNY.  A mention of a range
    raises :class:`~rates.InvalidAmountError`.  The result is ``amount * rate.value`` in the
    current decimal context (28 significant digits unless the caller changed it), not rounded to
    minor units; ``.rate`` says which fixing and source were used.  ``policy`` and ``source`` as
    in :func:`rate`.

    >>> import datetime
    >>> c = convert(100, "USD", "CNY", on=datetime.date(2025, 2, 20))
    >>> c.amount.quantize(Decimal("0.0001")), c.rate.date
    (Decimal('725.9121'), datetime.date(2025, 2, 20))
    """
    if to_ccy is None:
        if not _is_quoted(amount):
            raise TypeError("convert needs the currency to convert to: convert(amount, from_ccy, to_ccy)")
        from_ccy, to_ccy = amount.currency, from_ccy
    if source is None:
        try:
            r, value, base = _MEMO[(from_ccy, to_ccy, on, policy)]
        except (KeyError, TypeError):
            r = _lookup(from_ccy, to_ccy, on, policy, None)
            value, base = r.value, r.base
    else:
        r = _lookup(from_ccy, to_ccy, on, policy, source)
        value, base = r.value, r.base
    if type(amount) is Decimal and amount.is_finite():
        a = amount
    elif type(amount) is int:
        a = Decimal(amount)
    else:
        a = coerce_amount(amount, base)
    # Built without the generated __init__ (whose frozen-field writes cost twice as much);
    # the slots written are exactly the dataclass fields.
    c = _new(Conversion)
    _set_amount(c, a * value)
    _set_rate(c, r)
    _set_original_amount(c, a)
    return c


_is_finite = Decimal.is_finite


def convert_column(
    amounts: Iterable[Amount],
    from_currencies: str | Iterable[str],
    dates: DateLike | Iterable[DateLike],
    to: str,
    *,
    policy: Policy | str = "previous",
    source: object = None,
    errors: str = "raise",
) -> ColumnConversion:
    """Convert a whole column of amounts to ``to``, each at the rate of its own currency and date.

    ``from_currencies`` and ``dates`` are columns aligned with ``amounts``, or one value for every
    row.  The result keeps exact ``Decimal`` amounts, equal to what :func:`convert` gives row by row.

    How it is fast: a column of many rows holds few distinct ``(currency, date)`` keys, so the keys
    are factorized first (currencies and dates are numbered apart by ``dict.setdefault`` and the
    two numbers combined as one integer, all driven by ``map`` at C speed with no per-row tuple)
    and each distinct rate is looked up once; the per-row work is then two integer-keyed fetches and
    one decimal multiplication, all driven by ``map``, with no per-row record.  numpy and pyarrow
    are not used: numpy has no decimal type (an ``object`` array multiplies ``Decimal`` objects by
    the same Python calls, plus the boxing), and pyarrow's ``decimal128`` fixes one scale for the
    whole column, so exact products with 28-digit cross rates would be rounded or overflow, and the
    conversions to and from Python ``Decimal`` cost more than the multiplications themselves.

    ``errors="raise"`` (default) raises the first :class:`~rates.RateNotFoundError`;
    ``errors="none"`` leaves ``None`` in the rows without a rate.
    """
    if errors not in ("raise", "none"):
        raise ValueError(f"errors must be 'raise' or 'none', not {errors!r}")
    check_policy(policy)
    values: list[Any] = list(amounts)  # amounts as given, each a Decimal once checked below
    try:
        exact = all(map(_is_finite, values))  # C-speed pass; TypeError on any non-Decimal
    except TypeError:
        exact = False
    if not exact:
        values = [coerce_amount(a) for a in values]
    n = len(values)
    one_ccy = isinstance(from_currencies, str)
    one_day = dates is None or isinstance(dates, (str, _dt.date))
    ccys: list[object] = [] if one_ccy else list(from_currencies)
    days: list[object] = [] if one_day else list(dates)  # type: ignore[arg-type]  # (not one date: one_day)
    ccy_numbers: dict[object, int] = {}
    day_numbers: dict[object, int] = {}
    if (not one_ccy and len(ccys) != n) or (not one_day and len(days) != n):
        raise ValueError(f"columns differ in length: {n} amounts, {len(ccys)} currencies, {len(days)} dates")
    # Factorize: currencies and dates are numbered apart (the row of their first occurrence) and
    # combined as one integer per row, so each distinct rate is looked up once and no per-row
    # tuple is built.
    count = itertools.count
    if one_ccy and one_day:
        keys: list[int] = [0] * n
    elif one_day:
        keys = list(map(ccy_numbers.setdefault, ccys, count()))
    elif one_ccy:
        keys = list(map(day_numbers.setdefault, days, count()))
    else:
        day_ids = map(day_numbers.setdefault, days, count())
        ccy_ids = map(ccy_numbers.setdefault, ccys, count())
        keys = list(map(operator.add, map(operator.mul, day_ids, itertools.repeat(n)), ccy_ids))
    by_value: dict[int, Decimal | None] = dict.fromkeys(keys)
    by_date: dict[int, _dt.date | None] = {}
    memo = _MEMO if source is None else {}
    ccy: object
    day: object
    for key in by_value:
        if one_ccy:
            ccy, day = from_currencies, (dates if one_day else days[key])
        elif one_day:
            ccy, day = ccys[key], dates
        else:
            ccy, day = ccys[key % n], days[key // n]
        try:
            try:
                r = memo[(ccy, to, day, policy)][0]
            except (KeyError, TypeError):
                r = _lookup(ccy, to, day, policy, source)
        except RateNotFoundError:
            if errors == "raise":
                raise
            by_date[key] = None
        else:
            by_value[key] = r.value
            by_date[key] = r.date
    picked = list(map(by_value.__getitem__, keys))
    fixing = list(map(by_date.__getitem__, keys))
    if None in by_value.values():
        out = [None if r is None else a * r for a, r in zip(values, picked)]
    else:
        out = list(map(_mul, values, picked))
    return ColumnConversion(tuple(out), normalize(to), tuple(picked), tuple(fixing), len(by_value))


def average(
    base: str,
    quote: str,
    start: _dt.date | str | object,
    end: DateLike = None,
    *,
    source: object = None,
) -> Average:
    """The mean of the daily ``quote`` per ``base`` fixings from ``start`` to ``end`` inclusive.

    ``start`` may also be a :class:`~rates.Period` (then ``end`` is taken from it).  The mean is
    computed in a 28-digit context from the exact daily cross rates.  Raises
    :class:`~rates.RateNotFoundError` when the period holds no fixing.
    """
    from rates.periods import Period

    if isinstance(start, Period):
        first_day, last_day = start.start, start.end
    else:
        first_day = coerce_date(start)  # type: ignore[assignment]
        last_day = coerce_date(end)  # type: ignore[assignment]
        if first_day is None or last_day is None:
            raise TypeError("average needs a start and an end date, or a Period")
    if last_day < first_day:
        raise ValueError(f"period ends before it starts: {first_day!r} .. {last_day!r}")
    b, q = normalize(base), normalize(quote)
    src = resolve(source)
    points = src.series(b, q, first_day, last_day)
    if not points:
        raise RateNotFoundError(q if b == "EUR" else b, first_day, None, src.name, f"no fixing up to {last_day}")
    total = Decimal(0)
    for _, value in points:
        total = CTX.add(total, value)
    mean = CTX.divide(total, Decimal(len(points)))
    return Average(b, q, mean, len(points), points[0][0], points[-1][0], first_day, last_day, src.name)

