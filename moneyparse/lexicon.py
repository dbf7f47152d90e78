"""The lexicon: every table the extractor reads, loaded, checked and frozen once, on first use.

The files are in ``moneyparse/data``; its README says what each holds, and which ones to touch to
add a currency or a language:

* generated, never edited by hand: ``currencies.tsv``, ``symbols.tsv``, ``names.tsv`` and
  ``scales.tsv`` from CLDR by ``scripts/build_data.py``;
* kept by hand: ``codes.tsv`` (what the tables say of a code beyond CLDR), ``markers.tsv`` (signs
  and abbreviations, and how safely each is read), ``context.tsv`` (the words near an amount that
  say which currency it is), ``bands.tsv`` (the range of each currency's rate against the
  dollar), and one pack per language, ``lang/<code>.tsv`` (:mod:`moneyparse.packs`).

Each file is read once, on first use, row by row into typed records (a malformed row raises
:class:`~moneyparse.errors.DataTableError` with its file and line); :func:`tables` merges them
into the read-only lookup tables of the extractor, curated rows first so that their order of
codes (the default first) wins over CLDR's.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType

from moneyparse.number_words import POINT, ZERO, Numbers, nukta_forms
from moneyparse.packs import DataRow, Language, data_rows, generated_rows, languages, parse_codes

__all__ = [
    "Tables", "tables", "Marker", "MarkerEntry", "markers", "language", "languages", "Words", "words",
    "letter_class",
]


@dataclass(frozen=True, slots=True)
class Marker:
    """What a currency marker can mean: ``codes`` with the default first, and a minor-unit exponent."""

    codes: tuple[str, ...]
    minor: int = 0  # 2 for "cents" (a hundredth of the unit), 1 for 角

    @property
    def ambiguous(self) -> bool:
        """True when the marker names more than one currency ("$", "¥", "kr")."""
        return len(self.codes) > 1


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
    # the codes the scan reads as markers: those of money (codes.tsv), but those that are
    # everyday words far more often ("ALL 5 members", "TOP 10")
    scan_codes: frozenset[str]
    # the lower-case spellings of codes that the scan reads ("usd 20", "rmb 10", "50 tl")
    lower_codes: tuple[str, ...]
    # the names of countries, states and capitals whose money is also written "$" or "£": named
    # near a "$", it is no longer US dollars by default (context.tsv, role trigger)
    triggers: tuple[str, ...]
    # the places that stand before a sign as its adjective: "Hong Kong $10" (role adjective)
    adjectives: frozenset[str]

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


# --------------------------------------------------------------------------------------------
# The tables kept by hand beside the packs, row by row
# --------------------------------------------------------------------------------------------

#: The sides of a marker: where it is written, ``-`` for a symbol that is never read.
SIDES = ("before", "after", "both", "-")
#: How safely a marker is read (markers.tsv, README): ``sign`` wherever it stands, CLDR's codes for
#: the same text added after its own; ``only`` as its row says, CLDR's reading of it dropped;
#: ``near`` only where one of the words it needs stands near, CLDR's reading dropped; ``never``
#: not at all (a symbol CLDR lists that is a letter or a word far more often).
TIERS = ("sign", "only", "near", "never")


@dataclass(frozen=True, slots=True)
class MarkerEntry:
    """A row of ``markers.tsv``: a sign or abbreviation and how it is read."""

    text: str
    side: str  # one of SIDES
    codes: tuple[str, ...]  # the default first; () for a marker never read
    tier: str  # one of TIERS
    needs: tuple[str, ...]  # for ``near``: the words of which one must stand near
    decimal: str  # "comma" when the countries of its currency write a decimal comma, else ""


@functools.cache
def markers() -> tuple[MarkerEntry, ...]:
    """The rows of ``markers.tsv``, in their order."""
    entries = []
    for row in data_rows("markers.tsv", 6):
        text, side, codes, tier, needs, decimal = row.fields
        if side not in SIDES or tier not in TIERS or decimal not in ("", "comma"):
            raise row.error("side, tier or decimal is none of the known values")
        if (side == "-") != (tier == "never") or (tier == "near") != bool(needs):
            raise row.error("a marker never read has side '-'; one read near has words")
        parsed = parse_codes(row, codes) if codes != "-" else ()
        entries.append(MarkerEntry(text, side, parsed, tier, tuple(needs.split("|")) if needs else (), decimal))
    return tuple(entries)


#: What a context word may do beside saying its code (context.tsv).
ROLES = ("trigger", "adjective")


@functools.cache
def _context() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """``context.tsv``: each word (lower case), the code it says ("" for none) and its roles."""
    words = []
    for row in data_rows("context.tsv", 3, 2):
        word, code, role = row.fields
        roles = frozenset(role.split())
        if not roles <= set(ROLES) or word != word.lower():
            raise row.error(f"a context word is lower case and its roles are among {', '.join(ROLES)}")
        words.append((word, parse_codes(row, code)[0] if code else "", roles))
    return tuple(words)


@functools.cache
def _codes() -> Mapping[str, tuple[int | None, bool, bool, tuple[str, ...], tuple[Decimal, Decimal] | None]]:
    """``codes.tsv``: per code, the minor digits amounts are written with (None: CLDR's), whether
    it is money, whether it is an everyday word more often than a code, its lower-case spellings,
    and the band of its rate where the ECB never fixed it."""
    found = {}
    for row in data_rows("codes.tsv", 7):
        code, digits, money, word, lower, band, _note = row.fields
        if digits and not digits.isdigit() or money not in ("", "yes", "no") or word not in ("", "yes", "no"):
            raise row.error("digits is a number; money and word are yes, no or empty")
        if not all(spelling.islower() for spelling in lower.split()):
            raise row.error("the spellings of a code in lower case are in lower case")
        code = parse_codes(row, code)[0]
        if code in found:
            raise row.error(f"a second row of {code}")
        found[code] = (int(digits) if digits else None, money != "no", word == "yes", tuple(lower.split()), _band(row, band))
    return MappingProxyType(found)


def _band(row: DataRow, text: str) -> tuple[Decimal, Decimal] | None:
    """A band written low-high ("25-36"), or None for an empty column."""
    if not text:
        return None
    low, _, high = text.partition("-")
    try:
        band = (Decimal(low), Decimal(high))
    except ArithmeticError:
        raise row.error(f"band {text!r} is not low-high") from None
    if not 0 < band[0] <= band[1]:
        raise row.error(f"band {text!r} is not low-high")
    return band


@functools.cache
def _bands() -> Mapping[str, tuple[Decimal, Decimal]]:
    """Each code's lowest and highest units per US dollar: ``bands.tsv``, generated from the ECB
    history, and the bands of ``codes.tsv`` for the currencies the ECB never fixed."""
    bands: dict[str, tuple[Decimal, Decimal] | None] = {}
    for row in data_rows("bands.tsv", 3):
        code, low, high = row.fields
        bands[parse_codes(row, code)[0]] = _band(row, f"{low}-{high}")
    for code, (*_, band) in _codes().items():
        if band is not None:
            bands[code] = band
    return MappingProxyType(bands)  # type: ignore[arg-type]


def language(code: str) -> Language:
    """The pack of one language, as ``data/lang/<code>.tsv`` writes it; ``KeyError`` for none."""
    return languages()[code]


def letter_class(ranges: Iterable[tuple[str, str]]) -> str:
    """The body of a regular expression's character class that holds ``ranges`` of letters."""
    return "".join(re.escape(a) if a == b else f"{re.escape(a)}-{re.escape(b)}" for a, b in ranges)


@dataclass(frozen=True, slots=True)
class Words:
    """What the engine asks of the words around an amount, every pack's rows merged."""

    #: everyday words of the languages that write a decimal point, and of those that write a comma
    point_cues: frozenset[str]
    comma_cues: frozenset[str]
    #: the body of a character class of the letters that tell a language writing a decimal comma
    #: (Turkish "ı", Cyrillic)
    comma_letters: str
    #: scale words, lower case, that tell a decimal comma ("milhões"), and the abbreviations, as
    #: written, that tell a decimal point after a sign written first ("€7,466m")
    comma_scales: frozenset[str]
    point_scales: frozenset[str]
    #: the markers whose countries write a decimal comma ("€", "zł"): markers.tsv
    comma_markers: frozenset[str]
    #: the endings of the adjectives that name a country before its sign ("Canadian $2")
    adjective_endings: tuple[str, ...]
    #: the first words of names that the scan matches only whole ("u.s.", "долл.")
    whole_names: frozenset[str]
    #: number words that begin no number alone ("on", "due", "sex"), those said alone before a
    #: name with the language that must not outnumber theirs ("mil": "", "dos": "pt"), and the
    #: names after which these are no such number ("a mil dollars")
    lone_stop: frozenset[str]
    alone: Mapping[str, str]
    not_after_alone: frozenset[str]
    #: first words of a spelled number that are English words, or names, more often ("seize",
    #: "Otto"), and the words that make a spelled number after them the tail of a longer one
    english_first: frozenset[str]
    name_first: frozenset[str]
    number_before: frozenset[str]
    #: the words between a major amount and its minor units ("and", "et", "又"), those before a
    #: bare count of minor units ("15 dollars and 50"), and the names that repeat a sign after
    #: the amount ("$10 dollars")
    minor_joiners: tuple[str, ...]
    tail_joiners: tuple[str, ...]
    repeats: tuple[str, ...]
    #: how each language but English spells numbers, by code (English has its own grammar:
    #: ``language("en").numbers``)
    spellings: Mapping[str, Numbers]
    #: every piece of those numbers, longer first ("cinq", "siebzig", "cento"), the words that join
    #: them ("et", "und"), those that also stand inside a word ("und", "en"), and their words for
    #: a decimal mark and for zero ("Komma", "virgule", "null"): for building scan patterns
    spelled_pieces: tuple[str, ...]
    spelled_joiners: tuple[str, ...]
    glued_joiners: tuple[str, ...]
    decimal_words: frozenset[str]
    zero_words: frozenset[str]


@functools.cache
def words() -> Words:
    """The language facts of every pack, merged (once per process)."""
    packs = tuple(languages().values())
    comma = [pack for pack in packs if pack.decimal == "comma"]
    return Words(
        point_cues=frozenset(w for pack in packs if pack.decimal == "point" for w in pack.cues),
        comma_cues=frozenset(w for pack in comma for w in pack.cues),
        comma_letters=letter_class(dict.fromkeys(r for pack in comma for r in pack.letters)),
        comma_scales=frozenset(w for pack in packs for w in pack.comma_scales),
        point_scales=frozenset(w for pack in packs for w in pack.point_scales),
        comma_markers=frozenset(entry.text for entry in markers() if entry.decimal == "comma"),
        adjective_endings=tuple(dict.fromkeys(e for pack in packs for e in pack.adjective_endings)),
        whole_names=frozenset(w for pack in packs for w in pack.whole_names),
        lone_stop=frozenset(w for pack in packs for w in pack.lone_stop),
        alone=MappingProxyType({w: other for pack in packs for w, other in pack.alone.items()}),
        not_after_alone=frozenset(w for pack in packs for w in pack.not_after_alone),
        english_first=frozenset(w for pack in packs for w in pack.english_first),
        name_first=frozenset(w for pack in packs for w in pack.name_first),
        number_before=frozenset(w for pack in packs for w in pack.number_before),
        minor_joiners=tuple(dict.fromkeys(w for pack in packs for w in pack.minor_joiners)),
        tail_joiners=tuple(dict.fromkeys(w for pack in packs for w in pack.tail_joiners)),
        repeats=tuple(dict.fromkeys(w for pack in packs for w in pack.repeats)),
        **_spelled_words(packs),
    )


def _spelled_words(packs: Iterable[Language]) -> dict[str, object]:
    """The fields of :class:`Words` on numbers spelled in the languages but English."""
    spellings = {p.code: p.numbers for p in packs if p.numbers is not None and p.numbers.grammar != "english"}
    pieces = {word: kind for numbers in spellings.values() for word, (kind, _) in numbers.pieces.items()}
    return {
        "spellings": MappingProxyType(spellings),
        "spelled_pieces": tuple(sorted(pieces, key=len, reverse=True)),
        "spelled_joiners": tuple(sorted({j for n in spellings.values() for j in n.joiners}, key=len, reverse=True)),
        "glued_joiners": tuple(sorted({j for n in spellings.values() for j in n.glued_joiners}, key=len, reverse=True)),
        "decimal_words": frozenset(w for n in spellings.values() for w in n.words_of(POINT)),
        "zero_words": frozenset(w for n in spellings.values() for w in n.words_of(ZERO)),
    }


# --------------------------------------------------------------------------------------------
# Merging: curated rows first, then CLDR's
# --------------------------------------------------------------------------------------------


def _merge(table: dict[str, list[str]], key: str, codes: Iterable[str], first: bool = False) -> None:
    """Add ``codes`` to ``table[key]``, in front when ``first`` (a curated default wins)."""
    have = table.setdefault(key, [])
    if first:
        ordered = list(dict.fromkeys(codes))
        ordered += [c for c in have if c not in ordered]  # the curated order in front
        have[:] = ordered
    else:
        have.extend(c for c in codes if c not in have)


def _is_money(code: str) -> bool:
    """Whether a code names money people pay with (codes.tsv; a code with no row does)."""
    policy = _codes().get(code)
    return policy is None or policy[1]


def _is_name(text: str) -> bool:
    """Whether a marker written after the number is a name, matched in any case ("dollars",
    "pounds sterling", "kr") rather than a sign matched as written ("Kč", "元", "TL")."""
    return text.isascii() and text.isalpha() and len(text) > 3 or " " in text or text.islower()


class _Markers:
    """The marker tables while they are merged."""

    __slots__ = ("prefix", "suffix", "names", "minor", "scaled", "needs")

    def __init__(self) -> None:
        self.prefix: dict[str, list[str]] = {}
        self.suffix: dict[str, list[str]] = {}
        self.names: dict[str, list[str]] = {}
        self.minor: dict[str, tuple[tuple[str, ...], int]] = {}
        self.scaled: dict[str, tuple[Marker, str]] = {}
        self.needs: dict[str, tuple[str, ...]] = {}

    def add(self, text: str, side: str, codes: Iterable[str], first: bool) -> None:
        """Merge a marker written on ``side`` of the number."""
        codes = list(codes)
        if side in ("before", "both"):
            _merge(self.prefix, text, codes, first)
        if side in ("after", "both"):
            if _is_name(text):
                _merge(self.names, text.lower(), codes, first)
            else:
                _merge(self.suffix, text, codes, first)


def _curated_markers(packs: Iterable[Language]) -> _Markers:
    """The markers of ``markers.tsv`` and of the packs, in order."""
    found = _Markers()
    for entry in markers():
        if entry.tier != "never":
            found.add(entry.text, entry.side, entry.codes, first=True)
        if entry.tier == "near":
            found.needs[entry.text] = entry.needs
    for pack in packs:
        for name in pack.names:
            if name.minor:
                found.minor[name.text] = (name.codes, name.minor)
            elif name.holds:
                found.scaled[name.text] = (Marker(name.codes), name.holds)
                _merge(found.suffix, name.text, name.codes, first=True)  # found by the scan as any marker after a number
            else:
                found.add(name.text, name.side, name.codes, first=True)
    return found


_DIGIT = re.compile(r"\d")


def _generated_markers(found: _Markers, currencies: Mapping[str, object], stop_names: frozenset[str]) -> None:
    """CLDR's symbols, names and codes merged after the curated markers."""
    dropped = {entry.text for entry in markers() if entry.tier != "sign"}
    for symbol, codes, _count in generated_rows("symbols.tsv"):
        if symbol in dropped or symbol in currencies:
            continue
        _merge(found.prefix, symbol, codes.split())  # as written on both sides, whatever its letters
        _merge(found.suffix, symbol, codes.split())
    names = found.names
    for _lang, name, code in generated_rows("names.tsv"):
        if "(" in name or name in stop_names or _DIGIT.search(name) or not _is_money(code):
            continue
        have = names.get(name)
        if have is None:
            names[name] = [code]
        elif code not in have:
            have.append(code)
    for code in currencies:
        if _is_money(code):
            _merge(found.prefix, code, [code])
            _merge(found.suffix, code, [code])
    # A currency sign may stand on either side of the number: "₾100" and "100₾".
    for one, other in ((found.prefix, found.suffix), (found.suffix, found.prefix)):
        for key, codes in list(one.items()):
            if len(key) == 1 and unicodedata.category(key) == "Sc" and key not in other:
                other[key] = list(codes)


def _scale_tables(packs: Iterable[Language]) -> tuple[dict[str, int], dict[str, int]]:
    """The scale words matched as written and those matched in any case: the packs' first, then
    CLDR's where no pack has the word in either case (Swedish "bn", 10^12, must not turn English
    "bn")."""
    exact: dict[str, int] = {}
    folded: dict[str, int] = {}
    for pack in packs:
        for word, power in pack.scales.items():
            if word in pack.exact_scales:
                exact[word] = power
            else:
                folded[word.lower()] = power
    curated = set(exact) | set(folded)
    for _lang, word, exponent, case in generated_rows("scales.tsv"):
        if word in curated or word.lower() in curated:
            continue
        if case == "fold":
            folded.setdefault(word.lower(), int(exponent))
        else:
            exact.setdefault(word, int(exponent))
    return exact, folded


def _hedge_tables(packs: Iterable[Language]) -> tuple[dict[str, str], dict[str, str]]:
    """The hedges written before an amount and after it, lower case -> qualifier."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    for pack in packs:
        before.update((phrase.lower(), qualifier) for phrase, qualifier in pack.hedges.items())
        after.update((phrase.lower(), qualifier) for phrase, qualifier in pack.hedges_after.items())
    return before, after


def _with_nukta_forms(table: dict[str, object]) -> None:
    """Devanagari written with a nukta letter of one code point ("करोड़" with U+095C) means the same."""
    for key in [k for k in table if not k.isascii()]:
        for form in nukta_forms(key)[1:]:
            table.setdefault(form, table[key])


def _frozen(table: dict[str, list[str]]) -> Mapping[str, Marker]:
    return MappingProxyType({k: Marker(tuple(v)) for k, v in table.items()})


@functools.cache
def tables() -> Tables:
    """Load and merge every table (once per process)."""
    packs = tuple(languages().values())
    currencies = {code: (int(digits), name) for code, digits, name in generated_rows("currencies.tsv")}
    for code, (digits, *_) in _codes().items():
        if digits is not None:
            currencies[code] = (digits, currencies[code][1])
    found = _curated_markers(packs)
    stop_names = frozenset(word for pack in packs for word in pack.stop_names)
    _generated_markers(found, currencies, stop_names)
    scales, scales_folded = _scale_tables(packs)
    hedges, hedges_after = _hedge_tables(packs)
    evidence = {word: code for word, code, _roles in _context()}
    for pack in packs:
        evidence.update((word, code) for word, code in pack.context.items())
    for table in (found.prefix, found.suffix, found.names, found.minor, scales, scales_folded, hedges, hedges_after):
        _with_nukta_forms(table)  # type: ignore[arg-type]
    names = dict(_frozen(found.names))
    for word, (codes, digits) in found.minor.items():
        names[word.lower()] = Marker(codes, digits)
    return Tables(
        currencies=MappingProxyType(currencies),
        prefix=_frozen(found.prefix),
        suffix=_frozen(found.suffix),
        names=MappingProxyType(names),
        scales=MappingProxyType(scales),
        scales_folded=MappingProxyType(scales_folded),
        hedges=MappingProxyType(hedges),
        hedges_after=MappingProxyType(hedges_after),
        evidence=MappingProxyType(evidence),
        bands=_bands(),
        scaled=MappingProxyType(found.scaled),
        prefix_needs=MappingProxyType(found.needs),
        scan_codes=frozenset(code for code in currencies if _is_money(code) and not _codes().get(code, (0, 1, 0, 0, 0))[2]),
        lower_codes=tuple(spelling for _d, _m, _w, lower, _b in _codes().values() for spelling in lower),
        triggers=tuple(word for word, _code, roles in _context() if "trigger" in roles),
        adjectives=frozenset(word for word, _code, roles in _context() if "adjective" in roles),
    )
