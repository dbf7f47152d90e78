"""Take the screenshots of the HTML report that the README shows, from the seed article.

Usage::

    python scripts/report_screenshot.py                 # writes docs/report-text.png and docs/report-chart.png
    python scripts/report_screenshot.py --html out.html # and keeps the page itself

The article is ``../shared/seeds/004_*.txt`` (Alibaba's AI investment, February 2025), checked
against the ECB fixings of 2025-02-20.  The page is opened in the system's Chromium
(``apt-get install chromium``) through Playwright (``pip install '.[report,browser]'``); the
first amount is hovered so that the picture shows its facts.  The article itself is not copied
into the repository: only the pictures are.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
PUBLISHED = dt.date(2025, 2, 20)


def main(argv: list[str] | None = None) -> int:
    """Write the two screenshots; exit 2 with one line when the seed, Playwright or Chromium is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="directory of the pictures (default docs/)")
    parser.add_argument("--html", type=Path, help="also write the report page here")
    parser.add_argument("--chromium", help="the Chromium executable (default: chromium on the PATH)")
    args = parser.parse_args(argv)
    seeds = sorted(SEEDS.glob("004_*.txt"))
    if not seeds:
        print(f"report_screenshot: no seed article 004_*.txt in {SEEDS}", file=sys.stderr)
        return 2
    chromium = args.chromium or shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("report_screenshot: no Chromium: apt-get install chromium", file=sys.stderr)
        return 2
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("report_screenshot: Playwright is not installed: pip install '.[report,browser]'", file=sys.stderr)
        return 2
    import rates

    text = seeds[0].read_text(encoding="utf-8")
    html = rates.check(text, published=PUBLISHED).to_html(title="Alibaba to up AI investment: the conversions checked")
    if args.html is not None:
        args.html.write_text(html, encoding="utf-8")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        page_file = Path(scratch) / "report.html"
        page_file.write_text(html, encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 960, "height": 900}, device_scale_factor=1)
        page.goto(page_file.as_uri(), wait_until="load")
        first = page.locator("#text .amount").first
        first.hover()
        top = page.locator("header").bounding_box()
        text_box = page.locator("#text").bounding_box()
        height = text_box["y"] + min(text_box["height"], 620) - top["y"]
        page.screenshot(
            path=str(args.out / "report-text.png"),
            clip={"x": 0, "y": top["y"] - 10, "width": 960, "height": height + 20},
        )
        page.mouse.move(0, 0)
        page.locator("#couples figure").first.screenshot(path=str(args.out / "report-chart.png"))
        browser.close()
    print(f"wrote {args.out / 'report-text.png'} and {args.out / 'report-chart.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
