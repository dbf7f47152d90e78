"""Pathological inputs: no text makes extraction super-linear or slow.

Each input is built at two lengths, ``n/4`` and ``n``.  Two measures are taken of each:

* the work, as the number of function calls that ``cProfile`` counts (Python functions and the
  C functions they call).  It does not depend on the machine or its load, so the test suite
  asserts on it (``tests/test_robust_linear.py``): four times the length may cost at most
  :data:`MAX_CALL_GROWTH` times the calls;
* the time, best of up to :data:`ROUNDS` runs with the cyclic collector paused.  A super-linear
  regular expression does its work inside one C call, where no call count sees it, so the
  benchmarks time the inputs too: four times the length may take at most :data:`MAX_RATIO` times
  as long, and the time at ``n`` stays within :data:`BUDGET_PER_CHAR` (200,000 characters in 2 s).

Inputs that find nothing are built at 200,000 characters; inputs dense in mentions, where every
few characters cost a full reading, at 32,000; the ones once slow at smaller sizes.
"""

from __future__ import annotations

import cProfile
import gc
import pstats
import time
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "BUDGET_PER_CHAR", "CASES", "MAX_CALL_GROWTH", "MAX_RATIO", "Case", "calls", "repeat", "section", "timings",
]

#: Seconds per character: 200,000 characters in 2 s.
BUDGET_PER_CHAR = 2.0 / 200_000
#: Allowed growth of the time when the input grows four times (room for noise above 4).
MAX_RATIO = 6.0
#: Allowed growth of the calls when the input grows four times: linear work and a constant.
MAX_CALL_GROWTH = 4.5
#: Below this a timing is noise; ratios are taken against at least this much.
FLOOR = 0.002
#: Rounds of timings at most: a round stops once it shows linear growth within the budget.
ROUNDS = 5
#: Size of the inputs dense in mentions.
DENSE = 32_000


def repeat(unit: str, n: int) -> str:
    """``unit`` repeated and cut to exactly ``n`` characters."""
    return (unit * (n // len(unit) + 1))[:n]


@dataclass(frozen=True, slots=True)
class Case:
    """A pathological input: its builder and the largest length it is measured at."""

    name: str
    build: Callable[[int], str]
    size: int = 200_000


CASES: tuple[Case, ...] = (
    # runs that find nothing or one mention
    Case("digit run", lambda n: "$" + "7" * (n - 1)),
    Case("bare digit run", lambda n: "7" * n),
    Case("comma run", lambda n: "$" + repeat("1,", n - 1)),
    Case("dot run", lambda n: "$" + repeat("1.", n - 1)),
    Case("thousands of $", lambda n: "$" * n),
    Case("spaced $", lambda n: repeat("$ ", n)),
    Case("deep brackets", lambda n: "(" * (n // 2) + "$5" + ")" * (n // 2 - 2)),
    Case("blanks after a symbol", lambda n: "$" + " " * (n - 2) + "5"),
    Case("no-break blanks after a symbol", lambda n: "$" + "\u00a0" * (n - 2) + "5"),
    Case("blanks before a name", lambda n: "5" + " " * (n - 8) + "dollars"),
    Case("line breaks after a symbol", lambda n: "$" + "\n" * (n - 2) + "5"),
    Case("CJK numeral run", lambda n: repeat("三", n - 1) + "元"),
    Case("CJK numeral units", lambda n: repeat("三千", n - 2) + "亿元"),
    Case("spelled chain", lambda n: repeat("one ", n - 7) + "dollars"),
    Case("spelled chain of another language", lambda n: repeat("cinq ", n - 5) + "euros"),
    # one word cut two ways at every step ("un|diciotto", "undici|otto")
    Case("glued pieces of two cuts", lambda n: repeat("undiciotto", n - 9) + "acht euro"),
    Case("hyphened pieces", lambda n: repeat("vingt-", n - 10) + "cinq euros"),
    # decimal marks spoken as words: every one but the first makes the chain no number
    Case("spoken decimal marks", lambda n: repeat("zwei Komma ", n - 5) + "Euro"),
    Case("digits spoken after a point", lambda n: "one point " + repeat("five ", n - 18) + "dollars"),
    Case("hedge chain", lambda n: repeat("about ", n - 2) + "$5"),
    Case("more than chain", lambda n: repeat("more than ", n - 2) + "$5"),
    Case("minus run", lambda n: "-" * (n - 2) + "$5"),
    Case("scale word run", lambda n: "$5" + repeat(" bn", n - 2)),
    Case("country names", lambda n: repeat("australia ", n)),
    Case("Han text", lambda n: repeat("阿里巴巴", n - 2) + "¥5"),
    # dense: a mention every few characters
    Case("endless range $5-$5", lambda n: repeat("$5-", n), DENSE),
    Case("rising ranges", lambda n: "-".join(f"${i}" for i in range(1, n))[:n], DENSE),
    Case("bracketed amounts", lambda n: repeat("($5 ", n), DENSE),
    Case("spelled amounts", lambda n: repeat("one dollars ", n), DENSE),
    Case("spelled scales", lambda n: repeat("twenty million dollars ", n), DENSE),
    Case("spelled in another language", lambda n: repeat("achtundsiebzig Millionen Euro ", n), DENSE),
    Case("spoken decimals", lambda n: repeat("zwei Komma fünf Millionen Euro ", n), DENSE),
    # each word of another language before a code is scanned again from the code
    Case("words before codes", lambda n: repeat("Sept EUR 5 ", n), DENSE),
    Case("hedged amounts", lambda n: repeat("about $5 ", n), DENSE),
    Case("pairs", lambda n: repeat("$53 billion (¥380 billion) ", n), DENSE),
    Case("dense $", lambda n: repeat("$5 ", n), DENSE),
    # each hyphen before a sign asks whether the text lists it as a bullet
    Case("signed amounts", lambda n: repeat(" -$5 a", n), DENSE),
    Case("bulleted amounts", lambda n: repeat("  -$5 a", n), DENSE),
    Case("yen near Tokyo", lambda n: repeat("¥5 in Tokyo ", n), DENSE),
    Case("dollar near Australia", lambda n: repeat("$5 Australia ", n), DENSE),
    # every other scan match sends the scan back to the sign it ended on
    Case("table cells", lambda n: repeat("2009 $5,500 ", n), DENSE),
    # every code after an amount is also the start of the next cell's marker ("USD $")
    Case("cells of sign and code", lambda n: repeat("$5.00 USD ", n), DENSE),
    # once slow (quadratic or per-mention window scans), measured small
    Case("CJK amounts", lambda n: repeat("五亿元", n), 16_000),
    # a bare 元 in traditional script asks the script and the places of its windows
    Case("traditional amounts", lambda n: repeat("五億元", n), 16_000),
    Case("yen among Han", lambda n: repeat("¥5阿里", n), 8_000),
    Case("or chain", lambda n: repeat("¥7, or US$1, or ", n), 12_000),
)


def _extract() -> Callable[[str], object]:
    import moneyparse

    moneyparse.extract("$1")  # tables and patterns loaded before any measure
    return moneyparse.extract


def calls(text: str) -> int:
    """The function calls one ``moneyparse.extract(text)`` makes, as ``cProfile`` counts them.

    The text is extracted once before it is counted, so that the caches the extractor keeps (the
    reading of each shape of match, each spelled number) hold what this text needs whatever ran
    before: the count is the steady cost of the text, the same in any order of measures.
    """
    extract = _extract()
    extract(text)
    profile = cProfile.Profile()
    profile.enable()
    try:
        extract(text)
    finally:
        profile.disable()
    return pstats.Stats(profile).total_calls  # type: ignore[attr-defined,no-any-return]


def _best_time(extract: Callable[[str], object], text: str) -> float:
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        extract(text)
        return time.perf_counter() - start
    finally:
        gc.enable()


def timings(case: Case) -> tuple[float, float]:
    """Best times at a quarter of the size and at the size, up to :data:`ROUNDS` rounds, stopping
    once the growth is linear and the time within the budget."""
    extract = _extract()
    small_text, large_text = case.build(case.size // 4), case.build(case.size)
    extract(small_text)  # the extractor's caches filled first, as in :func:`calls`
    extract(large_text)
    small = large = float("inf")
    for _ in range(ROUNDS):
        small = min(small, _best_time(extract, small_text))
        large = min(large, _best_time(extract, large_text))
        if large / max(small, FLOOR) <= MAX_RATIO and large <= BUDGET_PER_CHAR * case.size:
            break
    return small, large


def section(cases: tuple[Case, ...] = CASES) -> object:
    """The benchmark section: each input's times, the worst growth and the worst share of the budget."""
    from benchmarks.suite import Ratio, Section

    result = Section("Pathological inputs")
    result.header = ("input", "chars", "ms at n/4", "ms at n", "growth", "us per char")
    worst_growth = worst_budget = 0.0
    growth_name = budget_name = ""
    for case in cases:
        small, large = timings(case)
        growth = large / max(small, FLOOR)
        share = large / (BUDGET_PER_CHAR * case.size)
        result.rows.append(
            (case.name, f"{case.size:,}", f"{small * 1e3:.1f}", f"{large * 1e3:.1f}", f"{growth:.2f}",
             f"{large / case.size * 1e6:.2f}")
        )
        if growth > worst_growth:
            worst_growth, growth_name = growth, case.name
        if share > worst_budget:
            worst_budget, budget_name = share, case.name
    result.ratios.append(
        Ratio("worst time growth at 4x length", worst_growth, MAX_RATIO, at_most=True,
              detail=f"{growth_name}; best of up to {ROUNDS} runs")
    )
    result.ratios.append(
        Ratio("worst time / budget (10 us a char)", worst_budget, 1.0, at_most=True, detail=budget_name)
    )
    return result
