"""The formats of the command line that are pages for people: ``check --format html`` and
``--format md``, ``extract --format html``.

A page is one document: an HTML page is self-contained and meant to be opened in a browser
or passed around, so without ``-o`` it goes to standard output only when that is not a terminal
(a pipe, a file); on a terminal the command asks for ``-o FILE`` instead of filling the screen
with markup.  The report's charts need matplotlib (``pip install 'moneyparse[report]'``): that is
checked before any file is read, and its absence is one line naming the extra, exit status 2.
The pages themselves are made by :mod:`rates.report_html` and :mod:`rates.report_md`.
"""

from __future__ import annotations

import argparse
import sys
from typing import IO, Any

from moneyparse.cli.output import _isatty, atomic_output
from moneyparse.errors import UsageError
from moneyparse.files import STDIN_NAME, read_text

__all__ = ["CHECK_PAGES", "check_page_arguments", "extract_page", "write_check_pages"]

#: The page formats of ``check``.
CHECK_PAGES = ("html", "md")


def _not_to_a_terminal(form: str, output: str | None) -> None:
    """Refuse to write an HTML page to a terminal: it asks for ``-o FILE`` (or a pipe)."""
    if form == "html" and output in (None, "-") and _isatty(sys.stdout):
        raise UsageError("--format html writes a whole page: give -o FILE (or send it to a pipe or a file)", form)


def check_page_arguments(args: argparse.Namespace) -> None:
    """Check ``check``'s arguments for a page format before anything is read.

    An HTML page holds one text and needs the ``report`` extra; neither page goes to a terminal
    without ``-o`` when it is HTML.
    """
    if args.format not in CHECK_PAGES:
        return
    if args.format == "html":
        if len(args.files) > 1:
            raise UsageError("--format html takes one FILE (one page per text)", args.files)
        from rates.report_chart import require_matplotlib

        require_matplotlib()  # one line naming the extra, before any file is read
    _not_to_a_terminal(args.format, args.output)


def write_check_pages(named: list[tuple[str, Any]], form: str, out: IO[str], *, source: object = None) -> None:
    """Write the reports ``named`` (``(file, report)``) as an HTML page (one) or Markdown (each under its file)."""
    if form == "html":
        ((_, report),) = named
        out.write(report.to_html(source=source))
        return
    for index, (path, report) in enumerate(named):
        if index:
            out.write("\n")
        title = None if len(named) == 1 else f"Conversion check: {STDIN_NAME if path == '-' else path}"
        out.write(report.to_markdown(title=title, command_line=True))


def extract_page(args: argparse.Namespace, assumed: dict[str, str]) -> int:
    """``extract --format html``: the one FILE with every amount marked, written whole."""
    if len(args.files) != 1:
        raise UsageError("--format html takes one FILE (one page per text)", args.files)
    for flag, given in (("--to", args.to is not None), ("--excel", args.excel), ("--workers", args.workers > 1),
                        ("--scheduler", bool(args.scheduler))):
        if given:
            raise UsageError(f"--format html marks up one text here: it takes no {flag}", flag)
    _not_to_a_terminal("html", args.output)
    import moneyparse
    from rates.report_html import render_extract

    (path,) = args.files
    text = read_text(path, encoding=args.encoding, errors=args.errors)
    page = render_extract(text, moneyparse.extract(text, assume=assumed or None))
    with atomic_output(args.output) as out:
        out.write(page)
    return 0
