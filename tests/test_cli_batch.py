"""``moneyparse extract`` over batches of files: the output file, failures, interruptions.

Run in process through ``main(argv)``, and as a subprocess where a signal is sent.  The
sentences are written for these tests.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from moneyparse.cli import main

TEXT = "Capex hit Rmb72.5bn (£8bn) in 2024.\nMeta plans to spend $65 billion this year.\n"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "capex.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


# -- -o naming an input ----------------------------------------------------------------------------


def _same_path(article: Path) -> str:
    return str(article)


def _relative_path(article: Path) -> str:
    return os.path.relpath(article)


def _dotted_path(article: Path) -> str:
    return str(article.parent / "." / ".." / article.parent.name / article.name)


def _symlink(article: Path) -> str:
    link = article.parent / "link.txt"
    link.symlink_to(article)
    return str(link)


def _hard_link(article: Path) -> str:
    link = article.parent / "hard.txt"
    os.link(article, link)
    return str(link)


@pytest.mark.parametrize("name", [_same_path, _relative_path, _dotted_path, _symlink, _hard_link])
@pytest.mark.parametrize("workers", ["1", "2"])
def test_output_naming_an_input_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path, name: object, workers: str
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("It cost €3m.\n", encoding="utf-8")
    output = name(article)  # type: ignore[operator]
    status, out, err = run(capsys, "extract", other, article, "-o", output, "--workers", workers)
    assert (status, out) == (2, "")
    assert err.startswith(f"moneyparse: error: output {output!r} ") and err.count("\n") == 1, err
    assert repr(str(article)) in err
    assert article.read_text(encoding="utf-8") == TEXT, "the article is untouched"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_output_beside_the_input_is_written(capsys: pytest.CaptureFixture[str], tmp_path: Path, article: Path) -> None:
    target = tmp_path / "capex.jsonl"
    status, out, err = run(capsys, "extract", article, "-o", target)
    assert (status, out, err) == (0, "", "")
    assert [json.loads(line)["text"] for line in target.read_text(encoding="utf-8").splitlines()] == [
        "Rmb72.5bn",
        "£8bn",
        "$65 billion",
    ]
    assert article.read_text(encoding="utf-8") == TEXT
