"""The table of ``data/yuan_places.tsv``, read and checked once: the characters of each script,
the place words of Taiwan, Hong Kong, Macau and the mainland with the code a bare 元 is there,
and the words and forms of a place's writing (``style`` and ``style_pattern`` rows).

What the rows mean, and how a bare 元 is read by them, is the rule of
:mod:`moneyparse.yuan_place`; ``moneyparse/data/README.md`` lists every kind of row.  A row that
cannot be read raises :class:`~moneyparse.errors.DataTableError` with its line.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from moneyparse.packs import DataRow, data_rows, parse_codes

__all__ = ["YuanPlaces", "yuan_places"]

#: The file of the place words and script characters, in moneyparse/data.
_FILE = "yuan_places.tsv"
#: The marks of rank a local name ends in: a township (鄉), a town (鎮), a city (市), a district (區).
_RANKS = "鄉鎮市區"


@dataclass(frozen=True)
class YuanPlaces:
    """The table of ``data/yuan_places.tsv``: the characters of each script, and the place words
    with the code each says."""

    traditional: frozenset[str]
    simplified: frozenset[str]
    codes: Mapping[str, str]  # place word -> the code of a bare 元 there
    unless_after: Mapping[str, frozenset[str]]  # place word -> characters after which it says nothing
    before_number: frozenset[str]  # place words that say something only before a number
    sentence: Mapping[str, str]  # simplified word -> the code of a bare 元 in its sentence, "" for another place
    unless_before: Mapping[str, tuple[str, ...]]  # simplified word -> words before which it says nothing
    patterns: tuple[tuple[str, str], ...] = ()  # (pattern of a family of place words, its code)
    local: Mapping[str, str] = field(default_factory=dict)  # name of a township, town, county city or district -> its code
    local_unless_before: Mapping[str, frozenset[str]] = field(default_factory=dict)  # mark of rank -> what it ends no name before
    style: Mapping[str, str] = field(default_factory=dict)  # word of a place's writing -> its code, "" for another country
    style_patterns: tuple[tuple[str, str], ...] = ()  # (pattern of a form of a place's writing, its code)


def _characters(row: DataRow, text: str) -> frozenset[str]:
    found = text.split()
    if not found or any(len(c) != 1 for c in found):
        raise row.error(f"{text!r} is not a list of single characters")
    return frozenset(found)


@functools.cache
def yuan_places() -> YuanPlaces:
    """The rows of ``data/yuan_places.tsv``, read and checked once; a row that cannot be read
    raises :class:`~moneyparse.errors.DataTableError` with its line."""
    scripts: dict[str, frozenset[str]] = {}
    codes: dict[str, str] = {}
    unless: dict[str, frozenset[str]] = {}
    before: set[str] = set()
    sentence: dict[str, str] = {}
    unless_before: dict[str, tuple[str, ...]] = {}
    patterns: list[tuple[str, str]] = []
    style_patterns: list[tuple[str, str]] = []
    local: dict[str, str] = {}
    local_rows: list[DataRow] = []
    local_unless: dict[str, frozenset[str]] = {}
    style: dict[str, str] = {}
    for row in data_rows(_FILE, 3, 2):
        kind, first, rest = row.fields
        if kind == "script" and first in ("traditional", "simplified"):
            scripts[first] = _characters(row, rest)
        elif kind in ("place", "simplified_place", "local", "style"):
            found = parse_codes(row, first)
            if len(found) != 1 or not rest.split():
                raise row.error("a place row has one code and its words")
            kept = {"place": codes, "simplified_place": sentence, "local": local, "style": style}[kind]
            kept.update(dict.fromkeys(rest.split(), found[0]))
            if kind == "local":
                local_rows.append(row)
        elif kind == "local_unless_before" and len(first) == 1 and first in _RANKS:
            local_unless[first] = _characters(row, rest)
        elif kind in ("pattern", "style_pattern"):
            (patterns if kind == "pattern" else style_patterns).append((_pattern(row, rest), parse_codes(row, first)[0]))
        elif kind in ("simplified_other", "style_other") and not rest:
            (sentence if kind == "simplified_other" else style).update(dict.fromkeys(first.split(), ""))
        elif kind == "unless_before" and rest.split():
            unless_before[first] = tuple(rest.split())
        elif kind == "unless_after":
            unless[first] = _characters(row, rest)
        elif kind == "before_number" and not rest:
            before.update(first.split())
        else:
            raise row.error(f"unknown kind {kind!r} or columns")
    for row in local_rows:
        _check_local(row, codes)
    return YuanPlaces(
        scripts.get("traditional", frozenset()), scripts.get("simplified", frozenset()),
        MappingProxyType(codes), MappingProxyType(unless), frozenset(before),
        MappingProxyType(sentence), MappingProxyType(unless_before), tuple(patterns),
        MappingProxyType(local), MappingProxyType(local_unless), MappingProxyType(style), tuple(style_patterns),
    )


def _check_local(row: DataRow, codes: Mapping[str, str]) -> None:
    """The names of a ``local`` row each end in a mark of rank after two or three characters, and
    hold no place word (it would be counted twice); else the row's error."""
    for name in row.fields[2].split():
        inside = [word for word in codes if word in name]
        if not 3 <= len(name) <= 4 or name[-1] not in _RANKS or inside:
            raise row.error(f"local name {name!r} is not two or three characters and one of {_RANKS}, or holds {inside}")


def _pattern(row: DataRow, text: str) -> str:
    """The regular expression of a ``pattern`` or ``style_pattern`` row, checked: it compiles and
    has no group of its own."""
    try:
        groups = re.compile(text).groups
    except re.error as exc:
        raise row.error(f"{text!r} is no regular expression: {exc}") from None
    if groups or not text:
        raise row.error(f"{text!r} has groups or is empty")
    return text
