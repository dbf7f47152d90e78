"""``moneyparse extract --scheduler``: the same mentions from a Dask cluster as from this process."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
dask = pytest.importorskip("dask", reason="the dask extra is not installed")

from moneyparse.cli import main  # noqa: E402
from moneyparse.errors import SchedulerAddressError, SchedulerError  # noqa: E402

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


# -- a scheduler that cannot be used: one line, at once --------------------------------------------

SCRIPT = Path(sys.executable).parent / "moneyparse"


def _closed_port() -> int:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        return int(listener.getsockname()[1])


def _run_script(*argv: str) -> tuple[subprocess.CompletedProcess[str], float]:
    began = time.monotonic()
    result = subprocess.run([str(SCRIPT), *argv], capture_output=True, text=True, timeout=120)
    return result, time.monotonic() - began


@pytest.mark.parametrize(
    ("address", "named"),
    [
        ("notaurl", "invalid Dask scheduler address 'notaurl'"),
        ("tcp://127.0.0.1:{closed}", "Connection refused"),
        ("http://127.0.0.1:8786", "unknown protocol 'http'"),
    ],
)
def test_a_scheduler_that_cannot_be_used_fails_within_seconds(tmp_path: Path, address: str, named: str) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    address = address.format(closed=_closed_port())
    result, seconds = _run_script("extract", str(path), "--scheduler", address)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("moneyparse: error: ") and result.stderr.count("\n") == 1, result.stderr
    assert named in result.stderr and repr(address) in result.stderr
    # before: a minute of waiting and a traceback from the client's clean-up (notaurl), or the
    # 30 s of Dask's connect timeout (a closed port); neither needs Dask to be imported now
    assert seconds < 5, seconds


def test_a_listener_that_never_answers_fails_after_the_connect_timeout(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    with socket.socket() as listener:  # accepts connections (the kernel does) and says nothing
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        address = f"tcp://127.0.0.1:{listener.getsockname()[1]}"
        result, seconds = _run_script("extract", str(path), "--scheduler", address, "--connect-timeout", "1")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"moneyparse: error: Dask scheduler {address!r}: no answer within 1 s\n"
    # Dask would wait for the greeting forever; importing Dask takes seconds of its own
    assert seconds < 25, seconds


def test_connect_refuses_a_malformed_address_before_connecting() -> None:
    import moneyparse.dask as mpd

    with pytest.raises(SchedulerAddressError) as info:
        mpd.connect("notaurl", timeout=1)
    assert isinstance(info.value, ValueError) and info.value.address == "notaurl"
    with pytest.raises(SchedulerError, match="Connection refused"):
        list(mpd.extract_files([__file__], scheduler=f"tcp://127.0.0.1:{_closed_port()}", connect_timeout=1))
    with pytest.raises(ValueError, match="connect_timeout"):
        mpd.extract_files([__file__], scheduler="tcp://127.0.0.1:8786", connect_timeout=0)


def test_connect_gives_a_working_client(scheduler: str) -> None:
    import moneyparse.dask as mpd

    client = mpd.connect(scheduler, timeout=10)
    try:
        assert client.submit(len, "four").result() == 4
    finally:
        client.close()


def _comm_closed() -> BaseException:
    from distributed.comm.core import CommClosedError

    return CommClosedError("in <TCP (closed) Client->Scheduler>: Stream is closed")


def _cancelled() -> BaseException:
    import concurrent.futures

    return concurrent.futures.CancelledError()


@pytest.mark.parametrize(("make", "named"), [(_comm_closed, "CommClosedError: in <TCP"), (_cancelled, "CancelledError")])
def test_a_failure_of_the_cluster_is_one_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    scheduler: str,
    monkeypatch: pytest.MonkeyPatch,
    make: Callable[[], BaseException],
    named: str,
) -> None:
    import moneyparse.dask as mpd

    def dying(paths: list[str], **options: object) -> Iterator[object]:
        yield from ()
        raise make()

    monkeypatch.setattr(mpd, "extract_files_with_lines", dying)
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(path), "--scheduler", scheduler]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"moneyparse: error: Dask scheduler {scheduler!r}: {named}") and err.count("\n") == 1, err


def test_connect_timeout_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "doc.txt", "--scheduler", "tcp://127.0.0.1:8786", "--connect-timeout", "0"]) == 2
    assert capsys.readouterr().err == (
        "moneyparse: error: argument --connect-timeout: invalid duration '0' (expected seconds, e.g. 3 or 0.5)\n"
    )


# -- --keep-going on a cluster -----------------------------------------------------------------------


def _batch(tmp_path: Path) -> list[str]:
    first = tmp_path / "first.txt"
    first.write_text("The first fee was $12.\n", encoding="utf-8")
    invalid = tmp_path / "latin.txt"
    invalid.write_bytes("Caf\xe9 bills reached £40.\n".encode("latin-1"))
    second = tmp_path / "second.txt"
    second.write_text("The second cost €3m.\n", encoding="utf-8")
    return [str(first), str(tmp_path / "missing.txt"), str(invalid), str(second)]


def test_keep_going_on_a_cluster_gives_the_local_records_and_errors(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, scheduler: str
) -> None:
    files = _batch(tmp_path)
    assert main(["extract", *files, "--keep-going", "--format", "json"]) == 2
    local = capsys.readouterr()
    assert main(["extract", *files, "--keep-going", "--format", "json", "--scheduler", scheduler]) == 2
    remote = capsys.readouterr()
    assert [r["text"] for r in json.loads(remote.out)] == ["$12", "€3m"]
    assert json.loads(remote.out) == json.loads(local.out)
    assert remote.err.count("\n") == 3 and remote.err.endswith("2 of 4 files could not be read\n")
    assert repr(files[1]) in remote.err and repr(files[2]) in remote.err


@pytest.mark.parametrize("read", ["worker", "client"])
def test_extract_files_hands_each_failure_to_on_error(tmp_path: Path, scheduler: str, read: str) -> None:
    import moneyparse.dask as mpd

    files = _batch(tmp_path)
    failed: list[tuple[str, type[BaseException]]] = []
    found = [
        (path, mention.text)
        for path, mention in mpd.extract_files(
            files, scheduler=scheduler, read=read, batch_bytes=1 << 20,
            on_error=lambda path, error: failed.append((path, type(error))),
        )
    ]
    assert found == [(files[0], "$12"), (files[3], "€3m")]
    assert failed == [(files[1], FileNotFoundError), (files[2], mpd.FileDecodeError)]
    with pytest.raises(FileNotFoundError):
        list(mpd.extract_files(files, scheduler=scheduler, read=read))


# -- files read on a cluster as in one process -------------------------------------------------------


def test_a_cluster_reads_marks_nul_bytes_and_directories_as_one_process_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, scheduler: str
) -> None:
    import codecs

    texts = {
        "bom8.txt": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        "bom16.txt": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
        "wide.txt": TEXT.encode("utf-16-le"),
        "nul.txt": b"Notes\0\n" + TEXT.encode("utf-8"),
        "png.txt": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)),
    }
    files = []
    for name, data in texts.items():
        (tmp_path / name).write_bytes(data)
        files.append(str(tmp_path / name))
    files.append(str(tmp_path))  # a directory
    errors = {}
    for extra in ("strict", "replace"):
        assert main(["extract", *files, "--keep-going", "--errors", extra]) == 2
        local = capsys.readouterr()
        assert main(["extract", *files, "--keep-going", "--errors", extra, "--scheduler", scheduler]) == 2
        remote = capsys.readouterr()
        assert (remote.out, remote.err) == (local.out, local.err)
        errors[extra] = local.err
    assert "--encoding utf-16-le" in errors["strict"] and "binary file" in errors["strict"]
    assert errors["replace"].count("\n") == 2 and "is a directory" in errors["replace"]
