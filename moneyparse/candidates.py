"""The candidate scan: RE2 matches found in bounded bursts, each read once per shape, filtered,
and kept by one overlap policy.

The scan runs over the UTF-8 bytes of a text; :func:`_char_spans` maps its byte spans back to
characters.  Besides amounts, the scan finds in the same pass the names of countries that write
"$" (triggers for the currency resolver) and the signs of shell code (near which "$1" is a field).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace

from moneyparse.filter_glue import sign_of_next
from moneyparse.grammar import _DOLLAR_COUNTRIES, _SHELL_LEADS, _SHELL_PIECE, _compiled
from moneyparse.lexicon import tables
from moneyparse.mention import Mention
from moneyparse.reading import _SHAPE, _parse_match, _Raw, _reading
from moneyparse.spelled import _AND, _MULTIPLIERS

_DOLLAR_COUNTRIES_SET = frozenset(_DOLLAR_COUNTRIES)
_TRIGGER_BYTES = frozenset(name.encode("ascii") for name in _DOLLAR_COUNTRIES)


#: A run of blanks with line breaks in it.  Inside a paragraph hard-wrapped text (news wires,
#: plain-text filings, text taken from a PDF) breaks a phrase anywhere, and a reader reads one
#: line break, with the blanks that end a line and indent the next, as one space ("1.4\nbillion
#: dlrs", "$5\n  billion").  A blank line (two breaks with only blanks between) ends a
#: paragraph, and with it any phrase: such a run is left as it is.
#: (Written with character classes alone: a repeated group with an alternation in it costs
#: Python's ``re`` more than linear time on a long run of line breaks.)
_BREAKS = re.compile(r"[ \t]*[\r\n][ \t\r\n]*")
#: The characters of text, indentation aside, of a line whose break a reader reads as a space:
#: wrapped prose fills its lines (the wire's run to 55-75 characters), while the lines of a list,
#: a table, a heading or the end of a paragraph are short, and their breaks part what they list
#: ("19,95 €\n699,00 EUR" are two prices, not "€ 699,00").
_WRAPPED_LINE = 32
#: A character of the scripts of Chinese, Japanese and Korean (Han, kana, hangul), and a Latin letter.
_CJK = re.compile("[\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LATIN = re.compile("[A-Za-z]")


def _unwrap(text: str, full: int = _WRAPPED_LINE) -> tuple[str, list[int], list[int]] | None:
    """The text the extractor reads, each line break inside a wrapped paragraph made one space,
    and the map back to ``text``: ``(read, at, shift)``, where a character of ``read`` after
    ``at[i]`` (and up to ``at[i + 1]``) is ``shift[i]`` characters further on in ``text``.
    ``None`` when ``text`` has no such break.

    A break is read as a space when the line it ends holds at least ``full`` characters besides
    its blanks (:data:`_WRAPPED_LINE`; 0 for one phrase, which :func:`moneyparse.parse` reads),
    no blank line follows, it parts no digit from a digit (:func:`_digits_meet`), it parts no
    number from a sign or a code that opens the next line before a number of its own
    (:func:`_sign_opens_line`), the next line does not open with a
    list's hyphen before an amount led by its sign (:func:`_bullet_opens_line`), it parts no line
    of Latin letters from one that opens in Chinese, Japanese or Korean (:func:`_script_turns`),
    and the line does not end in the ellipsis character, the mark of a line cut short ("Pay in 6
    months with your card a\u2026" above a price of its own); other breaks stay as written.  A
    lone ``\n`` becomes a space in place; only a break with blanks around it, or ``\r\n``,
    shortens the text.  The text is copied once, in as few pieces as there are breaks kept
    between breaks joined, so that memory stays within a few times the text's size."""
    if "\n" not in text and "\r" not in text:
        return None
    events: list[tuple[int, int, bool]] = []  # (start, end, joined) of each break that is not a lone "\n" joined
    joined = False
    line = 0  # where the line before the break starts
    for m in _BREAKS.finditer(text):
        a, b = m.span()
        run = text[a:b] if b - a > 1 or text[a] == "\r" else "\n"
        lone = run == "\n"
        blank = not lone and run.count("\n") + run.count("\r") - run.count("\r\n") > 1
        wrapped = (
            not blank and b - line > full and len(text[line:a].strip()) >= full and not _digits_meet(text, a, b)
            and not (full and (_sign_opens_line(text, a, b) or _bullet_opens_line(text, b)
                               or _script_turns(text, line, a, b) or text[a - 1] == "\u2026"))
        )
        line = b
        if wrapped:
            joined = True
            if not lone:
                events.append((a, b, True))
        else:
            events.append((a, b, False))
    if not joined:
        return None
    at: list[int] = []
    shift: list[int] = []
    pieces: list[str] = []
    last = 0  # end of the last break in ``text``
    moved = 0  # characters removed so far
    for a, b, join in events:
        pieces.append(text[last:a].replace("\n", " "))
        last = b
        if not join:
            pieces.append(text[a:b])  # kept as it is written
            continue
        pieces.append(" ")
        if b - a > 1:
            at.append(a - moved)  # the space's place in the text read
            moved += b - a - 1
            shift.append(moved)
    pieces.append(text[last:].replace("\n", " "))
    return "".join(pieces), at, shift


#: What opens a line that begins with an amount led by its marker: the marker, then the number.
_MARKER_THEN_DIGIT = re.compile(r"([^\s\d][^\d\r\n]{0,4}?)[ \u00a0\u202f\u2009]?[-\u2212]?[0-9]")


#: A fraction written with a slash: "1/2", "15/16".
_FRACTION_OPENS = re.compile(r"[0-9]{1,2}/[0-9]{1,2}(?![0-9/])")


def _digits_meet(text: str, a: int, b: int) -> bool:
    """Whether the break ``text[a:b]`` parts a digit that ends its line from one that opens the
    next.  A line break is no separator of a number's groups: wrapped prose breaks a line between
    words, never inside a number, so the digits after it begin a number of their own ("rated 4.5
    by 3\n250 ₽" is a count of reviews above a price of 250 roubles, not 3,250 roubles).  The
    break is kept as written; a scale word after the break ("1.4\nbillion dlrs") or a sign
    ("$5\n  billion") still reads on, and so does a fraction of the whole after the break ("5\n1/2
    dlrs" is 5.5 dollars, the wire's way with prices of shares)."""
    return text[a - 1 : a].isdigit() and text[b : b + 1].isdigit() and _FRACTION_OPENS.match(text, b) is None


def _sign_opens_line(text: str, a: int, b: int) -> bool:
    """Whether the break ``text[a:b]`` parts a number ending its line from a sign or a code that
    opens the next line before a number of its own: the sign is that number's, never the one
    before ("Suzuki Alto 2010\n€ 1.599,00", "Lot 17\nUS$ 45"), and the break is kept as
    written, each line a field of a list or a table, however long.  A sign with no number after it
    on its line ("it cost 12\n€ and more") is the number's before it, and a scale word
    ("rose to 5\nbillion euros") is read on over the break; a lone letter ("5\nR 7") is no sign."""
    if not text[a - 1 : a].isdigit():
        return False
    m = _MARKER_THEN_DIGIT.match(text, b)
    if m is None:
        return False
    marker = m[1]
    return marker in tables().prefix and not (marker.isalpha() and len(marker) < 2)


def _bullet_opens_line(text: str, b: int) -> bool:
    """Whether the line at ``b`` (its indentation skipped) opens with a hyphen glued to an amount
    led by its sign, "-$20 million for the bridge": an item of a list, however long the line
    before it, and the break is kept so that the hyphen is still seen to open its line
    (:func:`moneyparse.hedges._bullet` tells a bullet from a minus)."""
    if text[b : b + 1] != "-":
        return False
    m = _MARKER_THEN_DIGIT.match(text, b + 1)
    return m is not None and m[1] in tables().prefix and not (m[1].isalpha() and len(m[1]) < 2)


def _script_turns(text: str, line: int, a: int, b: int) -> bool:
    """Whether the break ``text[a:b]`` ends a line of Latin letters with no character of Chinese,
    Japanese or Korean (``text[line:a]``) and the next line opens with one: wrapped English does
    not run on in another script, and such lines are two fields of a page ("Free returns on
    orders over £30" above "建議售價　$3200元"), each read in its own language.  (The other way
    round a line of Chinese may end a wrapped paragraph whose last line is a price: "每月\n$990。")"""
    return _CJK.match(text, b) is not None and _CJK.search(text, line, a) is None and _LATIN.search(text, line, a) is not None


@functools.cache
def _break_then_scale() -> re.Pattern[str]:
    """A line break kept as written, then a scale word at the start of the next line; a scale word
    of one or two letters that a hyphen, a dash or a slash joins to letters is an abbreviation of
    days or the like, no scale ("€25\nM-F €17", "$5\nT/Th"; not "$5\nM")."""
    t = tables()
    exact = sorted(t.scales, key=len, reverse=True)
    folded = sorted(t.scales_folded, key=len, reverse=True)
    words = [*map(re.escape, exact), *(f"(?i:{re.escape(w)})" for w in folded)]
    short = "|".join(w for w, plain in zip(words, [*exact, *folded], strict=True) if len(plain) <= 2)
    longer = "|".join(w for w, plain in zip(words, [*exact, *folded], strict=True) if len(plain) > 2)
    return re.compile(
        rf"[ \t]*(?:\r\n?|\n)[ \t]*(?:(?:{longer})(?![^\W\d_])|(?:{short})(?![^\W\d_]|[-\u2013/][^\W\d_]))"
    )


def _scale_on_next_line(text: str, end: int) -> bool:
    """Whether the line after a mention ending at ``end`` begins with a scale word that a break
    kept as written parts from it ("$5\n  billion" in a short line): the amount may be a billion
    times what is read, so no mention is given rather than a wrong one."""
    return text[end : end + 1] in (" ", "\t", "\r", "\n") and _break_then_scale().match(text, end) is not None


def _wrapped_offset(at: list[int], shift: list[int], pos: int) -> int:
    """The offset in the original text of offset ``pos`` of the text :func:`_unwrap` made: the
    start or the end of a mention, which never starts or ends on the space of a break."""
    i = bisect_left(at, pos)  # the breaks before ``pos``
    return pos + shift[i - 1] if i else pos


def _spans_back(text: str, at: list[int], shift: list[int], mentions: list[Mention]) -> list[Mention]:
    """``mentions`` of a text read from ``text`` (each piece of ``text`` after ``at[i]`` moved
    ``shift[i]`` characters back) with their spans in ``text``, as written there."""
    result = []
    for m in mentions:
        start, end = _wrapped_offset(at, shift, m.start), _wrapped_offset(at, shift, m.end)
        result.append(m if (start, end) == (m.start, m.end) and text[start:end] == m.text
                      else replace(m, start=start, end=end, text=text[start:end]))
    return result


#: At most this many scan matches are found ahead in one burst.
_BURST = 32

# Every byte that is not a UTF-8 continuation byte: deleting these leaves the continuation bytes.
_NOT_CONTINUATION = bytes(range(0x80)) + bytes(range(0xC0, 0x100))


def _chars_in(gap: bytes) -> int:
    """The characters begun in ``gap``, UTF-8 bytes that start on a character."""
    try:  # decoding counts characters fastest, ASCII by the block
        return len(gap.decode("utf-8", "surrogatepass"))
    except UnicodeDecodeError:  # a span cut inside a character: count the characters begun
        return len(gap) - len(gap.translate(None, _NOT_CONTINUATION))


def _char_spans(text: str, data: bytes) -> Callable[[int, int], tuple[int, int]]:
    """A function mapping a byte span of ``data`` to its character span in ``text``, in one call.

    Spans are asked for left to right; the count of characters carries on from the last start.
    """
    if len(data) == len(text):
        return lambda a, b: (a, b)
    last_b = last_c = 0  # last start, its character offset

    def span_at(a: int, b: int) -> tuple[int, int]:
        nonlocal last_b, last_c
        if a < last_b:
            last_b = last_c = 0
        gap = data[last_b:a]
        # most stretches between matches are ASCII: a byte a character, nothing to decode
        start = last_c + (len(gap) if gap.isascii() else _chars_in(gap))
        last_b, last_c = a, start
        piece = data[a:b]
        if piece.isascii():
            return start, start + (b - a)
        return start, start + (b - a) - len(piece.translate(None, _NOT_CONTINUATION))

    return span_at


def _candidates(text: str) -> tuple[list[_Raw], list[int], list[int]]:
    """The candidates of ``text``, read and filtered, in text order and never overlapping; where
    the names of countries that write "$" start, and where the signs of shell code start
    (characters, in text order)."""
    c = _compiled()
    data = text.encode("utf-8", "surrogatepass")
    last_b = last_c = 0  # the start of the last match, its character offset (as in _char_spans)
    raws: list[_Raw] = []
    triggers: list[int] = []  # where country names start (characters; counted on with the matches)
    shell: list[int] = []  # where signs of AWK or shell code start (characters)
    search = c.search
    size = len(data)
    pos = 0
    burst = _BURST
    ahead: list[tuple[int, int]] = []  # the matches a candidate that moved the scan left unread
    ahead_end = 0  # where the search of their burst stopped
    while pos <= size:
        # The matches of the next stretch, found in one burst: RE2 runs fastest while its automaton
        # is still in the processor's cache, before the Python work on each candidate.  A candidate
        # that moves the scan leaves the rest of its burst; the next bursts start small again.
        batch, after = _burst(search, data, pos, size, burst, ahead, ahead_end)
        pos = after
        burst = min(2 * burst, _BURST)
        for bstart, bend in batch:
            # the match's start in characters, counted on from the last (:func:`_char_spans`, inline)
            if bstart < last_b:
                last_b = last_c = 0
            gap = data[last_b:bstart]
            last_b, last_c = bstart, last_c + (len(gap) if gap.isascii() else _chars_in(gap))
            piece = data[bstart:bend]
            # (cheap test first: a letter, ASCII or not, begins with a byte from "A" on, and most
            # matches begin with a digit or a sign, no country's name)
            worded = piece[0] >= 0x41
            if worded and piece.lower() in _TRIGGER_BYTES:
                triggers.append(last_c)
                continue
            if piece[0] in _SHELL_LEADS and _SHELL_PIECE.fullmatch(piece):
                sign = piece.find(b"$")
                if sign > 0 and piece[sign - 1] == 0x20:  # "print $1": scan again from the "$" ("print $5 million")
                    # "print $1, $3" is code, "the art print $1,000" a price
                    if not (data[bend : bend + 1] in (b",", b".") and data[bend + 1 : bend + 2].isdigit()):
                        shell.append(last_c)
                    pos = bstart + sign
                    burst = 2
                    break
                shell.append(last_c)
                continue
            start = last_c
            end = start + (bend - bstart if piece.isascii() else bend - bstart - len(piece.translate(None, _NOT_CONTINUATION)))
            span = text[start:end]
            if worded and span[:1].isalpha() and " ".join(span.lower().split()) in _DOLLAR_COUNTRIES_SET:
                triggers.append(start)  # a name the scan matched by case folding ("\u212a" for "k")
                continue
            reading = _reading(piece.translate(_SHAPE))
            if reading is None:
                continue
            cut = reading.rescan_at
            if cut < 0 and "0" <= text[end : end + 1] <= "9":  # (no call: the scan's hot loop)
                cut = _sign_after_code(text, start, span, reading.marker, end)  # "Galaxy A51₹22,900", "SAVE 70$229.99"
            if cut > 0 and (reading.void or sign_of_next(text, end, reading.marker) or _spelled_before_digits(span, text, end)):
                # "2009 $5,500,000", "4,857m €829m": in a row of table cells a sign glued to the
                # next number belongs to it, not to the number before it; scan again from the sign
                # (not one that closes the first of two prices run on, "19,99 €24,99 €": see
                # :func:`moneyparse.filter_glue.sign_of_next`).
                # Words that are no number ("UN USD 2 billion", "en vijfenveertig cent"): scan
                # again from the word or the marker after them
                pos = bstart + len(span[:cut].encode("utf-8", "surrogatepass"))
                burst = 2
                break
            new = _new_price(text, start, span, reading.marker, end) if "A" <= span[-1] <= "Z" and text[end : end + 1] == " " else None
            # new: "statt 4.50CHF 2.25"; (cheap test first: a scale word, a letter, begins what _spelled_after_join reads)
            raw = new or _parse_match(text, start, end, reading) or (_spelled_after_join(text, start, end) if worded else None)
            if raw is not None and _keep(raws, raw, end):  # a name read on past the scan: go on after it
                pos = bend + len(text[end : raw.end].encode("utf-8", "surrogatepass"))
                burst = 2
                break
        else:
            continue
        ahead, ahead_end = batch[batch.index((bstart, bend)) + 1 :], after  # (the scan moved: see _burst)
    return raws, triggers, shell


def _burst(
    search: Callable[[bytes, int, int], list[tuple[int, int]]], data: bytes, after: int, size: int, burst: int,
    ahead: list[tuple[int, int]], ahead_end: int,
) -> tuple[list[tuple[int, int]], int]:
    """The next ``burst`` scan matches of ``data`` from byte ``after``, and where to search on.

    ``ahead`` are the matches after a candidate that moved the scan, left unread, and ``ahead_end``
    where the search of their burst stopped.  A search's result depends on its start alone, and
    the search after a match that is not empty starts at its end: once a match is found again
    that is one of them, the matches after it in ``ahead`` are those that searching on would
    find, and are taken as they are, with ``ahead_end``, instead of being searched for again.
    Once a match starts past the last of them, ``ahead`` is emptied in place: no later search finds
    one of them, and none is looked for again.
    """
    batch: list[tuple[int, int]] = []
    while after <= size and len(batch) < burst:
        found = search(data, after, size)[0]
        if found[0] < 0:
            return batch, size + 1
        batch.append(found)
        if ahead:
            if found[1] > found[0] and found in ahead:
                batch += ahead[ahead.index(found) + 1 :]
                return batch, ahead_end
            if found[0] > ahead[-1][0]:
                ahead.clear()  # the scan is past them all: searches go forward, none is found again
        after = found[1] if found[1] > after else after + 1
    return batch, after


@functools.cache
def _code_signs() -> frozenset[str]:
    """The signs of one character that letters before them do not make the sign of many
    currencies: "₹", "€", "₩", "₪", "£" ("E£" is the one other pound); not "$", which "A$", "C$",
    "US$" and "NT$" make the dollars of as many countries."""
    prefix = tables().prefix
    signs = {text for text in prefix if len(text) == 1 and not text.isalnum()}
    named: dict[str, set[str]] = {}
    for text, info in prefix.items():
        if len(text) > 1 and text[-1] in signs and text[-2].isalpha():
            named.setdefault(text[-1], set()).update(info.codes)
    # (the full-width and small forms of a sign are that sign: "＄" is a "$")
    return frozenset(sign for sign in signs if len(named.get(unicodedata.normalize("NFKC", sign), ())) < 3)


def _sign_after_code(text: str, start: int, span: str, marker: str, end: int) -> int:
    """Where to scan again of a match of a number and a sign glued to the next number, the
    number the tail of a model code ("Samsung Galaxy A51₹22,900", "Moto G8€199"): a code of letters
    and digits is no amount, and the sign after it opens the price (:func:`_code_signs`); or a
    "$" glued to a price in dollars and cents, a point and two decimals ("SAVE 70$229.99": a
    saving with no sign, then the price run on): the sign is written before its amount, English
    style, and the digits before it are a bare figure, no mention.  -1 otherwise ("51₹" alone is
    read as written, and so are "70$" and "229,99 $" of French Canada, whose sign follows)."""
    if len(marker) != 1 or not span.endswith(marker) or not span[-2:-1].isdigit():
        return -1
    if marker == "$" and _CENTS_RUN_ON.match(text, end) is not None:
        return len(span) - 1
    if marker not in _code_signs():
        return -1
    return len(span) - 1 if start and text[start - 1].isalpha() else -1


#: A word that marks the old price a shop prints before the new one, opening its line, then a blank
#: or a colon: "statt", "anstatt", "UVP", "instead of", "was", "avant", "au lieu de", "invece di".
_OLD_PRICE_WORD = re.compile(
    r"(?:^|(?<=[\r\n]))[ \t\u00a0]*(?:statt|anstatt|uvp|instead of|was|avant|au lieu de|invece di|zamiast)[ :\u00a0]{1,2}$", re.IGNORECASE
)
#: The new price after the code: a blank, a bare figure, then the end of its line.
_BARE_PRICE_ENDS_LINE = re.compile(r"[ \u00a0]([0-9](?:[0-9.,']*[0-9])?)[ \t\u00a0]*(?:[\r\n]|$)")


def _new_price(text: str, start: int, span: str, marker: str, end: int) -> _Raw | None:
    """The new price of a match of a figure after a word of an old price and a code of letters
    glued to it, with a bare figure a blank after the code that ends the line: "statt 4.50CHF
    2.25" is a shop's "statt 4.50" (instead of 4.50) run on into its price "CHF 2.25", the code
    glued to the old figure only because the page's two fields were joined.  The code opens the
    new price, and the old figure, with no sign of its own, is left bare.  None otherwise: "statt
    4.50 CHF" (a blank before the code), "statt 4.50CHF 2.25CHF" (the new price has its own
    code), "4.50CHF 2.25" with no word of an old price before it, all read as written."""
    cut = len(span) - len(marker)
    if not (marker.isalpha() and marker.isupper()) or not span.endswith(marker) or not span[cut - 1 : cut].isdigit():
        return None
    if _OLD_PRICE_WORD.search(text, max(0, start - 24), start) is None:
        return None
    price = _BARE_PRICE_ENDS_LINE.match(text, end)
    if price is None:
        return None
    at, stop = start + cut, price.end(1)
    reading = _reading(text[at:stop].encode("utf-8", "surrogatepass").translate(_SHAPE))
    return _parse_match(text, at, stop, reading) if reading is not None and reading.marker == marker else None


#: A price in dollars and cents right after a "$" glued to digits before it: "229.99", "1,199.00";
#: no digit, point or comma goes on after it.
_CENTS_RUN_ON = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\.[0-9]{2}(?![0-9]|[.,][0-9])")


#: Digits a blank or two after a sign: "NZ$ 4.00".
_BLANK_DIGIT = re.compile(r"[ \u00a0\u202f\u2009]{1,2}[0-9]")


def _spelled_before_digits(span: str, text: str, end: int) -> bool:
    """Whether the sign that ends ``span``, words that spell a number, has digits a blank after
    it: "two NZ$ 4.00 drinks" counts two drinks of NZ$ 4.00, and the sign is the digits'."""
    return span[:1].isalpha() and _BLANK_DIGIT.match(text, end) is not None


#: A scale word, then the joiner of spelled numbers, then the rest: "mln and one billion dlrs".
_SCALE_AND = re.compile(
    r"(?P<scale>" + "|".join(sorted((w for w in _MULTIPLIERS if w != "hundred"), key=len, reverse=True)) + r")[ \t]+(?:"
    + "|".join(sorted(_AND)) + r")[ \t]+",
    re.IGNORECASE,
)


def _spelled_after_join(text: str, start: int, end: int) -> _Raw | None:
    """The amount spelled after "<scale word> and" at the start of a scan match no number reads.

    The scan's spelled numbers may start at a scale word and go on over "and" ("a million and
    one"), so that in "between 600 mln and one billion dlrs" the match starts at the scale word
    that ends the low end in digits, "mln and one billion dlrs", and reads as no number: the
    amount is the words after the joiner, "one billion dlrs" (the range code then finds the low
    end before it), when they end in a scale word as large or larger, which no one number says
    again ("67 mln and four mln dlrs" are two).  A smaller one or none may go on the number
    before: "5 thousand and one dollars", "3 million and two thousand dollars" give nothing.
    ``None`` when the match does not start so or its rest reads as nothing."""
    m = _SCALE_AND.match(text, start, end)
    if m is None or not text[start - 1 : start].isspace():
        return None
    rest = text[m.end() : end]
    reading = _reading(rest.encode("utf-8", "surrogatepass").translate(_SHAPE))
    raw = _parse_match(text, m.end(), end, reading) if reading is not None else None
    if raw is None or not raw.number_text.split()[-1:]:
        return None
    own = _MULTIPLIERS.get(raw.number_text.split()[-1].lower(), 0)
    return raw if own >= _MULTIPLIERS[m.group("scale").lower()] else None


def _keep(raws: list[_Raw], raw: _Raw, match_end: int) -> bool:
    """The one overlap policy of the candidates: ``raw`` is kept, and replaces every candidate
    before it that it runs back over ("元 2点5万元": a number read whole, back over the end of a
    reading before it).  True when it runs past the end of its own scan match (a name read on:
    "50 hong kong dollars"): the scan then goes on after it, so that no later match starts inside
    it.  No two candidates ever overlap."""
    while raws and raw.start < raws[-1].end:
        raws.pop()
    raws.append(raw)
    return raw.end > match_end
