"""Result types: one frozen, slotted record per concept, raw text kept beside the normalized value."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from moneyed import Money

__all__ = ["Evidence", "Mention", "Pair", "Qualifier"]


class Qualifier(enum.StrEnum):
    """A hedge that changes what an amount means ("more than 380 billion" is a lower bound)."""

    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"


class Evidence(enum.StrEnum):
    """What decided the currency of a mention."""

    MARKER = "marker"  # the marker names one currency only: "Rmb", "€", "USD", "yuan"
    DEFAULT = "default"  # an ambiguous marker with no evidence took its default: "$" -> USD
    CONTEXT = "context"  # a country or currency word near the amount
    DOCUMENT = "document"  # country or currency words elsewhere in the text
    PAIR = "pair"  # the rate implied by a quoted conversion fits one reading only
    ASSUMED = "assumed"  # the caller said what an ambiguous marker means


@dataclass(frozen=True, slots=True)
class Mention:
    """One money phrase found in a text.

    ``text[start:end] == mention.text`` always holds for the text it was found in.
    ``amount`` is exact and has the scale applied (``Rmb72.5bn`` -> ``72500000000``); for a range
    it is the low end and ``high`` the high end.  ``precision`` is the place value of the last
    written digit, scaled (``£8bn`` -> ``1E+9``, ``Rmb72.5bn`` -> ``1E+8``).
    """

    start: int
    end: int
    text: str
    amount: Decimal
    currency: str
    high: Decimal | None = None
    qualifier: Qualifier | None = None
    number_text: str = ""
    marker: str = ""
    scale: int = 0
    precision: Decimal = Decimal(1)
    evidence: Evidence = Evidence.MARKER
    alternatives: tuple[str, ...] = field(default=())

    @property
    def money(self) -> Money:
        """The amount as a py-moneyed ``Money`` (the low end of a range)."""
        from moneyed import Money

        return Money(self.amount, self.currency)

    @property
    def is_range(self) -> bool:
        """True when the phrase gives a range ("$5-6bn")."""
        return self.high is not None

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready dict: amounts as exact strings, enums as their values."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "amount": format(self.amount, "f"),
            "high": None if self.high is None else format(self.high, "f"),
            "currency": self.currency,
            "qualifier": None if self.qualifier is None else self.qualifier.value,
            "number_text": self.number_text,
            "marker": self.marker,
            "scale": self.scale,
            "precision": format(self.precision, "f"),
            "evidence": self.evidence.value,
            "alternatives": list(self.alternatives),
        }

    def __reduce__(self) -> tuple[type[Mention], tuple[object, ...]]:
        # Mentions cross process boundaries in bulk (worker pools, Dask): the field values in
        # order pickle in half the time of the generated slot-by-slot state
        return (
            Mention,
            (self.start, self.end, self.text, self.amount, self.currency, self.high, self.qualifier,
             self.number_text, self.marker, self.scale, self.precision, self.evidence, self.alternatives),
        )


class _Writable:
    """A record of ``Mention``'s slots in the same layout, not frozen: the scanner fills one by
    plain attribute writes, then makes it the ``Mention`` it is (:func:`_mention`)."""

    __slots__ = Mention.__slots__


_new = object.__new__


def _mention(
    start: int, end: int, text: str, amount: Decimal, currency: str, high: Decimal | None,
    qualifier: Qualifier | None, number_text: str, marker: str, scale: int, precision: Decimal,
    evidence: Evidence, alternatives: tuple[str, ...],
) -> Mention:
    """``Mention(...)`` of every field in order, for the scanner's loop.  The generated
    ``__init__`` writes each frozen field through ``object.__setattr__``; writing the slots of a
    twin of the same layout, then giving it its class, costs less than half of that (the class
    of an object may change to one whose slots are the same)."""
    m: Any = _new(_Writable)  # (its slots are Mention's, which the checker cannot see)
    m.start = start
    m.end = end
    m.text = text
    m.amount = amount
    m.currency = currency
    m.high = high
    m.qualifier = qualifier
    m.number_text = number_text
    m.marker = marker
    m.scale = scale
    m.precision = precision
    m.evidence = evidence
    m.alternatives = alternatives
    m.__class__ = Mention
    return m  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class Pair:
    """One amount quoted in two currencies: ``$53 billion (¥380 billion)``.

    ``first`` is the amount as the text gives it first, ``second`` its equivalent.
    ``kind`` says how the text joined them: ``"bracket"``, ``"or"`` or ``"cjk_bracket"``.
    """

    first: Mention
    second: Mention
    kind: str = "bracket"

    @property
    def start(self) -> int:
        """Offset of the first character of the first mention."""
        return self.first.start

    @property
    def end(self) -> int:
        """Offset just past the second mention."""
        return self.second.end

    @property
    def is_conversion(self) -> bool:
        """True when the two amounts are in two currencies; every pair of
        :func:`moneyparse.pairs` is one, a link of :func:`moneyparse.links` in one currency is not."""
        return self.first.currency != self.second.currency
