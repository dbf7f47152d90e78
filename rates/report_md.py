"""The fact-check report as Markdown, for pasting into a content system.

The same facts as the HTML page (:mod:`rates.report_html`) without the marked-up text and the
charts: the date and the reference, one table row per quoted conversion (the quoted figures, the
implied rate and the interval they allow, the reference rate with its source and date, the
deviation, the verdict as a sign and a word, the likely cause), then one line per currency
couple with the days its figures were current.  Text taken from the article is escaped, so that
neither a ``|`` nor a ``<script>`` nor an emphasis mark in it changes the table.
"""

from __future__ import annotations

import re

from rates.checktext import advice
from rates.report_words import couple_text, interval_text, percent_text, rate_text, reference_text, searched_text, verdict_sign
from rates.verdicts import DOUBTFUL_FROM, Verdict

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.factcheck import CheckReport, PairCheck

__all__ = ["escape_markdown", "render_markdown"]

#: The marks that change Markdown in the middle of a line (a cell never starts one).
_SPECIAL = re.compile(r"([\\`*_{}\[\]|~])")


def escape_markdown(text: str) -> str:
    """``text`` as literal Markdown: its marks backslash-escaped, ``<`` and ``&`` as entities, on one line."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    return _SPECIAL.sub(r"\\\1", text)


def _verdict_cell(item: PairCheck, command_line: bool) -> str:
    more = ""
    if item.verdict is Verdict.DOUBTFUL:
        more = ": only the extreme edge of the rounding fits"
    elif item.reason:
        more = ": " + item.reason
        if item.remedy is not None:
            more += "; " + advice(item.remedy, command_line=command_line)
    if item.verdict is Verdict.INCONSISTENT:
        more += "; likely cause: " + (item.cause.description if item.cause is not None else "none of the common slips fits")
    return f"{verdict_sign(item.verdict)} **{item.verdict.value}**{_cell(more)}"


def _cell(text: str) -> str:
    """A cell or line of words that may quote the text (a cause names the figures): escaped."""
    return escape_markdown(text)


def render_markdown(report: CheckReport, *, title: str | None = None, command_line: bool = False) -> str:
    """The report as Markdown (ends with a newline); ``command_line`` words the advice for the command line."""
    verdict = report.verdict
    lines = [f"# {escape_markdown(title) if title else 'Conversion check'}", ""]
    lines.append(f"**Verdict: {verdict_sign(verdict)} {verdict.value}**")
    lines.append("")
    when = report.publication
    if report.published is not None:
        lines.append(f"- Published: {report.published.isoformat()}, {_cell(when.describe())}")
    else:
        lines.append(f"- Published: {_cell(when.describe())}: nothing is judged without a publication date")
    tolerance = format((report.tolerance * 100).normalize(), "f")
    doubtful = format((DOUBTFUL_FROM * 100).normalize(), "f")
    lines.append(f"- Reference: {_cell(report.source)}, tolerance {tolerance}%; doubtful beyond {doubtful}% of the figures' rounding")
    if not report.pairs:
        lines += ["", "Nothing to check: the text quotes no conversion of one amount into another currency."]
        return "\n".join(lines) + "\n"
    counts = ", ".join(f"{n} {word}" for word, n in report.counts().items() if n)
    lines.append(f"- Quoted conversions: {len(report.pairs)}: {counts}")
    lines += ["", "## Quoted conversions", ""]
    lines.append("| # | quoted | implied rate (the figures allow) | reference rate | deviation | verdict |")
    lines.append("|---|---|---|---|---|---|")
    for number, item in enumerate(report.pairs, 1):
        quoted = escape_markdown(f"{item.first.text} ({item.second.text})")
        imp, ref = item.implied, item.reference
        implied = "" if imp is None else f"{rate_text(imp.value)} {imp.quote}/{imp.base} ({interval_text(imp.low, imp.high)})"
        reference = "" if ref is None else f"{rate_text(ref.value)} ({reference_text(ref)})"
        deviation = "" if item.deviation is None else percent_text(item.deviation)
        cells = [str(number), quoted, _cell(implied), _cell(reference), _cell(deviation), _verdict_cell(item, command_line)]
        lines.append("| " + " | ".join(cells) + " |")
    if report.couples:
        searched = searched_text(report)
        lines += ["", "## Currency couples" + (f" ({searched})" if searched else ""), ""]
        lines += [f"- {_cell(couple_text(c, report.whole_history))}" for c in report.couples]
    return "\n".join(lines) + "\n"
