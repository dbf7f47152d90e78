"""The patterns the grammar writes, held to the exact strings they were.

The grammar renders the candidate scan (RE2, over UTF-8 bytes) and the Python patterns that split
its matches, look for evidence words, hedges and the ends of ranges, from the tables and the
vocabulary of ``moneyparse.grammar``.  A change in how they are written shows here first, as a
changed sha256 of the string: a restructuring of the grammar must leave every one of them as it
was, or else say in its commit why the new string finds the same (and leave the golden of
``python -m benchmarks.golden --check`` identical).  A change to the tables changes these strings
too; then the failure prints the digest to record here (``python tests/test_grammar_patterns.py``
prints them all).

The strings do not depend on the hash seed: every alternation is written in an order of its own
(:func:`moneyparse.grammar._longest_first`), which the last test checks in two other interpreters.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest

import moneyparse
from moneyparse.grammar import (
    _DIGIT_NAMES,
    _ELSEWHERE_GAP,
    _MULTIPLIER_WORDS,
    _NUMBER_WORDS,
    _TENS_NAMES,
    Form,
    _compiled,
)
from moneyparse.patterns import PYTHON
from moneyparse.spelled import parse_words

#: sha256 of each string, in UTF-8, and its length in characters.
EXPECTED = {
    'elsewhere_gap': ('8d0a2eae96564a77fd660f06493cecbaa54a71a5572244bab51b2954336f42d0', 155),
    'evidence': ('a9fb62448b699b70fa20bb0b464d730f610d0911e82e91cec14e9d008bdde890', 5699),
    'hedge_before': ('6378bf1ed02a5efed8d14092e880f632481d6126d2a3e1b5d9a07cf48084c72c', 1728),
    'range_after': ('db5e331744e2fddd15986ba5858c830a495af10d4e5a4c6d97d3336b7e634e83', 1451),
    'range_before': ('58c9ca1fb52f7b188f987f65b17236dfb845736632e8723008e6ea3830340d19', 1715),
    'range_before_word': ('52b9fefa83f1b6ec566e03009c2615b575e1de020058f4bff35a51711551c027', 1948),
    'scan': ('6651ad0e5a0c35ee8a2b17097a56300d3ae8115e328f330498ab415df8f05422', 184870),
    'splitter.CJK': ('5e9d3518d6310e52b32fbbaee13aa53921025d25bfda899dd73fffa5cef83901', 516),
    'splitter.MARKER_AFTER': ('39c82e209aa4dd74e36a2027123028ff56f4cac69feddb5d99193d10cd37a111', 4198),
    'splitter.MARKER_FIRST': ('bf519f9a927d9e84366691d6b44a3cd464d718f4cdcec5124da6995fc47b8162', 2792),
    'splitter.PENCE': ('865a2772c867309fce463783f4bf995ff57c3c935cff09cde10789da1204533c', 97),
    'splitter.SPELLED': ('da60a2a7a760848db71fdcd6dfaadd9f05f8b1af824cb3a7020fdf26d94efd09', 2521),
}


def _strings() -> dict[str, str]:
    """Every pattern string the grammar writes, by name."""
    c = _compiled()
    found = {"scan": c.scan_pattern, "evidence": c.evidence_pattern}
    found.update({f"splitter.{form.name}": c.splitters[form].pattern for form in Form})
    found.update(
        hedge_before=c.hedge_before.pattern, range_before=c.range_before.pattern,
        range_before_word=c.range_before_word.pattern, range_after=c.range_after.pattern,
        elsewhere_gap=_ELSEWHERE_GAP.pattern,
    )
    return found


def _digest(pattern: str) -> tuple[str, int]:
    return hashlib.sha256(pattern.encode("utf-8")).hexdigest(), len(pattern)


def test_every_pattern_is_recorded() -> None:
    assert sorted(_strings()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_pattern_string_is_unchanged(name: str) -> None:
    digest = _digest(_strings()[name])
    assert digest == EXPECTED[name], f"the pattern {name!r} changed: now {digest!r}"


def test_the_scan_spells_english_numbers_with_the_words_the_reader_reads() -> None:
    words = _NUMBER_WORDS.inner(PYTHON).split("|")
    assert {"zero", "nineteen", "ninety", "hundred", "trillion", "dozen"} <= set(words)
    for word in words:
        parse_words(word)  # raises ValueError for a word it does not know
    # the digits, tens and multipliers that the minor units and the filters name, too
    assert [parse_words(w).value for w in _DIGIT_NAMES.split("|")] == list(range(1, 10))
    assert [parse_words(w).value for w in _TENS_NAMES.split("|")] == list(range(20, 100, 10))
    # the abbreviations the wire writes ("mln", "bln") say the same powers as the words
    assert sorted({parse_words(w).exponent for w in _MULTIPLIER_WORDS}) == [2, 3, 6, 9, 12]


@pytest.mark.parametrize(
    ("text", "found", "amount", "code"),
    [
        # a scale word of two words, spaced as the scan allows (one or two blanks, a no-break
        # space): the splitter reads the same words, so the count before it is not lost
        ("La obra costó 5 mil  millones de dólares.", "5 mil  millones de dólares", "5000000000", "USD"),
        ("La obra costó 5 mil\u00a0millones de dólares.", "5 mil\u00a0millones de dólares", "5000000000", "USD"),
        ("Il costo: 2 mila\u00a0miliardi di euro.", "2 mila\u00a0miliardi di euro", "2000000000000", "EUR"),
        ("Un gasto de €5 mil\u00a0M en 2020.", "€5 mil\u00a0M", "5000000000", "EUR"),
        ("A Rs 3 lakh\u00a0crore plan.", "Rs 3 lakh\u00a0crore", "3000000000000", "INR"),
    ],
)
def test_a_splitter_reads_the_scale_words_the_scan_finds(text: str, found: str, amount: str, code: str) -> None:
    mentions = moneyparse.extract(text)
    assert [(m.text, m.amount, m.currency) for m in mentions] == [(found, Decimal(amount), code)]


_CHILD = """
import hashlib, json, sys
sys.path.insert(0, {root!r})
from moneyparse.grammar import Form, _ELSEWHERE_GAP, _compiled
c = _compiled()
patterns = [c.scan_pattern, c.evidence_pattern, *(s.pattern for s in c.splitters), c.hedge_before.pattern,
            c.range_before.pattern, c.range_before_word.pattern, c.range_after.pattern, _ELSEWHERE_GAP.pattern]
print(json.dumps([hashlib.sha256(p.encode("utf-8")).hexdigest() for p in patterns]))
"""


def test_patterns_are_the_same_under_any_hash_seed() -> None:
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    seen = set()
    for seed in ("1", "2"):
        run = subprocess.run(
            [sys.executable, "-c", _CHILD.format(root=root)], env=dict(os.environ, PYTHONHASHSEED=seed),
            capture_output=True, text=True, check=True,
        )
        seen.add(tuple(json.loads(run.stdout)))
    assert len(seen) == 1


if __name__ == "__main__":
    for name, pattern in sorted(_strings().items()):
        print(f"    {name!r}: {_digest(pattern)!r},")
