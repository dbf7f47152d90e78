"""``moneyparse convert``: one money phrase at the rate of a day, with the fixing it used.

A phrase in the canonical form (``100 USD``) is read here without the scanner, which keeps the
command quick; every other phrase is read by :func:`moneyparse.parse`.  Neither the scanner nor
babel is imported for ``convert "100 USD"`` (a test checks it).
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from moneyparse.cli.arguments import ASSUME_HELP, _assumption_or_code, _assumptions, _currency
from moneyparse.cli.formatting import _format_money, _rate_text, _significant_digits, plain
from moneyparse.cli.report import EXIT_OK, EXIT_USAGE, _report
from moneyparse.cli.sources import add_source_options, no_rate_message, on_date, source_from, warn_if_stale
from moneyparse.errors import UsageError

if TYPE_CHECKING:  # pragma: no cover
    from moneyparse.mention import Mention


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``convert`` and its options to the subcommands ``commands``."""
    convert = commands.add_parser(
        "convert",
        help="convert one money phrase",
        description="Convert one money phrase (Rmb72.5bn, 100 USD, ¥380 billion) at a dated rate.",
    )
    convert.add_argument(
        "phrase",
        nargs="+",
        metavar="PHRASE",
        help="a money phrase, quoted or as words (100 USD); a last word CODE after a phrase without "
        "--to is the target (convert 100 EUR USD)",
    )
    convert.add_argument(
        "--to",
        type=_currency,
        metavar="CUR",
        help="target currency (default: a code after the phrase, as in 100 EUR USD; one of the two is needed)",
    )
    convert.add_argument(
        "--on", type=on_date, metavar="DATE", help="rate date: YYYY-MM-DD, today or yesterday (default: the latest fixing)"
    )
    convert.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    convert.add_argument(
        "--locale",
        metavar="L",
        help="format the amounts for people in locale L, e.g. de_DE (default: grouped digits and the code)",
    )
    convert.add_argument(
        "--assume",
        type=_assumption_or_code,
        action="append",
        default=[],
        metavar="MARKER=CODE",
        help=ASSUME_HELP + "; a bare CODE is the phrase's own marker",
    )
    add_source_options(convert)
    convert.set_defaults(handler=_cmd_convert)


_SIMPLE_PHRASE = None


def _simple_phrase(phrase: str) -> _Phrase | None:
    """The reading of a phrase in the canonical form ``100 USD``, ``USD 1234.50``; else ``None``.

    The form is a code of :func:`_fast_codes`, one space, and a number without grouping whose
    fraction, if any, has one or two digits (or the number first): :func:`moneyparse.parse` reads
    it so under every grouping convention, which a test checks for every one of those codes, so
    the command line skips building the full scanner for it (a few milliseconds against some
    400).  Every other phrase goes to :func:`moneyparse.parse`, so ``convert`` reads exactly what
    the library reads; glued forms too, where the library has rules of its own (``CYP450`` is an
    enzyme, not 450 Cypriot pounds).
    """
    import re

    global _SIMPLE_PHRASE
    if _SIMPLE_PHRASE is None:
        _SIMPLE_PHRASE = re.compile(
            r"\s*(?:(?P<pre>[A-Z]{3})[ \u00a0])?"
            r"(?P<number>(?:0|[1-9]\d*)(?:\.\d{1,2})?)"
            r"(?:[ \u00a0](?P<post>[A-Z]{3}))?\s*",
            re.ASCII,
        )
    found = _SIMPLE_PHRASE.fullmatch(phrase)
    if found is None or (found["pre"] is None) == (found["post"] is None):
        return None
    code = found["pre"] or found["post"]
    if code not in _fast_codes():
        return None  # ALL, TOP, XAU: words or a metal, which the scanner does not take for money
    start = found.start("pre") if found["pre"] else found.start("number")
    end = found.end("post") if found["post"] else found.end("number")
    return _Phrase(start, end, phrase[start:end], Decimal(found["number"]), code)


class _Phrase:
    """A phrase read by :func:`_simple_phrase`: what ``convert`` uses of a :class:`Mention`.

    Building a Mention would import its module, a twentieth of the start of ``convert``.
    """

    __slots__ = ("start", "end", "text", "amount", "currency")
    high = None
    qualifier = None
    scale = 0  # written in full: an exact figure
    precision = None

    def __init__(self, start: int, end: int, text: str, amount: Decimal, currency: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.amount = amount
        self.currency = currency


def _fast_codes() -> frozenset[str]:
    """The codes :func:`_simple_phrase` reads without the scanner: those of the default sources.

    They are the codes of the source :func:`rates.convert` uses when given none (the ECB's, the
    Federal Reserve's and the currencies the euro replaced), known without reading the Federal
    Reserve's files, so knowing them costs next to nothing.  A code outside them is read by
    :func:`moneyparse.parse`, the one judge of which codes are money (not ``ALL`` or ``TOP``,
    words far more often than currencies, nor the metals).
    """
    from rates.sources import resolve

    return frozenset(resolve(None).currencies())


def _phrase_and_target(words: list[str], to: str | None, assumed: bool) -> tuple[str, str]:
    """The phrase and the target currency of ``convert``'s words and ``--to``.

    The words are joined into one phrase (``convert 100 USD --to CNY`` reads ``100 USD``).  With
    no ``--to``, a last word that is a currency code (any case) is the target when the words
    before it are a money phrase and all the words together are none: ``convert 100 EUR USD``
    converts 100 EUR to USD.  When the words together are a phrase too (``convert '$5' CAD``:
    five Canadian dollars, or five US dollars to CAD?) the reading is ambiguous, and
    :class:`UsageError` asks for ``--to``, as it does when there is no target at all.
    """
    import moneyparse

    phrase = " ".join(words)
    if to is not None:
        return phrase, to
    head, _, last = phrase.strip().rpartition(" ")
    is_code = len(last) == 3 and last.isascii() and last.isalpha()
    if head.strip() and is_code and not assumed and _simple_phrase(head) is not None:
        return head, last.upper()  # "100 EUR USD": a number and two codes are never one phrase
    needs = "convert needs a target currency: --to CUR, or the code after the phrase (100 EUR USD)"
    try:
        moneyparse.parse(phrase)
    except moneyparse.MoneyParseError:
        if not (head.strip() and is_code and _reads(head)):
            raise  # "five apples EUR": what is wrong is the phrase
        return head, last.upper()
    if head.strip() and is_code and _reads(head):
        raise UsageError(f"{phrase!r} is a money phrase, and so is {head!r}: give the target with --to", phrase)
    raise UsageError(needs, phrase)


def _reads(phrase: str) -> bool:
    """Whether :func:`moneyparse.parse` reads ``phrase`` as one money phrase."""
    import moneyparse

    try:
        moneyparse.parse(phrase)
    except moneyparse.MoneyParseError:
        return False
    return True


def _check_locale(locale: str) -> str:
    """``locale`` when babel knows it; else a :class:`UsageError` naming it."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        raise UsageError(f"unknown locale {locale!r}", locale) from None
    return locale


def _cmd_convert(args: argparse.Namespace) -> int:
    """``moneyparse convert``: one phrase at the rate of a day, with the fixing used."""
    import moneyparse
    import rates

    if args.locale is not None:
        _check_locale(args.locale)
    args.phrase, args.to = _phrase_and_target(args.phrase, args.to, bool(args.assume))
    mention: Mention | _Phrase
    if not args.assume:
        mention = _simple_phrase(args.phrase) or moneyparse.parse(args.phrase)
    else:
        assume = _assumptions(args.assume)
        mention = moneyparse.parse(args.phrase, assume=assume or None)
        own = [code for marker, code in args.assume if not marker]  # a bare CODE: the phrase's marker
        # a bare CODE settles an ambiguous marker ("¥", "$"); a marker of one currency ("€") says
        # what it is, whatever is assumed
        if own and mention.alternatives and own[-1] != mention.currency:
            mention = moneyparse.parse(args.phrase, assume={**assume, mention.marker: own[-1]})
    source = source_from(args)
    try:
        low = rates.convert(mention.amount, mention.currency, args.to, on=args.on, source=source)
        high = (
            None
            if mention.high is None
            else rates.convert(mention.high, mention.currency, args.to, on=args.on, source=source)
        )
    except rates.RateNotFoundError as err:
        _report(no_rate_message(err))
        return EXIT_USAGE
    rate = low.rate
    assert rate.date is not None  # a conversion's rate carries the date of its fixing
    warn_if_stale(rate, args.on)
    if args.format == "json":
        import json

        result: dict[str, Any] = {
            "amount": plain(low.amount),
            "currency": low.currency,
            "rate": _rate_json(rate),
            "from": {"amount": plain(mention.amount), "currency": mention.currency},
        }
        if high is not None:
            result["high"] = plain(high.amount)
            result["from"]["high"] = plain(mention.high)
        if mention.qualifier is not None:
            result["qualifier"] = str(mention.qualifier.value)
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        return EXIT_OK
    digits = _significant_digits(mention.amount, mention.precision, mention.scale)
    given = _format_money(mention.amount, mention.currency, args.locale)
    target = _format_money(low.amount, low.currency, args.locale, digits)
    if mention.high is not None and high is not None:
        digits = _significant_digits(mention.high, mention.precision, mention.scale)
        given += " – " + _format_money(mention.high, mention.currency, args.locale)
        target += " – " + _format_money(high.amount, high.currency, args.locale, digits)
    hedge = f"{mention.qualifier.value.replace('_', ' ')} " if mention.qualifier is not None else ""
    lines = [f"{hedge}{given} = {hedge}{target}"]
    lines.append(f"rate: {_rate_text(rate.value)} {rate.quote} per {rate.base}, {how_obtained(rate, args.on)}")
    sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_OK


def how_obtained(rate: Any, on: Any) -> str:
    """The source, kind and date of ``rate`` for people, with what a person should know of it.

    ``ECB daily fixing of 2025-02-21, the latest before 2025-02-22``; ``monthly average of 1987-03,
    Federal Reserve; one day's rate may lie 3.47% either side``.
    """
    import rates
    from rates.provenance import market_kind

    text = rates.describe(rate)
    kind = market_kind(rate)
    daily = kind is not None and kind is not rates.RateKind.MONTHLY_AVERAGE
    if on is not None and daily and rate.date is not None and rate.date != on:
        text += f", the latest before {on.isoformat()}"
    if rate.margin:
        text += f"; one day's rate may lie {format((rate.margin * 100).normalize(), 'f')}% either side"
    return text


def _rate_json(rate: Any) -> dict[str, Any]:
    """The JSON fields of the rate a conversion used."""
    import rates

    return {
        "value": plain(rate.value),
        "date": None if rate.date is None else rate.date.isoformat(),
        "source": rate.source,
        "kind": str(rate.kind),
        "margin": plain(rate.margin),
        "description": rates.describe(rate),
    }

