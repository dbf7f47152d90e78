"""``python -m benchmarks.anatomy``: each rule it switches off is a rule the extractor applies, and
switching it off lasts only as long as the measurement."""

from __future__ import annotations

import pytest

import moneyparse
from benchmarks import anatomy, corpus

# For each rule, a text whose mentions the rule changes: a switch that no longer reaches the code
# the extractor runs (a renamed function, say) would time nothing.
LIVE = {
    "filters (percent, glued, weights, years, ...)": "Shares rose $5% on the day.",
    "currency names of several words": "It cost 50 hong kong dollars.",
    "decimal comma or point from the words around": "Le prix est de 2.500 € pour la maison et le jardin.",
    "ranges": "Estimates ran to $5-6bn.",
    "compounds, minor units and codes after an amount": "It cost 3 dollars 50 cents.",
    "currency from evidence and country names": "In Australia, the Sydney firm paid $5 million to Australian banks.",
    "hedges": "It cost about $5 million.",
    "signs": "The loss was −€13.2 million.",
    "pairs settling ambiguous signs": "The deal was worth $53 billion (¥380 billion) in all.",
}


def test_every_rule_has_a_case() -> None:
    assert set(LIVE) == set(anatomy.RULES)


@pytest.mark.parametrize("name", sorted(anatomy.RULES))
def test_switching_a_rule_off_changes_what_it_decides(name: str) -> None:
    text = LIVE[name]
    before = moneyparse.extract(text)
    with anatomy.switched_off(name):
        off = moneyparse.extract(text)
    assert off != before
    assert moneyparse.extract(text) == before  # restored


def test_rules_come_back_after_an_error() -> None:
    text = LIVE["hedges"]
    before = moneyparse.extract(text)
    with pytest.raises(RuntimeError), anatomy.switched_off(*anatomy.RULES):
        raise RuntimeError("inside")
    assert moneyparse.extract(text) == before


def test_measure_times_every_step_and_reports_each_rule() -> None:
    texts = corpus.generated_articles(5)
    steps = anatomy.measure(texts, repeats=1)
    assert [s.kind for s in steps].count("rule") == len(anatomy.RULES)
    assert all(s.seconds > 0 for s in steps)
    table = anatomy.report(steps)
    for name in anatomy.RULES:
        assert f"without {name}" in table
    assert moneyparse.extract(LIVE["ranges"])[0].high is not None  # nothing left switched off


def test_main_refuses_no_repeats(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        anatomy.main(["--repeats", "0"])
    assert exit_info.value.code == 2
    assert "--repeats must be at least 1, got 0" in capsys.readouterr().err
