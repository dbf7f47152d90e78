"""Hindi: amounts written with digits (ASCII or Devanagari) and Indian or English scale words,
numbers spelled in Hindi, press names of currencies, and Devanagari words kept whole.

The spelled numbers are checked against NVIDIA NeMo's Hindi money cases (``../shared/specs/nemo``),
where each spoken form stands beside its written one: the spoken form must be read as one mention
of the written amount.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

import moneyparse
from benchmarks import shared_path
from moneyparse.lexicon import language
from moneyparse.number_words import nukta_forms
from moneyparse.spelled import parse_spelled

D = Decimal

NEMO: Path = shared_path("specs", "nemo", "tests", "nemo_text_processing")
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_WRITTEN = re.compile(r"[0-9०-९][0-9०-९.,]*(?:\s*(?P<scale>million|billion))?")


def nemo_cases() -> list[tuple[str, str]]:
    """(spoken, written) for every Hindi money case of NeMo's, in either direction of its files."""
    cases = []
    for path in sorted(NEMO.glob("hi*/*/test_cases_money.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if "~" not in line:
                continue
            a, b = (side.strip() for side in line.split("~", 1))
            written, spoken = (a, b) if re.search("[0-9०-९]", a) else (b, a)
            if len(_WRITTEN.findall(written)) == 1:  # "$20 और $0.50" is two amounts
                cases.append((spoken, written))
    return cases


def written_amount(written: str) -> Decimal:
    """The amount a written form gives, read without moneyparse: digits, a decimal point, a scale."""
    m = _WRITTEN.search(written)
    assert m is not None
    number = m.group().split()[0].translate(_DEVANAGARI_DIGITS).rstrip(".,").replace(",", "")
    scale = {"million": 6, "billion": 9}.get(m.group("scale") or "", 0)
    return D(number).scaleb(scale)


_NAMES = "a currency name that CLDR's Hindi lacks and the press seldom writes"
_MINOR = "a minor unit other than paise, cents or pence after the major one"
#: NeMo cases read wrongly or not at all, and why.
KNOWN_MISSES = {
    "अरूबान फ्लोरिन": _NAMES, "युगांडा शिलिंग": _NAMES, "वेनेजुएलन बोलिवार": _NAMES, "साइप्रस पाउंड": _NAMES,
    "बहरीन दिरहम": _NAMES, "आर्मेनियाई ड्राम": _NAMES, "लिलांगेनी": _NAMES, "रुपिया": _NAMES, "अजरबैजानी मनात": _NAMES, "बुरुंडी फ्रैंक": _NAMES,
    "कैमन आइलैंड्स डॉलर": _NAMES, "यूक्रेनी ग्रिव्ना": _NAMES, "नाइरा": _NAMES,
    "जिओन": _MINOR, "कुरस": _MINOR, "सेन": _MINOR, "टका": "टका's minor unit is read as paise of the rupee",
    "दो सौ छह पैसे": "the written form reads 206.206: two hundred and six paise are no decimals",
    "पच्चीस रुपये दो पैसे": "the written form reads 625.2, where two paise are 0.02",
    "दशमलव शून्य शून्य पैसे": "the written form gives 9000.00 for nine thousand paise, which are 90 rupees",
    "रुपेया": "a spelling of रुपया not in the tables, and two hundred paise are no decimals",
    "बिटकॉइन": "bitcoin has no ISO 4217 code, which a mention's currency is",
}


def _known_miss(spoken: str) -> str | None:
    return next((why for key, why in KNOWN_MISSES.items() if key in spoken), None)


def _nemo_params() -> list[object]:
    if not NEMO.is_dir():
        return []
    params = []
    for spoken, written in nemo_cases():
        why = _known_miss(spoken)
        marks = [pytest.mark.xfail(strict=True, reason=why)] if why else []
        params.append(pytest.param(spoken, written, marks=marks, id=spoken[:40]))
    return params


@pytest.mark.skipif(not NEMO.is_dir(), reason="../shared/specs/nemo is not beside the checkout")
@pytest.mark.parametrize(("spoken", "written"), _nemo_params())
def test_a_spoken_amount_reads_as_its_written_form(spoken: str, written: str) -> None:
    found = moneyparse.extract(spoken)
    assert [(m.text, m.amount) for m in found] == [(spoken, written_amount(written))]
    as_written = moneyparse.extract(written)
    if len(as_written) == 1 and as_written[0].text == written:
        # where the written form's sign is read whole, both forms name the same currency
        assert found[0].currency == as_written[0].currency


@pytest.mark.skipif(not NEMO.is_dir(), reason="../shared/specs/nemo is not beside the checkout")
def test_the_nemo_cases_are_many_and_mostly_read() -> None:
    cases = nemo_cases()
    missed = [spoken for spoken, _ in cases if _known_miss(spoken)]
    assert len(cases) >= 150 and len(missed) <= len(cases) // 5


def test_every_number_below_a_hundred_has_a_word_and_each_word_one_number() -> None:
    lexicon = language("hi").numbers.pieces
    counts: dict[int, set[str]] = {}
    for word in lexicon:
        try:
            value = parse_spelled(word, "hi").value
        except ValueError:
            continue  # a fraction alone (साढ़े) says no number
        if value < 100 and value == value.to_integral_value():
            counts.setdefault(int(value), set()).add(word)
    assert sorted(counts) == list(range(1, 100))
    # no word is read as another number in any other language's reading first
    for n, words in counts.items():
        for word in words:
            assert parse_spelled(word).value == n


@pytest.mark.parametrize("count", ["सात", "पच्चीस", "निन्यानवे", "इक्यानबे"])
def test_hundreds_and_powers_multiply_the_count_before_them(count: str) -> None:
    n = parse_spelled(count).value
    assert parse_spelled(f"{count} सौ").value == n * 100
    assert parse_spelled(f"{count} हज़ार").value == n * 1000
    assert parse_spelled(f"{count} लाख").value == n * 10**5
    assert parse_spelled(f"{count} करोड़").value == n * 10**7
    assert parse_spelled(f"{count} अरब").value == n * 10**9
    assert parse_spelled(f"{count} लाख {count} हज़ार {count}").value == n * 100_000 + n * 1000 + n
    assert parse_spelled(f"{count} लाख करोड़").value == n * 10**12


@pytest.mark.parametrize(
    ("words", "value", "exponent"),
    [
        ("साढ़े सात", "7.5", -1),
        ("साढ़े सात सौ", "750", 1),
        ("सवा सौ", "125", 0),
        ("डेढ़ लाख", "150000", 4),
        ("ढाई करोड़", "25000000", 6),
        ("पौने दो लाख", "175000", 3),
        ("सवा पंद्रह लाख", "1525000", 3),
        ("दो हज़ार एक सौ बत्तीस", "2132", 0),
    ],
)
def test_fractions_and_exponents(words: str, value: str, exponent: int) -> None:
    numeral = parse_spelled(words, "hi")
    assert (numeral.value, numeral.exponent) == (D(value), exponent)


@pytest.mark.parametrize(
    "words",
    ["बीस पाँच", "सौ सौ", "दो सौ तीन सौ", "हज़ार हज़ार", "करोड़", "अरब", "सात साढ़े", "साढ़े", "साढ़े डेढ़", "पाँचसौ"],
)
def test_words_that_make_no_hindi_number_are_refused(words: str) -> None:
    with pytest.raises(ValueError):
        parse_spelled(words, "hi")


def test_a_nukta_of_one_code_point_reads_as_the_letter_and_sign_apart() -> None:
    apart = "करोड़"  # ड and the nukta sign, as NFC writes it
    joined = "करो\u095c"
    assert nukta_forms(apart) == (apart, joined)
    assert parse_spelled(f"पाँच {joined}").value == parse_spelled(f"पाँच {apart}").value == 5 * 10**7
    for scale in (apart, joined):
        [m] = moneyparse.extract(f"कंपनी ने 5 {scale} रुपये का निवेश किया")
        assert (m.text, m.amount, m.currency) == (f"5 {scale} रुपये", D(50_000_000), "INR")


@pytest.mark.parametrize(
    ("sentence", "text", "amount", "currency"),
    [
        ("सरकार ने 5 करोड़ रुपये दिए।", "5 करोड़ रुपये", "50000000", "INR"),
        ("कीमत 3 लाख रुपए है।", "3 लाख रुपए", "300000", "INR"),
        ("बजट ₹ 2.5 लाख करोड़ का है।", "₹ 2.5 लाख करोड़", "2500000000000", "INR"),
        ("टिकट रु. 500 का है।", "रु. 500", "500", "INR"),
        ("दाम ₹१४४ है।", "₹१४४", "144", "INR"),
        ("बिक्री 1.17 अरब डॉलर हो गई।", "1.17 अरब डॉलर", "1170000000", "USD"),
        ("कंपनी ने $ 75 मिलियन का बांड बेचा।", "$ 75 मिलियन", "75000000", "USD"),
        ("रूस ने 150 मिलियन अमेरिकी डॉलर का ऋण लिया।", "150 मिलियन अमेरिकी डॉलर", "150000000", "USD"),
        ("उस पर 10,000 स्विस फ्रैंक का जुर्माना लगा।", "10,000 स्विस फ्रैंक", "10000", "CHF"),
        ("मंत्रियों को पांच मिलियन येन मिले।", "पांच मिलियन येन", "5000000", "JPY"),
        ("तेल 50 सेंट प्रति बैरल महंगा हुआ।", "50 सेंट", "0.50", "USD"),
        ("शेयर एक पेनी पर बंद हुए।", "एक पेनी", "0.01", "GBP"),
        ("उसने दस रुपये और पचास पैसे दिए।", "दस रुपये और पचास पैसे", "10.50", "INR"),
        ("साढ़े छः लाख रुपए का घर", "साढ़े छः लाख रुपए", "650000", "INR"),
        ("₹ १,२५,००० रुपये का इनाम", "₹ १,२५,००० रुपये", "125000", "INR"),
    ],
)
def test_hindi_amounts(sentence: str, text: str, amount: str, currency: str) -> None:
    found = moneyparse.extract(sentence)
    assert [(m.text, m.amount, m.currency) for m in found] == [(text, D(amount), currency)]
    assert sentence[found[0].start : found[0].end] == text


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("लगभग 14 मिलियन डॉलर की बिक्री", "approx"),
        ("करीब 5 लाख रुपये", "approx"),
        ("247 मिलियन डॉलर से अधिक की कमाई", "more_than"),
        ("1,000 रुपये से कम में", "less_than"),
    ],
)
def test_hindi_hedges(sentence: str, qualifier: str) -> None:
    [m] = moneyparse.extract(sentence)
    assert m.qualifier is not None and m.qualifier.value == qualifier


@pytest.mark.parametrize(
    "sentence",
    [
        "5 यूरोपीय देशों में",  # European, not euros
        "गुरु 5 साल से पढ़ा रहे हैं",  # the teacher, not rupees
        "करोड़ रुपये खर्च हुए",  # how many crores is not said
        "सऊदी अरब रियाल में भुगतान करता है",  # Saudi Arabia, not a thousand million
    ],
)
def test_devanagari_words_that_are_no_amounts(sentence: str) -> None:
    assert moneyparse.extract(sentence) == []
