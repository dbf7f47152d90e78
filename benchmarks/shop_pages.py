"""Score a shop set a second way: each line read with the ``assume`` of its page's address.

The shop sets drawn from the saved product pages of scrapinghub/product-extraction-benchmark
(fresh18 to fresh35) name the page of every line in ``provenance.tsv`` (column ``source``:
``scrapinghub/product-extraction-benchmark:dataset/html/<file>``), and ``shop-pages.tsv`` (beside
this module; ``shop-pages.SOURCE.md`` says where it comes from) gives each page's address.  A
caller who scrapes a page has its address; :func:`moneyparse.assume_for_address` turns it into
the ``assume`` of the page's text.  :func:`page_predictor` reads each line of a set's document
on its own with the ``assume`` of its page (a line whose page is not known, with none), the
offsets shifted back into the document, and :func:`benchmarks.devsets.score_style` scores that
against the same gold: the row ``shop+page``, printed beside the row ``shop`` of the text alone.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

import moneyparse
from moneyparse.mention import Mention

__all__ = ["PAGES", "PAGE_SOURCE", "page_addresses", "page_predictor"]

#: The page file -> address table of the saved product pages.
PAGES = Path(__file__).resolve().parent / "shop-pages.tsv"
#: How ``provenance.tsv`` names a page of that collection, before the page's file name.
PAGE_SOURCE = "scrapinghub/product-extraction-benchmark:dataset/html/"


def page_addresses(path: Path = PAGES) -> dict[str, str]:
    """Page file name (``<sha256>.html.gz``) -> the address the page was saved from."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row["url"] for row in csv.DictReader(handle, delimiter="\t")}


def _line_pages(directory: Path, pages: dict[str, str]) -> dict[tuple[str, int], str]:
    """(document, line number from 1) -> the address of the line's page, for the lines of
    ``directory``'s ``provenance.tsv`` that name a page of the collection."""
    found: dict[tuple[str, int], str] = {}
    path = directory / "provenance.tsv"
    if not path.is_file():
        return found
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            source = row.get("source") or ""
            if source.startswith(PAGE_SOURCE) and source[len(PAGE_SOURCE) :] in pages:
                found[(row["doc"], int(row["line"]))] = pages[source[len(PAGE_SOURCE) :]]
    return found


def page_predictor(
    directory: Path, docs: dict[str, str], pages: dict[str, str] | None = None
) -> Callable[[str], Sequence[Mention]] | None:
    """The predictor of the row ``shop+page`` for the style ``directory`` whose documents are
    ``docs`` (id -> text); None where its ``provenance.tsv`` names no page of the collection."""
    lines = _line_pages(directory, page_addresses() if pages is None else pages)
    if not lines:
        return None
    by_text = {text: doc for doc, text in docs.items()}

    def predict(text: str) -> list[Mention]:
        doc = by_text.get(text)
        found: list[Mention] = []
        offset = 0
        for number, line in enumerate(text.split("\n"), 1):
            address = lines.get((doc, number)) if doc is not None else None
            assume = moneyparse.assume_for_address(address) if address else {}
            for m in moneyparse.extract(line, assume=assume or None):
                found.append(replace(m, start=m.start + offset, end=m.end + offset) if offset else m)
            offset += len(line) + 1
        return found

    return predict
