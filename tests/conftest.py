"""What the whole test suite shares: a line in pytest's summary for the tests that need ``../shared``.

The shared data (the seed articles, the specs, the corpus) lives beside the checkout, never in it.
A test that reads it is skipped with a reason naming ``../shared`` when it is absent, and the
summary counts those skips in one line, so that a run without the data says how much it left out.
And the fixture ``embedded_default``: the rates of the shipped history, whatever the user's cache holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

#: What the reason of every skip for want of the shared data names.
SHARED_MARK = "../shared"


def _skip_reason(report: Any) -> str:
    """The reason of a skip report (pytest keeps ``(path, line, reason)`` in ``longrepr``)."""
    longrepr = report.longrepr
    if isinstance(longrepr, tuple) and len(longrepr) == 3:
        return str(longrepr[2])
    return str(longrepr)


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: Any) -> None:
    """Count the tests skipped because ``../shared`` is absent, in one line of the summary."""
    skipped = [report for report in terminalreporter.stats.get("skipped", []) if SHARED_MARK in _skip_reason(report)]
    if skipped:
        terminalreporter.write_line(
            f"{len(skipped)} skipped for want of {SHARED_MARK} (the shared data beside the checkout)"
        )


@pytest.fixture
def embedded_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> Iterator[None]:
    """The default source with no user cache, so figures come from the shipped file."""
    import rates
    from rates.sources import ecb

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    ecb.default_source.cache_clear()
    rates.conversion.clear_caches()
    yield
    ecb.default_source.cache_clear()
    rates.conversion.clear_caches()
