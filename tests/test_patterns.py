"""The pattern language of the grammar: one definition, rendered for RE2 (the scan) and Python
(the splitters)."""

from __future__ import annotations

import re

import pytest

from moneyparse.patterns import (
    PYTHON,
    RE2,
    Chars,
    Repeat,
    Text,
    Words,
    alt,
    count,
    either,
    fold,
    named,
    opt,
    run,
    scan_only,
    seq,
)

BLANK = Chars(" \t\u00a0")


def test_a_class_escapes_what_does_not_show_each_target_its_own_way() -> None:
    assert BLANK.render(RE2) == r"[ \t\x{a0}]"
    assert BLANK.render(PYTHON) == r"[ \t\u00a0]"
    assert Chars("-\u2212½").render(RE2) == Chars("-\u2212½").render(PYTHON) == "[-\u2212½]"
    assert re.fullmatch(BLANK.render(PYTHON), "\u00a0") is not None


def test_a_bound_of_the_form_is_kept_and_a_bound_of_the_scan_is_dropped_in_python() -> None:
    assert count("a", 1, 3).render(PYTHON) == "a{1,3}"
    assert count("[0-9]", 3).render(RE2) == "[0-9]{3}"
    assert run(BLANK, 1, 3).render(RE2) == r"[ \t\x{a0}]{1,3}"
    assert run(BLANK, 1, 3).render(PYTHON) == r"[ \t\u00a0]+"
    assert run("ab", 0, 7).render(PYTHON) == "(?:ab)*"
    assert Repeat(Text("x"), 1, None).render(RE2) == "x+"
    with pytest.raises(ValueError):
        run("a", 2, 5).render(PYTHON)


def test_a_named_piece_is_captured_in_python_and_a_plain_group_in_re2() -> None:
    piece = named("num", run("[0-9]", 1, 30), opt(".", run("[0-9]", 1, 2)))
    assert piece.render(RE2) == r"[0-9]{1,30}(?:.[0-9]{1,2})?"
    assert piece.render(PYTHON) == r"(?P<num>[0-9]+(?:.[0-9]+)?)"
    assert named("x", alt("a", "b")).render(RE2) == "(?:a|b)"
    assert named("x", alt("a", "b")).render(PYTHON) == "(?P<x>a|b)"
    assert opt(named("x", "ab")).render(RE2) == "(?:ab)?"
    assert opt(named("x", "ab")).render(PYTHON) == "(?P<x>ab)?"
    assert "(?P<" not in seq(piece, named("y", "z")).render(RE2)


def test_either_and_scan_only_write_each_target_its_own() -> None:
    piece = seq(scan_only(r"\b"), fold(alt("one", "two")), either("[ ]{1,3}", "[ ]+"))
    assert piece.render(RE2) == r"\b(?i:one|two)[ ]{1,3}"
    assert piece.render(PYTHON) == r"(?i:one|two)[ ]+"
    assert alt(scan_only("a"), "b").render(PYTHON) == "(?:b)"


@pytest.mark.parametrize(
    ("text", "atomic"),
    [("a", True), (r"\.", True), (r"\x{a0}", True), ("[a-z]", True), (r"[\]x]", True), ("[]a]", True),
     ("(?:a|b)", True), ("(?:a)(?:b)", False), ("ab", False), ("[a](b)", False), ("(?:[)])", True)],
)
def test_a_quantifier_groups_what_is_not_one_atom(text: str, atomic: bool) -> None:
    rendered = opt(Text(text)).render(RE2)
    assert rendered == (f"{text}?" if atomic else f"(?:{text})?")


def test_both_renderings_compile_and_split_alike() -> None:
    amount = seq(named("num", run(Chars("0-9"), 1, 30)), opt(run(BLANK, 0, 2), named("scale", alt("bn", "million"))))
    m = re.fullmatch(amount.render(PYTHON), "53\u00a0bn")
    assert m is not None and (m["num"], m["scale"]) == ("53", "bn")
    import re2

    assert re2.fullmatch(amount.render(RE2).encode(), "53\u00a0bn".encode()) is not None


def test_words_are_written_longest_first_and_set_apart_where_they_meet_letters() -> None:
    scale = Words(["mil M", "bn", "Mio.", "mil", "万", ""], BLANK, lead=False)
    assert scale.render(RE2) == r"(?:mil[ \t\x{a0}]{1,2}M\b|Mio\.|mil\b|bn\b|万)"
    assert scale.render(PYTHON) == r"(?:mil[ \t\u00a0]{1,2}M\b|Mio\.|mil\b|bn\b|万)"
    assert Words(["USD"], BLANK).render(RE2) == r"(?:\bUSD\b)"
    assert re.fullmatch(fold(scale).render(PYTHON), "MIL\u00a0\u00a0m") is not None
