"""``moneyparse check``: the conversions texts quote, against reference rates.

The verdicts, the likely causes and the text of the report come from :func:`rates.check` and
:class:`rates.CheckReport`; this module reads the files and their dates, prints each report as
text, JSON or JSON lines, and turns the verdicts into the exit status.
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from decimal import Decimal
from typing import IO, Any

from moneyparse.cli.arguments import ADDRESS_HELP, ASSUME_HELP, _add_reading_options, _assumption, _assumptions, _date, _percent
from moneyparse.cli.output import _refuse_an_input_as_output, atomic_output
from moneyparse.cli.pages import CHECK_PAGES, check_page_arguments, write_check_pages
from moneyparse.cli.report import EXIT_INCONSISTENT, EXIT_NOTHING_CHECKED, EXIT_OK
from moneyparse.errors import UsageError
from moneyparse.files import STDIN_NAME, read_text

RULE = """\
The verdict on each conversion.  The reference band is the reference rate widened by the
tolerance (and by the reference's own margin when it is an average).  f is the smallest share
of each figure's rounding (half a unit of its last digit, twice that after "about"; the same
share on both figures) at which the rate the figures allow reaches the band:

  consistent           f <= 75%, and the figures can tell rates 50% apart
  doubtful             75% < f <= 100%: only the extreme edge of the rounding fits
  inconsistent         f > 100%: even full rounding misses; the likely cause is named when one
                       fits (another currency's rate that day, an inverted rate, a scale slip,
                       a stale rate, a round rate)
  too coarse to check  the figures allow rates more than 1.5 times apart ("£1 ($2)");
                       shown for information, counted as not checked
  not checked          no reference rate, or no date; the reason says what to do
  not a conversion     a bracket in one currency ("$90 ($110)"), listed, not checked

The date of a text: --published, else its line in --published-from, else a date the text
states at its top (a front-matter date, a "Date:" or "Published" header, a dateline such as
"LONDON, 20 February 2025 (Reuters) -"), never a date the story mentions.  Without one,
nothing is judged, and the days on which the reference fits every conversion are the answer.

Exit status: 0 every conversion checked is consistent, 1 one is doubtful or inconsistent,
2 a usage or input error, 3 nothing could be checked (no conversion, no rate, no date).
"""


def _tolerance(text: str) -> Decimal:
    """A tolerance in per cent, below 100 (``1``, ``0.5``, ``2%``), as a fraction."""
    value = _percent(text)
    if value >= 1:
        raise argparse.ArgumentTypeError(f"invalid tolerance {text!r} (a percentage below 100, e.g. 1 or 0.5)")
    return value


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``check`` and its options to the subcommands ``commands``."""
    check = commands.add_parser(
        "check",
        help="check the conversions a text quotes",
        description="Check every conversion texts quote (Rmb72.5bn (£8bn)) against the reference rate "
        "of their publication day.\n\n" + RULE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    check.add_argument("files", nargs="*", metavar="FILE", help="text files, or - for standard input")
    check.add_argument("--sample", action="store_true", help="check the built-in sample article")
    check.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="publication date of every text, YYYY-MM-DD (default: each text's dateline; when it has none, "
        "the dates its figures fit are reported; with --sample the sample's own date)",
    )
    check.add_argument(
        "--published-from",
        metavar="TSV",
        help="publication dates per file: lines FILE<TAB>DATE (a file named as given, or by its name alone; default: none)",
    )
    check.add_argument("--tolerance", type=_tolerance, metavar="PCT", help="allowed deviation in per cent (default: 1)")
    check.add_argument(
        "--rates", metavar="FILE",
        help="reference rates from a file of your own (a CSV) instead of the ECB's (default: the bundled history)",
    )
    check.add_argument("--since", type=_date, metavar="DATE", help="search fixing days from this day (default: the first of the history)")
    check.add_argument("--until", type=_date, metavar="DATE", help="search fixing days up to this day (default: the last of the history)")
    check.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "csv", "html", "md"),
        default="table",
        help="table (for people), json (one FILE), jsonl (one report per line), csv (one row per conversion), "
        "html (one FILE: a page with the text marked up and a chart per currency couple; needs the report "
        "extra) or md (Markdown) (default: table)",
    )
    check.add_argument(
        "--excel",
        action="store_true",
        help="CSV as Excel opens it: UTF-8 with a byte order mark, CRLF line ends (implies --format csv)",
    )
    check.add_argument(
        "--assume", type=_assumption, action="append", default=[], metavar="MARKER=CODE", help=ASSUME_HELP
    )
    check.add_argument("--address", metavar="URL", help=ADDRESS_HELP)
    check.add_argument(
        "-o", "--output", metavar="FILE",
        help="write to FILE, whole or not at all (default: standard output; an html page goes there "
        "only when it is not a terminal)",
    )
    _add_reading_options(check)
    check.set_defaults(handler=_cmd_check)


def _read_dates(path: str) -> dict[str, tuple[date, int]]:
    """``FILE<TAB>DATE`` lines of ``path``: file -> (date, line number); a first line that is no date is a header."""
    dates: dict[str, tuple[date, int]] = {}
    text = read_text(path)
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, sep, value = line.rstrip("\r").rpartition("\t")
        try:
            day = date.fromisoformat(value.strip())
        except ValueError:
            if number == 1:
                continue  # a header
            raise UsageError(f"{path}, line {number}: expected FILE<TAB>YYYY-MM-DD, not {line!r}", line) from None
        if not sep or not name.strip():
            raise UsageError(f"{path}, line {number}: expected FILE<TAB>YYYY-MM-DD, not {line!r}", line)
        dates[name.strip()] = (day, number)
    return dates


def _listed_date(dates: dict[str, tuple[date, int]], path: str, listing: str) -> Any:
    """The :class:`rates.PublicationDate` ``dates`` give ``path`` (by the path as given, or its name), or ``None``."""
    import rates

    found = dates.get(path) or dates.get(os.path.basename(path))
    if found is None:
        return None
    day, number = found
    return rates.PublicationDate(day, rates.DateOrigin.GIVEN, text=f"{listing}, line {number}")


def _exit_status(reports: list[Any]) -> int:
    """1 when a conversion is doubtful or inconsistent, 0 when some were checked, 3 when none could be."""
    verdicts = {report.verdict for report in reports}
    if "inconsistent" in verdicts or "doubtful" in verdicts:
        return EXIT_INCONSISTENT
    return EXIT_OK if "consistent" in verdicts else EXIT_NOTHING_CHECKED


def _summary(named: list[tuple[str, Any]]) -> str:
    """One line for a batch: how many files got each overall verdict."""
    counts: dict[str, int] = {}
    for _, report in named:
        counts[report.verdict.value] = counts.get(report.verdict.value, 0) + 1
    parts = ", ".join(f"{n} {word}" for word, n in counts.items())
    return f"{len(named)} files: {parts}\n"


def _cmd_check(args: argparse.Namespace) -> int:
    """``moneyparse check``: exit status 1 when a conversion is doubtful or inconsistent, 3 when none was checked."""
    import rates

    if args.sample == bool(args.files):
        raise UsageError("check needs FILEs or --sample (not both)")
    if args.published is not None and args.published_from is not None:
        raise UsageError("--published gives every text one date; --published-from gives each its own: not both")
    if args.excel:
        if args.format not in ("table", "csv"):  # table: the default, not asked for
            raise UsageError(f"--excel writes CSV, not {args.format}", args.format)
        args.format = "csv"
    if args.format == "json" and len(args.files) > 1:
        raise UsageError("--format json takes one FILE; use --format jsonl for several")
    if args.since is not None and args.until is not None and args.since > args.until:
        raise UsageError(f"--since {args.since.isoformat()!r} is after --until {args.until.isoformat()!r}", args.since)
    _refuse_an_input_as_output(args.output, args.files)
    check_page_arguments(args)
    dates = {} if args.published_from is None else _read_dates(args.published_from)
    options: dict[str, Any] = {"since": args.since, "until": args.until}
    if args.tolerance is not None:
        options["tolerance"] = args.tolerance
    if args.rates is not None:
        options["source"] = args.rates  # a path, read as rates.check reads a source
    assumed = _assumptions(args.assume, args.address)
    if assumed:
        options["assume"] = assumed
    if args.sample:
        from moneyparse._sample import SAMPLE

        inputs = [("sample", SAMPLE)]
    else:
        inputs = [(path, read_text(path, encoding=args.encoding, errors=args.errors)) for path in args.files]
    named: list[tuple[str, Any]] = []
    for path, text in inputs:
        published: Any = None
        if args.published is not None:
            published = rates.PublicationDate(args.published, rates.DateOrigin.GIVEN, text="--published")
        elif dates:
            published = _listed_date(dates, path, args.published_from)
        named.append((path, rates.check(text, published=published, **options)))
    with atomic_output(args.output) as out:
        if args.format in CHECK_PAGES:
            write_check_pages(named, args.format, out, source=args.rates)
        elif args.format == "csv":
            _write_csv(named, out, excel=args.excel)
        else:
            _write(named, args.format, out)
    return _exit_status([report for _, report in named])


#: The columns of ``check --format csv``, one row per conversion a text quotes: the file and its
#: date, the two figures (each with its amount, the high end of a range and its currency), the
#: verdict, the rate the figures imply (quote per 1 base, with its bounds from their rounding),
#: the reference rate, its fixing date and source, the deviation of the implied rate from the
#: reference (a fraction: 0.044 is 4.4% above), the likely cause of an inconsistent one and the
#: reason one was not checked.
CSV_FIELDS = (
    "file",
    "published",
    "first",
    "first_amount",
    "first_high",
    "first_currency",
    "second",
    "second_amount",
    "second_high",
    "second_currency",
    "kind",
    "verdict",
    "base",
    "quote",
    "implied",
    "implied_low",
    "implied_high",
    "reference",
    "reference_date",
    "source",
    "deviation",
    "cause",
    "reason",
)
#: The columns that hold numbers, written as they are (a negative deviation is no formula).
CSV_NUMBERS = frozenset(
    {"first_amount", "first_high", "second_amount", "second_high", "implied", "implied_low", "implied_high",
     "reference", "deviation"}
)


def _csv_rows(path: str, report: dict[str, Any]) -> list[dict[str, Any]]:
    """The CSV rows of one report (as :meth:`rates.CheckReport.to_dict` gives it)."""
    rows = []
    for pair in report["pairs"]:
        first, second = pair["first"], pair["second"]
        implied = pair.get("implied") or {}
        reference = pair.get("reference") or {}
        cause = pair.get("cause") or {}
        rows.append(
            {
                "file": _shown(path),
                "published": report.get("published"),
                "first": first["text"],
                "first_amount": first["amount"],
                "first_high": first.get("high"),
                "first_currency": first["currency"],
                "second": second["text"],
                "second_amount": second["amount"],
                "second_high": second.get("high"),
                "second_currency": second["currency"],
                "kind": pair.get("kind"),
                "verdict": pair.get("verdict"),
                "base": implied.get("base") or reference.get("base"),
                "quote": implied.get("quote") or reference.get("quote"),
                "implied": implied.get("value"),
                "implied_low": implied.get("low"),
                "implied_high": implied.get("high"),
                "reference": reference.get("value"),
                "reference_date": reference.get("date"),
                "source": reference.get("source"),
                "deviation": pair.get("deviation"),
                "cause": cause.get("description"),
                "reason": pair.get("reason"),
            }
        )
    return rows


def _write_csv(named: list[tuple[str, Any]], out: IO[str], *, excel: bool) -> None:
    """Every conversion of every report as a CSV row, formula-guarded as ``extract``'s CSV is."""
    from moneyparse.cli.output import _CsvWriter

    writer = _CsvWriter(out, CSV_FIELDS, excel=excel, numbers=CSV_NUMBERS)
    for path, report in named:
        for row in _csv_rows(path, report.to_dict(command_line=True)):
            writer.write(row)


def _write(named: list[tuple[str, Any]], form: str, out: IO[str]) -> None:
    """Print the reports: text blocks (a header per file when there are several), JSON or JSON lines."""
    import json

    if form == "json":
        ((path, report),) = named
        out.write(json.dumps({"file": _shown(path), **report.to_dict(command_line=True)}, ensure_ascii=False, indent=2) + "\n")
        return
    if form == "jsonl":
        for path, report in named:
            out.write(json.dumps({"file": _shown(path), **report.to_dict(command_line=True)}, ensure_ascii=False) + "\n")
        return
    if len(named) == 1:
        out.write(named[0][1].to_text(command_line=True))
        return
    for path, report in named:
        out.write(f"== {_shown(path)}\n{report.to_text(command_line=True)}\n")
    out.write(_summary(named))


def _shown(path: str) -> str:
    """A file as the reports name it (``-`` is standard input)."""
    return STDIN_NAME if path == "-" else path
