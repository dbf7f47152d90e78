"""``assume_for_address``: the money a web page's address implies, from the country code of its host.

A country-code domain gives its country's legal tender (CLDR) for every ambiguous marker the
country writes for it; a generic domain, a country code sold as a name, an IP address give ``{}``;
a value that is no web address is the caller's error, :class:`moneyparse.WebAddressError`.
"""

from __future__ import annotations

import pickle

import pytest

import moneyparse
from moneyparse import WebAddressError
from moneyparse.addresses import _territories, country_of_address, point_grouped
from moneyparse.cli import main


@pytest.mark.parametrize(
    ("address", "marker", "code"),
    [
        ("https://www.paris.cl/zapatillas-urbanas-123.html", "$", "CLP"),
        ("www.paris.cl", "pesos", "CLP"),
        ("https://www.bestbuy.ca/en-ca/product/456", "$", "CAD"),
        ("bestbuy.ca", "dollars", "CAD"),
        ("https://www.olx.com.pk/item/a-phone", "Rs", "PKR"),
        ("olx.com.pk", "Rs.", "PKR"),
        ("shop.example.com.tw", "$", "TWD"),
        ("https://i3fresh.tw/products/9", "元", "TWD"),
        ("i3fresh.tw", "塊", "TWD"),
        ("www.ebay.co.uk/itm/7", "£", "GBP"),
        ("tienda.example.com.ar", "$", "ARS"),
        ("shop.example.dk", "kr", "DKK"),
        ("shop.example.se", "kr", "SEK"),
        ("www.example.hk", "元", "HKD"),
        ("WWW.PARIS.CL", "$", "CLP"),
        ("https://www.paris.cl:8443/p?id=1#top", "$", "CLP"),
        ("www.paris.cl.", "$", "CLP"),
        ("https://user@www.paris.cl/", "$", "CLP"),
        ("tienda.com.co", "$", "COP"),
    ],
)
def test_a_country_domain_gives_its_money_for_its_markers(address: str, marker: str, code: str) -> None:
    assert moneyparse.assume_for_address(address)[marker] == code


def test_a_country_writes_only_its_own_markers() -> None:
    chile = moneyparse.assume_for_address("www.paris.cl")
    assert chile == {"$": "CLP", "peso": "CLP", "pesos": "CLP"}
    canada = moneyparse.assume_for_address("bestbuy.ca")
    assert "dólares" not in canada and "£" not in canada  # a Spanish name; a sign of no dollar
    assert "元" not in canada and "¥" not in canada
    taiwan = moneyparse.assume_for_address("pcstore.com.tw")
    assert taiwan["$"] == taiwan["元"] == "TWD" and "Rs" not in taiwan
    assert "€" not in moneyparse.assume_for_address("www.otto.de")  # a marker of one money is no assumption


@pytest.mark.parametrize(
    "address",
    [
        "https://www.amazon.com/dp/B0000",
        "www.zara.com/ar/es/vestido-p123.html",  # the path is not read
        "shop.example.net",
        "example.org",
        "my.example.shop",
        "startup.co",  # a country code sold worldwide as a name
        "tool.io",
        "channel.tv",
        "localhost",
        "192.0.2.7",
        "http://[2001:db8::1]:8080/",
        "example.eu",  # no country
        "example.zz",  # a code of no country
        "example.xn--kprw13d",  # a country's domain in its own script: not read
    ],
)
def test_an_address_of_no_country_assumes_nothing(address: str) -> None:
    assert moneyparse.assume_for_address(address) == {}
    assert moneyparse.extract("Normal: $257.374", assume=moneyparse.assume_for_address(address) or None) == []


def test_the_country_of_an_address() -> None:
    assert country_of_address("https://www.paris.cl/x") == "CL"
    assert country_of_address("www.ebay.co.uk") == "GB"
    assert country_of_address("shop.example.com.co") == "CO"
    assert country_of_address("example.co") is None
    assert country_of_address("www.amazon.com") is None


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("https://", "no host"),
        ("shop..example.cl", "an empty label"),
        ("shop example.cl", "a space inside"),
        ("shop_example.cl", "a label that no host name holds: 'shop_example'"),
        ("-shop.example.cl", "a label that no host name holds: '-shop'"),
        ("http://shop.example.cl:port/", "Port could not be cast to integer value as 'port'"),
    ],
)
def test_a_value_that_is_no_web_address_is_an_error(address: str, reason: str) -> None:
    with pytest.raises(WebAddressError) as caught:
        moneyparse.assume_for_address(address)
    error = caught.value
    assert (error.address, error.reason) == (address, reason)
    assert isinstance(error, ValueError) and repr(address) in str(error)
    copied = pickle.loads(pickle.dumps(error))
    assert (copied.address, copied.reason, str(copied)) == (address, reason, str(error))


@pytest.mark.parametrize("address", [None, 5, b"www.paris.cl"], ids=repr)
def test_anything_but_a_str_is_a_type_error(address: object) -> None:
    with pytest.raises(TypeError):
        moneyparse.assume_for_address(address)  # type: ignore[arg-type]


def test_every_country_s_mapping_passes_the_check_of_assume() -> None:
    countries = sorted(_territories())
    assert len(countries) > 200 and "CL" in countries and "TW" in countries
    given = 0
    for country in countries:
        domain = "uk" if country == "GB" else country.lower()
        assume = moneyparse.assume_for_address(f"shop.example.com.{domain}")
        for marker, code in assume.items():
            assert code == _territories()[country].currency, (country, marker)
        moneyparse.extract("A price of $12.990, Rs 5,000, 30 kr and 50元.", assume=assume or None)
        given += bool(assume)
    assert given > 100


def test_the_moneys_of_point_groups() -> None:
    grouped = point_grouped()
    assert {"CLP", "ARS", "COP", "UYU", "DKK"} <= grouped
    # the US groups with a comma (Ecuador, which pays in dollars, with a point); Canada with a
    # comma in English and a space in French; Mexico with a comma
    assert grouped.isdisjoint({"USD", "CAD", "MXN", "TWD", "PKR", "INR", "GBP", "SEK", "NOK"})


def test_the_command_line_reads_an_address(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.txt"
    page.write_text("Normal: $257.374\nInternet: $199.990\n", encoding="utf-8")
    assert main(["extract", str(page), "--address", "https://www.paris.cl/p", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    assert [row.split(",")[:6] for row in rows] == [
        ["$257.374", "8", "16", "257374", "", "CLP"],
        ["$199.990", "27", "35", "199990", "", "CLP"],
    ]
    # the explicit --assume wins for its marker
    assert main(["extract", str(page), "--address", "www.paris.cl", "--assume", "$=MXN", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == []  # pesos of Mexico group with a comma: unsure, nothing
    assert main(["extract", str(page), "--address", "www.amazon.com", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1:] == []


def test_the_command_line_refuses_a_bad_address_in_one_line(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "page.txt"
    page.write_text("Normal: $257.374\n", encoding="utf-8")
    assert main(["extract", str(page), "--address", "shop..example.cl"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == ["moneyparse: error: not a web address 'shop..example.cl': an empty label"]
