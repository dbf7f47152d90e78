"""Check the conversions a text quotes against reference rates.

For each quoted pair (``Rmb72.5bn (£8bn)``) the implied rate and its interval
(:func:`rates.implied`) are compared with the reference rate of the publication date, and the
pair gets a verdict by the rule of :mod:`rates.verdicts` (how much of the figures' rounding it
takes to reach the reference); an inconsistent pair is tested for the common slips
(:mod:`rates.causes`).  For each currency couple the intervals of all its pairs are intersected,
and the reference history is searched for the days whose fixing lies in that common interval:
when the writer's rate was current.  Without a publication date nothing is judged, and those
days, over the whole history, are the answer: the dates the figures fit.

The search runs from ``since`` (default: 1 January of the year before publication, so between
13 and 24 months of history) to the publication date; without a date, over the whole history.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from rates.causes import Cause, likely_cause
from rates.codes import normalize
from rates.contexts import CTX
from rates.dates import DATELINE_WINDOW, DateOrigin, PublicationDate, coerce_date, dateline, publication_date  # noqa: F401
from rates.errors import RateNotFoundError, RatesError, UnknownCurrencyError
from rates.history import LOOKBACK_DAYS, Policy
from rates.intervals import APPROX_FACTOR, ImpliedRate, common_interval, implied, rounding_needed
from rates.results import Rate
from rates.sources import Source, resolve
from rates.verdicts import COARSE_RATIO, DOUBTFUL_FROM, Remedy, Verdict, band, is_coarse, judge, overall

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.quoted import QuotedAmount, QuotedPair
    from rates.report_words import Marked

__all__ = [
    "DEFAULT_TOLERANCE",
    "CheckReport",
    "CoupleCheck",
    "PairCheck",
    "Remedy",
    "Verdict",
    "check",
    "check_pairs",
    "common_interval",
    "dateline",
    "default_since",
]

#: How far (relative) the reference may lie outside the implied interval and still be consistent.
DEFAULT_TOLERANCE = Decimal("0.01")

_ONE = Decimal(1)
_FIRST_DAY = _dt.date(1900, 1, 1)
_LAST_DAY = _dt.date(9998, 12, 31)


@dataclass(frozen=True, slots=True)
class PairCheck:
    """One quoted conversion checked against the reference.

    ``verdict`` is a :class:`~rates.verdicts.Verdict`.  ``band`` is the reference band
    (the reference widened by the tolerance and its margin), ``rounding_needed`` the share ``f``
    of the figures' rounding it takes to reach it (``None``: no share does), ``coarse`` whether
    the figures' full interval spans more than 1.5, ``deviation`` ``implied.value /
    reference.value - 1``.  ``cause`` is the likely slip of an inconsistent pair, when one fits.
    A pair that was not checked has ``reason`` (why) and ``remedy`` (what to do); a pair in one
    currency has no ``implied`` rate.
    """

    first: QuotedAmount
    second: QuotedAmount
    implied: ImpliedRate | None
    reference: Rate | None
    deviation: Decimal | None
    verdict: Verdict
    rounding_needed: Decimal | None = None
    band: tuple[Decimal, Decimal] | None = None
    coarse: bool = False
    cause: Cause | None = None
    reason: str = ""
    remedy: Remedy | None = None
    kind: str = ""

    @property
    def consistent(self) -> bool | None:
        """``True`` for a consistent pair, ``False`` for a doubtful or inconsistent one, else ``None``."""
        if self.verdict is Verdict.CONSISTENT:
            return True
        return False if self.verdict.flagged else None

    @property
    def note(self) -> str:
        """The reason a pair was not checked (``reason``, under its earlier name)."""
        return self.reason

    def to_dict(self) -> dict[str, object]:
        """The pair as JSON-ready data (decimals as exact strings, dates as ISO strings)."""
        imp = self.implied
        return {
            "first": _mention_dict(self.first),
            "second": _mention_dict(self.second),
            "kind": self.kind or None,
            "verdict": self.verdict.value,
            "consistent": self.consistent,
            "implied": None
            if imp is None
            else {"base": imp.base, "quote": imp.quote, "value": _plain(imp.value), "low": _plain(imp.low), "high": _plain(imp.high)},
            "reference": None if self.reference is None else _rate_dict(self.reference),
            "band": None if self.band is None else {"low": _plain(self.band[0]), "high": _plain(self.band[1])},
            "deviation": _plain(self.deviation),
            "rounding_needed": _plain(self.rounding_needed),
            "coarse": self.coarse,
            "cause": None if self.cause is None else self.cause.to_dict(),
            "reason": self.reason or None,
            "remedy": None if self.remedy is None else self.remedy.value,
        }


@dataclass(frozen=True, slots=True)
class CoupleCheck:
    """Every pair of one currency couple, together.

    ``fits`` says whether one rate fits every pair; ``low``/``high`` is that common interval
    (both ``None`` when none fits; ``high`` alone ``None`` when it is open above), ``coarse``
    whether it spans more than 1.5 (too wide to date the figures).  ``matching_dates`` lists the
    runs of consecutive reference fixings that fall in the interval, as ``(first, last)`` date
    ranges searched from ``since`` to ``until`` (``None`` both when the source has no fixing of
    the couple there); ``fixings`` is how many fixings were searched.
    """

    base: str
    quote: str
    count: int
    fits: bool
    low: Decimal | None
    high: Decimal | None
    matching_dates: tuple[tuple[_dt.date, _dt.date], ...]
    since: _dt.date | None
    until: _dt.date | None
    coarse: bool = False
    fixings: int = 0

    def to_dict(self) -> dict[str, object]:
        """The couple as JSON-ready data."""
        return {
            "base": self.base,
            "quote": self.quote,
            "count": self.count,
            "fits": self.fits,
            "low": _plain(self.low),
            "high": _plain(self.high),
            "coarse": self.coarse,
            "matching_dates": _runs_list(self.matching_dates),
            "since": _iso(self.since),
            "until": _iso(self.until),
            "fixings": self.fixings,
        }


@dataclass(frozen=True, slots=True)
class CheckReport:
    """What :func:`rates.check` found: one entry per pair, one per currency couple.

    ``published`` is the date checked on (``None``: none was given or stated) and ``publication``
    says where it came from.  ``matching_dates`` are the runs of fixing days on which the
    reference lies within the rounding of every conversion of the text (each couple's common
    interval), searched from ``since`` to ``until`` (``whole_history``: the source's whole history,
    when neither a date nor bounds were given): without a publication date, the answer.
    ``verdict`` is the verdict of the whole text (:func:`rates.verdicts.overall`).  ``text`` is
    the text checked, kept by :func:`check` for :meth:`to_html` (``None`` from :func:`check_pairs`).
    """

    published: _dt.date | None
    pairs: tuple[PairCheck, ...]
    couples: tuple[CoupleCheck, ...]
    tolerance: Decimal
    source: str
    publication: PublicationDate = PublicationDate(None, DateOrigin.NONE)
    matching_dates: tuple[tuple[_dt.date, _dt.date], ...] = ()
    since: _dt.date | None = None
    until: _dt.date | None = None
    whole_history: bool = False
    text: str | None = field(default=None, repr=False, compare=False)

    @property
    def verdict(self) -> Verdict:
        """``inconsistent``, ``doubtful`` or ``consistent`` (the worst checked pair), else ``not checked``."""
        return overall([p.verdict for p in self.pairs])

    @property
    def consistent(self) -> bool | None:
        """``True`` when every checked pair is consistent, ``False`` when one is flagged, ``None``: none checked."""
        verdict = self.verdict
        if verdict is Verdict.NOT_CHECKED:
            return None
        return verdict is Verdict.CONSISTENT

    def counts(self) -> dict[str, int]:
        """How many pairs got each verdict, every verdict listed (in the order of :class:`Verdict`)."""
        found = {v.value: 0 for v in Verdict}
        for p in self.pairs:
            found[p.verdict.value] += 1
        return found

    def to_dict(self, *, command_line: bool = False) -> dict[str, object]:
        """The whole report as JSON-ready data: every pair with its mentions, interval, reference,
        band, deviation, share of rounding, verdict and cause; every couple with its common interval
        and matching date runs; the date and where it came from; the overall verdict.

        ``command_line`` words the advice for the command line (``--published``) rather than the
        library (``published=``).
        """
        from rates.checktext import advice

        pairs = []
        for p in self.pairs:
            item = p.to_dict()
            item["advice"] = None if p.remedy is None else advice(p.remedy, command_line=command_line)
            pairs.append(item)
        return {
            "verdict": self.verdict.value,
            "consistent": self.consistent,
            "published": _iso(self.published),
            "date": self.publication.to_dict(),
            "source": self.source,
            "tolerance": _plain(self.tolerance),
            "rule": {
                "doubtful_from": _plain(DOUBTFUL_FROM),
                "coarse_ratio": _plain(COARSE_RATIO),
                "approx_factor": _plain(APPROX_FACTOR),
            },
            "counts": self.counts(),
            "pairs": pairs,
            "couples": [c.to_dict() for c in self.couples],
            "matching_dates": _runs_list(self.matching_dates),
            "since": _iso(self.since),
            "until": _iso(self.until),
            "whole_history": self.whole_history,
        }

    def to_text(self, *, command_line: bool = False) -> str:
        """The report for people (see :mod:`rates.checktext`); ``command_line`` as in :meth:`to_dict`."""
        from rates.checktext import render

        return render(self, command_line=command_line)

    def to_html(
        self,
        text: str | None = None,
        *,
        mentions: Iterable[Marked] | None = None,
        source: object = None,
        title: str | None = None,
        charts: bool = True,
    ) -> str:
        """The report as one self-contained HTML page: the text with every amount and every quoted
        conversion marked, each conversion's figures, and a chart per currency couple.

        ``text`` defaults to the text :func:`check` kept; ``mentions`` to the amounts
        :func:`moneyparse.extract` finds in it; ``source`` to the rate source the report names.
        The charts need matplotlib (``pip install 'moneyparse[report]'``), else
        :class:`~rates.errors.ExtraNotInstalledError`; ``charts=False`` leaves them out.
        See :mod:`rates.report_html`.
        """
        from rates.report_html import render_check

        found = None if mentions is None else list(mentions)
        return render_check(self, text, mentions=found, source=source, title=title, charts=charts)

    def to_markdown(self, *, title: str | None = None, command_line: bool = False) -> str:
        """The report as Markdown, for pasting into a content system (see :mod:`rates.report_md`)."""
        from rates.report_md import render_markdown

        return render_markdown(self, title=title, command_line=command_line)


# -- JSON helpers --------------------------------------------------------------------------


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else format(value, "f")


def _iso(day: _dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _runs_list(runs: Iterable[tuple[_dt.date, _dt.date]]) -> list[list[str]]:
    return [[a.isoformat(), b.isoformat()] for a, b in runs]


def _rate_dict(rate: Rate) -> dict[str, object]:
    return {
        "base": rate.base,
        "quote": rate.quote,
        "value": _plain(rate.value),
        "date": _iso(rate.date),
        "requested": _iso(rate.requested),
        "source": rate.source,
        "kind": rate.kind.value,
        "margin": _plain(rate.margin),
    }


def _mention_dict(mention: QuotedAmount) -> dict[str, object]:
    qualifier = mention.qualifier
    return {
        "text": mention.text,
        "start": getattr(mention, "start", None),
        "end": getattr(mention, "end", None),
        "amount": _plain(mention.amount),
        "high": _plain(mention.high),
        "currency": mention.currency,
        "precision": _plain(mention.precision),
        "qualifier": None if qualifier is None else str(getattr(qualifier, "value", qualifier)),
    }


# -- the check -------------------------------------------------------------------------------


def default_since(published: _dt.date) -> _dt.date:
    """Where the search for matching fixings starts: 1 January of the year before publication."""
    return _dt.date(published.year - 1, 1, 1)


def _tolerance(value: object) -> Decimal:
    if isinstance(value, (float, bool)):
        raise TypeError(f"tolerance must be exact (Decimal, int or str), not {value!r}")
    try:
        tol = Decimal(value)  # type: ignore[arg-type]
    except (ArithmeticError, TypeError, ValueError):
        raise ValueError(f"not a tolerance: {value!r}") from None
    if not tol.is_finite() or tol < 0 or tol >= 1:
        raise ValueError(f"tolerance must lie in [0, 1): {value!r}")
    return tol


def _runs(points: list[tuple[_dt.date, Decimal]], low: Decimal, high: Decimal | None) -> tuple[tuple[_dt.date, _dt.date], ...]:
    return _runs_of([day for day, value in points], {day for day, value in points if low <= value and (high is None or value <= high)})


def _runs_of(days: list[_dt.date], inside: set[_dt.date]) -> tuple[tuple[_dt.date, _dt.date], ...]:
    """Runs of consecutive ``days`` (in order) that are in ``inside``, as ``(first, last)``."""
    runs: list[tuple[_dt.date, _dt.date]] = []
    start: _dt.date | None = None
    last: _dt.date | None = None
    for day in days:
        if day in inside:
            if start is None:
                start = day
            last = day
        elif start is not None:
            runs.append((start, last))  # type: ignore[arg-type]
            start = None
    if start is not None:
        runs.append((start, last))  # type: ignore[arg-type]
    return tuple(runs)


def _why(err: RatesError, source: Source) -> tuple[str, Remedy]:
    """Why a rate could not be had, for people, and what to do about it."""
    name = source.name
    if isinstance(err, UnknownCurrencyError):
        code = err.code if isinstance(err.code, str) else str(err.code)
        if err.reason == "not an ISO 4217 currency code":
            return f"{code} is not an ISO 4217 currency; the {name} rates have none for it", Remedy.GIVE_RATES
        return f"no {name} rate for {code}", Remedy.GIVE_RATES
    if isinstance(err, RateNotFoundError):
        code, on, span = err.currency, err.on, err.available
        day = "" if on is None else on.isoformat()
        if span is None:
            return f"the {name} rates have no fixing of {code}", Remedy.GIVE_RATES
        first, last = span[0].isoformat(), span[1].isoformat()
        if err.reason == "before the history":
            return f"{day} is before the {name} history of {code} (first fixing {first})", Remedy.GIVE_RATES
        if err.reason == "after the history":
            end = getattr(getattr(source, "table", None), "last", None)
            if end is not None and span[1] < end - _dt.timedelta(days=LOOKBACK_DAYS):
                return f"the {name} stopped fixing {code} on {last}", Remedy.GIVE_RATES
            return f"{day} is after the {name} history (last fixing {last})", Remedy.UPDATE_RATES
        return f"no {name} fixing of {code} on {day} or in the {LOOKBACK_DAYS} days before", Remedy.GIVE_RATES
    return str(err), Remedy.GIVE_RATES  # pragma: no cover (every rates lookup error is one of the above)


def _same_currency(pair: QuotedPair) -> bool:
    try:
        return normalize(pair.first.currency) == normalize(pair.second.currency)
    except RatesError:
        return pair.first.currency.upper() == pair.second.currency.upper()


@dataclass(frozen=True, slots=True)
class _Magnitude:
    """One side of a pair of losses, read as its size: ``-€13.2 million`` as 13.2 million."""

    text: str
    amount: Decimal
    high: Decimal | None
    currency: str
    precision: Decimal
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class _MagnitudePair:
    first: _Magnitude
    second: _Magnitude


def _negative(side: QuotedAmount) -> bool:
    return side.amount < 0 and (side.high is None or side.high < 0)


def _size(side: QuotedAmount) -> _Magnitude:
    low, high = (-side.amount, None) if side.high is None else (-side.high, -side.amount)
    return _Magnitude(side.text, low, high, side.currency, side.precision, side.qualifier)


def _magnitudes(pair: QuotedPair) -> QuotedPair:
    """``pair`` itself, or, when both sides are negative (a loss quoted in two currencies,
    ``-€13.2 million (-$13.8 million)``), the pair of their sizes: the rate is the same."""
    if _negative(pair.first) and _negative(pair.second):
        return _MagnitudePair(_size(pair.first), _size(pair.second))
    return pair


def _check_one(pair: QuotedPair, day: _dt.date | None, tol: Decimal, src: Source) -> PairCheck:
    kind = str(getattr(pair, "kind", "") or "")
    first, second = pair.first, pair.second
    if _same_currency(pair):
        return PairCheck(
            first, second, None, None, None, Verdict.NOT_A_CONVERSION,
            reason=f"both amounts are in {first.currency.upper()}", kind=kind,
        )
    try:
        imp = implied(pair)
    except RatesError as err:  # a code that is not a currency code
        reason, remedy = _why(err, src)
        return PairCheck(first, second, None, None, None, Verdict.NOT_CHECKED, reason=reason, remedy=remedy, kind=kind)
    except ValueError:
        what = "an amount is zero" if first.amount == 0 or second.amount == 0 else "one amount is negative and the other not"
        return PairCheck(first, second, None, None, None, Verdict.NOT_CHECKED, reason=f"{what}: no rate", kind=kind)
    coarse = is_coarse(imp.low, imp.high)
    if day is None:
        return PairCheck(
            first, second, imp, None, None, Verdict.NOT_CHECKED, coarse=coarse,
            reason="no publication date", remedy=Remedy.GIVE_DATE, kind=kind,
        )
    try:
        ref = src.lookup(imp.base, imp.quote, day, Policy.PREVIOUS)
    except RatesError as err:
        reason, remedy = _why(err, src)
        return PairCheck(first, second, imp, None, None, Verdict.NOT_CHECKED, coarse=coarse, reason=reason, remedy=remedy, kind=kind)
    deviation = CTX.subtract(CTX.divide(imp.value, ref.value), _ONE)
    low, high = band(ref, tol)
    needed = rounding_needed(pair, low, high)
    verdict = judge(needed, coarse)
    reason = ""
    if verdict is Verdict.TOO_COARSE:
        ratio = "no upper bound" if imp.high is None or imp.low <= 0 else "rates up to " + _times(imp.high, imp.low) + " apart"
        reason = f"the figures' rounding allows {ratio}: they cannot tell rates 50% apart"
    return PairCheck(first, second, imp, ref, deviation, verdict, needed, (low, high), coarse, None, reason, None, kind)


def _times(high: Decimal, low: Decimal) -> str:
    ratio = CTX.divide(high, low)
    return f"{ratio.quantize(Decimal('0.1')) if ratio < 100 else ratio.quantize(_ONE)}-fold"


def check_pairs(
    pairs: Iterable[QuotedPair],
    published: _dt.date | str | PublicationDate | None,
    *,
    tolerance: Decimal | int | str = DEFAULT_TOLERANCE,
    source: object = None,
    since: _dt.date | str | None = None,
    until: _dt.date | str | None = None,
    causes: bool = True,
) -> CheckReport:
    """Check already extracted pairs (see :func:`check`).

    ``published`` is the publication date (a date, an ISO string, a
    :class:`~rates.dates.PublicationDate`, or ``None``: then nothing is judged and the matching
    fixing days over the whole history are the answer).  A pair in one currency is listed as
    ``not a conversion``.  ``causes=False`` skips the search for the likely cause.
    """
    if isinstance(published, PublicationDate):
        when = published
    else:
        day0 = coerce_date(published)
        when = PublicationDate(day0, DateOrigin.GIVEN if day0 is not None else DateOrigin.NONE)
    day = when.date
    tol = _tolerance(tolerance)
    src: Source = resolve(source)
    start = coerce_date(since) or (None if day is None else default_since(day))
    end = coerce_date(until) or day
    checks: list[PairCheck] = []
    given: list[QuotedPair] = []
    groups: dict[tuple[str, str], list[ImpliedRate]] = {}
    for pair in pairs:
        calc = _magnitudes(pair)
        item = _check_one(calc, day, tol, src)
        if calc is not pair:  # report the amounts as the text gives them
            item = replace(item, first=pair.first, second=pair.second)
        checks.append(item)
        given.append(calc)
        if item.implied is not None:
            groups.setdefault((item.implied.base, item.implied.quote), []).append(item.implied)
    couples: list[CoupleCheck] = []
    inside: list[set[_dt.date]] = []
    calendar: list[_dt.date] = []
    for (base, quote), members in groups.items():
        common = common_interval(members)
        try:
            points = src.series(base, quote, start or _FIRST_DAY, end or _LAST_DAY)
        except RatesError:
            points = []
        since_ = start or (points[0][0] if points else None)
        until_ = end or (points[-1][0] if points else None)
        if common is None:
            couples.append(CoupleCheck(base, quote, len(members), False, None, None, (), since_, until_, False, len(points)))
            inside.append(set())
            continue
        low, high = common
        runs = _runs(points, low, high)
        coarse = is_coarse(low, high)
        couples.append(CoupleCheck(base, quote, len(members), True, low, high, runs, since_, until_, coarse, len(points)))
        inside.append({d for d, v in points if low <= v and (high is None or v <= high)})
        if not calendar:
            calendar = [d for d, _ in points]
    if causes and start is not None:
        shared = {(c.base, c.quote): c.matching_dates for c in couples if c.count > 1}
        for k, item in enumerate(checks):
            if item.verdict is Verdict.INCONSISTENT and item.reference is not None and item.implied is not None:
                runs = shared.get((item.implied.base, item.implied.quote), ())
                cause = likely_cause(given[k], item.reference, src, tol, start, runs)
                if cause is not None:
                    checks[k] = replace(item, cause=cause)
    matching: tuple[tuple[_dt.date, _dt.date], ...] = ()
    if inside:
        every = set.intersection(*inside)
        matching = _runs_of(calendar, every)
    since_all = start if start is not None else min((c.since for c in couples if c.since), default=None)
    until_all = end if end is not None else max((c.until for c in couples if c.until), default=None)
    whole = start is None and end is None
    return CheckReport(day, tuple(checks), tuple(couples), tol, src.name, when, matching, since_all, until_all, whole)


def check(
    text: str,
    *,
    published: _dt.date | str | PublicationDate | None = None,
    tolerance: Decimal | int | str = DEFAULT_TOLERANCE,
    source: object = None,
    since: _dt.date | str | None = None,
    until: _dt.date | str | None = None,
    assume: dict[str, str] | None = None,
    causes: bool = True,
) -> CheckReport:
    """Check every conversion ``text`` quotes against the reference rates of its publication date.

    ``published`` defaults to the date the text states at its top (front matter, a ``Date:`` or
    ``Published`` header, a dateline: :func:`rates.dates.find_dateline`), never to a date the
    story mentions; ``report.publication`` says which.  With no date at all nothing is judged:
    ``report.matching_dates`` gives the days on which the reference lies within every
    conversion's rounding.  The pairs come from :func:`moneyparse.pairs` (``assume`` is passed
    on), same-currency brackets included so that none is dropped silently.  Each pair gets a
    verdict by the rule of :mod:`rates.verdicts`; ``tolerance`` (relative, default 1%) widens the
    reference on each side.  ``since`` and ``until`` bound the search for matching fixings
    (default: :func:`default_since` to the publication date, or the whole history).
    """
    when = publication_date(text, published)
    from moneyparse import pairs  # the declared way back to the extractor, on first use only

    found = pairs(text, assume=assume, same_currency=True)
    report = check_pairs(found, when, tolerance=tolerance, source=source, since=since, until=until, causes=causes)
    return replace(report, text=text)
