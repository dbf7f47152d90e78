"""``moneyparse extract --scheduler``: the same mentions from a Dask cluster as from this process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
dask = pytest.importorskip("dask", reason="the dask extra is not installed")

from moneyparse.cli import main  # noqa: E402

TEXT = "Capex hit Rmb72.5bn (£8bn) in 2024.\nMeta plans to spend $65 billion this year.\n"


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def test_scheduler_gives_the_local_mentions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, scheduler: str
) -> None:
    paths = []
    for number in range(3):
        path = tmp_path / f"doc{number}.txt"
        path.write_text(TEXT * (number + 1), encoding="utf-8")
        paths.append(str(path))
    assert main(["extract", *paths]) == 0
    local = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert main(["extract", *paths, "--scheduler", scheduler]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    remote = [json.loads(line) for line in out.splitlines()]
    assert len(remote) == len(local) == 3 * (1 + 2 + 3)
    assert remote == local


def test_scheduler_numbers_lines_as_the_local_run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, scheduler: str
) -> None:
    path = tmp_path / "lines.txt"
    text = "No money here.\n\nCapex hit Rmb72.5bn (£8bn).\r\nThen $65 billion,\nand €3m.\n"
    path.write_bytes(text.encode("utf-8"))
    assert main(["extract", str(path), "--scheduler", scheduler]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert err == "" and [r["text"] for r in records] == ["Rmb72.5bn", "£8bn", "$65 billion", "€3m"]
    assert [r["line"] for r in records] == [3, 3, 4, 5]
    assert [r["line"] for r in records] == [text[: r["start"]].count("\n") + 1 for r in records]
    assert main(["extract", str(path)]) == 0
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == records


def test_scheduler_reports_a_bad_file(capsys: pytest.CaptureFixture[str], tmp_path: Path, scheduler: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"It cost $5 \xff")
    assert main(["extract", str(bad), "--scheduler", scheduler]) == 2
    out, err = capsys.readouterr()
    assert err.startswith("moneyparse: error: ") and err.count("\n") == 1
    assert repr(str(bad)) in err and "11" in err


def test_unreachable_scheduler_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        status = main(["extract", str(path), "--scheduler", "tcp://127.0.0.1:9"])
    out, err = capsys.readouterr()
    assert (status, out) == (2, "")
    assert err.startswith("moneyparse: error: ") and err.count("\n") == 1
    assert "127.0.0.1:9" in err
