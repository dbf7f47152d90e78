"""The flags of the command line: the version, ``--assume`` in one form, defaults stated in ``--help``."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from moneyparse.cli import COMMANDS, build_parser, main

SCRIPT = Path(sys.executable).parent / "moneyparse"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


# -- the version ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version_flags(capsys: pytest.CaptureFixture[str], flag: str) -> None:
    from moneyparse import __version__

    assert run(capsys, flag) == (0, f"moneyparse {__version__}\n", "")
    result = subprocess.run([str(SCRIPT), flag], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout) == (0, f"moneyparse {__version__}\n")


# -- --assume, the same everywhere ------------------------------------------------------------------------

TOKYO = "A bowl of ramen costs ¥1,200, the same as last year.\n"


@pytest.fixture
def ramen(tmp_path: Path) -> Path:
    path = tmp_path / "ramen.txt"
    path.write_text(TOKYO, encoding="utf-8")
    return path


@pytest.mark.parametrize("code", ["JPY", "CNY"])
def test_assume_marker_equals_code_in_every_command(
    capsys: pytest.CaptureFixture[str], ramen: Path, code: str
) -> None:
    status, out, err = run(capsys, "extract", ramen, "--assume", f"¥={code}")
    (record,) = map(json.loads, out.splitlines())
    assert (status, err, record["currency"], record["evidence"]) == (0, "", code, "assumed")
    status, out, err = run(capsys, "convert", "¥1,200", "--assume", f"¥={code}", "--to", "EUR", "--on", "2025-02-20", "--format", "json")
    assert (status, err) == (0, "")
    assert json.loads(out)["from"] == {"amount": "1200", "currency": code}
    status, out, err = run(capsys, "check", ramen, "--assume", f"¥={code}", "--published", "2025-02-20", "--format", "json")
    assert (status, err) == (3, "")  # no conversion quoted: nothing checked
    assert json.loads(out)["pairs"] == []


def test_check_reads_a_pair_with_the_marker_assumed(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "ramen.txt"
    path.write_text("A bowl of ramen cost ¥1,000 (€6.37).\n", encoding="utf-8")
    currencies = {}
    for assume in ([], ["--assume", "¥=CNY"]):
        status, out, err = run(capsys, "check", path, "--published", "2025-02-20", "--format", "json", *assume)
        (pair,) = json.loads(out)["pairs"]
        currencies[tuple(assume)] = (status, pair["first"]["currency"], pair["verdict"])
    # the pair alone reads yen, which fits the rate; assumed yuan, the figures cannot fit it
    assert currencies == {(): (0, "JPY", "consistent"), ("--assume", "¥=CNY"): (1, "CNY", "inconsistent")}


def test_convert_still_takes_a_bare_code_for_the_phrases_marker(capsys: pytest.CaptureFixture[str]) -> None:
    amounts = {}
    for assume in ("JPY", "¥=JPY"):
        status, out, _ = run(capsys, "convert", "¥1,200", "--assume", assume, "--to", "EUR", "--on", "2025-02-20", "--format", "json")
        assert status == 0
        amounts[assume] = Decimal(json.loads(out)["amount"])
    assert amounts["JPY"] == amounts["¥=JPY"]


def test_assume_is_repeatable(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "two.txt"
    path.write_text("In Tokyo it costs ¥1,200; in Sydney $15.\n", encoding="utf-8")
    status, out, _ = run(capsys, "extract", path, "--assume", "¥=CNY", "--assume", "$=AUD")
    assert status == 0
    assert [json.loads(line)["currency"] for line in out.splitlines()] == ["CNY", "AUD"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--assume", "foo=EUR"], "unknown currency marker 'foo'"),
        (["--assume", "¥=XYZ"], "unknown currency code 'XYZ' in --assume ¥=XYZ"),
        (["--assume", "=JPY"], "invalid assumption '=JPY' (expected MARKER=CODE, e.g. ¥=JPY)"),
        (["--assume", "¥=yen"], "unknown currency code 'YEN'"),
        (["--assume", "¥=yens"], "invalid currency code 'yens' (expected e.g. USD)"),
    ],
)
@pytest.mark.parametrize("command", ["extract", "convert", "check"])
def test_a_wrong_assumption_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], ramen: Path, argv: list[str], message: str, command: str
) -> None:
    target = [ramen] if command != "convert" else ["¥1,200", "--to", "EUR", "--on", "2025-02-20"]
    status, out, err = run(capsys, command, *target, *argv)
    assert (status, out) == (2, "")
    assert err.startswith("moneyparse: error: ") and err.count("\n") == 1
    assert message in err, err


def test_extract_wants_a_marker_for_every_code(capsys: pytest.CaptureFixture[str], ramen: Path) -> None:
    status, _, err = run(capsys, "extract", ramen, "--assume", "JPY")
    assert status == 2 and "expected MARKER=CODE" in err


# -- defaults in --help -----------------------------------------------------------------------------------


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    (choices,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(choices.choices)


def test_every_option_of_every_command_states_its_default() -> None:
    commands = _subcommands()
    assert set(commands) == set(COMMANDS)
    missing = []
    for name, command in commands.items():
        for action in command._actions:
            if isinstance(action, (argparse._HelpAction, argparse._StoreTrueAction)) or not action.option_strings:
                continue  # -h, flags that are off unless given, positional arguments
            if action.required:
                continue
            if "default" not in (action.help or ""):
                missing.append(f"{name} {'/'.join(action.option_strings)}")
    assert missing == []


def test_the_defaults_stated_are_the_defaults_used() -> None:
    from moneyparse.cli.extract import CONNECT_TIMEOUT
    from moneyparse.files import CHUNK_SIZE
    from rates.factcheck import DEFAULT_TOLERANCE

    commands = _subcommands()
    helps = {
        (name, option): action.help or ""
        for name, command in commands.items()
        for action in command._actions
        for option in action.option_strings
    }
    assert f"default: {format((DEFAULT_TOLERANCE * 100).normalize(), 'f')})" in helps["check", "--tolerance"]
    assert f"default: {CHUNK_SIZE}" in helps["extract", "--chunk-size"]
    assert f"default: {CONNECT_TIMEOUT:g})" in helps["extract", "--connect-timeout"]
    for name, command in commands.items():
        for action in command._actions:
            if action.choices and action.default is not None and action.option_strings:
                helped = action.help or ""
                assert f"default: {action.default}" in helped or f"{action.default}, the default" in helped, (
                    name, action.option_strings,
                )
    assert "when it has none" in helps["check", "--published"] and "--sample" in helps["check", "--published"]


def test_help_lists_every_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "--help")
    assert status == 0
    for code in ("0", "1", "2", "3", "130", "141", "143"):
        assert f" {code} " in " ".join(out.split()), code
