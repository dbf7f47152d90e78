"""Reading one candidate: a scan match -> a raw candidate with its exact value.

A match is split by the splitter of its :class:`~moneyparse.grammar.Form` (:func:`_split`) and its
pieces read (:func:`_read_span`) once per shape, its spelling with the digits zeroed
(:func:`_reading`); then :func:`_parse_match` reads it in its text: the name read on past the
scan, the rejection filters, the decimal convention, and the exact value with the place of its
last written digit (:class:`_Raw`).  Numbers spelled in words are read, and told from words that
are no amount, by :mod:`moneyparse.spelled_reading`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal

from moneyparse.filter_glue import scale_letter_glued
from moneyparse.filters import Filter, _reject
from moneyparse.grammar import (
    _CJK_NUMERALS,
    _CJK_READ_SET,
    _ELSEWHERE_GAP,
    _HAN_LARGE_UNITS,
    _HANGUL_DIGITS,
    _HANGUL_UNITS,
    _TR_STEM_SET,
    _TR_TAIL,
    _TR_TAIL_FIRSTS,
    MAX_PHRASE,
    Form,
    _compiled,
    _is_hangul,
    _turkish_stem,
    _worded,
)
from moneyparse.han_point import DOTS, number_start
from moneyparse.language import _convention, _needs_lang, _turkish_near
from moneyparse.lexicon import Marker, Tables, tables
from moneyparse.names import _MAX_NAME_CHARS, _longer_name
from moneyparse.numbers import (
    FULLWIDTH,
    DecimalConvention,
    Numeral,
    _dash_decimals_in_doubt,
    _last_digit,
    parse_cjk,
    parse_digits,
    to_decimal,
)
from moneyparse.spelled_reading import (
    _WORD_GAP,
    _broken_off,
    _inside_number,
    _loose_point,
    _not_spelled_money,
    _spelled,
    _spoken_tail,
)


class _Elsewhere:
    """A spelled match split as words of another language and the marker after them, with the
    parts of ``re.Match`` that :func:`_read_span` reads (``m["words"]``, ``m.start("post4")``...)."""

    __slots__ = ("_spans", "_text")

    def __init__(self, text: str, gap: re.Match[str]) -> None:
        self._text = text
        self._spans = {"words": (0, gap.start()), "post4": (gap.end(), len(text))}

    def __getitem__(self, group: str) -> str:
        start, end = self._spans[group]
        return self._text[start:end]

    def span(self, group: str) -> tuple[int, int]:
        return self._spans[group]

    def start(self, group: str) -> int:
        return self._spans[group][0]


def _split_elsewhere(span: str, t: Tables) -> _Elsewhere | None:
    """``span`` split as a number spelled in another language and its marker: the scan found the
    words to be pieces of such numbers, so only where they end is read here, from the last gap
    back ("cinq millions | de | yens"), taking the first split whose words make a number, or else
    the last one whose marker is a marker ("six cents euros" is six hundred, not six cents).
    Written out in Python rather than as a pattern of the pieces: Python's ``re`` tries a long
    alternation one word at a time, and made a text of such words ten times slower."""
    found = None
    # the marker is within the span's last few words: look no further back than a marker is long
    tail = max(0, len(span) - _MAX_NAME_CHARS - 8)
    for gap in reversed([g for g in _ELSEWHERE_GAP.finditer(span, tail) if g.start() > 0 and g.end() < len(span)]):
        if not _valid_post(t, span[gap.end() :]):
            continue
        if gap.start() <= MAX_PHRASE and _spelled(span[: gap.start()], True)[0] is not None:
            return _Elsewhere(span, gap)
        found = found or _Elsewhere(span, gap)
    return found


def _suffixed_marker(t: Tables, marker: str) -> Marker | None:
    """What a Turkish name with a case ending glued to it means ("dolardan" is "dolar"), or None."""
    stem = _turkish_stem(marker)
    return t.marker(stem, after=True) if stem else None


def _scale_of(word: str | None) -> int:
    """Power of ten a scale word stands for ("bn" -> 9, "亿" -> 8)."""
    if not word:
        return 0
    t = tables()
    found = t.scales.get(word)
    if found is not None:
        return found
    squeezed = " ".join(word.split())
    found = t.scales.get(squeezed)
    if found is None:
        found = t.scales_folded.get(squeezed.lower())
    if found is None:
        found = t.scales.get(squeezed.rstrip("."), 0)
    return found


def _numeral(num_text: str, lang: str) -> Numeral:
    """Value of a number as written, digits or CJK."""
    if num_text.isascii() and num_text.isdigit():
        return Numeral(Decimal(int(num_text)), 0)
    plain = num_text.translate(FULLWIDTH)
    if not _CJK_READ_SET.isdisjoint(plain):
        return parse_cjk(plain)
    return parse_digits(plain, lang)


@dataclass(slots=True)
class _Raw:
    """A parsed candidate before currency resolution."""

    start: int
    end: int
    value: Decimal
    high: Decimal | None
    exponent: int  # of the last written digit, scale applied
    number_text: str
    marker: str
    marker_info: Marker
    scale: int
    more: bool = False  # "and more" written inside the phrase: "2000余万元", "3亿多元"
    least: bool = False  # "or more" written inside the phrase: "$50+ billion"
    hedge: str | None = None  # the qualifier of a hedge between a name and its number: "美元约1100万"


def _valid_post(t: Tables, post: str) -> bool:
    """Whether ``post`` can stand after a number as the scan allows (a marker, code or name start)."""
    if post == "p":
        return False  # pence only glued to the number, a form of its own
    if t.marker(post, after=True) is not None:
        return True
    if post.lower() in _first_words() or _suffixed_marker(t, post) is not None:
        return True
    return len(post) == 4 and post[0] in "Mm" and post[1:].upper() in t.currencies


def _valid_pre(t: Tables, pre: str) -> bool:
    """Whether ``pre`` can stand before a number as the scan allows."""
    if t.marker(pre, after=False) is not None or pre.lower() in t.names:
        return True
    return len(pre) == 4 and pre[0] == "M" and pre[1:] in t.currencies


@functools.cache
def _first_words() -> frozenset[str]:
    """First words of every currency name: the part of a name the scan itself matches."""
    return frozenset(n.split()[0] for n in tables().names)


def _split(span: str) -> tuple[Form, re.Match[str]] | None:
    """Which :class:`Form` of the scan ``span`` is and its pieces; the first form, in the scan's
    order, whose marker is real."""
    t = tables()
    splitters = _compiled().splitters
    first = span[:1]
    # Markers never begin with a digit or a CJK numeral, so the first character rules forms out.
    if first.isdigit() or (first == "." and span[1:2].isdigit()):
        # spelled after a count in digits: "3 and a half million"; a number with no whole part
        # before its marker: ".75 €"
        forms: tuple[Form, ...] = (Form.MARKER_AFTER, Form.PENCE, Form.CJK, Form.SPELLED)
    elif first in _CJK_NUMERALS or first in _HANGUL_DIGITS:
        forms = (Form.CJK,)
    else:
        forms = (Form.MARKER_FIRST, Form.SPELLED)
    for form in forms:
        m = splitters[form].fullmatch(span)
        if form == Form.SPELLED and (m is None or not _valid_post(t, m["post4"])):
            # spelled in another language, when English leaves no currency after its words:
            # "six millions de dollars" is not "six" of "millions de dollars"
            m = _split_elsewhere(span, t)  # type: ignore[assignment]
        if m is None:
            continue
        if form == Form.MARKER_FIRST and not _valid_pre(t, m["pre"]):
            continue
        if (
            form == Form.MARKER_AFTER
            and not _valid_post(t, m["post2"] if m["scale2b"] is None else m["post2"] + " " + m["scale2b"])
            and not _valid_post(t, m["post2"])
            and not _scale_begins_marker(t, m)
        ):
            continue
        if form == Form.SPELLED and not _valid_post(t, m["post4"]):
            continue
        if form == Form.CJK and not _valid_post(t, m["post5"]):
            continue
        return form, m
    return None


@dataclass(frozen=True, slots=True)
class _Reading:
    """What a scan match says by itself, before the text around it is looked at."""

    form: Form  # of the scan
    marker: str
    number: slice  # where the number is written in the match
    scale_word: str | None
    info: Marker | None  # None: only a longer name read on in the text can make it money
    negative: bool  # a sign written between the marker and the number
    after_scale: str | None  # a scale written after the code: "75 USD million"
    rescan_at: int  # where a sign glued to the next number starts in the match ("2009 $5"), else -1
    ambiguous: bool  # a lone separator before three digits: the words around tell grouping from decimal
    power: int  # of ten, that the scale word stands for
    digit_shape: str | None  # the number's shape when it is written in digits alone (not spelled, not CJK)
    void: bool = False  # no number after all: scan again from ``rescan_at`` ("UN USD 2 billion")
    foreign: bool = False  # spelled in another language than English ("cinq millions")
    more: bool = False  # "and more" written after the number or its scale: "2000余万元", "3亿多元"
    hedge: str | None = None  # the qualifier of a hedge between a Han name and the number: "美元约1100万"


#: A match's shape: its UTF-8 spelling with every ASCII digit made a zero.  No marker, name or
#: scale word holds a digit, and the scan's forms tell ASCII digits apart by none but their
#: place, so matches of one shape ("$5.3 million", "$7.1 million") read alike but for the number.
_SHAPE = bytes.maketrans(b"123456789", b"000000000")
_SHAPE_STR = str.maketrans("123456789", "000000000")  # the same, for text


#: (a pass over the 400 articles of the instruction count meets some 1,030 shapes: a cache of 1,024
#: evicts each shape just before it comes round again, and every reading is done anew)
@functools.lru_cache(maxsize=2048)
def _reading(shape: bytes) -> _Reading | None:
    """What a scan match of this shape (see :data:`_SHAPE`) says by itself; the number is
    ``span[reading.number]``.  Read once per shape: five matches in six share theirs with a
    recent match."""
    return _read_span(shape.decode("utf-8", "surrogatepass"))


def _marker_first(
    span: str, m: re.Match[str], t: Tables
) -> tuple[str, tuple[int, int], str | None, Marker | None, bool] | None:
    """The marker, the number's span, the scale word, what the marker means and the sign between
    them of a match of the form MARKER_FIRST; None when it is no amount."""
    marker = m["pre"]
    if m["colon"] and not (len(marker) == 3 and marker.isupper() and marker in t.currencies):
        return None  # only a code is joined to its amount by a colon, as tables do: "BHD:194 Million"
    number = m.span("num1")
    scale_word = m["scale1"]
    info = t.marker(marker, after=False) or t.names.get(marker.lower())
    if info is None and marker[:1] == "M" and len(marker) == 4:
        info = t.marker(marker[1:], after=False)  # "MAUD 60": millions of the code
        scale_word = scale_word or "M"
    negative = m["neg"] is not None  # "CHF-1'234.50", "€ -1.234,50": the sign after the marker
    if span[number[0] : number[0] + 1] == "." and m.end("pre") == number[0]:
        dotted = t.marker(marker + ".", after=False)
        if dotted is not None:  # "Rs.800 billion": the dot ends the marker, not begins the number
            marker, info, number = marker + ".", dotted, (number[0] + 1, number[1])
    return marker, number, scale_word, info, negative


def _scale_begins_marker(t: Tables, m: re.Match[str]) -> bool:
    """Whether the scale word of a match of MARKER_AFTER is the first letter of its marker, glued
    to the rest: "1 B/." is balboas, not a billion of "/."."""
    scale = m["scale2"]
    return bool(scale) and m.end("scale2") == m.start("post2") and t.marker(scale + m["post2"], after=True) is not None


def _marker_after(
    span: str, m: re.Match[str], t: Tables
) -> tuple[str, tuple[int, int], str | None, Marker | None, str | None, int] | None:
    """The marker, the number's span, the scale word, what the marker means, a scale after a code
    and where to scan again of a match of the form MARKER_AFTER; None when it is no amount."""
    rescan_at = -1
    number = m.span("num2")
    scale_word = m["scale2"]
    marker = m["post2"]
    cut = m.start("post2")
    if _dash_decimals_in_doubt(span, number, cut, scale_word):
        return None
    if cut > 0 and span[cut - 1] == " " and not _worded(marker):
        rescan_at = cut
    after_scale = m["scale2b"]
    if after_scale and not (marker.isupper() and len(marker) in (3, 4)):
        marker = m["post2"] + span[m.end("post2") : m.end("scale2b")]  # not a scale after all
        after_scale = None
    if after_scale:
        scale_word = scale_word or after_scale  # "75 USD million": the scale follows the code
    info = t.marker(marker, after=True) or _suffixed_marker(t, marker)
    if info is None and _scale_begins_marker(t, m):
        marker, scale_word = scale_word + marker, None  # "1 B/.": no billion
        info = t.marker(marker, after=True)
    if marker in t.scaled:
        if scale_word:
            return None  # "5 millones mdd" says millions twice
        info, scale_word = t.scaled[marker]  # "500 mdd": millions of dollars
    if info is None and marker[:1] in "Mm" and len(marker) == 4:
        # "48.5 MGBP": a million written as a prefix of the code
        info = t.marker(marker[1:].upper(), after=True)
        scale_word = scale_word or "M"
    return marker, number, scale_word, info, after_scale, rescan_at


def _read_span(span: str) -> _Reading | None:
    """:func:`_split` and the reading of its pieces."""
    split = _split(span)
    if split is None:
        return None
    form, m = split
    t = tables()
    negative = False
    after_scale = None
    rescan_at = -1
    foreign = False
    hedge = None
    if form == Form.MARKER_FIRST:
        first = _marker_first(span, m, t)
        if first is None:
            return None
        marker, number, scale_word, info, negative = first
    elif form == Form.MARKER_AFTER:
        after = _marker_after(span, m, t)
        if after is None:
            return None
        marker, number, scale_word, info, after_scale, rescan_at = after
    elif form == Form.PENCE:
        number = m.span("num3")
        marker = m["pence"]
        scale_word = None
        info = t.names.get("cents" if marker == "c" else "p")  # "10c": the cents of "10 cents", glued
    elif form == Form.SPELLED:
        number = m.span("words")
        marker = m["post4"]
        scale_word = None
        cut = m.start("post4")
        if span[cut - 1] == " " and not _worded(marker):
            rescan_at = cut  # "four $1 bets": a sign glued to the next number is that number's
        info = t.marker(marker, after=True) or _suffixed_marker(t, marker)
        if info is None and marker[:1] == "M" and len(marker) == 4:
            info = t.marker(marker[1:], after=True)  # "twenty MUSD"
            scale_word = "M"
        words = m["words"]
        # words split as another language's are read as such alone: "million" of "un
        # demi-million d'euros" is no English million
        elsewhere = isinstance(m, _Elsewhere)
        if "/" in words:
            # "0 0/0 million": the shape has lost the fraction's digits; the text is read for its value
            words = _SLASH_SHAPE.sub("1/2", words)
        numeral, foreign = _spelled(words, elsewhere) if len(words) <= MAX_PHRASE else (None, True)
        if numeral is None or (foreign and _not_spelled_money(words, marker)) or (not foreign and _loose_point(words)):
            # no number after all, or words of another language that are more likely English
            # ("UN USD 2 billion", "Otto won"): the next word ("en vijfenveertig cent"), or else
            # the marker, may begin a mention of its own.  Words longer than any number are
            # scanned again from their last MAX_PHRASE characters: where the scan goes on then
            # depends on the marker alone, not on how far back the words began (a stream and the
            # whole text see the same), and each marker costs bounded time
            gap = _WORD_GAP.search(words, max(0, len(words) - MAX_PHRASE))
            return _Reading(
                form, marker, slice(*m.span("words")), None, None, negative=False, after_scale=None,
                rescan_at=m.start("words") + gap.end() if gap is not None else cut, ambiguous=False,
                power=0, digit_shape=None, void=True,
            )
    else:
        number = m.span("cjk")
        marker = m["post5"]
        scale_word = m["scale5"]
        info = t.marker(marker, after=True)
    written = span[number[0] : number[1]]
    ambiguous = form != Form.SPELLED and _needs_lang(written, marker, form != Form.MARKER_FIRST, scale_word)
    digits = written.translate(_DIGITS_ONLY)
    digit_shape = written.translate(_SHAPE_STR) if form != Form.SPELLED and digits.isascii() and digits.isdigit() else None
    if form == Form.MARKER_AFTER:
        more = m["more"] is not None or m["more2"] is not None
    elif form == Form.MARKER_FIRST:
        more = m["more1"] is not None
        hedge = t.hedges[m["hedge1"]] if m["hedge1"] else None
    else:
        more = form == Form.CJK and m["more5"] is not None
    return _Reading(
        form, marker, slice(*number), scale_word, info, negative, after_scale, rescan_at, ambiguous,
        _scale_of(scale_word), digit_shape, foreign=foreign, more=more, hedge=hedge,
    )


_SLASH_SHAPE = re.compile(r"[0-9]/[0-9]")


#: A number written in digits with its separators dropped and its fullwidth digits made ASCII.
_DIGITS_ONLY = str.maketrans({
    **{chr(0xFF10 + d): str(d) for d in range(10)}, **{chr(0x0966 + d): str(d) for d in range(10)},
    **dict.fromkeys(",.'\u2019 \u00a0\u202f\u2009\uff0e\uff0c"),
})


@functools.lru_cache(maxsize=1024)
def _exponent_of(digit_shape: str, lang: str) -> int | None:
    """The exponent of the last written digit of a number written in digits, from its shape alone
    (None: not a number).  Where the decimal mark is depends on the separators, not on the digits."""
    try:
        return _numeral(digit_shape, lang).exponent
    except (ValueError, ArithmeticError):
        return None


@functools.lru_cache(maxsize=2048)
def _value(
    number_text: str, lang: str, spelled: bool, scale_word: str | None, minor: int, elsewhere: bool = False
) -> tuple[Decimal, int, int] | None:
    """Value, exponent of the last written digit and scale of a number as written, in minor units
    removed (None: not a number after all); ``elsewhere``: spelled in another language than
    English, and read in those alone."""
    # a Han scale ends a numeral with a larger unit ("2兆6,000多亿元"; "3億5 千萬元": 3億 and 5千萬); after a unit, 亿 after 万 alone
    joins = scale_word is not None and (scale_word in _HAN_LARGE_UNITS or scale_word[:1] in ("十", "百", "千", "拾", "佰", "仟"))
    if not spelled and joins and scale_word is not None and not _HAN_LARGE_UNITS.isdisjoint(number_text):
        if number_text[-1] in _HAN_LARGE_UNITS and not (number_text[-1] in "万萬" and scale_word in "亿億"):
            return None
        number_text, scale_word = number_text + scale_word, None
    try:
        numeral = _spelled(number_text, elsewhere)[0] if spelled else _numeral(number_text, lang)
    except (ValueError, ArithmeticError):
        return None
    if numeral is None:
        return None
    scale = _scale_of(scale_word) - minor
    value = _tidy(numeral.value.scaleb(scale)) if scale else numeral.value
    return value, numeral.exponent + scale, scale


#: (numbers repeat, 760 of 1,370 read in 200 articles; a value is exact, the same in any context)
@functools.lru_cache(maxsize=2048)
def _digits_value(number_text: str, digit_shape: str, lang: str, scale: int) -> tuple[Decimal, int, int] | None:
    """:func:`_value` of a number written in digits alone, ``digit_shape`` being its shape: every
    digit written, in order, is the coefficient, and only the exponent needs reading."""
    exponent = _exponent_of(digit_shape, lang)
    if exponent is None:
        return None
    exponent += scale
    # (cheap test first: most numbers are ASCII digits alone, which the table leaves as they are)
    digits = number_text if number_text.isdigit() and number_text.isascii() else number_text.translate(_DIGITS_ONLY)
    # integral once scaled: written without an exponent, as _tidy writes it
    value = Decimal(int(digits) * 10**exponent) if exponent > 0 else Decimal(f"{digits}E{exponent}")
    return value, exponent, scale


def _reparse(text: str, start: int, end: int) -> _Raw | None:
    """:func:`_parse_match` of ``text[start:end]``, a part of a scan match read on its own."""
    reading = _reading(text[start:end].encode("utf-8", "surrogatepass").translate(_SHAPE))
    return _parse_match(text, start, end, reading) if reading is not None else None


#: The forms :func:`_parse_match` tells apart, bound once: an enum's attribute is looked up
#: anew at each use, and it runs for every candidate.
_MARKER_FIRST, _SPELLED_FORM = Form.MARKER_FIRST, Form.SPELLED
_EN = DecimalConvention.EN


def _parse_match(text: str, start: int, end: int, reading: _Reading) -> _Raw | None:
    """Turn one scan match, read by :func:`_reading`, into a raw candidate (None: a filter rejects it).

    ``start``/``end`` are the character offsets of the whole match in ``text``.
    """
    form = reading.form
    marker = reading.marker
    info = reading.info
    number = reading.number
    number_text = text[start + number.start : start + number.stop]
    after = form is not _MARKER_FIRST
    digit_shape = reading.digit_shape
    # (cheap test first: the two readings below have a Han or hangul character at the start)
    if after and (number_text[:1] >= "\u3000" or (start and (text[start - 1] >= "\u3000" or text[start - 1] in DOTS))):
        if number.start == 0:
            # "一点五万美元", "七四．五億元": the scan began after the decimal point; the number
            # before it is the whole part (never "五万美元" alone)
            first = number_start(text, start)
            if first is None:
                return None
            if first != start:
                start, number_text, digit_shape = first, text[first : start + number.stop], None
        if (number_text[:1] in _HANGUL_DIGITS or number_text[:1] in _HANGUL_UNITS) and _is_hangul(text[start - 1 : start] or " "):
            # "회사십만": a Sino-Korean digit inside a word ("company") begins no number, and "너만
            # 원해" ("only you ... want") no ten thousand
            return None
    # a name read on in the text: after a word ("Hong Kong dollars"), or after a first word that
    # is no marker alone and ends in its dot ("U.S. dollars")
    if after and (_worded(marker[-1:]) or (info is None and marker[-1:] == ".")) and not reading.after_scale:
        longer = _longer_name(text, end - len(marker))
        if longer is not None:
            marker, end, info = longer
    if after and text[end : end + 1] in _TR_TAIL_FIRSTS and marker.lower() in _TR_STEM_SET:
        # "100 milyar yuanı": RE2 ended the name before a Turkish letter; its case ending is the name's
        tail = _TR_TAIL.match(text, end)
        if tail is not None and _turkish_near(text, start, end):
            marker, end = marker + tail.group(), tail.end()
    if info is None or not number_text:
        return None
    if form is _MARKER_FIRST and " " in number_text and (
        text[end : end + 1].isdigit() or text[end : end + 4].lstrip(" \u00a0").startswith(marker)
    ):
        # "$500 2009", "₹10 134 523 287 ₹20": a space-grouped reading ("$8 500", "€50 600 000") ran
        # into the next number, or into the cells of a table row that the next sign begins
        return _reparse(text, start, start + number.start + number_text.index(" "))
    if reading.foreign and _inside_number(text, start):
        return None
    english_words = form is _SPELLED_FORM and not reading.foreign
    if (english_words and _spoken_tail(text, start)) or (after and _broken_off(text, start, english_words)):
        return None  # "two point five billion dollars": not five billion; "1.4\n\nbillion dlrs": not a billion
    rejected = _reject(text, start, end, number_text, marker, after)
    if rejected is not None:
        return _read_again(text, start, end, reading, number_text, marker, info, rejected)
    lang = _convention(text, start, end, number_text, marker, info, reading.scale_word, form) if reading.ambiguous else _EN
    found = (  # (no convention: "Normal: $309.990" is pesos or dollars, nothing tells, see _convention)
        None if lang is None
        else _digits_value(number_text, digit_shape, lang, reading.power - info.minor) if digit_shape is not None
        else _value(number_text, lang, form is _SPELLED_FORM, reading.scale_word, info.minor, reading.foreign)
    )
    if found is None:
        return None
    value, exponent, scale = found
    if reading.negative:
        value = -value
    return _Raw(start, end, value, None, exponent, number_text, marker, info, scale, reading.more, hedge=reading.hedge)


#: A whole number and the numerator of a fraction right before its denominator, as the wire writes
#: prices and dividends ("14-1/2 cts", "up 2-3/4 cents"): no digit, letter, point, comma, slash
#: or dash glued before the whole number ("1986-87/2" is none).
_MIXED_HEAD = re.compile(r"(?<![\w.,/-])([0-9]{1,4})-([0-9]{1,2})/$")
#: The denominators of the wire's fractions, whose quotients end: 1/3 has no exact decimal, and an
#: amount read with one would be rounded, so "8-1/3 cts" gives nothing.
_MIXED_DENOMINATORS = frozenset({"2", "4", "8", "16", "32", "64"})


def _read_again(
    text: str, start: int, end: int, reading: _Reading, number_text: str, marker: str, info: Marker, rejected: Filter
) -> _Raw | None:
    """What stays of the candidate ``text[start:end]`` that the filter ``rejected`` rejects: with a filter that reads
    again, the part past the first space inside its number (".630 170 M€": a number's tail, then a cell); after the
    denominator of a mixed number, the mixed number ("14-1/2 cts", :func:`_mixed_fraction`); before a word whose first
    letter was read as a scale, the amount alone ("€6.31 mēnesī", :func:`scale_letter_glued`); else nothing."""
    cut = start + reading.number.stop  # (read again only what is shorter: "MGBP.5P" reads its scale before the number)
    if reading.form is _MARKER_FIRST and rejected.name == "glued_after" and cut < end and scale_letter_glued(text, end, reading.scale_word):
        return _reparse(text, start, cut)
    mixed = _mixed_fraction(text, start, number_text, rejected)
    if mixed is not None and reading.digit_shape is not None:
        found = _digits_value(number_text, reading.digit_shape, _EN, reading.power - info.minor)
        if found is None:
            return None
        head, value, exponent, whole_text = _with_whole(text, start, *found[:2], mixed)
        return _Raw(head, end, value, None, exponent, whole_text, marker, info, found[2], reading.more, hedge=reading.hedge)
    gap = _GROUP_SPACE.search(number_text) if rejected.read_again else None
    return _reparse(text, start + reading.number.start + gap.end(), end) if gap is not None else None


def _mixed_fraction(text: str, start: int, number_text: str, rejected: Filter) -> tuple[int, int, int, int] | None:
    """``(start, whole, numerator, denominator)`` of the mixed number whose denominator is the number at ``start``
    ("14-1/2 cts": where "14" starts, 14, 1, 2), which filter ``denominator`` ``rejected``; else None."""
    if rejected.name != "denominator" or number_text not in _MIXED_DENOMINATORS:
        return None
    head = _MIXED_HEAD.search(text, max(0, start - 8), start)
    if head is None or not 0 < int(head.group(2)) < int(number_text):
        return None
    return head.start(), int(head.group(1)), int(head.group(2)), int(number_text)


def _with_whole(
    text: str, start: int, value: Decimal, exponent: int, mixed: tuple[int, int, int, int]
) -> tuple[int, Decimal, int, str]:
    """The start, value, exponent and number text of "14-1/2 cts", from the value of "2 cts" read at ``start``, the
    denominator with its unit: the unit is that value over the denominator (exact: denominators are powers of two)."""
    head, whole, numerator, denominator = mixed
    exact = value * (whole * denominator + numerator) / (denominator * denominator)
    return head, exact, min(exponent, _last_digit(exact)), text[head : start + len(str(denominator))]


#: A space that groups digits ("1 234", "1\u00a0234"): in a table, also where one cell ends; and
#: a fullwidth comma, which groups digits in Chinese text and also goes on with a list there.
_GROUP_SPACE = re.compile("[ \u00a0\u202f\u2009\uff0c]")


def _tidy(value: Decimal) -> Decimal:
    """Integral values shown without exponent (``72500000000`` rather than ``7.25E+10``)."""
    exp = value.as_tuple().exponent
    if isinstance(exp, int) and exp > 0:
        return Decimal(int(value)) if value else to_decimal("0", exp, value.is_signed())
    return value
