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
from moneyparse.cli.report import EXIT_OK
from moneyparse.errors import UsageError


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``rates`` and its options to the subcommands ``commands``."""
    rates_cmd = commands.add_parser(
        "rates",
        help="reference rates",
        description="Print the rate of BASE in QUOTE (QUOTE per 1 BASE) on a day or averaged over a "
        "period; 'rates update' refreshes the rate history.",
    )
    rates_cmd.add_argument("base", metavar="BASE|update", help="base currency, or 'update'")
    rates_cmd.add_argument("quote", nargs="?", metavar="QUOTE", help="quote currency")
    rates_cmd.add_argument("--on", type=_date, metavar="DATE", help="the day (default: the latest fixing)")
    rates_cmd.add_argument(
        "--from", dest="start", type=_date, metavar="DATE", help="first day of a period, with --to (default: none)"
    )
    rates_cmd.add_argument(
        "--to", dest="end", type=_date, metavar="DATE", help="last day of a period, with --from (default: none)"
    )
    rates_cmd.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    rates_cmd.set_defaults(handler=_cmd_rates)


def _cmd_rates(args: argparse.Namespace) -> int:
    """``moneyparse rates``: a rate on a day, an average over a period, or an update."""
    import rates

    if args.base.lower() == "update":
        if args.quote is not None or args.on or args.start or args.end:
            raise UsageError("'rates update' takes no currencies or dates")
        result = rates.update()
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
        raise UsageError("--on excludes --from/--to")
    if (args.start is None) != (args.end is None):
        raise UsageError("--from and --to go together")
    if args.start is not None:
        if args.start > args.end:
            raise UsageError(f"--from {args.start.isoformat()!r} is after --to {args.end.isoformat()!r}")
        average = rates.average(base, quote, args.start, args.end)
        return _print_average(average, base, quote, args)
    rate = rates.rate(base, quote, on=args.on)
    if args.format == "json":
        import json

        data = {
            "base": rate.base,
            "quote": rate.quote,
            "value": plain(rate.value),
            "date": rate.date.isoformat(),
            "source": rate.source,
        }
        sys.stdout.write(json.dumps(data) + "\n")
    else:
        line = f"1 {rate.base} = {_rate_text(rate.value)} {rate.quote}  ({rate.source}, {rate.date.isoformat()})"
        if args.on is not None and rate.date != args.on:
            line += f"  latest fixing before {args.on.isoformat()}"
        sys.stdout.write(line + "\n")
    return EXIT_OK


def _print_average(average: Any, base: str, quote: str, args: argparse.Namespace) -> int:
    """Print a period average as text or JSON."""
    data = _plain_data(average)
    if args.format == "json":
        import json

        sys.stdout.write(json.dumps(data) + "\n")
        return EXIT_OK
    value = getattr(average, "value")
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
