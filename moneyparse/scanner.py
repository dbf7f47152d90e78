"""Find money phrases: one linear-time candidate scan, named rejection filters, then exact parsing.

The candidate scan is a single RE2 pattern compiled from the tables (symbols, codes, names, scale
words) and run over the UTF-8 bytes of the text.  RE2 runs in time linear in the input whatever the
pattern, so no text can make the scan backtrack, and a large alternation of currency names costs no
more per byte than a small one.  Each candidate is then parsed in Python from its named groups,
checked by the rejection filters below, given its hedge, sign and range, and resolved to one ISO
code from the evidence around it.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal, DivisionByZero, InvalidOperation, Overflow, localcontext

from moneyparse.errors import AmountParseError
from moneyparse.grammar import (
    CONTEXT_WINDOW, MAX_PHRASE, WIDE_WINDOW, _CJK_NUMERALS, _CJK_READ_SET, _DIGIT_NAMES, _DOLLAR_COUNTRIES,
    _ELSEWHERE_GAP, _HANGUL_DIGITS, _HANGUL_UNITS, _JOINERS, _LONE_SPELLED_STOP, _LONE_THOUSAND, _LONE_TWO,
    _MULTIPLIER_WORDS, _NAME_AFTER, _PIECES, _SHELL_LEADS, _SHELL_PIECE, _TENS_NAMES, _TR_STEM_SET, _TR_TAIL,
    _TR_TAIL_FIRSTS, _WHOLE_BEFORE_POINT, _WORD_RUN, Form, _compiled, _is_cjk, _is_devanagari, _is_hangul,
    _turkish_stem, _worded,
)
from moneyparse.lexicon import Marker, Tables, tables
from moneyparse.mention import Evidence, Mention, Qualifier, _mention
from moneyparse.number_words import DECIMAL_WORDS
from moneyparse.numbers import FULLWIDTH, Numeral, parse_cjk, parse_digits, to_decimal
from moneyparse.spelled import parse_spelled, parse_words

__all__ = ["extract", "iter_extract", "parse", "CONTEXT_WINDOW", "WIDE_WINDOW"]


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
    for gap in reversed([g for g in _ELSEWHERE_GAP.finditer(span, tail) if 0 < g.start() and g.end() < len(span)]):
        if not _valid_post(t, span[gap.end() :]):
            continue
        if gap.start() <= MAX_PHRASE and _spelled(span[: gap.start()], True)[0] is not None:
            return _Elsewhere(span, gap)
        found = found or _Elsewhere(span, gap)
    return found


# --------------------------------------------------------------------------------------------
# Rejection filters.  Each returns the name of the rule that rejects a candidate, or None.
# --------------------------------------------------------------------------------------------

_WEIGHT_BEFORE = re.compile(r"\b(?:weigh\w*|weight\w*|heav\w*|lift\w*|carr(?:y|ied|ies)|load|payload|thrust|pressure|force)\b[^.]*$")
_WEIGHT_AFTER = re.compile(
    r"\s*(?:(?:of|per)\s+(?!sterling\b|cash\b|capital\b|investment\b|funding\b|funds\b|debt\b|revenue\b|"
    r"profit\b|damages\b|compensation\b|public\b|taxpayers\b|the\b|his\b|her\b|their\b|its\b)|heavier|lighter"
    # "174 pounds (79 kg)": a weight given in metric units too, not "three pounds (approximately
    # 350 pounds equivalent in 2017)"
    r"|\((?:about|approx\.?|approximately|c\.|ca\.|~)?\s*[\d.,]+\s*(?:kg|kilo|g\b|grams?\b|t\b|tonnes?\b|metric))"
)
_MONEY_WORDS = re.compile(
    r"\b(?:paid|pay|pays|paying|cost|costs|costing|worth|price[ds]?|fine[ds]?|salary|salaries|wages?|sum|fees?|"
    r"debts?|loans?|budget|fund(?:s|ed|ing)?|sold|sell|bought|buy|spent|spend|raised?|compensation|damages|"
    r"award(?:ed)?|prize|bid|offer(?:ed)?|valu(?:e|ed)|revenues?|profits?|loss(?:es)?|tax(?:es)?|income|"
    r"capital|invest(?:ed|ment)?|grant(?:ed)?|bonus|rent|earn(?:ed|ings|s)?|turnover|sterling|bank|money|"
    r"cash|pension|bill|charge[ds]?|deal|contract|shares?|dividends?|estate|wealth|fortune|bribe|"
    r"pence|penny|pennies|shillings?|guineas?)\b",  # "5 pounds 50 pence": the minor units say money
    re.IGNORECASE,
)
_VAGUE_BEFORE = re.compile(r"\b(?:several|few|many|some|couple(?: of)?|hundreds of|thousands of|millions of)\s+$", re.IGNORECASE)
_VIDEO_LINES = frozenset({"144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"})
_WORD_CURRENCIES = frozenset({"won", "real", "rand", "lei", "grand", "bucks", "quid", "kip", "dong", "mark", "marks"})


#: Currency words that begin names when capitalized: "Real Madrid", "Penny Arcade", "Mark Twain".
_NAME_WORDS = frozenset({"real", "penny", "mark", "rand", "won", "grand", "dong", "kip", "avro", "gulden", "franken"})


def _glued_code(text: str, end: int, marker: str) -> bool:
    """True when an ISO code that ``marker`` can mean is glued after the number: "$5.00CAD"."""
    code = text[end : end + 3]
    if len(code) < 3 or not (code.isascii() and code.isupper()) or text[end + 3 : end + 4].isalnum():
        return False
    info = tables().marker(marker, after=False)
    return info is not None and code in info.codes


def _in_tex(text: str, start: int) -> bool:
    """True when ``start`` follows an opening "$" of TeX mathematics on its line ("$R^" of
    "$R^3$"): a "$" right before a letter, a backslash or a brace, or a "$$", with no "$" in
    between; or when a power sign stands right before ``start`` ("r^2$")."""
    if text[start - 1 : start] == "^":  # "r^2$": a power closing it
        return True
    opening = text.rfind("$", max(0, start - 80), start)
    if opening < 0:
        return False
    first = text[opening + 1 : opening + 2]
    display = opening > 0 and text[opening - 1] == "$"  # "$$1 ,+, r$$": display mathematics
    return (display or first.isalpha() or first in _TEX_OPENERS) and "\n" not in text[opening:start]


#: What follows the "$" that opens TeX mathematics (a letter is told apart by ``isalpha``).
_TEX_OPENERS = frozenset("\\{")
# After the number of a "$" that opens mathematics: a power, an index, or a sum or an equation
# running into a TeX command ("$1+tfrac{1}{4}", "$1=2pileft(" with the backslashes lost).
_TEX_AFTER = re.compile(r"[\^_]|[=+][ ]?[0-9]*(?:[td]?frac|text|cdot|left|pi)")
_TEX_AFTER_FIRST = frozenset("^_=+")
_CELL_BEFORE = re.compile(r"\$[A-Z]{1,3}\$$")
_CELL_WORDS = re.compile(r"\b(?:cells?|spreadsheets?|formulas?|row-wise|column-wise)\b|\$[A-Z]{1,3}[0-9]", re.IGNORECASE)


def _shell_fields(raws: list[_Raw]) -> list[_Raw]:
    """``raws`` without the bare "$0" to "$9" of a text that shows AWK or shell code ("print $1",
    "pattern=\"$1\""): there they are fields and arguments ("NF is 0, $0 is the whole line",
    "the field variables $1, $2, $3"), not dollars."""
    return [r for r in raws if not (r.marker == "$" and r.end - r.start == 2)]


#: A version number after a toolkit's name: " 8.6", " 8.5.1".
_VERSION = re.compile(r"[ \u00a0]?[0-9]\.[0-9](?:\.[0-9]+)?")
#: A month, and maybe a day, before a year: "8 December 2013", "March 3, 2011", "Aug. 1984".
_MONTH_BEFORE = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:[ \u00a0]+[0-9]{1,2}(?:st|nd|rd|th)?,?)?[ \u00a0]+$",
    re.IGNORECASE,
)
#: Words before a year that make "2019 dollars" a price basis: "in", "constant", "real", "nominal",
#: "terms of", "adjusted to" ("a sum of 2000 dollars" and "rose to 2000 dollars" are amounts).
_PRICE_BASIS_BEFORE = re.compile(r"(?:\bin|constant|real|nominal|terms\s+of|adjusted\s+to|converted\s+to)\s+$")


def _reject(text: str, start: int, end: int, num_text: str, marker: str, after: bool, pence: bool) -> str | None:
    """The first rejection filter that matches a candidate, by name, or None to keep it."""
    before = text[max(0, start - 1) : start]
    follow = text[end : end + 2]
    # "1080p" is a video format, "720p" a screen: not pence.
    if pence and (num_text in _VIDEO_LINES or len(num_text) > 3):
        return "video_lines"
    # "5%": a percentage written after a currency-like token ("$5%" in tables) is not an amount.
    if follow[:1] == "%":
        return "percent"
    # "A4 dollars", "x12 dollars", "MP3": a number glued to a letter or digit before it is part
    # of a name, not an amount (CJK text has no spaces, so a Han character before is fine).
    if after and before and (before.isalnum() or before == "_") and not _is_cjk(before):
        return "glued_to_word"
    # "5 यूरोपीय" (European), "गुरु 5" (teacher): a Devanagari marker is a word of its own, not
    # the beginning or the end of a longer one
    edge = marker[-1:] if after else marker[:1]
    if "\u0900" <= edge <= "\u097f" and _is_devanagari(edge) and _is_devanagari(follow[:1] if after else before):
        return "inside_word"
    # "0.630 170 M€", ".630 170 M€": digits right after a decimal point are the tail of another
    # number (a point glued to the digits after a space or a bracket begins a fraction).
    if after and before in ".," and start >= 2 and (text[start - 2].isdigit() or (before == "." and text[start - 2] in " \u00a0(")):
        return "tail_of_number"
    # "半百万美元" is half a million dollars, not a million
    if after and before == "半":
        return "half_before"
    # "1/2 million dollars": the digits after a fraction's slash are its denominator, no amount
    if after and before == "/" and start >= 2 and text[start - 2].isdigit():
        return "denominator"
    # "$01", "$0801": a leading zero before more digits is an address or a code; amounts are
    # never written so ("$0", "$0.50" are).
    if not after and num_text[:1] == "0" and len(num_text) > 1 and num_text.isdigit() and num_text.isascii():
        return "leading_zero"
    # "$R^3$", "$a \\not\\equiv 0$": a "$" closing TeX mathematics after a number.
    if after and marker == "$" and _in_tex(text, start):
        return "tex"
    if not after and marker[-1:] == "$":
        # "$A$1", "$B$1:$B$3": a spreadsheet cell, its column and row made absolute
        if (before == "$" or before.isupper()) and _CELL_BEFORE.search(text, max(0, start - 4), start + len(marker)):
            return "cell_reference"
        # "A$1 is row-wise absolute": a column letter before "$" and a bare row number, in a text
        # about cells ("A$1" beside "cells" is no Australian dollar, "A$1 billion" is)
        if (
            len(marker) == 2
            and marker[0].isupper()
            and num_text.isdigit()
            and end == start + 2 + len(num_text)
            and _CELL_WORDS.search(text, max(0, start - 80), end + 80)
        ):
            return "cell_reference"
        # "$$1 ,+, r" (display mathematics), "$23^circ", "$1+tfrac{1}{4}", "$1=2pi": TeX
        if before == "$" or (follow[:1] in _TEX_AFTER_FIRST and _TEX_AFTER.match(text, end)):
            return "tex"
    # "EUR/USD 1.10", "USD/JPY 110.5": a quote of a currency pair is a rate, not an amount.
    if not after and before == "/" and start >= 4 and text[start - 4 : start - 1].isupper() and text[start - 4 : start - 1].isalpha():
        return "pair_quote"
    # "R65C00", "$99x": a marker-led number running straight into letters is a part number,
    # unless the letters are a code of the marker's ("$10,000USD", "$5.00CAD")
    if not after and text[end : end + 1].isalnum() and not _is_cjk(text[end : end + 1]) and not _glued_code(text, end, marker):
        return "glued_after"
    # "174 pounds", "53 million pounds of tobacco": pounds of weight, not sterling.
    if after and marker.lower() in ("pounds", "pound", "lbs", "lb"):
        head = text[max(0, start - 60) : start].lower()
        tail = text[end : end + 24].lower()
        if _WEIGHT_BEFORE.search(head) or _WEIGHT_AFTER.match(tail):
            return "weight_pounds"
        # "139 pounds", "41 million pounds of fish": the word alone is a weight unless the
        # sentence speaks of money or the text writes "£" nearby
        sentence = text[max(0, start - 120) : end + 120]
        alone = not any(ch.isalpha() for ch in text[max(0, start - 120) : start] + text[end : end + 120])
        if not alone and "£" not in sentence and not _MONEY_WORDS.search(sentence):
            return "weight_pounds"
    # "several hundred pounds", "a few million dollars": a vague quantity, not an amount.
    if after and _VAGUE_BEFORE.search(text[max(0, start - 12) : start]) and num_text.split()[0].lower() in _MULTIPLIER_WORDS:
        return "vague_quantity"
    # "五角大楼" is the Pentagon, "五角星" a star: 角 there is no ten-cent coin.
    if marker == "角" and text[end : end + 1] in ("大", "星", "形"):
        return "not_jiao"
    # "2 82 Real estate 98 72": a row of a table by sector, not 82 reais
    if after and marker[:1] in "Rr" and marker.lower() == "real" and text[end : end + 7].lower() == " estate":
        return "real_estate"
    # "1 Real Madrid", "2013 Penny Arcade": a currency word with a capital, then a name
    if after and marker.istitle() and marker.lower() in _NAME_WORDS and _NAME_AFTER.match(text, end):
        return "proper_name"
    if after and marker.lower() in _WORD_CURRENCIES:
        digits = num_text.replace(",", "")
        # "in 1998 won the title": a year followed by an ordinary English word.
        if len(digits) == 4 and digits.isdigit() and 1500 <= int(digits) <= 2100:
            return "year_then_word"
        # "grand", "real", "won" after a bare small number is a word more often than money
        if marker.lower() in ("grand", "real", "won", "mark", "marks") and not text[start:end].lower().endswith(("won", "real", "grand")):
            return "word_currency"
    year = num_text.replace(",", "") if after else ""
    if len(year) == 4 and year.isdigit() and 1800 <= int(year) <= 2100:
        # "in 2019 dollars", "constant 1990 US dollars", "in 1985 US$", "in 2015 USD": a price
        # basis, not an amount (the year is told first: few amounts are one)
        if (
            (marker.lower() in ("dollars", "dollar", "euros", "pounds", "yen", "yuan") or not marker.isalpha()
             or marker in tables().currencies)
            and _PRICE_BASIS_BEFORE.search(text[max(0, start - 16) : start].lower())
        ):
            return "year_price_basis"
        # "8 December 2013 Euro-Dane", "March 3, 2011 USD": the year of a date (never written
        # "2,013": "in May 2,000 dollars were raised" is an amount)
        if num_text.isdigit() and _MONTH_BEFORE.search(text, max(0, start - 16), start):
            return "year_of_date"
    # "50 sent", "528 milyon frank", "50 tl": Turkish words that are English ones ("sent", "frank")
    # or no code in English text, read only among Turkish letters
    # "50 dolardan": a case ending glued to a name is Turkish; a word that only looks so ("5 sente
    # minutes"?) is read only among Turkish letters, or when it runs on into more letters
    if after and _turkish_stem(marker) is not None and marker.lower() not in tables().names and (
        text[end : end + 1].isalpha() or not _turkish_near(text, start, end)
    ):
        return "not_turkish"
    if marker in _TURKISH_ONLY and (marker == "Frank" or not _turkish_near(text, start, end)):  # "20 Frank Street"
        return "not_turkish"
    # "o valor dos dólares": Portuguese "of the", not two; "pagó dos dólares por el café" is two
    if after and num_text.lower() == _LONE_TWO and not _spanish_here(text, start, end):
        return "portuguese_dos"
    # "Tcl/Tk 8.6", "the Tk 8.5 toolkit": a version of the toolkit, not taka (prices in taka are
    # whole, or two decimals: "Tk 84.50")
    if marker in ("Tk", "Tk.") and (
        _VERSION.fullmatch(text, start + len(marker), end) or "Tcl" in text[max(0, start - 12) : start]
    ):
        return "tk_version"
    # "CYP450", "CYP3A4": enzymes of the cytochrome P450 family; the Cypriot pound's code stands
    # apart from its amount ("CYP 500")
    if marker == "CYP" and not after and text[start + 3 : start + 4].isdigit():
        return "enzyme"
    # "R2-D2", "R5 bus", "SR 520" (a state route), "P5 countries": an abbreviation that is a letter
    # or two is read only with its country named nearby ("R5 billion" in South Africa)
    if not after and marker[:1].isalpha() and len(marker) <= 2 and marker in _needy_prefixes():
        if not _country_named(tables().prefix_needs[marker], text[max(0, start - CONTEXT_WINDOW) : end + CONTEXT_WINDOW]):
            return "no_country_named"
    return None


@functools.cache
def _needy_prefixes() -> frozenset[str]:
    """The prefixes read only with their country named near (all of a letter or two)."""
    return frozenset(tables().prefix_needs)


def _country_named(words: tuple[str, ...], window: str) -> bool:
    """Whether one of ``words`` stands in ``window`` as a whole word, in any case.

    Found by substring search and then checked at its edges: a pattern of the words, with its
    word boundaries and case folding, took some twenty microseconds a window.
    """
    window = window.lower()
    for word in words:
        at = window.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not window[at - 1].isalnum()) and (end == len(window) or not window[end].isalnum()):
                return True
            at = window.find(word, at + 1)
    return False


# --------------------------------------------------------------------------------------------
# Parsing one candidate
# --------------------------------------------------------------------------------------------


_EN_WORDS = frozenset("the and of was is with for from to in by".split())


def _suffixed_marker(t: Tables, marker: str) -> Marker | None:
    """What a Turkish name with a case ending glued to it means ("dolardan" is "dolar"), or None."""
    stem = _turkish_stem(marker)
    return t.marker(stem, after=True) if stem else None


#: Letters that Turkish writes and English, French, German and the other languages read here do
#: not: dotless i, s and g with their marks, dotted capital I.
_TURKISH_CHARS = "ıİşŞğĞ"
_TURKISH_LETTERS = re.compile(f"[{_TURKISH_CHARS}]")
_COMMA_LETTERS = re.compile(f"[{_TURKISH_CHARS}\u0400-\u04ff]")  # Turkish letters, and Cyrillic


def _turkish_near(text: str, start: int, end: int) -> bool:
    """Whether Turkish letters stand within the context window of ``text[start:end]``."""
    return _TURKISH_LETTERS.search(text, max(0, start - CONTEXT_WINDOW), end + CONTEXT_WINDOW) is not None

_TURKISH_ONLY = frozenset({"sent", "Sent", "frank", "Frank", "tl"})  # "TL" is a code anywhere
_COMMA_WORDS = frozenset(
    "le la les des est une du el los las del y que una os da do uma der die das und ist il di che het een "
    "och ett bir ve et au aux por para com não nicht zu im bei für mit von auf dem den".split()
)


# Signs of currencies whose countries write a decimal comma: "2.000 €" is two thousand.
_CONTINENTAL_MARKERS = frozenset({"€", "zł", "Kč", "kr", "kr.", "Ft", "lei", "₽", "руб.", "₺", "TL", "R$", "₴", "лв"})


def _word_counts(window: str, first: frozenset[str], second: frozenset[str]) -> tuple[int, int]:
    """How many words of ``window``, in lower case, are in ``first`` and how many in ``second``:
    the everyday words that tell one language from another."""
    words = window.lower().split()
    return sum(map(first.__contains__, words)), sum(map(second.__contains__, words))


def _lang_at(text: str, start: int, end: int, marker: str) -> str:
    """"comma" when the words around an amount are of a decimal-comma language, else "en".

    With no telling words either way ("1,000 USD" alone), the marker decides: the euro and the
    other continental signs follow the decimal-comma convention, everything else the English one.
    """
    window = text[max(0, start - 300) : end + 300]
    en, comma = _word_counts(window, _EN_WORDS, _COMMA_WORDS)
    if comma == en:
        # Turkish letters tell Turkish text, which writes a decimal comma: "12.345 $'dan"; so do
        # Cyrillic ones, of Russian and Ukrainian text: "1,23 млрд рублей"
        return "comma" if marker in _CONTINENTAL_MARKERS or _COMMA_LETTERS.search(window) else "en"
    return "comma" if comma > en else "en"


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


def _needs_lang(num_text: str, marker: str, after: bool, scale_word: str | None = None) -> bool:
    """True when a lone separator before three digits could be grouping or decimal here.

    "$3.350" is 3.350 in English and 3350 in Spanish; "12,345 $" is 12.345 in French.  A comma
    after a "$" written before the number groups thousands wherever "$" is written so.
    """
    for mark in (",", "."):
        if num_text.count(mark) == 1 and len(num_text) - num_text.rfind(mark) - 1 == 3:
            other = "." if mark == "," else ","
            if other in num_text:
                return False
            if mark == "," and not after and marker.endswith("$") and marker != "R$" and not (
                scale_word and scale_word.lower() in _COMMA_SCALE_WORDS
            ):
                return False  # (not Brazil's "R$ 2,125", nor "US$ 2,125 bilhões")
            return True
    return False


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
    if first.isdigit():
        # spelled after a count in digits: "3 and a half million"
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
        if form == Form.MARKER_AFTER and not _valid_post(t, m["post2"] if m["scale2b"] is None else m["post2"] + " " + m["scale2b"]):
            if not _valid_post(t, m["post2"]):
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


#: A match's shape: its UTF-8 spelling with every ASCII digit made a zero.  No marker, name or
#: scale word holds a digit, and the scan's forms tell ASCII digits apart by none but their
#: place, so matches of one shape ("$5.3 million", "$7.1 million") read alike but for the number.
_SHAPE = bytes.maketrans(b"123456789", b"000000000")
_SHAPE_STR = str.maketrans("123456789", "000000000")  # the same, for text


@functools.lru_cache(maxsize=1024)
def _reading(shape: bytes) -> _Reading | None:
    """What a scan match of this shape (see :data:`_SHAPE`) says by itself; the number is
    ``span[reading.number]``.  Read once per shape: five matches in six share theirs with a
    recent match."""
    return _read_span(shape.decode("utf-8", "surrogatepass"))


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
    if form == Form.MARKER_FIRST:
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
    elif form == Form.MARKER_AFTER:
        number = m.span("num2")
        scale_word = m["scale2"]
        marker = m["post2"]
        cut = m.start("post2")
        if cut > 0 and span[cut - 1] == " " and not _worded(marker):
            rescan_at = cut
        after_scale = m["scale2b"]
        if after_scale and not (marker.isupper() and len(marker) in (3, 4)):
            marker = m["post2"] + span[m.end("post2") : m.end("scale2b")]  # not a scale after all
            after_scale = None
        if after_scale:
            scale_word = scale_word or after_scale  # "75 USD million": the scale follows the code
        info = t.marker(marker, after=True) or _suffixed_marker(t, marker)
        if marker in t.scaled:
            if scale_word:
                return None  # "5 millones mdd" says millions twice
            info, scale_word = t.scaled[marker]  # "500 mdd": millions of dollars
        if info is None and marker[:1] in "Mm" and len(marker) == 4:
            # "48.5 MGBP": a million written as a prefix of the code
            info = t.marker(marker[1:].upper(), after=True)
            scale_word = scale_word or "M"
    elif form == Form.PENCE:
        number = m.span("num3")
        marker = "p"
        scale_word = None
        info = t.names.get("p")
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
        scale_word = None
        info = t.marker(marker, after=True)
    written = span[number[0] : number[1]]
    ambiguous = form != Form.SPELLED and _needs_lang(written, marker, form != Form.MARKER_FIRST, scale_word)
    digits = written.translate(_DIGITS_ONLY)
    digit_shape = written.translate(_SHAPE_STR) if form != Form.SPELLED and digits.isascii() and digits.isdigit() else None
    return _Reading(
        form, marker, slice(*number), scale_word, info, negative, after_scale, rescan_at, ambiguous,
        _scale_of(scale_word), digit_shape, foreign=foreign,
    )


_WORD_GAP = re.compile(r"[\s\-]+")
_SLASH_SHAPE = re.compile(r"[0-9]/[0-9]")


@functools.lru_cache(maxsize=1024)
def _spelled(words: str, elsewhere: bool = False) -> tuple[Numeral | None, bool]:
    """The number ``words`` spell in English, or else (or, ``elsewhere``, only) in another
    language, and whether it is another language; None for the number when they spell none."""
    if not elsewhere:
        try:
            return parse_words(words), False
        except ValueError:
            pass
    try:
        return parse_spelled(words), True
    except ValueError:
        return None, True


_ONE_DIGIT_AFTER_POINT = re.compile(r"[ \u00a0\u202f\u2009]point[ \u00a0\u202f\u2009]+[a-z]+$", re.IGNORECASE)


def _loose_point(words: str) -> bool:
    """Whether English words with "point" in them are more likely a point in time than a decimal
    mark: one digit after it and no multiplier, as in "At one point five dollars were paid".  Two
    digits or more ("twenty point five o six dollars"), or a multiplier ("two point five billion
    dollars"), make a number."""
    return _ONE_DIGIT_AFTER_POINT.search(words) is not None


def _not_spelled_money(words: str, marker: str) -> bool:
    """Whether words that spell a number in another language, before ``marker``, are more likely
    something else:

    * before a code or a sign ("Sept EUR 3.5m", "seize GBP 40m", "Otto € 5m"): the press of those
      languages writes a name after a spelled number, and English writes codes after such words;
    * the first word is an English word, or a name, more often than a number ("seize million
      dollars", "cent million-dollar", "Otto won", "Trent £ 40");
    * one word in capitals, or a first word of up to three ("UN", "UN billion dollar");
    * words that go on into the marker ("Quatre Cent" is four hundred, a title, not four cents).
    """
    if not marker[:1].isalpha() or (marker.isupper() and len(marker) <= 4):
        return True
    if words.lower() in _LONE_THOUSAND or words.lower() == _LONE_TWO:
        return marker.lower() in _ENGLISH_NAMES_AFTER_MIL  # "mil euros", never "a mil dollars"
    said = _WORD_GAP.split(words)
    first = said[0]
    if (first.lower() in _ENGLISH_FIRST or (first[:1].isupper() and first.lower() in _NAME_FIRST)) and not any(
        w.lower() in DECIMAL_WORDS for w in said
    ):
        return True  # unless a decimal mark of its language follows: "seize virgule deux euros"
    if first.isupper() and (len(first) <= 3 or first == words):
        return True
    try:
        parse_spelled(f"{words} {marker}")
        return True
    except ValueError:
        return False


#: Everyday words that Spanish writes and Portuguese does not, and the other way round.
_SPANISH_ONLY = frozenset("el los las del y una es con muy pero más lo su sus al".split())
_PORTUGUESE_ONLY = frozenset("o os do da das uma não com é e ao mais seu sua na pelo pela".split())


def _spanish_here(text: str, start: int, end: int) -> bool:
    """Whether the words around ``text[start:end]`` are Spanish rather than Portuguese."""
    spanish, portuguese = _word_counts(text[max(0, start - 200) : end + 200], _SPANISH_ONLY, _PORTUGUESE_ONLY)
    return spanish > portuguese


#: Names that make "mil" English slang for a million, or no number at all.
_ENGLISH_NAMES_AFTER_MIL = frozenset({"dollars", "dollar", "pounds", "pound", "bucks", "quid", "cents", "pence", "grand"})

#: First words of a number spelled in another language that are English words more often: then
#: the words are read as English, from the next word on ("seize million dollars").
_ENGLISH_FIRST = frozenset({"seize", "sept", "vent", "cent", "cents", "mille"})
#: ... and with a capital, names more often ("Otto", "Trent", "Una", "Dez", "Elli").
_NAME_FIRST = frozenset({"otto", "trent", "una", "uma", "dez", "tre", "sexton", "elli", "mila", "uno", "sei", "nove"})


_SPELLED_PIECES = frozenset(_PIECES)
_SPELLED_JOINERS = frozenset(_JOINERS)
#: The words before a spelled number that make it the tail of a longer one (not the joiners:
#: "cinq et dix" is two numbers).
_SPELLED_BEFORE = (_SPELLED_PIECES | DECIMAL_WORDS | {"kommatecken"}) - _SPELLED_JOINERS
#: Digits said one by one after "point", just before a spelled amount: the amount is their tail
#: ("point five o six dollars" is no six dollars).
_POINT_DIGITS_BEFORE = re.compile(rf"\bpoint(?:[ \u00a0]+(?:zero|{_DIGIT_NAMES}|oh|o))+[ \u00a0]+$", re.IGNORECASE)
#: A digit said just before a spelled number of tens: a price said as speech says it ("one fifty
#: five dollars" is $1.55), never fifty-five dollars.
_DIGIT_BEFORE_TENS = re.compile(rf"\b(?:{_DIGIT_NAMES})[ \u00a0]+$", re.IGNORECASE)
_TENS_FIRST = re.compile(rf"(?:{_TENS_NAMES})\b", re.IGNORECASE)
#: A spelled decimal point before English number words: they are the tail of a number spoken digit
#: by digit, not a number of their own.
_POINT_BEFORE = re.compile(
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundred"
    r"|thousand|million|billion)[ \u00a0]+point[ \u00a0]+$",
    re.IGNORECASE,
)
_LAST_WORD = re.compile(rf"({_WORD_RUN})[ \u00a0]+$")


def _inside_number(text: str, start: int) -> bool:
    """Whether a number spelled in another language that begins at ``start`` is the tail of a
    longer one: right after a hyphen, a number word or a decimal mark spelled out.  Its tail alone
    would be a smaller amount ("neuf cents euros" of "dix-neuf cents euros", "fünf Millionen" of
    "zwei Komma fünf Millionen").  After a joiner it is the second of two ("entre cinq et dix
    euros", "fünf und zehn Euro"), and is read."""
    before = text[max(0, start - 40) : start]
    if before.endswith("-") or _is_devanagari(before[-1:]):
        return True  # "-neuf cents", or the end of a longer Devanagari word
    m = _LAST_WORD.search(before)
    return m is not None and m.group(1).lower() in _SPELLED_BEFORE


#: A number written in digits with its separators dropped and its fullwidth digits made ASCII.
_DIGITS_ONLY = str.maketrans({
    **{chr(0xFF10 + d): str(d) for d in range(10)}, **{chr(0x0966 + d): str(d) for d in range(10)},
    **dict.fromkeys(",.'\u2019 \u00a0\u202f\u2009\uff0e"),
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
    try:
        numeral = _spelled(number_text, elsewhere)[0] if spelled else _numeral(number_text, lang)
    except (ValueError, ArithmeticError):
        return None
    if numeral is None:
        return None
    scale = _scale_of(scale_word) - minor
    value = _tidy(numeral.value.scaleb(scale)) if scale else numeral.value
    return value, numeral.exponent + scale, scale


def _digits_value(number_text: str, digit_shape: str, lang: str, scale: int) -> tuple[Decimal, int, int] | None:
    """:func:`_value` of a number written in digits alone, ``digit_shape`` being its shape: every
    digit written, in order, is the coefficient, and only the exponent needs reading."""
    exponent = _exponent_of(digit_shape, lang)
    if exponent is None:
        return None
    exponent += scale
    digits = number_text.translate(_DIGITS_ONLY)
    # integral once scaled: written without an exponent, as _tidy writes it
    value = Decimal(int(digits) * 10**exponent) if exponent > 0 else Decimal(f"{digits}E{exponent}")
    return value, exponent, scale


def _reparse(text: str, start: int, end: int) -> _Raw | None:
    """:func:`_parse_match` of ``text[start:end]``, a part of a scan match read on its own."""
    reading = _reading(text[start:end].encode("utf-8", "surrogatepass").translate(_SHAPE))
    return _parse_match(text, start, end, reading) if reading is not None else None


#: The forms :func:`_parse_match` tells apart, bound once: an enum's attribute is looked up
#: anew at each use, and it runs for every candidate.
_MARKER_FIRST, _PENCE, _SPELLED_FORM = Form.MARKER_FIRST, Form.PENCE, Form.SPELLED


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
    if after and (number_text[:1] >= "\u3000" or (start and text[start - 1] >= "\u3000")):
        if text[start - 1 : start] in ("点", "點") and number.start == 0 and text[start - 2 : start - 1] in _WHOLE_BEFORE_POINT:
            # "一点五万美元", "三点五亿元": the scan began after the decimal point; the number
            # before it is the whole part (never "五万美元" alone)
            first = start - 2
            while first > 0 and text[first - 1] in _WHOLE_BEFORE_POINT:
                first -= 1
            start, number_text, digit_shape = first, text[first : start + number.stop], None
        elif (number_text[:1] in _HANGUL_DIGITS or number_text[:1] in _HANGUL_UNITS) and _is_hangul(text[start - 1 : start] or " "):
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
    if form is _SPELLED_FORM and not reading.foreign and (
        _POINT_BEFORE.search(text, max(0, start - 24), start)
        or (text[start - 2 : start - 1].isalpha() and _POINT_DIGITS_BEFORE.search(text, max(0, start - 60), start))
        or (_TENS_FIRST.match(text, start) and _DIGIT_BEFORE_TENS.search(text, max(0, start - 8), start))
    ):
        return None  # "two point five billion dollars": not five billion
    rejected = _reject(text, start, end, number_text, marker, after, form is _PENCE)
    if rejected:
        gap = _GROUP_SPACE.search(number_text) if rejected in ("tail_of_number", "denominator") else None
        if gap is not None:
            # ".630 170 M€" in a table: the tail of one number and the next cell, read on its own
            return _reparse(text, start + number.start + gap.end(), end)
        return None
    lang = "en"
    spelled = form is _SPELLED_FORM
    if reading.ambiguous:
        # "Rp 50.000": a currency without minor units has no decimals to write; "US$10.000",
        # "5.000 euros": no amount is written to three decimal places of nothing.  Before an
        # English scale word the point is a decimal point all the same ("422.098 billion Italian
        # lire", "$1.000 billion")
        grouping = (
            not (reading.scale_word and reading.scale_word.lower() in _MULTIPLIER_WORDS)
            and (number_text.endswith("000") or all(tables().currencies.get(code, (2, ""))[0] == 0 for code in info.codes))
        )
        if grouping:
            lang = "grouping"
        elif form is _MARKER_FIRST and reading.scale_word in _ENGLISH_SCALE_ABBREVIATIONS:
            # "€7,466m" in a table with no words around: a sign before the number and an English
            # abbreviation after it are the English style ("7,466 M€", "7,466 Mio. €" the others)
            lang = "en"
        elif marker.lower() in _COMMA_SCALE_WORDS or (reading.scale_word or "").lower() in _COMMA_SCALE_WORDS:
            # "R$ 2,125 bilhões", "1,436 miljarder", "3,250 mkr": a scale word of a language that
            # writes a decimal comma, or a marker holding one, is its own evidence (Spanish
            # "millones" is not: Mexico groups with it)
            lang = "comma"
        else:
            lang = _lang_at(text, start, end, marker)
    if digit_shape is not None:
        scale = reading.power - info.minor
        found = _digits_value(number_text, digit_shape, lang, scale)
    else:
        found = _value(number_text, lang, spelled, reading.scale_word, info.minor, reading.foreign)
    if found is None:
        return None
    value, exponent, scale = found
    if reading.negative:
        value = -value
    return _Raw(start, end, value, None, exponent, number_text, marker, info, scale)


#: Scale abbreviations that only English writes after a number ("mln" is Italian and Polish too,
#: "M" French).
_ENGLISH_SCALE_ABBREVIATIONS = frozenset({"m", "mn", "bn", "Bn", "b", "tn", "trn"})
#: Scale words of the languages that write a decimal comma and never group thousands with one
#: (lower-cased; not "million", "mln" or "millones", which English, Reuters and Mexico share).
_COMMA_SCALE_WORDS = frozenset({
    "milhão", "milhões", "bilhão", "bilhões", "trilhão", "trilhões", "mil milhões",
    "miljon", "miljoner", "miljard", "miljarder", "miljoen", "miljoenen",
    "milliard", "milliards", "millionen", "milliarde", "milliarden", "mio.", "mrd.", "mio", "mrd",
    "milione", "milioni", "miliardo", "miliardi", "milyon", "milyar", "mld", "mld.", "mkr", "mdkr",
})

#: A space that groups digits ("1 234", "1\u00a0234"): in a table, also where one cell ends.
_GROUP_SPACE = re.compile("[ \u00a0\u202f\u2009]")

_NAME_WORD = re.compile(rf"{_WORD_RUN}(?:['\u2019.\-]{_WORD_RUN})*\.?")
_NAME_GAP = re.compile(r"[ \u00a0]{1,2}")


#: No currency name is longer than this; reading stops there whatever follows.
_MAX_NAME_CHARS = 60


@functools.cache
def _max_name_words() -> int:
    return max(len(n.split()) for n in tables().names)


@functools.cache
def _long_name_seconds() -> dict[str, frozenset[str]]:
    """For the first word of each currency name of several words, the second words that follow it
    ("hong" -> "kong")."""
    seconds: dict[str, set[str]] = {}
    for name in tables().names:
        words = name.split()
        if len(words) > 1:
            seconds.setdefault(words[0], set()).add(words[1])
    return {first: frozenset(found) for first, found in seconds.items()}


def _longer_name(text: str, mstart: int) -> tuple[str, int, Marker] | None:
    """The longest currency name that starts at ``mstart`` and spans several words, if any.

    The scan matches only the first word of a name ("finnish", "hong", "dólar"); the full name
    ("finnish markka", "hong kong dollars", "dólar estadounidense") is read here, word by word.
    """
    first = text[mstart : mstart + 1]
    if _is_cjk(first) and not _is_hangul(first):
        return None  # names in scripts without spaces are matched whole by the scan (Korean has spaces)
    names = tables().names
    ends: list[int] = []
    pos = mstart
    limit = min(len(text), mstart + _MAX_NAME_CHARS)
    m = _NAME_WORD.match(text, pos, limit)
    if m is None:
        return None
    # Most markers ("dollars in", "euros.") begin no name of several words: the first two words
    # tell, before the words are read one by one.
    seconds = _long_name_seconds().get(m.group().lower())
    gap = _NAME_GAP.match(text, m.end()) if seconds is not None else None
    second = _NAME_WORD.match(text, gap.end(), limit) if gap is not None else None
    if second is None:
        return None
    word = second.group().lower()
    if word not in seconds and not (word[-1:] == "." and word[:-1] in seconds) and _unsuffixed(word) not in seconds:
        if _is_hangul(first):
            # Korean glues its particles to the last word: "캐나다 달러이다", "핀란드 마르카에"
            glued = [w for w in seconds if word.startswith(w)]
            if glued:
                e = second.start() + len(max(glued, key=len))
                written = text[mstart:e]
                found = names.get(" ".join(written.lower().split()))
                if found is not None:
                    return written, e, found
        return None
    for _ in range(_max_name_words()):
        if m is None:
            break
        ends.append(m.end())
        gap = _NAME_GAP.match(text, m.end())
        if gap is None:
            break
        pos = gap.end()
        m = _NAME_WORD.match(text, pos, limit)
    for e in reversed(ends[1:]):
        written = text[mstart:e]
        found = names.get(" ".join(written.lower().split()))
        if found is None and written.endswith("."):
            written = written[:-1]
            e -= 1
            found = names.get(" ".join(written.lower().split()))
        if found is None and _unsuffixed(written) != written:
            # "420 milyon fin markı'na": a Turkish case ending after an apostrophe
            written = _unsuffixed(written)
            e = mstart + len(written)
            found = names.get(" ".join(written.lower().split()))
        if found is not None:
            return written, e, found
    return None


_APOSTROPHE_SUFFIX = re.compile(r"['\u2019][^\W\d_]+$")


def _unsuffixed(word: str) -> str:
    """``word`` without the case ending that Turkish sets after an apostrophe ("markı'na")."""
    return _APOSTROPHE_SUFFIX.sub("", word) if "'" in word or "\u2019" in word else word


def _tidy(value: Decimal) -> Decimal:
    """Integral values shown without exponent (``72500000000`` rather than ``7.25E+10``)."""
    exp = value.as_tuple().exponent
    if isinstance(exp, int) and exp > 0:
        return Decimal(int(value)) if value else to_decimal("0", exp, value.is_signed())
    return value


# --------------------------------------------------------------------------------------------
# Currency resolution
# --------------------------------------------------------------------------------------------

_TRIGGERED_DEFAULTS = frozenset({"USD", "GBP"})
_DOLLAR_COUNTRIES_SET = frozenset(_DOLLAR_COUNTRIES)
_TRIGGER_BYTES = frozenset(name.encode("ascii") for name in _DOLLAR_COUNTRIES)


def _resolve(
    text: str, raw: _Raw, assume: dict[str, str] | None, triggers: list[int], evidence: _Evidence
) -> tuple[str, Evidence, tuple[str, ...]]:
    """The ISO code of a candidate, the evidence that decided it, and the alternatives."""
    codes = raw.marker_info.codes
    if assume:
        wanted = assume.get(raw.marker) or assume.get(raw.marker.lower()) or assume.get("*")
        if wanted:
            wanted = wanted.upper()
            return wanted, Evidence.ASSUMED, tuple(c for c in codes if c != wanted)
    if len(codes) == 1:
        return codes[0], Evidence.MARKER, ()
    start = raw.start
    # cheap test first: an adjective ends in a letter of _DEMONYM_LASTS, and a space stands between
    if start > 2 and text[start - 2] in _DEMONYM_LASTS and text[start - 1] == " ":
        named = _demonym_before(text, start, raw.marker, codes)
        if named is not None:
            return named, Evidence.CONTEXT, tuple(c for c in codes if c != named)
    alternatives = codes[1:]
    if codes[0] in _TRIGGERED_DEFAULTS:
        # "$" is US dollars and "£" pounds sterling unless another country that writes them is
        # named near the amount (such names are found by the scan itself, at no extra pass)
        i = bisect_right(triggers, raw.start - CONTEXT_WINDOW - 1)
        if i == len(triggers) or triggers[i] > raw.end + CONTEXT_WINDOW:
            return codes[0], Evidence.DEFAULT, alternatives
    near = evidence.around(raw.start, raw.end, CONTEXT_WINDOW, codes)
    best = _best(near, codes)
    if best is not None and best != codes[0] and codes[0] in _TRIGGERED_DEFAULTS:
        # one country named in passing ("offices in Singapore and Texas") does not turn "$"
        # away from US dollars: it takes two mentions, or one within a sentence's reach
        if near[best] < 2 and not evidence.counts(*_sentence_bounds(text, raw.start, raw.end), codes).get(best):
            best = None
    if best is not None:
        return best, Evidence.CONTEXT, tuple(c for c in codes if c != best)
    if codes[0] in _TRIGGERED_DEFAULTS:
        return codes[0], Evidence.DEFAULT, alternatives
    if codes[0] not in _TRIGGERED_DEFAULTS:
        wide = evidence.around(raw.start, raw.end, WIDE_WINDOW, codes)
        best = _best(wide, codes)
        if best is not None:
            return best, Evidence.DOCUMENT, tuple(c for c in codes if c != best)
    return codes[0], Evidence.DEFAULT, alternatives


#: Place names that stand before a sign as its adjective ("Hong Kong $10"); the other adjectives
#: are told by their endings ("Canadian $2", "Taiwanese $", "Egyptian £5").
_PLACES_AS_ADJECTIVES = frozenset({"hong kong", "new zealand", "singapore"})
#: The last letters of those adjectives and places ("Canadian", "Taiwanese", "Argentine", "Hong Kong",
#: "New Zealand").
_DEMONYM_LASTS = frozenset("negd")


def _demonym_before(text: str, start: int, marker: str, codes: tuple[str, ...]) -> str | None:
    """The currency that an adjective right before a sign names, among the sign's: "Canadian $2"
    is CAD, whatever the country named further off ("€2, British £2 and Canadian $2 coins")."""
    space = text.rfind(" ", max(0, start - 24), start - 1)
    if not text[space + 1 : space + 2].isupper() or not text.startswith(marker, start):
        return None  # "the $5", "of $5": no capital, no adjective
    words = text[max(0, start - 24) : start].split()
    evidence = tables().evidence
    for phrase in (" ".join(words[-2:]), words[-1]):
        code = evidence.get(phrase.lower())
        if (
            code in codes
            and phrase[:1].isupper()
            and (phrase.lower() in _PLACES_AS_ADJECTIVES or phrase.endswith(("an", "ese", "ine")))
        ):
            return code
    return None


def _best(counts: dict[str, int], codes: tuple[str, ...]) -> str | None:
    """The code with clearly the most evidence; a tie that includes the default keeps the default."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return codes[0] if codes[0] in (ranked[0][0], ranked[1][0]) else None
    return ranked[0][0]


_SENTENCE_END = re.compile(r"[.!?;。！？]\s")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of a mention: from the last sentence end before it to the next one after
    (at most 120 characters either side)."""
    lo = max(0, start - 120)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    if ends:
        lo = ends[-1]
    m = _SENTENCE_END.search(text, end, end + 120)
    hi = m.start() + 1 if m else min(len(text), end + 120)
    return lo, hi


_US_FORMS = frozenset({b"US", b"USA", b"U.S."})
_KANA = "kana"  # kinds of evidence that are scripts, not codes (codes are upper case)
_HAN = "han"
#: The code each written evidence word stands for ("" for none), looked up once per spelling.
_CODE_OF: dict[bytes, str] = {}


def _evidence_in(data: bytes, stop: int) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of each evidence word, kana run and Han run starting in ``data[:stop]``
    (byte offsets); ``kind`` is the word's code, or :data:`_KANA` or :data:`_HAN`."""
    search = _compiled().evidence
    evidence = tables().evidence
    size = len(data)
    found: list[tuple[int, int, str]] = []
    pos = 0
    while pos < stop:
        a, b = search(data, pos, size)[0]
        if a < 0 or a >= stop:
            break
        pos = b
        lead = data[a]
        if lead == 0xE3:  # U+3040-U+30FF
            kind = _KANA
        elif 0xE4 <= lead <= 0xE9:  # U+4E00-U+9FFF
            kind = _HAN
        else:  # an evidence word or "US", "USA", "U.S."
            written = data[a:b]
            code = _CODE_OF.get(written)
            if code is None:
                code = evidence.get(" ".join(written.decode("utf-8", "replace").lower().split())) or (
                    "USD" if written in _US_FORMS else ""
                )
                if len(_CODE_OF) < 4096:
                    _CODE_OF[written] = code
            if not code:
                continue
            kind = code
        found.append((a, b, kind))
    return found


@functools.cache
def _evidence_margin() -> int:
    """Characters read either side of a window so that words at its edges read as in the whole text."""
    return max(len(w) for w in tables().evidence) + 8


class _Evidence:
    """Counts the evidence words, Han and kana in windows of one text.

    The windows that ambiguous mentions ask about usually cover a small part of a text, so each is
    first read on its own.  Once the windows read add up to the length of the text, the whole text
    is read once instead and later windows are counted by bisection: a text full of "¥" costs at
    most two passes, not one window scan per mention.  A word counts for a window when it starts
    inside it; a run of script counts when it overlaps it.
    """

    __slots__ = ("_text", "_read", "_words", "_han", "_kana")

    def __init__(self, text: str) -> None:
        self._text = text
        self._read = 0  # characters read window by window so far
        self._words: dict[str, list[int]] | None = None
        self._han: tuple[list[int], list[int]] = ([], [])
        self._kana: tuple[list[int], list[int]] = ([], [])

    def _build(self) -> dict[str, list[int]]:
        text = self._text
        data = text.encode("utf-8", "surrogatepass")
        span_at = _char_spans(text, data)
        words: dict[str, list[int]] = {}
        for a, b, kind in _evidence_in(data, len(data)):
            start, end = span_at(a, b)
            if kind is _KANA or kind is _HAN:
                starts, ends = self._kana if kind is _KANA else self._han
                starts.append(start)
                ends.append(end)
            else:
                words.setdefault(kind, []).append(start)
        self._words = words
        return words

    @staticmethod
    def _overlaps(runs: tuple[list[int], list[int]], lo: int, hi: int) -> bool:
        starts, ends = runs
        i = bisect_left(starts, hi) - 1
        return i >= 0 and ends[i] > lo

    def _window(self, lo: int, hi: int, codes: tuple[str, ...]) -> tuple[dict[str, int], bool, bool]:
        """Word counts, kana and Han of ``text[lo:hi]``, read from the window alone."""
        text = self._text
        margin = _evidence_margin()
        first = max(0, lo - margin)
        piece = text[first : hi + margin]
        data = piece.encode("utf-8", "surrogatepass")
        if len(data) == len(piece):
            b_lo, b_hi = lo - first, hi - first
        else:
            b_lo = len(piece[: lo - first].encode("utf-8", "surrogatepass"))
            b_hi = b_lo + len(text[lo:hi].encode("utf-8", "surrogatepass"))
        seen: dict[str, int] = {}
        kana = han = False
        for a, b, kind in _evidence_in(data, b_hi):
            if kind is _KANA:
                kana = kana or b > b_lo
            elif kind is _HAN:
                han = han or b > b_lo
            elif a >= b_lo and kind in codes:
                seen[kind] = seen.get(kind, 0) + 1
        # in the order of ``codes``, as the index gives them: ties are settled in that order
        return {code: seen[code] for code in codes if code in seen}, kana, han

    def counts(self, lo: int, hi: int, codes: tuple[str, ...]) -> dict[str, int]:
        """Evidence words for each of ``codes`` starting in ``text[lo:hi]``; script adds 2 for CNY or JPY."""
        hi = min(hi, len(self._text))
        cost = hi - lo + 2 * _evidence_margin()  # what reading this window alone reads
        if self._words is None and self._read + cost <= len(self._text):
            self._read += cost
            counts, kana, han = self._window(lo, hi, codes)
        else:
            words = self._words if self._words is not None else self._build()
            counts = {}
            for code in codes:
                found = words.get(code)
                if found:
                    n = bisect_left(found, hi) - bisect_left(found, lo)
                    if n:
                        counts[code] = n
            kana = self._overlaps(self._kana, lo, hi)
            han = not kana and self._overlaps(self._han, lo, hi)
        # Chinese script around "¥" or "元" points to the yuan; Japanese kana to the yen.
        if "CNY" in codes and not kana and han:
            counts["CNY"] = counts.get("CNY", 0) + 2
        if "JPY" in codes and kana:
            counts["JPY"] = counts.get("JPY", 0) + 2
        return counts

    def around(self, start: int, end: int, width: int, codes: tuple[str, ...]) -> dict[str, int]:
        """Evidence within ``width`` characters either side of ``text[start:end]``."""
        return self.counts(max(0, start - width), end + width, codes)


# --------------------------------------------------------------------------------------------
# The scan
# --------------------------------------------------------------------------------------------


#: At most this many scan matches are found ahead in one burst.
_BURST = 32

# Every byte that is not a UTF-8 continuation byte: deleting these leaves the continuation bytes.
_NOT_CONTINUATION = bytes(range(0x80)) + bytes(range(0xC0, 0x100))


def _char_spans(text: str, data: bytes) -> Callable[[int, int], tuple[int, int]]:
    """A function mapping a byte span of ``data`` to its character span in ``text``, in one call.

    Spans are asked for left to right; the count of characters carries on from the last start.
    """
    if len(data) == len(text):
        return lambda a, b: (a, b)
    last_b = last_c = 0  # last start, its character offset

    def span_at(a: int, b: int) -> tuple[int, int]:
        nonlocal last_b, last_c
        if a < last_b:
            last_b = last_c = 0
        gap = data[last_b:a]
        try:  # decoding counts characters fastest, ASCII by the block; spans start on characters
            start = last_c + len(gap.decode("utf-8", "surrogatepass"))
        except UnicodeDecodeError:  # a span cut inside a character: count the characters begun
            start = last_c + len(gap) - len(gap.translate(None, _NOT_CONTINUATION))
        last_b, last_c = a, start
        piece = data[a:b]
        if piece.isascii():
            return start, start + (b - a)
        return start, start + (b - a) - len(piece.translate(None, _NOT_CONTINUATION))

    return span_at


_LAST_LETTERS = re.compile(r"[^\W\d_]+$")


def _hedge(text: str, start: int) -> Qualifier | None:
    """The hedge just before ``start`` ("more than", "约")."""
    head = text[max(0, start - 30) : start]
    stripped = head.rstrip()
    if not stripped:
        return None
    last = stripped[-1]
    # cheap test first: most amounts follow a word or sign that ends no hedge
    if last.isascii() and last.isalpha():
        word = stripped.rsplit(None, 1)[-1].lower()
        if word not in _hedge_words():
            if word.isalpha():
                return None
            # "(about", "cost:approximately": the letters at the end are the word
            m = _LAST_LETTERS.search(word)
            if m is None or m.group() not in _hedge_words():
                return None
    elif last.lower() not in _hedge_last_chars():  # "JUSQU'À"
        return None
    longest = _hedge_longest()
    wide = stripped[-2 * longest :]
    if "  " in wide or not wide.isprintable():
        # a phrase's words may stand apart by more than one space, or by tabs or no-break spaces
        # ("more  than"): read twice as far back and close the spaces up
        reach = 2 * longest
        tail = " ".join(wide.split())
    else:
        reach = longest
        tail = stripped[-longest:]
    if tail.isascii() and not tail.lower().endswith(_hedge_phrases()):
        # "of", "to", "as" end many phrases, few of them hedges.  (Other scripts go to the pattern,
        # which matches case-insensitively as ``lower`` does not: "ſ" for "s".)
        return None
    # no hedge starts further back than that; the lookbehind still sees the character before
    # the search's start
    m = _compiled().hedge_before.search(head, max(0, len(stripped) - reach))
    if not m:
        return None
    value = tables().hedges.get(" ".join(m.group().split()).lower())
    return None if value is None else Qualifier(value)


def _hedge_after(text: str, end: int) -> Qualifier | None:
    """A bound written after the amount: "$5bn+", "a $5 billion-plus deal", "$50,000 or more",
    "£5 or less", "3800亿元以上".

    "$5+$6" and "$5+5" are sums, not bounds: the plus must end the phrase.  "$5 or more than $6"
    compares, and "or more" is no bound there.
    """
    ch = text[end : end + 1]
    if ch == "+":
        after = text[end + 1 : end + 2]
    elif ch == "-":
        if text[end + 1 : end + 5].lower() != "plus":
            return None
        after = text[end + 5 : end + 6]
    else:
        pattern, firsts = _after_hedges()
        # cheap test first: most amounts are followed by a word that begins no bound
        if text[end : end + 4].lstrip(" \u00a0")[:1].lower() not in firsts:
            return None
        m = pattern.match(text, end)
        if m is None:
            return None
        # (the pattern matches case-insensitively as ``lower`` does not: "ſ" for "s")
        value = tables().hedges_after.get(" ".join(m.group(1).split()).lower())
        return None if value is None else Qualifier(value)
    return Qualifier.AT_LEAST if not after or not (after.isalnum() or after in "$€£¥₹+-") else None


@functools.cache
def _after_hedges() -> tuple[re.Pattern[str], frozenset[str]]:
    """The pattern of the bounds written after an amount (their words set apart by any spaces),
    and the first characters they can begin with, lower case."""
    phrases = sorted(tables().hedges_after, key=len, reverse=True)
    # a phrase of a spaced script ends at a word's end, and is no bound before "than" or "all"
    # ("or more than $6", "and above all"), nor "up" before "to" ("and up to six months"); "以上"
    # is followed by more Han at once ("3800亿元以上的项目")
    spaced = "|".join(
        r"[ \u00a0]+".join(map(re.escape, p.split())) + (r"(?![ \u00a0]+to\b)" if p.endswith(" up") else "")
        for p in phrases
        if not _is_cjk(p[0])
    )
    closed = "|".join(map(re.escape, (p for p in phrases if _is_cjk(p[0]))))
    words = rf"(?:{spaced})(?![^\W_]|-|[ \u00a0]+(?:than|all)\b)" + (f"|{closed}" if closed else "")
    # up to three spaces before the bound, as the cheap test in _hedge_after looks that far
    pattern = re.compile(rf"[ \u00a0]{{0,3}}({words})", re.IGNORECASE)
    return pattern, frozenset(phrase[0] for phrase in phrases)


@functools.cache
def _hedge_phrases() -> tuple[str, ...]:
    """Every hedge as written in the tables, lower case ("more than", "约")."""
    return tuple(tables().hedges)


@functools.cache
def _hedge_longest() -> int:
    return max(map(len, tables().hedges))


@functools.cache
def _hedge_last_chars() -> frozenset[str]:
    """Last characters of the hedges that do not end in a letter ("~", "约", "c.")."""
    return frozenset(h[-1] for h in tables().hedges if not (h[-1].isascii() and h[-1].isalpha()))


@functools.cache
def _hedge_words() -> frozenset[str]:
    """Last words of every hedge phrase ("than" of "more than")."""
    return frozenset(h.split()[-1] for h in tables().hedges)


@functools.lru_cache(maxsize=64)
def _precision(exponent: int) -> Decimal:
    """Ten to the power ``exponent``: the place value of a last written digit."""
    return Decimal(1).scaleb(exponent)


def _sign(text: str, start: int) -> str:
    """The sign written right before the phrase ("−€13.2 million", "+$5"), or "".

    A dash after a word or a number ("2019-$5", "cost-$5") is punctuation, not a sign.
    """
    if start == 0:
        return ""
    ch = text[start - 1]
    if ch not in "-−–+":
        return ""
    before = text[start - 2] if start >= 2 else " "
    return "" if before.isalnum() or before in ".,)" else ch


#: Amounts are read, scaled, added and negated without rounding, whatever the caller's context.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation, DivisionByZero, Overflow])


def _scan(text: str, assume: dict[str, str] | None) -> list[Mention]:
    """All mentions of ``text`` (ranges merged, hedges and signs applied, currencies resolved)."""
    with localcontext(_EXACT):
        mentions = _read(text, assume)
    if not mentions:
        return mentions
    from moneyparse.pairing import resolve_by_pairs

    return resolve_by_pairs(text, mentions, assume)


def _read(text: str, assume: dict[str, str] | None) -> list[Mention]:
    """The mentions of ``text`` before pairs settle ambiguous markers (in the exact context)."""
    c = _compiled()
    data = text.encode("utf-8", "surrogatepass")
    span_at = _char_spans(text, data)
    raws: list[_Raw] = []
    triggers: list[int] = []  # where country names start (characters; counted on with the matches)
    shell = False  # whether the text shows AWK or shell code
    search = c.search
    size = len(data)
    pos = 0
    burst = _BURST
    while pos <= size:
        # The matches of the next stretch, found in one burst: RE2 runs fastest while its automaton
        # is still in the processor's cache, before the Python work on each candidate.  A candidate
        # that moves the scan drops the rest of its burst; the next bursts start small again.
        batch: list[tuple[int, int]] = []
        after = pos
        while after <= size and len(batch) < burst:
            found = search(data, after, size)[0]
            if found[0] < 0:
                after = size + 1
                break
            batch.append(found)
            after = found[1] if found[1] > after else after + 1
        pos = after
        burst = min(2 * burst, _BURST)
        for bstart, bend in batch:
            piece = data[bstart:bend]
            if piece.lower() in _TRIGGER_BYTES:
                triggers.append(span_at(bstart, bstart)[0])
                continue
            if piece[0] in _SHELL_LEADS and _SHELL_PIECE.fullmatch(piece):
                sign = piece.find(b"$")
                if sign > 0 and piece[sign - 1] == 0x20:  # "print $1": scan again from the "$" ("print $5 million")
                    # "print $1, $3" is code, "the art print $1,000" a price
                    shell = shell or not (data[bend : bend + 1] in (b",", b".") and data[bend + 1 : bend + 2].isdigit())
                    pos = bstart + sign
                    burst = 2
                    break
                shell = True
                continue
            start, end = span_at(bstart, bend)
            span = text[start:end]
            if span[:1].isalpha() and " ".join(span.lower().split()) in _DOLLAR_COUNTRIES_SET:
                triggers.append(start)  # a name the scan matched by case folding ("\u212a" for "k")
                continue
            reading = _reading(piece.translate(_SHAPE))
            if reading is None:
                continue
            cut = reading.rescan_at
            if cut > 0 and (reading.void or text[end : end + 1].isdigit()):
                # "2009 $5,500,000", "4,857m €829m": in a row of table cells a sign glued to the
                # next number belongs to it, not to the number before it; scan again from the sign.
                # Words that are no number ("UN USD 2 billion", "en vijfenveertig cent"): scan
                # again from the word or the marker after them
                pos = bstart + len(span[:cut].encode("utf-8", "surrogatepass"))
                burst = 2
                break
            raw = _parse_match(text, start, end, reading)
            if raw is not None:
                while raws and raw.start < raws[-1].end:
                    # "元 2点5万元": a number read whole, back over the end of a reading before it
                    raws.pop()
                raws.append(raw)
                if raw.end > end:  # a name read on past the scan: go on after it
                    pos = bend + len(text[end : raw.end].encode("utf-8", "surrogatepass"))
                    burst = 2
                    break
    if shell:
        raws = _shell_fields(raws)
    if not raws:
        return []
    raws = _merge_compounds(text, _merge_ranges(text, raws))
    index = _Evidence(text)
    mentions: list[Mention] = []
    for raw in raws:
        start = raw.start
        sign = _sign(text, start)
        negative = sign not in ("", "+")
        if sign:
            start -= 1
        currency, evidence, alternatives = _resolve(text, raw, assume, triggers, index)
        value, high = raw.value, raw.high
        if negative:
            value, high = (-high, -raw.value) if high is not None else (-value, None)
        mentions.append(
            _mention(
                start, raw.end, text[start : raw.end], value, currency, high,
                _hedge(text, start) or (_hedge_after(text, raw.end) if high is None else None),
                raw.number_text, raw.marker, raw.scale, _precision(raw.exponent), evidence, alternatives,
            )
        )
    return mentions


def _merge_ranges(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Join "$5-6bn", "£2bn-£2.5bn" and "$40 to $50 million" into one candidate with a high end.

    A range has two ends: "$5-$5-$5" gives a range and a lone amount, never a chain.
    """
    c = _compiled()
    out: list[_Raw] = []
    i = 0
    n = len(raws)
    while i < n:
        raw = raws[i]
        nxt = raws[i + 1] if i + 1 < n else None
        # "£2bn-£2.5bn", "$40 to $50 million": two candidates with the same marker; "$5-6 million
        # CAD": a code after the high end that the sign before the low end can mean
        if nxt is not None and nxt.start - raw.end <= 7 and (
            raw.marker == nxt.marker or _code_closes(text, raw, nxt) or _sign_repeats(text, raw, nxt)
        ):
            between = text[raw.end : nxt.start]
            separator = _RANGE_SEPARATOR.fullmatch(between) if len(between) <= 6 else None
            if separator and "to" in between and _changes(text, raw.start):
                separator = None  # "rose from €75 to €78" is a change, not a range
            if separator is None and " and " in between and _BETWEEN_BEFORE.search(text, max(0, raw.start - 12), raw.start):
                separator = _AND_SEPARATOR.fullmatch(between)  # "between US$250 and US$300 million"
            if separator is None and "up" in between and _RANGE_FROM.search(text, max(0, raw.start - 24), raw.start):
                separator = _UP_TO_SEPARATOR.fullmatch(between)  # "ranging from $50,000 up to $150,000"
            if separator:
                merged = _as_range(raw, nxt)
                if merged is not None and raw.marker != nxt.marker and _code_closes(text, raw, nxt):
                    merged = replace(merged, marker_info=nxt.marker_info)  # the code after the high end
                if merged is not None:
                    out.append(merged)
                    i += 2
                    continue
        # "$5-6bn": the high end has no marker of its own
        follow = text[raw.end : raw.end + 4]
        if (
            follow[:1] in "-–— t"
            and (nxt is None or nxt.start > raw.end + 1)
            # a separator must come after the blanks: most amounts are followed by a word
            and text[raw.end : raw.end + 12].lstrip(" \u00a0")[:1] in "-–—t"
        ):
            m = c.range_after.match(text, raw.end)
            if m and "to" in m.group() and _changes(text, raw.start):
                m = None
            if m and raw.exponent < 0 and not m.group("scale") and m.group("num").isdigit() and _NAME_AFTER.match(text, m.end()):
                # "knives - $0.50 - 1 Coal Stove - $2.00": after a price in cents, a whole number
                # before a capitalized word counts the next item ("$20 - 30 Per Person" is a range)
                m = None
            if m and (nxt is None or m.end() <= nxt.start) and raw.scale >= 0:
                merged = _open_high(text, raw, m)
                if merged is not None:
                    out.append(merged)
                    i += 1
                    continue
        # "5-6 billion dollars": the low end has no marker of its own
        # (cheap test first: a dash, or the last letter of "to" or "and", before the amount)
        if text[max(0, raw.start - 4) : raw.start].rstrip(" \u00a0")[-1:] in ("-", "–", "—", "o", "d"):
            m = _low_end(text, raw.start)
            prev_end = out[-1].end if out else 0
            if m and m.end() == raw.start and m.start() >= prev_end:
                merged = _open_low(text, raw, m)
                if merged is not None:
                    out.append(merged)
                    i += 1
                    continue
        out.append(raw)
        i += 1
    return out


# Between a major amount and its minor units: "3 dollars 50 cents", "15 dollars et 15 cents",
# "五元三毛", "两美元又三美分", "545ドルと5セント", "1 달러와 50 센트".
_COMPOUND_SEP = re.compile(r"[ \u00a0]*(?:(?:and|et|y|e|und|en|och|ve|con|com|и|और|又|零|と|와|과)[ \u00a0]*)?", re.IGNORECASE)
_TAIL_WORDS = (
    rf"(?:(?:{_TENS_NAMES})(?:[ -](?:{_DIGIT_NAMES}))?"
    rf"|{_DIGIT_NAMES}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen)"
)
# A bare number of minor units after a major amount: "15 dollars 50", "17 USD 25", "one dollar and one".
_BARE_MINOR = re.compile(
    # (or one word of another language, read in Python: "zwei Euro fünfzig", "vijf euro vijftig")
    rf"[ \u00a0]+(?:(?:and|et|y|e|und|en|och|ve|con|com)[ \u00a0]+)?(?P<num>[0-9]{{1,2}}|{_TAIL_WORDS}|[^\W\d_]{{3,30}})"
    r"(?=[ \u00a0]*(?:[.,;!?)]|$)|[ \u00a0]+(?:and|more)\b)",
    re.IGNORECASE,
)
# A name or code after a number whose marker was written before it: it repeats the marker
# ("$10 dollars", "$ 10 usd", "$10,000USD") or says which of its currencies is meant ("$5.00 CAD",
# "$6 billion (USD)").
_REPEATED_NAME = re.compile(
    r"[ \u00a0]?(?:(?P<name>dollars?|usd|euros?|eur|pounds?|gbp|yuan|rmb|yen|rupees?|(?-i:[A-Z]{3}))\b"
    r"|(?P<hindi>रुपये|रुपए|रुपया|डॉलर)(?![\u0900-\u097f])"
    r"|\((?P<code>(?-i:[A-Z]{3}))\))",
    re.IGNORECASE,
)


#: A digit of jiao after "块" with nothing after it but punctuation, a space, 钱 or the end.
_JIAO_TAIL = re.compile(r"([一二两三四五六七八九])(?=$|[\s，。、！？；：,.!?;:钱的）)])")


def _merge_compounds(text: str, raws: list[_Raw]) -> list[_Raw]:
    """Join a major amount with the minor units that follow it into one candidate."""
    given = raws
    t = tables()
    out: list[_Raw] = []
    i = 0
    n = len(raws)
    while i < n:
        cur = raws[i]
        j = i + 1
        whole = cur.high is None and cur.marker_info.minor == 0 and cur.scale == 0 and cur.exponent >= 0
        prefixed = text.startswith(cur.marker, cur.start)
        if prefixed:
            m = _REPEATED_NAME.match(text, cur.end)
            named = t.marker(m.group("name") or m.group("hindi") or m.group("code"), after=True) if m else None
            shared = named is not None and [c for c in cur.marker_info.codes if c in named.codes]
            name_end = m.end() if shared else -1  # type: ignore[union-attr]
            if (
                not shared
                and text[cur.end : cur.end + 1] in (" ", "\u00a0")
                # cheap test first: such names begin with a capital ("U.S. dollars", "Canadian")
                and text[cur.end + 1 : cur.end + 2].isupper()
                and text[cur.end + 1 : cur.end + 24].split(" ", 1)[0].lower() in _long_name_seconds()
            ):
                # a name of several words: "$125 billion U.S. dollars", "$5 Canadian dollars"
                longer = _longer_name(text, cur.end + 1)
                if longer is not None:
                    shared = [c for c in cur.marker_info.codes if c in longer[2].codes]
                    name_end = longer[1]
            if shared:
                # "$400.00 USD", "$10 dollars": the name repeats the sign; "$5.00 CAD": a code
                # picks one of the sign's currencies
                info = cur.marker_info
                if len(shared) == 1 and len(info.codes) > 1:
                    info = Marker((shared[0],), info.minor)
                cur = _Raw(cur.start, name_end, cur.value, cur.high, cur.exponent, cur.number_text, cur.marker,
                           info, cur.scale)
                # a candidate that the scan started on that name is no amount of its own ("USD 15
                # Mbit/s"), unless a sign follows the name ("$50.00 USD $60.00 USD" in a table)
                while j < n and raws[j].start < cur.end:
                    rest = _after_name(text, raws[j], cur.end)
                    if rest is not None:
                        if raws is given:
                            raws = list(given)  # the caller's list stays as it was
                        raws[j] = rest
                        break
                    j += 1
        if whole and cur.high is None:
            codes = set(cur.marker_info.codes)
            last_minor = 0
            while j < n:
                nxt = raws[j]
                minor = nxt.marker_info.minor
                if (
                    nxt.high is not None
                    or minor <= last_minor
                    or not codes & set(nxt.marker_info.codes)
                    or nxt.start - cur.end > 6
                    or not _COMPOUND_SEP.fullmatch(text, cur.end, nxt.start)
                ):
                    break
                cur = _Raw(cur.start, nxt.end, cur.value + nxt.value, None, nxt.exponent,
                           text[cur.start : nxt.end], cur.marker, cur.marker_info, cur.scale)
                last_minor = minor
                j += 1
            if j == i + 1 and t.currencies.get(cur.marker_info.codes[0], (2, ""))[0] == 2:
                m = _BARE_MINOR.match(text, cur.end)
                # after a sign written first, only a spelled tail joined by "and" counts:
                # "c $ 100 and fifty", never "$28,930 2. Food Bank"
                if m and prefixed and (m.group("num").isdigit() or " and " not in m.group().lower()):
                    m = None
                if m and (j >= n or raws[j].start >= m.end()):
                    tail = m.group("num")
                    try:
                        # a word of another language that is an English one more often ("paid 5
                        # dollars once") is no tail
                        low = tail.lower()
                        lone = low in _LONE_SPELLED_STOP or low in _ENGLISH_FIRST or low in _NAME_FIRST
                        spelled = None if tail.isdigit() or lone else _spelled(tail)[0]
                        cents = Decimal(int(tail)) if tail.isdigit() else (spelled.value if spelled else None)
                    except ValueError:
                        cents = None
                    if cents is not None and cents < 100:
                        cur = _Raw(cur.start, m.end(), cur.value + cents.scaleb(-2), None, -2,
                                   text[cur.start : m.end()], cur.marker, cur.marker_info, cur.scale)
            if j == i + 1 and cur.marker in ("块", "塊") and cur.exponent >= 0:
                # "三块五" is three yuan and five jiao, as speech says it; "三块五一斤" is no such tail
                m = _JIAO_TAIL.match(text, cur.end)
                if m and (j >= n or raws[j].start >= m.end()):
                    jiao = parse_cjk(m.group(1)).value
                    cur = _Raw(cur.start, m.end(), cur.value + jiao.scaleb(-1), None, -1,
                               text[cur.start : m.end()], cur.marker, cur.marker_info, cur.scale)
        out.append(cur)
        i = j
    return out


def _code_closes(text: str, low: _Raw, high: _Raw) -> bool:
    """True when ``low`` is led by an ambiguous sign and ``high`` ends in a marker that names only
    currencies the sign can mean: "$5" and "6 million CAD" of "$5-6 million CAD"."""
    codes = low.marker_info.codes
    return (
        low.marker_info.ambiguous
        and all(code in codes for code in high.marker_info.codes)
        and text.startswith(low.marker, low.start)
        and not text.startswith(high.marker, high.start)
    )


def _sign_repeats(text: str, low: _Raw, high: _Raw) -> bool:
    """True when ``high`` is led by a bare sign that can mean the one currency of the sign before
    ``low``: "US$1 to $70", "US$6,500–$8,000", "HK$5-$7" (the low end says which dollar)."""
    codes = low.marker_info.codes
    return (
        len(codes) == 1
        and high.marker_info.ambiguous
        and codes[0] in high.marker_info.codes
        and text.startswith(low.marker, low.start)
        and text.startswith(high.marker, high.start)
    )


def _after_name(text: str, raw: _Raw, at: int) -> _Raw | None:
    """``raw`` without its part before ``at``, when what its marker has left there is a marker of
    its own: "USD $60.00" from ``at`` on is "$60.00"."""
    marker_end = raw.start + len(raw.marker)
    if not text.startswith(raw.marker, raw.start) or marker_end <= at:
        return None
    rest = text[at:marker_end]
    start = at + len(rest) - len(rest.lstrip(" \u00a0"))
    rest = rest.strip(" \u00a0")
    info = tables().marker(rest, after=False) if rest else None
    if info is None:
        return None
    return _Raw(start, raw.end, raw.value, raw.high, raw.exponent, raw.number_text, rest, info, raw.scale)


_RANGE_SEPARATOR = re.compile(r"[ \u00a0]*(?:-|–|—|to)[ \u00a0]*")
_AND_SEPARATOR = re.compile(r"[ \u00a0]+and[ \u00a0]+")
_FROM_BEFORE = re.compile(r"\bfrom[ \u00a0]+$", re.IGNORECASE)
# Words that make "from X to Y" a span of values rather than a change of one: "prices ranging
# from $25 to $250", "anywhere from", "earn from $5 to $10 an hour", "costs from", "varies from".
_RANGE_FROM = re.compile(
    r"\b(?:rang(?:e|es|ed|ing)|anywhere|somewhere|var(?:y|ies|ied|ying)|earn(?:s|ed|ing)?"
    r"|cost(?:s|ing)?|priced|pric(?:es|ing)|charg(?:e|es|ed|ing)|fees)[ \u00a0]+from[ \u00a0]+$",
    re.IGNORECASE,
)
_BETWEEN_BEFORE = re.compile(r"\bbetween[ \u00a0]+$", re.IGNORECASE)
_UP_TO_SEPARATOR = re.compile(r"[ \u00a0]+up[ \u00a0]+to[ \u00a0]+", re.IGNORECASE)


def _changes(text: str, start: int) -> bool:
    """True when "from" stands right before an amount: "rose from €75 to €78" is a change, unless
    the word before "from" speaks of a span of values ("ranging from $25 to $250")."""
    return (
        _FROM_BEFORE.search(text, max(0, start - 12), start) is not None
        and _RANGE_FROM.search(text, max(0, start - 24), start) is None
    )


def _open_high(text: str, raw: _Raw, m: re.Match[str]) -> _Raw | None:
    """``raw`` extended by the unmarked high end ``m`` ("$5-6bn")."""
    try:
        high_num = parse_digits(m.group("num"))
    except ValueError:
        return None
    high_scale = _scale_of(m.group("scale")) if m.group("scale") else raw.scale
    low_scale = raw.scale if raw.scale else high_scale
    low = _tidy(raw.value.scaleb(low_scale - raw.scale))
    high = _tidy(high_num.value.scaleb(high_scale))
    if not high > low:
        return None
    exponent = min(raw.exponent + low_scale - raw.scale, high_num.exponent + high_scale)
    return _Raw(raw.start, m.end(), low, high, exponent, text[raw.start : m.end()], raw.marker, raw.marker_info, high_scale)


_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


_SPOKEN_MULTIPLIERS = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12}


#: English number words that may end the low end of a range ("five to six million dollars").
_LOW_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred".split()
)


def _low_end(text: str, start: int) -> re.Match[str] | None:
    """The low end of a range just before the amount at ``start`` and its separator ("5-",
    "5 to ", "five to ", "between 5 and "), in digits or one number word; None when there is none."""
    c = _compiled()
    window = max(0, start - 40)
    head = text[window:start].rstrip(" \u00a0")
    if head[-1:] in ("-", "–", "—"):
        rest = head[:-1]
    elif head[-2:] == "to" and not head[-3:-2].isalpha():
        rest = head[:-2]
    elif head[-3:] == "and" and not head[-4:-3].isalpha() and "between" in head:
        rest = head[:-3]
    else:
        return None
    # a number word before the separator ("five to") is read by the number-word pattern; digits,
    # with or without a scale ("5-", "50 million to"), by the digits one
    word = rest.rsplit(None, 1)[-1:]
    pattern = c.range_before_word if word and word[0].rsplit("-", 1)[-1].lower() in _LOW_WORDS else c.range_before
    m = pattern.search(text, window, start)
    if m is None:
        return None
    if m.group("sep") == "and" and not _BETWEEN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "5 and 6 million dollars" are two amounts but after "between"
    if m.group("sep") == "to" and _changes(text, m.start()):
        return None  # "rose from 5 to 6 million dollars" is a change, not a range
    return m


def _open_low(text: str, raw: _Raw, m: re.Match[str]) -> _Raw | None:
    """``raw`` extended by the unmarked low end ``m`` before it ("5-6 billion dollars", "five to
    six million dollars")."""
    if "word" in m.groupdict():
        try:
            low_num = parse_words(m.group("word"))
        except ValueError:
            return None
        # the low end borrows the multiplier the high end was spoken with ("six million")
        last = raw.number_text.lower().replace("-", " ").split()[-1:]
        low_scale = raw.scale or (_SPOKEN_MULTIPLIERS.get(last[0], 0) if last else 0)
    else:
        try:
            low_num = parse_digits(m.group("num"))
        except ValueError:
            return None
        if not m.group("scale") and _YEAR.fullmatch(m.group("num")) and raw.value >= 50 * int(m.group("num")):
            return None  # "from 2009 to 2010 to €50 600 000": a year far below the amount, not its low end
        low_scale = _scale_of(m.group("scale")) if m.group("scale") else raw.scale
    low = _tidy(low_num.value.scaleb(low_scale))
    if not low < raw.value:
        return None
    exponent = min(low_num.exponent + low_scale, raw.exponent)
    return _Raw(m.start(), raw.end, low, raw.value, exponent, text[m.start() : raw.end], raw.marker, raw.marker_info, raw.scale)


def _as_range(low: _Raw, high: _Raw) -> _Raw | None:
    """A range from two candidates; a low end without a scale borrows the high end's."""
    if low.high is not None or high.high is not None:
        return None
    low_value, low_exp = low.value, low.exponent
    if low.scale == 0 and high.scale > 0:
        low_value = _tidy(low.value.scaleb(high.scale))
        low_exp = low.exponent + high.scale
    if not low_value < high.value:
        low_value, low_exp = low.value, low.exponent
        if not low_value < high.value:
            return None
    return _Raw(low.start, high.end, low_value, high.value, min(low_exp, high.exponent),
                f"{low.number_text}-{high.number_text}", low.marker, low.marker_info, high.scale)


# --------------------------------------------------------------------------------------------
# Public entry points
# --------------------------------------------------------------------------------------------


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return text


def extract(text: str, *, assume: dict[str, str] | None = None) -> list[Mention]:
    """Every money mention of ``text`` in text order (see :func:`moneyparse.extract`)."""
    text = _check_text(text)
    if not text:
        return []
    return _scan(text, assume)


#: Characters of text kept before the part being emitted and read beyond it, so that every
#: window a mention's result depends on is whole when it is emitted.
_MARGIN = WIDE_WINDOW + 4 * MAX_PHRASE
_BLOCK = 1 << 16


def iter_extract(chunks: Iterable[str], *, assume: dict[str, str] | None = None) -> Iterator[Mention]:
    """Stream the mentions of the concatenation of ``chunks`` with offsets into the joined text.

    Memory stays bounded by the block size plus twice the context margin, whatever the input.
    """
    buf = ""
    base = 0  # offset of buf[0] in the joined stream
    emitted = 0  # every mention starting before this stream offset has been yielded
    for chunk in chunks:
        _check_text(chunk)
        buf += chunk
        while len(buf) >= _BLOCK + 2 * _MARGIN:
            safe = base + len(buf) - _MARGIN
            yield from _emit(buf, base, emitted, safe, assume)
            emitted = max(emitted, safe)
            cut = safe - _MARGIN - base
            cut = _safe_cut(buf, cut)
            buf = buf[cut:]
            base += cut
    yield from _emit(buf, base, emitted, None, assume)


def _safe_cut(buf: str, cut: int) -> int:
    """Move a cut point back to just after whitespace so that no phrase starts across it."""
    floor = max(0, cut - MAX_PHRASE)
    i = cut
    while i > floor and not buf[i - 1].isspace():
        i -= 1
    return i if i > floor else cut


def _emit(buf: str, base: int, emitted: int, safe: int | None, assume: dict[str, str] | None) -> Iterator[Mention]:
    """Mentions of ``buf`` whose stream start lies in [emitted, safe), shifted to stream offsets."""
    for m in _scan(buf, assume) if buf else ():
        s = m.start + base
        if s < emitted or (safe is not None and s >= safe):
            continue
        if base == 0:
            yield m
        else:
            yield replace(m, start=s, end=m.end + base)


def parse(phrase: str, *, assume: dict[str, str] | None = None) -> Mention:
    """The one money phrase ``phrase`` is; :class:`AmountParseError` otherwise."""
    text = _check_text(phrase)
    found = _scan(text, assume) if text.strip() else []
    if len(found) != 1:
        raise AmountParseError(text, "not a money phrase" if not found else f"{len(found)} money phrases")
    m = found[0]
    outside = (text[: m.start] + text[m.end :]).strip()
    hedge_ok = m.qualifier is not None and text[: m.start].strip().lower() in tables().hedges
    if outside and not hedge_ok:
        raise AmountParseError(text, f"text outside the money phrase: {outside!r}")
    return m
