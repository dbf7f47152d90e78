"""Encoded data is no money: base64 (mail attachments, keys, embedded images) and hex dumps.

Hex dumps in capitals hold "97 FB", "BEF4", "9CAD": bytes that once read as Belgian francs and
Canadian dollars (about two thousand in a dump of 200 KB).

Random base64 holds "+9p/", "/Dh83/", "+6Rs+": a digit and a marker's letters glued inside a long
run of base64 letters, which once read as 9 pence, 83 dirhams and 6 rupees (1,151 mentions in
200 MB of random base64).  The texts here are random bytes encoded with a fixed seed.
"""

from __future__ import annotations

import base64
import random

import pytest

import moneyparse


def noise(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


def spaced(digits: str, width: int) -> str:
    """Hexadecimal digits in words of ``width``, sixteen bytes a line, as a dump prints them."""
    words = [digits[i : i + width] for i in range(0, len(digits), width)]
    per_line = 32 // width
    return "\n".join(" ".join(words[i : i + per_line]) for i in range(0, len(words), per_line))


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda data: base64.b64encode(data).decode("ascii"), id="base64"),
        pytest.param(lambda data: base64.encodebytes(data).decode("ascii"), id="base64-lines"),
        pytest.param(lambda data: data.hex(), id="hex"),
        pytest.param(lambda data: data.hex().upper(), id="HEX"),
        pytest.param(lambda data: spaced(data.hex(), 2), id="hex-bytes"),
        pytest.param(lambda data: spaced(data.hex().upper(), 2), id="HEX-bytes"),
        pytest.param(lambda data: spaced(data.hex(), 4), id="hex-words"),
        pytest.param(lambda data: spaced(data.hex().upper(), 4), id="HEX-words"),
        pytest.param(lambda data: spaced(data.hex().upper(), 8), id="HEX-dwords"),
    ],
)
def test_random_encoded_bytes_hold_no_money(seed: int, encode) -> None:
    text = encode(noise(seed, 200_000))
    assert moneyparse.extract(text) == []


def test_the_glued_pence_of_base64_once_read() -> None:
    # pieces of random base64 each of which was read as an amount
    for piece in ("jYyXr+4p+UglNQkL0wZa", "Wwpw8+4p/fVeqbXk2Lq9", "hxlHI/67p+IrxQHsT3mA", "GI/mj+6Rs+URp4iQw8ZL",
                  "rhMax/Dh83/I2QKMv7Ts"):
        assert moneyparse.extract(f"data: {piece}") == [], piece


def test_money_beside_an_attachment_is_read() -> None:
    blob = base64.encodebytes(noise(7, 30_000)).decode("ascii")
    text = f"The invoice is attached.\n\n{blob}\nTotal due: 99p a page, or £4.50 in all; a 50p-a-week rise."
    assert [m.text for m in moneyparse.extract(text)] == ["99p", "£4.50", "50p"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # short runs without capitals, and pence beside a unit, stay amounts
        ("Coins: 1p/2p/5p/10p/20p/50p and a £2 coin.", ["1p", "2p", "5p", "10p", "20p", "50p", "£2"]),
        ("Petrol rose +4p/litre in May.", ["+4p"]),
        ("Apples were 99p/kg at the market.", ["99p"]),
        ("The fee was Rs500/month.", ["Rs500"]),
    ],
)
def test_near_misses_stay_amounts(text: str, expected: list[str]) -> None:
    assert [m.text for m in moneyparse.extract(text)] == expected
