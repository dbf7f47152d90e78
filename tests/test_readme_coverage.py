"""The README's list of what each bundled rate source holds is what ``rates.coverage()`` gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import rates
import rates.conversion
from rates.sources import ecb

README = Path(__file__).resolve().parents[1] / "README.md"
BLOCK = re.compile(r"<details><summary>The currencies of each source and their dates</summary>\n(.*?)</details>", re.DOTALL)
ROW = re.compile(r"^\| `([a-z-]+)` \| ([0-9-]+) \| ([0-9-]+|—) \| ([A-Z ]+) \|$")


@pytest.fixture
def bundled_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No downloaded file: the sources are the bundled ones."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    ecb.default_source.cache_clear()
    rates.conversion.clear_caches()
    yield
    ecb.default_source.cache_clear()
    rates.conversion.clear_caches()


def _readme_rows() -> set[tuple[str, str, str, str]]:
    found = BLOCK.search(README.read_text(encoding="utf-8"))
    assert found is not None, "the README lists no currencies per source"
    rows = set()
    for line in found.group(1).splitlines():
        if line.startswith("| `"):
            row = ROW.match(line)
            assert row is not None, line
            source, first, last, codes = row.groups()
            for code in codes.split():
                rows.add((source, code, first, "" if last == "—" else last))
    return rows


def test_the_readme_lists_every_currency_of_every_bundled_source_with_its_dates(bundled_only: None) -> None:
    actual = set()
    for table in rates.coverage():
        monthly = table.kind is rates.RateKind.MONTHLY_AVERAGE
        width = 7 if monthly else 10
        for entry in table.currencies:
            last = "" if entry.last is None else entry.last.isoformat()[:width]
            actual.add((table.name, entry.code, entry.first.isoformat()[:width], last))
    assert _readme_rows() == actual
