"""Currency: the one ISO code of each candidate, from the evidence around it, and from the pairs
that quote it in another currency.

* the evidence index (:class:`_Evidence`): country and currency words, Han and kana, counted in
  windows around a mention, read window by window or, once that would cost more, from the whole
  text at once;
* the resolver (:func:`_resolve`): a bare 元 or 塊, and a "$" inside a line of Chinese not in
  simplified characters, is the money of the place its text is of, or none
  (:mod:`moneyparse.yuan_place`); a marker of one currency is that currency, whatever the caller
  assumes; else, in order, the caller's ``assume`` (checked once by :func:`check_assume`), an
  adjective right before the sign ("Canadian $2"), the firm default of "$" and "£" unless a
  country that writes them is named near (and outweighs the other countries named there) or the
  text is a story of one such country (:mod:`moneyparse.story_country`), the evidence near, the evidence in the document, and the
  marker's default (a place before "-based", or alone on its line as a list's heading, is where a
  party is, no evidence: :mod:`moneyparse.place_tags`); and, given the day the text was written
  (``as_of``), the code in force that day, or in the year its bracket dates the figure in
  (:mod:`moneyparse.figure_years`), where the name was written on both sides of a change
  (:func:`_in_force_on`); and, on any day, a name of one money is its old unit where its
  sentence last named the old one ("the old leu ... 29,891 lei": :func:`_old_unit_named`);
* resolution by pairs, after all of them: :mod:`moneyparse.pair_currency`; then, given the day,
  no mention where a marker's default of today stands that was none that day and nothing settled
  (:func:`unsaid_defaults`: "francs" of 1987 in a text that names no country), nor glued cents
  that nothing ties to a dollar ("99c a seat" in a text that writes no dollar).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from datetime import date, datetime

from moneyparse.candidates import _char_spans
from moneyparse.dollar_window import WIRE_DOLLARS
from moneyparse.errors import AssumptionError, UnknownCurrencyCodeError, UnknownMarkerError
from moneyparse.figure_years import figure_day
from moneyparse.grammar import CONTEXT_WINDOW, WIDE_WINDOW, _compiled
from moneyparse.lexicon import InForce, evidence_kin, in_force, tables, words
from moneyparse.mention import Evidence, Mention
from moneyparse.paragraphs import Paragraphs
from moneyparse.place_tags import tags_a_place
from moneyparse.reading import _Raw
from moneyparse.story_country import FIRM_DEFAULTS, HEAD, LONG_STORY, STORY, country_of_text, sentence_bounds, with_others
from moneyparse.world_dollar import money_itself, world_price
from moneyparse.yuan_place import LOCAL_MARKERS, YUAN_CODES, YUAN_MARKERS, YuanMarks, local_reader

#: The firm defaults: "$" alone is USD and "£" GBP (:mod:`moneyparse.story_country`).
_FIRM_DEFAULTS = FIRM_DEFAULTS
#: The first words of a name that tell the unit of a redenominated money itself ("new lei").
_AGED = frozenset({"new ", "old "})


def _resolve(
    text: str, raw: _Raw, assume: dict[str, str] | None, triggers: list[int], evidence: _Evidence,
    as_of: date | None = None,
) -> tuple[str, Evidence, tuple[str, ...]]:
    """The ISO code of a candidate, the evidence that decided it, and the alternatives; on
    ``as_of``, the code in force that day (:func:`_in_force_on`).  The code is "" for a bare 元
    whose text names two places near it, or none (:func:`~moneyparse.yuan_place.yuan_code`):
    such a candidate is no mention.  A name that says "new" or "old" ("1 new leu", "10,000 old
    lei") tells which unit of a redenominated money it is on any day: the date does not move it;
    and so does the sentence of a name of one money that says neither (:func:`_old_unit_named`,
    read by :func:`_resolve_code`)."""
    code, decided, alternatives = _resolve_code(text, raw, assume, triggers, evidence)
    if as_of is None or decided is Evidence.ASSUMED or raw.marker[:4].lower() in _AGED:
        return code, decided, alternatives
    on = functools.partial(_in_force_on, code, raw.marker_info.codes, decided)
    dated = figure_day(text, raw.end, as_of, on) if code in in_force() else on(as_of)
    if dated == code:
        return code, decided, alternatives
    return dated, decided, tuple(c for c in (code, *alternatives) if c != dated)


#: A name of money after "new", or after "the old": "new lei", "the old leu" (the money itself:
#: "their old leu counterparts" names none).
_AGED_NAME = re.compile(r"\b(?:[Nn]ew|(?<=\b[Tt]he )old)\s+[a-z]+\b")


@functools.cache
def _replacing() -> frozenset[str]:
    """The codes that replaced another (``in_force.tsv``): the new leu, the new lira."""
    return frozenset(code for code, period in in_force().items() if period.before is not None)


def _old_unit_named(text: str, raw: _Raw, code: str) -> str | None:
    """The code that ``code`` replaced, when the sentence of ``raw``, a name that says neither
    "new" nor "old", last names the old unit itself before it ("the old leu"; "their old leu
    counterparts" is no name of it): "the old leu had been the least valued
    unit, with the dollar buying 29,891 lei" and "the largest note of the old leu was 1,000,000
    lei, or 100 new lei" are old lei, "the old leu gave way to the new leu, and a loaf costs 4
    lei" new ones; None otherwise."""
    period = in_force().get(code)
    if period is None or period.before is None or raw.marker[:4].lower() in _AGED:
        return None  # (a name that says "new" or "old" tells its unit itself)
    lo, _hi = sentence_bounds(text, raw.start, raw.end)
    last = None
    for found in _AGED_NAME.finditer(text, lo, raw.start):
        named = tables().marker(" ".join(found.group().lower().split()), False)
        if named is not None and named.codes[0] in (code, period.before):
            last = named.codes[0]
    return last if last == period.before else None


def _in_force_on(code: str, codes: tuple[str, ...], decided: Evidence, day: date) -> str:
    """The code that a marker read as ``code`` means on ``day``: ``code`` itself when it was in
    force then (a code with no row in ``in_force.tsv`` always is); else, when nothing in the text
    chose it (its marker's default), the code the default replaced in its own country, in force
    that day and not itself one of the marker's ``codes`` ("pesos" of 1987 are MXP), else the
    first of the marker's ``codes`` in force that day ("lira" of 1990 is ITL, of 2003 TRL, of 2010
    TRY); else the code it replaced, of the same country, in force that day ("Turkish lira" of
    2003 is TRL, "roubles" of 1990 SUR); else ``code``: the text's own words win ("Deutsche
    marks" are DEM on any day)."""
    periods = in_force()
    period = periods.get(code)
    if period is None or period.on(day):
        return code
    if decided is Evidence.DEFAULT:
        earlier = _replaced_on(code, day, periods, codes)
        if earlier is not None:
            return earlier
        for other in codes:
            found = periods.get(other)
            if found is None or found.on(day):
                return other
    return _replaced_on(code, day, periods, ()) or code


#: The defaults chosen among the currencies of today that were no default before a day, with that
#: day: a bare "francs" is Swiss francs since the French, Belgian and Luxembourg francs went, on
#: 2002-01-01; before, the press wrote the French franc as often, and a text that names no
#: country says nothing of which franc it means ("francs" of a French firm's results in 1987 are
#: no Swiss francs).
_DEFAULT_SINCE = {"CHF": date(2002, 1, 1)}


def unsaid_defaults(mentions: list[Mention], as_of: date | None, markers: set[str] | None = None) -> list[Mention]:
    """``mentions`` without those whose currency is a default that was none on ``as_of``
    (:data:`_DEFAULT_SINCE`) and that neither the text's words nor the pairs it quotes settled:
    "francs" of 1987 in a text that names no country ("385 mln francs", a French firm's results),
    kept where a pair says which ("$15,000,000,000 (75 milliard francs)" are French francs); and,
    on any day, glued cents that nothing ties to a dollar (:func:`_untied_cents`).  ``markers``:
    the markers of ``mentions``, when the caller has them."""
    if "c" in (markers if markers is not None else {m.marker for m in mentions}):  # (cheap test first: glued cents are rare)
        mentions = [m for m in mentions if not _untied_cents(mentions, m)]
    if as_of is None:
        return mentions
    return [
        m for m in mentions
        if m.evidence is not Evidence.DEFAULT or m.currency not in _DEFAULT_SINCE or as_of >= _DEFAULT_SINCE[m.currency]
    ]


def _untied_cents(mentions: list[Mention], m: Mention) -> bool:
    """Whether ``m`` is cents glued to their number ("10c a litre") read as US cents by the
    marker's default alone, with no bare dollar ("$", "dollars", "dlrs") read as that money
    within WIDE_WINDOW characters.  The press that writes cents so is Australia's, New
    Zealand's, Ireland's, Canada's, South Africa's (the US writes "99¢" or "99 cents"): such
    cents are US ones only where the text's own dollars are ("$1.43 a share ... 30-32c/share"),
    and give no currency where nothing says ("seats at 99c a seat" in a story of an Irish
    airline; a dollar marked as the US one, "US$307 million", glosses a text of another money)."""
    if m.marker != "c" or m.evidence is not Evidence.DEFAULT:
        return False
    return not any(
        other is not m and other.currency == m.currency and abs(other.start - m.start) <= WIDE_WINDOW
        and other.marker.lower() in _BARE_DOLLARS
        for other in mentions
    )


#: The bare dollars of a text, which tie glued cents read by default to their money (:func:`_untied_cents`).
_BARE_DOLLARS = WIRE_DOLLARS | {"$", "dollars", "dollar", "bucks"}


def _replaced_on(code: str, day: date, periods: Mapping[str, InForce], listed: tuple[str, ...]) -> str | None:
    """The code in force on ``day`` that ``code`` replaced, or the one that replaced, and so on back
    in its country, passing over the ``listed`` codes (a marker's own, read in their turn); None
    for none."""
    seen = {code}
    before = periods[code].before
    while before is not None and before not in seen:
        seen.add(before)
        found = periods[before]
        if found.on(day) and before not in listed:
            return before
        before = found.before
    return None


#: The kinds of evidence :func:`_resolve_code` gives, one for each mention, as names of the module: a member
#: of an enum read off its class costs some ten times a name's lookup.
_MARKER, _CONTEXT, _DOCUMENT, _DEFAULT = Evidence.MARKER, Evidence.CONTEXT, Evidence.DOCUMENT, Evidence.DEFAULT


def _resolve_code(
    text: str, raw: _Raw, assume: dict[str, str] | None, triggers: list[int], evidence: _Evidence
) -> tuple[str, Evidence, tuple[str, ...]]:
    """The ISO code of a candidate by the chain of steps of the module's docstring, the evidence
    that decided it, and the alternatives."""
    codes = raw.marker_info.codes
    # (cheap test first: a "$" with nothing but ASCII around is no "$" inside Chinese)
    if raw.marker in LOCAL_MARKERS and (raw.marker != "$" or not text[raw.start - 4 if raw.start > 3 else 0 : raw.end + 4].isascii()):
        code = _yuan_of(text, raw, assume, evidence)  # "政府投入242億元", "每月$990" in Taiwan
        if code is not None:
            return code, _CONTEXT, tuple(c for c in codes if c != code)
    if len(codes) == 1 and not (assume and raw.marker in YUAN_MARKERS and _yuan_assumed(raw.marker, assume)):
        # "€", "Rmb", "$5.00 CAD": the text says, whatever is assumed; "the old leu ... 29,891 lei"
        # (but 元 the caller settled: {"元": "TWD"} for the text of a page of Taiwan)
        old = _old_unit_named(text, raw, codes[0]) if codes[0] in _replacing() else None  # (few codes replaced one)
        return (old, _MARKER, codes) if old else (codes[0], _MARKER, ())
    if assume:
        wanted = _assumed_code(raw.marker, codes, assume)
        if wanted:
            return wanted, Evidence.ASSUMED, tuple(c for c in codes if c != wanted)
    start = raw.start
    # cheap test first: an adjective ends in a letter of _DEMONYM_LASTS, and a space stands between
    if start > 2 and text[start - 2] in _DEMONYM_LASTS and text[start - 1] == " ":
        named = _demonym_before(text, start, raw.marker, codes)
        if named is not None:
            return named, _CONTEXT, tuple(c for c in codes if c != named)
    alternatives = codes[1:]
    if codes[0] in _FIRM_DEFAULTS:
        # "$" is US dollars and "£" pounds sterling unless another country that writes them is
        # named near the amount (such names are found by the scan itself, at no extra pass), or
        # the text is a story of that country (:mod:`moneyparse.story_country`); a text that
        # names no such country anywhere (most texts) keeps the default
        if not triggers:
            return codes[0], _DEFAULT, alternatives
        i = bisect_right(triggers, raw.start - CONTEXT_WINDOW - 1)
        if i == len(triggers) or triggers[i] > raw.end + CONTEXT_WINDOW:
            return _firm_default(text, raw, evidence, codes, triggers)
    firm = codes[0] in _FIRM_DEFAULTS
    # (for "$" and "£", the words of the other countries near are counted in the same reading)
    found = evidence.around(raw.start, raw.end, CONTEXT_WINDOW, with_others(codes) if firm else codes)
    if firm:  # a country named first in a later paragraph of the wire does not decide
        found = evidence.paragraphs.named_so_far(found, codes, raw.start, raw.end, CONTEXT_WINDOW, evidence.counts)
    near = {code: n for code, n in found.items() if code in codes} if firm else found
    best = _best(near, codes)
    if best is not None and best != codes[0] and firm and not _firm_evidence(text, raw, evidence, codes, found, best):
        best = None
    if best is not None:
        return best, _CONTEXT, tuple(c for c in codes if c != best)
    if codes[0] in _FIRM_DEFAULTS:
        return _firm_default(text, raw, evidence, codes, triggers)
    wide = evidence.around(raw.start, raw.end, WIDE_WINDOW, codes)
    best = _best(wide, codes)
    if best is not None:
        return best, _DOCUMENT, tuple(c for c in codes if c != best)
    return codes[0], _DEFAULT, alternatives


def _assumed_code(marker: str, codes: tuple[str, ...], assume: dict[str, str]) -> str | None:
    """The code the caller's ``assume`` settles ``marker`` (of ``codes``) to: its own key, in the
    case written or in lower case, else ``"*"`` where the marker can mean its code ("*": "CNY"
    settles "¥", never "$" or "£"); for 元, 块 and 塊, :func:`_yuan_assumed`.  (``assume`` has
    passed check_assume: its codes are upper case, its markers also lower case.)"""
    wanted = _yuan_assumed(marker, assume)
    if wanted is not None:
        return wanted
    wanted = assume.get(marker) or assume.get(marker.lower())
    if wanted is None:
        wanted = assume.get("*")
        return wanted if wanted in codes else None
    return wanted


def _yuan_assumed(marker: str, assume: dict[str, str] | None) -> str | None:
    """The money the caller's ``assume`` (checked) settles 元, 块 or 塊 (``marker``) to: its own
    key, or 元's for all three, or "*", where it names one of the moneys a 元 is (CNY, TWD, HKD,
    MOP); else None."""
    if not assume or marker not in YUAN_MARKERS:
        return None
    wanted = assume.get(marker) or assume.get("元") or assume.get("*")
    return wanted if wanted in YUAN_CODES else None


def _yuan_of(text: str, raw: _Raw, assume: dict[str, str] | None, evidence: _Evidence) -> str | None:
    """The code of a bare 元 by the script and place words around it ("政府預計投入242億元" beside
    行政院 is TWD, beside 港府 HKD; "" for no currency beside both); None where they do not say
    (the renminbi) or the caller assumes it; and so of a 塊, or a "$" inside a line of Chinese
    (:func:`~moneyparse.yuan_place.local_reader`).  (A name of money before a hedge and the
    number is the amount's marker, read by the grammar: "折合美元约5亿元".)"""
    read = local_reader(text, raw.start, raw.end, raw.marker, raw.marker_info.codes, assume)
    if read is None:
        return None
    if evidence.yuan is None:
        evidence.yuan = YuanMarks(text)
    return read(evidence.yuan, raw.start, raw.end, HEAD if evidence.at_head and raw.start < STORY else 0)


def _firm_evidence(text: str, raw: _Raw, evidence: _Evidence, codes: tuple[str, ...], near: dict[str, int], best: str) -> bool:
    """Whether the words near a "$" or "£" that point to ``best``, another of its currencies than
    the default, outweigh the rest of what is near (``near``: the counts of the sign's codes and
    of the others).  One country named in passing ("offices in
    Singapore and Texas") does not turn "$" away from US dollars: it takes two mentions, or one
    within a sentence's reach, and not when the sentence names the other country once beside the
    United States ("trade between the United States and Canada ... $441.5 billion").  Nor does a dollar
    country named beside the country a story is
    of, when that country writes no "$" (a story of a Tokyo auction where a Hong Kong buyer bids
    in "$" glosses the yen for the reader, in US dollars): the words of the other countries
    near, the US and Britain aside, must not outnumber it.  For a "$", another dollar named as a
    money ("buys the Canadian dollar") is no such word, and a price by the barrel or the ounce
    ("$20 a barrel") is a world price that no word near turns (:mod:`moneyparse.world_dollar`)."""
    lo, hi = sentence_bounds(text, raw.start, raw.end)
    sentence = evidence.counts(lo, hi, codes)
    count, told = near[best], sentence.get(best, 0)
    if raw.marker == "$":  # "the Canadian dollar" named as a money, "$20 a barrel": no word tells (world_dollar)
        if world_price(text, raw.end):
            return False
        count -= money_itself(text, max(0, raw.start - CONTEXT_WINDOW), raw.end + CONTEXT_WINDOW, best)
        told -= money_itself(text, lo, hi, best)
    if count < 1 or (count < 2 and not told):
        return False
    if codes[0] == "USD" and told == 1 and "United States" in text[lo:hi]:
        return False  # "trade between the United States and Canada resulted in a $441.5 billion ...": the default
    return max((n for code, n in near.items() if code not in codes), default=0) <= count


def _firm_default(
    text: str, raw: _Raw, evidence: _Evidence, codes: tuple[str, ...], triggers: list[int]
) -> tuple[str, Evidence, tuple[str, ...]]:
    """The currency of a "$" or "£" that nothing near settles: the currency of the country the
    text is of (:func:`~moneyparse.story_country.country_of_text`), else the sign's default."""
    # (cheap tests first, as country_of_text begins: most amounts stand past the head of a story, in most texts
    # that name a country of the sign anywhere the first name stands past their head)
    code = (country_of_text(text, raw, evidence, codes, triggers)
            if triggers and triggers[0] < HEAD and raw.start < LONG_STORY and evidence.at_head else None)
    if code is None:
        return codes[0], _DEFAULT, codes[1:]
    return code, _DOCUMENT, tuple(c for c in codes if c != code)


def check_as_of(as_of: object) -> date | None:
    """``as_of`` checked: ``None`` or a :class:`datetime.date` (a ``datetime`` is taken as its
    day); ``TypeError`` for anything else."""
    if as_of is None:
        return None
    if isinstance(as_of, datetime):
        return as_of.date()
    if not isinstance(as_of, date):
        raise TypeError(f"as_of must be a datetime.date or None, got {type(as_of).__name__}")
    return as_of


def check_assume(assume: Mapping[str, str] | None) -> dict[str, str] | None:
    """``assume`` checked, its codes in upper case and each marker also in lower case; ``None``
    when it assumes nothing.

    A key is a marker the tables know (``"¥"``, ``"$"``, ``"kr"``, ``"dollars"``) or ``"*"``; a
    value an ISO 4217 code, current or withdrawn, in any case.  An ambiguous marker may be given
    any code (``{"$": "CLP"}``); a marker of one currency only its own (``{"€": "EUR"}`` changes
    nothing); 元, 块 and 塊 one of the moneys the place of a Chinese text reads them as (CNY, TWD,
    HKD, MOP: ``{"元": "TWD"}`` for the text of a page of Taiwan).  ``"*"`` settles each
    ambiguous marker that can mean its code and no other (``{"*": "CNY"}`` reads ``¥`` as yuan
    and leaves ``$`` and ``€`` alone).

    Raises :class:`~moneyparse.errors.UnknownMarkerError` for an unknown marker,
    :class:`~moneyparse.errors.UnknownCurrencyCodeError` for an unknown code,
    :class:`~moneyparse.errors.AssumptionError` for a marker of one currency given another, and
    ``TypeError`` for anything but a mapping of ``str`` to ``str``.
    """
    if assume is None:
        return None
    if not isinstance(assume, Mapping):
        raise TypeError(f"assume must map markers to currency codes, got {type(assume).__name__}")
    t = tables()
    checked: dict[str, str] = {}
    for marker, code in assume.items():
        if not isinstance(marker, str) or not isinstance(code, str):
            raise TypeError(f"assume must map str markers to str codes, got {marker!r}: {code!r}")
        if marker != "*":
            known = [found for found in (t.marker(marker, False), t.marker(marker, True)) if found is not None]
            if not known:
                raise UnknownMarkerError(marker)
        wanted = code.strip().upper()
        if wanted not in t.currencies:
            raise UnknownCurrencyCodeError(code, None if marker == "*" else marker)
        if marker != "*":
            # (元, 块 and 塊 are the renminbi or a local dollar, by their place: {"元": "TWD"})
            meanings = YUAN_CODES if marker in YUAN_MARKERS else {c for found in known for c in found.codes}
            if (len(meanings) == 1 or marker in YUAN_MARKERS) and wanted not in meanings:
                raise AssumptionError(marker, wanted, " or ".join(sorted(meanings)))
        checked[marker] = wanted
    for marker, code in list(checked.items()):
        checked.setdefault(marker.lower(), code)
    return checked or None


#: Place names that stand before a sign as its adjective ("Hong Kong $10"); the other adjectives
#: are told by their endings ("Canadian $2", "Taiwanese $", "Egyptian £5"): context.tsv and the
#: English pack.
_PLACES_AS_ADJECTIVES = tables().adjectives
_ADJECTIVE_ENDINGS = words().adjective_endings
#: The last letters of those adjectives and places ("Canadian", "Taiwanese", "Argentine", "Hong Kong",
#: "New Zealand").
_DEMONYM_LASTS = frozenset(word[-1] for word in (*_PLACES_AS_ADJECTIVES, *_ADJECTIVE_ENDINGS))


def _demonym_before(text: str, start: int, marker: str, codes: tuple[str, ...]) -> str | None:
    """The currency that an adjective right before a sign names, among the sign's: "Canadian $2"
    is CAD, whatever the country named further off ("€2, British £2 and Canadian $2 coins").  The
    wire puts it before the number whose name follows as well: "an offering of Australian 80 mln
    dlrs (about U.S. 55 mln)" is in Australian dollars; there only an adjective by its ending
    names the money, not a place, which may be whom the sum goes to ("to lend Singapore 5 mln dlrs")."""
    space = text.rfind(" ", max(0, start - 24), start - 1)
    if not text[space + 1 : space + 2].isupper():
        return None  # "the $5", "of $5": no capital, no adjective
    sign = text.startswith(marker, start)
    words = text[max(0, start - 24) : start].split()
    if not words:
        return None  # only separators before it ("\x1f" splits as a blank): no adjective
    evidence = tables().evidence
    for phrase in (" ".join(words[-2:]), words[-1]):
        code = evidence.get(phrase.lower())
        if (
            code in codes
            and phrase[:1].isupper()
            and ((sign and phrase.lower() in _PLACES_AS_ADJECTIVES) or phrase.endswith(_ADJECTIVE_ENDINGS))
        ):
            return code
    return None


def _best(counts: dict[str, int], codes: tuple[str, ...]) -> str | None:
    """The code with clearly the most evidence; a tie that includes the default keeps the default."""
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return codes[0] if codes[0] in (ranked[0][0], ranked[1][0]) else None
    return ranked[0][0]


_US_FORMS = frozenset({b"US", b"USA", b"U.S."})
_KANA = "kana"  # kinds of evidence that are scripts, not codes (codes are upper case)
_HAN = "han"
#: The code each written evidence word stands for ("" for none), looked up once per spelling.
_CODE_OF: dict[bytes, str] = {}


def _evidence_in(data: bytes, stop: int) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of each evidence word, kana run and Han run starting in ``data[:stop]``
    (byte offsets); ``kind`` is the word's code, or :data:`_KANA` or :data:`_HAN`."""
    search = _compiled().evidence
    evidence = tables().evidence
    kin = evidence_kin()
    size = len(data)
    found: list[tuple[int, int, str]] = []
    pos = 0
    while pos < stop:
        a, b = search(data, pos, size)[0]
        if a < 0 or a >= stop:
            break
        pos = b
        lead = data[a]
        if lead == 0xE3:  # U+3040-U+30FF
            kind = _KANA
        elif 0xE4 <= lead <= 0xE9:  # U+4E00-U+9FFF
            kind = _HAN
        else:  # an evidence word or "US", "USA", "U.S."
            written = data[a:b]
            code = _CODE_OF.get(written)
            if code is None:
                word = " ".join(written.decode("utf-8", "replace").lower().split())
                if word[-1] in ">)":  # a ticker's suffix and its closing bracket: "<CMI.PA>"
                    word = word[:-1]
                code = evidence.get(word) or ("USD" if written in _US_FORMS else "")
                if len(_CODE_OF) < 4096:
                    _CODE_OF[written] = code
            if not code or tags_a_place(data, a, b):
                continue  # "a Hong Kong-based buyer", a list's heading: where a party is, not its money
            kind = code
        found.append((a, b, kind))
        if kind in kin:  # "Sudan" says its dinar as well as its pound
            found.extend((a, b, other) for other in kin[kind])
    return found


@functools.lru_cache(maxsize=256)
def _rank(codes: tuple[str, ...]) -> dict[str, int]:
    """Where each of ``codes`` first stands in it: the order in which counts are given."""
    rank: dict[str, int] = {}
    for i, code in enumerate(codes):
        rank.setdefault(code, i)
    return rank


@functools.cache
def _evidence_margin() -> int:
    """Characters read either side of a window so that words at its edges read as in the whole text."""
    return max(len(w) for w in tables().evidence) + 8


class _Evidence:
    """Counts the evidence words, Han and kana in windows of one text.

    The windows that ambiguous mentions ask about usually cover a small part of a text, so each is
    first read on its own.  Once the windows read add up to the length of the text, the whole text
    is read once instead and later windows are counted by bisection: a text full of "¥" costs at
    most two passes, not one window scan per mention.  A word counts for a window when it starts
    inside it; a run of script counts when it overlaps it.
    """

    __slots__ = ("_text", "_read", "_words", "_han", "_kana", "memo", "named", "so_far", "at_head", "yuan", "paragraphs")

    def __init__(self, text: str, at_head: bool = True, joined: list[int] | None = None) -> None:
        self._text = text
        self.paragraphs = Paragraphs(text, joined)  # ``joined``: the wire's marks made spaces
        self.at_head = at_head  # the text begins where the document does (not a later stream buffer)
        self.memo: dict[tuple[str, int, int], str | None] = {}  # answers of story_country.country_of_text
        self.named: list[str] | None = None  # the codes of the triggers read so far (story_country._codes_to)
        # per sign's codes, the reach known to name one country and the reach known not to (story_country._one_country_so_far)
        self.so_far: dict[tuple[str, ...], tuple[int, int]] = {}
        self.yuan: YuanMarks | None = None  # the scripts and place words of a bare 元, found once
        self._read = 0  # characters read window by window so far
        self._words: dict[str, list[int]] | None = None
        self._han: tuple[list[int], list[int]] = ([], [])
        self._kana: tuple[list[int], list[int]] = ([], [])

    def _build(self) -> dict[str, list[int]]:
        text = self._text
        data = text.encode("utf-8", "surrogatepass")
        span_at = _char_spans(text, data)
        words: dict[str, list[int]] = {}
        for a, b, kind in _evidence_in(data, len(data)):
            start, end = span_at(a, b)
            if kind is _KANA or kind is _HAN:
                starts, ends = self._kana if kind is _KANA else self._han
                starts.append(start)
                ends.append(end)
            else:
                words.setdefault(kind, []).append(start)
        self._words = words
        return words

    @staticmethod
    def _overlaps(runs: tuple[list[int], list[int]], lo: int, hi: int) -> bool:
        starts, ends = runs
        i = bisect_left(starts, hi) - 1
        return i >= 0 and ends[i] > lo

    def _window(self, lo: int, hi: int, codes: tuple[str, ...]) -> tuple[dict[str, int], bool, bool]:
        """Word counts, kana and Han of ``text[lo:hi]``, read from the window alone."""
        text = self._text
        margin = _evidence_margin()
        first = max(0, lo - margin)
        piece = text[first : hi + margin]
        data = piece.encode("utf-8", "surrogatepass")
        if len(data) == len(piece):
            b_lo, b_hi = lo - first, hi - first
        else:
            # (the margins are short, the window long: each end is counted from its margin)
            b_lo = len(piece[: lo - first].encode("utf-8", "surrogatepass"))
            b_hi = len(data) - len(piece[hi - first :].encode("utf-8", "surrogatepass"))
        seen: dict[str, int] = {}
        kana = han = False
        for a, b, kind in _evidence_in(data, b_hi):
            if kind is _KANA:
                kana = kana or b > b_lo
            elif kind is _HAN:
                han = han or b > b_lo
            elif a >= b_lo and kind in codes:
                seen[kind] = seen.get(kind, 0) + 1
        # in the order of ``codes``, as the index gives them: ties are settled in that order
        if len(seen) > 1:  # (few codes are seen, of as many as 40 asked for: order those seen)
            rank = _rank(codes)
            seen = {code: seen[code] for code in sorted(seen, key=rank.__getitem__)}
        return seen, kana, han

    def counts(self, lo: int, hi: int, codes: tuple[str, ...]) -> dict[str, int]:
        """Evidence words for each of ``codes`` starting in ``text[lo:hi]``; script adds 2 for CNY or JPY."""
        hi = min(hi, len(self._text))
        cost = hi - lo + 2 * _evidence_margin()  # what reading this window alone reads
        if self._words is None and self._read + cost <= len(self._text):
            self._read += cost
            counts, kana, han = self._window(lo, hi, codes)
        else:
            words = self._words if self._words is not None else self._build()
            counts = {}
            for code in codes if len(codes) < len(words) else [c for c in codes if c in words]:
                found = words.get(code)
                if found:
                    n = bisect_left(found, hi) - bisect_left(found, lo)
                    if n:
                        counts[code] = n
            kana = self._overlaps(self._kana, lo, hi)
            han = not kana and self._overlaps(self._han, lo, hi)
        # Chinese script around "¥" or "元" points to the yuan; Japanese kana to the yen.
        if "CNY" in codes and not kana and han:
            counts["CNY"] = counts.get("CNY", 0) + 2
        if "JPY" in codes and kana:
            counts["JPY"] = counts.get("JPY", 0) + 2
        return counts

    def around(self, start: int, end: int, width: int, codes: tuple[str, ...]) -> dict[str, int]:
        """Evidence within ``width`` characters either side of ``text[start:end]``."""
        return self.counts(max(0, start - width), end + width, codes)
