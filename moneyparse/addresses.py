"""The money that the address of a web page implies, and the currencies whose countries group
thousands with a point.

A shop prints its prices in the money of the country it sells in, and writes that money with the
signs of the country: ``$`` on www.paris.cl is the Chilean peso, on www.bestbuy.ca the Canadian
dollar, ``Rs`` on www.olx.com.pk the Pakistani rupee, ``$`` and ``元`` on a ``.tw`` shop the New
Taiwan dollar.  :func:`assume_for_address` turns an address into the ``assume`` mapping that says
so, from the country code that ends its host name; ``extract(line, assume=assume_for_address(url))``
then reads each ambiguous marker of the page's text as the country's money.

The table behind it, ``data/territories.tsv``, is generated from CLDR by
``scripts/build_data.py``: for each territory, the legal tender and the marks its locales group
thousands with.  A currency whose countries all group with a point alone (the Chilean, Argentine,
Colombian and Uruguayan pesos, the Danish krone, the rupiah...) is one of :func:`point_grouped`:
where the caller's ``assume`` settles an ambiguous sign to one of them, ``$257.374`` is 257,374
pesos, never 257 pesos and a fraction (:mod:`moneyparse.point_groups`).
"""

from __future__ import annotations

import functools
import ipaddress
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple
from urllib.parse import urlsplit

from moneyparse.errors import WebAddressError
from moneyparse.lexicon import languages, tables
from moneyparse.packs import generated_rows
from moneyparse.yuan_place import YUAN_CODES, YUAN_MARKERS

__all__ = ["assume_for_address", "country_of_address", "point_grouped"]

#: Country codes of the top-level domain that differ from the country's ISO 3166 code.
_DOMAIN_COUNTRIES = MappingProxyType({"uk": "GB"})

#: Country-code domains sold worldwide as names of their own, for what their letters spell rather
#: than for their country (``.co`` for company, ``.io``, ``.tv``, ``.me``, ``.ai``, ``.fm``): a shop
#: on one of them may sell anywhere.  Under one of the country's own second-level names
#: (:data:`_NATIONAL_SECOND`: ``tienda.com.co``) they are the country's.
_GENERIC_COUNTRY_DOMAINS = frozenset({
    "ac", "ad", "ag", "ai", "as", "bz", "cc", "cd", "co", "dj", "fm", "gg", "io", "la", "me", "ms",
    "nu", "sc", "sh", "sr", "tk", "to", "tv", "vc", "ws",
})  # fmt: skip
#: The second-level names a country's registry keeps for its own firms and bodies.
_NATIONAL_SECOND = frozenset({"com", "net", "org", "edu", "gov", "gob", "co", "ac", "mil", "nom"})

#: A label of a host name, once in ASCII (IDNA): letters, digits and hyphens, no hyphen at an end.
_LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")


class _Territory(NamedTuple):
    """A row of ``territories.tsv``."""

    currency: str  # the legal tender
    group: frozenset[str]  # the marks its locales group thousands with: "point", "comma", "space"...
    symbols: frozenset[str]  # the standard symbols its locales write for the currency
    languages: frozenset[str]  # the languages of its locales ("es" of es_CL, "zh" of zh_Hant_TW)


@functools.cache
def _territories() -> Mapping[str, _Territory]:
    """Territory (ISO 3166) -> its row of ``territories.tsv``."""
    return MappingProxyType({
        territory: _Territory(
            currency, frozenset(group.split()), frozenset(symbols.split()) - {"-"},
            frozenset(locale.partition("_")[0] for locale in locales.split()),
        )
        for territory, currency, group, symbols, locales in generated_rows("territories.tsv")
    })


@functools.cache
def point_grouped() -> frozenset[str]:
    """The currencies every country of which groups thousands with a point, and with nothing
    else, in every locale CLDR has for it: CLP, ARS, COP, UYU, DKK, IDR...; not USD (the US
    groups with a comma, Ecuador with a point), nor CAD (a comma in English, a space in French)."""
    marks: dict[str, set[str]] = {}
    for row in _territories().values():
        marks.setdefault(row.currency, set()).update(row.group)
    return frozenset(currency for currency, used in marks.items() if used == {"point"})


@functools.cache
def _ambiguous_markers() -> Mapping[str, tuple[frozenset[str], frozenset[str]]]:
    """Every marker the tables read as several currencies -> (those currencies, the languages
    whose packs write it as a name; none for a sign): "$", "kr", "Rs" on either side of the
    number, "dollars", "pesos"; and 元, 块 and 塊, which the place of a Chinese text reads as the
    renminbi or a local dollar."""
    t = tables()
    found: dict[str, tuple[set[str], set[str]]] = {}
    for table in (t.prefix, t.suffix, t.names):
        for text, marker in table.items():
            if marker.ambiguous:
                found.setdefault(text, (set(), set()))[0].update(marker.codes)
    for text in YUAN_MARKERS:
        found.setdefault(text, (set(), set()))[0].update(YUAN_CODES)
    written = [(pack.code, name.text) for pack in languages().values() for name in pack.names]
    written += [(lang, name) for lang, name, _code in generated_rows("names.tsv")]  # CLDR's names
    for lang, name in written:
        if name.lower() in found and name not in YUAN_MARKERS:
            found[name.lower()][1].add(lang.partition("_")[0])
    return MappingProxyType({text: (frozenset(codes), frozenset(langs)) for text, (codes, langs) in found.items()})


def _writes(row: _Territory, text: str, codes: frozenset[str], names_of: frozenset[str]) -> bool:
    """Whether a country (``row``) writes the ambiguous marker ``text`` (of ``codes``, a name of
    the languages ``names_of``) for its money: a symbol its own locales give it ("$" of the
    Chilean peso, "kr." of the Danish krone), a sign that can mean it ("$" of the Canadian dollar,
    "Rs" of the Pakistani rupee), a name of it in one of its languages or in English, which shops
    write everywhere ("pesos" in Chile, "dollars" in Canada; not "डॉलर", a Hindi name), and 元
    where it is one of the moneys a 元 is."""
    if text in row.symbols:
        return True
    if row.currency not in codes:
        return False
    return not names_of or not names_of.isdisjoint(row.languages | {"en"}) or text in YUAN_MARKERS


def _host(address: str) -> str | None:
    """The host name of ``address`` in lower case and ASCII (IDNA), without its final dot; None
    for an IP address (no country).  :class:`WebAddressError` when there is none."""
    if not isinstance(address, str):
        raise TypeError(f"address must be a str, got {type(address).__name__}")
    text = address.strip()
    if not text or any(ch.isspace() for ch in text):
        raise WebAddressError(address, "empty" if not text else "a space inside")
    try:
        parts = urlsplit(text if "//" in text else "//" + text)  # a bare host: "www.paris.cl/path"
        host, _port = parts.hostname, parts.port
    except ValueError as error:
        raise WebAddressError(address, str(error)) from None
    if not host:
        raise WebAddressError(address, "no host")
    host = host[:-1] if host.endswith(".") else host
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return None
    try:
        labels = [label.encode("idna").decode("ascii") if not label.isascii() else label for label in host.split(".")]
    except UnicodeError:
        raise WebAddressError(address, "a label that no host name holds") from None
    bad = next((label for label in labels if not _LABEL.fullmatch(label)), None)
    if bad is not None:
        raise WebAddressError(address, "an empty label" if not bad else f"a label that no host name holds: {bad!r}")
    return ".".join(labels)


def country_of_address(address: str) -> str | None:
    """The ISO 3166 code of the country whose code ends the host name of ``address`` (a URL, or
    a host with or without a path): ``"CL"`` for ``https://www.paris.cl/...``, ``"TW"`` for
    ``shop.example.com.tw``, ``"GB"`` for ``.uk``; None for a generic domain (``.com``, ``.shop``),
    a country code sold worldwide as a name of its own (``.co``, ``.io``, ``.tv``; but
    ``tienda.com.co`` is Colombian), a code of no country, and an IP address.
    :class:`WebAddressError` for a value that is no web address."""
    host = _host(address)
    if host is None or "." not in host:
        return None
    rest, _, top = host.rpartition(".")
    if len(top) != 2:
        return None
    if top in _GENERIC_COUNTRY_DOMAINS and rest.rpartition(".")[2] not in _NATIONAL_SECOND:
        return None
    country = _DOMAIN_COUNTRIES.get(top, top.upper())
    return country if country in _territories() else None


def assume_for_address(address: str) -> dict[str, str]:
    """The ``assume`` mapping of :func:`moneyparse.extract` that the address of a web page
    implies: the money of the country whose code ends its host name (:func:`country_of_address`),
    for every ambiguous marker that can mean it.

    >>> assume_for_address("https://www.paris.cl/zapatillas")["$"]
    'CLP'
    >>> assume_for_address("www.olx.com.pk")["Rs"], assume_for_address("pcstore.com.tw")["元"]
    ('PKR', 'TWD')
    >>> assume_for_address("https://www.amazon.com/dp/B0")
    {}

    ``{}`` where the host names no country (a generic domain, ``.com``, ``.net``, ``.shop``, a
    country code sold as a name of its own, ``.co``, ``.io``, ``.tv``; an IP address) or where
    CLDR gives its country no money: then the text alone decides.  The mapping always passes
    :func:`moneyparse.extract`'s own check of ``assume``.

    Only the host is read, never the path: ``www.zara.com/ar/`` is Argentina's page of a shop
    whose domain is generic, but a path is each site's own scheme (``/ar/`` may as well be the
    Arabic pages, ``/es/`` the Spanish pages of a shop in the US), and a wrong currency is worse
    than none.  Raises :class:`~moneyparse.errors.WebAddressError` (a ``ValueError`` carrying the
    value) for a value that is no web address, ``TypeError`` for anything but a ``str``.
    """
    country = country_of_address(address)
    if country is None:
        return {}
    row = _territories()[country]
    return {
        text: row.currency
        for text, (codes, names_of) in sorted(_ambiguous_markers().items()) if _writes(row, text, codes, names_of)
    }
