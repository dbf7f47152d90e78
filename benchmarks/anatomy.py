"""Where extraction's time goes: the scan, the reading, and what each rule costs, against the floor.

    python -m benchmarks.anatomy [--repeats 5] [--max-bytes N]

Everything runs in one process over the corpus (``../shared/corpus/enwiki-money.tsv``, the
generated corpus when absent), one article per call, with garbage collection paused while timed.
Each repeat times every step once in turn, so that the machine's load falls on all of them alike;
each figure is a median over the repeats.  The steps:

* the floor regex of ``benchmarks.peers``, for reference;
* the text encoded to UTF-8, then encoded and scanned by RE2 (every match found, nothing read);
* the whole extractor, :func:`moneyparse.extract`;
* the extractor with one rule switched off, for each rule: the difference is what the rule costs;
* the extractor with every rule switched off at once: the scan, each match read, its number's
  exact value and a ``Mention`` built, which is what any rule set costs at least.

A rule is switched off by replacing the function that applies it for the duration of the
measurement (:func:`switched_off`), so the figures measure the code that runs, not a copy of it.
The results with a rule off are not right, only timed.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from benchmarks import corpus, peers

__all__ = ["RULES", "Step", "main", "measure", "switched_off"]


def _no_filter(*_args: object) -> None:
    return None


def _no_name(*_args: object) -> None:
    return None


def _english(*_args: object) -> str:
    return "en"


def _unmerged(_text: str, raws: list[Any], *_more: Any) -> list[Any]:
    return raws


def _first_code(
    _text: str, raw: Any, _assume: object, _triggers: object, _index: object, _as_of: object = None
) -> tuple[str, Any, tuple[str, ...]]:
    from moneyparse.mention import Evidence

    return raw.marker_info.codes[0], Evidence.MARKER, ()


def _no_hedge(_text: str, _start: int) -> None:
    return None


def _no_sign(_text: str, _start: int) -> str:
    return ""


def _unpaired(_text: str, mentions: list[Any], _assume: object = None) -> list[Any]:
    return mentions


#: Each rule, by name: the functions that apply it (``module``, attribute) and what stands in for
#: each while the rule is off.  ``module`` is the one that calls the function: the engine's modules
#: import each other's names with ``from``, so a call looks the name up in its caller's globals.
RULES: dict[str, tuple[tuple[str, str, Callable[..., Any]], ...]] = {
    "filters (percent, glued, weights, years, ...)": (("moneyparse.reading", "_reject", _no_filter),),
    "currency names of several words": (
        ("moneyparse.reading", "_longer_name", _no_name),
        ("moneyparse.phrases", "_longer_name", _no_name),
    ),
    "decimal comma or point from the words around": (("moneyparse.language", "_lang_at", _english),),
    "ranges": (("moneyparse.scanner", "_merge_ranges", _unmerged),),
    "compounds, minor units and codes after an amount": (("moneyparse.scanner", "_merge_compounds", _unmerged),),
    "currency from evidence and country names": (
        ("moneyparse.scanner", "_resolve", _first_code), ("moneyparse.scanner", "_resolve_code", _first_code),
    ),
    "hedges": (("moneyparse.scanner", "_hedge", _no_hedge), ("moneyparse.scanner", "_hedge_after", _no_hedge)),
    "signs": (("moneyparse.scanner", "_sign", _no_sign),),
    "pairs settling ambiguous signs": (("moneyparse.scanner", "resolve_by_pairs", _unpaired),),
}


@contextlib.contextmanager
def switched_off(*names: str) -> Iterator[None]:
    """The rules ``names`` (keys of :data:`RULES`) off inside the block, restored on leaving it."""
    saved: list[tuple[Any, str, Any]] = []
    try:
        for name in names:
            for module_name, attribute, stand_in in RULES[name]:
                module = sys.modules.get(module_name) or __import__(module_name, fromlist=["_"])
                saved.append((module, attribute, getattr(module, attribute)))
                setattr(module, attribute, stand_in)
        yield
    finally:
        for module, attribute, original in reversed(saved):
            setattr(module, attribute, original)


@dataclass(frozen=True, slots=True)
class Step:
    """One timed step: its median seconds, and what it adds to or saves from the whole extractor."""

    name: str
    seconds: float
    kind: str  # "reference", "stage", "whole", "rule" (seconds of the extractor without it), "bare"

    def x_floor(self, floor: float) -> float:
        """The floor's time over this step's: the extraction ratio the step alone would allow."""
        return floor / self.seconds if self.seconds else float("inf")


def _timed(fn: Callable[[], object]) -> float:
    gc.collect()
    gc.disable()
    try:
        started = time.perf_counter()
        fn()
        return time.perf_counter() - started
    finally:
        gc.enable()


def measure(texts: Sequence[str], repeats: int = 5) -> list[Step]:
    """Time every step over ``texts`` (see the module's description), medians of ``repeats`` rounds."""
    import moneyparse
    from moneyparse.grammar import _compiled

    search = _compiled().search

    def floor() -> None:
        for text in texts:
            peers.floor_count(text)

    def encode() -> None:
        for text in texts:
            text.encode("utf-8", "surrogatepass")

    def scan() -> None:
        for text in texts:
            data = text.encode("utf-8", "surrogatepass")
            size = len(data)
            pos = 0
            while pos <= size:
                a, b = search(data, pos, size)[0]
                if a < 0:
                    break
                pos = b if b > pos else pos + 1

    def extract() -> None:
        for text in texts:
            moneyparse.extract(text)

    def without(*names: str) -> Callable[[], None]:
        def run() -> None:
            with switched_off(*names):
                extract()

        return run

    steps: list[tuple[str, str, Callable[[], None]]] = [
        ("floor regex (Python re)", "reference", floor),
        ("encode to UTF-8", "stage", encode),
        ("encode and RE2 scan, nothing read", "stage", scan),
        ("every rule off: read, exact value, Mention", "bare", without(*RULES)),
        ("moneyparse.extract, everything", "whole", extract),
        *((name, "rule", without(name)) for name in RULES),
    ]
    extract()  # tables, patterns and caches loaded before timing
    samples: list[list[float]] = [[] for _ in steps]
    for _ in range(repeats):
        for i, (_name, _kind, fn) in enumerate(steps):
            samples[i].append(_timed(fn))
    return [Step(name, statistics.median(s), kind) for (name, kind, _fn), s in zip(steps, samples)]


def report(steps: Sequence[Step]) -> str:
    """The table of ``steps``: seconds, the ratio to the floor, and each rule's cost."""
    floor = next(s.seconds for s in steps if s.kind == "reference")
    whole = next(s.seconds for s in steps if s.kind == "whole")
    labels = [f"  without {s.name}" if s.kind == "rule" else s.name for s in steps]
    width = max(map(len, labels))
    lines = [f"{'step':<{width}} {'seconds':>8} {'x floor':>8} {'rule costs':>10}"]
    for label, step in zip(labels, steps):
        cost = f" {whole - step.seconds:10.3f}" if step.kind == "rule" else ""
        lines.append(f"{label:<{width}} {step.seconds:8.3f} {step.x_floor(floor):8.2f}{cost}")
    rules = sum(whole - s.seconds for s in steps if s.kind == "rule")
    bare = next(s.seconds for s in steps if s.kind == "bare")
    lines.append(f"rules one by one add up to {rules:.3f} s; all off at once save {whole - bare:.3f} s")
    lines.append(f"0.5x the floor allows {2 * floor:.3f} s in all")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table; returns the exit status (0)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.anatomy", description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="rounds of every step (default 5); figures are medians")
    parser.add_argument("--max-bytes", type=int, default=None, help="the first articles up to this many bytes (default: all)")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error(f"--repeats must be at least 1, got {args.repeats}")
    texts = corpus.corpus_slice(args.max_bytes)
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts):,} articles, {size / 1e6:.1f} MB from {corpus.corpus_source()}; median of {args.repeats}")
    print(report(measure(texts, args.repeats)))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
