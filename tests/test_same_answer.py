"""The same answer whatever the buffer: what ``extract`` finds does not hang on text far away, nor
on how the text is cut into chunks for ``iter_extract`` or for the command line.

Every signal the extractor takes from the text around a mention is bounded to a window
(``WIDE_WINDOW`` characters at most), and the streamer keeps more than that on both sides of what
it emits: so ``extract`` over a whole text, ``iter_extract`` over any chunking of it and
``moneyparse extract --chunk-size N`` over a file of it give the same mentions.  The properties
over real text read the shared corpus (``../shared/corpus``) and skip when it is absent.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import moneyparse
from moneyparse.cli import main
from moneyparse.scanner import WIDE_WINDOW

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "enwiki-money.tsv"
needs_corpus = pytest.mark.skipif(not CORPUS.is_file(), reason="../shared/corpus/enwiki-money.tsv is absent")

#: Prose of our own with no money in it, to put distance between two parts of a text.
FILLER = "The committee met again on Tuesday and read the minutes of the last meeting aloud. "


def texts(found: list[moneyparse.Mention]) -> list[str]:
    return [m.text for m in found]


# --------------------------------------------------------------------------------------------
# Signs of shell code count near them only
# --------------------------------------------------------------------------------------------


def test_a_shell_sign_far_off_leaves_a_bet_a_bet() -> None:
    # a shell line at the top of a long file once turned every bare "$2" of the file into a field
    far = 'x="$1"\n' + FILLER * (900_000 // len(FILLER)) + "She placed a $2 Exacta bet on the fourth race."
    assert len(far) > 900_000
    assert texts(moneyparse.extract(far)) == ["$2"]
    assert texts(moneyparse.iter_extract([far[i : i + 65_536] for i in range(0, len(far), 65_536)])) == ["$2"]


def test_a_shell_sign_near_makes_a_field() -> None:
    # near its sign, "$2" is the shell's second argument, as before
    assert moneyparse.extract('x="$1"; y="$2" are the arguments; echo $2 prints the second.') == []
    near = 'x="$1"\n' + FILLER * 3 + "Then $2 is the second argument."
    assert moneyparse.extract(near) == []


@pytest.mark.parametrize("gap", [WIDE_WINDOW // 2, WIDE_WINDOW - 100, WIDE_WINDOW + 100, 3 * WIDE_WINDOW])
def test_the_reach_of_a_shell_sign_is_the_wide_window(gap: int) -> None:
    # a bare "$3" counts as a field within WIDE_WINDOW characters of a sign, before or after it
    pad = " " * gap
    before = 'pattern="$1"' + pad + "a $3 fee"
    after = "a $3 fee" + pad + ' pattern="$1"'
    for text in (before, after):
        found = texts(moneyparse.extract(text))
        assert found == ([] if gap <= WIDE_WINDOW else ["$3"]), (gap, text[:12])
        streamed = texts(moneyparse.iter_extract(text[i : i + 997] for i in range(0, len(text), 997)))
        assert streamed == found


# --------------------------------------------------------------------------------------------
# Real text, cut at random
# --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus() -> str:
    if not CORPUS.is_file():
        pytest.skip("../shared/corpus/enwiki-money.tsv is absent")
    return CORPUS.read_text(encoding="utf-8")


def cut(text: str, points: list[int]) -> list[str]:
    """``text`` split at the offsets ``points`` (taken modulo its length, sorted)."""
    bounds = [0, *sorted(p % (len(text) + 1) for p in points), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


@needs_corpus
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.integers(0, 10**9),
    st.integers(120_000, 400_000),
    st.lists(st.integers(0, 10**9), max_size=60),
    st.lists(st.integers(1, 9), max_size=200),
)
def test_real_text_any_chunking(corpus: str, at: int, size: int, points: list[int], tiny: list[int]) -> None:
    """A long stretch of real articles (several of the streamer's blocks) cut at random points,
    some of its chunks a few characters long, streams to exactly what ``extract`` finds in it."""
    start = at % (len(corpus) - size)
    text = corpus[start : start + size]
    chunks = cut(text, points)
    if tiny:  # a run of tiny chunks somewhere in the middle
        i = len(chunks) // 2
        head, rest = chunks[i][: sum(tiny)], chunks[i][sum(tiny) :]
        small = [head[a:b] for a, b in itertools.pairwise([0, *itertools.accumulate(tiny)])]
        chunks[i : i + 1] = [*small, rest]
    assert "".join(chunks) == text
    whole = moneyparse.extract(text)
    assert list(moneyparse.iter_extract(iter(chunks))) == whole


# --------------------------------------------------------------------------------------------
# The command line, whatever its read size
# --------------------------------------------------------------------------------------------


@needs_corpus
def test_the_cli_finds_the_same_records_at_every_chunk_size(capsys: pytest.CaptureFixture[str]) -> None:
    """``moneyparse extract --chunk-size N`` over the corpus: the same records for every N."""
    outputs: dict[int, str] = {}
    for size in (1 << 20, 65_536, 4_099):
        status = main(["extract", str(CORPUS), "--format", "jsonl", "--chunk-size", str(size)])
        out, err = capsys.readouterr()
        assert status == 0, err
        outputs[size] = out
    first, *others = outputs.values()
    assert all(out == first for out in others)
    records = [json.loads(line) for line in first.splitlines()]
    assert len(records) == len(moneyparse.extract(CORPUS.read_text(encoding="utf-8")))
    assert len(records) > 8_000
