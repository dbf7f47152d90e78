"""The lexicon: every currency table the extractor reads, generated CLDR files merged with the
curated supplement and frozen.

``data/currencies.tsv``, ``symbols.tsv``, ``names.tsv`` and ``scales.tsv`` are generated from CLDR by
``scripts/build_data.py``; ``data/supplement.tsv`` holds the press aliases, defaults and rules kept
by hand.  Everything loads once, on first use, into read-only mappings.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from types import MappingProxyType

from moneyparse.number_words import nukta_forms

__all__ = ["Tables", "tables", "Marker", "X_CODES_OF_MONEY"]


@dataclass(frozen=True, slots=True)
class Marker:
    """What a currency marker can mean: ``codes`` with the default first, and a minor-unit exponent."""

    codes: tuple[str, ...]
    minor: int = 0  # 2 for "cents" (a hundredth of the unit), 1 for 角

    @property
    def ambiguous(self) -> bool:
        """True when the marker names more than one currency ("$", "¥", "kr")."""
        return len(self.codes) > 1


#: The codes beginning with X that are money people pay with: the CFA and CFP francs and the East
#: Caribbean dollar (not the metals, the SDR or the testing codes).
X_CODES_OF_MONEY: frozenset[str] = frozenset({"XOF", "XAF", "XPF", "XCD"})


@dataclass(frozen=True, slots=True)
class Tables:
    """All lookup tables, read-only."""

    currencies: Mapping[str, tuple[int, str]]  # code -> (minor digits, English name)
    prefix: Mapping[str, Marker]  # marker written before a number, case as written
    suffix: Mapping[str, Marker]  # marker written after a number, case as written
    names: Mapping[str, Marker]  # lower-cased names, matched in any case, written after a number
    scales: Mapping[str, int]  # scale word as written -> power of ten
    scales_folded: Mapping[str, int]  # lower-cased scale words matched in any case
    hedges: Mapping[str, str]  # lower-cased hedge phrase -> qualifier value
    hedges_after: Mapping[str, str]  # lower-cased phrase written after the amount ("or more") -> qualifier value
    evidence: Mapping[str, str]  # lower-cased evidence word -> code
    bands: Mapping[str, tuple[Decimal, Decimal]]  # code -> units per USD, low and high
    # marker that holds its scale, as written -> (its currencies, the scale word it holds):
    # "mdd" (millones de dólares) is "M" of USD
    scaled: Mapping[str, tuple[Marker, str]]
    # marker written before a number that is read only where one of these words stands near:
    # "R" is rand beside "South Africa", "SR" riyals beside "Saudi" ("SR 520" is a state route)
    prefix_needs: Mapping[str, tuple[str, ...]]

    def marker(self, text: str, after: bool) -> Marker | None:
        """The meaning of a marker as written, before (``after=False``) or after the number.

        Spacing and case variants of the press forms are accepted: ``us $``, ``mxn$``, ``$ c``,
        ``rmb``, ``usd``.
        """
        table = self.suffix if after else self.prefix
        found = table.get(text)
        if found is not None:
            return found
        squeezed = " ".join(text.split())
        found = table.get(squeezed) or self.names.get(squeezed.lower())
        if found is not None:
            return found
        compact = "".join(squeezed.split()).upper()
        found = table.get(compact) or self.prefix.get(compact) or self.suffix.get(compact)
        if found is not None:
            return found
        if compact in self.currencies:
            return Marker((compact,))
        letters = compact.replace("$", "").replace(".", "")
        if "$" in compact and letters in self.currencies:
            return Marker((letters,))
        return None


def _rows(name: str) -> list[list[str]]:
    """The tab-separated rows of a data file, comments skipped."""
    text = resources.files("moneyparse.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _merge(table: dict[str, list[str]], key: str, codes: list[str], first: bool = False) -> None:
    """Add ``codes`` to ``table[key]``, in front when ``first`` (a curated default wins)."""
    have = table.setdefault(key, [])
    if first:
        have[:0] = [c for c in codes if c not in have]
        # keep the curated order in front
        seen: list[str] = []
        for c in codes + have:
            if c not in seen:
                seen.append(c)
        have[:] = seen
    else:
        have.extend(c for c in codes if c not in have)


# Generated names that are plain words far more often than currencies ("real" estate, "won"
# a match) are only kept through the curated supplement, where their context rules apply.
_NAME_STOPLIST = frozenset({"real", "won", "rand", "lei", "mark", "marks", "lira", "pula", "lek", "vatu"})


@functools.cache
def tables() -> Tables:
    """Load and merge every table (once per process)."""
    currencies: dict[str, tuple[int, str]] = {}
    for code, digits, name in _rows("currencies.tsv"):
        currencies[code] = (int(digits), name)

    prefix: dict[str, list[str]] = {}
    suffix: dict[str, list[str]] = {}
    names: dict[str, list[str]] = {}
    minor: dict[str, tuple[list[str], int]] = {}
    scales: dict[str, int] = {}
    scales_folded: dict[str, int] = {}
    hedges: dict[str, str] = {}
    hedges_after: dict[str, str] = {}
    evidence: dict[str, str] = {}
    bands: dict[str, tuple[Decimal, Decimal]] = {}
    scaled: dict[str, tuple[Marker, str]] = {}
    prefix_needs: dict[str, tuple[str, ...]] = {}
    excluded: set[str] = set()

    supplement = _rows("supplement.tsv")
    for kind, key, *_ in supplement:
        if kind == "exclude_symbol":
            excluded.add(key)

    # Curated entries first so that their order of codes (the default) wins.
    for kind, key, value, extra in supplement:
        codes = value.split()
        if kind == "prefix":
            _merge(prefix, key, codes, first=True)
            if extra:
                prefix_needs[key] = tuple(extra.split("|"))
        elif kind == "suffix":
            if key.isascii() and key.isalpha() and len(key) > 3 or " " in key or key.islower():
                _merge(names, key.lower(), codes, first=True)
            else:
                _merge(suffix, key, codes, first=True)
        elif kind == "minor":
            minor[key] = (codes, int(extra))
        elif kind == "scale":
            if extra == "fold":
                scales_folded[key.lower()] = int(value)
            else:
                scales[key] = int(value)
        elif kind == "hedge":
            hedges[key.lower()] = value
        elif kind == "hedge_after":
            hedges_after[key.lower()] = value
        elif kind == "evidence":
            evidence[key.lower()] = value
        elif kind == "digits":
            # minor digits as amounts are written in practice, where CLDR keeps ISO's ("Rp 50.000")
            currencies[key] = (int(value), currencies[key][1])
        elif kind == "band":
            low, high = value.split()
            bands[key] = (Decimal(low), Decimal(high))
        elif kind == "scaled":
            scaled[key] = (Marker(tuple(codes)), extra)
            _merge(suffix, key, codes, first=True)  # found by the scan as any marker after a number

    for symbol, codes, _count in _rows("symbols.tsv"):
        if symbol in excluded or symbol in currencies:
            continue
        _merge(prefix, symbol, codes.split())
        _merge(suffix, symbol, codes.split())

    for _lang, name, code in _rows("names.tsv"):
        if code.startswith("X") or "(" in name or any(c.isdigit() for c in name):
            continue
        if name in _NAME_STOPLIST:
            continue
        _merge(names, name, [code])

    curated_scales = set(scales) | set(scales_folded)
    for _lang, word, exponent, case in _rows("scales.tsv"):
        # A curated reading wins in any case: Swedish "bn" (10^12) must not turn English "bn".
        if word in curated_scales or word.lower() in curated_scales:
            continue
        if case == "fold":
            scales_folded.setdefault(word.lower(), int(exponent))
        else:
            scales.setdefault(word, int(exponent))

    for code in currencies:
        if not code.startswith("X") or code in ("XAU", "XAG") or code in X_CODES_OF_MONEY:
            _merge(prefix, code, [code])
            _merge(suffix, code, [code])

    # A currency sign may stand on either side of the number: "₾100" and "100₾".
    for one, other in ((prefix, suffix), (suffix, prefix)):
        for key, codes in list(one.items()):
            if len(key) == 1 and unicodedata.category(key) == "Sc" and key not in other:
                other[key] = list(codes)

    # Devanagari written with a nukta letter of one code point ("करोड़" with U+095C) means the same
    for table in (prefix, suffix, names, minor, scales, scales_folded, hedges, hedges_after):
        for key in [k for k in table if not k.isascii()]:
            for form in nukta_forms(key)[1:]:
                table.setdefault(form, table[key])  # type: ignore[index]

    def freeze(table: dict[str, list[str]]) -> Mapping[str, Marker]:
        return MappingProxyType({k: Marker(tuple(v)) for k, v in table.items()})

    frozen_names = dict(freeze(names))
    for word, (codes, digits) in minor.items():
        frozen_names[word.lower()] = Marker(tuple(codes), digits)

    return Tables(
        currencies=MappingProxyType(currencies),
        prefix=freeze(prefix),
        suffix=freeze(suffix),
        names=MappingProxyType(frozen_names),
        scales=MappingProxyType(scales),
        scales_folded=MappingProxyType(scales_folded),
        hedges=MappingProxyType(hedges),
        hedges_after=MappingProxyType(hedges_after),
        evidence=MappingProxyType(evidence),
        bands=MappingProxyType(bands),
        scaled=MappingProxyType(scaled),
        prefix_needs=MappingProxyType(prefix_needs),
    )
