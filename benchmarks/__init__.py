"""Accuracy and performance benchmarks of moneyparse and rates, side by side with peers.

Modules:

* ``benchmarks.specs``  - scores extraction against the Recognizers-Text currency specs;
* ``benchmarks.seeds``  - scores extraction (and the peers) on the two seed articles;
* ``benchmarks.suite``  - throughput, conversion, cold start, CLI, memory and Dask figures;
* ``benchmarks.anatomy`` - where extraction's time goes: the scan, the reading, each rule's cost;
* ``benchmarks.golden`` - the golden corpus: every mention, pair and parse result over every input,
  compared with the committed golden (``--check``), rewritten (``--update``), the test texts
  recorded (``--collect``, with the pytest plugin ``benchmarks.golden_record``);
* ``benchmarks.dask_speedup`` - a local Dask cluster against one process on the whole corpus;
* ``benchmarks.memory`` - peak resident memory of streaming extraction, in a child process;
* ``benchmarks.corpus``, ``benchmarks.peers``, ``benchmarks.units`` - the corpus reader, the peer
  adapters and the floor regex, the spec's unit names mapped to ISO 4217 codes;
* ``python -m benchmarks`` prints the full table, ``python -m benchmarks --gate`` the quick gate.

The shared data (specs, seeds, corpus) is read from ``../shared`` beside the repository checkout.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from moneyparse import Mention

__all__ = ["SHARED", "Prediction", "shared_path"]

#: The read-only data directory beside the repository checkout.
SHARED: Path = Path(__file__).resolve().parents[2] / "shared"


def shared_path(*parts: str) -> Path:
    """The path of ``parts`` under the shared data directory (which may not exist)."""
    return SHARED.joinpath(*parts)


@dataclass(frozen=True, slots=True)
class Prediction:
    """One money amount reported by an extractor, in a form every scorer here understands.

    ``end`` is exclusive.  ``currencies`` holds the ISO 4217 codes the extractor's answer is
    consistent with: one code for moneyparse, possibly several for a peer that only names a
    unit ("Dollar"); empty when the extractor gives no currency at all.  ``amount`` is ``None``
    when the extractor found a span but no value.
    """

    start: int
    end: int
    amount: Decimal | None
    currencies: frozenset[str] = field(default=frozenset())
    text: str = ""

    @classmethod
    def from_mention(cls, mention: Mention) -> Prediction:
        """The prediction of a :class:`moneyparse.Mention` (its amount is the low end of a range)."""
        return cls(
            start=mention.start,
            end=mention.end,
            amount=mention.amount,
            currencies=frozenset({mention.currency}),
            text=mention.text,
        )
