"""``moneyparse check``: the conversions a text quotes, against reference rates.

The verdicts come from :func:`rates.check`; this module prints its report as a table for people
or as JSON, and exits with status 1 when some quoted conversion is inconsistent.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from moneyparse.cli.arguments import _add_reading_options, _date, _percent
from moneyparse.cli.formatting import _rate_text, plain
from moneyparse.cli.report import EXIT_INCONSISTENT, EXIT_OK
from moneyparse.errors import UsageError
from moneyparse.files import read_text


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``check`` and its options to the subcommands ``commands``."""
    check = commands.add_parser(
        "check",
        help="check the conversions a text quotes",
        description="Check every conversion a text quotes (Rmb72.5bn (£8bn)) against reference rates. "
        "Exit status 1 when some conversion is inconsistent.",
    )
    check.add_argument("file", nargs="?", metavar="FILE", help="a text file, or - for standard input")
    check.add_argument("--sample", action="store_true", help="check the built-in sample article")
    check.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="publication date of the text (default: its dateline; needed when it has none; "
        "with --sample the sample's own date)",
    )
    check.add_argument(
        "--tolerance", type=_percent, metavar="PCT", help="allowed deviation in percent (default: 1)"
    )
    check.add_argument("--format", choices=("table", "json"), default="table", help="output format (default: table)")
    _add_reading_options(check)
    check.set_defaults(handler=_cmd_check)


def _percent_text(fraction: Decimal) -> str:
    """A signed percentage with two decimals (``Decimal('-0.0123')`` -> ``-1.23%``)."""
    value = (fraction * 100).quantize(Decimal("0.01"))
    return f"{value:+}%"


def _interval_text(low: Decimal | None, high: Decimal | None) -> str:
    """A rate interval for people; ``high`` ``None`` is open above."""
    if low is None:
        return "none"
    if high is None:
        return f"at least {_rate_text(low)}"
    return f"{_rate_text(low)}–{_rate_text(high)}"


def _range_text(ranges: Iterable[tuple[date, date]]) -> str:
    """Date ranges for people: ``2025-01-13–2025-01-14, 2025-01-20``."""
    parts = []
    for start, end in ranges:
        parts.append(start.isoformat() if start == end else f"{start.isoformat()}–{end.isoformat()}")
    return ", ".join(parts) if parts else "none"


def _iso(day: date | None) -> str | None:
    """``day`` as ``YYYY-MM-DD``; ``None`` stays ``None``."""
    return None if day is None else day.isoformat()


def _mention_json(mention: Any) -> dict[str, Any]:
    """The JSON fields of a mention quoted in a pair."""
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "amount": plain(mention.amount),
        "high": plain(mention.high),
        "currency": mention.currency,
        "qualifier": None if mention.qualifier is None else str(mention.qualifier.value),
    }


def _inconsistent(report: Any) -> int:
    """How many pairs of ``report`` were checked and found inconsistent."""
    return sum(1 for item in report.pairs if item.consistent is False)


def _check_json(report: Any) -> dict[str, Any]:
    """The check report as JSON-ready data: decimals as exact strings, dates as ISO strings."""
    pairs = []
    for item in report.pairs:
        implied = item.implied
        reference = item.reference
        pairs.append(
            {
                "first": _mention_json(item.first),
                "second": _mention_json(item.second),
                "implied": {
                    "base": implied.base,
                    "quote": implied.quote,
                    "value": plain(implied.value),
                    "low": plain(implied.low),
                    "high": plain(implied.high),
                },
                "reference": None
                if reference is None
                else {"value": plain(reference.value), "date": _iso(reference.date), "source": reference.source},
                "deviation": plain(item.deviation),
                "consistent": item.consistent,
                "note": getattr(item, "note", "") or None,
            }
        )
    couples = [
        {
            "base": couple.base,
            "quote": couple.quote,
            "count": getattr(couple, "count", None),
            "fits": getattr(couple, "fits", couple.low is not None),
            "low": plain(couple.low),
            "high": plain(couple.high),
            "matching_dates": [[s.isoformat(), e.isoformat()] for s, e in couple.matching_dates],
        }
        for couple in report.couples
    ]
    return {
        "published": _iso(report.published),
        "source": getattr(report, "source", None),
        "tolerance": plain(getattr(report, "tolerance", None)),
        "consistent": _inconsistent(report) == 0,
        "pairs": pairs,
        "couples": couples,
    }


def _check_table(report: Any) -> str:
    """The check report for people: one block per quoted conversion, then one line per couple."""
    head = [f"published {_iso(report.published) or 'unknown'}"]
    source = getattr(report, "source", None)
    if source:
        head.append(f"reference {source}")
    tolerance = getattr(report, "tolerance", None)
    if tolerance is not None:
        head.append(f"tolerance {format((tolerance * 100).normalize(), 'f')}%")
    lines = [", ".join(head)]
    for number, item in enumerate(report.pairs, 1):
        implied = item.implied
        reference = item.reference
        per = f"{implied.quote} per {implied.base}"
        lines.append("")
        lines.append(f"{number}. {item.first.text} ({item.second.text})")
        lines.append(
            f"   implied    {_rate_text(implied.value)} {per}"
            f"  (figures allow {_interval_text(implied.low, implied.high)})"
        )
        if reference is not None:
            fixing = "" if reference.date is None else f", {reference.date.isoformat()}"
            lines.append(f"   reference  {_rate_text(reference.value)} {per}  ({reference.source}{fixing})")
        if item.deviation is not None:
            lines.append(f"   deviation  {_percent_text(item.deviation)}")
        if item.consistent is None:
            note = getattr(item, "note", "")
            verdict = "not checked" + (f": {note}" if note else "")
        else:
            verdict = "consistent" if item.consistent else "INCONSISTENT"
        lines.append(f"   verdict    {verdict}")
    if report.couples:
        lines.append("")
        lines.append("one rate for every conversion of a couple:")
        for couple in report.couples:
            fits = getattr(couple, "fits", couple.low is not None)
            count = getattr(couple, "count", None)
            label = f"   {couple.quote} per {couple.base}" + (f" ({count} conversions)" if count else "")
            if not fits:
                lines.append(f"{label}: no single rate fits them all")
                continue
            lines.append(
                f"{label}: {_interval_text(couple.low, couple.high)},"
                f" fixed on {_range_text(couple.matching_dates)}"
            )
    checked = sum(1 for item in report.pairs if item.consistent is not None)
    lines.append("")
    lines.append(f"{checked - _inconsistent(report)} of {checked} conversions consistent")
    return "\n".join(lines) + "\n"


def _cmd_check(args: argparse.Namespace) -> int:
    """``moneyparse check``: exit status 1 when some quoted conversion is inconsistent."""
    import rates

    if args.sample == (args.file is not None):
        raise UsageError("check needs a FILE or --sample (not both)")
    if args.sample:
        from moneyparse._sample import SAMPLE, SAMPLE_PUBLISHED

        text = SAMPLE
        published = args.published or SAMPLE_PUBLISHED
    else:
        text = read_text(args.file, encoding=args.encoding, errors=args.errors)
        published = args.published
    options: dict[str, Any] = {}
    if args.tolerance is not None:
        options["tolerance"] = args.tolerance
    report = rates.check(text, published=published, **options)
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(_check_json(report), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(_check_table(report))
    return EXIT_INCONSISTENT if _inconsistent(report) else EXIT_OK
