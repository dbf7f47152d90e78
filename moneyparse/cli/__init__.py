"""The ``moneyparse`` command line: a thin front over :mod:`moneyparse` and :mod:`rates`.

Subcommands::

    moneyparse extract FILE... | -      every money mention (table, jsonl, json or csv)
    moneyparse convert PHRASE --to CUR  one amount at the rate of a day
    moneyparse check FILE... | --sample the conversions texts quote against reference rates
    moneyparse rates BASE QUOTE         a reference rate, or a period average
    moneyparse rates --list             every currency of each rate source, first and last date
    moneyparse rates update             refresh the ECB's history (--source fed: the Fed's daily rates)

Results go to stdout, errors to stderr as one line.  Exit status: 0 success, 1 ``check`` found
a doubtful or inconsistent conversion, 2 a usage or input error, 3 ``check`` could check nothing,
130 interrupted (Ctrl-C), 141 stdout closed early, 143 terminated (SIGTERM).

The package holds one concern per module:

* this module: :func:`main`, the console script and :func:`build_parser`, which puts the
  commands' subparsers together;
* :mod:`~moneyparse.cli.arguments`: argument types, the parser class, the shared options;
* :mod:`~moneyparse.cli.report`: errors as one line on stderr, warnings, exit statuses;
* :mod:`~moneyparse.cli.formatting`: numbers, rates and money for people and machines;
* :mod:`~moneyparse.cli.output`: atomic output files, the record writers, the progress bar;
* :mod:`~moneyparse.cli.sources`: ``--source``, ``--rates``, ``--on today``, and out-of-date or
  missing rates in words;
* one module per command, holding its subcommand's options and the code that runs it:
  :mod:`~moneyparse.cli.extract`, :mod:`~moneyparse.cli.convert`, :mod:`~moneyparse.cli.check`
  and :mod:`~moneyparse.cli.rates_command`.

Importing this package loads nothing beyond the standard library pieces it names: the extractor,
the rate history and babel are imported by the subcommand that needs them, and a command imports
its own module and the helpers it uses, never the other commands.  The names the command line
offered when it was one module stay importable from here (``from moneyparse.cli import
atomic_output``); those that ``main`` does not need are looked up in their modules on first use.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from moneyparse.cli.arguments import _ArgumentParser
from moneyparse.cli.report import (
    EXIT_BROKEN_PIPE,
    EXIT_INCONSISTENT,
    EXIT_INTERRUPTED,
    EXIT_NOTHING_CHECKED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    GATE,
    PROG,
    _describe,
    _report,
    _silence_stdout,
    _warnings_as_lines,
)
from moneyparse.errors import (
    BinaryFileError,
    CommandLineError,
    FileDecodeError,
    InputFileError,
    MoneyParseError,
    UndecodableFileError,
    UsageError,
)

__all__ = [
    "COMMANDS",
    "EXIT_INCONSISTENT",
    "EXIT_NOTHING_CHECKED",
    "EXIT_OK",
    "BinaryFileError",
    "CommandLineError",
    "FileDecodeError",
    "InputFileError",
    "MoneyParseError",
    "UndecodableFileError",
    "UsageError",
    "build_parser",
    "main",
    "main_entry",
]

COMMANDS = ("extract", "convert", "check", "rates")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser of the ``moneyparse`` command line and its subcommands.

    ``only`` names the one subcommand to build (the others are left out, and their modules not
    imported, which keeps the start of a short command quick); ``None`` builds them all.
    """
    from moneyparse import __version__

    parser: argparse.ArgumentParser = _ArgumentParser(
        prog=PROG,
        description="Find money in text, convert it at the rate of its date, check quoted conversions.",
        epilog="Exit status: 0 ok, 1 check found a doubtful or inconsistent conversion, 2 usage or input error, "
        "3 check could check nothing, 130 interrupted, 141 output closed early, 143 terminated.",
    )
    parser.add_argument("-V", "--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    if only in (None, "extract"):
        from moneyparse.cli.extract import add_parser as add_extract

        add_extract(commands)
    if only in (None, "convert"):
        from moneyparse.cli.convert import add_parser as add_convert

        add_convert(commands)
    if only in (None, "check"):
        from moneyparse.cli.check import add_parser as add_check

        add_check(commands)
    if only in (None, "rates"):
        from moneyparse.cli.rates_command import add_parser as add_rates

        add_rates(commands)
    return parser


def _command_of(arguments: Sequence[str]) -> str | None:
    """The subcommand that ``arguments`` name first, when they start with one."""
    if arguments and arguments[0] in COMMANDS:
        return arguments[0]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``) and return its exit status.

    Errors are reported as one line on stderr (``moneyparse: error: ...``) with status 2; a closed
    stdout ends the command quietly with status 141; Ctrl-C ends it with status 130, and
    SIGTERM, in a command that writes as it goes (``extract``), with status 143 (its output file
    is not written).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(_command_of(arguments)).parse_args(arguments)
        handler: Callable[[argparse.Namespace], int] = args.handler
        with _warnings_as_lines():
            status = handler(args)
        with GATE:
            sys.stdout.flush()
        return status
    except SystemExit as exc:  # --help and --version; SIGTERM
        if exc.code == EXIT_TERMINATED:
            _report("terminated")
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USAGE)
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        _report("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:
        message = _describe(exc)
        if message is None:
            raise
        _report(message)
        return EXIT_USAGE


def main_entry() -> None:
    """The console script: run :func:`main` on the process arguments and exit with its status."""
    sys.exit(main(sys.argv[1:]))


#: Names importable from this package that live in another module, which is imported when one of
#: them is first asked for (``main`` needs none of them, and ``convert`` stays quick).
_ELSEWHERE: dict[str, tuple[str, ...]] = {
    "moneyparse.cli.extract": ("LINE_WINDOW", "FIELDS", "CONVERSION_FIELDS", "DETAIL_FIELDS", "extract_file"),
    "moneyparse.cli.convert": ("_simple_phrase", "_fast_codes", "_check_locale"),
    "moneyparse.cli.formatting": ("plain", "_format_money", "_minor_digits"),
    "moneyparse.cli.output": ("atomic_output", "_JsonLinesWriter", "_Progress"),
    "moneyparse.files": ("CHUNK_SIZE", "STDIN_NAME", "LineCounter", "read_chunks", "read_text"),
}


def __getattr__(name: str) -> Any:
    """A name of :data:`_ELSEWHERE`, from its module (which is then imported)."""
    for module, names in _ELSEWHERE.items():
        if name in names:
            import importlib

            return getattr(importlib.import_module(module), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """The names of this module, with those of :data:`_ELSEWHERE`."""
    return sorted({*globals(), *(name for names in _ELSEWHERE.values() for name in names)})
