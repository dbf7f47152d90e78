"""No input makes extraction do super-linear work.

The inputs are those of :mod:`benchmarks.pathological`, each built at ``n/4`` and ``n``.  The
work is counted, not timed: the function calls ``cProfile`` sees in one ``extract``, which are the
same on every machine under any load, so these tests pass on a busy machine as on an idle one.
Four times the length may cost at most :data:`~benchmarks.pathological.MAX_CALL_GROWTH` times
the calls, and no input may cost more than :data:`CALLS_PER_CHAR` calls a character.  What no
call count sees (a regular expression that backtracks inside one C call) is timed by
``python -m benchmarks``, whose gate holds the same inputs to linear time.
"""

from __future__ import annotations

import functools

import pytest

import moneyparse
from benchmarks.pathological import CASES, MAX_CALL_GROWTH, Case, calls, repeat

#: The most calls a character may cost.  The densest inputs ("$5 " again and again, a mention
#: every three characters) cost about 17; an input that finds nothing costs well under one.
CALLS_PER_CHAR = 40
#: Calls that any extraction may make whatever the length (the reading of a first match).
CONSTANT = 200

# Known misses, each a strict xfail with its reason; none is open now.
SUPERLINEAR: dict[str, str] = {}


@functools.cache
def counted(name: str) -> tuple[int, int]:
    """Calls at a quarter of the size and at the size."""
    case = next(c for c in CASES if c.name == name)
    return calls(case.build(case.size // 4)), calls(case.build(case.size))


def _param(case: Case) -> object:
    marks = [pytest.mark.xfail(strict=True, reason=SUPERLINEAR[case.name])] if case.name in SUPERLINEAR else []
    return pytest.param(case.name, id=case.name, marks=marks)


@pytest.mark.parametrize("name", [_param(c) for c in CASES])
def test_four_times_longer_costs_at_most_linear_work(name: str) -> None:
    """Growth: the calls at 4x the length are at most 4.5x, beside a constant."""
    small, large = counted(name)
    assert large <= MAX_CALL_GROWTH * small + CONSTANT, f"{small} calls -> {large} calls"


@pytest.mark.parametrize("name", [_param(c) for c in CASES])
def test_within_budget(name: str) -> None:
    """Budget: at most CALLS_PER_CHAR calls a character."""
    case = next(c for c in CASES if c.name == name)
    _, large = counted(name)
    assert large <= CALLS_PER_CHAR * case.size + CONSTANT, f"{case.size} characters cost {large} calls"


def test_the_count_sees_quadratic_work() -> None:
    """The measure itself: work done for every pair of mentions grows sixteenfold when the text
    grows fourfold, and the growth test would fail on it."""
    import cProfile
    import pstats

    def quadratic(text: str) -> None:
        found = moneyparse.extract(text)
        for m in found:
            for k in found:
                abs(k.start - m.start)

    def count(text: str) -> int:
        profile = cProfile.Profile()
        profile.enable()
        quadratic(text)
        profile.disable()
        return pstats.Stats(profile).total_calls  # type: ignore[attr-defined,no-any-return]

    small, large = count(repeat("$5 ", 600)), count(repeat("$5 ", 2400))
    assert large > MAX_CALL_GROWTH * small + CONSTANT


def test_results_at_length_are_sane() -> None:
    """The pathological inputs give what they should, so the counts measure real work."""
    assert [m.amount for m in moneyparse.extract("$" + "7" * 30)] == [int("7" * 30)]
    assert [m.amount for m in moneyparse.extract("(((($5))))")] == [5]
    assert len(moneyparse.extract(repeat("$5 ", 300))) == 100
    assert len(moneyparse.extract(repeat("五亿元", 300))) == 100
    ranges = moneyparse.extract("-".join(["$5"] * 9))
    assert all(m.high is None or m.high > m.amount for m in ranges) and ranges
