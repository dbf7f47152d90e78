"""The fact-check report as one self-contained HTML page: the text marked up, a verdict per
quoted conversion, a chart per currency couple.

:func:`render_check` is :meth:`rates.CheckReport.to_html`; :func:`render_extract` marks up what
the extractor found in any text, without verdicts (``moneyparse extract --format html``).

The page fetches nothing when it is viewed: the style sheet is inline, the charts are inline SVG
(:mod:`rates.report_chart`), there is no script and no web font.  It reads on a phone (one
column, the tables scroll sideways, an amount shows its facts when tapped) and prints (the facts
of each amount become numbered footnotes, the colours stay, no section is cut across pages).

Every amount of the text is marked: its normalized value and ISO code show on hover or tap,
with the hedge, the range, the precision, what chose the currency and the other currencies the
marker could have meant.  Every quoted conversion is marked by its verdict, in colour and in a
word with a sign, never by colour alone.  Everything taken from the text is escaped: a
``<script>`` in an article stays text.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from rates.errors import RatesError
from rates.report_words import (
    Marked,
    amount_facts,
    couple_text,
    days_in,
    pair_rows,
    searched_text,
    value_text,
    verdict_class,
    verdict_sign,
)
from rates.verdicts import DOUBTFUL_FROM, Verdict

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from rates.factcheck import CheckReport, CoupleCheck, PairCheck
    from rates.sources.base import Source

__all__ = ["NOTHING_TO_CHECK", "NO_MONEY", "render_check", "render_extract"]

#: What the report says when the text quotes no conversion.
NOTHING_TO_CHECK = "Nothing to check: the text quotes no conversion of one amount into another currency."
#: What the extract page says when the text has no amount.
NO_MONEY = "No amount of money was found in this text."

#: Closing brackets, each with its opening one.
_CLOSERS = {")": "(", "）": "（", "]": "["}
_FIRST_DAY = _dt.date(1900, 1, 1)
_LAST_DAY = _dt.date(9998, 12, 31)
_TITLE_CHARS = 80

_CSS = """
:root{--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--paper:#fff;
--ok:#1a7f37;--ok-bg:#dafbe1;--warn:#9a6700;--warn-bg:#fff8c5;--bad:#cf222e;--bad-bg:#ffebe9;
--none:#57606a;--none-bg:#eaeef2;--amount-bg:#ddf4ff;--amount:#0550ae}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);
font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main{max-width:52rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1rem;margin:0 0 .4rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .8rem;margin:.4rem 0}
dl.facts dt{color:var(--muted)}
dl.facts dd{margin:0;overflow-wrap:anywhere}
.article{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;
font-size:1.05rem;line-height:1.75;border-left:3px solid var(--line);padding-left:.8rem}
.amount{position:relative;background:var(--amount-bg);color:var(--amount);border-radius:3px;
padding:0 .15em;cursor:help;white-space:nowrap;font-family:system-ui,-apple-system,"Segoe UI",sans-serif;
font-size:.95em}
.amount:focus{outline:2px solid var(--amount);outline-offset:1px}
.tip{display:none;position:absolute;left:0;top:1.6em;z-index:10;width:max-content;max-width:min(22rem,86vw);
white-space:normal;background:#fff;color:var(--ink);border:1px solid var(--line);border-radius:6px;
box-shadow:0 4px 14px rgba(0,0,0,.18);padding:.4rem .6rem;font-size:.85rem;line-height:1.4}
.tip .row{display:block}
.tip .label{color:var(--muted)}
.amount:hover .tip,.amount:focus .tip,.amount:focus-within .tip{display:block}
.fn{display:none}
.pair{border-radius:4px;padding:.05em 0;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.badge{display:inline-block;white-space:nowrap;font:600 .78rem/1.5 system-ui,-apple-system,sans-serif;
border-radius:999px;padding:0 .5em;margin-left:.25em;text-decoration:none;border:1px solid currentColor;
vertical-align:.1em}
.v-consistent{--c:var(--ok);--bg:var(--ok-bg)}
.v-doubtful{--c:var(--warn);--bg:var(--warn-bg)}
.v-inconsistent{--c:var(--bad);--bg:var(--bad-bg)}
.v-not-checked,.v-too-coarse-to-check,.v-not-a-conversion{--c:var(--none);--bg:var(--none-bg)}
.pair{background:var(--bg);outline:1px solid var(--c)}
.badge,.verdict{color:var(--c);background:var(--bg)}
.overall{display:inline-block;font-weight:700;font-size:1.1rem;border:2px solid var(--c);border-radius:6px;
padding:.1rem .6rem}
.verdict{font-weight:600;border-radius:4px;padding:0 .35em;white-space:nowrap}
ol.conversions{list-style:none;padding:0;margin:0}
ol.conversions>li{border:1px solid var(--line);border-left:6px solid var(--c);border-radius:6px;
padding:.6rem .8rem;margin:.6rem 0;break-inside:avoid;page-break-inside:avoid}
figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}
figcaption{margin:.3rem 0}
svg.chart{width:100%;height:auto;max-width:100%}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid var(--line);padding:.25rem .4rem;text-align:left;vertical-align:top}
td.num{white-space:nowrap}
.empty{font-weight:600;padding:.6rem .8rem;background:var(--none-bg);border-radius:6px}
.note{color:var(--muted);font-size:.9rem}
@media (max-width:36rem){main{padding:.6rem}dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.3rem}
h1{font-size:1.25rem}
.tip{position:fixed;left:.5rem;right:.5rem;top:auto;bottom:.5rem;width:auto;max-width:none;font-size:.9rem}}
@media print{
@page{margin:1.6cm}
body{font-size:11pt}
main{max-width:none;padding:0}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.tip{display:none!important}
.fn{display:inline;font-size:.7em;vertical-align:super;line-height:0}
.fn a{color:inherit;text-decoration:none}
.amount{white-space:normal}
a.badge{color:var(--c)}
h2{break-after:avoid;page-break-after:avoid}
}
"""


@dataclass(frozen=True, slots=True)
class _Mark:
    """One amount as the page marks it: its number (its footnote), span and record."""

    number: int
    start: int
    end: int
    mention: Marked


def _span(mention: object) -> tuple[int, int] | None:
    start, end = getattr(mention, "start", None), getattr(mention, "end", None)
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
        return start, end
    return None


def _marks(text: str, preferred: Sequence[Marked], found: Sequence[Marked]) -> list[_Mark]:
    """The amounts to mark, numbered in text order: ``preferred`` (the sides of the pairs) first,
    then ``found``; one per span, none overlapping another, each where the text has it."""
    chosen: dict[tuple[int, int], Marked] = {}
    for mention in (*preferred, *found):
        span = _span(mention)
        if span is None or span in chosen:
            continue
        if text[span[0] : span[1]] != getattr(mention, "text", None):
            continue
        chosen[span] = mention
    marks: list[_Mark] = []
    reach = 0
    for (start, end), mention in sorted(chosen.items()):
        if start < reach:
            continue
        marks.append(_Mark(len(marks) + 1, start, end, mention))
        reach = end
    return marks


def _tip(mark: _Mark) -> str:
    rows = "".join(
        f'<span class="row"><span class="label">{escape(label)}:</span> {escape(words)}</span>'
        for label, words in amount_facts(mark.mention)
    )
    return f'<span class="tip" role="tooltip" id="t{mark.number}">{rows}</span>'


def _amount(text: str, mark: _Mark) -> str:
    m = mark.mention
    value = format(m.amount, "f")
    high = getattr(m, "high", None)
    currency = escape(str(getattr(m, "currency", "")).upper())
    extra = "" if high is None else f' data-high="{format(high, "f")}"'
    return (
        f'<span class="amount" tabindex="0" id="a{mark.number}" data-value="{value}"{extra} '
        f'data-currency="{currency}" aria-describedby="t{mark.number}">'
        f"{escape(text[mark.start : mark.end])}{_tip(mark)}"
        f'<span class="fn"><a href="#n{mark.number}">{mark.number}</a></span></span>'
    )


def _badge(number: int, verdict: Verdict) -> str:
    cls = verdict_class(verdict)
    return (
        f'<a class="badge {cls}" href="#c{number}" id="b{number}" data-verdict="{escape(verdict.value)}">'
        f"#{number} {verdict_sign(verdict)} {escape(verdict.value)}</a>"
    )


def _wraps(text: str, marks: list[_Mark], pairs: Sequence[PairCheck]) -> dict[int, tuple[int, int, int, Verdict]]:
    """The pairs marked in the text: first mark's number -> (last mark's number, pair number, end, verdict).

    A pair is marked when both its sides are marked amounts and its span overlaps no pair marked before.
    """
    by_span = {(k.start, k.end): k for k in marks}
    wraps: dict[int, tuple[int, int, int, Verdict]] = {}
    taken: list[tuple[int, int]] = []
    for number, item in enumerate(pairs, 1):
        a, b = _span(item.first), _span(item.second)
        if a is None or b is None or a not in by_span or b not in by_span:
            continue
        first, last = sorted((by_span[a], by_span[b]), key=lambda k: k.start)
        start, end = first.start, last.end
        if text[end : end + 1] in _CLOSERS and _CLOSERS[text[end]] in text[first.end : last.start]:
            end += 1  # the bracket that closes the equivalent belongs to the pair
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        wraps[first.number] = (last.number, number, end, item.verdict)
    return wraps


def _article(text: str, marks: list[_Mark], pairs: Sequence[PairCheck] = ()) -> str:
    """The text, escaped, with every amount marked and every quoted pair wrapped in its verdict."""
    wraps = _wraps(text, marks, pairs)
    out: list[str] = []
    pos = 0
    closing: dict[int, tuple[int, int, Verdict]] = {}
    for mark in marks:
        out.append(escape(text[pos : mark.start]))
        wrap = wraps.get(mark.number)
        if wrap is not None:
            last, number, end, verdict = wrap
            out.append(f'<span class="pair {verdict_class(verdict)}" id="p{number}">')
            closing[last] = (number, end, verdict)
        out.append(_amount(text, mark))
        pos = mark.end
        if mark.number in closing:
            number, end, verdict = closing.pop(mark.number)
            out.append(escape(text[pos:end]) + "</span>" + _badge(number, verdict))
            pos = end
    out.append(escape(text[pos:]))
    return '<div class="article">' + "".join(out) + "</div>"


def _amounts_table(marks: list[_Mark]) -> str:
    """Every marked amount with its facts: the footnotes of the printed page."""
    rows = []
    for mark in marks:
        facts = dict(amount_facts(mark.mention))
        details = "; ".join(f"{label}: {words}" for label, words in facts.items() if label not in ("value", "currency"))
        rows.append(
            f'<tr id="n{mark.number}"><td class="num">{mark.number}</td>'
            f'<td><a href="#a{mark.number}">{escape(str(getattr(mark.mention, "text", "")))}</a></td>'
            f'<td class="num">{escape(value_text(mark.mention))}</td><td>{escape(details)}</td></tr>'
        )
    return (
        '<div class="scroll"><table><thead><tr><th>#</th><th>as written</th><th>value</th><th>how it was read</th>'
        "</tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>"
    )


def _dl(rows: list[tuple[str, str]]) -> str:
    return '<dl class="facts">' + "".join(f"<dt>{escape(a)}</dt><dd>{escape(b)}</dd>" for a, b in rows) + "</dl>"


def _page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="moneyparse">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _headline(text: str | None) -> str:
    """The first line of a text, shortened, for the page title."""
    for line in (text or "").splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= _TITLE_CHARS else line[: _TITLE_CHARS - 1].rstrip() + "…"
    return ""


def _source_of(report: CheckReport, source: object) -> Source | None:
    """The rate source to draw from: ``source`` when given, else the one the report names, when it
    can be found by that name (a bundled source, or a file of your own in the working directory)."""
    from rates.sources import NAMES, resolve

    if source is not None:
        return resolve(source)
    default = resolve(None)
    if report.source == default.name:
        return default
    if report.source in NAMES:
        return resolve(report.source)
    kind, _, name = report.source.partition(":")
    if kind in ("csv", "zip") and os.path.isfile(name):
        try:
            found = resolve(name)
        except (RatesError, OSError):
            return None
        return found if found.name == report.source else None
    return None


def _series(
    src: Source | None, base: str, quote: str, start: _dt.date | None, end: _dt.date | None
) -> list[tuple[_dt.date, Decimal]] | None:
    """The rates of ``base`` in ``quote`` from ``src`` between two days, or None where it has none."""
    if src is None:
        return None
    try:
        return src.series(base, quote, start or _FIRST_DAY, end or _LAST_DAY)
    except RatesError:
        return None


def _centre(report: CheckReport, couple: CoupleCheck, own: list[tuple[tuple[_dt.date, _dt.date], ...]]) -> tuple[_dt.date | None, str]:
    """The day a couple's chart is centred on, and its label."""
    if report.published is not None:
        return report.published, f"published {report.published.isoformat()}"
    if couple.matching_dates:
        day = couple.matching_dates[-1][1]
        return day, f"latest day every figure fits, {day.isoformat()}"
    latest = max((runs[-1][1] for runs in own if runs), default=None)
    if latest is not None:
        return latest, f"latest day a figure fits, {latest.isoformat()}"
    if couple.until is not None:
        return couple.until, f"last day searched, {couple.until.isoformat()}"
    return None, ""


def _couple_figure(
    report: CheckReport, couple: CoupleCheck, members: list[tuple[int, PairCheck]], src: Source | None,
    own: list[tuple[tuple[_dt.date, _dt.date], ...]],
) -> str:
    from rates.report_chart import LABELLED, ChartPair, chart_window, couple_chart

    caption = f"<figcaption>{escape(couple_text(couple, report.whole_history))}</figcaption>"
    centre, label = _centre(report, couple, own)
    if src is None:
        return (
            f'<figure>{caption}<p class="note">No reference history to draw: the rates of “{escape(report.source)}” '
            "were not found (pass source= to to_html).</p></figure>"
        )
    points = None if centre is None else _series(src, couple.base, couple.quote, *chart_window(centre))
    if not points:
        return (
            f'<figure>{caption}<p class="note">No reference fixing of {escape(couple.base)}/{escape(couple.quote)} '
            "around these dates to draw.</p></figure>"
        )
    assert centre is not None
    drawn = [
        ChartPair(number, item.implied.value, item.implied.low, item.implied.high, item.verdict.value)
        for number, item in members
        if item.implied is not None
    ]
    band = (couple.low, couple.high) if couple.fits and couple.low is not None else None
    svg = couple_chart(couple.base, couple.quote, points, drawn, band=band, centre=centre, centre_label=label, source=report.source)
    first, last = points[0][0].isoformat(), points[-1][0].isoformat()
    note = (
        f'<p class="note">{escape(report.source)} fixings from {first} to {last}; the shaded band is the '
        + (
            "interval every quoted figure allows"
            if band is not None
            else "missing: no single rate fits every figure, so each pair's own interval is drawn"
        )
        + "; dots on the line mark the fixing days inside it; diamonds are the quoted pairs"
        + (", numbered as above.</p>" if len(drawn) <= LABELLED else ".</p>")
    )
    return f'<figure id="chart-{escape(couple.base)}-{escape(couple.quote)}">{caption}{svg}{note}</figure>'


def _check_title(text: str | None, title: str | None) -> str:
    """The page's title: ``title``, else the text's first words."""
    head = _headline(text)
    return title or ("Conversion check: " + head if head else "Conversion check")


def _check_header(report: CheckReport, text: str | None, title: str | None) -> str:
    """The page's header: its title, the overall verdict, and how the text was checked."""
    page_title = _check_title(text, title)
    verdict = report.verdict
    parts = [f"<header><h1>{escape(page_title)}</h1>"]
    parts.append(
        f'<p class="overall {verdict_class(verdict)}" id="overall">{verdict_sign(verdict)} {escape(verdict.value)}</p>'
    )
    when = report.publication
    date_words = (
        f"{report.published.isoformat()}, {when.describe()}"
        if report.published is not None
        else f"{when.describe()}: nothing is judged without a publication date"
    )
    tolerance = format((report.tolerance * 100).normalize(), "f")
    doubtful = format((DOUBTFUL_FROM * 100).normalize(), "f")
    counts = ", ".join(f"{n} {word}" for word, n in report.counts().items() if n) or "none"
    summary = [
        ("published", date_words),
        ("reference", f"{report.source}, tolerance {tolerance}%; doubtful beyond {doubtful}% of the figures' rounding"),
        ("quoted conversions", f"{len(report.pairs)}: {counts}" if report.pairs else "none"),
    ]
    parts.append(_dl(summary) + "</header>")
    return "\n".join(parts)


def render_check(
    report: CheckReport,
    text: str | None = None,
    *,
    mentions: Sequence[Marked] | None = None,
    source: object = None,
    title: str | None = None,
    charts: bool = True,
) -> str:
    """The check report as one self-contained HTML page.

    ``text`` is the text checked (default: the one the report keeps, if any); without one the
    page has no marked-up article.  ``mentions`` are the amounts to mark (default: the sides of
    the quoted pairs and every amount :func:`moneyparse.extract` finds).  ``source`` is the rate
    source to draw the charts and search the days from (default: the report's own, when it can
    be found by its name).  ``charts=False`` leaves the charts out; with charts, matplotlib must
    be installed (the ``report`` extra), else :class:`~rates.errors.ExtraNotInstalledError`.
    """
    if charts:
        from rates.report_chart import require_matplotlib

        require_matplotlib()
    if text is None:
        text = getattr(report, "text", None)
    page_title = _check_title(text, title)
    body: list[str] = [_check_header(report, text, title)]
    marks: list[_Mark] = []
    if text is not None:
        sides = [side for item in report.pairs for side in (item.first, item.second)]
        if mentions is None:
            from moneyparse import extract  # the declared way back to the extractor, on first use only

            mentions = extract(text)
        marks = _marks(text, sides, mentions)
        body.append('<section id="text"><h2>The text</h2>')
        body.append(
            '<p class="note">Each amount is marked; hover over it or tap it for its value. '
            "Each quoted conversion carries its verdict.</p>"
        )
        body.append(_article(text, marks, report.pairs) + "</section>")
    body.append('<section id="conversions"><h2>Quoted conversions</h2>')
    src = _source_of(report, source) if report.couples else None
    series: dict[tuple[str, str], list[tuple[_dt.date, Decimal]] | None] = {}
    for couple in report.couples:
        series[(couple.base, couple.quote)] = _series(src, couple.base, couple.quote, report.since, report.until)
    searched = searched_text(report)
    own_days: dict[int, tuple[tuple[_dt.date, _dt.date], ...]] = {}
    if not report.pairs:
        body.append(f'<p class="empty" id="nothing">{escape(NOTHING_TO_CHECK)}</p>')
    else:
        body.append('<ol class="conversions">')
        for number, item in enumerate(report.pairs, 1):
            imp = item.implied
            current = None
            if imp is not None:
                points = series.get((imp.base, imp.quote))
                if points is not None:
                    current = days_in(points, imp.low, imp.high)
                    own_days[number] = current
            cls = verdict_class(item.verdict)
            quoted = f"{getattr(item.first, 'text', '')} ({getattr(item.second, 'text', '')})"
            body.append(
                f'<li class="{cls}" id="c{number}"><h3>{number}. <q>{escape(quoted)}</q> '
                f'<span class="verdict {cls}">{verdict_sign(item.verdict)} {escape(item.verdict.value)}</span></h3>'
                + _dl(pair_rows(item, current=current, searched=searched))
                + "</li>"
            )
        body.append("</ol>")
    body.append("</section>")
    if report.couples:
        body.append('<section id="couples"><h2>Currency couples</h2>')
        for couple in report.couples:
            members = [
                (n, item)
                for n, item in enumerate(report.pairs, 1)
                if item.implied is not None and (item.implied.base, item.implied.quote) == (couple.base, couple.quote)
            ]
            own = [own_days[n] for n, _ in members if n in own_days]
            if charts:
                body.append(_couple_figure(report, couple, members, src, own))
            else:
                body.append(f"<figure><figcaption>{escape(couple_text(couple, report.whole_history))}</figcaption></figure>")
        body.append("</section>")
    if text is not None:
        body.append('<section id="amounts"><h2>Every amount in the text</h2>')
        body.append(_amounts_table(marks) if marks else f'<p class="empty">{escape(NO_MONEY)}</p>')
        body.append("</section>")
    body.append(_footer())
    return _page(page_title, "\n".join(body))


def _footer() -> str:
    return (
        '<footer><h2>How to read this</h2><p class="note">A figure such as £8bn is rounded, so it allows an '
        "interval of rates, not one rate. A conversion is consistent when the reference rate of the "
        "publication day falls within the interval its figures allow (with the tolerance); doubtful when only "
        "the extreme edge of their rounding reaches it; inconsistent when not even full rounding does, and then "
        "the likely slip is named when one fits. “Figures current on” lists the fixing days on which the "
        "reference lay within the figures' interval: when the writer's rate was current.</p></footer>"
    )


def render_extract(text: str, mentions: Sequence[Marked], *, title: str | None = None) -> str:
    """Every amount ``mentions`` found in ``text``, marked up on one self-contained HTML page (no verdicts)."""
    marks = _marks(text, (), mentions)
    head = _headline(text)
    page_title = title or ("Money in: " + head if head else "Money in the text")
    count = f"{len(marks)} amount" + ("" if len(marks) == 1 else "s")
    body = [f"<header><h1>{escape(page_title)}</h1><p>{count} found.</p></header>"]
    body.append('<section id="text"><h2>The text</h2>')
    if marks:
        body.append('<p class="note">Each amount is marked; hover over it or tap it for its value.</p>')
    body.append(_article(text, marks) + "</section>")
    body.append('<section id="amounts"><h2>Every amount in the text</h2>')
    body.append(_amounts_table(marks) if marks else f'<p class="empty" id="nothing">{escape(NO_MONEY)}</p>')
    body.append("</section>")
    return _page(page_title, "\n".join(body))
