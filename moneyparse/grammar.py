"""The grammar of the candidate scan: its vocabulary, its character classes, and one specification
of its patterns, rendered both to the RE2 scan and to the Python splitters.

The scan is one RE2 pattern over the UTF-8 bytes of a text, with seven alternatives (its forms):
a marker before the number, a marker after it, pence glued to it, a number spelled in words, CJK
numerals, the names of countries that write "$" (triggers), and signs of shell code.  It captures
nothing: the few characters of each match are split again in Python by the splitter of its form
(:attr:`_Compiled.splitters`, indexed by :class:`Form`).  Each form is written once, from named
blocks (:func:`_forms`, in the small language of :mod:`moneyparse.patterns`), and rendered twice:
for RE2, without captures and with every bound; for Python, with the named pieces that
:mod:`moneyparse.reading` reads.

Every repetition in the scan is bounded, so that no match is longer than :data:`MAX_PHRASE`, but
for the words of a number spelled in another language and the digits spoken after "point", which
are not counted: a match longer than any number is no number, and is scanned again from its end.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from moneyparse._re2scan import compile_bytes
from moneyparse.grammar_en import _BLANKS, _ENGLISH, _GAP, _HYPHEN_SCALES, _NUMBER_WORDS, _SP, _longest_first
from moneyparse.grammar_zh import _HAN_NUMERALS, _KUAI_NAME, _ZH_GROUPED, _ZH_MIXED, _ZH_SPACED
from moneyparse.lexicon import Tables, language, markers, tables, words
from moneyparse.number_words import ADD, HUNDRED, POWER
from moneyparse.patterns import (
    PYTHON,
    RE2,
    Alt,
    Chars,
    Node,
    Words,
    alt,
    count,
    either,
    fold,
    named,
    opt,
    run,
    scan_only,
    seq,
)

__all__ = ["CONTEXT_WINDOW", "MAX_PHRASE", "WIDE_WINDOW", "Form"]


class Form(enum.IntEnum):
    """The forms of the scan, in its order; each has its splitter (``_compiled().splitters[form]``)."""

    MARKER_FIRST = 0  # a marker before the number: "$53 billion", "Rmb72.5bn", "USD 5m"
    MARKER_AFTER = 1  # the number, then its marker: "380 billion yuan", "1.234,56 €"
    PENCE = 2  # pence or cents glued to the number: "99p", "10c"
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

#: What Chinese writes after a number or its scale for "and more" ("2000余万元", "3亿多元").
_MORE = "余餘多"
#: The same written after a number before its scale or its money, with 几 (幾) for "and some":
#: "50幾億元" is more than 50 億, "十几万元" more than 100,000; after a scale 几 begins a count of
#: a smaller unit ("3万几千元"), never "and more".
_MORE_OR_SOME = _MORE + "几幾"
#: The large units of a Chinese numeral (10^4, 10^8, 10^12), which may also be its scale.
_HAN_LARGE_UNITS = frozenset("万萬亿億兆")
_HANGUL_UNITS = "십백천만억조"  # Korean writes these after digits: "2억 4천 7백만 달러"
_HANGUL_DIGITS = "일이삼사오육칠팔구"  # or after the Sino-Korean digits: "이억 사천칠백만 달러"
_CJK_NUMERALS = _HAN_NUMERALS + _HANGUL_UNITS  # what parse_cjk reads
_CJK_NUMERAL_SET = frozenset(_CJK_NUMERALS)
#: What parse_cjk reads, with the decimal point of a number spelled in Han ("一点五万").
_CJK_READ_SET = _CJK_NUMERAL_SET | {"点", "點"}
#: What may stand before 点 as the whole part of a decimal spelled in Han: its numerals, and the
#: digits CJK text mixes in ("1点5万元").
_WHOLE_BEFORE_POINT = frozenset(_HAN_NUMERALS + "0123456789")

#: The lower-case spellings of codes the scan reads ("usd 20", "rmb 10"): only the common ones
#: (codes.tsv; which codes the scan reads at all is there too, ``tables().scan_codes``).
_LOWER_CODES = tables().lower_codes


#: How English spells numbers (the English pack): its counts by value, in the pack's order.
_EN_PACK = language("en").numbers
_EN_COUNTS = {word: value for word, (kind, value) in _EN_PACK.pieces.items() if kind == ADD}  # type: ignore[union-attr]
#: The English words for a hundred and the powers of ten ("thousand", "million").
_MULTIPLIER_WORDS = frozenset(_EN_PACK.words_of(HUNDRED) + _EN_PACK.words_of(POWER))  # type: ignore[union-attr]


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
    # (cheap test first: most are letters alone)
    return marker.isalpha() or all(c.isalpha() or _is_devanagari(c) for c in marker)


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
#: "100 milyar yuanı", "kırk beş sente" (the Turkish pack's stems and endings).
_TR_STEMS = language("tr").stems
_TR_SUFFIXES = language("tr").endings
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
#: far more often than numbers before a currency ("on", "bin", "due", "sex", "elf"; the packs'
#: lone_stop rows), and a decimal mark and zero, which begin no number alone ("null Komma zwei"
#: begins with two words).
_LONE_SPELLED_STOP = words().lone_stop | {
    w for w in words().decimal_words | words().zero_words if not _is_devanagari(w[0])
}


#: A thousand said alone, which begins no number but before a name of its languages ("mil
#: euros", "mille euros"; the packs' alone rows).
_LONE_THOUSAND = tuple(word for word, unless in words().alone.items() if not unless)
#: The Spanish two, which is Portuguese "of the" too ("o valor dos dólares"): alone before a name
#: it is read only in a Spanish sentence (the alone row that names another language).
(_LONE_TWO,) = (word for word, unless in words().alone.items() if unless)


#: Every piece of a number spelled in another language ("cinq", "siebzig", "cento"), the words
#: that join them ("et", "und"), and the words for a decimal mark ("zwei Komma fünf").
_PIECES, _JOINERS, _GLUED = (
    tuple(_longest_first(group))
    for group in (words().spelled_pieces, words().spelled_joiners, words().glued_joiners)
)


#: The English digits and tens, as the patterns below and the minor units' tail spell them.
_DIGIT_NAMES = "|".join(word for word, value in _EN_COUNTS.items() if 1 <= value <= 9)
_TENS_NAMES = "|".join(word for word, value in _EN_COUNTS.items() if value >= 20)
#: ... and from ten to nineteen.
_TEEN_NAMES = "|".join(word for word, value in _EN_COUNTS.items() if 10 <= value <= 19)


#: Countries whose currency is also written "$" or "£": when none is named near a "$", it is USD;
#: near a "£", GBP.  The states and provinces that a text names instead of the country ("oil
#: royalties in Alberta"), the capitals, and the countries that pay in another's dollar; cities
#: are left out (the rows of a tour's takings name a city in each, in US dollars): context.tsv,
#: the words of role trigger.
_DOLLAR_COUNTRIES = tables().triggers


# The blocks of the scan, each written once and rendered both to the RE2 scan and to the Python
# splitters (moneyparse.patterns: ``count`` is a bound of the form, ``run`` one that only keeps the
# scan short, ``either`` a piece the two write differently on purpose).  The blanks between the
# words of a phrase (_SP, _BLANKS, _GAP) and the English spelled numbers: moneyparse.grammar_en.
_SP_RE2 = _SP.render(RE2)
# ASCII, fullwidth and Devanagari digits ("１２", "१४४")
_DIGITS_PY = "0-9\uff10-\uff19\u0966-\u096f"
_DIG = Chars(_DIGITS_PY)
# Every repetition in the scan is bounded, so that no phrase is longer than MAX_PHRASE: a run of
# digits and separators longer than any real amount ("1,1,1,…") is no amount.
# a vulgar fraction may end it, as older British texts write amounts: "£2½ million"
# (a fullwidth comma groups fullwidth digits, three at a time: "１３，９８０，０００元"; after ASCII
# digits, only before the name of the money: _ZH_GROUPED)
_FW_GROUP = seq(Chars("\uff0c"), count(Chars("\uff10-\uff19"), 3))
_NUM = seq(
    run(_DIG, 1, 30),
    run(alt(seq(Chars(",.'\u2019\u00a0\u202f\u2009\uff0e"), run(_DIG, 1, 30)), _FW_GROUP), 0, 7),
    opt(Chars("½¼¾")),
)
#: A number grouped by spaces, as French and Russian write it: "1 234 567", "12 500,50".
_SPACED = seq(count(_DIG, 1, 3), run(seq(" ", count(_DIG, 3)), 1, 6))
#: "de", "d'" between a spelled number and its name ("cinq millions de dollars")
_CONNECTOR = alt(
    seq(_BLANKS, fold(alt("de", "di", "du", "des")), _BLANKS), seq(_BLANKS, fold("d"), Chars("'\u2019"), run(_SP, 0, 3))
)
#: Where the words of a number spelled in another language may end and its marker begin.
_GAP_ELSEWHERE = alt(_CONNECTOR, _BLANKS, "-")
_ELSEWHERE_GAP = re.compile(_GAP_ELSEWHERE.inner(PYTHON))


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
    scan_pattern: str  # the RE2 pattern of ``search``, as compiled
    evidence_pattern: str  # the RE2 pattern of ``evidence``, as compiled


def _marker_alt(markers: Iterable[str], lead: bool = True, trail: bool = True) -> str:
    """The scan's alternation of ``markers``, in a group (see :class:`~moneyparse.patterns.Words`)."""
    return Words(markers, _SP, lead, trail).render(RE2)


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
    part = "(?:" + "|".join(map(re.escape, _longest_first({*pieces, *glued}))) + ")"
    joiner = "(?:" + "|".join(joiners) + ")"
    tail = rf"(?:-(?:{joiner}-)?{part}+)"
    lone = "(?:" + "|".join(re.escape(p) for p in pieces if p not in _LONE_SPELLED_STOP) + ")"
    stop = "(?:" + "|".join(map(re.escape, _longest_first(_LONE_SPELLED_STOP))) + ")"
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


#: First words of currency names that the scan matches only with the rest of the name (the
#: packs' whole_names).
_WHOLE_IN_SCAN = words().whole_names


@functools.cache
def _compiled() -> _Compiled:
    """Build every pattern from the tables (once per process)."""
    t = tables()
    forms = _forms(t)
    # The scan itself captures nothing: finding the group spans inside RE2 would cost more than
    # the search; the few characters of each match are split again in Python (the splitters).
    scan_pattern = alt(
        *forms,
        # 6. words that make "$" something other than US dollars nearby: found in the same pass
        named("trig", rf"\b(?i:{'|'.join(_DOLLAR_COUNTRIES)})\b"),
        # 7. signs of AWK or shell code, whose "$1" is a field: "print $1", "\"$@\""
        named("shell", alt(*_SHELL_SIGNS)),
    ).inner(RE2)
    evidence_pattern = _evidence_pattern(t)
    range_before, range_before_word, range_after = _range_patterns(t)
    return _Compiled(
        compile_bytes(scan_pattern).searcher(), compile_bytes(evidence_pattern).searcher(), _hedge_before(t),
        range_before, range_before_word, range_after, tuple(re.compile(form.render(PYTHON)) for form in forms),
        scan_pattern, evidence_pattern,
    )




def _cjk() -> Alt:
    """CJK numerals: Han, and hangul with or without digits."""
    # Korean writes digits before its units and sets a space after each part: "1만 2천 345 달러",
    # "2억 4천 7백만 달러".  A part begins with a digit; only two units may stand alone ("천만 원",
    # "천 4백만"): a lone syllable is a word ("만원이었다" is "full", "조원" a team member)
    # The Sino-Korean digits may stand for the digits ("육십만 원", "이억 사천칠백만 달러"), and a
    # unit may begin a number when more parts follow it ("백오십만", "만 이천삼백사십오").
    unit = Chars(_HANGUL_UNITS)
    digit = Chars(_HANGUL_DIGITS)
    lead = alt(seq(Chars("0-9"), run(Chars("0-9."), 0, 19)), digit)
    part = seq(lead, count(unit, 1, 2), opt(_SP))
    later = seq(opt(lead), count(unit, 1, 2), opt(_SP))  # "칠억 천사백칠십만"
    end = alt(digit, count(Chars("0-9"), 0, 4))
    # a thousand or ten thousand said alone stands apart before the name ("만 원", "천 달러"); glued
    # to it, a lone syllable is a word ("만원이었다")
    korean = alt(
        seq(
            alt(part, seq(count(unit, 2), opt(_SP)), seq(unit, opt(_SP), part), seq(unit, _SP, unit)),
            run(later, 0, 5), end,
        ),
        seq(Chars("천만"), _SP),
    )
    # the splitter takes what the scan found, parts one after another: digits grouped by commas ("2億2,000萬港元"),
    # Han digits grouped by threes with 、 ("新臺幣三、○○○萬元"; numbers.py refuses other groups), and, as text from
    # PDF has them, digits, a space, a large unit and more digits, a space before 多 too ("2 兆6,000 多億元")
    han = alt(Chars(f"0-9{_HAN_NUMERALS}."), seq(",", count(Chars("0-9"), 3)), seq("\u3001", count(Chars("零〇○一二三四五六七八九"), 3)))
    spaced = seq(count(Chars("0-9"), 1, 4), " ", Chars("万萬亿億兆"), Chars("0-9"), run(han, 0, 20), opt(" "))
    return alt(either(korean, seq(run(later, 1, 6), end)), seq(run(han, 0, 20), Chars(_HAN_NUMERALS), run(han, 0, 20)), spaced)


def _forms(t: Tables) -> tuple[Node, ...]:
    """The scan's forms, in the order of :class:`Form`: what the scan finds, and how a splitter
    reads a match of it into named pieces."""
    scale_exact, scale_fold = list(t.scales), list(t.scales_folded)
    scale = _scale_words(scale_exact, scale_fold)
    pre, post = _scan_markers(t, scale.render(RE2))
    after = either(post, ".+")  # a marker after the number: the scan knows them, a splitter takes the rest
    cjk = _cjk()
    # a Han name of money, then a hedge: "美元约1100万", "折合日幣約168億元" (元 alone names no money)
    names = Words((m for m in t.prefix if len(m) > 1 and "\u4e00" <= m[0] <= "\u9fff"), _SP)
    hedges = named("hedge1", Words((h for h in t.hedges if "\u4e00" <= h[0] <= "\u9fff"), _SP))
    marker_first = seq(
        # "$53 billion", "Rmb72.5bn", "USD 5m", "人民币 8千元", and a code joined by a colon ("BHD:194 Million")
        either(
            alt(seq(named("pre", names), hedges), named("pre", alt(pre, rf"\b(?:{_colon_codes(t)}):"))),
            seq(named("pre", f"[^{_DIGITS_PY}]+?"), opt(named("colon", ":")), opt(hedges)),
        ),
        count(_SP, 0, 3),
        opt(named("neg", Chars("-\u2212"))),  # a sign after the marker: "CHF-1'234.50"
        named("num1", alt(
            _ZH_MIXED, seq(_SPACED, opt(",", count(_DIG, 1, 2))), _NUM, seq(r"\.", run(_DIG, 1, 20)), cjk,
        )),
        # "美元1100余万元": more than the number, before the scale
        opt(named("more1", Chars(_MORE_OR_SOME))),
        either(
            opt(alt(seq(count(_SP, 0, 2), named("scale1", scale)), seq("-", _HYPHEN_SCALES))),
            opt(alt(count(_SP, 0, 2), seq("-(?=", _HYPHEN_SCALES, ")")), named("scale1", scale)),
        ),
        # "新臺幣5百元", "新臺幣1千多萬元", "人民币5百多万元": a unit after the digits, then "more" and
        # a scale; the scan reads on to the scale, the splitter reads the digits and the unit as one
        # number, never the digits alone ("新臺幣5" of "新臺幣5百元")
        # ("新臺幣3 億多元": "more" after the scale and no scale after it is read as before); the
        # financial forms of the units as well ("新臺幣6仟萬元", "新臺幣5佰元")
        scan_only(opt(alt(
            seq(Chars("十百千拾佰仟"), opt(Chars(_MORE), opt(Chars("万萬亿億")))), seq(Chars(_MORE), Chars("万萬亿億")),
        ))),
        opt(opt(_SP), named("tail", Chars("元块"))),
    )
    marker_after = seq(
        # "380 billion yuan", "1.234,56 €", "3800亿元", "254 millions de $"
        named("num2", alt(
            seq(_SPACED, opt(alt(seq(",", run(_DIG, 1, 20)), seq(r"\.", count(_DIG, 1, 2))))),
            seq(_NUM, ", ", count(_DIG, 2), scan_only(r"\b")),
            _ZH_GROUPED,
            _ZH_SPACED,
            _NUM,
            seq(r"\.", run(_DIG, 1, 20)),
        )),
        # "2000余万元", "3亿多元", "10亿余元": more than the number, before or after its scale
        # ("50幾億元": and some, before it only)
        opt(named("more", Chars(_MORE_OR_SOME))),
        opt(count(_SP, 0, 2), "-?", named("scale2", scale)),
        opt(named("more2", Chars(_MORE))),
        # ",-" after whole units, as Czech, German and Nordic shops write them: "50,- Kč", "1 995,– Kč"
        # 块 before a name of money is its measure word: "100塊美元" is 100 dollars (_KUAI_NAME)
        alt(_CONNECTOR, "个", "個", _KUAI_NAME, "-", seq(",", Chars("-\u2013\u2014"), count(_SP, 0, 2)), count(_SP, 0, 3)),
        # a code may carry the scale after it: "75 USD million"
        either(named("post2", post), seq(named("post2", ".+?"), opt(_SP, named("scale2b", scale)))),
    )
    # pence or cents glued to the number: "99p", "10c" (cents only before a price per unit: glued_cents)
    pence = seq(named("num3", _NUM), named("pence", Chars("pc")), scan_only(r"\b"))
    spelled = seq(
        # "twenty million dollars", "half a million pounds"; in another language first ("six cents
        # euros" is six hundred euros in French), whose words a splitter leaves to _split_elsewhere
        either(
            named("words", alt(seq(_spelled_elsewhere(_BLANKS.render(RE2)), _GAP_ELSEWHERE), seq(_ENGLISH, _GAP))),
            seq(named("words", _ENGLISH), _GAP),
        ),
        named("post4", after),
    )
    # "十五美元", "三千八百亿元"; more than the numerals, before a scale or the marker: "三百多万元",
    # "十余亿美元", "一千多元", "十幾萬元"
    more = seq(named("more5", Chars(_MORE_OR_SOME)), opt(named("scale5", Chars("万萬亿億"))), opt(named("more6", Chars(_MORE))))
    cjk_form = seq(named("cjk", cjk), opt(more), opt(_SP), opt(_KUAI_NAME), named("post5", after))
    return marker_first, marker_after, pence, spelled, cjk_form


def _colon_codes(t: Tables) -> str:
    """The codes that a colon may join to their amount ("BHD:194 Million"), as an alternation:
    those the scan reads.  A word of three capitals that is no code is no marker ("Prezzo SVB:
    19,95 €"), and the amount after it is read with its own."""
    return "|".join(_longest_first(c for c in t.scan_codes if c.isalpha() and c.isupper() and len(c) == 3))


def _scale_words(scale_exact: list[str], scale_fold: list[str]) -> Alt:
    """The scale words: those written in Latin letters as they are written, or in any case; those
    of other scripts only as they are written."""
    return alt(
        Words([s for s in scale_exact if s[0].isascii()], _SP, lead=False),
        fold(Words([s for s in scale_fold if s[0].isascii()], _SP, lead=False)),
        Words([s for s in scale_exact + scale_fold if not s[0].isascii()], _SP, lead=False),
    )


def _scan_markers(t: Tables, scale: str) -> tuple[str, str]:
    """The scan's markers written before a number (an alternation, bare) and after it (in a group)."""
    codes_ok = t.scan_codes
    # a code that is a word more often is read on the side a row of markers.tsv says ("1 500 KMF")
    rows = [e for e in markers() if e.tier != "never"]
    before = codes_ok | {e.text for e in rows if e.side != "after"}
    after = codes_ok | {e.text for e in rows if e.side != "before"}
    prefix = [m for m in t.prefix if m not in t.currencies or m in before]
    suffix = [m for m in t.suffix if m not in t.currencies or m in after]
    suffix = [m for m in suffix if m.lower() not in t.names or not m.isalpha()]
    # Only the first word of each name is in the scan ("finnish" of "finnish markka", "dólar" of
    # "dólar estadounidense"); the rest is read in Python.  Whole names would make the automaton
    # thirty times larger, and slower and hungrier with it.
    # A first word that follows numbers far more often than it begins a name ("2010 U.S. troops")
    # is in the scan with the rest of its names: each match the scan makes costs a reading.
    names = sorted({n if n.split()[0] in _WHOLE_IN_SCAN else n.split()[0] for n in t.names if n != "p"})
    pre = (
        # spaced or lower-case letters before "$": "us $", "hk $", "mxn$", "u.s $" (tokenized text)
        rf"\b(?i:u\.s\.?|usd|us|hkd|hk|cad|c|nzd|nz|nt|mex|mxn|mx|aud|sgd|twd){_SP_RE2}?\$|\bU\$[DS]"
        # a million written before the code: "MAUD 60"
        + r"|\bM(?:USD|EUR|GBP|AUD|CAD|CHF|SEK|NOK|DKK|JPY|CNY)\b"
        + "|" + _marker_alt(prefix, trail=False) + "|" + r"\b(?:" + "|".join(_LOWER_CODES) + r")\b"
    )
    codes_upper = _longest_first(c for c in codes_ok if c.isalpha())
    post = (
        # a code may carry the scale after it: "75 USD million"
        rf"(?:\b(?:{'|'.join(codes_upper)})\b(?:{_SP_RE2}(?:{scale}))?"
        # a sign that begins with "$" before "$" alone, which the scan would take first: "25 $b"
        + "|" + _marker_alt((m for m in suffix if m[0] == "$" and len(m) > 1), lead=False)
        # "$" qualified after it, French style: "$ US", "$CAD", "$ hk", "$ c"
        + rf"|\$(?:{_SP_RE2}?(?i:usd|us|cad|can|ca|c|hkd|hk|aud|au|nzd|nz|sgd|sg|mxn|mx)\b)?"
        # a "$" after the number, its country before it, spaced or not: "300 milyon c$", "10,5 milyar hk $"
        + rf"|\b(?i:ca|can|hk|us|nz|au|sg|nt|abd){_SP_RE2}?\$|\b(?i:c)\$"
        + "|" + _marker_alt(suffix, lead=False) + "|" + "(?i:" + _marker_alt(names, lead=False)[3:-1] + ")"
        + r"|\b(?:" + "|".join(_LOWER_CODES) + r")\b|\bM(?:USD|EUR|GBP|CHF|SEK|NOK|DKK)\b|\bm(?:usd|eur|gbp)\b"
        # last, so that a whole name wins ("dolares"): a Turkish name with a case ending glued to
        # it, "50 dolardan", "100 avroydu", "100 milyar yuanı" (RE2's \b knows ASCII letters only)
        + rf"|\b(?i:(?:{'|'.join(_TR_STEMS)})(?:{'|'.join(sfx for sfx in _TR_SUFFIXES if sfx[-1].isascii())})\b"
        + rf"|(?:{'|'.join(_TR_STEMS)})(?:{'|'.join(sfx for sfx in _TR_SUFFIXES if not sfx[-1].isascii())})))"
    )
    return pre, post


def _evidence_pattern(t: Tables) -> str:
    """The RE2 pattern of the search for evidence words, Han and kana (read by
    :class:`moneyparse.currency._Evidence`)."""
    ev_words = sorted((w for w in t.evidence if w[0] != "."), key=len, reverse=True)
    # a ticker's suffix (".pa") is read in capitals, after the symbol, before its closing bracket
    tickers = sorted((w[1:].upper() for w in t.evidence if w[0] == "."), key=len, reverse=True)
    # No groups: RE2 then finds each match with its automaton alone.  What matched is told apart
    # by its first byte (kana and Han by their UTF-8 lead bytes, words are ASCII) in _Evidence.
    if any(0xE3 <= w.encode("utf-8")[0] <= 0xE9 for w in ev_words):
        raise ValueError("evidence words must not begin in kana or Han: _Evidence reads those by lead byte")
    return (
        "(?i:" + "|".join(r"\b" + re.escape(w).replace("\\ ", " ") + (r"\b" if w[-1].isalnum() else "") for w in ev_words) + ")"
        "|\\bUSA?\\b|\\bU\\.S\\.|[\\x{3040}-\\x{30ff}]+|[\\x{4e00}-\\x{9fff}]+"
        + (r"|\b\.(?:" + "|".join(tickers) + ")[>)]" if tickers else "")
    )


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
    joins = r"(?P<sep>to|and|(?<=[ \u00a0])or(?=[ \u00a0]))"  # (an "or" set off by blanks: a spread, moneyparse.or_spreads)
    range_after = re.compile(
        rf"[ \u00a0]*(?:-|–|—|[~～〜]|{joins})[ \u00a0]*(?P<num>{num_py})(?:[ \u00a0]?(?P<scale>{scale_py})\b)?(?![\w.,]*\d)(?!-?[^\W\d])"
    )
    word_py = _NUMBER_WORDS.render(PYTHON)
    # the low end of a range written without its marker, in digits ("5-6 billion dollars", "between 5 and 6 million
    # dollars", "8.25-to-8.50 dlrs") or one number word ("five to six million dollars"; a spread's "two or three million")
    # (Chinese: "计划投资4500-7000元", "15--20元", "5万-8万元", "5百至1千元", "30多至50亿元", "3 至 5亿元"; a
    # Han low end of one numeral not ending a word: "三至五亿元", "七十亿到一百亿元", not "统一到一百元"; "二─三億元")
    separator = (
        rf"(?:[ \u00a0]*(?:--?|–|—|－|─|[~～〜])[ \u00a0]*|(?:[ \u00a0]+|-){joins}(?:[ \u00a0]+|-)|[ \u00a0]?(?P<zh>至|到)[ \u00a0]?)$"
    )
    han = f"[{_HAN_NUMERALS}]{{2,20}}|(?<![第统統唯之同划劃均专專逐单單周週初数數几幾上])[一二三四五六七八九十两兩]"
    range_before = re.compile(
        rf"(?<![.,])(?<!(?![\u3040-\u9fff])\w)(?P<num>{num_py}|(?:[{_DIGITS_PY}]+[十百千拾佰仟])+|(?<![{_HAN_NUMERALS}])(?:{han}))"
        rf"[{_MORE}]?(?:[ \u00a0]?(?P<scale>{scale_py}))?[{_MORE}]?{separator}"
    )
    # (a number word with its own scale word: "two billion to five billion dlrs")
    range_before_word = re.compile(rf"(?<![\w.,])(?P<word>(?i:{word_py}(?:-{word_py})?))(?:[ \u00a0](?P<scale>{scale_py}))?{separator}")
    return range_before, range_before_word, range_after
