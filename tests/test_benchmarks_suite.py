"""The helpers of the benchmark suite: gate verdicts, the corpus slices and the conversion inputs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # the benchmarks package lives beside the tests, uninstalled
    sys.path.insert(0, str(ROOT))

import moneyparse  # noqa: E402
from benchmarks import corpus, peers, suite  # noqa: E402


@pytest.mark.parametrize(
    ("value", "threshold", "at_most", "passed"),
    [(0.6, 0.5, False, True), (0.5, 0.5, False, True), (0.49, 0.5, False, False),
     (1.2, 1.25, True, True), (1.3, 1.25, True, False), (None, 0.5, False, False), (None, 1.25, True, False)],
)
def test_ratio_verdicts(value: float | None, threshold: float, at_most: bool, passed: bool) -> None:
    ratio = suite.Ratio("r", value, threshold, at_most=at_most)
    assert ratio.passed is passed
    assert ("PASS" if passed else "FAIL") in ratio.line()


def test_a_ratio_that_could_not_be_measured_says_why() -> None:
    line = suite.Ratio("cold", None, 5.0, detail="rates.convert unavailable").line()
    assert "n/a" in line and "FAIL" in line and "rates.convert unavailable" in line


def test_generated_corpus_is_deterministic_and_money_dense() -> None:
    first = corpus.generated_articles(20)
    assert first == corpus.generated_articles(20)
    assert first != corpus.generated_articles(20, seed=1)
    assert all(peers.floor_count(text) + text.count(" yuan") + text.count(" euros") > 0 for text in first)


def test_iter_chunks_stops_each_pass_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "c.tsv"
    path.write_text("t\t" + "x" * 1000 + "\n", encoding="utf-8")
    chunks = list(corpus.iter_chunks(path, times=3, limit=250, chunk_size=100))
    assert "".join(chunks) == ("t\t" + "x" * 248) * 3
    assert max(len(c) for c in chunks) <= 100


def test_iter_chunks_falls_back_to_the_generated_corpus(tmp_path: Path) -> None:
    text = "".join(corpus.iter_chunks(tmp_path / "absent.tsv", times=2, limit=5000))
    assert 9000 <= len(text) <= 10_004 and "$" in text


def test_floor_pattern_finds_symbol_plus_number() -> None:
    text = "It cost $53 billion, then £8bn, ¥380 billion and €5; not 2024 or $ alone."
    found = [m.group(0) for m in peers.floor_regex().finditer(text)]
    assert found == ["$53 billion", "£8bn", "¥380 billion", "€5"]


def test_conversion_inputs_are_weekdays_in_range_and_repeatable() -> None:
    rows = suite.conversion_inputs(300)
    assert rows == suite.conversion_inputs(300)
    assert all(day.weekday() < 5 and 2006 <= day.year <= 2024 for *_, day in rows)
    assert all(amount > 0 and amount.as_tuple().exponent == -2 for amount, *_ in rows)


def _tsv(tmp_path: Path, texts: list[str]) -> Path:
    path = tmp_path / "articles.tsv"
    path.write_text("".join(f"t{i}\t{text}\n" for i, text in enumerate(texts)), encoding="utf-8")
    return path


@pytest.mark.parametrize("blocksize", [1, 7, 40, 333, 10_000])
def test_dask_benchmark_blocks_give_every_line_once(tmp_path: Path, blocksize: int) -> None:
    pytest.importorskip("pyarrow")
    from benchmarks import dask_speedup as ds

    texts = [f"Line {i} costs ${i}bn {'é' * (i % 13)} \"quoted\"" + " pad" * (i * 7 % 23) for i in range(60)]
    path = _tsv(tmp_path, texts)
    size = path.stat().st_size
    blocks = [ds.read_articles(str(path), offset, blocksize) for offset in range(0, size, blocksize)]
    assert [t for block in blocks for t in block["text"].tolist()] == texts
    assert [t for block in blocks for t in block["title"].tolist()] == [f"t{i}" for i in range(60)]
    assert ds.read_articles(str(path))["text"].tolist() == texts


def test_dask_benchmark_compares_frames_on_mention_columns(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from benchmarks import dask_speedup as ds

    path = _tsv(tmp_path, ["Capex of $5bn.", "No money here.", "It raised £8bn (Rmb72.5bn)."])
    whole = ds.single_process(path)
    assert whole["amount"].tolist() == ["5000000000", "8000000000", "72500000000"]
    by_lines = ds.single_process(path, reader="lines")
    assert ds.same(by_lines, whole)
    shifted = whole.copy()
    shifted.loc[shifted.index[0], "end"] += 1
    assert not ds.same(shifted, whole)
    for api in ("frame", "bag"):
        blocks = 2 * ds.PARTITIONS_PER_WORKER[api]  # on two workers
        size = ds.blocksize_for(10**6, 2, api)
        assert size * blocks >= 10**6 > size * (blocks - 1)
    assert ds.blocksize_for(10**3, 2) == 1 << 16  # no block under 64 KiB


@pytest.mark.parametrize("api", ["frame", "bag"])
def test_dask_benchmark_both_sides_agree_on_a_small_corpus(tmp_path: Path, api: str) -> None:
    pytest.importorskip("distributed")
    from benchmarks import dask_speedup as ds

    texts = corpus.generated_articles(40)
    path = _tsv(tmp_path, texts)
    result = ds.measure(path, workers=2, repeats=1, api=api, blocksize=max(1, path.stat().st_size // 5))
    assert result["identical"] is True
    assert result["mentions"] == sum(len(moneyparse.extract(t)) for t in texts) > 0
    assert result["single_s"] > 0 and result["dask_s"] > 0 and len(result["dask_runs"]) == 1


def test_memory_probe_reports_its_own_peak_not_its_parents() -> None:
    # Linux carries ru_maxrss over exec: a probe started from a large process used to report the
    # size of the process that started it, so the flat-memory ratio could not fail.
    ballast = bytearray(256 << 20)
    ballast[:: 4096] = b"\x01" * len(ballast[:: 4096])  # touch every page: resident, not reserved
    probe = suite._memory_child(1, 100_000)
    assert probe["peak_kb"] < 200 << 10, probe
    assert probe["peak_kb"] >= probe["baseline_kb"] > 0
    del ballast
