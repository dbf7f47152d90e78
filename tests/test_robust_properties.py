"""Properties of ``moneyparse.extract`` that must hold for every input.

* It never raises on any ``str`` (all Unicode categories, lone surrogates, control characters)
  and always returns a list of well-formed mentions: valid spans, in order, not overlapping,
  exact ``Decimal`` amounts, ISO-shaped codes.
* A money phrase generated from a locale-formatted amount (babel), a currency marker and an
  optional scale word is found where it was put, with the generated value and currency, whatever
  ordinary words and punctuation surround it.
* A non-``str`` raises ``TypeError`` naming its type; the empty string gives ``[]``.

The prefixes and suffixes used around generated phrases are chosen so that they cannot change the
result: none ends (prefix) or starts (suffix) with a hedge ("about", "over", "some", "up to"...),
a sign or dash, a range word ("to"), a digit, a letter glued to the phrase, a scale word ("m",
"bn", "k"), a currency word, a country name that re-reads "$" or "£" ("Australia", "Hong Kong"),
or a second amount.  Some contain digits (a year) and other scripts, to check that unrelated
numbers and text around a phrase leave it alone.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

import moneyparse
from moneyparse import Mention

# --------------------------------------------------------------------------------------------
# Invariants of any result
# --------------------------------------------------------------------------------------------

_CODE = re.compile(r"[A-Z]{3}")


def check_mentions(text: str, found: list[Mention]) -> None:
    """Assert every structural invariant of an ``extract`` result over ``text``."""
    assert isinstance(found, list)
    previous_end = 0
    for m in found:
        assert isinstance(m, Mention)
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= previous_end, "mentions overlap or are out of order"
        previous_end = m.end
        assert type(m.amount) is Decimal and m.amount.is_finite()
        assert m.high is None or (type(m.high) is Decimal and m.high > m.amount)
        assert type(m.precision) is Decimal and m.precision > 0
        assert _CODE.fullmatch(m.currency), m.currency
        assert m.currency not in m.alternatives
        assert m.qualifier is None or isinstance(m.qualifier, moneyparse.Qualifier)


# Tokens that reach every branch of the scanner: markers, digits and separators, scale words,
# CJK numerals, spelled numbers, hedges, signs, brackets and range separators.
_TOKENS = [
    "$", "€", "£", "¥", "￥", "₹", "HK$", "US$", "R$", "Rmb", "RMB", "USD", "EUR", "CHF", "kr", "zł", "Rs", "R",
    "元", "美元", "英镑", "yuan", "dollars", "euros", "pounds", "yen", "cents", "p",
    "0", "1", "5", "9", "12", "380", "72.5", "1,234", "1.234,56", "1'049", "０", "５",
    ",", ".", "'", "’", " ", " ", "\u00a0", "\u202f", "\u2009", "\t", "\n",
    "k", "m", "bn", "billion", "million", "Mrd.", "lakh", "crore", "万", "亿", "兆", "三千", "五",
    "one", "twenty", "a", "half", "hundred", "and", "-",
    "about", "more than", "up to", "at least", "约", "超过", "~",
    "-", "−", "–", "—", "to", "(", ")", "（", "）", ";", "or", "约合", "%",
    "Tokyo", "China", "Australia", "South Africa", "\ud800", "\x00", "\u200b", "\U0001f4b0",
    # signs of code and mathematics, bounds after the amount, dates, Japanese and Korean
    "print ", "awk '", '="', '"', "$@", "^", "$$", "A$", "{", "or more", "and up", "以上", "December",
    "ドル", "人民元", "セント", "と", "달러", "원", "억", "천", "만", "캐나다 ", "이다",
    # numbers spelled in other languages, glued or set apart, and the words they share with English
    "cinq", "millions", " de ", "vingt", "quatre-vingt", "acht", "und", "siebzig", "en", "vijf", "on", "UN", "cent",
    "cento", "mil", "milliard", "beş", "milyon", "och", "tre",
    # Hindi: names, powers, fractions, Devanagari digits, a nukta of one code point, a vowel sign
    "रुपये", "डॉलर", "रु.", "पैसे", "करोड़", "करो\u095c", "लाख", "सौ", "साढ़े", "सात", "पचास", "और", "१४४", "०", "ी", "गुरु",
    # decimals spoken as words
    " point ", "o", "Komma", "virgule", "coma", "null", "zéro", "दशमलव", "शून्य",
    # fractions: spelled, vulgar, with a slash; a colon after a code
    " and a half ", "quarter", " of ", "dozen", "½", "¾", "/", "BHD:", "U.S. ",
    # Russian, hangul and Han spelled numbers, abbreviations read only beside their country
    "рублей", "млрд", "долл.", " США", "коп.", "около", "육", "이", "십", "점", "点", "P", "SR", "Saudi", "-M",
]

_moneyish = st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=200))
def test_any_text_never_raises(text: str) -> None:
    """All categories of ``st.text()`` (surrogates and controls included) give a valid list."""
    found = moneyparse.extract(text)
    check_mentions(text, found)
    if found:
        event("found a mention")


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_moneyish, st.text(max_size=6)), min_size=1, max_size=4).map("".join))
def test_money_like_text_never_raises(text: str) -> None:
    """Text dense in markers, numbers and hedges reaches the parsers and still never raises."""
    found = moneyparse.extract(text)
    check_mentions(text, found)
    event(f"mentions: {min(len(found), 3)}{'+' if len(found) > 3 else ''}")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=12).map("".join))
def test_pairs_are_made_of_extracted_mentions(text: str) -> None:
    """``pairs`` never raises and pairs mentions that ``extract`` found, in text order."""
    found = moneyparse.extract(text)
    for p in moneyparse.pairs(text):
        assert p.first in found and p.second in found
        assert p.first.end <= p.second.start
        assert p.first.currency != p.second.currency


@pytest.mark.parametrize(
    "value",
    [b"$5", bytearray(b"$5"), 5, 5.0, None, ["$5"], ("$5",), Decimal("5"), memoryview(b"$5")],
    ids=lambda v: type(v).__name__,
)
def test_non_str_raises_type_error_naming_its_type(value: object) -> None:
    """Every entry point refuses a non-``str`` with a ``TypeError`` that names the type."""
    name = type(value).__name__
    for call in (moneyparse.extract, moneyparse.parse, moneyparse.pairs):
        with pytest.raises(TypeError, match=re.escape(name)):
            call(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=re.escape(name)):
        list(moneyparse.iter_extract(["$5 and ", value]))  # type: ignore[list-item]


def test_str_subclass_is_accepted() -> None:
    """A ``str`` subclass is a ``str``: it is searched like one."""

    class Text(str):
        pass

    found = moneyparse.extract(Text("It cost €5m."))
    assert [(m.text, m.amount, m.currency) for m in found] == [("€5m", Decimal(5_000_000), "EUR")]


@pytest.mark.parametrize("text", ["MGBP.5P", "MGBP 48.5P 48.5", "EUR MGBP.5M"])
def test_a_scale_letter_glued_before_the_number_ends(text: str) -> None:
    # a code with a scale letter before it, then a letter glued after the number: read once,
    # never again and again (a RecursionError once)
    found = moneyparse.extract(text)
    assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize("gap", ["\x1f" * 30, "\x1c\x1d\x1e" * 10, "\u2028" * 26])
def test_a_sign_after_separators_alone_is_read(gap: str) -> None:
    # the words before the sign are all separators that split as blanks: no adjective to read there
    for text in (f"The{gap}$2bn (1.53 mdd)", f"The{gap}$2bn rose"):
        found = moneyparse.extract(text)
        spaced = moneyparse.extract(text.replace(gap, " "))
        assert [(m.text, m.amount, m.currency) for m in found] == [(m.text, m.amount, m.currency) for m in spaced]
        assert found


@pytest.mark.parametrize("text", ["", " ", "\n\t ", "\x00", "\ud800", "$", "dollar", "€ ", "bn", "1,2,3"])
def test_text_without_money_gives_empty_list(text: str) -> None:
    """No amount, no mention; the result is always a list."""
    assert moneyparse.extract(text) == []
    assert list(moneyparse.iter_extract([text])) == []
    assert list(moneyparse.iter_extract([])) == []


# --------------------------------------------------------------------------------------------
# A generated phrase is found where it was put
# --------------------------------------------------------------------------------------------

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "pt_BR", "it_IT", "nl_NL", "sv_SE", "ja_JP", "zh_CN", "hi_IN", "de_CH"]

# Markers that name one currency, or whose default holds when no country is named nearby.
CODES = [
    "EUR", "GBP", "USD", "CHF", "JPY", "INR", "CNY", "SEK", "BRL", "CAD", "AUD", "HKD", "NOK",
    "DKK", "PLN", "ZAR", "KRW", "MXN", "SGD", "NZD", "TRY", "RUB", "CZK", "HUF", "ILS", "THB",
]
SYMBOLS_BEFORE = [
    ("€", "EUR"), ("£", "GBP"), ("$", "USD"), ("₹", "INR"), ("₩", "KRW"), ("₽", "RUB"), ("₺", "TRY"),
    ("₦", "NGN"), ("₱", "PHP"), ("฿", "THB"), ("₫", "VND"), ("₪", "ILS"), ("₴", "UAH"), ("US$", "USD"),
    ("HK$", "HKD"), ("R$", "BRL"), ("A$", "AUD"), ("C$", "CAD"), ("NZ$", "NZD"), ("CN¥", "CNY"),
    ("JP¥", "JPY"), ("Rmb", "CNY"), ("RMB", "CNY"), ("zł", "PLN"),
]
SYMBOLS_AFTER = [("€", "EUR"), ("£", "GBP"), ("₹", "INR"), ("₽", "RUB"), ("₺", "TRY"), ("₫", "VND"), ("zł", "PLN"), ("US$", "USD")]
NAMES_AFTER = [
    ("euros", "EUR"), ("US dollars", "USD"), ("yuan", "CNY"), ("renminbi", "CNY"), ("yen", "JPY"),
    ("Swiss francs", "CHF"), ("pounds sterling", "GBP"), ("reais", "BRL"), ("kronor", "SEK"),
    ("zloty", "PLN"), ("rubles", "RUB"), ("baht", "THB"), ("naira", "NGN"),
]
SCALES = [
    ("", 0), ("k", 3), ("thousand", 3), ("m", 6), ("mn", 6), ("million", 6), ("bn", 9),
    ("billion", 9), ("tn", 12), ("trillion", 12),
]
PREFIXES = [
    "", "Revenue: ", "The company reported ", "Net profit reached ", "In 2023, sales were ", "(",
    "* ", "Figures show a total of ", "收入为", "売上高は", "Q: ", "\n\n", "“", "Total — ",
]
SUFFIXES = [
    "", ".", ",", ", analysts said.", " in the first half.", ") for the year", "; the rest went to staff.",
    "!\n", " — a record", "。", "”", " (see note 4)", "\t|",
]
BLANKS = [" ", "\u00a0"]


def ambiguous_grouping(number: str) -> bool:
    """True for "1.234" or "12,345": one separator before exactly three digits and no other.

    Such a number is 1234 in one convention and 1.234 in the other; outside any sentence nothing
    decides, so the generated phrases leave them out and ``test_lone_separator_follows_language``
    checks them in context instead.
    """
    seps = [c for c in number if not c.isdigit()]
    return len(seps) == 1 and seps[0] in ".," and len(number) - number.index(seps[0]) - 1 == 3


@st.composite
def money_phrases(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """``(phrase, amount, code)``: a babel-formatted amount with a marker and maybe a scale word."""
    locale = draw(st.sampled_from(LOCALES), label="locale")
    places = draw(st.sampled_from([0, 0, 1, 2]))
    integer = draw(st.one_of(st.integers(0, 999), st.integers(1000, 10**9)))
    fraction = draw(st.integers(0, 10**places - 1)) if places else 0
    value = Decimal(f"{integer}.{fraction:0{places}d}") if places else Decimal(integer)
    number = format_decimal(value, locale=locale)
    assume(not ambiguous_grouping(number))
    word, exponent = draw(st.sampled_from(SCALES))
    style = draw(st.sampled_from(["code_before", "code_after", "symbol_before", "symbol_after", "name_after"]))
    blank = draw(st.sampled_from(BLANKS))
    if word:
        glue = "" if len(word) <= 2 and draw(st.booleans()) else " "
        number = f"{number}{glue}{word}"
    if style == "code_before":
        code = draw(st.sampled_from(CODES))
        phrase = f"{code}{draw(st.sampled_from(['', ' ', blank]))}{number}"
    elif style == "code_after":
        code = draw(st.sampled_from(CODES))
        phrase = f"{number}{blank}{code}"
    elif style == "symbol_before":
        marker, code = draw(st.sampled_from(SYMBOLS_BEFORE))
        phrase = f"{marker}{draw(st.sampled_from(['', blank]))}{number}"
    elif style == "symbol_after":
        marker, code = draw(st.sampled_from(SYMBOLS_AFTER))
        phrase = f"{number}{blank}{marker}"
    else:
        marker, code = draw(st.sampled_from(NAMES_AFTER))
        phrase = f"{number} {marker}"
    event(f"style={style}")
    event(f"scale={'yes' if word else 'no'}")
    return phrase, value.scaleb(exponent), code


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(money_phrases(), st.sampled_from(PREFIXES), st.sampled_from(SUFFIXES))
def test_generated_phrase_found_in_context(phrase_case: tuple[str, Decimal, str], prefix: str, suffix: str) -> None:
    """``extract(prefix + phrase + suffix)`` finds the phrase at the shifted offsets, value and code."""
    phrase, amount, code = phrase_case
    text = prefix + phrase + suffix
    found = moneyparse.extract(text)
    check_mentions(text, found)
    assert [(m.start, m.end) for m in found] == [(len(prefix), len(prefix) + len(phrase))], (text, found)
    m = found[0]
    assert m.text == phrase
    assert m.amount == amount, (text, m)
    assert m.currency == code, (text, m)
    assert m.high is None and m.qualifier is None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(money_phrases(), st.sampled_from(PREFIXES), st.sampled_from(SUFFIXES))
def test_phrase_alone_and_in_context_agree(phrase_case: tuple[str, Decimal, str], prefix: str, suffix: str) -> None:
    """The surrounding words change nothing but the offsets: every field but start/end agrees."""
    phrase, _, _ = phrase_case
    alone = moneyparse.extract(phrase)
    inside = moneyparse.extract(prefix + phrase + suffix)
    assert len(alone) == len(inside) == 1
    a, b = alone[0], inside[0]
    assert (b.start - len(prefix), b.end - len(prefix)) == (a.start, a.end)
    assert a.as_dict() | {"start": 0, "end": 0} == b.as_dict() | {"start": 0, "end": 0}


@pytest.mark.parametrize(
    ("text", "needle", "expected"),
    [
        ("Der Umsatz ist um 1.234 € gestiegen und die Marge ist gut.", "1.234 €", Decimal(1234)),
        ("Le chiffre est de 12.345 EUR pour la période.", "12.345 EUR", Decimal(12345)),
        ("El precio es de 1.500 euros y la cuota es fija.", "1.500 euros", Decimal(1500)),
        ("The price of the item is $3.350 and the fee is flat.", "$3.350", Decimal("3.350")),
        ("The bill for the lunch was 1,234 dollars in the end.", "1,234 dollars", Decimal(1234)),
    ],
)
def test_lone_separator_follows_language(text: str, needle: str, expected: Decimal) -> None:
    """"1.234" is grouping in a German, French or Spanish sentence; "$3.350" stays 3.350."""
    found = [m for m in moneyparse.extract(text) if m.text == needle]
    assert len(found) == 1, moneyparse.extract(text)
    assert found[0].amount == expected
    assert found[0].start == text.index(needle)


def test_ascii_space_grouping_after_leading_marker() -> None:
    """French and Swiss text often groups thousands with a plain space after a leading code."""
    found = moneyparse.extract("Prix : EUR 1 234,56 TTC")
    assert [(m.text, m.amount) for m in found] == [("EUR 1 234,56", Decimal("1234.56"))]


def test_rmb_after_number() -> None:
    """The press writes the alias after the amount too ("1.5 billion RMB")."""
    found = moneyparse.extract("Sales were 1.5 billion RMB last year.")
    assert [(m.text, m.amount, m.currency) for m in found] == [("1.5 billion RMB", Decimal(1_500_000_000), "CNY")]


@pytest.mark.parametrize(
    "text",
    [
        "x" * 10 + "\ud800$5",  # a lone surrogate right before a marker
        "$5\udfff bn",
        "\x00€\x001,5\x00",
        "€\u200b5m",
        "\U0001f4b0 $5 \U0001f4b0",
        "$" + "\u0301" * 50 + "5",  # combining marks
        "５百万円",
        "‮$5‬",  # bidi controls
    ],
)
def test_odd_characters_never_break_offsets(text: str) -> None:
    """Surrogates, NULs, zero-width, combining and bidi characters keep offsets exact."""
    check_mentions(text, moneyparse.extract(text))


@settings(max_examples=300, deadline=None)
@given(st.text(min_size=1, max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=12))
def test_byte_spans_map_to_character_spans(text: str, asked: list[tuple[int, int]]) -> None:
    """The scan's byte spans become character spans exactly, also when asked out of order."""
    from moneyparse.candidates import _char_spans

    data = text.encode("utf-8", "surrogatepass")
    starts = [len(text[:i].encode("utf-8", "surrogatepass")) for i in range(len(text) + 1)]
    span_at = _char_spans(text, data)
    for first, width in asked:
        a = min(first, len(text))
        b = min(a + width, len(text))
        assert span_at(starts[a], starts[b]) == (a, b)


def test_a_byte_span_cut_inside_a_character_counts_the_characters_begun() -> None:
    from moneyparse.candidates import _char_spans

    text = "a€b€c"  # "€" is three bytes
    span_at = _char_spans(text, text.encode("utf-8"))
    assert span_at(2, 5) == (2, 3)  # bytes 2..4 hold the last two bytes of the first "€" and "b"
    assert span_at(6, 9) == (4, 5)


def _hedge_by_pattern_alone(text: str, start: int) -> object:
    """What the hedge pattern says with no quick test before it, searched from the head's start,
    but for a tilde glued after a letter or a figure, which ends what stands before it and is no
    hedge ("a~$5", "1~$5")."""
    from moneyparse.grammar import _compiled
    from moneyparse.lexicon import tables
    from moneyparse.mention import Qualifier

    lo = max(0, start - 30)
    m = _compiled().hedge_before.search(text[lo:start])
    phrase = " ".join(m.group().split()).lower() if m else ""
    if phrase == "~" and m and text[lo + m.start() + m.group().find("~") - 1 : lo + m.start() + m.group().find("~")].isalnum():
        return None
    value = tables().hedges.get(phrase) if m else None
    return None if value is None else Qualifier(value)


@st.composite
def _hedged(draw: st.DrawFn) -> str:
    from moneyparse.lexicon import tables

    phrase = draw(st.sampled_from(sorted(tables().hedges)))
    gaps = st.sampled_from([" ", "  ", "\u00a0", "\t", " \u2009", "\n"])
    words = [w.upper() if draw(st.booleans()) else w for w in phrase.split()]
    written = words[0] + "".join(draw(gaps) + w for w in words[1:])
    before = draw(st.text(alphabet="ab x1(:—-\"'\u00a0", max_size=8))
    after = draw(st.sampled_from(["", " ", "  ", "\u00a0", " \t"]))
    return before + written + after + "$5"


@settings(max_examples=400, deadline=None)
@given(_hedged())
def test_the_quick_hedge_tests_never_turn_away_what_the_pattern_reads(text: str) -> None:
    from moneyparse.hedges import _hedge

    start = len(text) - 2
    assert _hedge(text, start) == _hedge_by_pattern_alone(text, start)


def test_each_hedge_alone_reads_what_the_whole_hedge_pattern_reads_where_it_starts() -> None:
    """``_hedge`` tries the one phrase that ends the text where it starts, by its own pattern: it
    must match exactly where the whole pattern matches there, with the same span."""
    from moneyparse.grammar import _compiled
    from moneyparse.hedges import _HEDGE_ALONE
    from moneyparse.lexicon import tables

    whole = _compiled().hedge_before
    for phrase in tables().hedges:
        own = _HEDGE_ALONE[phrase]
        for before in ("", " ", "x", "(", "1", "a ", "—"):
            for written in (phrase, phrase.upper(), phrase.title()):
                head = before + written + " "
                expected = whole.match(head, len(before))
                found = own.match(head, len(before))
                assert (found and found.span()) == (expected and expected.span()), (phrase, head)


@st.composite
def _bounded_after(draw: st.DrawFn) -> str:
    from moneyparse.lexicon import tables

    phrase = draw(st.sampled_from(sorted(tables().hedges_after)))
    gaps = st.sampled_from([" ", "  ", "\u00a0", "\t"])
    words = [w.upper() if draw(st.booleans()) else w for w in phrase.split()]
    written = words[0] + "".join(draw(gaps) + w for w in words[1:])
    before = draw(st.sampled_from(["", " ", "  ", "   ", "\u00a0", "    ", "\t"]))
    after = draw(st.text(alphabet="ab x1.-", max_size=6))
    return "$5" + before + written + after


@settings(max_examples=400, deadline=None)
@given(_bounded_after())
def test_the_quick_test_of_bounds_after_never_turns_away_what_their_pattern_reads(text: str) -> None:
    """``_hedge_after`` looks at one character before its pattern; it must agree with the
    pattern alone on any spacing and case."""
    from moneyparse.hedges import _after_hedges, _hedge_after
    from moneyparse.lexicon import tables
    from moneyparse.mention import Qualifier

    m = _after_hedges()[0].match(text, 2)
    # the pattern folds case as ``lower`` does not ("ſ" for "s", "I" for Turkish "ı"): no bound then
    value = tables().hedges_after.get(" ".join(m.group(1).split()).lower()) if m else None
    expected = Qualifier(value) if value else None
    assert _hedge_after(text, 2) == expected


def test_a_bound_after_matched_by_case_folding_alone_is_none() -> None:
    """The pattern matches "ſ" for "s" as ``lower`` does not: no bound, and no error."""
    import moneyparse

    (m,) = moneyparse.extract("It costs $5 or leſs.")
    assert m.qualifier is None


def test_each_sign_of_shell_code_begins_with_a_byte_the_scan_looks_at() -> None:
    from moneyparse.grammar import _SHELL_LEADS, _SHELL_PIECE

    for written in ("print $1", "printf $2", "echo $3", "awk '", '="$1"', '"$@"'):
        piece = written.encode("ascii")
        assert _SHELL_PIECE.fullmatch(piece) and piece[0] in _SHELL_LEADS
