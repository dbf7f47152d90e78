"""Rejection filters: the candidates that look like money and are not.

:data:`FILTERS` is the registry.  Each :class:`Filter` is named by the rule it applies and declares
where it can apply: the side of the number its marker stands on, the markers it concerns, and the
characters just before the candidate, just after it and first in its number that it needs (its
guards); its test, a plain function called only when the guards pass; and the texts it rejects and
the texts it keeps (near misses that stay money), which the test suite runs.

:func:`_reject` gives a candidate the filters that can apply to it, in the order of the registry,
and returns the first that rejects it.  Which filters can apply is worked out once per marker and
per character and kept as bit masks (bit ``i`` for ``FILTERS[i]``): a candidate costs four look-ups
and an ``and`` of four integers, and most candidates meet no filter at all.  A filter marked
``read_again`` rejects the reading, not every number in it: the reader reads the candidate again
from past the first space inside its number (".630 170 M€": the tail of one number, then a cell).

Word lists: ``data/filters.toml`` (:mod:`moneyparse.filter_patterns`); the tests of data and words
that are no sums (adjectives, letters, base64, hex, shell fields): :mod:`moneyparse.filter_noise`;
of markers glued to more than their amount: :mod:`moneyparse.filter_glue`; of the letter L that
old texts set for the pound, against litres and numerals: :mod:`moneyparse.filter_pounds`; of
English words of other meanings (weights, a performer's name, pages, hours) and of the smallest coin
under a negation ("not one penny more"): :mod:`moneyparse.filters_en`, whose Chinese kin ("不花一毛钱")
is in :mod:`moneyparse.filters_zh` with the units that are money only in some company.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from moneyparse.filter_glue import (
    _alone_or_labelled,
    _code_before_digits,
    _code_of_digits,
    _denominator,
    _ends_open,
    _entity_before_scale,
    _glued_after,
    _glued_to_word,
    _name_needs_country,
    _no_scale_before,
    _not_shop_form,
    _point_blank_digits,
    _shop_marker,
    _sign_starts_word,
    _singular_name,
    _slash_reference,
    _unknown_dollar,
)
from moneyparse.filter_noise import (
    _base64_char,
    _hex_letters,
    _in_base64,
    _in_hex_dump,
    _letter_not_scale,
    _misspelt_scale,
    _name_after,
    _scale_as_adjective,
)
from moneyparse.filter_patterns import words as _words
from moneyparse.filter_pounds import _not_letter_pounds
from moneyparse.filter_types import Filter, Side, _admits, _always
from moneyparse.filters_en import EN_FILTERS, _cent_name, _page_count, _small_spelled, _time_pm, _weight_pounds
from moneyparse.filters_zh import ZH_FILTERS, ZH_FIRST
from moneyparse.grammar import (
    _LONE_TWO,
    _MULTIPLIER_WORDS,
    _NAME_AFTER,
    CONTEXT_WINDOW,
    WIDE_WINDOW,
    _is_cjk,
    _is_devanagari,
    _turkish_stem,
)
from moneyparse.language import _spanish_here, _turkish_near
from moneyparse.lexicon import tables
from moneyparse.rate_quotes import quotes_a_rate

__all__ = ["FILTERS", "Filter", "Side"]


#: What follows the "$" that opens TeX mathematics (a letter is told apart by ``isalpha``).
_TEX_OPENERS = frozenset("\\{")
_CELL_BEFORE = re.compile(r"\$[A-Z]{1,3}\$$")
#: A version number after a toolkit's name: " 8.6", " 8.5.1".
_VERSION = re.compile(r"[ \u00a0]?[0-9]\.[0-9](?:\.[0-9]+)?")


# --- Classes of markers and characters the guards use -------------------------------------------

def _word_char(ch: str) -> bool:
    """A letter, digit or "_" of a word (not of CJK text, which sets no spaces between words)."""
    return (ch.isalnum() or ch == "_") and not _is_cjk(ch)


def _glued_char(ch: str) -> bool:
    """A letter or digit that glues on to a word (not of CJK text, which sets no spaces)."""
    return ch.isalnum() and not _is_cjk(ch)


def _word_start(ch: str) -> bool:
    """What a number of words begins with: a letter (or a space before its first word)."""
    return ch.isalpha() or ch.isspace()


def _year_lead(ch: str) -> bool:
    """A digit that can begin a year of 1500 to 2100: "1", "2", or a digit of another script."""
    return ch in ("1", "2") or (ch.isdigit() and not ch.isascii())


def _devanagari_edge(marker: str) -> bool:
    """A marker that begins or ends with a Devanagari letter or sign."""
    return _is_devanagari(marker[:1]) or _is_devanagari(marker[-1:])


def _dollar_sign(marker: str) -> bool:
    """A marker before the number that ends with "$": "$", "A$", "US$"."""
    return marker[-1:] == "$"


def _two_letter_dollar(marker: str) -> bool:
    """A marker of a capital and "$": "A$", "C$" (also what a spreadsheet writes for a column)."""
    return len(marker) == 2 and marker[0].isupper() and marker[1] == "$"


def _real(marker: str) -> bool:
    """"real" in any case."""
    return marker.lower() == "real"


def _pounds_word(marker: str) -> bool:
    """"pounds", "pound", "lbs", "lb", in any case: words of weight as much as of sterling."""
    return marker.lower() in _words().pound_markers


def _name_word(marker: str) -> bool:
    """A currency word with a capital that also begins names: "Real", "Penny", "Won"."""
    return marker.istitle() and marker.lower() in _words().name_words


def _always_name(marker: str) -> bool:
    """A currency word that with a capital is a name: "Bolivar", "Sucre", "Lev"."""
    return marker.istitle() and marker.lower() in _words().always_names


def _year_word(marker: str) -> bool:
    """A currency word that is an everyday word too: "won", "real", "grand", "bucks"; or a name
    that begins with "new" or "old" of a redenominated unit, after which a year is the year of
    the change ("in 2005 new lei notes came", "the 2010 new lei"): not "New Zealand", "New Taiwan"."""
    word = marker.lower()
    return word in _words().year_words or (word[:4] in ("new ", "old ") and word[4:8] not in ("zeal", "taiw"))


def _bare_word(marker: str) -> bool:
    """A currency word that after a small number is an everyday word unless the text speaks of
    money: "won", "real"."""
    return marker.lower() in _words().word_context


def _basis_marker(marker: str) -> bool:
    """A marker a price basis is written with: a currency word, a sign or an ISO code."""
    return marker.lower() in _words().basis_markers or not marker.isalpha() or marker in tables().currencies


def _turkish_only(marker: str) -> bool:
    """A word of English that is a Turkish name of money, or no code outside Turkish: "sent", "tl"."""
    return marker in _words().turkish_only


def _turkish_ending(marker: str) -> bool:
    """A Turkish name with a case ending glued to it, not itself a name: "dolardan"."""
    return _turkish_stem(marker) is not None and marker.lower() not in tables().names


def _needs_country(marker: str) -> bool:
    """A prefix of a letter or two, with its stop or not, read only with its country named near: "R", "SR", "P", "Sh."."""
    return marker[:1].isalpha() and len(marker.removesuffix(".")) <= 2 and marker in tables().prefix_needs


# --- The tests ----------------------------------------------------------------------------------

def _video_lines(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"1080p" is a video format, "720p" a screen, and more than three digits before the point
    no pence either; decimals of a penny are ("Final dividend 3.65p", "Shr 14.11p")."""
    return number in _words().video_lines or len(number.partition(".")[0]) > 3


def _inside_word(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"5 यूरोपीय" (European), "गुरु 5" (teacher): a Devanagari marker is a word of its own, not
    the beginning or the end of a longer one."""
    edge, beside = (marker[-1:], text[end : end + 1]) if after else (marker[:1], text[start - 1 : start])
    return "\u0900" <= edge <= "\u097f" and _is_devanagari(edge) and _is_devanagari(beside)


def _tail_of_number(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"0.630 170 M€", ".630 170 M€": digits right after a decimal point are the tail of another
    number (a point glued to the digits after a space or a bracket begins a fraction)."""
    return start >= 2 and (text[start - 2].isdigit() or (text[start - 1] == "." and text[start - 2] in " \u00a0("))


def _leading_zero(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"$01", "$0801": a leading zero before more digits is an address or a code; amounts are
    never written so ("$0", "$0.50" are)."""
    return len(number) > 1 and number.isdigit() and number.isascii()


def _in_tex(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"$R^3$", "$a \\not\\equiv 0$": a "$" closing TeX mathematics after a number.

    True when ``start`` follows an opening "$" on its line ("$R^" of "$R^3$"): a "$" right before
    a letter, a backslash or a brace, or a "$$", with no "$" in between; or when a power sign
    stands right before ``start`` ("r^2$")."""
    if text[start - 1 : start] == "^":  # "r^2$": a power closing it
        return True
    opening = text.rfind("$", max(0, start - 80), start)
    if opening < 0:
        return False
    first = text[opening + 1 : opening + 2]
    display = opening > 0 and text[opening - 1] == "$"  # "$$1 ,+, r$$": display mathematics
    return (display or first.isalpha() or first in _TEX_OPENERS) and "\n" not in text[opening:start]


def _cell_reference(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"$A$1", "$B$1:$B$3": a spreadsheet cell, its column and row made absolute (a "$" or a column's letter before)."""
    return _CELL_BEFORE.search(text, max(0, start - 4), start + len(marker)) is not None


def _mixed_cell_reference(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"A$1 is row-wise absolute": a column letter before "$" and a bare row number, in a text
    about cells ("A$1" beside "cells" is no Australian dollar, "A$1 billion" is)."""
    return (
        number.isdigit() and end == start + 2 + len(number) and _words().cell_words.search(text, max(0, start - 80), end + 80) is not None
    )


def _column_a(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"$A1", "$A10:$A20", "$A000": "$A" before bare digits is a cell of column A or a hex address
    as often as Australian dollars; read only with a group, decimals or a scale ("$A130,000")."""
    return number.isdigit() and text.endswith(number, start, end)


def _tex_opening(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"$23^circ", "$1+tfrac{1}{4}", "$1=2pi": a "$" that opens TeX, a power, an index or a TeX
    command after its number."""
    return _words().tex_after.match(text, end) is not None


def _pair_quote(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"EUR/USD 1.10", "USD/JPY 110.5": a quote of a currency pair is a rate, not an amount."""
    code = text[start - 4 : start - 1]
    return start >= 4 and code.isupper() and code.isalpha()


def _vague_quantity(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"several hundred pounds", "a few million dollars": a vague quantity, not an amount."""
    return number.split()[0].lower() in _MULTIPLIER_WORDS and _words().vague_before.search(text[max(0, start - 12) : start]) is not None


def _real_estate(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"2 82 Real estate 98 72": a row of a table by sector, not 82 reais."""
    return text[end : end + 7].lower() == " estate"


def _proper_name(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"1 Real Madrid", "2013 Penny Arcade": a currency word with a capital, then a name."""
    return _NAME_AFTER.match(text, end) is not None


def _year_then_word(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"in 1998 won the title": a year followed by an ordinary English word ("21,00 lei" is
    no year: a year is written with no separator, or a comma before three digits)."""
    digits = number.replace(",", "") if number.count(",") == 1 and len(number.rpartition(",")[2]) == 3 else number
    return len(digits) == 4 and digits.isdigit() and 1500 <= int(digits) <= 2100


def _word_not_currency(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"team 5 won the cup", "6 real risks", "three crowns": "won", "real", "marks", "crowns"...
    after a bare number under 1,000 (no scale word, no thousands; spelled, under a hundred) is a
    word, unless the text speaks of that money near ("the won fell", "1 real in Brazil");
    "50,000 won (about 45 USD)" is money anywhere."""
    whole = number.partition(".")[0]
    if whole.isascii() and whole.isdigit():
        if len(whole) > 3:
            return False
    elif not _small_spelled(whole):
        return False  # spelled: a count under a hundred ("three crowns", "half a real"), not "three hundred"
    if not text.startswith(number, start):
        return False
    if text[start + len(number) : end - len(marker)].strip():
        return False  # a scale word between: "4 billion won"
    if quotes_a_rate(text, start, end, number, marker):
        return False  # "the dollar rose to 1.80 marks": a rate (moneyparse.rate_quotes)
    window = text[max(0, start - CONTEXT_WINDOW) : end + CONTEXT_WINDOW]
    return not _country_named(_words().word_context[marker.lower()], window)


def _year_price_basis(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"in 2019 dollars", "constant 1990 US dollars", "in 1985 US$", "in 2015 USD", "$500 million
    (1988 USD)": a price basis, not an amount."""
    year = number.replace(",", "")
    if not (len(year) == 4 and year.isdigit() and 1800 <= int(year) <= 2100):
        return False
    if number.isdigit() and text[end : end + 1] == ")" and _BASIS_BRACKET.search(text, max(0, start - 12), start):
        return True  # "$500 million (1988 USD)": the year of the amount's prices, in a bracket of its own
    return _words().basis_before.search(text[max(0, start - 16) : start].lower()) is not None


#: An amount, then a bracket opened for a year alone: "$500 million (1988 USD)".
_BASIS_BRACKET = re.compile(r"(?:[0-9]|\b(?:million|billion|trillion|bn|m))[ \u00a0]?\($", re.IGNORECASE)


def _year_of_date(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"8 December 2013 Euro-Dane", "March 3, 2011 USD": the year of a date (never written
    "2,013": "in May 2,000 dollars were raised" is an amount)."""
    return (
        len(number) == 4 and number.isdigit() and 1800 <= int(number) <= 2100
        and _words().month_before.search(text, max(0, start - 16), start) is not None
    )


def _not_turkish(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"50 dolardan": a case ending glued to a name is Turkish; a word that only looks so ("5 sente
    minutes"?) is read only among Turkish letters, or when it runs on into more letters."""
    return text[end : end + 1].isalpha() or not _turkish_near(text, start, end)


def _turkish_word(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"50 sent", "528 milyon frank", "50 tl": Turkish words that are English ones ("sent",
    "frank") or no code in English text, read only among Turkish letters ("20 Frank Street")."""
    return marker == "Frank" or not _turkish_near(text, start, end)


def _portuguese_dos(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"o valor dos dólares": Portuguese "of the", not two; "pagó dos dólares por el café" is two."""
    return number.lower() == _LONE_TWO and not _spanish_here(text, start, end)


def _tk_version(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"Tcl/Tk 8.6", "the Tk 8.5 toolkit": a version of the toolkit, not taka (prices in taka are
    whole, or two decimals: "Tk 84.50")."""
    return _VERSION.fullmatch(text, start + len(marker), end) is not None or "Tcl" in text[max(0, start - 12) : start]


def _enzyme(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"CYP450", "CYP3A4": enzymes of the cytochrome P450 family; the Cypriot pound's code stands
    apart from its amount ("CYP 500")."""
    return text[start + 3 : start + 4].isdigit()


def _spaced_decimal(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"118, 99 TL", "1.837, 32 €": shop strings set a space after the decimal comma, the price
    alone on its line or after a label and its colon; in a sentence or a list the comma and the
    space part two numbers ("sizes 8, 10, 12, 99 TL": the amount is 99 TL)."""
    if ", " not in number:
        return False
    return not _alone_or_labelled(text, start, " \u00a0\t")


def _no_country_named(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"R2-D2", "R5 bus", "SR 520", "P5 countries": a letter or two is read only with its country named nearby ("R5 billion" in South
    Africa)."""
    window = text[max(0, start - CONTEXT_WINDOW) : end + CONTEXT_WINDOW]
    return not _country_named(tables().prefix_needs[marker], window)


def _no_country_in_story(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"a 25-mln crown contract": a name of the money of several countries, read only where its
    story names one of them and no other, as far as the story's evidence reaches (WIDE_WINDOW):
    a story of Sweden, Denmark and Norway at once leaves the crown unread."""
    window = text[max(0, start - WIDE_WINDOW) : end + WIDE_WINDOW]
    evidence = tables().evidence
    named = {evidence.get(word, "") for word in tables().prefix_needs[marker.lower()] if _country_named((word,), window)}
    return len(named - {""}) != 1


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


# --- The registry -------------------------------------------------------------------------------

_A, _B, _BOTH = Side.AFTER, Side.BEFORE, Side.BOTH

#: Every filter, in the order they are tried: the first that rejects a candidate wins (which
#: matters for the two that read again: a filter before them rejects the candidate outright).
FILTERS: tuple[Filter, ...] = (
    *ZH_FIRST,
    Filter("video_lines", _A, _video_lines, markers=("p",), rejects=("Stream the final in 1080p or 720p tonight.",),
           keeps=("A bar of chocolate costs 99p.", "The final dividend is 3.65p a share.")),
    Filter("page_count", _A, _page_count, markers=("p",), first="0123456789",
           rejects=("Time, 3 May 2001, Vol. 8 Issue 2, p33, 3p.", "See pp. 12–15, 4p.", "Notes, p. 7, 2p."),
           keeps=("Milk rose 3p a litre.", "The stamp cost 50p, 2p more.", "On p33 a bun cost 3p.")),
    Filter("time_pm", _A, _time_pm, markers=("p",), follow=".",
           rejects=("The shop shuts at 10p.m. on Sundays.",), keeps=("A bun cost 10p. Many were sold.", "Tea is 9p.")),
    Filter("percent", _BOTH, _always, follow="%",
           rejects=("Shares rose $5% on the day.",), keeps=("Shares rose 5% to $5 on the day.",)),
    Filter("base64_inside", _BOTH, _in_base64, before=_base64_char,
           rejects=("Key: jYyXr+4p/fVeqbQk2LmZ0w== ends here.", "Data: GI/mj+6Rs+URp4iXq0Z then more."),
           keeps=("Coins: 1p/2p/5p/10p/20p/50p and a £1 coin.", "Petrol rose +4p/litre in May.")),
    Filter("base64_first", _BOTH, _in_base64, follow=_base64_char,
           rejects=("A line of data:\n6p/SZaINqL0+Xw7Yh2\nmore.",), keeps=("It was 99p/kg at the market.",)),
    Filter("hex_dump", _BOTH, _in_hex_dump, markers=_hex_letters,
           rejects=("A dump: 3f 2a 97 FB 40 1c e2 00 and more.", "Bytes 0c11f2a4 8a09c3d1 BEF42169 77b0e2a4 c3d1e2f0 end.",
                    "Words: 11aa 3e4f 9121 fcfa 2e0b 77c4 end."),
           keeps=("A fee of 500 CAD was paid.", "Rooms cost 500 BEF a night, 20 FB more in May.",
                  "They paid 99 CAD 10 days ago.", "Remember to add 500 CAD fee now.")),
    Filter("glued_to_word", _A, _glued_to_word, before=_word_char, rejects=("Units of class B2 euro funds closed lower.", "Tile 2 m245 zł"),
           keeps=("Class B units paid 2 euros each.", "Mugs 8 zł11 zł", "Shelf 80 x 25 cm45 zł", "Rice 1 kg4,20 zł")),
    Filter("inside_word", _BOTH, _inside_word, markers=_devanagari_edge,
           rejects=("उसने 5 यूरोप यात्राएँ कीं।",), keeps=("उसने 5 यूरो दिए।",)),
    Filter("tail_of_number", _A, _tail_of_number, before=".,", read_again=True,
           rejects=("The table gives 0.630 170 M€ for Spain.",), keeps=("A row of the table reads Spain,170 M€,2019.",)),
    Filter("half_before", _A, _always, before="半",
           rejects=("公司投资了半百万美元。",), keeps=("公司投资了五百万美元。",)),
    Filter("point_blank_digits", _B, _point_blank_digits, follow=".\u2027\u00b7\u30fb\uff65",
           rejects=("Total $ 8. 94", "It cost \u00a36\u00b73 million."),
           keeps=("It cost $8. Then it rose.", "It was $399.99. 2007 came.", "It cost $8. 2.2% paid it.")),
    Filter("digits_point_blank", _A, _point_blank_digits, before=" \u00a0",
           rejects=("Preis 8. 94 €",), keeps=("Preis 8.94 €", "It ended in 2002. One euro was new.", "Step 1. 500 € now.")),
    Filter("spaced_decimal", _A, _spaced_decimal, first="0123456789", read_again=True,
           rejects=("Sizes 8, 10, 12, 99 TL are left.",), keeps=("118, 99 TL", "Fiyat: 118, 99 TL")),
    Filter("denominator", _A, _denominator, before="/", read_again=True,
           rejects=("About 1/2 million dollars was spent.", "It traded at 15/16 $."),
           keeps=("Tickets: adults/5 dollars, children/2 dollars.", "营收预计为35.39/40.73/46.29亿美元。", "Rooms 100/150€.",
                  "Copper held at 1,480/1,520 stg a tonne.")),
    Filter("leading_zero", _B, _leading_zero, first="0",
           rejects=("Programs load at $0801 on that machine.",), keeps=("A stamp was $0.50 and the pen $0.",)),
    Filter("tex_closing", _A, _in_tex, markers=("$",),
           rejects=("The space is not homeomorphic to $R^3$.", "The integral of r^2$ is finite."),
           keeps=("The ticket costs 30$ at the door.",)),
    Filter("cell_reference", _B, _cell_reference, markers=_dollar_sign, before="$ABCDEFGHIJKLMNOPQRSTUVWXYZ",
           rejects=("Absolute references ($A$1, or $B$1:$B$3) keep their cells.",),
           keeps=("The ASX firm raised A$1 million.", "A typo in the memo, GBP$9, stood beside the fee of \u00a39.")),
    Filter("mixed_cell_reference", _B, _mixed_cell_reference, markers=_two_letter_dollar,
           rejects=("In a formula, A$1 is row-wise absolute.",), keeps=("Each share fetched A$1 at the close.",)),
    Filter("column_a", _B, _column_a, markers=("$A",),
           rejects=("Sum it with =SUM($A1:$A10) below.", "The ROM sits at $A800 on boot."),
           keeps=("He was fined $A130,000 in Darwin.", "It cost $A1.5 million.", "They paid $A20.50 each.")),
    Filter("display_math", _B, _always, markers=_dollar_sign, before="$",
           rejects=("The sum $$1 ,+, r ,+, r^2$$ converges.",), keeps=("The sum of $1 and $2 is small.",)),
    Filter("tex_opening", _B, _tex_opening, markers=_dollar_sign, follow="^_=+",
           rejects=("We know that $1=2pileft(x$ holds.",), keeps=("Lunch is $12+ tip at the diner.",)),
    Filter("pair_quote", _B, _pair_quote, before="/",
           rejects=("EUR/USD 1.10 at the close.",), keeps=("Rooms cost 10 euros/USD 12 a night.",)),
    Filter("glued_after", _B, _glued_after, follow=_glued_char,
           rejects=("The R65C00 chip and a $99x card.", "The plot sold at Rs 2,500sqft.", "It ships for $5UPS ground."),
           keeps=("It cost $10,000USD in all.", "It sold for $5.00CAD.", "Rs 12,500nokia 3310 boxed", "Tees $25UP at the stall.")),
    Filter("entity_before_scale", _B, _entity_before_scale, follow="&",
           rejects=("They found \u00a31&shy;million in cash.", "It cost $2.5&amp;bn."),
           keeps=("Tea is \u00a35&shy;each.", "It cost $3&amp;c in all.")),
    Filter("code_before_digits", _A, _code_before_digits, markers=_code_of_digits, first=str.isalpha,
           rejects=("He owed three USD 10 bills.",), keeps=("He lent three USD, then 4 more.",)),
    Filter("sign_starts_word", _A, _sign_starts_word, markers=_ends_open, follow=_glued_char,
           rejects=("Shirts come 2 S/M or 3 L/XL.",), keeps=("Lunch in Lima costs 12 S/ or so.", "Socks: 9 лв12 лв")),
    Filter("shop_form", _A, _not_shop_form, markers=_shop_marker,
           rejects=("He had 5 DT shots.", "Take gate 2 VT Airways.", "Stap 2 Nu gaan we verder.", "It cost 5 million DT.",
                    "We meet at 10:00 DT.", "Take Route 100 VT."),
           keeps=("Prix : 12,500 DT", "Price 1,500 Ks.", "Fare 300 VT (cash)", "Room 2,500 Nu\nBreakfast free")),
    Filter("singular_after_scale", _A, _no_scale_before, markers=_singular_name,
           rejects=("The index passed the 1,000 mark today.", "The dollar broke the 1.80 mark.",
                    "Sales passed the 1 billion mark in May.", "The GT40 won as four Mark IV cars."),
           keeps=("It launched a 300 mln mark bond.", "It priced its 300 mln guilder 6.25 pct bullet bond.")),
    Filter("slash_reference", _B, _slash_reference, markers=("S/",), follow="/",
           rejects=("The council issued S/2015/123 today.",), keeps=("Rice costs S/ 4.50/kg in Lima.",)),
    Filter("unknown_dollar", _B, _unknown_dollar, markers=("$",), before=str.isalpha,
           rejects=("A loaf was Q$ 100 that year.",), keeps=("The ebook$5 bundle is out.",)),
    Filter("weight_pounds", _A, _weight_pounds, markers=_pounds_word,
           rejects=("The baby weighed 7 pounds at birth.", "They shipped 53 million pounds of tobacco.",
                    "He is 174 pounds (79 kg) now.", "The catch was 41 million pounds.",
                    "A 300-pound marlin was sold for $9,000.", "A quarter-pound burger costs $3."),
           keeps=("He was fined 500 pounds for speeding.", "He paid 3 pounds (about 4 dollars).",
                  "He sold a 5-pound note for 20 pounds.", "She paid a 10-pound fine.")),
    Filter("cent_name", _A, _cent_name, markers=("Cent",),
           rejects=("Acts: * Pink * 50 Cent * Muse",), keeps=("es kostet nur 20 Dollar und 30 Cent.",)),
    Filter("letter_pounds", _BOTH, _not_letter_pounds, markers=("L", "L.", "l."),
           rejects=("Fill it with 5,000 L of water.", "Buy a 2 L bottle for the trip.", "The bank sold 1.5 L of it."),
           keeps=("If a merchant have 50,000 L. all his own, he may lend 10,000 L at interest.",
                  "The reserve of the Bank was reduced to L 1,994,000.")),
    Filter("vague_quantity", _A, _vague_quantity, first=_word_start,
           rejects=("The repair cost several hundred pounds.",), keeps=("The repair cost two hundred pounds.",)),
    Filter("letter_not_scale", _BOTH, _letter_not_scale, markers=("$",),
           rejects=("It cost 3 T$ in Tonga.", "He bought a $5 T-shirt."), keeps=("Debt passed $1.5T.", "A 10B$ deal.")),
    Filter("misspelt_scale", _B, _misspelt_scale, follow=" \u00a0",
           rejects=("They pledged an extra \u00a3540 milllion to the fund.", "GDP: $7.7 biliion (1989)", "It cost $3 mllion."),
           keeps=("It cost \u00a3540 Milton paid.", "He paid $5 minion fees.", "It cost $3 million.", "It cost $3 to fix.")),
    Filter("scale_as_adjective", _A, _scale_as_adjective, markers=_name_after, first=str.isalpha,
           rejects=("That is the billion-dollar question.", "It has a million-dollar view.",
                    "They signed a multi-billion dollar deal.", "He sold two million-dollar homes.",
                    "She is heir to a multi-billion euro fortune.", "Ireland has six euro billionaires.",
                    "She saw Million Dollar Baby twice.", "The Six Million Dollar Man aired in 1974."),
           keeps=("He paid a billion dollars for it.", "It was a half-billion-dollar fund.",
                  "They spent two hundred million dollars.", "A Billion Euro Was Spent On Roads.",
                  "He found a One Cent coin.")),
    *EN_FILTERS,
    *ZH_FILTERS,
    Filter("real_estate", _A, _real_estate, markers=_real, follow=" ",
           rejects=("Sectors by share: Manufacturing 2 82 Real estate 98 72.",), keeps=("It cost 1 real in Brazil.",)),
    Filter("proper_name", _A, _proper_name, markers=_name_word, follow=" \u00a0",
           rejects=("Barcelona drew 1 – 1 Real Madrid.",), keeps=("A coffee was 1 Real at a market in Brazil.",)),
    Filter("capital_name", _A, _always, markers=_always_name,
           rejects=("In 1819 Bolivar crossed the Andes.", "Route 13 Bolivar, Missouri, is closed."),
           keeps=("A coffee cost 3 bolivares in Caracas.", "Ghana set the rate at 150 cedis.")),
    Filter("year_then_word", _A, _year_then_word, markers=_year_word, first=_year_lead,
           rejects=("He won 3 games and in 1998 won the title.",), keeps=("A cup of tea was 2,500 won.",)),
    Filter("word_currency", _A, _word_not_currency, markers=_bare_word,
           rejects=("Team 5 won the cup.", "The Ford 427 won in 1965.", "He listed 6 real risks of the plan.",
                    "She scored 90 marks out of 100.", "She scored 1.80 marks on the test.",
                    "The arms show three crowns.", "A ring of 18 ct gold.", "He was half a real hero."),
           keeps=("The bill came to 50,000 won (about 45 USD).", "The won fell; a coffee now costs 500 won.",
                  "Sales reached 4 billion won.", "A bus ticket costs 5 real in Brazil.",
                  "The Bundesbank paid five marks a share.", "Shr 14 cts vs one ct.",
                  "The dollar rose to 1.80 marks after falling.")),
    Filter("year_price_basis", _A, _year_price_basis, markers=_basis_marker, first=_year_lead,
           rejects=("Prices in 2019 dollars are lower.", "Growth is shown in constant 1990 US dollars.",
                    "The loss was $500 million (1988 USD)."),
           keeps=("A sum of 2000 dollars was raised.",)),
    Filter("year_of_date", _A, _year_of_date, first=_year_lead,
           rejects=("On March 3, 2011 USD bonds fell.",), keeps=("In May 2,000 dollars were raised.",)),
    Filter("not_turkish", _A, _not_turkish, markers=_turkish_ending,
           rejects=("He sold it for 50 dolardan in Berlin.",), keeps=("Bilet 50 dolardan fazlaya satıldı.",)),
    Filter("turkish_word", _BOTH, _turkish_word, markers=_turkish_only,
           rejects=("Meet me at 20 Frank Street.",), keeps=("Bilet fiyatı 50 frank oldu.",)),
    Filter("portuguese_dos", _A, _portuguese_dos, first=str.isalpha,
           rejects=("O valor dos dólares caiu.",), keeps=("Pagó dos dólares por el café.",)),
    Filter("tk_version", _BOTH, _tk_version, markers=("Tk", "Tk."),
           rejects=("Tcl/Tk 8.6 came out in 2012.",), keeps=("Tea costs Tk 84.50 in Dhaka.",)),
    Filter("enzyme", _B, _enzyme, markers=("CYP",),
           rejects=("Drugs that inhibit CYP450 enzymes.",), keeps=("The fee was CYP 500 in 2003.",)),
    Filter("no_country_named", _B, _no_country_named, markers=_needs_country,
           rejects=("R2-D2 beeped twice.", "SR 520 crosses the lake.", "Press Sh.5 to shift."),
           keeps=("South Africa spent R5 billion on roads.", "Saudi Arabia paid SR 520 million.")),
    Filter("no_country_in_story", _A, _no_country_in_story, markers=_name_needs_country,
           rejects=("Statoil signed a 25-mln crown contract.", "Sweden and Norway shared a 5 mln crown loan."),
           keeps=("Norway's Statoil won a 25-mln crown order.",)),
)


# --- The dispatch -------------------------------------------------------------------------------

#: At most this many keys are kept per table of masks (markers and characters are few in practice;
#: a text of every character there is must not grow the tables without end).
_MAX_KEYS = 4096


class _Masks(dict[str, int]):
    """Per key (a marker, or one character), the bits of the filters that admit it, worked out on
    first sight from ``admits(filter, key)``."""

    def __init__(self, admits: Callable[[Filter, str], bool]) -> None:
        super().__init__()
        self.admits = admits

    def __missing__(self, key: str) -> int:
        mask = sum(1 << i for i, f in enumerate(FILTERS) if self.admits(f, key))
        if len(self) < _MAX_KEYS:
            self[key] = mask
        return mask


class _Plans(dict[int, tuple[tuple[Callable[..., object] | None, Callable[..., bool], Filter], ...]]):
    """Per mask, its filters in the order of the registry, each as its ``within``'s search, its test and itself."""

    def __missing__(self, mask: int) -> tuple[tuple[Callable[..., object] | None, Callable[..., bool], Filter], ...]:
        plan = self[mask] = tuple((f.within.search if f.within else None, f.test, f) for i, f in enumerate(FILTERS) if mask >> i & 1)
        return plan


_BEFORE_MARKERS = _Masks(lambda f, marker: f.concerns(False, marker))
_AFTER_MARKERS = _Masks(lambda f, marker: f.concerns(True, marker))
_BEFORE_CHARS = _Masks(lambda f, ch: _admits(f.before, ch))
_FOLLOW_CHARS = _Masks(lambda f, ch: _admits(f.follow, ch))
_FIRST_CHARS = _Masks(lambda f, ch: _admits(f.first, ch))
_PLANS = _Plans()


def _reject(text: str, start: int, end: int, number: str, marker: str, after: bool) -> Filter | None:
    """The first filter that rejects the candidate ``text[start:end]``, or None to keep it.

    ``number`` is its number as written and ``marker`` its marker, after the number when ``after``.
    """
    mask = (_AFTER_MARKERS if after else _BEFORE_MARKERS)[marker]
    if mask:
        mask &= _BEFORE_CHARS[text[start - 1 : start]] & _FOLLOW_CHARS[text[end : end + 1]] & _FIRST_CHARS[number[:1]]
        if mask:
            for within, test, f in _PLANS[mask]:
                if (within is None or within(text, start, end)) and test(text, start, end, number, marker, after):
                    return f
    return None
