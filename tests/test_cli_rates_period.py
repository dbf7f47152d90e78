"""``rates``: a period is ``--from/--until``; ``--to`` names the quote currency, or is the old ``--until``."""

from __future__ import annotations

import json

import pytest

from moneyparse.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    status = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return status, out, err


def average(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    status, out, err = run(capsys, "rates", *argv, "--format", "json")
    assert (status, err) == (0, ""), err
    data: dict[str, object] = json.loads(out)
    return data


def test_a_period_is_from_until(capsys: pytest.CaptureFixture[str]) -> None:
    data = average(capsys, "USD", "CNY", "--from", "2025-02-17", "--until", "2025-02-21")
    assert (data["count"], data["first"], data["last"]) == (5, "2025-02-17", "2025-02-21")


def test_to_with_a_date_is_the_old_spelling_of_until(capsys: pytest.CaptureFixture[str]) -> None:
    new = average(capsys, "USD", "CNY", "--from", "2025-02-17", "--until", "2025-02-21")
    assert average(capsys, "USD", "CNY", "--from", "2025-02-17", "--to", "2025-02-21") == new


@pytest.mark.parametrize("to", ["CNY", "cny"])
def test_to_with_a_currency_is_the_quote(capsys: pytest.CaptureFixture[str], to: str) -> None:
    one_day = average(capsys, "USD", "CNY", "--on", "2025-02-20")
    assert average(capsys, "USD", "--to", to, "--on", "2025-02-20") == one_day
    period = average(capsys, "USD", "CNY", "--from", "2025-02-17", "--until", "2025-02-21")
    assert average(capsys, "USD", "--to", to, "--from", "2025-02-17", "--until", "2025-02-21") == period


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["USD", "CNY", "--to", "CNY"], "the quote currency is given twice: 'CNY' and --to 'CNY'"),
        (["--to", "CNY"], "--to 'CNY' is the quote currency: give the base too (rates BASE --to CNY)"),
        (
            ["USD", "CNY", "--from", "2025-02-01", "--to", "2025-02-20", "--until", "2025-02-20"],
            "--to '2025-02-20' is the old spelling of --until: give one of them",
        ),
        (["USD", "CNY", "--to", "2025-02-30"], "--to: invalid date '2025-02-30' (expected YYYY-MM-DD)"),
        (
            ["USD", "--to", "C1Y"],
            "--to takes a currency (rates USD --to CNY), or the last day of a period as --until does: not 'C1Y'",
        ),
        (["USD", "CNY", "--from", "2025-02-01"], "--from and --until go together"),
        (["USD", "CNY", "--until", "2025-02-01"], "--from and --until go together"),
        (["USD", "CNY", "--on", "2025-02-20", "--until", "2025-02-21"], "--on excludes --from/--until"),
        (["USD", "CNY", "--from", "2025-02-21", "--until", "2025-02-20"], "--from '2025-02-21' is after --until '2025-02-20'"),
        (["--list", "--to", "CNY"], "'rates --list' takes no currencies or dates"),
        (["update", "--to", "CNY"], "'rates update' takes no currencies or dates"),
    ],
)
def test_a_to_that_cannot_be_read_is_one_clear_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert run(capsys, "rates", *argv) == (2, "", f"moneyparse: error: {message}\n")


def test_help_names_until_and_the_old_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rates", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "--until DATE last day of a period, with --from" in out
    assert "a date here is the old spelling of --until" in out
