"""``assume``: what the caller knows an ambiguous marker means, and nothing more.

It settles ambiguous markers only (``$``, ``¥``, ``kr``, ``dollars``); a marker of one currency
(``€``, ``Rmb``, ``$5.00 CAD``) is what the text says.  A marker or code no table knows is the
caller's error, raised before any text is read.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

import moneyparse
from moneyparse import AssumptionError, Evidence, UnknownCurrencyCodeError, UnknownMarkerError
from moneyparse.cli import main

TEXT = "Lunch was ¥980, the taxi €12, the museum Rmb40, the guide $5.00 CAD and the map $3."


def read(text: str, assume: dict[str, str] | None) -> list[tuple[str, str, Evidence]]:
    return [(m.text, m.currency, m.evidence) for m in moneyparse.extract(text, assume=assume)]


# -- what it settles ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "assume",
    [{"*": "CNY"}, {"*": "JPY"}, {"*": "AUD"}, {"€": "EUR"}, {"Rmb": "CNY"}, {"$": "AUD"}],
    ids=str,
)
def test_a_marker_of_one_currency_keeps_it_whatever_is_assumed(assume: dict[str, str]) -> None:
    found = {text: (code, evidence) for text, code, evidence in read(TEXT, assume)}
    assert found["€12"] == ("EUR", Evidence.MARKER)
    assert found["Rmb40"] == ("CNY", Evidence.MARKER)
    assert found["$5.00 CAD"] == ("CAD", Evidence.MARKER)  # the code after the sign says which dollar


def test_star_settles_only_the_markers_that_can_mean_its_code() -> None:
    found = {text: (code, evidence) for text, code, evidence in read(TEXT, {"*": "CNY"})}
    assert found["¥980"] == ("CNY", Evidence.ASSUMED)
    assert found["$3"] == ("USD", Evidence.DEFAULT)  # "$" is never yuan
    found = {text: (code, evidence) for text, code, evidence in read(TEXT, {"*": "AUD"})}
    assert found["$3"] == ("AUD", Evidence.ASSUMED)
    assert found["¥980"] == ("JPY", Evidence.DEFAULT)


def test_a_named_ambiguous_marker_takes_any_code() -> None:
    # the peso of Chile is written "$" too, though the tables do not list it for the sign
    (m,) = moneyparse.extract("El menú cuesta $4.500.", assume={"$": "clp"})
    assert (m.currency, m.evidence) == ("CLP", Evidence.ASSUMED)
    assert "USD" in m.alternatives


def test_a_named_marker_beats_the_star() -> None:
    found = {text: code for text, code, _ in read(TEXT, {"*": "CNY", "¥": "JPY"})}
    assert found["¥980"] == "JPY"


def test_a_marker_is_matched_in_any_case() -> None:
    assert read("It cost 5 Dollars.", {"dollars": "CAD"}) == [("5 Dollars", "CAD", Evidence.ASSUMED)]
    assert read("It cost 5 dollars.", {"Dollars": "CAD"}) == [("5 dollars", "CAD", Evidence.ASSUMED)]


# -- what it refuses -------------------------------------------------------------------------


def test_an_unknown_marker_is_an_error_carrying_it() -> None:
    with pytest.raises(UnknownMarkerError) as caught:
        moneyparse.extract("Lunch was ¥980.", assume={"foo": "EUR"})
    assert caught.value.marker == "foo" and "'foo'" in str(caught.value)
    assert isinstance(caught.value, LookupError)


@pytest.mark.parametrize("code", ["banana", "XYZ", "", "yen"])
def test_an_unknown_code_is_an_error_carrying_it(code: str) -> None:
    with pytest.raises(UnknownCurrencyCodeError) as caught:
        moneyparse.extract("Lunch was ¥980.", assume={"¥": code})
    error = caught.value
    assert (error.code, error.marker) == (code, "¥") and repr(code) in str(error)
    assert isinstance(error, LookupError) and isinstance(error, moneyparse.MoneyParseError)
    copied = pickle.loads(pickle.dumps(error))
    assert (copied.code, copied.marker, str(copied)) == (code, "¥", str(error))


def test_an_unknown_code_for_every_marker() -> None:
    with pytest.raises(UnknownCurrencyCodeError) as caught:
        moneyparse.extract("Lunch was ¥980.", assume={"*": "banana"})
    assert (caught.value.code, caught.value.marker) == ("banana", None)


def test_a_marker_of_one_currency_given_another_is_an_error() -> None:
    with pytest.raises(AssumptionError) as caught:
        moneyparse.extract("A €5 fee.", assume={"€": "CNY"})
    error = caught.value
    assert (error.marker, error.code, error.meaning) == ("€", "CNY", "EUR")
    assert "'€'" in str(error) and isinstance(error, ValueError)


@pytest.mark.parametrize("marker", ["元", "塊", "块"])
def test_yuan_is_settled_to_the_money_of_its_place(marker: str) -> None:
    text = f"全店滿千免運，運費80{marker}"
    assert read(text, None) == []  # traditional script, no place named: no currency
    assert read(text, {"元": "TWD"}) == [(f"80{marker}", "TWD", Evidence.ASSUMED)]
    assert read(text, {marker: "HKD"}) == [(f"80{marker}", "HKD", Evidence.ASSUMED)]
    assert read(text, {"*": "TWD"}) == [(f"80{marker}", "TWD", Evidence.ASSUMED)]
    assert read("政府今年投入242億元。", {"$": "TWD"}) == []  # another marker settled: the place reads it, as before
    with pytest.raises(AssumptionError) as caught:
        moneyparse.extract(text, assume={marker: "JPY"})
    assert (caught.value.marker, caught.value.code, caught.value.meaning) == (marker, "JPY", "CNY or HKD or MOP or TWD")


@pytest.mark.parametrize("assume", ["CNY", [("¥", "CNY")], {"¥": 5}, {1: "CNY"}], ids=repr)
def test_anything_but_a_mapping_of_str_is_a_type_error(assume: object) -> None:
    with pytest.raises(TypeError):
        moneyparse.extract("Lunch was ¥980.", assume=assume)  # type: ignore[arg-type]


def _never_read() -> Iterator[str]:
    raise AssertionError("a chunk was read before assume was checked")
    yield ""  # pragma: no cover


@pytest.mark.parametrize(
    "call",
    [
        lambda a: moneyparse.extract("", assume=a),
        lambda a: moneyparse.extract("no money here", assume=a),
        lambda a: moneyparse.iter_extract(_never_read(), assume=a),
        lambda a: moneyparse.pairs("Rmb72.5bn (£8bn)", assume=a),
        lambda a: moneyparse.parse("¥980", assume=a),
    ],
    ids=["extract-empty", "extract", "iter_extract", "pairs", "parse"],
)
def test_every_entry_point_raises_before_reading(call) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownMarkerError):
        call({"foo": "EUR"})


def test_a_valid_assume_never_makes_extract_raise() -> None:
    for text in ("", "¥", "$$$ 5", "5 kr 6 kr", "€"):
        moneyparse.extract(text, assume={"*": "CNY", "¥": "JPY", "kr": "dkk"})


# -- the command line ------------------------------------------------------------------------


def test_cli_extract_rejects_an_unknown_marker(capsys: pytest.CaptureFixture[str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("Lunch was ¥980.\n", encoding="utf-8")
    assert main(["extract", str(path), "--assume", "foo=EUR", "--format", "jsonl"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "'foo'" in err and "Traceback" not in err


def test_cli_extract_star_leaves_the_euro(capsys: pytest.CaptureFixture[str], tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("Lunch was ¥980 and the taxi €12.\n", encoding="utf-8")
    assert main(["extract", str(path), "--assume", "*=CNY", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert [row.split(",")[5] for row in rows] == ["CNY", "EUR"]


def test_cli_convert_assume_never_overrides_the_euro(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "€100", "--to", "EUR", "--on", "2025-02-20", "--assume", "CNY"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("100 EUR = 100"), out
