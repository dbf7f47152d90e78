"""The scoring rules of benchmarks.specs and benchmarks.seeds, proven on hand-made predictions."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the benchmarks package lives beside the tests, uninstalled
    sys.path.insert(0, str(ROOT))

from benchmarks import (  # noqa: E402
    Prediction,
    seeds,
    specs,
)
from benchmarks.units import resolve_unit  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"


def P(start: int, end: int, amount: str | None, *codes: str, text: str = "") -> Prediction:
    return Prediction(start, end, None if amount is None else Decimal(amount), frozenset(codes), text)


def gold(start: int, end: int, value: str | None, unit: str, iso: str | None = None, text: str = "") -> specs.Gold:
    parsed, digits = specs.parse_gold_value(value) if value is not None else (None, None)
    return specs.Gold(start, end, text, parsed, value, unit, iso, resolve_unit(unit).divisor, digits)


# --- gold values ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("written", "value"),
    [("12,345", "12.345"), ("1,22", "1.22"), ("125000,5", "125000.5"), ("75000000", "75000000"), ("4.25", "4.25")],
)
def test_gold_values_read_a_comma_as_the_decimal_mark(written: str, value: str) -> None:
    assert specs.parse_gold_value(written) == (Decimal(value), None)


def test_exponent_gold_is_compared_at_its_own_digits() -> None:
    g = gold(0, 5, "2.02107211321364E+23", "United States dollar", "USD")
    assert g.digits == 15
    assert specs.value_agrees(Decimal("202107211321363588510367"), g)
    assert not specs.value_agrees(Decimal("202107211321300000000000"), g)


# --- values and currencies ------------------------------------------------------------------

def test_minor_units_count_hundredths_of_the_major_unit() -> None:
    cents = gold(0, 8, "50", "Cent")
    assert specs.value_agrees(Decimal("0.50"), cents)
    assert not specs.value_agrees(Decimal("50"), cents)
    french_cents = gold(0, 10, "1,2", "Cent")
    assert specs.value_agrees(Decimal("0.012"), french_cents)


def test_jiao_counts_tenths_and_satoshi_hundred_millionths() -> None:
    assert resolve_unit("角").divisor == 10
    assert specs.value_agrees(Decimal("0.3"), gold(0, 2, "3", "角"))
    assert specs.value_agrees(Decimal("0.00000005"), gold(0, 9, "5", "Satoshi"))


def test_iso_currency_must_match_exactly() -> None:
    g = gold(0, 4, "15", "Chinese yuan", "CNY")
    assert specs.currency_agrees(frozenset({"CNY"}), g)
    assert not specs.currency_agrees(frozenset({"JPY"}), g)
    assert not specs.currency_agrees(frozenset(), g)


@pytest.mark.parametrize(
    ("unit", "accepted", "rejected"),
    [
        ("Dollar", "CAD", "GBP"),
        ("Dollar", "USD", "EUR"),
        ("Dólar", "AUD", "MXN"),
        ("Livre", "GBP", "EUR"),
        ("Libra", "EGP", "USD"),
        ("Franc", "CHF", "EUR"),
        ("Rupee", "LKR", "IDR"),
        ("Yuan Chinois", "CNY", "JPY"),
        ("Yen", "JPY", "CNY"),
        ("Dollar Canadien", "CAD", "USD"),
        ("Dólar estadounidense", "USD", "CAD"),
        ("Pence", "GBP", "USD"),
        ("Bitcoin", "XBT", "USD"),
    ],
)
def test_unit_names_accept_the_currencies_they_can_mean(unit: str, accepted: str, rejected: str) -> None:
    g = gold(0, 3, "1", unit)
    assert specs.currency_agrees(frozenset({accepted}), g)
    assert not specs.currency_agrees(frozenset({rejected}), g)


def test_unknown_and_generic_minor_units_accept_any_currency() -> None:
    assert resolve_unit("Tientje").known is False
    assert specs.currency_agrees(frozenset({"NLG"}), gold(0, 3, "1", "Tientje"))
    assert specs.currency_agrees(frozenset({"EUR"}), gold(0, 3, "5", "Cent"))


# --- matching one case ----------------------------------------------------------------------

def _case(text: str, *golds: specs.Gold, language: str = "English") -> specs.Case:
    return specs.Case(language=language, index=0, text=text, gold=golds)


def test_a_prediction_needs_span_value_and_currency() -> None:
    text = "paid $94,000 and 20 cents"
    case = _case(text, gold(5, 12, "94000", "Dollar"), gold(17, 25, "20", "Cent"))
    outcome = specs.score_case(case, [P(5, 12, "94000", "USD"), P(17, 25, "0.20", "USD")])
    assert len(outcome.true_positives) == 2
    assert not outcome.misses and not outcome.false_positives


def test_a_wrong_value_is_both_a_miss_and_a_false_positive() -> None:
    case = _case("paid $94,000", gold(5, 12, "94000", "Dollar"))
    outcome = specs.score_case(case, [P(5, 12, "94", "USD")])
    assert not outcome.true_positives
    assert len(outcome.misses) == 1 and "value" in outcome.misses[0][1]
    assert len(outcome.false_positives) == 1


def test_a_wrong_currency_is_an_error_too() -> None:
    case = _case("1.95港元", gold(0, 6, "1.95", "Hong Kong dollar", "HKD"), language="Chinese")
    outcome = specs.score_case(case, [P(0, 6, "1.95", "USD")])
    assert not outcome.true_positives
    assert "currency" in outcome.misses[0][1]


def test_a_shifted_span_misses_and_counts_as_false_positive() -> None:
    case = _case("about $75 million", gold(6, 17, "75000000", "Dollar"))
    outcome = specs.score_case(case, [P(0, 17, "75000000", "USD")])
    assert not outcome.true_positives
    assert outcome.misses[0][1].startswith("span differs")
    assert outcome.false_positives[0][1].startswith("overlaps")


def test_predictions_on_valueless_gold_are_ignored_not_counted() -> None:
    case = _case("dollar and $5", gold(0, 6, None, "Dollar"), gold(11, 13, "5", "Dollar"))
    outcome = specs.score_case(case, [P(0, 6, "1", "USD"), P(11, 13, "5", "USD")])
    assert len(outcome.ignored) == 1
    assert len(outcome.true_positives) == 1
    assert not outcome.false_positives and not outcome.misses


def test_a_duplicate_prediction_is_a_false_positive() -> None:
    case = _case("$5", gold(0, 2, "5", "Dollar"))
    outcome = specs.score_case(case, [P(0, 2, "5", "USD"), P(0, 2, "5", "USD")])
    assert len(outcome.true_positives) == 1
    assert [why for _, why in outcome.false_positives] == ["duplicate"]


def test_yen_sign_read_as_jpy_in_chinese_is_set_aside() -> None:
    case = _case("价格￥300", gold(2, 6, "300", "Japanese yen", "JPY", text="￥300"), language="Chinese")
    outcome = specs.score_case(case, [P(2, 6, "300", "CNY")])
    assert len(outcome.differs) == 1 and outcome.differs[0][1] is not None
    assert not outcome.true_positives and not outcome.false_positives and not outcome.misses


def test_jpy_written_as_a_word_is_not_set_aside() -> None:
    case = _case("1万亿日元", gold(0, 5, "1000000000000", "Japanese yen", "JPY", text="1万亿日元"), language="Chinese")
    assert not specs.is_deliberate_difference(case, case.gold[0])


# --- loading and totals ---------------------------------------------------------------------

def _write_spec(tmp_path: Path, language: str, items: list[dict[str, object]]) -> Path:
    folder = tmp_path / language
    folder.mkdir()
    (folder / "CurrencyModel.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8-sig")
    return tmp_path


def test_load_cases_reads_bom_and_places_results_without_good_offsets(tmp_path: Path) -> None:
    items = [
        {"Input": "It costs $ 75 Million.", "Results": [
            {"Text": "$ 75 million", "TypeName": "currency", "Resolution": {"value": "75000000", "unit": "Dollar"},
             "Start": 9, "End": 20}]},
        {"Input": "Only 12,345 $ here", "Results": [
            {"Text": "12,345 $", "TypeName": "currency", "Resolution": {"value": "12,345", "unit": "Dollar"}}]},
        {"Input": "xx １欧元", "Results": [
            {"Text": "1欧元", "TypeName": "currency", "Resolution": {"value": "1", "unit": "Euro", "isoCurrency": "EUR"},
             "Start": 0, "End": 2}]},
        {"Input": "a dollar", "Results": [
            {"Text": "dollar", "TypeName": "currency", "Resolution": {"value": None, "unit": "Dollar"},
             "Start": 2, "End": 7}]},
        {"Input": "nothing", "Results": [
            {"Text": "ghost", "TypeName": "currency", "Resolution": {"value": "1", "unit": "Dollar"}}]},
    ]
    cases = specs.load_cases("English", _write_spec(tmp_path, "English", items))
    assert cases[0].gold[0].span == (9, 21) and cases[0].gold[0].text == "$ 75 Million"
    assert cases[1].gold[0].span == (5, 13) and cases[1].gold[0].value == Decimal("12.345")
    assert cases[2].gold[0].span == (3, 6)
    assert cases[3].gold[0].value is None
    assert cases[4].gold == () and cases[4].unplaced == ("ghost",)


def test_score_language_totals_with_a_stub_predictor(tmp_path: Path) -> None:
    items = [
        {"Input": "paid $5 and $7", "Results": [
            {"Text": "$5", "Resolution": {"value": "5", "unit": "Dollar"}, "Start": 5, "End": 6},
            {"Text": "$7", "Resolution": {"value": "7", "unit": "Dollar"}, "Start": 12, "End": 13}]},
        {"Input": "a dollar", "Results": [
            {"Text": "dollar", "Resolution": {"value": None, "unit": "Dollar"}, "Start": 2, "End": 7}]},
        {"Input": "in 2019", "Results": []},
    ]
    cases = specs.load_cases("English", _write_spec(tmp_path, "English", items))
    answers = {
        "paid $5 and $7": [P(5, 7, "5", "USD")],
        "a dollar": [P(2, 8, "1", "USD")],
        "in 2019": [P(3, 7, "2019", "USD")],
    }
    score = specs.score_language("English", lambda text, lang: answers[text], cases)
    assert (score.gold, score.predicted, score.tp, score.fn, score.fp) == (2, 2, 1, 1, 1)
    assert score.valueless == 1 and score.ignored == 1
    assert score.recall == 0.5 and score.precision == 0.5
    assert score.meets((0.5, 0.5)) is True and score.meets((0.95, 0.9)) is False


# --- seeds ---------------------------------------------------------------------------------

SEED_TEXT = "They spent $5 billion (¥36 billion) and then $5 billion again."
SEED_EXPECTED = (
    seeds.Expected("$5 billion", Decimal("5000000000"), "USD"),
    seeds.Expected("¥36 billion", Decimal("36000000000"), "CNY"),
    seeds.Expected("$5 billion", Decimal("5000000000"), "USD"),
)


def test_expected_spans_follow_text_order() -> None:
    spans = seeds.expected_spans(SEED_TEXT, SEED_EXPECTED)
    assert [SEED_TEXT[s:e] for s, e in spans] == ["$5 billion", "¥36 billion", "$5 billion"]
    assert spans[0] != spans[2]


def test_seed_scores_amount_currency_and_span_columns() -> None:
    spans = seeds.expected_spans(SEED_TEXT, SEED_EXPECTED)
    predictions = [
        P(*spans[0], "5000000000", "USD"),
        P(*spans[1], "36000000000", "JPY"),  # right amount, wrong currency
        P(*spans[2], "5", "USD"),  # wrong amount
        P(0, 4, "2024", "USD"),  # false positive
    ]
    score = seeds.score_seed(predictions, SEED_EXPECTED, spans)
    assert (score.expected, score.predicted) == (3, 4)
    assert score.amount_tp == 2 and score.currency_tp == 1 and score.span_tp == 1
    assert score.ratios(score.amount_tp) == (2 / 3, 0.5)


def test_seed_scorer_accepts_peers_without_offsets_and_with_unit_sets() -> None:
    spans = seeds.expected_spans(SEED_TEXT, SEED_EXPECTED)
    dollars = resolve_unit("Dollar").codes
    assert dollars is not None
    predictions = [P(-1, -1, "5000000000", *dollars), P(-1, -1, "5000000000", *dollars)]
    score = seeds.score_seed(predictions, SEED_EXPECTED, spans)
    assert score.span_tp is None
    assert score.amount_tp == 2 and score.currency_tp == 2


def test_seed_facts_count_23_amounts_and_9_pairs_of_listed_amounts() -> None:
    assert sum(len(v) for v in seeds.SEED_AMOUNTS.values()) == 23
    assert sum(len(v) for v in seeds.SEED_PAIRS.values()) == 9
    for article, pairs in seeds.SEED_PAIRS.items():
        texts = {e.text for e in seeds.SEED_AMOUNTS[article]}
        assert all(a in texts and b in texts for a, b in pairs)


@pytest.mark.skipif(not (SHARED / "seeds").is_dir(), reason="../shared/seeds not present beside the checkout")
def test_seed_facts_are_written_in_the_articles() -> None:
    for article, expected in seeds.SEED_AMOUNTS.items():
        text = seeds.seed_text(article)
        spans = seeds.expected_spans(text, expected)
        assert [text[s:e] for s, e in spans] == [e.text for e in expected]


@pytest.mark.skipif(not specs.SPEC_DIR.is_dir(), reason="../shared/specs/recognizers not present beside the checkout")
@pytest.mark.parametrize("language", list(specs.TARGETS))
def test_every_target_spec_result_is_placed_on_its_text(language: str) -> None:
    cases = specs.load_cases(language)
    assert all(not c.unplaced for c in cases)
    for case in cases:
        for g in case.gold:
            assert g.text.strip() and case.text[g.start : g.end] == g.text
            assert resolve_unit(g.unit).known or g.iso
