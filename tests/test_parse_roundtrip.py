"""``moneyparse.parse`` inverts babel's currency formatting.

For every locale in the list and every currency whose marker in that locale names it alone (or
whose documented default it is: "$" is USD, "£" is GBP), ``parse(format_currency(x, code,
locale=L))`` gives back ``x`` and ``code``.  Left out, each for a stated reason:

* markers that name several currencies with no default for the code asked: "¥"/"￥" (JPY or
  CNY), "kr" (SEK, NOK, DKK), "$" for other dollars; without a sentence around them nothing
  decides, and the properties of ``extract`` cover them with context;
* a currency without minor units in a locale that groups with ".": ``₩ 12.346`` could be 12.346 as
  much as 12346 if the currency were unknown; ``test_zero_decimal_currency_grouping`` checks them.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_currency, get_currency_precision, get_currency_symbol, get_group_symbol
from hypothesis import assume, event, given, settings
from hypothesis import strategies as st

import moneyparse
from moneyparse import AmountParseError

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR", "it_IT", "nl_NL", "sv_SE", "ja_JP", "zh_CN", "hi_IN", "de_CH"]
CODES = [
    "EUR", "GBP", "USD", "CHF", "INR", "BRL", "RUB", "TRY", "PLN", "KRW", "ILS", "NGN", "PHP", "THB",
    "VND", "UAH", "MXN", "CAD", "AUD", "HKD", "SGD", "NZD", "ZAR", "CZK", "HUF", "NOK", "DKK", "SEK",
    "CNY", "JPY", "TWD", "IDR", "MYR", "EGP",
]
# Markers that stand for several currencies, with the one a bare marker defaults to (if any).
AMBIGUOUS = {"$": "USD", "£": "GBP", "¥": None, "￥": None, "kr": None, "kr.": None, "Rs": None, "R": None, "元": None}


def readable(code: str, locale: str) -> bool:
    """True when the symbol ``locale`` writes for ``code`` can only mean ``code`` out of context."""
    symbol = get_currency_symbol(code, locale)
    if symbol in AMBIGUOUS:
        return AMBIGUOUS[symbol] == code
    return True


def zero_decimal_dot_grouped(code: str, locale: str, value: Decimal) -> bool:
    """True for "₩ 12.346": no minor units, "." grouping, exactly one group."""
    return get_currency_precision(code) == 0 and get_group_symbol(locale) == "." and 1000 <= abs(value) < 1_000_000


CASES = [(code, locale) for locale in LOCALES for code in CODES if readable(code, locale)]


def amount_of(code: str, minor: int) -> Decimal:
    """``minor`` units of ``code`` as an amount written to its minor units (babel rounds nothing)."""
    digits = get_currency_precision(code)
    return Decimal(minor).scaleb(-digits) if digits else Decimal(minor)


@st.composite
def formatted(draw: st.DrawFn, cases: list[tuple[str, str]], positive: bool = False) -> tuple[str, str, Decimal]:
    """``(code, locale, amount)`` with an amount that the locale writes unambiguously."""
    code, locale = draw(st.sampled_from(cases))
    minor = draw(st.one_of(st.integers(1 if positive else 0, 10**4), st.integers(1, 10**13)))
    value = amount_of(code, minor)
    assume(not zero_decimal_dot_grouped(code, locale, value))
    event(f"locale={locale}")
    return code, locale, value


@settings(max_examples=600, deadline=None)
@given(formatted(CASES))
def test_parse_inverts_format_currency(case: tuple[str, str, Decimal]) -> None:
    """``parse(format_currency(x, code, locale=L))`` is ``x`` in ``code``."""
    code, locale, value = case
    written = format_currency(value, code, locale=locale)
    m = moneyparse.parse(written)
    assert (m.amount, m.currency) == (value, code), written
    assert m.text == written.strip()
    assert m.high is None and m.qualifier is None


@settings(max_examples=200, deadline=None)
@given(formatted([c for c in CASES if c[1] not in ("nl_NL", "de_CH")], positive=True))
def test_parse_inverts_negative_format(case: tuple[str, str, Decimal]) -> None:
    """A minus sign written before the phrase gives a negative amount (nl_NL, de_CH: see below)."""
    code, locale, value = case
    written = format_currency(-value, code, locale=locale)
    m = moneyparse.parse(written)
    assert (m.amount, m.currency) == (-value, code), written


@pytest.mark.parametrize(("locale", "code"), [("nl_NL", "EUR"), ("de_CH", "CHF"), ("de_CH", "EUR")])
def test_sign_after_marker(locale: str, code: str) -> None:
    """Dutch and Swiss formats put the minus between the currency and the number."""
    written = format_currency(Decimal("-1234.50"), code, locale=locale)
    m = moneyparse.parse(written)
    assert (m.amount, m.currency) == (Decimal("-1234.50"), code)


ENGLISH_NAMES = [code for code in CODES if code not in ("CNY", "JPY", "KRW", "VND", "IDR", "HUF", "TWD")]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([(c, L) for L in ("en_US", "en_GB") for c in ENGLISH_NAMES if (c, L) != ("RUB", "en_GB")]), st.integers(0, 10**12))
def test_parse_inverts_currency_names(case: tuple[str, str], minor: int) -> None:
    """``format_type="name"`` ("1,234.50 Swiss francs") is read back too."""
    code, locale = case
    value = amount_of(code, minor)
    written = format_currency(value, code, locale=locale, format_type="name")
    m = moneyparse.parse(written)
    assert (m.amount, m.currency) == (value, code), written


def test_british_rouble_name() -> None:
    """CLDR's en_GB name of RUB, as babel writes it."""
    written = format_currency(Decimal("1234.50"), "RUB", locale="en_GB", format_type="name")
    m = moneyparse.parse(written)
    assert (m.amount, m.currency) == (Decimal("1234.50"), "RUB"), written


@pytest.mark.parametrize("code", ["JPY", "KRW", "USD"])
def test_english_name_after_grouped_integer(code: str) -> None:
    """"1,234 Japanese yen": an English currency name says the comma groups thousands."""
    written = format_currency(Decimal(1234), code, locale="en_US", format_type="name", decimal_quantization=False)
    written = written.replace(".00", "")
    m = moneyparse.parse(written)
    assert (m.amount, m.currency) == (Decimal(1234), code), written


@pytest.mark.parametrize(("locale", "code"), [("pt_BR", "KRW"), ("nl_NL", "JPY"), ("pt_BR", "VND")])
def test_zero_decimal_currency_grouping(locale: str, code: str) -> None:
    """A currency with no minor units groups thousands with the dot in these locales."""
    written = format_currency(Decimal(12346), code, locale=locale)
    m = moneyparse.parse(written)
    assert (m.amount, m.currency) == (Decimal(12346), code), written


@pytest.mark.parametrize(
    "text",
    ["", "   ", "hello", "$", "5", "2024", "€5m and £3bn", "$5 plus tax", "70 billion parameters", "Q4 2024"],
)
def test_parse_refuses_non_phrases(text: str) -> None:
    """Not exactly one money phrase: ``AmountParseError``, a ``ValueError`` carrying the text."""
    with pytest.raises(AmountParseError) as caught:
        moneyparse.parse(text)
    assert isinstance(caught.value, ValueError)
    assert caught.value.text == text
    assert repr(text) in str(caught.value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_parse_returns_or_raises_typed(text: str) -> None:
    """On any ``str``, ``parse`` returns a mention with a valid span or raises ``AmountParseError``."""
    try:
        m = moneyparse.parse(text)
    except AmountParseError as error:
        assert error.text == text
        return
    assert text[m.start : m.end] == m.text
    assert type(m.amount) is Decimal
