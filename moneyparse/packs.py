"""The language packs: one file per language, ``moneyparse/data/lang/<code>.tsv``, read into a
frozen :class:`Language` record, and the reading of the other hand-kept data files row by row.

A pack is a tab-separated file of rows, each a ``kind`` and its columns, ``#`` starting a comment
line; ``moneyparse/data/README.md`` lists every kind.  :func:`languages` reads every pack once, on
first use, and checks each row as it reads it: a row of an unknown kind, or whose columns are not
what its kind wants, raises :class:`~moneyparse.errors.DataTableError` with its file and line.
:mod:`moneyparse.lexicon` merges the packs with the other tables.

Nothing here knows a language: which languages there are is which files there are.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from moneyparse.errors import DataTableError
from moneyparse.number_words import GRAMMARS, PIECE_KINDS, NumberRows, Numbers

if TYPE_CHECKING:  # pragma: no cover
    from importlib.resources.abc import Traversable

__all__ = ["QUALIFIERS", "DataRow", "Language", "Name", "data_rows", "generated_rows", "languages", "parse_codes"]

#: The qualifiers a hedge may give (the values of :class:`moneyparse.mention.Qualifier`).
QUALIFIERS = ("approx", "more_than", "at_least", "less_than", "at_most")
#: Where a name is written: after the number, before it, or on both sides.
NAME_SIDES = ("after", "before", "both")
#: The kinds of the word that opens a range: a "from", which a word of change may govern, or a "between".
RANGE_OPENERS = ("from", "between")


class DataRow(NamedTuple):
    """One row of a hand-kept data file: where it stands and its tab-separated fields."""

    path: str  # relative to moneyparse/data: "markers.tsv", "lang/en.tsv"
    line: int
    fields: tuple[str, ...]

    def error(self, reason: str) -> DataTableError:
        """The error that says what is wrong with this row."""
        return DataTableError(self.path, self.line, reason, self.fields)


@functools.cache
def _data_dir() -> Traversable:
    return resources.files("moneyparse.data")


def _text(path: str) -> str:
    return _data_dir().joinpath(path).read_text(encoding="utf-8")


def generated_rows(path: str) -> list[list[str]]:
    """The rows of a generated file, split at its tabs (the test that regenerates it checks it)."""
    return [line.split("\t") for line in _text(path).splitlines() if line and not line.startswith("#")]


def data_rows(path: str, columns: int, required: int = 1) -> list[DataRow]:
    """The rows of a hand-kept data file, comments and blank lines skipped, each padded to
    ``columns`` fields; a row with more than ``columns`` or fewer than ``required`` raises."""
    rows = []
    for number, line in enumerate(_text(path).splitlines(), 1):
        if not line or line[0] == "#":
            continue
        fields = line.split("\t")
        if not required <= len(fields) <= columns:
            raise DataTableError(path, number, f"{len(fields)} columns where {required} to {columns} are read", tuple(fields))
        rows.append(DataRow(path, number, (*fields, *("",) * (columns - len(fields)))))
    return rows


def parse_codes(row: DataRow, text: str) -> tuple[str, ...]:
    """The codes of a column, separated by spaces, the default first: three capital letters each."""
    codes = tuple(text.split())
    if not codes or not all(len(code) == 3 and code.isascii() and code.isalpha() and code.isupper() for code in codes):
        raise row.error(f"{text!r} is not a list of currency codes")
    return codes


def _number(row: DataRow, text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise row.error(f"{text!r} is not a whole number")
    return int(text)


# --------------------------------------------------------------------------------------------
# The records of a pack
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Name:
    """A currency name or abbreviation of a language ("dollars", "人民币", "रु.", "cents"), the
    codes it can mean (the default first), where it is written (``after`` the number, ``before``
    it, or on ``both`` sides), the digits of a minor unit (2 for "cents", a hundredth of the
    unit; 0 for a name of the unit itself) and the scale word a marker holds ("mdd", millones de
    dólares, holds "M")."""

    text: str
    codes: tuple[str, ...]
    side: str = "after"
    minor: int = 0
    holds: str = ""


@dataclass(frozen=True, slots=True)
class Language:
    """One language pack, as its file writes it (``data/lang/<code>.tsv``)."""

    code: str
    #: currency names, minor units (``minor`` > 0) and markers that hold their scale (``holds``)
    names: tuple[Name, ...]
    #: scale words as written -> the power of ten each stands for
    scales: Mapping[str, int]
    #: the scale words whose letter case carries meaning ("Mio."); the others match in any case
    exact_scales: frozenset[str]
    #: hedges written before the amount -> qualifier ("more than": "more_than")
    hedges: Mapping[str, str]
    #: hedges written after the amount -> qualifier ("or more": "at_least")
    hedges_after: Mapping[str, str]
    #: everyday words of the language that say which currency a text speaks of ("och": "SEK")
    context: Mapping[str, str]
    #: names CLDR gives currencies that are words of the language far more often ("won", "real"):
    #: read only where a ``name`` row of a pack has them
    stop_names: frozenset[str]
    #: the decimal mark the language writes: "point", "comma", or "" where no row says
    decimal: str
    #: everyday words, lower case, that tell a text of the language ("the", "und", "och")
    cues: frozenset[str]
    #: letters that tell the language or its script: ranges of characters, first and last
    #: ("ı" to "ı"; Cyrillic, "\u0400" to "\u04ff")
    letters: tuple[tuple[str, str], ...]
    #: per other language, everyday words this one writes and that one does not (Spanish "el",
    #: "los" against Portuguese)
    unlike: Mapping[str, frozenset[str]]
    #: scale words, lower case, that tell a decimal comma wherever they stand ("milhões",
    #: "miljarder"): no language that groups thousands with a comma writes them
    comma_scales: frozenset[str]
    #: scale abbreviations, as written, that only this language writes after a number ("bn",
    #: "mn"): after a sign written first, they tell a decimal point ("€7,466m")
    point_scales: frozenset[str]
    #: the endings of the adjectives that name a country before its sign ("Canadian $2")
    adjective_endings: tuple[str, ...]
    #: names to which the language glues its case endings ("dolar": "50 dolardan"), and the
    #: endings ("dan", "ya", "lık")
    stems: tuple[str, ...]
    endings: tuple[str, ...]
    #: first words of currency names that the scan matches only with the rest of the name: they
    #: follow numbers far more often than they begin a name ("2010 U.S. troops")
    whole_names: frozenset[str]
    #: number words that begin no number alone, being everyday words of English or of another
    #: language far more often ("on", "due", "sex", "elf")
    lone_stop: frozenset[str]
    #: number words said alone before a name of the language ("mil euros", "mille euros"), each
    #: with the language whose words must not outnumber this one's around it ("" for none):
    #: "dos" is Spanish two, and Portuguese "of the"
    alone: Mapping[str, str]
    #: names after which a word of ``alone`` is no number of another language ("a mil dollars"
    #: is English slang for a million)
    not_after_alone: frozenset[str]
    #: first words of a spelled number that are English words more often ("seize", "sept"),
    #: and, with a capital, names more often ("Otto", "Trent"): the number is read without them
    english_first: frozenset[str]
    name_first: frozenset[str]
    #: words before a spelled number that make it the tail of a longer one, beside the pieces
    #: of numbers and the decimal marks ("kommatecken")
    number_before: frozenset[str]
    #: words between a major amount and its minor units ("3 dollars and 50 cents", "五元又三毛"),
    #: and those that stand before a bare count of minor units ("15 dollars and 50")
    minor_joiners: tuple[str, ...]
    tail_joiners: tuple[str, ...]
    #: names that repeat a sign after the amount, or say which of its currencies it is ("$10
    #: dollars", "$5.00 CAD" is a code; "₹500 रुपये")
    repeats: tuple[str, ...]
    #: how the language spells numbers; None for a pack that says nothing of it
    numbers: Numbers | None
    #: minor units read only right after an amount of their currency ("20 ringgit and 43 sen",
    #: "$20 and 43c"): alone they are other words more often ("sen", "c"), or they name other
    #: currencies' hundredths first ("cents" of the rand)
    tail_minors: tuple[Name, ...] = ()
    #: the ranges of the language: the word that opens one, the word between its ends and the kind of the opener,
    #: "from" or "between" ("von", "bis", "from"); the separators that make a range with no opener ("bis"); the words
    #: of change that make a "from" a change ("stieg"), and whether they do so after the range too, at the end of its
    #: clause ("von 10 bis 20 Euro gestiegen"): :mod:`moneyparse.word_ranges`
    ranges: tuple[tuple[str, str, str], ...] = ()
    ranges_alone: tuple[str, ...] = ()
    change_words: frozenset[str] = frozenset()
    change_after: bool = False


# --------------------------------------------------------------------------------------------
# Reading a pack: one reader per kind of row
# --------------------------------------------------------------------------------------------


def _side(row: DataRow, text: str) -> str:
    if text not in NAME_SIDES:
        raise row.error(f"side {text!r} is none of {', '.join(NAME_SIDES)}")
    return text


def _qualifier(row: DataRow, text: str) -> str:
    if text not in QUALIFIERS:
        raise row.error(f"qualifier {text!r} is none of {', '.join(QUALIFIERS)}")
    return text


def _name(row: DataRow, found: dict[str, list[Any]]) -> None:
    _, text, codes, side, _ = row.fields
    found["names"].append(Name(text, parse_codes(row, codes), _side(row, side or "after")))


def _minor(row: DataRow, found: dict[str, list[Any]]) -> None:
    _, text, codes, digits, _ = row.fields
    found["names"].append(Name(text, parse_codes(row, codes), "after", _number(row, digits)))


def _tail_minor(row: DataRow, found: dict[str, list[Any]]) -> None:
    _, text, codes, digits, _ = row.fields
    found["tail_minors"].append(Name(text, parse_codes(row, codes), "after", _number(row, digits)))


def _scaled(row: DataRow, found: dict[str, list[Any]]) -> None:
    _, text, codes, scale, _ = row.fields
    found["names"].append(Name(text, parse_codes(row, codes), "after", 0, scale))


def _scale(row: DataRow, found: dict[str, list[Any]]) -> None:
    _, word, power, case, _ = row.fields
    if case not in ("", "exact"):
        raise row.error(f"{case!r}: a scale word's last column is 'exact' or empty")
    found["scales"].append((word, _number(row, power)))
    if case:
        found["exact_scales"].append(word)


def _hedge(row: DataRow, found: dict[str, list[Any]]) -> None:
    kind, phrase, qualifier, _, _ = row.fields
    found["hedges_after" if kind == "hedge_after" else "hedges"].append((phrase, _qualifier(row, qualifier)))


def _context(row: DataRow, found: dict[str, list[Any]]) -> None:
    _, words, code, _, _ = row.fields
    found["context"] += [(word, parse_codes(row, code)[0]) for word in words.split()]


def _listed(row: DataRow, found: dict[str, list[Any]]) -> None:
    found[row.fields[0]] += row.fields[1].split()


def _phrase(row: DataRow, found: dict[str, list[Any]]) -> None:
    found[row.fields[0]].append(row.fields[1])


def _range(row: DataRow, found: dict[str, list[Any]]) -> None:
    _, opener, separator, kind, _ = row.fields
    if kind not in RANGE_OPENERS:
        raise row.error(f"opener kind {kind!r} is none of {', '.join(RANGE_OPENERS)}")
    found["ranges"].append((opener.lower(), separator.lower(), kind))


def _change_after(row: DataRow, found: dict[str, list[Any]]) -> None:
    if row.fields[1] != "yes" or found["change_after"]:
        raise row.error("a pack has one change_after row, yes")
    found["change_after"].append(True)


def _decimal(row: DataRow, found: dict[str, list[Any]]) -> None:
    if row.fields[1] not in ("point", "comma") or found["decimal"]:
        raise row.error("a pack has one decimal row, point or comma")
    found["decimal"].append(row.fields[1])


def _letters(row: DataRow, found: dict[str, list[Any]]) -> None:
    for item in row.fields[1].split():
        first, _, last = item.partition("-") if len(item) == 3 else (item, "", item)
        if len(first) != 1 or len(last) != 1 or not first <= last:
            raise row.error(f"{item!r} is neither a letter nor a range of letters (first-last)")
        found["letters"].append((first, last))


def _alone(row: DataRow, found: dict[str, list[Any]]) -> None:
    _, words, other, _, _ = row.fields
    found["alone"] += [(word, other) for word in words.split()]


def _unlike(row: DataRow, found: dict[str, list[Any]]) -> None:
    _, other, words, _, _ = row.fields
    found["unlike"].append((other, frozenset(words.split())))


def _number_grammar(row: DataRow, found: dict[str, list[Any]]) -> None:
    rows: NumberRows = found["numbers"][0]
    if row.fields[1] not in GRAMMARS or rows.grammar:
        raise row.error(f"a pack has one number_grammar row, one of {', '.join(GRAMMARS)}")
    rows.grammar = row.fields[1]


def _number_row(row: DataRow, found: dict[str, list[Any]]) -> None:
    rows: NumberRows = found["numbers"][0]
    kind = row.fields[0]
    if kind in PIECE_KINDS:
        problem = rows.add_pieces(kind, row.fields[1])
    elif kind in ("lower", "fraction", "spoken_digit", "and_fraction"):
        problem = rows.add_pairs(kind, row.fields[1], row.fields[2])
    else:
        problem = rows.add_list(kind, row.fields[1])
    if problem:
        raise row.error(problem)


#: Per kind: how many columns follow the kind (at most, at least), and how a row adds to the pack.
_KINDS: dict[str, tuple[int, int, Callable[[DataRow, dict[str, list[Any]]], None]]] = {
    "name": (3, 2, _name),
    "minor": (3, 3, _minor),
    "tail_minor": (3, 3, _tail_minor),
    "scaled": (3, 3, _scaled),
    "scale": (3, 2, _scale),
    "hedge": (2, 2, _hedge),
    "hedge_after": (2, 2, _hedge),
    "context": (2, 2, _context),
    "stop_names": (1, 1, _listed),
    "decimal": (1, 1, _decimal),
    "cues": (1, 1, _listed),
    "letters": (1, 1, _letters),
    "unlike": (2, 2, _unlike),
    "comma_scales": (1, 1, _phrase),
    "point_scales": (1, 1, _listed),
    "adjective_endings": (1, 1, _listed),
    "stems": (1, 1, _listed),
    "endings": (1, 1, _listed),
    "whole_names": (1, 1, _listed),
    "lone_stop": (1, 1, _listed),
    "alone": (2, 1, _alone),
    "not_after_alone": (1, 1, _listed),
    "english_first": (1, 1, _listed),
    "name_first": (1, 1, _listed),
    "number_before": (1, 1, _listed),
    "minor_joiners": (1, 1, _listed),
    "tail_joiners": (1, 1, _listed),
    "repeats": (1, 1, _listed),
    "range": (3, 3, _range),
    "range_alone": (1, 1, _phrase),
    "change_words": (1, 1, _listed),
    "change_after": (1, 1, _change_after),
    "number_grammar": (1, 1, _number_grammar),
    **{kind: (1, 1, _number_row) for kind in (*PIECE_KINDS, "number_joiners", "glued_joiners", "joined_only", "units_after")},
    **{kind: (1, 1, _number_row) for kind in ("teens_after", "article", "dozen", "lower", "fraction", "spoken_digit")},
    "and_fraction": (2, 2, _number_row),
}
_FIELDS = (
    "names", "scales", "exact_scales", "hedges", "hedges_after", "context", "stop_names", "decimal", "cues", "letters",
    "unlike", "comma_scales", "point_scales", "adjective_endings", "stems", "endings", "whole_names", "lone_stop",
    "alone", "not_after_alone", "english_first", "name_first", "number_before", "minor_joiners", "tail_joiners", "repeats",
    "tail_minors",
    "ranges", "range_alone", "change_words", "change_after",
)


def read_pack(code: str) -> Language:
    """The pack of ``code``, read from ``data/lang/<code>.tsv``."""
    found: dict[str, list[Any]] = {name: [] for name in _FIELDS}
    found["numbers"] = [NumberRows()]
    for row in data_rows(f"lang/{code}.tsv", 5, 2):
        fields = row.fields
        shape = _KINDS.get(fields[0])
        if shape is None:
            raise row.error(f"unknown kind {fields[0]!r}")
        most, least, read = shape
        if any(fields[most + 1 :]) or not all(fields[1 : least + 1]):
            raise row.error(f"a {fields[0]} row has {least} to {most} columns after its kind")
        read(row, found)
    return Language(
        code,
        tuple(found["names"]),
        MappingProxyType(dict(found["scales"])),
        frozenset(found["exact_scales"]),
        MappingProxyType(dict(found["hedges"])),
        MappingProxyType(dict(found["hedges_after"])),
        MappingProxyType(dict(found["context"])),
        frozenset(found["stop_names"]),
        "".join(found["decimal"]),
        frozenset(found["cues"]),
        tuple(found["letters"]),
        MappingProxyType(dict(found["unlike"])),
        frozenset(found["comma_scales"]),
        frozenset(found["point_scales"]),
        tuple(found["adjective_endings"]),
        tuple(found["stems"]),
        tuple(found["endings"]),
        frozenset(found["whole_names"]),
        frozenset(found["lone_stop"]),
        MappingProxyType(dict(found["alone"])),
        frozenset(found["not_after_alone"]),
        frozenset(found["english_first"]),
        frozenset(found["name_first"]),
        frozenset(found["number_before"]),
        tuple(found["minor_joiners"]),
        tuple(found["tail_joiners"]),
        tuple(found["repeats"]),
        found["numbers"][0].numbers(),
        tuple(found["tail_minors"]),
        tuple(found["ranges"]),
        tuple(phrase.lower() for phrase in found["range_alone"]),
        frozenset(word.lower() for word in found["change_words"]),
        bool(found["change_after"]),
    )


@functools.cache
def languages() -> Mapping[str, Language]:
    """Every pack, by language code, in the order of the codes."""
    folder = _data_dir().joinpath("lang")
    codes = sorted(entry.name[:-4] for entry in folder.iterdir() if entry.name.endswith(".tsv"))
    return MappingProxyType({code: read_pack(code) for code in codes})
