"""``moneyparse rates``: a reference rate on a day, an average over a period, or an update.

The command line's front over :func:`rates.rate`, :func:`rates.average` and :func:`rates.update`
(named so as not to be taken for the :mod:`rates` package itself).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal
from typing import Any

from moneyparse.cli.arguments import _currency, _date
from moneyparse.cli.formatting import _rate_text, plain
from moneyparse.cli.report import EXIT_OK, EXIT_USAGE, _report
from moneyparse.cli.sources import add_source_options, no_rate_message, on_date, source_from, warn_if_stale
from moneyparse.errors import UsageError


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``rates`` and its options to the subcommands ``commands``."""
    rates_cmd = commands.add_parser(
        "rates",
        help="reference rates",
        description="Print the rate of BASE in QUOTE (QUOTE per 1 BASE) on a day or averaged over a "
        "period; 'rates --list' shows what each source covers; 'rates update' refreshes the ECB's "
        "history, 'rates update --source fed' downloads the Federal Reserve's daily rates.",
    )
    rates_cmd.add_argument("base", nargs="?", metavar="BASE|update", help="base currency, or 'update'")
    rates_cmd.add_argument("quote", nargs="?", metavar="QUOTE", help="quote currency")
    rates_cmd.add_argument(
        "--on", type=on_date, metavar="DATE", help="the day: YYYY-MM-DD, today or yesterday (default: the latest fixing)"
    )
    rates_cmd.add_argument(
        "--from", dest="start", type=_date, metavar="DATE", help="first day of a period, with --until (default: none)"
    )
    rates_cmd.add_argument(
        "--until", dest="end", type=_date, metavar="DATE", help="last day of a period, with --from (default: none)"
    )
    rates_cmd.add_argument(
        "--to",
        dest="to",
        metavar="CUR",
        help="the quote currency, as in the other commands (rates USD --to CNY); a date here is the "
        "old spelling of --until (default: none)",
    )
    rates_cmd.add_argument(
        "--list", action="store_true", help="every currency of each source, with its first and last date"
    )
    rates_cmd.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    add_source_options(rates_cmd)
    rates_cmd.set_defaults(handler=_cmd_rates)


def _cmd_rates(args: argparse.Namespace) -> int:
    """``moneyparse rates``: a rate on a day, an average over a period, or an update."""
    import rates

    _read_to(args)
    if args.list:
        if args.base is not None or args.quote is not None or args.on or args.start or args.end:
            raise UsageError("'rates --list' takes no currencies or dates")
        return _print_coverage(rates.coverage(source_from(args)), args)
    if args.base is None:
        raise UsageError("rates needs BASE and QUOTE (or 'update', or --list)")
    if args.base.lower() == "update":
        if args.quote is not None or args.on or args.start or args.end:
            raise UsageError("'rates update' takes no currencies or dates")
        if args.rates is not None:
            raise UsageError("'rates update' downloads a source; --rates names a file of your own")
        if args.source not in (None, "ecb", "fed"):
            raise UsageError(f"'rates update' downloads ecb or fed, not {args.source!r}", args.source)
        result = rates.update(source=args.source or "ecb")
        if args.format == "json":
            import json

            sys.stdout.write(json.dumps(_plain_data(result), ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(_update_text(result) + "\n")
        return EXIT_OK
    if args.quote is None:
        raise UsageError("rates needs BASE and QUOTE (or 'update')")
    base = _currency_or_usage(args.base)
    quote = _currency_or_usage(args.quote)
    if args.on is not None and (args.start or args.end):
        raise UsageError("--on excludes --from/--until")
    if (args.start is None) != (args.end is None):
        raise UsageError("--from and --until go together")
    source = source_from(args)
    try:
        if args.start is not None:
            if args.start > args.end:
                raise UsageError(f"--from {args.start.isoformat()!r} is after --until {args.end.isoformat()!r}")
            average = rates.average(base, quote, args.start, args.end, source=source)
            return _print_average(average, base, quote, args)
        rate = rates.rate(base, quote, on=args.on, source=source)
    except rates.RateNotFoundError as err:
        _report(no_rate_message(err))
        return EXIT_USAGE
    assert rate.date is not None  # a rate of a table carries the date of its fixing
    warn_if_stale(rate, args.on)
    if args.format == "json":
        import json

        from moneyparse.cli.convert import _rate_json

        data = {"base": rate.base, "quote": rate.quote, **_rate_json(rate)}
        sys.stdout.write(json.dumps(data) + "\n")
    else:
        from moneyparse.cli.convert import how_obtained

        line = f"1 {rate.base} = {_rate_text(rate.value)} {rate.quote}  ({how_obtained(rate, args.on)})"
        sys.stdout.write(line + "\n")
    return EXIT_OK


def _read_to(args: argparse.Namespace) -> None:
    """``--to`` as the quote currency (``rates USD --to CNY``) or, a date, as ``--until``.

    ``--to`` names a currency in every command; ``rates`` once took it for the last day of a
    period, which it still does when it is a date.  Anything else, or a quote given twice, or
    both ``--to DATE`` and ``--until``, is a :class:`UsageError`.
    """
    to = args.to
    if to is None:
        return
    try:
        day = date.fromisoformat(to.strip())
    except ValueError:
        day = None
    if day is not None:
        if args.end is not None:
            raise UsageError(f"--to {to!r} is the old spelling of --until: give one of them", to)
        args.end = day
        return
    if to.strip()[:1].isdigit():
        try:
            _date(to.strip())
        except argparse.ArgumentTypeError as exc:
            raise UsageError(f"--to: {exc}", to) from None
    try:
        code = _currency(to)
    except argparse.ArgumentTypeError:
        raise UsageError(
            f"--to takes a currency (rates USD --to CNY), or the last day of a period as --until does: not {to!r}", to
        ) from None
    if args.quote is not None:
        raise UsageError(f"the quote currency is given twice: {args.quote!r} and --to {to!r}", to)
    if args.base is None and not args.list:
        raise UsageError(f"--to {to!r} is the quote currency: give the base too (rates BASE --to {code})", to)
    args.quote = code


def _print_coverage(tables: Any, args: argparse.Namespace) -> int:
    """``rates --list``: each source, then each of its currencies with its first and last date."""
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(_plain_data(list(tables)), ensure_ascii=False) + "\n")
        return EXIT_OK
    import rates

    lines = []
    for table in tables:
        where = table.origin if table.origin in ("embedded", "built in") or not table.path else f"{table.origin} {table.path}"
        lines.append(f"{table.name}: {table.kind}, {where}, {len(table.currencies)} currencies")
        monthly = table.kind is rates.RateKind.MONTHLY_AVERAGE
        for entry in sorted(table.currencies, key=lambda c: c.code):
            lines.append(f"  {entry.code}  {_coverage_text(entry, monthly)}")
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def _coverage_text(entry: Any, monthly: bool) -> str:
    """``1999-01-04 to 2026-10-30``, ``1971-01 to 2001-12`` for months, ``from 1999-01-01``."""

    def shown(day: date) -> str:
        return day.isoformat()[:7] if monthly else day.isoformat()

    if entry.first is None:
        return ""
    if entry.last is None:
        return f"from {shown(entry.first)}"
    return f"{shown(entry.first)} to {shown(entry.last)}"


def _print_average(average: Any, base: str, quote: str, args: argparse.Namespace) -> int:
    """Print a period average as text or JSON."""
    data = _plain_data(average)
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(data) + "\n")
        return EXIT_OK
    value = average.value
    count = getattr(average, "count", None)
    first, last = getattr(average, "first", None), getattr(average, "last", None)
    line = f"1 {base} = {_rate_text(value)} {quote}  average of "
    if count is not None and first is not None and last is not None:
        # the fixings actually averaged: a period that starts on a holiday starts its fixings later
        fixings = "1 fixing" if count == 1 else f"{count} fixings"
        line += f"{fixings}, {first.isoformat()}–{last.isoformat()}"
    else:
        line += f"{args.start.isoformat()}–{args.end.isoformat()}"
    source = getattr(average, "source", None)
    if source:
        line += f" ({source})"
    sys.stdout.write(line + "\n")
    return EXIT_OK


def _update_text(result: Any) -> str:
    """What ``rates update`` did, in one line."""
    verb = "updated" if getattr(result, "replaced", True) else "kept"
    line = f"{verb} {getattr(result, 'path', '')}".rstrip()
    first, last = getattr(result, "first", None), getattr(result, "last", None)
    if first is not None and last is not None:
        line += f": fixings {first.isoformat()}–{last.isoformat()}"
    rows, currencies = getattr(result, "rows", None), getattr(result, "currencies", None)
    if rows is not None:
        line += f", {rows} days"
    if currencies:
        line += f", {len(currencies)} currencies"
    reason = getattr(result, "reason", "")
    return line + (f" ({reason})" if reason else "")


def _currency_or_usage(text: str) -> str:
    """A currency code given as a positional argument; a :class:`UsageError` if malformed."""
    try:
        return _currency(text)
    except argparse.ArgumentTypeError as exc:
        raise UsageError(str(exc), text) from None


def _plain_data(value: Any) -> Any:
    """A result object as JSON-ready data: dataclass fields, decimals and dates as strings."""
    import dataclasses

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return plain(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain_data(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, int, bool)):
        return value
    return str(value)
