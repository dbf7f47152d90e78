"""The benchmark corpus: ``../shared/corpus/enwiki-money.tsv``, or a generated one when it is absent.

The TSV holds one article per line as ``title<TAB>text``.  Benchmarks use the article texts; the
quick gate uses a fixed slice (the first articles up to a byte budget) so that its figures are
comparable from run to run.  The generated corpus is made of money-dense English sentences from
templates with a fixed random seed, so it is the same on every machine.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Iterator
from pathlib import Path

from benchmarks import shared_path

__all__ = ["CORPUS_PATH", "articles", "corpus_slice", "corpus_source", "generated_articles", "iter_chunks", "split_line"]

CORPUS_PATH: Path = shared_path("corpus", "enwiki-money.tsv")

_SUBJECTS = (
    "The company", "The ministry", "Its parent group", "The club", "The studio", "The city council",
    "A consortium of banks", "The charity", "The museum", "The start-up",
)
_VERBS = ("raised", "spent", "paid", "lost", "invested", "borrowed", "earned", "received", "budgeted")
_AMOUNTS = (
    "${n} million", "${n} billion", "US${n}m", "£{n}bn", "€{n} million", "¥{n} billion", "Rmb{n}bn",
    "{n} million euros", "{n} billion yuan", "{n} crore rupees", "HK${n}bn", "${n:,}", "£{n:,}",
    "CHF {n}m", "{n} million dollars", "about ${n} million", "more than £{n}bn",
)
_TAILS = (
    "in {year}.", "over {k} years.", "for the new stadium, which seats {k},000 people.",
    "({pct}% more than in {year}).", "to build {k} schools.", "after a {pct}% fall in sales.",
    "on 12 March {year}.", "through its subsidiary, Forever 21.", "as reported in Q{q} {year}.",
)
_FILLER = (
    "The project was approved after a long debate among the members of the board.",
    "Construction began the following spring and lasted for several seasons.",
    "Critics argued that the plan favoured large firms over local residents.",
    "The building was designed by an architect known for public libraries.",
    "Attendance rose steadily during the first decade of operation.",
)


def generated_articles(count: int = 1000, seed: int = 20190720) -> list[str]:
    """``count`` synthetic money-dense articles (about 2 KB each), the same for a given ``seed``."""
    rng = random.Random(seed)
    result: list[str] = []
    for _ in range(count):
        sentences: list[str] = []
        for _ in range(rng.randint(10, 16)):
            if rng.random() < 0.45:
                sentences.append(rng.choice(_FILLER))
                continue
            amount = rng.choice(_AMOUNTS).format(n=rng.choice((3, 12, 45, 150, 2500, 72.5, 1.2, 380)))
            tail = rng.choice(_TAILS).format(
                year=rng.randint(1950, 2024), k=rng.randint(2, 60), pct=rng.randint(1, 90), q=rng.randint(1, 4)
            )
            sentences.append(f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {amount} {tail}")
        result.append(" ".join(sentences))
    return result


def corpus_source() -> str:
    """Where the articles come from: the corpus path, or ``"generated"``."""
    return str(CORPUS_PATH) if CORPUS_PATH.is_file() else "generated"


@functools.cache
def split_line(line: str) -> tuple[str, str]:
    """``(title, text)`` of one corpus line (``title<TAB>text``, newline removed)."""
    title, _, text = line.rstrip("\n").partition("\t")
    return title, text


def articles() -> tuple[str, ...]:
    """Every article text of the corpus (the generated corpus when the file is absent)."""
    if not CORPUS_PATH.is_file():
        return tuple(generated_articles(10_000))
    texts: list[str] = []
    with CORPUS_PATH.open(encoding="utf-8") as handle:
        for line in handle:
            _, text = split_line(line)
            if text:
                texts.append(text)
    return tuple(texts)


def corpus_slice(max_bytes: int | None) -> tuple[str, ...]:
    """The first articles whose UTF-8 size adds up to at most ``max_bytes`` (all when None)."""
    texts = articles()
    if max_bytes is None:
        return texts
    chosen: list[str] = []
    size = 0
    for text in texts:
        length = len(text.encode("utf-8"))
        if chosen and size + length > max_bytes:
            break
        chosen.append(text)
        size += length
    return tuple(chosen)


def iter_chunks(
    path: Path | None, times: int = 1, limit: int | None = None, chunk_size: int = 1 << 16
) -> Iterator[str]:
    """The file at ``path`` (the generated corpus when absent) streamed ``times`` over in chunks.

    Each pass stops after ``limit`` characters (the whole file when None); nothing but the current
    chunk is held.
    """
    for _ in range(times):
        left = limit
        if path is not None and path.is_file():
            with path.open(encoding="utf-8") as handle:
                while left is None or left > 0:
                    chunk = handle.read(chunk_size if left is None else min(chunk_size, left))
                    if not chunk:
                        break
                    if left is not None:
                        left -= len(chunk)
                    yield chunk
        else:
            for text in generated_articles(10_000):
                if left is not None:
                    if left <= 0:
                        break
                    text = text[:left]
                    left -= len(text) + 1
                yield text + "\n"
