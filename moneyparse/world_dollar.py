"""Words near a "$" that do not tell which dollar it is: the resolver
(:func:`moneyparse.currency._firm_evidence`) turns a bare "$" away from the US dollar on the
country words near it, save these.

* Another dollar named as a money of its own, the thing bought, sold or compared ("the Canadian
  dollar", "one Australian dollar", "per New Zealand dollar": a country's adjective before the
  singular "dollar", after "the", "one", "a", "1", "per" or "each"), says nothing of a "$"
  beside it: a writer who means Canadian dollars by "$" does not name the Canadian dollar as
  another money.  "The greenback now fetches one Canadian dollar, and a litre of milk costs $1.10
  in Ohio" keeps the US dollar; "the Ontario government will spend $4 million" still reads the
  Canadian one, and so does "5 million Canadian dollars ... $3 million" (a sum in that money,
  not the money itself).  One unit of it written as an amount ("buys one Canadian dollar") is no
  dollar that a later "$" goes on in either (:mod:`moneyparse.dollars`, the dollar carried on).
* A "$" price of crude oil by the barrel, or of a precious metal by the ounce ("$20 a barrel",
  "$45 per bbl", "$1,300 an ounce", "$18-a-barrel"), is a world price, written in US dollars
  wherever the wells or the mines are: "Alberta's wells pump crude for $20 a barrel" is in US
  dollars.  A price the text writes in its own money is that money ("C$20 a barrel", "Canadian
  $20 a barrel", "20 Canadian dollars a barrel"), and a text that is a story of Canada as a whole
  still reads its "$" so (:mod:`moneyparse.story_country`: a Calgary producer's report of its
  costs per barrel).  Only the sign: the wire's "dlrs a barrel" in a story of Canadian posted
  prices ("raised its posting 32 Canadian cts a barrel ... to 25.60 dlrs a barrel") is in
  Canadian dollars, and a tonne (of wheat, of canola) is priced in the money of its exchange.
"""

from __future__ import annotations

import re

from moneyparse.lexicon import tables

__all__ = ["money_itself", "one_unit", "world_price"]

#: What a dollar named qualifies when it is a sum in that money, not the money itself: "an
#: Australian dollar bond", "the Canadian dollar value of", "dollar-denominated".
_SUM_AFTER = (
    r"(?![\s-]+(?:bonds?|eurobonds?|issues?|notes?|loans?|deposits?|accounts?|denominated|terms|amounts?|sums?|value"
    r"|prices?|figures?|equivalents?)\b)"
)
#: A country's adjective before "dollar", the money itself: "the Canadian dollar", "one New
#: Zealand dollar's worth" (group 1: the adjective, looked up among the evidence words).
_MONEY_ITSELF = re.compile(r"\b(?:[Tt]he|[Oo]ne|[Aa]|1|per|each)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+dollar(?!s)\b" + _SUM_AFTER)
#: One unit of a dollar named as an amount, the money that a rate buys or prices: "one Canadian
#: dollar", "a New Zealand dollar", "1 Australian dlr".
_ONE_UNIT = re.compile(r"(?:[Oo]ne|an?|1)\s+[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\s+(?:dollar|dlr)")
_SUM_AFTER_AT = re.compile(_SUM_AFTER)
#: What follows the price of a barrel of crude or an ounce of a precious metal: "a barrel",
#: "per bbl", "an ounce", "a troy ounce", "/oz", "-a-barrel".
_WORLD_UNIT = re.compile(r"(?:\s+(?:an?|per)\s+|\s*/\s*|-an?-)(?:troy\s+)?(?:barrels?|bbls?|ounces?|oz)\b")


def money_itself(text: str, lo: int, hi: int, code: str) -> int:
    """How many times ``text[lo:hi]`` names the dollar of ``code`` as a money of its own ("the
    Canadian dollar" for CAD): evidence words that say nothing of a "$" near them."""
    if text.find(" dollar", lo, hi) < 0:
        return 0  # (cheap test first: most windows name no dollar)
    evidence = tables().evidence
    return sum(1 for m in _MONEY_ITSELF.finditer(text, lo, hi) if evidence.get(m.group(1).lower()) == code)


def world_price(text: str, end: int) -> bool:
    """Whether the amount that ends at ``end`` is priced by the barrel or the ounce ("$20 a
    barrel"): a world price, in US dollars whatever country is named near."""
    return _WORLD_UNIT.match(text, end, end + 24) is not None


def one_unit(text: str, start: int, end: int) -> bool:
    """Whether the amount ``text[start:end]`` is one unit of a dollar named, the money itself
    ("buys one Canadian dollar"), not a sum in it ("one Australian dollar bond")."""
    return _ONE_UNIT.fullmatch(text, start, end) is not None and _SUM_AFTER_AT.match(text, end) is not None
