"""The Federal Reserve's foreign exchange rates: monthly averages since 1971 (embedded), daily rates
(downloaded).

Monthly averages
    ``rates/data/fed-h10-monthly.csv.gz`` holds the monthly averages of the Board of Governors'
    H.10/G.5 releases, January 1971 to June 2026, for 33 currencies (see ``rates/data/README.md``):
    the dollar's partners in 1971 (the pound, the mark, the franc, the yen ...), the euro from
    1999, and currencies the ECB does not fix (the New Taiwan dollar, the Sri Lankan rupee) or
    fixed only later (the rupee from 2009 at the ECB, from 1973 here).  Every value is units of
    the currency per one US dollar.  A rate read from it is a :attr:`RateKind.MONTHLY_AVERAGE
    <rates.RateKind.MONTHLY_AVERAGE>`: a request for 1987-03-02 gets the average of March 1987,
    dated 1987-03-01, and ``policy="exact"`` (the fixing of that very day) gets none.

    Its ``margin`` says how far the rate of one day of the month may lie from the average: for
    each currency, the 99th percentile of ``max(|d / m - 1|, |m / d - 1|)`` over every ECB fixing
    ``d`` (crossed to the dollar) of 1999-2026 against the Federal Reserve's average ``m`` of its
    month, as ``rates/data/fed-margins.tsv`` records it (``scripts/build_fed_margins.py`` measures
    it from the two embedded histories; a test measures it again and compares).  A currency that
    the ECB never fixed takes the 99th percentile of all currencies pooled.  A cross rate of two
    currencies other than the dollar adds their margins.

Daily rates
    The daily series behind the averages (the noon buying rates in New York, one FRED series per
    currency: ``DEXJPUS``, ``DEXUSUK`` ...) are public too.  ``moneyparse rates update --source
    fed`` (:func:`rates.update` with ``source="fed"``) downloads them into the user cache as one
    file, ``fed-h10-daily.csv``; once there, the default chain asks it after the ECB and before the
    monthly averages.  Those rates are daily fixings with no margin.

The Venezuelan series is left out of both: its values run through three redenominations of the
bolivar (1,000 to 1 in 2008, 100,000 to 1 in 2018, 1,000,000 to 1 in 2021) without a mark of
which unit a month is in.
"""

from __future__ import annotations

import datetime as _dt
import functools
import os
from decimal import Decimal

from rates import memo
from rates.errors import RateDataError, RateNotFoundError
from rates.history import Policy, Table
from rates.results import Rate, RateKind
from rates.sources.base import TableSource, warn_unusable_cache

__all__ = [
    "COUNTRIES",
    "DAILY_CACHE_NAME",
    "EMBEDDED_MONTHLY",
    "FRED_URL",
    "MARGINS",
    "SERIES",
    "FedDailySource",
    "FedMonthlySource",
    "daily_path",
    "daily_source",
    "daily_table",
    "monthly_source",
    "read_margins",
]

_DATA = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")
#: The monthly averages that ship with the package (the published CSV, gzip-compressed).
EMBEDDED_MONTHLY = os.path.join(_DATA, "fed-h10-monthly.csv.gz")
#: The margin of each currency's monthly averages (see the module's docstring).
MARGINS = os.path.join(_DATA, "fed-margins.tsv")
#: The file ``rates update --source fed`` writes into the user cache.
DAILY_CACHE_NAME = "fed-h10-daily.csv"
#: Where FRED publishes one daily series as CSV; ``{series}`` is its identifier.
FRED_URL = "https://fred.stlouisfed.org/graph/fredgraph.csv?id={series}"

#: The currency each country of the monthly file names, in the file's order.  Venezuela is left out
#: (see the module's docstring).
COUNTRIES: dict[str, str] = {
    "Australia": "AUD", "Austria": "ATS", "Belgium": "BEF", "Brazil": "BRL", "Canada": "CAD",
    "China": "CNY", "Denmark": "DKK", "Euro": "EUR", "Finland": "FIM", "France": "FRF",
    "Germany": "DEM", "Greece": "GRD", "Hong Kong": "HKD", "India": "INR", "Ireland": "IEP",
    "Italy": "ITL", "Japan": "JPY", "Malaysia": "MYR", "Mexico": "MXN", "Netherlands": "NLG",
    "New Zealand": "NZD", "Norway": "NOK", "Portugal": "PTE", "Singapore": "SGD",
    "South Africa": "ZAR", "South Korea": "KRW", "Spain": "ESP", "Sri Lanka": "LKR", "Sweden": "SEK",
    "Switzerland": "CHF", "Taiwan": "TWD", "Thailand": "THB", "United Kingdom": "GBP",
}
_LEFT_OUT = frozenset({"Venezuela"})

#: The daily H.10 series on FRED: identifier -> (currency, quoted as US dollars per unit).  The
#: four quoted that way are inverted when read, so that every rate is units per US dollar.
SERIES: dict[str, tuple[str, bool]] = {
    "DEXUSAL": ("AUD", True), "DEXBZUS": ("BRL", False), "DEXCAUS": ("CAD", False),
    "DEXCHUS": ("CNY", False), "DEXDNUS": ("DKK", False), "DEXUSEU": ("EUR", True),
    "DEXHKUS": ("HKD", False), "DEXINUS": ("INR", False), "DEXJPUS": ("JPY", False),
    "DEXKOUS": ("KRW", False), "DEXMAUS": ("MYR", False), "DEXMXUS": ("MXN", False),
    "DEXUSNZ": ("NZD", True), "DEXNOUS": ("NOK", False), "DEXSIUS": ("SGD", False),
    "DEXSFUS": ("ZAR", False), "DEXSLUS": ("LKR", False), "DEXSDUS": ("SEK", False),
    "DEXSZUS": ("CHF", False), "DEXTAUS": ("TWD", False), "DEXTHUS": ("THB", False),
    "DEXUSUK": ("GBP", True),
}

_ZERO = Decimal(0)


def _month_end(day: _dt.date) -> _dt.date:
    """The last day of the month of ``day``."""
    following = day.replace(day=28) + _dt.timedelta(days=4)
    return following - _dt.timedelta(days=following.day)


def read_margins(path: str = MARGINS) -> dict[str, Decimal]:
    """The margin of each currency's monthly averages, as ``fed-margins.tsv`` records them."""
    margins: dict[str, Decimal] = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.startswith("#") or not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "code":
                continue
            try:
                margins[fields[0]] = Decimal(fields[1])
            except (IndexError, ArithmeticError):
                raise RateDataError(path, number, "not 'code<TAB>margin'", line[:60]) from None
    return margins


def _wide_table(text: str, label: str) -> str:
    """The monthly file (``Date,Country,Exchange rate`` rows) as one row per month, one column per
    currency: the layout :class:`rates.history.Table` reads."""
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    if not lines or lines[0].strip().lower() != "date,country,exchange rate":
        raise RateDataError(label, 1, "expected the header 'Date,Country,Exchange rate'", lines[0][:60] if lines else "")
    codes = list(COUNTRIES.values())
    column = {country: i for i, country in enumerate(COUNTRIES)}
    months: dict[str, list[str]] = {}
    for number, line in enumerate(lines[1:], 2):
        fields = line.split(",")
        if len(fields) != 3:
            raise RateDataError(label, number, "expected 3 columns", line[:60])
        day, country, value = fields
        if country in _LEFT_OUT:
            continue
        i = column.get(country)
        if i is None:
            raise RateDataError(label, number, "unknown country", country)
        if len(day) != 10 or not day.endswith("-01"):
            raise RateDataError(label, number, "not the first day of a month", day)
        row = months.get(day)
        if row is None:
            row = months[day] = [""] * len(codes)
        if row[i]:
            raise RateDataError(label, number, "duplicate month", f"{day} {country}")
        row[i] = value
    out = ["Date," + ",".join(codes)]
    out.extend(day + "," + ",".join(months[day]) for day in sorted(months))
    return "\n".join(out) + "\n"


class FedMonthlySource(TableSource):
    """The Federal Reserve's monthly averages (the embedded file, or one laid out like it).

    Nothing is read until a rate is asked for.  ``margins`` maps each currency to its margin
    (default: the embedded ``fed-margins.tsv``); a currency without one gets ``default_margin``
    (default: the pooled margin the file records as ``*``).
    """

    def __init__(
        self,
        path: str | os.PathLike[str] = EMBEDDED_MONTHLY,
        *,
        margins: dict[str, Decimal] | None = None,
        name: str = "fed-monthly",
    ) -> None:
        self.path = os.fspath(path)
        self.name = name
        self._margins = margins
        self._table: Table | None = None

    @property
    def table(self) -> Table:  # type: ignore[override]
        """The averages, read on first use."""
        if self._table is None:
            if self.path.endswith(".gz"):
                import gzip

                try:
                    with gzip.open(self.path, "rb") as f:
                        raw = f.read()
                except (OSError, EOFError) as err:
                    if isinstance(err, FileNotFoundError):
                        raise
                    raise RateDataError(self.path, None, f"broken archive ({err})") from None
            else:
                with open(self.path, "rb") as f:
                    raw = f.read()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError as err:
                raise RateDataError(self.path, raw[: err.start].count(b"\n") + 1, "not UTF-8") from None
            wide = _wide_table(text, self.path)
            self._table = Table(wide, path=self.path, name=self.name, base="USD", kind=RateKind.MONTHLY_AVERAGE)
        return self._table

    def margin(self, code: str) -> Decimal:
        """How far (relative) a day's rate of ``code`` per US dollar may lie from its month's average."""
        if code == "USD":
            return _ZERO
        if self._margins is None:
            self._margins = read_margins()
        found = self._margins.get(code)
        return found if found is not None else self._margins.get("*", _ZERO)

    def currencies(self) -> tuple[str, ...]:
        """The dollar and every currency of the file."""
        if self._table is None and self.path == EMBEDDED_MONTHLY:
            return ("USD", *COUNTRIES.values())
        return self.table.currencies

    def _not_found(self, base: str, quote: str, on: _dt.date | None, reason: str) -> RateNotFoundError:
        table = self.table
        for code in (base, quote):
            if code == table.base:
                continue  # the dollar is 1 in every month: the other currency is the one missing
            span = table.bounds(code)
            if span is None:
                return RateNotFoundError(code, on, None, self.name, "no monthly average at all")
            if on is not None and on < span[0]:
                return RateNotFoundError(code, on, span, self.name, "before the history")
            if on is not None and on > _month_end(span[1]):
                return RateNotFoundError(code, on, span, self.name, "after the history")
        code = quote if base == "USD" else base
        return RateNotFoundError(code, on, table.bounds(code), self.name, reason)

    def lookup(self, base: str, quote: str, on: _dt.date | None, policy: Policy | str) -> Rate:
        """The average of the month of ``on`` (``on=None``: the latest month with both currencies).

        ``policy="exact"`` asks for the fixing of one day, which a monthly average is not:
        :class:`~rates.RateNotFoundError`.
        """
        table = self.table
        table._column_index(base)  # an unknown currency is named first
        table._column_index(quote)
        if policy == Policy.EXACT:
            raise self._not_found(base, quote, on, "only monthly averages here, no fixing of one day")
        try:
            found = table.lookup(base, quote, None if on is None else on.replace(day=1), Policy.EXACT)
        except RateNotFoundError:
            month = "" if on is None else f" for {on.year:04d}-{on.month:02d}"
            raise self._not_found(base, quote, on, f"no monthly average{month}") from None
        margin = self.margin(base) + self.margin(quote)
        return Rate(base, quote, found.value, found.date, self.name, on, RateKind.MONTHLY_AVERAGE, margin)

    def series(self, base: str, quote: str, start: _dt.date, end: _dt.date) -> list[tuple[_dt.date, Decimal]]:
        """The average of every month that overlaps the period, dated the first day of its month."""
        return self.table.series(base, quote, start.replace(day=1), end)

    def span(self, base: str, quote: str) -> tuple[_dt.date, _dt.date] | None:
        """See :meth:`Source.span`: from the first day of the first month to the last of the last."""
        found = super().span(base, quote)
        return None if found is None else (found[0], _month_end(found[1]))

    def extent(self, day: _dt.date) -> tuple[_dt.date, _dt.date]:
        """A monthly average stands for every day of its month."""
        return day.replace(day=1), _month_end(day)

    @property
    def origin(self) -> str:
        """``"embedded"`` for the file that ships with the package, else ``"file"``."""
        return "embedded" if self.path == EMBEDDED_MONTHLY else "file"

    def __repr__(self) -> str:
        return f"<FedMonthlySource {self.path!r}>"


@functools.cache
def monthly_source() -> FedMonthlySource:
    """The embedded monthly averages (read on first use of a rate)."""
    return FedMonthlySource()


def _daily_header(line: str, label: str) -> tuple[list[str], frozenset[str]]:
    """The currency codes of a daily file's header (``Date,DEXJPUS,...``) and those to invert."""
    names = line.rstrip("\n").split(",")
    if names[0].strip().lower() != "date" or len(names) < 2:
        raise RateDataError(label, 1, "expected the header 'Date,<FRED series>,...'", line[:60])
    codes: list[str] = []
    inverted: set[str] = set()
    for name in names[1:]:
        found = SERIES.get(name)
        if found is None:
            raise RateDataError(label, 1, "not a daily H.10 series", name)
        codes.append(found[0])
        if found[1]:
            inverted.add(found[0])
    return codes, frozenset(inverted)


def daily_table(text: str, label: str, *, full: bool = False, name: str = "fed") -> Table:
    """The daily file's ``text`` (``Date,DEXUSAL,...`` rows) as a table of units per US dollar."""
    header, _, body = text.partition("\n")
    codes, inverted = _daily_header(header, label)
    return Table("Date," + ",".join(codes) + "\n" + body, path=label, name=name, base="USD", full=full,
                 kind=RateKind.DAILY, inverted=inverted)


class FedDailySource(TableSource):
    """The Federal Reserve's daily rates as ``rates update --source fed`` stores them.

    One row per business day, one column per FRED series (``Date,DEXUSAL,DEXBZUS,...``), each
    value as FRED publishes it; the series quoted as dollars per unit are inverted when read.
    The file is read on the first rate asked for.
    """

    def __init__(self, path: str | os.PathLike[str], *, origin: str = "file", name: str = "fed", full: bool = False) -> None:
        self.path = os.fspath(path)
        self.origin = origin
        self.name = name
        self._full = full
        self._table: Table | None = None
        if full:
            self.table  # noqa: B018 (read and check it all now)

    @property
    def table(self) -> Table:  # type: ignore[override]
        """The rates, read on first use."""
        if self._table is None:
            with open(self.path, "rb") as f:
                raw = f.read()
            try:
                text = raw.decode("ascii")
            except UnicodeDecodeError as err:
                raise RateDataError(self.path, raw[: err.start].count(b"\n") + 1, "non-ASCII byte") from None
            self._table = daily_table(text, self.path, full=self._full, name=self.name)
        return self._table

    def currencies(self) -> tuple[str, ...]:
        """The dollar and the currency of every series in the file (its header alone is read)."""
        if self._table is not None:
            return self._table.currencies
        with open(self.path, encoding="ascii", errors="replace") as f:
            codes, _ = _daily_header(f.readline(), self.path)
        return ("USD", *codes)

    def __repr__(self) -> str:
        return f"<FedDailySource {self.path!r}>"


def daily_path() -> str:
    """Where ``rates update --source fed`` keeps the daily rates."""
    from rates.sources.ecb import _cache_dir

    return os.path.join(_cache_dir(), DAILY_CACHE_NAME)


def daily_source() -> FedDailySource | None:
    """The downloaded daily rates, or ``None`` when there are none (or they cannot be read).

    The file is looked up on every call (one ``stat``), so that a download is used at once; the
    source read from it is kept while the file is unchanged.
    """
    path = daily_path()
    try:
        info = os.stat(path)
    except OSError:
        return None
    return _daily_at(path, info.st_mtime_ns, info.st_size)


@functools.lru_cache(maxsize=4)
def _daily_at(path: str, mtime_ns: int, size: int) -> FedDailySource | None:
    try:
        source = _CachedDailySource(path)
        source.table.check_newest()  # the structure of every row, the values of the newest
    except (RateDataError, OSError) as err:
        warn_unusable_cache(path, err, _UPDATE)
        return None
    return source


#: The command line that downloads the daily rates again.
_UPDATE = "moneyparse rates update --source fed"


class _CachedDailySource(FedDailySource):
    """The downloaded daily rates, which step aside when a row proves corrupt when first read.

    The fault warns (:class:`~rates.RateCacheWarning`), the request is passed on as one this
    source has no rate for (the monthly averages answer it), and so is every later one.
    """

    def __init__(self, path: str) -> None:
        super().__init__(path, origin="cache")
        self.broken = False

    def _step_aside(self, err: RateDataError, base: str, quote: str, on: _dt.date | None) -> RateNotFoundError:
        if not self.broken:
            self.broken = True
            warn_unusable_cache(self.path, err, _UPDATE)
            memo.clear()  # rates memoized from the file stand no more
        missing = quote if base == "USD" else base
        return RateNotFoundError(missing, on, None, self.name, "the downloaded daily rates are unusable")

    def lookup(self, base: str, quote: str, on: _dt.date | None, policy: Policy | str) -> Rate:
        """See :meth:`~rates.sources.base.Source.lookup`; none once a row proved corrupt."""
        if not self.broken:
            try:
                return super().lookup(base, quote, on, policy)
            except RateDataError as err:
                if err.path != self.path:
                    raise
                raise self._step_aside(err, base, quote, on) from None
        raise self._step_aside(RateDataError(self.path, None, "unusable"), base, quote, on)

    def series(self, base: str, quote: str, start: _dt.date, end: _dt.date) -> list[tuple[_dt.date, Decimal]]:
        """See :meth:`~rates.sources.base.Source.series`; none once a row proved corrupt."""
        if not self.broken:
            try:
                return super().series(base, quote, start, end)
            except RateDataError as err:
                if err.path != self.path:
                    raise
                raise self._step_aside(err, base, quote, start) from None
        raise self._step_aside(RateDataError(self.path, None, "unusable"), base, quote, start)
