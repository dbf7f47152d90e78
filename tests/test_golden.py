"""The golden corpus tool (``python -m benchmarks.golden``) and its test-suite recorder."""

from __future__ import annotations

import dataclasses
import functools
import io
import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import benchmarks
import moneyparse
from benchmarks import golden
from benchmarks.golden_record import Recorder

FUND = "The fund paid $5 billion (C$6.4 billion) in 2019."


def _doc(text: str) -> golden.Document:
    return golden.Document(golden.text_id(text), (("", text),))


def _lines_with(monkeypatch: pytest.MonkeyPatch, text: str, **calls: object) -> list[str]:
    """The golden lines of ``text`` with some public functions replaced for the call."""
    with monkeypatch.context() as patch:
        for name, function in calls.items():
            patch.setattr(moneyparse, name, function)
        return golden.document_lines(_doc(text), parse=True)


def test_the_diff_of_a_changed_currency_shows_document_offset_before_and_after(monkeypatch: pytest.MonkeyPatch) -> None:
    before = golden.document_lines(_doc(FUND), parse=True)
    as_cad = {"assume": {"$": "CAD"}}
    after = _lines_with(
        monkeypatch, FUND,
        extract=functools.partial(moneyparse.extract, **as_cad),
        pairs=functools.partial(moneyparse.pairs, **as_cad),
        parse=functools.partial(moneyparse.parse, **as_cad),
    )
    changes = golden.diff_document("tests", _doc(FUND).id, before, after)
    offset = FUND.index("$5 billion")
    (change,) = [c for c in changes if c.what == "mention"]
    assert change.how == "changed"
    head, _, tail = change.line.partition("  ->  ")
    assert head.startswith(f"{_doc(FUND).id}  @{offset}  '$5 billion' 5000000000 USD ")
    assert tail.startswith("'$5 billion' 5000000000 CAD ")
    assert "evidence=assumed" in tail and "evidence=assumed" not in head
    # the C$ side is unchanged, so it is not listed; both sides in Canadian dollars are no conversion
    assert "C$6.4" not in "\n".join(c.line for c in changes if c.what == "mention")
    assert [(c.what, c.how) for c in changes if c.what != "mention"] == [("pair", "removed")]


def test_the_diff_shows_removed_mentions_pairs_and_a_changed_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Capex hit Rmb72.5bn (£8bn)."
    before = golden.document_lines(_doc(text), parse=True)
    only_first = moneyparse.extract(text)[:1]
    after = _lines_with(monkeypatch, text, extract=lambda t: only_first, pairs=lambda t: [], parse=lambda t: only_first[0])
    lines = {c.what: c for c in golden.diff_document("tests", "doc", before, after)}
    pound = text.index("£8bn")
    assert lines["mention"].how == "removed"
    assert lines["mention"].line.startswith(f"doc  @{pound}  - '£8bn' 8000000000 GBP")
    assert lines["pair"].line == f"doc  @{text.index('Rmb')}  - pair 'Rmb72.5bn' = '£8bn' @{pound} bracket"
    assert lines["parse"].line == "doc  parse  AmountParseError: 2 money phrases  ->  'Rmb72.5bn' 72500000000 CNY"


def _changed(value: object) -> object:
    """Another value of the same field: one more digit for a Decimal (same value, other string)."""
    if isinstance(value, Decimal):
        return value.quantize(Decimal(1).scaleb(value.as_tuple().exponent - 1))  # type: ignore[operator]
    if isinstance(value, bool) or value is None:
        return Decimal("1")
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, tuple):
        return (*value, "XXX")
    raise AssertionError(f"no other value for {value!r}")


@pytest.mark.parametrize("name", [f.name for f in dataclasses.fields(moneyparse.Mention)])
def test_the_hash_of_a_document_changes_with_any_one_field(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    text = "It cost about $5-6bn."
    (mention,) = moneyparse.extract(text)
    other = dataclasses.replace(mention, **{name: _changed(getattr(mention, name))})
    lines = _lines_with(monkeypatch, text, extract=lambda t: [mention])
    changed = _lines_with(monkeypatch, text, extract=lambda t: [other])
    assert golden.digest(lines) != golden.digest(changed)


@pytest.mark.parametrize("odd", ["\u2028", "\u2029", "\x85", "\x1c", "\x1e", "\x0b", "\x0c"])
def test_test_texts_with_characters_that_split_lines_read_back_whole(tmp_path: Path, odd: str) -> None:
    # the list is written as readable UTF-8, one JSON string a line; some characters str.splitlines breaks at stay raw
    texts = sorted([f"The{odd * 3}$2bn rose", "It cost $5."])
    (tmp_path / golden.TEST_TEXTS).write_text("".join(golden._json(t) + "\n" for t in texts), encoding="utf-8", newline="\n")
    assert golden.recorded_texts(tmp_path) == texts


def test_decimals_are_written_as_their_exact_strings() -> None:
    (mention,) = moneyparse.extract("Capex hit Rmb72.5bn.")
    record = golden.mention_record(mention)
    assert (record["amount"], record["precision"]) == (str(mention.amount), str(mention.precision))
    assert Decimal(record["amount"]) == Decimal("72500000000")


def test_the_recorder_skips_hypothesis_inputs_and_keeps_the_others() -> None:
    recorder = Recorder()
    record = recorder.wrap("extract", lambda text: [])

    @settings(max_examples=5, database=None)
    @given(st.text(min_size=1))
    def generated(text: str) -> None:
        record(text)

    generated()
    record("Rent was €60 a week.")
    record(b"bytes are not text")
    record("$" * (recorder.max_chars + 1))
    assert recorder.texts == {"Rent was €60 a week."}
    assert recorder.skipped["generated by hypothesis"] == 5
    assert recorder.skipped["not a str"] == 1
    assert sum(recorder.skipped.values()) + len(recorder.texts) == recorder.calls == 8


def test_the_recorder_joins_the_chunks_of_iter_extract_once_they_are_read() -> None:
    recorder = Recorder()
    stream = recorder.wrap("iter_extract", lambda chunks: (c.upper() for c in chunks))
    result = stream(iter(["He paid ", "500 pounds", "."]))
    assert recorder.texts == set()  # nothing read yet
    assert list(result) == ["HE PAID ", "500 POUNDS", "."]
    assert recorder.texts == {"He paid 500 pounds."}


def _copy_fuzz_golden(tmp_path: Path) -> Path:
    shutil.copy(golden.GOLDEN_DIR / "fuzz.jsonl", tmp_path / "fuzz.jsonl")
    return tmp_path / "fuzz.jsonl"


@pytest.mark.golden
def test_check_reads_a_changed_committed_line_as_a_difference(tmp_path: Path) -> None:
    path = _copy_fuzz_golden(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if '"currency": "USD"' in line)
    record = json.loads(lines[at])
    lines[at] = lines[at].replace('"currency": "USD"', '"currency": "EUR"')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    status = golden.check([golden.FAMILIES["fuzz"]], golden_dir=tmp_path, out=out)
    shown = out.getvalue().splitlines()
    expected = f"{record['doc']}  @{record['start']}  {record['text']!r} {record['amount']}"
    assert status == 1
    assert [line for line in shown if line.startswith(expected)] == [
        f"{expected}{'..' + record['high'] if record['high'] else ''} EUR  ->  "
        f"{record['text']!r} {record['amount']}{'..' + record['high'] if record['high'] else ''} USD"
    ]
    assert shown[-2].startswith("  fuzz    1 document changed: mentions +0 -0 ~1, pairs +0 -0 ~0")


@pytest.mark.golden
def test_check_counts_documents_new_in_the_input(tmp_path: Path) -> None:
    path = _copy_fuzz_golden(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    last = json.loads(lines[-1])["doc"]
    path.write_text("".join(line + "\n" for line in lines if json.loads(line)["doc"] != last), encoding="utf-8")
    out = io.StringIO()
    assert golden.check([golden.FAMILIES["fuzz"]], golden_dir=tmp_path, out=out) == 1
    assert "1 new in the input, 0 no longer in it" in out.getvalue()


@pytest.mark.golden
def test_check_is_identical_on_the_committed_golden_of_our_own_texts(capsys: pytest.CaptureFixture[str]) -> None:
    assert golden.main(["--check", "--only", "fuzz", "--only", "tests"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("golden: identical: ")


def test_the_base_revision_runs_in_a_subprocess_from_an_archive() -> None:
    try:
        subprocess.run(["git", "-C", str(golden.ROOT), "rev-parse", "HEAD"], check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    wanted = [d.id for d in golden.FAMILIES["fuzz"].documents()][:2]
    lines = golden.base_lines("HEAD", {"fuzz": wanted})
    assert list(lines) == wanted
    assert all(json.loads(line)["doc"] == doc for doc, doc_lines in lines.items() for line in doc_lines)
    with pytest.raises(golden.GoldenError, match="no-such-revision"):
        golden.base_lines("no-such-revision", {"fuzz": wanted})


def test_shared_families_are_skipped_with_a_line_when_the_data_is_absent(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(benchmarks, "SHARED", tmp_path / "absent")
    out = io.StringIO()
    assert golden.check([golden.FAMILIES["seeds"]], golden_dir=tmp_path, out=out) == 0
    first, summary = out.getvalue().splitlines()
    assert first == f"golden: {tmp_path / 'absent'} is absent: seeds skipped"
    assert summary.startswith("golden: identical: 0 documents")


def test_the_recorder_takes_the_text_by_keyword_too() -> None:
    recorder = Recorder()
    parse = recorder.wrap("parse", moneyparse.parse)
    assert parse(phrase="€60").amount == Decimal(60)
    stream = recorder.wrap("iter_extract", moneyparse.iter_extract)
    assert [m.text for m in stream(chunks=["Rent was ", "€60 a week."])] == ["€60"]
    assert recorder.texts == {"€60", "Rent was €60 a week."}
