"""Numbers spelled in words -> exact ``Decimal`` plus the place value of the last spoken digit.

* spelled English numbers: ``twenty``, ``a``, ``half a``, ``forty-five``, ``one hundred and five``;
* numbers spelled in French, Spanish, Portuguese, Italian, German, Dutch, Swedish and Turkish,
  set apart or glued: ``cinq millions``, ``un mil millones``, ``achtundsiebzig``, ``quarantacinque``;
  and in Hindi, with its fractions: ``पांच मिलियन``, ``साढ़े छः लाख``;
* in all of these, a decimal mark spoken as a word: ``two point five billion``, ``zwei Komma
  null fünf``, ``cinco coma cincuenta``, ``बाईस दशमलव शून्य पाँच``.

The words of every language, English too, are in its pack (``moneyparse/data/lang``), read into
:class:`~moneyparse.number_words.Numbers` records.  Both parsers return a
:class:`~moneyparse.numbers.Numeral`, never going through ``float``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from moneyparse.lexicon import language, words
from moneyparse.number_words import ADD, HALF, HUNDRED, POINT, POWER, QUARTER, ZERO, Numbers
from moneyparse.numbers import Numeral, _last_digit

__all__ = ["NUMBER_WORDS", "parse_spelled", "parse_words"]


#: How English spells numbers (the English pack): its counts with the articles that count one
#: ("a million"), its multipliers (hundred, and the powers of ten), its fractions ("half a
#: million"), and those said after "and" ("two and a half billion", "a million and three quarters").
_ENGLISH: Numbers = language("en").numbers  # type: ignore[assignment]
_UNITS = {**{w: v for w, (kind, v) in _ENGLISH.pieces.items() if kind == ADD}, **dict.fromkeys(_ENGLISH.articles, 1)}
_MULTIPLIERS = {w: v for w, (kind, v) in _ENGLISH.pieces.items() if kind in (HUNDRED, POWER)}
_FRACTIONS = dict(_ENGLISH.fractions)
_AND_FRACTIONS = dict(_ENGLISH.and_fractions)
#: "and" between a multiplier and the rest ("one hundred and five"), "point" before a decimal
#: spoken digit by digit, "dozen", and the counts that are zero.
_AND = frozenset(_ENGLISH.joiners)
_POINTS = frozenset(_ENGLISH.words_of(POINT))
_DOZENS = frozenset(_ENGLISH.dozens)
_ZEROES = frozenset(w for w, v in _UNITS.items() if v == 0)
#: The word that a fraction may take before what it is a fraction of: "three quarters of a million".
_OF = "of"
#: A fraction written with a slash after a count in digits: "2 1/2 million".
_SLASH_FRACTION = re.compile(r"[0-9]/[0-9]")

#: The digits spoken one by one after "point": "two point five o six" is 2.506.
_DIGIT_WORDS = {
    **{w: str(v) for w, v in _UNITS.items() if v < 10 and w not in _ENGLISH.articles},
    **{w: str(v) for w, v in _ENGLISH.spoken_digits.items()},
}

#: Every word :func:`parse_words` understands, for building scan patterns.
NUMBER_WORDS: tuple[str, ...] = (
    *_UNITS, *_MULTIPLIERS, *_FRACTIONS, *_DOZENS, *_POINTS, *_ENGLISH.spoken_digits, _OF,
)


def _with_point(words: list[str], phrase: str) -> Numeral:
    """The English number of ``words``, one of which is "point": a whole number before it, digits
    spoken one by one after it, and the multipliers that scale the whole ("two point five
    billion" is 2,500,000,000; its last digit stands for hundreds of millions)."""
    at = next(i for i, w in enumerate(words) if w in _POINTS)
    digits_end = len(words)
    while digits_end > at + 1 and words[digits_end - 1] in _MULTIPLIERS and _MULTIPLIERS[words[digits_end - 1]] != 2:
        digits_end -= 1
    spoken = [_DIGIT_WORDS.get(w) for w in words[at + 1 : digits_end]]
    scales = [_MULTIPLIERS[w] for w in words[digits_end:]]
    if at == 0 or not spoken or None in spoken or scales != sorted(set(scales)):
        raise ValueError(f"not a spelled number: {phrase!r}")
    whole = parse_words(" ".join(words[:at])).value
    if whole != whole.to_integral_value():
        raise ValueError(f"not a spelled number: {phrase!r}")  # "half a point five"
    return _decimal(int(whole), "".join(spoken), sum(scales))  # type: ignore[arg-type]


def _decimal(whole: int, fraction: str, power: int) -> Numeral:
    """The number ``whole`` point ``fraction`` (its digits after the mark) times ten to ``power``;
    its exponent is that of the last digit spoken."""
    exponent = power - len(fraction)
    value = Decimal(f"{whole}{fraction}E{exponent}")
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return Numeral(value, exponent)


class _Count:
    """An English number while its words are read: what was said in full (``total``), the group
    below the last power said (``group``, ``pending`` when a count stands in it), a fraction
    waiting for what it is a fraction of, and the exponent of the last multiplier."""

    __slots__ = ("total", "group", "fraction", "last_exp", "pending")

    def __init__(self) -> None:
        self.total = Decimal(0)
        self.group = Decimal(0)
        self.fraction: Decimal | None = None
        self.last_exp = 0
        self.pending = False

    def and_fraction(self, added: Decimal) -> bool:
        """Add what "and" says ("two and a half billion", "a million and a half"); False when it
        cannot stand here."""
        if self.pending and self.fraction is None:
            self.group += added  # "two and a half billion": the count grows by the fraction
        elif self.total and not self.group and self.fraction is None:
            self.total += added.scaleb(self.last_exp)  # "a million and a half": of the last multiplier
        else:
            return False
        return True

    def unit(self, word: str) -> bool:
        """Add a count ("twenty", "five", "a"); False after a count it cannot follow ("five six")."""
        if word in _ENGLISH.articles and self.fraction is not None:
            return True  # "half a million": the article belongs to the fraction
        low = self.group % 100
        if self.pending and not (low == 0 or (low % 10 == 0 and low >= 20 and _UNITS[word] < 10)):
            return False  # "five six", "twenty thirty"
        self.group += _UNITS[word]
        self.pending = True
        self.last_exp = 0
        return True

    def multiplier(self, word: str) -> None:
        """Multiply by a hundred ("five hundred") or a power ("twenty million", "half a million")."""
        exp = _MULTIPLIERS[word]
        base = self.group if self.pending else Decimal(1)
        if self.fraction is not None:
            base = base * self.fraction if self.pending else self.fraction
            self.fraction = None
        if exp == 2:
            self.group = base * 100
            self.last_exp = 2
            return
        below = self.total % Decimal(1).scaleb(exp)
        if below:
            # a power after a smaller one multiplies all said since the last larger power, as
            # British English says a billion: "two thousand million" is 2,000,000,000,
            # "six thousand three hundred million" 6,300,000,000
            if below != self.total:
                raise ValueError(f"not a spelled number: a {word!r} after a larger power")
            self.total = (below + (base if self.pending else 0)).scaleb(exp)
        else:
            self.total += base.scaleb(exp)
        self.group = Decimal(0)
        self.pending = False
        self.last_exp = exp

    def numeral(self, words: list[str], phrase: str) -> Numeral:
        """The number said, its exponent that of the last multiplier, or finer where the value
        needs it."""
        if self.fraction is not None:
            self.group = (self.group if self.pending else Decimal(1)) * self.fraction
            self.pending = True
        value = self.total + self.group
        if value == 0 and _ZEROES.isdisjoint(words):
            raise ValueError(f"not a spelled number: {phrase!r}")
        # "half a million" is 500,000: its last digit stands for hundreds of thousands
        exponent = self.last_exp if value == 0 else min(self.last_exp, _last_digit(value))
        if value == value.to_integral_value():
            value = value.quantize(Decimal(1))
        return Numeral(value, exponent)


@functools.lru_cache(maxsize=4096)
def parse_words(phrase: str) -> Numeral:
    """Read a spelled English number: ``twenty``, ``a billion``, ``half a million``, ``forty-five``,
    fractions that scale or add (``three quarters of a million``, ``two and a half billion``,
    ``a million and a half``), and a decimal spoken digit by digit: ``two point five billion``,
    ``twenty point five o six``.

    The exponent is that of the last multiplier applied (``twenty million`` -> 6), so that the
    quoted precision of a spelled amount is its smallest spoken unit, or finer where the value
    needs it (``two and a half billion`` -> 8); after "point", that of the last digit spoken,
    scaled (``two point five billion`` -> 8).
    Raises ``ValueError`` when a word is not a number word.
    """
    words = [w for w in re.split(r"[\s\-]+", phrase.lower().strip()) if w]
    if not [w for w in words if w not in _AND]:
        raise ValueError(f"not a spelled number: {phrase!r}")
    if not _POINTS.isdisjoint(words):
        return _with_point([w for w in words if w not in _AND], phrase)
    count = _Count()
    at = 0
    while at < len(words):
        word = words[at]
        at += 1
        if word in _AND:
            added = _AND_FRACTIONS.get((words[at], words[at + 1])) if at + 1 < len(words) else None
            if added is None:
                if at < 2 or words[at - 2] not in _MULTIPLIERS:
                    # "one hundred and five", "two thousand and ten"; "five and six" are two numbers
                    raise ValueError(f"not a spelled number: {phrase!r}")
                continue
            at += 2
            if not count.and_fraction(added):
                raise ValueError(f"not a spelled number: {phrase!r}")
        elif word in _FRACTIONS:
            count.fraction = _FRACTIONS[word]
        elif word == _OF and count.fraction is not None:
            continue  # "three quarters of a million"
        elif word in _DOZENS:
            count.group = (count.group if count.pending else Decimal(1)) * 12  # "a dozen" is 12, "two dozen" 24
            count.pending, count.last_exp = True, 0
        elif word.isascii() and word.isdigit() and at == 1 and len(word) <= 3:
            count.group, count.pending = Decimal(word), True  # a count in digits first: "3 and a half million"
        elif at == 2 and count.pending and _SLASH_FRACTION.fullmatch(word):
            above, below = int(word[0]), int(word[2])
            if below not in (2, 4, 8) or not 0 < above < below:
                raise ValueError(f"not a spelled number: {phrase!r}")  # "1/3" has no exact decimal
            count.group += Decimal(above) / below  # "2 1/2 million", "2 5/8 million"
        elif word in _UNITS:
            if not count.unit(word):
                raise ValueError(f"not a spelled number: {phrase!r}")
        elif word in _MULTIPLIERS:
            count.multiplier(word)
        else:
            raise ValueError(f"not a number word {word!r} in {phrase!r}")
    return count.numeral(words, phrase)


# --------------------------------------------------------------------------------------------
# Spelled numbers of the other languages the scanner reads: French, Spanish, Portuguese,
# Italian, German, Dutch, Swedish, Turkish and Hindi.  A phrase is cut into the pieces of its
# language's lexicon (moneyparse.number_words), longest piece first, and the pieces are summed and
# multiplied as the spoken number says.
# --------------------------------------------------------------------------------------------

#: The longest word :func:`parse_spelled` cuts into pieces: a glued number below a million
#: has at most 72 letters ("siebenhundertsiebenundsiebzigtausendsiebenhundertsiebenundsiebzig"
#: has 65), and a word longer than this is no number.
_MAX_WORD = 100

_SEPARATOR = re.compile(r"\s+")

#: How each language but English spells numbers (its pack), by code, in the order they are tried.
_SPELLINGS = words().spellings
#: The kinds of pieces, bound once.
_ADD, _HUNDRED, _POWER, _QUARTER, _POINT, _ZERO, _HALF = ADD, HUNDRED, POWER, QUARTER, POINT, ZERO, HALF


@functools.cache
def _cutters(lang: str) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """What a word of ``lang`` is cut into (its pieces, its glued joiners, its other joiners and
    the hyphen) by first letter, longest first, and which joiners stand only between hyphens."""
    numbers = _SPELLINGS[lang]
    pieces, joiners, glued = numbers.pieces, numbers.joiners, set(numbers.glued_joiners)
    by_first: dict[str, list[str]] = {}
    for word in sorted(set(pieces) | set(joiners) | {"-"}, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(word)
    return {first: tuple(words) for first, words in by_first.items()}, frozenset(set(joiners) - glued)


@functools.lru_cache(maxsize=8192)
def _cut(word: str, lang: str) -> tuple[str, ...] | None:
    """``word`` cut into pieces and joiners of ``lang``, preferring longer pieces first but going
    back to a shorter one where a longer one leaves a rest that cannot be cut ("cento|tto" fails,
    "cent|otto" is 108); None when there is no way.  Which rests can be cut is worked out once,
    from the end, so the time is linear in the word whatever its pieces ("undiciotto" is both
    "un|diciotto" and "undici|otto")."""
    by_first, hyphened = _cutters(lang)
    size = len(word)
    # choice[i]: the piece a cut of word[i:] begins with (None: word[i:] cannot be cut)
    choice: list[str | None] = [None] * (size + 1)
    ends = [False] * (size + 1)
    ends[size] = True
    for at in range(size - 1, -1, -1):
        for piece in by_first.get(word[at], ()):
            end = at + len(piece)
            if end <= size and ends[end] and word.startswith(piece, at):
                choice[at], ends[at] = piece, True
                break
    if not ends[0]:
        return None
    cut: list[str] = []
    at = 0
    while at < size:
        chosen = choice[at]
        assert chosen is not None
        cut.append(chosen)
        at += len(chosen)
    for i, piece in enumerate(cut):
        # "vingt-et-un": a joiner of words stands inside a word only between hyphens
        if piece in hyphened and len(cut) > 1 and not (0 < i < len(cut) - 1 and cut[i - 1] == cut[i + 1] == "-"):
            return None
    return tuple(cut)


def _add(current: int, value: int, numbers: Numbers, joined: bool) -> int | None:
    """``current`` (what is below a thousand so far) with ``value`` added, None when the two
    cannot stand together in a spoken number of the language of ``numbers`` ("zwei drei", "vingt
    trente", "diez cinco"); ``joined`` tells that a joiner stood just before ``value``
    ("acht|und|siebzig")."""
    if value >= 100:
        return current + value if current == 0 else None  # "doscientos" opens a group
    if joined and numbers.joined_only and value not in numbers.joined_only:
        return None  # French joins with "et" only "un" and "onze": "vingt et un", "soixante et onze"
    low = current % 100
    if (
        low == 0
        or (low % 10 == 0 and low >= 20 and value < 10)  # "vingt-cinq", "quarantacinque", "trenta e uno"
        # units after other tens: "dix-sept", "soixante-dix-huit", Turkish "on bir"
        or (low in numbers.units_after and value < 10)
        or (low in numbers.teens_after and 10 <= value < 20)  # "soixante-dix", "quatre-vingt-onze"
        # units before tens, joined: "achtundsiebzig", "vijfenveertig"
        or (joined and numbers.glued_joiners and 0 < low < 10 and value % 10 == 0 and 20 <= value < 100)
    ):
        return current + value
    return None


def _power(parts: list[tuple[Any, int]], current: Any, exponent: int) -> bool:
    """Apply a power of ten to what was said: it multiplies ``current`` and every part of a smaller
    power since a larger one ("mil millones" is 10^9, "दो लाख करोड़" 2 × 10^12), and the product
    joins ``parts`` (value, exponent; largest first).  False when the phrase says no number: the
    same power twice ("mille mille"), or a million or more of nothing ("millions d'euros")."""
    base = current
    while parts and parts[-1][1] < exponent:
        base += parts.pop()[0]
    if parts and parts[-1][1] == exponent:
        return False
    if base == 0 and exponent >= 6:
        return False
    parts.append(((base or 1) * 10**exponent, exponent))
    return True


def _read_spelled(said: list[str], lang: str) -> Numeral | None:
    """The number that ``said`` (pieces and joiners of ``lang``, in order) says, or None."""
    numbers = _SPELLINGS[lang]
    lexicon, joiners = numbers.pieces, numbers.joiners
    kinds = [lexicon[word][0] if word in lexicon else None for word in said]
    if _POINT in kinds or _ZERO in kinds:
        return _read_decimal(said, kinds, lang)
    if numbers.grammar == "counts":
        return _read_counts(said, lexicon)
    if _HALF in kinds:
        return _read_halves(said, kinds, lang)
    parts: list[tuple[int, int]] = []  # (value, exponent of the power that made it), largest first
    current = 0  # what was said since the last power
    last_exp = 0
    joined = False
    for word in said:
        if word in joiners:  # no joiner is also a piece
            joined = True
            continue
        kind, value = lexicon[word]
        if kind == _ADD:
            added = _add(current, value, numbers, joined)
            if added is None:
                return None
            current = added
            last_exp = 2 if value % 100 == 0 else 0  # "duzentos" ends on its hundreds
        elif kind == _HUNDRED:
            if current >= 20 or current == 10:
                # hundreds of one digit or of eleven to nineteen ("zwölfhundert", "dix-neuf
                # cents"); "quarantacinque cent" is no number
                return None
            current, last_exp = (current or 1) * 100, 2
        else:
            if not _power(parts, current, value):  # "mil millones" is 10^9
                return None
            current, last_exp = 0, value
        joined = False
    total = sum(v for v, _ in parts) + current
    if total == 0:
        return None
    return Numeral(Decimal(total), last_exp)


def _read_halves(said: list[str], kinds: list[int | None], lang: str) -> Numeral | None:
    """The number of ``said`` (of ``kinds``, None for a joiner) with a half in it, or None.

    * a half alone, or after an article, halves the powers after it: "medio millón", "eine halbe
      Million", "un demi-million" are 500,000;
    * after a joiner, a half adds to what was said: half the power just said ("un milliard et
      demi", "un millón y medio" are 1.5 × 10^9 and 1.5 × 10^6), or half a unit to the count
      before the powers ("två och en halv miljon", "tweeënhalf miljoen" are 2.5 × 10^6);
    * some halves add to the count before them unjoined: "bir buçuk milyon", "zweieinhalb
      Millionen"; and "anderthalb", "anderhalf" are one and a half.

    Only powers follow a half, and a half ends the number.
    """
    lexicon = _SPELLINGS[lang].pieces
    if kinds.count(_HALF) != 1:
        return None
    at = kinds.index(_HALF)
    kind = lexicon[said[at]][1]
    if any(k != _POWER for k in kinds[at + 1 :]):
        return None  # "medio millón", "anderthalb Millionen": only powers after a half
    scales = [lexicon[word][1] for word in said[at + 1 :]]
    if scales != sorted(set(scales)):
        return None
    power = sum(scales)
    before = said[:at]
    if kind == 1 and before and kinds[at - 1] == _ADD and lexicon[before[-1]][1] == 1:
        before = before[:-1]  # the article of the half: "eine halbe", "och en halv", "un demi"
    if kind == 3 or (kind == 1 and not before):
        if before or (kind == 1 and not scales):
            return None  # "zwei anderthalb", a half of nothing
        return _halved(Decimal("1.5") if kind == 3 else Decimal("0.5"), power)
    if kind == 1:
        if kinds[len(before) - 1] is not None:
            return None  # "zwei halbe Millionen": no joiner before the half
        before = before[:-1]
    if not before or kinds[len(before) - 1] is None:
        return None
    whole = _read_spelled(before, lang)
    if whole is None or whole.value != whole.value.to_integral_value():
        return None
    last_kind, last_value = lexicon[before[-1]]
    if last_kind == _POWER:
        if scales:
            return None  # "un milliard et demi millions"
        return _halved(whole.value + Decimal("0.5").scaleb(last_value), 0)  # "un millón y medio"
    if whole.value >= 1000 and scales:
        return None  # "tausendeinhalb Millionen"
    return _halved(whole.value + Decimal("0.5"), power)  # "bir buçuk milyon", "två och en halv miljon"


def _halved(count: Decimal, power: int) -> Numeral:
    """``count`` (a number with a half in it) times ten to ``power``, its exponent that of its
    last digit."""
    value = count.scaleb(power)
    exponent = _last_digit(value)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return Numeral(value, exponent)


def _read_decimal(said: list[str], kinds: list[int | None], lang: str) -> Numeral | None:
    """The number of ``said`` (of ``kinds``, None for a joiner) with its decimal mark spoken: a
    whole number or zero before the mark; after it the digits one by one ("zwölf Komma null fünf"
    is 12.05) or one number that is written as they are ("cinco coma cincuenta" is 5.50,
    "tjugo komma femhundrasex" 20.506); then the powers that scale the whole ("deux virgule cinq
    milliards" is 2.5 × 10^9).  None when they say no number."""
    lexicon = _SPELLINGS[lang].pieces
    if kinds.count(_POINT) != 1:
        return None
    at = kinds.index(_POINT)
    end = len(said)
    while end > at + 1 and kinds[end - 1] == _POWER:
        end -= 1
    scales = [lexicon[word][1] for word in said[end:]]
    if at == 0 or end == at + 1 or scales != sorted(set(scales)):
        return None
    if kinds[:at] == [_ZERO]:
        whole = 0
    else:
        numeral = None if _ZERO in kinds[:at] else _read_spelled(said[:at], lang)
        if numeral is None or numeral.value != numeral.value.to_integral_value():
            return None  # "zwei null Komma fünf", "साढ़े सात दशमलव पाँच"
        whole = int(numeral.value)
    after = said[at + 1 : end]
    if all(kind == _ZERO or (kind == _ADD and lexicon[word][1] < 10) for word, kind in zip(after, kinds[at + 1 : end])):
        fraction = "".join("0" if lexicon[word][0] == _ZERO else str(lexicon[word][1]) for word in after)
    else:
        if _POWER in kinds[at + 1 : end] or _ZERO in kinds[at + 1 : end]:
            return None  # "cinq virgule deux mille six", "komma zwanzig null"
        numeral = _read_spelled(after, lang)
        if numeral is None or numeral.value != numeral.value.to_integral_value():
            return None
        fraction = str(int(numeral.value))
    return _decimal(whole, fraction, sum(scales))


def _read_counts(said: list[str], lexicon: Mapping[str, tuple[int, int]]) -> Numeral | None:
    """The number that ``said`` (pieces of ``lexicon``, in order) says in a language whose every
    count below a hundred is one word, with fractions in quarters (Hindi), or None.

    In Hindi, a count is one word below a hundred, or डेढ़ (1½) or ढाई (2½); साढ़े, सवा and पौने change the
    count after them ("साढ़े सात" is 7.5, "पौने दो लाख" 175,000) or, alone, one ("सवा सौ" is 125).
    "सौ" multiplies a count up to ninety-nine ("इक्यानबे सौ" is 9,100), and a power what was said
    since a larger one ("दो लाख करोड़" is 2 × 10^12).
    """
    parts: list[tuple[Decimal, int]] = []  # (value, exponent of the power that made it), largest first
    current = Decimal(0)  # what was said since the last power
    counted = False  # the last word was a count
    quarters = 0  # a fraction waiting for its count
    last_exp = 0
    for word in said:
        kind, value = lexicon[word]
        if kind == _QUARTER and value < 4:
            if quarters or counted:
                return None  # "साढ़े सवा", "सात साढ़े"
            quarters = value
            continue
        if kind in (_ADD, _QUARTER):
            if counted or current % 100 or (quarters and kind == _QUARTER):
                return None  # two counts ("बीस पाँच", "साढ़े डेढ़"), or a count after 750
            current += (Decimal(value) if kind == _ADD else Decimal(value) / 4) + Decimal(quarters) / 4
            counted, quarters, last_exp = True, 0, 0
            continue
        if quarters:
            if current:
                return None  # "दो सौ सवा लाख"
            # "सवा सौ", "सवा लाख": a fraction alone stands on one
            current, counted, quarters = 1 + Decimal(quarters) / 4, True, 0
        if kind == _HUNDRED:
            if current >= 100 or (current and not counted):
                return None  # "दो सौ सौ", "सौ सौ"
            current, counted, last_exp = (current or Decimal(1)) * 100, False, 2
            continue
        if not _power(parts, current, value):  # "दो लाख करोड़" is 2 × 10^12
            return None
        current, counted, last_exp = Decimal(0), False, value
    if quarters:
        return None  # a fraction of nothing: "सात साढ़े"
    total = sum((v for v, _ in parts), Decimal(0)) + current
    if total <= 0:
        return None
    # "साढ़े सात" is 7.5 and "साढ़े सात सौ" 750: the exponent is no coarser than the value's last digit
    exponent = min(last_exp, _last_digit(total))
    if total == total.to_integral_value():
        total = total.quantize(Decimal(1))
    return Numeral(total, exponent)


def _lower(phrase: str, numbers: Numbers) -> str:
    """``phrase`` in lower case as the language of ``numbers`` writes it: Turkish "ALTI" is
    "altı", "İKİ" is "iki"."""
    for letter, lower in numbers.lower.items():
        phrase = phrase.replace(letter, lower)
    return phrase.lower().replace("i\u0307", "i").strip()


@functools.lru_cache(maxsize=4096)
def _spelled_in(phrase: str, lang: str | None) -> Numeral | None:
    """:func:`parse_spelled`, None where it raises (a failure is cached as well as a number)."""
    for code in (lang,) if lang is not None else tuple(_SPELLINGS):
        numbers = _SPELLINGS[code]
        lexicon = numbers.pieces
        said: list[str] = []
        for word in _SEPARATOR.split(_lower(phrase, numbers)):
            cut: tuple[str, ...] | None
            if numbers.grammar == "counts":
                cut = (word,) if word in lexicon else None  # Hindi glues no pieces
            else:
                cut = _cut(word, code) if word and len(word) <= _MAX_WORD else None
                if cut is not None and len(cut) > 1 and any(lexicon.get(p, (_ADD,))[0] in (_POINT, _ZERO) for p in cut):
                    cut = None  # a decimal mark or a zero is a word of its own: "zweikommafünf" is none
            if cut is None:
                break  # a word that is not of this language
            said += [piece for piece in cut if piece != "-"]  # "quatre-vingt-un": hyphens part pieces
        else:
            if not said or said[0] not in lexicon or said[-1] not in lexicon:
                continue  # a joiner begins or ends it: "und zwanzig"
            numeral = _read_spelled(said, code)
            if numeral is not None:
                return numeral
    return None


def parse_spelled(phrase: str, lang: str | None = None) -> Numeral:
    """Read a number spelled in French, Spanish, Portuguese, Italian, German, Dutch, Swedish,
    Turkish or Hindi: ``cinq millions``, ``un mil millones``, ``três mil``, ``quarantacinque``,
    ``achtundsiebzig``, ``vijfenveertig``, ``fyrtiofem``, ``beş milyon``, ``साढ़े छः लाख``, and
    decimals with the mark spoken: ``zwei Komma fünf Millionen``, ``deux virgule zéro cinq``.

    ``lang`` is the code of a language whose pack spells numbers, but English ("fr", "es", "pt",
    "it", "de", "nl", "sv", "tr", "hi"); with None, each is tried in the order of the codes and the
    first to read the whole phrase is taken (they agree wherever two share a word).  The exponent
    is that of the last power of ten spoken, as in :func:`parse_words`, or after a decimal mark
    that of the last digit, scaled.
    Raises ``ValueError`` when no language reads the phrase.
    """
    if lang is not None and lang not in _SPELLINGS:
        raise ValueError(f"no spelled numbers known for language {lang!r}")
    numeral = _spelled_in(phrase, lang)
    if numeral is None:
        raise ValueError(f"not a spelled number: {phrase!r}")
    return numeral
