"""A conversion in a bracket that names its dollar by the initials of its country alone.

Wire copy converts an amount into US dollars in a bracket right after it, and where the amount is
in another country's dollars it writes the conversion as "U.S." and a number with a scale word,
no name of money after it: "an issue of Canadian 60 mln dlrs (about U.S. 44 mln)", "a loan of
20 billion yen (U.S. 130 mln)".  A reader reads the bracket as US dollars.

The rule, as a reader states it.  Right after an amount, perhaps across one line break, a bracket
opens; inside it stand at most a hedge ("about", "approx.", "around", "some", "nearly",
"roughly", "approximately", "est."), then "U.S." (or "US"), then a number in digits with a scale
word of thousands or more ("mln", "million", "billion", "bln", "bn", "thousand"), and the bracket
closes right after it.  Then "U.S. 44 mln" is an amount in US dollars.

Nothing else makes the initials money: in running text "U.S. 70 mln" may count anything ("U.S.
70 mln households"), and a bracket that goes on after the scale word ("(U.S. 44 mln of it in
cash)", "(U.S. 44 mln tonnes)") or stands apart from the amount is no conversion of it.  An amount
whose money is written in the bracket ("(about 44 mln U.S. dlrs)") is read by the scan as it is.
"""

from __future__ import annotations

import re

from moneyparse.lexicon import Marker
from moneyparse.numbers import parse_digits
from moneyparse.reading import _Raw, _scale_of, _tidy

__all__ = ["initials_gloss"]

#: The bracket right after an amount: a hedge perhaps, the initials, the number, its scale word.
_GLOSS = re.compile(
    r"[ \t]*(?:\r?\n[ \t]*)?\([ \t]*(?:(?:about|approx\.?|approximately|around|some|nearly|roughly|est\.)[ \t]+)?"
    r"(?P<amount>(?P<initials>U\.S\.|US)[ \t]+(?P<num>[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?)[ \t]+"
    r"(?P<word>mln|million|billion|bln|bn|thousand))[ \t]*\)"
)
_US_DOLLARS = Marker(("USD",))


def initials_gloss(text: str, raw: _Raw, limit: int) -> list[_Raw]:
    """The conversion in US dollars that a bracket right after ``raw`` writes with the country's
    initials alone (see the rule above), ending at or before ``limit``, as a list of one; empty when
    there is none."""
    m = _GLOSS.match(text, raw.end, limit)
    if m is None:
        return []
    num = parse_digits(m.group("num"))
    scale = _scale_of(m.group("word"))
    return [_Raw(m.start("amount"), m.end("amount"), _tidy(num.value.scaleb(scale)), None, num.exponent + scale,
                 m.group("num"), m.group("initials"), _US_DOLLARS, scale)]
