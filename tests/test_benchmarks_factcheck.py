"""The fact-check benchmark: every flag on the conversions dev set is read by hand, and the reading holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import factcheck


def test_every_flag_is_read_and_every_reading_names_a_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert factcheck.main(["--check"]) == 0, capsys.readouterr().err
    out = capsys.readouterr().out
    assert out.startswith("conversions: ") and "real errors of the text" in out


def test_the_figures_add_up() -> None:
    counts, flags, pairs = factcheck.run()
    judged = factcheck.read_judgements(factcheck.SET / "flags.tsv")
    figures = factcheck.summarize(counts, flags, judged, pairs)
    assert sum(figures["verdicts"].values()) == pairs == figures["pairs"]
    assert figures["flags"] == figures["verdicts"]["doubtful"] + figures["verdicts"]["inconsistent"]
    assert figures["real_errors"] + figures["not_errors"] + figures["unsure"] == figures["read"] == figures["flags"]
    # a cause is named only for an inconsistent pair, and read as such
    assert figures["with_cause"] == sum(n for c, n in figures["causes"].items() if c != "none")


@pytest.mark.parametrize(
    "text",
    [
        "doc\tfirst\tsecond\tverdict\terror\tcause\n",
        "doc\tfirst\tsecond\tverdict\terror\tcause\tnote\ncv1\t£1\t$2\tinconsistent\tmaybe\tnone\tx\n",
        "doc\tfirst\tsecond\tverdict\terror\tcause\tnote\ncv1\t£1\t$2\tinconsistent\tyes\tnone\n",
    ],
)
def test_a_malformed_reading_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "flags.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError):
        factcheck.read_judgements(path)
