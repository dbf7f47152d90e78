"""What follows the digits of an amount whose sign is written first, and changes what they say.

:func:`_sign_first_tails` runs on the candidates of a whole text, before the ranges are joined:

* a plus sign between the digits and a scale word ("$50+ billion") says "at least", as "$5bn+"
  does, and the scale word scales them (a plus sign that ends the phrase is a hedge of its own:
  :func:`moneyparse.hedges._hedge_after`);
* a scale word read on its own after digits and a plus ("20-plus million dollars") is read with
  those digits, "at least" (:func:`_plus_before`);
* a comma, one blank and three digits after one to three digits leave the number in doubt:
  "$141, 773" may be one number typed with a blank after its comma or two numbers of a list,
  and no mention is given rather than $141 (a value a thousand times too small, or a guess),
  unless a word that goes on the clause follows the digits ("$141, 773 for the airport": one
  number, :func:`_split_group`); digits already grouped before the blank are read the same way
  ("$2,310, 954 for the runway" is one number, "$2,310, 954 people" gives nothing), never as
  their first part alone ($2,310);
* a sign of letters, a hyphen, digits, a hyphen and digits ("RM-1018-03") are a model's code,
  no amount: the first hyphen is no minus sign (:func:`_model_code`);
* a scale letter that begins days joined by a dash or a slash ("€25 M-F", "$9 T/Th", "€25\nM-Sa"
  in a list read as one line) is the first day, no scale: the amount is read without it
  (:func:`_days_after`), never as 25 million.

A sign written after the digits may have a scale word glued to it, as a sign before them does
("5 $bn", "20 €m a year"): the scale word scales them (5 dollars would be a wrong value).

A scale word read on that another candidate begins with is read twice; once the compounds are
joined, two that still overlap ("ten $thousand yen") are left out (:func:`_apart`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from moneyparse.entities import SCALES_AFTER
from moneyparse.language import _needs_lang
from moneyparse.reading import _Raw, _reparse, _scale_of, _tidy

#: A plus sign or "-plus" right after the digits, then a scale word ("$50+ billion", "$5+ bn",
#: "$23-plus million").
_PLUS = re.compile(r"(?:\+[ \u00a0]?|-plus[ \u00a0]+)(?P<scale>[A-Za-z]+)\b", re.IGNORECASE)
#: Digits, then a plus sign or "-plus", right before a scale word read on its own: "20-plus
#: million dollars", "20+ million dollars" (the scale word alone would say one million).
_PLUS_BEFORE = re.compile(r"(?:(?<![\w.,])(?P<digits>[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?))?(?:\+|-plus)[ \u00a0]+$",
                          re.IGNORECASE)
#: A scale word glued to a sign written after the digits: "5 $bn", "20 €m".
_GLUED_SCALE = re.compile(r"[A-Za-z]+\b")
#: The first letters of the scale words that may be glued to a sign.
_SCALE_FIRSTS = frozenset("mbktMBKT")
#: A scale letter that is the first of days joined by a dash or a slash: "M-F", "T/Th", "M–Sat".
_DAYS = re.compile(r"[MT][-\u2013/](?:Th|Tu|Sa|Su|[MTWFS])[a-z]{0,2}(?![^\W\d_])")
#: A comma, one blank and three digits that end a number: "$141, 773".
_SPLIT_GROUP = re.compile(r", [0-9]{3}(?![0-9]|[.,][0-9])")
#: The digits before such a split group: one to three, or already grouped ("$1,006, 477").
_GROUPED = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*")


def _sign_first_tails(text: str, raws: list[_Raw]) -> list[_Raw]:
    """``raws`` with the plus signs and split groups after amounts led by their sign read (see the
    module's docstring): an amount scaled and marked "at least", or left out."""
    out: list[_Raw] = []
    for raw in raws:
        nxt = text[raw.end : raw.end + 1]
        if nxt in ("-", "\u2013", "/") and raw.scale and _DAYS.match(text, raw.end - 1):
            again = _days_after(text, raw)
            if again is None:
                continue
            raw = again
        if nxt in _SCALE_FIRSTS and not raw.scale and raw.high is None:
            raw = _glued_scale(text, raw)
        if nxt not in ("+", ",", "-") or raw.high is not None or raw.scale or not text.startswith(raw.marker, raw.start):
            out.append(raw)
            continue
        if nxt == "," and _GROUPED.fullmatch(raw.number_text) and _SPLIT_GROUP.match(text, raw.end):
            joined = _split_group(text, raw)
            if joined is not None:
                out.append(joined)
            continue  # "$141, 773 people": unsure of the number, no mention
        if nxt == "-" and _model_code(text, raw):
            continue  # "RM-1018-03": a model's code, no amount
        m = _PLUS.match(text, raw.end) if nxt != "," else None
        if m is not None and m.group("scale").lower() in SCALES_AFTER:
            scale = _scale_of(m.group("scale").lower())
            raw = _Raw(raw.start, m.end(), _tidy(raw.value.scaleb(scale)), None, raw.exponent + scale,
                       raw.number_text, raw.marker, raw.marker_info, scale, least=True)
        out.append(raw)
    return _plus_before(text, out)


#: A comma, one blank and three digits, then a word that goes on a clause after an amount and
#: begins no other item of a list: "$141, 773 for the airport", "$115, 473 in funding".
_SPLIT_THEN_WORD = re.compile(r", ([0-9]{3}) (?=(?:in|for|from|on|by|was|were|is|will|has|had|each)\b)")


def _split_group(text: str, raw: _Raw) -> _Raw | None:
    """``raw`` ("$141") read on over a comma, a blank and three digits ("$141, 773"), one number
    typed with a blank after its comma, where the word after the digits goes on the clause ("for",
    "in", "was"): a list would go on with another item ("$100, 250 and 500", "$100, 250, 400") and
    a count would name what it counts ("$141, 773 people"), so those give nothing, as do a scale
    word ("$141, 773 million") and the end of a line; None where it does not read so."""
    m = _SPLIT_THEN_WORD.match(text, raw.end)
    if m is None or _needs_lang(f"{raw.number_text},{m.group(1)}", raw.marker, False):
        return None  # (a sign whose comma may be a decimal one, "€141, 773", gives nothing too)
    value = Decimal(raw.number_text.replace(",", "") + m.group(1))
    number_text = text[raw.end - len(raw.number_text) : m.end(1)]
    return _Raw(raw.start, m.end(1), -value if raw.value < 0 else value, None, 0, number_text, raw.marker, raw.marker_info, 0)


def _model_code(text: str, raw: _Raw) -> bool:
    """Whether the amount ``raw``, a sign of letters glued by a hyphen to its digits, runs on
    through another hyphen into more digits: "RM-1018-03", "EUR-2210-7" are the codes of a model
    or a part, letters and numbers set apart by hyphens, where the first hyphen is no minus sign
    (-1,018 ringgit would be a wrong value).  "RM-5 million" (a loss) and "RM10-20" (a range)
    stay amounts."""
    at = raw.start + len(raw.marker)
    return (
        raw.marker[-1:].isalpha()
        and text[at : at + 1] == "-"
        and text[at + 1 : at + 2].isdigit()
        and text[raw.end + 1 : raw.end + 2].isdigit()
    )


def _apart(raws: list[_Raw]) -> list[_Raw]:
    """``raws`` less every two that still overlap once the compounds are joined.

    A scale word read on after a sign overlaps the candidate that begins with it; where both say
    one money, the compound joins them ("$20+ million dollars"), and where they do not ("ten
    $thousand yen": "ten $thousand" and "thousand yen", "$50+ thousand yen") the two readings
    cannot both hold and neither is given rather than a guess between them."""
    if all(a.end <= b.start for a, b in zip(raws, raws[1:])):
        return raws
    clash = {i for i, (a, b) in enumerate(zip(raws, raws[1:])) if b.start < a.end}
    return [raw for i, raw in enumerate(raws) if i not in clash and i - 1 not in clash]


def _plus_before(text: str, raws: list[_Raw]) -> list[_Raw]:
    """``raws`` with each scale word read on its own after digits and a plus ("20-plus million
    dollars") read with those digits and marked "at least"; after a plus with no digits before
    it ("twenty-plus million dollars"), left out rather than read as one million."""
    out: list[_Raw] = []
    for raw in raws:
        word = raw.number_text.lower()
        if word not in SCALES_AFTER or not text.startswith(raw.number_text, raw.start) or raw.high is not None:
            out.append(raw)
            continue
        m = _PLUS_BEFORE.search(text, max(0, raw.start - 24), raw.start)
        if m is None:
            out.append(raw)
        elif m.group("digits"):
            digits = m.group("digits").replace(",", "")
            scale = _scale_of(word)
            places = len(digits.partition(".")[2])
            value = _tidy(Decimal(digits).scaleb(scale))
            out.append(_Raw(m.start(), raw.end, value, None, scale - places, m.group("digits"), raw.marker,
                            raw.marker_info, scale, least=True))
    return out


def _days_after(text: str, raw: _Raw) -> _Raw | None:
    """``raw`` ("€25 M" of "€25 M-F") read again without the scale letter that begins days after
    it (its decimal mark may be read otherwise: "€1,200 M–Sa" is 1,200)."""
    end = raw.end - 1
    while text[end - 1] in (" ", "\u00a0"):
        end -= 1
    return _reparse(text, raw.start, end)


def _glued_scale(text: str, raw: _Raw) -> _Raw:
    """``raw`` scaled by the scale word glued to its sign written after the digits ("5 $bn"),
    or as it is."""
    if raw.marker[-1:].isalpha() or not text.endswith(raw.marker, raw.start, raw.end):
        return raw
    m = _GLUED_SCALE.match(text, raw.end)
    if m is None or m.group().lower() not in SCALES_AFTER:
        return raw
    scale = _scale_of(m.group().lower())
    return _Raw(raw.start, m.end(), _tidy(raw.value.scaleb(scale)), None, raw.exponent + scale, raw.number_text,
                raw.marker, raw.marker_info, scale, raw.more, raw.least, raw.hedge)
