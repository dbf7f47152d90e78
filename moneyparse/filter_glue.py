"""The tests of the rejection filters for a marker glued to more than the amount: a number that a
sign written before it runs into letters ("R65C00", "$99x"), a sign written after the number that
is the first letters of a longer word ("2 S/M", "100 лвнещо"), and a sign's number that a slash and
digits carry on into a document's reference ("S/2015/123"), and a number whose scale word an
HTML entity sets apart ("£1&amp;million"), a code after words that spell a
number when digits follow it ("three USD 10 bills": the code is the digits'), a number that a
point and a blank part from more digits ("$ 8. 94"), and the denominator of a fraction ("1/2
million dollars"), which the second of two prices a slash parts is not ("100/150€"), nor the
higher of two whole figures of a bid and an offer ("1,480/1,520 stg", :mod:`moneyparse.slashes`).

Two prices run on, each with a sign its script writes after the number ("12 zł15 zł", "7,95
€9,95 €", "14 лв17 лв", an Arabic "ر.س" so twice: an old and a new price on a page whose tags were
stripped): the sign closes the first price, and the digits glued after it open the next, which
the same sign closes in turn (:func:`run_on_price`, :func:`closed_before`); the scan does not
move the sign to the digits after it, and neither the sign's letters carried on nor a letter
glued before the digits rejects either price.  Without the sign again after the digits, a sign
in Arabic letters ("40 ر.س44") gives nothing, the digits' value never read at the first price;
other signs keep their reading (:func:`sign_of_next`); a sign English writes before its number
("$", "£") is never read as closing the number before it.

A price run on after the name of its variant glues to the unit of a size ("Półka 80 x 25
cm45 zł", "1 kg4,50 zł"): the digits after a unit of length, weight or volume in small letters,
figures before it, are a price of their own (:func:`price_after_unit`), but for a 2 or a 3 after
a unit of length, which may write its square or cube ("1,44 m239,90 zł" gives nothing) unless
sides before it say the unit is a length ("80 x 25 cm32 zł"); letters of another word stay its
tail ("class B2 euro", "Galaxy A11 zł").  A price runs on into the product's name after it too
("Rs 25,500Infinix", "£14.99iPhone": :func:`_name_glued`).

Each is a plain test of :data:`moneyparse.filters.FILTERS`, with the signature of the others there
(``text, start, end, number, marker, after``); the registry declares their guards and the texts
each rejects and keeps.
"""

from __future__ import annotations

import functools
import re

from moneyparse.entities import scale_after_entity
from moneyparse.filter_patterns import _YEAR, words
from moneyparse.grammar import _MULTIPLIER_WORDS, CONTEXT_WINDOW, _is_cjk
from moneyparse.hedges import glued_up
from moneyparse.lexicon import markers, shop_markers, tables
from moneyparse.lexicon import words as words_of_packs


def _glued_after(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"R65C00", "$99x": a marker-led number running straight into letters is a part number,
    unless the letters are a code of the marker's ("$10,000USD", "$5.00CAD"), the name of the
    next thing on a page whose tags were stripped or the next phrase of a price tag ("€78.50VAT
    included": :func:`_name_glued`), or a shop's "UP" that ends its word ("$150UP★", "NT$2,490up":
    from that price up, :func:`moneyparse.hedges.glued_up`, which makes the amount a lower bound);
    "UP" that more letters carry on is another word's start ("$5UPS", "$10UPGRADE")."""
    return not (_glued_code(text, end, marker) or _name_glued(text, end, number) or glued_up(text, end))


#: A capitalized word of letters: a first capital, then lower case or capitals only, to its end.
_CAPITALIZED = re.compile(r"[A-Z](?:[a-z]{3,}|[A-Z]{3,})(?![^\W_])")
#: A brand's word of five letters or more, a capital after a small letter inside it: "InFinix", "iPhone".
_CAMEL = re.compile(r"(?=[A-Za-z]{5})[A-Za-z]*?[a-z][A-Z][A-Za-z]*(?![^\W_])")
#: Units and scale words written capitalized after a number, which make it a size or a larger sum
#: ("500Mbps", "5Million"), never a price followed by a name (lower case).
_GLUED_UNITS = frozenset(
    "mbps gbps kbps watt watts volt volts inch inches pack packs pcs tons gram grams kilo kilos litre litres liter liters "
    "meter meters metre metres hours days months years million millions billion billions trillion trillions thousand "
    "lakh lakhs crore crores miljoen millionen milliarden".split()
)
#: The units of four letters or more, technical or everyday, that a size or a count glued to its
#: number is written with in small letters ("1,000sqft", "2,500pieces", "1,200kcal"; those of three
#: letters or fewer, "5,000mah", "1,500mm", "2,000pcs", are too short to be read as a name).
_LOWER_UNITS = _GLUED_UNITS | frozenset(
    "amps kcal joule joules lumen lumens sqft sqyd feet foot yard yards mile miles acre acres hectare hectares "
    "marla marlas kanal kanals ounce ounces pound pounds tonne tonnes kilogram kilograms kilometre kilometres kilometer "
    "kilometers gallon gallons hour mins minutes secs seconds week weeks month year pair pairs piece pieces unit units "
    "sheet sheets page pages item items steps rolls boxes bags cups pills tabs caps kilowatt kilowatts megawatt megawatts "
    "megabyte megabytes gigabyte gigabytes terabyte terabytes megapixel megapixels".split()
)
#: The last separator of a number groups three digits: "25,000", "1.299".
_THOUSANDS_END = re.compile(r"[.,][0-9]{3}$")
#: The last separator of a number groups three digits or gives two of cents: "8,000", "14.99".
_GROUP_OR_CENTS = re.compile(r"[.,][0-9]{2,3}$")
#: A word of small letters, four or more, that white space or the end of the text ends: "infinix s5".
_LOWER_WORD = re.compile(r"[a-z]{4,}(?=\s|\Z)")
#: One capital letter, a blank and a letter: "I phone", "A pair".
_LETTER_WORD = re.compile(r"([A-Z])[ \u00a0][^\W\d_]")
#: The capitals that say a scale ("$5K", "$2B", "$3G", "R2L", lakh) or a unit ("1,500W", "12.000V")
#: glued after a number: no first letter of a name.
_SCALE_LETTERS = frozenset("KMBTGLWV")


#: Two digits of cents after the number's last separator: "79,95", "1.299,00", "78.50".
_CENTS = re.compile(r"[.,][0-9]{2}$")
#: A word of lower-case letters or three capitals, then a blank: "in 20 mesi", "VAT included".
_PHRASE_GLUED = re.compile(r"([a-z]{2,}|[A-Z]{3})[ \u00a0]")
#: The everyday words of the languages (the packs' cues): "in", "the", "und", "per".
_EVERYDAY = words_of_packs().point_cues | words_of_packs().comma_cues


def _name_glued(text: str, end: int, number: str) -> bool:
    """Whether a capitalized word of four letters or more, no unit or scale word, is glued after a
    price written with a separator ("Rs 25,500Infinix Note 7", "Rs 19,380INFINIX HOT 10"), or a
    brand's word of five letters or more with a capital after a small letter inside it ("Rs
    20,000InFinix", "£14.99iPhone", "$1,299.00MacBook"; "1,500KiloWatt" is a size): a
    shop page whose tags were stripped runs the price into the product's name, and the amount
    ends where the word begins.  So does a price to the cent whose tag runs on into its next
    phrase: an everyday word of a language (the packs' cues) or three capitals that are no
    currency code and no unit, with a blank after either ("€ 79,95in 20 mesi", "€78.50VAT
    included").  A code of letters and digits ("R65C00", "$1,299X5"), a word in lower case that is
    none of those ("$99x"), a whole number ("5in", inches) or a code ("€4.00USD") stays glued, and
    the candidate no amount, unless the word is a name in small letters after a number grouped by
    three, or one capital and a word (:func:`_small_name_glued`: "Rs 12,500nokia 3310")."""
    if not ("," in number or "." in number):
        return False  # (a number with no separator before a word is a model's: "R65Turbo")
    m = _CAPITALIZED.match(text, end)
    if m is not None:
        return m.group().lower() not in _GLUED_UNITS
    m = _CAMEL.match(text, end)  # a brand's word: "Rs 20,000InFinix Hot", "£14.99iPhone case"
    if m is not None:
        return not _glued_size_word(m.group().lower())
    if _small_name_glued(text, end, number):
        return True
    if not _CENTS.search(number):
        return False
    # a price to the cent glued to the next phrase of its tag: an everyday word ("€ 79,95in 20
    # mesi", Italian "in 20 months") or three capitals that are no code and no unit ("€78.50VAT
    # included"), a blank after either; "5in" (inches) has no cents, "$5.00CAD" is its code
    m = _PHRASE_GLUED.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word.isupper():
        return word not in tables().currencies and word.lower() not in _GLUED_UNITS
    return word in _EVERYDAY


def _small_name_glued(text: str, end: int, number: str) -> bool:
    """Whether the name of the next thing on a stripped shop page, which the capitalized word of
    :func:`_name_glued` misses, is glued after a price: a word of small letters, four or more, that
    white space or the end of the text ends, after a number whose last separator groups three
    digits ("Rs 12,500nokia 3310", "€1.299lenovo"), or one capital letter, a blank and a word after
    a number whose last separator groups three digits or gives two of cents ("Rs 8,000A pair of
    speakers", "£14.99I phone case").  A unit, a scale word, a currency's name or code stays glued
    ("1,000sqft", "2,500pieces", "3,000rupees", "$2,000usd"; the scan reads most scale words as the
    amount's scale before: "$5,000million"), and so does a word of three letters or fewer
    ("5,000mah", "2,000pcs"), one that more letters or digits carry on ("12,500nokia3310") and a
    capital that writes a scale or a unit ("R2,000W heater"); the candidate is then no amount."""
    if _THOUSANDS_END.search(number):
        word = _LOWER_WORD.match(text, end)
        if word is not None:
            return not _glued_size_word(word.group())
    letter = _LETTER_WORD.match(text, end)
    return letter is not None and letter.group(1) not in _SCALE_LETTERS and _GROUP_OR_CENTS.search(number) is not None


def _glued_size_word(word: str) -> bool:
    """A unit, a scale word, or a currency's name or code, in small letters: "sqft", "million", "rupees", "usd"."""
    known = tables()
    return word in _LOWER_UNITS or word in known.scales_folded or word in known.names or word.upper() in known.currencies


def scale_letter_glued(text: str, end: int, scale_word: str | None) -> bool:
    """Whether the scale word that ends the candidate at ``end`` is one Latin letter that a letter
    carries on: the first letter of a word ("€6.31 mēnesī", "$5 Mädchen"), which the scan's word
    boundary, that knows the letters of ASCII only, took for the scale "m"; read without it, the
    amount stands ("$5 mln" and "$5M" stay five million)."""
    return scale_word is not None and len(scale_word) == 1 and scale_word.isascii() and text[end : end + 1].isalpha()


def _glued_code(text: str, end: int, marker: str) -> bool:
    """True when an ISO code that ``marker`` can mean is glued after the number: "$5.00CAD"."""
    code = text[end : end + 3]
    if len(code) < 3 or not (code.isascii() and code.isupper()) or text[end + 3 : end + 4].isalnum():
        return False
    info = tables().marker(marker, after=False)
    return info is not None and code in info.codes


#: Scripts written without spaces between words, besides CJK: Thai, Lao, Myanmar, Khmer ("100บาทต่อชิ้น").
_UNSPACED = (("\u0e00", "\u0eff"), ("\u1000", "\u109f"), ("\u1780", "\u17ff"))


def _ends_open(marker: str) -> bool:
    """A marker whose end the scan cannot tell from the middle of a word: its last character is a
    slash ("S/") or a letter outside ASCII of a script that sets words apart by spaces ("Sʻ",
    "лв"); the scan's word boundary knows the letters of ASCII only, so "KD" is not one ("12 KDa"
    never matches).  Such a sign that a letter or digit carries on is the beginning of a longer
    word, no sign ("2 S/M", "3 S/RES", "100 лвнещо", "5 Sʻm": a size, a document, a word), and
    the guards of filter ``sign_starts_word`` decide that alone.  In CJK and Thai text a word
    glued after the sign is the next word ("3元5角", "100บาทต่อชิ้น")."""
    last = marker[-1:]
    if last == "/":
        return True
    if last.isascii() or not last.isalpha() or _is_cjk(last):
        return False
    return not any(low <= last <= high for low, high in _UNSPACED)


#: The signs of one character that their scripts write after the number as well as before it
#: ("19,99 €", "1,659 ₪", "250 ₽"); the others ("$", "£", "¥", "₹") a table row glues to the next
#: number, whose sign they are ("2009 $5,500,000").
_AFTER_SYMBOLS = frozenset("€₪₽₴₫")
#: A number of a price tag: digits, groups of three after a separator, and cents.
_TAG_NUMBER = re.compile(r"[0-9]+(?:[.,'\u00a0\u202f ][0-9]{3})*(?:[.,][0-9]{1,2})?")
#: The blanks that may part a price tag's number from its sign.
_TAG_BLANKS = " \u00a0\u202f\u2009"


def _sign_after(marker: str) -> bool:
    """Whether ``marker`` is a sign its script writes after the number: one of letters, of any
    script ("ر.س", "د.إ", "zł", "лв", "Lei", "TL"), or one of :data:`_AFTER_SYMBOLS`."""
    return marker in _AFTER_SYMBOLS or any(c.isalpha() for c in marker)


def run_on_price(text: str, end: int, marker: str) -> bool:
    """Whether the sign ``marker`` that ends at ``end``, written after its number, closes its price
    although digits are glued after it: two prices of a shop whose tags were stripped, an old
    one and a new one, each with its sign after it ("25 zł30 zł", "19,99 €24,99 €", "100 лв120
    лв", an Arabic "ر.س" so twice).  The digits after the sign are the next price when the same
    sign closes them in turn, a blank before it or none; the sign is then no sign written before
    them (the next price's), and no first letters of a longer word.  A sign written before its
    number in English ("$", "£") is never read so: in a row of cells it is the next number's
    ("2009 $5,500,000 $6,000,000").  Without the sign again after the digits nothing tells
    whose the sign is, and the reading stays as it was."""
    if not _sign_after(marker):
        return False
    m = _TAG_NUMBER.match(text, end)
    if m is None:
        return False
    at = m.end()
    if at < len(text) and text[at] in _TAG_BLANKS:
        at += 1
    if not text.startswith(marker, at):
        return False
    return not text[at + len(marker) : at + len(marker) + 1].isalpha()  # "25 zł30 złotych" is no pair


def sign_of_next(text: str, end: int, marker: str) -> bool:
    """Whether the sign ``marker`` that ends a scan match at ``end``, a blank after a number and
    digits glued after it, is the sign of those digits, as a sign written before its number is in
    a row of cells ("2009 $5,500,000", "4,857m €829m").  Not when it closes the first of two prices
    run on (:func:`run_on_price`), nor when its script writes it after the number alone: a sign
    in Arabic letters ("25 ر.س27", "40 د.إ44") closes the number before it or opens the digits
    after it, nothing tells which, and neither is read."""
    if not text[end : end + 1].isdigit() or run_on_price(text, end, marker):
        return False
    return not any("\u0600" <= c <= "\u06ff" for c in marker)


def closed_before(text: str, start: int, marker: str) -> bool:
    """Whether the number at ``start`` follows, glued, the same sign ``marker`` closing a price
    before it: the second of two run-on prices of :func:`run_on_price` ("25 zł30 zł"), whose
    first digit the sign's last letter glues to but no word."""
    if not _sign_after(marker) or not text.endswith(marker, 0, start):
        return False
    at = start - len(marker)
    if at > 1 and text[at - 1] in _TAG_BLANKS:
        at -= 1
    return at > 0 and text[at - 1].isdigit() and run_on_price(text, start, marker)


#: The units of measure a shop's line writes in small letters after a size: length, weight, volume.
_SIZE_UNITS = frozenset(("mm", "cm", "m", "kg", "g", "ml", "l"))
#: The units of length, whose square or cube a 2 or a 3 glued after them writes ("54 m2", "cm3").
_LENGTHS = frozenset(("mm", "cm", "m"))
#: Sizes by sides, "60 x 30 " or "120×60×2 ", the last side's digits ending the text: lengths each.
_SIDES = re.compile(r"[0-9](?:[.,][0-9]+)?[ \u00a0]?[x×][ \u00a0]?[0-9]+(?:[.,][0-9]+)?[ \u00a0]?$")


def price_after_unit(text: str, start: int, number: str) -> bool:
    """Whether the number at ``start`` (written ``number``), with its money after it, is a price
    glued after the unit of a size, as a shop page whose tags were stripped runs a variant's name
    into its price: "Półka 80 x 25 cm45 zł", "Mąka 1 kg4,50 zł", "Sok 1,5 l6,99 €".  The letters
    glued before the digits are one of :data:`_SIZE_UNITS`, in small letters, and figures stand
    right before them, a blank between or none: a size.  Not a model's name or a size's sign
    ("Galaxy A11 zł", "Etui x30 zł"), nor a unit with no figures before it ("Model cm32 zł") or
    in capitals ("30 CM32 zł").  After a unit of length a 2 or a 3 alone may write its square or
    its cube ("2,22 m259,99 zł" may be 2.22 m² at 59.99 zł): the digits are read only after sides
    written "A x B", which are lengths ("80 x 25 cm32 zł"), else nothing is."""
    first = start
    while first > start - 2 and text[first - 1 : first].isalpha():
        first -= 1
    unit = text[first:start]
    if unit not in _SIZE_UNITS or text[first - 1 : first].isalpha():
        return False
    size = first - 1 if text[first - 1 : first] in (" ", "\u00a0") else first
    if not text[size - 1 : size].isdigit():
        return False
    if unit in _LENGTHS and number[:1] in ("2", "3"):
        return _SIDES.search(text, max(0, first - 24), first) is not None
    return True


def _glued_to_word(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """A number a letter glues to is the tail of a word ("class B2 euro funds"), unless the letter
    ends the sign of a price before it (:func:`closed_before`) or the unit of a size before it
    (:func:`price_after_unit`: "80 x 25 cm45 zł")."""
    return not (closed_before(text, start, marker) or price_after_unit(text, start, number) or _han_after_acronym(text, start, end))


#: The large units of a Chinese numeral: a number written with one is a sum, never a model's digits.
_HAN_LARGE = frozenset("万萬亿億兆")


def _han_after_acronym(text: str, start: int, end: int) -> bool:
    """Whether the amount from ``start`` to ``end`` is a Chinese numeral glued after the capitals
    of an acronym, as Chinese text writes them with no blank ("GDP十二兆元", "人均GDP3万美元"):
    its first character a Han numeral, or its digits carrying a large unit (万, 亿, 兆), and two
    capitals at least before it, no small letter before them ("iPhone十二千元" stays a name).  A
    model's name glues digits to letters ("B2", "A11"), never a numeral of ten thousands."""
    if not ("\u4e00" <= text[start : start + 1] <= "\u9fff" or _HAN_LARGE.intersection(text[start:end])):
        return False
    first = start
    while first > 0 and "A" <= text[first - 1] <= "Z":
        first -= 1
    return start - first >= 2 and not (first > 0 and text[first - 1].isalpha() and text[first - 1].isascii())


def _sign_starts_word(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """A sign that digits carry on begins a longer word (see :func:`_ends_open`), unless they are
    the next price, which the same sign closes (:func:`run_on_price`)."""
    return not run_on_price(text, end, marker)


def _slash_reference(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"S/2015/123", "S/RES/2231": a slash and a digit after the number of "S/" make it a part of
    a document's reference (the UN's symbols), not soles; "S/ 12.50/kg" leaves the slash a
    unit's."""
    return text[end + 1 : end + 2].isdigit()


def _unknown_dollar(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"Q$ 100", "L$ 250", "Col$ 5.000": letters glued before a "$", a capital first, name the
    country of a dollar or a peso.  The scan reads those the tables know as one sign ("US$",
    "HK$", "TT$"), so these name one it does not know, and are no US dollars; nothing is better
    than a wrong currency.  A word glued in small letters is left ("ebook$5")."""
    first = start
    while first > 0 and text[first - 1].isalpha():
        first -= 1
    return start - first <= 4 and text[first].isupper()


def _entity_before_scale(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"£1&amp;million", "$2&shy;bn": an HTML entity between the number and a scale word (one of a
    blank is read as the blank: :mod:`moneyparse.entities`); the scan stops at the "&", and the
    number alone would be a millionth of the amount: nothing is safer than that.  Another word
    after the entity leaves the amount as it is ("£5&amp;c")."""
    return scale_after_entity(text, end) is not None


def _denominator(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"1/2 million dollars": the digits after a fraction's slash are its denominator, no amount.
    Decimals on both sides are a series of amounts, which fractions never are
    ("35.39/40.73/46.29亿美元"), and so are two prices a sign follows (:func:`_second_price`)."""
    if start < 2 or not text[start - 2].isdigit():
        return False
    if "." in number and _DECIMAL_END.search(text, max(0, start - 24), start - 1):
        return False
    if marker[:1].isascii() and marker[:1].isalpha() and text[start:end].endswith(marker) and whole_pair_low(text, start, number):
        return not text[start + len(number) : end - len(marker)].isspace()  # "1,480/1,520 stg"; no scale word
    return not _second_price(text, start, number, marker)


#: A whole figure of three digits or more and a slash, at the end of the text searched: "1,480/" of
#: "1,480/1,520 stg" (no slash, point, comma, dash or letter before it; no year: "1986/1987").
_WHOLE_LOW = re.compile(r"(?<![\w.,/-])([1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]{2,})/$")
#: A whole figure of three digits or more, as the higher of such a pair is written.
_WHOLE = re.compile(r"[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]{2,}")


def whole_pair_low(text: str, start: int, number: str) -> re.Match[str] | None:
    """The lower figure of a bid and an offer written as two whole figures a slash parts, ``number``
    at ``start`` the higher ("1,480/1,520": both of three digits or more and as many, the lower
    first, no slash, point, comma, dash or letter before it, the lower no year; a fraction or a date
    has fewer digits: "15/16", "3/4"); None when the figures are no such pair.  Group 1 is the lower figure."""
    if not _WHOLE.fullmatch(number):
        return None
    m = _WHOLE_LOW.search(text, max(0, start - 12), start)
    if m is None:
        return None
    low, high = m.group(1).replace(",", ""), number.replace(",", "")
    if _YEAR.fullmatch(m.group(1)):
        return None  # "1986/1987": a span of years
    return m if len(low) == len(high) and int(low) < int(high) else None


#: A number with decimals right before the end of the text searched.
_DECIMAL_END = re.compile(r"[0-9]\.[0-9]+$")
#: The number before a slash, at the end of the text searched: no slash, point or comma before it.
_NUMERATOR = re.compile(r"(?<![0-9.,/])[0-9]+(?:[.,][0-9]+)*$")
#: Decimals at the end of a number: a point and digits, or a comma and one or two ("22,50").
_CENTS = re.compile(r"(?:\.[0-9]+|,[0-9]{1,2})$")
#: The denominators of the wire's fractions of a dollar ("15/16"), whatever their numerators.
_WIRE_DENOMINATORS = frozenset({"2", "4", "8", "16", "32", "64"})


def _second_price(text: str, start: int, number: str, marker: str) -> bool:
    """Whether the number after a slash, with a currency's sign after it, is the second of two
    prices and no fraction's denominator ("100/150€ singles/doubles", "45/55 €", "22,50/28€"):
    it or the number before the slash has decimals, or the number before has two digits or
    more and this one is larger, and no denominator of the wire's fractions ("15/16 $" is one).
    A sign of letters after it ("1/2 dollars", "20/30 dlrs") leaves it a denominator, and so does
    a year before the slash ("2023/2024 €", "1998/99 €": a season or a span of years)."""
    if any(ch.isalpha() for ch in marker) or number in _WIRE_DENOMINATORS:
        return False
    before = _NUMERATOR.search(text, max(0, start - 24), start - 1)
    if before is None:
        return False
    numerator = before.group()
    if _YEAR.fullmatch(numerator):
        return False
    if _CENTS.search(number) or _CENTS.search(numerator):
        return True
    return numerator.isdigit() and number.isdigit() and len(numerator) >= 2 and int(number) > int(numerator)


#: Digits after a code, a blank or two apart at most: "USD 10".
_DIGITS_NEXT = re.compile(r"[ \u00a0\u202f\u2009]{0,2}[0-9]")


def _code_of_digits(marker: str) -> bool:
    """A code in capitals ("USD", "NZD"); the signs glued to digits are scanned again from the
    sign (:mod:`moneyparse.candidates`)."""
    return marker.isalpha() and marker.isupper()


def _code_before_digits(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"three USD 10 bills": words that spell a number, then a code that digits follow; the code
    writes the price of the digits, and the words count the things."""
    return _DIGITS_NEXT.match(text, end) is not None


def _shop_marker(marker: str) -> bool:
    """A marker that ``markers.tsv`` reads only in the form of a price tag (tier ``shop``):
    "DT", "Ks", "VT", "Db", "Nu", abbreviations of other things in running text; one of small
    letters is a name, matched in any case, and so is its row ("NIS" of "nis", "ДЕН" of "ден")."""
    shop = shop_markers()
    return marker in shop or marker.lower() in shop


#: What may stand between the number and a price tag's sign, and after the sign before its end.
_TAG_SPACE = " \t\u00a0\u202f"


def _not_shop_form(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"1 250 Ks" ends a price tag; "the 5 DT shots", "gate 2 VT Airways", "Stap 2 Nu gaan we"
    are no prices.  A sign of tier ``shop`` is read only set straight after the digits (one
    space at most, no scale word) and followed by nothing but the end of the text or of its
    line, or by a punctuation mark, each after spaces at most; and the number is no tail of a
    time or a word ("10:00 DT"), nor the number of a road ("Take Route 100 VT."); a sign that is
    also a unit or a word of running text ("KM", "Q", "ден") ends the price of a line of prices.
    A sign that a row of tier ``near`` reads after the amount, as written, is read in running text
    where one of its words stands near ("40 mln NIS" beside "Israel")."""
    glued = text[max(start - 2, 0) : start]
    if glued[-1:].isalnum() or glued[-1:] == ":" and glued[:1].isdigit():
        return True
    if _country_near(text, start, end, marker):
        return False  # "fares rose to 12 NIS in Tel Aviv": its own row reads it in running text
    head = text[start : end - len(marker)]
    digits = head.rstrip(_TAG_SPACE)
    if not digits[-1:].isdigit() or len(head) - len(digits) > 1:
        return True
    rest = text[end:].lstrip(_TAG_SPACE)
    if rest[:1].isalnum() or words().road_before.search(text, max(0, start - 16), start) is not None:
        return True
    signs = words().line_signs  # as written; one of small letters in any case ("NIS" of "nis"), "Rf" is no "RF"
    return (marker in signs or marker.lower() in signs) and not _line_price(text, start, digits)


@functools.cache
def _near_after() -> dict[str, re.Pattern[str]]:
    """The signs, as written, that a row of tier ``near`` reads after the amount, and a pattern of
    the words of which one must stand near ("NIS": Israel, Jerusalem, shekels)."""
    return {
        entry.text: re.compile(rf"\b(?:{'|'.join(map(re.escape, entry.needs))})\b", re.IGNORECASE)
        for entry in markers()
        if entry.tier == "near" and entry.side in ("after", "both")
    }


def _country_near(text: str, start: int, end: int, marker: str) -> bool:
    """Whether a sign of tier ``shop`` has, as written, a row of tier ``near`` after the amount, and
    one of the words it needs stands near: "NIS" in capitals beside "Israel" is the new shekel in
    running text too; "nis" in small letters, and "NIS" with no such word (a firm's initials), are
    read only as a price tag ends."""
    pattern = _near_after().get(marker)
    window = text[max(0, start - CONTEXT_WINDOW) : end + CONTEXT_WINDOW]
    return pattern is not None and pattern.search(window) is not None


#: Two decimals after a point or a comma at the end of a number: "12,50", "1.250,00".
_CENTS = re.compile(r"[.,][0-9]{2}$")


def _line_price(text: str, start: int, digits: str) -> bool:
    """"1 KM" alone on its line, "Cijena: 25 KM", "12,50 KM": the amount is the price of a line of
    prices; "He ran 10 KM." and "results for 2Q." are no prices."""
    return _alone_or_labelled(text, start, _TAG_SPACE) or _CENTS.search(digits) is not None


def _alone_or_labelled(text: str, start: int, blanks: str) -> bool:
    """Whether the amount at ``start`` begins its line, or follows a label and its colon, once the
    ``blanks`` before it are left out ("Cijena: 25 KM", "118, 99 TL" alone on its line)."""
    line = text[text.rfind("\n", 0, start) + 1 : start].rstrip(blanks)
    return not line or line.endswith(":")


#: After a number: a point, one blank and two digits that end there ("$ 8. 94").
_POINT_BLANK_CENTS = re.compile(r"\.[ \u00a0][0-9]{2}(?![0-9]|[.,][0-9])")
#: Before a number: plain digits, a point and one blank ("8. 94 €").
_DIGITS_POINT_BLANK = re.compile(r"(?<![0-9.,])[0-9]+\.[ \u00a0]$")


def _point_blank_digits(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"$ 8. 94", "8. 94 €": plain digits, a point, a blank and two digits are a decimal point
    set apart by a slip of the keys (8.94) or the end of a sentence and the number that begins the
    next (8, or 94): no reader can tell, so neither is read; a wrong amount is worse than none.  A
    number with decimals or a scale of its own, or other than two digits after the blank, is left
    ("$399.99. 2007", "£1 million. 23", "$8. 2.2% of").  A sign-first number before a raised
    point and a digit ("£6·3 million") is read only in part by the scan: neither is read."""
    if not number.isdigit():
        return False
    if not after and text[end : end + 1] != ".":
        return text[end + 1 : end + 2].isdigit()
    if after:
        return len(number) == 2 and _DIGITS_POINT_BLANK.search(text, max(0, start - 24), start) is not None
    return text[end - 1 : end].isdigit() and _POINT_BLANK_CENTS.match(text, end) is not None


#: The scale words and the abbreviations the wire writes before a singular name ("300 mln mark").
_SCALES_BEFORE_NAME = _MULTIPLIER_WORDS | frozenset({"mln", "bln", "mn", "bn", "m", "b"})
#: The singular names that the wire writes as adjectives after a scale word ("a 300 mln mark bond").
_SINGULAR_AFTER_SCALE = frozenset({
    "mark", "guilder", "crown", "danish crown", "norwegian crown", "swedish crown",
    "riyal", "rial", "dirham", "shilling", "punt", "escudo", "drachma",
})


#: A share after a singular name joined to its number by a hyphen: the par value of "per 20-crown share".
_PAR_SHARE = re.compile(r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:bearer[ \u00a0]+|nominal[ \u00a0]+)?shares?\b", re.IGNORECASE)


def _singular_name(marker: str) -> bool:
    """A singular name read only after a scale word: "mark", "guilder", "Danish crown" ..."""
    return " ".join(marker.lower().split()) in _SINGULAR_AFTER_SCALE


def _name_needs_country(marker: str) -> bool:
    """A name read only with one of its countries named near ("crown": ``markers.tsv``, tier near)."""
    return len(marker) > 2 and marker.lower() in tables().prefix_needs


def _no_scale_before(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"the 1,000 mark" of an index, "passed the 1 billion mark": such a singular name is money
    only as the adjective of an amount with its scale word, before a thing of money ("a 300 mln
    mark bond", "a 100 mln guilder loan"; filters.toml, ``singular_after_scale``)."""
    head = text[start : end - len(marker)].split()
    if head and head[-1][-1:] == "-" and _PAR_SHARE.match(text, end):
        return False  # a share's par value: "earnings per 20-crown share", "its 50-mark shares"
    # the scale may be joined to the number by a hyphen, as the wire writes the adjective ("a 25-mln crown contract")
    if not head or head[-1].rpartition("-")[2].lower() not in _SCALES_BEFORE_NAME:
        return True
    return words().money_nouns_after.match(text, end) is None
