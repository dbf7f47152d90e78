"""The words of the rejection filters, as the filters ask them.

``data/filters.toml`` holds the word lists, one table per filter (see ``lexicon.filter_words``);
:func:`words` turns them once, on first use, into the sets and the patterns that
:mod:`moneyparse.filters` reads.  The structure of each pattern is here; its words are in the data.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from moneyparse.lexicon import filter_words

__all__ = ["AnyWord", "Words", "words"]

#: A year of the last two centuries written in full ("1986", "2023" of "2023/24"): a figure that is one
#: is no amount where a year may stand ("vs 1986", "from 2009 to 2010 to €50 600 000").
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")


#: A whole run of word characters, from where ``\b`` sets one apart (not from inside a word that
#: runs on before the start of a window).
_WORD_RUN = re.compile(r"\b\w+")


class AnyWord:
    """Any of a list of words, each whole and in any case: ``find`` tells what ``pattern``
    (``\b(?:word|...)\b``, ignoring case) finds, a run of word characters at a time.  The
    alternation, tried at every position of a window, cost 50 µs a sentence; each match of it is
    a whole run of word characters, so a run of ASCII is looked up in lower case, and another
    is read by the pattern, with the case folding of ``re`` ("ſ" is an "s")."""

    __slots__ = ("pattern", "_listed")

    def __init__(self, listed: tuple[str, ...]) -> None:
        if not all(word.isascii() and word.isalpha() for word in listed):
            raise ValueError(f"AnyWord takes words of ASCII letters alone: {listed}")
        self.pattern = re.compile(rf"\b{_alternatives(listed)}\b", re.IGNORECASE)
        self._listed = frozenset(word.lower() for word in listed)

    def find(self, text: str, lo: int = 0, hi: int | None = None) -> bool:
        """Whether one of the words stands in ``text[lo:hi]`` (as ``pattern.search(text, lo, hi)``)."""
        listed, pattern = self._listed, self.pattern
        for run in _WORD_RUN.findall(text, lo, len(text) if hi is None else hi):
            if run.lower() in listed if run.isascii() else pattern.fullmatch(run) is not None:
                return True
        return False


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of ``data/filters.toml``, as the filters ask them: sets and patterns."""

    video_lines: frozenset[str]
    pound_markers: frozenset[str]
    pound_money_nouns: frozenset[str]  # the things of money a hyphenated "5-pound" may count
    money_near_letter: tuple[frozenset[str], tuple[str, ...]]  # words of money near "50,000 L.", and stems
    volume_near_letter: AnyWord  # a word of volume near "5,000 L" (any case)
    letter_pounds: re.Pattern[str]  # "50,000 L.", "L 1,994,000": sterling as old texts set it
    numbering_before: re.Pattern[str]  # "Chapter L": a Roman fifty after a word that numbers (any case)
    weight_before: re.Pattern[str]  # a word of weight earlier in the sentence (of lower-cased text)
    weight_after: re.Pattern[str]  # "of tobacco", "heavier", "(79 kg)" after the marker (lower-cased)
    gain_before: re.Pattern[str]  # "put on about", "gained": a body's gain right before the number (lower-cased)
    money_words: AnyWord  # "paid", "price": the sentence of "139 pounds" speaks of money (any case)
    vague_before: re.Pattern[str]
    year_words: frozenset[str]  # currency words that a year before makes no amount
    word_context: Mapping[str, tuple[str, ...]]  # currency word -> the words that make it money near
    name_words: frozenset[str]
    always_names: frozenset[str]
    basis_markers: frozenset[str]
    basis_before: re.Pattern[str]  # of lower-cased text
    month_before: re.Pattern[str]  # a month, and maybe a day, right before a year
    turkish_only: frozenset[str]
    tex_after: re.Pattern[str]  # after the number of a "$" that opens TeX
    cell_words: re.Pattern[str]
    road_before: re.Pattern[str]  # "Route 100 VT": a road's number, no price tag (any case)
    money_nouns_after: re.Pattern[str]  # "a 300 mln mark bond": a thing of money after the name (any case)
    euro_compound_after: re.Pattern[str]  # "-MTN", " zone": "Euro" begins a compound, no euros (any case)
    cfp_football_after: re.Pattern[str]  # "CFP National Championship": the College Football Playoff (any case)
    cfp_money_near: re.Pattern[str]  # "francs", "Tahiti": the CFP franc named near a year-like number (any case)
    line_signs: frozenset[str]  # signs of tier shop read only as a line's price (as written; small letters: lower case)
    coin_counts: frozenset[str]  # "one", "a", "un": a count of one before a minor unit (lower case)
    coin_negations: frozenset[str]  # "not", "never", "ni": a negation before it in its clause (lower case)
    coin_stops: frozenset[str]  # "whether", "said": a word that ends the negation's reach (lower case)
    coin_changes: frozenset[str]  # "rose", "up": a change, which ends it unless the negation is right before (lower case)
    coin_attribute_after: re.Pattern[str]  # " a share", " dividend": the coin is a size or a rate (any case)
    zh_units: Mapping[str, frozenset[str]]  # the characters of the Chinese units' filters, by "filter.list"


def _alternatives(listed: tuple[str, ...], space: str = " ") -> str:
    """A group of regular expression matching any of ``listed``, longest first: each escaped, a "*"
    at its beginning or end as any letters there, a space inside it as ``space``."""
    out = []
    for word in sorted(listed, key=len, reverse=True):
        body = space.join(re.escape(part) for part in word.strip("*").split(" "))
        out.append(("\\w*" if word[:1] == "*" else "") + body + ("\\w*" if word[-1:] == "*" else ""))
    return "(?:" + "|".join(out) + ")"


#: How a text writes sterling as "L" where litres never are: a figure grouped in thousands with
#: "L." or "l." after it, or "L" before it ("50,000 L.", "50,000\nl.", "L  1,260,000"; the letter
#: no initial: no letter or point glued before it); a column of such figures with "L" after each,
#: set apart by blanks ("London   120,000,000 L\nParis    13,000,000 L"); two figures with "L."
#: a few words apart ("shares of 100 L. with 50 L. paid up").
# (each branch begins with the digit or letter it needs, and looks behind it only then, so that the
# search skips to those characters: it runs over the wide window)
_GROUPED = r"[0-9](?<![\w.,][0-9])[0-9]{0,2}(?:,[0-9]{3})+"
_FIGURE = r"[0-9](?<![\w.,][0-9])[0-9]*(?:,[0-9]{3})*"
_LETTER_POUNDS = (
    rf"{_GROUPED}\s{{1,3}}[Ll]\."
    r"|L(?<![\w.]L)[ \u00a0]{1,8}[0-9]{1,3}(?:,[0-9]{3})+(?![0-9]|[.,][0-9])"
    rf"|{_GROUPED}[ \u00a0]L\s[^\n]{{0,80}}?\s{{2,}}{_GROUPED}[ \u00a0]L(?!\w)"
    rf"|{_FIGURE}\s{{1,3}}[Ll]\.[^0-9]{{1,80}}?{_FIGURE}\s{{1,3}}[Ll]\."
)


#: Between a singular name and the words after it: blanks, or a line's end with the blanks around it.
_GAP = r"(?:[ \u00a0]*\r?\n[ \u00a0]*|[ \u00a0]+)"
#: The scale words of a second amount that shares the noun of a singular name ("a 2.5 billion mark
#: and 200 billion yen limit").
_SHARED_SCALES = r"(?:mln|million|bln|billion|bn)"


@functools.cache
def words() -> Words:
    """The vocabularies of the filters, read and compiled once, on first use."""
    data = filter_words()
    weight, year = data["weight_pounds"], data["year_of_date"]
    weighing, links, money_after, heavier, about, units = (
        _alternatives(weight[key]) for key in ("weight_words", "links", "money_after_link", "comparisons", "approximately", "metric_units")
    )
    vague = _alternatives(data["vague_quantity"]["before"])
    numbering = _alternatives(data["letter_pounds"]["numbering_words"])
    ledger = data["letter_pounds"]["money_words"]
    basis = _alternatives(data["year_price_basis"]["before"], space=r"\s+")
    months, day_endings = _alternatives(year["months"]), _alternatives(year["day_endings"])
    tex = _alternatives(data["tex_opening"]["commands"])
    cells = _alternatives(data["mixed_cell_reference"]["words"])
    roads = _alternatives(data["shop_form"]["road_words"])
    nouns, between = (_alternatives(data["singular_after_scale"][key]) for key in ("nouns", "not_between"))
    football = _alternatives(data["football_playoff"]["football_after"], space=_GAP)
    franc_words = _alternatives(data["football_playoff"]["money_near"])
    coin = data["negated_coin"]
    return Words(
        video_lines=frozenset(data["video_lines"]["lines"]),
        pound_markers=frozenset(weight["markers"]),
        pound_money_nouns=frozenset(weight["hyphen_money_nouns"]),
        money_near_letter=(
            frozenset(w for w in ledger if not w.endswith("*")), tuple(w[:-1] for w in ledger if w.endswith("*"))
        ),
        volume_near_letter=AnyWord(data["letter_pounds"]["volume_words"]),
        letter_pounds=re.compile(_LETTER_POUNDS),
        numbering_before=re.compile(rf"\b{numbering}\.?[ \u00a0]+$", re.IGNORECASE),
        weight_before=re.compile(rf"\b{weighing}\b[^.]*$"),
        weight_after=re.compile(
            rf"\s*(?:{links}\s+(?!{money_after}\b)|{heavier}|\({about}?\s*[\d.,]+\s*{units}\b)"
        ),
        gain_before=re.compile(
            rf"\b{_alternatives(weight['gain_verbs'])}(?:[ \u00a0]+{_alternatives(weight['gain_hedges'])})?[ \u00a0]+$"
        ),
        money_words=AnyWord(weight["money_words"]),
        vague_before=re.compile(rf"\b{vague}\s+$", re.IGNORECASE),
        year_words=frozenset(data["year_then_word"]["markers"]),
        word_context={word: data["word_currency"][word] for word in data["word_currency"]},
        name_words=frozenset(data["proper_name"]["words"]),
        always_names=frozenset(data["proper_name"]["always"]),
        basis_markers=frozenset(data["year_price_basis"]["markers"]),
        basis_before=re.compile(rf"\b{basis}\s+$"),
        month_before=re.compile(rf"\b{months}\.?(?:[ \u00a0]+[0-9]{{1,2}}{day_endings}?,?)?[ \u00a0]+$", re.IGNORECASE),
        turkish_only=frozenset(data["turkish_word"]["words"]),
        tex_after=re.compile(rf"[\^_]|[=+][ ]?[0-9]*{tex}"),
        cell_words=re.compile(rf"\b{cells}\b|\$[A-Z]{{1,3}}[0-9]", re.IGNORECASE),
        road_before=re.compile(rf"\b{roads}\.?[ \u00a0]+$", re.IGNORECASE),
        money_nouns_after=re.compile(
            rf"(?:{_GAP}(?:and|or){_GAP}[0-9][0-9.,]*{_GAP}{_SHARED_SCALES}{_GAP}\w+|{_GAP}\([^()\n]{{1,40}}\))?"
            # a coupon may stand before the words: "a 300 mln guilder 6.25 pct bullet bond", "7-1/2 pct notes"
            rf"(?:{_GAP}[0-9][0-9.,/-]*{_GAP}?(?:pct|percent|%))?"
            rf"(?:{_GAP}(?!{between}\b)[\w/'’-]+){{0,3}}?{_GAP}{nouns}\b", re.IGNORECASE
        ),
        euro_compound_after=re.compile(rf"(?:-|[ \u00a0]){_alternatives(data['euro_compound']['after'])}\b", re.IGNORECASE),
        cfp_football_after=re.compile(rf"[ \u00a0]+{football}\b", re.IGNORECASE),
        cfp_money_near=re.compile(rf"\b{franc_words}\b", re.IGNORECASE),
        line_signs=frozenset(data["shop_form"]["line_signs"]),
        coin_counts=frozenset(coin["counts"]),
        coin_negations=frozenset(coin["negations"]),
        coin_stops=frozenset(coin["stops"]),
        coin_changes=frozenset(coin["changes"]),
        coin_attribute_after=re.compile(rf"[ \u00a0-]+{_alternatives(coin['attribute_after'])}\b", re.IGNORECASE),
        zh_units={
            f"{name}.{key}": frozenset(data[name][key])
            for name in (
                "list_comma", "name_before_date", "not_fen", "delta", "yuan_word", "kuai_measure", "jiao_word", "scale_level",
                "vague_count", "negated_coin_zh",
            )
            for key in data[name]
        },
    )
