"""The HTML report in a real browser: headless Chromium, driven by Playwright.

The browser is the system's (Debian's ``chromium`` package, ``apt-get install chromium``), given
to Playwright as ``executable_path``: nothing is downloaded.  ``MONEYPARSE_CHROMIUM`` names
another executable.  Without Playwright (``pip install '.[browser]'``) or without a Chromium the
tests skip and say which is missing.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import moneyparse
import rates
from rates.report_html import render_extract

pytestmark = pytest.mark.browser

DAY = dt.date(2025, 2, 20)
ARTICLE = (
    "HANGZHOU, 20 February 2025 — Alibaba will invest $53 billion (¥380 billion) in AI over three years.\n"
    "Revenue grew 8% to ¥280.2 billion ($36.96 billion), and capex reached Rmb72.5bn (£8bn), "
    "up from Rmb24bn (£2.6bn). It holds more than $5 million in cash <script>alert(1)</script>.\n"
)


def _chromium() -> str | None:
    named = os.environ.get("MONEYPARSE_CHROMIUM")
    if named:
        return named if os.access(named, os.X_OK) else None
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed: pip install '.[browser]'")
    pytest.importorskip("matplotlib", reason="the report's charts need matplotlib: pip install '.[report]'")
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium on this machine: apt-get install chromium (or set MONEYPARSE_CHROMIUM)")
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=executable, headless=True, args=["--no-sandbox"])
        except Exception as err:  # a browser that will not start is a machine problem, said in one line
            pytest.skip(f"Chromium at {executable} does not start: {str(err).splitlines()[0]}")
        yield launched
        launched.close()


def _open(browser: Any, html: str, path: Path, **context: Any) -> Any:
    path.write_text(html, encoding="utf-8")
    page = browser.new_page(**context)
    page.goto(path.as_uri(), wait_until="load")
    return page


def test_each_amount_and_verdict_is_visible_and_hovering_shows_the_value(browser: Any, tmp_path: Path) -> None:
    report = rates.check(ARTICLE, published=DAY)
    page = _open(browser, report.to_html(), tmp_path / "report.html", viewport={"width": 1000, "height": 900})
    amounts = page.locator("#text .amount")
    found = moneyparse.extract(ARTICLE)
    assert amounts.count() == len(found)
    for k, mention in enumerate(found):
        amount = amounts.nth(k)
        assert amount.is_visible()
        assert amount.inner_text().startswith(mention.text)
    badges = page.locator("#text .badge")
    assert badges.count() == len(report.pairs)
    for k, item in enumerate(report.pairs):
        assert badges.nth(k).is_visible()
        assert item.verdict.value in badges.nth(k).inner_text()
    tip = page.locator("#t1")
    assert not tip.is_visible()
    amounts.nth(0).hover()
    assert tip.is_visible()
    assert "53,000,000,000 USD" in tip.inner_text()
    # the script of the text is text on the page, and never ran
    assert "<script>alert(1)</script>" in page.locator("#text .article").inner_text()
    assert page.locator("script").count() == 0
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
    charts = page.locator("svg.chart")
    assert charts.count() == len(report.couples) and charts.first.is_visible()
    assert charts.first.bounding_box()["width"] > 400
    page.close()


def test_on_a_phone_nothing_overflows_and_a_tap_shows_the_value(browser: Any, tmp_path: Path) -> None:
    report = rates.check(ARTICLE, published=DAY)
    page = _open(browser, report.to_html(), tmp_path / "phone.html", viewport={"width": 390, "height": 844}, has_touch=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.locator("#a2").tap()
    assert page.locator("#t2").is_visible()
    assert "380,000,000,000 CNY" in page.locator("#t2").inner_text()
    box = page.locator("#t2").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390 + 1
    page.close()


def test_printed_the_facts_become_footnotes(browser: Any, tmp_path: Path) -> None:
    report = rates.check(ARTICLE, published=DAY)
    page = _open(browser, report.to_html(), tmp_path / "print.html")
    page.emulate_media(media="print")
    assert page.locator("#a1 .fn").is_visible()
    assert page.locator("#a1 .fn").inner_text() == "1"
    page.locator("#a1").hover()
    assert not page.locator("#t1").is_visible()
    assert page.locator("#n1").is_visible() and "53,000,000,000 USD" in page.locator("#n1").inner_text()
    assert page.pdf()[:4] == b"%PDF"
    page.close()


def test_the_marked_up_text_of_extract_shows_every_amount(browser: Any, tmp_path: Path) -> None:
    found = moneyparse.extract(ARTICLE)
    page = _open(browser, render_extract(ARTICLE, found), tmp_path / "extract.html")
    assert page.locator("#text .amount").count() == len(found)
    assert all(page.locator("#text .amount").nth(k).is_visible() for k in range(len(found)))
    assert page.locator(".badge").count() == 0
    page.close()


def _many(count: int) -> str:
    """An article quoting ``count`` conversions in two couples, every one of our own writing."""
    lines = []
    for k in range(count):
        if k % 2:
            lines.append(f"Unit {k} earned Rmb{k + 10}bn (£{(k + 10) / 9.15:.1f}bn) last year.")
        else:
            lines.append(f"Unit {k} spent ${k + 10} million (¥{(k + 10) * 7.26:.0f} million) on servers.")
    return "\n".join(lines) + "\n"


def test_the_report_of_a_hundred_conversions_renders_in_under_a_second(browser: Any, tmp_path: Path) -> None:
    text = _many(100)
    report = rates.check(text, published=DAY)
    assert len(report.pairs) == 100
    path = tmp_path / "many.html"
    path.write_text(report.to_html(), encoding="utf-8")
    # from the request to the end of the load event, as the page's own navigation timing says;
    # the median of three loads, since the machine running the tests may be shared
    timings = []
    for _ in range(3):
        page = browser.new_page(viewport={"width": 1000, "height": 900})
        page.goto(path.as_uri(), wait_until="load")
        timings.append(page.evaluate(
            "(() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd - n.startTime; })()"
        ))
        badges = page.locator("#text .badge")
        assert badges.count() == 100
        badges.nth(99).scroll_into_view_if_needed()
        assert badges.nth(99).is_visible()
        assert page.locator("svg.chart").count() == 2
        page.close()
    median = sorted(timings)[1]
    assert 0 < median < 1000, f"the page took {median:.0f} ms to load (loads: {', '.join(f'{t:.0f}' for t in timings)} ms)"
