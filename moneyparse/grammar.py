"""The grammar of the candidate scan: its vocabulary, its character classes, and the patterns
rendered from them, the RE2 scan and the Python splitters side by side.

The scan is one RE2 pattern over the UTF-8 bytes of a text, with seven alternatives (its forms):
a marker before the number, a marker after it, pence glued to it, a number spelled in words, CJK
numerals, the names of countries that write "$" (triggers), and signs of shell code.  It captures
nothing: the few characters of each match are split again in Python by the splitter of its form
(:attr:`_Compiled.splitters`, indexed by :class:`Form`).  Each piece of the RE2 pattern has its
Python twin here (``_SP`` and ``_SP_PY``, ``_NUM`` and ``num``, ``cjk`` and ``cjk_py``...), so that
one specification can later be rendered to both.

Every repetition in the scan is bounded, so that no match is longer than :data:`MAX_PHRASE`.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from moneyparse._re2scan import compile_bytes
from moneyparse.lexicon import X_CODES_OF_MONEY, Tables, tables
from moneyparse.number_words import DECIMAL_WORDS, ZERO_WORDS, spelled_pieces

__all__ = ["Form", "CONTEXT_WINDOW", "WIDE_WINDOW", "MAX_PHRASE"]


class Form(enum.IntEnum):
    """The forms of the scan, in its order; each has its splitter (``_compiled().splitters[form]``)."""

    MARKER_FIRST = 0  # a marker before the number: "$53 billion", "Rmb72.5bn", "USD 5m"
    MARKER_AFTER = 1  # the number, then its marker: "380 billion yuan", "1.234,56 €"
    PENCE = 2  # pence glued to the number: "99p"
    SPELLED = 3  # a number spelled in words: "twenty million dollars", "cinq millions d'euros"
    CJK = 4  # CJK or hangul numerals: "十五美元", "삼십억 달러"


#: Characters either side of a mention searched for country and currency words ("Tokyo", "yuan").
CONTEXT_WINDOW = 400
#: Characters either side searched when the near window says nothing (not for "$", whose default
#: USD stands unless the sentence says otherwise).
WIDE_WINDOW = 4000
#: The longest stretch of text one mention, its hedge and a range or pair around it can cover;
#: streaming keeps this much beyond the windows so that chunking never changes a result.
MAX_PHRASE = 400

_SP = r"[ \t\x{a0}\x{202f}\x{2009}]"
_SP_PY = "[ \t\u00a0\u202f\u2009]"  # the same blanks, for Python's re
#: "de", "d'" between a spelled number and its name ("cinq millions de dollars"), for Python's re
_CONNECTOR_PY = rf"(?:{_SP_PY}+(?i:de|di|du|des){_SP_PY}+|{_SP_PY}+(?i:d)['\u2019]{_SP_PY}*)"
# ASCII, fullwidth and Devanagari digits ("１２", "१४४")
_DIG = r"[0-9\x{ff10}-\x{ff19}\x{966}-\x{96f}]"
_DIGITS_PY = "0-9\uff10-\uff19\u0966-\u096f"
# Every repetition in the scan is bounded, so that no phrase is longer than MAX_PHRASE: a run of
# digits and separators longer than any real amount ("1,1,1,…") is no amount.
# a vulgar fraction may end it, as older British texts write amounts: "£2½ million"
_NUM = rf"{_DIG}{{1,30}}(?:[,.'\x{{2019}}\x{{a0}}\x{{202f}}\x{{2009}}\x{{ff0e}}]{_DIG}{{1,30}}){{0,7}}[½¼¾]?"
_HAN_NUMERALS = "零〇一二两兩三四五六七八九十百千万萬亿億兆壹贰貳叁參肆伍陆陸柒捌玖拾佰仟"
_HANGUL_UNITS = "십백천만억조"  # Korean writes these after digits: "2억 4천 7백만 달러"
_HANGUL_DIGITS = "일이삼사오육칠팔구"  # or after the Sino-Korean digits: "이억 사천칠백만 달러"
_CJK_NUMERALS = _HAN_NUMERALS + _HANGUL_UNITS  # what parse_cjk reads
_CJK_NUMERAL_SET = frozenset(_CJK_NUMERALS)
#: What parse_cjk reads, with the decimal point of a number spelled in Han ("一点五万").
_CJK_READ_SET = _CJK_NUMERAL_SET | {"点", "點"}
#: What may stand before 点 as the whole part of a decimal spelled in Han: its numerals, and the
#: digits CJK text mixes in ("1点5万元").
_WHOLE_BEFORE_POINT = frozenset(_HAN_NUMERALS + "0123456789")

# Codes that are ordinary upper-case words far more often than currencies ("ALL 5 members",
# "TOP 10", "AMD 7nm"): never read as markers.
_CODE_STOPLIST = frozenset(
    "ALL TOP CUP SOS BOB PEN MAD GEL BAM MOP AMD ANG AOA BIF CVE DOP ERN ETB GNF HTG "
    "KID LSL MGA MRO MRU MVR MWK NIO PGK SLL STD SZL TMT TOP UYU VUV WST "
    "MDL NAD SCR SHP SRD SYP FKP GIP GYD JEP IMP BTN LRD BOV CLF COU MXV USN UYI CHE CHW "
    "ZWL ZMW ZMK YER TND TJS SSP SDG RSD QAR PYG OMR NPR MNT MKD LYD KYD KPW KMF KGS "
    "IQD HNL GMD FJD DJF CDF BZD BYN BWP BSD BND BMD BHD BGN BDT BBD AZN AWG AFN "
    # the peseta's accounts, never written before an amount: "ESA95" is the European System of
    # Accounts of 1995
    "ESA ESB".split()
)
# Codes kept although the stoplist would drop them, because the press writes them before amounts.
_CODE_KEEP = frozenset({"QAR", "BHD", "OMR", "NPR", "BDT", "BGN", "IQD", "TND", "RSD", "MNT", "UYU", "PEN", "AZN", "MAD"})
# Lower-case codes accepted too ("usd 20", "rmb 10"): only the common ones.
_LOWER_CODES = ("usd", "eur", "gbp", "cny", "rmb", "jpy", "inr", "chf", "cad", "aud", "hkd", "sgd", "nzd", "sek", "nok", "dkk", "krw", "brl", "mxn", "zar", "rub", "try", "tl")


_MULTIPLIER_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion"})


_NAME_AFTER = re.compile(r"[ \u00a0][A-Z][a-z]")


#: Devanagari vowel signs, viramas and other marks: parts of a word, though not letters to ``isalpha``.
_DEVANAGARI_MARKS = "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963"
#: A run of letters, with the Devanagari marks within a word ("डॉलर" is one word); the letters and
#: the marks alternate in runs, so that no run can be split two ways.
_WORD_RUN = f"[^\\W\\d_]+(?:[{_DEVANAGARI_MARKS}]+[^\\W\\d_]*)*"


def _is_devanagari(ch: str) -> bool:
    """Whether ``ch`` is a Devanagari letter or sign (digits and dandas are not parts of words)."""
    return "\u0900" <= ch <= "\u097f" and not ("\u0964" <= ch <= "\u096f")


def _worded(marker: str) -> bool:
    """Whether ``marker`` is written in letters alone: a name, not a sign ("डॉलर" is, "₹" not)."""
    return all(c.isalpha() or _is_devanagari(c) for c in marker)


def _is_hangul(ch: str) -> bool:
    """True for a hangul syllable: a script of CJK text that sets its words apart by spaces."""
    return "\uac00" <= ch <= "\ud7af"


def _is_cjk(ch: str) -> bool:
    """True for Han, kana, hangul and fullwidth forms, scripts written without spaces."""
    return "\u3000" <= ch <= "\u9fff" or _is_hangul(ch) or "\uff00" <= ch <= "\uffef"


#: Signs of AWK or shell code, found by the scan in its one pass: "print $1" (unless a price goes
#: on: "the art print $1,000"), "awk '", "pattern=\"$1\"", "\"$@\"".
_SHELL_SIGNS = (r"\b(?:print|printf|echo)[ ]+\$[0-9]\b", r"\bawk[ ]+'", r'="\$[0-9]"', r'"\$@"')
_SHELL = "|".join(_SHELL_SIGNS)
_SHELL_PIECE = re.compile(_SHELL.encode("ascii"))
#: The bytes that the signs begin with, to pass by the pieces that begin none (a test holds them
#: to the signs).
_SHELL_LEADS = frozenset(b'pea="')


#: Turkish names of currencies and the case endings glued to them: "50 dolardan", "100 avroydu",
#: "100 milyar yuanı", "kırk beş sente" (not "yen": "yeni" is "new").
_TR_STEMS = ("dolar", "avro", "euro", "lira", "yuan", "sterlin", "frank", "sent", "kuruş", "ruble")
_TR_SUFFIXES = (
    "dan", "den", "tan", "ten", "da", "de", "ta", "te", "ya", "ye", "yı", "yi", "yu", "yü", "ı", "i",
    "u", "ü", "a", "e", "ydı", "ydi", "ydu", "ydü", "dı", "di", "du", "dü", "lık", "lik", "luk", "lük",
    "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", "la", "le", "yla", "yle",
)
_TR_SUFFIXED = re.compile(
    "(" + "|".join(_TR_STEMS) + ")(?:" + "|".join(sorted(_TR_SUFFIXES, key=len, reverse=True)) + ")", re.IGNORECASE
)


_TR_STEM_SET = frozenset(_TR_STEMS)
_TR_STEM_HEADS = frozenset(stem[:2] for stem in _TR_STEMS)  # a cheap test before the pattern
#: A case ending that ends in a letter RE2's \b does not know, with no letter after it.
_TR_TAIL = re.compile("(?:" + "|".join(sorted((x for x in _TR_SUFFIXES if not x[-1].isascii()), key=len, reverse=True)) + r")(?![^\W\d_])")
_TR_TAIL_FIRSTS = frozenset(x[0] for x in _TR_SUFFIXES if not x[-1].isascii())


def _turkish_stem(marker: str) -> str | None:
    """The currency name of a Turkish ``marker`` with a case ending glued to it ("dolardan" ->
    "dolar"), or None."""
    if len(marker) <= 4 or marker[:2].lower() not in _TR_STEM_HEADS:
        return None  # cheap tests first: every stem has four letters or more, an ending one or more
    m = _TR_SUFFIXED.fullmatch(marker)
    return m.group(1) if m else None


#: Lone number words of other languages that are everyday words of English (or of each other)
#: far more often than numbers before a currency: "on", "bin", "due", "sex", "elf"...
_LONE_SPELLED_STOP = frozenset({
    "on", "once", "bin", "due", "en", "sex", "elf", "cent", "cents", "fem", "tio", "dos", "mil", "mila",
    # Italian tens cut short, which stand only glued to what follows ("ventotto", "trentuno")
    "vent", "trent", "quarant", "cinquant", "sessant", "settant", "ottant", "novant",
    # halves, which begin no number alone ("medio millón" begins with two words)
    "half", "halve", "halb", "halbe", "halben", "halv", "halva", "halvt", "demi", "demie", "medio", "media",
    "mezzo", "mezza", "meio", "meia", "yarım", "buçuk", "einhalb",
}) | {
    # a decimal mark and zero, which begin no number alone ("null Komma zwei" begins with two words)
    w for w in DECIMAL_WORDS | ZERO_WORDS if not _is_devanagari(w[0])
}


#: A thousand said alone, which begins no number but before a name of its languages.
_LONE_THOUSAND = ("mille", "mil")
#: The Spanish two, which is Portuguese "of the" too ("o valor dos dólares"): alone before a name
#: it is read only in a Spanish sentence.
_LONE_TWO = "dos"


#: Every piece of a number spelled in another language ("cinq", "siebzig", "cento"), the words
#: that join them ("et", "und"), and the words for a decimal mark ("zwei Komma fünf").
_PIECES, _JOINERS, _GLUED = spelled_pieces()


#: The English digits and tens, as the patterns below and the minor units' tail spell them.
_DIGIT_NAMES = "one|two|three|four|five|six|seven|eight|nine"
_TENS_NAMES = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"


#: Countries whose currency is also written "$" or "£": when none is named near a "$", it is USD;
#: near a "£", GBP.
_DOLLAR_COUNTRIES = (
    "australia", "australian", "canada", "canadian", "hong kong", "singapore", "singaporean",
    "new zealand", "taiwan", "taiwanese", "mexico", "mexican", "egypt", "egyptian", "cairo",
    # the states and provinces that a text names instead of the country ("oil royalties in
    # Alberta"), the capitals, and the countries that pay in another's dollar (cities are left out:
    # the rows of a tour's takings name a city in each, in US dollars)
    "canberra", "queensland", "tasmania", "new south wales", "nauru", "kiribati", "tuvalu",
    "alberta", "ontario", "british columbia", "manitoba", "saskatchewan", "nova scotia",
    "newfoundland", "argentina", "argentine",
)


def _escape_char(c: str) -> str:
    """One literal character for an RE2 pattern; a blank matches any run of 1-2 blanks."""
    if c in " \u00a0\u202f":
        return f"{_SP}{{1,2}}"
    if c.isalnum() or ord(c) > 127:
        return c
    return "\\" + c


@dataclass(frozen=True, slots=True)
class _Compiled:
    """The scan pattern and the Python patterns used on each candidate."""

    search: Callable[[bytes, int, int], list[tuple[int, int]]]  # the candidate scan over UTF-8 bytes
    evidence: Callable[[bytes, int, int], list[tuple[int, int]]]  # search for evidence words, Han and kana
    hedge_before: re.Pattern[str]
    range_before: re.Pattern[str]
    range_before_word: re.Pattern[str]
    range_after: re.Pattern[str]
    splitters: tuple[re.Pattern[str], ...]  # one per form of the scan, in its order


def _marker_alt(markers: Iterable[str], lead: bool = True, trail: bool = True) -> str:
    """Alternation of markers; ``lead``/``trail`` guard letter-led/-ended ones by a word boundary."""
    pieces = []
    for m in sorted(set(markers), key=lambda w: (-len(w), w)):
        if not m:
            continue
        esc = "".join(_escape_char(c) for c in m)
        if lead and m[0].isascii() and m[0].isalpha():
            esc = r"\b" + esc
        if trail and m[-1].isascii() and m[-1].isalnum():
            esc = esc + r"\b"
        pieces.append(esc)
    return "(?:" + "|".join(pieces) + ")"


#: Scale words that may be joined to a number by a hyphen: "a $2-million bail", "£1.5-billion",
#: and the abbreviations of the Philippine press: "P252-M funding", "P1.5-B".
_HYPHEN_SCALES = r"(?:(?i:thousand|million|billion|trillion)|M|B|bn|mn)\b"


def _spelled_elsewhere(gap: str) -> str:
    """The scan's pattern for a number spelled in one of the other languages, ``gap`` being the
    spaces between two words: pieces set apart, glued or hyphenated ("cinq millions",
    "achtundsiebzig", "quatre-vingt-dix-sept").  Which language, and whether they make a number
    at all, is read in Python (numbers.parse_spelled).  A lone word that is an English word more
    often ("on", "due") is left out, or the scan would stop at "on new", "due north"."""
    joiners, glued = _JOINERS, _GLUED
    # Hindi glues no pieces and joins none: its words are a branch of their own, where they are
    # written twice, not in every place a glued piece may stand (which made first use 25 ms slower)
    hindi = [p for p in _PIECES if _is_devanagari(p[0])]
    pieces = [p for p in _PIECES if not _is_devanagari(p[0])]
    hindi_word = "(?:" + "|".join(map(re.escape, hindi)) + ")"
    # a word: pieces and glued joiners, one alternation written once ("achtundsiebzig"), and
    # hyphens with the joiners of words between them ("vingt-et-un")
    part = "(?:" + "|".join(map(re.escape, sorted({*pieces, *glued}, key=len, reverse=True))) + ")"
    joiner = "(?:" + "|".join(joiners) + ")"
    tail = rf"(?:-(?:{joiner}-)?{part}+)"
    lone = "(?:" + "|".join(re.escape(p) for p in pieces if p not in _LONE_SPELLED_STOP) + ")"
    stop = "(?:" + "|".join(map(re.escape, sorted(_LONE_SPELLED_STOP, key=len, reverse=True))) + ")"
    joined = rf"(?:{gap}(?:{joiner}{gap})?{part}+{tail}*)"
    # The words are not counted: a count copies the alternation into the automaton once for each
    # word it allows, and thirteen words of six parts made the automaton ten times larger and
    # its first use 0.1 s slower.  No number is longer than MAX_PHRASE characters, so a longer
    # match is no number, and is scanned again from its last MAX_PHRASE characters (_read_span).
    # RE2's \b knows ASCII letters only, so a word that begins with another letter ("üç", "åtta",
    # "één") begins where no ASCII letter stands before it (\B between a blank and "ü")
    other = "(?:" + "|".join(re.escape(p) for p in pieces if not p[0].isascii()) + ")"
    # "mil", "mille" alone are a thousand before a name of their languages ("mil euros", "mille
    # euros"); _not_spelled_money turns away English names ("a mil dollars" is slang for a million).
    # So is the Spanish "dos" ("dos dólares"), read only in a Spanish sentence (_reject)
    thousand = "|".join((*_LONE_THOUSAND, _LONE_TWO))
    return (
        rf"(?:\b(?i:(?:(?:{part}{part}+|{lone}){tail}*|{stop}{tail}+|{stop}{joined}|{thousand}){joined}*)"
        rf"|\B(?i:{other}{part}*{tail}*{joined}*)"
        rf"|\B{hindi_word}(?:{gap}{hindi_word})*)"
    )


#: Where the words of a number spelled in another language may end and its marker begin.
_ELSEWHERE_GAP = re.compile(rf"{_CONNECTOR_PY}|{_SP_PY}+|-")


#: First words of currency names that the scan matches only with the rest of the name.
_WHOLE_IN_SCAN = frozenset({"u.s.", "долл."})


@functools.cache
def _compiled() -> _Compiled:
    """Build every pattern from the tables (once per process)."""
    t = tables()
    scale_exact = list(t.scales)
    scale_fold = list(t.scales_folded)
    # The scan itself captures nothing: finding the group spans inside RE2 would cost more than
    # the search; the few characters of each match are split again in Python (_splitters).
    scan = compile_bytes(re.sub(r"\(\?P<\w+>", "(?:", _scan_pattern(t, scale_exact, scale_fold)))
    range_before, range_before_word, range_after = _range_patterns(t)
    return _Compiled(
        scan.searcher(), _evidence_search(t), _hedge_before(t), range_before, range_before_word, range_after,
        _splitters(scale_exact, scale_fold),
    )


#: The English number words, in the scan and in the splitters alike.
_NUMBER_WORDS = (
    "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    "thousand|million|billion|trillion|dozen)"
)


def _spoken_point(gap: str) -> str:
    """A decimal spoken digit by digit, and the multipliers after it, ``gap`` being the blanks
    between words: "two point five o six", "one point four three six billion"."""
    spoken_digit = "(?:zero|oh|o|one|two|three|four|five|six|seven|eight|nine)"
    return rf"(?:{gap}point(?:{gap}{spoken_digit})+(?:{gap}(?:thousand|million|billion|trillion))*)?"


def _scan_pattern(t: Tables, scale_exact: list[str], scale_fold: list[str]) -> str:
    """The RE2 pattern of the scan, its forms in the order of :class:`Form`, then the triggers and
    the signs of shell code."""
    scale = (
        r"(?:" + _marker_alt([s for s in scale_exact if s[0].isascii()], lead=False) + "|"
        + "(?i:" + _marker_alt([s for s in scale_fold if s[0].isascii()], lead=False)[3:-1] + ")"
        + "|" + _marker_alt([s for s in scale_exact + scale_fold if not s[0].isascii()], lead=False) + ")"
    )
    connector = rf"(?:{_SP}{{1,3}}(?i:de|di|du|des){_SP}{{1,3}}|{_SP}{{1,3}}(?i:d)['\x{{2019}}]{_SP}{{0,3}})"
    pre, post = _scan_markers(t, scale)
    post_plain = post.replace("(?P<scale2b>", "(?:")
    number_words = _NUMBER_WORDS
    point = _spoken_point(rf"{_SP}{{1,3}}")
    words = (
        rf"\b(?i:(?:(?:(?:a|an|one|two|three)(?:{_SP}{{1,3}}|-))?(?:half|quarters?)(?:{_SP}{{1,3}}of)?(?:(?:{_SP}{{1,3}}|-)an?)?(?:{_SP}{{1,3}}|-)(?:hundred|thousand|million|billion|trillion|dozen)"
        rf"|(?:a|an){_SP}{{1,3}}(?:hundred|thousand|million|billion|trillion|dozen)|{number_words}"
        # a count in digits before a fraction: "3 and a half million", "2 1/2 million"
        rf"|[0-9]{{1,3}}{_SP}{{1,3}}(?:and{_SP}{{1,3}}(?:a|one|three){_SP}{{1,3}}(?:half|quarters?)|[0-9]/[0-9]))"
        # "two and a half billion", "one-and-a-half million", "a million and a half"
        rf"(?:(?:{_SP}{{1,3}}|-)(?:and(?:{_SP}{{1,3}}|-))?(?:a(?:{_SP}{{1,3}}|-))?(?:{number_words}|half|quarters?)){{0,12}}{point})"
    )
    foreign = _spelled_elsewhere(rf"{_SP}{{1,3}}")
    cjk = _scan_cjk()
    return (
        # 1. marker before the number: "$53 billion", "Rmb72.5bn", "USD 5m", "人民币 8千元", and a
        # code joined by a colon ("BHD:194 Million")
        rf"(?P<pre>{pre}|\b[A-Z]{{3}}:){_SP}{{0,3}}[-\x{{2212}}]?(?P<num1>{_DIG}{{1,3}}(?: {_DIG}{{3}}){{1,6}}(?:,{_DIG}{{1,2}})?|{_NUM}|\.{_DIG}{{1,20}}|{cjk})(?:{_SP}{{0,2}}(?P<scale1>{scale})|-{_HYPHEN_SCALES})?"
        rf"(?:{_SP}?(?P<tail>[元块]))?"
        # 2. number then marker: "380 billion yuan", "1.234,56 €", "3800亿元", "254 millions de $"
        rf"|(?P<num2>{_DIG}{{1,3}}(?: {_DIG}{{3}}){{1,6}}(?:,{_DIG}{{1,20}})?|{_NUM})(?:{_SP}{{0,2}}-?(?P<scale2>{scale}))?(?:{connector}|{_SP}{{0,3}}|-|个|個)(?P<post2>{post})"
        # 3. pence glued to the number: "99p"
        rf"|(?P<num3>{_NUM})(?P<pence>p)\b"
        # 4. spelled: "twenty million dollars", "half a million pounds"
        # (in another language first: "six cents euros" is six hundred euros in French)
        rf"|(?P<words>{foreign}(?:{connector}|{_SP}{{1,3}}|-)|{words}(?:{_SP}{{1,3}}|-))(?P<post4>{post_plain})"
        # 5. CJK numerals: "十五美元", "三千八百亿元"
        rf"|(?P<cjk>{cjk}){_SP}?(?P<post5>{post_plain})"
        # 6. words that make "$" something other than US dollars nearby: found in the same pass
        rf"|(?P<trig>\b(?i:{'|'.join(_DOLLAR_COUNTRIES)})\b)"
        # 7. signs of AWK or shell code, whose "$1" is a field: "print $1", "\"$@\""
        rf"|(?P<shell>{_SHELL})"
    )


def _scan_markers(t: Tables, scale: str) -> tuple[str, str]:
    """The scan's markers written before a number and after it."""
    codes_ok = {
        c for c in t.currencies if (c not in _CODE_STOPLIST or c in _CODE_KEEP) and (not c.startswith("X") or c in X_CODES_OF_MONEY)
    }
    prefix = [m for m in t.prefix if m not in t.currencies or m in codes_ok]
    suffix = [m for m in t.suffix if m not in t.currencies or m in codes_ok]
    suffix = [m for m in suffix if m.lower() not in t.names or not m.isalpha()]
    # Only the first word of each name is in the scan ("finnish" of "finnish markka", "dólar" of
    # "dólar estadounidense"); the rest is read in Python.  Whole names would make the automaton
    # thirty times larger, and slower and hungrier with it.
    # A first word that follows numbers far more often than it begins a name ("2010 U.S. troops")
    # is in the scan with the rest of its names: each match the scan makes costs a reading.
    names = sorted({n if n.split()[0] in _WHOLE_IN_SCAN else n.split()[0] for n in t.names if n != "p"})
    names = sorted({n if n.split()[0] in _WHOLE_IN_SCAN else n.split()[0] for n in t.names if n != "p"})
    pre = (
        # spaced or lower-case letters before "$": "us $", "hk $", "mxn$", "u.s $" (tokenized text)
        rf"\b(?i:u\.s\.?|usd|us|hkd|hk|cad|c|nzd|nz|nt|mex|mxn|mx|aud|sgd|twd){_SP}?\$|\bU\$[DS]"
        # a million written before the code: "MAUD 60"
        + r"|\bM(?:USD|EUR|GBP|AUD|CAD|CHF|SEK|NOK|DKK|JPY|CNY)\b"
        + "|" + _marker_alt(prefix, trail=False) + "|" + r"\b(?:" + "|".join(_LOWER_CODES) + r")\b"
    )
    codes_upper = sorted((c for c in codes_ok if c.isalpha()), key=len, reverse=True)
    post = (
        # a code may carry the scale after it: "75 USD million"
        rf"(?:\b(?:{'|'.join(codes_upper)})\b(?:{_SP}(?P<scale2b>{scale}))?"
        # "$" qualified after it, French style: "$ US", "$CAD", "$ hk", "$ c"
        + rf"|\$(?:{_SP}?(?i:usd|us|cad|can|ca|c|hkd|hk|aud|au|nzd|nz|sgd|sg|mxn|mx)\b)?"
        # a "$" after the number, its country before it, spaced or not: "300 milyon c$", "10,5 milyar hk $"
        + rf"|\b(?i:ca|can|hk|us|nz|au|sg|nt|abd){_SP}?\$|\b(?i:c)\$"
        + "|" + _marker_alt(suffix, lead=False) + "|" + "(?i:" + _marker_alt(names, lead=False)[3:-1] + ")"
        + r"|\b(?:" + "|".join(_LOWER_CODES) + r")\b|\bM(?:USD|EUR|GBP|CHF|SEK|NOK|DKK)\b|\bm(?:usd|eur|gbp)\b"
        # last, so that a whole name wins ("dolares"): a Turkish name with a case ending glued to
        # it, "50 dolardan", "100 avroydu", "100 milyar yuanı" (RE2's \b knows ASCII letters only)
        + rf"|\b(?i:(?:{'|'.join(_TR_STEMS)})(?:{'|'.join(sfx for sfx in _TR_SUFFIXES if sfx[-1].isascii())})\b"
        + rf"|(?:{'|'.join(_TR_STEMS)})(?:{'|'.join(sfx for sfx in _TR_SUFFIXES if not sfx[-1].isascii())})))"
    )
    return pre, post


def _scan_cjk() -> str:
    """The scan's CJK numerals: Han, and hangul with or without digits."""
    # Korean writes digits before its units and sets a space after each part: "1만 2천 345 달러",
    # "2억 4천 7백만 달러".  A part begins with a digit; only two units may stand alone ("천만 원",
    # "천 4백만"): a lone syllable is a word ("만원이었다" is "full", "조원" a team member)
    # The Sino-Korean digits may stand for the digits ("육십만 원", "이억 사천칠백만 달러"), and a
    # unit may begin a number when more parts follow it ("백오십만", "만 이천삼백사십오").
    unit = f"[{_HANGUL_UNITS}]"
    digit = f"[{_HANGUL_DIGITS}]"
    part = rf"(?:[0-9][0-9.]{{0,19}}|{digit}){unit}{{1,2}}{_SP}?"
    later = rf"(?:[0-9][0-9.]{{0,19}}|{digit})?{unit}{{1,2}}{_SP}?"  # "칠억 천사백칠십만"
    # a thousand or ten thousand said alone stands apart before the name ("만 원", "천 달러"); glued
    # to it, a lone syllable is a word ("만원이었다")
    korean = (
        rf"(?:(?:{part}|{unit}{{2}}{_SP}?|{unit}{_SP}?{part}|{unit}{_SP}{unit})(?:{later}){{0,5}}(?:{digit}|[0-9]{{0,4}})"
        rf"|[천만]{_SP})"
    )
    return f"(?:{korean}|[0-9{_HAN_NUMERALS}.]{{0,20}}[{_HAN_NUMERALS}][0-9{_HAN_NUMERALS}.]{{0,20}})"


def _evidence_search(t: Tables) -> Callable[[bytes, int, int], list[tuple[int, int]]]:
    """The search for evidence words, Han and kana (read by :class:`moneyparse.currency._Evidence`)."""
    ev_words = sorted(t.evidence, key=len, reverse=True)
    # No groups: RE2 then finds each match with its automaton alone.  What matched is told apart
    # by its first byte (kana and Han by their UTF-8 lead bytes, words are ASCII) in _Evidence.
    if any(0xE3 <= w.encode("utf-8")[0] <= 0xE9 for w in ev_words):
        raise ValueError("evidence words must not begin in kana or Han: _Evidence reads those by lead byte")
    evidence = compile_bytes(
        "(?i:" + "|".join(r"\b" + re.escape(w).replace("\\ ", " ") + (r"\b" if w[-1].isalnum() else "") for w in ev_words) + ")"
        "|\\bUSA?\\b|\\bU\\.S\\.|[\\x{3040}-\\x{30ff}]+|[\\x{4e00}-\\x{9fff}]+"
    )
    return evidence.searcher()


def _hedge_before(t: Tables) -> re.Pattern[str]:
    """The hedges written before an amount, at the end of the text searched."""
    hedges = sorted(t.hedges, key=len, reverse=True)

    def hedge(h: str) -> str:  # the words of a phrase may be set apart by any run of spaces
        return r"\s+".join(map(re.escape, h.split()))

    # a phrase that begins with a letter of a spaced script stands as a word ("über", not "aüber")
    # (Korean sets its words apart by spaces: "약" of "예약" is no hedge)
    worded = [h for h in hedges if h[0].isalpha() and (not _is_cjk(h[0]) or _is_hangul(h[0]))]
    hedge_before = re.compile(
        "(?:(?<![\\w])(?:" + "|".join(map(hedge, worded)) + ")"
        "|(?:" + "|".join(hedge(h) for h in hedges if h not in worded) + "))"
        r"\s*$",
        re.IGNORECASE,
    )
    return hedge_before


def _range_patterns(t: Tables) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The low end of a range before an amount, in digits and in words, and its high end after."""
    num_py = rf"[{_DIGITS_PY}]+(?:[,.'\u2019\u00a0\u202f\u2009][{_DIGITS_PY}]+)*"
    scale_py = "|".join(re.escape(s) for s in sorted(list(t.scales) + list(t.scales_folded), key=len, reverse=True))
    range_after = re.compile(rf"[ \u00a0]*(?:-|–|—|to)[ \u00a0]*(?P<num>{num_py})(?:[ \u00a0]?(?P<scale>{scale_py})\b)?(?![\w.,]*\d)(?!-?[^\W\d])")
    word_py = _NUMBER_WORDS
    # the low end of a range written without its marker, in digits ("5-6 billion dollars",
    # "between 5 and 6 million dollars") or one number word ("five to six million dollars")
    separator = r"(?:[ \u00a0]*(?:-|–|—)[ \u00a0]*|[ \u00a0]+(?P<sep>to|and)[ \u00a0]+)$"
    range_before = re.compile(rf"(?<![\w.,])(?P<num>{num_py})(?:[ \u00a0]?(?P<scale>{scale_py}))?{separator}")
    range_before_word = re.compile(rf"(?<![\w.,])(?P<word>(?i:{word_py}(?:-{word_py})?)){separator}")
    return range_before, range_before_word, range_after


def _splitters(scale_exact: list[str], scale_fold: list[str]) -> tuple[re.Pattern[str], ...]:
    """The Python twins of the scan's forms, one per :class:`Form`: each splits a match of its
    form into its named pieces."""
    sp = _SP_PY
    dig = f"[{_DIGITS_PY}]"
    num = rf"{dig}+(?:[,.'\u2019\u00a0\u202f\u2009\uff0e]{dig}+)*[½¼¾]?"
    cjk_py = (
        f"(?:(?:(?:[0-9][0-9.]*|[{_HANGUL_DIGITS}])?[{_HANGUL_UNITS}]{{1,2}}{sp}?)+(?:[{_HANGUL_DIGITS}]|[0-9]{{0,4}})"
        f"|[0-9{_HAN_NUMERALS}.]*[{_HAN_NUMERALS}][0-9{_HAN_NUMERALS}.]*)"
    )
    def bounded(w: str) -> str:
        return re.escape(w) + (r"\b" if w[-1].isascii() and w[-1].isalnum() else "")

    scale_split = (
        "(?:" + "|".join(bounded(w) for w in sorted(scale_exact, key=len, reverse=True))
        + "|(?i:" + "|".join(bounded(w) for w in sorted(scale_fold, key=len, reverse=True)) + "))"
    )
    word_py = _NUMBER_WORDS
    words_py = (
        rf"(?i:(?:(?:(?:a|an|one|two|three)(?:{sp}+|-))?(?:half|quarters?)(?:{sp}+of)?(?:(?:{sp}+|-)an?)?(?:{sp}+|-)(?:hundred|thousand|million|billion|trillion|dozen)"
        rf"|(?:a|an){sp}+(?:hundred|thousand|million|billion|trillion|dozen)|{word_py}"
        # (matches read by their shape, every digit a zero: "0 0/0 million" is read, the text says which)
        rf"|[0-9]{{1,3}}{sp}+(?:and{sp}+(?:a|one|three){sp}+(?:half|quarters?)|[0-9]/[0-9]))"
        rf"(?:(?:{sp}+|-)(?:and(?:{sp}+|-))?(?:a(?:{sp}+|-))?(?:{word_py}|half|quarters?))*"
        # the decimal after "point", as in the scan's pattern, blanks of any length
        + _spoken_point(f"{sp}+") + ")"
    )
    connector_py = _CONNECTOR_PY
    return (
        re.compile(rf"(?P<pre>[^{_DIGITS_PY}]+?)(?P<colon>:)?{sp}{{0,3}}(?P<neg>[-\u2212])?(?P<num1>{dig}{{1,3}}(?: {dig}{{3}}){{1,6}}(?:,{dig}{{1,2}})?|{num}|\.{dig}+|{cjk_py})(?:(?:{sp}{{0,2}}|-(?={_HYPHEN_SCALES}))(?P<scale1>{scale_split}))?(?:{sp}?(?P<tail>[元块]))?"),
        re.compile(rf"(?P<num2>{dig}{{1,3}}(?: {dig}{{3}})+(?:,{dig}+)?|{num})(?:{sp}{{0,2}}-?(?P<scale2>{scale_split}))?(?:{connector_py}|个|個|-|{sp}{{0,3}})(?P<post2>.+?)(?:{sp}(?P<scale2b>{scale_split}))?"),
        re.compile(rf"(?P<num3>{num})(?P<pence>p)"),
        re.compile(rf"(?P<words>{words_py})(?:{sp}+|-)(?P<post4>.+)"),
        re.compile(rf"(?P<cjk>{cjk_py}){sp}?(?P<post5>.+)"),
    )
