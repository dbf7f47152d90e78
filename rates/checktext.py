"""A check report for people: one block per quoted conversion, one line per couple, the verdict.

Everything is written for a reader: rates with five significant digits, deviations in per cent,
dates as ISO dates, no Python representation of anything.  ``command_line=True`` words the advice
for the command line (``--published DATE``) rather than for the library (``published=``).

It reads the report's fields only (the types are imported for annotations), so that the report
module can call it without an import cycle.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable
from decimal import Decimal

from rates.results import Rate, RateKind
from rates.verdicts import DOUBTFUL_FROM, Remedy, Verdict

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.factcheck import CheckReport, CoupleCheck, PairCheck

__all__ = ["RUNS_SHOWN", "advice", "interval_text", "percent_text", "rate_text", "render", "rounding_text", "runs_text"]

#: How many runs of matching days are listed before the rest are counted.
RUNS_SHOWN = 6

_ADVICE = {
    # remedy: (command line, library)
    Remedy.GIVE_DATE: (
        "pass --published DATE (or give the text a dateline, a front-matter date, or --published-from FILE)",
        "pass published=DATE",
    ),
    Remedy.GIVE_RATES: ("give its rates with --rates FILE", "pass source= a CSV file of its rates"),
    Remedy.UPDATE_RATES: ("run moneyparse rates update", "call rates.update()"),
}


def advice(remedy: Remedy, *, command_line: bool = False) -> str:
    """What to do about a pair that was not checked, in the words of the command line or the library."""
    cli, api = _ADVICE[Remedy(remedy)]
    return cli if command_line else api


def rate_text(value: Decimal) -> str:
    """A rate for people: five significant digits, as the ECB publishes them (``7.2591``)."""
    if not value:
        return "0"
    places = max(0, 4 - value.adjusted())
    return format(value.quantize(Decimal(1).scaleb(-places)), "f")


def percent_text(fraction: Decimal) -> str:
    """A signed percentage with two decimals (``-0.0123`` -> ``-1.23%``)."""
    value = (fraction * 100).quantize(Decimal("0.01"))
    return f"{value:+}%"


def interval_text(low: Decimal | None, high: Decimal | None) -> str:
    """A rate interval for people; ``high`` ``None`` is open above."""
    if low is None:
        return "none"
    if high is None:
        return f"at least {rate_text(low)}"
    if not low:
        return f"at most {rate_text(high)}"
    return f"{rate_text(low)}–{rate_text(high)}"


def runs_text(runs: Iterable[tuple[_dt.date, _dt.date]], *, shown: int = RUNS_SHOWN, empty: str = "no day in the history") -> str:
    """Runs of days for people: ``2025-01-13–2025-01-14, 2025-01-20``; many runs: the latest, then a count."""
    runs = list(runs)
    if not runs:
        return empty
    parts = [a.isoformat() if a == b else f"{a.isoformat()}–{b.isoformat()}" for a, b in runs[-shown:]]
    text = ", ".join(parts)
    if len(runs) > shown:
        rest = len(runs) - shown
        text = (
            f"{len(runs)} separate runs of days from {runs[0][0].isoformat()} to {runs[-1][1].isoformat()}; "
            f"the latest: {text} (and {rest} earlier run{'s' if rest != 1 else ''})"
        )
    return text


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


def rounding_text(needed: Decimal | None) -> str:
    """How much of the figures' rounding it takes to reach the reference, in words."""
    if needed is None:
        return "no rounding of the figures reaches it"
    if not needed:
        return "the figures as written fit"
    if needed <= 1:
        share = (needed * 100).quantize(Decimal(1))
        share = max(share, Decimal(1))
        return f"fits with {share}% of the figures' rounding"
    times = needed.quantize(Decimal("0.1")) if needed < 100 else needed.quantize(Decimal(1))
    return f"it would take {times} times the figures' rounding"


def _reference_text(rate: Rate) -> str:
    day = "" if rate.date is None else rate.date.isoformat()
    if rate.kind is RateKind.MONTHLY_AVERAGE and rate.date is not None:
        label = f"{rate.source} monthly average of {rate.date.strftime('%Y-%m')}"
    elif rate.kind is RateKind.DAILY:
        label = f"{rate.source} fixing of {day}"
    else:
        label = f"{rate.source} {rate.kind.value} of {day}"
    if rate.requested is not None and rate.date is not None and rate.requested != rate.date and rate.kind is RateKind.DAILY:
        label += f", the latest before {rate.requested.isoformat()}"
    if rate.margin:
        label += f", ±{(rate.margin * 100).quantize(Decimal('0.1'))}% for its days"
    return label


def _pair_block(number: int, item: PairCheck, command_line: bool) -> list[str]:
    lines = [f"{number}. {item.first.text} ({item.second.text})"]
    imp = item.implied
    verdict = item.verdict
    if imp is not None:
        per = f"{imp.quote} per {imp.base}"
        lines.append(f"   implied    {rate_text(imp.value)} {per}  (rounding allows {interval_text(imp.low, imp.high)})")
        ref = item.reference
        if ref is not None:
            lines.append(f"   reference  {rate_text(ref.value)} {per}  ({_reference_text(ref)})")
        if item.deviation is not None:
            lines.append(f"   deviation  {percent_text(item.deviation)}; {rounding_text(item.rounding_needed)}")
    word = verdict.value
    if verdict is Verdict.DOUBTFUL:
        word += ": only the extreme edge of the rounding fits"
    elif verdict in (Verdict.NOT_CHECKED, Verdict.TOO_COARSE, Verdict.NOT_A_CONVERSION) and item.reason:
        word += f": {item.reason}"
        if item.remedy is not None and item.remedy is not Remedy.GIVE_DATE:  # said once, in the date line
            word += f"; {advice(item.remedy, command_line=command_line)}"
    lines.append(f"   verdict    {word}")
    if verdict is Verdict.INCONSISTENT:
        lines.append(f"   cause      {'likely ' + item.cause.description if item.cause else 'none of the common slips fits'}")
    return lines


def _couple_line(couple: CoupleCheck, whole: bool) -> str:
    label = f"   {couple.quote} per {couple.base} ({_plural(couple.count, 'conversion')})"
    if not couple.fits:
        return f"{label}: no single rate fits them all"
    interval = interval_text(couple.low, couple.high)
    if not couple.fixings:
        return f"{label}: {interval}; no reference fixing of {couple.base}/{couple.quote} to search"
    if couple.coarse:
        return f"{label}: {interval}, too coarse to date"
    return f"{label}: {interval}, fixed on {runs_text(couple.matching_dates, empty=_nowhere(couple, whole))}"


def _nowhere(couple: CoupleCheck, whole: bool) -> str:
    """No matching day: in the whole history, or between the days searched."""
    if whole or couple.since is None or couple.until is None:
        return "no day in the history"
    return f"no day from {couple.since.isoformat()} to {couple.until.isoformat()}"


def _date_line(report: CheckReport, command_line: bool) -> str:
    when = report.publication
    if report.published is None:
        flag = "--published DATE" if command_line else "published=DATE"
        return f"date       {when.describe()}: nothing is judged without a date ({flag})"
    return f"date       {report.published.isoformat()}, {when.describe()}"


def render(report: CheckReport, *, command_line: bool = False) -> str:
    """The report as text for people (ends with a newline)."""
    tolerance = format((report.tolerance * 100).normalize(), "f")
    lines = [
        _date_line(report, command_line),
        f"reference  {report.source}, tolerance {tolerance}%; doubtful beyond {(DOUBTFUL_FROM * 100).normalize():f}% "
        "of the figures' rounding",
    ]
    for number, item in enumerate(report.pairs, 1):
        lines.append("")
        lines += _pair_block(number, item, command_line)
    if report.couples:
        lines.append("")
        searched = ""
        if report.whole_history:
            searched = ", in the whole history"
        elif report.since is not None and report.until is not None:
            searched = f", fixings from {report.since.isoformat()} to {report.until.isoformat()}"
        lines.append(f"one rate for every conversion of a couple{searched}:")
        whole = report.whole_history
        lines += [_couple_line(c, whole) for c in report.couples]
    lines.append("")
    if not report.pairs:
        lines.append("no quoted conversion found")
    else:
        counts = report.counts()
        parts = [f"{n} {word}" for word, n in counts.items() if n]
        lines.append(f"{_plural(len(report.pairs), 'quoted pair')}: {', '.join(parts)}")
    if report.published is None and report.couples:
        if report.matching_dates:
            lines.append(
                f"these figures fit the {report.source} rates of {runs_text(report.matching_dates)}; "
                "no publication date was given"
            )
        elif report.whole_history:
            lines.append(f"no day in the {report.source} history fits every conversion; no publication date was given")
        elif report.since is not None and report.until is not None:
            lines.append(
                f"no day from {report.since.isoformat()} to {report.until.isoformat()} fits every conversion; "
                "no publication date was given"
            )
    lines.append(f"verdict: {report.verdict.value}")
    return "\n".join(lines) + "\n"

