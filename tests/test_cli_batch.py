"""``moneyparse extract`` over batches of files: the output file, failures, interruptions.

Run in process through ``main(argv)``, and as a subprocess where a signal is sent.  The
sentences are written for these tests.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
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


# -- a batch with files that cannot be read ----------------------------------------------------------


def _batch(tmp_path: Path) -> tuple[list[Path], list[str]]:
    """Five files, two of which cannot be read, and the texts of the mentions of the others."""
    first = tmp_path / "first.txt"
    first.write_text("The first fee was $12.\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    binary = tmp_path / "logo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)))
    second = tmp_path / "second.txt"
    second.write_text("The second cost €3m.\n", encoding="utf-8")
    invalid = tmp_path / "latin.txt"
    invalid.write_bytes("Caf\xe9 bills reached £40.\n".encode("latin-1"))
    return [first, missing, binary, second, invalid], ["$12", "€3m"]


@pytest.mark.parametrize("workers", ["1", "2"])
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_keep_going_reports_each_bad_file_and_ends_with_status_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, workers: str, fmt: str
) -> None:
    files, texts = _batch(tmp_path)
    status, out, err = run(capsys, "extract", *files, "--keep-going", "--format", fmt, "--workers", workers)
    assert status == 2
    lines = err.splitlines()
    assert len(lines) == 4 and all(line.startswith("moneyparse: error: ") for line in lines), err
    assert repr(str(files[1])) in lines[0] and "No such file" in lines[0]
    assert repr(str(files[2])) in lines[1] and "binary" in lines[1]
    assert repr(str(files[4])) in lines[2] and "byte 3" in lines[2]
    assert lines[3] == "moneyparse: error: 3 of 5 files could not be read"
    if fmt == "json":
        assert [r["text"] for r in json.loads(out)] == texts
    elif fmt == "jsonl":
        assert [json.loads(line)["text"] for line in out.splitlines()] == texts
    else:
        assert all(text in out for text in texts)


def test_keep_going_with_every_file_good_is_status_0(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    status, out, err = run(capsys, "extract", article, "--keep-going", "--format", "json")
    assert (status, err) == (0, "")
    assert len(json.loads(out)) == 3


def test_without_keep_going_the_first_bad_file_stops_the_batch(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files, texts = _batch(tmp_path)
    status, out, err = run(capsys, "extract", *files, "--format", "json")
    assert status == 2
    assert err.count("\n") == 1 and repr(str(files[1])) in err
    # the array is closed: what was found before the failure is valid JSON
    assert [r["text"] for r in json.loads(out)] == texts[:1]


def test_an_array_is_closed_also_when_nothing_was_found(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    status, out, err = run(capsys, "extract", tmp_path / "missing.txt", "--format", "json")
    assert status == 2 and json.loads(out) == [] and err.count("\n") == 1


def test_keep_going_into_an_output_file_writes_what_was_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files, texts = _batch(tmp_path)
    target = tmp_path / "out.json"
    status, out, err = run(capsys, "extract", *files, "--keep-going", "--format", "json", "-o", target)
    assert (status, out) == (2, "")
    assert [r["text"] for r in json.loads(target.read_text(encoding="utf-8"))] == texts
    assert err.count("\n") == 4


def test_a_failure_leaves_no_output_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    files, _ = _batch(tmp_path)
    target = tmp_path / "out" / "mentions.json"
    target.parent.mkdir()
    status, out, err = run(capsys, "extract", *files, "--format", "json", "-o", target)
    assert (status, out) == (2, "")
    assert list(target.parent.iterdir()) == [], "neither the file nor its .part"


def test_keep_going_goes_on_after_a_file_that_fails_midway(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    late = tmp_path / "late.txt"
    late.write_bytes(b"Early on it cost $5.\n" * 20 + b"\xff and then \xe2\x82\xac7.\n")
    after = tmp_path / "after.txt"
    after.write_text("Later it cost $9.\n", encoding="utf-8")
    status, out, err = run(capsys, "extract", late, after, "--keep-going", "--chunk-size", "64", "--format", "json")
    assert status == 2
    texts = [r["text"] for r in json.loads(out)]
    # read in chunks in one process: mentions the extractor gave before the invalid byte stay
    # (how many depends on how far it reads ahead), and the next file is read whole
    assert texts[-1] == "$9" and set(texts[:-1]) <= {"$5"} and len(texts) <= 21
    assert f"byte {len(b'Early on it cost $5.' * 20) + 20}" in err.splitlines()[0]


class _Interrupting:
    """Stands in for extract_file: the mentions of the real one, then an interruption."""

    def __init__(self, after: int, error: type[BaseException]) -> None:
        from moneyparse.cli import extract

        self.real = extract.extract_file
        self.after = after
        self.error = error

    def __call__(self, path: str, **options: object) -> object:
        for number, found in enumerate(self.real(path, **options)):  # type: ignore[arg-type]
            if number == self.after:
                raise self.error()
            yield found


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_ctrl_c_still_closes_the_array(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, article: Path, fmt: str
) -> None:
    monkeypatch.setattr("moneyparse.cli.extract.extract_file", _Interrupting(2, KeyboardInterrupt))
    status, out, err = run(capsys, "extract", article, "--format", fmt)
    assert (status, err) == (130, "moneyparse: error: interrupted\n")
    if fmt == "json":
        assert [r["text"] for r in json.loads(out)] == ["Rmb72.5bn", "£8bn"]
    else:
        assert len(out.splitlines()) == 3, "the rows waiting for their widths are written"


def test_ctrl_c_writes_no_output_file(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, article: Path
) -> None:
    monkeypatch.setattr("moneyparse.cli.extract.extract_file", _Interrupting(2, KeyboardInterrupt))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    status, out, _ = run(capsys, "extract", article, "--format", "json", "-o", out_dir / "mentions.json")
    assert (status, out) == (130, "")
    assert list(out_dir.iterdir()) == []


def test_a_bug_is_not_taken_for_a_bad_file(monkeypatch: pytest.MonkeyPatch, article: Path) -> None:
    monkeypatch.setattr("moneyparse.cli.extract.extract_file", _Interrupting(1, ZeroDivisionError))
    with pytest.raises(ZeroDivisionError):
        main(["extract", str(article), "--keep-going"])


# -- SIGTERM -------------------------------------------------------------------------------------------

SCRIPT = Path(sys.executable).parent / "moneyparse"


@pytest.fixture
def large(tmp_path: Path) -> Path:
    """Some 12 MB of text with money on every line: seconds of work for the extractor."""
    path = tmp_path / "input" / "large.txt"
    path.parent.mkdir()
    line = "In 2024 capex reached Rmb72.5bn (£8bn), and Meta plans to spend $65 billion.\n"
    path.write_text(line * 160_000, encoding="utf-8")
    return path


def _wait_for(condition: Callable[[], bool], process: subprocess.Popen[bytes], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert process.poll() is None, "the command ended before the signal"
        assert time.monotonic() < deadline, "the command did not start writing"
        time.sleep(0.02)


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
def test_sigterm_leaves_no_part_file(tmp_path: Path, large: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "mentions.jsonl"
    process = subprocess.Popen(
        [str(SCRIPT), "extract", str(large), "-o", str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    _wait_for(lambda: any(p.name.endswith(".part") for p in out_dir.iterdir()), process)
    process.send_signal(signal.SIGTERM)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 143, (process.returncode, err)
    assert (out, err) == (b"", b"moneyparse: error: terminated\n")
    assert list(out_dir.iterdir()) == [], "neither the output nor its .part file"


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
def test_sigterm_still_closes_the_array_on_stdout(large: Path) -> None:
    process = subprocess.Popen(
        [str(SCRIPT), "extract", str(large), "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,  # communicate() reads the pipe itself: nothing may wait in a reader's buffer
    )
    assert process.stdout is not None
    head = process.stdout.readline() + process.stdout.readline()
    assert head.startswith(b"[\n  {")
    process.send_signal(signal.SIGTERM)
    rest, err = process.communicate(timeout=120)
    assert process.returncode == 143 and err == b"moneyparse: error: terminated\n"
    records = json.loads(head + rest)
    assert 1 <= len(records) < 3 * 160_000, "cut short, and valid JSON"


def test_the_sigterm_handler_is_restored_after_main(capsys: pytest.CaptureFixture[str], article: Path) -> None:
    before = signal.getsignal(signal.SIGTERM)
    assert main(["extract", str(article)]) == 0
    assert signal.getsignal(signal.SIGTERM) is before


class _SlowPipe:
    """Standard output that receives a signal in the middle of one write, as a full pipe would."""

    def __init__(self, signum: int, on_write: int) -> None:
        self.parts: list[str] = []
        self.signum = signum
        self.on_write = on_write

    def write(self, text: str) -> int:
        if len(self.parts) == self.on_write:
            half = len(text) // 2
            self.parts.append(text[:half])
            os.kill(os.getpid(), self.signum)  # the handler runs before the next line
            self.parts.append(text[half:])
        else:
            self.parts.append(text)
        return len(text)

    def flush(self) -> None:
        pass

    def isatty(self) -> bool:
        return False


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize(("signum", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_waits_for_the_record_being_written(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, article: Path, signum: int, status: int
) -> None:
    pipe = _SlowPipe(signum, on_write=1)
    monkeypatch.setattr(sys, "stdout", pipe)
    assert main(["extract", str(article), "--format", "json"]) == status
    records = json.loads("".join(pipe.parts))
    assert [r["text"] for r in records] == ["Rmb72.5bn", "£8bn"], "the record in flight is whole, then the array ends"
    assert capsys.readouterr().err == f"moneyparse: error: {'interrupted' if status == 130 else 'terminated'}\n"


@pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name != "posix", reason="POSIX signals")
def test_sigterm_with_workers_does_not_wait_for_their_files(tmp_path: Path, large: Path) -> None:
    second = large.with_name("second.txt")
    second.write_bytes(large.read_bytes() * 2)
    large.write_bytes(second.read_bytes())  # some 25 MB each: minutes of work for a worker
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    process = subprocess.Popen(
        [str(SCRIPT), "extract", str(large), str(second), "--workers", "2", "-o", str(out_dir / "m.jsonl")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    _wait_for(lambda: any(p.name.endswith(".part") for p in out_dir.iterdir()), process)
    time.sleep(0.5)  # the workers are reading
    began = time.monotonic()
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=300)
    assert (process.returncode, err) == (143, b"moneyparse: error: terminated\n")
    assert time.monotonic() - began < 15, "the workers are stopped, not waited for"
    assert list(out_dir.iterdir()) == []


def test_a_second_signal_does_not_wait_for_the_write() -> None:
    from moneyparse.cli.report import _SignalGate

    gate = _SignalGate()
    with pytest.raises(SystemExit), gate:
        gate.deliver(KeyboardInterrupt())  # held: the write goes on
        with pytest.raises(SystemExit):
            gate.deliver(SystemExit(143))  # the second is raised in the write itself
        raise SystemExit(143)
    assert gate.pending is None
    with pytest.raises(KeyboardInterrupt), gate:
        gate.deliver(KeyboardInterrupt())
    assert gate.pending is None and gate.depth == 0
