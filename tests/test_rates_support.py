"""Shared material for the rates tests: the small rate table, hand-built mentions, the seed quotes.

Holds no tests itself; the other ``test_rates_*`` modules import it.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from decimal import Decimal
from pathlib import Path

from moneyparse.mention import Mention, Pair, Qualifier

HERE = Path(__file__).resolve().parent
SMALL_CSV = HERE / "fixtures" / "rates_small.csv"
SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
PUBLISHED = dt.date(2025, 2, 20)


def mention(text: str, amount: str, currency: str, precision: str, *, high: str | None = None,
            qualifier: Qualifier | None = None) -> Mention:
    """A Mention as the extractor would build it for ``text`` standing alone."""
    return Mention(
        start=0,
        end=len(text),
        text=text,
        amount=Decimal(amount),
        currency=currency,
        high=None if high is None else Decimal(high),
        qualifier=qualifier,
        precision=Decimal(precision),
    )


def pair(first: Mention, second: Mention) -> Pair:
    """A bracket pair ``first (second)``."""
    return Pair(first, second, "bracket")


# The quoted conversions of the two seed articles, as facts: (text, amount, code, precision) x 2.
SEED_000 = (
    (("$53 billion", "53E9", "USD", "1E9"), ("¥380 billion", "380E9", "CNY", "1E9")),
    (("¥280.2 billion", "280.2E9", "CNY", "1E8"), ("$36.96 billion", "36.96E9", "USD", "1E7")),
    (("¥48.9 billion", "48.9E9", "CNY", "1E8"), ("$6.45 billion", "6.45E9", "USD", "1E7")),
)
SEED_004 = (
    (("Rmb72.5bn", "72.5E9", "CNY", "1E8"), ("£8bn", "8E9", "GBP", "1E9")),
    (("Rmb24bn", "24E9", "CNY", "1E9"), ("£2.6bn", "2.6E9", "GBP", "1E8")),
    (("Rmb280bn", "280E9", "CNY", "1E9"), ("£31.5bn", "31.5E9", "GBP", "1E8")),
    (("Rmb31.7bn", "31.7E9", "CNY", "1E8"), ("£3.6bn", "3.6E9", "GBP", "1E8")),
    (("Rmb37.8bn", "37.8E9", "CNY", "1E8"), ("£4.2bn", "4.2E9", "GBP", "1E8")),
    (("Rmb136bn", "136E9", "CNY", "1E9"), ("£15.3bn", "15.3E9", "GBP", "1E8")),
)


def seed_pairs(table: tuple) -> list[Pair]:
    """The hand-built pairs of one seed table."""
    return [pair(mention(*a), mention(*b)) for a, b in table]


def ecb_zip_bytes(csv_text: str) -> bytes:
    """An archive laid out like the ECB's: rows newest first, every line ending with a comma."""
    lines = csv_text.strip().splitlines()
    header, rows = lines[0], lines[1:]
    rows.sort(reverse=True)
    body = "\n".join(line + "," for line in [header, *rows]) + "\n"
    buffer = io.BytesIO()
    # a fixed time stamp: the same rows make the same bytes whenever they are packed (writestr with
    # a bare name stamps the clock, and two archives packed across a two-second tick would differ)
    member = zipfile.ZipInfo("eurofxref-hist.csv", date_time=(2025, 1, 21, 16, 0, 0))
    member.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(member, body)
    return buffer.getvalue()
