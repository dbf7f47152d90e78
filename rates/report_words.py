"""What the HTML and Markdown reports say about an amount, a verdict and a couple, in words.

The reports (:mod:`rates.report_html`, :mod:`rates.report_md`) show the same facts as the text
report (:mod:`rates.checktext`) and word them alike: rates with five significant digits,
deviations in per cent, dates as ISO dates, never a Python representation.  An amount is read
through its attributes only (``amount``, ``high``, ``currency``, ``precision``, ``qualifier``,
and where the extractor gives them ``evidence``, ``marker`` and ``alternatives``), so that any
record with those attributes can be shown.

This module imports nothing beyond the package and the standard library.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Protocol

from rates.checktext import _reference_text, interval_text, percent_text, rate_text, rounding_text, runs_text
from rates.verdicts import Verdict

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.factcheck import CheckReport, CoupleCheck, PairCheck
    from rates.results import Rate

__all__ = [
    "VERDICT_SIGNS",
    "amount_facts",
    "couple_text",
    "days_in",
    "evidence_text",
    "hedge_text",
    "interval_text",
    "pair_rows",
    "percent_text",
    "rate_text",
    "reference_text",
    "runs_text",
    "value_text",
    "verdict_class",
    "verdict_sign",
]

#: A sign for each verdict, shown beside its word so that no verdict is told by colour alone.
VERDICT_SIGNS: dict[Verdict, str] = {
    Verdict.CONSISTENT: "✓",
    Verdict.DOUBTFUL: "?",
    Verdict.INCONSISTENT: "✗",
    Verdict.TOO_COARSE: "≈",
    Verdict.NOT_CHECKED: "–",
    Verdict.NOT_A_CONVERSION: "=",
}

_HEDGES = {
    "approx": "about",
    "more_than": "more than",
    "at_least": "at least",
    "less_than": "less than",
    "at_most": "at most",
}

_EVIDENCE = {
    "marker": "the marker names this currency only",
    "default": "the marker has no other evidence here: read as its usual currency",
    "context": "a country or currency word near the amount",
    "document": "country or currency words elsewhere in the text",
    "pair": "the rate its quoted conversion implies fits this currency only",
    "assumed": "the reading you gave for this marker",
}


class Marked(Protocol):
    """What the page shows of an amount: a :class:`moneyparse.Mention`, or a fact-check's quoted
    amount; its other facts (high, currency, qualifier, precision, evidence) are read when it has
    them."""

    @property
    def amount(self) -> Decimal: ...


def verdict_sign(verdict: Verdict) -> str:
    """The sign shown beside a verdict's word (``✓``, ``?``, ``✗`` ...)."""
    return VERDICT_SIGNS[Verdict(verdict)]


def verdict_class(verdict: Verdict) -> str:
    """The CSS class of a verdict: ``v-consistent``, ``v-too-coarse-to-check`` ..."""
    return "v-" + Verdict(verdict).value.replace(" ", "-")


def _number(value: Decimal) -> str:
    """An exact amount with thousands separators and no exponent (``72,500,000,000``)."""
    text = format(value.normalize() if value == value.to_integral_value() else value, ",f")
    return text


def value_text(mention: Marked) -> str:
    """The normalized value of an amount: ``72,500,000,000 CNY``; a range ``5,000,000,000–6,000,000,000 USD``."""
    amount: Decimal = mention.amount
    high: Decimal | None = getattr(mention, "high", None)
    currency = str(getattr(mention, "currency", "")).upper()
    shown = _number(amount) if high is None else f"{_number(amount)}–{_number(high)}"
    return f"{shown} {currency}".strip()


def hedge_text(mention: Marked) -> str | None:
    """The hedge of an amount in words (``more than``), or ``None``."""
    qualifier = getattr(mention, "qualifier", None)
    if qualifier is None:
        return None
    key = str(getattr(qualifier, "value", qualifier))
    return _HEDGES.get(key, key.replace("_", " "))


def evidence_text(mention: Marked) -> str | None:
    """What chose the currency of an amount, in words, or ``None`` when the record does not say."""
    evidence = getattr(mention, "evidence", None)
    if evidence is None:
        return None
    key = str(getattr(evidence, "value", evidence))
    marker = str(getattr(mention, "marker", "") or "")
    words = _EVIDENCE.get(key, key)
    if key in ("marker", "default") and marker:
        words = f"“{marker}”: {words}"
    return words


def amount_facts(mention: Marked) -> list[tuple[str, str]]:
    """Every fact the report shows of one amount, as ``(label, words)`` rows, in a fixed order.

    The value and code always; then the hedge, the range, the precision, the evidence and the
    alternatives where the record has them.
    """
    rows = [("value", value_text(mention)), ("currency", str(getattr(mention, "currency", "")).upper())]
    hedge = hedge_text(mention)
    if hedge is not None:
        rows.append(("hedge", hedge))
    high = getattr(mention, "high", None)
    if high is not None:
        rows.append(("range", f"from {_number(mention.amount)} to {_number(high)}"))
    precision = getattr(mention, "precision", None)
    if precision is not None:
        rows.append(("precision", f"written to the nearest {_number(Decimal(precision))}"))
    evidence = evidence_text(mention)
    if evidence is not None:
        rows.append(("evidence", evidence))
    alternatives = tuple(getattr(mention, "alternatives", ()) or ())
    if alternatives:
        rows.append(("alternatives", ", ".join(str(a) for a in alternatives)))
    return rows


def reference_text(rate: Rate) -> str:
    """A reference rate's source, kind and date, for people (``ecb fixing of 2025-02-20``)."""
    return _reference_text(rate)


def days_in(points: Iterable[tuple[_dt.date, Decimal]], low: Decimal | None, high: Decimal | None) -> tuple[tuple[_dt.date, _dt.date], ...]:
    """Runs of consecutive fixing days of ``points`` whose rate lies in ``[low, high]``.

    ``high`` ``None`` is open above; ``low`` ``None`` (no interval) gives no day.
    """
    runs: list[tuple[_dt.date, _dt.date]] = []
    start: _dt.date | None = None
    last: _dt.date | None = None
    for day, value in points:
        inside = low is not None and low <= value and (high is None or value <= high)
        if inside:
            if start is None:
                start = day
            last = day
        elif start is not None and last is not None:
            runs.append((start, last))
            start = None
    if start is not None and last is not None:
        runs.append((start, last))
    return tuple(runs)


def pair_rows(
    item: PairCheck, *, current: tuple[tuple[_dt.date, _dt.date], ...] | None = None, searched: str = ""
) -> list[tuple[str, str]]:
    """What the report says of one quoted conversion, as ``(label, words)`` rows.

    ``current`` are the runs of fixing days on which the pair's own figures were current
    (``None``: not searched), ``searched`` the span searched, in words.
    """
    rows: list[tuple[str, str]] = []
    imp = item.implied
    if imp is not None:
        per = f"{imp.quote} per {imp.base}"
        rows.append(("implied rate", f"{rate_text(imp.value)} {per}"))
        rows.append(("the figures allow", f"{interval_text(imp.low, imp.high)} {per}"))
        ref = item.reference
        if ref is not None:
            rows.append(("reference rate", f"{rate_text(ref.value)} {per}, {reference_text(ref)}"))
        if item.deviation is not None:
            rows.append(("deviation", f"{percent_text(item.deviation)}; {rounding_text(item.rounding_needed)}"))
    word = item.verdict.value
    if item.verdict is Verdict.DOUBTFUL:
        word += ": only the extreme edge of the rounding fits"
    elif item.reason:
        word += f": {item.reason}"
    rows.append(("verdict", word))
    if item.verdict is Verdict.INCONSISTENT:
        rows.append(("likely cause", item.cause.description if item.cause is not None else "none of the common slips fits"))
    if current is not None and imp is not None:
        where = f" ({searched})" if searched else ""
        rows.append(("figures current on", runs_text(current, empty="no fixing day searched") + where))
    return rows


def couple_text(couple: CoupleCheck, whole: bool) -> str:
    """One couple's common interval and the days it was fixed in it, in a sentence."""
    per = f"{couple.quote} per {couple.base}"
    count = f"{couple.count} conversion" + ("" if couple.count == 1 else "s")
    if not couple.fits:
        return f"{per} ({count}): no single rate fits them all."
    interval = interval_text(couple.low, couple.high)
    if not couple.fixings:
        return f"{per} ({count}): {interval}; no reference fixing of {couple.base}/{couple.quote} to search."
    if couple.coarse:
        return f"{per} ({count}): {interval}, too coarse to date."
    if whole or couple.since is None or couple.until is None:
        empty = "no day in the history"
    else:
        empty = f"no day from {couple.since.isoformat()} to {couple.until.isoformat()}"
    fits = f"one rate fits them all, {interval}" if couple.count > 1 else interval
    return f"{per} ({count}): {fits}; the reference was in it on {runs_text(couple.matching_dates, empty=empty)}."


def searched_text(report: CheckReport) -> str:
    """The fixing days searched for matching dates, in words."""
    if report.whole_history:
        return "searched over the whole history"
    if report.since is not None and report.until is not None:
        return f"fixings from {report.since.isoformat()} to {report.until.isoformat()}"
    return ""
