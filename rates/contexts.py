"""The decimal contexts of every rate computation, the bottom layer of :mod:`rates`.

Rates are computed in these private contexts, never in the caller's, so that a result does not
depend on ``decimal.getcontext()``: :data:`CTX` for values, :data:`DOWN` and :data:`UP` for the
ends of intervals.  This module imports nothing of the package, so every other module may use it.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Context, DivisionByZero, InvalidOperation, Overflow

__all__ = ["CTX", "DOWN", "UP"]

_TRAPS = [InvalidOperation, DivisionByZero, Overflow]

#: Context of every rate computation: 28 significant digits, half-even.
CTX = Context(prec=28, rounding=ROUND_HALF_EVEN, traps=_TRAPS)
#: Directed roundings for interval ends, so that an interval never loses a value it should hold.
DOWN = Context(prec=28, rounding=ROUND_FLOOR, traps=_TRAPS)
UP = Context(prec=28, rounding=ROUND_CEILING, traps=_TRAPS)
