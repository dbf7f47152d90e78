"""The HTML report of a check (``CheckReport.to_html``) and the marked-up text of ``extract``.

The page is read back with the standard library's HTML parser: every amount the extractor finds
must be an element carrying its exact value and code, every quoted pair a verdict badge with its
word, every couple a chart; nothing may be fetched when the page is viewed; text from the article
stays text.  The reference rates are the embedded ECB fixings of 2025-02-20 (7.2591 CNY per USD,
9.1529 CNY per GBP).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from html.parser import HTMLParser

import pytest

import moneyparse
import rates
from rates.report_html import NO_MONEY, NOTHING_TO_CHECK, render_extract

DAY = dt.date(2025, 2, 20)

ARTICLE = (
    "Alibaba will invest $53 billion (¥380 billion) in AI. Revenue grew to ¥280.2 billion ($36.96 billion). "
    "Capex reached Rmb72.5bn (£8bn), up from Rmb24bn (£2.6bn). It holds more than $5 million in cash "
    "and expects $5-6bn of sales."
)

matplotlib = pytest.importorskip("matplotlib", reason="the report's charts need matplotlib: pip install '.[report]'")


class Page(HTMLParser):
    """Every element of a page: (tag, attributes, text inside it), and the text outside any tag."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []
        self.open: list[int] = []
        self.data: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}, []))
        if tag not in ("meta", "br", "img", "input", "link", "path", "use", "rect", "circle", "line", "polyline", "stop"):
            self.open.append(len(self.elements) - 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}, []))

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            index = self.open.pop()
            if self.elements[index][0] == tag:
                break

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        for index in self.open:
            self.elements[index][2].append(data)

    def having(self, cls: str) -> list[tuple[str, dict[str, str], str]]:
        """The elements whose class list has ``cls``, with their whole text."""
        return [(t, a, "".join(x)) for t, a, x in self.elements if cls in a.get("class", "").split()]

    def by_id(self, ident: str) -> tuple[str, dict[str, str], str]:
        (found,) = [(t, a, "".join(x)) for t, a, x in self.elements if a.get("id") == ident]
        return found


@pytest.fixture(scope="module")
def report() -> rates.CheckReport:
    return rates.check(ARTICLE, published=DAY)


@pytest.fixture(scope="module")
def html(report: rates.CheckReport) -> str:
    return report.to_html()


@pytest.fixture(scope="module")
def page(html: str) -> Page:
    return Page(html)


def test_every_amount_the_extractor_finds_is_marked_with_its_exact_value_and_code(page: Page) -> None:
    found = moneyparse.extract(ARTICLE)
    marked = page.having("amount")
    assert len(found) >= 10 and len(marked) == len(found)
    for mention, (_tag, attrs, inner) in zip(found, marked):
        assert attrs["data-value"] == format(mention.amount, "f")
        assert attrs["data-currency"] == mention.currency
        assert inner.startswith(mention.text)
        assert attrs["tabindex"] == "0"  # a tap (focus) shows the facts on a phone


def test_the_facts_of_an_amount_show_its_value_precision_evidence_hedge_and_range(page: Page) -> None:
    tips = {attrs["id"]: inner for _, attrs, inner in page.having("tip")}
    marked = {inner.split(tips[attrs["aria-describedby"]])[0]: tips[attrs["aria-describedby"]] for _, attrs, inner in page.having("amount")}
    assert "72,500,000,000 CNY" in marked["Rmb72.5bn"]
    assert "nearest 100,000,000" in marked["Rmb72.5bn"]
    assert "“Rmb”" in marked["Rmb72.5bn"]
    hedged = next(tip for text, tip in marked.items() if text.endswith("$5 million"))
    assert "hedge: more than" in hedged
    ranged = marked["$5-6bn"]
    assert "5,000,000,000–6,000,000,000 USD" in ranged and "range: from 5,000,000,000 to 6,000,000,000" in ranged
    # the marker "$" alone could be another dollar: its alternatives are named
    dollar = next(m for m in moneyparse.extract(ARTICLE) if m.text == "$5-6bn")
    if dollar.alternatives:
        assert "alternatives: " + ", ".join(dollar.alternatives) in ranged


def test_each_quoted_pair_carries_its_verdict_as_a_word_and_a_sign_not_colour_alone(report: rates.CheckReport, page: Page) -> None:
    badges = page.having("badge")
    assert [attrs["data-verdict"] for _, attrs, _ in badges] == [p.verdict.value for p in report.pairs]
    for (_, attrs, inner), item in zip(badges, report.pairs):
        assert item.verdict.value in inner
        assert f"v-{item.verdict.value.replace(' ', '-')}" in attrs["class"]
    words = {item.verdict.value for item in report.pairs}
    assert {"consistent", "inconsistent"} <= words  # ¥280.2 billion ($36.96 billion) is 4.4% off
    wrapped = page.having("pair")
    assert len(wrapped) == len(report.pairs)
    off = next(inner for _, attrs, inner in wrapped if attrs["id"] == "p2")
    assert off.startswith("¥280.2 billion") and "$36.96 billion" in off and off.endswith(")")  # the bracket too


def test_each_conversion_shows_its_implied_rate_reference_deviation_cause_and_days(page: Page) -> None:
    _, _, off = page.by_id("c2")  # ¥280.2 billion ($36.96 billion)
    assert "7.5812 CNY per USD" in off
    assert "7.5788–7.5835" in off  # the interval the figures allow
    assert "7.2591 CNY per USD, ecb fixing of 2025-02-20" in off
    assert "+4.44%" in off
    assert "inconsistent" in off and "EUR" in off  # the likely cause: the euro's rate that day
    assert "figures current on" in off
    _, _, fine = page.by_id("c3")  # Rmb72.5bn (£8bn)
    assert "9.1529 CNY per GBP" in fine and "consistent" in fine


def test_each_couple_has_an_inline_chart_with_the_band_and_the_pairs(report: rates.CheckReport, html: str, page: Page) -> None:
    charts = [attrs for tag, attrs, _ in page.elements if tag == "svg" and "chart" in attrs.get("class", "")]
    assert len(charts) == len(report.couples) == 2
    assert all(attrs["role"] == "img" for attrs in charts)
    gbp = html[html.index('id="chart-GBP-CNY"') :]
    gbp = gbp[: gbp.index("</figure>")]
    assert "band the figures allow" in gbp and "fixing days in the band" in gbp and "quoted pairs" in gbp
    # SVG ids are salted per couple: no id appears twice in the page
    ids = [attrs["id"] for _, attrs, _ in page.elements if "id" in attrs]
    assert len(ids) == len(set(ids))


def test_the_page_fetches_nothing_when_viewed(html: str, page: Page) -> None:
    tags = {tag for tag, _, _ in page.elements}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    for _, attrs, _ in page.elements:
        for name in ("href", "xlink:href"):
            if name in attrs:
                assert attrs[name].startswith("#"), attrs[name]
        assert "src" not in attrs
    assert "@import" not in html and "@font-face" not in html
    assert all(url.startswith("#") for url in re.findall(r"url\(\s*['\"]?([^)'\"]*)", html))


def test_the_page_reads_on_a_phone_and_prints_the_facts_as_footnotes(html: str, page: Page) -> None:
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "@media print" in html and "@media (max-width" in html
    footnotes = [attrs["href"] for tag, attrs, _ in page.elements if tag == "a" and attrs.get("href", "").startswith("#n")]
    rows = {attrs["id"] for tag, attrs, _ in page.elements if tag == "tr" and attrs.get("id", "").startswith("n")}
    assert footnotes and {f[1:] for f in footnotes} == rows


def test_a_script_in_the_text_stays_text() -> None:
    text = 'Note <script>alert("x")</script> & <b>bold</b>: Rmb72.5bn (£8bn) <img src=x onerror=alert(1)>'
    html = rates.check(text, published=DAY).to_html()
    assert "<script" not in html and "<img" not in html and "<b>bold" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    page = Page(html)
    assert 'alert("x")' in "".join(page.data)  # shown as text
    assert not any(tag in ("script", "img", "b") for tag, _, _ in page.elements)


def test_a_title_from_the_text_is_escaped_too() -> None:
    html = rates.check("<script>x</script> costs $5 ($7)", published=DAY).to_html(title="</title><script>")
    assert "<script" not in html


def test_a_text_with_nothing_to_check_says_so_plainly() -> None:
    report = rates.check("The council spent $12 million on roads.", published=DAY)
    page = Page(report.to_html())
    _, _, said = page.by_id("nothing")
    assert said == NOTHING_TO_CHECK
    assert len(page.having("amount")) == 1 and not page.having("badge")
    _, _, overall = page.by_id("overall")
    assert "not checked" in overall


def test_without_a_date_the_chart_centres_on_the_latest_day_the_figures_fit() -> None:
    report = rates.check("Capex reached Rmb72.5bn (£8bn), up from Rmb24bn (£2.6bn) and Rmb280bn (£31.5bn).")
    assert report.published is None and report.couples[0].matching_dates
    html = report.to_html()
    latest = report.couples[0].matching_dates[-1][1].isoformat()
    assert f"latest day every figure fits, {latest}" in html
    assert "nothing is judged without a publication date" in html


def test_the_report_of_check_pairs_takes_its_text_as_an_argument() -> None:
    found = moneyparse.pairs(ARTICLE)
    report = rates.check_pairs(found, DAY)
    assert report.text is None
    bare = Page(report.to_html(charts=False))
    assert not bare.having("amount")  # no text: nothing to mark up
    marked = Page(report.to_html(ARTICLE, charts=False))
    assert len(marked.having("badge")) == len(found)


def test_the_mentions_given_are_the_ones_marked() -> None:
    report = rates.check(ARTICLE, published=DAY)
    only = [m for m in moneyparse.extract(ARTICLE) if m.currency != "USD"]
    page = Page(report.to_html(mentions=only, charts=False))
    marked = {(int(attrs["id"][1:]), attrs["data-value"], attrs["data-currency"]) for _, attrs, _ in page.having("amount")}
    sides = [side for p in report.pairs for side in (p.first, p.second)]
    # the sides of the pairs are always marked; of the rest, only the mentions given
    expected = sorted({(m.start, format(m.amount, "f"), m.currency) for m in [*sides, *only]})
    assert sorted((v, c) for _, v, c in marked) == sorted((v, c) for _, v, c in expected)
    assert "5000000" not in {v for _, v, _ in marked}  # "$5 million" is neither


def test_the_text_is_kept_by_check_but_not_compared_or_shown_in_repr(report: rates.CheckReport) -> None:
    assert report.text == ARTICLE
    assert ARTICLE not in repr(report)
    again = rates.check_pairs(moneyparse.pairs(ARTICLE, same_currency=True), rates.PublicationDate(DAY, rates.DateOrigin.GIVEN))
    assert again == report


def test_without_matplotlib_the_report_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch, report: rates.CheckReport) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(rates.ExtraNotInstalledError) as caught:
        report.to_html()
    assert caught.value.extra == "report" and "moneyparse[report]" in str(caught.value)
    assert isinstance(caught.value, ImportError)
    assert "badge" in report.to_html(charts=False)  # the page without charts needs nothing more


def test_extract_markup_marks_every_amount_without_verdicts() -> None:
    found = moneyparse.extract(ARTICLE)
    page = Page(render_extract(ARTICLE, found))
    assert [attrs["data-value"] for _, attrs, _ in page.having("amount")] == [format(m.amount, "f") for m in found]
    assert not page.having("badge") and not page.having("pair")
    empty = Page(render_extract("No money here <script>.", []))
    assert "".join(empty.by_id("nothing")[2]) == NO_MONEY
    assert not any(tag == "script" for tag, _, _ in empty.elements)


def test_overlapping_or_misplaced_mentions_are_not_marked_twice() -> None:
    text = "It cost $5 million (€4.6 million)."
    found = moneyparse.extract(text)
    shifted = [type(m)(m.start + 1, m.end + 1, m.text, m.amount, m.currency) for m in found]
    page = Page(render_extract(text, [*found, *found, *shifted]))
    assert len(page.having("amount")) == len(found)


def test_amounts_show_exact_decimals_never_a_repr(html: str) -> None:
    assert "Decimal(" not in html and "datetime.date" not in html
    assert "E+" not in re.sub(r"<svg.*?</svg>", "", html, flags=re.S)  # 1E+8 is written 100,000,000
    assert "7.2591" in html


def test_a_chart_numbers_its_pairs_only_while_the_numbers_can_be_read() -> None:
    from rates.report_chart import LABELLED

    few = rates.check("Capex hit Rmb72.5bn (£8bn), up from Rmb24bn (£2.6bn).", published=DAY).to_html()
    assert "quoted pairs (numbered)" in few and "numbered as above" in few
    many_text = " ".join(f"Unit {k} earned Rmb{k + 10}bn (£{(k + 10) * 100 // 915 / 10}bn)." for k in range(LABELLED + 5))
    report = rates.check(many_text, published=DAY)
    assert len(report.pairs) == LABELLED + 5
    many = report.to_html()
    assert "quoted pairs (numbered)" not in many and "numbered as above" not in many
    assert many.count('class="badge ') == LABELLED + 5  # the text still numbers every one
