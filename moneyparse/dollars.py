"""The bare dollar sign read from the dollars a text writes out around it.

The rules a reader of such text states, applied to the mentions after the resolver
(:mod:`moneyparse.currency`) and before the pairs (:func:`~moneyparse.pair_currency.resolve_by_pairs`),
so that a bracket's conversion still settles its own "$":

* the country written after (:func:`_named_after`): the wire writes a dollar's country after its
  name, "at one dlr U.S. or 1.34 dlrs Canadian", and that is the text's own marker, before any rule
  below ("dlrs Canadian Pacific", a company, is none);
* the lender's dollar (:func:`_lent`): a bare figure that borrows the dollar's name of the amount
  right before it in its sentence ("to narrow to 700 mln dlrs, from the January level of 1.29
  billion") is of the dollar that amount was read as by the words near it, though its own window
  no longer reaches them ("Australia's" at the sentence's head);
* the dollar carried on (:func:`_carried`): a bare "$" that nothing near settles, written in the
  sentence of a dollar marked as one country's ("CA$6.21", "A$3", "5 Canadian dollars", or a "$"
  whose code a bracket gives, "$3(CAD) billion", "$3 billion (CAD)") or in the next two, is that
  dollar: "fell to CA$6.21 and most recent reports have them at $6.25.
  The company is valued at $11 billion" values it in Canadian dollars.  Not when the text writes
  the US dollar out between the two or in the bare sign's own sentence before the next amount
  ("C$5, or US$3.6, and $4"; a US dollar written for a later amount is that amount's: "up C$2 to
  close at $38.60 in Toronto, and up US$1.70 in New York" leaves $38.60 Canadian), nor in a
  bracket or an "or" right after another amount ("C$10 billion ($7 billion)" is a conversion;
  a figure per unit after a total is none: "C$32 billion, or about $40 a share" is Canadian),
  nor past a line break (a new paragraph, the next line of a
  list of prices); one unit of a dollar named, the money a rate buys, is no dollar marked
  ("the greenback buys one Canadian dollar and it takes $1.52 to buy a euro" keeps the US
  dollar).  The conversion in a bracket right after the marked dollar names no US dollar
  of the text's own ("C$1.04 (US$0.87) ... $1.14 in Montreal" is Canadian), and cents written
  bare are the cents of the dollar carried ("93.3 cents a litre").  The wire's "dlrs", "dlr" and
  "cts" are bare dollars too, and carry over its paragraph marks; no dollar carries past the
  country of another named between ("1.55 NZ dlrs, while Alcan Australia ended four cents
  down"); and bare cents after US cents written out go on in them, whatever country words near
  say ("the Canadian dollar rose to 76.85 U.S. cts ... after closing at 76.58 cts");
* the reference dollar (:func:`_reference`): a text that writes its local currency with a marker
  of its own in a bracket and quotes it "per US$1" ("Australian dollars ($A) per US$1--1.2784",
  "patacas (P) per US$1", the exchange-rate line of a country almanac), or that gives such a line
  with no marker, its rate after a dash ("pesos per US$1 - 0.99076"), keeps the bare "$" for the
  US dollar, however often it names the country or a dollar its money is tied to: "GNP: over $90
  million" of Nauru is in US dollars, and so is Macau's "GDP: $2.7 billion" beside "linked to the
  Hong Kong dollar", and Argentina's "external debt ... $58 billion" beside "1 pesos = 100
  centavos"; news that quotes a rate in its sentences puts the figure first ("at 20 pesos per
  US$1") and keeps the rule of the money marked at home;
* the money marked at home (:func:`_marked_at_home`): the press of Mexico, Argentina and Taiwan
  writes its own money with a mark of its own ("Mex$", "NT$", "ARS", "200 pesos", "Taiwan
  dollars"), never a bare "$"; so a bare "$" that the country's name near made a peso or a New
  Taiwan dollar is the US dollar unless the text writes that money out within
  :data:`~moneyparse.grammar.WIDE_WINDOW` characters of it: "Argentina will save $1 billion" and a
  plant in Mexico "involving an investment of $1 billion" are in US dollars, "a fare of 50 pesos
  ... a $30 ticket" keeps the peso; an adjective says which dollar as ever ("Mexican $5").  This
  is the rule of the press that writes in English: in a line of Chinese the shops and papers of
  Taiwan write their own dollar "$" ("每月$990"), which the place's words read
  (:func:`~moneyparse.yuan_place.dollar_code`).

* the story's dollar (:func:`_story_dollar`): a story that writes one country's dollar out and
  then only bare ones ("ranged from 2.99 to 3.1 billion H.K. Dlrs. ... a final dividend of 29
  cents ... profit of 2.99 billion dlrs") keeps that dollar for the dollars it writes in words
  ("dlrs", "cents", "dollars"; a bare "$" is the window's) past the carried dollar's few
  sentences, up to :data:`~moneyparse.grammar.WIDE_WINDOW` characters and over the wire's
  paragraph marks: not past a blank line or another line break (a list), nor where the US is named between or in the bare
  one's sentence, another dollar's country named between, a bare "$" between, or a bare dollar
  written before the one marked and read as another dollar (a market report that gives US dollars first, then "a 50
  mln Australian dlr bond", goes on in US dollars after it; a story that writes "N.Z. Dlrs" again after bare
  "dlrs" that words near read as New Zealand's goes on in them);
* the dollar of the window (:func:`~moneyparse.dollar_window.window_dollar`): a "$" that no word near tells, read as the
  US dollar by default, is the dollar that the bare dollars around it are read as by the words
  near them, when at least two within :data:`~moneyparse.grammar.WIDE_WINDOW` characters, one of
  them before it, are so read and all as the same other dollar (a dollar marked, "C$5", says
  only what the carried dollar says), and its own sentence writes no US dollar and names no US
  ("averaging over US$65 per barrel, a full $20 a barrel higher"): "the Canada Pension Plan's
  assets rose to $140.1 billion ... from $127.6 billion ... seasonal outlays of $2.4 billion to
  Canadian retirees" reads the middle one as the Canadian dollar too; so does a budget's list of
  "$ 1.3 billion extra for transport" after amounts read in New Zealand dollars. Told only after
  it ("Canada" named past a US story's amounts), it says nothing.  The wire's "dlrs" are read so
  where the window before them names no US and reads no bare dollar as the US dollar.
* the story's sign (:func:`_marked_story`): a "$" that no word tells, read as the US dollar by
  default, is the Australian, Canadian or New Zealand dollar when the text within
  :data:`~moneyparse.grammar.WIDE_WINDOW` characters of it writes that dollar with its own sign
  ("AU$", "A$", "C$", "NZ$", or a "$" with its code in a bracket, :func:`_story_sign`) before it
  and no other dollar so, its first "$" there is that sign,
  and it names that country (or a state, a city) and no other of the sign's countries, nor the
  US, its states or its markets, nor quotes a rate of one "$": "Queensland will spend AU$40
  million on rail ... A further $12 million will go to bus depots" is Australian.  A story that
  writes "$" before its own dollar's sign tells the two apart ("The fund holds $5 million in
  cash. ... AU$40 million ..." keeps US dollars), and so does one whose "$" converts an amount
  ("AU$40 million ($30 million)"); a price per unit ("$90 a tonne", often a market's) keeps the
  default, and so does the "$" of a text that names no such country ("Tickets cost A$45 ...
  Programmes are $10").

* the rand's cents (:func:`_rand_cents`): the results table of a South African company gives its
  figures per share in cents and the rest in rand, and writes no dollar ("Shr 45 cts vs 38 /
  Pre-tax 12.5 mln rand vs 9.8 mln"); so bare cents ("cts", "cents", "ct") that no word near
  tells, read as US cents by default, are the rand's, and so are the bare figures that share
  their marker ("Final div 20 cts vs 15, making 35 vs 28"), when the text within
  :data:`~moneyparse.grammar.WIDE_WINDOW` characters either side writes an amount in rand by its
  name, every other amount there in rand or in such cents, and no dollar ("$", "dlrs",
  "dollars"): a story that also writes dollars ("gold at 400 dlrs an ounce") keeps the default.

* the story's market (:func:`~moneyparse.markets.market_dollar`): the wire's bare "dlrs" and
  "cents" that no word tells, read as the US dollar by default only, in a story whose first
  ticker, at its head, is of the Hong Kong exchange ("<SWPC.HKG>"), are Hong Kong dollars, and
  near a prospectus filed "in all provinces" Canadian dollars; not where their sentence names the
  US or a place of another money.  Before every rule above, the exchange of the sentence
  (:func:`~moneyparse.markets.exchange_dollar`): the wire's bare dollars and cents in a sentence
  that names a Canadian stock exchange and neither the US nor its markets ("at 1.50 dlrs per share
  on the Toronto exchange, up 37 cts") are Canadian, whatever the words near say.

All are bounded, so that :func:`~moneyparse.scanner.iter_extract` over any chunking reads as
:func:`~moneyparse.scanner.extract`: the carried dollar looks back :data:`_CARRY_REACH`
characters and on to the end of the bare sign's sentence; the reference dollar, the money
marked at home, the story's dollar, the dollar of the window, the story's sign and the rand's
cents look
:data:`~moneyparse.grammar.WIDE_WINDOW` characters either side of the amount.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from moneyparse.candidates import _char_spans
from moneyparse.currency import _demonym_before, _evidence_in
from moneyparse.dollar_window import _BARE, _SENTENCE_END, _US_NAMED, WIRE_CENTS, WIRE_DOLLARS, _read_as, window_dollar
from moneyparse.funds_note import settle_by_note
from moneyparse.grammar import WIDE_WINDOW
from moneyparse.lexicon import tables
from moneyparse.markets import _WIRE as _MARKET_WIRE
from moneyparse.markets import exchange_dollar, market_dollar
from moneyparse.mention import Evidence, Mention
from moneyparse.world_dollar import one_unit
from moneyparse.yuan_place import read_by_place

#: How far back a marked dollar carries on to a bare "$": two or three sentences of news.
_CARRY_REACH = 320
#: Sentence ends that a marked dollar carries over: its own sentence and the next two.
_CARRY_SENTENCES = 2
#: A bracket that opens right after a marked dollar: its conversion ("C$1.04 (US$0.87)").
_BRACKET_AFTER = re.compile(r"[ \u00a0]*\(")
#: The cents, bare or written out as one country's ("U.S. cts", "Canadian cents").
_MINORS = WIRE_CENTS | frozenset(("cents", "cent", "ct", "\u00a2", "c"))
#: A dollar written out, in a window around bare cents (:func:`_rand_cents`): "$", "dlrs", "dollars".
_DOLLAR_WRITTEN = re.compile(r"\$|\bdlrs?\b|\bdls\b|\bdrls?\b|\bdollars?\b", re.IGNORECASE)
#: How far on a wire's table reaches from a bare amount to the line that writes its money out.
_TABLE_REACH = 160
#: What sets a table's lines apart: a line break, or the "vs" of a line joined to the next.
_TABLE_LINE = re.compile(r"\n|\bvs\b")
#: Those of the wire's house style, which carry over its paragraph marks (:func:`_carries`).
_WIRE = WIRE_DOLLARS | WIRE_CENTS
#: The bare amounts a table's money settles: the wire's and the cents.
_TABLED = _WIRE | _MINORS - {"\u00a2"}
#: The bare amounts :func:`_by_default` may read: cents (the rand's), and a market's wire dollars;
#: it leaves every other (a "$") as it is, and is not asked.
_BY_DEFAULT = _MINORS | _MARKET_WIRE
#: A line break then an indentation of two blanks or more: a wire's new paragraph.
_PARAGRAPH = re.compile(r"\n[ \t]{2,}(?=\S)")
#: What stands between an amount and a bare "$" that quotes it again: a bracket, an "or".
_QUOTED_AGAIN = re.compile(
    r"\s*(?:[(\[]|,?\s*or|[-\u2013\u2014/=])\s*(?:(?:about|around|some|roughly|approximately|nearly|almost|or)\s+|~\s*)?",
    re.IGNORECASE,
)
#: The kinds of evidence the loop of :func:`settle_bare_dollars` tests each mention for, as names of the
#: module: a member of an enum read off its class costs some ten times a name's lookup.
_MARKER, _CONTEXT, _DOCUMENT, _DEFAULT = Evidence.MARKER, Evidence.CONTEXT, Evidence.DOCUMENT, Evidence.DEFAULT
#: What makes an amount a figure per unit: "per share", "a share", "an hour", "each".
_PER_UNIT = re.compile(r"[ \u00a0]+(?:(?:per|a|an)[ \u00a0]+[a-z]|each\b)")
#: The moneys that their own press writes with a mark of their own, never a bare "$" (the module's
#: third rule).
_MARKED_AT_HOME = frozenset(("MXN", "ARS", "TWD"))
#: A local currency's own marker in a bracket, quoted per US dollar: "($A) per US$1", "(Can$) per
#: US$1", and a money that is no dollar: "patacas (P) per US$1", "rupees (Rs) per US$1".
_PER_US_DOLLAR = re.compile(r"\((?:[A-Z][A-Za-z.]{0,3}\$|\$[A-Z][A-Za-z]{0,3}|[A-Z][A-Za-z.]{0,4})\)\s*per\s+US\$\s?1\b")
#: A rate line that gives no marker, its rate after a dash: "pesos per US$1 - 0.99076", "leones per
#: US$1--87.7193" (a quote in running text puts its figure first: "20 pesos per US$1").
_PER_US_DOLLAR_LINE = re.compile(r"\bper[ \u00a0]+US\$1(?:--| -\s+)(?=\d)")


def settle_bare_dollars(
    text: str, mentions: list[Mention], joined: list[int] | None = None, at_head: bool = True
) -> list[Mention]:
    """``mentions`` with each bare "$" read by the rules of the module's docstring, in one pass
    (``joined``: the wire's paragraph marks made spaces, for :mod:`~moneyparse.funds_note`;
    ``at_head``: the text begins where the document does, for :mod:`~moneyparse.markets`)."""
    result = mentions = _named_after(text, mentions)
    marked: Mention | None = None  # the last dollar written out, while the text writes no US dollar "$"
    rate_lines: list[tuple[int, int]] | None = None  # the spans of the rate lines (_rate_lines)
    told = False  # whether a bare dollar is read as another than the US dollar by its words (dollar_window)
    rand: bool | None = None  # whether the text writes an amount in rand by its name (_rand_cents)
    signed = False  # whether a dollar of _STORY_SIGNED is written with its sign (_marked_story)
    for i, m in enumerate(mentions):
        if m.marker.lower() not in _BARE:
            signed = signed or m.currency in _STORY_SIGNED and "$" in m.marker
            if (m.evidence is _MARKER and _dollar_marker(m.marker) and not _converts(text, marked, mentions[i - 1], m)
                    and not one_unit(text, m.start, m.end)):  # "buys one Canadian dollar": the money itself carries nothing
                marked = m
            continue
        told = told or m.evidence is _CONTEXT and m.currency != "USD"
        if "(" in m.text and m.evidence is _MARKER and _BRACKET_CODE.search(m.text):
            signed = signed or m.currency in _STORY_SIGNED
            if not _converts(text, marked, mentions[i - 1], m):
                marked = m  # "$3(CAD) billion": a "$" whose code a bracket gives is written out
            continue
        if i and _QUOTED_AGAIN.fullmatch(text, mentions[i - 1].end, m.start) and not _per_unit(text, m):
            marked = None  # "C$10 billion ($7 billion)": a conversion, and the text writes US dollars "$"
            continue
        if not m.alternatives:
            continue
        if m.currency == "USD" and m.evidence in (_DEFAULT, _CONTEXT):
            stop = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
            settled = exchange_dollar(text, m) if m.marker != "$" else None  # (cheap test first: it reads no "$")
            # (cheap test first, as _lent_or_carried reads: a dollar written out before, or an amount read by its words right before)
            lender = i and m.evidence is _DEFAULT and result[i - 1].evidence is _CONTEXT
            if settled is None and (marked is not None or lender):
                settled = _lent_or_carried(text, result, i, marked, stop)
            if settled is None and m.evidence is _DEFAULT and m.marker.lower() in _TABLED:
                settled = _of_table(text, mentions, i)
            if settled is None and marked is not None:
                settled = _story_dollar(text, result, marked, m)  # (the dollars before, as read so far)
            if settled is None and m.evidence is _DEFAULT and m.marker.lower() in _BY_DEFAULT:
                settled, rand = _by_default(text, mentions, i, rand, at_head)
        elif (
            marked is not None and marked.currency == "USD" and m.evidence in (_CONTEXT, _DOCUMENT)
            and m.marker.lower() in _MINORS
        ):
            # "the Canadian dollar rose to 76.85 U.S. cts ... after closing at 76.58 cts": cents go on
            # in the cents written out, whatever country is named
            settled = _carried(text, marked, m, True)
        elif m.currency != "USD" and m.evidence in (_CONTEXT, _DOCUMENT) and m.marker == "$":
            if rate_lines is None:  # read once, on the first "$" that asks
                rate_lines = _rate_lines(text)
            settled = _reference(text, m, rate_lines) or _marked_at_home(text, mentions, i)
        else:
            continue
        if settled is not None:
            if result is mentions:
                result = list(mentions)
            result[i] = settled
            told = told or settled.evidence is _CONTEXT and settled.currency != "USD"
    result = window_dollar(text, result) if told else result
    return settle_by_note(text, _marked_story(text, result) if signed else result, joined)  # "Note: Canadian funds"


def _by_default(
    text: str, mentions: list[Mention], i: int, rand: bool | None, at_head: bool
) -> tuple[Mention | None, bool | None]:
    """The bare dollar ``mentions[i]``, read as the US dollar by default, read as the rand's cents
    (:func:`_rand_cents`) or as its story's market's dollar (:func:`~moneyparse.markets.market_dollar`:
    "Lee Gardens Ltd <LEEG.HK> ... 41 mln dlrs"), or None; and ``rand``, whether the text writes an
    amount in rand, looked for once, on the first cents that ask."""
    m = mentions[i]
    if m.marker.lower() in _MINORS:
        if rand is None:
            rand = any(n.currency == "ZAR" and n.evidence is Evidence.MARKER for n in mentions)
        settled = _rand_cents(text, mentions, i) if rand else None
        if settled is not None:
            return settled, rand
    return market_dollar(text, m, at_head), rand


def _rate_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the rate lines per US dollar of ``text`` (:data:`_PER_US_DOLLAR`, and
    :data:`_PER_US_DOLLAR_LINE` where the rate after a dash is written at all), in order."""
    if "US$" not in text:  # (cheap test first: both patterns read "US$", and most texts write none)
        return []
    spans = [found.span() for found in _PER_US_DOLLAR.finditer(text)]
    if "US$1--" in text or "US$1 -" in text:  # (cheap test first)
        spans = sorted({*spans, *(found.span() for found in _PER_US_DOLLAR_LINE.finditer(text))})
    return spans


#: The names of a dollar that the wire writes its country after ("one dlr U.S.", "1.34 dlrs Canadian").
_NAMED_AFTER = WIRE_DOLLARS | {"dollar", "dollars"}
_NAMED_AFTER_CASED = _NAMED_AFTER | {name.capitalize() for name in _NAMED_AFTER} | {name.upper() for name in _NAMED_AFTER}
#: "U.S." or a country's adjective right after such a name, then no capital: not "dlrs Canadian Pacific".
_COUNTRY_AFTER = re.compile(r" (U\.S\.?|US|[A-Z][a-z]+an)(?=[ ,;:.)]+(?:[^A-Z ]|$)|$)")


def _named_after(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each dollar's name that its country's adjective (or "U.S.") follows read
    as that country's dollar, as the text's own marker ("at one dlr U.S. or 1.34 dlrs Canadian")."""
    result = mentions
    for i, m in enumerate(mentions):
        if m.marker not in _NAMED_AFTER_CASED or text[m.end : m.end + 1] != " " or not m.alternatives:
            continue  # (cheap tests first: most mentions are signs and codes)
        found = _COUNTRY_AFTER.match(text, m.end)
        code = found and ("USD" if found.group(1).startswith("U") else tables().evidence.get(found.group(1).lower()))
        if code and code in (m.currency, *m.alternatives):
            if result is mentions:
                result = list(mentions)
            result[i] = _read_as(m, code, (m.currency, *m.alternatives), Evidence.MARKER)
    return result


def _story_dollar(text: str, mentions: list[Mention], marked: Mention, m: Mention) -> Mention | None:
    """The bare dollar ``m``, too far from ``marked`` for :func:`_carried`, read as the one
    country's dollar the story writes out before it (the module's rule of the story's dollar), or
    None when that does not hold."""
    codes = (m.currency, *m.alternatives)
    if m.marker == "$" or marked.currency == "USD" or marked.currency not in codes or marked.start < m.start - WIDE_WINDOW:
        return None  # (a bare sign is the window's, :func:`~moneyparse.dollar_window.window_dollar`)
    between = text[marked.end : m.start]
    if "\n\n" in between or "\r" in between or "\n" in _PARAGRAPH.sub(" ", between):
        return None  # a blank line, or a break but a paragraph mark: a new part, or a list
    if _us_named_since(text, marked.end, m) or _other_dollar_named(text, marked, m, codes):
        return None  # the US named between or in its sentence; another dollar's country named between
    first = bisect_left(mentions, m.start - WIDE_WINDOW, key=lambda found: found.start)
    for before in mentions[first:]:
        if before.start >= m.start:
            break
        if before.start > marked.start and before.marker == "$":
            return None  # a bare "$" after the marked one: the story's dollars are mixed
        if before.start < marked.start and before.marker.lower() in _BARE and before.currency != marked.currency:
            return None  # a bare dollar before it read as another: so are they (one read as it was told so)
    return _read_as(m, marked.currency, codes, Evidence.DOCUMENT)


def _converts(text: str, marked: Mention | None, before: Mention, m: Mention) -> bool:
    """Whether the dollar ``m`` quotes ``marked``, the amount right ``before`` it, again in another
    dollar ("US$0.87" of "C$1.04 (US$0.87)"): it converts the dollar marked, which carries on."""
    return marked is not None and before is marked and _QUOTED_AGAIN.fullmatch(text, marked.end, m.start) is not None


def _per_unit(text: str, m: Mention) -> bool:
    """Whether ``m`` is a figure per unit ("$40 per share", "$2 a litre"): after a total, joined
    by "or" ("C$32 billion or roughly $40 per share"), a share of it, no conversion, and in the
    same money."""
    return _PER_UNIT.match(text, m.end) is not None


def _carried(text: str, marked: Mention, m: Mention, cents: bool = False, stop: int | None = None) -> Mention | None:
    """The bare "$" ``m`` read as ``marked``, the last dollar written out before it (the module's
    first rule), or None when that does not hold; with ``cents``, bare cents after US cents
    written out ("U.S. cts"), which go on in them as another country's cents do; ``stop``, where
    the next amount begins (:func:`_carries`)."""
    codes = (m.currency, *m.alternatives)
    if marked.start < m.start - _CARRY_REACH or marked.currency not in codes or (marked.currency == "USD") is not cents:
        return None
    if not _carries(text, marked.end, m, cents, stop) or _other_dollar_named(text, marked, m, codes):
        return None
    return _read_as(m, marked.currency, codes)


def _lent_or_carried(text: str, mentions: list[Mention], i: int, marked: Mention | None, stop: int) -> Mention | None:
    """The bare dollar ``mentions[i]`` read by its lender's dollar (:func:`_lent`), else by the
    dollar carried on (:func:`_carried`); None when neither holds."""
    m = mentions[i]
    lent = _lent(text, mentions[i - 1], m) if i and m.evidence is Evidence.DEFAULT else None
    return lent if lent is not None or marked is None else _carried(text, marked, m, stop=stop)


def _lent(text: str, lender: Mention, m: Mention) -> Mention | None:
    """The bare figure ``m``, whose dollar's name is written only after ``lender``, the amount
    before it in its sentence, read as the dollar the words near ``lender`` told; None when ``m``
    writes a name of its own, or ``lender`` was read by no word near it or as the US dollar."""
    if lender.evidence is not Evidence.CONTEXT or lender.currency == "USD" or lender.marker.lower() != m.marker.lower():
        return None
    codes = (m.currency, *m.alternatives)
    if lender.currency not in codes or m.marker.lower() in m.text.lower() or m.marker.lower() not in lender.text.lower():
        return None
    return None if _SENTENCE_END.search(text, lender.end, m.start) else _read_as(m, lender.currency, codes)


@functools.lru_cache(maxsize=512)
def _dollar_marker(marker: str) -> bool:
    """Whether ``marker`` writes out a dollar: a sign of one country's ("CA$", "$A") or its name
    ("Canadian dollars", the wire's "H.K. Dlrs", the cents of one, "U.S. cts"), not a code ("ARS",
    "MXN") that shares the sign's meanings."""
    lower = marker.lower()
    return "$" in marker or "dollar" in lower or "dlr" in lower or "drl" in lower or (" " in lower and lower.split()[-1] in _MINORS)


def _carries(text: str, since: int, m: Mention, us: bool = False, stop: int | None = None) -> bool:
    """Whether a marked dollar ending at ``since`` carries on to ``m``: at most
    :data:`_CARRY_SENTENCES` sentence ends and no line break between (the text is read with the
    breaks of a wrapped paragraph made spaces: a break left is a new paragraph, or the next line
    of a list, a table, a shop's prices), and no US dollar written
    nor the US named, from there to the end of ``m``'s sentence (what the US named further off
    made of ``m`` gives way to the dollar written out nearer), or to ``stop``, the start of the
    next amount, if sooner: a US dollar written for a later amount is that amount's ("up C$2.34
    to close at $38.60 in Toronto, and up US$2.03 in New York")."""
    between = text[since : m.start]
    if "\n" in between and m.marker.lower() in _WIRE:  # the wire's paragraphs are of one story
        between = _PARAGRAPH.sub(" ", between)
    if "\n" in between or "\r" in between or len(_SENTENCE_END.findall(between)) > _CARRY_SENTENCES:
        return False
    return us or not _us_named_since(text, since, m, stop)


def _us_named_since(text: str, since: int, m: Mention, stop: int | None = None) -> bool:
    """Whether a US dollar is written or the US named from ``since``, the end of a marked dollar,
    to the end of ``m``'s sentence (or to ``stop`` if sooner, but past ``m``), past a bracket that
    opens right at ``since``: "C$1.04 (US$0.87)" converts the marked dollar, and says no more."""
    end = _SENTENCE_END.search(text, m.end, m.end + 160)
    opened = _BRACKET_AFTER.match(text, since, m.start)
    if opened is not None:
        closed = text.find(")", opened.end(), m.start)
        since = closed + 1 if closed >= 0 else since
    until = end.start() if end else min(len(text), m.end + 160)
    return _US_NAMED.search(text, since, until if stop is None else max(m.end, min(until, stop))) is not None


def _of_table(text: str, mentions: list[Mention], i: int) -> Mention | None:
    """The wire's bare "cts" or "dlrs" ``mentions[i]``, that nothing settles, read in the money
    that a later line of its table writes out: "SHR 1.4 cts vs 1.6 cts / Interim dividend one
    cent vs same / Group net 4.1 mln ringgit" are Malaysian cents.  The table is the lines
    after it (a line break or a "vs" between), up to :data:`_TABLE_REACH` characters, with no
    sentence end, no US named, and no amount written out in another money before; None where
    that does not hold."""
    m = mentions[i]
    codes = (m.currency, *m.alternatives)
    for later in mentions[i + 1 :]:
        if later.start > m.end + _TABLE_REACH:
            return None
        if later.evidence is not Evidence.MARKER:
            continue
        between = text[m.end : later.start]
        if (
            later.currency not in codes or later.currency == "USD" or not _TABLE_LINE.search(between)
            or _SENTENCE_END.search(between) or _US_NAMED.search(between)
        ):
            return None
        return _read_as(m, later.currency, codes)
    return None


def _rand_cents(text: str, mentions: list[Mention], i: int) -> Mention | None:
    """The bare cents ``mentions[i]``, read as US cents by default, read as the rand's (the
    module's rule of the rand's cents): within :data:`~moneyparse.grammar.WIDE_WINDOW` characters
    either side, an amount in rand by its name, every other amount in rand or in bare cents read by
    default, and no dollar written; None where that does not hold."""
    m = mentions[i]
    low, high = m.start - WIDE_WINDOW, m.end + WIDE_WINDOW
    named = False
    for j in range(bisect_left(mentions, low, key=lambda n: n.start), len(mentions)):
        n = mentions[j]
        if n.start > high:
            break
        if n.currency == "ZAR":
            named = named or n.evidence is Evidence.MARKER
        elif not (n.evidence is Evidence.DEFAULT and n.marker.lower() in _MINORS):
            return None
    if not named or _DOLLAR_WRITTEN.search(text, max(0, low), high):
        return None
    return _read_as(m, "ZAR", (m.currency, *m.alternatives))


def _other_dollar_named(text: str, marked: Mention, m: Mention, codes: tuple[str, ...]) -> bool:
    """Whether the text names, between the marked dollar and the bare ``m``, the country (or a
    city) of another of ``m``'s dollars: "Alcan NZ last traded at 1.55 NZ dlrs, while Alcan
    Australia today ended four cents down" leaves the four cents to the country named last."""
    between = text[marked.end : m.start].encode("utf-8", "surrogatepass")
    # (the US named is :func:`_carries`'s, which reads past a bracket's conversion)
    found = _evidence_in(between, len(between))
    return any(kind in codes and kind not in (marked.currency, "USD") for _a, _b, kind in found)


def _reference(text: str, m: Mention, rate_lines: list[tuple[int, int]]) -> Mention | None:
    """The bare "$" ``m``, that country words made a local dollar, read as the US dollar when the
    text quotes its local currency "per US$1" (``rate_lines``, the spans of those quotes in text
    order) whole within :data:`~moneyparse.grammar.WIDE_WINDOW` characters of it (the module's
    second rule); None otherwise."""
    if "USD" not in m.alternatives:
        return None
    i = bisect_left(rate_lines, (max(0, m.start - WIDE_WINDOW), 0))
    if i == len(rate_lines) or rate_lines[i][1] > m.end + WIDE_WINDOW:
        return None
    codes = (m.currency, *m.alternatives)
    if _demonym_before(text, m.start, m.marker, codes) is not None:
        return None  # "Australian $5": the text says which dollar
    return _read_as(m, "USD", codes)


def _marked_at_home(text: str, mentions: list[Mention], i: int) -> Mention | None:
    """The bare "$" ``mentions[i]``, that country words made a peso or a New Taiwan dollar, read as
    the US dollar when no other amount within :data:`~moneyparse.grammar.WIDE_WINDOW` characters
    of it writes that money out (the module's third rule); None otherwise, and for a "$" inside a
    line of Chinese or with 元 after it, which the place's own words read ("每月$990" of a shop of
    Taipei, "$40元": :func:`~moneyparse.yuan_place.dollar_code`)."""
    m = mentions[i]
    if m.currency not in _MARKED_AT_HOME or "USD" not in m.alternatives or read_by_place(text, m.start, m.end):
        return None
    codes = (m.currency, *m.alternatives)
    if _demonym_before(text, m.start, m.marker, codes) is not None:
        return None  # "Mexican $5": the text says which dollar
    first = bisect_left(mentions, m.start - WIDE_WINDOW, key=lambda found: found.start)
    for other in mentions[first:]:
        if other.start > m.end + WIDE_WINDOW:
            break
        if other.marker.lower() not in _BARE and (other.currency == m.currency or m.currency in other.alternatives):
            return None  # "200 pesos", "NT$5": the text writes the money out
    return _read_as(m, "USD", codes)



#: The dollars whose country's press, writing them out for some amounts, writes the others "$"
#: (:func:`_marked_story`).
_STORY_SIGNED = frozenset(("AUD", "CAD", "NZD"))
#: A rate quoted for one "$" ("($1 = 1.38 Australian dollars)"): the text writes US dollars "$".
_RATE_OF_ONE = re.compile(r"\$\s?1\s*=")


#: A code in a bracket after a "$" amount, inside its span: "$3(CAD) billion", "$3 billion (CAD)".
_BRACKET_CODE = re.compile(r"\([A-Z]{3}\)")


def _story_sign(m: Mention) -> bool:
    """Whether ``m`` writes a dollar of :data:`_STORY_SIGNED` with a sign of its own: "AU$40
    million", "C$5", or a "$" whose code a bracket after its number gives ("$3(CAD) billion", "$3
    billion (CAD)"), as a story marks its own dollar once; not "$5 CAD", a price list's code."""
    if m.evidence is not Evidence.MARKER or m.currency not in _STORY_SIGNED or "$" not in m.marker:
        return False
    return m.marker != "$" or _BRACKET_CODE.search(m.text) is not None


def _marked_story(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each "$" that no word tells (the US dollar by default) read as the one
    country's dollar that its story writes out with a sign of its own (the module's rule of the
    story's sign: :func:`_signs_story`), or as they were."""
    signed = [m for m in mentions if _story_sign(m)]
    if not signed:
        return mentions  # ("$5 CAD": no sign of its own)
    starts = [m.start for m in signed]
    all_starts = [m.start for m in mentions]
    places: tuple[list[int], list[str]] | None = None
    result = mentions
    for i, m in enumerate(mentions):
        if m.marker != "$" or m.evidence is not Evidence.DEFAULT or m.currency != "USD" or _per_unit(text, m):
            continue  # (a price per unit, "$80 a barrel", is often a market's, in US dollars)
        lo, hi = max(0, m.start - WIDE_WINDOW), m.end + WIDE_WINDOW
        near = signed[bisect_left(starts, lo) : bisect_left(starts, hi)]
        codes = {found.currency for found in near}
        if len(codes) != 1 or near[0].start > m.start:
            continue  # two dollars written out, or none before it
        code = near[0].currency
        if code not in m.alternatives:
            continue
        if places is None:  # read once, on the first "$" that asks
            places = _places(text)
        if _signs_story(text, mentions[bisect_left(all_starts, lo) : bisect_left(all_starts, hi)], code, places, lo, hi):
            if result is mentions:
                result = list(mentions)
            result[i] = _read_as(m, code, (m.currency, *m.alternatives), Evidence.DOCUMENT)
    return result


def _places(text: str) -> tuple[list[int], list[str]]:
    """The start of each evidence word of ``text`` (a country, its people, a state, a city; the
    US), in text order, and its code."""
    data = text.encode("utf-8", "surrogatepass")
    found = _evidence_in(data, len(data))
    if len(data) == len(text):
        return [a for a, _b, _kind in found], [kind for _a, _b, kind in found]
    span_at = _char_spans(text, data)
    return [span_at(a, b)[0] for a, b, _kind in found], [kind for _a, _b, kind in found]


def _signs_story(
    text: str, near: list[Mention], code: str, places: tuple[list[int], list[str]], lo: int, hi: int
) -> bool:
    """Whether ``text[lo:hi]``, with the mentions ``near`` that start in it, is a story of the
    country of ``code`` that writes its dollar "$" once it has written it out: the first "$" there
    is that dollar's sign ("AU$60 million", not a bare "$" before it), the country is named
    (``places``: :func:`_places`), no other dollar's country nor the US, no US dollar written
    and no rate of one "$"; and no bare "$" that quotes an amount again (a conversion: the text
    writes US dollars "$") or that words near read as another dollar."""
    if _US_NAMED.search(text, lo, hi) or _RATE_OF_ONE.search(text, lo, hi):
        return False
    first = next(found for found in near if "$" in found.marker)
    if first.marker == "$" and first.evidence is not Evidence.MARKER:
        return False  # a bare "$" before the country's dollar is written out: the text tells the two apart
    for before, found in zip(near, near[1:]):
        if found.marker == "$" and _QUOTED_AGAIN.fullmatch(text, before.end, found.start) and not _per_unit(text, found):
            return False
    if any(found.marker.lower() in _BARE and found.evidence is Evidence.CONTEXT and found.currency != code for found in near):
        return False
    starts, kinds = places
    named = set(kinds[bisect_left(starts, lo) : bisect_left(starts, hi)])
    return code in named and not (named & _sign_codes() - {code})


@functools.cache
def _sign_codes() -> frozenset[str]:
    """The currencies a bare "$" may be (the US dollar among them)."""
    sign = tables().marker("$", False)
    return frozenset(sign.codes if sign is not None else ())
