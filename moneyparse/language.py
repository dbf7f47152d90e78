"""The language of the words around an amount, and the decimal convention it tells.

"$3.350" is 3.350 in English and 3,350 in Spanish; "12,345 $" is 12.345 in French.  When a
number's one separator could group thousands or mark decimals (:func:`_needs_lang`), the reader
asks :func:`_convention`, which looks at the currency, the scale word and the everyday words
of the amount's line, then of the lines around it (:func:`_lang_at`).  The filters ask the same
words whether a text is Turkish (:func:`_turkish_near`) or Spanish rather than Portuguese
(:func:`_spanish_here`).
"""

from __future__ import annotations

import re

from moneyparse.grammar import _MULTIPLIER_WORDS, CONTEXT_WINDOW, Form
from moneyparse.lexicon import Marker, language, letter_class, tables, words
from moneyparse.numbers import DecimalConvention
from moneyparse.point_groups import SETTLED

# bound once: an enum's attribute is looked up anew at each use
_EN, _COMMA = DecimalConvention.EN, DecimalConvention.COMMA

#: Everyday words of the languages that write a decimal point ("the", "and") and of those that
#: write a decimal comma ("le", "und", "och"): the packs' ``cues``.
_EN_WORDS = words().point_cues
_COMMA_WORDS = words().comma_cues

#: Letters that Turkish writes and English, French, German and the other languages read here do
#: not (dotless i, s and g with their marks, dotted capital I); and those of every language that
#: writes a decimal comma and has letters of its own (Turkish, and Cyrillic): the packs' ``letters``.
_TURKISH_LETTERS = re.compile(f"[{letter_class(language('tr').letters)}]")
_COMMA_LETTERS = re.compile(f"[{words().comma_letters}]")


def _turkish_near(text: str, start: int, end: int) -> bool:
    """Whether Turkish letters stand within the context window of ``text[start:end]``."""
    return _TURKISH_LETTERS.search(text, max(0, start - CONTEXT_WINDOW), end + CONTEXT_WINDOW) is not None


#: Signs of currencies whose countries write a decimal comma: "2.000 €" is two thousand (the
#: ``decimal`` column of markers.tsv).
_CONTINENTAL_MARKERS = words().comma_markers


def _word_counts(window: str, first: frozenset[str], second: frozenset[str]) -> tuple[int, int]:
    """How many words of ``window``, in lower case, are in ``first`` and how many in ``second``:
    the everyday words that tell one language from another."""
    said = window.lower().split()
    return sum(map(first.__contains__, said)), sum(map(second.__contains__, said))


def _lang_at(text: str, start: int, end: int, marker: str, glued_comma: bool = False) -> DecimalConvention:
    """COMMA when the words around an amount are of a decimal-comma language, else EN.

    The words of the amount's own line (as read: a wrapped paragraph is one line) decide when they
    tell a language, and those within 300 characters when they do not: a line of a list is a
    field of its own, and the lines around it may be in another language (a page of prices from
    many shops: "Precio de la lámpara: $3.350" is 3,350 among lines in English; "$3.350" alone on
    its line is read by the lines around).  A line in a script of a language that writes a point
    tells the point by itself (:func:`_point_script_line`: "רק 1,649 ₪" among German lines).
    With no telling words either way ("1,000 USD" alone), the marker decides: the euro and the
    other continental signs follow the decimal-comma convention, everything else the English one;
    but a sign glued before a number whose separator is a comma (``glued_comma``: "€1,234") is
    written in the English style, where the continental one writes "1.234 €" or "€ 1.234".
    """
    lo, hi = max(0, start - 300), end + 300
    window = text[lo:hi]
    line = text[max(lo, text.rfind("\n", lo, start) + 1) : _line_end(text, end, hi)]
    en, comma = _word_counts(line, _EN_WORDS, _COMMA_WORDS)
    if en == comma and _point_script_line(line, marker):
        return _EN
    if en == comma and len(line) < len(window):
        en, comma = _word_counts(window, _EN_WORDS, _COMMA_WORDS)
    if comma == en:
        # Turkish letters tell Turkish text, which writes a decimal comma: "12.345 $'dan"; so do
        # Cyrillic ones, of Russian and Ukrainian text: "1,23 млрд рублей"
        if glued_comma:
            return _EN
        return _COMMA if marker in _CONTINENTAL_MARKERS or _COMMA_LETTERS.search(window) else _EN
    return _COMMA if comma > en else _EN


#: Letters of the scripts whose languages write a decimal point and group thousands with a comma:
#: Hebrew, the scripts of South Asia (Devanagari to Sinhala), Thai, Hangul, kana and Han.  Not
#: Arabic (the Maghreb writes a decimal comma), Greek, Armenian or Georgian (a comma too).
_POINT_SCRIPT = re.compile("[\u0590-\u05ff\u0900-\u0dff\u0e00-\u0e7f\u1100-\u11ff\u3040-\u30ff\u3130-\u318f"
                           "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def _point_script_line(line: str, marker: str) -> bool:
    """Whether the words of an amount's own line, no cue word of either side among them, are
    written in a script whose languages write a decimal point (:data:`_POINT_SCRIPT`): then they
    tell the point, and the words of other lines do not decide it.  A page of prices from many
    shops is a list of separate strings: "רק 1,649 ₪" (Hebrew, "only") or "售价 1,649元" is 1,649
    however many German or French lines stand around it.  A line that also holds letters of a
    language writing a comma (Cyrillic, Turkish) tells nothing, and a continental sign ("€",
    "zł") keeps its own reading, as written after the number the continental way ("1,649 €")."""
    return (
        marker not in _CONTINENTAL_MARKERS
        and _POINT_SCRIPT.search(line) is not None
        and _COMMA_LETTERS.search(line) is None
    )


def _line_end(text: str, end: int, limit: int) -> int:
    """Where the line of ``text`` holding ``end`` ends, at ``limit`` at the latest."""
    found = text.find("\n", end, limit)
    return limit if found < 0 else found


def _needs_lang(num_text: str, marker: str, after: bool, scale_word: str | None = None) -> bool:
    """True when a lone separator before three digits could be grouping or decimal here.

    "$3.350" is 3.350 in English and 3350 in Spanish; "12,345 $" is 12.345 in French.  A comma
    after a "$", a "£" or a rupee's sign written before the number groups thousands, whatever
    language the words around are in ("£1,899" is 1,899 pounds beside a line in Romanian, "Rs
    19,380" 19,380 rupees): the moneys written so group with a comma or, in Latin America, a point
    ("$3.350"), and none is priced to three decimals after a comma.
    """
    if num_text[:1] == ".":
        return False  # ".630 M€", ".75 €": a number with no whole part begins with its decimals
    for mark in (",", "."):
        if num_text.count(mark) == 1 and len(num_text) - num_text.rfind(mark) - 1 == 3:
            other = "." if mark == "," else ","
            if other in num_text:
                return False
            grouping_sign = marker.endswith(("$", "£")) or marker in _RUPEE_SIGNS
            if mark == "," and not after and grouping_sign and marker not in _CONTINENTAL_MARKERS and not (
                scale_word and scale_word.lower() in _COMMA_SCALE_WORDS
            ):
                return False  # (not Brazil's "R$ 2,125", nor "US$ 2,125 bilhões")
            return True
    return False


#: The rupee's signs written before the number: South Asia writes a decimal point, and groups with
#: a comma ("Rs 1,25,000", "₹1,500").
_RUPEE_SIGNS = frozenset({"Rs", "Rs.", "₹"})


#: Everyday words that Spanish writes and Portuguese does not, and the other way round.
_SPANISH_ONLY = language("es").unlike["pt"]
_PORTUGUESE_ONLY = language("pt").unlike["es"]


def _spanish_here(text: str, start: int, end: int) -> bool:
    """Whether the words around ``text[start:end]`` are Spanish rather than Portuguese."""
    spanish, portuguese = _word_counts(text[max(0, start - 200) : end + 200], _SPANISH_ONLY, _PORTUGUESE_ONLY)
    return spanish > portuguese


#: Scale abbreviations that only English writes after a number ("mln" is Italian and Polish too,
#: "M" French): the packs' ``point_scales``.
_ENGLISH_SCALE_ABBREVIATIONS = words().point_scales
#: Scale words of the languages that write a decimal comma and never group thousands with one
#: (lower-cased; not "million", "mln" or "millones", which English, Reuters and Mexico share):
#: the packs' ``comma_scales``.
_COMMA_SCALE_WORDS = words().comma_scales


def _convention(
    text: str, start: int, end: int, number_text: str, marker: str, info: Marker, scale_word: str | None, form: Form
) -> DecimalConvention | None:
    """How a number whose lone separator before three digits leaves it in doubt is read
    (``text[start:end]`` being its match, ``info`` what its marker means); None when nothing tells:
    a "$" before a point and three digits on a bare line (:func:`_bare_line`) under a label that
    tells no language either (:func:`_label_above`) is a price in dollars to three decimals ("gas at
    $3.359 a gallon" in a sentence) or in pesos, the point grouping thousands as in Chile ("Normal:
    $309.990", 309,990 pesos).  Where the words or the label say English, such a price on a line
    that is no sentence is in dollars to three decimals only if a unit, a rate or an eighth says
    so (:func:`_unlicensed`: "$4.419 Price reduced from $6.799 to" gives nothing).  A wrong value
    is worse than none.  Where the caller's ``assume`` settles the marker to a money of a country
    that groups thousands with a point, its point before three digits groups them ("$257.374" in
    pesos: :mod:`moneyparse.point_groups`)."""
    settled = SETTLED.get()  # (None but where an ``assume`` settles a money of point groups)
    if settled is not None and not scale_word and settled.groups(marker, info.codes, number_text):
        return DecimalConvention.GROUPING
    if "." in number_text and _in_thousandths(info.codes):
        # "KD 1.250", "12.500 DT", "OMR 5.000": the dinars and rials of a thousand fils or millimes
        # are written to three decimals, with a point, in their countries' prices
        return _EN
    # "Rp 50.000": a currency without minor units has no decimals to write; "US$10.000",
    # "5.000 euros": no amount is written to three decimal places of nothing.  Before an
    # English scale word the point is a decimal point all the same ("422.098 billion Italian
    # lire", "$1.000 billion")
    grouping = (
        not (scale_word and scale_word.lower() in _MULTIPLIER_WORDS)
        and (number_text.endswith("000") or all(tables().currencies.get(code, (2, ""))[0] == 0 for code in info.codes))
    )
    if grouping:
        return DecimalConvention.GROUPING
    if form is Form.MARKER_FIRST and scale_word in _ENGLISH_SCALE_ABBREVIATIONS:
        # "€7,466m" in a table with no words around: a sign before the number and an English
        # abbreviation after it are the English style ("7,466 M€", "7,466 Mio. €" the others)
        return DecimalConvention.EN
    if marker.lower() in _COMMA_SCALE_WORDS or (scale_word or "").lower() in _COMMA_SCALE_WORDS:
        # "R$ 2,125 bilhões", "1,436 miljarder", "3,250 mkr": a scale word of a language that
        # writes a decimal comma, or a marker holding one, is its own evidence (Spanish
        # "millones" is not: Mexico groups with it)
        return DecimalConvention.COMMA
    glued_comma = (
        form is Form.MARKER_FIRST
        and "," in number_text
        and text[end - len(number_text) - 1 : end - len(number_text)] == marker[-1:]
        and _WORD_AFTER.match(text, end) is None  # "€2,200 millionen" is German
    )
    if (
        marker == "$" and form is Form.MARKER_FIRST and not scale_word
        and _POINT_THOUSANDS.fullmatch(number_text) and _bare_line(text, start, end)
    ):
        label = _label_above(text, start)  # "Normal: $309.990" alone: 309,990 pesos or 309.990 dollars
        return None if label is _EN and _unlicensed(text, start, end, number_text) else label
    convention = _lang_at(text, start, end, marker, glued_comma)
    if (
        convention is _EN and marker == "$" and form is Form.MARKER_FIRST and not scale_word
        and _POINT_THOUSANDS.fullmatch(number_text) and _unlicensed(text, start, end, number_text)
    ):
        return None  # "$4.419 Price reduced from $6.799 to": pesos or dollars, nothing says which
    return convention


#: A whole part of one to three digits, a point and three digits not all naughts: "$109.990" is
#: 109,990 Chilean pesos and "$3.359" three dollars and a fraction, in the words of a sentence.
_POINT_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}\.(?!000)[0-9]{3}")


def _bare_line(text: str, start: int, end: int) -> bool:
    """Whether the line of ``text[start:end]`` is a bare price, a label and an amount with no word
    that tells a language: no everyday word of one (:func:`_lang_at`'s cues) and no word in lower
    case of a running sentence ("Normal: $309.990", "Price $9.990"); "gas at $3.359 a gallon" and
    "el precio es $39.990" are sentences, read as before by the words of the line and around it.
    An amount that is the whole text is a phrase handed in alone, no line of a page: the marker's
    default reads it, as :func:`_lang_at` does ("$20.506" is 20.506 dollars)."""
    line = text[text.rfind("\n", 0, start) + 1 : _line_end(text, end, len(text))]
    for word in _WORD.finditer(line):  # (cheap test first: a sentence stops at its first word in lower case)
        if word.end() - word.start() > 1 and word.group().islower():
            return False
    en, comma = _word_counts(line, _EN_WORDS, _COMMA_WORDS)
    return en == comma and bool(text[:start].strip() or text[end:].strip())


def _label_above(text: str, start: int) -> DecimalConvention | None:
    """The convention that the everyday words of the line above a bare price tell, its label's
    ("Precio de la oferta" over "$3.350": 3350; "Price of the lamp": 3.350); None when they tell
    none ("Envío gratis" over "$84.416") or the line holds a figure: no reading rather than a wrong one."""
    end = text.rfind("\n", 0, start)
    label = text[text.rfind("\n", 0, end) + 1 : end] if end > 0 else ""
    if any(ch.isdigit() for ch in label):
        return None  # (a line with figures is another item, no label: "Get credit up to ₹1,00,000")
    en, comma = _word_counts(label, _EN_WORDS, _COMMA_WORDS)
    return None if en == comma else _EN if en > comma else _COMMA


def _unlicensed(text: str, start: int, end: int, number_text: str) -> bool:
    """Whether nothing says that the "$" price ``text[start:end]``, a point and three digits
    (:data:`_POINT_THOUSANDS`), is in dollars to three decimals, its line being a field of a page
    rather than a sentence.  English writes three decimals of a dollar only for a price per unit
    ("$3.359 a gallon", "$0.125 a share", "$1.459/kWh", "$2.109 per litre"), an exchange rate ("the
    pound at $1.654", "a rate of $1.125"), a share price in eighths ("$12.375": three eighths, the
    one written in three digits) and an amount under a dollar (no whole part to group: not read
    here).  A shop's price phrase with none of these ("$4.419 Price reduced from $6.799 to", "Was
    $8.999", "Sale $6.299") is a price in pesos grouped by points as much as in dollars: no reading
    rather than a wrong one.  A line that holds a sentence, its end marked by a stop after a word
    or a figure, is prose and read as before by its words ("gas at $2.048, below the record of
    $2.054 set in May.")."""
    if number_text[-3:] in _ODD_EIGHTHS or _PER_UNIT.match(text, end) or not (text[:start].strip() or text[end:].strip()):
        return False  # (an amount that is the whole text is read by its marker's default: :func:`_bare_line`)
    line = text[text.rfind("\n", 0, start) + 1 : _line_end(text, end, len(text))]
    return _SENTENCE_END.search(line) is None and _RATE_WORD.search(line) is None


#: The eighths of a dollar written in three digits, in which shares were priced: ".125", ".375".
_ODD_EIGHTHS = frozenset(("125", "375", "625", "875"))
#: After a price, the unit it is a price of: "$3.359 a gallon", "per litre", "/kWh", "each".
_PER_UNIT = re.compile(r"[ \u00a0]*(?:/[ \u00a0]*[^\W\d_]|(?i:per|an?|each)\b)")
#: A word of an exchange rate on a price's line: "the pound at $1.654", "Exchange rate".
_RATE_WORD = re.compile(r"\b(?i:rates?|exchange|pounds?|sterling|euros?|yen)\b")
#: The end of a sentence: a stop, a question or an exclamation mark after a word or a figure (and
#: the brackets or quotes that close there), and a blank or the end of the line after it ("at
#: $1.690.", "Prices fell. Gas ...", "(¥380 billion).").
_SENTENCE_END = re.compile(r"[^\W_][)\]\"'\u2019\u201d]*[.!?](?:\s|$)")

#: A word of letters ("at", "gallon", "Normal"): one in lower case belongs to a running sentence.
_WORD = re.compile(r"[^\W\d_]+")


def _in_thousandths(codes: tuple[str, ...]) -> bool:
    """Whether every currency of ``codes`` is counted in thousandths (three minor digits: the
    Kuwaiti and Tunisian dinars, the Omani rial ...)."""
    currencies = tables().currencies
    return bool(codes) and all(currencies.get(code, (2, ""))[0] == 3 for code in codes)


#: A word right after an amount: a scale word it does not read ("€2,200 millionen") may tell its
#: language.
_WORD_AFTER = re.compile(r"[ \u00a0]*[^\W\d_]")
