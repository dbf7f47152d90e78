"""Currency from the pairs: an ambiguous marker settled by the amount a text quotes it beside.

Run after the resolver (:mod:`moneyparse.currency`) and the bare dollar's rules
(:mod:`moneyparse.dollars`), on the links of :func:`~moneyparse.pairing.find_links`:

* a bare "$" or "£" in a bracket beside another of its currencies written out is its default one
  ("C$10 billion ($7.04 billion)" quotes US dollars), over the words near it and, when it stands
  alone in the bracket right after the amount written out, over the story's country too
  (:func:`_default_beside`);
* an ambiguous marker quoted beside an amount in another currency takes the reading whose implied
  rate is believable, unless country words near chose its reading and none near names the
  country of that one (:func:`_words_against`);
* a bare "$" glossed in US dollars written out for another sum is another dollar, the one named
  near (:func:`_glossed_in_default`), or no mention.
"""

from __future__ import annotations

import re
from dataclasses import replace

from moneyparse.currency import _FIRM_DEFAULTS, _HAN, _KANA, _demonym_before, _evidence_in
from moneyparse.grammar import CONTEXT_WINDOW
from moneyparse.mention import Evidence, Mention
from moneyparse.pairing import find_links, plausible


def resolve_by_pairs(text: str, mentions: list[Mention], assume: dict[str, str] | None = None) -> list[Mention]:
    """Mentions with ambiguous markers settled by the amounts the text quotes them beside.

    Two steps for each link of :func:`~moneyparse.pairing.find_links`, in text order:

    * a bare ``$`` or ``£`` in a bracket beside another of its currencies written out is the
      default one, when the rate fits: ``C$10 billion ($7.04 billion)``, ``HK$78 billion ($10
      billion)``, ``MXN 100 billion ($5 billion)`` quote US dollars, however near Canada, Hong
      Kong or Mexico is named (a conversion into the same dollar would be none), unless an
      adjective says which ("Canadian $7 billion"); a "$" that the story's country made that
      dollar gives way too when it stands alone in the bracket right after the amount it quotes
      (a story of Ottawa that writes "paid CAN$300,000 ($285,000)" glosses in US dollars);
    * an ambiguous marker quoted beside an amount in another currency takes the one reading whose
      implied rate is believable (``¥380bn`` for ``$53bn`` is 7.2 per dollar: yuan, not yen).
    """
    if len(mentions) < 2:
        return mentions
    result = list(mentions)
    unsure: set[int] = set()
    for i, j, kind in find_links(text, mentions):
        if kind != "or":
            for a, b in ((j, i), (i, j)):
                settled = _default_beside(text, result[a], result[b])
                if settled is not None:
                    result[a] = settled
                    break
        if result[i].currency == result[j].currency:
            if kind != "or":
                for a, b in ((i, j), (j, i)):
                    code = _glossed_in_default(text, result[a], result[b])
                    if code == "":
                        unsure.add(a)
                    elif code is not None:
                        amb = result[a]
                        others = tuple(c for c in (amb.currency, *amb.alternatives) if c != code)
                        result[a] = replace(amb, currency=code, evidence=Evidence.PAIR, alternatives=others)
            continue
        for a, b in ((i, j), (j, i)):
            amb, other = result[a], result[b]
            if not amb.alternatives or amb.evidence in (Evidence.ASSUMED, Evidence.MARKER):
                continue
            if other.alternatives and other.evidence is Evidence.DEFAULT and other.currency not in _FIRM_DEFAULTS:
                continue  # both ambiguous with no evidence: nothing firm to compare with
            if amb.currency in _FIRM_DEFAULTS and amb.evidence is Evidence.DEFAULT and other.alternatives:
                continue  # "$" stays the anchor that the other side is read against
            candidates = (amb.currency, *amb.alternatives)
            fitting = [c for c in candidates if plausible(amb.amount, c, other.amount, other.currency)]
            if len(fitting) == 1 and not _words_against(text, amb, fitting[0]):
                code = fitting[0]
                result[a] = replace(
                    amb,
                    currency=code,
                    evidence=Evidence.PAIR,
                    alternatives=tuple(c for c in candidates if c != code),
                )
    return [m for k, m in enumerate(result) if k not in unsure] if unsure else result


def _default_beside(text: str, bare: Mention, other: Mention) -> Mention | None:
    """``bare`` read as its marker's firm default (USD for "$", GBP for "£") when it stands in a
    bracket beside ``other``, a marker that writes out another of its currencies ("C$", "HK$",
    "MXN", "E£"), and the rate they imply fits; ``None`` when that does not hold."""
    if other.evidence is not Evidence.MARKER or bare.evidence is not Evidence.CONTEXT and not _alone_after(text, other, bare):
        return None  # only what words near or the story chose gives way; "$5.00 CAD" or an assumption stays
    candidates = (bare.currency, *bare.alternatives)
    if other.currency not in candidates:
        return None  # beside "€" or "Rmb", nothing says which dollar is meant
    firm = [c for c in candidates if c in _FIRM_DEFAULTS]
    if len(firm) != 1 or firm[0] in (bare.currency, other.currency):
        return None
    code = firm[0]
    if _demonym_before(text, bare.start, bare.marker, candidates) is not None:
        return None  # "Canadian $7 billion": the text says which dollar
    if not plausible(bare.amount, code, other.amount, other.currency):
        return None  # "C$600,000 ($100,000)" is no conversion to US dollars
    return replace(bare, currency=code, evidence=Evidence.PAIR, alternatives=tuple(c for c in candidates if c != code))


#: The bracket that holds one bare amount alone, after the amount it quotes: "CAN$300,000 ($285,000)",
#: "A$2 million (about $1.4 million)"; a hedge but no word of its own.
_ALONE_HEDGE = r"(?:about|around|some|roughly|approximately|nearly|almost|approx\.|c\.|over|under|more than|less than|just over|just under)"
_ALONE_OPEN = re.compile(rf"[ \u00a0]{{0,2}}\([ \u00a0]*(?:{_ALONE_HEDGE}[ \u00a0]+)?", re.IGNORECASE)
_ALONE_CLOSE = re.compile(r"[ \u00a0]*\)")


def _alone_after(text: str, other: Mention, bare: Mention) -> bool:
    """Whether ``bare``, read as a dollar by the story's country (:attr:`Evidence.DOCUMENT`), stands
    alone in a bracket right after ``other``: "CAN$300,000 ($285,000)" quotes the sum again in the
    default dollar, whatever country the story is of; "C$300,000 ($285,000 of it in cash)" is no
    such bracket."""
    return (
        bare.evidence is Evidence.DOCUMENT and bare.marker == "$" and other.end <= bare.start
        and _ALONE_OPEN.fullmatch(text, other.end, bare.start) is not None and _ALONE_CLOSE.match(text, bare.end) is not None
    )


#: The scripts that count as words of a country's money: Han for the yuan, kana for the yen.
_SCRIPT_OF = {"CNY": _HAN, "JPY": _KANA}


def _words_against(text: str, amb: Mention, code: str) -> bool:
    """Whether the words near ``amb`` outweigh ``code``, the one reading that a pair's rate fits:
    country words within :data:`~moneyparse.grammar.CONTEXT_WINDOW` characters chose another
    reading, and none there names the country of ``code``.  A conversion that fits no money the
    words name is a slip of the text or a loose gloss, and the words win: a reward of "Rs.
    25,000,000 (about US $55,000)" in a story of Mumbai stays in Indian rupees, though only the
    Sri Lankan rupee fits that rate; with Colombo named near, the rate decides."""
    if amb.evidence is not Evidence.CONTEXT or code == amb.currency:
        return False
    return not {code, _SCRIPT_OF.get(code, code)} & _named_near(text, amb)


def _glossed_in_default(text: str, bare: Mention, gloss: Mention) -> str | None:
    """The currency of ``bare``, a "$" read as US dollars for want of better, in a bracket beside
    ``gloss``, a US dollar written out ("$3.6 million (US$2.8 million)"), for another sum: a
    conversion into US dollars says that ``bare`` is not in them.  It is the one other dollar that
    country words within :data:`~moneyparse.grammar.CONTEXT_WINDOW` name and the rate fits ("in
    Canada": CAD); "" with none or several (no mention rather than a wrong one); ``None`` when the
    rule does not apply ("$100 (US$100)" restates one sum)."""
    if (
        bare.currency not in _FIRM_DEFAULTS or gloss.currency != bare.currency or gloss.evidence is not Evidence.MARKER
        or not bare.alternatives or bare.evidence not in (Evidence.DEFAULT, Evidence.CONTEXT)
        or bare.amount == gloss.amount or bare.amount == 0 or gloss.amount == 0
    ):
        return None
    if _demonym_before(text, bare.start, bare.marker, (bare.currency, *bare.alternatives)) is not None:
        return None  # "American $5 (US$5.00)": the text says which dollar
    rated = [c for c in bare.alternatives if plausible(bare.amount, c, gloss.amount, gloss.currency) is not False]
    if not rated:
        return None  # no dollar's rate fits: no conversion ("$500 million (1988 USD)")
    named = _named_near(text, bare)
    fitting = [c for c in rated if c in named]
    return fitting[0] if len(fitting) == 1 else ""


def _named_near(text: str, m: Mention) -> set[str]:
    """The kinds of evidence (codes, Han, kana) within :data:`~moneyparse.grammar.CONTEXT_WINDOW`
    characters either side of ``m``."""
    data = text[max(0, m.start - CONTEXT_WINDOW) : m.end + CONTEXT_WINDOW].encode("utf-8", "surrogatepass")
    return {kind for _a, _b, kind in _evidence_in(data, len(data))}
