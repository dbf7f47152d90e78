"""``iter_extract`` over any chunking equals ``extract`` over the joined text.

The streamer reads blocks of ``scanner._BLOCK`` characters and keeps a margin of
``scanner._MARGIN`` characters either side, so the interesting cuts are (a) chunk boundaries that
split a phrase, a number, a scale word, a CJK numeral run or a pair, and (b) block boundaries of
the streamer itself on texts longer than a block.  Short texts with random cut points cover (a);
texts over 200 KB, and a property run with a small block, cover (b).  Memory must not grow with
the stream: a 20 MB stream peaks no higher than a 5 MB one.
"""

from __future__ import annotations

import gc
import itertools
import random
import tracemalloc
from collections.abc import Iterator

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

import moneyparse
from moneyparse import Mention, scanner

# Phrases that the chunking may cut anywhere: every family the scanner reads.
PHRASES = [
    "Rmb72.5bn (£8bn)",
    "$53 billion (¥380 billion)",
    "$2bn (1.53bn euros; £1.05bn)",
    "about $5-6bn",
    "£2bn-£2.5bn",
    "$40 to $50 million",
    "more than 380 billion yuan",
    "−€13.2 million",
    "1.234,56 €",
    "CHF 1'049.95",
    "₹12,34,567.89",
    "USD34.6 million",
    "twenty million dollars",
    "half a million pounds",
    "99p",
    "五亿英镑（约合6.7亿美元）",
    "三千八百亿元",
    "超过1.5万亿元",
    "¥1,200 for a bowl of ramen in Tokyo",
    "HK$3.2bn, or US$410m,",
    "at least €500,000",
    "up to 4.3 trillion yen",
    # fractions, spoken decimals, names of several words, colons, halves, spelled ranges
    "two and a half billion dollars",
    "three quarters of a million dollars",
    "zwei Komma fünf Millionen Euro",
    "twenty point five o six dollars",
    "$125 billion U.S. dollars",
    "(BHD:194 Million)",
    "un millón y medio de dólares",
    "five to six million dollars",
    "一共三块五。",
]
FILLER = [
    " ", ". ", ", ", "\n", " the company said ", " in 2024 ", " 70 billion parameters ", " Q4 2024 ",
    " (page 12-14) ", " Alibaba ", " 阿里巴巴表示 ", " a growth of 5% ", " Beijing ", " — ", " and ",
]

pieces = st.lists(st.one_of(st.sampled_from(PHRASES), st.sampled_from(FILLER)), min_size=1, max_size=30)


def cut(text: str, points: list[int]) -> list[str]:
    """``text`` split at the given offsets (sorted, duplicates giving empty chunks)."""
    bounds = [0, *sorted(p % (len(text) + 1) for p in points), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


def streamed(chunks: list[str] | Iterator[str]) -> list[Mention]:
    """The mentions of ``iter_extract`` over ``chunks``, consumed through a generator."""
    return list(moneyparse.iter_extract(iter(chunks)))


@settings(max_examples=300, deadline=None)
@given(pieces.map("".join), st.lists(st.integers(0, 10**6), max_size=25))
def test_any_chunking_of_short_text(text: str, points: list[int]) -> None:
    """Random cut points, empty chunks included: the same mentions, same offsets, same values."""
    whole = moneyparse.extract(text)
    assert streamed(cut(text, points)) == whole
    event(f"mentions: {'0' if not whole else '1-5' if len(whole) <= 5 else '6+'}")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PHRASES), min_size=1, max_size=8), st.integers(0, 2), st.data())
def test_every_cut_inside_a_phrase(phrases: list[str], spacing: int, data: st.DataObject) -> None:
    """Each phrase is cut at a point strictly inside it (a number, a scale word, a CJK run, a pair)."""
    sep = [" ", ", and ", " then "][spacing]
    text = sep.join(phrases)
    points = []
    offset = 0
    for p in phrases:
        points.append(offset + data.draw(st.integers(1, max(1, len(p) - 1)), label="cut"))
        offset += len(p) + len(sep)
    assert streamed(cut(text, points)) == moneyparse.extract(text)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(PHRASES), st.sampled_from(FILLER)), min_size=20, max_size=80),
    st.integers(8_000, 14_000),
    st.lists(st.integers(0, 10**6), max_size=10),
)
def test_block_boundaries_with_small_block(parts: list[str], padding: int, points: list[int]) -> None:
    """With a 512-character block the streamer cuts often; the full margin keeps every result.

    The block size only decides how often the buffer is rescanned, not what a mention depends
    on, so shrinking it must not change anything while it puts many block boundaries inside
    phrases and their context windows.
    """
    body = "".join(parts)
    text = body + " x" * (padding // 2) + " " + body
    whole = moneyparse.extract(text)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(scanner, "_BLOCK", 512)
        got = streamed(cut(text, points))
    assert got == whole


# --------------------------------------------------------------------------------------------
# Texts longer than a block, at the real block size
# --------------------------------------------------------------------------------------------


def long_text(size: int, seed: int) -> str:
    """A money-dense text of at least ``size`` characters so that every block boundary cuts phrases."""
    rng = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(PHRASES) if rng.random() < 0.6 else rng.choice(FILLER) * rng.randint(1, 3)
        out.append(piece)
        length += len(piece)
    return "".join(out)


def sized_chunks(text: str, sizes: Iterator[int]) -> Iterator[str]:
    """``text`` in chunks whose sizes come from ``sizes``."""
    i = 0
    while i < len(text):
        n = next(sizes)
        yield text[i : i + n]
        i += n


@pytest.fixture(scope="module")
def long_case() -> tuple[str, list[Mention]]:
    """A 230 KB text (three and a half blocks) and its mentions, computed once."""
    text = long_text(230_000, seed=7)
    return text, moneyparse.extract(text)


@pytest.mark.parametrize(
    "sizes",
    [
        pytest.param(lambda: itertools.repeat(1 << 30), id="one-chunk"),
        pytest.param(lambda: itertools.repeat(1 << 16), id="block-sized"),
        pytest.param(lambda: itertools.repeat(4099), id="4099"),
        pytest.param(lambda: (random.Random(3).randint(1, 30_000) for _ in itertools.count()), id="random"),
        pytest.param(lambda: itertools.repeat(1), id="one-char"),
    ],
)
def test_long_text_any_chunking(long_case: tuple[str, list[Mention]], sizes) -> None:
    """Over 200 KB the streamer crosses blocks: still exactly the mentions of ``extract``."""
    text, whole = long_case
    assert len(text) > 200_000 and len(whole) > 5_000
    got = streamed(sized_chunks(text, sizes()))
    assert len(got) == len(whole)
    assert got == whole


CHUNK = 7777


def first_emission(chunk: int = CHUNK) -> int:
    """Stream offset below which the first block's mentions are emitted, for chunks of ``chunk``.

    The streamer scans once its buffer holds a block and two margins, and emits what starts
    more than a margin before the buffer's end; the next buffer begins a margin earlier still.
    """
    need = scanner._BLOCK + 2 * scanner._MARGIN
    return -(-need // chunk) * chunk - scanner._MARGIN


def around_emission(phrase: str, lead: int) -> str:
    """Filler, then ``phrase`` starting ``lead`` characters before the first emission point."""
    start = first_emission() - lead
    before = "w " * (start // 2) + " " * (start % 2)
    return before + phrase + " " + "w " * 8_000


def leads(phrase: str) -> list[int]:
    """Where the phrase starts relative to the emission point: just before, at its middle, near its end."""
    return sorted({1, min(100, len(phrase) - 1), len(phrase) // 2, max(1, len(phrase) - 2)})


def check_around_emission(phrase: str) -> None:
    """Stream and whole agree wherever ``phrase`` crosses the first emission point."""
    for lead in leads(phrase):
        text = around_emission(phrase, lead)
        whole = moneyparse.extract(text)
        got = streamed(list(sized_chunks(text, itertools.repeat(CHUNK))))
        assert [(m.start, m.end, m.amount, m.currency) for m in got] == [
            (m.start, m.end, m.amount, m.currency) for m in whole
        ], f"lead={lead}"
        assert got == whole


@pytest.mark.parametrize(
    "phrase",
    [
        pytest.param("$" + "7" * 4000, id="4000-digit number"),
        pytest.param("-".join(["$5"] * 1500), id="range chain $5-$5"),
        pytest.param("-".join(f"${i}" for i in range(1, 1200)), id="rising range chain"),
        pytest.param("三千八百" * 800 + "亿元", id="CJK numeral run"),
        pytest.param("五亿元" * 800, id="CJK amounts run"),
        pytest.param(" ".join(["about $5"] * 600), id="hedges"),
        pytest.param("Rmb72.5bn (£8bn) " * 300, id="pairs"),
        pytest.param("$53 billion (¥380 billion) in Tokyo " * 150, id="pairs with evidence"),
        pytest.param("$" + " " * 3000 + "5", id="long blank run"),
        pytest.param("(" * 3000 + "$5" + ")" * 3000, id="deep brackets"),
        pytest.param("one " * 900 + "dollars", id="spelled chain within the margin"),
    ],
)
def test_long_structures_across_the_emission_point(phrase: str) -> None:
    """Runs and chains that straddle the point where the streamer splits its output agree."""
    check_around_emission(phrase)


def test_spelled_chain_longer_than_margin() -> None:
    """A spelled chain 400 characters longer than the margin is found once, as in ``extract``."""
    phrase = "one " * (scanner._MARGIN // 4 + 100) + "dollars"
    assert len(moneyparse.extract(phrase)) == 1
    check_around_emission(phrase)


@pytest.mark.parametrize("word", ["cinq ", "achtund", "vingt-"])
def test_chain_spelled_in_another_language_longer_than_margin(word: str) -> None:
    """A chain of words of another language, set apart, glued or hyphenated, far longer than the
    margin: stream and whole agree (the scan bounds how many words it takes)."""
    check_around_emission(word * (scanner._MARGIN // len(word) + 100) + "vingt euros")
    check_around_emission(word * (scanner._MARGIN // len(word) + 100) + "vingt USD 5")


def test_long_words_of_another_language_before_a_number() -> None:
    """Sixty glued words of 210 letters, then "cinq euros": where the scan goes on after the words
    depends on the marker, not on how far back the words began, so stream and whole agree."""
    check_around_emission(" ".join(["dos" * 70] * 60) + " cinq euros")
    check_around_emission("-".join(["dos" * 70] * 60) + " cinq euros")


def test_comma_run_longer_than_margin() -> None:
    """``$1,1,1,…`` three margins long across the emission point: stream and whole agree."""
    check_around_emission("$" + "1," * (3 * scanner._MARGIN // 2) + "1")


def test_or_chain_longer_than_margin() -> None:
    """The currency a pair settles for "¥" must not depend on where the stream buffer starts.

    In "¥7, or US$1, or ¥150, or US$20, or ¥7, …" the pairs read from the start are (¥7, US$1)
    and (¥150, US$20), both yuan rates; read from one item later they are (US$1, ¥150), a yen
    rate.  The chain is shifted by a few characters to meet the buffer's restart at each item.
    """
    period = "¥7, or US$1, or ¥150, or US$20"
    chain = ", or ".join([period] * (2 * scanner._MARGIN // len(period))) + "."
    for shift in (0, 12, 24):
        # the chain begins before the next buffer does and runs on past the emission point
        text = around_emission(" " * shift + chain, lead=scanner._MARGIN + 1_000)
        whole = moneyparse.extract(text)
        got = streamed(list(sized_chunks(text, itertools.repeat(CHUNK))))
        assert [(m.start, m.currency) for m in got] == [(m.start, m.currency) for m in whole], f"shift={shift}"


def test_stream_is_lazy() -> None:
    """The first mentions come out before the input ends (an endless input is fine)."""

    def endless() -> Iterator[str]:
        while True:
            yield "The deal was worth $5m. " + "word " * 2000

    first = list(itertools.islice(moneyparse.iter_extract(endless()), 3))
    assert [m.amount for m in first] == [5_000_000] * 3
    assert first[0].start == len("The deal was worth ")


def test_offsets_index_the_joined_stream() -> None:
    """Offsets count characters of the joined chunks, across blocks and non-ASCII text."""
    chunks = ["价格为", "€5m", " ", "😀" * 70_000, " and £3bn."]
    joined = "".join(chunks)
    got = streamed(chunks)
    assert [joined[m.start : m.end] for m in got] == [m.text for m in got] == ["€5m", "£3bn"]


# --------------------------------------------------------------------------------------------
# Memory
# --------------------------------------------------------------------------------------------

_UNIT = "The board met on Tuesday and reviewed the quarterly figures in detail. " * 60 + "Capex hit Rmb72.5bn (£8bn). "


def generated_stream(total: int, chunk: int = 32_768) -> Iterator[str]:
    """``total`` characters of prose with a pair every 4 KB, produced lazily in chunks."""
    text = _UNIT * (chunk // len(_UNIT) + 2)
    sent = 0
    while sent < total:
        start = sent % len(_UNIT)
        piece = text[start : start + chunk]
        yield piece
        sent += len(piece)


def peak_while_streaming(total: int) -> tuple[int, int]:
    """Peak traced memory and mention count while streaming ``total`` characters."""
    gc.collect()
    tracemalloc.start()
    try:
        count = sum(1 for _ in moneyparse.iter_extract(generated_stream(total)))
        return tracemalloc.get_traced_memory()[1], count
    finally:
        tracemalloc.stop()


def test_memory_stays_bounded() -> None:
    """A 20 MB stream peaks within 1.5x of a 5 MB one, and within a few buffers in absolute terms."""
    peak_while_streaming(300_000)  # load tables and patterns outside the measurement
    small, small_count = peak_while_streaming(5_000_000)
    large, large_count = peak_while_streaming(20_000_000)
    assert large_count > 3.5 * small_count > 0
    assert large < 1.5 * small, (small, large)
    buffer_chars = scanner._BLOCK + 2 * scanner._MARGIN
    assert large < 40 * buffer_chars, (large, buffer_chars)
