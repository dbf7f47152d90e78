"""Each language pack read in sentences of its language: what a newcomer's pack must make the
extractor read, one test per language added by its pack alone (moneyparse/data/README.md, "Add a
language")."""

from __future__ import annotations

from decimal import Decimal

import pytest

import moneyparse


def _read(text: str) -> list[tuple[str, Decimal, str, str | None]]:
    return [(m.text, m.amount, m.currency, m.qualifier and m.qualifier.value) for m in moneyparse.extract(text)]


# -- Polish (lang/pl.tsv) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "amount"),
    [
        # scale words written short, with the złoty's sign
        ("Budżet miasta wynosi 5 mld zł.", "5 mld zł", "5000000000"),
        ("Spółka zarobiła 1,5 mln zł w pierwszym kwartale.", "1,5 mln zł", "1500000"),
        ("Remont szkoły kosztował 300 tys. zł.", "300 tys. zł", "300000"),
        # and the names declined after a number
        ("Rząd przeznaczy na drogi dwa miliardy złotych.", "dwa miliardy złotych", "2000000000"),
        ("Bilet kosztuje 100 złotych.", "100 złotych", "100"),
        ("Za dwa złote kupisz bułkę.", "dwa złote", "2"),
        ("Dotacja wyniesie pięć milionów złotych.", "pięć milionów złotych", "5000000"),
        ("Gmina dostała pół miliona złotych.", "pół miliona złotych", "500000"),
        ("Nagroda to dwieście pięćdziesiąt tysięcy złotych.", "dwieście pięćdziesiąt tysięcy złotych", "250000"),
        ("Wydali 10 mln złotych na reklamę.", "10 mln złotych", "10000000"),
        # the minor unit after the major one
        ("Chleb kosztuje 5 złotych i 20 groszy.", "5 złotych i 20 groszy", "5.20"),
        # other currencies, declined
        ("Firma pożyczyła 3 mln dolarów.", "3 mln dolarów", "3000000"),
    ],
)
def test_polish_amounts(text: str, span: str, amount: str) -> None:
    [(found, value, code, _)] = _read(text)
    assert (found, value) == (span, Decimal(amount))
    assert code == ("USD" if "dolar" in span else "PLN")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Cena wynosi 1.234,56 zł.", "1234.56"),  # a point groups thousands, a comma marks decimals
        ("Kawa kosztuje 3,50 zł.", "3.50"),
        ("Mieszkanie sprzedano za 1.250 zł.", "1250"),  # the złoty's sign tells a comma
        ("Firma zapłaciła za licencję 12,345 USD.", "12.345"),  # Polish letters tell a comma, whatever the sign
        ("Zysk wzrósł do 2,5 mld zł.", "2500000000"),
    ],
)
def test_polish_writes_a_decimal_comma(text: str, amount: str) -> None:
    [(_, value, _, _)] = _read(text)
    assert value == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("Inwestycja pochłonie około 5 mln zł.", "5 mln zł", "approx"),
        ("Deficyt wyniósł ponad 2 mld zł.", "2 mld zł", "more_than"),
        ("Zapłacili co najmniej 300 tys. zł.", "300 tys. zł", "at_least"),
        ("Kosztowało to mniej niż 40 zł.", "40 zł", "less_than"),
        ("Kara wyniesie maksymalnie 10 tys. zł.", "10 tys. zł", "at_most"),
    ],
)
def test_polish_hedges(text: str, span: str, qualifier: str) -> None:
    [(found, _, code, hedge)] = _read(text)
    assert (found, code, hedge) == (span, "PLN", qualifier)


def test_polish_one_is_no_german_every() -> None:
    # "jeden" is German "every": alone before a name it begins no Polish number
    assert _read("Er zahlt für jeden Euro Zinsen.") == []
    assert _read("Kosztowało to jeden milion dolarów.") == [("jeden milion dolarów", Decimal(1000000), "USD", None)]
