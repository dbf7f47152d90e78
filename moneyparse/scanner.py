"""The extractor's facade: ``extract``, ``iter_extract``, ``pairs`` and ``parse`` over the stages of
:func:`_scan`, which reads top to bottom:

1. candidates: one RE2 scan over the UTF-8 bytes of the text, in time linear in the input whatever
   the pattern; each match read once per shape into an exact value, checked by the named rejection
   filters, and kept by the one overlap policy;
2. phrases: ranges, compounds and minor units; then for each mention its sign and hedge;
3. currency: one ISO code per mention from its marker and the evidence around it; then the
   ambiguous markers settled by the pairs that quote them, and a move by the level it reached;
   last, the bare figures of wire copy in the one money of their sentence, with a scale word or,
   named a sum, in full.

The layers: each module imports only from modules listed below it, and none imports this one.

    scanner       the facade: the stages, extract, iter_extract, pairs, links, parse, streaming
    dollars       the bare "$" read from the dollars written out around it
    full_sums     a bare wire figure in full named a sum, in its sentence's money: "income of 8,250,000 and ... 912,000 dlrs"
    sentence_money  a bare wire figure in the money of its sentence: "80 billion francs ... the remaining 20 billion"
    moves         a move read in the currency of the level it reached: "fell 14 cents to CA$6.21"
    currency      evidence index, resolver, resolution by pairs
    candidates    the burst scan over RE2 matches, byte to character spans, the overlap policy
    phrases       compounds: minor units, and a name or code after an amount
    minor_tails   minor units after a major amount in words the scan leaves alone ("$20 and 43c"), and those whose major is unread
    tails         a plus sign or a split group after a sign-first amount: "$50+ bn", "$141, 773"
    ranges        ranges: "$5-6bn", "between US$250 and US$300 million"; series, slash pairs (slashes); a rate's bare figures
    elided        the bare amounts that share a marker written once: "fell to 5 mln dlrs from 4.2 mln"
    changes       a change told from a range
    hedges        hedges, signs, precision; the words of a phrase of parse that are its own
    thresholds    a bound told by a threshold passed: "crossed the $100 million mark"
    pairing       finding pairs: "X (Y)", "X, or Y", "X（约合Y）"
    reading       one match -> _Raw: the splitters' pieces, the shape cache, the exact value
    spelled_reading  numbers spelled in words as the reader takes them, and words that are none
    names         currency names of several words, read on in the text
    filters       the named rejection filters; filters_zh, the tests of those for Chinese units
    filter_patterns  the word lists of the filters, as sets and patterns
    filter_noise  the filters' tests of scale words made adjectives, base64 and hex dumps
    filter_glue   the filters' tests of markers glued to more than their amount: "2 S/M", "S/2015/1"
    rate_quotes   exchange rates as amounts: "the dollar at 1.80 marks", "at 1.8063 marks after 1.8231"
    point_groups  "$257.374" where the caller settled a money that groups thousands with a point
    addresses     the money a web page's address implies, and the moneys of point groups (CLDR)
    language      the words around an amount: decimal convention, Turkish, Spanish or Portuguese
    entities      HTML entities: one pattern; an entity of a blank before a scale word read as one
    grammar       the scan's vocabulary, and its forms written once for RE2 and Python; Form
    grammar_zh    the grammar's pieces for numbers as Chinese writes them ("1，120亿元", "8千億")
    lexicon       the tables: markers, names, scales, hedges, evidence words, rate bands
    packs         the language packs, one file per language, read into frozen records
    spelled       numbers spelled in words: English, eight more languages, Hindi
    number_words  the words each language spells numbers with
    numbers       digits and CJK numerals; DecimalConvention
    mention, errors, _re2scan, patterns: result types, errors, the RE2 adapter, the pattern
                  language the grammar is written in (no engine imports)

``moneyparse/__init__`` imports this facade inside its functions, so that ``import moneyparse``
loads none of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, DivisionByZero, InvalidOperation, Overflow, localcontext

from moneyparse.candidates import _candidates, _scale_on_next_line, _spans_back, _unwrap
from moneyparse.currency import _Evidence, _resolve, _resolve_code, check_as_of, check_assume, unsaid_defaults
from moneyparse.dollars import settle_bare_dollars
from moneyparse.entities import entity_blanks
from moneyparse.errors import AmountParseError
from moneyparse.filter_noise import _shell_fields
from moneyparse.full_sums import full_figures
from moneyparse.grammar import CONTEXT_WINDOW, MAX_PHRASE, WIDE_WINDOW
from moneyparse.hedges import QUALIFIER_OF, _hedge, _hedge_after, _only_own_words, _precision, _sign
from moneyparse.mention import Mention, Pair, Qualifier, _mention
from moneyparse.moves import _move_as_level
from moneyparse.pair_currency import resolve_by_pairs
from moneyparse.pairing import find_links, find_pairs
from moneyparse.paragraphs import joined_marks
from moneyparse.phrases import _merge_compounds
from moneyparse.point_groups import read_groups, settles_groups
from moneyparse.ranges import _merge_ranges
from moneyparse.reading import _Raw
from moneyparse.sentence_money import sentence_figures
from moneyparse.tails import _apart, _sign_first_tails
from moneyparse.thresholds import _NOUN_FIRST, _past_mark

__all__ = ["CONTEXT_WINDOW", "WIDE_WINDOW", "extract", "iter_extract", "links", "pairs", "parse"]


#: Amounts are read, scaled, added and negated without rounding, whatever the caller's context.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation, DivisionByZero, Overflow])


def _scan(
    text: str, assume: dict[str, str] | None, as_of: date | None = None, phrase: bool = False, at_head: bool = True, groups: bool = True
) -> list[Mention]:
    """All mentions of ``text``: the stages of the extractor, in order, over the text as a reader
    reads it, an entity of a blank before a scale word a blank (:func:`entity_blanks`), a line
    break inside a paragraph one space (:func:`_unwrap`; in one ``phrase``, :func:`parse`, every
    break but a blank line).  ``at_head``: the text begins where the document does (False for a
    stream's later buffers: no head to tell the country of a story).  ``groups``: "$257.374" of a
    money the caller settled, whose country groups thousands with a point, is read so (:func:`read_groups`)."""
    if groups and assume is not None and settles_groups(assume):
        return read_groups(lambda: _scan(text, assume, as_of, phrase, at_head, groups=False), assume)
    blanks = entity_blanks(text)
    if blanks is None:
        return _scan_lines(text, assume, as_of, phrase, at_head)
    return _spans_back(text, blanks[1], blanks[2], _scan_lines(blanks[0], assume, as_of, phrase, at_head))


def _scan_lines(text: str, assume: dict[str, str] | None, as_of: date | None, phrase: bool, at_head: bool) -> list[Mention]:
    """All mentions of ``text`` (:func:`_scan`), its line breaks read as a reader reads them."""
    broken = "\n" in text or "\r" in text  # (looked for once: most texts have no line break)
    wrapped = (_unwrap(text, 0) if phrase else _unwrap(text)) if broken else None
    if wrapped is None:
        mentions = _scan_read(text, assume, as_of, at_head)
        if broken:  # "$5\n  billion" in a list: unsure of the scale, no mention
            return [m for m in mentions if not _scale_on_next_line(text, m.end)]
        return mentions
    read, at, shift = wrapped
    mentions = _scan_read(read, assume, as_of, at_head, joined_marks(text, at, shift) if at else None)
    if not at:  # every break was one character, made a space in place: the offsets are the same
        mentions = [m for m in mentions if not _scale_on_next_line(read, m.end)]
        return [m if "\n" not in text[m.start : m.end] and "\r" not in text[m.start : m.end]
                else replace(m, text=text[m.start : m.end]) for m in mentions]
    # "$5\n  billion" across a break kept as written: unsure of the scale, no mention
    return _spans_back(text, at, shift, [m for m in mentions if not _scale_on_next_line(read, m.end)])


def _scan_read(
    text: str, assume: dict[str, str] | None, as_of: date | None, at_head: bool = True, joined: list[int] | None = None
) -> list[Mention]:
    """All mentions of ``text``, with no line break inside a paragraph left (``joined``: where the
    wire's paragraph marks were made spaces, :func:`~moneyparse.paragraphs.joined_marks`)."""
    with localcontext(_EXACT):
        raws, triggers, shell = _candidates(text)  # scan, read and filter each match; one overlap policy
        if shell:
            raws = _shell_fields(raws, shell, WIDE_WINDOW)  # "$1" near shell code is a field
        if not raws:
            return []
        raws = _sign_first_tails(text, raws)  # "$50+ billion", "$141, 773"
        raws = _merge_ranges(text, raws, joined or ())  # "$5-6bn", "between $5 and $6 million"
        raws = _apart(_merge_compounds(text, raws))  # "3 dollars 50 cents", "$5.00 CAD"; "ten $thousand yen"
        mentions = _mentions(text, raws, assume, triggers, as_of, at_head, joined)  # signs, hedges, currency from evidence and date
        if assume is None or "$" not in assume:
            mentions = settle_bare_dollars(text, mentions, joined, at_head)  # "CA$6.21 ... $6.25", "($A) per US$1"
    mentions = resolve_by_pairs(text, mentions, assume)  # "$53bn (¥380bn)"
    markers = {m.marker for m in mentions}
    mentions = _move_as_level(text, unsaid_defaults(mentions, as_of, markers))  # francs of 1987; "fell 14 cents to CA$6.21"
    mentions = sentence_figures(text, mentions, joined, markers)  # "80 billion francs ..., and the remaining 20 billion with"
    return full_figures(text, mentions, joined, markers)  # "operating income of 8,250,000 and net income of 912,000 dlrs"


def _mentions(
    text: str, raws: list[_Raw], assume: dict[str, str] | None, triggers: list[int], as_of: date | None,
    at_head: bool = True, joined: list[int] | None = None,
) -> list[Mention]:
    """The mentions of ``raws``, each with its sign, hedge, precision and currency."""
    index = _Evidence(text, at_head, joined)
    mentions: list[Mention] = []
    for raw in raws:
        # (cheap tests first: most amounts have no sign before them, and most texts no date)
        sign = _sign(text, raw.start) if text[raw.start - 1 : raw.start] in ("-", "\u2212", "\u2013", "+") else ""
        start = raw.start - 1 if sign else raw.start
        negative = sign not in ("", "+")
        currency, evidence, alternatives = (_resolve_code(text, raw, assume, triggers, index) if as_of is None
                                            else _resolve(text, raw, assume, triggers, index, as_of))
        if not currency:
            continue  # a bare 元 in a text of two places, or of none it names: no currency, no mention
        value, high = raw.value, raw.high
        if negative:
            value, high = (-high, -raw.value) if high is not None else (-value, None)
        mentions.append(
            _mention(
                start, raw.end, text[start : raw.end], value, currency, high,
                (QUALIFIER_OF[raw.hedge] if raw.hedge else _hedge(text, start))
                or (_past_mark(text, start, raw.end) if text[raw.end + 1 : raw.end + 2] in _NOUN_FIRST else None)
                or (_hedge_after(text, raw.end) if high is None else None)
                or (Qualifier.MORE_THAN if raw.more else Qualifier.AT_LEAST if raw.least else None),
                raw.number_text, raw.marker, raw.scale, _precision(raw.exponent), evidence, alternatives,
            )
        )
    return mentions


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    return text


def extract(text: str, *, assume: dict[str, str] | None = None, as_of: date | None = None) -> list[Mention]:
    """Every money mention of ``text`` in text order (see :func:`moneyparse.extract`)."""
    text = _check_text(text)
    assume = check_assume(assume)  # a caller's error is raised before any scanning
    as_of = check_as_of(as_of)
    if not text:
        return []
    return _scan(text, assume, as_of)


#: Characters of text kept before the part being emitted and read beyond it, so that every
#: window a mention's result depends on is whole when it is emitted.
_MARGIN = WIDE_WINDOW + 4 * MAX_PHRASE
_BLOCK = 1 << 16


def iter_extract(chunks: Iterable[str], *, assume: dict[str, str] | None = None, as_of: date | None = None) -> Iterator[Mention]:
    """Stream the mentions of the concatenation of ``chunks`` with offsets into the joined text.

    Memory stays bounded by the block size plus twice the context margin, whatever the input.
    ``assume`` and ``as_of`` are checked when this is called, before any chunk is read.
    """
    return _iter_extract(chunks, check_assume(assume), check_as_of(as_of))


def _iter_extract(chunks: Iterable[str], assume: dict[str, str] | None, as_of: date | None = None) -> Iterator[Mention]:
    """The generator of :func:`iter_extract`, ``assume`` already checked."""
    buf = ""
    base = 0  # offset of buf[0] in the joined stream
    emitted = 0  # every mention starting before this stream offset has been yielded
    for chunk in chunks:
        _check_text(chunk)
        buf += chunk
        while len(buf) >= _BLOCK + 2 * _MARGIN:
            safe = base + len(buf) - _MARGIN
            yield from _emit(buf, base, emitted, safe, assume, as_of)
            emitted = max(emitted, safe)
            cut = _safe_cut(buf, safe - _MARGIN - base)
            buf = buf[cut:]
            base += cut
    yield from _emit(buf, base, emitted, None, assume, as_of)


def _safe_cut(buf: str, cut: int) -> int:
    """Move a cut point back to just after whitespace so that no phrase starts across it."""
    floor = max(0, cut - MAX_PHRASE)
    i = cut
    while i > floor and not buf[i - 1].isspace():
        i -= 1
    return i if i > floor else cut


def _emit(
    buf: str, base: int, emitted: int, safe: int | None, assume: dict[str, str] | None, as_of: date | None = None) -> Iterator[Mention]:
    """Mentions of ``buf`` whose stream start lies in [emitted, safe), shifted to stream offsets."""
    for m in _scan(buf, assume, as_of, at_head=base == 0) if buf else ():
        s = m.start + base
        if s < emitted or (safe is not None and s >= safe):
            continue
        yield m if base == 0 else replace(m, start=s, end=m.end + base)


def pairs(
    text: str, *, assume: dict[str, str] | None = None, same_currency: bool = False, as_of: date | None = None
) -> list[Pair]:
    """Every amount that ``text`` quotes in two currencies, in text order (see
    :func:`moneyparse.pairs`); ``same_currency=True`` also lists the brackets in one currency."""
    mentions = extract(text, assume=assume, as_of=as_of)
    found = find_pairs(text, mentions, same_currency=same_currency)
    return [Pair(mentions[i], mentions[j], kind) for i, j, kind in found]


def links(text: str, *, assume: dict[str, str] | None = None, as_of: date | None = None) -> list[Pair]:
    """Every amount that ``text`` quotes beside another in the shapes of :func:`pairs`, whatever
    their currencies, in text order (see :func:`moneyparse.links`)."""
    mentions = extract(text, assume=assume, as_of=as_of)
    return [Pair(mentions[i], mentions[j], kind) for i, j, kind in find_links(text, mentions)]


def parse(phrase: str, *, assume: dict[str, str] | None = None, as_of: date | None = None) -> Mention:
    """The one money phrase ``phrase`` is; :class:`AmountParseError` otherwise."""
    text = _check_text(phrase)
    assume = check_assume(assume)
    as_of = check_as_of(as_of)
    found = _scan(text, assume, as_of, phrase=True) if text.strip() else []
    if len(found) != 1:
        raise AmountParseError(text, "not a money phrase" if not found else f"{len(found)} money phrases")
    m = found[0]
    if not _only_own_words(m, text[: m.start], text[m.end :]):
        outside = (text[: m.start] + text[m.end :]).strip()
        raise AmountParseError(text, f"text outside the money phrase: {outside!r}")
    return m
