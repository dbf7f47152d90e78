"""The year a figure is of, when the bracket that closes its statement gives it.

A country almanac writes each figure with the year it counts in a bracket at the end of its entry:
"Exports: 700 million rubles (f.o.b., 1990)", "revenues 4.8 billion rubles; expenditures 4.7
billion rubles (1989 economic survey)", "$61 billion (January 1992)".  A sum counted in a year is
in the money of that year, whenever the text was written: the almanac of 1992 gives its 1990
trade in the Soviet rouble (SUR), not in the Russian rouble that followed it on 1 January 1992.
So where a name of money was written on both sides of a change (see
:func:`moneyparse.currency._in_force_on`), the day it is read on is the year of its bracket
rather than the day of the text (``as_of``), when:

* the bracket opens within :data:`_REACH` characters after the amount, in the same statement:
  no sentence end (". "), no other bracket, no heading of a new entry ("\\n  commodities:") and
  no blank line between (the amounts of one entry before it share it: "revenues ... ;
  expenditures ... (1989 ...)");
* it holds one year and no other figure ("(1991 est.)", "(f.o.b., 1990)", "(January 1992)"; a
  span of years, "(1970-89)", or "(FY91)" dates nothing);
* the year is before the year of ``as_of`` (a later one is a forecast, read on the text's day);
* the money was the same on the first and the last day of that year (a year a change fell in,
  as the Ugandan shilling's of 18 May 1987, dates nothing);
* the money of that year gave way to the money of the text's day one for one (:data:`_AT_PAR`):
  the figure is then the same number in either, and its year says only which money it is.  Where
  a new unit came at a ratio ("one new peso for a thousand"), a later text may give an old figure
  restated in the new unit, and the year of the figure decides nothing ("roubles (1995)" in a
  text of 1999 stay RUB, the rouble of 1998 being one for a thousand of 1997).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

#: How far after an amount the bracket that dates it may open.
_REACH = 120
#: The changes of a money that kept its name and its size: (the code of the text's day, the code of
#: the figure's year).  The Soviet rouble gave way to the Russian rouble on 1 January 1992, and the
#: Czechoslovak koruna to the Czech and the Slovak koruna on 8 February 1993, one for one
#: (``in_force.tsv``).
_AT_PAR = frozenset({("RUR", "SUR"), ("CZK", "CSK"), ("SKK", "CSK")})
#: What ends the statement of an amount before a bracket: a sentence end, another bracket, a blank
#: line, or a line that opens a new entry with its heading ("\n  commodities:", "\nExports:").
_STATEMENT_END = re.compile(r"\.\s|[()\[\]]|\n[ \t]*\n|\n[ \t]*[A-Za-z][A-Za-z ,/-]{0,40}:")
#: A bracket that holds one year and no other figure: "(1989 economic survey)", "(f.o.b., 1990)".
_DATED = re.compile(r"\((?P<lead>[^()\d]{0,30})(?P<year>1[89]\d\d|20\d\d)(?P<tail>[^()\d]{0,30})\)")


def figure_day(text: str, end: int, as_of: date, code_on: Callable[[date], str]) -> str:
    """The code ``code_on`` gives on the day the figure ending at ``end`` is of: on ``as_of``,
    unless a bracket after it gives an earlier year by the rules of the module's docstring."""
    stop = _STATEMENT_END.search(text, end, end + _REACH)
    at = text.find("(", end, end + _REACH)
    if at < 0 or stop is not None and stop.start() < at:
        return code_on(as_of)
    m = _DATED.match(text, at)
    if m is None or "-" in m.group("tail")[:1] or "/" in m.group("tail")[:1] or m.group("lead")[-1:] in ("-", "/"):
        return code_on(as_of)
    year = int(m.group("year"))
    if year >= as_of.year:
        return code_on(as_of)
    first, last, today = code_on(date(year, 1, 1)), code_on(date(year, 12, 31)), code_on(as_of)
    return first if first == last and (today, first) in _AT_PAR else today
