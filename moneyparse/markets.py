"""The dollar of a story's market: a wire story's bare dollars read from where its issuer is listed
or files its prospectus (a rule of :mod:`moneyparse.dollars`, tried after its others).

The wire names a company with its ticker and the exchange after a dot ("<SWPC.HKG>"), and a
story of a company of that market gives the company's figures in the wire's bare "dlrs" and
"cents", in the market's own dollar; the words near rarely say it, as the story names its town
only in passing or not at all.  So a wire's bare dollar ("dlrs" and its other spellings, "cts", "cents"
and the bare figures that share them) that no word near tells, read as the US dollar by default
only, is read so:

* the exchange's dollar (:func:`_listed_at_head`): the first ticker of the text stands at its
  head (its first :data:`~moneyparse.story_country.HEAD` characters) and is of an exchange of
  :data:`_EXCHANGE_DOLLARS` (Hong Kong, ".HK" or ".HKG"), and the amount stands within the
  story's first :data:`~moneyparse.story_country.STORY` characters: "Lee Gardens Ltd <LEEG.HK>
  said ... net profit rose to 41 mln dlrs" and "shares eased 20 cents to 5.60 dlrs" are Hong
  Kong dollars.  A listing read elsewhere in a text says no more of its dollars than where a
  party is based (a Toronto bank's ticker beside a loan to Jamaica), so a ticker past the head
  says nothing;
* the provinces' prospectus (:data:`_PROVINCES`): a story that says a prospectus is filed in the
  provinces ("in all provinces of Canada", "with regulators in each Canadian province") within
  :data:`~moneyparse.grammar.WIDE_WINDOW` characters of the amount offers its issue in Canada,
  in Canadian dollars: "agreed to sell 50 mln dlrs of debentures ... a prospectus in all
  provinces" is Canadian;
* where neither holds, the dollar of the country whose economy the lead reports
  (:func:`~moneyparse.lead_country.lead_dollar`: "Singapore's external trade grew ... exports
  rose to 12.4 billion dlrs").

Not where the amount's sentence names the US or writes its dollar, or names a place of another
money (a country, a city: "sold its office tower in Sydney for 600 mln dlrs" may be in either
dollar), or a ticker of another exchange: then the reading stays the default's.  The exchange's
dollar needs the head of the text, which only a stream's first buffer has (``at_head``), and the
amounts it reads stand within it, so that :func:`~moneyparse.scanner.iter_extract` reads them as
:func:`~moneyparse.scanner.extract` does.

The exchange a price is quoted on says its money in the sentence itself (:func:`exchange_dollar`,
which :mod:`moneyparse.dollars` tries before its other rules): a bare dollar (the wire's "dlrs" and
"cts", "dollars"; not a "$", nor anything in a sentence that writes one) in a sentence that names a
Canadian stock exchange (Toronto, Montreal, Vancouver, Alberta: "the Toronto Stock Exchange", "the
Toronto exchange", "the Toronto and Montreal stock exchanges"), before or after the amount, is the
Canadian dollar, whether the words near read it as the US dollar or nothing did, and so are the
cents of the same sentence: "Maple Mines was the busiest issue on the Toronto exchange at 2.40 dlrs
a share, up 15 cts" and "Its stock fell 10 cts to 3.05 dlrs in trading on the Vancouver Stock
Exchange" are Canadian.  Not where the sentence also names the US or a market of it ("the American
Stock Exchange", "New York", "U.S."), writes the US dollar, or names a place of another money, a
company's name included ("Carson Nevada Mines rose 20 cts on the Toronto Stock Exchange" says
nothing): "rose 1/4 on the American Stock Exchange and 30 cts on the Toronto Stock Exchange" keeps
the reading it had.  "TSE" alone is not read: the wire writes it for Tokyo's exchange as well.
"""

from __future__ import annotations

import re

from moneyparse.currency import _evidence_in
from moneyparse.dollar_window import _US_NAMED, WIRE_DOLLARS, _read_as
from moneyparse.grammar import WIDE_WINDOW
from moneyparse.lead_country import lead_dollar
from moneyparse.mention import Evidence, Mention
from moneyparse.story_country import _LEAD_REACH, _SENTENCE_REACH, HEAD, STORY, sentence_bounds

__all__ = ["exchange_dollar", "market_dollar"]

#: The wire's tickers: a symbol, a dot, the exchange's suffix, in angle brackets ("<HKLD.HKG>").
_TICKER = re.compile(r"<[A-Z0-9&]{1,8}\.([A-Z]{1,4})>")
#: The exchanges whose listed companies give their figures in their market's dollar, by suffix.
_EXCHANGE_DOLLARS = {"HK": "HKD", "HKG": "HKD"}
#: A prospectus filed in the provinces, either order, within one sentence: "a preliminary
#: prospectus ... in all provinces of Canada", "with securities regulators in all Canadian
#: provinces ... a prospectus".
_PROVINCES = re.compile(
    r"\bprospectus\b[^.;]{0,120}?\b(?:provinces\s+of\s+Canada|(?:all|each|every)\s+(?:Canadian\s+)?provinces?)\b"
    r"|\b(?:provinces\s+of\s+Canada|(?:all|each|every)\s+(?:Canadian\s+)?provinces?)\b[^.;]{0,120}?\bprospectus\b",
    re.IGNORECASE,
)
#: The bare markers the rule reads: the wire's names of the dollar and the cents.
_WIRE = WIRE_DOLLARS | {"cts", "ct", "cents", "cent"}
#: A Canadian stock exchange named: "the Toronto Stock Exchange", "the Toronto exchange", "the
#: Toronto and Montreal stock exchanges", "the VANCOUVER STOCK EXCHANGE" of a headline.
_CITIES = "Toronto|Montreal|Vancouver|Alberta"
_CANADIAN_EXCHANGE = re.compile(
    rf"\b(?:{_CITIES})(?:\s+(?:and|or)\s+(?:{_CITIES}))?\s+(?:[Ss]tock\s+)?[Ee]xchanges?\b"
    rf"|\b(?:{_CITIES.upper()})(?:\s+(?:AND|OR)\s+(?:{_CITIES.upper()}))?\s+(?:STOCK\s+)?EXCHANGES?\b"
)
#: The bare markers the exchange's rule reads: the wire's and the dollar's name (not the sign, which
#: no wire story writes and the text of every other kind does, often: the rule would be asked for each).
_QUOTED = _WIRE | {"dollars", "dollar"}
#: How far before a sentence the US is looked for: "U.S. " ends no sentence, though it looks like an end.
_INITIALS_BACK = 6


def market_dollar(text: str, m: Mention, at_head: bool) -> Mention | None:
    """The bare dollar ``m``, read as the US dollar by default, read as its story's market's dollar
    (the module's rules); None where they do not hold. ``at_head``: ``text`` begins where the
    document does."""
    if m.evidence is not Evidence.DEFAULT or m.currency != "USD" or m.marker.lower() not in _WIRE:
        return None
    code = _listed_at_head(text, m) if at_head else None
    if code is None:
        lo, hi = max(0, m.start - WIDE_WINDOW), m.end + WIDE_WINDOW
        if text.find("rovince", lo, hi) >= 0 and _PROVINCES.search(text, lo, hi):  # (cheap test first)
            code = "CAD"
    if code is None:
        return lead_dollar(text, m) if at_head else None  # (the lead's country, :mod:`moneyparse.lead_country`)
    if code not in m.alternatives or _other_in_sentence(text, m, code):
        return None
    return _read_as(m, code, (m.currency, *m.alternatives), Evidence.DOCUMENT)


def exchange_dollar(text: str, m: Mention) -> Mention | None:
    """The bare dollar ``m`` (the wire's words, "dollars"), read as the US dollar by default or by the words near it,
    read as the Canadian dollar where its sentence names a Canadian stock exchange (the module's
    rule of the exchange); None where it does not hold."""
    if m.currency != "USD" or m.evidence not in (Evidence.DEFAULT, Evidence.CONTEXT) or m.marker.lower() not in _QUOTED:
        return None
    lo, hi = max(0, m.start - _SENTENCE_REACH), m.end + _LEAD_REACH  # (cheap test first: as far as a sentence reaches)
    if text.find("xchange", lo, hi) < 0 and text.find("XCHANGE", lo, hi) < 0:
        return None
    lo, hi = sentence_bounds(text, m.start, m.end)
    if "CAD" not in m.alternatives or _CANADIAN_EXCHANGE.search(text, lo, hi) is None or text.find("$", lo, hi) >= 0:
        return None  # (a "$", which the rule does not read, would be left apart from its cents: "10 cents to $3.05")
    if _US_NAMED.search(text, max(0, lo - _INITIALS_BACK), lo) or _other_in_sentence(text, m, "CAD"):
        return None  # "... in the U.S. and on the Toronto exchange at 1.50 dlrs": the US named too
    return _read_as(m, "CAD", (m.currency, *m.alternatives), Evidence.CONTEXT)


def _listed_at_head(text: str, m: Mention) -> str | None:
    """The dollar of the exchange of the text's first ticker, when it stands at the head and ``m``
    within the story's reach (the exchange's dollar); None otherwise."""
    if m.start >= STORY:
        return None
    first = _TICKER.search(text, 0, HEAD)
    return None if first is None else _EXCHANGE_DOLLARS.get(first.group(1))


def _other_in_sentence(text: str, m: Mention, code: str) -> bool:
    """Whether ``m``'s sentence names the US or writes its dollar, names a place of another money
    than ``code``, or gives a ticker of an exchange of another money."""
    lo, hi = sentence_bounds(text, m.start, m.end)
    if _US_NAMED.search(text, lo, hi):
        return True
    if any(_EXCHANGE_DOLLARS.get(t.group(1)) != code for t in _TICKER.finditer(text, lo, hi)):
        return True
    data = text[lo:hi].encode("utf-8", "surrogatepass")
    return any(kind != code for _a, _b, kind in _evidence_in(data, len(data)))
