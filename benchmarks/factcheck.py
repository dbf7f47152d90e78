"""The fact-check on real conversions: verdicts on the conversions dev set, and every flag read by hand.

Usage::

    python -m benchmarks.factcheck [--show] [--check] [--json]

The conversions dev set (``benchmarks/devsets/conversions``: 137 Wikinews sentences, each
quoting an amount in two currencies, with the date of its article) is checked with
:func:`rates.check` on its article's date (three sentences have none: they are checked without
one).  The report gives

- how many quoted pairs got each verdict;
- every flag (a doubtful or inconsistent pair) with its sentence, its likely cause, and the
  reading of it by hand kept in ``flags.tsv`` beside the set: whether the text is wrong, and
  whether the cause named fits the story;
- the shares: flags that are real errors of the text, and flags that got a likely cause;
- how many sentences have every conversion found by :func:`moneyparse.pairs` (the gold pairs).

``flags.tsv`` has the header ``doc first second verdict error cause note``: ``error`` is
``yes`` (the printed conversion is wrong for its date), ``no`` (it is not, the note says why)
or ``unsure``; ``cause`` is ``right`` (the slip named is what happened: the figures match it
exactly), ``plausible`` (it fits and nothing in the story speaks against it), ``wrong`` or
``none`` (no cause was named).  ``--check`` exits 1 when a flag has no row in it, or a row names
no flag any more: every new flag must be read before it is counted.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import rates
from benchmarks import devsets

SET = devsets.DEFAULT_ROOTS["dev"] / "conversions"
FLAGS_HEADER = ("doc", "first", "second", "verdict", "error", "cause", "note")
ERRORS = ("yes", "no", "unsure")
CAUSES = ("right", "plausible", "wrong", "none")


@dataclass(frozen=True, slots=True)
class Flag:
    """One doubtful or inconsistent pair of the set, with what the check says about it."""

    doc: str
    date: str
    first: str
    second: str
    verdict: str
    deviation: str
    cause: str
    sentence: str

    @property
    def key(self) -> tuple[str, str, str]:
        """How ``flags.tsv`` names it."""
        return self.doc, self.first, self.second


@dataclass(frozen=True, slots=True)
class Judgement:
    """The reading of one flag by hand."""

    verdict: str
    error: str
    cause: str
    note: str


def read_dates(directory: Path = SET) -> dict[str, str]:
    """Each document's article date (``""`` when the set has none)."""
    lines = (directory / "docs.tsv").read_text(encoding="utf-8").splitlines()
    return {cells[0]: cells[1] for cells in (line.split("\t") for line in lines[1:] if line)}


def read_judgements(path: Path) -> dict[tuple[str, str, str], Judgement]:
    """The rows of ``flags.tsv`` by ``(doc, first, second)``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or tuple(lines[0].split("\t")) != FLAGS_HEADER:
        raise ValueError(f"{path}: the header must be {chr(9).join(FLAGS_HEADER)!r}")
    found: dict[tuple[str, str, str], Judgement] = {}
    for number, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(FLAGS_HEADER) or cells[4] not in ERRORS or cells[5] not in CAUSES:
            raise ValueError(f"{path}, line {number}: expected {len(FLAGS_HEADER)} cells, error in {ERRORS}, cause in {CAUSES}")
        found[(cells[0], cells[1], cells[2])] = Judgement(cells[3], cells[4], cells[5], cells[6])
    return found


def run(directory: Path = SET) -> tuple[Counter[str], list[Flag], int]:
    """The verdict counts, the flags and the number of pairs of the set."""
    counts: Counter[str] = Counter()
    flags: list[Flag] = []
    dates = read_dates(directory)
    for doc, day in sorted(dates.items()):
        text = devsets.read_doc(directory / "docs" / f"{doc}.txt")
        report = rates.check(text, published=day or None)
        for item in report.pairs:
            counts[item.verdict.value] += 1
            if item.verdict.flagged:
                deviation = "" if item.deviation is None else f"{item.deviation * 100:+.2f}%"
                cause = "" if item.cause is None else item.cause.description
                sentence = " ".join(text.split())
                flags.append(Flag(doc, day, item.first.text, item.second.text, item.verdict.value, deviation, cause, sentence))
    return counts, flags, sum(counts.values())


def summarize(counts: Counter[str], flags: list[Flag], judged: dict[tuple[str, str, str], Judgement], pairs: int) -> dict[str, object]:
    """The figures of the report, as plain data."""
    read = [judged[f.key] for f in flags if f.key in judged]
    errors = sum(j.error == "yes" for j in read)
    with_cause = [f for f in flags if f.cause]
    real_with_cause = [f for f in with_cause if f.key in judged and judged[f.key].error == "yes"]
    score = devsets.score_style(SET)
    return {
        "pairs": pairs,
        "verdicts": {v.value: counts.get(v.value, 0) for v in rates.Verdict},
        "flags": len(flags),
        "read": len(read),
        "real_errors": errors,
        "not_errors": sum(j.error == "no" for j in read),
        "unsure": sum(j.error == "unsure" for j in read),
        "with_cause": len(with_cause),
        "real_errors_with_cause": len(real_with_cause),
        "causes": dict(Counter(j.cause for j in read)),
        "sentences": score.pair_docs,
        "sentences_with_every_pair_found": score.pair_docs_found,
    }


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({part / whole:.2f})" if whole else f"{part}/0"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the report; with ``--check``, exit 1 when a flag is not read or a reading names no flag."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.factcheck", description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every flag with its sentence and reading")
    parser.add_argument("--check", action="store_true", help="exit 1 unless flags.tsv reads exactly the flags raised")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    counts, flags, pairs = run()
    judged = read_judgements(SET / "flags.tsv")
    figures = summarize(counts, flags, judged, pairs)
    unread = [f for f in flags if f.key not in judged]
    stale = [key for key in judged if key not in {f.key for f in flags}]
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        verdicts = ", ".join(f"{n} {word}" for word, n in figures["verdicts"].items())  # type: ignore[union-attr]
        print(f"conversions: {pairs} quoted pairs: {verdicts}")
        print(
            f"flags: {len(flags)}; read by hand {figures['read']}: real errors of the text "
            f"{_share(figures['real_errors'], len(flags))}, not errors {figures['not_errors']}, unsure {figures['unsure']}"  # type: ignore[arg-type]
        )
        print(
            f"likely cause named: {_share(figures['with_cause'], len(flags))} of the flags, "  # type: ignore[arg-type]
            f"{_share(figures['real_errors_with_cause'], figures['real_errors'])} of the real errors; "  # type: ignore[arg-type]
            f"causes read as {figures['causes']}"
        )
        print(
            "sentences with every conversion found: "
            f"{_share(figures['sentences_with_every_pair_found'], figures['sentences'])}"  # type: ignore[arg-type]
        )
        if args.show:
            for flag in flags:
                j = judged.get(flag.key)
                print(f"\n{flag.doc} ({flag.date or 'no date'}) {flag.first} ({flag.second}): {flag.verdict} {flag.deviation}")
                print(f"  cause: {flag.cause or 'none found'}")
                print(f"  read:  {'NOT READ' if j is None else f'error {j.error}, cause {j.cause}: {j.note}'}")
                print(f"  text:  {flag.sentence}")
    for flag in unread:
        print(f"not read: {flag.doc}\t{flag.first}\t{flag.second}\t{flag.verdict}", file=sys.stderr)
    for key in stale:
        print(f"read but no longer flagged: {chr(9).join(key)}", file=sys.stderr)
    return 1 if args.check and (unread or stale) else 0


if __name__ == "__main__":
    sys.exit(main())
