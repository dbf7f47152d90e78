"""A bare sum of money in wire copy that takes the one money its story writes.

"The group made a net loss of 13.1 mln marks in 1985.  Domestic group net profit fell to 77.9
mln from 122.2 mln", "a pre-tax profit of 24.8 mln stg.  Turnover rose to 242.1 mln", "a net loss
of 38.6 mln dlrs or 1.37 dlrs a share on revenues of 31.4 mln", "Net loan charge-offs were 86.5
mln, up from 60.7 mln": wire copy writes the money once, on the first sums of a story, and leaves
it off the later ones.  A reader reads the bare figure as the story's money when the noun before
it names a sum of money and the story has written only one.  :mod:`moneyparse.clauses` carries a
name within a sentence; :func:`story_sums` reads the figures a later sentence leaves bare.

The rule, as a reader states it.  A bare number takes the money of the story when

- it has a scale word of millions or more ("77.9 mln", "2.0 billion", "242.1\\nmln");
- right before it stand the name of a sum of money ("profit", "loss", "income", "revenues",
  "sales", "turnover", "earnings", "deficit", "surplus", "debt", "deposits", "loans", "assets",
  "reserves", "capital", "spending", "budget", "dividend", "charge-offs", "provisions", ...) and a
  word that links the two ("of", "was", "were", "totalled", "rose to", "fell to", "at", ...),
  perhaps with a hedge between ("of about", "at an estimated"); the word before the name is no
  word of a count ("car sales rose to 4.1 mln" counts cars);
- after it comes no unit or count ("reserves of 258 mln barrels", "sales of 4.1 mln cars"): the
  test of :func:`moneyparse.elided._unit_after`, and no word of a count or measure next, nor
  later in its sentence ("reserves fell to 174.3 mln from 486.4 mln barrels"; "a share" is no
  count of the sum);
- in the stretch of the story before it (:data:`_WINDOW` characters, not across a blank line,
  which in wire copy ends an item, but across the wire's paragraph marks: a story writes its
  money in its first paragraphs and leaves it off the later ones, "the deficit narrowed to 740
  mln U.S. Dlrs" then, a paragraph on, "Invisible earnings rose to 6.77 billion") stands an
  amount with a scale word whose money is written as a word or code after the number ("13.1 mln
  marks", "38.6 mln dlrs", "7.65 billion yen"), and every amount of the stretch (but those of a
  minor unit, "6 cts a share") is of that same money: the same word, or a word of the same one
  currency ("stg" and "pounds");
- a word that many countries write ("dlrs", "francs") is read as one money on the two amounts:
  no word near either names a country of another of its currencies ("Alcoa of Australia"), or,
  for a word with no firm default, the same words choose the same one near both, and some do
  (:func:`_other_country`);
- the stretch holds no number with a scale word followed by a word that is neither a unit of a
  count, nor a word that counts no unit ("in", "from", "the"), nor a name of money the reader
  read: "an extra 600 mln bolivars" is money the extractor does not know, and the story may have
  two.

The bare number then takes the marker of the last such amount, and the bare amounts of its own
sentence follow it as they follow a named one (:mod:`moneyparse.elided`, :mod:`moneyparse.clauses`).
The stretch is bounded, so that a stream read in chunks gives the same answer.  The words are
English.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from moneyparse.clauses import _COUNT_WORDS, _MONEY_NOUN, _REACH, _SENTENCE_END, carried_after
from moneyparse.currency import _FIRM_DEFAULTS, _best, _Evidence
from moneyparse.elided import _ELIDED_NUMBER, _elided, _keep_with_elided, _unit_after
from moneyparse.grammar import CONTEXT_WINDOW, WIDE_WINDOW
from moneyparse.lexicon import tables
from moneyparse.reading import _Raw
from moneyparse.written_once import per_item_after

#: How far before a bare sum the story's money is looked for.
_WINDOW = 700
#: A scale word of millions or more right after a digit: where a bare sum may stand (found first,
#: as the cheap test; the whole number is then read back from it, :data:`_NUMBER_BEFORE`).
_SCALE = re.compile(r"[0-9][ \u00a0]*(?:\r?\n[ \u00a0]*)?(?:mln|[Mm]illion|[Bb]illion|bln|[Tt]rillion)\b")
_NUMBER_BEFORE = re.compile(r"(?<![\w.,])[0-9][0-9,]*(?:\.[0-9]+)?$")
_NUMBER = re.compile(_ELIDED_NUMBER, re.IGNORECASE)
#: The names of sums of money.
_NOUNS = frozenset(
    "profit profits loss losses income revenue revenues revs sales turnover earnings deficit deficits surplus "
    "debt debts deposits loans assets reserves capital spending expenditure expenditures budget dividend "
    "dividends charge-offs provisions borrowing borrowings outlays receipts proceeds investment investments "
    "costs financing payments".split()
)
#: The words that link a sum's name to its figure, and the verbs of a level before "to" ("rose
#: to", "amounted to"; and "stood at").
_LINKS = frozenset("of was were is are totalled totaled totalling totaling reached at".split())
_LEVEL_VERBS = frozenset(
    "rose fell climbed dropped increased decreased declined jumped grew slipped eased rising falling increasing "
    "declining amounted came".split()
)
#: A hedge between the linking word and the figure: "of about", "at an estimated", "to a record".
_HEDGES = frozenset("about some nearly around almost roughly approximately".split())
_TWO_WORD_HEDGES = (("an", "estimated"), ("a", "record"))
#: The words of a change after a bare sum: "fell to 77.9 mln from 122.2 mln", "86.5 mln, up from".
_CHANGE_AFTER = frozenset(("from", "up", "down", "compared", "excluding", "including", "this", "which"))
#: "a share", "per share": a count named per unit of the sum, not counted by it.
_PER = re.compile(r"\b(?:a|an|per|each)[ \u00a0]*(?:\r?\n[ \u00a0]*)?$", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")
_WORD = re.compile(r"[ \u00a0]*(?:\r?\n[ \t\u00a0]*)?([^\W\d_][\w-]*)")


def _scaled(text: str, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """The start and end of each number with a scale word of millions or more between ``start``
    and ``stop`` ("77.9 mln", "242.1\\nmln", "1,325 billion")."""
    for s in _SCALE.finditer(text, start, stop):
        n = _NUMBER_BEFORE.search(text, max(start, s.start() - 24), s.start() + 1)
        if n is not None:
            yield n.start(), s.end()


def _same_money(a: _Raw, b: _Raw) -> bool:
    """Whether two amounts are of one money: the same marker, or markers of the same one currency."""
    if a.marker.lower() == b.marker.lower():
        return True
    ca, cb = a.marker_info.codes, b.marker_info.codes
    return len(ca) == 1 and ca == cb


def _story_money(text: str, out: Sequence[_Raw], at: int) -> _Raw | None:
    """The amount whose money a bare sum starting at ``at`` takes (the rule above), or None."""
    floor = max(0, at - _WINDOW)
    for blank in _BLANK_LINE.finditer(text, floor, at):
        floor = blank.end()
    named = None
    stretch = []
    for raw in reversed(out):
        if raw.end > at:
            continue
        if raw.start < floor:
            break
        if raw.marker_info.minor:
            continue
        stretch.append(raw)
        if named is None and raw.scale >= 6 and raw.marker[-1:].isalpha() and text[raw.start : raw.end].endswith(raw.marker):
            named = raw
    if named is None or not all(_same_money(named, raw) for raw in stretch):
        return None
    if _unread_money(text, stretch, floor, at) or _other_country(text, named, at):
        return None
    return named


def _other_country(text: str, named: _Raw, at: int) -> bool:
    """Whether a marker that many countries write ("dlrs", "francs") may be read as two moneys
    on the named amount and on the bare sum starting at ``at``, each read by the words around it:
    for a marker read as US dollars or sterling unless another country is named, a word of another
    of its currencies near either ("Alcoa of Australia"); for another, words that choose
    differently near the two, or, where none stand near, in the wide windows, or none at all (the
    named amount's money is then a guess: "43 mln francs" of a story naming no country)."""
    codes = named.marker_info.codes
    if len(codes) < 2:
        return False
    evidence = _Evidence(text)
    near = evidence.counts(max(0, named.start - CONTEXT_WINDOW), at + CONTEXT_WINDOW, codes)
    if codes[0] in _FIRM_DEFAULTS:
        return any(n for code, n in near.items() if code != codes[0])
    for width in (CONTEXT_WINDOW, WIDE_WINDOW):
        first = _best(evidence.around(named.start, named.end, width, codes), codes)
        then = _best(evidence.around(at, at + 1, width, codes), codes)
        if first != then:
            return True
        if first is not None:
            return False
    return True  # no word near or far chooses: the named amount's money is itself a guess


def _unread_money(text: str, stretch: Sequence[_Raw], floor: int, at: int) -> bool:
    """Whether between ``floor`` and ``at`` a number with a scale word outside the amounts read is
    followed by a word that may be a money the extractor does not read ("600 mln bolivars")."""
    known = tables()
    for begin, end in _scaled(text, floor, at):
        if not _unit_after(text, end) or any(raw.start <= begin < raw.end for raw in stretch):
            continue
        w = _WORD.match(text, end)
        word = w.group(1) if w is not None else ""
        if _COUNT_WORDS.fullmatch(word) or _MONEY_NOUN.match(text, end) or word.lower() in known.names:
            continue
        return True
    return False


def _counted(text: str, end: int) -> bool:
    """Whether the word after a bare figure ending at ``end`` may be its unit: the test of
    :func:`~moneyparse.elided._unit_after`, but for the words of a change ("from", "up"), and a
    word of a count or measure after a line break ("258 mln\nbarrels")."""
    after = _WORD.match(text, end)
    word = after.group(1).lower() if after is not None else ""
    if _COUNT_WORDS.fullmatch(word):
        return True
    return word not in _CHANGE_AFTER and _unit_after(text, end)


def _counts_later(text: str, end: int) -> bool:
    """Whether the rest of the sentence of a bare figure ending at ``end`` names a count or a
    measure ("reserves fell to 174.3 mln from 486.4 mln barrels"), but "a share" or "per share",
    or a word of a name ("the National People's Congress")."""
    limit = min(len(text), end + _REACH)
    last = _SENTENCE_END.search(text, end, limit)
    rest = text[end : last.start() if last is not None else limit]
    return any(
        _PER.search(rest, 0, c.start()) is None and not c.group()[0].isupper() for c in _COUNT_WORDS.finditer(rest)
    )


def _named_sum(words: list[str]) -> bool:
    """Whether the last ``words`` before a figure are the name of a sum of money, a linking word
    and perhaps a hedge ("revenues of", "net profit fell to", "revenue was about"), and the word
    before the name is no word of a count ("car sales rose to")."""
    if words and words[-1].lower() in _HEDGES:
        words = words[:-1]
    elif len(words) > 1 and (words[-2].lower(), words[-1].lower()) in _TWO_WORD_HEDGES:
        words = words[:-2]
    if not words:
        return False
    link = words[-1].lower()
    if (link == "to" and len(words) > 1 and words[-2].lower() in _LEVEL_VERBS) or (
        link == "at" and len(words) > 1 and words[-2].lower() == "stood"
    ):
        words = words[:-2]
    elif link in _LINKS:
        words = words[:-1]
    else:
        return False
    if not words or words[-1].lower() not in _NOUNS:
        return False
    return len(words) < 2 or _COUNT_WORDS.fullmatch(words[-2]) is None


def _bare_sum(text: str, out: Sequence[_Raw], start: int, stop: int) -> _Raw | None:
    """The first bare sum between ``start`` and ``stop`` that takes the story's money, or None.
    (:func:`story_sums` asks first whether a scale word of millions stands at all.)"""
    for begin, end in _scaled(text, start, stop):
        if not _named_sum(text[max(start, begin - 80) : begin].split()):
            continue
        m = _NUMBER.match(text, begin, stop)
        if m is None or m.end("amount") != end or _counted(text, end) or _counts_later(text, end):
            continue
        named = _story_money(text, out, begin)
        found = _elided(named, m, "story") if named is not None else None
        if found is not None:
            return found
    return None


def carry_on(text: str, out: list[_Raw], nxt: _Raw | None, marks: Sequence[int] = (), story: bool = True) -> None:
    """Append to ``out`` what its last amount, a worded money's, lends its money to before ``nxt``:
    the price of one thing of a second kind ("220 francs per bearer share and 38 per registered
    share", :func:`~moneyparse.written_once.per_item_after`), the bare amounts later in its sentence
    (:func:`~moneyparse.clauses.carried_after`), each lending it on, then, when ``story``, the bare
    sums of the story (:func:`story_sums`).  Nothing after a sign."""
    if not out[-1].marker[-1:].isalpha():
        return  # (cheap test first: only an amount with a worded marker carries it on)
    limit = nxt.start if nxt is not None else len(text)
    if text[out[-1].end : out[-1].end + 3] in (" pe", " a ", " a\n"):  # (cheap test first)
        per = per_item_after(text, out[-1], limit)  # "220 francs per bearer share and 38 per registered share"
        if per is not None:
            out.append(per)
    carried = carried_after(text, out[-1], limit, marks)
    while carried is not None:
        _keep_with_elided(text, carried, nxt, out, marks)
        carried = carried_after(text, out[-1], limit, marks)
    if story:
        story_sums(text, out, nxt, marks)


def story_sums(text: str, out: list[_Raw], nxt: _Raw | None, marks: Sequence[int] = ()) -> None:
    """Append to ``out`` the bare sums after its last amount and before ``nxt`` that take the
    story's money (the rule above), each with the bare amounts of its sentence that follow it.
    The caller tests first that the last amount's money is written as a word or code ("stg",
    "cts"): after a sign, the stretch holds two kinds of money or none the rule reads."""
    limit = nxt.start if nxt is not None else len(text)
    start = out[-1].end
    # (cheapest test first: no scale word of millions or more in the first stretch searched, which
    # ends _WINDOW characters after the last amount at most, however far off the next amount is)
    near = min(limit, start + _WINDOW)
    if text.find("mln", start, near) < 0 and text.find("illion", start, near) < 0 and text.find("bln", start, near) < 0:
        return
    while True:
        reach = max((r.end for r in out[-8:] if r.scale >= 6 and r.marker[-1:].isalpha()), default=-_WINDOW)
        stop = min(limit, reach + _WINDOW)
        if stop <= out[-1].end:
            return  # cheap test first: no amount of a worded money in reach
        found = _bare_sum(text, out, out[-1].end, stop)
        if found is None:
            return
        _keep_with_elided(text, found, nxt, out, marks)
        carried = carried_after(text, out[-1], limit, marks)
        while carried is not None:
            _keep_with_elided(text, carried, nxt, out, marks)
            carried = carried_after(text, out[-1], limit, marks)
