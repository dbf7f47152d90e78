"""Coverage-guided fuzz target for ``moneyparse`` (atheris / libFuzzer).

Run a fixed number of inputs from the committed seeds::

    python fuzz/fuzz_extract.py -atheris_runs=20000 fuzz/corpus

Each input is decoded as UTF-8 (invalid bytes replaced), or, when its first byte is odd, read by
atheris' data provider as arbitrary Unicode including lone surrogates.  For every text the target
checks what must hold for any ``str``:

* ``extract`` returns mentions with valid spans (``text[start:end] == m.text``), in order and not
  overlapping, with exact ``Decimal`` amounts and a three-letter code;
* ``iter_extract`` over the text cut into chunks gives exactly the same mentions;
* ``pairs`` pairs mentions that ``extract`` found;
* ``parse`` returns a mention or raises ``AmountParseError`` carrying the text, nothing else.

Any other exception or a failed check stops the run with the crashing input written out
(``crash-<sha1>`` in the working directory).  New inputs found during a run go to a temporary
directory, so the committed seeds never change.
"""

from __future__ import annotations

import atexit
import shutil
import sys
import tempfile
from decimal import Decimal

import atheris

with atheris.instrument_imports():
    import moneyparse
    import moneyparse.candidates
    import moneyparse.changes
    import moneyparse.currency
    import moneyparse.filters
    import moneyparse.grammar
    import moneyparse.hedges
    import moneyparse.language
    import moneyparse.lexicon
    import moneyparse.names
    import moneyparse.number_words
    import moneyparse.numbers
    import moneyparse.packs
    import moneyparse.pairing
    import moneyparse.phrases
    import moneyparse.ranges
    import moneyparse.reading
    import moneyparse.scanner
    import moneyparse.spelled
    import moneyparse.spelled_reading

#: Inputs longer than this are cut: the target checks behaviour, the timing tests check speed.
MAX_CHARS = 4096


def text_of(data: bytes) -> str:
    """The text an input stands for (see the module docstring)."""
    if data and data[0] & 1:
        provider = atheris.FuzzedDataProvider(data[1:])
        return provider.ConsumeUnicode(MAX_CHARS)
    return data.decode("utf-8", "replace")[:MAX_CHARS]


def check_mentions(text: str, found: list[moneyparse.Mention]) -> None:
    """Raise ``AssertionError`` when an ``extract`` result breaks an invariant."""
    assert isinstance(found, list), type(found)
    previous_end = 0
    for m in found:
        assert 0 <= m.start < m.end <= len(text), (m.start, m.end, len(text))
        assert text[m.start : m.end] == m.text, (m.start, m.end, m.text)
        assert m.start >= previous_end, ("overlap", m.start, previous_end)
        previous_end = m.end
        assert type(m.amount) is Decimal and m.amount.is_finite(), m.amount
        assert m.high is None or (type(m.high) is Decimal and m.high > m.amount), (m.amount, m.high)
        assert len(m.currency) == 3 and m.currency.isascii() and m.currency.isupper(), m.currency


def chunks_of(text: str, seed: int) -> list[str]:
    """``text`` cut at points that depend on ``seed`` (one-character chunks included)."""
    step = seed % 13 + 1
    out = []
    i = 0
    while i < len(text):
        out.append(text[i : i + step])
        i += step
        step = (step * 7 + 3) % 17 + 1
    return out


def test_one_input(data: bytes) -> None:
    """The libFuzzer entry point: check every invariant on the text of ``data``."""
    text = text_of(data)
    found = moneyparse.extract(text)
    check_mentions(text, found)
    streamed = list(moneyparse.iter_extract(chunks_of(text, len(data))))
    assert streamed == found, (text, streamed, found)
    for pair in moneyparse.pairs(text):
        assert pair.first in found and pair.second in found, pair
    try:
        moneyparse.parse(text)
    except moneyparse.AmountParseError as error:
        assert error.text == text


def with_scratch_corpus(argv: list[str]) -> list[str]:
    """``argv`` with a temporary directory put before the first corpus directory.

    libFuzzer writes every new interesting input into the first corpus directory it is given;
    putting a scratch directory first keeps the committed seeds as they are.
    """
    positions = [i for i, arg in enumerate(argv) if i > 0 and not arg.startswith("-")]
    if not positions:
        return argv
    scratch = tempfile.mkdtemp(prefix="moneyparse-fuzz-")
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    first = positions[0]
    return [*argv[:first], scratch, *argv[first:]]


def main(argv: list[str]) -> None:
    """Hand the command line to libFuzzer (``-atheris_runs=N``, corpus directories...)."""
    atheris.Setup(with_scratch_corpus(argv), test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
