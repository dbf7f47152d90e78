"""Currency unit names as the Recognizers-Text specs (and peers) write them, mapped to ISO 4217 codes.

A spec result either carries an ``isoCurrency`` or only a unit name ("Dollar", "Livre",
"Yuan Chinois", "Cent").  :func:`resolve_unit` turns a unit name into a :class:`UnitReading`:
the set of codes an answer may carry to agree with it (``None`` = any code agrees) and, for a
minor unit, how many of it make one major unit (the spec's value counts minor units:
"50 cents" has value 50, which is 0.50 of the major currency).

English names are looked up in the CLDR English currency names (through babel, or the
project's ``moneyparse/data/currencies.tsv`` when it exists); a name that is one currency's
name gives that code, a family word ("dollar", "pound", "franc") gives every code whose name
contains it.  Names in other languages are translated to English by the explicit table below.
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path

__all__ = ["UnitReading", "codes_named", "currency_names", "resolve_unit"]


@dataclass(frozen=True, slots=True)
class UnitReading:
    """What a unit name allows: ``codes`` (``None`` = any currency) and the minor-unit divisor."""

    codes: frozenset[str] | None
    divisor: int = 1
    known: bool = True


def _key(name: str) -> str:
    """A comparison key: case-folded, accents kept, inner spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


# Spec unit names that are not English CLDR names, translated to an English name or family word.
_TRANSLATIONS: dict[str, str] = {
    # French
    "dollar australien": "australian dollar",
    "dollar canadien": "canadian dollar",
    "dollar de hong kong": "hong kong dollar",
    "dollar états-unis": "us dollar",
    "dollar néo-zélandais": "new zealand dollar",
    "florins néerlandais": "dutch guilder",
    "franc suisse": "swiss franc",
    "livre": "pound",
    "mark finlandais": "finnish markka",
    "roupie indienne": "indian rupee",
    "roupie": "rupee",
    "yen japonais": "japanese yen",
    "yuan chinois": "chinese yuan",
    # Spanish
    "dólar": "dollar",
    "dólar australiano": "australian dollar",
    "dólar canadiense": "canadian dollar",
    "dólar de hong kong": "hong kong dollar",
    "dólar estadounidense": "us dollar",
    "dólar neozelandés": "new zealand dollar",
    "florín neerlandés": "dutch guilder",
    "franco suizo": "swiss franc",
    "franco": "franc",
    "libra": "pound",
    "marco finlandés": "finnish markka",
    "peso mexicano": "mexican peso",
    "yuan chino": "chinese yuan",
    # Portuguese
    "dólar canadense": "canadian dollar",
    "dólar estadunidense": "us dollar",
    "dólar neozelandês": "new zealand dollar",
    "florim holandês": "dutch guilder",
    "franco suíço": "swiss franc",
    "marco finlandês": "finnish markka",
    "yuan chinês": "chinese yuan",
    # English names in the specs that CLDR spells differently
    "united states dollar": "us dollar",
    "netherlands guilder": "dutch guilder",
    "lao kip": "laotian kip",
    "peseta": "spanish peseta",
    "yen": "japanese yen",
    "krone": "kron",  # family: Danish/Norwegian krone, Swedish/Icelandic/Czech krona/koruna
}

# Units that are not ISO 4217 currencies but that the specs (and press) use.
_NON_ISO: dict[str, frozenset[str]] = {
    "bitcoin": frozenset({"XBT", "BTC"}),
}

# Minor units: key -> (how many make one major unit, codes allowed or None for any).
_MINOR: dict[str, tuple[int, frozenset[str] | None]] = {
    "cent": (100, None),
    "cents": (100, None),
    "centime": (100, None),
    "centimes": (100, None),
    "centavo": (100, None),
    "céntimo": (100, None),
    "cêntimo": (100, None),
    "sen": (100, None),
    "penni": (100, frozenset({"FIM"})),
    "øre": (100, frozenset({"DKK", "NOK", "SEK"})),
    "öre": (100, frozenset({"SEK"})),
    "pesewa": (100, frozenset({"GHS", "GHC"})),
    "satoshi": (100_000_000, frozenset({"XBT", "BTC"})),
    "fen": (100, frozenset({"CNY"})),
    "分": (100, frozenset({"CNY"})),
    "jiao": (10, frozenset({"CNY"})),
    "mao": (10, frozenset({"CNY"})),
    "角": (10, frozenset({"CNY"})),
    "毛": (10, frozenset({"CNY"})),
    "美分": (100, frozenset({"USD"})),
}
# Pence and their translations: a hundredth of any pound.
for _pence in ("pence", "penny", "penique", "pêni"):
    _MINOR[_pence] = (100, None)  # codes filled in from the pound family on lookup


@functools.cache
def currency_names() -> dict[str, str]:
    """ISO 4217 code -> English name, from the project's table when present, else from babel."""
    table = Path(__file__).resolve().parents[1] / "moneyparse" / "data" / "currencies.tsv"
    names: dict[str, str] = {}
    if table.is_file():
        with table.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
            fields = {f.casefold(): f for f in (rows.fieldnames or [])}
            code_field = fields.get("code") or fields.get("iso") or fields.get("currency")
            name_field = fields.get("name") or fields.get("name_en") or fields.get("english")
            if code_field and name_field:
                for row in rows:
                    code, name = (row.get(code_field) or "").strip(), (row.get(name_field) or "").strip()
                    if len(code) == 3 and name:
                        names[code] = name
    if not names:
        from babel import Locale

        names = dict(Locale("en").currencies)
    return names


@functools.cache
def codes_named(word: str) -> frozenset[str]:
    """Every code whose English name is ``word`` exactly, or else contains it as a word prefix."""
    key = _key(word)
    names = {code: _key(name) for code, name in currency_names().items()}
    exact = frozenset(code for code, name in names.items() if name == key)
    if exact:
        return exact
    return frozenset(
        code for code, name in names.items() if any(part.startswith(key) for part in name.split())
    )


@functools.cache
def resolve_unit(unit: str) -> UnitReading:
    """What the unit name ``unit`` of a spec result (or a peer's answer) allows; see the module doc."""
    key = _key(unit)
    if key in _MINOR:
        divisor, codes = _MINOR[key]
        if key in ("pence", "penny", "penique", "pêni"):
            codes = codes_named("pound")
        return UnitReading(codes=codes, divisor=divisor)
    if key in _NON_ISO:
        return UnitReading(codes=_NON_ISO[key])
    english = _TRANSLATIONS.get(key, key)
    if english in _NON_ISO:
        return UnitReading(codes=_NON_ISO[english])
    if len(english) == 3 and english.upper() in currency_names():
        return UnitReading(codes=frozenset({english.upper()}))
    codes = codes_named(english)
    if codes:
        return UnitReading(codes=codes)
    return UnitReading(codes=None, known=False)
