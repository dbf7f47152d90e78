"""The dollar of a story's market: a wire story's bare dollars read from where its issuer is listed
or files its prospectus (a rule of :mod:`moneyparse.dollars`, tried after its others).

The wire names a company with its ticker and the exchange after a dot ("<SWPC.HKG>"), and a
story of a company of that market gives the company's figures in the wire's bare "dlrs" and
"cents", in the market's own dollar; the words near rarely say it, as the story names its town
only in passing or not at all.  So a wire's bare dollar ("dlrs", "dlr", "dls", "cts", "cents"
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
"""

from __future__ import annotations

import re

from moneyparse.currency import _evidence_in
from moneyparse.dollar_window import _US_NAMED, _read_as
from moneyparse.grammar import WIDE_WINDOW
from moneyparse.lead_country import lead_dollar
from moneyparse.mention import Evidence, Mention
from moneyparse.story_country import HEAD, STORY, sentence_bounds

__all__ = ["market_dollar"]

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
_WIRE = frozenset(("dlrs", "dlr", "dls", "cts", "ct", "cents", "cent"))


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
