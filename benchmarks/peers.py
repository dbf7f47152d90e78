"""Adapters that run the peer libraries and the bare-regex floor, giving :class:`Prediction` lists.

The peers come from the optional ``bench`` extra; each adapter imports its library on first call.
Where a peer answers with floats (quantulum3), the value goes to ``Decimal`` through its
shortest ``repr`` string, never through ``Decimal(float)``.  Where a peer only names a unit or a
symbol, its answer is credited with every currency that name or symbol may mean.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from benchmarks import Prediction
from benchmarks.units import resolve_unit

__all__ = [
    "FLOOR_PATTERN",
    "PEERS",
    "floor_count",
    "floor_regex",
    "price_parser_sentences",
    "quantulum3_currency",
    "recognizers_currency",
]

#: The floor: a bare one-regex scan for a currency symbol followed by a number and a scale word.
FLOOR_PATTERN = r"[$€£¥₹]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m)\b)?"


@functools.cache
def floor_regex() -> re.Pattern[str]:
    """The compiled floor pattern (Python ``re``)."""
    return re.compile(FLOOR_PATTERN)


def floor_count(text: str) -> int:
    """How many matches the floor pattern finds in ``text`` (what the throughput floor times)."""
    count = 0
    for _ in floor_regex().finditer(text):
        count += 1
    return count


def _decimal(value: object) -> Decimal | None:
    if value is None:
        return None
    try:
        if isinstance(value, float):
            return Decimal(repr(value))
        # Recognizers writes a decimal comma in the Romance cultures ("2,75") and never groups.
        return Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        return None


@functools.cache
def _recognizer(culture: str) -> object:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from recognizers_number_with_unit import NumberWithUnitRecognizer

    return NumberWithUnitRecognizer(culture).get_currency_model()


def recognizers_currency(text: str, culture: str = "en-us") -> list[Prediction]:
    """Recognizers-Text's currency model (``recognizers-text-suite``); its ``end`` is inclusive."""
    model = _recognizer(culture)
    predictions: list[Prediction] = []
    for result in model.parse(text):  # type: ignore[attr-defined]
        resolution = result.resolution or {}
        iso = resolution.get("isoCurrency")
        unit = resolution.get("unit") or ""
        if iso:
            codes = frozenset({iso})
        else:
            allowed = resolve_unit(unit).codes if unit else None
            codes = allowed if allowed is not None else frozenset()
        amount = _decimal(resolution.get("value"))
        reading = resolve_unit(unit) if unit else None
        if amount is not None and reading is not None and reading.divisor != 1:
            amount = amount / reading.divisor
        predictions.append(
            Prediction(start=result.start, end=result.end + 1, amount=amount, currencies=codes, text=result.text)
        )
    return predictions


def quantulum3_currency(text: str) -> list[Prediction]:
    """quantulum3's quantities whose unit is a currency."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        quantities = parser.parse(text)
    predictions: list[Prediction] = []
    for quantity in quantities:
        unit = quantity.unit
        if getattr(unit.entity, "name", "") != "currency":
            continue
        code = getattr(unit, "currency_code", None)
        codes = frozenset({code}) if code else (resolve_unit(unit.name).codes or frozenset())
        start, end = quantity.span
        predictions.append(
            Prediction(start=start, end=end, amount=_decimal(quantity.value), currencies=codes, text=quantity.surface)
        )
    return predictions


# price-parser reports the currency as written; the codes each common marker may mean.
_MARKERS: dict[str, frozenset[str]] = {
    "$": frozenset({"USD"}),
    "US$": frozenset({"USD"}),
    "€": frozenset({"EUR"}),
    "£": frozenset({"GBP"}),
    "¥": frozenset({"CNY", "JPY"}),
    "￥": frozenset({"CNY", "JPY"}),
    "RMB": frozenset({"CNY"}),
    "₹": frozenset({"INR"}),
}
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+(?=\s|$)|\n|$)|[^\n]+")


def price_parser_sentences(text: str) -> list[Prediction]:
    """price-parser (one price per string) applied to each sentence of ``text``.

    price-parser reads one price out of a short string such as a scraped price tag, so running
    text is cut into sentences first; a sentence gives at most one amount and no offsets.
    """
    from price_parser import Price

    predictions: list[Prediction] = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group(0)
        price = Price.fromstring(sentence)
        if price.amount is None:
            continue
        marker = (price.currency or "").strip()
        codes = _MARKERS.get(marker.upper(), _MARKERS.get(marker, frozenset()))
        if not codes and len(marker) == 3 and marker.isalpha():
            codes = frozenset({marker.upper()})
        predictions.append(
            Prediction(start=-1, end=-1, amount=price.amount, currencies=codes, text=price.amount_text or "")
        )
    return predictions


def _recognizers_english(text: str) -> list[Prediction]:
    return recognizers_currency(text, "en-us")


#: Peer name -> whole-text extractor (used on the seed articles and the throughput sample).
PEERS: dict[str, Callable[[str], list[Prediction]]] = {
    "recognizers-text": _recognizers_english,
    "quantulum3": quantulum3_currency,
    "price-parser": price_parser_sentences,
}
