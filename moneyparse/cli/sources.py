"""Where the commands' rates come from: ``--source``, ``--rates FILE``, ``--on today``, and what a
person is told when a rate is out of date or missing.

``convert`` and ``rates`` take these options; :func:`source_from` turns them into the ``source=``
of :mod:`rates` (``None``, the default chain, when neither is given).  Nothing here imports
:mod:`rates` before a command runs.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from typing import Any

from moneyparse.cli.arguments import _date
from moneyparse.cli.report import _warn

#: The bundled sources ``--source`` picks from (``rates.sources.NAMES``; a test keeps them equal).
SOURCE_NAMES: tuple[str, ...] = ("ecb", "fed", "fed-daily", "fed-monthly")
#: A rate whose market data is older than this many days, used without ``--on``, warns.
STALE_DAYS = 7


def today() -> date:
    """Today's date, where the commands read it (the tests set it)."""
    return date.today()


def on_date(text: str) -> date:
    """A ``YYYY-MM-DD`` date, or ``today`` or ``yesterday`` (any case)."""
    word = text.strip().lower()
    if word == "today":
        return today()
    if word == "yesterday":
        return today() - timedelta(days=1)
    try:
        return _date(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"invalid date {text!r} (expected YYYY-MM-DD, today or yesterday)") from None


def add_source_options(command: argparse.ArgumentParser) -> None:
    """``--source`` and ``--rates``, the same for every command that looks rates up."""
    command.add_argument(
        "--source",
        choices=SOURCE_NAMES,
        help="use this source alone (default: the ECB, then the Federal Reserve's daily rates if "
        "downloaded, then its monthly averages)",
    )
    command.add_argument(
        "--rates",
        metavar="FILE",
        help="your own rates, asked first: a CSV laid out as the ECB's (Date,USD,...) or the ECB's zip (default: none)",
    )


def source_from(args: argparse.Namespace) -> Any:
    """The ``source=`` the options name: ``None`` (the default chain), a name, or your file first."""
    if getattr(args, "rates", None) is None:
        return getattr(args, "source", None)
    import rates
    from rates.sources import resolve, user_file

    return rates.ChainSource(user_file(args.rates), resolve(args.source))


def update_hint(source: str) -> str:
    """What brings newer rates of ``source`` (a :class:`rates.Rate`'s ``source``), in words."""
    if source.startswith(("csv:", "zip:")):
        return "your file has none newer"
    if source in ("fed", "fed-monthly", "fed-daily"):
        return "'moneyparse rates update --source fed' downloads the Federal Reserve's daily rates"
    return "'moneyparse rates update' downloads the ECB's latest"


def warn_if_stale(rate: Any, on: date | None) -> None:
    """Warn on stderr when ``rate``, used without ``--on``, is more than :data:`STALE_DAYS` old."""
    if on is not None:
        return
    import rates

    day = rates.as_of(rate)
    if day is None:
        return
    age = (today() - day).days
    if age > STALE_DAYS:
        _warn(f"the rate is the {rates.describe(rate)}, {age} days old; {update_hint(rate.source)}")


def no_rate_message(error: Any) -> str:
    """A :class:`rates.RateNotFoundError` for people: dates as ``YYYY-MM-DD``, and what to do."""
    on = "the latest day" if error.on is None else error.on.isoformat()
    where = "" if error.source is None else f" in {error.source}"
    message = f"no {error.currency} rate for {on}{where}: {error.reason}"
    if error.available is not None:
        message += f" (history {error.available[0].isoformat()} to {error.available[1].isoformat()})"
    if error.reason == "after the history" and error.source is not None:
        message += f"; {update_hint(error.source)}"
    return message
