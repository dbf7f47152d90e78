"""The chart of one currency couple in the HTML report, drawn by matplotlib as inline SVG.

The chart shows the reference rate over the months around the publication date (or around the
latest days the figures fit, when there is no date), the band the quoted figures allow (the
couple's common interval; each pair's own interval when no single rate fits them all), each
quoted pair as a numbered marker with the interval of its rounding, and the fixing days whose
rate lies in the band.

matplotlib comes with the ``report`` extra (``pip install 'moneyparse[report]'``) and is
imported on first use only; without it :func:`couple_chart` raises
:class:`rates.errors.ExtraNotInstalledError`.  The figure is made with
``matplotlib.figure.Figure`` and the SVG canvas directly: no global pyplot state, no display.

Rates are ``Decimal`` everywhere else; here they become ``float`` for one purpose only, the
position of a point on the drawing.  Every figure the report prints comes from the decimals.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
from dataclasses import dataclass
from decimal import Decimal

from rates.errors import ExtraNotInstalledError

__all__ = ["LABELLED", "WINDOW_AFTER", "WINDOW_BEFORE", "ChartPair", "chart_window", "couple_chart", "require_matplotlib"]

#: How far before the centre day (the publication date, or the latest day the figures fit) the chart starts.
WINDOW_BEFORE = _dt.timedelta(days=120)
#: How far after the centre day it ends (the history permitting).
WINDOW_AFTER = _dt.timedelta(days=45)

#: Up to this many pairs a chart numbers each; beyond, the numbers would cover one another.
LABELLED = 20

_COLOURS = {
    "line": "#33415c",
    "band": "#9ecae1",
    "match": "#08519c",
    "consistent": "#1a7f37",
    "doubtful": "#9a6700",
    "inconsistent": "#cf222e",
    "other": "#57606a",
}


@dataclass(frozen=True, slots=True)
class ChartPair:
    """One quoted pair as the chart draws it: its number in the report, its implied rate and
    interval (``high`` ``None``: open above), and the word of its verdict."""

    number: int
    value: Decimal
    low: Decimal
    high: Decimal | None
    verdict: str


def require_matplotlib() -> None:
    """Raise :class:`~rates.errors.ExtraNotInstalledError` unless matplotlib can be imported."""
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        raise ExtraNotInstalledError("report", "matplotlib") from None


def _day_numbers(days: list[_dt.date]) -> list[float]:
    """``days`` as matplotlib places them on a date axis (its day numbers)."""
    from matplotlib import dates as mdates

    # matplotlib.dates carries no annotations of its own
    return [float(x) for x in mdates.date2num(days)]  # type: ignore[no-untyped-call]


def chart_window(centre: _dt.date) -> tuple[_dt.date, _dt.date]:
    """The days a chart centred on ``centre`` spans: :data:`WINDOW_BEFORE` before to :data:`WINDOW_AFTER` after."""
    return centre - WINDOW_BEFORE, centre + WINDOW_AFTER


def couple_chart(
    base: str,
    quote: str,
    points: list[tuple[_dt.date, Decimal]],
    pairs: list[ChartPair],
    *,
    band: tuple[Decimal, Decimal | None] | None,
    centre: _dt.date,
    centre_label: str,
    source: str,
) -> str:
    """An ``<svg>`` element (no XML prologue) of the reference ``quote`` per ``base`` over ``points``.

    ``band`` is the interval every pair allows (``None`` when no single rate fits them all: each
    pair's own interval is drawn instead); the fixings of ``points`` inside it are highlighted.
    Each pair of ``pairs`` is a marker on ``centre`` (labelled ``centre_label``), spread by a
    day or two so that none hides another.
    """
    require_matplotlib()
    from matplotlib import dates as mdates
    from matplotlib import rc_context
    from matplotlib.backends.backend_svg import FigureCanvasSVG
    from matplotlib.figure import Figure

    # matplotlib places points by floats: the days as its day numbers, the rates as floats (every
    # figure the page prints comes from the Decimals, never from these)
    days = _day_numbers([d for d, _ in points])
    values = [float(v) for _, v in points]
    fig = Figure(figsize=(7.2, 3.6), dpi=100)
    fig.subplots_adjust(left=0.11, right=0.98, top=0.91, bottom=0.1)
    FigureCanvasSVG(fig)
    ax = fig.add_subplot()
    ax.plot(days, values, color=_COLOURS["line"], linewidth=1.4, label=f"{source} reference rate")
    if band is not None:
        low, high = band
        top = float(high) if high is not None else max([*values, float(low)]) * 1.05
        ax.axhspan(float(low), top, color=_COLOURS["band"], alpha=0.35, linewidth=0, label="band the figures allow")
        inside = [(d, float(v)) for d, v in points if low <= v and (high is None or v <= high)]
        if inside:
            ax.scatter(
                _day_numbers([d for d, _ in inside]), [v for _, v in inside], s=16, color=_COLOURS["match"], zorder=3,
                label="fixing days in the band",
            )
    (middle,) = _day_numbers([centre])
    ax.axvline(middle, color=_COLOURS["other"], linewidth=0.8, linestyle=":")
    ax.annotate(centre_label, (middle, 1.0), xycoords=("data", "axes fraction"), xytext=(3, -10),
                textcoords="offset points", fontsize=8, color=_COLOURS["other"])
    # the pairs side by side around the centre day, two days apart, closer when there are many
    # (they stay within about two months); one call per colour, so that a text of a hundred
    # conversions costs a few artists, not hundreds
    spread = min(2.0, 60.0 / max(len(pairs), 1))
    first = middle - spread * ((len(pairs) - 1) / 2)
    groups: dict[str, list[tuple[float, float, float, float]]] = {}
    for k, pair in enumerate(pairs):
        x = first + spread * k
        y = float(pair.value)
        below = y - float(pair.low)
        above = (float(pair.high) - y) if pair.high is not None else 0.0
        groups.setdefault(_COLOURS.get(pair.verdict, _COLOURS["other"]), []).append((x, y, below, above))
        if len(pairs) <= LABELLED:
            colour = _COLOURS.get(pair.verdict, _COLOURS["other"])
            ax.annotate(str(pair.number), (x, y), xytext=(5, 4), textcoords="offset points", fontsize=8, color=colour)
    for colour, points_ in groups.items():
        xs = [p[0] for p in points_]
        ys = [p[1] for p in points_]
        if band is None:
            ax.errorbar(xs, ys, yerr=[[p[2] for p in points_], [p[3] for p in points_]], fmt="none", ecolor=colour,
                        elinewidth=1.0, capsize=2 if len(pairs) > LABELLED else 3, zorder=4)
        size = 46 if len(pairs) <= LABELLED else 20
        ax.scatter(xs, ys, s=size, marker="D", color=colour, edgecolors="white", linewidths=0.6, zorder=5)
    if pairs:
        numbered = " (numbered)" if len(pairs) <= LABELLED else ""
        ax.scatter([], [], s=46, marker="D", color=_COLOURS["other"], label=f"quoted pairs{numbered}")
    ax.set_ylabel(f"{quote} per {base}")
    ax.set_title(f"{quote} per {base}: reference rate and the quoted figures", fontsize=10)
    # matplotlib.dates carries no annotations of its own
    ax.xaxis.set_major_locator(mdates.MonthLocator())  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m"))  # type: ignore[no-untyped-call]
    ax.grid(True, color="#d0d7de", linewidth=0.5)
    ax.legend(fontsize=7, loc="upper left", framealpha=0.85)
    buffer = io.StringIO()
    # text kept as text (smaller, searchable, no embedded glyphs); the same ids on every run
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": f"moneyparse-{base}{quote}"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return _inline(buffer.getvalue(), f"{quote} per {base}", f"{base}{quote}")


_PROLOGUE = re.compile(r"^.*?(?=<svg\b)", re.S)


_IDS = re.compile(r'(\bid="|url\(#|href="#)([^")]+)')


def _inline(svg: str, label: str, prefix: str) -> str:
    """The ``<svg>`` element alone, scaled to its container and named for screen readers, every
    element id (and every reference to one) prefixed with ``prefix``: matplotlib numbers its
    elements from 1 in each figure, and two figures in one page must not share an id."""
    svg = _PROLOGUE.sub("", svg, count=1)
    svg = _IDS.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", svg)
    svg = re.sub(r'<svg\b([^>]*?)\swidth="[^"]*"\s+height="[^"]*"', r"<svg\1", svg, count=1)
    from html import escape

    return svg.replace("<svg", f'<svg role="img" aria-label="{escape(label)} chart" class="chart"', 1)
