"""The lint of every data table in moneyparse/data: rows that read, no duplicates, no conflicts, only
codes that are ISO 4217 codes, a pack for every language, and the rules each table states of itself.

The hand-kept files are read row by row here, with their file and line, so that a finding names
the rows at fault; the generated ones are checked where they are generated (test_data_generated).
A row that cannot be read at all fails :func:`moneyparse.lexicon.tables` with a
``DataTableError`` (tested below on rows written for the purpose).

Each finding is a line: what is wrong and with which key, then a colon and the rows at fault.
``KNOWN`` lists findings still to be mended, by what comes before the colon, each with the change
that will mend it; a finding not listed fails, and so does a listed one that no longer occurs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest

from moneyparse import DataTableError, packs
from moneyparse.lexicon import ROLES, TIERS, language, languages, markers, tables, words
from moneyparse.packs import DataRow, data_rows, generated_rows

#: Findings still to be mended: finding (before its colon) -> the change that will mend it.  Empty:
#: add nothing to it that a change of the data can mend.
KNOWN: dict[str, str] = {}


def _currencies() -> set[str]:
    return {code for code, *_ in generated_rows("currencies.tsv")}


def _where(row: DataRow) -> str:
    return f"{row.path}:{row.line}"


def _pack_rows() -> Iterator[DataRow]:
    for code in languages():
        yield from data_rows(f"lang/{code}.tsv", 5, 2)


#: The kinds of pack rows whose second column is one key (a name, a word, a phrase); the list
#: kinds hold several words, each a key.
_KEYED = {"name", "minor", "tail_minor", "scaled", "scale", "hedge", "hedge_after", "comma_scales", "and_fraction", "range_alone"}
_CODED = {"name": 2, "minor": 2, "tail_minor": 2, "scaled": 2, "context": 2}  # kind -> the column of its codes


def _is_name(text: str) -> bool:
    return text.isascii() and text.isalpha() and len(text) > 3 or " " in text or text.islower()


def _marker_keys(text: str, side: str) -> list[tuple[str, str]]:
    """The tables a marker of ``side`` is read from, and its key in each (as the lexicon merges)."""
    keys = []
    if side in ("before", "both"):
        keys.append(("prefix", text))
    if side in ("after", "both"):
        keys.append(("names", text.lower()) if _is_name(text) else ("suffix", text))
    return keys


def _readings() -> dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]]:
    """Every curated reading of a marker: (table, key) -> [(where, codes)], over markers.tsv and
    the packs' names, minor units and markers that hold a scale."""
    found: dict[tuple[str, str], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for row in data_rows("markers.tsv", 6):
        text, side, codes, tier, *_ = row.fields
        if tier != "never":
            for key in _marker_keys(text, side):
                found[key].append((_where(row), tuple(codes.split())))
    for row in _pack_rows():
        kind, text, codes, extra, _ = row.fields
        if kind == "name":
            for key in _marker_keys(text, extra or "after"):
                found[key].append((_where(row), tuple(codes.split())))
        elif kind == "minor":
            found[("names", text.lower())].append((_where(row) + " (minor)", tuple(codes.split())))
        elif kind == "scaled":
            found[("suffix", text)].append((_where(row) + " (scaled)", tuple(codes.split())))
    return found


def _findings() -> Iterator[str]:
    yield from _duplicates()
    yield from _conflicts()
    yield from _unknown_codes()
    yield from _languages_without_a_pack()
    yield from _rules()
    yield from _yuan_places()


def _duplicates() -> Iterator[str]:
    """The same key twice in one file, for one table."""
    seen: dict[tuple[str, ...], str] = {}

    def once(key: tuple[str, ...], row: DataRow) -> Iterator[str]:
        if key in seen:
            yield f"duplicate {key!r}: {seen[key]} and {_where(row)}"
        else:
            seen[key] = _where(row)

    for row in data_rows("markers.tsv", 6):
        for table, key in _marker_keys(row.fields[0], row.fields[1]) or [("never", row.fields[0])]:
            yield from once(("markers.tsv", table, key), row)
    for row in data_rows("context.tsv", 3, 2):
        yield from once(("context.tsv", row.fields[0]), row)
    for row in _pack_rows():
        kind, column = row.fields[0], row.fields[1]
        keys = [column] if kind in _KEYED else [item.partition("=")[0] for item in column.split()]
        if kind == "unlike":
            keys = [f"{column} {word}" for word in row.fields[2].split()]
        if kind == "range":  # a pair of an opener and a separator: "von bis", "von bis zu"
            keys = [f"{column} / {row.fields[2]}"]
        for key in keys:
            yield from once((row.path, kind, key), row)


def _conflicts() -> Iterator[str]:
    """One key read two ways: two curated rows that give a marker different codes, a curated row
    that the merged tables read otherwise than it says, a scale word with two powers, a hedge with
    two qualifiers, a context word with two codes."""
    t = tables()
    for (table, key), rows in sorted(_readings().items()):
        minor = {where.endswith("(minor)") for where, _ in rows}
        if len({codes for _, codes in rows}) > 1 or len(minor) > 1:
            yield f"conflict {table} {key!r}: " + ", ".join(f"{where} {' '.join(codes)}" for where, codes in rows)
            continue
    for row in data_rows("markers.tsv", 6):
        text, side, codes, tier, *_ = row.fields
        if tier != "never":
            yield from _read_as_written(t, text, side, tuple(codes.split()), row)
    for row in _pack_rows():
        if row.fields[0] == "name":
            yield from _read_as_written(t, row.fields[1], row.fields[3] or "after", tuple(row.fields[2].split()), row)
    values: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for row in _pack_rows():
        kind, text, value = row.fields[:3]
        if kind in ("scale", "hedge", "hedge_after"):
            table = ("scale", text if value and row.fields[3] == "exact" else text.lower()) if kind == "scale" else (kind, text.lower())
            values[table][_where(row)] = value
        elif kind == "context":
            for word in text.split():
                values[("context", word)][_where(row)] = value
    for row in data_rows("context.tsv", 3, 2):
        values[("context", row.fields[0])][_where(row)] = row.fields[1]
    for (table, key), found in sorted(values.items()):
        if len(set(found.values())) > 1:
            yield f"conflict {table} {key!r}: " + ", ".join(f"{where} {value}" for where, value in found.items())


def _read_as_written(t: object, text: str, side: str, codes: tuple[str, ...], row: DataRow) -> Iterator[str]:
    """A curated marker that the merged tables read otherwise than its row says: another table
    found first (a symbol of CLDR before a name), or more codes where the row names one."""
    for after in {"before": (False,), "after": (True,), "both": (False, True)}[side]:
        merged = t.marker(text, after=after)  # type: ignore[attr-defined]
        if merged is None or merged.codes[: len(codes)] != codes or (len(codes) == 1 and merged.codes != codes):
            read = " ".join(merged.codes) if merged else None
            yield f"conflict {'after' if after else 'before'} {text!r}: {_where(row)} says {' '.join(codes)}, the tables read {read}"


def _unknown_codes() -> Iterator[str]:
    """Codes that are no ISO 4217 code that babel knows, current or historical."""
    known = _currencies()
    rows = [(row, row.fields[2]) for row in data_rows("markers.tsv", 6) if row.fields[2] != "-"]
    rows += [(row, row.fields[1]) for row in data_rows("context.tsv", 3, 2) if row.fields[1]]
    rows += [(row, row.fields[0]) for row in data_rows("codes.tsv", 7)]
    rows += [(row, row.fields[0]) for row in data_rows("bands.tsv", 3)]
    rows += [(row, f"{row.fields[0]} {row.fields[3]}") for row in data_rows("in_force.tsv", 5, 3)]
    rows += [(row, row.fields[_CODED[row.fields[0]]]) for row in _pack_rows() if row.fields[0] in _CODED]
    coded = ("place", "simplified_place", "pattern", "local", "style", "style_pattern")
    rows += [(row, row.fields[1]) for row in data_rows("yuan_places.tsv", 3, 2) if row.fields[0] in coded]
    for row, codes in rows:
        for code in codes.split():
            if code not in known:
                yield f"unknown code {code}: {_where(row)}"


def _languages_without_a_pack() -> Iterator[str]:
    """A language the tables name (CLDR's names and scales, a pack's unlike or alone rows) that
    has no pack."""
    named = {lang.split("_")[0] for lang, *_ in generated_rows("names.tsv") + generated_rows("scales.tsv")}
    for row in _pack_rows():
        if row.fields[0] in ("unlike", "alone") and row.fields[0 if row.fields[0] == "alone" else 1]:
            named.add(row.fields[2] if row.fields[0] == "alone" else row.fields[1])
    named.discard("")
    for lang in sorted(named - set(languages())):
        yield f"no pack for language {lang!r}"


def _rules() -> Iterator[str]:
    """What the tables say of themselves: every code beginning with X says whether it is money;
    a scale word that tells a decimal comma is a scale word; a band is low to high."""
    money = {row.fields[0]: row.fields[2] for row in data_rows("codes.tsv", 7)}
    for code in sorted(_currencies()):
        if code.startswith("X") and money.get(code) not in ("yes", "no"):
            yield f"codes.tsv says not whether {code} is money"
    t = tables()
    scale_words = set(t.scales_folded) | {k.lower() for k in (*t.scales, *t.scaled)}
    for word in sorted(words().comma_scales - scale_words):
        yield f"comma_scales {word!r} is no scale word"


def _yuan_places() -> Iterator[str]:
    """What ``yuan_places.tsv`` says of itself: a character is one Han character, of one script
    only, listed once; a place word (a local name too) is of one place only and listed once; the
    words of ``unless_after`` and ``before_number`` rows are place words, those of
    ``unless_before`` rows simplified place words; a simplified word is listed once."""
    where: dict[tuple[str, str], str] = {}
    places: dict[str, str] = {}
    rows = data_rows("yuan_places.tsv", 3, 2)
    for row in rows:
        kind, first, rest = row.fields
        items = {"script": rest, "place": rest, "local": rest, "simplified_place": rest, "simplified_other": first}.get(kind, "").split()
        for item in items:
            table = "place" if kind == "local" else kind if kind in ("script", "place") else "simplified"
            if (table, item) in where:
                yield f"duplicate yuan_places {table} {item!r}: {where[(table, item)]} and {_where(row)}"
            where[(table, item)] = _where(row)
            if kind == "script" and not (len(item) == 1 and "\u4e00" <= item <= "\u9fff"):
                yield f"yuan_places script {item!r} is no Han character: {_where(row)}"
            if kind in ("place", "local"):
                places[item] = first
    for row in rows:
        kind, first, _ = row.fields
        for word in first.split() if kind in ("unless_after", "before_number", "unless_before") else []:
            if (word not in places) if kind != "unless_before" else (("simplified", word) not in where):
                yield f"yuan_places {kind} {word!r} is no place word: {_where(row)}"


def test_every_data_table_is_clean() -> None:
    found = sorted(set(_findings()))
    unexpected = [f for f in found if f.split(": ", 1)[0] not in KNOWN]
    keys = {f.split(": ", 1)[0] for f in found}
    mended = [f for f in KNOWN if f not in keys]
    assert not unexpected, "findings of the data lint:\n" + "\n".join(unexpected)
    assert not mended, "mended, to be taken out of KNOWN:\n" + "\n".join(mended)


def test_every_table_loads() -> None:
    t = tables()
    assert t.prefix["$"].codes[0] == "USD" and t.scales_folded["bn"] == 9 and t.hedges["more than"] == "more_than"
    assert words().comma_cues and language("tr").letters and markers()
    assert set(TIERS) >= {entry.tier for entry in markers()} and ROLES


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("name\tdollars\n", "a name row has 2 to 3 columns after its kind"),
        ("nom\tdollars\tUSD\n", "unknown kind 'nom'"),
        ("name\tdollars\tdollar\n", "'dollar' is not a list of currency codes"),
        ("scale\tbn\tnine\n", "'nine' is not a whole number"),
        ("hedge\tabout\tnearly\n", "qualifier 'nearly' is none of"),
        ("name\tdollars\tUSD\tbeside\n", "side 'beside' is none of"),
        ("count\tun=one\n", "'un=one' is not word=number"),
        ("decimal\tpoint\ndecimal\tcomma\n", "a pack has one decimal row"),
        ("range\tvon\tbis\n", "a range row has 3 to 3 columns after its kind"),
        ("range\tvon\tbis\tto\n", "opener kind 'to' is none of from, between"),
        ("change_after\tno\n", "a pack has one change_after row, yes"),
    ],
)
def test_a_row_that_cannot_be_read_names_its_file_and_line(monkeypatch: pytest.MonkeyPatch, text: str, reason: str) -> None:
    real = packs._text
    monkeypatch.setattr(packs, "_text", lambda path: "# a comment\n" + text if path == "lang/xx.tsv" else real(path))
    with pytest.raises(DataTableError) as caught:
        packs.read_pack("xx")
    error = caught.value
    assert error.path == "lang/xx.tsv" and error.line == len(text.splitlines()) + 1 and reason in error.reason
    assert f"lang/xx.tsv:{error.line}" in str(error)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # codes.tsv says which X codes are money: those are read as any code is, with CLDR's names
        ("It costs 5 East Caribbean dollars.", [("5 East Caribbean dollars", "XCD")]),
        ("500 dollars des Caraïbes orientales", [("500 dollars des Caraïbes orientales", "XCD")]),
        ("a rent of XCG 100 a month", [("XCG 100", "XCG")]),
        ("a loan of 250 billion francs CFA", [("250 billion francs CFA", "XOF")]),
        # and the IMF's Special Drawing Rights, which the Fund lends in
        ("XDR 1 billion from the fund", [("XDR 1 billion", "XDR")]),
        ("a loan of 85 mln special drawing rights", [("85 mln special drawing rights", "XDR")]),
        # but the metals, the other units of account and the testing code are not money
        ("100 XAU of gold", []),
        ("XUA 5 mln from the bank", []),
        ("XTS 5", []),
    ],
)
def test_the_x_codes_of_money_are_read_and_no_other(text: str, found: list[tuple[str, str]]) -> None:
    import moneyparse

    assert [(m.text, m.currency) for m in moneyparse.extract(text)] == found
