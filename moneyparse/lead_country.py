"""The dollar of a story's lead country: a wire story's bare "dlrs" read as the dollar of the
country whose economy its lead reports (a rule of :mod:`moneyparse.markets`, tried after the
market's own).

A wire story of a country's official figures names the country once, in its lead, as the owner of
what it reports ("New Zealand's budget deficit narrowed ...", "Hong Kong's money supply grew
..."), and gives the figures further on in the wire's bare "dlrs", the country's own: the
statistics office, the central bank and the finance ministry count in their money.  So a bare
"dlrs" (or another of the wire's words for the dollar, ``WIRE_DOLLARS``: "dlr", "dls", "drls")
that no word near tells, read as the US dollar by default only, is read as the dollar of
:data:`_COUNTRIES` that the lead names so, when:

* the lead, the text's first sentence (within its first paragraph, at most :data:`_LEAD`
  characters), writes the country in
  the possessive and one of its economy's words within the next few (:data:`_OWNER`): "Canada's
  federal budget deficit", "Singapore's external trade", "Australia's economic problems" (not
  "Canada's largest miner", whose own accounts may be in US dollars, nor a bare "Canada" that a
  company's name holds: "Orange Julius Canada Ltd");
* the amount stands after the country's name (a title's figure before it, "Deficit seen at 120
  billion dlrs", is not yet of a country) and within the story's first :data:`~moneyparse.story_country.STORY` characters,
  and from the text's start to the end of the amount's sentence nothing names the US or writes its
  dollar ("U.S. dlrs", "American", "New York") nor names a place of another money (the country's
  trade with Japan, a loan from Germany: either money may be meant);
* the amount is not a price per unit ("40 dlrs a barrel", "410 dlrs an ounce"): oil, gold and the
  other commodities are priced in US dollars whoever reports them.

"Australia's current account deficit narrowed in March ..., the statistics bureau said.  Exports
rose to 3.1 billion dlrs" reads Australian dollars; the same story with "Exports to the United
States rose to 3.1 billion dlrs", or its lead "Taiwan's exports rose" (Taiwan reports its trade in
US dollars, and is not among the countries), says nothing.  The lead stands in a stream's first
buffer (the caller's ``at_head``), so that :func:`~moneyparse.scanner.iter_extract` reads the story
as :func:`~moneyparse.scanner.extract` does.
"""

from __future__ import annotations

import re

from moneyparse.currency import _evidence_in
from moneyparse.dollar_window import _US_NAMED, WIRE_DOLLARS, _read_as
from moneyparse.mention import Evidence, Mention
from moneyparse.story_country import STORY, sentence_bounds

__all__ = ["lead_dollar"]

#: The countries whose own figures the wire gives in their dollars, by the name the lead writes.
_COUNTRIES = {"Australia": "AUD", "Canada": "CAD", "New Zealand": "NZD", "Singapore": "SGD", "Hong Kong": "HKD"}
#: The words of a country's economy and public accounts that the lead reports as the country's.
_ECONOMY = (
    r"econom(?:y|ic|ies)|trade|exports?|imports?|current\s+account|balance\s+of\s+payments|budget|deficits?|surplus"
    r"|money\s+supply|M-?[0-3]|reserves?|(?:foreign\s+)?debt|gross\s+(?:domestic|national)\s+product|GDP|GNP"
    r"|retail\s+sales|inflation|spending|revenues?|terms\s+of\s+trade"
)
#: The country in the possessive, then one of :data:`_ECONOMY` within three words ("Australia's
#: seasonally adjusted real gross domestic product", "New Zealand's official foreign reserves").
_OWNER = re.compile(rf"\b(Australia|Canada|New\s+Zealand|Singapore|Hong\s+Kong)'s\s+(?:[\w,/-]+\s+){{0,3}}?(?:{_ECONOMY})\b")
#: A price per unit right after the amount: "40 dlrs a barrel", "410 dlrs an ounce", "dlrs per tonne".
_PER_UNIT = re.compile(
    r"\s*(?:a|an|per|/)\s*(?:[a-z]+\s+)?(?:barrels?|ounces?|oz|tonnes?|tons?|pounds?|lbs?|bushels?|gallons?|kilos?|kg|units?|head)\b"
)
#: The end of the lead: a sentence's end, or a paragraph's (a line break, then an indentation or
#: another break), whichever comes first: a title line without a stop ends at its paragraph.
_LEAD_END = re.compile(r"[.!?;](?=\s)|\n(?=[ \t\n])")
#: How far the lead, the text's first sentence, may run.
_LEAD = 400


def lead_dollar(text: str, m: Mention) -> Mention | None:
    """The bare "dlrs" ``m``, read as the US dollar by default, read as the dollar of the country
    whose economy the lead reports (the module's rule); None where it does not hold."""
    if m.start >= STORY or m.marker.lower() not in WIRE_DOLLARS or m.evidence is not Evidence.DEFAULT or m.currency != "USD":
        return None
    end = _LEAD_END.search(text, 0, _LEAD)
    owner = _OWNER.search(text, 0, end.start() if end else _LEAD)
    if owner is None:
        return None
    code = _COUNTRIES[" ".join(owner.group(1).split())]
    if m.start < owner.end() or code not in m.alternatives or _PER_UNIT.match(text, m.end):
        return None
    upto = max(sentence_bounds(text, m.start, m.end)[1], m.end)
    if _US_NAMED.search(text, 0, upto):
        return None
    data = text[:upto].encode("utf-8", "surrogatepass")
    if any(kind != code for _a, _b, kind in _evidence_in(data, len(data))):
        return None
    return _read_as(m, code, (m.currency, *m.alternatives), Evidence.DOCUMENT)
