"""Rejection filters: the candidates that look like money and are not.

Each filter is named by the rule it applies, and commented with the text it protects against
("1080p is a video format, not pence").  :func:`_reject` runs them in a fixed order on every
candidate and names the first that matches; :func:`_shell_fields` drops the fields of shell code
from a text that shows such code.
"""

from __future__ import annotations

import functools
import re
from typing import Protocol, TypeVar

from moneyparse.grammar import (
    CONTEXT_WINDOW, _LONE_TWO, _MULTIPLIER_WORDS, _NAME_AFTER, _is_cjk, _is_devanagari, _turkish_stem,
)
from moneyparse.language import _spanish_here, _turkish_near
from moneyparse.lexicon import tables


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


class _Candidate(Protocol):
    """What the filters read of a candidate (the reader's ``_Raw``, which stands above them)."""

    start: int
    end: int
    marker: str


_C = TypeVar("_C", bound=_Candidate)


def _shell_fields(raws: list[_C]) -> list[_C]:
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


_TURKISH_ONLY = frozenset({"sent", "Sent", "frank", "Frank", "tl"})  # "TL" is a code anywhere
