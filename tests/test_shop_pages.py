"""The row ``shop+page`` of the dev sets: each shop line read with the ``assume`` of its page's address."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import devsets
from benchmarks.shop_pages import PAGE_SOURCE, page_addresses, page_predictor

ROOT = Path(__file__).resolve().parents[1] / "benchmarks"
PAGE_SETS = ("devsets-fresh18", "devsets-fresh19", "devsets-fresh20", "devsets-fresh21", "devsets-fresh22")


def test_every_saved_page_has_its_address() -> None:
    pages = page_addresses()
    assert len(pages) == 140
    assert all(name.endswith(".html.gz") and len(name) == 64 + len(".html.gz") for name in pages)
    assert all(url.startswith(("http://", "https://")) for url in pages.values())


@pytest.mark.parametrize("name", PAGE_SETS)
def test_every_line_of_a_page_set_names_a_known_page(name: str) -> None:
    pages = page_addresses()
    rows = (ROOT / name / "shop" / "provenance.tsv").read_text(encoding="utf-8").splitlines()[1:]
    sources = [row.split("\t")[3] for row in rows]
    assert sources and all(s.startswith(PAGE_SOURCE) and s[len(PAGE_SOURCE) :] in pages for s in sources)


@pytest.mark.parametrize("name", PAGE_SETS)
def test_the_page_reading_keeps_the_offsets_of_the_document(name: str) -> None:
    directory = ROOT / name / "shop"
    docs, _gold, _pairs = devsets.load_style(directory)
    predict = page_predictor(directory, docs)
    assert predict is not None
    for text in docs.values():
        found = predict(text)
        assert found and all(text[m.start : m.end] == m.text for m in found)


def test_a_set_without_pages_has_no_second_row() -> None:
    assert devsets.score_with_pages(ROOT / "devsets" / "shop") is None
    paged = devsets.score_with_pages(ROOT / "devsets-fresh22" / "shop")
    assert paged is not None and paged.style == "shop+page" and paged.wrong_value == 0
