"""English words after a number that look like money and are not: pounds of weight, a
performer's name, "Euro" that begins a compound ("13 euro zone countries"), and a "p" that counts
a citation's pages ("p33, 3p.") or tells the hour ("10p.m.").

The tests of the filters ``weight_pounds``, ``cent_name``, ``euro_compound``, ``page_count`` and
``time_pm`` of
:mod:`moneyparse.filters` (the registry holds their texts); their words are in ``data/filters.toml``.
:data:`EN_FILTERS` holds the English filters registered here: "Euro" that begins a compound, a name
of money held abroad with no scale before it ("one eurosterling specialist"), and a bare scale word
after "every", "each" or "per" ("for every billion dollars spent"), the unit of a rate, one of a
money after another money's amount and "to", the unit of an exchange rate ("1.60 dlrs to one stg",
:func:`_unit_of_exchange_rate`), and a count
written as a word before the name of money in the singular and the plural name of sums ("three Swiss
franc bond issues": the issues are counted, the amount of each would take a scale), a coin of nothing: one of
a minor or a major unit under a negation ("not one penny more", "not one dollar worse off", :func:`_negated_coin`),
and three capitals
after a small count in words, an acronym of the things counted ("six SAR helicopters", "one NPR
member station", :func:`_acronym_after_count`), and a count of cents before a noun of a tax's steps
in a sentence of tax, a step named by its rate ("taxpayers on a 15 cent threshold", "the 30-cent
tax bracket", :func:`_rate_in_cents`), and pence of a rate of income tax ("10p in the pound",
"increase tax by another 10p", :func:`_pence_of_tax_rate`), and cents glued to the number
with no price per unit after them (:func:`_glued_cents`: "10c a litre" is money, "it was 10c
in Sydney" a temperature), and "SDR" after a number in a text that tells no Special Drawing Rights
(:func:`_sdr_untold`: "85 mln SDRs" from the IMF is money, "4K SDR video" none).
"""

from __future__ import annotations

import functools
import re

from moneyparse.filter_patterns import words as _words
from moneyparse.filter_pounds import listed_after_weight
from moneyparse.filter_types import Filter, Side
from moneyparse.grammar import _EN_COUNTS, _EN_PACK, WIDE_WINDOW, _is_cjk
from moneyparse.hedges import _hedge
from moneyparse.language import _COMMA_WORDS, _EN_WORDS, _word_counts
from moneyparse.lexicon import language, tables
from moneyparse.spelled import _FRACTIONS, parse_words


def _weight_pounds(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"174 pounds", "53 million pounds of tobacco", "a 512-pound tuna", "it puts on about four pounds
    a year" (a gain or loss of a body's weight, with no scale word): pounds of weight, not
    sterling; and a fraction of one pound said in words ("half a pound", "a quarter-pound burger"),
    which sterling says in pence ("50p")."""
    words = _words()
    head = text[max(0, start - 60) : start].lower()
    tail = text[end : end + 24].lower()
    if words.weight_before.search(head) or words.weight_after.match(tail) or _weight_adjective(text, start, end, number, marker):
        return True
    if words.gain_before.search(head) and _SCALE_WORD.search(text, start, end) is None:
        return True  # "put on about four pounds a year", "gained 75 lbs"; not "gained 4 million pounds" from a sale
    if _fraction_of_one(number):
        return True  # "half a pound", "a quarter-pound burger": sterling says its fractions in pence ("50p")
    if listed_after_weight(text, start, marker):
        return True  # "shipping 230,000 pounds of ore to A and 76,000 pounds to B"
    # "139 pounds", "41 million pounds of fish": the word alone is a weight unless the sentence
    # speaks of money or the text writes "£" nearby
    sentence = text[max(0, start - 120) : end + 120]
    alone = not any(ch.isalpha() for ch in text[max(0, start - 120) : start] + text[end : end + 120])
    return not alone and "£" not in sentence and not words.money_words.find(sentence)


#: A scale word inside an amount: "4 million pounds".
_SCALE_WORD = re.compile(r"(?i)(?<![^\W\d_])(?:thousand|million|billion|trillion|mln|bln|bn|m)(?![^\W\d_])")


#: The English words of a count under a hundred ("three", "twenty-one") or of a fraction of one
#: ("half a", "a quarter of a", "three quarters of an").
_SMALL_WORDS = frozenset(_EN_COUNTS) | frozenset(_EN_PACK.articles) | frozenset(_FRACTIONS) | {"of"}  # type: ignore[union-attr]


def _small_spelled(number: str) -> bool:
    """Whether ``number``, spelled in English, counts a few of its unit: under a hundred ("three",
    "twenty-one"), or a fraction of one ("half a", "a half", "three quarters of a"); not "three
    hundred", "half a million"."""
    return all(word in _SMALL_WORDS for word in number.lower().replace("-", " ").split())


def _fraction_of_one(number: str) -> bool:
    """Whether ``number`` is a fraction of one said in English words ("half a", "a quarter")."""
    if number[:1].isdigit() or _FRACTIONS.keys().isdisjoint(number.lower().replace("-", " ").split()):
        return False
    try:
        return parse_words(number).value < 1
    except ValueError:
        return False


#: A number in digits, and the word after a hyphenated "pound" ("a 512-pound bluefin tuna").
_DIGITS = re.compile(r"[0-9][0-9,.]*")
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+)")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)[ \u00a0]+$", re.IGNORECASE)


def _weight_adjective(text: str, start: int, end: int, number: str, marker: str) -> bool:
    """"a 512-pound bluefin tuna", "a 20-lb turkey": a number in digits joined to the unit by a
    hyphen, before a word, is an adjective of weight, unless the word is a thing of money that a
    pound counts ("a 5-pound note", "a 10-pound fine", "a 2-pound rise in the fare").  So is the
    singular "pound" after an article and a number over one, its hyphen lost with the punctuation
    of a scrape ("the 800 pound gorilla in the room"): a sum in pounds is plural ("800 pounds")."""
    if not _DIGITS.fullmatch(number):
        return False
    if text[end - len(marker) - 1 : end - len(marker)] != "-" and not (
        marker.lower() == "pound" and number != "1" and _ARTICLE_BEFORE.search(text, max(0, start - 6), start)
    ):
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1).lower() not in _words().pound_money_nouns


#: The separators of a list's items: a bullet, a bar, a comma, a semicolon, a line break.
_ITEM_EDGE = "*\u2022|,;\n"


def _cent_name(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"50 Cent" in English text or alone in a list of names: a performer.  English writes the
    money in lower case and in the plural after any number but one ("50 cents"); German writes
    "50 Cent", and its everyday words around, or a sentence around it, keep it ("es kostet nur 15
    Dollar und 15 Cent", "Ein Apfel kostet 50 Cent.")."""
    if not number.isdigit() or number == "1":
        return False
    english, comma = _word_counts(text[max(0, start - 300) : end + 300], _EN_WORDS, _COMMA_WORDS)
    if english > comma:
        return True
    before = text[max(0, start - 8) : start].rstrip(" \u00a0\t")
    follow = text[end : end + 8].lstrip(" \u00a0\t")
    return comma == 0 and before[-1:] in (*_ITEM_EDGE, "") and follow[:1] in (*_ITEM_EDGE, "")


#: A page reference as citations abbreviate it, right before a number and closed by a comma: "p33, ",
#: "p. 33, ", "pp. 3–4; " ("page 4, 10p each" may be a price list, and is left alone).
_PAGE_BEFORE = re.compile(r"(?<![^\W\d_])pp?\.?[ \u00a0]?[0-9]+(?:[–-][0-9]+)?[,;][ \u00a0]*$", re.IGNORECASE)


def _page_count(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"Vol. 122 Issue 19, p33, 3p.": in a citation, a number with "p" right after the page it
    starts on counts the pages of the article, no pence ("cost 3p a litre" stays money)."""
    return _PAGE_BEFORE.search(text, max(0, start - 24), start) is not None


def _time_pm(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"at around 10p.m.": the "p" of "p.m." after an hour is the time of day, no pence ("it cost
    10p. More came later" stays money)."""
    return text[end : end + 2].lower() == ".m" and not text[end + 2 : end + 3].isalnum()


def _euro_compound(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"Euro" after a number that begins a compound or a name ("only 13 Euro-MTN programs", "the 13
    euro zone countries", "6.93 EURO DOLLAR"): the number counts those things, no euros."""
    return _words().euro_compound_after.match(text, end) is not None


def euro_held(marker: str) -> bool:
    """Whether ``marker`` names money held outside its country ("Eurodollars", "Euroyen"): a name
    of lang/en.tsv that begins with "euro" and is no euro."""
    low = marker.lower()
    if not low.startswith("euro") or len(low) < 7 or " " in low:  # ("European currency units": ECUs)
        return False
    found = tables().names.get(low)
    return found is not None and "EUR" not in found.codes


_SCALE_BEFORE = re.compile(r"(?<![^\W\d_])(?:mln|million|billion|bln|trillion)[ \u00a0]*(?:\r?\n[ \u00a0]*)?$", re.IGNORECASE)


def _euro_held_without_scale(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """A name of money held abroad after a number with no scale word: the name is a word of the
    market ("one eurosterling specialist", "Aa-3 Euroyen bonds", the label of a table's next row
    after a figure), not the money of the number.  The wire writes these sums with a scale
    ("a 10 billion Euroyen loan")."""
    return _SCALE_BEFORE.search(text, start, end - len(marker)) is None


#: A bare scale word that a word of "each one" right before makes the unit of a rate: "for every
#: billion dollars spent", "per million dollars of sales", "each thousand dollars".
_UNIT_OF_RATE = re.compile(r"\b(?:every|each|per)[ \u00a0]+$", re.IGNORECASE)
_BARE_SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
#: The whole of a share, after "one of every": "one of every six dollars", "one in every 5 dollars".
_SHARE_OF_EVERY = re.compile(r"\b(?:one|a|1)[ \u00a0]+(?:out[ \u00a0]+)?(?:of|in)[ \u00a0]+every[ \u00a0]+$", re.IGNORECASE)


def _unit_of_rate(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"returned zero dollars for every billion dollars spent": a scale word with no number after
    "every", "each" or "per" is the unit a rate counts by, no amount ("for a billion dollars",
    "every 2 billion dollars" are read); and "one of every six dollars in our economy" is a share of
    all the money, a sixth, no amount of six dollars."""
    if number.lower() in _BARE_SCALES:
        return _UNIT_OF_RATE.search(text, max(0, start - 8), start) is not None
    # (cheap test first: "every" ends right before the count)
    return "very" in text[start - 8 if start > 8 else 0 : start] and _SHARE_OF_EVERY.search(text, max(0, start - 24), start) is not None


#: An amount written with a name of money, then "to", right before a candidate: "1.6030 U.S. Dlrs
#: to ", "50 CFA\nfrancs to " (the name: one to three words).
_AMOUNT_TO = re.compile(r"[0-9][0-9,.]*((?:[ \u00a0\t\r\n]+[^\W\d_][\w.']*){1,3})[ \u00a0\t\r\n]+to[ \u00a0\t\r\n]+$", re.IGNORECASE)


def _unit_of_exchange_rate(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"the rate was fixed at 1.60 U.S. dlrs to one stg", "50 CFA francs to one French franc": one
    of a money, no scale, after an amount of another money and "to", is the unit an exchange rate
    is quoted per, no amount (the amount before is the rate, and is read).  The two names must
    share no currency: "50 cts to one dlr a barrel" and "600,000 dlrs to one mln dlrs" are ranges
    of one money, and stay."""
    if number.lower() not in ("one", "1") or text[start + len(number) : end - len(marker)].strip():
        return False
    found = _AMOUNT_TO.search(text, max(0, start - 80), start)
    if found is None:
        return False
    names = tables().names
    before, unit = names.get(" ".join(found.group(1).split()).lower()), names.get(marker.lower())
    return before is not None and unit is not None and not set(before.codes) & set(unit.codes)


def _summit_number(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"COP21", "COP26": the number of a Conference of the Parties glued to its name, no pesos (a
    peso amount is written apart, "COP 21", or with more digits, "COP21,000")."""
    glued = text.startswith("COP", start) and text[start + 3 : start + 4].isdigit()
    return glued and len(number) <= 2 and number.isdigit() and not text[end : end + 1].isdigit()


#: A number that may be a year: four digits from 1900 to 2099, no separator.
_YEAR_LIKE = re.compile(r"(?:19|20)[0-9]{2}")


#: What a money in the singular measures after a year that dates it: "1987 sterling exchange rate",
#: "in 1986 dollar terms", "1987 dollar prices".
_DATED_MEASURE = re.compile(
    r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:(?:average|exchange|constant|real)[ \u00a0]+(?:\r?\n[ \u00a0]*)?)?"
    r"(?:exchange[ \u00a0]+(?:\r?\n[ \u00a0]*)?)?(?:rates?|terms|prices|values|parity)\b",
    re.IGNORECASE,
)


def _dated_measure(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"assuming an average 1987 sterling exchange rate of 1.55 dlrs", "in 1986 dollar terms", "at
    1987 dollar prices": a year (1900 to 2099, four digits, no separator) before the name of a money
    written as an adjective of a rate, terms, prices, values or a parity dates the measure; it is
    no amount of that money.  "He paid 1987 dollars for it" and "a 1987 dollar bill" stay amounts."""
    return _YEAR_LIKE.fullmatch(number) is not None and _DATED_MEASURE.match(text, end) is not None


def _football_playoff(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"the 2015 CFP National Championship", "the 2014 CFP rankings": the College Football Playoff,
    no CFP francs.  "CFP" after the number is no money before a word of the game, nor after a year
    where no word of the CFP franc or of a price stands near; "1 000 CFP" and "CFP 1,000" are."""
    words = _words()
    if words.cfp_football_after.match(text, end) is not None:
        return True
    if _YEAR_LIKE.fullmatch(number) is None:
        return False
    window = text[max(0, start - 200) : end + 200]
    return words.cfp_money_near.search(window) is None


def _hyphen_word(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"rolled over un-won": a prefix that is a number word of another language ("un" is French
    for one) hyphened to "won" makes an English word; an English count ("a one-won coin") and
    digits ("a 500-won coin") stay money."""
    return text[end - len(marker) - 1 : end - len(marker)] == "-" and number.isalpha() and number.lower() not in _EN_COUNT_WORDS


#: English words of a count that a hyphen may join to "won": "a one-won coin", "a ten-won stamp".
_EN_COUNT_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand"})


#: A count of sums written as a word, and, after the name of the money, the plural name of the
#: sums (an adjective may stand between): "three Swiss franc bond issues", "three yen bonds".
_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve several".split())
_SUMS_AFTER = re.compile(
    r"[ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:[a-z]+[ \u00a0]+(?:\r?\n[ \u00a0]*)?)?"
    r"(?:issues|bonds|eurobonds|loans|credits|tranches|offerings|placements|facilities)\b"
)


def _count_of_sums(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"it will repay three Swiss franc bond issues": a count written as a word before
    the name of the money in the singular, an adjective of the plural name of sums after it,
    counts the sums; it is no amount (the amount of each takes a scale: "a 50 mln Swiss franc
    bond", "two 100 mln Swiss franc issues").  Not notes: "the one and two dollar notes" are
    the bills of those values."""
    return number.lower() in _COUNTS and not marker.endswith("s") and _SUMS_AFTER.match(text, end) is not None


@functools.lru_cache(maxsize=1024)
def _unit_word(marker: str) -> bool:
    """A name of money written in letters outside CJK, of a minor unit ("penny", "cent", "ct",
    "centavo") or of a major one ("dollar", "pound", "euro"); not a code ("USD")."""
    found = tables().names.get(marker.lower())
    return found is not None and marker[:1].isalpha() and not _is_cjk(marker[:1]) and not marker.isupper()


#: Where a clause begins, reading back from a coin: a stop, a colon or a comma, a bracket, a quote,
#: a blank line (a single line break is the wrapping of a sentence).
_CLAUSE_EDGE = re.compile(r"[.;:!?,()\[\]\"“”]|\n[ \t\u00a0]*\n")
#: A word, with its apostrophe or its hyphens ("didn't", "won’t", "Nor-Quest": a name, no "nor").
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: "not one dollar but five": the coin set against the amount that is, a real one.
_BUT_AFTER = re.compile(r",?[ \u00a0]+but\b", re.IGNORECASE)
#: How many words back from the count a negation reaches: itself and three words between ("will
#: not give the firm one penny").
_NEGATION_REACH = 4


def _negated_coin(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"He will not give the firm one penny more", "it never paid one cent in tax", "no pagó ni un
    centavo", "er hat nicht einen Cent bezahlt", "savers will not be one dollar poorer": a count of
    one ("one", "a", "un", "einen"), or of half of one ("not worth half a cent"), of a minor unit or
    of a major one, with a negation ("not", a word ending
    in "n't", "never", "no", "without", "ni", "nicht" ...) before it in its clause, says nothing
    was paid or is worth anything: an idiom of nothing, no amount.  The negation reaches back over
    three words at most, and no further than the edge of the clause (a stop, a comma, a bracket),
    a word that begins another clause ("did not say whether it rose one cent": a real rise), or a
    word of change that the negation does not stand right before ("no sign that prices rose one cent"; but "did not rise by one penny"
    is no rise at all).  A real amount stays: one in digits ("not 1 penny more"), a bound that a
    hedge makes ("no more than one cent", "not more than one cent": at most), a coin that sizes a
    thing or a rate ("the one-cent coin", "it did not pay its one cent dividend", "one cent a
    share"), and one with no negation before it ("the stamp rose by one penny to 27p", "it costs
    one cent more per litre"), and the coin set against another amount ("not one dollar but five")."""
    words = _words()
    if number.lower() not in words.coin_counts or text[start + len(number) : end - len(marker)].strip(" \u00a0\t\r\n"):
        return False  # "one-cent": a hyphen makes the coin an adjective of size
    if words.coin_attribute_after.match(text, end) is not None or _hedge(text, start) is not None or _BUT_AFTER.match(text, end):
        return False
    clause = _CLAUSE_EDGE.split(text[max(0, start - 80) : start])[-1]
    back = [word.lower() for word in reversed(_WORD.findall(clause)[-_NEGATION_REACH:])]
    for i, low in enumerate(back):
        if _negation(low):
            return True
        if low in words.coin_stops:
            return False
        if low in words.coin_changes:  # "did not rise by one penny", not "no sign prices rose one penny"
            return any(_negation(w) for w in back[i + 1 : i + 3])
    return False


def _negation(low: str) -> bool:
    """Whether the lower-cased word ``low`` negates: "not", "never", "ni", "didn't"."""
    return low in _words().coin_negations or low.endswith(("n't", "n’t"))


#: What may follow a code written after a count in words for the code to stay money: the end of a
#: clause, or a word that prices ("five USD each", "two EUR for a coffee").
_CODE_PRICE_AFTER = re.compile(
    r"(?:[ \u00a0]*(?:[.,;:!?)\]\"”’']|$)|[ \u00a0]+(?:each|per|apiece|a|an|for|only|in total|or so|or more|or less)\b)"
)


def _code_letters(marker: str) -> bool:
    """A marker written as three capital letters, the shape of a code ("SAR", "NPR")."""
    return len(marker) == 3 and marker.isalpha() and marker.isupper()


def _acronym_after_count(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"six SAR (for use with Search & Rescue)", "one NPR member station", "the Week One MVP": three
    capitals after a small count in words are an acronym far more often than a code of money, the
    count telling how many of the things it names.  The code stays money where a clause ends after it
    or a word of price follows ("it cost five USD.", "two EUR each", "ten GBP for a ticket"), and after
    a scale word ("two billion USD") or digits ("6 SAR"), which this filter never sees."""
    return _small_spelled(number) and _CODE_PRICE_AFTER.match(text, end) is None


def _livres_word(marker: str) -> bool:
    """The French name "livres" as written, in any case."""
    return marker.lower() == "livres"


def _livres_in_english(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"the Republic granted 100,000 livres a year", "an allowance of 360 livres": English writes
    "livres" for the livre of France before the franc (1795), or of its colonies, a money with no
    ISO code; only French text writes it for pounds sterling ("500 livres", "livres sterling").  In a
    text whose words are English rather than French around the amount, the name gives nothing."""
    english, french = _word_counts(text[max(0, start - 300) : end + 300], _EN_WORDS, _FRENCH_CUES)
    return english > french


#: The everyday words of French text (its pack's cues), against English ones.
_FRENCH_CUES = frozenset(language("fr").cues)


#: A noun of the steps of a tax right after a count of cents: "threshold", "bracket", and a rate
#: said to be a tax's ("tax rate", "marginal rate", "income tax bracket").
_TAX_STEP = re.compile(
    r"[ \u00a0]+(?:(?:income[ \u00a0]+)?tax[ \u00a0]+|marginal[ \u00a0]+(?:tax[ \u00a0]+)?)?(?:threshold|bracket)s?\b"
    r"|[ \u00a0]+(?:(?:income[ \u00a0]+)?tax|marginal(?:[ \u00a0]+tax)?)[ \u00a0]+rates?\b",
    re.IGNORECASE,
)
#: The words of a tax in the sentence around: "tax", "taxpayers", "taxed", "marginal".
_TAX_WORD = re.compile(r"\b(?:tax|marginal)", re.IGNORECASE)


def _rate_in_cents(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"45 per cent of taxpayers on a 15 cent threshold", "the 30-cent tax bracket": a count of
    cents before a noun of a tax's steps, in a sentence of tax, names a step by its rate, the cents
    taxed in each dollar earned above it, and is no sum; a price level is one ("the shares broke
    through the 50 cent threshold": no tax there), and so is a charge per thing ("a 15 cent levy on
    each bag")."""
    return _TAX_STEP.match(text, end) is not None and _tax_sentence(text, start, end)


#: Pence of a rate of tax after the amount: "10p in the pound", "1p on income tax", and, in a
#: sentence of tax, "the 10p rate", "a 22p basic rate", "the 40p band".
_PENCE_RATE_AFTER = re.compile(
    r"[ \u00a0]+(?:in[ \u00a0]+the[ \u00a0]+pound"
    r"|on[ \u00a0]+(?:the[ \u00a0]+)?(?:basic[ \u00a0]+rate[ \u00a0]+of[ \u00a0]+)?income[ \u00a0]+tax)\b",
    re.IGNORECASE,
)
_PENCE_STEP_AFTER = re.compile(
    r"[ \u00a0]+(?:(?:income[ \u00a0]+)?tax[ \u00a0]+|(?:starting|basic|lower|higher|top|standard)[ \u00a0]+)?(?:rate|band)s?\b",
    re.IGNORECASE,
)
#: A tax or its rate raised or cut by the pence that follow: "increase tax by another 10p", "cut
#: the basic rate by 2p", "income tax by a further 1p".
_PENCE_RATE_BEFORE = re.compile(
    r"\b(?:tax|(?:starting|basic|lower|higher|top|standard)[ \u00a0]+rate(?:[ \u00a0]+of[ \u00a0]+(?:income[ \u00a0]+)?tax(?:ation)?)?)"
    r"[ \u00a0]+by[ \u00a0]+(?:(?:another|an[ \u00a0]+extra|a[ \u00a0]+further)[ \u00a0]+)?$",
    re.IGNORECASE,
)

#: A charge per thing after pence ("by 2p a litre", "by 10p per pint"), and a tax of a thing before
#: them ("fuel tax by 2p"): a sum, not a rate of income tax.
_PER_THING = re.compile(r"[ \u00a0]+(?:a|an|per|on[ \u00a0]+(?:a|an|each|every))[ \u00a0]", re.IGNORECASE)
_DUTY_BEFORE = re.compile(
    r"\b(?:fuel|petrol|diesel|beer|alcohol|tobacco|cigarettes?|bag|sugar|soft[ \u00a0]+drinks?)[ \u00a0]+tax[ \u00a0]", re.IGNORECASE
)


def _pence_of_tax_rate(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"a starting rate of 10p in the pound", "put 1p on income tax", "voted to increase tax by
    another 10p", "scrapping the 10p rate" (in a sentence of tax): pence of a rate of income tax,
    the pence taxed in each pound, and no sum; a price's step stays money ("a 10p rise in the price
    of a pint", "duty on a pint will rise by 10p"), and so does a charge per thing ("a 5p tax on
    carrier bags")."""
    if _PENCE_RATE_AFTER.match(text, end):
        return True
    if _PENCE_RATE_BEFORE.search(text, max(0, start - 60), start):
        return _PER_THING.match(text, end) is None and _DUTY_BEFORE.search(text, max(0, start - 60), start) is None
    return _PENCE_STEP_AFTER.match(text, end) is not None and _tax_sentence(text, start, end)


def _tax_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start``..``end`` speaks of tax ("tax", "taxpayers", "marginal")."""
    lo = max(0, start - 200)
    begins = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start))
    ends = min((at for at in (text.find(". ", end, end + 200), text.find("\n", end, end + 200)) if at >= 0), default=end + 200)
    return _TAX_WORD.search(text, begins + 1 if begins >= 0 else lo, ends) is not None


#: What a price per unit says after its cents: "a litre", "per kilo", "an hour", "/kWh", "a seat",
#: "each" (not "each day", a temperature's), with blanks or a hyphen before ("10c-a-litre"); and
#: the coin or the stamp the cents are the face of ("a 50c coin", "the 10c stamp").
_PRICE_PER_UNIT = re.compile(
    r"(?:[ \u00a0]*/[ \u00a0]*|(?:[ \u00a0]+|-)(?:a|an|per|every)(?:[ \u00a0]+|-))"
    r"(?:lit(?:re|er)s?|kilo(?:gram(?:me)?)?s?|kg|grams?|tonnes?|tons?|pounds?|lbs?|ounces?|oz|gallons?|pints?|bushels?"
    r"|shares?|units?|items?|pieces?|bottles?|cans?|packs?|packets?|bags?|boxes|box|loaf|loaves|dozen|eggs?|cups?|glass(?:es)?"
    r"|kilowatt[- ]hours?|kwh|minutes?|hours?|calls?|texts?|messages?|pages?|words?|tickets?|stamps?|head"
    r"|seats?|rides?|trips?|journeys?|passengers?|persons?|adults?|child)\b"
    r"|(?:[ \u00a0]+|-)(?:each\b(?![ \u00a0]+(?:day|night|morning|afternoon|evening|week(?:end)?|month|year|season|time)\b)"
    r"|(?:coins?|stamps?)\b)",
    re.IGNORECASE,
)


def _glued_cents(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"10c", a count with a lower-case "c" glued to it, is cents only where a price per unit follows
    ("petrol fell 10c a litre", "a dividend of 4.5c a share", "8c/kWh", "stamps at 55c each"), or
    the coin or stamp they are the face of ("a 50c coin"): the same letter writes a temperature
    ("it was 10c in Sydney", "highs of 25c each day"), a part of a figure or a clause ("Figure
    3c", "section 10c"), and a wrong amount is worse than none.  The cents are read as "10 cents"
    are, in the dollar of the text."""
    return _PRICE_PER_UNIT.match(text, end) is None


#: The Fund's abbreviation of its Special Drawing Rights after a number, in any case ("SDRs", "sdr's").
_SDR_NAMES = frozenset(("sdr", "sdrs", "sdr's"))
#: What tells the IMF's Special Drawing Rights in a text: their name spelled, the Fund named, or an
#: amount of them pricing a weight, as commodity pacts and carriers' liability write it ("1,935 SDR
#: per tonne", "1,600 SDRs a tonne", "17 SDR per kilogram").
_SDR_TOLD = re.compile(
    r"\bdrawing\s+rights?\b|\bIMF\b|\bInternational\s+Monetary\s+Fund\b"
    r"|\bSDR(?:'?s)?\s*(?:(?:a|an|per)\s+|/\s*)(?:metric\s+)?(?:tonnes?|tons?|kilo(?:gram(?:me)?)?s?|kg)\b",
    re.IGNORECASE,
)


def _sdr_word(marker: str) -> bool:
    """"SDR", "SDRs", "SDR's" in any case: the Fund's abbreviation of its Special Drawing Rights."""
    return marker.lower() in _SDR_NAMES


def _sdr_untold(text: str, start: int, end: int, number: str, marker: str, after: bool) -> bool:
    """"SDR" after a number is the IMF's Special Drawing Rights (XDR: "85 mln SDRs", "125.9 mln
    SDR's", "1,600 SDR lower intervention price") only where the text tells them within
    WIDE_WINDOW characters, as a story of the Fund or of a commodity pact does (:data:`_SDR_TOLD`):
    the same letters write standard dynamic range ("4K SDR video"), software-defined radio ("2 SDR
    receivers") and a party's initials ("12 SDR deputies")."""
    return _SDR_TOLD.search(text, max(0, start - WIDE_WINDOW), end + WIDE_WINDOW) is None


EN_FILTERS: tuple[Filter, ...] = (
    Filter("euro_compound", Side.AFTER, _euro_compound, markers=("euro", "Euro", "EURO"), follow=" -\u00a0",
           rejects=("Only 13 Euro-MTN programs exist.", "The 13 euro zone countries met.", "6.93 EURO DOLLAR 1 MTH"),
           keeps=("It cost 5 euro a day.", "A 2 euro coin.", "It cost 13 Euro in Rome.")),
    Filter("euro_held", Side.AFTER, _euro_held_without_scale, markers=euro_held,
           rejects=("said one eurosterling specialist", "it rated the Aa-3 Euroyen bonds"),
           keeps=("a 10 billion Euroyen loan", "300 mln Eurodollar\nwarrant bonds")),
    Filter("summit_number", Side.BEFORE, _summit_number, markers=("COP",),
           rejects=("The COP21 summit met in Paris.",), keeps=("He paid COP21,000 for lunch.", "It cost COP 21 in Bogota.")),
    Filter("football_playoff", Side.AFTER, _football_playoff, markers=("CFP",), first=str.isdigit,
           rejects=("Ohio State won the 2015 CFP National Championship.", "He lost the 2014 CFP title game.",
                    "Alabama rose to No. 2 in the 2016 CFP rankings."),
           keeps=("The bread costs 1 000 CFP in Papeete.", "A room costs 2015 CFP a night in Tahiti.")),
    Filter("dated_measure", Side.AFTER, _dated_measure, first=str.isdigit,
           rejects=("It assumed an average 1988 sterling exchange rate of 1.62 dlrs.", "Sales fell in 1985 dollar terms.",
                    "Costs are given at 1984 yen prices."),
           keeps=("He paid 1988 dollars for the car.", "It was a 1988 dollar bill.", "It cost 1,988 dollars in all.")),
    Filter("hyphen_word", Side.AFTER, _hyphen_word, markers=("won",), first=str.isalpha,
           rejects=("The jackpot rolled over un-won for 9 weeks.",), keeps=("He found a one-won coin.",)),
    Filter("count_of_sums", Side.AFTER, _count_of_sums, first=str.isalpha,
           rejects=("It repaid three Swiss franc bond issues.", "It sold three yen bonds."),
           keeps=("It sold a 50 mln Swiss franc bond.", "It paid two Swiss francs in fees.", "It paid two dollars for notes.",
                  "It printed new two dollar notes.")),
    Filter("unit_of_rate", Side.AFTER, _unit_of_rate, first=str.isalnum,
           rejects=("It returned nothing for every billion dollars spent.", "Fees are $5 per million dollars of assets.",
                    "Health care takes one of every six dollars in our economy.", "One in every 5 dollars goes to rent."),
           keeps=("It returned $2 for a billion dollars spent.", "It paid $1 for every 2 billion dollars.",
                  "It pays one for every six dollars raised.")),
    Filter("unit_of_exchange_rate", Side.AFTER, _unit_of_exchange_rate, first=str.isalnum,
           rejects=("The rate was set at 1.4520 U.S. dlrs to one stg.", "It is pegged at 50 CFA francs to one French franc."),
           keeps=("Prices rose 50 cts to one dlr a barrel.", "It sold notes of 600,000 dlrs to one mln dlrs.",
                  "It paid two dlrs to one broker and one stg to another.")),
    Filter("negated_coin", Side.AFTER, _negated_coin, markers=_unit_word, first=str.isalpha,
           rejects=("He will not give the firm one penny more than he must.", "They never paid one cent in tax.",
                    "We won't see one cent of it.", "Not one penny was spent.", "He left without one penny.",
                    "No pagó ni un centavo.", "Er hat nicht einen Cent bezahlt.", "It is not worth half a cent.",
                    "Savers will not be one dollar poorer.", "We won't pay them one rupee."),
           keeps=("The stamp rose by one penny to 27p.", "It costs one cent more per litre than last year.",
                  "They will pay no more than one cent a share.", "It did not say whether fares rose one cent.",
                  "It did not pay its one cent dividend.", "It was not 1 penny more.", "Prices were not raised, ending one cent up.",
                  "It did not pay its one dollar dividend.", "They will pay not more than one dollar a share.")),
    Filter("acronym_after_count", Side.AFTER, _acronym_after_count, markers=_code_letters, first=str.isalpha,
           rejects=("They bought six SAR (for use with Search & Rescue) helicopters.", "It has one NPR member station.",
                    "He was named the Week One MVP in September.", "They made two CAD drawings.", "It sent four PEN members."),
           keeps=("He paid five USD for it.", "It costs two EUR.", "Tickets are ten GBP each.", "It raised two billion USD in May.",
                  "It cost 6 SAR in Riyadh.")),
    Filter("rate_in_cents", Side.AFTER, _rate_in_cents, markers=("cent", "\u00a2"), follow=" \u00a0",
           rejects=("Most workers will sit on a 15 cent threshold after the tax cut.", "The plan scraps the 30-cent tax bracket.",
                    "Savers pay a 19 cent marginal rate on that income."),
           keeps=("The shares broke through the 50 cent threshold.", "The shares broke the 50 cent threshold. Tax was not the cause.",
                  "A 15 cent levy on each bag is a tax on waste.",
                  "The tax office pays a 72 cent rate for each kilometre.")),
    Filter("pence_of_tax_rate", Side.AFTER, _pence_of_tax_rate, markers=("p", "pence"),
           rejects=("They voted to increase tax by another 10p.", "The starting rate of 10p in the pound goes.",
                    "He promised to put 1p on income tax.", "Scrapping the 10p rate hurt those on low pay, as tax rose.",
                    "He would cut the basic rate of income tax by 2p.", "It cut the basic rate of taxation by two pence."),
           keeps=("There was a 10p rise in the price of a pint.", "Duty on a pint will rise by 10p.",
                  "A 5p tax on carrier bags starts in October.", "Calls cost a 10p rate per minute.",
                  "They will raise fuel tax by 2p.", "They will raise the tax by 2p a litre.")),
    Filter("glued_cents", Side.AFTER, _glued_cents, markers=("c",),
           rejects=("It was 10c in Sydney at dawn.", "Highs of 25c each day are forecast.", "See Figure 3c for the trend.",
                    "Section 10c of the act applies.", "It reached 10c, a record."),
           keeps=("Petrol in Australia fell by 10c a litre.", "The Canadian firm's dividend is 4.5c a share.",
                  "Power in New Zealand costs 8c/kWh at night.", "Stamps sell at 55c each in Canada.",
                  "Bananas cost $2 a bunch and 99c per kilo.", "It sold seats to Australia at 99c a seat.",
                  "A new 50c coin is out in Australia.")),
    Filter("livres_in_english", Side.AFTER, _livres_in_english, markers=_livres_word,
           rejects=("In 1793 the Republic gave the museum 100,000 livres per year.", "His monthly allowance was 360 livres.",
                    "The tax was five hundred livres."),
           keeps=("Le billet coûte 500 livres à Londres.", "Il a payé 20 livres pour le dîner et les boissons.")),
    Filter("sdr_untold", Side.AFTER, _sdr_untold, markers=_sdr_word,
           rejects=("The set plays 4K SDR video.", "The kit holds 2 SDR receivers.", "The 12 SDR deputies walked out."),
           keeps=("The IMF lent it 85 mln SDRs.", "Cocoa held above 1,600 SDR per tonne.",
                  "It drew 40 mln sdr's of special drawing rights.", "The price was 1,600 SDRs a tonne; the floor is 1,500 SDR.")),
)
