"""The generated CLDR tables in moneyparse/data: fresh, consistent, and carrying the facts we rely on."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "moneyparse" / "data"
SCRIPT = REPO / "scripts" / "build_data.py"
FILES = ("currencies.tsv", "symbols.tsv", "names.tsv", "scales.tsv", "bands.tsv", "territories.tsv")
NAME_LANGUAGES = {"en", "zh", "zh_Hant", "ja", "ko", "fr", "es", "pt", "de", "it", "nl", "sv", "tr", "hi"}


def _load_script() -> ModuleType:
    """Import scripts/build_data.py, which is a script and not part of the package."""
    spec = importlib.util.spec_from_file_location("build_data", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_data", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def build_data() -> ModuleType:
    """The build script as a module."""
    return _load_script()


@pytest.fixture(scope="module")
def rows() -> Callable[[str], list[list[str]]]:
    """A reader of one committed file: its data rows split on tabs, header skipped."""

    def read(name: str) -> list[list[str]]:
        text = (DATA / name).read_text(encoding="utf-8")
        return [line.split("\t") for line in text.splitlines() if not line.startswith("#")]

    return read


@pytest.fixture(scope="module")
def codes(rows: Callable[[str], list[list[str]]]) -> set[str]:
    """Every ISO code of currencies.tsv."""
    return {row[0] for row in rows("currencies.tsv")}


def test_babel_here_has_the_cldr_the_data_came_from() -> None:
    from babel.core import get_cldr_version

    header = (DATA / "currencies.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert f"from CLDR {get_cldr_version()} via babel" in header, (
        f"the tables came from another CLDR than babel's here ({get_cldr_version()}): {header!r}; "
        "install the babel of the test extra, or regenerate the tables and raise that pin"
    )


def test_regenerating_gives_identical_files(build_data: ModuleType) -> None:
    files = build_data.build()
    assert sorted(files) == sorted(FILES)
    for name, content in files.items():
        assert (DATA / name).read_bytes() == content.encode("utf-8"), (
            f"{name} is stale: run python scripts/build_data.py"
        )
    assert build_data.stale_files(files) == []


def test_check_mode_reports_a_changed_file(build_data: ModuleType, tmp_path: Path) -> None:
    files = build_data.build()
    build_data.write(files, tmp_path)
    assert build_data.stale_files(files, tmp_path) == []
    (tmp_path / "symbols.tsv").write_text("# edited\n", encoding="utf-8")
    (tmp_path / "names.tsv").unlink()
    assert build_data.stale_files(files, tmp_path) == ["names.tsv", "symbols.tsv"]


def test_two_builds_are_identical(build_data: ModuleType) -> None:
    assert build_data.build() == build_data.build()


@pytest.mark.parametrize("name", FILES)
def test_file_shape(name: str, build_data: ModuleType) -> None:
    raw = (DATA / name).read_bytes()
    assert b"\r" not in raw
    assert raw.endswith(b"\n")
    text = raw.decode("utf-8")
    header, *body = text.splitlines()
    assert header.startswith("#")
    assert "scripts/build_data.py" in header
    source = "the ECB euro reference rates of 1999-01-04" if name == "bands.tsv" else f"CLDR {build_data.get_cldr_version()}"
    assert source in header
    width = {"currencies.tsv": 3, "symbols.tsv": 3, "names.tsv": 3, "scales.tsv": 4, "bands.tsv": 3, "territories.tsv": 5}[name]
    assert body, f"{name} has no rows"
    for line in body:
        fields = line.split("\t")
        assert len(fields) == width, line
        assert all(fields), line
    assert len(set(body)) == len(body), f"{name} has duplicate rows"


def test_currencies(rows: Callable[[str], list[list[str]]]) -> None:
    table = {code: (digits, name) for code, digits, name in rows("currencies.tsv")}
    assert len(table) > 250
    assert all(len(code) == 3 and code.isascii() and code.isupper() for code in table)
    assert table["USD"] == ("2", "US Dollar")
    assert table["JPY"][0] == "0"
    assert table["KWD"][0] == "3"
    assert table["CNY"][1] == "Chinese Yuan"


def test_bands_hold_every_rate_of_the_history(rows: Callable[[str], list[list[str]]], build_data: ModuleType) -> None:
    from decimal import Decimal

    bands = {code: (Decimal(low), Decimal(high)) for code, low, high in rows("bands.tsv")}
    exact = build_data.rate_bands()
    assert {code for code, _, _ in exact} == set(bands) and bands["USD"] == (1, 1)
    for code, low, high in exact:
        assert bands[code][0] <= low <= high <= bands[code][1], code
        assert bands[code][1] <= high * Decimal("1.01") and bands[code][0] >= low * Decimal("0.99"), code
    # the facts the articles teach: 7.26 yuan per dollar in February 2025 is a yuan rate, not a yen one
    assert bands["CNY"][0] < Decimal("7.26") < bands["CNY"][1] < bands["JPY"][0]


def test_territories(rows: Callable[[str], list[list[str]]], codes: set[str]) -> None:
    table = {row[0]: row[1:] for row in rows("territories.tsv")}
    assert len(table) > 200
    assert all(len(territory) == 2 and territory.isupper() for territory in table)
    assert all(currency in codes for currency, *_ in table.values())
    marks = {"point", "comma", "space", "apostrophe", "other"}
    assert all(set(group.split()) <= marks for _, group, _, _ in table.values())
    # the facts the shop pages teach: Chile groups thousands with a point and writes its peso "$"
    assert table["CL"] == ["CLP", "point", "$", "es_CL"]
    assert table["CA"][:3] == ["CAD", "comma space", "$"]
    assert table["PK"][:3] == ["PKR", "comma", "Rs"]
    assert table["TW"][:3] == ["TWD", "comma", "$"]
    assert table["GB"][:3] == ["GBP", "comma", "£"]


def test_every_code_is_known(rows: Callable[[str], list[list[str]]], codes: set[str]) -> None:
    for symbol, listed, count in rows("symbols.tsv"):
        assert listed.split() and set(listed.split()) <= codes, symbol
        assert int(count) >= 1
    for lang, name, code in rows("names.tsv"):
        assert code in codes, (lang, name)
        assert lang in NAME_LANGUAGES
        assert name == name.lower()


def test_symbols(rows: Callable[[str], list[list[str]]]) -> None:
    table = {symbol: listed.split() for symbol, listed, _ in rows("symbols.tsv")}
    assert table["$"][0] == "USD"
    assert {"CAD", "AUD"} <= set(table["$"])
    assert table["€"] == ["EUR"]
    assert {"JPY", "CNY"} <= set(table["¥"])
    for symbol, code in [("US$", "USD"), ("CN¥", "CNY"), ("HK$", "HKD"), ("A$", "AUD"), ("R$", "BRL"),
                         ("zł", "PLN"), ("Kč", "CZK"), ("₹", "INR"), ("￥", "JPY"), ("£", "GBP")]:
        assert table[symbol][0] == code, symbol
    assert "kr" in table
    # Symbols that only spell an ISO code are left to the code table.
    assert "USD" not in table and "CNY" not in table and "ILS" not in table


def test_names(rows: Callable[[str], list[list[str]]]) -> None:
    names = {(lang, name): code for lang, name, code in rows("names.tsv")}
    assert names[("en", "euros")] == "EUR"
    assert names[("en", "us dollars")] == "USD"
    assert names[("en", "euro")] == "EUR"
    assert names[("zh", "人民币")] == "CNY"
    assert names[("zh", "美元")] == "USD"
    assert names[("ja", "円")] == "JPY"
    assert names[("fr", "euros")] == "EUR"
    # Names are lower-cased but keep their accents.
    assert names[("fr", "livres sterling")] == "GBP"


def test_names_are_sorted(rows: Callable[[str], list[list[str]]]) -> None:
    body = rows("names.tsv")
    assert body == sorted(body, key=lambda row: (row[0], row[1], row[2]))


def test_scales(rows: Callable[[str], list[list[str]]]) -> None:
    scales: dict[tuple[str, str], set[int]] = {}
    cases: dict[tuple[str, str], str] = {}
    for lang, word, exponent, case in rows("scales.tsv"):
        assert lang in NAME_LANGUAGES
        assert case in {"exact", "fold"}
        assert word == word.strip() and "'" not in word
        scales.setdefault((lang, word), set()).add(int(exponent))
        cases[(lang, word)] = case
    assert scales[("zh", "亿")] == {8}
    assert scales[("zh", "万")] == {4}
    assert scales[("ja", "兆")] == {12}
    assert scales[("de", "Mrd.")] == {9}
    assert scales[("en", "billion")] == {9}
    assert scales[("en", "thousand")] == {3}
    assert scales[("fr", "milliards")] == {9}
    assert scales[("es", "mil M")] == {9}
    assert cases[("en", "K")] == "exact"
    assert cases[("en", "billion")] == "fold"
    assert cases[("de", "Mrd.")] == "exact"
    assert all(3 <= e <= 14 for exps in scales.values() for e in exps)


@pytest.mark.parametrize(
    ("pattern", "magnitude", "expected"),
    [
        ("0 thousand", 3, ("thousand", 3)),
        ("00 thousand", 4, ("thousand", 3)),
        ("000K", 5, ("K", 3)),
        ("0\xa0Mrd'.'", 9, ("Mrd.", 9)),
        ("0000\xa0M", 9, ("M", 6)),
        ("00\xa0mil\xa0M", 10, ("mil M", 9)),
        ("mille", 3, ("mille", 3)),
        ("0亿", 8, ("亿", 8)),
        ("0", 3, None),
    ],
)
def test_scale_word(build_data: ModuleType, pattern: str, magnitude: int,
                    expected: tuple[str, int] | None) -> None:
    assert build_data.scale_word(pattern, magnitude) == expected


def test_unquote_pattern(build_data: ModuleType) -> None:
    assert build_data.unquote_pattern("0 Mrd'.'") == "0 Mrd."
    assert build_data.unquote_pattern("0 o''clock") == "0 o'clock"
    assert build_data.unquote_pattern("0 'k''s'") == "0 k's"
    with pytest.raises(ValueError):
        build_data.unquote_pattern("0 'open")


def test_check_command_passes_on_committed_files(build_data: ModuleType) -> None:
    assert build_data.main(["--check"]) == 0
